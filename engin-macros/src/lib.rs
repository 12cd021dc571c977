//! Procedural macros of [engin](https://docs.rs/engin). Use them through the
//! `engin` crate, which documents them.

mod app;
mod assemble;
mod ast;
mod attr;
mod chain;
mod extends;
mod grammar;
mod graph;
mod member;
mod vocab;

use proc_macro::TokenStream;

/// Marks a function or a struct as a provider.
///
/// Use it as `engin::provide`; the `engin` crate documents it with examples.
#[proc_macro_attribute]
pub fn provide(args: TokenStream, input: TokenStream) -> TokenStream {
    expansion("provide", || {
        member::expand_standalone(ast::Marker::Provide, args.into(), input.into()).into()
    })
}

/// Marks a function as an invocation.
///
/// Use it as `engin::invoke`; the `engin` crate documents it with examples.
#[proc_macro_attribute]
pub fn invoke(args: TokenStream, input: TokenStream) -> TokenStream {
    expansion("invoke", || {
        member::expand_standalone(ast::Marker::Invoke, args.into(), input.into()).into()
    })
}

/// Marks a function as a decorator of a provided value.
///
/// Use it as `engin::decorate`; the `engin` crate documents it with examples.
#[proc_macro_attribute]
pub fn decorate(args: TokenStream, input: TokenStream) -> TokenStream {
    expansion("decorate", || {
        member::expand_standalone(ast::Marker::Decorate, args.into(), input.into()).into()
    })
}

/// Groups the providers and invocations of an impl block.
///
/// Use it as `engin::block`; the `engin` crate documents it with examples.
#[proc_macro_attribute]
pub fn block(args: TokenStream, input: TokenStream) -> TokenStream {
    expansion("block", || {
        member::expand_block(args.into(), input.into()).into()
    })
}

/// Assembles an application from its members.
///
/// Use it as `engin::app`; the `engin` crate documents it with examples.
#[proc_macro_attribute]
pub fn app(args: TokenStream, input: TokenStream) -> TokenStream {
    expansion("app", || app::expand(args.into(), input.into()).into())
}

#[doc(hidden)]
#[proc_macro]
pub fn __chain(input: TokenStream) -> TokenStream {
    expansion("chain", || chain::expand(input.into()).into())
}

#[doc(hidden)]
#[proc_macro]
pub fn __derive_app(input: TokenStream) -> TokenStream {
    expansion("derive_app", || extends::expand(input.into()).into())
}

#[doc(hidden)]
#[proc_macro]
pub fn __assemble(input: TokenStream) -> TokenStream {
    expansion("assemble", || assemble::expand(input.into()).into())
}

/// One expansion of macro `kind`: `f()`. Built with `--cfg
/// engin_macro_times` (see `benches/profile.sh`), it also appends `kind
/// nanoseconds` to the file `ENGIN_MACRO_TIMES` names.
#[inline(always)]
fn expansion(kind: &str, f: impl FnOnce() -> TokenStream) -> TokenStream {
    #[cfg(engin_macro_times)]
    if let Some(path) = std::env::var_os("ENGIN_MACRO_TIMES") {
        use std::io::Write;
        let began = std::time::Instant::now();
        let out = f();
        let nanos = began.elapsed().as_nanos();
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path);
        if let Ok(mut file) = file {
            let _ = writeln!(file, "{kind} {nanos}");
        }
        return out;
    }
    let _ = kind;
    f()
}

/// `tokens` with its first token located at `over`'s first token and its
/// last at `over`'s last (with this macro's hygiene): an error rustc reports
/// on the expression then underlines all of `over`, such as a whole type.
pub(crate) fn over_whole(
    tokens: proc_macro2::TokenStream,
    over: &proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    let mut spans = over.clone().into_iter().map(|t| t.span());
    let Some(lo) = spans.next() else {
        return tokens;
    };
    let hi = spans.last().unwrap_or(lo);
    let mut tokens: Vec<proc_macro2::TokenTree> = tokens.into_iter().collect();
    if let Some(first) = tokens.first_mut() {
        first.set_span(first.span().located_at(lo));
    }
    if let Some(last) = tokens.last_mut() {
        last.set_span(last.span().located_at(hi));
    }
    tokens.into_iter().collect()
}

/// `tokens` where they are, resolved as if written where `at` was: the
/// user's own tokens, after a trip through engin's hidden macros, become
/// the user's again, so rustc names no hidden macro in its notes. `$crate`
/// keeps its own resolution (it names the crate its macro came from).
pub(crate) fn respan(
    tokens: &proc_macro2::TokenStream,
    at: proc_macro2::Span,
) -> proc_macro2::TokenStream {
    use proc_macro2::{Group, TokenTree};
    tokens
        .clone()
        .into_iter()
        .map(|mut t| {
            match &mut t {
                TokenTree::Group(g) => {
                    let mut new = Group::new(g.delimiter(), respan(&g.stream(), at));
                    new.set_span(g.span().resolved_at(at));
                    *g = new;
                }
                TokenTree::Ident(i) if i == "$crate" => {}
                other => other.set_span(other.span().resolved_at(at)),
            }
            t
        })
        .collect()
}

/// Every error found in one expansion, reported together (as `serde_derive`
/// does), so one build shows all problems.
#[derive(Default)]
pub(crate) struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    pub(crate) fn push(&mut self, e: syn::Error) {
        self.errors.push(e);
    }

    pub(crate) fn len(&self) -> usize {
        self.errors.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// All errors combined into one, or `Ok` when there are none.
    pub(crate) fn finish(self) -> syn::Result<()> {
        let mut iter = self.errors.into_iter();
        match iter.next() {
            None => Ok(()),
            Some(mut first) => {
                first.extend(iter);
                Err(first)
            }
        }
    }

    pub(crate) fn into_compile_errors(self) -> proc_macro2::TokenStream {
        match self.finish() {
            Ok(()) => proc_macro2::TokenStream::new(),
            Err(e) => e.to_compile_error(),
        }
    }

    /// The errors next to the item unchanged, so uses of the item do not add
    /// follow-on errors.
    pub(crate) fn finish_with(self, item: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
        let errors = self.into_compile_errors();
        quote::quote!(#item #errors)
    }
}

/// A hidden macro, `macro_rules! exported { rules }`, exported so it works
/// across crates and re-exported under `alias` (the item's own name, in the
/// macro namespace) with the item's visibility, widened to the crate for
/// any restricted one: a member the application cannot call is then
/// reported by rustc on the item itself, never on this macro.
pub(crate) fn export_macro(
    vis: &syn::Visibility,
    exported: &syn::Ident,
    alias: &syn::Ident,
    rules: proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    let vis = match vis {
        syn::Visibility::Public(_) => vis.clone(),
        _ => syn::parse_quote!(pub(crate)),
    };
    quote::quote! {
        #[doc(hidden)]
        #[macro_export]
        // A member declared inside a function (as in a test) is fine: the
        // macro is found by path.
        #[allow(non_local_definitions)]
        macro_rules! #exported { #rules }
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #exported as #alias;
    }
}

/// The name of a member's hidden description macro.
///
/// It is the member's own name, so that `use a::config;` or
/// `use a::RedisBlock;` brings the description along with the item. Names
/// that would shadow a well-known macro get a prefix instead; the app macro
/// applies the same rule, so both sides agree.
pub(crate) fn description_name(ident: &syn::Ident) -> syn::Ident {
    const RESERVED: &[&str] = &[
        "assert",
        "assert_eq",
        "assert_ne",
        "cfg",
        "column",
        "compile_error",
        "concat",
        "dbg",
        "debug",
        "debug_assert",
        "debug_assert_eq",
        "debug_assert_ne",
        "env",
        "eprint",
        "eprintln",
        "error",
        "event",
        "file",
        "format",
        "format_args",
        "include",
        "include_bytes",
        "include_str",
        "info",
        "join",
        "json",
        "line",
        "matches",
        "module_path",
        "option_env",
        "panic",
        "pin",
        "print",
        "println",
        "select",
        "span",
        "stringify",
        "thread_local",
        "todo",
        "trace",
        "try_join",
        "unimplemented",
        "unreachable",
        "vec",
        "warn",
        "write",
        "writeln",
        "Clone",
        "Copy",
        "Debug",
        "Default",
        "Eq",
        "Hash",
        "Ord",
        "PartialEq",
        "PartialOrd",
        "Deserialize",
        "Serialize",
        "Error",
    ];
    let name = ident.to_string();
    if RESERVED.contains(&name.as_str()) {
        syn::Ident::new(&format!("__engin_{name}"), ident.span())
    } else {
        ident.clone()
    }
}
