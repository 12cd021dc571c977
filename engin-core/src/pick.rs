//! Telling apart provided types that share a name.
//!
//! The macros match a parameter to a provider by the name of its type.
//! Where several providers' types share that name (`redis::Client` and
//! `reqwest::Client`, a `Config` per module, a user type named
//! `Lifecycle`), the generated code hands the parameter a list of those
//! values, `(&a, (&b, (&c,)))`, and rustc picks the one whose type is the
//! parameter's by inferring its index in the list: the type system decides,
//! at no run-time cost.

use std::marker::PhantomData;

/// The index of the first element of a candidate list.
pub struct Here;

/// The index of an element after the first.
pub struct There<I>(PhantomData<I>);

/// A candidate list that holds a `&'a T`, at index `I`.
#[diagnostic::on_unimplemented(
    message = "no provider for `{T}` among the providers of types named like it",
    label = "this type is not provided",
    note = "several members provide a type with this name, and none of them is `{T}`: add a provider of `{T}`, or name the type you meant"
)]
pub trait Pick<'a, T, I> {
    /// The element whose type is `T`.
    fn pick(&self) -> &'a T;
}

// Internal: not shown to users in errors.
#[diagnostic::do_not_recommend]
impl<'a, T, Rest> Pick<'a, T, Here> for (&'a T, Rest) {
    #[inline(always)]
    fn pick(&self) -> &'a T {
        self.0
    }
}

// Internal: not shown to users in errors.
#[diagnostic::do_not_recommend]
impl<'a, T> Pick<'a, T, Here> for (&'a T,) {
    #[inline(always)]
    fn pick(&self) -> &'a T {
        self.0
    }
}

// Internal: not shown to users in errors.
#[diagnostic::do_not_recommend]
impl<'a, H, T, Rest: Pick<'a, T, I>, I> Pick<'a, T, There<I>> for (&'a H, Rest) {
    #[inline(always)]
    fn pick(&self) -> &'a T {
        self.1.pick()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    mod redisish {
        #[derive(Debug, PartialEq)]
        pub(super) struct Client(pub(super) u8);
    }
    mod httpish {
        #[derive(Debug, PartialEq)]
        pub(super) struct Client(pub(super) u8);
    }

    fn takes_http(c: &httpish::Client) -> u8 {
        c.0
    }

    fn takes_redis(c: &redisish::Client) -> u8 {
        c.0
    }

    #[test]
    fn the_parameter_type_picks_the_candidate() {
        let (r, h) = (redisish::Client(1), httpish::Client(2));
        let candidates = (&r, (&h,));
        assert_eq!(takes_http(Pick::pick(&candidates)), 2);
        assert_eq!(takes_redis(Pick::pick(&candidates)), 1);
    }
}
