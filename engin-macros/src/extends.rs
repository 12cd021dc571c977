//! `derive_app!`: an application derived from another, with members
//! replaced or added (`#[app(extends = App, replace(Old => New), more)]`).
//!
//! Its input is in `grammar::extends`.
//!
//! The base's members are written relative to the base's module; they are
//! rewritten relative to the derived application's through the path it
//! named the base by. The output is a plain `#[app]` with the new list and,
//! in a hidden argument, what was replaced by what.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Path;

use crate::grammar::extends::Derive;
use crate::Errors;

/// `path`, written in the base's module, as seen from the derived one,
/// which reaches the base's module by `prefix`.
pub(crate) fn rebase(prefix: &[String], leading: bool, path: &[String], absolute: bool) -> String {
    // `crate::..` of a base in another crate (named by that crate's name).
    if path.first().is_some_and(|s| s == "crate") {
        if let Some(other) = prefix
            .first()
            .filter(|p| !matches!(p.as_str(), "crate" | "self" | "super"))
        {
            return format!("::{other}::{}", path[1..].join("::"));
        }
    }
    if absolute || path.first().is_some_and(|s| s == "crate" || s == "$crate") {
        let sep = if absolute { "::" } else { "" };
        return format!("{sep}{}", path.join("::"));
    }
    let rest = match path.first().map(String::as_str) {
        Some("self") => &path[1..],
        _ => path,
    };
    let mut out: Vec<&str> = Vec::new();
    for s in prefix.iter().chain(rest) {
        // `a::super` is where `a` is.
        if s == "super"
            && out
                .last()
                .is_some_and(|l| !matches!(*l, "super" | "self" | "crate"))
        {
            out.pop();
        } else {
            out.push(s);
        }
    }
    let sep = if leading { "::" } else { "" };
    format!("{sep}{}", out.join("::"))
}

fn segments(p: &Path) -> Vec<String> {
    p.segments.iter().map(|s| s.ident.to_string()).collect()
}

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let d: Derive = match syn::parse2(input) {
        Ok(d) => d,
        Err(e) => return e.to_compile_error(),
    };
    let mut errors = Errors::default();
    let replaced = replaced_members(&d, &mut errors);
    if let Err(e) = errors.finish() {
        let e = e.to_compile_error();
        let item = &d.item;
        return quote!(#item #e);
    }
    // The base's list in order, each replacement where what it replaces
    // was, then the added members.
    let prefix: Vec<String> = d.prefix.iter().map(|s| s.ident.to_string()).collect();
    let mut list = Vec::new();
    let mut pairs = Vec::new();
    for (i, p) in d.base.iter().enumerate() {
        match replaced.iter().find(|(j, _)| *j == i) {
            Some((_, new)) => {
                list.push(quote!(#new));
                let old = moved(&d, &prefix, p);
                pairs.push(quote!(#old => #new));
            }
            None => list.push(moved(&d, &prefix, p)),
        }
    }
    list.extend(d.members.iter().map(|p| quote!(#p)));
    let rest = &d.rest;
    let rest = (!rest.is_empty()).then(|| quote!(, #rest));
    let replaced = (!pairs.is_empty()).then(|| quote!(, __engin_replaced(#(#pairs),*)));
    let item = &d.item;
    quote! {
        #[::engin::app(#(#list),* #replaced #rest)]
        #item
    }
}

/// A base member's path as seen from the derived application (`prefix` is
/// the base's module path).
fn moved(d: &Derive, prefix: &[String], p: &Path) -> TokenStream {
    let text = rebase(prefix, d.leading, &segments(p), p.leading_colon.is_some());
    // Spans of the base's tokens would point into the base's attribute:
    // the new path is engin's, its errors name the member.
    match syn::parse_str::<Path>(&text) {
        Ok(path) => {
            let span = p.segments.last().map(|s| s.ident.span());
            quote!(#path)
                .into_iter()
                .map(|mut t| {
                    if let Some(span) = span {
                        t.set_span(span);
                    }
                    t
                })
                .collect()
        }
        Err(_) => quote!(#p),
    }
}

/// Each replaced member: the index of the base member it names, and its
/// replacement; one that names no member, or one replaced twice, is an
/// error.
fn replaced_members<'a>(d: &'a Derive, errors: &mut Errors) -> Vec<(usize, &'a Path)> {
    let mut replaced: Vec<(usize, &Path)> = Vec::new();
    for (old, new) in &d.replace {
        let last = old.segments.last().map(|s| &s.ident);
        let named: Vec<usize> = (0..d.base.len())
            .filter(|&i| d.base[i].segments.last().map(|s| &s.ident) == last)
            .collect();
        let found = match named.as_slice() {
            [i] => Some(*i),
            [] => None,
            several => several.iter().copied().find(|&i| {
                crate::vocab::display_path(&d.base[i]) == crate::vocab::display_path(old)
            }),
        };
        match found {
            Some(i) if replaced.iter().any(|(j, _)| *j == i) => {
                errors.push(syn::Error::new_spanned(
                    old,
                    format!("`{}` is replaced twice", crate::vocab::display_path(old)),
                ))
            }
            Some(i) => replaced.push((i, new)),
            None => {
                let list: Vec<String> = d
                    .base
                    .iter()
                    .map(|p| format!("`{}`", crate::vocab::display_path(p)))
                    .collect();
                errors.push(syn::Error::new_spanned(
                    old,
                    format!(
                        "`{}` is not a member of `{}`: it lists {}\nhelp: replace one of those; a block's includes are replaced with the block",
                        crate::vocab::display_path(old),
                        d.app,
                        list.join(", ")
                    ),
                ));
            }
        }
    }
    replaced
}

#[cfg(test)]
mod tests {
    use super::rebase;

    fn r(prefix: &[&str], path: &[&str]) -> String {
        let prefix: Vec<String> = prefix.iter().map(|s| s.to_string()).collect();
        let path: Vec<String> = path.iter().map(|s| s.to_string()).collect();
        rebase(&prefix, false, &path, false)
    }

    #[test]
    fn paths_are_rewritten_from_the_base_module_to_the_derived_one() {
        // Same module.
        assert_eq!(r(&[], &["config"]), "config");
        // A child module names the base's module `super`.
        assert_eq!(r(&["super"], &["config"]), "super::config");
        assert_eq!(r(&["super"], &["db", "DbBlock"]), "super::db::DbBlock");
        assert_eq!(r(&["super"], &["super", "config"]), "super::super::config");
        // From elsewhere by an absolute path.
        assert_eq!(
            r(&["crate", "service"], &["config"]),
            "crate::service::config"
        );
        assert_eq!(
            r(&["crate", "service"], &["self", "config"]),
            "crate::service::config"
        );
        assert_eq!(
            r(&["crate", "service"], &["super", "config"]),
            "crate::config"
        );
        // `crate` of a base in another crate is that crate.
        assert_eq!(
            r(&["service", "app"], &["crate", "config"]),
            "::service::config"
        );
        // Absolute paths stay.
        assert_eq!(r(&["super"], &["crate", "a", "config"]), "crate::a::config");
        assert_eq!(
            rebase(
                &["super".into()],
                false,
                &["engin".into(), "redis".into()],
                true
            ),
            "::engin::redis"
        );
    }
}
