//! `chain!`'s input, and the calls around it: the first call of a group,
//! a member's hidden macro calling `chain!`, `chain!` calling the next
//! member's, and the end of a group (see the `chain` module for how they
//! collect the descriptions).
//!
//! ```text
//! first:   <member macro>! { @engin [prefix] [Name] trail [..] todo [..] done [ ] seen [ ] end [..] }
//! member:  chain! { this [ member { .. } ] includes [ { [prefix] [Name] [macro] } .. ] at [ path ]
//!                   trail [ { "id" [ path ] } .. ] todo [ { [prefix] [Name] [macro] trail [ .. ] } .. ]
//!                   done [ member { .. } .. ] seen [ "id" .. ] end [ group_macro { app .. }? ] }
//! end:     group_macro! { done [..] rest [ next_group .. ] app [..] }, or assemble! { done [..] app [..] }
//! ```
//!
//! `trail` is the chain of blocks whose includes led to this member. The
//! version is the one in the member's description (`this`).

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::quote;
use syn::parse::ParseStream;
use syn::{braced, bracketed, Ident, LitStr};

use super::{bracket, parse_with as parse};

mod kw {
    syn::custom_keyword!(trail);
}

/// The id of the first block on the trail of a member that a derived
/// application replaced; its path is the replacement.
pub(crate) const REPLACED: &str = "engin replaced";

/// `{ "id" [path] }`: a block on the include trail.
#[derive(Clone)]
pub(crate) struct TrailBlock {
    pub(crate) id: LitStr,
    pub(crate) path: TokenStream,
}

/// `{ [prefix] [Name] [macro] }`, with a trail when it is on the to-do list.
pub(crate) struct Next {
    pub(crate) prefix: TokenStream,
    pub(crate) name: Ident,
    pub(crate) mac: Ident,
    pub(crate) trail: Vec<TrailBlock>,
}

pub(crate) struct Chain {
    pub(crate) this: TokenStream,
    pub(crate) id: LitStr,
    pub(crate) includes: Vec<Next>,
    pub(crate) at: TokenStream,
    pub(crate) trail: Vec<TrailBlock>,
    /// The first member still to do, and the others as they came.
    pub(crate) todo: Option<Next>,
    pub(crate) todo_rest: TokenStream,
    pub(crate) done: TokenStream,
    pub(crate) seen: Vec<LitStr>,
    pub(crate) end: End,
}

/// Where a chain ends: the group macro it defines, named from the user's
/// `struct App` (its span is the application's), or, with the
/// application's tokens, `assemble!` itself.
pub(crate) struct End {
    pub(crate) name: Ident,
    pub(crate) app: Option<proc_macro2::Group>,
}

impl quote::ToTokens for End {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.name.to_tokens(tokens);
        self.app.to_tokens(tokens);
    }
}

/// `{ "id" [path] } ..`: the blocks on an include trail.
fn trail(input: ParseStream) -> syn::Result<Vec<TrailBlock>> {
    let mut blocks = Vec::new();
    while !input.is_empty() {
        let one;
        braced!(one in input);
        blocks.push(TrailBlock {
            id: one.parse()?,
            path: bracket(&one)?,
        });
    }
    Ok(blocks)
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
        trail(&content)?
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

/// The chain's input, read by its top-level tokens: the descriptions
/// collected so far (`done`) and the rest of the to-do list are handed on
/// as they came, never walked, so a step costs about the same however many
/// members its group has collected (a full parse made the chain quadratic
/// in the group's size).
pub(crate) fn read(input: TokenStream) -> syn::Result<Chain> {
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
    let id = parse(super::desc::member_id, this.clone())?;
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
    let trail = parse(|p: ParseStream| trail(p), field("trail")?)?;
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

fn emit_trail(trail: &[TrailBlock]) -> TokenStream {
    let blocks = trail
        .iter()
        .map(|TrailBlock { id, path }| quote!({ #id [ #path ] }));
    quote!(trail [ #(#blocks)* ])
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
pub(crate) fn call(
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

/// The call that starts a group's chain: its first member's macro, with
/// the others on the to-do list.
pub(crate) fn first_call(members: &[Next], end: &End) -> TokenStream {
    let (first, todo) = members.split_first().expect("a group has members");
    call(
        first,
        todo,
        &TokenStream::new(),
        &TokenStream::new(),
        &[],
        end,
    )
}

/// The rule of a member's hidden macro: called with the path prefix and
/// name the member was listed under, and the chain's state, it hands its
/// description (`desc`, which names the path as `$($pre)* $name`) and its
/// includes to `chain!`.
pub(crate) fn description_rules(desc: &TokenStream, includes: &[Next]) -> TokenStream {
    let includes = includes.iter().map(
        |Next {
             prefix, name, mac, ..
         }| quote!({ [#prefix] [#name] [#mac] }),
    );
    quote! {
        (@engin [$($pre:tt)*] [$name:ident] $($rest:tt)*) => {
            ::engin::__private::chain! { this [ #desc ] includes [ #(#includes)* ] at [ $($pre)* $name ] $($rest)* }
        };
    }
}

/// The end of a group: a macro holding its descriptions, called in turn by
/// the graph function; or, for a single group, `assemble!` itself.
pub(crate) fn group(end: &End, done: &TokenStream) -> TokenStream {
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
