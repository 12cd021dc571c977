//! The description a member macro leaves for the application macro: one
//! definition, emitted by `#[provide]`, `#[invoke]` and `#[block]`, and
//! parsed by `assemble`.
//!
//! ```text
//! member { version <VERSION> id "<unique id>" path [ <path listed in #[app]> ] [poisoned]
//!     provide { name "config" call [ ] async false result true
//!               output [ Config ] ret [ Result<Config, Error> ]
//!               params [ { ref true ty [ Env ] } ] close [ aclose ] start [ ] [private] }
//!     collect { .. }  decorate [ <order>? ] { .. }  invoke { .. }
//!     unmarked { name "Block::f" output [ Config ] } }
//! ```

use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{braced, bracketed, Ident, LitBool, LitInt, LitStr, Token};

use super::bracket;

mod kw {
    syn::custom_keyword!(done);
    syn::custom_keyword!(app);
    syn::custom_keyword!(member);
    syn::custom_keyword!(id);
    syn::custom_keyword!(path);
    syn::custom_keyword!(poisoned);
    syn::custom_keyword!(provide);
    syn::custom_keyword!(invoke);
    syn::custom_keyword!(name);
    syn::custom_keyword!(call);
    syn::custom_keyword!(result);
    syn::custom_keyword!(output);
    syn::custom_keyword!(params);
    syn::custom_keyword!(ty);
    syn::custom_keyword!(ret);
    syn::custom_keyword!(supply);
    syn::custom_keyword!(unmarked);
    syn::custom_keyword!(close);
    syn::custom_keyword!(start);
    syn::custom_keyword!(private);
    syn::custom_keyword!(decorate);
    syn::custom_keyword!(collect);
    syn::custom_keyword!(replaced);
}

/// What a member's function is to the application.
#[derive(Debug, Clone)]
pub(crate) enum Role {
    /// `#[provide]`: the value of its type.
    Provide,
    /// `#[provide(collect)]`: one element of `All<T>`.
    Collect,
    /// `#[decorate]`, with its `order` if it has one: the first parameter
    /// is the value it replaces.
    Decorate { order: Option<u32> },
    /// `#[invoke]`: run at start-up, provides nothing.
    Invoke,
    /// Not part of the format: the step `assemble` adds to gather a
    /// collection, with the element type as the application names it when
    /// the collection is declared (it may be empty), empty otherwise.
    Gather { element: TokenStream },
}

/// One provider or invocation.
#[derive(Debug, Clone)]
pub(crate) struct FnDesc {
    pub(crate) role: Role,
    /// The name shown in errors and traces.
    pub(crate) name: String,
    /// What follows the member's path in a call: empty for a function,
    /// `:: f` for a block's function, `:: __engin_new` for a struct.
    pub(crate) call: TokenStream,
    pub(crate) asyncness: bool,
    pub(crate) result: bool,
    /// The provided type; empty for an invocation.
    pub(crate) output: TokenStream,
    /// The return type as written, for spans.
    pub(crate) ret: TokenStream,
    pub(crate) params: Vec<ParamDesc>,
    /// `#[provide(close = method)]`: the method; empty otherwise.
    pub(crate) close: TokenStream,
    /// `#[provide(start = method)]`: the method; empty otherwise.
    pub(crate) start: TokenStream,
    /// `#[provide(private)]`: seen by its own member's items only.
    pub(crate) private: bool,
}

/// One injected parameter: `&T` (`by_ref`) or `T`.
#[derive(Debug, Clone)]
pub(crate) struct ParamDesc {
    pub(crate) by_ref: bool,
    pub(crate) ty: TokenStream,
}

/// A member as the application reads it.
#[derive(Debug)]
pub(crate) struct MemberDesc {
    pub(crate) id: String,
    /// The path the member was listed under.
    pub(crate) path: TokenStream,
    /// The member's own macro reported an error: add nothing.
    pub(crate) poisoned: bool,
    pub(crate) items: Vec<FnDesc>,
    /// A block's functions without `#[provide]` that return a value: their
    /// names and the types they return.
    pub(crate) unmarked: Vec<(String, TokenStream)>,
    /// Replaced by a derived application, by this member: only checked.
    pub(crate) replaced_by: Option<TokenStream>,
}

/// The whole input of `assemble!`.
pub(crate) struct Assembly {
    pub(crate) members: Vec<MemberDesc>,
    /// The application's type, as the user wrote it.
    pub(crate) app: Ident,
    pub(crate) cx: Ident,
    pub(crate) app_name: LitStr,
    /// Values the caller passes in: the graph function's parameter, and
    /// the type.
    pub(crate) supplied: Vec<(Ident, TokenStream)>,
    /// The supplied values' names, as the caller's parameters.
    pub(crate) supplied_names: Vec<String>,
    /// `collect(T, ..)`: collections that exist even when empty.
    pub(crate) collections: Vec<TokenStream>,
}

impl FnDesc {
    pub(crate) fn invokes(&self) -> bool {
        matches!(self.role, Role::Invoke)
    }

    pub(crate) fn collects(&self) -> bool {
        matches!(self.role, Role::Collect)
    }

    pub(crate) fn decorates(&self) -> bool {
        matches!(self.role, Role::Decorate { .. })
    }

    /// A decorator's `order`, when it has one.
    pub(crate) fn order(&self) -> Option<u32> {
        match self.role {
            Role::Decorate { order } => order,
            _ => None,
        }
    }

    /// The element type of the collection this step gathers.
    pub(crate) fn gathers(&self) -> Option<&TokenStream> {
        match &self.role {
            Role::Gather { element } => Some(element),
            _ => None,
        }
    }

    pub(crate) fn emit(&self) -> TokenStream {
        let role = match &self.role {
            Role::Provide => quote!(provide),
            Role::Collect => quote!(collect),
            Role::Decorate { order } => quote!(decorate [ #order ]),
            Role::Invoke => quote!(invoke),
            Role::Gather { .. } => {
                unreachable!("a gathering step is added by `assemble`, never described")
            }
        };
        let FnDesc {
            name,
            call,
            asyncness,
            result,
            output,
            ret,
            params,
            close,
            start,
            private,
            ..
        } = self;
        let private = private.then(|| quote!(private));
        let params = params
            .iter()
            .map(|ParamDesc { by_ref, ty }| quote!({ ref #by_ref ty [ #ty ] }));
        quote! {
            #role { name #name call [ #call ] async #asyncness result #result output [ #output ] ret [ #ret ] params [ #(#params)* ] close [ #close ] start [ #start ] #private }
        }
    }
}

/// A member's description, around its items. `path` is emitted as given:
/// the member macro passes the `macro_rules!` variables that hold the path
/// it was listed under.
pub(crate) fn emit_member(
    id: &str,
    path: TokenStream,
    poisoned: bool,
    items: TokenStream,
) -> TokenStream {
    let version = super::emit_version();
    let poison = poisoned.then(|| quote!(poisoned));
    quote! {
        member { #version id #id path [ #path ] #poison #items }
    }
}

/// A block's function without `#[provide]` that returns `output`.
pub(crate) fn emit_unmarked(name: &str, output: TokenStream) -> TokenStream {
    quote!(unmarked { name #name output [ #output ] })
}

/// The application's part of `assemble!`'s input.
pub(crate) fn emit_app(
    ident: &Ident,
    cx: &Ident,
    name: &LitStr,
    supplied: &[(Ident, &Ident, TokenStream)],
    collections: &[TokenStream],
) -> TokenStream {
    let supplied = supplied
        .iter()
        .map(|(n, user, t)| quote!({ #n #user [ #t ] }));
    quote!(app [ #ident #cx #name supply [ #(#supplied)* ] collect [ #([ #collections ])* ] ])
}

/// Who writes a description, for the version check.
const DESCRIBED: &str = "a member of this application was described";

/// The id at the head of a member's description (`member { version N id
/// "..." ..`), the version checked and the rest left unread: what the
/// chain needs to skip a member seen before.
pub(crate) fn member_id(p: ParseStream) -> syn::Result<LitStr> {
    p.parse::<kw::member>()?;
    let content;
    braced!(content in p);
    super::version(&content, DESCRIBED)?;
    content.parse::<kw::id>()?;
    let id: LitStr = content.parse()?;
    content.parse::<TokenStream>()?;
    Ok(id)
}

impl Parse for Assembly {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        input.parse::<kw::done>()?;
        let content;
        bracketed!(content in input);
        let mut members = Vec::new();
        while !content.is_empty() {
            members.push(content.parse()?);
        }
        input.parse::<kw::app>()?;
        let app_content;
        bracketed!(app_content in input);
        // The application's type, written by the user: its span resolves
        // like the user's own code.
        let app = app_content.parse()?;
        let cx = app_content.parse()?;
        let app_name = app_content.parse()?;
        app_content.parse::<kw::supply>()?;
        let list;
        bracketed!(list in app_content);
        let mut supplied = Vec::new();
        let mut supplied_names = Vec::new();
        while !list.is_empty() {
            let one;
            braced!(one in list);
            let name = one.parse()?;
            supplied_names.push(one.parse::<Ident>()?.to_string());
            supplied.push((name, bracket(&one)?));
        }
        app_content.parse::<kw::collect>()?;
        let list;
        bracketed!(list in app_content);
        let mut collections = Vec::new();
        while !list.is_empty() {
            collections.push(bracket(&list)?);
        }
        Ok(Assembly {
            collections,
            members,
            app,
            cx,
            app_name,
            supplied,
            supplied_names,
        })
    }
}

impl Parse for MemberDesc {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let replaced_by = match input.parse::<Option<kw::replaced>>()? {
            Some(_) => Some(bracket(input)?),
            None => None,
        };
        input.parse::<kw::member>()?;
        let content;
        braced!(content in input);
        super::version(&content, DESCRIBED)?;
        content.parse::<kw::id>()?;
        let id = content.parse::<LitStr>()?.value();
        content.parse::<kw::path>()?;
        let path = bracket(&content)?;
        let poisoned = content.parse::<Option<kw::poisoned>>()?.is_some();
        let mut items = Vec::new();
        let mut unmarked = Vec::new();
        while !content.is_empty() {
            if content.peek(kw::unmarked) {
                content.parse::<kw::unmarked>()?;
                let one;
                braced!(one in content);
                one.parse::<kw::name>()?;
                let name = one.parse::<LitStr>()?.value();
                one.parse::<kw::output>()?;
                unmarked.push((name, bracket(&one)?));
            } else {
                items.push(content.parse()?);
            }
        }
        Ok(MemberDesc {
            id,
            path,
            poisoned,
            items,
            unmarked,
            replaced_by,
        })
    }
}

impl Parse for FnDesc {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let role = if input.parse::<Option<kw::provide>>()?.is_some() {
            Role::Provide
        } else if input.parse::<Option<kw::collect>>()?.is_some() {
            Role::Collect
        } else if input.parse::<Option<kw::invoke>>()?.is_some() {
            Role::Invoke
        } else {
            input.parse::<kw::decorate>()?;
            let order;
            bracketed!(order in input);
            let order = order
                .parse::<Option<LitInt>>()?
                .map(|o| o.base10_parse())
                .transpose()?;
            Role::Decorate { order }
        };
        let content;
        braced!(content in input);
        content.parse::<kw::name>()?;
        let name = content.parse::<LitStr>()?.value();
        content.parse::<kw::call>()?;
        let call = bracket(&content)?;
        content.parse::<Token![async]>()?;
        let asyncness = content.parse::<LitBool>()?.value;
        content.parse::<kw::result>()?;
        let result = content.parse::<LitBool>()?.value;
        content.parse::<kw::output>()?;
        let output = bracket(&content)?;
        content.parse::<kw::ret>()?;
        let ret = bracket(&content)?;
        content.parse::<kw::params>()?;
        let list;
        bracketed!(list in content);
        let mut params = Vec::new();
        while !list.is_empty() {
            let p;
            braced!(p in list);
            p.parse::<Token![ref]>()?;
            let by_ref = p.parse::<LitBool>()?.value;
            p.parse::<kw::ty>()?;
            let ty = bracket(&p)?;
            params.push(ParamDesc { by_ref, ty });
        }
        content.parse::<kw::close>()?;
        let close = bracket(&content)?;
        content.parse::<kw::start>()?;
        let start = bracket(&content)?;
        let private = content.parse::<Option<kw::private>>()?.is_some();
        Ok(FnDesc {
            role,
            private,
            close,
            start,
            name,
            call,
            asyncness,
            result,
            output,
            ret,
            params,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proc_macro2::Span;

    fn sample() -> Vec<FnDesc> {
        let provides = sample_items();
        let mut decorates = provides[0].clone();
        decorates.role = Role::Decorate { order: Some(2) };
        let mut plain = provides[0].clone();
        plain.role = Role::Provide;
        let mut unordered = provides[0].clone();
        unordered.role = Role::Decorate { order: None };
        let mut all = provides;
        all.extend([decorates, plain, unordered]);
        all
    }

    fn sample_items() -> Vec<FnDesc> {
        vec![
            FnDesc {
                role: Role::Collect,
                name: "RedisBlock::client".into(),
                call: quote!(::client),
                asyncness: true,
                result: true,
                close: quote!(aclose),
                start: quote!(connect),
                private: true,
                output: quote!(redis::Client),
                ret: quote!(Result<redis::Client, Error>),
                params: vec![
                    ParamDesc {
                        by_ref: true,
                        ty: quote!(Config),
                    },
                    ParamDesc {
                        by_ref: false,
                        ty: quote!(std::sync::Arc<dyn Store + Send>),
                    },
                ],
            },
            FnDesc {
                role: Role::Invoke,
                name: "check".into(),
                call: TokenStream::new(),
                asyncness: false,
                result: false,
                close: TokenStream::new(),
                start: TokenStream::new(),
                private: false,
                output: TokenStream::new(),
                ret: quote!(check),
                params: vec![],
            },
        ]
    }

    fn same(a: &FnDesc, b: &FnDesc) -> bool {
        let t = |t: &TokenStream| t.to_string();
        format!("{:?}", a.role) == format!("{:?}", b.role)
            && a.name == b.name
            && t(&a.call) == t(&b.call)
            && a.asyncness == b.asyncness
            && a.result == b.result
            && t(&a.output) == t(&b.output)
            && t(&a.ret) == t(&b.ret)
            && t(&a.close) == t(&b.close)
            && t(&a.start) == t(&b.start)
            && a.private == b.private
            && a.params.len() == b.params.len()
            && a.params
                .iter()
                .zip(&b.params)
                .all(|(x, y)| x.by_ref == y.by_ref && t(&x.ty) == t(&y.ty))
    }

    #[test]
    fn a_member_description_round_trips() {
        let items = sample();
        let mut emitted_items: TokenStream = items.iter().map(FnDesc::emit).collect();
        emitted_items.extend(emit_unmarked("RedisBlock::helper", quote!(Vec<u8>)));
        let member = emit_member("abc", quote!(crate::db::RedisBlock), true, emitted_items);
        let parsed: MemberDesc = syn::parse2(member).expect("parses");
        assert_eq!(parsed.id, "abc");
        assert_eq!(
            parsed.path.to_string(),
            quote!(crate::db::RedisBlock).to_string()
        );
        assert!(parsed.poisoned);
        assert_eq!(parsed.items.len(), items.len());
        assert_eq!(parsed.unmarked.len(), 1);
        assert_eq!(parsed.unmarked[0].0, "RedisBlock::helper");
        assert_eq!(
            parsed.unmarked[0].1.to_string(),
            quote!(Vec<u8>).to_string()
        );
        for (a, b) in parsed.items.iter().zip(&items) {
            assert!(same(a, b), "{a:?} != {b:?}");
        }
    }

    #[test]
    fn an_assembly_round_trips() {
        let member = emit_member("x", quote!(config), false, sample()[0].emit());
        let app = emit_app(
            &Ident::new("App", Span::call_site()),
            &Ident::new("__engin_cx", Span::call_site()),
            &LitStr::new("app", Span::call_site()),
            &[(
                Ident::new("__engin_supplied0", Span::call_site()),
                &Ident::new("args", Span::call_site()),
                quote!(cli::Args),
            )],
            &[quote!(Check)],
        );
        let parsed: Assembly = syn::parse2(quote!(done [ #member #member ] #app)).expect("parses");
        assert_eq!(parsed.members.len(), 2);
        assert_eq!(parsed.supplied.len(), 1);
        assert_eq!(
            parsed.supplied[0].1.to_string(),
            quote!(cli::Args).to_string()
        );
        assert_eq!(parsed.supplied_names, ["args"]);
        assert_eq!(parsed.collections[0].to_string(), "Check");
        assert_eq!(parsed.cx, "__engin_cx");
        assert_eq!(parsed.app_name.value(), "app");
    }

    #[test]
    fn another_version_is_one_clear_error() {
        let old = quote!(member { id "x" path [ config ] });
        let e = syn::parse2::<MemberDesc>(old).expect_err("rejected");
        assert!(
            e.to_string().contains("another version of engin-macros"),
            "{e}"
        );
        let newer = quote!(member { version 99 id "x" path [ config ] });
        let e = syn::parse2::<MemberDesc>(newer).expect_err("rejected");
        assert!(e.to_string().contains("description format 99"), "{e}");
    }
}
