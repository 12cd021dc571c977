//! The application's own copy of a value with `#[provide(start = ..)]` or
//! `#[provide(close = ..)]`: its hooks act on it, not on a clone.
//!
//! The generated code keeps the value in an [`Owned`] while the rest of the
//! graph is built (the consumers borrow it or clone it), and hands it to
//! its hooks when the build ends, or when the build is cut short (an
//! error, a panic, a dropped start-up): so `close` runs on the original
//! after every consumer's stop hook, whatever happened.

use std::future::Future;
use std::ops::Deref;
use std::sync::{Arc, Mutex};

use crate::context::Context;
use crate::error::{BoxError, Closed};

/// Where the hooks find the value once the build has handed it over.
type Slot<T> = Arc<Mutex<Option<T>>>;

fn take<T>(slot: &Slot<T>) -> Option<T> {
    slot.lock().unwrap_or_else(|e| e.into_inner()).take()
}

/// A value held for its hooks: derefs to it while the graph is built, and
/// hands it to them when dropped.
#[doc(hidden)]
pub struct Owned<T> {
    value: Option<T>,
    slot: Slot<T>,
}

impl<T> Deref for Owned<T> {
    type Target = T;

    #[inline(always)]
    fn deref(&self) -> &T {
        self.value
            .as_ref()
            .expect("an owned value is held until it is handed over")
    }
}

impl<T> Drop for Owned<T> {
    fn drop(&mut self) {
        if let Some(value) = self.value.take() {
            *self.slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(value);
        }
    }
}

/// What a `start` or `close` method returns once awaited: `()` or
/// `Result<(), E>`, from an `async` method.
#[diagnostic::on_unimplemented(
    message = "a `start` or `close` method must be `async` and return `()` or `Result<(), E>`, not `{Self}`",
    label = "this method is called at start or at stop",
    note = "write `async fn close(self)` (or `&self`, `&mut self`) returning `()` or `Result<(), E>` with `E: std::error::Error + Send + Sync + 'static`"
)]
#[doc(hidden)]
pub trait HookMethod: Future<Output = Self::Result> {
    /// What the method returns.
    type Result: Closed;
}

// Not shown in errors: the trait's own message says what to write.
#[diagnostic::do_not_recommend]
impl<F> HookMethod for F
where
    F: Future,
    F::Output: Closed,
{
    type Result = F::Output;
}

/// Checks that a method's call is a future of `()` or `Result<(), E>`.
#[doc(hidden)]
pub async fn hook_method<F: HookMethod>(call: F) -> Result<(), BoxError> {
    // Converted here, so that a method that does not fit is reported once,
    // by this bound, and not again by the hook that runs it.
    call.await.into_result()
}

impl Context {
    /// Keeps `value` for its stop hook, `close`, which receives the
    /// application's own copy after every consumer's stop hook.
    pub fn own_close<T, C, CF>(&self, name: &'static str, value: T, close: C) -> Owned<T>
    where
        T: Send + 'static,
        C: FnOnce(T) -> CF + Send + 'static,
        CF: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        let slot: Slot<T> = Arc::default();
        let held = slot.clone();
        self.lifecycle().on_stop(name, move || async move {
            match take(&held) {
                Some(value) => close(value).await,
                None => Ok(()),
            }
        });
        Owned {
            value: Some(value),
            slot,
        }
    }

    /// Keeps `value` for its start hook, `start`, which receives the
    /// application's own copy and gives it back.
    pub fn own_start<T, S, SF>(&self, name: &'static str, value: T, start: S) -> Owned<T>
    where
        T: Send + 'static,
        S: FnOnce(T) -> SF + Send + 'static,
        SF: Future<Output = (T, Result<(), BoxError>)> + Send + 'static,
    {
        self.own_start_close(name, value, start, |value: T| async move {
            drop(value);
            Ok(())
        })
    }

    /// Keeps `value` for its start hook and its stop hook, registered as
    /// one hook: `close` runs only if `start` succeeded.
    pub fn own_start_close<T, S, SF, C, CF>(
        &self,
        name: &'static str,
        value: T,
        start: S,
        close: C,
    ) -> Owned<T>
    where
        T: Send + 'static,
        S: FnOnce(T) -> SF + Send + 'static,
        SF: Future<Output = (T, Result<(), BoxError>)> + Send + 'static,
        C: FnOnce(T) -> CF + Send + 'static,
        CF: Future<Output = Result<(), BoxError>> + Send + 'static,
    {
        let slot: Slot<T> = Arc::default();
        let (started, closing) = (slot.clone(), slot.clone());
        self.lifecycle().on_start_stop(
            name,
            move || async move {
                let Some(value) = take(&started) else {
                    return Ok::<(), BoxError>(());
                };
                let (value, result) = start(value).await;
                *started.lock().unwrap_or_else(|e| e.into_inner()) = Some(value);
                result
            },
            move || async move {
                match take(&closing) {
                    Some(value) => close(value).await,
                    None => Ok(()),
                }
            },
        );
        Owned {
            value: Some(value),
            slot,
        }
    }
}

/// Where `expose(T, ..)` puts the application's values for the caller of
/// `start_exposed`.
#[doc(hidden)]
pub struct Exposed<T>(Slot<T>);

impl<T> Default for Exposed<T> {
    fn default() -> Self {
        Exposed(Arc::default())
    }
}

impl<T> Clone for Exposed<T> {
    fn clone(&self) -> Self {
        Exposed(self.0.clone())
    }
}

impl<T> Exposed<T> {
    /// Called by the generated invocation with clones of the values.
    pub fn fill(&self, values: T) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(values);
    }

    /// The values, once the invocation has run.
    pub fn take(&self) -> Option<T> {
        take(&self.0)
    }
}
