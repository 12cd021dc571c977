//! `assemble!`: the end of the application macro's chain. It reads every
//! member's description, checks the graph (missing, duplicate and cyclic
//! dependencies, reported on the user's tokens) and emits straight-line
//! construction in dependency order.

use std::collections::HashMap;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::{braced, bracketed, Ident, LitBool, LitStr, Token};

use crate::Errors;

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
}

struct Input {
    members: Vec<Member>,
    cx: Ident,
    app_name: LitStr,
}

struct Member {
    id: LitStr,
    path: TokenStream,
    poisoned: bool,
    items: Vec<FnDesc>,
}

struct FnDesc {
    invoke: bool,
    name: String,
    call: TokenStream,
    asyncness: bool,
    result: bool,
    output: TokenStream,
    ret: TokenStream,
    params: Vec<ParamDesc>,
}

struct ParamDesc {
    by_ref: bool,
    ty: TokenStream,
}

fn bracket(input: ParseStream) -> syn::Result<TokenStream> {
    let content;
    bracketed!(content in input);
    content.parse()
}

impl Parse for Input {
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
        // The application's type: not needed here, its name comes next.
        app_content.parse::<Ident>()?;
        let cx = app_content.parse()?;
        let app_name = app_content.parse()?;
        Ok(Input {
            members,
            cx,
            app_name,
        })
    }
}

impl Parse for Member {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        input.parse::<kw::member>()?;
        let content;
        braced!(content in input);
        content.parse::<kw::id>()?;
        let id = content.parse()?;
        content.parse::<kw::path>()?;
        let path = bracket(&content)?;
        let poisoned = content.parse::<Option<kw::poisoned>>()?.is_some();
        let mut items = Vec::new();
        while !content.is_empty() {
            items.push(content.parse()?);
        }
        Ok(Member {
            id,
            path,
            poisoned,
            items,
        })
    }
}

impl Parse for FnDesc {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let invoke = if input.peek(kw::invoke) {
            input.parse::<kw::invoke>()?;
            true
        } else {
            input.parse::<kw::provide>()?;
            false
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
        Ok(FnDesc {
            invoke,
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

/// The key under which a type is matched: its tokens with every leading
/// path (`crate::`, `std::sync::`, `::`) removed, so `Config`,
/// `crate::config::Config` and `self::Config` meet.
pub(crate) fn type_key(ty: &TokenStream) -> String {
    let mut out = String::new();
    write_key(ty.clone(), &mut out);
    out
}

fn write_key(ts: TokenStream, out: &mut String) {
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
fn display(ty: &TokenStream) -> String {
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

fn span_of(ts: &TokenStream) -> Span {
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

enum Dep {
    Value(usize),
    Builtin(&'static str),
}

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let input: Input = match syn::parse2(input) {
        Ok(i) => i,
        Err(e) => return e.to_compile_error(),
    };
    let cx = &input.cx;
    let app = input.app_name.value();

    // One copy of each member, even when blocks include it twice.
    let mut seen = Vec::new();
    let members: Vec<&Member> = input
        .members
        .iter()
        .filter(|m| {
            let id = m.id.value();
            if seen.contains(&id) {
                false
            } else {
                seen.push(id);
                true
            }
        })
        .collect();
    if members.iter().any(|m| m.poisoned) {
        // The member's own error is already reported: add nothing.
        return quote!({ ::core::unreachable!() });
    }

    let mut providers: Vec<(&Member, &FnDesc)> = Vec::new();
    let mut invocations: Vec<(&Member, &FnDesc)> = Vec::new();
    for m in &members {
        for f in &m.items {
            if f.invoke {
                invocations.push((m, f));
            } else {
                providers.push((m, f));
            }
        }
    }

    let mut errors = Errors::default();
    let mut by_key: HashMap<String, usize> = HashMap::with_capacity(providers.len());
    for (i, (_, f)) in providers.iter().enumerate() {
        match by_key.entry(type_key(&f.output)) {
            std::collections::hash_map::Entry::Occupied(first) => {
                let first = providers[*first.get()].1;
                errors.push(syn::Error::new(
                    span_of(&f.output),
                    format!(
                        "`{}` is provided twice in engin `{app}`: by `{}` and by `{}`\nhelp: remove one of them, or wrap one in a newtype to give it a distinct role",
                        display(&f.output), first.name, f.name
                    ),
                ));
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(i);
            }
        }
    }
    let resolve = |p: &ParamDesc, errors: &mut Errors| -> Option<Dep> {
        let key = type_key(&p.ty);
        if let Some(b) = crate::ast::BUILTINS.iter().find(|b| **b == key) {
            return Some(Dep::Builtin(b));
        }
        match by_key.get(&key) {
            Some(&i) => Some(Dep::Value(i)),
            None => {
                errors.push(syn::Error::new(
                    span_of(&p.ty),
                    format!(
                        "no provider for `{}` in engin `{app}`\nhelp: add a `#[provide]` function or struct that builds `{}` (or a block that has one) to the members of `{app}`",
                        display(&p.ty), display(&p.ty)
                    ),
                ));
                None
            }
        }
    };
    let deps: Vec<Vec<Option<Dep>>> = providers
        .iter()
        .map(|(_, f)| f.params.iter().map(|p| resolve(p, &mut errors)).collect())
        .collect();
    let invoke_deps: Vec<Vec<Option<Dep>>> = invocations
        .iter()
        .map(|(_, f)| f.params.iter().map(|p| resolve(p, &mut errors)).collect())
        .collect();

    let order = match topological_order(&providers, &deps) {
        Ok(order) => order,
        Err(e) => {
            errors.push(e.with_app(&app));
            Vec::new()
        }
    };
    if let Err(e) = errors.finish() {
        let e = e.to_compile_error();
        return quote!({ #e ::core::unreachable!() });
    }

    generate(cx, &providers, &deps, &invocations, &invoke_deps, &order)
}

/// A provider (with its index) or an invocation, its member, its
/// description and its resolved dependencies.
type Step<'a> = (Option<usize>, &'a Member, &'a FnDesc, &'a [Option<Dep>]);

/// Where a built value lives: in the tuple of a synchronous segment, or in
/// its own local (an async provider's value).
#[derive(Clone, Copy)]
enum Place {
    Segment { segment: usize, field: usize },
    Local,
}

/// The straight-line start-up code.
///
/// Consecutive synchronous steps are grouped into one synchronous closure
/// that returns their values as a tuple (last built first, so the tuple
/// drops them in reverse order). An `async fn` whose locals number in the
/// thousands makes rustc's type and borrow checking of the generator
/// superlinear; a synchronous body does not. Async steps are awaited in
/// between, each value its own local.
fn generate(
    cx: &Ident,
    providers: &[(&Member, &FnDesc)],
    deps: &[Vec<Option<Dep>>],
    invocations: &[(&Member, &FnDesc)],
    invoke_deps: &[Vec<Option<Dep>>],
    order: &[usize],
) -> TokenStream {
    let provide = quote!(::engin::Phase::Provide);
    let invoke = quote!(::engin::Phase::Invoke);
    // Every step in order: (provider index or none, member, fn, deps).
    let steps: Vec<Step<'_>> = order
        .iter()
        .map(|&i| (Some(i), providers[i].0, providers[i].1, deps[i].as_slice()))
        .chain(
            invocations
                .iter()
                .zip(invoke_deps)
                .map(|((m, f), d)| (None, *m, *f, d.as_slice())),
        )
        .collect();
    let names = steps.iter().map(|(p, _, f, _)| {
        let phase = if p.is_some() { &provide } else { &invoke };
        let name = &f.name;
        quote!((#phase, #name))
    });

    let mut place = vec![Place::Local; providers.len()];
    let mut segment_of = vec![usize::MAX; providers.len()];
    let mut out = Vec::new();
    let mut index = 0;
    let mut segment = 0;
    while index < steps.len() {
        if steps[index].2.asyncness {
            let (provider, m, f, d) = steps[index];
            let value = step_call(
                cx,
                index,
                m,
                f,
                d,
                &place,
                &segment_of,
                usize::MAX,
                provider.is_some(),
            );
            match provider {
                Some(i) => {
                    let v = format_ident!("__engin_v{}", i);
                    out.push(quote!(let #v = #value;));
                }
                None => out.push(quote!(#value;)),
            }
            index += 1;
            continue;
        }
        let start = index;
        while index < steps.len() && !steps[index].2.asyncness {
            index += 1;
        }
        let mut body = Vec::new();
        let mut built = Vec::new();
        for (k, &(provider, m, f, d)) in steps.iter().enumerate().take(index).skip(start) {
            if let Some(i) = provider {
                segment_of[i] = segment;
            }
            let value = step_call(
                cx,
                k,
                m,
                f,
                d,
                &place,
                &segment_of,
                segment,
                provider.is_some(),
            );
            match provider {
                Some(i) => {
                    let v = format_ident!("__engin_v{}", i);
                    body.push(quote!(let #v = #value;));
                    built.push(i);
                }
                None => body.push(quote!(#value;)),
            }
        }
        for (field, &i) in built.iter().rev().enumerate() {
            place[i] = Place::Segment { segment, field };
        }
        let values = built.iter().rev().map(|i| format_ident!("__engin_v{}", i));
        let s = format_ident!("__engin_s{}", segment);
        out.push(quote! {
            let #s = #cx.segment(|| -> ::core::result::Result<_, ::engin::Error> {
                #(#body)*
                ::core::result::Result::Ok((#(#values,)*))
            })?;
        });
        segment += 1;
    }
    quote! {
        {
            #cx.steps(&[#(#names),*]);
            #(#out)*
            #cx.serve().await
        }
    }
}

/// One provider or invocation call, as an expression. `current` is the
/// segment being generated (its own values are still plain locals).
#[allow(clippy::too_many_arguments)]
fn step_call(
    cx: &Ident,
    index: usize,
    m: &Member,
    f: &FnDesc,
    deps: &[Option<Dep>],
    place: &[Place],
    segment_of: &[usize],
    current: usize,
    provides: bool,
) -> TokenStream {
    let args = f.params.iter().zip(deps).map(|(p, d)| {
        // Located on the user's parameter, with this macro's hygiene, so a
        // missing `Clone` is reported on the parameter.
        let span = Span::call_site().located_at(span_of(&p.ty));
        let value = match d {
            Some(Dep::Value(j)) => match place[*j] {
                Place::Segment { segment, field } if segment_of[*j] != current => {
                    let s = Ident::new(&format!("__engin_s{segment}"), span);
                    let field = proc_macro2::Literal::usize_unsuffixed(field);
                    quote_spanned!(span=> #s.#field)
                }
                _ => {
                    let v = Ident::new(&format!("__engin_v{j}"), span);
                    quote_spanned!(span=> #v)
                }
            },
            Some(Dep::Builtin("Lifecycle")) => quote_spanned!(span=> *#cx.lifecycle()),
            Some(Dep::Builtin(_)) => quote_spanned!(span=> *#cx.shutdown()),
            None => unreachable!("unresolved dependencies were reported"),
        };
        if p.by_ref {
            quote_spanned!(span=> &#value)
        } else {
            quote_spanned!(span=> ::core::clone::Clone::clone(&#value))
        }
    });
    let path = &m.path;
    let suffix = &f.call;
    let run = if f.asyncness {
        quote!(#cx.async_step(#index, #path #suffix (#(#args),*)).await)
    } else {
        quote!({
            #cx.enter(#index);
            #path #suffix (#(#args),*)
        })
    };
    if f.result {
        // The braces carry the return type's location, so an error type
        // that does not convert is reported on the user's signature.
        let span = Span::call_site().located_at(span_of(&f.ret));
        let value = quote_spanned!(span=> { #run });
        let phase = if provides {
            quote!(::engin::Phase::Provide)
        } else {
            quote!(::engin::Phase::Invoke)
        };
        let name = &f.name;
        quote!(::engin::__private::check(#phase, #name, #value)?)
    } else {
        run
    }
}

struct Cycle {
    span: Span,
    path: Vec<String>,
}

impl Cycle {
    fn with_app(self, app: &str) -> syn::Error {
        syn::Error::new(
            self.span,
            format!(
                "dependency cycle in engin `{app}`: {}\nhelp: a value cannot depend on itself, even indirectly; break the cycle, for example by building one of them from the other's parts",
                self.path.join(" -> ")
            ),
        )
    }
}

/// Depth-first order of the providers, dependencies first, with the
/// declaration order kept where the graph allows it.
fn topological_order(
    providers: &[(&Member, &FnDesc)],
    deps: &[Vec<Option<Dep>>],
) -> Result<Vec<usize>, Cycle> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    let n = providers.len();
    let mut mark = vec![Mark::New; n];
    let mut order = Vec::with_capacity(n);
    // (node, index of the next parameter to visit)
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if mark[root] != Mark::New {
            continue;
        }
        mark[root] = Mark::Active;
        stack.push((root, 0));
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(dep) = deps[node].get(*next) {
                let param = *next;
                *next += 1;
                let Some(Dep::Value(d)) = dep else { continue };
                match mark[*d] {
                    Mark::Done => {}
                    Mark::New => {
                        mark[*d] = Mark::Active;
                        stack.push((*d, 0));
                    }
                    Mark::Active => {
                        let start = stack
                            .iter()
                            .position(|(s, _)| s == d)
                            .expect("active nodes are on the stack");
                        let mut path: Vec<String> = stack[start..]
                            .iter()
                            .map(|(s, _)| providers[*s].1.name.clone())
                            .collect();
                        path.push(providers[*d].1.name.clone());
                        return Err(Cycle {
                            span: span_of(&providers[node].1.params[param].ty),
                            path,
                        });
                    }
                }
            } else {
                mark[node] = Mark::Done;
                order.push(node);
                stack.pop();
            }
        }
    }
    Ok(order)
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
