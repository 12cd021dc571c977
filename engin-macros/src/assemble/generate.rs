//! The start-up code: each step's call, the values' places, the checks of
//! types sharing a name, and the application's description.

use std::collections::HashMap;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

use super::names::source_name;
use super::resolve::Dep;
use super::Namesakes;
use crate::grammar::desc::{FnDesc, MemberDesc as Member};
use crate::over_whole;
use crate::vocab::{display, span_of};

/// A provider (with its index) or an invocation, its member, its
/// description and its resolved dependencies.
pub(crate) type Step<'a> = (Option<usize>, &'a Member, &'a FnDesc, &'a [Option<Dep>]);

/// Where a built value lives: in the tuple of a synchronous segment, or in
/// its own local (an async provider's value).
#[derive(Clone, Copy)]
pub(crate) enum Place {
    Segment { segment: usize, field: usize },
    Local,
}

/// What the values come from: every source's type, and the supplied
/// values' names (sources from `outputs.len() - supplied.len()` on).
pub(crate) struct Sources<'a> {
    /// The supplied values' names, as the caller passes them.
    pub(crate) names: &'a [String],
    /// The span of the user's `struct App`: member paths resolve with it.
    pub(crate) user: Span,
    pub(crate) outputs: Vec<&'a TokenStream>,
    pub(crate) supplied: Vec<&'a Ident>,
    /// The sources whose types share a name, by name.
    pub(crate) namesakes: &'a [Namesakes],
    /// The application's name, for messages.
    pub(crate) app: &'a str,
    /// The providers, for naming them in messages (see `names`).
    pub(crate) providers: &'a [(&'a Member, &'a FnDesc)],
}

/// The straight-line start-up code.
///
/// Consecutive synchronous steps are grouped into one synchronous closure
/// that returns their values as a tuple (last built first, so the tuple
/// drops them in reverse order). An `async fn` whose locals number in the
/// thousands makes rustc's type and borrow checking of the generator
/// superlinear; a synchronous body does not. Async steps are awaited in
/// between, each value its own local.
pub(crate) fn generate(
    cx: &Ident,
    providers: &[(&Member, &FnDesc)],
    deps: &[Vec<Option<Dep>>],
    invocations: &[(&Member, &FnDesc)],
    invoke_deps: &[Vec<Option<Dep>>],
    order: &[usize],
    sources: &Sources<'_>,
) -> TokenStream {
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
    let names = steps.iter().map(step_name);
    // Provider `i` is step `position[i] - 1`; supplied values are 0.
    let mut position = vec![0; sources.outputs.len()];
    for (k, &i) in order.iter().enumerate() {
        position[i] = k + 1;
    }
    let (ends, edges) = step_edges(&steps, &position, providers.len());
    let checks = NamesakeChecks::new(sources.namesakes, &position, providers.len());

    let mut places = Places {
        cx,
        user: sources.user,
        owned: providers.iter().map(|(_, f)| owns(f)).collect(),
        place: vec![Place::Local; providers.len()],
        segment_of: vec![usize::MAX; providers.len()],
        current: usize::MAX,
        supplied: &sources.supplied,
    };
    let mut out: Vec<TokenStream> = checks
        .first
        .iter()
        .map(|(b, m)| namesake_check(&places, sources, *b, m))
        .collect();
    let mut index = 0;
    let mut segment = 0;
    while index < steps.len() {
        if steps[index].2.asyncness {
            places.current = usize::MAX;
            out.extend(step_statements(
                &places,
                sources,
                &checks,
                index,
                steps[index],
            ));
            index += 1;
            continue;
        }
        let start = index;
        while index < steps.len() && !steps[index].2.asyncness {
            index += 1;
        }
        out.push(emit_segment(
            &mut places,
            sources,
            &checks,
            &steps,
            start..index,
            segment,
        ));
        segment += 1;
    }
    // The build is over: the values with a start or close method go to
    // their hooks, which act on them rather than on a clone.
    places.current = usize::MAX;
    out.extend((0..providers.len()).filter(|&i| places.owned[i]).map(|i| {
        let held = places.held(i);
        quote!(::core::mem::drop(#held);)
    }));
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

/// A step's phase and name, for the runtime's step list.
fn step_name((provider, _, f, _): &Step<'_>) -> TokenStream {
    let phase = if provider.is_some() {
        quote!(::engin::Phase::Provide)
    } else {
        quote!(::engin::Phase::Invoke)
    };
    let name = &f.name;
    quote!((#phase, #name))
}

/// The steps each step depends on (earlier ones), for the runtime to start
/// hooks concurrently: `edges[ends[k - 1]..ends[k]]` for step `k`.
fn step_edges(steps: &[Step<'_>], position: &[usize], providers: usize) -> (Vec<u32>, Vec<u32>) {
    let (mut ends, mut edges) = (Vec::with_capacity(steps.len()), Vec::new());
    for (_, _, _, d) in steps {
        let mut on: Vec<u32> = d
            .iter()
            .flatten()
            .flat_map(|d| d.providers(providers))
            .map(|i| (position[i] - 1) as u32)
            .collect();
        on.sort_unstable();
        on.dedup();
        edges.extend(on);
        ends.push(edges.len() as u32);
    }
    (ends, edges)
}

/// When each set of namesakes is checked: once its last
/// member is built, its members in build order (supplied values first).
struct NamesakeChecks {
    /// Namesakes that are all supplied values: checked before any step.
    first: Vec<Namesakes>,
    /// The namesakes checked right after provider `i` is built.
    after: HashMap<usize, Vec<Namesakes>>,
}

impl NamesakeChecks {
    fn new(namesakes: &[Namesakes], position: &[usize], providers: usize) -> Self {
        let mut checks = NamesakeChecks {
            first: Vec::new(),
            after: HashMap::new(),
        };
        for (builtin, members) in namesakes {
            let mut members = members.clone();
            members.sort_by_key(|&i| position[i]);
            let last = *members.last().expect("namesakes come at least two by two");
            if last < providers {
                checks
                    .after
                    .entry(last)
                    .or_default()
                    .push((*builtin, members));
            } else {
                checks.first.push((*builtin, members));
            }
        }
        checks
    }
}

/// Step `k`'s statements: a provider's value kept (see `keep`) and the
/// namesake checks due once it is built, or an invocation's call.
fn step_statements(
    places: &Places<'_>,
    sources: &Sources<'_>,
    checks: &NamesakeChecks,
    k: usize,
    (provider, m, f, d): Step<'_>,
) -> Vec<TokenStream> {
    let value = step_call(places, k, m, f, d, provider.is_some());
    let Some(i) = provider else {
        return vec![quote!(#value;)];
    };
    let v = format_ident!("__engin_v{}", i);
    let mut out = vec![keep(places.cx, &v, value, f)];
    for (builtin, members) in checks.after.get(&i).into_iter().flatten() {
        out.push(namesake_check(places, sources, *builtin, members));
    }
    out
}

/// Consecutive synchronous steps as one closure, `segment`, returning
/// their values as a tuple (last built first, so it drops them in reverse
/// order), except a decorated value moved into its decorator inside it.
fn emit_segment(
    places: &mut Places<'_>,
    sources: &Sources<'_>,
    checks: &NamesakeChecks,
    steps: &[Step<'_>],
    range: std::ops::Range<usize>,
    segment: usize,
) -> TokenStream {
    places.current = segment;
    let mut moved = Vec::new();
    let mut body = Vec::new();
    let mut built = Vec::new();
    for k in range {
        let (provider, _, _, d) = steps[k];
        if let Some(i) = provider {
            places.segment_of[i] = segment;
            built.push(i);
            moved.extend(d.iter().flatten().filter_map(|d| match d {
                Dep::Move(j) if !places.is_owned(*j) => Some(*j),
                _ => None,
            }));
        }
        body.extend(step_statements(places, sources, checks, k, steps[k]));
    }
    built.retain(|i| !moved.contains(i));
    for (field, &i) in built.iter().rev().enumerate() {
        places.place[i] = Place::Segment { segment, field };
    }
    let values = built.iter().rev().map(|i| format_ident!("__engin_v{}", i));
    let s = format_ident!("__engin_s{}", segment);
    let cx = places.cx;
    quote! {
        let #s = #cx.segment(|| -> ::core::result::Result<_, ::engin::Error> {
            #(#body)*
            ::core::result::Result::Ok((#(#values,)*))
        })?;
    }
}

/// The application's description for [`Graph`](engin::Graph), one line per
/// node (the supplied values, then the steps in build order), fields
/// separated by tabs: kind, name, type, block, `h` when it may have hooks,
/// and the nodes it takes, `?` before an optional one.
pub(crate) fn describe(
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
            crate::vocab::shown(&m.path)
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
pub(crate) fn owns(f: &FnDesc) -> bool {
    !f.close.is_empty() || !f.start.is_empty()
}

/// `let v = value;`, or for a value with a start or close method, the
/// value held for its hooks: they get the application's own copy once the
/// build is over (or cut short), its close after every consumer's stop
/// hook, as the hook is registered right after the provider's own.
pub(crate) fn keep(cx: &Ident, v: &Ident, value: TokenStream, f: &FnDesc) -> TokenStream {
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
pub(crate) fn local(span: Span) -> Span {
    Span::call_site().located_at(span)
}

/// Where built values live while the code is generated.
pub(crate) struct Places<'a> {
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

/// Checks that namesakes (types sharing a name) are distinct
/// types, pair by pair (and distinct from engin's built-in of that name):
/// for a pair of one type, one error in engin's words on the later
/// member's type. It sits in the body that picks among them, where it
/// keeps rustc from reporting the picks as ambiguous.
pub(crate) fn namesake_check(
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
        let name = |j: usize| source_name(sources.providers, sources.names, j);
        let (second, second_hint) = name(later);
        for &e in &members[..k] {
            let value = places.value(e, span);
            let (first, first_hint) = name(e);
            let note = first_hint
                .or(second_hint)
                .unwrap_or("an application has one provider per type: remove one of them, or make the second a `#[decorate]` that takes the first's value")
                .to_owned();
            earlier.push((
                quote_spanned!(span=> &#value),
                format!(
                    "`{shown}` is provided twice in engin `{}`: by {first} and by {second}",
                    sources.app
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

/// The argument for a parameter `&ty` (`by_ref`) or `ty` that takes `dep`.
pub(crate) fn argument(
    places: &Places<'_>,
    by_ref: bool,
    ty: &TokenStream,
    dep: &Dep,
) -> TokenStream {
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
pub(crate) fn step_call(
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
    if let Some(element) = f.gathers() {
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
