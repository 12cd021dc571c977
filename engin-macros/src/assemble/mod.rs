//! `assemble!`: the end of the application macro's chain. It reads every
//! member's description, checks the graph (missing, duplicate and cyclic
//! dependencies, reported on the user's tokens) and emits straight-line
//! construction in dependency order.
//!
//! `expand` reads top-down, one stage per module: `model` (the members,
//! the sources of values and who may take each), `check` (the graph's
//! rules, each a named function), `resolve` (what each parameter takes, and
//! what is near when nothing is), `check::dependency_order`, then
//! `generate` (the start-up code). `names` says how errors name providers,
//! engin's own blocks among them.

mod check;
mod generate;
mod model;
mod names;
mod resolve;

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use crate::grammar::desc::Assembly;
use crate::Errors;

use generate::{generate, Sources};
use model::{gathers, unique_members, Model};

/// Providers whose types share a name (and the built-in of that name, if
/// any): each must be a type of its own.
pub(crate) type Namesakes = (Option<&'static str>, Vec<usize>);

/// `assemble!`'s expansion: parse, model, check, resolve, order, generate.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let input: Assembly = match syn::parse2(input) {
        Ok(i) => i,
        Err(e) => return e.to_compile_error(),
    };
    let app = input.app_name.value();
    let members = unique_members(&input);
    if members.iter().any(|m| m.poisoned) {
        // The member's own error is already reported: add nothing.
        return quote!({ ::core::unreachable!() });
    }
    // Collections: for each element type, a step of engin's own gathers
    // the `#[provide(collect)]` values, in member order, into an `All<T>`.
    let gathers = gathers(&members, &input.collections);
    let model = Model::new(&input, &app, members, &gathers);

    let mut errors = Errors::default();
    check::contributions_nobody_takes(&model, &mut errors);
    check::replacements_provide_what_they_replace(&model, &mut errors);
    let decorations = check::decorators(&model, &mut errors);
    let (deps, invoke_deps) = resolve::resolve_all(&model, &decorations, &mut errors);
    let order = check::dependency_order(&model, &deps, &mut errors);
    check::one_provider_per_type_in_a_block(&model, &mut errors);
    if let Err(e) = errors.finish() {
        // On the user's tokens as they wrote them: no hidden macro in the
        // notes.
        let e = crate::respan(&e.to_compile_error(), input.app.span());
        return quote!({ #e ::core::unreachable!() });
    }

    let namesakes = model.namesakes();
    let supplied: Vec<&Ident> = input.supplied.iter().map(|(n, _)| n).collect();
    generate(
        &input.cx,
        &model.providers,
        &deps,
        &model.invocations,
        &invoke_deps,
        &order,
        &Sources {
            names: &input.supplied_names,
            user: input.app.span(),
            outputs: model.outputs.clone(),
            supplied,
            namesakes: &namesakes,
            app: &app,
            providers: &model.providers,
        },
    )
}
