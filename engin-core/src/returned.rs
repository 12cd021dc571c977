//! A provider's return type checked by rustc: a `Result` under another
//! name (`type AppResult<T> = Result<T, AppError>`) must not be taken for
//! a value, or its `Err` would be provided instead of stopping the start-up.
//!
//! The macros recognize a `Result` by its name. For every provider whose
//! return type is not named `Result`, the member macro emits, next to the
//! provider, `(&Returned::<ReturnType>::new()).check_return()` in a generic
//! function that is never called: rustc type-checks its body (so the check
//! runs) but generates no code for it. Method resolution picks
//! [`ResultUnderAlias`] when the type is a `Result` (its receiver matches
//! without an extra reference) and [`NotAResult`] otherwise, and the first
//! one's bound fails with a message that says what to write.

use std::marker::PhantomData;

/// A provider's return type, for the check.
#[doc(hidden)]
pub struct Returned<T>(PhantomData<T>);

impl<T> Default for Returned<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Returned<T> {
    /// The check's receiver.
    #[inline(always)]
    pub const fn new() -> Self {
        Returned(PhantomData)
    }
}

/// Never implemented: the error for a `Result` under another name.
#[diagnostic::on_unimplemented(
    message = "this provider returns `{Self}`, a `Result` under another name, so engin would provide the `Result` and never see an `Err`",
    label = "write this return type as `Result<T, E>`",
    note = "engin provides the `T` of a `Result<T, E>` and stops the start-up on `Err`; it knows a `Result` by its name, so spell the alias out in the signature, for example `-> Result<Server, AppError>` instead of `-> AppResult<Server>`"
)]
#[doc(hidden)]
pub trait SpelledOutResult {}

/// Chosen when the returned value is a `Result`.
#[doc(hidden)]
pub trait ResultUnderAlias<R> {
    #[inline(always)]
    fn check_return(&self)
    where
        R: SpelledOutResult,
    {
    }
}

impl<T, E> ResultUnderAlias<Result<T, E>> for Returned<Result<T, E>> {}

/// Chosen for every other value.
#[doc(hidden)]
pub trait NotAResult {
    #[inline(always)]
    fn check_return(&self) {}
}

impl<T> NotAResult for &Returned<T> {}
