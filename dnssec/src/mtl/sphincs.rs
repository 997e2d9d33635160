//! SPHINCS+ round 3.1 "simple" verification for the 128s parameter sets
//! (SHA2 and SHAKE), the underlying signature of generation A ladders
//! (liboqs `SPHINCS+-SHA2-128s-simple` / `SPHINCS+-SHAKE-128s-simple`).
//!
//! FIPS 205 differs from round 3.1 in how the message digest selects the
//! FORS leaves (round 3.1 reads the bits of each octet from the least
//! significant), so FIPS 205 libraries reject these signatures: this module
//! is written from the round-3.1 specification for that reason. Parameters:
//! n = 16, h = 63, d = 7, h' = 9, a = 12, k = 14, w = 16.

use sha2::{Digest, Sha256};
use sha3::Shake256;
use sha3::digest::{ExtendableOutput, Update};

use super::scheme::{HashFamily, N};

const TREE_H: usize = 9;
const LAYERS: usize = 7;
const FORS_H: usize = 12;
const FORS_TREES: usize = 14;
const WOTS_LEN1: usize = 32;
const WOTS_LEN: usize = 35;
const FORS_MSG_BYTES: usize = 21;
const DIGEST_BYTES: usize = 30;
const FORS_BYTES: usize = FORS_TREES * (FORS_H + 1) * N;
const LAYER_BYTES: usize = (WOTS_LEN + TREE_H) * N;
/// The signature length: R, the FORS signature, one WOTS+ signature and
/// authentication path per layer.
pub(crate) const SIG_BYTES: usize = N + FORS_BYTES + LAYERS * LAYER_BYTES;

const WOTS_HASH: u8 = 0;
const WOTS_PK: u8 = 1;
const TREE: u8 = 2;
const FORS_TREE: u8 = 3;
const FORS_ROOTS: u8 = 4;

/// A SPHINCS+ public key: PK.seed and PK.root.
pub(crate) struct PublicKey {
    seed: [u8; N],
    root: [u8; N],
}

impl PublicKey {
    pub(crate) fn new(key: &[u8]) -> Option<Self> {
        let (seed, root) = (key.get(..N)?, key.get(N..)?);
        Some(Self { seed: seed.try_into().ok()?, root: root.try_into().ok()? })
    }
}

/// A 32-octet address: layer, tree, type, key pair, chain or height, hash
/// or index, each big-endian in its word.
#[derive(Clone, Copy, Default)]
struct Adrs([u8; 32]);

impl Adrs {
    fn new(layer: u32, tree: u64, kind: u8) -> Self {
        let mut a = [0u8; 32];
        a[0..4].copy_from_slice(&layer.to_be_bytes());
        a[8..16].copy_from_slice(&tree.to_be_bytes());
        a[19] = kind;
        Self(a)
    }

    fn with(mut self, keypair: u32, word2: u32, word3: u32) -> Self {
        self.0[20..24].copy_from_slice(&keypair.to_be_bytes());
        self.at(word2, word3)
    }

    /// Sets the chain (or height) and hash (or index) words.
    fn at(mut self, word2: u32, word3: u32) -> Self {
        self.0[24..28].copy_from_slice(&word2.to_be_bytes());
        self.0[28..32].copy_from_slice(&word3.to_be_bytes());
        self
    }

    /// The 22-octet form of the SHA2 sets.
    fn compressed(&self) -> [u8; 22] {
        let a = &self.0;
        let mut c = [0u8; 22];
        c[0] = a[3];
        c[1..9].copy_from_slice(&a[8..16]);
        c[9] = a[19];
        c[10..22].copy_from_slice(&a[20..32]);
        c
    }
}

struct Hashes<'k> {
    family: HashFamily,
    key: &'k PublicKey,
}

impl Hashes<'_> {
    /// The tweakable hash T (F and H are its one- and two-block cases).
    fn thash(&self, adrs: &Adrs, input: &[u8]) -> [u8; N] {
        let mut out = [0u8; N];
        match self.family {
            HashFamily::Shake => {
                let mut h = Shake256::default();
                h.update(&self.key.seed);
                h.update(&adrs.0);
                h.update(input);
                h.finalize_xof_into(&mut out);
            }
            HashFamily::Sha2 => {
                let mut block = [0u8; 64];
                block[..N].copy_from_slice(&self.key.seed);
                let mut h = Sha256::new();
                Digest::update(&mut h, block);
                Digest::update(&mut h, adrs.compressed());
                Digest::update(&mut h, input);
                out.copy_from_slice(&h.finalize()[..N]);
            }
        }
        out
    }

    fn h_msg(&self, r: &[u8], msg: &[&[u8]]) -> [u8; DIGEST_BYTES] {
        let mut out = [0u8; DIGEST_BYTES];
        match self.family {
            HashFamily::Shake => {
                let mut h = Shake256::default();
                for part in [r, &self.key.seed[..], &self.key.root[..]].into_iter().chain(msg.iter().copied()) {
                    h.update(part);
                }
                h.finalize_xof_into(&mut out);
            }
            HashFamily::Sha2 => {
                let mut h = Sha256::new();
                for part in [r, &self.key.seed[..], &self.key.root[..]].into_iter().chain(msg.iter().copied()) {
                    Digest::update(&mut h, part);
                }
                let inner = h.finalize();
                // MGF1-SHA-256(R || PK.seed || inner): one block is enough.
                let mut g = Sha256::new();
                Digest::update(&mut g, r);
                Digest::update(&mut g, self.key.seed);
                Digest::update(&mut g, inner);
                Digest::update(&mut g, [0u8; 4]);
                out.copy_from_slice(&g.finalize()[..DIGEST_BYTES]);
            }
        }
        out
    }

    /// The root of a tree of `height` from a leaf and its authentication
    /// path; `offset` is added to the node indexes (FORS trees).
    fn root(&self, mut adrs: Adrs, leaf: [u8; N], index: u32, offset: u32, auth: &[u8]) -> [u8; N] {
        let mut node = leaf;
        let mut buf = [0u8; 2 * N];
        for (j, sibling) in (1u32..).zip(auth.chunks_exact(N)) {
            let (left, right) = buf.split_at_mut(N);
            if (index >> (j - 1)) & 1 == 1 {
                left.copy_from_slice(sibling);
                right.copy_from_slice(&node);
            } else {
                left.copy_from_slice(&node);
                right.copy_from_slice(sibling);
            }
            adrs = adrs.at(j, (index >> j) + (offset >> j));
            node = self.thash(&adrs, &buf);
        }
        node
    }
}

/// The FORS indexes: 14 numbers of 12 bits, bits read from the least
/// significant of each octet (round 3.1).
fn fors_indexes(md: &[u8; DIGEST_BYTES]) -> [u32; FORS_TREES] {
    let mut out = [0u32; FORS_TREES];
    let mut offset = 0usize;
    for index in &mut out {
        for j in 0..FORS_H {
            let bit = (md[offset / 8] >> (offset % 8)) & 1;
            *index |= u32::from(bit) << j;
            offset += 1;
        }
    }
    out
}

/// The WOTS+ chain positions of a 16-octet message: 32 nibbles (most
/// significant first) and the 3-nibble checksum.
fn chain_lengths(msg: &[u8; N]) -> [u32; WOTS_LEN] {
    let mut out = [0u32; WOTS_LEN];
    for (i, b) in msg.iter().enumerate() {
        out[2 * i] = u32::from(b >> 4);
        out[2 * i + 1] = u32::from(b & 15);
    }
    let csum: u32 = out[..WOTS_LEN1].iter().map(|d| 15 - d).sum::<u32>() << 4;
    out[WOTS_LEN1] = (csum >> 12) & 15;
    out[WOTS_LEN1 + 1] = (csum >> 8) & 15;
    out[WOTS_LEN1 + 2] = (csum >> 4) & 15;
    out
}

fn hash_array(bytes: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(bytes);
    out
}

/// Verifies a SPHINCS+ round-3.1 128s signature of the concatenation of
/// `msg`; false for any signature of the wrong length.
pub(crate) fn verify(family: HashFamily, key: &PublicKey, msg: &[&[u8]], sig: &[u8]) -> bool {
    if sig.len() != SIG_BYTES {
        return false;
    }
    let hashes = Hashes { family, key };
    let (r, rest) = sig.split_at(N);
    let (fors, layers) = rest.split_at(FORS_BYTES);
    let digest = hashes.h_msg(r, msg);
    let mut tree_bytes = [0u8; 8];
    tree_bytes[1..8].copy_from_slice(&digest[FORS_MSG_BYTES..FORS_MSG_BYTES + 7]);
    let mut tree = u64::from_be_bytes(tree_bytes) & ((1u64 << 54) - 1);
    let leaf_bytes = [digest[FORS_MSG_BYTES + 7], digest[FORS_MSG_BYTES + 8]];
    let mut leaf = u32::from(u16::from_be_bytes(leaf_bytes)) & ((1 << TREE_H) - 1);

    // FORS: one root per tree, compressed into the FORS public key.
    let fors_adrs = Adrs::new(0, tree, FORS_TREE).with(leaf, 0, 0);
    let mut roots = [0u8; FORS_TREES * N];
    for (i, ((idx, part), root)) in fors_indexes(&digest)
        .into_iter()
        .zip(fors.chunks_exact((FORS_H + 1) * N))
        .zip(roots.chunks_exact_mut(N))
        .enumerate()
    {
        let offset = u32::try_from(i << FORS_H).unwrap_or(u32::MAX);
        let (sk, auth) = part.split_at(N);
        let leaf_hash = hashes.thash(&fors_adrs.with(leaf, 0, idx + offset), sk);
        root.copy_from_slice(&hashes.root(fors_adrs.with(leaf, 0, 0), leaf_hash, idx, offset, auth));
    }
    let mut node = hashes.thash(&Adrs::new(0, tree, FORS_ROOTS).with(leaf, 0, 0), &roots);

    // The hypertree: a WOTS+ signature of the node below and a path per layer.
    for (layer, part) in (0u32..).zip(layers.chunks_exact(LAYER_BYTES)) {
        let (wots, auth) = part.split_at(WOTS_LEN * N);
        let mut pk = [0u8; WOTS_LEN * N];
        for ((chain, (start, sig_part)), out) in
            (0u32..).zip(chain_lengths(&node).into_iter().zip(wots.chunks_exact(N))).zip(pk.chunks_exact_mut(N))
        {
            let mut value = hash_array(sig_part);
            for pos in start..15 {
                value = hashes.thash(&Adrs::new(layer, tree, WOTS_HASH).with(leaf, chain, pos), &value);
            }
            out.copy_from_slice(&value);
        }
        let leaf_hash = hashes.thash(&Adrs::new(layer, tree, WOTS_PK).with(leaf, 0, 0), &pk);
        node = hashes.root(Adrs::new(layer, tree, TREE), leaf_hash, leaf, 0, auth);
        leaf = u32::try_from(tree & ((1 << TREE_H) - 1)).unwrap_or(0);
        tree >>= TREE_H;
    }
    node == key.root
}
