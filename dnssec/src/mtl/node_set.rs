//! The signer's node set: every complete aligned subtree of the leaves
//! appended so far, level by level.

use alloc::vec::Vec;

use super::hash::Hasher;
use super::node::{NodeId, ladder_rungs};
use super::scheme::N;

/// Node hashes by height: `levels[h][i]` covers leaves `i·2^h ..= (i+1)·2^h − 1`.
#[derive(Debug, Clone, Default)]
pub(crate) struct NodeSet {
    levels: Vec<Vec<[u8; N]>>,
}

impl NodeSet {
    pub(crate) fn leaf_count(&self) -> u64 {
        self.levels.first().map_or(0, |l| l.len() as u64)
    }

    /// Appends a leaf hash and every subtree it completes (one per trailing
    /// one bit of its index).
    pub(crate) fn append(&mut self, hasher: &Hasher<'_>, leaf: [u8; N]) {
        let mut hash = leaf;
        let mut height = 0usize;
        loop {
            if self.levels.len() == height {
                self.levels.push(Vec::new());
            }
            let Some(level) = self.levels.get_mut(height) else { return };
            level.push(hash);
            if level.len() % 2 == 1 {
                return;
            }
            let (Some(right), Some(left)) = (level.last().copied(), level.iter().rev().nth(1).copied()) else { return };
            let index = (level.len() / 2 - 1) as u64;
            let h = u32::try_from(height + 1).unwrap_or(u32::MAX);
            let node = NodeId { left: index << h, right: ((index + 1) << h) - 1 };
            hash = hasher.internal(node, &left, &right);
            height += 1;
        }
    }

    /// The ladder of the leaves so far, widest rung first.
    pub(crate) fn ladder(&self) -> Vec<(NodeId, [u8; N])> {
        ladder_rungs(self.leaf_count()).filter_map(|node| Some((node, self.node(node)?))).collect()
    }

    fn node(&self, node: NodeId) -> Option<[u8; N]> {
        let h = node.height()?;
        let index = usize::try_from(node.left >> h).ok()?;
        self.levels.get(usize::try_from(h).ok()?)?.get(index).copied()
    }

    /// The rung of the current ladder that holds `leaf`, and the siblings
    /// from the leaf up to it.
    pub(crate) fn path(&self, leaf: u64) -> Option<(NodeId, Vec<u8>)> {
        let rung = ladder_rungs(self.leaf_count()).find(|r| r.covers(leaf))?;
        let mut siblings = Vec::new();
        let mut node = NodeId::leaf(leaf);
        while node != rung {
            let (sibling, parent, _) = node.step()?;
            siblings.extend_from_slice(&self.node(sibling)?);
            node = parent;
        }
        Some((rung, siblings))
    }
}
