//! A test replaces the Redis side of a service with an in-memory stand-in
//! (`#[app(extends = .., replace(..))]`) and runs the service's own
//! publisher with no server.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use engin::config::SecretUrl;
use engin::redis::RedisConfig;
use engin::{app, block, provide, Options};

mod service {
    use super::*;
    use engin::redis::{driver, Redis};
    use engin::{BoxError, Lifecycle};

    /// One write.
    pub(crate) type Write<'a> = Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send + 'a>>;

    /// Where the publisher writes: a Redis stream in production.
    pub(crate) trait Stream: Send + Sync {
        /// Appends a message.
        fn add(&self, message: String) -> Write<'_>;
    }

    /// The stream the publisher writes to.
    #[derive(Clone)]
    pub(crate) struct Messages(pub Arc<dyn Stream>);

    struct RedisStream {
        redis: Redis,
        key: &'static str,
    }

    impl Stream for RedisStream {
        fn add(&self, message: String) -> Write<'_> {
            Box::pin(async move {
                let mut connection = self.redis.connection()?;
                driver::cmd("XADD")
                    .arg(self.key)
                    .arg("*")
                    .arg("body")
                    .arg(message)
                    .query_async::<String>(&mut connection)
                    .await?;
                Ok(())
            })
        }
    }

    /// The Redis side: engin's Redis client block (its settings supplied)
    /// and the stream on it.
    pub(crate) struct RedisStreamBlock;

    #[block(include = [::engin::redis::RedisClientBlock])]
    impl RedisStreamBlock {
        #[provide]
        pub(crate) fn messages(redis: &Redis) -> Messages {
            Messages(Arc::new(RedisStream {
                redis: redis.clone(),
                key: "engin:overrides",
            }))
        }
    }

    /// How many messages to publish.
    #[derive(Clone)]
    pub(crate) struct Count(pub usize);

    /// The service's logic: a supervised task publishes `Count` numbered
    /// messages, then ends, which stops the application.
    #[derive(Clone)]
    pub(crate) struct Publisher;

    #[provide]
    pub(crate) fn publisher(
        messages: &Messages,
        count: &Count,
        lifecycle: &Lifecycle,
    ) -> Publisher {
        let (messages, n) = (messages.clone(), count.0);
        lifecycle.add_task("publisher", move |_cancel| async move {
            for i in 0..n {
                messages.0.add(format!("message {i}")).await?;
            }
            Ok::<_, BoxError>(())
        });
        Publisher
    }

    #[app(RedisStreamBlock, publisher, supply(config: RedisConfig, count: Count))]
    pub(crate) struct PublisherApp;
}

/// What the in-memory stream received.
#[derive(Clone, Default)]
struct Recorded(Arc<Mutex<Vec<String>>>);

struct MemoryStream(Recorded);

impl service::Stream for MemoryStream {
    fn add(&self, message: String) -> service::Write<'_> {
        self.0 .0.lock().unwrap().push(message);
        Box::pin(async { Ok(()) })
    }
}

/// The stand-in: provides the same `Messages`, with no server.
struct MemoryStreamBlock;

#[block]
impl MemoryStreamBlock {
    #[provide]
    fn messages(recorded: &Recorded) -> service::Messages {
        service::Messages(Arc::new(MemoryStream(recorded.clone())))
    }
}

#[app(
    extends = service::PublisherApp,
    replace(RedisStreamBlock => MemoryStreamBlock),
    supply(count: service::Count, recorded: Recorded)
)]
struct TestApp;

#[tokio::test]
async fn the_publisher_runs_against_an_in_memory_stream_with_no_server() {
    // Nothing listens on this port: the production application cannot
    // start there...
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let config = RedisConfig {
        url: SecretUrl::new(format!("redis://127.0.0.1:{port}")),
        connect_timeout: Duration::from_millis(300),
        ..RedisConfig::default()
    };
    let options = || Options::default().handle_signals(false);
    let exit = service::PublisherApp::run_with(options(), config, service::Count(3)).await;
    assert!(!exit.is_success());
    assert!(exit.to_string().contains("redis"), "{exit}");

    // ... and the derived one runs the same publisher to the end.
    let recorded = Recorded::default();
    let exit = TestApp::run_with(options(), service::Count(3), recorded.clone()).await;
    assert!(exit.is_success(), "{exit}");
    assert_eq!(
        *recorded.0.lock().unwrap(),
        ["message 0", "message 1", "message 2"]
    );
    // Engin's Redis block went with the block that included it.
    let graph = TestApp::graph();
    let names: Vec<_> = graph.nodes().iter().map(|n| n.name).collect();
    assert_eq!(
        names,
        [
            "count",
            "recorded",
            "MemoryStreamBlock::messages",
            "publisher"
        ]
    );
}
