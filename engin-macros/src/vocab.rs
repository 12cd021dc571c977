//! The shared vocabulary of the macros: how a type is keyed for matching,
//! shown in messages and spanned, and which types engin provides itself.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};

/// Types engin provides to every application.
pub(crate) const BUILTINS: &[&str] = &["Lifecycle", "Shutdown"];

/// The key under which a type is matched: its tokens with every leading
/// path (`crate::`, `std::sync::`, `::`) removed, so `Config`,
/// `crate::config::Config` and `self::Config` meet.
pub(crate) fn type_key(ty: &TokenStream) -> String {
    let mut out = String::new();
    write_key(ty.clone(), &mut out);
    out
}

pub(crate) fn write_key(ts: TokenStream, out: &mut String) {
    let tokens: Vec<TokenTree> = ts.into_iter().collect();
    let mut i = 0;
    while i < tokens.len() {
        let is_path_sep = |j: usize| {
            matches!((tokens.get(j), tokens.get(j + 1)),
                (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) if a.as_char() == ':' && b.as_char() == ':' && a.spacing() == proc_macro2::Spacing::Joint)
        };
        match &tokens[i] {
            TokenTree::Ident(_) if is_path_sep(i + 1) => i += 3,
            TokenTree::Punct(_) if is_path_sep(i) => i += 2,
            TokenTree::Group(g) => {
                let (open, close) = match g.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                out.push_str(open);
                write_key(g.stream(), out);
                out.push_str(close);
                i += 1;
            }
            TokenTree::Ident(id) => {
                if out
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
                {
                    out.push(' ');
                }
                out.push_str(&id.to_string());
                i += 1;
            }
            t => {
                out.push_str(&t.to_string());
                i += 1;
            }
        }
    }
}

/// How a type is written in messages: its tokens without spaces around
/// punctuation.
pub(crate) fn display(ty: &TokenStream) -> String {
    let s = ty.to_string();
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let next = chars.get(i + 1).copied();
            let word =
                |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '\'');
            let keep = (word(prev) && word(next))
                || prev == Some(',')
                || next == Some('+')
                || prev == Some('+');
            if !keep {
                continue;
            }
        }
        out.push(c);
    }
    out
}

pub(crate) fn span_of(ts: &TokenStream) -> Span {
    let mut iter = ts.clone().into_iter();
    let first = iter
        .next()
        .map(|t| t.span())
        .unwrap_or_else(Span::call_site);
    match iter.last() {
        Some(last) => first.join(last.span()).unwrap_or(first),
        None => first,
    }
}

/// The built-in type whose name is `key`, if any.
pub(crate) fn builtin(key: &str) -> Option<&'static str> {
    BUILTINS.iter().find(|b| **b == key).copied()
}

/// A member's path as the user wrote it, for a message (`$crate::` left
/// out: it names the crate a path came through).
pub(crate) fn shown(path: &TokenStream) -> String {
    display(path).trim_start_matches("$crate::").to_owned()
}

/// A path, for a message.
pub(crate) fn display_path(path: &syn::Path) -> String {
    display(&quote::quote!(#path))
}

/// A member's path split for its hidden macro: the prefix (`a::b::`, with
/// any leading `::`; a leading `crate` written `$crate` when `dollar_crate`,
/// for a path that travels through another crate's macros), its last
/// segment, and the name of the description macro beside it.
pub(crate) fn split_path(
    path: &syn::Path,
    dollar_crate: bool,
) -> (TokenStream, syn::Ident, syn::Ident) {
    let (last, rest) = path
        .segments
        .iter()
        .map(|s| &s.ident)
        .collect::<Vec<_>>()
        .split_last()
        .map(|(l, r)| ((*l).clone(), r.to_vec()))
        .expect("a path has a segment");
    let leading = path.leading_colon;
    let prefix = rest.iter().enumerate().map(|(i, seg)| {
        if dollar_crate && i == 0 && *seg == "crate" {
            quote::quote!($crate ::)
        } else {
            quote::quote!(#seg ::)
        }
    });
    let mac = crate::description_name(&last);
    (quote::quote!(#leading #(#prefix)*), last, mac)
}

#[cfg(test)]
mod tests {
    use super::type_key;
    use quote::quote;

    #[test]
    fn keys_ignore_leading_paths() {
        assert_eq!(
            type_key(&quote!(Config)),
            type_key(&quote!(crate::config::Config))
        );
        assert_eq!(
            type_key(&quote!(Arc<dyn Store>)),
            type_key(&quote!(std::sync::Arc<dyn self::Store>))
        );
        assert_eq!(type_key(&quote!(::std::sync::Arc<Config>)), "Arc<Config>");
        assert_ne!(
            type_key(&quote!(Arc<Config>)),
            type_key(&quote!(Arc<Client>))
        );
        assert_eq!(type_key(&quote!(dyn Send)), "dyn Send");
    }
}
