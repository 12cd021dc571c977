//! Typed settings: variables over a file over defaults, errors that name
//! the variable, and secrets that never print. Each test runs in a figment
//! `Jail`: its own variables and working directory, one test at a time.

// `Jail` takes closures returning figment's `Result`, whose error is large.
#![allow(clippy::result_large_err)]

use engin::config::{ConfigError, Secret, SecretUrl, Settings};
use figment::Jail;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default)]
struct AppSettings {
    valkey_url: SecretUrl,
    port: u16,
    name: String,
    api_token: Secret<String>,
    db: Db,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(default)]
struct Db {
    pool_size: u32,
}

impl Default for AppSettings {
    fn default() -> Self {
        AppSettings {
            valkey_url: SecretUrl::new("redis://127.0.0.1:6379"),
            port: 8000,
            name: "publisher".into(),
            api_token: Secret::new(String::new()),
            db: Db { pool_size: 4 },
        }
    }
}

fn load() -> Result<AppSettings, ConfigError> {
    Settings::from_env("APP_").file("app.toml").load()
}

#[test]
fn variables_with_the_prefix_override_the_defaults() {
    Jail::expect_with(|jail| {
        jail.set_env("APP_PORT", "9000");
        jail.set_env("APP_DB__POOL_SIZE", "16");
        jail.set_env("OTHER_PORT", "1");
        let s = load().expect("loads");
        assert_eq!(s.port, 9000);
        assert_eq!(s.db.pool_size, 16, "nested with `__`");
        assert_eq!(s.name, "publisher", "a default");
        Ok(())
    });
}

#[test]
fn variables_override_the_file_which_overrides_the_defaults() {
    Jail::expect_with(|jail| {
        jail.create_file(
            "app.toml",
            "port = 7000\nname = \"from-file\"\n[db]\npool_size = 2\n",
        )?;
        jail.set_env("APP_PORT", "9000");
        let s = load().expect("loads");
        assert_eq!(
            (s.port, s.name.as_str(), s.db.pool_size),
            (9000, "from-file", 2)
        );
        Ok(())
    });
}

#[test]
fn a_missing_optional_file_is_skipped_and_a_missing_required_one_is_an_error() {
    Jail::expect_with(|_| {
        assert_eq!(load().expect("loads"), AppSettings::default());
        let e = Settings::from_env("APP_")
            .required_file("app.toml")
            .load::<AppSettings>()
            .unwrap_err();
        assert_eq!(e.to_string(), "settings file app.toml not found");
        Ok(())
    });
}

#[test]
fn a_variable_that_does_not_parse_is_named_with_its_value_and_the_expected_type() {
    Jail::expect_with(|jail| {
        jail.set_env("APP_PORT", "eighty");
        let e = load().unwrap_err();
        assert_eq!(e.to_string(), "invalid `APP_PORT`=`eighty`: expected u16");
        jail.set_env("APP_PORT", "70000");
        assert_eq!(
            load().unwrap_err().to_string(),
            "invalid `APP_PORT`=`70000`: expected u16"
        );
        Ok(())
    });
}

#[test]
fn a_value_in_the_file_that_does_not_parse_names_the_key_and_the_file() {
    Jail::expect_with(|jail| {
        jail.create_file("app.toml", "port = \"eighty\"\n")?;
        let e = load().unwrap_err().to_string();
        assert!(e.starts_with("invalid `port` in "), "{e}");
        assert!(e.ends_with("app.toml: expected u16"), "{e}");
        Ok(())
    });
}

#[test]
fn a_setting_without_a_default_names_the_variable_to_set() {
    #[derive(Debug, Deserialize)]
    struct Required {
        #[allow(dead_code)]
        database_url: SecretUrl,
    }
    Jail::expect_with(|_| {
        let e = Settings::from_env("APP_").load::<Required>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "missing setting `database_url`: set `APP_DATABASE_URL`"
        );
        Ok(())
    });
}

#[test]
fn secrets_never_print_in_logs_or_errors() {
    Jail::expect_with(|jail| {
        jail.set_env("APP_VALKEY_URL", "redis://app:hunter2@cache:6379/0");
        jail.set_env("APP_API_TOKEN", "tok-123");
        let s = load().expect("loads");
        assert_eq!(s.valkey_url.expose(), "redis://app:hunter2@cache:6379/0");
        assert_eq!(s.api_token.expose(), "tok-123");
        let shown = format!("{s:?}");
        assert!(shown.contains("redis://app:***@cache:6379/0"), "{shown}");
        assert!(
            !shown.contains("hunter2") && !shown.contains("tok-123"),
            "{shown}"
        );

        // The value in an error is redacted too.
        #[derive(Debug, Deserialize)]
        struct Strict {
            #[allow(dead_code)]
            api_token: u32,
            #[allow(dead_code)]
            url: u32,
        }
        let e = Settings::from_env("APP_")
            .load::<Strict>()
            .unwrap_err()
            .to_string();
        assert_eq!(e, "invalid `APP_API_TOKEN`=`***`: expected u32");
        jail.set_env("APP_API_TOKEN", "1");
        jail.set_env("APP_URL", "redis://:hunter2@cache");
        let e = Settings::from_env("APP_")
            .load::<Strict>()
            .unwrap_err()
            .to_string();
        assert_eq!(e, "invalid `APP_URL`=`redis://:***@cache`: expected u32");
        Ok(())
    });
}

#[test]
fn only_reads_the_keys_it_is_given() {
    #[derive(Debug, Deserialize, Default)]
    #[serde(default)]
    struct Http {
        addr: String,
        port: u16,
    }
    Jail::expect_with(|jail| {
        jail.set_env("ADDR", "127.0.0.1:8001");
        jail.set_env("PORT", "not a number, and not read");
        let s: Http = Settings::from_env("")
            .only(&["addr"])
            .load()
            .expect("loads");
        assert_eq!((s.addr.as_str(), s.port), ("127.0.0.1:8001", 0));
        Ok(())
    });
}

#[cfg(feature = "redis")]
mod redis {
    use std::time::Duration;

    use super::*;
    use engin::redis::RedisConfig;

    #[test]
    fn the_redis_settings_take_any_prefix() {
        Jail::expect_with(|jail| {
            jail.set_env("VALKEY_URL", "redis://:pw@10.0.0.7:6380");
            jail.set_env("VALKEY_CONNECT_TIMEOUT_MS", "250");
            let c: RedisConfig = Settings::from_env("VALKEY_").load().expect("loads");
            assert_eq!(c.url.expose(), "redis://:pw@10.0.0.7:6380");
            assert_eq!(c.connect_timeout, Duration::from_millis(250));
            assert_eq!(c.response_timeout, Duration::from_secs(5));
            assert!(RedisConfig::from_env().expect("defaults") == RedisConfig::default());
            Ok(())
        });
    }

    #[test]
    fn a_bad_redis_setting_names_its_variable() {
        Jail::expect_with(|jail| {
            jail.set_env("REDIS_CONNECT_TIMEOUT_MS", "0");
            let e = RedisConfig::from_env().unwrap_err().to_string();
            assert_eq!(
                e,
                "invalid `REDIS_CONNECT_TIMEOUT_MS`=`0`: expected a positive number of milliseconds"
            );
            // `VALKEY` contains `KEY`, but no word of the name is secret:
            // the value is shown.
            jail.set_env("VALKEY_CONNECT_TIMEOUT_MS", "abc");
            let e = Settings::from_env("VALKEY_")
                .load::<RedisConfig>()
                .unwrap_err();
            assert_eq!(
                e.to_string(),
                "invalid `VALKEY_CONNECT_TIMEOUT_MS`=`abc`: expected u64"
            );
            jail.set_env("REDIS_CONNECT_TIMEOUT_MS", "10");
            jail.set_env("REDIS_URL", "http//not-a-url");
            let e = RedisConfig::from_env().unwrap_err().to_string();
            assert!(
                e.starts_with("invalid `REDIS_URL`=`http//not-a-url`: not a Redis URL"),
                "{e}"
            );
            Ok(())
        });
    }
}

#[cfg(feature = "axum")]
#[test]
fn in_a_kubernetes_pod_the_http_block_listens_on_every_interface_and_waits_for_the_proxies() {
    use engin::http::{HttpConfig, KUBERNETES_SHUTDOWN_DELAY};
    Jail::expect_with(|jail| {
        // Outside a pod, whatever machine runs the tests.
        jail.clear_env();
        let outside = HttpConfig::from_env().expect("defaults");
        assert_eq!(outside.addr.to_string(), "127.0.0.1:8000");
        assert_eq!(outside.shutdown_delay, std::time::Duration::ZERO);
        jail.set_env("KUBERNETES_SERVICE_HOST", "10.96.0.1");
        let pod = HttpConfig::from_env().expect("defaults");
        assert_eq!(pod.addr.to_string(), "0.0.0.0:8000");
        assert_eq!(pod.shutdown_delay, KUBERNETES_SHUTDOWN_DELAY);
        // A setting still wins.
        jail.set_env("HTTP_ADDR", "127.0.0.1:9000");
        jail.set_env("HTTP_SHUTDOWN_DELAY_MS", "0");
        let set = HttpConfig::from_env().expect("settings");
        assert_eq!(set.addr.to_string(), "127.0.0.1:9000");
        assert_eq!(set.shutdown_delay, std::time::Duration::ZERO);
        Ok(())
    });
}
