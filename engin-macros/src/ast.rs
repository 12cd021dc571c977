//! The items the macros accept, parsed into a borrowed form that keeps the
//! user's tokens for spans, and validated with one error per mistake.

use proc_macro2::TokenStream;
use syn::{FnArg, GenericParam, Generics, Ident, PathArguments, ReturnType, Signature, Type};

use crate::Errors;

/// The attribute that marks a member function (`grammar::desc::Role` is
/// what the function then is to the application).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    Provide,
    Invoke,
    /// Transforms a provided value before its consumers see it.
    Decorate,
}

impl Marker {
    /// The arguments its attribute accepts.
    pub(crate) fn keys(self) -> &'static [&'static str] {
        match self {
            Marker::Provide => &["name", "start", "close", "private", "collect"],
            Marker::Invoke => &["name"],
            Marker::Decorate => &["name", "order"],
        }
    }

    pub(crate) fn attr(self) -> &'static str {
        match self {
            Marker::Provide => "#[provide]",
            Marker::Invoke => "#[invoke]",
            Marker::Decorate => "#[decorate]",
        }
    }
}

/// One injected parameter: `T` (a clone) or `&T` (a borrow).
pub(crate) struct Param<'a> {
    pub(crate) by_ref: bool,
    pub(crate) ty: &'a Type,
}

/// What a provider or invocation returns.
pub(crate) struct Output<'a> {
    /// The provided type (`T` of `T` or `Result<T, E>`); `None` for `()`.
    pub(crate) ty: Option<&'a Type>,
    pub(crate) result: bool,
}

/// A function that is a provider or an invocation.
pub(crate) struct FnMember<'a> {
    pub(crate) marker: Marker,
    pub(crate) asyncness: bool,
    pub(crate) params: Vec<Param<'a>>,
    pub(crate) output: Output<'a>,
    /// The whole return type as written, for spans.
    pub(crate) ret: TokenStream,
}

/// `engin::Lifecycle` or `engin::Shutdown` written with its crate's name:
/// the built-in's name. (Written without it, the type may be the user's
/// own; rustc tells once the application is assembled.)
fn engin_builtin(ty: &Type) -> Option<&Ident> {
    match ty {
        Type::Path(p) if p.qself.is_none() => {
            let n = p.path.segments.len();
            let last = &p.path.segments.last()?.ident;
            let krate = &p.path.segments.iter().nth(n.checked_sub(2)?)?.ident;
            ((krate == "engin" || krate == "engin_core")
                && crate::vocab::BUILTINS.iter().any(|b| last == b))
            .then_some(last)
        }
        Type::Group(g) => engin_builtin(&g.elem),
        Type::Paren(p) => engin_builtin(&p.elem),
        _ => None,
    }
}

trait AsRefType {
    /// The type with any parentheses or invisible groups around it removed.
    fn as_ref_type(&self) -> &Type;
}

impl AsRefType for Type {
    fn as_ref_type(&self) -> &Type {
        match self {
            Type::Group(g) => g.elem.as_ref_type(),
            Type::Paren(p) => p.elem.as_ref_type(),
            t => t,
        }
    }
}

fn is_unit(ty: &Type) -> bool {
    matches!(ty, Type::Tuple(t) if t.elems.is_empty())
}

/// `Result<T, ..>` (by last segment name, so `io::Result<T>` counts too): `T`.
fn result_ok(ty: &Type) -> Option<&Type> {
    let Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    if seg.ident != "Result" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

fn contains_impl_trait(ty: &Type) -> Option<&Type> {
    struct Finder<'a>(Option<&'a Type>);
    impl<'a> syn::visit::Visit<'a> for Finder<'a> {
        fn visit_type(&mut self, t: &'a Type) {
            if self.0.is_none() {
                if let Type::ImplTrait(_) = t {
                    self.0 = Some(t);
                } else {
                    syn::visit::visit_type(self, t);
                }
            }
        }
    }
    let mut f = Finder(None);
    syn::visit::Visit::visit_type(&mut f, ty);
    f.0
}

/// The value a function would provide: `T` of `-> T` or `-> Result<T, E>`,
/// if it returns anything but `()`.
pub(crate) fn value_type(sig: &Signature) -> Option<&Type> {
    let ReturnType::Type(_, ty) = &sig.output else {
        return None;
    };
    let ty = result_ok(ty).unwrap_or(ty);
    (!is_unit(ty)).then_some(ty)
}

/// Rejects type and const generics; lifetimes are fine.
pub(crate) fn check_generics(generics: &Generics, what: &str, errors: &mut Errors) {
    for param in &generics.params {
        match param {
            GenericParam::Lifetime(_) => {}
            _ => errors.push(syn::Error::new_spanned(
                param,
                format!("{what} cannot be generic: engin wires concrete types; remove the type and const parameters"),
            )),
        }
    }
}

/// Parses and validates the signature of a `#[provide]`/`#[invoke]` function.
/// `in_block` tells whether it is an associated function of a `#[block]`.
pub(crate) fn fn_member<'a>(
    marker: Marker,
    sig: &'a Signature,
    in_block: bool,
    errors: &mut Errors,
) -> Option<FnMember<'a>> {
    let before = errors.len();
    check_generics(
        &sig.generics,
        &format!("`{}` functions", marker.attr()),
        errors,
    );
    let params = params(marker, sig, in_block, errors);
    let output = output(sig);
    check_output(marker, sig, &output, &params, errors);
    if errors.len() > before {
        return None;
    }
    let ret = match &sig.output {
        ReturnType::Default => {
            let i = &sig.ident;
            quote::quote!(#i)
        }
        ReturnType::Type(_, t) => quote::quote!(#t),
    };
    Some(FnMember {
        marker,
        asyncness: sig.asyncness.is_some(),
        params,
        output,
        ret,
    })
}

/// The injected parameters: `&T` or `T`; a receiver, `&mut T` or
/// `impl Trait` is an error.
fn params<'a>(
    marker: Marker,
    sig: &'a Signature,
    in_block: bool,
    errors: &mut Errors,
) -> Vec<Param<'a>> {
    let attr = marker.attr();
    let mut params = Vec::new();
    for input in &sig.inputs {
        match input {
            FnArg::Receiver(r) => errors.push(syn::Error::new_spanned(
                r,
                if in_block {
                    format!("`{attr}` functions in a `#[block]` cannot take `self`: a block is never instantiated; remove the receiver")
                } else {
                    format!("`{attr}` functions cannot take `self`; remove the receiver, or put `#[block]` on the impl and make this an associated function")
                },
            )),
            FnArg::Typed(pt) => {
                let (by_ref, ty) = match &*pt.ty {
                    Type::Reference(r) if r.mutability.is_some() => {
                        errors.push(syn::Error::new_spanned(
                            &pt.ty,
                            "`&mut` parameters cannot be injected: take `&T` to borrow the value or `T` for a clone",
                        ));
                        continue;
                    }
                    Type::Reference(r) => (true, &*r.elem),
                    ty => (false, ty),
                };
                if let Some(it) = contains_impl_trait(ty) {
                    errors.push(syn::Error::new_spanned(
                        it,
                        "`impl Trait` parameters cannot be injected: name the concrete type of the dependency",
                    ));
                    continue;
                }
                params.push(Param { by_ref, ty });
            }
        }
    }
    params
}

/// What a function returns: the provided type, if any, and whether it is
/// a `Result` (written out).
fn output(sig: &Signature) -> Output<'_> {
    match &sig.output {
        ReturnType::Default => Output {
            ty: None,
            result: false,
        },
        ReturnType::Type(_, ty) if is_unit(ty) => Output {
            ty: None,
            result: false,
        },
        ReturnType::Type(_, ty) => match result_ok(ty) {
            Some(ok) if is_unit(ok) => Output {
                ty: None,
                result: true,
            },
            Some(ok) => Output {
                ty: Some(ok),
                result: true,
            },
            None => Output {
                ty: Some(ty),
                result: false,
            },
        },
    }
}

/// The return type fits the role: a provider returns an owned value, not
/// engin's own; an invocation returns nothing; a decorator returns the type
/// of its first parameter, which it takes by value.
fn check_output(
    marker: Marker,
    sig: &Signature,
    output: &Output<'_>,
    params: &[Param<'_>],
    errors: &mut Errors,
) {
    match (marker, output.ty) {
        (Marker::Provide, None) => {
            let msg = "`#[provide]` function must return the value it provides: add a return type such as `-> Config` or `-> Result<Config, Error>`";
            match &sig.output {
                ReturnType::Default => errors.push(syn::Error::new_spanned(&sig.ident, msg)),
                ReturnType::Type(_, ty) => errors.push(syn::Error::new_spanned(ty, msg)),
            }
        }
        (Marker::Provide, Some(ty)) => {
            if let Some(it) = contains_impl_trait(ty) {
                errors.push(syn::Error::new_spanned(
                    it,
                    "`#[provide]` function must return a concrete type, not `impl Trait`: name the type, or return `Arc<dyn Trait>`",
                ));
            } else if let Type::Reference(r) = ty.as_ref_type() {
                if r.lifetime.as_ref().is_none_or(|l| l.ident != "static") {
                    errors.push(syn::Error::new_spanned(
                        ty,
                        "a provided value must be owned, not borrowed: engin keeps it until shutdown and lends it to every consumer; return an owned value (`String`, `Arc<str>`, a clone) instead of a borrow of a parameter",
                    ));
                }
            } else if let Some(id) = engin_builtin(ty) {
                errors.push(syn::Error::new_spanned(
                    ty,
                    format!("`{id}` is provided by engin itself: take it as a parameter instead of providing it"),
                ));
            }
        }
        (Marker::Invoke, Some(ty)) => errors.push(syn::Error::new_spanned(
            match &sig.output {
                ReturnType::Type(_, full) => &**full,
                ReturnType::Default => ty,
            },
            "`#[invoke]` function must return `()` or `Result<(), E>`, written out (an alias of `Result` is not recognized): to build a value for others, use `#[provide]`",
        )),
        (Marker::Invoke, None) => {}
        (Marker::Decorate, None) => errors.push(syn::Error::new_spanned(
            match &sig.output {
                ReturnType::Type(_, full) => quote::quote!(#full),
                ReturnType::Default => {
                    let ident = &sig.ident;
                    quote::quote!(#ident)
                }
            },
            "a `#[decorate]` function returns the value it decorates: `fn with_metrics(client: Client) -> Client`",
        )),
        (Marker::Decorate, Some(ty)) => match params.first() {
            None => errors.push(syn::Error::new_spanned(
                &sig.ident,
                "a `#[decorate]` function takes the value it decorates as its first parameter: `fn with_metrics(client: Client) -> Client`",
            )),
            Some(first) if first.by_ref => errors.push(syn::Error::new_spanned(
                first.ty,
                "a decorator takes the value by value (it is moved in, and what the decorator returns replaces it): remove the `&`",
            )),
            Some(first) => {
                let key = |t: &Type| crate::vocab::type_key(&quote::quote!(#t));
                if key(first.ty) != key(ty) {
                    let first = first.ty;
                    errors.push(syn::Error::new_spanned(
                        ty,
                        format!(
                            "a decorator returns the type it decorates: `{}`, the type of its first parameter",
                            crate::vocab::display(&quote::quote!(#first))
                        ),
                    ));
                }
            }
        },
    }
}

/// A `#[provide]` struct: each named field is a dependency taken by value.
pub(crate) struct StructMember<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) fields: Vec<(&'a Ident, &'a Type)>,
}

pub(crate) fn struct_member<'a>(
    item: &'a syn::ItemStruct,
    errors: &mut Errors,
) -> Option<StructMember<'a>> {
    let before = errors.len();
    if !item.generics.params.is_empty() {
        errors.push(syn::Error::new_spanned(
            &item.generics,
            "`#[provide]` structs cannot be generic: engin wires concrete types",
        ));
    }
    let mut fields = Vec::new();
    match &item.fields {
        syn::Fields::Named(named) => {
            for f in &named.named {
                let ident = f.ident.as_ref().expect("named field");
                if let Some(it) = contains_impl_trait(&f.ty) {
                    errors.push(syn::Error::new_spanned(it, "`impl Trait` fields cannot be injected"));
                    continue;
                }
                fields.push((ident, &f.ty));
            }
        }
        syn::Fields::Unnamed(unnamed) => errors.push(syn::Error::new_spanned(
            unnamed,
            "`#[provide]` cannot inject a tuple struct: use named fields, one per dependency, or a `#[provide]` function",
        )),
        syn::Fields::Unit => {}
    }
    if errors.len() > before {
        return None;
    }
    Some(StructMember {
        ident: &item.ident,
        fields,
    })
}

/// Whether an attribute is `#[provide]`/`#[invoke]` (or `engin::provide` ...).
pub(crate) fn marker_of(attr: &syn::Attribute) -> Option<Marker> {
    let last = attr.path().segments.last()?;
    match last.ident.to_string().as_str() {
        "provide" => Some(Marker::Provide),
        "invoke" => Some(Marker::Invoke),
        "decorate" => Some(Marker::Decorate),
        _ => None,
    }
}

/// The arguments of an attribute as tokens (empty for `#[provide]`).
pub(crate) fn attr_args(attr: &syn::Attribute) -> syn::Result<TokenStream> {
    match &attr.meta {
        syn::Meta::Path(_) => Ok(TokenStream::new()),
        syn::Meta::List(l) => Ok(l.tokens.clone()),
        syn::Meta::NameValue(nv) => Err(syn::Error::new_spanned(
            nv,
            "expected `#[provide]` or `#[provide(name = \"...\")]`",
        )),
    }
}

/// A `#[block]` impl read without its functions' bodies: each function's
/// attributes, visibility and signature are parsed; its body stays the
/// token group it came as, since the macro only prints it back.
pub(crate) struct LightImpl {
    /// `impl Name` (attributes, generics, trait) with empty braces: what
    /// is checked about the impl itself.
    pub(crate) header: syn::ItemImpl,
    /// The tokens before the braces, printed back as they came.
    head: TokenStream,
    braces: proc_macro2::Span,
    pub(crate) items: Vec<LightItem>,
}

/// An item of a [`LightImpl`].
pub(crate) enum LightItem {
    Fn(Box<LightFn>),
    /// Anything else, printed back as it came.
    Other(TokenStream),
}

/// A function of a [`LightImpl`]: its body never parsed.
pub(crate) struct LightFn {
    pub(crate) attrs: Vec<syn::Attribute>,
    pub(crate) vis: syn::Visibility,
    pub(crate) sig: Signature,
    body: proc_macro2::Group,
}

impl LightImpl {
    /// Reads an impl block; `Err` when it is not one, with syn's error.
    pub(crate) fn parse(input: TokenStream) -> syn::Result<LightImpl> {
        use proc_macro2::{Delimiter, TokenTree};
        let mut tokens: Vec<TokenTree> = input.clone().into_iter().collect();
        let light = match tokens.pop() {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                let head: TokenStream = tokens.into_iter().collect();
                let header: syn::ItemImpl = syn::parse2(quote::quote!(#head {}))?;
                split_items(g.stream()).map(|items| LightImpl {
                    header,
                    head,
                    braces: g.span(),
                    items,
                })
            }
            _ => None,
        };
        match light {
            Some(light) => Ok(light),
            // Something the quick reading does not know (an inner
            // attribute, `default fn`, ..): syn reads it all.
            None => syn::parse2::<syn::ItemImpl>(input).map(LightImpl::from),
        }
    }
}

/// The items of an impl's body, or `None` when one is not recognised.
fn split_items(body: TokenStream) -> Option<Vec<LightItem>> {
    use proc_macro2::{Delimiter, TokenTree};
    let mut items = Vec::new();
    let mut current: Vec<TokenTree> = Vec::new();
    for tt in body {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == ';' => {
                current.push(tt);
                items.push(LightItem::Other(current.drain(..).collect()));
            }
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace && starts_fn(&current) => {
                let prefix: TokenStream = current.drain(..).collect();
                let (attrs, vis, sig) = syn::parse::Parser::parse2(
                    |input: syn::parse::ParseStream| {
                        Ok((
                            input.call(syn::Attribute::parse_outer)?,
                            input.parse()?,
                            input.parse()?,
                        ))
                    },
                    prefix,
                )
                .ok()?;
                items.push(LightItem::Fn(Box::new(LightFn {
                    attrs,
                    vis,
                    sig,
                    body: g.clone(),
                })));
            }
            // `name! { .. }`: a macro call item.
            TokenTree::Group(g)
                if g.delimiter() == Delimiter::Brace
                    && matches!(current.last(), Some(TokenTree::Punct(p)) if p.as_char() == '!') =>
            {
                current.push(tt);
                items.push(LightItem::Other(current.drain(..).collect()));
            }
            _ => current.push(tt),
        }
    }
    current.is_empty().then_some(items)
}

/// Whether an item's tokens so far start a function: outer attributes,
/// a visibility, qualifiers, then `fn`.
fn starts_fn(tokens: &[proc_macro2::TokenTree]) -> bool {
    use proc_macro2::{Delimiter, TokenTree};
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Punct(p) if p.as_char() == '#' => match tokens.get(i + 1) {
                Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => i += 2,
                _ => return false,
            },
            TokenTree::Ident(id) if id == "pub" => {
                i += 1;
                if matches!(tokens.get(i), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
                {
                    i += 1;
                }
            }
            TokenTree::Ident(id)
                if id == "const" || id == "async" || id == "unsafe" || id == "extern" =>
            {
                i += 1
            }
            TokenTree::Literal(_)
                if i > 0 && matches!(&tokens[i - 1], TokenTree::Ident(id) if id == "extern") =>
            {
                i += 1
            }
            TokenTree::Ident(id) => return id == "fn",
            _ => return false,
        }
    }
    false
}

impl From<syn::ItemImpl> for LightImpl {
    fn from(mut item: syn::ItemImpl) -> LightImpl {
        // Inner attributes print inside the braces: they go first there.
        let (inner, outer) = std::mem::take(&mut item.attrs)
            .into_iter()
            .partition::<Vec<_>, _>(|a| matches!(a.style, syn::AttrStyle::Inner(_)));
        item.attrs = outer;
        let inner = (!inner.is_empty()).then(|| LightItem::Other(quote::quote!(#(#inner)*)));
        let items = inner
            .into_iter()
            .chain(
                std::mem::take(&mut item.items)
                    .into_iter()
                    .map(|i| match i {
                        syn::ImplItem::Fn(f) if f.defaultness.is_none() => {
                            let block = &f.block;
                            let body = match quote::quote!(#block).into_iter().next() {
                                Some(proc_macro2::TokenTree::Group(g)) => g,
                                _ => unreachable!("a block is a brace group"),
                            };
                            LightItem::Fn(Box::new(LightFn {
                                attrs: f.attrs,
                                vis: f.vis,
                                sig: f.sig,
                                body,
                            }))
                        }
                        other => LightItem::Other(quote::quote!(#other)),
                    }),
            )
            .collect();
        let braces = item.brace_token.span.join();
        let mut head = quote::quote!(#item).into_iter().collect::<Vec<_>>();
        head.pop();
        LightImpl {
            header: item,
            head: head.into_iter().collect(),
            braces,
            items,
        }
    }
}

impl quote::ToTokens for LightImpl {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let mut body = TokenStream::new();
        for item in &self.items {
            match item {
                LightItem::Fn(f) => {
                    let LightFn {
                        attrs,
                        vis,
                        sig,
                        body: b,
                    } = &**f;
                    body.extend(quote::quote!(#(#attrs)* #vis #sig #b));
                }
                LightItem::Other(t) => body.extend(t.clone()),
            }
        }
        let mut braces = proc_macro2::Group::new(proc_macro2::Delimiter::Brace, body);
        braces.set_span(self.braces);
        tokens.extend(self.head.clone());
        tokens.extend([proc_macro2::TokenTree::Group(braces)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::{quote, ToTokens};

    fn fns(light: &LightImpl) -> Vec<String> {
        light
            .items
            .iter()
            .filter_map(|i| match i {
                LightItem::Fn(f) => Some(f.sig.ident.to_string()),
                LightItem::Other(_) => None,
            })
            .collect()
    }

    #[test]
    fn an_impl_is_read_without_its_bodies_and_printed_back_as_it_came() {
        let input = quote! {
            #[doc = "a block"]
            impl DbBlock {
                const LIMIT: fn() -> u32 = { || 1 };
                #[provide(name = "pool")]
                pub(crate) async fn pool(config: &Config) -> Result<Pool, Error> { let x = { 1 }; todo!() }
                type Alias = u32;
                fn helper() -> u32 where u32: Copy { 2 }
                pub const unsafe extern "C" fn raw() {}
                some_macro! { fn not_a_fn() {} }
                other_macro!(x);
            }
        };
        let light = LightImpl::parse(input.clone()).unwrap();
        assert_eq!(fns(&light), ["pool", "helper", "raw"]);
        assert_eq!(light.items.len(), 7);
        assert!(light.header.items.is_empty());
        assert_eq!(light.header.attrs.len(), 1);
        assert_eq!(
            light.to_token_stream().to_string(),
            input.to_string(),
            "printed back unchanged"
        );
    }

    #[test]
    fn what_the_quick_reading_does_not_know_is_read_by_syn() {
        // An inner attribute, and `default fn`: syn reads the whole impl.
        for input in [
            quote!(impl A { #![allow(unused)] fn a() -> u32 { 1 } }),
            quote!(
                impl<T> A for T {
                    default fn a() -> u32 {
                        1
                    }
                }
            ),
        ] {
            let light = LightImpl::parse(input.clone()).unwrap();
            assert_eq!(
                light.to_token_stream().to_string(),
                input.to_string(),
                "{input}"
            );
        }
        assert!(LightImpl::parse(quote!(
            struct A;
        ))
        .is_err());
        assert!(LightImpl::parse(quote!(impl A { fn })).is_err());
    }
}
