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
