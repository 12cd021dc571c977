//! `#[app(...)]`: the application type and the start of the chain that
//! collects every member's description.

use proc_macro2::{Delimiter, Group, Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Ident, ItemStruct, LitStr, Path};

use crate::attr;
use crate::grammar::chain::{first_call, End, Next, TrailBlock, REPLACED};
use crate::Errors;

pub(crate) fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let item = match unit_struct(input, &mut errors) {
        Ok(item) => item,
        Err(out) => return out,
    };
    const KEYS: &[&str] = &[
        "name",
        "supply",
        "collect",
        "expose",
        "extends",
        "replace",
        "__engin_replaced",
    ];
    let args = attr::parse("app", args, KEYS, true).unwrap_or_else(|e| {
        errors.push(e);
        attr::Args::default()
    });
    if let Some(base) = &args.extends {
        if errors.is_empty() {
            return derive_from(base, &args, &item);
        }
    } else if let Some((old, _)) = args.replace.first() {
        errors.push(syn::Error::new_spanned(
            old,
            "`replace` changes the members of another application: add `extends = BaseApp`",
        ));
    }
    // `expose(T, ..)`: an invocation of engin's, last, that hands clones of
    // the values to the caller through a supplied slot (see `exposed`).
    let exposed = exposed(&item.ident, &args.expose);
    let members = listed_members(&args, exposed.as_ref(), &item, &mut errors);

    let ident = &item.ident;
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| LitStr::new(&ident.to_string(), ident.span()));
    let cx = Ident::new("__engin_cx", proc_macro2::Span::call_site());
    // Supplied values: the caller's names on the generated methods, and
    // names of engin's own inside the graph, so they never shadow a member.
    let supplied: Vec<(&Ident, &syn::Type, Ident)> = args
        .supply
        .iter()
        .map(|(n, t)| (n, t))
        .chain(exposed.as_ref().map(|e| (&e.name, &e.slot)))
        .enumerate()
        .map(|(k, (n, t))| (n, t, format_ident!("__engin_supplied{}", k)))
        .collect();
    let (chains, body) = if errors.is_empty() {
        let supply: Vec<(Ident, &Ident, TokenStream)> = supplied
            .iter()
            .map(|(n, t, i)| (i.clone(), *n, quote!(#t)))
            .collect();
        let collections: Vec<TokenStream> = args.collections.iter().map(|t| quote!(#t)).collect();
        let app_desc = crate::grammar::desc::emit_app(ident, &cx, &name, &supply, &collections);
        member_chains(ident, &args, &members, &app_desc)
    } else {
        (TokenStream::new(), quote!(::core::unreachable!()))
    };
    let signature = Signature {
        item: &item,
        name: &name,
        names: args.supply.iter().map(|(n, _)| n).collect(),
        types: args.supply.iter().map(|(_, t)| t).collect(),
        // What the generated methods pass on: the caller's values, then
        // an empty slot (`start_exposed` passes its own).
        slot_arg: exposed
            .as_ref()
            .map(|_| quote!(::core::default::Default::default(),)),
    };
    let all_types: Vec<&syn::Type> = supplied.iter().map(|(_, t, _)| *t).collect();
    let methods = methods(&signature, &cx, &all_types, &body, exposed.as_ref());
    let errors = errors.into_compile_errors();
    let base = base_macro(&item, &args.paths);
    let expose_item = exposed.as_ref().map(|e| &e.item);
    quote! {
        #item
        #expose_item
        #errors
        #chains
        #base
        #methods
    }
}

/// The item, which must be a unit struct without generics; anything else
/// is an error returned as the whole output.
fn unit_struct(input: TokenStream, errors: &mut Errors) -> Result<ItemStruct, TokenStream> {
    let item: ItemStruct = match syn::parse2(input.clone()) {
        Ok(item) => item,
        Err(_) => {
            let item: syn::Item = match syn::parse2(input.clone()) {
                Ok(i) => i,
                Err(e) => return Err(e.to_compile_error()),
            };
            errors.push(syn::Error::new_spanned(
                item,
                "`#[app]` goes on a unit struct: `#[engin::app(members...)] struct App;`",
            ));
            return Err(std::mem::take(errors).finish_with(input));
        }
    };
    if !matches!(item.fields, syn::Fields::Unit) || !item.generics.params.is_empty() {
        errors.push(syn::Error::new_spanned(
            if item.generics.params.is_empty() { quote!(#item) } else { let g = &item.generics; quote!(#g) },
            "`#[app]` goes on a unit struct without generics: `#[engin::app(members...)] struct App;`",
        ));
    }
    Ok(item)
}

/// The members as listed (each once, without generic arguments), then
/// `expose(..)`'s invocation; at least one.
fn listed_members<'a>(
    args: &'a attr::Args,
    exposed: Option<&'a Exposed>,
    item: &ItemStruct,
    errors: &mut Errors,
) -> Vec<&'a Path> {
    let mut members: Vec<&Path> = Vec::new();
    for p in &args.paths {
        if let Some(seg) = p.segments.iter().find(|s| !s.arguments.is_empty()) {
            errors.push(syn::Error::new_spanned(
                &seg.arguments,
                "member paths cannot have generic arguments",
            ));
            continue;
        }
        let key = quote!(#p).to_string();
        if members.iter().any(|m| quote!(#m).to_string() == key) {
            errors.push(syn::Error::new_spanned(
                p,
                format!(
                    "`{}` is listed twice in this `#[app]`",
                    crate::vocab::display(&quote!(#p))
                ),
            ));
            continue;
        }
        members.push(p);
    }
    if let Some(e) = exposed {
        members.push(&e.member);
    }
    if members.is_empty() && args.replaced.is_empty() && errors.is_empty() {
        errors.push(syn::Error::new_spanned(
            &item.ident,
            "`#[app]` needs at least one member: `#[engin::app(config, ValkeyBlock, publisher)]`",
        ));
    }
    members
}

/// The chains that collect the members' descriptions (at item level), and
/// the graph function's body that ends them in `assemble!`.
///
/// Members go in groups of about √N, each collected by a chain of its own
/// (see `chain`), so macro calls nest about 2√N deep, not N. Each member is
/// `{ [prefix] [name] [macro] }`: the macro is found next to the member,
/// under the name its attribute gave it.
fn member_chains(
    ident: &Ident,
    args: &attr::Args,
    members: &[&Path],
    app_desc: &TokenStream,
) -> (TokenStream, TokenStream) {
    let per_group = (members.len() as f64).sqrt().ceil().max(8.0) as usize;
    let mut groups: Vec<&[&Path]> = members.chunks(per_group).collect();
    // The members a derived application replaced, in groups of their own
    // at the end, each on a trail that marks it (and its includes) as
    // replaced: `assemble` only checks that what they provided still is.
    let replaced: Vec<&Path> = args.replaced.iter().map(|(old, _)| old).collect();
    let replaced_groups = replaced.len().div_ceil(per_group);
    groups.extend(replaced.chunks(per_group));
    let group_names: Vec<Ident> = (0..groups.len())
        .map(|k| format_ident!("__engin_group_{}_{}", ident, k))
        .collect();
    let first_replaced = groups.len() - replaced_groups;
    // One group: its chain runs in the graph function and ends in
    // `assemble!` (see `chain`), so no group macro can go missing.
    let single = groups.len() == 1;
    let chains = groups
        .iter()
        .zip(&group_names)
        .enumerate()
        .map(|(k, (group, name))| {
            let end = End {
                name: name.clone(),
                app: single.then(|| Group::new(Delimiter::Brace, app_desc.clone())),
            };
            let entries: Vec<Next> = group
                .iter()
                .map(|p| {
                    let (prefix, name, mac) = crate::vocab::split_path(p, false);
                    let replaced_by = args
                        .replaced
                        .iter()
                        .find(|(old, _)| k >= first_replaced && std::ptr::eq(old, *p));
                    let trail = replaced_by.map(|(_, new)| TrailBlock {
                        id: LitStr::new(REPLACED, Span::call_site()),
                        path: quote!(#new),
                    });
                    Next {
                        prefix,
                        name,
                        mac,
                        trail: trail.into_iter().collect(),
                    }
                })
                .collect();
            first_call(&entries, &end)
        });
    if single {
        (TokenStream::new(), quote!(#(#chains)*))
    } else {
        let (first, rest) = group_names.split_first().expect("at least one group");
        (
            quote!(#(#chains)*),
            quote! {
                #first ! { done [ ] rest [ #(#rest)* ] #app_desc }
            },
        )
    }
}

/// What every generated method of the application shares.
struct Signature<'a> {
    item: &'a ItemStruct,
    name: &'a LitStr,
    /// The caller's supplied values, by name and type.
    names: Vec<&'a Ident>,
    types: Vec<&'a syn::Type>,
    slot_arg: Option<TokenStream>,
}

/// The application's methods: the graph function (whose body is `body`),
/// `graph`, `run`, `run_until`, `start`, each with a `_with` form, and
/// `start_exposed` when it exposes values.
fn methods(
    sig: &Signature<'_>,
    cx: &Ident,
    all_types: &[&syn::Type],
    body: &TokenStream,
    exposed: Option<&Exposed>,
) -> TokenStream {
    let Signature {
        item,
        name,
        names,
        types,
        slot_arg,
    } = sig;
    let (ident, vis) = (&item.ident, &item.vis);
    let graph = format_ident!("__engin_graph");
    // The graph function takes the supplied values as one `Option`: `None`
    // asks it to describe the application instead (`App::graph()`).
    let supply = Ident::new("__engin_supply", proc_macro2::Span::call_site());
    // Hygienic, so supplied values may be named `options` or `until`.
    let options = Ident::new("options", proc_macro2::Span::mixed_site());
    let until = Ident::new("until", proc_macro2::Span::mixed_site());
    let expose_methods = exposed.map(|e| expose_methods(sig, e));
    quote! {
        #[allow(clippy::redundant_closure_call, clippy::let_unit_value, clippy::unit_arg)]
        impl #ident {
            #[doc(hidden)]
            async fn #graph(#cx: ::engin::__private::Context, #supply: ::core::option::Option<(#(#all_types,)*)>) -> ::core::result::Result<(), ::engin::Error> {
                #body
            }

            /// The application's graph, worked out at compile time: its
            /// providers, invocations and supplied values, and which takes
            /// whose value; print it with [`Graph::to_dot`](::engin::Graph::to_dot)
            /// or [`Graph::to_mermaid`](::engin::Graph::to_mermaid). Builds
            /// nothing.
            #vis fn graph() -> ::engin::Graph {
                ::engin::__private::describe(#name, |cx| Self::#graph(cx, ::core::option::Option::None))
            }

            /// Builds every value, runs the invocations, starts every hook
            /// and supervised task, waits for SIGINT, SIGTERM or a shutdown
            /// request, then stops everything in reverse order.
            #vis async fn run(#(#names: #types),*) -> ::engin::Exit {
                ::engin::__private::run(#name, ::engin::Options::default(), move |cx| Self::#graph(cx, ::core::option::Option::Some((#(#names,)* #slot_arg)))).await
            }

            /// [`run`](Self::run) with explicit [`Options`](::engin::Options).
            #vis async fn run_with(#options: ::engin::Options, #(#names: #types),*) -> ::engin::Exit {
                ::engin::__private::run(#name, #options, move |cx| Self::#graph(cx, ::core::option::Option::Some((#(#names,)* #slot_arg)))).await
            }

            /// [`run`](Self::run), also ending when `until` completes, as if
            /// shutdown had been requested then: for embedding the
            /// application in a larger program, or a test that decides when
            /// it ends.
            #vis async fn run_until(#until: impl ::core::future::Future<Output = ()>, #(#names: #types),*) -> ::engin::Exit {
                ::engin::__private::run_until(#name, ::engin::Options::default(), #until, move |cx| Self::#graph(cx, ::core::option::Option::Some((#(#names,)* #slot_arg)))).await
            }

            /// [`run_until`](Self::run_until) with explicit [`Options`](::engin::Options).
            #vis async fn run_until_with(#options: ::engin::Options, #until: impl ::core::future::Future<Output = ()>, #(#names: #types),*) -> ::engin::Exit {
                ::engin::__private::run_until(#name, #options, #until, move |cx| Self::#graph(cx, ::core::option::Option::Some((#(#names,)* #slot_arg)))).await
            }

            /// Builds and starts the application in a background task and
            /// returns once every hook has started; stop it with
            /// [`Running::stop`](::engin::Running::stop). Signals are
            /// handled only with `Options::handle_signals(true)`.
            #vis async fn start(#(#names: #types),*) -> ::core::result::Result<::engin::Running, ::engin::Exit> {
                ::engin::__private::start(#name, ::engin::Options::default(), move |cx| Self::#graph(cx, ::core::option::Option::Some((#(#names,)* #slot_arg)))).await
            }

            /// [`start`](Self::start) with explicit [`Options`](::engin::Options).
            #vis async fn start_with(#options: ::engin::Options, #(#names: #types),*) -> ::core::result::Result<::engin::Running, ::engin::Exit> {
                ::engin::__private::start(#name, #options, move |cx| Self::#graph(cx, ::core::option::Option::Some((#(#names,)* #slot_arg)))).await
            }

            #expose_methods
        }
    }
}

/// `start_exposed` and `start_exposed_with`: `start`, also returning the
/// values listed in `expose(..)`.
fn expose_methods(sig: &Signature<'_>, exposed: &Exposed) -> TokenStream {
    let Signature {
        item,
        name,
        names,
        types,
        ..
    } = sig;
    let vis = &item.vis;
    let graph = format_ident!("__engin_graph");
    let options = Ident::new("options", proc_macro2::Span::mixed_site());
    let tys = &exposed.types;
    quote! {
        /// [`start`](Self::start), also returning the values listed in
        /// `expose(..)`: the application's own, cloned once every hook
        /// has started.
        #vis async fn start_exposed(#(#names: #types),*) -> ::core::result::Result<(::engin::Running, (#(#tys,)*)), ::engin::Exit> {
            Self::start_exposed_with(::engin::Options::default(), #(#names),*).await
        }

        /// [`start_exposed`](Self::start_exposed) with explicit [`Options`](::engin::Options).
        #vis async fn start_exposed_with(#options: ::engin::Options, #(#names: #types),*) -> ::core::result::Result<(::engin::Running, (#(#tys,)*)), ::engin::Exit> {
            let slot = ::engin::__private::Exposed::default();
            let filled = ::core::clone::Clone::clone(&slot);
            let running = ::engin::__private::start(#name, #options, move |cx| Self::#graph(cx, ::core::option::Option::Some((#(#names,)* filled,)))).await?;
            match slot.take() {
                ::core::option::Option::Some(values) => ::core::result::Result::Ok((running, values)),
                // It ended before it started (a shutdown requested with code 0).
                ::core::option::Option::None => ::core::result::Result::Err(running.wait().await),
            }
        }
    }
}

/// The invocation behind `expose(T, ..)`: engin's own member, listed last,
/// and the slot it fills, supplied under the name `exposed`.
struct Exposed {
    item: TokenStream,
    member: Path,
    name: Ident,
    slot: syn::Type,
    types: Vec<syn::Type>,
}

fn exposed(app: &Ident, types: &[syn::Type]) -> Option<Exposed> {
    if types.is_empty() {
        return None;
    }
    let fn_name = format_ident!("__engin_expose_{}", app);
    let values: Vec<Ident> = (0..types.len())
        .map(|k| format_ident!("value{}", k))
        .collect();
    // Each parameter and each clone carries the user's type: a type the
    // application does not provide, or that is not `Clone`, is reported on
    // the `expose(..)` list.
    let clones = values.iter().zip(types).map(|(v, t)| {
        let span = syn::spanned::Spanned::span(t);
        quote::quote_spanned!(span=> ::core::clone::Clone::clone(#v))
    });
    let item = quote! {
        #[doc(hidden)]
        #[allow(non_snake_case)]
        #[::engin::invoke(name = "expose")]
        fn #fn_name(#(#values: &#types,)* exposed: &::engin::__private::Exposed<(#(#types,)*)>) {
            exposed.fill((#(#clones,)*));
        }
    };
    Some(Exposed {
        item,
        member: syn::parse_quote!(#fn_name),
        name: Ident::new("exposed", proc_macro2::Span::call_site()),
        slot: syn::parse_quote!(::engin::__private::Exposed<(#(#types,)*)>),
        types: types.to_vec(),
    })
}

/// The application's own hidden macro, named like it (in the macro
/// namespace), through which `#[app(extends = App, ..)]` reads its members.
fn base_macro(item: &ItemStruct, members: &[Path]) -> TokenStream {
    let ident = &item.ident;
    let exported = format_ident!("__engin_app_{}_{}", ident, crate::member::unique(ident));
    let alias = crate::description_name(ident);
    let rules = crate::grammar::extends::base_rules(ident, members);
    crate::export_macro(&item.vis, &exported, &alias, rules)
}

/// `#[app(extends = base::App, replace(Old => New, ..), more, members)]`:
/// hands the derivation to the base application's macro, which knows its
/// members and calls `derive_app!` with them.
fn derive_from(base: &Path, args: &attr::Args, item: &ItemStruct) -> TokenStream {
    let (prefix, _, mac) = crate::vocab::split_path(base, false);
    let mut rest = Vec::new();
    if let Some(name) = &args.name {
        rest.push(quote!(name = #name));
    }
    if !args.supply.is_empty() {
        let supply = args.supply.iter().map(|(n, t)| quote!(#n: #t));
        rest.push(quote!(supply(#(#supply),*)));
    }
    if !args.collections.is_empty() {
        let collect = &args.collections;
        rest.push(quote!(collect(#(#collect),*)));
    }
    if !args.expose.is_empty() {
        let expose = &args.expose;
        rest.push(quote!(expose(#(#expose),*)));
    }
    let item = quote!(#item);
    crate::grammar::extends::derived_call(&prefix, &mac, &args.replace, &args.paths, &rest, &item)
}
