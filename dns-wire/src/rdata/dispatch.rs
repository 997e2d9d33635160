//! The table that picks a record type's parse function for
//! [`RData::parse`](super::RData::parse): a type's number is mapped to a
//! slot, the slot to the index of its parser, instead of a `match` over
//! every type (which compiled to a chain of compares and one arm a type).

use super::RData;
use crate::iana::Rtype;
use crate::wire::{Reader, WireError};

/// A per-type parse function of the table: the type's own parse, its value
/// put in its [`RData`] variant.
pub(crate) type Parser = for<'a, 'r> fn(Rtype, &'r mut Reader<'a>) -> Result<RData<'a>, WireError>;

/// How many slots the table has: every type number below [`LOW_LEN`], then
/// the runs from [`HIGH`] and from [`PRIVATE`].
pub(crate) const SLOTS: usize = LOW_LEN + HIGH_LEN + PRIVATE_LEN;

/// How many type numbers from 0 on have slots (the data types of the
/// registry's first block, below the meta-types at 128).
const LOW_LEN: usize = 128;
/// The first type number of the run that has slots among and after the
/// meta-types: TKEY 249 and TSIG 250 to WALLET 262 and a few more.
const HIGH: u16 = 249;
/// How many type numbers from [`HIGH`] on have slots.
const HIGH_LEN: usize = 16;
/// The first type number of the private-use run (TA 32768, DLV 32769)
/// that has slots.
const PRIVATE: u16 = 32768;
/// How many type numbers from [`PRIVATE`] on have slots.
const PRIVATE_LEN: usize = 2;

/// The slot of a type number, if it has one; a type without a slot has no
/// parser of its own and reads as [`Unknown`](super::Unknown).
#[inline]
pub(crate) const fn slot(code: u16) -> Option<usize> {
    let code = code as usize;
    if code < LOW_LEN {
        Some(code)
    } else if code.wrapping_sub(HIGH as usize) < HIGH_LEN {
        Some(code - HIGH as usize + LOW_LEN)
    } else if code.wrapping_sub(PRIVATE as usize) < PRIVATE_LEN {
        Some(code - PRIVATE as usize + LOW_LEN + HIGH_LEN)
    } else {
        None
    }
}

/// The bit of an entry of the table of [`index`] that says the slot's
/// type is one of [`Rtype::decompresses_rdata`]; the other bits are the
/// index of its parser.
const DECOMPRESSES: u8 = 0x80;

/// The table from slot to parser: entry `v + 1` of the parsers reads the
/// types of `views[v]`, and 0 (every slot no view names) is the one for
/// [`Unknown`](super::Unknown); [`DECOMPRESSES`] is set in the slot of
/// each type of [`Rtype::decompresses_rdata`]. Evaluated at compile time:
/// a type without a slot, a type listed twice or more than 127 views stop
/// the build.
pub(crate) const fn index(views: &[&[Rtype]]) -> [u8; SLOTS] {
    let mut out = [0u8; SLOTS];
    let mut entry: u8 = 1;
    let mut v = 0;
    while v < views.len() {
        assert!(entry < DECOMPRESSES, "more views than the index bits hold");
        let mut t = 0;
        while t < views[v].len() {
            let Some(s) = slot(views[v][t].to_int()) else { panic!("a listed type without a dispatch slot") };
            assert!(out[s] == 0, "a type listed twice");
            out[s] = entry;
            t += 1;
        }
        let Some(next) = entry.checked_add(1) else { panic!("more views than a u8 index holds") };
        entry = next;
        v += 1;
    }
    let mut code: u16 = 0;
    loop {
        if let Some(s) = slot(code) {
            if Rtype::new(code).decompresses_rdata() {
                out[s] |= DECOMPRESSES;
            }
        } else {
            assert!(!Rtype::new(code).decompresses_rdata(), "a type that decompresses without a slot");
        }
        let Some(next) = code.checked_add(1) else { break };
        code = next;
    }
    out
}

/// The parser for `rtype`, the one `index` names in its slot, or
/// [`unknown`] (which `parsers[0]` is) when it names none; and whether
/// `rtype` is one of [`Rtype::decompresses_rdata`], from the same entry.
#[inline]
pub(crate) fn pick(rtype: Rtype, index: &[u8; SLOTS], parsers: &[Parser]) -> (Parser, bool) {
    let entry = slot(rtype.to_int()).and_then(|s| index.get(s)).copied().unwrap_or(0);
    let parser = parsers.get(usize::from(entry & !DECOMPRESSES)).copied().unwrap_or(unknown);
    (parser, entry & DECOMPRESSES != 0)
}

/// The parser of a type this crate does not interpret.
pub(crate) fn unknown<'a>(rtype: Rtype, r: &mut Reader<'a>) -> Result<RData<'a>, WireError> {
    <super::Unknown as super::RecordData>::parse(rtype, r).map(|u| RData::Unknown(rtype, u))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    /// For every type number, all 65536, the table's bit says what
    /// `Rtype::decompresses_rdata` says.
    #[test]
    fn the_table_knows_which_types_decompress() {
        for code in 0..=u16::MAX {
            let rtype = Rtype::new(code);
            let (_, decompresses) = pick(rtype, &super::super::PARSER_INDEX, super::super::PARSERS);
            assert_eq!(decompresses, rtype.decompresses_rdata(), "{rtype}");
        }
    }

    /// For every type number, all 65536, `RData::parse` reads as the
    /// `match` it replaced (`RData::parse_reference`): the same value in
    /// the same variant, or the same error, on inputs that the views read
    /// differently (empty, names, a pointer, runs of fixed-size fields),
    /// standalone and in a message.
    #[test]
    fn every_type_reads_as_the_match_reads_it() {
        let counting: Vec<u8> = (0u8..40).map(|i| i % 7).collect();
        let soa: Vec<u8> = [&[0u8, 0][..], &[1; 20]].concat();
        let mut inputs: Vec<&[u8]> = alloc::vec![b"\x01a\x00", b"\x00\x01\x01a\x00", b"\x01a\xc0\x00", &soa, &counting];
        // Every length up to 24 of octets that read as integers, as
        // fixed-size fields and as the root name: each fixed-size type
        // gets its own length.
        let ones = [1u8; 24];
        let zeros = [0u8; 24];
        for len in 0..=24 {
            inputs.extend([&ones[..len], &zeros[..len]]);
        }
        for code in 0..=u16::MAX {
            let rtype = Rtype::new(code);
            for &input in &inputs {
                assert_eq!(
                    RData::parse(rtype, Reader::new(input)),
                    RData::parse_reference(rtype, Reader::new(input)),
                    "{rtype} {input:02x?}"
                );
                assert_eq!(
                    RData::parse(rtype, Reader::message(input)),
                    RData::parse_reference(rtype, Reader::message(input)),
                    "{rtype} {input:02x?} in a message"
                );
            }
        }
    }

    /// Every type number, all 65536: the slot is in the table and belongs
    /// to that number alone, or the number has none, and exactly the
    /// numbers of the runs have one.
    #[test]
    fn slots_are_distinct_and_in_range() {
        let mut owner = [None; SLOTS];
        for code in 0..=u16::MAX {
            let want = code < 128 || (249..249 + 16).contains(&code) || (32768..32770).contains(&code);
            match slot(code) {
                Some(s) => {
                    assert!(want, "{code} has slot {s}");
                    assert_eq!(owner.get(s).copied(), Some(None), "{code}: slot {s} out of range or taken");
                    if let Some(o) = owner.get_mut(s) {
                        *o = Some(code);
                    }
                }
                None => assert!(!want, "{code} has no slot"),
            }
        }
        assert!(owner.iter().all(Option::is_some), "a slot no number reaches");
    }
}
