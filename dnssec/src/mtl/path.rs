//! The condensed signature: randomizer and authentication path.

use alloc::vec::Vec;

use super::error::MtlError;
use super::node::NodeId;
use super::scheme::{Generation, N, Scheme};
use super::wire::{Cursor, put_index};

const FIELD: &str = "authentication path";

/// A condensed MTL signature: the leaf's randomizer, its index, the rung
/// its path leads to and the sibling hashes from the leaf up, as borrowed
/// from the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuthPath<'a> {
    /// The scheme it was read for.
    pub scheme: Scheme,
    /// The series identifier.
    pub sid: &'a [u8],
    /// The randomizer R of the leaf.
    pub randomizer: [u8; N],
    /// The leaf index.
    pub leaf: u64,
    /// The rung the path leads to.
    pub rung: NodeId,
    siblings: &'a [u8],
}

impl<'a> AuthPath<'a> {
    /// Reads a condensed signature from the front of `cursor`: every field
    /// checked (flags zero, the rung an aligned subtree covering the leaf,
    /// the sibling count its height).
    pub(crate) fn read(scheme: Scheme, c: &mut Cursor<'a>) -> Result<Self, MtlError> {
        let mut randomizer = [0u8; N];
        if scheme.generation() == Generation::A {
            randomizer = c.hash("randomizer")?;
        }
        let flags = c.u16("path flags")?;
        if flags != 0 {
            return Err(MtlError::Flags { field: FIELD, flags });
        }
        let sid = c.take(scheme.sid_len(), "path series identifier")?;
        if scheme.generation() == Generation::B {
            randomizer = c.hash("randomizer")?;
        }
        let leaf = c.index(scheme, "leaf index")?;
        let left = c.index(scheme, "rung left index")?;
        let right = c.index(scheme, "rung right index")?;
        let rung = NodeId { left, right };
        let height = rung.height().ok_or(MtlError::NotASubtree { field: FIELD, left, right })?;
        if !rung.covers(leaf) {
            return Err(MtlError::LeafOutsideRung { leaf, left, right });
        }
        let count = c.u16("sibling count")?;
        if u32::from(count) != height {
            return Err(MtlError::SiblingCount { expected: height, found: count });
        }
        let siblings = c.take(usize::from(count) * N, "siblings")?;
        Ok(Self { scheme, sid, randomizer, leaf, rung, siblings })
    }

    /// Reads a condensed signature that is the whole of `bytes`.
    ///
    /// ```
    /// use dnssec::mtl::{AuthPath, Scheme};
    /// let s = Scheme::SlhDsaMtlSha2_128s;
    /// // R, flags, SID, leaf 6, rung (6,6), no siblings: a rung of width one.
    /// let mut sig = vec![7u8; 16];
    /// sig.extend_from_slice(&[0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0]);
    /// let path = AuthPath::parse(s, &sig)?;
    /// assert_eq!((path.leaf, path.siblings().count()), (6, 0));
    /// assert_eq!(sig.len(), s.condensed_len(0));
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn parse(scheme: Scheme, bytes: &'a [u8]) -> Result<Self, MtlError> {
        let mut c = Cursor::new(bytes);
        let path = Self::read(scheme, &mut c)?;
        c.end("condensed signature")?;
        Ok(path)
    }

    /// The sibling hashes, from the leaf's sibling up.
    ///
    /// ```
    /// # use dnssec::mtl::{AuthPath, Scheme};
    /// # let mut sig = vec![7u8; 16];
    /// # sig.extend_from_slice(&[0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 5, 0, 0, 0, 4, 0, 0, 0, 5, 0, 1]);
    /// # sig.extend_from_slice(&[9u8; 16]);
    /// let path = AuthPath::parse(Scheme::SlhDsaMtlSha2_128s, &sig)?;
    /// assert_eq!(path.siblings().next(), Some([9u8; 16]));
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn siblings(&self) -> impl Iterator<Item = [u8; N]> + 'a {
        self.siblings.chunks_exact(N).map(|c| {
            let mut h = [0u8; N];
            h.copy_from_slice(c);
            h
        })
    }

    /// The wire form (without a DNSSEC type octet), `scheme.condensed_len(k)`
    /// octets for `k` siblings.
    ///
    /// ```
    /// # use dnssec::mtl::{AuthPath, Scheme};
    /// # let mut sig = vec![7u8; 16];
    /// # sig.extend_from_slice(&[0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0, 0, 6, 0, 0]);
    /// let path = AuthPath::parse(Scheme::SlhDsaMtlSha2_128s, &sig)?;
    /// assert_eq!(path.to_bytes(), sig);
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.scheme.condensed_len(self.siblings.len() / N));
        let gen_a = self.scheme.generation() == Generation::A;
        if gen_a {
            out.extend_from_slice(&self.randomizer);
        }
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(self.sid);
        if !gen_a {
            out.extend_from_slice(&self.randomizer);
        }
        put_index(&mut out, self.scheme, self.leaf);
        put_index(&mut out, self.scheme, self.rung.left);
        put_index(&mut out, self.scheme, self.rung.right);
        let count = self.siblings.len() / N;
        out.extend_from_slice(&u16::try_from(count).unwrap_or(u16::MAX).to_be_bytes());
        out.extend_from_slice(self.siblings);
        out
    }
}
