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

// ------------------------------------------- build_typed: owned typed records
//
// What a server holds and pushes: each library's owned records with typed
// RDATA, made from a corpus message before timing (the OPT record left out:
// each library writes EDNS its own way), and a builder that writes header,
// questions and every record pushed one by one into its section, names
// compressed, into a reused buffer where the library allows it.

/// One message as dns-wire's owned records.
pub struct WireOwned {
    id: u16,
    flags: u16,
    questions: Vec<(dns_wire::NameBuf, dns_wire::iana::Rtype, dns_wire::iana::Class)>,
    sections: [Vec<dns_wire::owned::RecordBuf>; 3],
}

/// The records of a message (OPT left out) with their section index
/// (0 answer, 1 authority, 2 additional), as dns-wire reads them: what
/// every typed builder must write back.
pub fn owned_records(wire: &[u8]) -> Result<Vec<(usize, dns_wire::owned::RecordBuf)>, String> {
    use dns_wire::message::Section;
    let msg = dns_wire::Message::parse(wire).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for (section, rr) in msg.records() {
        if rr.rtype() == dns_wire::iana::Rtype::OPT {
            continue;
        }
        let i = match section {
            Section::Answer => 0,
            Section::Authority => 1,
            _ => 2,
        };
        out.push((i, dns_wire::owned::RecordBuf::from_record(&rr).map_err(|e| e.to_string())?));
    }
    Ok(out)
}

pub fn own_dns_wire(wire: &[u8]) -> Result<WireOwned, String> {
    let msg = dns_wire::Message::parse(wire).map_err(|e| e.to_string())?;
    let questions = msg.questions().map(|q| (dns_wire::NameBuf::from_name(&q.qname), q.qtype, q.qclass)).collect();
    let mut sections: [Vec<_>; 3] = Default::default();
    for (i, rr) in owned_records(wire)? {
        sections[i].push(rr);
    }
    Ok(WireOwned { id: msg.header().id(), flags: msg.header().flags(), questions, sections })
}

/// Builds `m` into `buf`; returns the message's length.
pub fn build_typed_dns_wire(m: &WireOwned, buf: &mut [u8]) -> Result<usize, String> {
    use dns_wire::message::{Question as WireQuestion, Section};
    let err = |e: dns_wire::BuildError| e.to_string();
    let mut b = dns_wire::MessageBuilder::new(buf).map_err(err)?;
    b.header_mut().set_id(m.id);
    b.header_mut().set_flags(m.flags);
    for (qname, qtype, qclass) in &m.questions {
        b.question(&WireQuestion { qname: qname.as_name(), qtype: *qtype, qclass: *qclass }).map_err(err)?;
    }
    for (section, records) in [Section::Answer, Section::Authority, Section::Additional].into_iter().zip(&m.sections) {
        for rr in records {
            b.record(section, rr).map_err(err)?;
        }
    }
    Ok(b.finish().len())
}

/// One message as hickory-proto's owned records.
pub struct HickoryOwned {
    metadata: hickory_proto::op::Metadata,
    queries: Vec<hickory_proto::op::Query>,
    sections: [Vec<hickory_proto::rr::Record>; 3],
}

pub fn own_hickory(wire: &[u8]) -> Result<HickoryOwned, String> {
    let msg = HickoryMessage::from_vec(wire).map_err(|e| e.to_string())?;
    Ok(HickoryOwned {
        metadata: msg.metadata,
        queries: msg.queries,
        sections: [msg.answers, msg.authorities, msg.additionals],
    })
}

/// Builds `m` with `emit_message_parts` (what hickory's server does with the
/// records it holds) into `buf`, cleared first.
pub fn build_typed_hickory(m: &HickoryOwned, buf: &mut Vec<u8>) -> Result<usize, String> {
    use hickory_proto::serialize::binary::BinEncoder;
    buf.clear();
    let mut enc = BinEncoder::new(buf);
    let [an, ns, ar] = &m.sections;
    hickory_proto::op::emit_message_parts(
        &m.metadata,
        &mut m.queries.iter(),
        &mut an.iter(),
        &mut ns.iter(),
        &mut ar.iter(),
        None,
        None,
        &mut enc,
    )
    .map_err(|e| e.to_string())?;
    Ok(buf.len())
}

/// domain's owned record: names and RDATA octets in `Vec`s.
pub type DomainOwnedRecord = Record<domain::base::Name<Vec<u8>>, AllRecordData<Vec<u8>, domain::base::Name<Vec<u8>>>>;

/// One message as domain's owned records.
pub struct DomainOwned {
    header: DomainHeader,
    questions: Vec<Question<domain::base::Name<Vec<u8>>>>,
    sections: [Vec<DomainOwnedRecord>; 3],
}

pub fn own_domain(wire: &[u8]) -> Result<DomainOwned, String> {
    use domain::base::name::FlattenInto;
    let mut questions = Vec::new();
    let mut sections: [Vec<DomainOwnedRecord>; 3] = Default::default();
    let (mut qfailed, mut failed) = (None, None);
    let header = domain_visit(
        wire,
        |q| {
            let (qtype, qclass) = (q.qtype(), q.qclass());
            let qname: Result<domain::base::Name<Vec<u8>>, _> = q.into_qname().try_flatten_into();
            match qname {
                Ok(qname) => questions.push(Question::new(qname, qtype, qclass)),
                Err(e) => qfailed = Some(e.to_string()),
            }
        },
        |i, rr| {
            if rr.rtype() == domain::base::iana::Rtype::OPT {
                return;
            }
            match rr.try_flatten_into() {
                Ok(rr) => sections[i].push(rr),
                Err(e) => failed = Some(e.to_string()),
            }
        },
    )?;
    match qfailed.or(failed) {
        Some(e) => Err(e),
        None => Ok(DomainOwned { header, questions, sections }),
    }
}

/// Builds `m` with domain's `MessageBuilder` and its allocation-free
/// compressor into `buf` (whose old contents are dropped).
pub fn build_typed_domain(m: &DomainOwned, buf: Vec<u8>) -> Result<Vec<u8>, String> {
    let err = |e: domain::base::message_builder::PushError| e.to_string();
    let mut target = buf;
    target.clear();
    let mut b = DomainBuilder::from_target(StaticCompressor::new(target)).map_err(|e| e.to_string())?;
    *b.header_mut() = m.header;
    let mut b = b.question();
    for q in &m.questions {
        b.push(q).map_err(err)?;
    }
    let mut b = b.answer();
    for rr in &m.sections[0] {
        b.push(rr).map_err(err)?;
    }
    let mut b = b.authority();
    for rr in &m.sections[1] {
        b.push(rr).map_err(err)?;
    }
    let mut b = b.additional();
    for rr in &m.sections[2] {
        b.push(rr).map_err(err)?;
    }
    Ok(b.finish().into_target())
}

/// One message as simple-dns's owned records.
pub struct SimpleOwned {
    id: u16,
    flags: simple_dns::PacketFlag,
    opcode: simple_dns::OPCODE,
    rcode: simple_dns::RCODE,
    questions: Vec<simple_dns::Question<'static>>,
    sections: [Vec<simple_dns::ResourceRecord<'static>>; 3],
}

pub fn own_simple_dns(wire: &[u8]) -> Result<SimpleOwned, String> {
    let p = Packet::parse(wire).map_err(|e| e.to_string())?;
    let flags = simple_dns::PacketFlag::all().iter().filter(|f| p.has_flags(*f)).collect();
    let owned = |rrs: Vec<simple_dns::ResourceRecord<'_>>| rrs.into_iter().map(|rr| rr.into_owned()).collect();
    Ok(SimpleOwned {
        id: p.id(),
        flags,
        opcode: p.opcode(),
        rcode: p.rcode(),
        questions: p.questions.iter().map(|q| q.clone().into_owned()).collect(),
        sections: [owned(p.answers), owned(p.name_servers), owned(p.additional_records)],
    })
}

/// Builds `m` as a new `Packet` holding clones of the records (a packet
/// owns what it writes) and writes it compressed into `out`, cleared first.
pub fn build_typed_simple_dns(m: &SimpleOwned, out: &mut std::io::Cursor<Vec<u8>>) -> Result<usize, String> {
    let mut p = Packet::new_reply(m.id);
    p.remove_flags(simple_dns::PacketFlag::all());
    p.set_flags(m.flags);
    *p.opcode_mut() = m.opcode;
    *p.rcode_mut() = m.rcode;
    for q in &m.questions {
        p.questions.push(q.clone());
    }
    for rr in &m.sections[0] {
        p.answers.push(rr.clone());
    }
    for rr in &m.sections[1] {
        p.name_servers.push(rr.clone());
    }
    for rr in &m.sections[2] {
        p.additional_records.push(rr.clone());
    }
    out.get_mut().clear();
    out.set_position(0);
    p.write_compressed_to(out).map_err(|e| e.to_string())?;
    Ok(out.get_ref().len())
}
