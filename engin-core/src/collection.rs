//! `All<T>`: every element contributed to a collection.

use std::ops::Deref;

/// Every `T` contributed by `#[provide(collect)]` providers, in the order
/// of the members in `#[app]` (a block's contributions in the block's
/// order, then those of the blocks it includes). Take it as `&All<T>` (or
/// `All<T>` when `T: Clone`); it derefs to a slice.
///
/// An application in which nothing contributes a `T` has no `All<T>`: taking
/// it is a "no provider" error, unless `#[app(.., collect(T))]` declares that
/// the collection may be empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct All<T>(Vec<T>);

impl<T> All<T> {
    /// Built by the generated code from the contributions, in order.
    #[doc(hidden)]
    pub fn from_vec(elements: Vec<T>) -> Self {
        All(elements)
    }

    /// The elements, as a vector.
    pub fn into_vec(self) -> Vec<T> {
        self.0
    }
}

impl<T> Deref for All<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<'a, T> IntoIterator for &'a All<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T> IntoIterator for All<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::All;

    #[test]
    fn an_all_is_a_slice_in_order() {
        let all = All::from_vec(vec![1, 2, 3]);
        assert_eq!(all.len(), 3);
        assert_eq!(&all[..], [1, 2, 3]);
        assert_eq!((&all).into_iter().copied().sum::<i32>(), 6);
        assert_eq!(all.into_vec(), [1, 2, 3]);
    }
}
