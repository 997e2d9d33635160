//! Node arithmetic of the binary rung strategy: which index pairs are
//! subtrees, the step from a node to its parent, and the ladder of a leaf
//! count.

/// A node of the node set: the first and last leaf it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId {
    /// The first leaf covered.
    pub left: u64,
    /// The last leaf covered.
    pub right: u64,
}

impl NodeId {
    /// A leaf.
    ///
    /// ```
    /// use dnssec::mtl::NodeId;
    /// assert_eq!(NodeId::leaf(5).parent(), Some(NodeId { left: 4, right: 5 }));
    /// ```
    pub const fn leaf(i: u64) -> Self {
        Self { left: i, right: i }
    }

    /// The width in leaves, if `left <= right` and it fits a u64.
    fn width(self) -> Option<u64> {
        self.right.checked_sub(self.left)?.checked_add(1)
    }

    /// log2 of the width when the node is an aligned perfect subtree (width a
    /// power of two, `left` a multiple of it); `None` otherwise.
    ///
    /// ```
    /// use dnssec::mtl::NodeId;
    /// assert_eq!(NodeId { left: 8, right: 11 }.height(), Some(2));
    /// assert_eq!(NodeId { left: 2, right: 5 }.height(), None);
    /// ```
    pub fn height(self) -> Option<u32> {
        let w = self.width()?;
        (w.is_power_of_two() && self.left % w == 0).then(|| w.trailing_zeros())
    }

    /// Whether `leaf` is covered.
    ///
    /// ```
    /// assert!(dnssec::mtl::NodeId { left: 0, right: 3 }.covers(2));
    /// ```
    pub const fn covers(self, leaf: u64) -> bool {
        self.left <= leaf && leaf <= self.right
    }

    /// The sibling and the parent of an aligned subtree, with whether the
    /// sibling is on the right; `None` past the top of the u64 range.
    pub(crate) fn step(self) -> Option<(NodeId, NodeId, bool)> {
        let w = self.width()?;
        if (self.left / w) % 2 == 0 {
            let right = self.right.checked_add(w)?;
            Some((NodeId { left: self.right + 1, right }, NodeId { left: self.left, right }, true))
        } else {
            let left = self.left.checked_sub(w)?;
            Some((NodeId { left, right: self.left - 1 }, NodeId { left, right: self.right }, false))
        }
    }

    /// The parent (the subtree twice as wide that holds this one).
    ///
    /// ```
    /// use dnssec::mtl::NodeId;
    /// assert_eq!(NodeId { left: 4, right: 5 }.parent(), Some(NodeId { left: 4, right: 7 }));
    /// ```
    pub fn parent(self) -> Option<NodeId> {
        self.step().map(|(_, p, _)| p)
    }
}

/// The rungs of the ladder over `leaf_count` leaves, widest first: one
/// aligned subtree per set bit.
///
/// ```
/// use dnssec::mtl::{NodeId, ladder_rungs};
/// let r: Vec<NodeId> = ladder_rungs(7).collect();
/// assert_eq!(r, [NodeId { left: 0, right: 3 }, NodeId { left: 4, right: 5 }, NodeId::leaf(6)]);
/// ```
pub fn ladder_rungs(leaf_count: u64) -> impl Iterator<Item = NodeId> {
    let mut start = 0u64;
    (0..64u32).rev().filter(move |b| leaf_count & (1u64 << b) != 0).map(move |b| {
        let w = 1u64 << b;
        let node = NodeId { left: start, right: start + (w - 1) };
        start = start.wrapping_add(w);
        node
    })
}
