//! `assemble!`: the end of the application macro's chain. It reads every
//! member's description, checks the graph (missing, duplicate and cyclic
//! dependencies, reported on the user's tokens) and emits straight-line
//! construction in dependency order.

use std::collections::HashMap;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

use crate::desc::{Assembly, FnDesc, MemberDesc as Member, ParamDesc};
use crate::graph;
use crate::{over_whole, Errors};

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

/// Providers whose types share a name (and the built-in of that name, if
/// any): each must be a type of its own.
type Group = (Option<&'static str>, Vec<usize>);

/// What a parameter takes.
enum Dep {
    /// The value of provider `i`.
    Value(usize),
    /// The application's `Lifecycle` or `Shutdown`.
    Builtin(&'static str),
    /// One of several values whose types share the parameter's type name:
    /// rustc picks the one whose type is the parameter's.
    Pick {
        builtin: Option<&'static str>,
        values: Vec<usize>,
    },
    /// `Option<&T>` or `Option<T>` (a clone) where `T` is provided: `Some`.
    Some {
        by_ref: bool,
        ty: TokenStream,
        dep: Box<Dep>,
    },
    /// `Option<&T>` or `Option<T>` where nothing provides `T`: `None`.
    None,
    /// A decorator's first parameter: the value of source `i`, moved in.
    Move(usize),
    /// The `T` of provider `i`'s `XResult<T>`, a `Result` under another
    /// name (then the provider's own check reports the alias, the one
    /// error), or a "no provider" error from rustc (it is not a `Result`).
    Ok(usize),
}

impl Dep {
    /// With each decorated value replaced by its last decorator's.
    fn redirected(self, redirect: &HashMap<usize, usize>) -> Dep {
        let to = |i: usize| redirect.get(&i).copied().unwrap_or(i);
        match self {
            Dep::Value(i) => Dep::Value(to(i)),
            Dep::Ok(i) => Dep::Ok(to(i)),
            Dep::Pick { builtin, values } => Dep::Pick {
                builtin,
                values: values.into_iter().map(to).collect(),
            },
            Dep::Some { by_ref, ty, dep } => Dep::Some {
                by_ref,
                ty,
                dep: Box::new(dep.redirected(redirect)),
            },
            other => other,
        }
    }

    /// The providers this parameter may take, for the dependency order:
    /// sources below `providers` (the others are supplied values).
    fn providers(&self, providers: usize) -> Vec<usize> {
        match self {
            Dep::Value(i) | Dep::Ok(i) => vec![*i],
            Dep::Builtin(_) => Vec::new(),
            Dep::Pick { values, .. } => values.clone(),
            Dep::Some { dep, .. } => dep.providers(providers),
            Dep::None => Vec::new(),
            Dep::Move(i) => vec![*i],
        }
        .into_iter()
        .filter(|&i| i < providers)
        .collect()
    }
}

/// Wrappers a parameter and a provider may disagree on.
const WRAPPERS: &[&str] = &["Arc", "Rc", "Box", "Option"];

/// `inner` of a key `Wrapper<inner>`, with the wrapper's name.
fn unwrap_key(key: &str) -> Option<(&str, &str)> {
    WRAPPERS.iter().find_map(|w| {
        let inner = key.strip_prefix(w)?.strip_prefix('<')?.strip_suffix('>')?;
        Some((*w, inner))
    })
}

/// What is provided that looks like the missing `key`, and what to write.
fn near_miss(key: &str, keys: &[String], outputs: &[&TokenStream]) -> Option<String> {
    // `Arc<Config>` asked for, `Config` provided.
    if let Some((wrapper, inner)) = unwrap_key(key) {
        if let Some(i) = keys.iter().position(|k| k == inner) {
            let found = display(outputs[i]);
            if wrapper == "Option" {
                return Some(format!(
                    "`{found}` is provided, not `Option<{found}>`: take `Option<&{found}>` for a dependency that may be absent, or `&{found}` (a borrow) or `{found}` (a clone)"
                ));
            }
            return Some(format!(
                "`{found}` is provided, not `{wrapper}<{found}>`: take `&{found}` (a borrow) or `{found}` (a clone) instead, or provide the `{wrapper}`"
            ));
        }
    }
    // `Router` asked for, `Router<Database>` provided: one path, other
    // generic arguments.
    let base = |k: &str| k.split('<').next().unwrap_or(k).to_owned();
    if let Some(i) = keys.iter().position(|k| k != key && base(k) == base(key)) {
        let found = display(outputs[i]);
        let fix = if base(key) == "Router" && !key.contains('<') {
            ": give the router its state with `.with_state(..)`, which makes it the `Router` (`Router<()>`) that is taken here"
        } else {
            ": provide the type that is taken here, or take the one that is provided"
        };
        return Some(format!(
            "`{found}` is provided, not `{key}` (other generic arguments){fix}"
        ));
    }
    // `Config` asked for, `Arc<Config>` provided.
    let i = keys
        .iter()
        .position(|k| unwrap_key(k).is_some_and(|(_, inner)| inner == key))?;
    let found = display(outputs[i]);
    Some(format!(
        "`{found}` is provided: take `&{found}` or `{found}` instead"
    ))
}

/// The provider of `XResult<key>` (a name ending in `Result`, not naming
/// `Self`), which is likely a `Result` under another name: its own
/// expansion reports that, so a member that takes `key` gets no second
/// error.
fn result_alias(key: &str, keys: &[String]) -> Option<usize> {
    keys.iter().position(|k| {
        let Some((outer, args)) = k.split_once('<') else {
            return false;
        };
        let first = args.strip_suffix('>').unwrap_or(args);
        let first = first.split(',').next().unwrap_or_default();
        outer.ends_with("Result")
            && outer != "Result"
            && first == key
            && !k
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|w| w == "Self")
    })
}

/// `T` of a parameter `Option<&T>` (with `true`) or `Option<T>`: an
/// optional dependency, `Some` when the application provides `T`.
fn optional(ty: &TokenStream) -> Option<(bool, TokenStream)> {
    let syn::Type::Path(path) = syn::parse2::<syn::Type>(ty.clone()).ok()? else {
        return None;
    };
    let last = path.path.segments.last()?;
    if path.qself.is_some() || last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let [syn::GenericArgument::Type(inner)] = &args.args.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    match inner {
        syn::Type::Reference(r) if r.mutability.is_none() => {
            let elem = &r.elem;
            Some((true, quote!(#elem)))
        }
        syn::Type::Reference(_) => None,
        other => Some((false, quote!(#other))),
    }
}

/// The contributions of a `Vec<T>` (provider index, with the taken
/// `All<T>` as written) whose `All<Vec<T>>` no member takes while one
/// takes `All<T>`.
fn lost_contributions(
    providers: &[(&Member, &FnDesc)],
    invocations: &[(&Member, &FnDesc)],
    keys: &[String],
) -> HashMap<usize, TokenStream> {
    let taken: HashMap<String, &TokenStream> = providers
        .iter()
        .chain(invocations)
        .flat_map(|(_, f)| &f.params)
        .map(|p| (type_key(&p.ty), &p.ty))
        .collect();
    providers
        .iter()
        .enumerate()
        .filter(|(_, (_, f))| f.collect)
        .filter_map(|(c, _)| {
            let element = keys[c].strip_prefix("Vec<")?.strip_suffix('>')?;
            if taken.contains_key(&format!("All<{}>", keys[c])) {
                return None;
            }
            let all = taken.get(&format!("All<{element}>"))?;
            Some((c, (*all).clone()))
        })
        .collect()
}

/// The steps that gather collections: one member of engin's own per element
/// type contributed (`#[provide(collect)]`) or declared (`collect(T)`).
fn gathers(members: &[&Member], declared: &[TokenStream]) -> Vec<Member> {
    let mut out: Vec<(String, Member)> = Vec::new();
    let mut add = |element: &TokenStream, declared: bool| {
        let key = type_key(element);
        let step = match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, m)) => m,
            None => {
                let shown = display(element);
                let all = quote!(All<#element>);
                let f = FnDesc {
                    invoke: false,
                    name: format!("All<{shown}>"),
                    call: TokenStream::new(),
                    asyncness: false,
                    result: false,
                    output: all.clone(),
                    ret: all,
                    params: Vec::new(),
                    close: TokenStream::new(),
                    start: TokenStream::new(),
                    private: false,
                    decorate: None,
                    collect: false,
                    gather: Some(TokenStream::new()),
                };
                out.push((
                    key.clone(),
                    Member {
                        id: format!("engin collection {key}"),
                        path: TokenStream::new(),
                        poisoned: false,
                        items: vec![f],
                        unmarked: Vec::new(),
                        replaced_by: None,
                    },
                ));
                &mut out.last_mut().expect("just pushed").1
            }
        };
        let f = &mut step.items[0];
        if declared {
            // The element type as the application names it, for an empty
            // collection.
            f.gather = Some(element.clone());
        } else {
            f.params.push(ParamDesc {
                by_ref: false,
                ty: element.clone(),
            });
        }
    };
    for m in members {
        for f in m.items.iter().filter(|f| f.collect) {
            add(&f.output, false);
        }
    }
    for element in declared {
        add(element, true);
    }
    out.into_iter().map(|(_, m)| m).collect()
}

/// The built-in type whose name is `key`, if any.
fn builtin(key: &str) -> Option<&'static str> {
    crate::ast::BUILTINS.iter().find(|b| **b == key).copied()
}

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let input: Assembly = match syn::parse2(input) {
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
        .filter(|m| m.replaced_by.is_none())
        .filter(|m| {
            if seen.contains(&&m.id) {
                false
            } else {
                seen.push(&m.id);
                true
            }
        })
        .collect();
    if members.iter().any(|m| m.poisoned) {
        // The member's own error is already reported: add nothing.
        return quote!({ ::core::unreachable!() });
    }

    // Collections: for each element type, a step of engin's own gathers
    // the `#[provide(collect)]` values, in member order, into an `All<T>`.
    let gathers = gathers(&members, &input.collections);
    let mut providers: Vec<(&Member, &FnDesc)> = Vec::new();
    let mut invocations: Vec<(&Member, &FnDesc)> = Vec::new();
    for m in members.iter().copied().chain(gathers.iter()) {
        for f in &m.items {
            if f.invoke {
                invocations.push((m, f));
            } else {
                providers.push((m, f));
            }
        }
    }
    // The sources of values: the providers, then the supplied values
    // (indices from `providers.len()`).
    let outputs: Vec<&TokenStream> = providers
        .iter()
        .map(|(_, f)| &f.output)
        .chain(input.supplied.iter().map(|(_, t)| t))
        .collect();
    // Types are matched by name (their tokens without leading paths). Where
    // several sources' types share a name, rustc tells them apart.
    let keys: Vec<String> = outputs.iter().map(|t| type_key(t)).collect();
    // Each gathering step's elements, as provider indices, in order.
    let mut gathered: HashMap<usize, Vec<usize>> = providers
        .iter()
        .enumerate()
        .filter(|(_, (_, f))| f.gather.is_some())
        .map(|(i, _)| (i, Vec::new()))
        .collect();
    let gathering: HashMap<&str, usize> = gathered.keys().map(|&i| (keys[i].as_str(), i)).collect();
    for (c, _) in providers.iter().enumerate().filter(|(_, (_, f))| f.collect) {
        let step = gathering[format!("All<{}>", keys[c]).as_str()];
        gathered.get_mut(&step).expect("a gathering step").push(c);
    }
    // A decorator's value stands in for the value it decorates: it is not a
    // provider of its own.
    // Nor is an element of a collection: only its `All<T>` is.
    let hidden = |i: usize| {
        providers
            .get(i)
            .is_some_and(|(_, f)| f.decorate.is_some() || f.collect)
    };
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::with_capacity(providers.len());
    for (i, k) in keys.iter().enumerate() {
        if !hidden(i) {
            by_key.entry(k).or_default().push(i);
        }
    }
    let mut errors = Errors::default();
    // A `Vec<T>` contributed to an `All<Vec<T>>` that nobody takes, while
    // an `All<T>` is taken: the elements would never reach it.
    let lost = lost_contributions(&providers, &invocations, &keys);
    for (&c, all) in &lost {
        let f = providers[c].1;
        let element = display(&f.output);
        let all = display(all);
        errors.push(syn::Error::new_spanned(
            &f.output,
            format!(
                "`{}` contributes a `{element}` to `All<{element}>`, which no member of engin `{app}` takes, while `{all}` is taken\nhelp: a `#[provide(collect)]` function contributes one element of the collection: return one element from each, or take `All<{element}>`",
                f.name
            ),
        ));
    }
    // A member replaced by a derived application: each public type it
    // provided itself must still be provided, by its replacement or another
    // member. What its includes provided went with it.
    for m in input.members.iter().filter(|m| !seen.contains(&&m.id)) {
        // Its includes (marked with nothing) went with it unchecked.
        let Some(by) = m.replaced_by.as_ref().filter(|b| !b.is_empty()) else {
            continue;
        };
        for f in m
            .items
            .iter()
            .filter(|f| !f.invoke && !f.private && f.decorate.is_none() && !f.collect)
        {
            let key = type_key(&f.output);
            if !by_key.contains_key(key.as_str()) {
                let shown = display(&f.output);
                let (old, new) = (crate::chain::shown(&m.path), display(by));
                errors.push(syn::Error::new_spanned(
                    crate::respan(by, input.app.span()),
                    format!("`{new}` replaces `{old}` in engin `{app}`, but nothing provides `{shown}` any more, which `{old}` provided\nhelp: a replacement provides the same types as what it replaces: provide `{shown}` in `{new}`"),
                ));
            }
        }
    }
    // Who may take source `i`: everyone, or, for `#[provide(private)]`, the
    // items of its own member.
    let owner: Vec<Option<&Member>> = providers
        .iter()
        .map(|(m, f)| f.private.then_some(*m))
        .chain(input.supplied.iter().map(|_| None))
        .collect();
    let candidates = |key: &str, me: Option<usize>, member: &str| -> Vec<usize> {
        let mut visible: Vec<usize> = by_key
            .get(key)
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&i| Some(i) != me && owner[i].is_none_or(|o| o.id == member))
                    .collect()
            })
            .unwrap_or_default();
        // Inside its block, a private value hides the public ones named
        // like it: a library's own `Client` never meets the application's.
        if visible.iter().any(|&i| owner[i].is_some()) {
            visible.retain(|&i| owner[i].is_some());
        }
        visible
    };
    let resolve = |p: &ParamDesc,
                   me: Option<usize>,
                   member: &str,
                   errors: &mut Errors|
     -> Option<Dep> {
        let key = type_key(&p.ty);
        let builtin = builtin(&key);
        let values = candidates(&key, me, member);
        // `Option<&T>` / `Option<T>`, unless an `Option` itself is provided.
        if let (false, None, []) = (p.by_ref, builtin, values.as_slice()) {
            if let Some((by_ref, ty)) = optional(&p.ty) {
                let key = type_key(&ty);
                let builtin = self::builtin(&key);
                let values = candidates(&key, me, member);
                let dep = match (builtin, values.as_slice()) {
                    // An `Option<T>` provided, taken as `Option<&T>`: not
                    // absent, but not what this would take.
                    (None, []) if by_key.contains_key(format!("Option<{key}>").as_str()) => {
                        let shown = display(&ty);
                        errors.push(syn::Error::new_spanned(
                            &p.ty,
                            format!("`Option<{shown}>` is provided in engin `{app}`, not `{shown}`: take `&Option<{shown}>` or `Option<{shown}>`, which is always present\nhelp: `Option<&{shown}>` is a dependency on `{shown}` that is `None` when no member provides `{shown}`"),
                        ));
                        return None;
                    }
                    (None, []) => return Some(Dep::None),
                    (Some(b), []) => Dep::Builtin(b),
                    (None, [i]) => Dep::Value(*i),
                    _ => Dep::Pick { builtin, values },
                };
                return Some(Dep::Some {
                    by_ref,
                    ty,
                    dep: Box::new(dep),
                });
            }
        }
        match (builtin, values.as_slice()) {
            (Some(b), []) => Some(Dep::Builtin(b)),
            (None, [i]) => Some(Dep::Value(*i)),
            (None, []) => {
                let shown = display(&p.ty);
                // A provider that takes what it builds: a cycle of one, not
                // a missing provider (it is left out of its own candidates).
                if let Some(me) = me.filter(|&i| {
                    providers[i].1.decorate.is_none()
                        && by_key.get(key.as_str()).is_some_and(|v| v.contains(&i))
                }) {
                    let name = &providers[me].1.name;
                    errors.push(syn::Error::new_spanned(
                        &p.ty,
                        format!("dependency cycle in engin `{app}`: {name} -> {name}\nhelp: a value cannot depend on itself, even indirectly; break the cycle, for example by building one of them from the other's parts"),
                    ));
                    return None;
                }
                if let Some(i) = result_alias(&key, &keys) {
                    return Some(Dep::Ok(i));
                }
                let private = by_key
                    .get(key.as_str())
                    .and_then(|v| v.iter().find_map(|&i| owner[i]));
                if let Some(block) = private {
                    let block = crate::chain::shown(&block.path);
                    errors.push(syn::Error::new_spanned(
                        &p.ty,
                        format!("`{shown}` is private to `{block}` in engin `{app}`: only the members of `{block}` can take it\nhelp: provide a `{shown}` of the application's own, or ask the block's author to make it public (remove `private`)"),
                    ));
                    return None;
                }
                let unmarked = members
                    .iter()
                    .flat_map(|m| &m.unmarked)
                    .find(|(_, output)| type_key(output) == key)
                    .map(|(name, _)| format!(
                        "`{name}` returns `{shown}` but is not marked `#[provide]`: add `#[provide]` to it"
                    ));
                if lost.values().any(|all| type_key(all) == key) {
                    // Reported on the contribution above.
                    return None;
                }
                let collection = key.strip_prefix("All<").and_then(|k| k.strip_suffix('>')).map(|element| format!(
                    "nothing in `{app}` contributes a `{element}`: mark a provider of `{element}` with `#[provide(collect)]`, or declare that the collection may be empty, `#[app(.., collect({element}))]`"
                ));
                let from_engin = engin_block_of(&key).map(|e| {
                    let module = e.block.rsplit_once("::").map_or("engin", |(m, _)| m);
                    format!(
                        "engin's `{module}::{}` provides `{}` (feature `{}`): add it to the members of `{app}`, or provide a `{shown}` of your own",
                        e.listed_as[0], e.ty, e.feature
                    )
                });
                // engin's HTTP server takes the application's routes.
                let routes = (key == "Router" && me.and_then(|i| engin_provider(providers[i].0, providers[i].1)).is_some())
                    .then(|| "add a `#[provide]` function that returns the application's routes, an `axum::Router` (with its state given by `.with_state(..)`, if it has one)".to_owned());
                let help = unmarked
                    .or(collection)
                    .or_else(|| near_miss(&key, &keys, &outputs))
                    .or(routes)
                    .or(from_engin)
                    .unwrap_or_else(|| format!(
                        "add a `#[provide]` function or struct that builds `{shown}` (or a block that has one) to the members of `{app}`"
                    ));
                // A parameter of one of engin's own blocks: said on the
                // block as the application lists it, not in engin's source.
                let needed_by = me.and_then(|i| engin_provider(providers[i].0, providers[i].1));
                let listed = needed_by.and_then(|e| members.iter().find(|m| lists(m, e)));
                match (needed_by, listed) {
                    (Some(_), Some(m)) => errors.push(syn::Error::new_spanned(
                        &m.path,
                        format!("no provider for `{shown}` in engin `{app}`, which engin's `{}` needs\nhelp: {help}", crate::chain::shown(&m.path)),
                    )),
                    _ => errors.push(syn::Error::new_spanned(
                        &p.ty,
                        format!("no provider for `{shown}` in engin `{app}`\nhelp: {help}"),
                    )),
                }
                None
            }
            _ => Some(Dep::Pick { builtin, values }),
        }
    };
    // Decorators: each takes the value before it (the provider's, or the
    // previous decorator's, in `order`), and consumers take the last one's.
    let mut chains: Vec<(usize, Vec<usize>)> = Vec::new();
    for (d, (m, f)) in providers
        .iter()
        .enumerate()
        .filter(|(_, (_, f))| f.decorate.is_some())
    {
        let p = &f.params[0];
        match resolve(p, Some(d), &m.id, &mut errors) {
            Some(Dep::Value(source)) => match chains.iter_mut().find(|(s, _)| *s == source) {
                Some((_, list)) => list.push(d),
                None => chains.push((source, vec![d])),
            },
            Some(_) => errors.push(syn::Error::new_spanned(
                &p.ty,
                format!(
                    "`{}` cannot be decorated in engin `{app}`: a decorator takes a value of a member, and this names {}",
                    display(&p.ty),
                    if builtin(&type_key(&p.ty)).is_some() { "one of engin's built-in values" } else { "several provided types (they share its name) or an optional one" }
                ),
            )),
            None => {}
        }
    }
    let mut redirect: HashMap<usize, usize> = HashMap::new();
    let mut moved_from: HashMap<usize, usize> = HashMap::new();
    for (source, list) in &mut chains {
        list.sort_by_key(|&d| providers[d].1.decorate.flatten());
        for pair in list.windows(2) {
            let (a, b) = (providers[pair[0]].1, providers[pair[1]].1);
            let problem = match (a.decorate.flatten(), b.decorate.flatten()) {
                (Some(x), Some(y)) if x == y => format!("both have `order = {x}`"),
                (Some(_), Some(_)) => continue,
                _ => "give each an `order`: `#[decorate(order = 1)]` runs before `#[decorate(order = 2)]`".to_owned(),
            };
            errors.push(syn::Error::new_spanned(
                &b.params[0].ty,
                format!(
                    "`{}` has two decorators in engin `{app}`, `{}` and `{}`, and their order is not defined: {problem}",
                    display(&b.params[0].ty),
                    a.name,
                    b.name
                ),
            ));
        }
        let mut previous = *source;
        for &d in list.iter() {
            moved_from.insert(d, previous);
            previous = d;
        }
        redirect.insert(*source, previous);
    }
    let deps: Vec<Vec<Option<Dep>>> = providers
        .iter()
        .enumerate()
        .map(|(i, (m, f))| {
            f.params
                .iter()
                .enumerate()
                .map(|(k, p)| {
                    // Resolved with the chains above, which reported any error.
                    if k == 0 && f.decorate.is_some() {
                        return moved_from.get(&i).map(|&from| Dep::Move(from));
                    }
                    if let Some(elements) = gathered.get(&i) {
                        return Some(Dep::Move(elements[k]));
                    }
                    resolve(p, Some(i), &m.id, &mut errors).map(|d| d.redirected(&redirect))
                })
                .collect()
        })
        .collect();
    let invoke_deps: Vec<Vec<Option<Dep>>> = invocations
        .iter()
        .map(|(m, f)| {
            f.params
                .iter()
                .map(|p| resolve(p, None, &m.id, &mut errors).map(|d| d.redirected(&redirect)))
                .collect()
        })
        .collect();

    let edges: Vec<Vec<Vec<usize>>> = deps
        .iter()
        .map(|d| {
            d.iter()
                .map(|d| {
                    d.as_ref()
                        .map(|d| d.providers(providers.len()))
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    let order = match graph::order(&edges) {
        Ok(order) => order,
        Err(cycle) => {
            let (node, param) = cycle.at;
            let path: Vec<&str> = cycle
                .path
                .iter()
                .map(|&i| providers[i].1.name.as_str())
                .collect();
            errors.push(syn::Error::new_spanned(
                &providers[node].1.params[param].ty,
                format!(
                    "dependency cycle in engin `{app}`: {}\nhelp: a value cannot depend on itself, even indirectly; break the cycle, for example by building one of them from the other's parts",
                    path.join(" -> ")
                ),
            ));
            Vec::new()
        }
    };
    // Two providers in one block whose types are written alike are one type
    // provided twice, certainly (they resolve in one scope): said in engin's
    // words here rather than left to rustc's check of types sharing a name.
    // A decorator or a collection's element stands in for another value:
    // not a second provider.
    for (j, (m, f)) in providers.iter().enumerate().filter(|&(j, _)| !hidden(j)) {
        let same = by_key
            .get(keys[j].as_str())
            .into_iter()
            .flatten()
            .find(|&&i| {
                i < j && {
                    let (n, g) = providers[i];
                    n.id == m.id
                        && g.private == f.private
                        && g.output.to_string() == f.output.to_string()
                }
            });
        if let Some(&i) = same {
            let shown = display(&f.output);
            errors.push(syn::Error::new_spanned(
                &f.output,
                format!(
                    "`{shown}` is provided twice in engin `{app}`: by `{}` and by `{}`\nhelp: an application has one provider per type: remove one of them, or make the second a `#[decorate]` that takes the first's value",
                    providers[i].1.name, f.name
                ),
            ));
        }
    }
    if let Err(e) = errors.finish() {
        // On the user's tokens as they wrote them: no hidden macro in the
        // notes.
        let e = crate::respan(&e.to_compile_error(), input.app.span());
        return quote!({ #e ::core::unreachable!() });
    }

    // Types sharing a name, and a user type named like a built-in: each
    // must be a distinct type (checked by rustc once they are built).
    // Private values are checked with their own block's only.
    let scoped: Vec<String> = keys
        .iter()
        .zip(&owner)
        .enumerate()
        .map(|(i, (k, o))| match o {
            _ if hidden(i) => format!("{k} stands in for another value, {i}"),
            Some(m) => format!("{k} in {}", m.id),
            None => k.clone(),
        })
        .collect();
    let mut groups: Vec<Group> = graph::shared(&scoped)
        .into_iter()
        .map(|g| (builtin(&keys[g[0]]), g))
        .collect();
    for (i, k) in keys.iter().enumerate() {
        let sources = by_key.get(k.as_str()).map_or(&[][..], Vec::as_slice);
        if let (Some(b), [_]) = (builtin(k), sources) {
            groups.push((Some(b), vec![i]));
        }
    }

    let supplied: Vec<&Ident> = input.supplied.iter().map(|(n, _)| n).collect();
    let (who, hints) = provider_names(&providers, &input.supplied_names);
    generate(
        cx,
        &providers,
        &deps,
        &invocations,
        &invoke_deps,
        &order,
        &Sources {
            names: &input.supplied_names,
            user: input.app.span(),
            outputs,
            supplied,
            groups: &groups,
            app: &app,
            who,
            hints,
        },
    )
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

/// What the values come from: every source's type, and the supplied
/// values' names (sources from `outputs.len() - supplied.len()` on).
struct Sources<'a> {
    /// The supplied values' names, as the caller passes them.
    names: &'a [String],
    /// The span of the user's `struct App`: member paths resolve with it.
    user: Span,
    outputs: Vec<&'a TokenStream>,
    supplied: Vec<&'a Ident>,
    /// The groups of sources whose types share a name.
    groups: &'a [Group],
    /// The application's name, for messages.
    app: &'a str,
    /// How messages name each source's provider (see `provider_names`).
    who: Vec<String>,
    /// For each source, a hint when its type is provided twice.
    hints: Vec<Option<String>>,
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
    sources: &Sources<'_>,
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

    // Each group of types sharing a name is checked once its last member
    // is built: the members in build order, supplied values first.
    let mut position = vec![0; sources.outputs.len()];
    for (k, &i) in order.iter().enumerate() {
        position[i] = k + 1;
    }
    // The steps each step depends on (earlier ones), for the runtime to
    // start hooks concurrently: `edges[ends[k - 1]..ends[k]]` for step `k`.
    let (mut ends, mut edges) = (Vec::with_capacity(steps.len()), Vec::new());
    for (_, _, _, d) in &steps {
        let mut on: Vec<u32> = d
            .iter()
            .flatten()
            .flat_map(|d| d.providers(providers.len()))
            .map(|i| (position[i] - 1) as u32)
            .collect();
        on.sort_unstable();
        on.dedup();
        edges.extend(on);
        ends.push(edges.len() as u32);
    }
    let mut checks_after: HashMap<usize, Vec<Group>> = HashMap::new();
    let mut checks_first = Vec::new();
    for (builtin, members) in sources.groups {
        let mut members = members.clone();
        members.sort_by_key(|&i| position[i]);
        let last = *members.last().expect("a group has members");
        if last < providers.len() {
            checks_after
                .entry(last)
                .or_default()
                .push((*builtin, members));
        } else {
            checks_first.push((*builtin, members));
        }
    }

    let mut places = Places {
        cx,
        user: sources.user,
        owned: providers.iter().map(|(_, f)| owns(f)).collect(),
        place: vec![Place::Local; providers.len()],
        segment_of: vec![usize::MAX; providers.len()],
        current: usize::MAX,
        supplied: &sources.supplied,
    };
    let mut out: Vec<TokenStream> = checks_first
        .iter()
        .map(|(b, m)| group_check(&places, sources, *b, m))
        .collect();
    let mut index = 0;
    let mut segment = 0;
    while index < steps.len() {
        if steps[index].2.asyncness {
            let (provider, m, f, d) = steps[index];
            places.current = usize::MAX;
            let value = step_call(&places, index, m, f, d, provider.is_some());
            match provider {
                Some(i) => {
                    let v = format_ident!("__engin_v{}", i);
                    out.push(keep(cx, &v, value, f));
                    for (builtin, members) in checks_after.get(&i).into_iter().flatten() {
                        out.push(group_check(&places, sources, *builtin, members));
                    }
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
        places.current = segment;
        let mut moved = Vec::new();
        let mut body = Vec::new();
        let mut built = Vec::new();
        for (k, &(provider, m, f, d)) in steps.iter().enumerate().take(index).skip(start) {
            if let Some(i) = provider {
                places.segment_of[i] = segment;
            }
            let value = step_call(&places, k, m, f, d, provider.is_some());
            match provider {
                Some(i) => {
                    let v = format_ident!("__engin_v{}", i);
                    body.push(keep(cx, &v, value, f));
                    built.push(i);
                    // A decorated value moved into its decorator in this
                    // segment is not returned with the others.
                    moved.extend(d.iter().flatten().filter_map(|d| match d {
                        Dep::Move(j) if !places.is_owned(*j) => Some(*j),
                        _ => None,
                    }));
                    for (builtin, members) in checks_after.get(&i).into_iter().flatten() {
                        body.push(group_check(&places, sources, *builtin, members));
                    }
                }
                None => body.push(quote!(#value;)),
            }
        }
        built.retain(|i| !moved.contains(i));
        for (field, &i) in built.iter().rev().enumerate() {
            places.place[i] = Place::Segment { segment, field };
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
    // The build is over: the values with a start or close method go to
    // their hooks, which act on them rather than on a clone.
    places.current = usize::MAX;
    let handed: Vec<TokenStream> = (0..providers.len())
        .filter(|&i| places.owned[i])
        .map(|i| {
            let held = places.held(i);
            quote!(::core::mem::drop(#held);)
        })
        .collect();
    out.extend(handed);
    let text = describe(&steps, &position, providers.len(), sources);
    let supply = Ident::new("__engin_supply", cx.span());
    let supplied = &sources.supplied;
    quote! {
        {
            #cx.steps(&[#(#names),*], &[#(#ends),*], &[#(#edges),*]);
            let (#(#supplied,)*) = match #supply {
                ::core::option::Option::Some(supplied) => supplied,
                ::core::option::Option::None => return #cx.describe(#text),
            };
            #(#out)*
            #cx.serve().await
        }
    }
}

/// The application's description for [`Graph`](engin::Graph), one line per
/// node (the supplied values, then the steps in build order), fields
/// separated by tabs: kind, name, type, block, `h` when it may have hooks,
/// and the nodes it takes, `?` before an optional one.
fn describe(
    steps: &[Step<'_>],
    position: &[usize],
    providers: usize,
    sources: &Sources<'_>,
) -> String {
    let supplied = sources.supplied.len();
    let node = |j: usize| {
        if j < providers {
            supplied + position[j] - 1
        } else {
            j - providers
        }
    };
    let mut text = String::new();
    for (k, name) in sources.names.iter().enumerate() {
        let ty = display(sources.outputs[providers + k]);
        text.push_str(&format!("u\t{name}\t{ty}\t\t\t\n"));
    }
    for (provider, m, f, deps) in steps {
        let call = f.call.to_string();
        let block = if call.is_empty() || call.ends_with("__engin_new") {
            String::new()
        } else {
            crate::chain::shown(&m.path)
        };
        let mut hooks = owns(f);
        let mut taken = Vec::new();
        for dep in deps.iter().flatten() {
            let (optional, dep) = match dep {
                Dep::Some { dep, .. } => ("?", &**dep),
                dep => ("", dep),
            };
            match dep {
                Dep::Builtin(b)
                | Dep::Pick {
                    builtin: Some(b), ..
                } if *b == "Lifecycle" => {
                    hooks = true;
                }
                _ => {}
            }
            for j in dep.providers(usize::MAX) {
                taken.push(format!("{optional}{}", node(j)));
            }
        }
        let kind = if provider.is_some() { "p" } else { "i" };
        let ty = if provider.is_some() {
            display(&f.output)
        } else {
            String::new()
        };
        let hooks = if hooks { "h" } else { "" };
        text.push_str(&format!(
            "{kind}\t{}\t{ty}\t{block}\t{hooks}\t{}\n",
            f.name,
            taken.join(",")
        ));
    }
    text
}

/// Whether a provider's value goes to hooks of its own
/// (`#[provide(start = .., close = ..)]`).
fn owns(f: &FnDesc) -> bool {
    !f.close.is_empty() || !f.start.is_empty()
}

/// `let v = value;`, or for a value with a start or close method, the
/// value held for its hooks: they get the application's own copy once the
/// build is over (or cut short), its close after every consumer's stop
/// hook, as the hook is registered right after the provider's own.
fn keep(cx: &Ident, v: &Ident, value: TokenStream, f: &FnDesc) -> TokenStream {
    if !owns(f) {
        return quote!(let #v = #value;);
    }
    let name = &f.name;
    // The value's name and the call, both at the method's name, so an
    // error about the method is reported on the user's attribute.
    let call = |method: &TokenStream| {
        let span = cx.span().located_at(span_of(method));
        let value = Ident::new("value", span);
        let call = quote_spanned!(span=> ::engin::hook_method(#value.#method()).await);
        (value, call)
    };
    let start = (!f.start.is_empty()).then(|| {
        let (value, call) = call(&f.start);
        quote!(|#[allow(unused_mut)] mut #value| async move {
            let result = #call;
            (#value, result)
        })
    });
    let close = (!f.close.is_empty()).then(|| {
        let (value, call) = call(&f.close);
        quote!(|#value| async move { #call })
    });
    let held = match (start, close) {
        (Some(start), Some(close)) => quote!(#cx.own_start_close(#name, #value, #start, #close)),
        (Some(start), None) => quote!(#cx.own_start(#name, #value, #start)),
        (None, Some(close)) => quote!(#cx.own_close(#name, #value, #close)),
        (None, None) => unreachable!("owns(f)"),
    };
    quote!(let #v = #held;)
}

/// The hygiene of engin's locals (`quote!`'s): the values' names must
/// resolve to the `let`s that bind them, wherever the use is located.
fn local(span: Span) -> Span {
    Span::call_site().located_at(span)
}

/// Where built values live while the code is generated.
struct Places<'a> {
    cx: &'a Ident,
    /// Provider `i`'s value is held for its hooks (see `keep`): used
    /// through `*`, cloned where it would be moved.
    owned: Vec<bool>,
    /// Resolves like the user's own code: member paths get it, so a
    /// private member is reported without naming engin's hidden macros.
    user: Span,
    place: Vec<Place>,
    segment_of: Vec<usize>,
    /// The segment being generated (its own values are still plain locals);
    /// `usize::MAX` outside segments.
    current: usize,
    /// The graph function's parameters holding the supplied values.
    supplied: &'a [&'a Ident],
}

impl Places<'_> {
    /// Source `j`'s value, as a place expression.
    fn value(&self, j: usize, span: Span) -> TokenStream {
        let held = self.held_at(j, span);
        if self.is_owned(j) {
            quote_spanned!(span=> (*#held))
        } else {
            held
        }
    }

    /// Whether source `j` is a provider's value held for its hooks.
    fn is_owned(&self, j: usize) -> bool {
        self.owned.get(j).copied().unwrap_or(false)
    }

    /// Where provider `i`'s value (or its holder) is, outside segments.
    fn held(&self, i: usize) -> TokenStream {
        self.held_at(i, Span::call_site())
    }

    fn held_at(&self, j: usize, span: Span) -> TokenStream {
        let Some(&place) = self.place.get(j) else {
            let name = self.supplied[j - self.place.len()];
            return quote_spanned!(span=> #name);
        };
        match place {
            Place::Segment { segment, field } if self.segment_of[j] != self.current => {
                let s = Ident::new(&format!("__engin_s{segment}"), local(span));
                let field = proc_macro2::Literal::usize_unsuffixed(field);
                quote_spanned!(span=> #s.#field)
            }
            _ => {
                let v = Ident::new(&format!("__engin_v{j}"), local(span));
                quote_spanned!(span=> #v)
            }
        }
    }

    /// A reference to a built-in value.
    fn builtin(&self, name: &str, span: Span) -> TokenStream {
        let cx = self.cx;
        if name == "Lifecycle" {
            quote_spanned!(span=> #cx.lifecycle())
        } else {
            quote_spanned!(span=> #cx.shutdown())
        }
    }

    /// `(&a, (&b, (&c,)))`: the candidates of a pick.
    fn candidates(&self, builtin: Option<&str>, values: &[usize], span: Span) -> TokenStream {
        let mut refs: Vec<TokenStream> =
            builtin.map(|b| self.builtin(b, span)).into_iter().collect();
        refs.extend(values.iter().map(|&j| {
            let v = self.value(j, span);
            quote_spanned!(span=> &#v)
        }));
        let mut nested = TokenStream::new();
        for (k, r) in refs.iter().enumerate().rev() {
            nested = if k + 1 == refs.len() {
                quote_spanned!(span=> (#r,))
            } else {
                quote_spanned!(span=> (#r, #nested))
            };
        }
        nested
    }
}

/// Checks that the members of a group of types sharing a name are distinct
/// types, pair by pair (and distinct from engin's built-in of that name):
/// for a pair of one type, one error in engin's words on the later
/// member's type. It sits in the body that picks among them, where it
/// keeps rustc from reporting the picks as ambiguous.
fn group_check(
    places: &Places<'_>,
    sources: &Sources<'_>,
    builtin: Option<&'static str>,
    members: &[usize],
) -> TokenStream {
    let mut checks = Vec::new();
    for (k, &later) in members.iter().enumerate() {
        let output = sources.outputs[later];
        let span = places.cx.span().located_at(span_of(output));
        let shown = display(output).replace('{', "{{").replace('}', "}}");
        let mut earlier: Vec<(TokenStream, String, String, String)> = Vec::new();
        if let Some(b) = builtin {
            earlier.push((
                places.builtin(b, span),
                format!("`{b}` is provided by engin itself: take it as a parameter instead of providing it"),
                "engin provides this type".to_owned(),
                format!("every engin application has one `{b}`; a member that needs it takes `&{b}`"),
            ));
        }
        for &e in &members[..k] {
            let value = places.value(e, span);
            let note = sources.hints[e]
                .as_ref()
                .or(sources.hints[later].as_ref())
                .cloned()
                .unwrap_or_else(|| "an application has one provider per type: remove one of them, or make the second a `#[decorate]` that takes the first's value".to_owned());
            earlier.push((
                quote_spanned!(span=> &#value),
                format!(
                    "`{shown}` is provided twice in engin `{}`: by {} and by {}",
                    sources.app, sources.who[e], sources.who[later]
                ),
                "provided twice".to_owned(),
                note,
            ));
        }
        let value = places.value(later, span);
        for (first, message, label, note) in earlier {
            let verdict = over_whole(
                quote_spanned!(span=> (&::engin::rules::pair(#first, &#value)).verdict()),
                output,
            );
            let once = over_whole(quote_spanned!(span=> ProvidedOnce::once), output);
            let check = quote_spanned!(span=> #once(#verdict));
            checks.push(quote! {
                {
                    #[allow(unused_imports)]
                    use ::engin::rules::{IsDistinct as _, IsSame as _};
                    #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
                    trait ProvidedOnce {
                        fn once(self) where Self: ::core::marker::Sized {}
                    }
                    #[diagnostic::do_not_recommend]
                    impl ProvidedOnce for ::engin::rules::Distinct {}
                    #check;
                }
            });
        }
    }
    quote!(#(#checks)*)
}

/// How errors name source `j`'s provider, and a hint for a type provided
/// twice when the provider is one of engin's own blocks.
fn provider_names(
    providers: &[(&Member, &FnDesc)],
    supplied: &[String],
) -> (Vec<String>, Vec<Option<String>>) {
    let mut who = Vec::new();
    let mut hints = Vec::new();
    for (m, f) in providers {
        match engin_provider(m, f) {
            Some(p) => {
                who.push(format!("engin's `{}`", p.block));
                hints.push(p.instead.map(str::to_owned));
            }
            None => {
                who.push(format!("`{}`", as_listed(m, f)));
                hints.push(None);
            }
        }
    }
    for name in supplied {
        who.push(format!("`supply({name})`"));
        hints.push(None);
    }
    (who, hints)
}

/// A provider's name as the application lists it: `a::config`, or
/// `SettingsBlock::from_env` (a block's function), unless it was given a
/// `name`.
fn as_listed(m: &Member, f: &FnDesc) -> String {
    let path = crate::chain::shown(&m.path);
    let last = path.rsplit("::").next().unwrap_or_default();
    if f.call.is_empty() || f.call.to_string().ends_with("__engin_new") {
        if f.name == last {
            return path;
        }
    } else if let Some(function) = f.name.strip_prefix(&format!("{last}::")) {
        return format!("{path}::{function}");
    }
    f.name.clone()
}

/// A provider of one of engin's own blocks.
struct EnginProvider {
    /// The provider's name (`#[provide(name = ..)]` in engin's source).
    name: &'static str,
    /// The last segment of its type.
    ty: &'static str,
    /// The block that provides it, by its full path.
    block: &'static str,
    /// What to do to provide the type yourself, when engin has a way.
    instead: Option<&'static str>,
    /// The feature of engin that has the block.
    feature: &'static str,
    /// The last segments of the blocks an application lists to get it.
    listed_as: &'static [&'static str],
}

/// The providers of engin's own blocks (`src/redis.rs`, `src/http.rs`).
const ENGIN_PROVIDERS: &[EnginProvider] = &[
    EnginProvider {
        name: "redis config",
        ty: "RedisConfig",
        block: "engin::redis::RedisBlock",
        instead: Some("`engin::redis::RedisBlock` reads `RedisConfig` from `REDIS_*`: to provide your own, list `engin::redis::RedisClientBlock` instead, which takes the `RedisConfig` the application provides"),
        feature: "redis",
        listed_as: &["RedisBlock"],
    },
    EnginProvider {
        name: "redis",
        ty: "Redis",
        block: "engin::redis::RedisClientBlock",
        instead: None,
        feature: "redis",
        listed_as: &["RedisBlock", "RedisClientBlock"],
    },
    EnginProvider {
        name: "http config",
        ty: "HttpConfig",
        block: "engin::http::HttpBlock",
        instead: Some("`engin::http::HttpBlock` reads `HttpConfig` from `HTTP_*`: to provide your own, list `engin::http::HttpServerBlock` instead, which takes the `HttpConfig` the application provides"),
        feature: "axum",
        listed_as: &["HttpBlock"],
    },
    EnginProvider {
        name: "http server",
        ty: "HttpServer",
        block: "engin::http::HttpServerBlock",
        instead: None,
        feature: "axum",
        listed_as: &["HttpBlock", "HttpServerBlock"],
    },
];

/// The provider in engin's own blocks of a type whose key is `key`.
fn engin_block_of(key: &str) -> Option<&'static EnginProvider> {
    let name = key.rsplit("::").next().unwrap_or(key);
    ENGIN_PROVIDERS.iter().find(|p| p.ty == name)
}

/// Whether the application lists `m` (not included by another block)
/// and it is the block that brings provider `e`, or a block that
/// includes it.
fn lists(m: &Member, e: &EnginProvider) -> bool {
    let path = m.path.to_string();
    let last = crate::chain::shown(&m.path);
    let last = last.rsplit("::").next().unwrap_or_default();
    !path.contains("$crate") && e.listed_as.contains(&last)
}

/// The engin block provider `f` is, if it is one: a block's function with
/// the name and type engin gives it, in a block named like engin's.
fn engin_provider(m: &Member, f: &FnDesc) -> Option<&'static EnginProvider> {
    let path = crate::chain::shown(&m.path);
    let block = path.rsplit("::").next().unwrap_or_default();
    let ty = display(&f.output);
    let ty = ty.rsplit("::").next().unwrap_or_default();
    ENGIN_PROVIDERS.iter().find(|p| {
        p.name == f.name
            && p.ty == ty
            && !f.call.is_empty()
            && p.block.rsplit("::").next() == Some(block)
    })
}

/// The argument for a parameter `&ty` (`by_ref`) or `ty` that takes `dep`.
fn argument(places: &Places<'_>, by_ref: bool, ty: &TokenStream, dep: &Dep) -> TokenStream {
    // Located on the user's parameter, resolved as `#[app]`'s own code,
    // so a missing `Clone` is reported on the parameter as coming from
    // `#[app]`, not from one of engin's hidden macros.
    let span = places.cx.span().located_at(span_of(ty));
    let reference = match dep {
        Dep::Value(j) => {
            let v = places.value(*j, span);
            quote_spanned!(span=> &#v)
        }
        Dep::Ok(j) => {
            let v = places.value(*j, span);
            over_whole(
                quote_spanned!(span=> ::engin::rules::ResultOf::ok_value(&#v)),
                ty,
            )
        }
        Dep::Builtin(b) => places.builtin(b, span),
        Dep::Pick { builtin, values } => {
            let candidates = places.candidates(*builtin, values, span);
            let candidates = over_whole(quote_spanned!(span=> &#candidates), ty);
            over_whole(
                quote_spanned!(span=> ::engin::rules::Pick::pick(#candidates)),
                ty,
            )
        }
        Dep::Some {
            by_ref,
            ty: inner,
            dep,
        } => {
            let inner = argument(places, *by_ref, inner, dep);
            return quote_spanned!(span=> ::core::option::Option::Some(#inner));
        }
        Dep::None => return quote_spanned!(span=> ::core::option::Option::None),
        // Moved into a decorator: by value, whatever the parameter says; a
        // value held for its own hooks is cloned (they close the original).
        Dep::Move(j) if places.is_owned(*j) => {
            let v = places.value(*j, span);
            return quote_spanned!(span=> ::core::clone::Clone::clone(&#v));
        }
        Dep::Move(j) => return places.value(*j, span),
    };
    if by_ref {
        reference
    } else {
        over_whole(
            quote_spanned!(span=> ::core::clone::Clone::clone(#reference)),
            ty,
        )
    }
}

/// One provider or invocation call, as an expression.
fn step_call(
    places: &Places<'_>,
    index: usize,
    m: &Member,
    f: &FnDesc,
    deps: &[Option<Dep>],
    provides: bool,
) -> TokenStream {
    let cx = places.cx;
    let args = f.params.iter().zip(deps).map(|(p, d)| {
        let d = d.as_ref().expect("unresolved dependencies were reported");
        argument(places, p.by_ref, &p.ty, d)
    });
    let path = crate::respan(&m.path, places.user);
    let suffix = &f.call;
    if let Some(element) = &f.gather {
        // A collection: its elements moved in, in order. Empty only when
        // declared, with the element type as the application wrote it.
        let args: Vec<TokenStream> = args.collect();
        let all = if args.is_empty() {
            quote!(::engin::All::<#element>::from_vec(::std::vec::Vec::new()))
        } else {
            quote!(::engin::All::from_vec(::std::vec::Vec::from([#(#args),*])))
        };
        return quote!({
            #cx.enter(#index);
            #all
        });
    }
    let run = match (f.asyncness, provides) {
        (true, true) => quote!(#cx.async_step(#index, #path #suffix (#(#args),*)).await),
        // An invocation that holds the start-up for long gets a warning.
        (true, false) => quote!(#cx.async_invoke(#index, #path #suffix (#(#args),*)).await),
        (false, true) => quote!({
            #cx.enter(#index);
            #path #suffix (#(#args),*)
        }),
        (false, false) => quote!({
            let __engin_began = #cx.invoking(#index);
            let __engin_returned = #path #suffix (#(#args),*);
            #cx.invoked(#index, __engin_began);
            __engin_returned
        }),
    };
    if f.result {
        // The braces carry the return type's location, so an error type
        // that does not convert is reported on the user's signature.
        let span = cx.span().located_at(span_of(&f.ret));
        let value = over_whole(
            quote_spanned!(span=> ::core::convert::identity({ #run })),
            &f.ret,
        );
        let phase = if provides {
            quote!(::engin::Phase::Provide)
        } else {
            quote!(::engin::Phase::Invoke)
        };
        let name = &f.name;
        // The error type's bound is the trait's own (`E: ComponentError`
        // through its method's path), so rustc's error names no helper.
        let boxed = over_whole(
            quote_spanned!(span=> |e| ::engin::ComponentError::into_box_error(e)),
            &f.ret,
        );
        quote!(::engin::__private::check(#phase, #name, ::core::result::Result::map_err(#value, #boxed))?)
    } else {
        run
    }
}

#[cfg(test)]
mod tests {
    use super::{engin_block_of, near_miss, result_alias, type_key};
    use quote::quote;

    fn keys(types: &[proc_macro2::TokenStream]) -> Vec<String> {
        types.iter().map(type_key).collect()
    }

    #[test]
    fn a_generic_type_with_other_arguments_is_a_near_miss() {
        let outputs = [quote!(axum::Router<Database>), quote!(Pool<Postgres>)];
        let keys = keys(&outputs);
        let outputs: Vec<_> = outputs.iter().collect();
        let router = near_miss("Router", &keys, &outputs).expect("a near miss");
        assert!(
            router.starts_with("`axum::Router<Database>` is provided, not `Router`"),
            "{router}"
        );
        assert!(router.contains(".with_state(..)"), "{router}");
        let pool = near_miss("Pool<Mysql>", &keys, &outputs).expect("a near miss");
        assert!(
            pool.starts_with("`Pool<Postgres>` is provided, not `Pool<Mysql>`"),
            "{pool}"
        );
        assert!(!pool.contains("with_state"), "{pool}");
        assert_eq!(near_miss("Database", &keys, &outputs), None);
    }

    #[test]
    fn a_result_under_another_name_holds_what_is_taken() {
        let keys = keys(&[
            quote!(AppResult<MetricsServer>),
            quote!(Result<Config, Error>),
            quote!(ServiceResult<Self>),
            quote!(Vec<Route>),
        ]);
        assert_eq!(result_alias("MetricsServer", &keys), Some(0));
        assert_eq!(result_alias("Config", &keys), None, "named `Result`: known");
        assert_eq!(
            result_alias("Self", &keys),
            None,
            "not checked by its provider"
        );
        assert_eq!(result_alias("Route", &keys), None);
    }

    #[test]
    fn engin_blocks_are_named_for_the_types_they_provide() {
        assert_eq!(
            engin_block_of("Redis").map(|p| p.listed_as[0]),
            Some("RedisBlock")
        );
        assert_eq!(
            engin_block_of("HttpConfig").map(|p| p.block),
            Some("engin::http::HttpBlock")
        );
        assert!(engin_block_of("Config").is_none());
    }

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
