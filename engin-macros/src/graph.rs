//! The graph checks, over indices only: dependency order and cycles.
//!
//! Node `i` is provider `i`; `deps[i][p]` lists the providers that
//! parameter `p` of provider `i` may take (one, or several when providers
//! of types that share a name are told apart by rustc; none for a
//! built-in). Kept free of tokens so it is tested directly.

/// A dependency cycle: the providers on it, the first one again at the
/// end, and the parameter that closes it (provider, parameter index).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Cycle {
    pub(crate) path: Vec<usize>,
    pub(crate) at: (usize, usize),
}

/// Depth-first order of the providers, dependencies first, with the
/// declaration order kept where the graph allows it.
pub(crate) fn order(deps: &[Vec<Vec<usize>>]) -> Result<Vec<usize>, Cycle> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    let n = deps.len();
    let mut mark = vec![Mark::New; n];
    let mut order = Vec::with_capacity(n);
    // (node, next parameter, next candidate of that parameter)
    let mut stack: Vec<(usize, usize, usize)> = Vec::new();
    for root in 0..n {
        if mark[root] != Mark::New {
            continue;
        }
        mark[root] = Mark::Active;
        stack.push((root, 0, 0));
        while let Some(&mut (node, ref mut param, ref mut cand)) = stack.last_mut() {
            let Some(candidates) = deps[node].get(*param) else {
                mark[node] = Mark::Done;
                order.push(node);
                stack.pop();
                continue;
            };
            let Some(&d) = candidates.get(*cand) else {
                *param += 1;
                *cand = 0;
                continue;
            };
            let at = (node, *param);
            *cand += 1;
            match mark[d] {
                Mark::Done => {}
                Mark::New => {
                    mark[d] = Mark::Active;
                    stack.push((d, 0, 0));
                }
                Mark::Active => {
                    let start = stack
                        .iter()
                        .position(|(s, _, _)| *s == d)
                        .expect("active nodes are on the stack");
                    let mut path: Vec<usize> = stack[start..].iter().map(|(s, _, _)| *s).collect();
                    path.push(d);
                    return Err(Cycle { path, at });
                }
            }
        }
    }
    Ok(order)
}

/// The groups of indices whose keys are equal, in order of first
/// appearance, each with at least two members.
pub(crate) fn shared<K: Eq + std::hash::Hash>(keys: &[K]) -> Vec<Vec<usize>> {
    let mut first: std::collections::HashMap<&K, usize> =
        std::collections::HashMap::with_capacity(keys.len());
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: Vec<Option<usize>> = vec![None; keys.len()];
    for (i, k) in keys.iter().enumerate() {
        match first.get(k) {
            None => {
                first.insert(k, i);
            }
            Some(&f) => match group_of[f] {
                Some(g) => groups[g].push(i),
                None => {
                    group_of[f] = Some(groups.len());
                    groups.push(vec![f, i]);
                }
            },
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(deps: &[&[usize]]) -> Vec<Vec<Vec<usize>>> {
        deps.iter()
            .map(|d| d.iter().map(|&x| vec![x]).collect())
            .collect()
    }

    #[test]
    fn dependencies_come_first_and_declaration_order_is_kept() {
        // 0 <- 2, 1 <- 2, 3 independent
        let deps = one(&[&[2], &[2], &[], &[]]);
        assert_eq!(order(&deps).unwrap(), [2, 0, 1, 3]);
        let none = one(&[&[], &[], &[]]);
        assert_eq!(order(&none).unwrap(), [0, 1, 2]);
    }

    #[test]
    fn a_cycle_is_reported_with_its_path_and_the_parameter_that_closes_it() {
        // 0 -> 1 -> 2 -> 0, through parameter 1 of provider 2
        let deps = one(&[&[1], &[2], &[3, 0], &[]]);
        assert_eq!(
            order(&deps),
            Err(Cycle {
                path: vec![0, 1, 2, 0],
                at: (2, 1)
            })
        );
    }

    #[test]
    fn a_self_loop_is_a_cycle_of_one() {
        let deps = one(&[&[], &[1]]);
        assert_eq!(
            order(&deps),
            Err(Cycle {
                path: vec![1, 1],
                at: (1, 0)
            })
        );
    }

    #[test]
    fn a_parameter_with_several_candidates_comes_after_all_of_them() {
        // provider 0 takes one of {1, 2}; 2 takes 3.
        let deps = vec![vec![vec![1, 2]], vec![], vec![vec![3]], vec![]];
        let o = order(&deps).unwrap();
        let pos = |x| o.iter().position(|&y| y == x).unwrap();
        assert!(
            pos(0) > pos(1) && pos(0) > pos(2) && pos(2) > pos(3),
            "{o:?}"
        );
    }

    #[test]
    fn a_deep_chain_does_not_recurse() {
        let n = 100_000;
        let deps: Vec<Vec<Vec<usize>>> = (0..n)
            .map(|i| if i + 1 < n { vec![vec![i + 1]] } else { vec![] })
            .collect();
        let o = order(&deps).unwrap();
        assert_eq!(o.first(), Some(&(n - 1)));
        assert_eq!(o.last(), Some(&0));
    }

    #[test]
    fn shared_keys_are_grouped_in_order_of_first_appearance() {
        let keys = ["Client", "Config", "Client", "Db", "Config", "Client"];
        assert_eq!(shared(&keys), [vec![0, 2, 5], vec![1, 4]]);
        assert!(shared(&["a", "b"]).is_empty());
    }
}
