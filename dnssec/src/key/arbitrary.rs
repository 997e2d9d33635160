//! [`Arbitrary`] for BIND key files (feature `arbitrary`): valid
//! [`KeyFile`]s and [`PrivateKeyFile`]s for structured fuzzing, so that a
//! target spends its time writing and reading back rather than in the
//! readers' refusals.
//!
//! A `.key` file: any owner name, a TTL up to 2^31 - 1, a class (IN, CH,
//! HS or any number), and a DNSKEY of any flags, protocol and algorithm
//! with a public key of 1 to 1,024 octets. A `.private` file: an algorithm,
//! the eight RSA fields for an RSA algorithm or one `PrivateKey` otherwise,
//! each 1 to 1,024 octets, and distinct timing fields at any time.
//!
//! ```
//! use arbitrary::{Arbitrary, Unstructured};
//! use dnssec::key::{KeyFile, PrivateKeyFile};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let noise: Vec<u8> = (0..600u32).map(|i| (i * 71 % 253) as u8).collect();
//! let mut u = Unstructured::new(&noise);
//! let key = KeyFile::arbitrary(&mut u)?;
//! assert_eq!(KeyFile::parse(&key.to_text(None))?, key);
//! let private = PrivateKeyFile::arbitrary(&mut u)?;
//! assert_eq!(PrivateKeyFile::parse(&private.to_text())?, private);
//! # Ok(()) }
//! ```

use alloc::vec::Vec;

use arbitrary::{Arbitrary, Result, Unstructured};
use dns_wire::NameBuf;
use dns_wire::iana::{Class, SecAlg};

use super::bind::{MAX_FIELD_LEN, is_rsa};
use super::{KeyFile, PrivateKey, PrivateKeyFile, RsaPrivateKey, TimingField};

/// 1 to [`MAX_FIELD_LEN`] octets.
fn value(u: &mut Unstructured<'_>) -> Result<Vec<u8>> {
    let len = u.int_in_range(1..=MAX_FIELD_LEN)?;
    let mut v = Vec::with_capacity(len);
    for _ in 0..len {
        if u.is_empty() {
            break;
        }
        v.push(u8::arbitrary(u)?);
    }
    if v.is_empty() {
        v.push(0);
    }
    Ok(v)
}

impl<'a> Arbitrary<'a> for KeyFile {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let owner = NameBuf::arbitrary(u)?;
        let ttl = u.int_in_range(0..=0x7fff_ffff)?;
        let class = match u.choose_index(4)? {
            0 => Class::IN,
            1 => Class::CH,
            2 => Class::HS,
            _ => Class::new(u.arbitrary()?),
        };
        let mut dnskey = Vec::new();
        dnskey.extend_from_slice(&u16::arbitrary(u)?.to_be_bytes());
        dnskey.push(u.arbitrary()?);
        dnskey.push(u.arbitrary()?);
        dnskey.extend(value(u)?);
        Ok(KeyFile { owner, ttl, class, dnskey })
    }
}

impl<'a> Arbitrary<'a> for PrivateKeyFile {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let algorithm = SecAlg::new(u.arbitrary()?);
        let key = if is_rsa(algorithm) {
            PrivateKey::Rsa(RsaPrivateKey {
                modulus: value(u)?,
                public_exponent: value(u)?,
                private_exponent: value(u)?,
                prime1: value(u)?,
                prime2: value(u)?,
                exponent1: value(u)?,
                exponent2: value(u)?,
                coefficient: value(u)?,
            })
        } else {
            PrivateKey::Scalar(value(u)?)
        };
        let mut timing: Vec<(TimingField, u32)> = Vec::new();
        for _ in 0..u.int_in_range(0..=8)? {
            let (field, _) = *u.choose(&TimingField::ALL)?;
            if timing.iter().all(|(f, _)| *f != field) {
                timing.push((field, u.arbitrary()?));
            }
        }
        Ok(PrivateKeyFile { algorithm, key, timing })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every generated key file is valid: written, it reads back equal
    /// (what `fuzz/`'s `keyfile_arbitrary` asserts), and RSA and other
    /// private keys both come up.
    #[test]
    fn generated_key_files_read_back_equal() {
        let (mut rsa, mut scalar) = (0, 0);
        for seed in 0..2000u32 {
            let noise: Vec<u8> = (0..(64 + seed % 3000))
                .map(|i| (i.wrapping_mul(2_654_435_761) ^ seed.wrapping_mul(40_503)).to_be_bytes()[1])
                .collect();
            let mut u = Unstructured::new(&noise);
            if let Ok(key) = KeyFile::arbitrary(&mut u) {
                let text = key.to_text(Some(seed));
                assert_eq!(KeyFile::parse(&text).as_ref(), Ok(&key), "{text}");
            }
            if let Ok(private) = PrivateKeyFile::arbitrary(&mut u) {
                match private.key {
                    PrivateKey::Rsa(_) => rsa += 1,
                    PrivateKey::Scalar(_) => scalar += 1,
                }
                let text = private.to_text();
                assert_eq!(PrivateKeyFile::parse(&text).as_ref(), Ok(&private), "{text}");
            }
        }
        assert!(rsa > 10 && scalar > 100, "rsa {rsa}, other {scalar}");
    }
}
