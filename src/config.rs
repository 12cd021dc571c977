//! Typed settings (feature `config`): a `serde` struct read from
//! environment variables with a prefix, over an optional TOML file, over
//! the struct's own defaults.
//!
//! Built on [figment](https://docs.rs/figment): it layers sources, keeps
//! where each value came from, and so lets an error name the variable or
//! the file at fault, which hand-written parsing would have to redo for
//! every type (envy reads the environment only, and the `config` crate
//! keeps less provenance in its errors).
//!
//! ```
//! use engin::config::{ConfigError, SecretUrl, Settings};
//! use serde::Deserialize;
//!
//! #[derive(Debug, Clone, Deserialize)]
//! #[serde(default)]
//! struct AppSettings {
//!     valkey_url: SecretUrl,
//!     port: u16,
//! }
//!
//! impl Default for AppSettings {
//!     fn default() -> Self {
//!         AppSettings { valkey_url: SecretUrl::new("redis://127.0.0.1:6379"), port: 8000 }
//!     }
//! }
//!
//! // One line makes it a provider: `APP_VALKEY_URL`, `APP_PORT`, then
//! // `app.toml` if it exists, then the defaults.
//! #[engin::provide]
//! fn settings() -> Result<AppSettings, ConfigError> {
//!     Settings::from_env("APP_").file("app.toml").load()
//! }
//! # fn main() {}
//! ```
//!
//! A value that does not parse is one error naming the variable, its
//! value and the expected type (`` invalid `APP_PORT`=`eighty`: expected
//! u16 ``). Settings are logged once loaded, at `info` level, with their
//! `Debug` form: wrap secrets in [`Secret`], and URLs that may carry a
//! password in [`SecretUrl`], so that neither reaches a log.

use std::fmt;
use std::path::PathBuf;

use figment::providers::{Env, Format, Toml};
use figment::Figment;
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// Where settings come from; see the [module documentation](self).
///
/// Environment variables win over the file, which wins over the struct's
/// `serde` defaults. Nested structs are reached with `__`:
/// `APP_DB__URL` sets `db.url`.
///
/// ```
/// use engin::config::Settings;
/// let settings = Settings::from_env("APP_").file("/etc/app.toml");
/// assert_eq!(settings.prefix(), "APP_");
/// ```
#[derive(Debug, Clone)]
pub struct Settings {
    prefix: String,
    file: Option<(PathBuf, bool)>,
    only: Option<Vec<String>>,
}

/// The separator of nested keys in variable names.
const SPLIT: &str = "__";

impl Settings {
    /// Reads the variables whose names start with `prefix` (`""`: every
    /// variable; combine with [`only`](Self::only)).
    pub fn from_env(prefix: impl Into<String>) -> Self {
        Settings {
            prefix: prefix.into(),
            file: None,
            only: None,
        }
    }

    /// Also reads this TOML file, under the variables, if it exists.
    pub fn file(mut self, path: impl Into<PathBuf>) -> Self {
        self.file = Some((path.into(), false));
        self
    }

    /// Also reads this TOML file, under the variables; a missing file is
    /// an error.
    pub fn required_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.file = Some((path.into(), true));
        self
    }

    /// Reads only these keys from the environment (lowercase, without the
    /// prefix): `Settings::from_env("").only(&["addr"])` reads `ADDR`.
    pub fn only(mut self, keys: &[&str]) -> Self {
        self.only = Some(keys.iter().map(|k| k.to_ascii_lowercase()).collect());
        self
    }

    /// The prefix of the variables.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// Reads the settings, and logs them (their `Debug` form) at `info`.
    pub fn load<T: DeserializeOwned + fmt::Debug>(&self) -> Result<T, ConfigError> {
        let mut figment = Figment::new();
        if let Some((path, required)) = &self.file {
            if path.exists() {
                figment = figment.merge(Toml::file_exact(path));
            } else if *required {
                return Err(ConfigError::MissingFile { path: path.clone() });
            }
        }
        let mut env = Env::prefixed(&self.prefix).split(SPLIT);
        if let Some(only) = &self.only {
            let only: Vec<&str> = only.iter().map(String::as_str).collect();
            env = env.only(&only);
        }
        figment = figment.merge(env);
        let value: T = figment
            .extract()
            .map_err(|e| ConfigError::from_figment(e, self))?;
        tracing::info!(target: "engin::config", prefix = %self.prefix, settings = ?value, "settings loaded");
        Ok(value)
    }

    /// The variable that sets `path`.
    fn var(&self, path: &[String]) -> String {
        format!("{}{}", self.prefix, path.join(SPLIT)).to_ascii_uppercase()
    }
}

/// Settings that cannot be read: one error naming the variable or the file
/// at fault.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// An environment variable's value does not parse.
    #[error("invalid `{var}`=`{value}`: {reason}")]
    InvalidVar {
        /// The variable.
        var: String,
        /// Its value (shown redacted when it may be secret).
        value: String,
        /// What was expected.
        reason: String,
    },
    /// A value in the file does not parse.
    #[error("invalid `{key}` in {}: {reason}", path.display())]
    InvalidInFile {
        /// The key, dotted.
        key: String,
        /// The file.
        path: PathBuf,
        /// What was expected.
        reason: String,
    },
    /// A setting without a default is not set.
    #[error("missing setting `{key}`: set `{var}`{}", file.as_ref().map(|p| format!(" or `{key}` in {}", p.display())).unwrap_or_default())]
    Missing {
        /// The key, dotted.
        key: String,
        /// The variable that would set it.
        var: String,
        /// The file that could set it.
        file: Option<PathBuf>,
    },
    /// A required file does not exist.
    #[error("settings file {} not found", path.display())]
    MissingFile {
        /// The file.
        path: PathBuf,
    },
    /// Anything else (a file that is not valid TOML, for example).
    #[error("{0}")]
    Other(String),
}

impl ConfigError {
    fn from_figment(e: figment::Error, settings: &Settings) -> Self {
        use figment::error::Kind;
        let mut path: Vec<String> = e.path.clone();
        let reason = match &e.kind {
            Kind::InvalidType(_, expected) | Kind::InvalidValue(_, expected) => {
                format!("expected {expected}")
            }
            Kind::MissingField(field) => {
                path.push(field.to_string());
                let key = path.join(".");
                return ConfigError::Missing {
                    var: settings.var(&path),
                    key,
                    file: settings.file.as_ref().map(|(p, _)| p.clone()),
                };
            }
            kind => kind.to_string(),
        };
        let key = path.join(".");
        match e.metadata.as_ref() {
            Some(md) if md.name.contains("environment variable") => {
                let var = settings.var(&path);
                let value = std::env::var(&var).unwrap_or_default();
                ConfigError::InvalidVar {
                    value: redact_value(&var[settings.prefix.len()..], &value),
                    var,
                    reason,
                }
            }
            Some(md) => match md.source.as_ref().and_then(|s| s.file_path()) {
                Some(file) => ConfigError::InvalidInFile {
                    key,
                    path: file.to_path_buf(),
                    reason,
                },
                None => ConfigError::Other(e.to_string()),
            },
            None => ConfigError::Other(e.to_string()),
        }
    }
}

/// A variable's value as shown in an error: hidden when a whole word of its
/// name after the prefix says it is secret (`API_KEY`, `SECRET_KEY`,
/// `DB_PASSWORD`, `TOKEN`; not `VALKEY_URL`, `KEYSPACE` or `MONKEY_COUNT`),
/// and a URL's password always hidden.
fn redact_value(name: &str, value: &str) -> String {
    const SECRET: [&str; 8] = [
        "PASSWORD",
        "PASSWD",
        "SECRET",
        "TOKEN",
        "KEY",
        "APIKEY",
        "CREDENTIALS",
        "PRIVATE",
    ];
    let secret = name
        .split('_')
        .any(|word| SECRET.iter().any(|s| word.eq_ignore_ascii_case(s)));
    if secret {
        return "***".into();
    }
    redact_url(value)
}

/// `scheme://user:password@host/..` with the password as `***`.
fn redact_url(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let rest = &url[scheme_end + 3..];
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let Some(at) = authority.rfind('@') else {
        return url.to_owned();
    };
    let userinfo = &authority[..at];
    let Some(colon) = userinfo.find(':') else {
        return url.to_owned();
    };
    format!(
        "{}{}:***{}",
        &url[..scheme_end + 3],
        &userinfo[..colon],
        &rest[at..]
    )
}

/// A setting that never prints: `Debug` and `Display` show `***`.
///
/// ```
/// use engin::config::Secret;
/// let token = Secret::new("hunter2".to_owned());
/// assert_eq!(format!("{token:?}"), "***");
/// assert_eq!(token.expose(), "hunter2");
/// ```
#[derive(Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(transparent)]
pub struct Secret<T>(T);

impl<T> Secret<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Self {
        Secret(value)
    }

    /// The value, for the code that uses it.
    pub fn expose(&self) -> &T {
        &self.0
    }

    /// The value.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl<T> fmt::Display for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// A URL setting whose password never prints: `Debug` and `Display` show
/// `redis://user:***@host:6379`.
///
/// ```
/// use engin::config::SecretUrl;
/// let url = SecretUrl::new("redis://app:hunter2@cache:6379/0");
/// assert_eq!(url.to_string(), "redis://app:***@cache:6379/0");
/// assert_eq!(url.expose(), "redis://app:hunter2@cache:6379/0");
/// ```
#[derive(Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(transparent)]
pub struct SecretUrl(String);

impl SecretUrl {
    /// Wraps a URL.
    pub fn new(url: impl Into<String>) -> Self {
        SecretUrl(url.into())
    }

    /// The URL with its password, for the code that connects.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", redact_url(&self.0))
    }
}

impl fmt::Display for SecretUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&redact_url(&self.0))
    }
}

/// Milliseconds in a setting, as a [`Duration`](std::time::Duration):
/// `#[serde(with = "engin::config::millis")]` on a `Duration` field reads
/// `5000` as five seconds, and rejects zero.
pub mod millis {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer};

    /// Reads a positive number of milliseconds.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        match u64::deserialize(d)? {
            0 => Err(serde::de::Error::invalid_value(
                serde::de::Unexpected::Unsigned(0),
                &"a positive number of milliseconds",
            )),
            n => Ok(Duration::from_millis(n)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_password_is_hidden_and_nothing_else_changes() {
        for (url, shown) in [
            ("redis://u:p@h:1/0", "redis://u:***@h:1/0"),
            ("redis://:p@h", "redis://:***@h"),
            ("redis://h:6379", "redis://h:6379"),
            ("redis://user@h", "redis://user@h"),
            ("not a url", "not a url"),
            ("https://u:p@h/x@y", "https://u:***@h/x@y"),
        ] {
            assert_eq!(redact_url(url), shown, "{url}");
        }
    }

    #[test]
    fn a_value_is_hidden_when_a_whole_word_of_its_name_is_secret() {
        for hidden in [
            "API_TOKEN",
            "API_KEY",
            "SECRET_KEY",
            "PASSWORD",
            "DB_PASSWORD",
            "REDIS__PASSWORD",
            "APIKEY",
            "AWS_CREDENTIALS",
            "TLS_PRIVATE_PEM",
        ] {
            assert_eq!(redact_value(hidden, "abc"), "***", "{hidden}");
        }
        for shown in [
            "PORT",
            "VALKEY_URL",
            "VALKEY_CONNECT_TIMEOUT_MS",
            "KEYSPACE",
            "MONKEY_COUNT",
            "TOKENIZER_MODEL",
        ] {
            assert_eq!(redact_value(shown, "abc"), "abc", "{shown}");
        }
        // A URL's password is hidden whatever the name.
        assert_eq!(redact_value("VALKEY_URL", "redis://:p@h"), "redis://:***@h");
    }
}
