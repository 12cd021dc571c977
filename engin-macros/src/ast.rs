//! The items the macros accept, parsed into a borrowed form that keeps the
//! user's tokens for spans, and validated with one error per mistake.

use proc_macro2::TokenStream;
use syn::{FnArg, GenericParam, Generics, Ident, PathArguments, ReturnType, Signature, Type};

use crate::Errors;

/// What kind of member a function is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Provide,
    Invoke,
    /// Transforms a provided value before its consumers see it.
    Decorate,
}

impl Role {
    /// The arguments its attribute accepts.
    pub(crate) fn keys(self) -> &'static [&'static str] {
        match self {
            Role::Provide => &["name", "close", "private", "collect"],
            Role::Invoke => &["name"],
            Role::Decorate => &["name", "order"],
        }
    }

    pub(crate) fn attr(self) -> &'static str {
        match self {
            Role::Provide => "#[provide]",
            Role::Invoke => "#[invoke]",
            Role::Decorate => "#[decorate]",
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
    pub(crate) role: Role,
    pub(crate) asyncness: bool,
    pub(crate) params: Vec<Param<'a>>,
    pub(crate) output: Output<'a>,
    /// The whole return type as written, for spans.
    pub(crate) ret: TokenStream,
}

/// Types engin provides to every application.
pub(crate) const BUILTINS: &[&str] = &["Lifecycle", "Shutdown"];

/// `engin::Lifecycle` or `engin::Shutdown` written with its crate's name:
/// the built-in's name. (Written without it, the type may be the user's
/// own; rustc tells once the application is assembled.)
fn engin_builtin(ty: &Type) -> Option<&Ident> {
    match ty {
        Type::Path(p) if p.qself.is_none() => {
            let n = p.path.segments.len();
            let last = &p.path.segments.last()?.ident;
            let krate = &p.path.segments.iter().nth(n.checked_sub(2)?)?.ident;
            ((krate == "engin" || krate == "engin_core") && BUILTINS.iter().any(|b| last == b))
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
    role: Role,
    sig: &'a Signature,
    in_block: bool,
    errors: &mut Errors,
) -> Option<FnMember<'a>> {
    let attr = role.attr();
    let before = errors.len();
    check_generics(&sig.generics, &format!("`{attr}` functions"), errors);
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
    let output = match &sig.output {
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
    };
    match (role, output.ty) {
        (Role::Provide, None) => {
            let msg = "`#[provide]` function must return the value it provides: add a return type such as `-> Config` or `-> Result<Config, Error>`";
            match &sig.output {
                ReturnType::Default => errors.push(syn::Error::new_spanned(&sig.ident, msg)),
                ReturnType::Type(_, ty) => errors.push(syn::Error::new_spanned(ty, msg)),
            }
        }
        (Role::Provide, Some(ty)) => {
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
        (Role::Invoke, Some(ty)) => errors.push(syn::Error::new_spanned(
            match &sig.output {
                ReturnType::Type(_, full) => &**full,
                ReturnType::Default => ty,
            },
            "`#[invoke]` function must return `()` or `Result<(), E>`, written out (an alias of `Result` is not recognized): to build a value for others, use `#[provide]`",
        )),
        (Role::Invoke, None) => {}
        (Role::Decorate, None) => errors.push(syn::Error::new_spanned(
            match &sig.output {
                ReturnType::Type(_, full) => quote::quote!(#full),
                ReturnType::Default => {
                    let ident = &sig.ident;
                    quote::quote!(#ident)
                }
            },
            "a `#[decorate]` function returns the value it decorates: `fn with_metrics(client: Client) -> Client`",
        )),
        (Role::Decorate, Some(ty)) => match params.first() {
            None => errors.push(syn::Error::new_spanned(
                &sig.ident,
                "a `#[decorate]` function takes the value it decorates as its first parameter: `fn with_metrics(client: Client) -> Client`",
            )),
            Some(first) if first.by_ref => errors.push(syn::Error::new_spanned(
                first.ty,
                "a decorator takes the value by value (it is moved in, and what the decorator returns replaces it): remove the `&`",
            )),
            Some(first) => {
                let key = |t: &Type| crate::assemble::type_key(&quote::quote!(#t));
                if key(first.ty) != key(ty) {
                    let first = first.ty;
                    errors.push(syn::Error::new_spanned(
                        ty,
                        format!(
                            "a decorator returns the type it decorates: `{}`, the type of its first parameter",
                            quote::quote!(#first).to_string().replace(' ', "")
                        ),
                    ));
                }
            }
        },
    }
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
        role,
        asyncness: sig.asyncness.is_some(),
        params,
        output,
        ret,
    })
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
pub(crate) fn role_of(attr: &syn::Attribute) -> Option<Role> {
    let last = attr.path().segments.last()?;
    match last.ident.to_string().as_str() {
        "provide" => Some(Role::Provide),
        "invoke" => Some(Role::Invoke),
        "decorate" => Some(Role::Decorate),
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
