//! The inputs of engin's hidden macros, each written and read in one
//! place, under one version.
//!
//! - [`desc`]: a member's description, which a member's attribute leaves in
//!   its hidden macro, and the whole input of `assemble!` (the collected
//!   descriptions and the application's part).
//! - [`chain`]: the calls that collect the descriptions: the application
//!   calls a member's hidden macro (`@engin ..`), which calls `chain!`,
//!   which calls the next member's, and ends in a group macro or in
//!   `assemble!`.
//! - [`extends`]: a derived application calls its base's hidden macro
//!   (`@engin_derive ..`), which calls `derive_app!`.
//!
//! A build can hold two versions of engin-macros (two versions of engin):
//! a member or a base application written by one is read by the other.
//! Every input read across that line carries [`VERSION`], checked before
//! anything else, so a mismatch is one clear error instead of a parse
//! error on hidden tokens. The version changes whenever any grammar here
//! does.

pub(crate) mod chain;
pub(crate) mod desc;
pub(crate) mod extends;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{bracketed, LitInt};

/// The version of every grammar in this module.
pub(crate) const VERSION: u32 = 7;

mod kw {
    syn::custom_keyword!(version);
}

/// `version N`, as the writer of an input puts it first.
pub(crate) fn emit_version() -> TokenStream {
    let version = proc_macro2::Literal::u32_unsuffixed(VERSION);
    quote!(version #version)
}

/// Reads `version N` (absent before the format had one) and fails unless
/// it is [`VERSION`]; `what` says who wrote the input, as in "a member of
/// this application was described".
pub(crate) fn version(input: ParseStream, what: &str) -> syn::Result<()> {
    let version = if input.peek(kw::version) {
        input.parse::<kw::version>()?;
        input.parse::<LitInt>()?.base10_parse::<u32>()?
    } else {
        1
    };
    if version == VERSION {
        return Ok(());
    }
    Err(syn::Error::new(
        Span::call_site(),
        format!(
            "{what} by another version of engin-macros \
             (description format {version}, this one reads {VERSION})\n\
             help: use one version of engin in the whole build: `cargo tree -i engin-macros` shows which crates bring each"
        ),
    ))
}

/// `[ .. ]`: what is inside, parsed (the tokens, an ident, a path).
pub(crate) fn bracket<T: Parse>(input: ParseStream) -> syn::Result<T> {
    let content;
    bracketed!(content in input);
    content.parse()
}

/// `f` run over `tokens`.
pub(crate) fn parse_with<T>(
    f: impl FnOnce(ParseStream) -> syn::Result<T>,
    tokens: TokenStream,
) -> syn::Result<T> {
    syn::parse::Parser::parse2(f, tokens)
}
