//! Ladders: the rungs a signer signs once per batch, the signed form that
//! travels in full signatures, and the verified form a validator caches.

use alloc::vec::Vec;

use super::error::MtlError;
use super::node::NodeId;
use super::scheme::{N, Scheme};
use super::wire::Cursor;

const FIELD: &str = "ladder";

/// The most rungs a ladder can have: one per bit of a u64 leaf count.
pub const MAX_RUNGS: usize = 64;

/// A rung: the subtree it covers and its hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rung {
    /// The subtree.
    pub node: NodeId,
    /// Its hash.
    pub hash: [u8; N],
}

/// A signed ladder as read from a full signature or a `signed_ladder_hex`
/// vector: the ladder octets (what the underlying scheme signs), its
/// rungs, and the underlying signature. Not yet verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedLadder<'a> {
    /// The scheme it was read for.
    pub scheme: Scheme,
    /// The series identifier.
    pub sid: &'a [u8],
    /// The ladder octets as signed.
    pub ladder: &'a [u8],
    /// The rungs, ascending and disjoint.
    pub rungs: Vec<Rung>,
    /// The underlying signature.
    pub signature: &'a [u8],
}

impl<'a> SignedLadder<'a> {
    /// Reads a signed ladder from the front of `c`.
    pub(crate) fn read(scheme: Scheme, c: &mut Cursor<'a>) -> Result<Self, MtlError> {
        let start = c.pos();
        let whole = c.rest();
        let flags = c.u16("ladder flags")?;
        if flags != 0 {
            return Err(MtlError::Flags { field: FIELD, flags });
        }
        let sid = c.take(scheme.sid_len(), "ladder series identifier")?;
        let count = c.u16("rung count")?;
        if usize::from(count) > MAX_RUNGS {
            return Err(MtlError::RungCount(count));
        }
        let mut rungs: Vec<Rung> = Vec::with_capacity(usize::from(count));
        for index in 0..usize::from(count) {
            let left = c.index(scheme, "rung left index")?;
            let right = c.index(scheme, "rung right index")?;
            let node = NodeId { left, right };
            node.height().ok_or(MtlError::NotASubtree { field: FIELD, left, right })?;
            if rungs.last().is_some_and(|prev| prev.node.right >= left) {
                return Err(MtlError::RungOrder { index });
            }
            rungs.push(Rung { node, hash: c.hash("rung hash")? });
        }
        let ladder = whole.get(..c.pos() - start).unwrap_or_default();
        let expected = scheme.underlying().signature_len();
        let len = c.u32("ladder signature length")?;
        if usize::try_from(len).ok() != Some(expected) {
            return Err(MtlError::LadderSignatureLength { expected, found: len });
        }
        let signature = c.take(expected, "ladder signature")?;
        Ok(Self { scheme, sid, ladder, rungs, signature })
    }

    /// Reads a signed ladder that is the whole of `bytes` (a vector's
    /// `signed_ladder_hex`, or what a full signature carries after its path).
    ///
    /// ```
    /// use dnssec::mtl::{NodeId, Scheme, SignedLadder};
    /// let s = Scheme::MlDsa44MtlShake128;
    /// let mut bytes = vec![0, 0];
    /// bytes.extend_from_slice(&[5u8; 32]); // SID
    /// bytes.extend_from_slice(&[0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]); // one rung: (0,1)
    /// bytes.extend_from_slice(&[6u8; 16]); // its hash
    /// bytes.extend_from_slice(&2420u32.to_be_bytes());
    /// bytes.extend_from_slice(&[0u8; 2420]);
    /// let signed = SignedLadder::parse(s, &bytes)?;
    /// assert_eq!(signed.rungs[0].node, NodeId { left: 0, right: 1 });
    /// assert_eq!(signed.ladder.len(), s.ladder_len(1));
    /// assert_eq!(bytes.len(), s.signed_ladder_len(1));
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn parse(scheme: Scheme, bytes: &'a [u8]) -> Result<Self, MtlError> {
        let mut c = Cursor::new(bytes);
        let signed = Self::read(scheme, &mut c)?;
        c.end("signed ladder")?;
        Ok(signed)
    }
}

/// A ladder whose underlying signature verified
/// ([`verify_ladder`](super::verify_ladder)): what a validator caches, keyed
/// by its series identifier, to check condensed signatures against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedLadder {
    pub(crate) scheme: Scheme,
    pub(crate) sid: Vec<u8>,
    pub(crate) rungs: Vec<Rung>,
}

impl VerifiedLadder {
    /// The scheme.
    ///
    /// ```
    /// use dnssec::mtl::{PublicKey, Scheme, SignedLadder, Signer, verify_ladder};
    /// let mut signer = Signer::from_seed(Scheme::MlDsa44MtlShake128, &[1u8; 32], &[2u8; 32])?;
    /// for i in 0..3u8 {
    ///     signer.append([i; 16], &[i]);
    /// }
    /// let (signed, key) = (signer.signed_ladder()?, signer.public_key());
    /// let key = PublicKey::with_sid(Scheme::MlDsa44MtlShake128, &key)?;
    /// let ladder = verify_ladder(&key, &SignedLadder::parse(key.scheme, &signed)?)?;
    /// assert_eq!(ladder.scheme(), Scheme::MlDsa44MtlShake128);
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// The series identifier, the key a ladder cache uses.
    ///
    /// ```
    /// use dnssec::mtl::{PublicKey, Scheme, SignedLadder, Signer, verify_ladder};
    /// let mut signer = Signer::from_seed(Scheme::MlDsa44MtlShake128, &[1u8; 32], &[2u8; 32])?;
    /// for i in 0..3u8 {
    ///     signer.append([i; 16], &[i]);
    /// }
    /// let (signed, key) = (signer.signed_ladder()?, signer.public_key());
    /// let key = PublicKey::with_sid(Scheme::MlDsa44MtlShake128, &key)?;
    /// let ladder = verify_ladder(&key, &SignedLadder::parse(key.scheme, &signed)?)?;
    /// assert_eq!(ladder.sid(), [2u8; 32]);
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn sid(&self) -> &[u8] {
        &self.sid
    }

    /// The rungs, ascending.
    ///
    /// ```
    /// use dnssec::mtl::{NodeId, PublicKey, Scheme, SignedLadder, Signer, verify_ladder};
    /// let mut signer = Signer::from_seed(Scheme::MlDsa44MtlShake128, &[1u8; 32], &[2u8; 32])?;
    /// for i in 0..3u8 {
    ///     signer.append([i; 16], &[i]);
    /// }
    /// let (signed, key) = (signer.signed_ladder()?, signer.public_key());
    /// let key = PublicKey::with_sid(Scheme::MlDsa44MtlShake128, &key)?;
    /// let ladder = verify_ladder(&key, &SignedLadder::parse(key.scheme, &signed)?)?;
    /// let rungs: Vec<NodeId> = ladder.rungs().iter().map(|r| r.node).collect();
    /// assert_eq!(rungs, [NodeId { left: 0, right: 1 }, NodeId::leaf(2)]);
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn rungs(&self) -> &[Rung] {
        &self.rungs
    }

    /// The rung that is exactly `node`, if any.
    pub(crate) fn rung(&self, node: NodeId) -> Option<&Rung> {
        let i = self.rungs.binary_search_by_key(&node.left, |r| r.node.left).ok()?;
        self.rungs.get(i).filter(|r| r.node == node)
    }
}
