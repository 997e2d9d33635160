//! The four libraries' walks and builds over one message, shared by the
//! `dns_message` bench and the `profile_dns` driver (so that callgrind can
//! count the instructions of each on the same corpus).
#![allow(missing_docs)]

use domain::base::message_builder::{MessageBuilder as DomainBuilder, StaticCompressor};
use domain::base::name::ParsedName;
use domain::base::opt::AllOptData;
use domain::base::{Header as DomainHeader, Message as DomainMessage, Question, Record};
use domain::rdata::AllRecordData;
pub use hickory_proto::op::Message as HickoryMessage;
pub use simple_dns::Packet;
use std::hint::black_box;

/// What a walk over one message saw; the four libraries must agree.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Questions.
    pub questions: u64,
    /// Records of the answer, authority and additional sections, OPT not
    /// counted.
    pub records: u64,
    /// OPT records.
    pub opt: u64,
    /// Sum of the TTLs of `records`.
    pub ttl_sum: u64,
}

impl Tally {
    pub fn add(&mut self, other: Tally) {
        self.questions += other.questions;
        self.records += other.records;
        self.opt += other.opt;
        self.ttl_sum += other.ttl_sum;
    }
}

// ---------------------------------------------------------------- dns-wire

pub fn walk_dns_wire(wire: &[u8]) -> Result<Tally, String> {
    let msg = dns_wire::Message::parse(wire).map_err(|e| e.to_string())?;
    walk_dns_wire_parsed(&msg)
}

pub fn walk_dns_wire_parsed(msg: &dns_wire::Message<'_>) -> Result<Tally, String> {
    let mut t = Tally::default();
    for q in msg.questions() {
        black_box(&q);
        t.questions += 1;
    }
    for (_, rr) in msg.records() {
        let data = rr.data();
        black_box(&data);
        data.map_err(|e| e.to_string())?;
        if rr.rtype() == dns_wire::iana::Rtype::OPT {
            t.opt += 1;
        } else {
            t.records += 1;
            t.ttl_sum += u64::from(rr.ttl());
        }
    }
    if let Some(opt) = msg.opt() {
        for o in opt.typed_options() {
            black_box(o.map_err(|e| e.to_string())?);
        }
    }
    Ok(t)
}

// ------------------------------------------------------------------- floor

/// The bare structural walk, the floor for `parse_walk`: reads the header
/// counts, skips every name (labels, and the first pointer ends it) and
/// every record's fixed fields and RDATA, and tallies what it passed. It
/// checks only that it stays within the message: no name rules, no
/// placement rules, no RDATA.
pub fn walk_floor(wire: &[u8]) -> Result<Tally, String> {
    let short = || "message ends early".to_string();
    let count = |i: usize| {
        wire.get(4 + 2 * i..).and_then(<[u8]>::first_chunk).map(|c| u16::from_be_bytes(*c)).ok_or_else(short)
    };
    let skip_name = |mut pos: usize| -> Result<usize, String> {
        loop {
            match *wire.get(pos).ok_or_else(short)? {
                0 => return Ok(pos + 1),
                len if len >= 0xc0 => return Ok(pos + 2),
                len => pos += usize::from(len) + 1,
            }
        }
    };
    let mut t = Tally::default();
    let mut pos = 12;
    for _ in 0..count(0)? {
        pos = skip_name(pos)? + 4;
        t.questions += 1;
    }
    let records = u32::from(count(1)?) + u32::from(count(2)?) + u32::from(count(3)?);
    for _ in 0..records {
        pos = skip_name(pos)?;
        let &[t0, t1, _, _, l0, l1, l2, l3, r0, r1] =
            wire.get(pos..).and_then(<[u8]>::first_chunk::<10>).ok_or_else(short)?;
        let rtype = u16::from_be_bytes([t0, t1]);
        let ttl = u32::from_be_bytes([l0, l1, l2, l3]);
        pos += 10 + usize::from(u16::from_be_bytes([r0, r1]));
        if rtype == 41 {
            t.opt += 1;
        } else {
            t.records += 1;
            t.ttl_sum += u64::from(ttl);
        }
    }
    if pos != wire.len() {
        return Err("octets left over or missing".to_string());
    }
    Ok(t)
}

// ------------------------------------------------------------ hickory-proto

pub fn walk_hickory(wire: &[u8]) -> Result<Tally, String> {
    let msg = HickoryMessage::from_vec(wire).map_err(|e| e.to_string())?;
    let mut t = Tally::default();
    for q in &msg.queries {
        black_box(q);
        t.questions += 1;
    }
    for rr in msg.answers.iter().chain(&msg.authorities).chain(&msg.additionals) {
        black_box(&rr.data);
        t.records += 1;
        t.ttl_sum += u64::from(rr.ttl);
    }
    if let Some(sig) = &msg.signature {
        black_box(&sig.data);
        t.records += 1;
        t.ttl_sum += u64::from(sig.ttl);
    }
    if let Some(edns) = &msg.edns {
        t.opt += 1;
        for o in &edns.options().options {
            black_box(o);
        }
    }
    Ok(t)
}

// ------------------------------------------------------------------ domain

/// The typed RDATA of domain, borrowing the message.
pub type DomainData<'a> = AllRecordData<&'a [u8], ParsedName<&'a [u8]>>;
pub type DomainRecord<'a> = Record<ParsedName<&'a [u8]>, DomainData<'a>>;

/// A message read by domain with every record decoded: what the `build`
/// group starts from.
pub struct DomainParsed<'a> {
    header: DomainHeader,
    questions: Vec<Question<ParsedName<&'a [u8]>>>,
    sections: [Vec<DomainRecord<'a>>; 3],
}

/// Walks the message, handing every question and every record with typed
/// RDATA (section 0 answer, 1 authority, 2 additional) to the closures.
pub fn domain_visit<'a>(
    wire: &'a [u8],
    mut question: impl FnMut(Question<ParsedName<&'a [u8]>>),
    mut record: impl FnMut(usize, DomainRecord<'a>),
) -> Result<DomainHeader, String> {
    let msg = DomainMessage::from_slice(wire).map_err(|e| e.to_string())?;
    let mut qs = msg.question();
    for q in &mut qs {
        question(q.map_err(|e| e.to_string())?);
    }
    let mut section = qs.answer().map_err(|e| e.to_string())?;
    for i in 0..3 {
        for rr in &mut section {
            let rr = rr.map_err(|e| e.to_string())?;
            let rr = rr.into_record::<DomainData<'a>>().map_err(|e| e.to_string())?.ok_or("record type refused")?;
            record(i, rr);
        }
        match section.next_section().map_err(|e| e.to_string())? {
            Some(next) => section = next,
            None => break,
        }
    }
    Ok(msg.header())
}

pub fn walk_domain(wire: &[u8]) -> Result<Tally, String> {
    let mut t = Tally::default();
    let mut opt_err = None;
    domain_visit(
        wire,
        |q| {
            black_box(&q);
            t.questions += 1;
        },
        |_, rr| {
            if let AllRecordData::Opt(opt) = rr.data() {
                t.opt += 1;
                for o in opt.iter::<AllOptData<&[u8], domain::base::Name<&[u8]>>>() {
                    match o {
                        Ok(o) => {
                            black_box(&o);
                        }
                        Err(e) => opt_err = Some(e.to_string()),
                    }
                }
            } else {
                t.records += 1;
                t.ttl_sum += u64::from(rr.ttl().as_secs());
            }
            black_box(&rr);
        },
    )?;
    match opt_err {
        Some(e) => Err(e),
        None => Ok(t),
    }
}

pub fn parse_domain(wire: &[u8]) -> Result<DomainParsed<'_>, String> {
    let mut questions = Vec::new();
    let mut sections: [Vec<DomainRecord<'_>>; 3] = Default::default();
    let header = domain_visit(wire, |q| questions.push(q), |i, rr| sections[i].push(rr))?;
    Ok(DomainParsed { header, questions, sections })
}

/// Writes `msg` into `buf` (whose old contents are dropped) with domain's
/// allocation-free compressor.
pub fn build_domain(msg: &DomainParsed<'_>, buf: Vec<u8>) -> Result<Vec<u8>, String> {
    let err = |e: domain::base::message_builder::PushError| e.to_string();
    let mut b = DomainBuilder::from_target(StaticCompressor::new(buf)).map_err(|e| e.to_string())?;
    *b.header_mut() = msg.header;
    let mut b = b.question();
    for q in &msg.questions {
        b.push(q).map_err(err)?;
    }
    let mut b = b.answer();
    for rr in &msg.sections[0] {
        b.push(rr).map_err(err)?;
    }
    let mut b = b.authority();
    for rr in &msg.sections[1] {
        b.push(rr).map_err(err)?;
    }
    let mut b = b.additional();
    for rr in &msg.sections[2] {
        b.push(rr).map_err(err)?;
    }
    Ok(b.finish().into_target())
}

// -------------------------------------------------------------- simple-dns

pub fn walk_simple_dns(wire: &[u8]) -> Result<Tally, String> {
    let p = Packet::parse(wire).map_err(|e| e.to_string())?;
    let mut t = Tally::default();
    for q in &p.questions {
        black_box(q);
        t.questions += 1;
    }
    for rr in p.answers.iter().chain(&p.name_servers).chain(&p.additional_records) {
        black_box(&rr.rdata);
        t.records += 1;
        t.ttl_sum += u64::from(rr.ttl);
    }
    if let Some(opt) = p.opt() {
        t.opt += 1;
        for o in &opt.opt_codes {
            black_box(o);
        }
    }
    Ok(t)
}
