//! Differential test of RDATA presentation text against dnspython 2.9.2:
//! every line of `tests/data/dnspython/rdata_text.txt` (made by
//! `gen_rdata_text.py` beside it) holds RDATA text of one type, read with
//! an origin or none, and what dnspython made of it.
//!
//! * Text dnspython accepts must read here ([`rdata_text`], class IN) to
//!   the same wire form, octet for octet; the `Display` of that wire must be
//!   dnspython's canonical text; reading the `Display` back must give the
//!   same wire; and so must reading dnspython's canonical text.
//! * Text dnspython refuses must be refused here.
//!
//! Deliberate differences, where dnspython goes against the RFCs, are in
//! [`EXCEPTIONS`], each with its reason.

use core::fmt::Write as _;

use dns_wire::Name;
use dns_wire::iana::{Class, Rtype};
use dns_wire::rdata::RData;
use dns_wire::text::{RdataParser, TextError, TextErrorKind, Tokenizer, rdata_text};
use dns_wire::wire::{Reader, Writer};

const CORPUS: &str = include_str!("data/dnspython/rdata_text.txt");

/// Types with no presentation format but the generic one (RFC 1035
/// section 3.3.10: NULL), for which the reader rightly answers
/// `NoTextFormat` to anything else.
const GENERIC_ONLY: [Rtype; 1] = [Rtype::NULL];

/// Types that dnspython 2.9.2 does not implement: it reads and writes them
/// only in the generic form `\# <length> <hex>`, while dns-wire shows them
/// in their RFC format. For these the canonical texts are not compared;
/// reading dnspython's generic text must still give the same wire.
const OPAQUE_THERE: [Rtype; 10] = [
    Rtype::MD,
    Rtype::MF,
    Rtype::MB,
    Rtype::MG,
    Rtype::MR,
    Rtype::MINFO,
    Rtype::A6,
    Rtype::NULL,
    Rtype::NXT,
    Rtype::TA,
];

/// How dns-wire deliberately differs from dnspython on one line.
#[derive(Debug, Clone, Copy)]
enum Differs {
    /// dnspython accepts the text; dns-wire refuses it.
    WeRefuse,
    /// dnspython refuses the text; dns-wire reads it.
    WeAccept,
    /// Both read it, to different wire forms; dns-wire's, in hexadecimal.
    /// dnspython's canonical text then describes its own wire form, so it
    /// is neither compared nor read back.
    Wire(&'static str),
    /// Same wire form; dns-wire's canonical text.
    Text(&'static str),
    /// Same wire form; dnspython's text cannot hold every octet of it
    /// (reading it back gives `theirs`), so dns-wire's canonical text is
    /// `ours`, which does (issue 11, defect 8: printing is lossless).
    Lossless { ours: &'static str, theirs: &'static str },
}

/// A deliberate difference: the record type, the corpus text, how it
/// differs and why.
struct Exception {
    rtype: Rtype,
    text: &'static str,
    differs: Differs,
    #[allow(dead_code)] // documentation, shown when an entry goes stale
    reason: &'static str,
}

/// The lines where dns-wire deliberately differs from dnspython 2.9.2
/// because dnspython goes against the RFC, and one where dnspython's text
/// loses octets and dns-wire prints the generic form instead. Each must still occur in the corpus (stale entries
/// fail the test).
const EXCEPTIONS: [Exception; 22] = [
    Exception {
        rtype: Rtype::DNSKEY,
        text: "256 3 5",
        differs: Differs::WeAccept,
        reason: "The wire format allows an empty public key and dns-wire prints it as nothing; reading that back keeps the text form of every RDATA the wire reader accepts. dnspython prints an empty public key too but refuses to read it.",
    },
    Exception {
        rtype: Rtype::CDNSKEY,
        text: "256 3 5",
        differs: Differs::WeAccept,
        reason: "The wire format allows an empty public key and dns-wire prints it as nothing; reading that back keeps the text form of every RDATA the wire reader accepts. dnspython prints an empty public key too but refuses to read it.",
    },
    Exception {
        rtype: Rtype::KEY,
        text: "256 3 5",
        differs: Differs::WeAccept,
        reason: "The wire format allows an empty public key and dns-wire prints it as nothing; reading that back keeps the text form of every RDATA the wire reader accepts. dnspython prints an empty public key too but refuses to read it.",
    },
    Exception {
        rtype: Rtype::RRSIG,
        text: "A 5 3 86400 20030322173103 20030220173103 2642 example.com.",
        differs: Differs::WeAccept,
        reason: "The wire format allows an empty signature and dns-wire prints it as nothing; reading that back keeps the text form of every RDATA the wire reader accepts. dnspython prints an empty signature too but refuses to read it.",
    },
    Exception {
        rtype: Rtype::SIG,
        text: "A 5 3 86400 20030322173103 20030220173103 2642 example.com.",
        differs: Differs::WeAccept,
        reason: "The wire format allows an empty signature and dns-wire prints it as nothing; reading that back keeps the text form of every RDATA the wire reader accepts. dnspython prints an empty signature too but refuses to read it.",
    },
    Exception {
        rtype: Rtype::CERT,
        text: "1 0 0",
        differs: Differs::WeAccept,
        reason: "The wire format allows an empty certificate and dns-wire prints it as nothing; reading that back keeps the text form of every RDATA the wire reader accepts. dnspython prints an empty certificate too but refuses to read it.",
    },
    Exception {
        rtype: Rtype::OPENPGPKEY,
        text: "",
        differs: Differs::WeAccept,
        reason: "The wire format allows an empty key and dns-wire prints it as nothing; reading that back keeps the text form of every RDATA the wire reader accepts. dnspython prints an empty key too but refuses to read it.",
    },
    Exception {
        rtype: Rtype::DHCID,
        text: "",
        differs: Differs::WeAccept,
        reason: "The wire format allows an empty digest and dns-wire prints it as nothing; reading that back keeps the text form of every RDATA the wire reader accepts. dnspython prints an empty digest too but refuses to read it.",
    },
    Exception {
        rtype: Rtype::OPENPGPKEY,
        text: "AQID==",
        differs: Differs::WeRefuse,
        reason: "RFC 4648 section 4: four characters make a whole group, so `==` after them is not padding. \
                 dnspython ignores the extra padding.",
    },
    Exception {
        rtype: Rtype::LOC,
        text: "0 N 0 E 1.15m",
        differs: Differs::Wire("001216138000000080000000009896f3"),
        reason: "RFC 1876 section 3: 1.15 m is 115 cm. dnspython multiplies a float (1.15 * 100 = \
                 114.99999999999999) and cuts it, writing 114 cm while printing 1.15m.",
    },
    Exception {
        rtype: Rtype::NS,
        text: "caf\u{e9}.example.",
        differs: Differs::Wire("05636166c3a9076578616d706c6500"),
        reason: "RFC 1035 section 5.1: a name in a zone file is its octets as written. dnspython takes \
                 non-ASCII text for IDNA 2003 and writes xn--caf-dma instead.",
    },
    Exception {
        rtype: Rtype::LOC,
        text: "0 N 0 E 0 1.5m",
        differs: Differs::Text("0 0 0.000 N 0 0 0.000 E 0.00m"),
        reason: "RFC 1876 section 2: a size has one significant digit, so 1.5 m is encoded as 1 m (both \
                 write 0x12, the default). dnspython prints the size it was given, not the one it encoded.",
    },
    Exception {
        rtype: Rtype::LOC,
        text: "90 1 0 N 0 E 0",
        differs: Differs::WeRefuse,
        reason: "RFC 1876 section 2: a latitude is at most 90 degrees from the equator. dnspython checks \
                 each field alone and writes a latitude that its own wire reader refuses.",
    },
    Exception {
        rtype: Rtype::LOC,
        text: "0 N 0 E 1e3m",
        differs: Differs::WeRefuse,
        reason: "RFC 1876 section 3 writes altitudes as [-]digits[.digits]; dnspython reads them with \
                 Python's float(), which also takes exponents (and inf and nan).",
    },
    Exception {
        rtype: Rtype::NID,
        text: "10 0014:4FFF:FF20:8530",
        differs: Differs::Text("10 0014:4fff:ff20:8530"),
        reason: "dnspython keeps the identifier as the text it read and prints it back in its case; from \
                 wire it prints lower case, as dns-wire always does (RFC 6742 section 2.1).",
    },
    Exception {
        rtype: Rtype::APL,
        text: "3:01FF00/8",
        differs: Differs::Text("3:01ff/8"),
        reason: "dnspython keeps the address part of families other than 1 and 2 as the hex it read, \
                 case and trailing zero octets included, though RFC 3123 section 4 leaves the zeros out \
                 of the wire form (as dnspython's own to_wire does).",
    },
    Exception {
        rtype: Rtype::IPSECKEY,
        text: "10 2 2 2001:DB8:0:0::1 AQNR",
        differs: Differs::Text("10 2 2 2001:db8::1 AQNR"),
        reason: "dnspython prints the gateway address as written; dns-wire prints the RFC 5952 form, as \
                 dnspython does for AAAA.",
    },
    Exception {
        rtype: Rtype::IPSECKEY,
        text: "10 1 2 192.0.2.38 Zh==",
        differs: Differs::WeRefuse,
        reason: "RFC 4648 section 3.5: the pad bits of Zh== are not zero (the canonical form is Zg==); \
                 decoders may refuse it, and dns-wire's base64 reader does.",
    },
    Exception {
        rtype: Rtype::IPSECKEY,
        text: "10 0 0 .",
        differs: Differs::WeAccept,
        reason: "RFC 4025 section 2.4: algorithm 0 means that no key is present; dnspython asks for one \
                 anyway, and cannot read its own text of such a record.",
    },
    Exception {
        rtype: Rtype::HIP,
        text: "2 01 \"\"",
        differs: Differs::WeRefuse,
        reason: "RFC 8005 section 5: the public key is part of the RDATA, and dns-wire's wire reader \
                 refuses an empty one; dnspython writes a zero PK length.",
    },
    Exception {
        rtype: Rtype::ISDN,
        text: "\\# 2 0000",
        differs: Differs::WeAccept,
        reason: "RFC 1183 section 3.2: an empty address and an empty subaddress are valid RDATA. dnspython \
                 reads them but writes no subaddress back, then calls the generic form compressed.",
    },
    Exception {
        rtype: Rtype::WKS,
        text: "\\# 9 0a0000011100000000",
        differs: Differs::Lossless { ours: "\\# 9 0a0000011100000000", theirs: "0a00000111" },
        reason: "RFC 1035 section 3.4.2 lets a bit map end in zero octets, which the text (a list of \
                 ports) cannot show: dns-wire prints such RDATA in the generic form of RFC 3597 section 5 \
                 so that it reads back whole; dnspython prints `10.0.0.1 17 `, which reads back shorter.",
    },
];

fn hex(b: &[u8]) -> String {
    let mut s = String::new();
    for x in b {
        write!(s, "{x:02x}").expect("string");
    }
    s
}

/// Reads `text` as the RDATA of a class IN record of `rtype`, relative
/// names completed with `origin` (`-` for none).
fn read(rtype: Rtype, origin: &str, text: &str) -> Result<Vec<u8>, TextError> {
    let mut obuf = [0u8; 255];
    let origin = (origin != "-").then(|| Name::from_text(origin, &mut obuf).expect("origin"));
    let mut t = Tokenizer::new(text.as_bytes());
    t.next_entry()?;
    let mut p = RdataParser::new(&mut t, origin);
    let mut buf = vec![0u8; 70000];
    let mut w = Writer::new(&mut buf);
    rdata_text(rtype, Class::IN, dns_wire::ext::Extensions::NONE, &mut p, &mut w)?;
    p.finish()?;
    Ok(w.written().to_vec())
}

#[derive(Default, Debug)]
struct Counts {
    accepted: usize,
    refused: usize,
    exceptions: usize,
    unknown: usize,
}

/// Checks one line; `Err` describes a disagreement.
fn check(line: &str, counts: &mut Counts, used: &mut [bool]) -> Result<(), String> {
    let fields: Vec<&str> = line.split('\t').collect();
    let (&verdict, &ty, &origin, &text) = match fields.as_slice() {
        [v, t, o, x, ..] => (v, t, o, x),
        _ => return Err("malformed line".into()),
    };
    let rtype = Rtype::from_mnemonic(ty).ok_or("unknown mnemonic")?;
    if !RData::is_known(rtype) {
        counts.unknown += 1;
        return Ok(());
    }
    let exception = EXCEPTIONS.iter().position(|e| e.rtype == rtype && e.text == text);
    let differs = exception.map(|i| {
        used[i] = true;
        counts.exceptions += 1;
        EXCEPTIONS[i].differs
    });
    let ours = read(rtype, origin, text);
    if let Err(e) = &ours {
        if e.kind == TextErrorKind::NoTextFormat && !GENERIC_ONLY.contains(&rtype) {
            return Err(format!("no presentation format: {e}"));
        }
        if e.line != 1 || e.col as usize > text.len() + 1 {
            return Err(format!("error outside the text: {e}"));
        }
    }
    match (verdict, ours, differs) {
        ("err", Err(_), None) => {
            counts.refused += 1;
            Ok(())
        }
        ("err", Ok(_), Some(Differs::WeAccept)) | ("ok", Err(_), Some(Differs::WeRefuse)) => Ok(()),
        ("err", Ok(wire), _) => Err(format!("dnspython refuses ({}), we read {}", fields[4], hex(&wire))),
        ("ok", Err(e), _) => Err(format!("dnspython reads {}, we refuse: {e}", fields[4])),
        ("err", Err(_), Some(_)) | ("ok", Ok(_), Some(Differs::WeAccept | Differs::WeRefuse)) => {
            Err("the exception does not apply".into())
        }
        ("ok", Ok(wire), differs) => {
            counts.accepted += 1;
            let (want_wire, canonical) = match fields.as_slice() {
                [_, _, _, _, w, c] => (*w, *c),
                _ => return Err("malformed ok line".into()),
            };
            let want_wire = match differs {
                Some(Differs::Wire(w)) if w == want_wire => return Err("the exception does not apply".into()),
                Some(Differs::Wire(w)) => w,
                _ => want_wire,
            };
            if hex(&wire) != want_wire {
                return Err(format!("wire {} here, {want_wire} expected", hex(&wire)));
            }
            let display = RData::parse(rtype, Reader::new(&wire))
                .map_err(|e| format!("our own wire does not parse: {e}"))?
                .to_string();
            let want_text = match differs {
                Some(Differs::Text(t) | Differs::Lossless { ours: t, .. }) if t == canonical => {
                    return Err("the exception does not apply".into());
                }
                Some(Differs::Text(t) | Differs::Lossless { ours: t, .. }) => t,
                _ => canonical,
            };
            let other_wire = matches!(differs, Some(Differs::Wire(_)));
            if !OPAQUE_THERE.contains(&rtype) && !other_wire && display != want_text {
                return Err(format!("text {display:?} here, {want_text:?} expected"));
            }
            let theirs = match differs {
                Some(Differs::Lossless { theirs, .. }) if theirs == want_wire => {
                    return Err("the exception does not apply".into());
                }
                Some(Differs::Lossless { theirs, .. }) => theirs,
                _ => want_wire,
            };
            let texts = [("our text", display.as_str(), want_wire), ("dnspython's text", canonical, theirs)];
            for (what, again, reread) in texts.into_iter().take(if other_wire { 1 } else { 2 }) {
                match read(rtype, "-", again) {
                    Ok(w) if hex(&w) == reread => {}
                    Ok(w) => return Err(format!("{what} {again:?} reads back as {}", hex(&w))),
                    Err(e) => return Err(format!("{what} {again:?} does not read back: {e}")),
                }
            }
            Ok(())
        }
        (v, ..) => Err(format!("unknown verdict {v:?}, or an exception that does not fit")),
    }
}

#[test]
fn rdata_text_agrees_with_dnspython() {
    let mut counts = Counts::default();
    let mut used = [false; EXCEPTIONS.len()];
    let mut problems = Vec::new();
    for (i, line) in CORPUS.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Err(why) = check(line, &mut counts, &mut used) {
            problems.push(format!("line {}: {line:?}: {why}", i + 1));
        }
    }
    println!(
        "rdata_text: {} accepted and {} refused as dnspython does, {} lines in the exception table; skipped {} \
         lines of types dns-wire does not know",
        counts.accepted, counts.refused, counts.exceptions, counts.unknown
    );
    for p in &problems {
        println!("{p}");
    }
    for (e, used) in EXCEPTIONS.iter().zip(used) {
        if !used {
            problems.push(format!("stale exception {} {:?} ({})", e.rtype, e.text, e.reason));
        }
    }
    assert!(problems.is_empty(), "{} disagreements with dnspython", problems.len());
    assert!(counts.accepted > 0 && counts.refused > 0);
}

/// The types with a presentation format of their own in dns-wire.
const TEXT_TYPES: [Rtype; 46] = [
    Rtype::A,
    Rtype::NS,
    Rtype::MD,
    Rtype::MF,
    Rtype::CNAME,
    Rtype::SOA,
    Rtype::MB,
    Rtype::MG,
    Rtype::MR,
    Rtype::PTR,
    Rtype::HINFO,
    Rtype::MINFO,
    Rtype::MX,
    Rtype::TXT,
    Rtype::RP,
    Rtype::AFSDB,
    Rtype::X25,
    Rtype::ISDN,
    Rtype::RT,
    Rtype::NSAP,
    Rtype::NSAP_PTR,
    Rtype::PX,
    Rtype::GPOS,
    Rtype::AAAA,
    Rtype::LOC,
    Rtype::SRV,
    Rtype::NAPTR,
    Rtype::KX,
    Rtype::A6,
    Rtype::DNAME,
    Rtype::WKS,
    Rtype::APL,
    Rtype::IPSECKEY,
    Rtype::HIP,
    Rtype::NINFO,
    Rtype::SPF,
    Rtype::NID,
    Rtype::L32,
    Rtype::L64,
    Rtype::LP,
    Rtype::EUI48,
    Rtype::EUI64,
    Rtype::URI,
    Rtype::CAA,
    Rtype::AMTRELAY,
    Rtype::WALLET,
];

/// The corpus lines of types with a text format here: type, origin, text.
fn corpus_texts() -> Vec<(Rtype, &'static str, &'static str)> {
    CORPUS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t').skip(1);
            let rtype = Rtype::from_mnemonic(f.next()?)?;
            TEXT_TYPES.contains(&rtype).then_some((rtype, f.next()?, f.next()?))
        })
        .collect()
}

/// Checks that `text` is read or refused cleanly: what is read is valid
/// RDATA whose text reads back the same (unless it came in the generic
/// form, which can hold octets the text cannot: WKS bit maps ending in
/// zeros, A6 pad bits), and errors point inside the text.
fn read_or_refuse(rtype: Rtype, origin: &str, text: &str) -> Result<(), String> {
    match read(rtype, origin, text) {
        Ok(_) if text.trim_start().starts_with("\\#") => Ok(()),
        Ok(wire) => {
            let shown = RData::parse(rtype, Reader::new(&wire))
                .map_err(|e| format!("{rtype} {text:?} gave invalid RDATA {}: {e}", hex(&wire)))?
                .to_string();
            match read(rtype, "-", &shown) {
                Ok(again) if again == wire => Ok(()),
                other => Err(format!("{rtype} {text:?} shown as {shown:?} reads back as {other:?}")),
            }
        }
        Err(e) if e.line == 1 && e.col as usize <= text.len() + 1 => Ok(()),
        Err(e) => Err(format!("{rtype} {text:?}: error outside the text: {e}")),
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

    /// Corpus texts with one character changed, inserted or removed are
    /// read or refused cleanly.
    #[test]
    fn mutated_corpus_text_is_read_or_refused(
        pick in 0usize..10_000,
        at in 0usize..400,
        op in 0u8..3,
        c in proptest::sample::select(b"0123456789abcdefABCDEF .:/!\\\"();@=+-mNSEWx#".to_vec()),
    ) {
        let texts = corpus_texts();
        let (rtype, origin, text) = texts[pick % texts.len()];
        let mut chars: Vec<char> = text.chars().collect();
        let at = at % (chars.len() + 1);
        match op {
            0 if at < chars.len() => chars[at] = char::from(c),
            1 if at < chars.len() => {
                chars.remove(at);
            }
            _ => chars.insert(at, char::from(c)),
        }
        let text: String = chars.into_iter().collect();
        let checked = read_or_refuse(rtype, origin, &text);
        proptest::prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
    }

    /// Any text is read or refused with an error inside it, never a panic;
    /// what is read is valid RDATA whose text reads back the same.
    #[test]
    fn any_text_is_read_or_refused(i in 0..TEXT_TYPES.len(), text in r#"[0-9a-fA-F .:/!\\"();@=+mNSEWx#-]{0,40}"#) {
        let checked = read_or_refuse(TEXT_TYPES[i], "example.", &text);
        proptest::prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
    }
}
