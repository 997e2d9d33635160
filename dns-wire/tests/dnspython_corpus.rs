//! Differential test against dnspython 2.9.2: every message of
//! `tests/data/dnspython/corpus.txt` (made by `gen_corpus.py` beside it)
//! must get the same verdict here, and accepted ones must decode to the same
//! header, questions and records, with each RDATA read into its typed form
//! and written back without compression.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use core::fmt::Write as _;

use dns_wire::iana::Rtype;
use dns_wire::wire::Writer;
use dns_wire::{Message, Name};

const CORPUS: &str = include_str!("data/dnspython/corpus.txt");

/// Types that dnspython 2.9.2 does not implement and keeps as opaque
/// octets, while dns-wire reads them as their RFCs define. dnspython accepts
/// any RDATA for them, so a refusal here for malformed RDATA of one of these
/// is a deliberate difference, not a disagreement.
const TYPED_HERE_OPAQUE_THERE: [Rtype; 10] = [
    Rtype::MD,
    Rtype::MF,
    Rtype::MB,
    Rtype::MG,
    Rtype::MR,
    Rtype::MINFO,
    Rtype::NXT,
    Rtype::A6,
    Rtype::TA,
    Rtype::NULL,
];

/// EDNS options that dnspython 2.9.2 keeps as opaque octets while dns-wire
/// checks them against their RFCs (RFC 7828, 7314, 6975, 7901, 8145,
/// 9660): refusing a malformed one is a deliberate difference.
const OPTIONS_OPAQUE_THERE: [dns_wire::iana::OptCode; 8] = [
    dns_wire::iana::OptCode::TCP_KEEPALIVE,
    dns_wire::iana::OptCode::EXPIRE,
    dns_wire::iana::OptCode::DAU,
    dns_wire::iana::OptCode::DHU,
    dns_wire::iana::OptCode::N3U,
    dns_wire::iana::OptCode::CHAIN,
    dns_wire::iana::OptCode::KEY_TAG,
    dns_wire::iana::OptCode::ZONEVERSION,
];

struct Expected {
    hex: String,
    verdict: Verdict,
}

enum Verdict {
    Refused(String),
    Accepted(Vec<String>),
}

fn read_corpus() -> Vec<Expected> {
    let mut out = Vec::new();
    let mut cur: Option<Expected> = None;
    for line in CORPUS.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (tag, rest) = line.split_once(' ').unwrap_or((line, ""));
        match tag {
            "msg" => {
                assert!(cur.is_none(), "msg inside a block");
                cur = Some(Expected { hex: rest.to_string(), verdict: Verdict::Accepted(Vec::new()) });
            }
            "refused" => {
                let mut e = cur.take().expect("refused after msg");
                e.verdict = Verdict::Refused(rest.to_string());
                out.push(e);
            }
            "end" => out.push(cur.take().expect("end after msg")),
            _ => {
                let e = cur.as_mut().expect("line inside a block");
                if let Verdict::Accepted(lines) = &mut e.verdict {
                    lines.push(line.to_string());
                }
            }
        }
    }
    out
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex")).collect()
}

fn hex(b: &[u8]) -> String {
    let mut s = String::new();
    for x in b {
        write!(s, "{x:02x}").unwrap();
    }
    s
}

fn name_hex(n: &Name<'_>) -> String {
    let mut buf = [0u8; 255];
    let len = n.write_to(&mut buf).expect("fits");
    hex(&buf[..len])
}

fn rdata_hex(rr: &dns_wire::Record<'_>) -> Result<String, dns_wire::WireError> {
    let data = rr.data()?;
    let mut buf = vec![0u8; 70000];
    let mut w = Writer::new(&mut buf);
    data.compose(&mut w).expect("rdata fits");
    let out = w.finish();
    assert_eq!(out.len(), data.encoded_len(), "encoded_len of {}", rr.rtype());
    Ok(if out.is_empty() { "-".to_string() } else { hex(out) })
}

/// Decodes a message the way the corpus describes it.
fn decode(wire: &[u8]) -> Result<Vec<String>, dns_wire::WireError> {
    let msg = Message::parse(wire)?;
    msg.check_rdata()?;
    let h = msg.header();
    let mut lines = vec![format!("hdr {} {}", h.id(), h.flags())];
    for q in msg.questions() {
        lines.push(format!("q {} {} {}", name_hex(&q.qname), q.qtype.to_int(), q.qclass.to_int()));
    }
    let mut tail = Vec::new();
    for (section, rr) in msg.records() {
        let tag = match section {
            dns_wire::message::Section::Answer => "an",
            dns_wire::message::Section::Authority => "ns",
            _ => "ar",
        };
        if rr.rtype() == Rtype::OPT {
            let rd = if rr.rdata().is_empty() { "-".to_string() } else { hex(rr.rdata()) };
            tail.insert(0, format!("opt {} {} {}", rr.class().to_int(), rr.ttl(), rd));
        } else if rr.rtype() == Rtype::TSIG {
            tail.push(format!(
                "tsig {} {} {} {}",
                name_hex(&rr.owner()),
                rr.class().to_int(),
                rr.ttl(),
                rdata_hex(&rr)?
            ));
        } else {
            lines.push(format!(
                "rr {tag} {} {} {} {} {}",
                name_hex(&rr.owner()),
                rr.rtype().to_int(),
                rr.class().to_int(),
                rr.ttl(),
                rdata_hex(&rr)?
            ));
        }
    }
    lines.extend(tail);
    Ok(lines)
}

/// Whether a refusal is one of the deliberate differences listed above:
/// the error is that of a record of a type dnspython keeps opaque.
fn deliberate(wire: &[u8], err: &dns_wire::WireError) -> bool {
    if let dns_wire::WireError::BadOption { code, .. } = err {
        return OPTIONS_OPAQUE_THERE.contains(code);
    }
    let Ok(msg) = Message::parse(wire) else {
        return false;
    };
    msg.records().any(|(_, rr)| TYPED_HERE_OPAQUE_THERE.contains(&rr.rtype()) && rr.data().err() == Some(*err))
}

/// Why dns-wire may accept a message that dnspython refuses, by design:
/// - SVCB, HTTPS and DSYNC belong to the `svcb` and `deleg` crates; their
///   RDATA is opaque to dns-wire alone (protokit's test checks them with
///   the extensions plugged in);
/// - A in a class other than IN is opaque (RFC 1035 defines A for IN;
///   dnspython reads Chaosnet's CH A);
/// - EDNS options 22 to 25 are drafts that dnspython reads as UTF-8 text;
///   dns-wire keeps unregistered options opaque;
/// - a TSIG error above 4095 is a valid 16-bit value (the RCODE registry
///   is 16 bits wide, RFC 6895 section 2.3); dnspython caps it at 4095.
fn deliberate_accept(wire: &[u8]) -> Option<&'static str> {
    let msg = Message::parse(wire).ok()?;
    for (_, rr) in msg.records() {
        let t = rr.rtype();
        if [Rtype::SVCB, Rtype::HTTPS, Rtype::DSYNC].contains(&t) {
            return Some("SVCB/HTTPS/DSYNC: checked by their crates");
        }
        if t == Rtype::A && rr.class() != dns_wire::iana::Class::IN {
            return Some("A outside class IN is opaque");
        }
        if t == Rtype::TSIG {
            if let Ok(dns_wire::rdata::RData::Tsig(tsig)) = rr.data() {
                if tsig.error.to_int() > 4095 {
                    return Some("TSIG error above 4095");
                }
            }
        }
    }
    let opt = msg.opt()?;
    opt.options().flatten().any(|o| (22..=25).contains(&o.code.to_int())).then_some("draft EDNS options 22-25")
}

/// The decoded lines with the RDATA of the types dnspython keeps opaque
/// blotted out: dnspython shows such RDATA as it was on the wire
/// (compression pointers included) while dns-wire expands the names.
fn opaque_there(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|l| {
            let f: Vec<&str> = l.split(' ').collect();
            match (f.first(), f.get(3).and_then(|t| t.parse::<u16>().ok())) {
                (Some(&"rr"), Some(t)) if TYPED_HERE_OPAQUE_THERE.contains(&Rtype::new(t)) => f[..6].join(" "),
                _ => l.clone(),
            }
        })
        .collect()
}

#[test]
fn agrees_with_dnspython() {
    let corpus = read_corpus();
    assert!(corpus.len() > 3000, "corpus has {} messages", corpus.len());
    let mut disagreements = Vec::new();
    let (mut accepted, mut refused, mut deliberate_count) = (0, 0, 0);
    let mut by_design = std::collections::BTreeMap::<&str, usize>::new();
    for e in &corpus {
        let wire = unhex(&e.hex);
        let ours = decode(&wire);
        match (&e.verdict, ours) {
            (Verdict::Refused(_), Err(_)) => refused += 1,
            (Verdict::Accepted(want), Ok(got)) if *want == got => accepted += 1,
            (Verdict::Accepted(want), Ok(got)) if opaque_there(want) == opaque_there(&got) => deliberate_count += 1,
            (Verdict::Accepted(want), Ok(got)) => {
                disagreements.push(format!("{}\n  dnspython: {want:?}\n  dns-wire:  {got:?}", e.hex))
            }
            (Verdict::Accepted(_), Err(err)) if deliberate(&wire, &err) => deliberate_count += 1,
            (Verdict::Accepted(_), Err(err)) => {
                disagreements.push(format!("{}\n  dnspython accepts; dns-wire: {err}", e.hex))
            }
            (Verdict::Refused(_), Ok(_)) if deliberate_accept(&wire).is_some() => {
                *by_design.entry(deliberate_accept(&wire).unwrap_or_default()).or_insert(0) += 1
            }
            (Verdict::Refused(why), Ok(_)) => {
                disagreements.push(format!("{}\n  dnspython refuses ({why}); dns-wire accepts", e.hex))
            }
        }
    }
    if std::env::var_os("DNS_DIFF_ALL").is_some() {
        for d in &disagreements {
            eprintln!("{d}");
        }
    }
    println!("accepted here by design: {by_design:?}");
    println!("agree: {accepted} accepted, {refused} refused; {deliberate_count} deliberate differences");
    assert!(
        disagreements.is_empty(),
        "{} disagreements, first ones:\n{}",
        disagreements.len(),
        disagreements.iter().take(15).cloned().collect::<Vec<_>>().join("\n")
    );
    assert!(deliberate_count < 40, "too many deliberate differences: {deliberate_count}");
}
