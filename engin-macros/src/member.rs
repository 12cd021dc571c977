//! Expansion of `#[provide]`, `#[invoke]` and `#[block]`: the item itself,
//! plus a hidden `macro_rules!` that describes it to the application macro.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{Ident, Item, LitStr, Visibility};

use crate::ast::{self, FnMember, Marker, StructMember};
use crate::attr;
use crate::grammar::chain::Next;
use crate::grammar::desc::{self, FnDesc, ParamDesc, Role};
use crate::Errors;

/// A unique suffix for the exported description macro and the member's
/// id: the crate being compiled, the location of the attribute (file, line,
/// column), the item's name, and a count of the expansions in this
/// compilation. The count tells apart members stamped out by one
/// `macro_rules!` (same name, same location) in two modules; the crate's
/// name, members of two crates.
pub(crate) fn unique(ident: &Ident) -> String {
    use std::hash::{Hash, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static EXPANSIONS: AtomicU64 = AtomicU64::new(0);
    let span = proc_macro::Span::call_site();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    std::env::var("CARGO_CRATE_NAME").ok().hash(&mut h);
    span.file().hash(&mut h);
    span.line().hash(&mut h);
    span.column().hash(&mut h);
    ident.to_string().hash(&mut h);
    EXPANSIONS.fetch_add(1, Ordering::Relaxed).hash(&mut h);
    format!("{:016x}", h.finish())
}

/// For a provider whose return type is not named `Result`: a check, next to
/// it, that the type is not a `Result` under another name (an alias), which
/// would hide its `Err`. Types naming `Self` (in a block) cannot be named
/// outside the impl and are not checked.
fn return_check(f: &FnMember<'_>) -> Option<TokenStream> {
    let ty = f
        .output
        .ty
        .filter(|_| f.marker != Marker::Invoke && !f.output.result)?;
    let tokens = quote!(#ty);
    if tokens
        .to_string()
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .any(|w| w == "Self")
    {
        return None;
    }
    let span = tokens
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |t| Span::call_site().located_at(t.span()));
    let call = crate::over_whole(
        quote_spanned!(span=> <_ as ::engin::rules::ResultSpelledOut<#ty>>::check(
            (&::engin::rules::Returned::<#ty>::new()).verdict(),
        )),
        &tokens,
    );
    Some(quote!(#call;))
}

/// The checks of `return_check`, in one generic function never called:
/// rustc type-checks it and generates no code. One function for a whole
/// block, as each function body has a fixed cost in `cargo check`.
fn return_checks(calls: Vec<TokenStream>) -> TokenStream {
    if calls.is_empty() {
        return TokenStream::new();
    }
    quote! {
        const _: () = {
            #[allow(dead_code)]
            fn __engin_return_check<__EnginT>() {
                #[allow(unused_imports)]
                use ::engin::rules::{IsNotResult as _, IsResult as _};
                #(#calls)*
            }
        };
    }
}

/// What a function marked `marker` with `args` is to the application.
fn wire_role(marker: Marker, args: &attr::Args) -> Role {
    match marker {
        Marker::Provide if args.collect.is_some() => Role::Collect,
        Marker::Provide => Role::Provide,
        Marker::Invoke => Role::Invoke,
        Marker::Decorate => Role::Decorate {
            order: args.order.as_ref().map(|o| o.base10_parse().unwrap_or(0)),
        },
    }
}

/// The description of one provider or invocation, as read by `assemble`.
fn describe_fn(f: &FnMember<'_>, name: &str, call: TokenStream, args: &attr::Args) -> TokenStream {
    FnDesc {
        close: args.close.as_ref().map(|c| quote!(#c)).unwrap_or_default(),
        start: args.start.as_ref().map(|c| quote!(#c)).unwrap_or_default(),
        private: args.private.is_some(),
        role: wire_role(f.marker, args),
        name: name.to_owned(),
        call,
        asyncness: f.asyncness,
        result: f.output.result,
        output: f.output.ty.map(|t| quote!(#t)).unwrap_or_default(),
        ret: f.ret.clone(),
        params: f
            .params
            .iter()
            .map(|p| {
                let ty = p.ty;
                ParamDesc {
                    by_ref: p.by_ref,
                    ty: quote!(#ty),
                }
            })
            .collect(),
    }
    .emit()
}

fn describe_struct(s: &StructMember<'_>, name: &str, args: &attr::Args) -> TokenStream {
    let ident = s.ident;
    FnDesc {
        close: args.close.as_ref().map(|c| quote!(#c)).unwrap_or_default(),
        start: args.start.as_ref().map(|c| quote!(#c)).unwrap_or_default(),
        private: args.private.is_some(),
        role: wire_role(Marker::Provide, args),
        name: name.to_owned(),
        call: quote!(::__engin_new),
        asyncness: false,
        result: false,
        output: quote!(#ident),
        ret: quote!(#ident),
        params: s
            .fields
            .iter()
            .map(|(_, ty)| ParamDesc {
                by_ref: false,
                ty: quote!(#ty),
            })
            .collect(),
    }
    .emit()
}

/// An included block, named by a path that resolves wherever the
/// application is declared (`crate::` becomes `$crate::`).
fn include(path: &syn::Path, errors: &mut Errors) -> Option<Next> {
    let segments: Vec<&Ident> = path.segments.iter().map(|s| &s.ident).collect();
    let relative = path.leading_colon.is_none()
        && (segments.len() == 1 || segments[0] == "self" || segments[0] == "super");
    if relative || path.segments.iter().any(|s| !s.arguments.is_empty()) {
        let shown = segments
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join("::");
        errors.push(syn::Error::new_spanned(
            path,
            format!("write the full path of the included block, such as `crate::module::{}`: it is looked up where the application is declared", segments.last().map(|s| s.to_string()).unwrap_or(shown)),
        ));
        return None;
    }
    let (prefix, name, mac) = crate::vocab::split_path(path, true);
    Some(Next {
        prefix,
        name,
        mac,
        trail: Vec::new(),
    })
}

/// The hidden description macro and its re-export.
///
/// The macro is called by the application macro's chain with the path prefix
/// and name under which the member was listed, and hands its description
/// and includes to `chain!`, which calls the next member.
fn description_macro(
    vis: &Visibility,
    ident: &Ident,
    items: TokenStream,
    includes: &[Next],
    poisoned: bool,
) -> TokenStream {
    let uniq = unique(ident);
    let exported = format_ident!("__engin_{}_{}", ident, uniq);
    let alias = crate::description_name(ident);
    let desc = desc::emit_member(&uniq, quote!($($pre)* $name), poisoned, items);
    let rules = crate::grammar::chain::description_rules(&desc, includes);
    crate::export_macro(vis, &exported, &alias, rules)
}

fn display_name(name: Option<&LitStr>, default: String) -> String {
    name.map(|n| n.value()).unwrap_or(default)
}

/// `#[provide]` or `#[invoke]` on a free function or a struct.
pub(crate) fn expand_standalone(
    marker: Marker,
    args: TokenStream,
    input: TokenStream,
) -> TokenStream {
    if args.to_string() == "__engin_in_block" {
        return input;
    }
    let item: Item = match syn::parse2(input.clone()) {
        Ok(item) => item,
        Err(e) => return e.to_compile_error(),
    };
    let mut errors = Errors::default();
    let args = role_args(marker, args).unwrap_or_else(|e| {
        errors.push(e);
        attr::Args::default()
    });
    if let Some(private) = &args.private {
        errors.push(syn::Error::new_spanned(
            private,
            "`private` keeps a value inside its `#[block]`, and this provider is not in one: move it into a `#[block]` impl, or remove `private`",
        ));
    }
    let (vis, ident, items, extra) = match (&item, marker) {
        (Item::Fn(f), _) if f.sig.receiver().is_some() => {
            // A method sits in an impl, where the description macro cannot go.
            ast::fn_member(marker, &f.sig, false, &mut errors);
            return errors.finish_with(input);
        }
        (Item::Fn(f), _) => {
            let member = ast::fn_member(marker, &f.sig, false, &mut errors);
            let name = display_name(args.name.as_ref(), f.sig.ident.to_string());
            let check = return_checks(member.as_ref().and_then(return_check).into_iter().collect());
            let desc = member
                .map(|m| describe_fn(&m, &name, TokenStream::new(), &args))
                .unwrap_or_default();
            (&f.vis, &f.sig.ident, desc, check)
        }
        (Item::Struct(s), Marker::Provide) => {
            let member = ast::struct_member(s, &mut errors);
            let name = display_name(args.name.as_ref(), s.ident.to_string());
            let desc = member
                .as_ref()
                .map(|m| describe_struct(m, &name, &args))
                .unwrap_or_default();
            let ctor = member.map(|m| constructor(&s.vis, &m)).unwrap_or_default();
            (&s.vis, &s.ident, desc, ctor)
        }
        (Item::Enum(e), Marker::Provide) => {
            errors.push(syn::Error::new_spanned(
                e.enum_token,
                "`#[provide]` cannot build an enum: provide it from a function that returns the enum",
            ));
            let poisoned = description_macro(&e.vis, &e.ident, TokenStream::new(), &[], true);
            return errors.finish_with(quote!(#input #poisoned));
        }
        (other, marker) => {
            errors.push(syn::Error::new_spanned(other, goes_on(marker)));
            return errors.finish_with(input);
        }
    };
    let poisoned = !errors.is_empty();
    let describe = description_macro(vis, ident, items, &[], poisoned);
    let errors = errors.into_compile_errors();
    quote! { #item #extra #describe #errors }
}

/// The arguments of `#[provide]`, `#[invoke]` or `#[decorate]`.
fn role_args(marker: Marker, args: TokenStream) -> syn::Result<attr::Args> {
    // `#[provide]` -> `provide`
    let name = &marker.attr()[2..marker.attr().len() - 1];
    attr::parse(name, args, marker.keys(), false)
}

/// What a member attribute goes on, for an item it does not fit.
fn goes_on(marker: Marker) -> &'static str {
    match marker {
        Marker::Provide => "`#[provide]` goes on a function or on a struct with named fields",
        Marker::Invoke => "`#[invoke]` goes on a function",
        Marker::Decorate => "`#[decorate]` goes on a function that takes the value and returns it: `fn with_metrics(client: Client) -> Client`",
    }
}

/// The hidden constructor of a `#[provide]` struct, so the application can
/// build it from another module without seeing its private fields.
fn constructor(vis: &Visibility, s: &StructMember<'_>) -> TokenStream {
    let ident = s.ident;
    let names: Vec<_> = s.fields.iter().map(|(n, _)| *n).collect();
    let types = s.fields.iter().map(|(_, t)| *t);
    quote! {
        impl #ident {
            #[doc(hidden)]
            #[allow(clippy::too_many_arguments)]
            #vis fn __engin_new(#(#names: #types),*) -> Self {
                Self { #(#names),* }
            }
        }
    }
}

/// `#[block]` on an inherent impl.
pub(crate) fn expand_block(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut item = match ast::LightImpl::parse(input.clone()) {
        Ok(item) => item,
        Err(_) => {
            let mut errors = Errors::default();
            errors.push(syn::Error::new_spanned(
                first_token(input.clone()),
                "`#[block]` goes on an inherent impl block: `#[block] impl MyBlock { ... }`",
            ));
            return errors.finish_with(input);
        }
    };
    let mut errors = Errors::default();
    let args = attr::parse("block", args, &["include"], false).unwrap_or_else(|e| {
        errors.push(e);
        attr::Args::default()
    });
    let self_ident = match block_type(&item, &mut errors) {
        Some(ident) => ident,
        None => return errors.finish_with(input),
    };
    ast::check_generics(&item.header.generics, "`#[block]` impls", &mut errors);
    let (annotated, unmarked) = annotated_fns(&mut item, &self_ident, &mut errors);
    let mut descs = Vec::new();
    let mut checks = Vec::new();
    let mut widest = Visibility::Inherited;
    for (marker, attr, sig, vis) in &annotated {
        let args = match ast::attr_args(attr).and_then(|t| role_args(*marker, t)) {
            Ok(a) => a,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if let Some(m) = ast::fn_member(*marker, sig, true, &mut errors) {
            checks.extend(return_check(&m));
            let name = display_name(args.name.as_ref(), format!("{self_ident}::{}", sig.ident));
            let fn_ident = &sig.ident;
            descs.push(describe_fn(&m, &name, quote!(:: #fn_ident), &args));
        }
        if matches!(vis, Visibility::Public(_))
            || (matches!(widest, Visibility::Inherited) && !matches!(vis, Visibility::Inherited))
        {
            widest = vis.clone();
        }
    }
    let includes: Vec<Next> = args
        .include
        .iter()
        .filter_map(|p| include(p, &mut errors))
        .collect();
    let poisoned = !errors.is_empty();
    let describe = description_macro(
        &widest,
        &self_ident,
        quote!(#(#descs)* #(#unmarked)*),
        &includes,
        poisoned,
    );
    let errors = errors.into_compile_errors();
    let checks = return_checks(checks);
    let paths = marker_paths(&annotated);
    quote! { #item #checks #describe #paths #errors }
}

/// Each attribute path the block's functions were marked with, once, on an
/// empty item its macro leaves as it is: the user's import of `provide` (or
/// `invoke`, `decorate`) stays used, at the cost of one macro call per
/// path, not one per function.
fn marker_paths(annotated: &[Annotated]) -> TokenStream {
    let mut seen: Vec<String> = Vec::new();
    let mut out = TokenStream::new();
    for (_, attr, _, _) in annotated {
        let path = attr.path();
        let key = quote!(#path).to_string();
        if !seen.contains(&key) {
            seen.push(key);
            out.extend(quote!(#[#path(__engin_in_block)] const _: () = ();));
        }
    }
    out
}

/// The block's type: a plain type of this module, not a trait impl.
fn block_type(item: &ast::LightImpl, errors: &mut Errors) -> Option<Ident> {
    if let Some((_, path, _)) = &item.header.trait_ {
        errors.push(syn::Error::new_spanned(path, "`#[block]` cannot be used on a trait impl: use an inherent impl, `impl MyBlock { ... }`"));
        return None;
    }
    match &*item.header.self_ty {
        syn::Type::Path(p)
            if p.qself.is_none()
                && p.path.segments.len() == 1
                && p.path.segments[0].arguments.is_empty() =>
        {
            Some(p.path.segments[0].ident.clone())
        }
        other => {
            errors.push(syn::Error::new_spanned(other, "a `#[block]` must be an impl of a plain type defined in this module, such as `impl RedisBlock`"));
            None
        }
    }
}

/// A block function's role, its attribute, signature and visibility.
type Annotated = (ast::Marker, syn::Attribute, syn::Signature, Visibility);

/// The block's functions marked `#[provide]`, `#[invoke]` or `#[decorate]`
/// (the attributes taken off: the block reads them), and the descriptions
/// of the unmarked ones that return a value: named in a "no provider" error
/// for that value's type.
fn annotated_fns(
    item: &mut ast::LightImpl,
    self_ident: &Ident,
    errors: &mut Errors,
) -> (Vec<Annotated>, Vec<TokenStream>) {
    let mut annotated = Vec::new();
    let mut unmarked = Vec::new();
    for impl_item in &mut item.items {
        let ast::LightItem::Fn(f) = impl_item else {
            continue;
        };
        if f.sig.receiver().is_none() && !f.attrs.iter().any(|a| ast::marker_of(a).is_some()) {
            if let Some(ty) = ast::value_type(&f.sig) {
                unmarked.push(desc::emit_unmarked(
                    &format!("{self_ident}::{}", f.sig.ident),
                    quote!(#ty),
                ));
            }
        }
        let mut markers = Vec::new();
        f.attrs.retain(|a| match ast::marker_of(a) {
            Some(marker) => {
                markers.push((marker, a.clone()));
                false
            }
            None => true,
        });
        match markers.as_slice() {
            [] => {}
            [(marker, attr)] => {
                annotated.push((*marker, attr.clone(), f.sig.clone(), f.vis.clone()))
            }
            [_, (_, second), ..] => errors.push(syn::Error::new_spanned(
                second,
                "a function is one of `#[provide]`, `#[invoke]` or `#[decorate]`, once",
            )),
        }
    }
    if annotated.is_empty() && errors.is_empty() {
        errors.push(syn::Error::new_spanned(
            &item.header.self_ty,
            "this `#[block]` has no `#[provide]` or `#[invoke]` function: annotate its members",
        ));
    }
    (annotated, unmarked)
}

fn first_token(ts: TokenStream) -> TokenStream {
    ts.into_iter()
        .next()
        .map(|t| quote!(#t))
        .unwrap_or_else(|| quote_spanned!(Span::call_site()=> item))
}
