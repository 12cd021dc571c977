//! The checks of an application's graph in engin's words, each a function
//! over the model that reports on the user's tokens. (What only rustc can
//! decide, types sharing a name, is checked in the generated code: see
//! `generate::namesake_check`.)

use std::collections::HashMap;

use super::model::Model;
use super::resolve::Dep;
use crate::graph;
use crate::vocab::{builtin, display, type_key};
use crate::Errors;

/// A `Vec<T>` contributed to an `All<Vec<T>>` that nobody takes, while an
/// `All<T>` is taken: the elements would never reach it.
pub(crate) fn contributions_nobody_takes(model: &Model<'_>, errors: &mut Errors) {
    let app = model.app;
    let mut lost: Vec<_> = model.lost.iter().collect();
    lost.sort_by_key(|(c, _)| **c);
    for (&c, all) in lost {
        let f = model.providers[c].1;
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
}

/// A member replaced by a derived application: each public type it provided
/// itself must still be provided, by its replacement or another member.
/// What its includes provided went with it.
pub(crate) fn replacements_provide_what_they_replace(model: &Model<'_>, errors: &mut Errors) {
    let (app, input) = (model.app, model.input);
    let replaced = input
        .members
        .iter()
        .filter(|m| !model.members.iter().any(|k| k.id == m.id));
    for m in replaced {
        // Its includes (marked with nothing) went with it unchecked.
        let Some(by) = m.replaced_by.as_ref().filter(|b| !b.is_empty()) else {
            continue;
        };
        let provided = m
            .items
            .iter()
            .filter(|f| !f.invokes() && !f.private && !f.decorates() && !f.collects());
        for f in provided {
            let key = type_key(&f.output);
            if !model.by_key.contains_key(&key) {
                let shown = display(&f.output);
                let (old, new) = (crate::vocab::shown(&m.path), display(by));
                errors.push(syn::Error::new_spanned(
                    crate::respan(by, input.app.span()),
                    format!("`{new}` replaces `{old}` in engin `{app}`, but nothing provides `{shown}` any more, which `{old}` provided\nhelp: a replacement provides the same types as what it replaces: provide `{shown}` in `{new}`"),
                ));
            }
        }
    }
}

/// The decorators of each decorated value, in `order`: each takes the value
/// before it, and consumers take the last one's.
#[derive(Default)]
pub(crate) struct Decorations {
    /// Decorated source -> its last decorator.
    pub(crate) redirect: HashMap<usize, usize>,
    /// Decorator -> the value it takes (the source's, or the previous
    /// decorator's).
    pub(crate) moved_from: HashMap<usize, usize>,
}

/// Chains each decorated value's decorators; a decorator of something that
/// is not one member's value, or two decorators without a defined order,
/// is an error.
pub(crate) fn decorators(model: &Model<'_>, errors: &mut Errors) -> Decorations {
    let (app, providers) = (model.app, &model.providers);
    let mut chains: Vec<(usize, Vec<usize>)> = Vec::new();
    for (d, (m, f)) in providers
        .iter()
        .enumerate()
        .filter(|(_, (_, f))| f.decorates())
    {
        let p = &f.params[0];
        match model.resolve(p, Some(d), &m.id, errors) {
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
    let mut out = Decorations::default();
    for (source, list) in &mut chains {
        list.sort_by_key(|&d| providers[d].1.order());
        for pair in list.windows(2) {
            let (a, b) = (providers[pair[0]].1, providers[pair[1]].1);
            let problem = match (a.order(), b.order()) {
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
            out.moved_from.insert(d, previous);
            previous = d;
        }
        out.redirect.insert(*source, previous);
    }
    out
}

/// The providers in dependency order, or a cycle, reported with its path
/// on the parameter that closes it.
pub(crate) fn dependency_order(
    model: &Model<'_>,
    deps: &[Vec<Option<Dep>>],
    errors: &mut Errors,
) -> Vec<usize> {
    let providers = &model.providers;
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
    match graph::order(&edges) {
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
                    "dependency cycle in engin `{}`: {}\nhelp: a value cannot depend on itself, even indirectly; break the cycle, for example by building one of them from the other's parts",
                    model.app,
                    path.join(" -> ")
                ),
            ));
            Vec::new()
        }
    }
}

/// Two providers in one block whose types are written alike are one type
/// provided twice, certainly (they resolve in one scope): said here rather
/// than left to the check of types sharing a name. A decorator or a
/// collection's element stands in for another value: not a second
/// provider.
pub(crate) fn one_provider_per_type_in_a_block(model: &Model<'_>, errors: &mut Errors) {
    let providers = &model.providers;
    for (j, (m, f)) in providers
        .iter()
        .enumerate()
        .filter(|&(j, _)| !model.hidden(j))
    {
        let same = model
            .by_key
            .get(&model.keys[j])
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
                    "`{shown}` is provided twice in engin `{}`: by `{}` and by `{}`\nhelp: an application has one provider per type: remove one of them, or make the second a `#[decorate]` that takes the first's value",
                    model.app, providers[i].1.name, f.name
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use super::super::model::{gathers, unique_members, Model};
    use super::super::resolve::resolve_all;
    use super::*;
    use crate::grammar::desc::{emit_member, Assembly, FnDesc, ParamDesc, Role};

    /// A provider `name(params) -> output` (`collect` marks a contribution).
    fn provider(name: &str, output: TokenStream, params: &[TokenStream]) -> FnDesc {
        FnDesc {
            role: Role::Provide,
            name: name.to_owned(),
            call: TokenStream::new(),
            asyncness: false,
            result: false,
            output: output.clone(),
            ret: output,
            params: params
                .iter()
                .map(|ty| ParamDesc {
                    by_ref: true,
                    ty: ty.clone(),
                })
                .collect(),
            close: TokenStream::new(),
            start: TokenStream::new(),
            private: false,
        }
    }

    /// The application `App` of these members, each `(id, items)`.
    fn assembly(members: Vec<(&str, Vec<FnDesc>)>) -> Assembly {
        let members = members.into_iter().map(|(id, items)| {
            let path: TokenStream = id.parse().expect("a path");
            let items: TokenStream = items.iter().map(FnDesc::emit).collect();
            emit_member(id, path, false, items)
        });
        syn::parse2(quote! {
            done [ #(#members)* ] app [ App cx "App" supply [ ] collect [ ] ]
        })
        .expect("an assembly")
    }

    /// Every message the checks and the resolution report, in order.
    fn messages(input: &Assembly) -> Vec<String> {
        let members = unique_members(input);
        let gathered = gathers(&members, &input.collections);
        let model = Model::new(input, "App", members, &gathered);
        let mut errors = Errors::default();
        contributions_nobody_takes(&model, &mut errors);
        replacements_provide_what_they_replace(&model, &mut errors);
        let decorations = decorators(&model, &mut errors);
        let (deps, _) = resolve_all(&model, &decorations, &mut errors);
        dependency_order(&model, &deps, &mut errors);
        one_provider_per_type_in_a_block(&model, &mut errors);
        match errors.finish() {
            Ok(()) => Vec::new(),
            Err(e) => e.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn a_cycle_is_reported_with_its_path() {
        let input = assembly(vec![
            (
                "config",
                vec![provider("config", quote!(Config), &[quote!(Client)])],
            ),
            (
                "client",
                vec![provider("client", quote!(Client), &[quote!(Config)])],
            ),
        ]);
        let found = messages(&input);
        assert_eq!(found.len(), 1, "{found:?}");
        let path = found[0]
            .strip_prefix("dependency cycle in engin `App`: ")
            .and_then(|rest| rest.split('\n').next());
        assert!(
            matches!(
                path,
                Some("config -> client -> config" | "client -> config -> client")
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_provider_that_takes_what_it_builds_is_a_cycle_of_one() {
        let input = assembly(vec![(
            "config",
            vec![provider("config", quote!(Config), &[quote!(Config)])],
        )]);
        let found = messages(&input);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("dependency cycle in engin `App`: config -> config"),
            "{found:?}"
        );
    }

    #[test]
    fn one_type_twice_in_a_block_names_both_providers() {
        let input = assembly(vec![(
            "SettingsBlock",
            vec![
                provider("SettingsBlock::config", quote!(Config), &[]),
                provider("SettingsBlock::from_env", quote!(Config), &[]),
            ],
        )]);
        let found = messages(&input);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("`Config` is provided twice in engin `App`: by `SettingsBlock::config` and by `SettingsBlock::from_env`"),
            "{found:?}"
        );
    }

    #[test]
    fn two_providers_of_one_name_in_two_members_are_left_to_rustc() {
        // They may be two types (`a::Config`, `b::Config`): rustc decides,
        // in the generated code.
        let input = assembly(vec![
            ("a", vec![provider("a", quote!(Config), &[])]),
            ("b", vec![provider("b", quote!(Config), &[])]),
        ]);
        assert_eq!(messages(&input), Vec::<String>::new());
    }

    #[test]
    fn a_vec_contributed_where_its_elements_are_taken_is_reported_once() {
        let mut routes = provider("routes", quote!(Vec<Route>), &[]);
        routes.role = Role::Collect;
        let input = assembly(vec![
            ("routes", vec![routes]),
            (
                "serve",
                vec![provider("serve", quote!(Server), &[quote!(All<Route>)])],
            ),
        ]);
        let found = messages(&input);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("`routes` contributes a `Vec<Route>` to `All<Vec<Route>>`, which no member of engin `App` takes, while `All<Route>` is taken"),
            "{found:?}"
        );
    }

    #[test]
    fn a_missing_dependency_says_what_is_near() {
        let input = assembly(vec![
            ("config", vec![provider("config", quote!(Arc<Config>), &[])]),
            (
                "client",
                vec![provider("client", quote!(Client), &[quote!(Config)])],
            ),
        ]);
        let found = messages(&input);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with(
                "no provider for `Config` in engin `App`\nhelp: `Arc<Config>` is provided"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn two_decorators_without_an_order_are_reported() {
        let mut first = provider("log", quote!(Client), &[quote!(Client)]);
        first.role = Role::Decorate { order: None };
        let mut second = provider("retry", quote!(Client), &[quote!(Client)]);
        second.role = Role::Decorate { order: None };
        let input = assembly(vec![
            ("client", vec![provider("client", quote!(Client), &[])]),
            ("log", vec![first]),
            ("retry", vec![second]),
        ]);
        let found = messages(&input);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("`Client` has two decorators in engin `App`, `log` and `retry`"),
            "{found:?}"
        );
    }
}
