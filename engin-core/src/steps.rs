//! The application's build steps (its providers and invocations), as the
//! generated code declares them, and what each depends on.

use crate::error::Phase;

/// The providers and invocations of an application (its build steps), and
/// what each depends on. Which one is running is kept by the lifecycle: a
/// panic unwinds out of the generated code and is named from there, so no
/// step pays for catching it.
#[derive(Default)]
pub(crate) struct Steps {
    pub(crate) names: std::sync::OnceLock<StepGraph>,
    /// The graph's description, when the graph function was called only
    /// to describe the application (`App::graph()`).
    pub(crate) described: std::sync::OnceLock<&'static str>,
}

/// The build steps, in build order, and the steps each depends on (all
/// earlier ones): step `k`'s are `edges[ends[k - 1]..ends[k]]`.
#[derive(Clone, Copy)]
pub(crate) struct StepGraph {
    pub(crate) names: &'static [(Phase, &'static str)],
    pub(crate) ends: &'static [u32],
    pub(crate) edges: &'static [u32],
}

impl StepGraph {
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The steps step `index` depends on; none for a step out of range.
    pub(crate) fn deps(&self, index: usize) -> &'static [u32] {
        let Some(&end) = self.ends.get(index) else {
            return &[];
        };
        let start = index.checked_sub(1).map_or(0, |i| self.ends[i]);
        self.edges.get(start as usize..end as usize).unwrap_or(&[])
    }

    #[cfg(test)]
    pub(crate) fn with_names(
        names: &'static [(Phase, &'static str)],
        ends: &'static [u32],
        edges: &'static [u32],
    ) -> Self {
        StepGraph { names, ends, edges }
    }

    #[cfg(test)]
    pub(crate) fn new(ends: &'static [u32], edges: &'static [u32]) -> Self {
        StepGraph {
            names: &[],
            ends,
            edges,
        }
    }
}

impl Steps {
    pub(crate) fn graph(&self) -> Option<&StepGraph> {
        self.names.get()
    }

    pub(crate) fn get(&self, index: Option<usize>) -> (Phase, &'static str) {
        self.names
            .get()
            .zip(index)
            .and_then(|(g, i)| g.names.get(i))
            .copied()
            .unwrap_or((Phase::Provide, "?"))
    }
}
