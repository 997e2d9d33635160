//! The 12-octet message header (RFC 1035 section 4.1.1).

use crate::iana::Opcode;

/// Offsets of the header fields.
mod field {
    pub const ID: usize = 0;
    pub const FLAGS: usize = 2;
    pub const COUNTS: usize = 4;
    pub const LEN: usize = 12;
}

/// The length of the header in octets.
pub const HEADER_LEN: usize = field::LEN;

/// A message header: ID, flags and the four section counts.
///
/// This is a small owned copy (it is `Copy`); its `set_*` methods
/// serve builders. The RCODE here is only the header's 4 bits; the full
/// value with the EDNS extension is [`Message::rcode`](crate::Message::rcode).
///
/// ```
/// use dns_wire::message::Header;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let h = Header::parse(&[0x12, 0x34, 0x81, 0x80, 0, 1, 0, 2, 0, 0, 0, 0])?;
/// assert_eq!(h.id(), 0x1234);
/// assert!(h.qr() && h.rd() && h.ra() && !h.aa());
/// assert_eq!((h.qdcount(), h.ancount()), (1, 2));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Header {
    id: u16,
    flags: u16,
    counts: [u16; 4],
}

const QR: u16 = 0x8000;
const AA: u16 = 0x0400;
const TC: u16 = 0x0200;
const RD: u16 = 0x0100;
const RA: u16 = 0x0080;
const Z: u16 = 0x0040;
const AD: u16 = 0x0020;
const CD: u16 = 0x0010;

macro_rules! flag {
    ($get:ident, $set:ident, $mask:ident, $doc:literal) => {
        #[doc = concat!("The ", $doc, " flag.")]
        pub const fn $get(&self) -> bool {
            self.flags & $mask != 0
        }
        #[doc = concat!("Sets or clears the ", $doc, " flag.")]
        pub fn $set(&mut self, on: bool) {
            if on {
                self.flags |= $mask;
            } else {
                self.flags &= !$mask;
            }
        }
    };
}

impl Header {
    /// All fields zero.
    pub const EMPTY: Header = Header { id: 0, flags: 0, counts: [0; 4] };

    /// Reads the header from the first 12 octets of `wire`.
    ///
    /// # Errors
    /// [`WireError::Truncated`](crate::WireError::Truncated) if `wire` is
    /// shorter than 12 octets.
    pub fn parse(wire: &[u8]) -> Result<Self, crate::WireError> {
        let h: &[u8; HEADER_LEN] =
            wire.first_chunk().ok_or_else(|| crate::WireError::Truncated { at: 0, needed: HEADER_LEN - wire.len() })?;
        let word = |i: usize| u16::from_be_bytes([h[i], h[i + 1]]);
        let c = field::COUNTS;
        Ok(Self {
            id: word(field::ID),
            flags: word(field::FLAGS),
            counts: [word(c), word(c + 2), word(c + 4), word(c + 6)],
        })
    }

    /// The header in wire form.
    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut out = [0u8; HEADER_LEN];
        let words = [self.id, self.flags, self.counts[0], self.counts[1], self.counts[2], self.counts[3]];
        for (chunk, w) in out.chunks_exact_mut(2).zip(words) {
            chunk.copy_from_slice(&w.to_be_bytes());
        }
        out
    }

    /// The message ID.
    pub const fn id(&self) -> u16 {
        self.id
    }

    /// Sets the message ID.
    pub fn set_id(&mut self, id: u16) {
        self.id = id;
    }

    /// The whole 16-bit flags word as on the wire.
    pub const fn flags(&self) -> u16 {
        self.flags
    }

    /// Sets the whole 16-bit flags word.
    pub fn set_flags(&mut self, flags: u16) {
        self.flags = flags;
    }

    flag!(qr, set_qr, QR, "QR (response)");
    flag!(aa, set_aa, AA, "AA (authoritative answer)");
    flag!(tc, set_tc, TC, "TC (truncated)");
    flag!(rd, set_rd, RD, "RD (recursion desired)");
    flag!(ra, set_ra, RA, "RA (recursion available)");
    flag!(z, set_z, Z, "reserved Z");
    flag!(ad, set_ad, AD, "AD (authentic data, RFC 4035 section 3.2.3)");
    flag!(cd, set_cd, CD, "CD (checking disabled, RFC 4035 section 3.2.2)");

    /// The OPCODE.
    pub const fn opcode(&self) -> Opcode {
        Opcode::new(((self.flags >> 11) & 0x0F) as u8)
    }

    /// Sets the OPCODE (its low 4 bits).
    pub fn set_opcode(&mut self, op: Opcode) {
        self.flags = (self.flags & !0x7800) | (u16::from(op.to_int() & 0x0F) << 11);
    }

    /// The header's 4-bit RCODE.
    pub const fn rcode_bits(&self) -> u8 {
        (self.flags & 0x000F) as u8
    }

    /// Sets the header's 4-bit RCODE (the low 4 bits of `bits`).
    pub fn set_rcode_bits(&mut self, bits: u8) {
        self.flags = (self.flags & !0x000F) | u16::from(bits & 0x0F);
    }

    /// The question count.
    pub const fn qdcount(&self) -> u16 {
        self.counts[0]
    }

    /// The answer count.
    pub const fn ancount(&self) -> u16 {
        self.counts[1]
    }

    /// The authority count.
    pub const fn nscount(&self) -> u16 {
        self.counts[2]
    }

    /// The additional count.
    pub const fn arcount(&self) -> u16 {
        self.counts[3]
    }

    /// The count of one section.
    pub const fn count(&self, section: super::Section) -> u16 {
        self.counts[section as usize]
    }

    /// Sets the count of one section.
    pub fn set_count(&mut self, section: super::Section, n: u16) {
        self.counts[section as usize] = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_bits() {
        let wire = [0xAB, 0xCD, 0x7F, 0xF5, 0, 1, 0, 2, 0, 3, 0, 4];
        let mut h = Header::parse(&wire).unwrap();
        assert_eq!(h.to_bytes(), wire);
        assert_eq!(h.opcode(), Opcode::new(15));
        assert!(h.aa() && h.tc() && h.rd() && h.ra() && h.z() && h.ad() && h.cd() && !h.qr());
        assert_eq!(h.rcode_bits(), 5);
        h.set_opcode(Opcode::NOTIFY);
        h.set_rcode_bits(3);
        h.set_qr(true);
        h.set_z(false);
        assert_eq!(h.opcode(), Opcode::NOTIFY);
        assert_eq!(h.rcode_bits(), 3);
        assert_eq!(h.flags() & 0x8040, 0x8000);
        assert_eq!(Header::parse(&wire[..11]), Err(crate::WireError::Truncated { at: 0, needed: 1 }));
    }
}
