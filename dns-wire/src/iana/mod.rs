//! Code points from the IANA registries, one file per registry.
//!
//! Every registry is a newtype over its integer with named constants, never
//! a closed enum: values without a mnemonic are valid data and round-trip
//! unchanged (`TYPE65280`, `CLASS32`).

mod macros;

mod class;
mod digest;
mod ede;
mod nsec3hash;
mod opcode;
mod optcode;
mod rcode;
mod rtype;
mod secalg;
mod zoneversion;
// --- rdata-dnssec begin
mod cert;
// --- rdata-dnssec end

pub use class::Class;
pub use digest::DigestAlg;
pub use ede::EdeCode;
pub use nsec3hash::Nsec3HashAlg;
pub use opcode::Opcode;
pub use optcode::OptCode;
pub use rcode::Rcode;
pub use rtype::Rtype;
pub use secalg::SecAlg;
pub use zoneversion::ZoneVersionType;
// --- rdata-dnssec begin
pub use cert::CertType;
// --- rdata-dnssec end

/// A mnemonic that the registry does not hold and that is not in the
/// `PREFIXnnn` form either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("unknown mnemonic")]
pub struct UnknownMnemonic;

/// Strips `prefix` from the start of `s`, ignoring ASCII case.
pub(crate) fn strip_prefix_ci<'s>(s: &'s str, prefix: &str) -> Option<&'s str> {
    let head = s.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) { s.get(prefix.len()..) } else { None }
}

/// Parses a non-empty run of ASCII digits without sign or leading `+`,
/// refusing values above `u32::MAX`.
pub(crate) fn parse_decimal(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 10 {
        return None;
    }
    let mut n: u32 = 0;
    for b in s.bytes() {
        let d = b.checked_sub(b'0').filter(|d| *d < 10)?;
        n = n.checked_mul(10)?.checked_add(u32::from(d))?;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_values_round_trip_through_text() {
        for v in [0u16, 3, 65280, 65535] {
            let t = Rtype::new(v);
            let s = alloc::format!("{t}");
            assert_eq!(Rtype::from_mnemonic(&s), Some(t), "{s}");
        }
        assert_eq!(Rtype::from_mnemonic("TYPE65536"), None);
        assert_eq!(Rtype::from_mnemonic("TYPE"), None);
        assert_eq!(Rtype::from_mnemonic("TYPE+1"), None);
        assert_eq!(Rtype::from_mnemonic("nsap-ptr"), Some(Rtype::NSAP_PTR));
        assert_eq!(Class::from_mnemonic("class1"), Some(Class::IN));
    }

    #[test]
    fn rcode_splits_and_joins() {
        let r = Rcode::BADCOOKIE;
        assert_eq!(Rcode::from_parts(r.header_bits(), r.extended_bits()), r);
        assert_eq!(r.header_bits(), 7);
        assert_eq!(r.extended_bits(), 1);
    }

    #[test]
    fn compressible_types_are_the_rfc1035_ones() {
        for t in [Rtype::NS, Rtype::CNAME, Rtype::SOA, Rtype::PTR, Rtype::MX, Rtype::MINFO] {
            assert!(t.compresses_rdata(), "{t}");
        }
        for t in [Rtype::SRV, Rtype::RRSIG, Rtype::NSEC, Rtype::DNAME, Rtype::A, Rtype::TXT] {
            assert!(!t.compresses_rdata(), "{t}");
        }
    }
}
