//! `chain!`: one step of the chain that collects the members' descriptions.
//!
//! `#[app]` splits its members into groups of about √N. For each group it
//! calls the first member's description macro, which calls this with its
//! description and its includes; this adds the description (once per
//! member: a member seen before, such as a block included twice, is
//! skipped), puts the includes first in the to-do list, and calls the next
//! member's macro. At the end of the group it defines a `macro_rules!`
//! holding the group's descriptions. The graph function then calls those
//! group macros one after another, the last one calling `assemble!`. So the
//! nesting of macro calls grows with about 2√N, not N, and a 1000-member
//! application stays far below rustc's recursion limit of 128.
//!
//! An application with a single group (up to 8 members listed) runs its
//! chain inside the graph function and ends it with `assemble!` directly
//! (`end [ name { app .. } ]`): no group macro is named, so a listed path
//! that is not a member gives rustc's one error on that path and nothing
//! after it.
//!
//! ```text
//! chain! { this [ member { .. } ] includes [ { [prefix] [Name] [macro] } .. ] at [ path ]
//!          trail [ { "id" [ path ] } .. ] todo [ { [prefix] [Name] [macro] trail [ .. ] } .. ]
//!          done [ member { .. } .. ] seen [ "id" .. ] end [ group_macro { app .. }? ] }
//! ```
//!
//! `trail` is the chain of blocks whose includes led to this member: the
//! member's own id in it is an include cycle, reported with its path.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::quote;
use syn::parse::ParseStream;
use syn::{braced, bracketed, Ident, LitStr};

use crate::desc::bracket;
mod kw {
    syn::custom_keyword!(trail);
}

/// The id of the first step on the trail of a member that a derived
/// application replaced; its path is the replacement.
const REPLACED: &str = "engin replaced";

/// `{ "id" [path] }`: a block on the include trail.
struct Step {
    id: LitStr,
    path: TokenStream,
}

/// `{ [prefix] [Name] [macro] }`, with a trail when it is on the to-do list.
struct Next {
    prefix: TokenStream,
    name: Ident,
    mac: Ident,
    trail: Vec<Step>,
}

struct Chain {
    this: TokenStream,
    id: LitStr,
    includes: Vec<Next>,
    at: TokenStream,
    trail: Vec<Step>,
    /// The first member still to do, and the others as they came.
    todo: Option<Next>,
    todo_rest: TokenStream,
    done: TokenStream,
    seen: Vec<LitStr>,
    end: End,
}

/// Where a chain ends: the group macro it defines, named from the user's
/// `struct App` (its span is the application's), or, with the
/// application's tokens, `assemble!` itself.
struct End {
    name: Ident,
    app: Option<proc_macro2::Group>,
}

impl quote::ToTokens for End {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.name.to_tokens(tokens);
        self.app.to_tokens(tokens);
    }
}

/// `{ "id" [path] } ..`: the blocks on an include trail.
fn steps(input: ParseStream) -> syn::Result<Vec<Step>> {
    let mut steps = Vec::new();
    while !input.is_empty() {
        let one;
        braced!(one in input);
        steps.push(Step {
            id: one.parse()?,
            path: bracket(&one)?,
        });
    }
    Ok(steps)
}

/// `[prefix] [Name] [macro]`, then `trail [..]` when it is on the to-do
/// list.
fn next(one: ParseStream, with_trail: bool) -> syn::Result<Next> {
    let prefix = bracket(one)?;
    let name = bracket(one)?;
    let mac = bracket(one)?;
    let trail = if with_trail {
        one.parse::<kw::trail>()?;
        let content;
        bracketed!(content in one);
        steps(&content)?
    } else {
        Vec::new()
    };
    Ok(Next {
        prefix,
        name,
        mac,
        trail,
    })
}

fn parse<T>(f: impl FnOnce(ParseStream) -> syn::Result<T>, tokens: TokenStream) -> syn::Result<T> {
    syn::parse::Parser::parse2(f, tokens)
}

/// The chain's input, read by its top-level tokens: the descriptions
/// collected so far (`done`) and the rest of the to-do list are handed on
/// as they came, never walked, so a step costs about the same however many
/// members its group has collected (a full parse made the chain quadratic
/// in the group's size).
fn read(input: TokenStream) -> syn::Result<Chain> {
    let mut tokens = input.into_iter();
    let mut field = |key: &str| -> syn::Result<TokenStream> {
        match (tokens.next(), tokens.next()) {
            (Some(TokenTree::Ident(k)), Some(TokenTree::Group(g)))
                if k == key && g.delimiter() == Delimiter::Bracket =>
            {
                Ok(g.stream())
            }
            (t, _) => Err(syn::Error::new(
                t.map_or_else(Span::call_site, |t| t.span()),
                format!("expected `{key} [..]`: engin's hidden chain was called by hand or by another version of engin-macros"),
            )),
        }
    };
    let this = field("this")?;
    // The member's id, from the start of its description; the rest is
    // read by `assemble` (see `desc`).
    let id = parse(crate::desc::member_id, this.clone())?;
    let includes = parse(
        |p: ParseStream| {
            let mut list = Vec::new();
            while !p.is_empty() {
                let one;
                braced!(one in p);
                list.push(next(&one, false)?);
            }
            Ok(list)
        },
        field("includes")?,
    )?;
    let at = field("at")?;
    let trail = parse(|p: ParseStream| steps(p), field("trail")?)?;
    let mut todo_list = field("todo")?.into_iter();
    let todo = match todo_list.next() {
        Some(TokenTree::Group(g)) => Some(parse(|p: ParseStream| next(p, true), g.stream())?),
        Some(t) => return Err(syn::Error::new(t.span(), "expected `{ .. }`")),
        None => None,
    };
    let todo_rest = todo_list.collect();
    let done = field("done")?;
    let seen = field("seen")?
        .into_iter()
        .map(|t| {
            match syn::Lit::new(match t {
                TokenTree::Literal(l) => l,
                t => return Err(syn::Error::new(t.span(), "expected a member id")),
            }) {
                syn::Lit::Str(s) => Ok(s),
                other => Err(syn::Error::new(other.span(), "expected a member id")),
            }
        })
        .collect::<syn::Result<_>>()?;
    let end = parse(
        |p: ParseStream| {
            Ok(End {
                name: p.parse()?,
                app: if p.is_empty() { None } else { Some(p.parse()?) },
            })
        },
        field("end")?,
    )?;
    Ok(Chain {
        this,
        id,
        includes,
        at,
        trail,
        todo,
        todo_rest,
        done,
        seen,
        end,
    })
}

fn emit_trail(trail: &[Step]) -> TokenStream {
    let steps = trail
        .iter()
        .map(|Step { id, path }| quote!({ #id [ #path ] }));
    quote!(trail [ #(#steps)* ])
}

/// One entry of the to-do list.
fn todo_entry(n: &Next) -> TokenStream {
    let Next {
        prefix,
        name,
        mac,
        trail,
    } = n;
    let trail = emit_trail(trail);
    quote!({ [#prefix] [#name] [#mac] #trail })
}

/// A call of member `next`'s description macro; `todo` and `rest` are the
/// to-do list after it.
fn call(
    next: &Next,
    todo: &[Next],
    rest: &TokenStream,
    done: &TokenStream,
    seen: &[LitStr],
    end: &End,
) -> TokenStream {
    let Next {
        prefix,
        name,
        mac,
        trail,
    } = next;
    let trail = emit_trail(trail);
    let todo = todo.iter().map(todo_entry);
    quote! {
        #prefix #mac ! { @engin [#prefix] [#name] #trail todo [ #(#todo)* #rest ] done [ #done ] seen [ #(#seen)* ] end [ #end ] }
    }
}

/// The end of a group: a macro holding its descriptions, called in turn by
/// the graph function; or, for a single group, `assemble!` itself.
fn group(end: &End, done: &TokenStream) -> TokenStream {
    if let Some(app) = &end.app {
        let app = app.stream();
        return quote!(::engin::__private::assemble! { done [ #done ] #app });
    }
    let end = &end.name;
    quote! {
        macro_rules! #end {
            (done [ $($done:tt)* ] rest [ $next:ident $($more:ident)* ] $($app:tt)*) => {
                $next! { done [ $($done)* #done ] rest [ $($more)* ] $($app)* }
            };
            (done [ $($done:tt)* ] rest [ ] $($app:tt)*) => {
                ::engin::__private::assemble! { done [ $($done)* #done ] $($app)* }
            };
        }
    }
}

/// A member already on its own include trail: the cycle, with its path,
/// on the include that closes it.
fn include_cycle(trail: &[Step], id: &str, at: &TokenStream, end: &End) -> Option<TokenStream> {
    let start = trail.iter().position(|s| s.id.value() == id)?;
    let mut path: Vec<String> = trail[start..]
        .iter()
        .map(|s| crate::vocab::shown(&s.path))
        .collect();
    path.push(crate::vocab::shown(at));
    let error = syn::Error::new_spanned(
        at,
        format!(
            "block include cycle: {}\nhelp: a block cannot include itself, even through another block; remove one of the includes",
            path.join(" includes ")
        ),
    )
    .to_compile_error();
    // Resolved as the application's code (the group's name comes from the
    // user's `struct App`), so the note names no hidden macro.
    let error = crate::respan(&error, end.name.span());
    if end.app.is_some() {
        return Some(error);
    }
    // The group's macro still exists, empty, so nothing else fails.
    let end = &end.name;
    Some(quote!(#error macro_rules! #end { ($($t:tt)*) => { ::core::unreachable!() }; }))
}

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let Chain {
        this,
        id,
        includes,
        at,
        trail,
        todo,
        todo_rest,
        mut done,
        mut seen,
        end,
    } = match read(input) {
        Ok(c) => c,
        Err(e) => return e.to_compile_error(),
    };
    let id_value = id.value();
    if let Some(error) = include_cycle(&trail, &id_value, &at, &end) {
        return error;
    }
    // This member's includes come first, with it on their trail, then the
    // rest of the list as it came.
    let mut front: Vec<Next> = Vec::new();
    if !seen.iter().any(|s| s.value() == id_value) {
        // Replaced by a derived application (see `app`): marked, with what
        // replaces it; its includes go with it (the mark is on their trail),
        // marked with nothing, as what they provide need not be replaced.
        if let Some(step) = trail.first().filter(|s| s.id.value() == REPLACED) {
            let by = if trail.len() == 1 {
                step.path.clone()
            } else {
                TokenStream::new()
            };
            done.extend(quote!(replaced [ #by ]));
        }
        done.extend(this);
        seen.push(id);
        let mut own_trail: Vec<Step> = trail;
        own_trail.push(Step {
            id: LitStr::new(&id_value, Span::call_site()),
            path: at,
        });
        front = includes
            .into_iter()
            .map(|mut n| {
                n.trail = own_trail
                    .iter()
                    .map(|s| Step {
                        id: s.id.clone(),
                        path: s.path.clone(),
                    })
                    .collect();
                n
            })
            .collect();
    }
    front.extend(todo);
    if front.is_empty() {
        return group(&end, &done);
    }
    let next = front.remove(0);
    call(&next, &front, &todo_rest, &done, &seen, &end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(id: &str) -> TokenStream {
        crate::desc::emit_member(id, quote!(x), false, TokenStream::new())
    }

    fn step(
        id: &str,
        trail: TokenStream,
        todo: TokenStream,
        done: TokenStream,
        seen: TokenStream,
    ) -> String {
        step_to(id, trail, todo, done, seen, quote!(group0))
    }

    fn step_to(
        id: &str,
        trail: TokenStream,
        todo: TokenStream,
        done: TokenStream,
        seen: TokenStream,
        end: TokenStream,
    ) -> String {
        let this = member(id);
        expand(quote! {
            this [ #this ] includes [ { [crate::] [Inc] [Inc] } ] at [ crate::Me ]
            #trail todo [ #todo ] done [ #done ] seen [ #seen ] end [ #end ]
        })
        .to_string()
    }

    #[test]
    fn a_single_group_ends_in_assemble_and_its_end_travels_with_the_chain() {
        let end = quote!(group0 { app [ App ] });
        let out = step_to(
            "a",
            quote!(trail []),
            quote!(),
            quote!(),
            quote!(),
            end.clone(),
        );
        assert!(out.contains("end [group0 { app [App] }]"), "{out}");
        let done = member("a");
        let out = step_to(
            "a",
            quote!(trail []),
            quote!(),
            done,
            quote!("a"),
            end.clone(),
        );
        assert!(
            out.starts_with(":: engin :: __private :: assemble ! { done [member"),
            "{out}"
        );
        assert!(out.ends_with("app [App] }"), "{out}");
        assert!(!out.contains("macro_rules"), "{out}");
        // An include cycle is the error alone: there is no group macro.
        let cycle = quote!(trail[{ "a"[crate::A] }]);
        let out = step_to("a", cycle, quote!(), quote!(), quote!(), end);
        assert!(out.starts_with(":: core :: compile_error !"), "{out}");
        assert!(!out.contains("macro_rules"), "{out}");
    }

    #[test]
    fn a_member_is_added_once_and_its_includes_come_next_with_it_on_their_trail() {
        let out = step("a", quote!(trail []), quote!(), quote!(), quote!());
        assert!(out.starts_with("crate :: Inc !"), "{out}");
        assert!(out.contains("trail [{ \"a\" [crate :: Me] }]"), "{out}");
        assert!(out.contains("seen [\"a\"]"), "{out}");
        // Seen before: skipped, includes and all; the group ends.
        let done = member("a");
        let out = step("a", quote!(trail []), quote!(), done, quote!("a"));
        assert!(out.starts_with("macro_rules ! group0"), "{out}");
        // Once in each of the group macro's two rules, not twice in each.
        assert_eq!(out.matches("id \"a\"").count(), 2, "{out}");
    }

    #[test]
    fn a_member_on_its_own_trail_is_an_include_cycle() {
        let out = step(
            "a",
            quote!(trail [ { "a" [crate::A] } { "b" [crate::B] } ]),
            quote!(),
            quote!(),
            quote!(),
        );
        assert!(out.contains("compile_error"), "{out}");
        assert!(
            out.contains("crate::A includes crate::B includes crate::Me"),
            "{out}"
        );
    }
}
