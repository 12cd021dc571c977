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
//! The inputs are in `grammar::chain`. A member already on the include
//! trail that led to it is an include cycle, reported with its path.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::LitStr;

use crate::grammar::chain::{call, group, read, Chain, End, Next, TrailBlock, REPLACED};

/// A member already on its own include trail: the cycle, with its path,
/// on the include that closes it.
fn include_cycle(
    trail: &[TrailBlock],
    id: &str,
    at: &TokenStream,
    end: &End,
) -> Option<TokenStream> {
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
        if let Some(first) = trail.first().filter(|s| s.id.value() == REPLACED) {
            let by = if trail.len() == 1 {
                first.path.clone()
            } else {
                TokenStream::new()
            };
            done.extend(quote!(replaced [ #by ]));
        }
        done.extend(this);
        seen.push(id);
        let mut own_trail: Vec<TrailBlock> = trail;
        own_trail.push(TrailBlock {
            id: LitStr::new(&id_value, Span::call_site()),
            path: at,
        });
        front = includes
            .into_iter()
            .map(|mut n| {
                n.trail = own_trail.clone();
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
        crate::grammar::desc::emit_member(id, quote!(x), false, TokenStream::new())
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
    fn a_member_described_by_another_version_is_one_clear_error() {
        let out = expand(quote! {
            this [ member { version 99 id "a" path [ x ] } ] includes [ ] at [ crate::Me ]
            trail [ ] todo [ ] done [ ] seen [ ] end [ group0 ]
        })
        .to_string();
        assert!(out.starts_with(":: core :: compile_error !"), "{out}");
        assert!(
            out.contains("described by another version of engin-macros (description format 99"),
            "{out}"
        );
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
