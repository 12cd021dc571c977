//! What a parameter takes, and what is near when nothing is provided.

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::check::Decorations;
use super::model::Model;
use super::names::{engin_block_of, engin_provider, lists};
use crate::grammar::desc::ParamDesc;
use crate::vocab::{builtin, display, type_key};
use crate::Errors;

/// What a parameter takes.
pub(crate) enum Dep {
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
    pub(crate) fn redirected(self, redirect: &HashMap<usize, usize>) -> Dep {
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
    pub(crate) fn providers(&self, providers: usize) -> Vec<usize> {
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
pub(crate) const WRAPPERS: &[&str] = &["Arc", "Rc", "Box", "Option"];

/// `inner` of a key `Wrapper<inner>`, with the wrapper's name.
pub(crate) fn unwrap_key(key: &str) -> Option<(&str, &str)> {
    WRAPPERS.iter().find_map(|w| {
        let inner = key.strip_prefix(w)?.strip_prefix('<')?.strip_suffix('>')?;
        Some((*w, inner))
    })
}

/// What is provided that looks like the missing `key`, and what to write.
pub(crate) fn near_miss(key: &str, keys: &[String], outputs: &[&TokenStream]) -> Option<String> {
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
pub(crate) fn result_alias(key: &str, keys: &[String]) -> Option<usize> {
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
pub(crate) fn optional(ty: &TokenStream) -> Option<(bool, TokenStream)> {
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

impl Model<'_> {
    /// What parameter `p` of source `me` (an invocation's: `None`) in
    /// `member` takes; `None` after reporting why nothing can be.
    pub(crate) fn resolve(
        &self,
        p: &ParamDesc,
        me: Option<usize>,
        member: &str,
        errors: &mut Errors,
    ) -> Option<Dep> {
        let key = type_key(&p.ty);
        let builtin = builtin(&key);
        let values = self.candidates(&key, me, member);
        // `Option<&T>` / `Option<T>`, unless an `Option` itself is provided.
        if let (false, None, []) = (p.by_ref, builtin, values.as_slice()) {
            if let Some((by_ref, ty)) = optional(&p.ty) {
                return self.optional(p, by_ref, ty, me, member, errors);
            }
        }
        match (builtin, values.as_slice()) {
            (Some(b), []) => Some(Dep::Builtin(b)),
            (None, [i]) => Some(Dep::Value(*i)),
            (None, []) => self.missing(p, &key, me, errors),
            _ => Some(Dep::Pick { builtin, values }),
        }
    }

    /// A parameter `Option<&T>` (`by_ref`) or `Option<T>`: `Some` of what
    /// takes `T`, or `None` when nothing provides `T`.
    fn optional(
        &self,
        p: &ParamDesc,
        by_ref: bool,
        ty: TokenStream,
        me: Option<usize>,
        member: &str,
        errors: &mut Errors,
    ) -> Option<Dep> {
        let key = type_key(&ty);
        let builtin = builtin(&key);
        let values = self.candidates(&key, me, member);
        let dep = match (builtin, values.as_slice()) {
            // An `Option<T>` provided, taken as `Option<&T>`: not absent,
            // but not what this would take.
            (None, []) if self.by_key.contains_key(&format!("Option<{key}>")) => {
                let shown = display(&ty);
                errors.push(syn::Error::new_spanned(
                    &p.ty,
                    format!("`Option<{shown}>` is provided in engin `{}`, not `{shown}`: take `&Option<{shown}>` or `Option<{shown}>`, which is always present\nhelp: `Option<&{shown}>` is a dependency on `{shown}` that is `None` when no member provides `{shown}`", self.app),
                ));
                return None;
            }
            (None, []) => return Some(Dep::None),
            (Some(b), []) => Dep::Builtin(b),
            (None, [i]) => Dep::Value(*i),
            _ => Dep::Pick { builtin, values },
        };
        Some(Dep::Some {
            by_ref,
            ty,
            dep: Box::new(dep),
        })
    }

    /// Nothing provides `key`, which parameter `p` takes: a cycle of one,
    /// a `Result` under another name, a private value, or a missing
    /// provider, said with what is near.
    fn missing(
        &self,
        p: &ParamDesc,
        key: &str,
        me: Option<usize>,
        errors: &mut Errors,
    ) -> Option<Dep> {
        let (app, providers) = (self.app, &self.providers);
        let shown = display(&p.ty);
        // A provider that takes what it builds: a cycle of one, not a
        // missing provider (it is left out of its own candidates).
        if let Some(me) = me.filter(|&i| {
            !providers[i].1.decorates() && self.by_key.get(key).is_some_and(|v| v.contains(&i))
        }) {
            let name = &providers[me].1.name;
            errors.push(syn::Error::new_spanned(
                &p.ty,
                format!("dependency cycle in engin `{app}`: {name} -> {name}\nhelp: a value cannot depend on itself, even indirectly; break the cycle, for example by building one of them from the other's parts"),
            ));
            return None;
        }
        if let Some(i) = result_alias(key, &self.keys) {
            return Some(Dep::Ok(i));
        }
        let private = self
            .by_key
            .get(key)
            .and_then(|v| v.iter().find_map(|&i| self.owner[i]));
        if let Some(block) = private {
            let block = crate::vocab::shown(&block.path);
            errors.push(syn::Error::new_spanned(
                &p.ty,
                format!("`{shown}` is private to `{block}` in engin `{app}`: only the members of `{block}` can take it\nhelp: provide a `{shown}` of the application's own, or ask the block's author to make it public (remove `private`)"),
            ));
            return None;
        }
        if self.lost.values().any(|all| type_key(all) == key) {
            // Reported on the contribution (`check::contributions_nobody_takes`).
            return None;
        }
        let needed_by = me.and_then(|i| engin_provider(providers[i].0, providers[i].1));
        let help = self.missing_help(key, &shown, needed_by.is_some());
        // A parameter of one of engin's own blocks: said on the block as
        // the application lists it, not in engin's source.
        let listed = needed_by.and_then(|e| self.members.iter().find(|m| lists(m, e)));
        match listed {
            Some(m) => errors.push(syn::Error::new_spanned(
                &m.path,
                format!("no provider for `{shown}` in engin `{app}`, which engin's `{}` needs\nhelp: {help}", crate::vocab::shown(&m.path)),
            )),
            None => errors.push(syn::Error::new_spanned(
                &p.ty,
                format!("no provider for `{shown}` in engin `{app}`\nhelp: {help}"),
            )),
        }
        None
    }

    /// What to do about a missing `key` (shown as `shown`), the nearest
    /// first; `for_engin` when one of engin's own providers takes it.
    fn missing_help(&self, key: &str, shown: &str, for_engin: bool) -> String {
        let app = self.app;
        let unmarked = self
            .members
            .iter()
            .flat_map(|m| &m.unmarked)
            .find(|(_, output)| type_key(output) == key)
            .map(|(name, _)| {
                format!(
                "`{name}` returns `{shown}` but is not marked `#[provide]`: add `#[provide]` to it"
            )
            });
        let collection = key.strip_prefix("All<").and_then(|k| k.strip_suffix('>')).map(|element| format!(
            "nothing in `{app}` contributes a `{element}`: mark a provider of `{element}` with `#[provide(collect)]`, or declare that the collection may be empty, `#[app(.., collect({element}))]`"
        ));
        // engin's HTTP server takes the application's routes.
        let routes = (key == "Router" && for_engin)
            .then(|| "add a `#[provide]` function that returns the application's routes, an `axum::Router` (with its state given by `.with_state(..)`, if it has one)".to_owned());
        let from_engin = engin_block_of(key).map(|e| {
            let module = e.block.rsplit_once("::").map_or("engin", |(m, _)| m);
            format!(
                "engin's `{module}::{}` provides `{}` (feature `{}`): add it to the members of `{app}`, or provide a `{shown}` of your own",
                e.listed_as[0], e.ty, e.feature
            )
        });
        unmarked
            .or(collection)
            .or_else(|| near_miss(key, &self.keys, &self.outputs))
            .or(routes)
            .or(from_engin)
            .unwrap_or_else(|| format!(
                "add a `#[provide]` function or struct that builds `{shown}` (or a block that has one) to the members of `{app}`"
            ))
    }
}

/// What each parameter of one provider or invocation takes (`None` where
/// an error was reported).
pub(crate) type StepDeps = Vec<Option<Dep>>;

/// Every provider's and invocation's parameters resolved, with decorated
/// values redirected to their last decorator, a decorator taking the value
/// before it and a gathering step its elements.
pub(crate) fn resolve_all(
    model: &Model<'_>,
    decorations: &Decorations,
    errors: &mut Errors,
) -> (Vec<StepDeps>, Vec<StepDeps>) {
    let redirect = &decorations.redirect;
    let deps = model
        .providers
        .iter()
        .enumerate()
        .map(|(i, (m, f))| {
            f.params
                .iter()
                .enumerate()
                .map(|(k, p)| {
                    // Resolved with the chains, which reported any error.
                    if k == 0 && f.decorates() {
                        return decorations.moved_from.get(&i).map(|&from| Dep::Move(from));
                    }
                    if let Some(elements) = model.gathered.get(&i) {
                        return Some(Dep::Move(elements[k]));
                    }
                    model
                        .resolve(p, Some(i), &m.id, errors)
                        .map(|d| d.redirected(redirect))
                })
                .collect()
        })
        .collect();
    let invoke_deps = model
        .invocations
        .iter()
        .map(|(m, f)| {
            f.params
                .iter()
                .map(|p| {
                    model
                        .resolve(p, None, &m.id, errors)
                        .map(|d| d.redirected(redirect))
                })
                .collect()
        })
        .collect();
    (deps, invoke_deps)
}

#[cfg(test)]
mod tests {
    use super::{near_miss, result_alias};
    use crate::vocab::type_key;
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
}
