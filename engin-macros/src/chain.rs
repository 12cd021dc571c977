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
//! ```text
//! chain! { this [ member { .. } ] includes [ { [prefix] [Name] [macro] } .. ] at [ path ]
//!          trail [ { "id" [ path ] } .. ] todo [ { [prefix] [Name] [macro] trail [ .. ] } .. ]
//!          done [ member { .. } .. ] seen [ "id" .. ] end [ group_macro ] }
//! ```
//!
//! `trail` is the chain of blocks whose includes led to this member: the
//! member's own id in it is an include cycle, reported with its path.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{braced, bracketed, Ident, LitStr};

mod kw {
    syn::custom_keyword!(this);
    syn::custom_keyword!(includes);
    syn::custom_keyword!(at);
    syn::custom_keyword!(trail);
    syn::custom_keyword!(todo);
    syn::custom_keyword!(done);
    syn::custom_keyword!(seen);
    syn::custom_keyword!(end);
    syn::custom_keyword!(member);
    syn::custom_keyword!(version);
    syn::custom_keyword!(id);
}

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
    todo: Vec<Next>,
    done: TokenStream,
    seen: Vec<LitStr>,
    end: Ident,
}

fn bracket(input: ParseStream) -> syn::Result<TokenStream> {
    let content;
    bracketed!(content in input);
    content.parse()
}

fn steps(input: ParseStream) -> syn::Result<Vec<Step>> {
    let content;
    bracketed!(content in input);
    let mut steps = Vec::new();
    while !content.is_empty() {
        let one;
        braced!(one in content);
        steps.push(Step {
            id: one.parse()?,
            path: bracket(&one)?,
        });
    }
    Ok(steps)
}

fn nexts(input: ParseStream, with_trail: bool) -> syn::Result<Vec<Next>> {
    let content;
    bracketed!(content in input);
    let mut list = Vec::new();
    while !content.is_empty() {
        let one;
        braced!(one in content);
        let prefix = bracket(&one)?;
        let name = {
            let n;
            bracketed!(n in one);
            n.parse()?
        };
        let mac = {
            let m;
            bracketed!(m in one);
            m.parse()?
        };
        let trail = if with_trail {
            one.parse::<kw::trail>()?;
            steps(&one)?
        } else {
            Vec::new()
        };
        list.push(Next {
            prefix,
            name,
            mac,
            trail,
        });
    }
    Ok(list)
}

impl Parse for Chain {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        input.parse::<kw::this>()?;
        let this = bracket(input)?;
        // The member's id, from the start of its description; the rest is
        // read by `assemble` (see `desc`).
        let id = syn::parse::Parser::parse2(
            |p: ParseStream| {
                p.parse::<kw::member>()?;
                let content;
                braced!(content in p);
                if content.peek(kw::version) {
                    content.parse::<kw::version>()?;
                    content.parse::<syn::LitInt>()?;
                }
                content.parse::<kw::id>()?;
                let id: LitStr = content.parse()?;
                content.parse::<TokenStream>()?;
                Ok(id)
            },
            this.clone(),
        )?;
        input.parse::<kw::includes>()?;
        let includes = nexts(input, false)?;
        input.parse::<kw::at>()?;
        let at = bracket(input)?;
        input.parse::<kw::trail>()?;
        let trail = steps(input)?;
        input.parse::<kw::todo>()?;
        let todo = nexts(input, true)?;
        input.parse::<kw::done>()?;
        let done = bracket(input)?;
        input.parse::<kw::seen>()?;
        let seen = {
            let content;
            bracketed!(content in input);
            let mut seen = Vec::new();
            while !content.is_empty() {
                seen.push(content.parse()?);
            }
            seen
        };
        input.parse::<kw::end>()?;
        let end = {
            let content;
            bracketed!(content in input);
            content.parse()?
        };
        Ok(Chain {
            this,
            id,
            includes,
            at,
            trail,
            todo,
            done,
            seen,
            end,
        })
    }
}

/// A path as the user wrote it, for a message.
fn shown(path: &TokenStream) -> String {
    path.to_string()
        .replace(' ', "")
        .trim_start_matches("$crate::")
        .to_owned()
}

fn emit_trail(trail: &[Step]) -> TokenStream {
    let steps = trail
        .iter()
        .map(|Step { id, path }| quote!({ #id [ #path ] }));
    quote!(trail [ #(#steps)* ])
}

/// A call of member `next`'s description macro.
fn call(
    next: &Next,
    todo: &[Next],
    done: &TokenStream,
    seen: &[LitStr],
    end: &Ident,
) -> TokenStream {
    let Next {
        prefix,
        name,
        mac,
        trail,
    } = next;
    let trail = emit_trail(trail);
    let todo = todo.iter().map(|n| {
        let Next {
            prefix,
            name,
            mac,
            trail,
        } = n;
        let trail = emit_trail(trail);
        quote!({ [#prefix] [#name] [#mac] #trail })
    });
    quote! {
        #prefix #mac ! { @engin [#prefix] [#name] #trail todo [ #(#todo)* ] done [ #done ] seen [ #(#seen)* ] end [ #end ] }
    }
}

/// The end of a group: a macro holding its descriptions, called in turn by
/// the graph function.
fn group(end: &Ident, done: &TokenStream) -> TokenStream {
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

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let Chain {
        this,
        id,
        includes,
        at,
        trail,
        mut todo,
        mut done,
        mut seen,
        end,
    } = match syn::parse2(input) {
        Ok(c) => c,
        Err(e) => return e.to_compile_error(),
    };
    let id_value = id.value();
    if trail.iter().any(|s| s.id.value() == id_value) {
        let start = trail
            .iter()
            .position(|s| s.id.value() == id_value)
            .expect("found above");
        let mut path: Vec<String> = trail[start..].iter().map(|s| shown(&s.path)).collect();
        path.push(shown(&at));
        let error = syn::Error::new_spanned(
            &at,
            format!(
                "block include cycle: {}\nhelp: a block cannot include itself, even through another block; remove one of the includes",
                path.join(" includes ")
            ),
        )
        .to_compile_error();
        // The group's macro still exists, empty, so nothing else fails.
        return quote!(#error macro_rules! #end { ($($t:tt)*) => { ::core::unreachable!() }; });
    }
    if !seen.iter().any(|s| s.value() == id_value) {
        done.extend(this);
        seen.push(id);
        // This member's includes go first, with it on their trail.
        let mut own_trail: Vec<Step> = trail;
        own_trail.push(Step {
            id: LitStr::new(&id_value, Span::call_site()),
            path: at,
        });
        let mut front: Vec<Next> = includes
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
        front.append(&mut todo);
        todo = front;
    }
    if todo.is_empty() {
        return group(&end, &done);
    }
    let next = todo.remove(0);
    call(&next, &todo, &done, &seen, &end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(id: &str) -> TokenStream {
        quote!(member { version 3 id #id path [ x ] })
    }

    fn step(
        id: &str,
        trail: TokenStream,
        todo: TokenStream,
        done: TokenStream,
        seen: TokenStream,
    ) -> String {
        let this = member(id);
        expand(quote! {
            this [ #this ] includes [ { [crate::] [Inc] [Inc] } ] at [ crate::Me ]
            #trail todo [ #todo ] done [ #done ] seen [ #seen ] end [ group0 ]
        })
        .to_string()
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
