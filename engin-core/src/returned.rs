//! A provider's return type checked by rustc: a `Result` under another
//! name (`type AppResult<T> = Result<T, AppError>`) must not be taken for
//! a value, or its `Err` would be provided instead of stopping the start-up.
//!
//! The macros recognize a `Result` by its name. For every provider whose
//! return type is not named `Result`, the member macro emits, next to the
//! provider, `<_ as ResultSpelledOut<Type>>::check((&Returned::<Type>::new()).verdict())`
//! in a generic function that is never called: rustc type-checks its body
//! (so the check runs) but generates no code for it. Method resolution
//! picks [`IsResult`] when the type is a `Result` (its receiver matches
//! without an extra reference) and [`IsNotResult`] otherwise, and only the
//! second one's verdict satisfies [`ResultSpelledOut`]: the bound is on the
//! trait's own `Self`, so rustc's error names no helper function.

use std::marker::PhantomData;

/// A provider's return type, for the check.
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

/// The verdict on a return type that is a `Result` although its name is
/// not: the [`ResultSpelledOut`] rule is broken.
pub struct ResultUnderAnotherName;

/// The verdict on a return type that is not a `Result`.
pub struct NotAResult;

/// Chosen by method resolution when the returned value is a `Result`
/// (the receiver matches without an extra reference).
pub trait IsResult {
    /// [`ResultUnderAnotherName`].
    #[inline(always)]
    fn verdict(&self) -> ResultUnderAnotherName {
        ResultUnderAnotherName
    }
}

impl<T, E> IsResult for Returned<Result<T, E>> {}

/// Chosen for every other value, one reference later.
pub trait IsNotResult {
    /// [`NotAResult`].
    #[inline(always)]
    fn verdict(&self) -> NotAResult {
        NotAResult
    }
}

impl<T> IsNotResult for &Returned<T> {}

/// A provider returns `R`, and `R` is not a `Result` under another name.
#[diagnostic::on_unimplemented(
    message = "this provider returns `{R}`, a `Result` under another name, so engin would provide the `Result` and never see an `Err`",
    label = "write this return type as `Result<T, E>`",
    note = "engin provides the `T` of a `Result<T, E>` and stops the start-up on `Err`; it knows a `Result` by its name, so spell the alias out in the signature, for example `-> Result<Server, AppError>` instead of `-> AppResult<Server>`"
)]
pub trait ResultSpelledOut<R> {
    /// Compiles for [`NotAResult`] only.
    #[inline(always)]
    fn check(self)
    where
        Self: Sized,
    {
    }
}

#[diagnostic::do_not_recommend]
impl<R> ResultSpelledOut<R> for NotAResult {}

/// A member takes a type `T`, and a provider returns `Self`, whose name
/// ends in `Result`: compiles when `Self` is a `Result<T, E>` under another
/// name, which that provider's own [`ResultSpelledOut`] check reports (so
/// the application never compiles, and the member gets no second error).
#[diagnostic::on_unimplemented(
    message = "no provider for the type this member takes: `{Self}` is provided, and it is not a `Result`",
    label = "no member provides this type",
    note = "add a `#[provide]` function or struct that builds this type, or take the `{Self}` that is provided"
)]
pub trait ResultOf {
    /// The `T` of `Result<T, E>`.
    type Ok;
    /// The `Ok` value.
    fn ok_value(&self) -> &Self::Ok;
}

#[diagnostic::do_not_recommend]
impl<T, E> ResultOf for Result<T, E> {
    type Ok = T;
    fn ok_value(&self) -> &T {
        // Unreachable: a program with this call does not compile (see the
        // trait's documentation).
        match self {
            Ok(value) => value,
            Err(_) => panic!("engin: a `Result` under another name was provided"),
        }
    }
}
