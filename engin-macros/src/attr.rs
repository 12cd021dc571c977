//! Typed parsing of attribute arguments: `key = value` pairs, unknown and
//! duplicated keys rejected with the list of valid keys.

use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{bracketed, Ident, LitStr, Path, Token};

/// One argument: `key = "string"`, `key = [paths]`, `key(name: Type, ..)`
/// or a bare path.
pub(crate) enum Arg {
    Str(Ident, LitStr),
    Paths(Ident, Vec<Path>),
    Typed(Ident, Vec<(Ident, syn::Type)>),
    /// `key(Type, ..)`
    Types(Ident, Vec<syn::Type>),
    /// `key(Path => Path, ..)`
    Pairs(Ident, Vec<(Path, Path)>),
    /// `key = a::Path`
    KeyPath(Ident, Path),
    Ident(Ident, Ident),
    Int(Ident, syn::LitInt),
    /// `key = <anything else>`: wrong for every key, reported with what
    /// that key takes.
    Other(Ident),
    Path(Path),
}

/// `name: Type`
struct Typed(Ident, syn::Type);

/// `Old => New`
struct Pair(Path, Path);

impl Parse for Pair {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let old = input.parse()?;
        input.parse::<Token![=>]>()?;
        Ok(Pair(old, input.parse()?))
    }
}

impl Parse for Typed {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let name = input.parse()?;
        input.parse::<Token![:]>()?;
        Ok(Typed(name, input.parse()?))
    }
}

impl Parse for Arg {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(Ident) && input.peek2(syn::token::Paren) {
            let key: Ident = input.parse()?;
            let content;
            syn::parenthesized!(content in input);
            // `name: Type, ..` or `Type, ..`
            let pairs = content.fork();
            if content.peek(Ident) && content.peek2(Token![:]) && !content.peek2(Token![::]) {
                let list = Punctuated::<Typed, Token![,]>::parse_terminated(&content)?;
                Ok(Arg::Typed(
                    key,
                    list.into_iter().map(|Typed(n, t)| (n, t)).collect(),
                ))
            } else if pairs.parse::<Path>().is_ok() && pairs.peek(Token![=>]) {
                let list = Punctuated::<Pair, Token![,]>::parse_terminated(&content)?;
                Ok(Arg::Pairs(
                    key,
                    list.into_iter().map(|Pair(a, b)| (a, b)).collect(),
                ))
            } else {
                let list = Punctuated::<syn::Type, Token![,]>::parse_terminated(&content)?;
                Ok(Arg::Types(key, list.into_iter().collect()))
            }
        } else if input.peek(Ident) && input.peek2(Token![=]) {
            let key: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            if input.peek(syn::token::Bracket) {
                let content;
                bracketed!(content in input);
                let paths = Punctuated::<Path, Token![,]>::parse_terminated(&content)?;
                Ok(Arg::Paths(key, paths.into_iter().collect()))
            } else if input.peek(Ident)
                || input.peek(Token![::])
                || input.peek(Token![crate])
                || input.peek(Token![super])
                || input.peek(Token![self])
            {
                let path: Path = input.parse()?;
                Ok(match path.get_ident() {
                    Some(ident) => Arg::Ident(key, ident.clone()),
                    None => Arg::KeyPath(key, path),
                })
            } else if input.peek(LitStr) {
                Ok(Arg::Str(key, input.parse()?))
            } else if input.peek(syn::LitInt) {
                Ok(Arg::Int(key, input.parse()?))
            } else {
                // Up to the next argument.
                while !input.is_empty() && !input.peek(Token![,]) {
                    input.parse::<proc_macro2::TokenTree>()?;
                }
                Ok(Arg::Other(key))
            }
        } else {
            Ok(Arg::Path(input.parse()?))
        }
    }
}

/// The arguments of one attribute, checked against the keys it accepts.
#[derive(Default)]
pub(crate) struct Args {
    pub(crate) name: Option<LitStr>,
    pub(crate) include: Vec<Path>,
    /// `supply(name: Type, ..)`: values the caller passes in.
    pub(crate) supply: Vec<(Ident, syn::Type)>,
    /// `close = method`: the async method that closes the value at stop.
    pub(crate) close: Option<Ident>,
    /// `start = method`: the async method that starts the value at start.
    pub(crate) start: Option<Ident>,
    /// `private`: the value is seen by its own block's members only.
    pub(crate) private: Option<Ident>,
    /// `order = N`: where a decorator goes among those of one type.
    pub(crate) order: Option<syn::LitInt>,
    /// `collect` on a provider: its value is an element of `All<T>`.
    pub(crate) collect: Option<Ident>,
    /// `collect(T, ..)` on an application: collections that may be empty.
    pub(crate) collections: Vec<syn::Type>,
    /// `expose(T, ..)` on an application: values the caller takes from it
    /// once it has started.
    pub(crate) expose: Vec<syn::Type>,
    /// `extends = App`: the application this one is derived from.
    pub(crate) extends: Option<Path>,
    /// `replace(Old => New, ..)`: members of the base replaced.
    pub(crate) replace: Vec<(Path, Path)>,
    /// What a derived application replaced, as `derive_app!` passes it on
    /// (hidden key `__engin_replaced`).
    pub(crate) replaced: Vec<(Path, Path)>,
    pub(crate) paths: Vec<Path>,
}

/// Parses `tokens` as the arguments of `#[attr(...)]`, accepting only `keys`
/// (and bare paths when `paths` is true).
pub(crate) fn parse(
    attr: &str,
    tokens: proc_macro2::TokenStream,
    keys: &[&str],
    paths: bool,
) -> syn::Result<Args> {
    let parsed =
        syn::parse::Parser::parse2(Punctuated::<Arg, Token![,]>::parse_terminated, tokens)?;
    let mut args = Args::default();
    let mut seen: Vec<String> = Vec::new();
    let mut errors = crate::Errors::default();
    for arg in parsed {
        let key = match &arg {
            Arg::Str(k, _)
            | Arg::Paths(k, _)
            | Arg::Typed(k, _)
            | Arg::Types(k, _)
            | Arg::Pairs(k, _)
            | Arg::KeyPath(k, _)
            | Arg::Ident(k, _)
            | Arg::Int(k, _)
            | Arg::Other(k) => k.clone(),
            // A flag, such as `private` (in `#[app]`, a bare name is a
            // member, whatever it is called).
            Arg::Path(p)
                if !paths
                    && p.get_ident()
                        .is_some_and(|i| keys.contains(&&*i.to_string())) =>
            {
                p.get_ident().expect("checked above").clone()
            }
            Arg::Path(p) if paths => {
                args.paths.push(p.clone());
                continue;
            }
            Arg::Path(p) => {
                errors.push(syn::Error::new_spanned(
                    p,
                    format!(
                        "unexpected argument `{}` to `#[{attr}]`: {}",
                        crate::vocab::display(&quote::quote!(#p)),
                        expected(keys, paths)
                    ),
                ));
                continue;
            }
        };
        let name = key.to_string();
        if !keys.contains(&name.as_str()) {
            errors.push(syn::Error::new_spanned(
                &key,
                format!(
                    "unknown argument `{name}` to `#[{attr}]`: {}",
                    expected(keys, paths)
                ),
            ));
            continue;
        }
        if seen.contains(&name) {
            errors.push(syn::Error::new_spanned(
                &key,
                format!("duplicate argument `{name}` to `#[{attr}]`"),
            ));
            continue;
        }
        seen.push(name);
        apply(&mut args, attr, &key, arg, &mut errors);
    }
    errors.finish()?;
    Ok(args)
}

/// The valid keys, for a message: `` expected `name`, `close` ``.
fn expected(keys: &[&str], paths: bool) -> String {
    let mut list: Vec<String> = keys
        .iter()
        .filter(|k| !k.starts_with("__"))
        .map(|k| format!("`{k}`"))
        .collect();
    if paths {
        list.push("member paths".to_owned());
    }
    if list.is_empty() {
        "this attribute takes no arguments".to_owned()
    } else {
        format!("expected {}", list.join(", "))
    }
}

/// Records argument `key` (a valid key, seen once) with its value, or
/// reports what that key takes.
fn apply(args: &mut Args, attr: &str, key: &Ident, arg: Arg, errors: &mut crate::Errors) {
    match (key.to_string().as_str(), arg) {
        ("name", Arg::Str(_, s)) => {
            if s.value().is_empty() {
                errors.push(syn::Error::new_spanned(&s, "`name` cannot be empty"));
            }
            args.name = Some(s);
        }
        ("include", Arg::Paths(_, p)) => args.include = p,
        ("supply", Arg::Typed(_, list)) => {
            for (i, (n, _)) in list.iter().enumerate() {
                if list[..i].iter().any(|(m, _)| m == n) {
                    errors.push(syn::Error::new_spanned(
                        n,
                        format!("`{n}` is supplied twice: give each supplied value its own name"),
                    ));
                }
            }
            args.supply = list;
        }
        ("close", Arg::Ident(_, method)) => args.close = Some(method),
        ("start", Arg::Ident(_, method)) => args.start = Some(method),
        ("private", Arg::Path(_)) => args.private = Some(key.clone()),
        ("collect", Arg::Path(_)) if attr != "app" => args.collect = Some(key.clone()),
        ("collect", Arg::Types(_, list)) if attr == "app" => args.collections = list,
        ("expose", Arg::Types(_, list)) => args.expose = list,
        ("extends", Arg::Ident(_, i)) => args.extends = Some(Path::from(i)),
        ("extends", Arg::KeyPath(_, p)) => args.extends = Some(p),
        ("replace", Arg::Pairs(_, list)) => args.replace = list,
        ("__engin_replaced", Arg::Pairs(_, list)) => args.replaced = list,
        ("order", Arg::Int(_, n)) if n.base10_parse::<u32>().is_ok() => args.order = Some(n),
        (name, _) => errors.push(syn::Error::new_spanned(key, takes(name, attr))),
    }
}

/// What key `name` of `#[attr]` takes, for a value of another shape.
fn takes(name: &str, attr: &str) -> &'static str {
    match name {
        "expose" => "`expose` takes the types the caller takes from the started application: `expose(Session, Config)`",
        "collect" if attr != "app" => "`collect` takes no value: `#[provide(collect)]` makes the value an element of `engin::All<T>`",
        "collect" => "`collect` takes the element types of collections that may be empty: `collect(HealthCheck, Route)`",
        "extends" => "`extends` takes the application to derive from: `extends = crate::App`",
        "replace" => "`replace` takes members of the base application and what replaces each: `replace(RedisBlock => MemoryBlock)`",
        "__engin_replaced" => "`__engin_replaced` is engin's own: use `extends` and `replace`",
        "order" => "`order` takes a whole number: decorators of one type run from the lowest `order` to the highest, `#[decorate(order = 1)]`",
        "private" => "`private` takes no value: `#[provide(private)]`",
        "close" => "`close` takes the name of an async method of the value, called at stop: `close = aclose`",
        "start" => "`start` takes the name of an async method of the value, called at start: `start = connect`",
        "supply" => "`supply` takes the values the caller passes in, with their types: `supply(args: Args, config: Config)`",
        "name" => "`name` takes a string: `name = \"redis-client\"`",
        "include" => "`include` takes a list of blocks: `include = [ConfigBlock]`",
        _ => unreachable!("every accepted key is matched"),
    }
}
