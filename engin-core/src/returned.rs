//! A provider's return type checked by rustc: a `Result` under another
//! name (`type AppResult<T> = Result<T, AppError>`) must not be taken for
//! a value, or its `Err` would be provided instead of stopping the start-up.
//!
//! The macros recognize a `Result` by its name. For every provider whose
//! return type is not named `Result`, the generated code calls
//! `(&Returned(&value)).check_return()`: method resolution picks
//! [`ResultUnderAlias`] when the value is a `Result` (its receiver matches
//! without an extra reference) and [`NotAResult`] otherwise, and the first
//! one's bound fails with a message that says what to write.

/// A provider's returned value, for the check.
#[doc(hidden)]
pub struct Returned<'a, T>(pub &'a T);

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

impl<T, E> ResultUnderAlias<Result<T, E>> for Returned<'_, Result<T, E>> {}

/// Chosen for every other value.
#[doc(hidden)]
pub trait NotAResult {
    #[inline(always)]
    fn check_return(&self) {}
}

impl<T> NotAResult for &Returned<'_, T> {}
