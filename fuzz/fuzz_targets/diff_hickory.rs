//! Differential: dns-wire's `Message::parse` (with every RDATA checked)
//! against hickory-proto's `Message::from_vec` on whether a message is
//! accepted, on the messages where RFC 1035 leaves no choice.
//!
//! Out of scope, where the two legitimately differ (each is skipped before
//! comparing, by `scope` below, a walk independent of both parsers):
//! - record types other than A, NS, CNAME, SOA, PTR, MX, TXT and AAAA in
//!   class IN: for the rest the two know different sets of types and check
//!   their RDATA differently (hickory-proto without a DNSSEC backend reads
//!   DNSSEC types as opaque; dns-wire checks them), and OPT, whose
//!   placement rules hickory-proto applies on its own terms;
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
#![no_main]

/// The record types compared.
const SIMPLE: [u16; 8] = [1, 2, 5, 6, 12, 15, 16, 28];

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
fn scope(wire: &[u8]) -> bool {
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

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if !scope(data) {
        return;
    }
    let ours = dns_wire::Message::parse(data).and_then(|m| m.check_rdata().map(|()| m));
    let theirs = hickory_proto::op::Message::from_vec(data);
    assert_eq!(
        ours.is_ok(),
        theirs.is_ok(),
        "dns-wire: {:?}; hickory-proto: {:?}",
        ours.err().map(|e| e.to_string()),
        theirs.err().map(|e| e.to_string())
    );
});
