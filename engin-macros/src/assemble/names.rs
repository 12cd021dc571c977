//! How errors name a provider: as the application lists it, and engin's
//! own blocks by their full paths.

use crate::grammar::desc::{FnDesc, MemberDesc as Member};
use crate::vocab::display;

/// How errors name source `j` (a provider, then the supplied values, named
/// in `supplied`), and a hint for its type provided twice when it is one
/// of engin's own blocks. Asked only for sources among namesakes (types
/// sharing a name), so most applications never pay for it.
pub(crate) fn source_name(
    providers: &[(&Member, &FnDesc)],
    supplied: &[String],
    j: usize,
) -> (String, Option<&'static str>) {
    let Some((m, f)) = providers.get(j) else {
        return (format!("`supply({})`", supplied[j - providers.len()]), None);
    };
    match engin_provider(m, f) {
        Some(p) => (format!("engin's `{}`", p.block), p.instead),
        None => (format!("`{}`", as_listed(m, f)), None),
    }
}

/// A provider's name as the application lists it: `a::config`, or
/// `SettingsBlock::from_env` (a block's function), unless it was given a
/// `name`.
pub(crate) fn as_listed(m: &Member, f: &FnDesc) -> String {
    let path = crate::vocab::shown(&m.path);
    let last = path.rsplit("::").next().unwrap_or_default();
    if f.call.is_empty() || f.call.to_string().ends_with("__engin_new") {
        if f.name == last {
            return path;
        }
    } else if let Some(function) = f.name.strip_prefix(&format!("{last}::")) {
        return format!("{path}::{function}");
    }
    f.name.clone()
}

/// A provider of one of engin's own blocks.
pub(crate) struct EnginProvider {
    /// The provider's name (`#[provide(name = ..)]` in engin's source).
    pub(crate) name: &'static str,
    /// The last segment of its type.
    pub(crate) ty: &'static str,
    /// The block that provides it, by its full path.
    pub(crate) block: &'static str,
    /// What to do to provide the type yourself, when engin has a way.
    pub(crate) instead: Option<&'static str>,
    /// The feature of engin that has the block.
    pub(crate) feature: &'static str,
    /// The last segments of the blocks an application lists to get it.
    pub(crate) listed_as: &'static [&'static str],
}

/// The providers of engin's own blocks (`src/redis.rs`, `src/http.rs`).
pub(crate) const ENGIN_PROVIDERS: &[EnginProvider] = &[
    EnginProvider {
        name: "redis config",
        ty: "RedisConfig",
        block: "engin::redis::RedisBlock",
        instead: Some("`engin::redis::RedisBlock` reads `RedisConfig` from `REDIS_*`: to provide your own, list `engin::redis::RedisClientBlock` instead, which takes the `RedisConfig` the application provides"),
        feature: "redis",
        listed_as: &["RedisBlock"],
    },
    EnginProvider {
        name: "redis",
        ty: "Redis",
        block: "engin::redis::RedisClientBlock",
        instead: None,
        feature: "redis",
        listed_as: &["RedisBlock", "RedisClientBlock"],
    },
    EnginProvider {
        name: "http config",
        ty: "HttpConfig",
        block: "engin::http::HttpBlock",
        instead: Some("`engin::http::HttpBlock` reads `HttpConfig` from `HTTP_*`: to provide your own, list `engin::http::HttpServerBlock` instead, which takes the `HttpConfig` the application provides"),
        feature: "axum",
        listed_as: &["HttpBlock"],
    },
    EnginProvider {
        name: "http server",
        ty: "HttpServer",
        block: "engin::http::HttpServerBlock",
        instead: None,
        feature: "axum",
        listed_as: &["HttpBlock", "HttpServerBlock"],
    },
];

/// The provider in engin's own blocks of a type whose key is `key`.
pub(crate) fn engin_block_of(key: &str) -> Option<&'static EnginProvider> {
    let name = key.rsplit("::").next().unwrap_or(key);
    ENGIN_PROVIDERS.iter().find(|p| p.ty == name)
}

/// Whether the application lists `m` (not included by another block)
/// and it is the block that brings provider `e`, or a block that
/// includes it.
pub(crate) fn lists(m: &Member, e: &EnginProvider) -> bool {
    let path = m.path.to_string();
    let last = crate::vocab::shown(&m.path);
    let last = last.rsplit("::").next().unwrap_or_default();
    !path.contains("$crate") && e.listed_as.contains(&last)
}

/// The engin block provider `f` is, if it is one: a block's function with
/// the name and type engin gives it, in a block named like engin's.
pub(crate) fn engin_provider(m: &Member, f: &FnDesc) -> Option<&'static EnginProvider> {
    let path = crate::vocab::shown(&m.path);
    let block = path.rsplit("::").next().unwrap_or_default();
    let ty = display(&f.output);
    let ty = ty.rsplit("::").next().unwrap_or_default();
    ENGIN_PROVIDERS.iter().find(|p| {
        p.name == f.name
            && p.ty == ty
            && !f.call.is_empty()
            && p.block.rsplit("::").next() == Some(block)
    })
}

#[cfg(test)]
mod tests {
    use super::engin_block_of;

    #[test]
    fn engin_blocks_are_named_for_the_types_they_provide() {
        assert_eq!(
            engin_block_of("Redis").map(|p| p.listed_as[0]),
            Some("RedisBlock")
        );
        assert_eq!(
            engin_block_of("HttpConfig").map(|p| p.block),
            Some("engin::http::HttpBlock")
        );
        assert!(engin_block_of("Config").is_none());
    }
}
