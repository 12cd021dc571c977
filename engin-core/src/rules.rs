//! The rules the wiring `#[app]` generates checks at compile time.
//!
//! No application names these items: the macros call them, and rustc names
//! them when a rule is broken. Each error says what is wrong and what to
//! do; the items here are what its `help:` lines refer to.
//!
//! - [`Pick`]: where several providers' types share a name (`redis::Client`
//!   and `reqwest::Client`), a parameter takes the value whose type is its
//!   own, and rustc finds which; "no provider for `T` among the providers
//!   of types named like it" when none is.
//! - [`SameType`]: two providers of one type. "`Config` is provided twice
//!   in engin `App`: by `a` and by `b`".
//! - [`ResultSpelledOut`]: a provider that returns a `Result` under another
//!   name (`type AppResult<T> = Result<T, AppError>`), whose `Err` engin
//!   would provide as a value instead of stopping the start-up.
//!
//! How rustc tells one type from two, with no name written: method
//! resolution picks [`IsSame`] for a pair of one type, [`IsDistinct`] for
//! any other, and the generated check accepts [`Distinct`] only.
//!
//! ```
//! # extern crate engin_core as engin;
//! use engin::rules::{pair, Distinct, IsDistinct as _, IsSame as _, SameType};
//!
//! mod redis { pub struct Client; }
//! mod http { pub struct Client; }
//! use redis::Client;
//!
//! let (a, b, c) = (Client, redis::Client, http::Client);
//! let _: SameType = (&pair(&a, &b)).verdict(); // one type, written two ways
//! let _: Distinct = (&pair(&a, &c)).verdict(); // two types, one name
//! ```

use std::marker::PhantomData;

pub use crate::pick::{Here, Pick, There};
pub use crate::returned::{
    IsNotResult, IsResult, NotAResult, ResultOf, ResultSpelledOut, ResultUnderAnotherName, Returned,
};

/// Two values' types, compared by [`IsSame`] and [`IsDistinct`].
pub struct Pair<A, B>(PhantomData<(A, B)>);

/// The pair of `a`'s and `b`'s types.
#[inline(always)]
pub fn pair<A, B>(a: &A, b: &B) -> Pair<A, B> {
    let _ = (a, b);
    Pair(PhantomData)
}

/// The verdict on two providers whose types are one type: the application
/// provides it twice, and the error names both.
pub struct SameType;

/// The verdict on two providers whose types are distinct.
pub struct Distinct;

/// Chosen by method resolution when both types of a [`Pair`] are one
/// type (the receiver matches without an extra reference).
pub trait IsSame {
    /// [`SameType`].
    #[inline(always)]
    fn verdict(&self) -> SameType {
        SameType
    }
}

impl<T> IsSame for Pair<T, T> {}

/// Chosen for every other [`Pair`], one reference later.
pub trait IsDistinct {
    /// [`Distinct`].
    #[inline(always)]
    fn verdict(&self) -> Distinct {
        Distinct
    }
}

impl<A, B> IsDistinct for &Pair<A, B> {}

#[cfg(test)]
mod tests {
    use super::*;

    mod redisish {
        pub(super) struct Client;
    }
    mod httpish {
        pub(super) struct Client;
    }

    fn same(_: SameType) {}
    fn distinct(_: Distinct) {}

    // Written as the generated code writes it: the borrow is what lets
    // method resolution try `IsSame` first.
    #[allow(clippy::needless_borrow)]
    #[test]
    fn a_pair_of_one_type_is_the_same_type_and_any_other_pair_is_distinct() {
        let (r, h, r2) = (redisish::Client, httpish::Client, redisish::Client);
        same((&pair(&r, &r2)).verdict());
        distinct((&pair(&r, &h)).verdict());
        distinct((&pair(&h, &r)).verdict());
    }
}
