//! What the differential targets (`diff_hickory`, `diff_domain`) compare:
//! the messages on whose acceptance RFC 1035 leaves no choice, picked by a
//! walk independent of every parser under test.
//!
//! Out of scope, where parsers legitimately differ (each skipped by
//! [`scope`] before comparing):
//! - record types other than A, NS, CNAME, SOA, PTR, MX, TXT and AAAA in
//!   class IN: for the rest the libraries know different sets of types and
//!   check their RDATA differently (hickory-proto without a DNSSEC backend
//!   reads DNSSEC types as opaque; dns-wire checks them), and OPT, whose
//!   placement rules each applies on its own terms;
//! - compression pointers that do not point strictly backwards: RFC 1035
//!   section 4.1.4 does not forbid them, dns-wire refuses them (RFC 9267);
//! - octets after the last record (RFC 1035 is silent);
//! - pointers to an offset where no label of an earlier name starts (into
//!   a label's octets): hickory-proto refuses them ("overlapping labels"),
//!   RFC 1035 only asks for a prior occurrence of the name;
//! - label types 0x40 and 0x80 (RFC 6891 deprecated extended labels);
//! - a header with the QR, opcode or RCODE fields other than a plain
//!   query or response (hickory-proto reads opcodes and updates its own
//!   way), and messages with other than one question.

/// The record types compared.
pub const SIMPLE: [u16; 8] = [1, 2, 5, 6, 12, 15, 16, 28];

/// Walks the names of a message from `at` (labels and pointers only):
/// `None` when it leaves the message or meets something out of scope.
fn name(wire: &[u8], mut at: usize, starts: &mut Vec<usize>) -> Option<usize> {
    loop {
        let len = *wire.get(at)?;
        match len & 0xC0 {
            0 if len == 0 => return Some(at + 1),
            0 => {
                starts.push(at);
                at += 1 + usize::from(len);
            }
            0xC0 => {
                let to = usize::from(u16::from_be_bytes([len & 0x3F, *wire.get(at + 1)?]));
                return (to < at && starts.contains(&to)).then_some(at + 2);
            }
            _ => return None,
        }
    }
}

/// Whether the comparison applies to `wire` (see the module docs). Stops
/// at the first thing it cannot read: what it saw so far decides.
///
/// ```
/// use protokit_fuzz::diff::scope;
/// // A response with one A record, its owner a pointer to the question.
/// let a = b"\x12\x34\x81\x80\0\x01\0\x01\0\0\0\0\x07example\0\0\x01\0\x01\xc0\x0c\0\x01\0\x01\0\0\x0e\x10\0\x04\xc0\0\x02\x01";
/// assert!(scope(a));
/// // The same with the record's type changed to DS (43): out of scope.
/// let mut ds = a.to_vec();
/// ds[28] = 43;
/// assert!(!scope(&ds));
/// ```
pub fn scope(wire: &[u8]) -> bool {
    scope_where(wire, |_, _| true)
}

/// [`scope`], with `keep` asked of every record (its type and RDLENGTH)
/// that `scope` would compare: a record it refuses takes the message out
/// of scope. For the deviations of one reference parser that the other
/// does not share.
///
/// ```
/// use protokit_fuzz::diff::{scope, scope_where};
/// // One TXT record with no character-string (RDLENGTH 0).
/// let txt = b"\0\x01\x81\x80\0\x01\0\x01\0\0\0\0\0\0\x10\0\x01\0\0\x10\0\x01\0\0\0\x3c\0\0";
/// assert!(scope(txt));
/// assert!(!scope_where(txt, |rtype, rdlen| !(rtype == 16 && rdlen == 0)));
/// ```
pub fn scope_where(wire: &[u8], mut keep: impl FnMut(u16, usize) -> bool) -> bool {
    let Some(h) = wire.first_chunk::<12>() else { return true };
    let mut starts = Vec::new();
    let flags = u16::from_be_bytes([h[2], h[3]]);
    if flags & 0x7800 != 0 || flags & 0x000F != 0 || u16::from_be_bytes([h[4], h[5]]) != 1 {
        return false;
    }
    let counts: u32 = (0..3).map(|i| u32::from(u16::from_be_bytes([h[6 + 2 * i], h[7 + 2 * i]]))).sum();
    let Some(mut at) = name(wire, 12, &mut starts) else {
        return !wire.get(12..).is_some_and(|r| r.iter().any(|b| b & 0xC0 != 0));
    };
    at += 4;
    for _ in 0..counts {
        let Some(next) = name(wire, at, &mut starts) else { return false };
        let Some(fixed) = wire.get(next..next + 10) else { return true };
        let rtype = u16::from_be_bytes([fixed[0], fixed[1]]);
        let class = u16::from_be_bytes([fixed[2], fixed[3]]);
        if !SIMPLE.contains(&rtype) || class != 1 {
            return false;
        }
        let rdlen = usize::from(u16::from_be_bytes([fixed[8], fixed[9]]));
        if !keep(rtype, rdlen) {
            return false;
        }
        // Pointers inside RDATA (NS, CNAME, SOA, PTR, MX) must point back too.
        let rdata = next + 10;
        if matches!(rtype, 2 | 5 | 6 | 12 | 15) {
            let start = if rtype == 15 { rdata + 2 } else { rdata };
            if start <= wire.len() && name(wire, start, &mut starts).is_none() && wire.get(start).is_some() {
                return false;
            }
            if rtype == 6
                && let Some(after) = name(wire, rdata, &mut starts)
                && name(wire, after, &mut starts).is_none()
                && wire.get(after).is_some()
            {
                return false;
            }
        }
        at = rdata + rdlen;
    }
    at >= wire.len()
}

/// domain's acceptance of a whole message: `Message::from_octets`, then
/// every question and every record of the three sections read in turn, each
/// record's RDATA typed (`AllRecordData` with names as `ParsedName`), as a
/// caller that reads all of a message does. `Err` names the first fault.
///
/// ```
/// use protokit_fuzz::diff::domain_walk;
/// let a = b"\x12\x34\x81\x80\0\x01\0\x01\0\0\0\0\x07example\0\0\x01\0\x01\xc0\x0c\0\x01\0\x01\0\0\x0e\x10\0\x04\xc0\0\x02\x01";
/// assert_eq!(domain_walk(a), Ok(()));
/// // The answer count says two records; there is one.
/// let mut short = a.to_vec();
/// short[7] = 2;
/// assert!(domain_walk(&short).is_err());
/// ```
///
/// # Errors
/// domain's error for the first part it refused, as text.
pub fn domain_walk(wire: &[u8]) -> Result<(), String> {
    use domain::base::{Message, ParsedName};
    use domain::rdata::AllRecordData;
    let msg = Message::from_octets(wire).map_err(|e| e.to_string())?;
    let mut questions = msg.question();
    for q in &mut questions {
        q.map_err(|e| e.to_string())?;
    }
    let mut section = questions.answer().map_err(|e| e.to_string())?;
    loop {
        for rr in &mut section {
            let rr = rr.map_err(|e| e.to_string())?;
            rr.into_record::<AllRecordData<&[u8], ParsedName<&[u8]>>>()
                .map_err(|e| e.to_string())?
                .ok_or("record type refused")?;
        }
        match section.next_section().map_err(|e| e.to_string())? {
            Some(next) => section = next,
            None => return Ok(()),
        }
    }
}
