//! Signing a series of messages in MTL mode (generation B): the node set,
//! one underlying signature per ladder, condensed signatures from the paths.

use alloc::boxed::Box;
use alloc::vec::Vec;

use ml_dsa::signature::Keypair;
use ml_dsa::{B32, MlDsa44};

use super::error::MtlError;
use super::hash::Hasher;
use super::node_set::NodeSet;
use super::scheme::{Generation, N, Scheme};
use super::wire::put_index;

enum LadderKey {
    MlDsa44(Box<ml_dsa::SigningKey<MlDsa44>>),
    SlhDsaSha2(Box<slh_dsa::SigningKey<slh_dsa::Sha2_128s>>),
    SlhDsaShake(Box<slh_dsa::SigningKey<slh_dsa::Shake128s>>),
}

/// The signer of one MTL series: it appends messages as leaves, signs the
/// ladder of the leaves so far once per batch, and makes the condensed
/// signature of any leaf against the current ladder. Generation B schemes
/// only (generation A ladders would need SPHINCS+ round-3.1 signing).
pub struct Signer {
    scheme: Scheme,
    sid: Vec<u8>,
    key: LadderKey,
    public: Vec<u8>,
    nodes: NodeSet,
    randomizers: Vec<[u8; N]>,
}

impl Signer {
    /// A signer whose underlying key is derived from `seed` (ML-DSA-44: the
    /// 32-octet ξ of FIPS 204; SLH-DSA: SK.seed || SK.prf || PK.seed, 48
    /// octets) for the series `sid` (2n = 32 octets). Both must be secret
    /// random values: this crate has no random source of its own.
    ///
    /// ```
    /// use dnssec::mtl::{PublicKey, Scheme, Signature, Signer, verify};
    /// let mut signer = Signer::from_seed(Scheme::MlDsa44MtlShake128, &[1u8; 32], &[2u8; 32])?;
    /// let msgs: [&[u8]; 3] = [b"www A", b"mail A", b"example MX"];
    /// for (i, m) in msgs.iter().enumerate() {
    ///     signer.append([i as u8; 16], m); // randomizers: random in real use
    /// }
    /// let ladder = signer.signed_ladder()?; // one ML-DSA signature for the batch
    /// let key_bytes = signer.public_key();
    /// let key = PublicKey::with_sid(Scheme::MlDsa44MtlShake128, &key_bytes)?;
    /// let mut full = signer.condensed(1)?;
    /// full.extend_from_slice(&ladder);
    /// verify(&key, b"mail A", &Signature::parse(key.scheme, &full)?, None)?;
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn from_seed(scheme: Scheme, seed: &[u8], sid: &[u8]) -> Result<Self, MtlError> {
        if scheme.generation() == Generation::A {
            return Err(MtlError::SigningUnsupported(scheme));
        }
        if sid.len() != scheme.sid_len() {
            return Err(MtlError::SidLength { expected: scheme.sid_len(), found: sid.len() });
        }
        let expected = if scheme == Scheme::MlDsa44MtlShake128 { 32 } else { 3 * N };
        if seed.len() != expected {
            return Err(MtlError::SeedLength { expected, found: seed.len() });
        }
        let (key, public) = match scheme {
            Scheme::MlDsa44MtlShake128 => {
                let xi = B32::try_from(seed).map_err(|_| MtlError::SeedLength { expected, found: seed.len() })?;
                let sk = ml_dsa::SigningKey::<MlDsa44>::from_seed(&xi);
                let public = sk.verifying_key().encode().as_slice().to_vec();
                (LadderKey::MlDsa44(Box::new(sk)), public)
            }
            Scheme::SlhDsaSha2_128sMtlSha2_128 => {
                let sk = slh_keygen::<slh_dsa::Sha2_128s>(seed);
                let public = sk.as_ref().to_bytes().as_slice().to_vec();
                (LadderKey::SlhDsaSha2(Box::new(sk)), public)
            }
            _ => {
                let sk = slh_keygen::<slh_dsa::Shake128s>(seed);
                let public = sk.as_ref().to_bytes().as_slice().to_vec();
                (LadderKey::SlhDsaShake(Box::new(sk)), public)
            }
        };
        Ok(Self { scheme, sid: sid.to_vec(), key, public, nodes: NodeSet::default(), randomizers: Vec::new() })
    }

    /// SID || underlying public key (what [`PublicKey::with_sid`](super::PublicKey::with_sid) reads).
    ///
    /// ```
    /// # use dnssec::mtl::{Scheme, Signer};
    /// let signer = Signer::from_seed(Scheme::MlDsa44MtlShake128, &[1u8; 32], &[2u8; 32])?;
    /// assert_eq!(signer.public_key().len(), Scheme::MlDsa44MtlShake128.public_key_len());
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn public_key(&self) -> Vec<u8> {
        let mut out = self.sid.clone();
        out.extend_from_slice(&self.public);
        out
    }

    /// Appends `msg` as the next leaf, with its randomizer (n random octets,
    /// carried in its signatures), and returns the leaf index.
    ///
    /// ```
    /// # use dnssec::mtl::{Scheme, Signer};
    /// let mut signer = Signer::from_seed(Scheme::MlDsa44MtlShake128, &[1u8; 32], &[2u8; 32])?;
    /// assert_eq!(signer.append([0; 16], b"first"), 0);
    /// assert_eq!(signer.append([1; 16], b"second"), 1);
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn append(&mut self, randomizer: [u8; N], msg: &[u8]) -> u64 {
        let index = self.nodes.leaf_count();
        let hasher = Hasher::new(self.scheme, &self.public, &self.sid);
        let leaf = hasher.leaf(&randomizer, index, &[], msg);
        self.nodes.append(&hasher, leaf);
        self.randomizers.push(randomizer);
        index
    }

    /// The ladder of every leaf appended so far, signed with the underlying
    /// key: ladder || u32 length || signature.
    ///
    /// ```
    /// # use dnssec::mtl::{Scheme, Signer};
    /// let s = Scheme::MlDsa44MtlShake128;
    /// let mut signer = Signer::from_seed(s, &[1u8; 32], &[2u8; 32])?;
    /// for i in 0..7u8 { signer.append([i; 16], &[i]); }
    /// assert_eq!(signer.signed_ladder()?.len(), s.signed_ladder_len(3)); // rungs (0,3) (4,5) (6,6)
    /// # Ok::<(), dnssec::mtl::MtlError>(())
    /// ```
    pub fn signed_ladder(&self) -> Result<Vec<u8>, MtlError> {
        let rungs = self.nodes.ladder();
        let count = u16::try_from(rungs.len()).map_err(|_| MtlError::NoLadder)?;
        let mut out = Vec::with_capacity(self.scheme.signed_ladder_len(rungs.len()));
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(&self.sid);
        out.extend_from_slice(&count.to_be_bytes());
        for (node, hash) in &rungs {
            put_index(&mut out, self.scheme, node.left);
            put_index(&mut out, self.scheme, node.right);
            out.extend_from_slice(hash);
        }
        let sig = match &self.key {
            LadderKey::MlDsa44(sk) => {
                sk.expanded_key().sign_deterministic(&out, &[]).map(|s| s.encode().as_slice().to_vec())
            }
            LadderKey::SlhDsaSha2(sk) => {
                sk.try_sign_with_context(&out, &[], None).map(|s| s.to_bytes().as_slice().to_vec())
            }
            LadderKey::SlhDsaShake(sk) => {
                sk.try_sign_with_context(&out, &[], None).map(|s| s.to_bytes().as_slice().to_vec())
            }
        }
        .map_err(|_| MtlError::LadderSignature)?;
        let len = u32::try_from(sig.len()).map_err(|_| MtlError::LadderSignature)?;
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(&sig);
        Ok(out)
    }

    /// The condensed signature of `leaf` against the current ladder (library
    /// form), `scheme.condensed_len(k)` octets for a rung of height k.
    ///
    /// ```
    /// # use dnssec::mtl::{MtlError, Scheme, Signer};
    /// let s = Scheme::MlDsa44MtlShake128;
    /// let mut signer = Signer::from_seed(s, &[1u8; 32], &[2u8; 32])?;
    /// for i in 0..10u8 { signer.append([i; 16], &[i]); }
    /// assert_eq!(signer.condensed(3)?.len(), s.condensed_len(3)); // rung (0,7)
    /// assert_eq!(signer.condensed(9)?.len(), s.condensed_len(1)); // rung (8,9)
    /// assert_eq!(signer.condensed(10), Err(MtlError::NoSuchLeaf { leaf: 10, count: 10 }));
    /// # Ok::<(), MtlError>(())
    /// ```
    pub fn condensed(&self, leaf: u64) -> Result<Vec<u8>, MtlError> {
        let count = self.nodes.leaf_count();
        let missing = MtlError::NoSuchLeaf { leaf, count };
        let randomizer = usize::try_from(leaf).ok().and_then(|i| self.randomizers.get(i)).ok_or(missing)?;
        let (rung, siblings) = self.nodes.path(leaf).ok_or(missing)?;
        let k = u16::try_from(siblings.len() / N).map_err(|_| missing)?;
        let mut out = Vec::with_capacity(self.scheme.condensed_len(usize::from(k)));
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(&self.sid);
        out.extend_from_slice(randomizer);
        put_index(&mut out, self.scheme, leaf);
        put_index(&mut out, self.scheme, rung.left);
        put_index(&mut out, self.scheme, rung.right);
        out.extend_from_slice(&k.to_be_bytes());
        out.extend_from_slice(&siblings);
        Ok(out)
    }
}

fn slh_keygen<P: slh_dsa::ParameterSet>(seed: &[u8]) -> slh_dsa::SigningKey<P> {
    let (sk_seed, rest) = seed.split_at(N);
    let (sk_prf, pk_seed) = rest.split_at(N);
    slh_dsa::SigningKey::<P>::slh_keygen_internal(sk_seed, sk_prf, pk_seed)
}
