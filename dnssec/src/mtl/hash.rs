//! The node hashes: leaf (message) hashes and internal node hashes of both
//! generations, SHA-2 and SHAKE.
//!
//! Generation A (library v1.1.2): SPHINCS+-style tweakable hashes keyed by
//! PK.seed with an address carrying the SID, the node type (16 message, 17
//! leaf, 18 internal) and the node's indexes. Generation B (library v1.2):
//! H(SID || ...) with SHAKE128, or SHA-256 behind a block-padded
//! customization prefix ("cSHA2"), both truncated to n octets.

use sha2::{Digest, Sha256};
use sha3::digest::{ExtendableOutput, Update};
use sha3::{Shake128, Shake256};

use super::node::NodeId;
use super::scheme::{Generation, HashFamily, N, Scheme};

const TYPE_MSG: u8 = 16;
const TYPE_DATA: u8 = 17;
const TYPE_TREE: u8 = 18;

/// The prefix of library v1.2's "cSHA2" (zero-padded to the SHA-256 block).
const CSHA2_PREFIX: &[u8] = &[0x01, 0x06, b'M', b'T', b'L', b'O', b'I', b'D'];

/// The hashes of one key's series: the scheme, the underlying public key
/// (generation A takes PK.seed and PK.root from it) and the SID.
pub(crate) struct Hasher<'a> {
    scheme: Scheme,
    seed: &'a [u8],
    root: &'a [u8],
    sid: &'a [u8],
}

/// The 32-octet address of generation A: layer 0, the SID right-aligned in
/// the tree address, type, 0, left, right.
fn adrs(sid: &[u8], kind: u8, left: u64, right: u64) -> [u8; 32] {
    let mut a = [0u8; 32];
    let (tree, rest) = a.split_at_mut(16);
    let at = tree.len().saturating_sub(sid.len());
    if let Some(t) = tree.get_mut(at..) {
        t.copy_from_slice(sid.get(..t.len()).unwrap_or_default());
    }
    rest[3] = kind;
    rest[8..12].copy_from_slice(&index32(left));
    rest[12..16].copy_from_slice(&index32(right));
    a
}

/// The compressed 22-octet address of generation A's SHA-2 hashes.
fn adrs_c(sid: &[u8], kind: u8, left: u64, right: u64) -> [u8; 22] {
    let mut a = [0u8; 22];
    a[1..9].copy_from_slice(sid.get(..8).unwrap_or(&[0; 8]));
    a[9] = kind;
    a[14..18].copy_from_slice(&index32(left));
    a[18..22].copy_from_slice(&index32(right));
    a
}

/// Generation A indexes are below 2^32 (see `wire::put_index`).
fn index32(i: u64) -> [u8; 4] {
    let be = i.to_be_bytes();
    [be[4], be[5], be[6], be[7]]
}

fn shake256(parts: &[&[u8]]) -> [u8; N] {
    let mut h = Shake256::default();
    parts.iter().for_each(|p| h.update(p));
    let mut out = [0u8; N];
    h.finalize_xof_into(&mut out);
    out
}

fn shake128(parts: &[&[u8]]) -> [u8; N] {
    let mut h = Shake128::default();
    parts.iter().for_each(|p| h.update(p));
    let mut out = [0u8; N];
    h.finalize_xof_into(&mut out);
    out
}

fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    let mut h = Sha256::new();
    parts.iter().for_each(|p| Digest::update(&mut h, p));
    h.finalize().into()
}

fn truncate(full: [u8; 32]) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(&full[..N]);
    out
}

impl<'a> Hasher<'a> {
    /// `key` is the underlying public key (its length checked by the
    /// caller), `sid` the series identifier.
    pub(crate) fn new(scheme: Scheme, key: &'a [u8], sid: &'a [u8]) -> Self {
        let (seed, root) = key.split_at(N.min(key.len()));
        Self { scheme, seed, root: root.get(..N).unwrap_or(root), sid }
    }

    /// Generation A's SHA-2 F/H: SHA-256(PK.seed padded to 64 || ADRS^c || x).
    fn sha2_tweak(&self, kind: u8, node: NodeId, parts: &[&[u8]]) -> [u8; N] {
        let mut block = [0u8; 64];
        block[..self.seed.len()].copy_from_slice(self.seed);
        let a = adrs_c(self.sid, kind, node.left, node.right);
        let mut h = Sha256::new();
        Digest::update(&mut h, block);
        Digest::update(&mut h, a);
        parts.iter().for_each(|p| Digest::update(&mut h, p));
        truncate(h.finalize().into())
    }

    /// Generation B's cSHA2 placeholder: SHA-256(prefix padded to 64 || x).
    fn csha2(parts: &[&[u8]]) -> [u8; N] {
        let mut block = [0u8; 64];
        block[..CSHA2_PREFIX.len()].copy_from_slice(CSHA2_PREFIX);
        let mut h = Sha256::new();
        Digest::update(&mut h, block);
        parts.iter().for_each(|p| Digest::update(&mut h, p));
        truncate(h.finalize().into())
    }

    /// The hash of leaf `index` for message `msg` with randomizer `r` and
    /// context `ctx` (at most 255 octets, checked by the caller).
    pub(crate) fn leaf(&self, r: &[u8; N], index: u64, ctx: &[u8], msg: &[u8]) -> [u8; N] {
        let ctx_len = [u8::try_from(ctx.len()).unwrap_or(u8::MAX)];
        match (self.scheme.generation(), self.scheme.hash_family()) {
            (Generation::A, family) => {
                let a = adrs(self.sid, TYPE_MSG, 0, index);
                let d: [&[u8]; 7] = [r, self.seed, self.root, &[0x80], &ctx_len, ctx, &a];
                let data = match family {
                    HashFamily::Shake => {
                        let mut h = Shake256::default();
                        d.iter().for_each(|p| h.update(p));
                        h.update(msg);
                        let mut out = [0u8; N];
                        h.finalize_xof_into(&mut out);
                        out
                    }
                    HashFamily::Sha2 => {
                        let mut h = Sha256::new();
                        d.iter().for_each(|p| Digest::update(&mut h, p));
                        Digest::update(&mut h, msg);
                        let inner: [u8; 32] = h.finalize().into();
                        // MGF1-SHA-256(R || PK.seed || inner, n): one block.
                        truncate(sha256(&[r, self.seed, &inner, &[0, 0, 0, 0]]))
                    }
                };
                let a = adrs(self.sid, TYPE_DATA, 0, index);
                match family {
                    HashFamily::Shake => shake256(&[self.seed, &a, &data]),
                    HashFamily::Sha2 => self.sha2_tweak(TYPE_DATA, NodeId { left: 0, right: index }, &[&data]),
                }
            }
            (Generation::B, family) => {
                let i = index.to_be_bytes();
                let parts: [&[u8]; 6] = [self.sid, r, &i, &ctx_len, ctx, msg];
                match family {
                    HashFamily::Shake => shake128(&parts),
                    HashFamily::Sha2 => Self::csha2(&parts),
                }
            }
        }
    }

    /// The hash of internal node `node` over its children.
    pub(crate) fn internal(&self, node: NodeId, left: &[u8; N], right: &[u8; N]) -> [u8; N] {
        match (self.scheme.generation(), self.scheme.hash_family()) {
            (Generation::A, HashFamily::Shake) => {
                shake256(&[self.seed, &adrs(self.sid, TYPE_TREE, node.left, node.right), left, right])
            }
            (Generation::A, HashFamily::Sha2) => self.sha2_tweak(TYPE_TREE, node, &[left, right]),
            (Generation::B, family) => {
                let (l, r) = (node.left.to_be_bytes(), node.right.to_be_bytes());
                let parts: [&[u8]; 5] = [self.sid, &l, &r, left, right];
                match family {
                    HashFamily::Shake => shake128(&parts),
                    HashFamily::Sha2 => Self::csha2(&parts),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(s: &str) -> [u8; N] {
        let mut out = [0u8; N];
        for (o, i) in out.iter_mut().zip((0..s.len()).step_by(2)) {
            *o = u8::from_str_radix(&s[i..i + 2], 16).unwrap();
        }
        out
    }

    /// The intermediate nodes of the Verisign ML-DSA-44-MTL demo (the
    /// `expected_intermediates` of tests/data/pqc/mtl-v1.2-demo-...json):
    /// generation B, SHAKE128, leaf 4 up to the rung (0,7).
    #[test]
    fn generation_b_shake_intermediates() {
        let sid: [u8; 32] = {
            let (a, b) = (h("8f5ce818a1df091dfb8288ccad6ff450"), h("99a48c464f540cab05114981736bb9d0"));
            let mut s = [0u8; 32];
            s[..16].copy_from_slice(&a);
            s[16..].copy_from_slice(&b);
            s
        };
        let msg: [u8; 61] = [
            0x00, 0x01, 0x83, 0x03, 0x00, 0x00, 0x0e, 0x10, 0x69, 0x81, 0xf6, 0xc9, 0x69, 0x5d, 0x0c, 0xc9, 0xb5, 0x9b,
            0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x03, 0x6f, 0x72, 0x67, 0x00, 0x02, 0x6e, 0x73, 0x07, 0x65,
            0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x03, 0x6f, 0x72, 0x67, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x0e,
            0x10, 0x00, 0x04, 0xc0, 0xa8, 0x01, 0x32,
        ];
        let hasher = Hasher::new(Scheme::MlDsa44MtlShake128, &[0u8; 32], &sid);
        let leaf = hasher.leaf(&h("c328bba50c17738b1f081ece4c0db4c7"), 4, &[], &msg);
        assert_eq!(leaf, h("ceb61a79cefafc18be08495d1d9f212d"));
        let n45 = hasher.internal(NodeId { left: 4, right: 5 }, &leaf, &h("b1a6e1a4db73ce8d9ac4449ab8f337b3"));
        assert_eq!(n45, h("439ea68b0bf8c252782ce8934bbedad2"));
        let n47 = hasher.internal(NodeId { left: 4, right: 7 }, &n45, &h("5c91bf49af54183532cd0584162d7f8a"));
        assert_eq!(n47, h("2ef001d158ef395cb7af58bafbeebb31"));
        let n07 = hasher.internal(NodeId { left: 0, right: 7 }, &h("d8d1f80104c99e8438acf89a8872237c"), &n47);
        assert_eq!(n07, h("fc1116c69a14e5ab88ed3680bdac01fc"));
    }

    /// Generation A addresses: the SID right-aligned in the 12-octet tree
    /// address, and the 22-octet compressed form.
    #[test]
    fn generation_a_addresses() {
        let sid = [1, 2, 3, 4, 5, 6, 7, 8];
        let a = adrs(&sid, TYPE_TREE, 4, 7);
        assert_eq!(a[..8], [0u8; 8]);
        assert_eq!(a[8..16], sid);
        assert_eq!(a[16..20], [0, 0, 0, 18]);
        assert_eq!(a[20..], [0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 7]);
        let c = adrs_c(&sid, TYPE_DATA, 0, 9);
        assert_eq!(c, [0, 1, 2, 3, 4, 5, 6, 7, 8, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9]);
    }
}
