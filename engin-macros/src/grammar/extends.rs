//! `derive_app!`'s input, and the calls that lead to it.
//!
//! ```text
//! derived: <base's macro>! { @engin_derive [ prefix of App's path ] replace [ { [Old] [New] } .. ]
//!                            members [ added, .. ] rest [ name = .., supply(..), .. ]
//!                            item [ struct TestApp; ] }
//! base:    derive_app! { version N base [ members of App, as written ] app [ App ] <the rest, as it came> }
//! ```
//!
//! The base's rule (in the base application's hidden macro) writes the
//! version: the base and the derived application may be built by two
//! versions of engin-macros.

use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{braced, bracketed, Ident, Path, PathSegment, Token};

use super::bracket;

mod kw {
    syn::custom_keyword!(base);
    syn::custom_keyword!(app);
    syn::custom_keyword!(replace);
    syn::custom_keyword!(members);
    syn::custom_keyword!(rest);
    syn::custom_keyword!(item);
}

pub(crate) struct Derive {
    pub(crate) base: Vec<Path>,
    pub(crate) app: Ident,
    pub(crate) prefix: Vec<PathSegment>,
    pub(crate) leading: bool,
    pub(crate) replace: Vec<(Path, Path)>,
    pub(crate) members: Vec<Path>,
    pub(crate) rest: TokenStream,
    pub(crate) item: TokenStream,
}

fn paths(input: ParseStream) -> syn::Result<Vec<Path>> {
    let content;
    bracketed!(content in input);
    Ok(Punctuated::<Path, Token![,]>::parse_terminated(&content)?
        .into_iter()
        .collect())
}

impl Parse for Derive {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        super::version(input, "the base application was declared")?;
        input.parse::<kw::base>()?;
        let base = paths(input)?;
        input.parse::<kw::app>()?;
        let app = bracket(input)?;
        let (prefix, leading) = {
            let content;
            bracketed!(content in input);
            let leading = content.parse::<Option<Token![::]>>()?.is_some();
            let mut segments = Vec::new();
            while !content.is_empty() {
                segments.push(content.parse::<PathSegment>()?);
                content.parse::<Token![::]>()?;
            }
            (segments, leading)
        };
        input.parse::<kw::replace>()?;
        let replace = {
            let content;
            bracketed!(content in input);
            let mut list = Vec::new();
            while !content.is_empty() {
                let one;
                braced!(one in content);
                list.push((bracket(&one)?, bracket(&one)?));
            }
            list
        };
        input.parse::<kw::members>()?;
        let members = paths(input)?;
        input.parse::<kw::rest>()?;
        let rest = bracket(input)?;
        input.parse::<kw::item>()?;
        let item = bracket(input)?;
        Ok(Derive {
            base,
            app,
            prefix,
            leading,
            replace,
            members,
            rest,
            item,
        })
    }
}

/// The rule of a base application's hidden macro: called by a derived
/// application, it adds the base's members and calls `derive_app!`.
pub(crate) fn base_rules(app: &Ident, members: &[Path]) -> TokenStream {
    let version = super::emit_version();
    quote! {
        (@engin_derive $($rest:tt)*) => {
            ::engin::__private::derive_app! { #version base [ #(#members),* ] app [ #app ] $($rest)* }
        };
    }
}

/// A derived application's call of its base's hidden macro (`base_macro`,
/// reached through `prefix`): what it replaces, adds, and its own
/// arguments and item.
pub(crate) fn derived_call(
    prefix: &TokenStream,
    base_macro: &Ident,
    replace: &[(Path, Path)],
    members: &[Path],
    rest: &[TokenStream],
    item: &TokenStream,
) -> TokenStream {
    let replace = replace.iter().map(|(old, new)| quote!({ [#old] [#new] }));
    quote! {
        #prefix #base_macro ! { @engin_derive [ #prefix ] replace [ #(#replace)* ] members [ #(#members),* ] rest [ #(#rest),* ] item [ #item ] }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(version: TokenStream) -> TokenStream {
        quote! {
            #version base [ config, db::DbBlock ] app [ App ] [ super:: ]
            replace [ { [ config ] [ test_config ] } ] members [ fake_clock ]
            rest [ name = "test" ] item [ struct TestApp; ]
        }
    }

    #[test]
    fn what_the_base_and_the_derived_application_write_is_read_back() {
        let d: Derive = match syn::parse2(input(crate::grammar::emit_version())) {
            Ok(d) => d,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(d.base.len(), 2);
        assert_eq!(d.app, "App");
        assert_eq!(d.prefix.len(), 1);
        assert!(!d.leading);
        assert_eq!(d.replace.len(), 1);
        assert_eq!(d.members.len(), 1);
        assert_eq!(d.rest.to_string(), quote!(name = "test").to_string());
        assert_eq!(
            d.item.to_string(),
            quote!(
                struct TestApp;
            )
            .to_string()
        );
    }

    #[test]
    fn a_base_from_another_version_is_one_clear_error() {
        let Err(e) = syn::parse2::<Derive>(input(quote!(version 99))) else {
            panic!("read");
        };
        assert!(
            e.to_string()
                .starts_with("the base application was declared by another version of engin-macros (description format 99"),
            "{e}"
        );
        let Err(e) = syn::parse2::<Derive>(input(TokenStream::new())) else {
            panic!("read");
        };
        assert!(e.to_string().contains("description format 1,"), "{e}");
    }
}
