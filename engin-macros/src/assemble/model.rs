//! The model of an application: its members (each once), the sources of
//! values (the providers, then the supplied values), each source's type key
//! and who may take it, and the steps that gather collections.

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::Namesakes;
use crate::grammar::desc::{Assembly, FnDesc, MemberDesc as Member, ParamDesc, Role};
use crate::graph;
use crate::vocab::{builtin, display, type_key};

/// What `assemble!` knows of an application once it has read it.
pub(crate) struct Model<'a> {
    /// The application's name, for messages.
    pub(crate) app: &'a str,
    pub(crate) input: &'a Assembly,
    /// Each member once (blocks may include one twice), without the ones a
    /// derived application replaced.
    pub(crate) members: Vec<&'a Member>,
    /// The providers, in member order, then the steps gathering
    /// collections.
    pub(crate) providers: Vec<(&'a Member, &'a FnDesc)>,
    pub(crate) invocations: Vec<(&'a Member, &'a FnDesc)>,
    /// Each source's type: the providers', then the supplied values'
    /// (sources from `providers.len()` on).
    pub(crate) outputs: Vec<&'a TokenStream>,
    /// Each source's type key: types are matched by name; where several
    /// sources' types share a name, rustc tells them apart.
    pub(crate) keys: Vec<String>,
    /// The sources that provide each key (no decorator, no element).
    pub(crate) by_key: HashMap<String, Vec<usize>>,
    /// Who may take source `i`: everyone (`None`), or, for
    /// `#[provide(private)]`, the items of its own member.
    pub(crate) owner: Vec<Option<&'a Member>>,
    /// Each gathering step's elements, as provider indices, in order.
    pub(crate) gathered: HashMap<usize, Vec<usize>>,
    /// Contributions nobody can take (see `lost_contributions`).
    pub(crate) lost: HashMap<usize, TokenStream>,
}

impl<'a> Model<'a> {
    /// The model of `input`, whose collections are gathered by `gathers`
    /// (see [`gathers`]).
    pub(crate) fn new(
        input: &'a Assembly,
        app: &'a str,
        members: Vec<&'a Member>,
        gathers: &'a [Member],
    ) -> Self {
        let mut providers = Vec::new();
        let mut invocations = Vec::new();
        for m in members.iter().copied().chain(gathers) {
            for f in &m.items {
                if f.invokes() {
                    invocations.push((m, f));
                } else {
                    providers.push((m, f));
                }
            }
        }
        let outputs: Vec<&TokenStream> = providers
            .iter()
            .map(|(_, f): &(&Member, &FnDesc)| &f.output)
            .chain(input.supplied.iter().map(|(_, t)| t))
            .collect();
        let keys: Vec<String> = outputs.iter().map(|t| type_key(t)).collect();
        let mut gathered: HashMap<usize, Vec<usize>> = providers
            .iter()
            .enumerate()
            .filter(|(_, (_, f))| f.gathers().is_some())
            .map(|(i, _)| (i, Vec::new()))
            .collect();
        let gathering: HashMap<String, usize> =
            gathered.keys().map(|&i| (keys[i].clone(), i)).collect();
        for (c, _) in providers
            .iter()
            .enumerate()
            .filter(|(_, (_, f))| f.collects())
        {
            let step = gathering[&format!("All<{}>", keys[c])];
            gathered.get_mut(&step).expect("a gathering step").push(c);
        }
        let owner = providers
            .iter()
            .map(|(m, f)| f.private.then_some(*m))
            .chain(input.supplied.iter().map(|_| None))
            .collect();
        let lost = lost_contributions(&providers, &invocations, &keys);
        let mut model = Model {
            app,
            input,
            members,
            providers,
            invocations,
            outputs,
            keys,
            by_key: HashMap::new(),
            owner,
            gathered,
            lost,
        };
        for (i, k) in model.keys.iter().enumerate() {
            if !model.hidden(i) {
                model.by_key.entry(k.clone()).or_default().push(i);
            }
        }
        model
    }

    /// Whether source `i` stands in for another value rather than being a
    /// provider of its own: a decorator's value (it replaces the value it
    /// decorates), or an element of a collection (only its `All<T>` is).
    pub(crate) fn hidden(&self, i: usize) -> bool {
        self.providers
            .get(i)
            .is_some_and(|(_, f)| f.decorates() || f.collects())
    }

    /// The sources of `key` that a parameter of source `me` (or of an
    /// invocation, `None`) in `member` may take.
    pub(crate) fn candidates(&self, key: &str, me: Option<usize>, member: &str) -> Vec<usize> {
        let owner = &self.owner;
        let mut visible: Vec<usize> = self
            .by_key
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
    }

    /// The sources whose types share a name, by name (a private value with
    /// its own block's only), and each user type named like a built-in:
    /// each must be a distinct type, which rustc checks once they are
    /// built.
    pub(crate) fn namesakes(&self) -> Vec<Namesakes> {
        let scoped: Vec<String> = self
            .keys
            .iter()
            .zip(&self.owner)
            .enumerate()
            .map(|(i, (k, o))| match o {
                _ if self.hidden(i) => format!("{k} stands in for another value, {i}"),
                Some(m) => format!("{k} in {}", m.id),
                None => k.clone(),
            })
            .collect();
        let mut namesakes: Vec<Namesakes> = graph::shared(&scoped)
            .into_iter()
            .map(|g| (builtin(&self.keys[g[0]]), g))
            .collect();
        for (i, k) in self.keys.iter().enumerate() {
            let sources = self.by_key.get(k).map_or(&[][..], Vec::as_slice);
            if let (Some(b), [_]) = (builtin(k), sources) {
                namesakes.push((Some(b), vec![i]));
            }
        }
        namesakes
    }
}

/// Each member once, even when blocks include it twice, without the ones a
/// derived application replaced.
pub(crate) fn unique_members(input: &Assembly) -> Vec<&Member> {
    let mut seen = Vec::new();
    input
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
        .collect()
}

/// The contributions of a `Vec<T>` (provider index, with the taken
/// `All<T>` as written) whose `All<Vec<T>>` no member takes while one
/// takes `All<T>`.
pub(crate) fn lost_contributions(
    providers: &[(&Member, &FnDesc)],
    invocations: &[(&Member, &FnDesc)],
    keys: &[String],
) -> HashMap<usize, TokenStream> {
    // Most applications contribute no `Vec`: they key no parameter here.
    let contributes_a_vec = providers
        .iter()
        .zip(keys)
        .any(|((_, f), k)| f.collects() && k.starts_with("Vec<"));
    if !contributes_a_vec {
        return HashMap::new();
    }
    let taken: HashMap<String, &TokenStream> = providers
        .iter()
        .chain(invocations)
        .flat_map(|(_, f)| &f.params)
        .map(|p| (type_key(&p.ty), &p.ty))
        .collect();
    providers
        .iter()
        .enumerate()
        .filter(|(_, (_, f))| f.collects())
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
pub(crate) fn gathers(members: &[&Member], declared: &[TokenStream]) -> Vec<Member> {
    let mut out: Vec<(String, Member)> = Vec::new();
    let mut add = |element: &TokenStream, declared: bool| {
        let key = type_key(element);
        let step = match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, m)) => m,
            None => {
                let shown = display(element);
                let all = quote!(All<#element>);
                let f = FnDesc {
                    role: Role::Gather {
                        element: TokenStream::new(),
                    },
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
            f.role = Role::Gather {
                element: element.clone(),
            };
        } else {
            f.params.push(ParamDesc {
                by_ref: false,
                ty: element.clone(),
            });
        }
    };
    for m in members {
        for f in m.items.iter().filter(|f| f.collects()) {
            add(&f.output, false);
        }
    }
    for element in declared {
        add(element, true);
    }
    out.into_iter().map(|(_, m)| m).collect()
}
