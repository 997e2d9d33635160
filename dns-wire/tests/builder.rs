//! The message builder's response rules (issue 12, item 3): the UDP size
//! (draft-ietf-dnsop-avoid-fragmentation), glue in referrals (RFC 9471,
//! draft-ietf-dnsop-glue-is-not-optional) and the OPT record
//! (RFC 6891, RFC 3225).

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use dns_wire::build::{DEFAULT_UDP_PAYLOAD, OptParams, RecordRef, Transport};
use dns_wire::iana::{Class, Opcode, Rcode, Rtype};
use dns_wire::message::{MAX_MESSAGE_LEN, Section};
use dns_wire::owned::RecordBuf;
use dns_wire::rdata::{A, Ns, RData};
use dns_wire::{BuildError, Message, MessageBuilder, NameBuf};

fn name(text: &str) -> NameBuf {
    text.parse().unwrap()
}

/// A query for `example. A`, with an OPT record advertising `udp` if given.
fn query(buf: &mut [u8], udp: Option<u16>) -> Message<'_> {
    let mut q = MessageBuilder::query(buf, 0xbeef, &name("example.").as_name(), Rtype::A).unwrap();
    if let Some(size) = udp {
        q.opt(OptParams { udp_payload_size: size, ..OptParams::default() }, |_| Ok(())).unwrap();
    }
    Message::parse(q.finish()).unwrap()
}

/// Adds A records to the answer section until one does not fit.
fn fill(b: &mut MessageBuilder<'_>) -> u16 {
    let owner = name("example.");
    let mut n = 0u16;
    loop {
        let a = RData::A(A { addr: [192, 0, 2, (n % 256) as u8].into() });
        match b.record(Section::Answer, &RecordRef::new(owner.as_name(), 60, a)) {
            Ok(()) => n += 1,
            Err(BuildError::NoSpace { .. }) => return n,
            Err(e) => panic!("{e}"),
        }
    }
}

/// The size a filled UDP response reaches, with `udp` advertised by the
/// requestor and `transport` given by the caller.
fn filled_len(udp: Option<u16>, transport: Transport) -> usize {
    let mut qbuf = [0u8; 64];
    let q = query(&mut qbuf, udp);
    let mut buf = vec![0u8; 65535];
    let mut b = MessageBuilder::response(&mut buf, &q, transport).unwrap();
    fill(&mut b);
    if udp.is_some() {
        b.opt(OptParams::default(), |_| Ok(())).unwrap();
    }
    b.finish().len()
}

#[test]
fn udp_response_defaults_to_1232_octets() {
    assert_eq!(DEFAULT_UDP_PAYLOAD, 1232);
    // The requestor takes 4096; with no path limit given, 1232 is the most.
    let len = filled_len(Some(4096), Transport::default());
    // Each A record takes 16 octets: the response is full to within one.
    assert!(len <= 1232 && len > 1232 - 16, "{len}");
}

#[test]
fn udp_response_never_exceeds_the_callers_path_limit() {
    for path_limit in [600, 1232, 1400] {
        let len = filled_len(Some(4096), Transport::Udp { path_limit });
        assert!(len <= usize::from(path_limit) && len > usize::from(path_limit) - 16, "{path_limit}: {len}");
    }
    // Below 512 too: the caller's word is the limit.
    let len = filled_len(None, Transport::Udp { path_limit: 300 });
    assert!(len <= 300 && len > 300 - 16, "{len}");
}

#[test]
fn udp_response_never_exceeds_the_requestors_size() {
    let len = filled_len(Some(800), Transport::Udp { path_limit: 1400 });
    assert!(len <= 800 && len > 800 - 16, "{len}");
    // Without EDNS the requestor takes 512 (RFC 1035 section 4.2.1).
    let len = filled_len(None, Transport::default());
    assert!(len <= 512 && len > 512 - 16, "{len}");
    // Advertised sizes below 512 are read as 512 (RFC 6891 section 6.2.5).
    let len = filled_len(Some(100), Transport::default());
    assert!(len <= 512 && len > 512 - 16, "{len}");
}

#[test]
fn tcp_response_fills_up_to_65535_octets() {
    let len = filled_len(Some(1232), Transport::Tcp);
    assert!(len <= MAX_MESSAGE_LEN && len > MAX_MESSAGE_LEN - 16, "{len}");
}

#[test]
fn opt_record_fits_in_a_full_response_to_an_edns_query() {
    let mut qbuf = [0u8; 64];
    let q = query(&mut qbuf, Some(1232));
    let mut buf = [0u8; 4096];
    let mut b = MessageBuilder::response(&mut buf, &q, Transport::default()).unwrap();
    let n = fill(&mut b);
    b.opt(OptParams { dnssec_ok: true, ..OptParams::default() }, |_| Ok(())).unwrap();
    let msg = Message::parse(b.finish()).unwrap();
    assert!(msg.as_bytes().len() <= 1232);
    assert_eq!(msg.header().ancount(), n);
    let opt = msg.opt().unwrap();
    assert_eq!(opt.udp_payload_size(), 1232);
    assert_eq!(opt.flags(), 0x8000);
}

#[test]
fn opt_params_default_advertises_1232_without_do() {
    let mut buf = [0u8; 64];
    let mut b = MessageBuilder::new(&mut buf).unwrap();
    b.opt(OptParams::default(), |_| Ok(())).unwrap();
    let msg = Message::parse(b.finish()).unwrap();
    let opt = msg.opt().unwrap();
    assert_eq!((opt.udp_payload_size(), opt.version(), opt.flags()), (1232, 0, 0));
    assert!(!opt.dnssec_ok());
}

#[test]
fn response_copies_id_opcode_rd_cd_and_questions() {
    let qname = name("www.example.");
    let mut qbuf = [0u8; 64];
    let mut q = MessageBuilder::query(&mut qbuf, 0x4242, &qname.as_name(), Rtype::AAAA).unwrap();
    q.header_mut().set_cd(true);
    let q = Message::parse(q.finish()).unwrap();
    let mut buf = [0u8; 512];
    let r = Message::parse(MessageBuilder::response(&mut buf, &q, Transport::default()).unwrap().finish()).unwrap();
    let h = r.header();
    assert!(h.qr() && h.rd() && h.cd() && !h.aa() && !h.tc());
    assert_eq!((h.id(), h.opcode(), h.qdcount(), h.ancount()), (0x4242, Opcode::QUERY, 1, 0));
    let question = r.questions().next().unwrap();
    assert_eq!((question.qname, question.qtype, question.qclass), (qname.as_name(), Rtype::AAAA, Class::IN));
    assert!(r.opt().is_none());
}

/// A referral for `child.example.` to `ns.child.example.` (in-domain) and
/// `ns.sibling.example.` (sibling), in a response of `limit` octets.
fn referral(buf: &mut [u8], limit: u16, glue_owner: &str) -> (bool, bool, Vec<u8>) {
    let mut qbuf = [0u8; 64];
    let q = query(&mut qbuf, None);
    let (child, ns) = (name("child.example."), name(glue_owner));
    let mut b = MessageBuilder::response(buf, &q, Transport::Udp { path_limit: limit }).unwrap();
    let delegation = RData::Ns(Ns { nsdname: ns.as_name() });
    b.record(Section::Authority, &RecordRef::new(child.as_name(), 3600, delegation)).unwrap();
    let a = RData::A(A { addr: [192, 0, 2, 53].into() });
    let added = b.glue(&RecordRef::new(ns.as_name(), 3600, a)).unwrap();
    let wire = b.finish().to_vec();
    let tc = Message::parse(&wire).unwrap().header().tc();
    (added, tc, wire)
}

// Header 12, question 13, NS record 2 + 10 + 2 + glue owner's first label
// and a pointer; the glue A record 2 + 10 + 4 = 16.
#[test]
fn in_domain_glue_that_does_not_fit_sets_tc() {
    let mut buf = [0u8; 512];
    let (added, tc, wire) = referral(&mut buf, 512, "ns.child.example.");
    assert!(added && !tc);
    let full = wire.len();
    // One octet short of the glue: left out, and TC says so.
    let (added, tc, wire) = referral(&mut buf, u16::try_from(full - 1).unwrap(), "ns.child.example.");
    assert!(!added && tc);
    let msg = Message::parse(&wire).unwrap();
    assert_eq!((msg.header().nscount(), msg.header().arcount()), (1, 0));
    // At the owner of the delegation itself it is in-domain too.
    let (added, tc, wire) = referral(&mut buf, 512, "child.example.");
    assert!(added && !tc);
    let (added, tc, _) = referral(&mut buf, u16::try_from(wire.len() - 1).unwrap(), "child.example.");
    assert!(!added && tc);
}

#[test]
fn sibling_glue_that_does_not_fit_is_left_out_without_tc() {
    let mut buf = [0u8; 512];
    let (added, tc, wire) = referral(&mut buf, 512, "ns.sibling.example.");
    assert!(added && !tc);
    let (added, tc, wire) = referral(&mut buf, u16::try_from(wire.len() - 1).unwrap(), "ns.sibling.example.");
    assert!(!added && !tc);
    assert_eq!(Message::parse(&wire).unwrap().header().arcount(), 0);
}

#[test]
fn glue_without_a_delegation_is_refused() {
    let mut buf = [0u8; 512];
    let mut b = MessageBuilder::new(&mut buf).unwrap();
    let a = RData::A(A { addr: [192, 0, 2, 53].into() });
    assert_eq!(
        b.glue(&RecordRef::new(name("ns.example.").as_name(), 60, a)),
        Err(BuildError::Invalid { what: "glue without an NS record in the authority section" })
    );
}

#[test]
fn record_takes_typed_parsed_and_owned_records_alike() {
    let owner = name("host.example.");
    let typed = RecordRef {
        owner: owner.as_name(),
        rtype: Rtype::A,
        class: Class::IN,
        ttl: 60,
        data: A { addr: [192, 0, 2, 7].into() },
    };
    let mut first = [0u8; 512];
    let mut b = MessageBuilder::new(&mut first).unwrap();
    b.record(Section::Answer, &typed).unwrap();
    let first = Message::parse(b.finish()).unwrap();
    let parsed = first.answers().next().unwrap();
    let owned = RecordBuf::from_record(&parsed).unwrap();

    let mut buf = [0u8; 512];
    let mut b = MessageBuilder::new(&mut buf).unwrap();
    b.record(Section::Answer, &typed).unwrap();
    b.record(Section::Answer, &parsed).unwrap();
    b.record(Section::Answer, &owned).unwrap();
    let msg = Message::parse(b.finish()).unwrap();
    let texts: Vec<String> = msg.answers().map(|r| r.to_string()).collect();
    assert_eq!(texts, vec!["host.example. 60 IN A 192.0.2.7"; 3]);
    // A record given for the question section is refused.
    assert!(matches!(
        MessageBuilder::new(&mut [0u8; 64]).unwrap().record(Section::Question, &typed),
        Err(BuildError::Invalid { .. })
    ));
}

#[test]
fn response_to_an_edns_query_carries_opt_with_do_copied() {
    for dnssec_ok in [false, true] {
        let mut qbuf = [0u8; 64];
        let mut q = MessageBuilder::query(&mut qbuf, 1, &name("example.").as_name(), Rtype::A).unwrap();
        q.opt(OptParams { udp_payload_size: 4096, dnssec_ok, ..OptParams::default() }, |_| Ok(())).unwrap();
        let q = Message::parse(q.finish()).unwrap();
        let mut buf = [0u8; 4096];
        // Filled to the limit and truncated, without a call to `opt`.
        let mut b = MessageBuilder::response(&mut buf, &q, Transport::default()).unwrap();
        fill(&mut b);
        let msg = Message::parse(b.finish_truncated()).unwrap();
        assert!(msg.header().tc() && msg.as_bytes().len() <= 1232);
        let opt = msg.opt().expect("an OPT record");
        assert_eq!((opt.udp_payload_size(), opt.dnssec_ok()), (1232, dnssec_ok));
    }
}

#[test]
fn opt_written_by_finish_carries_the_extended_rcode() {
    let mut qbuf = [0u8; 64];
    let q = query(&mut qbuf, Some(1232));
    let mut buf = [0u8; 512];
    let mut b = MessageBuilder::response(&mut buf, &q, Transport::default()).unwrap();
    b.set_rcode(Rcode::BADVERS);
    let msg = Message::parse(b.finish()).unwrap();
    assert_eq!(msg.rcode(), Rcode::BADVERS);
    assert_eq!(msg.header().arcount(), 1);
}

/// The types of a message's additional section, in order.
fn additional_types(msg: &Message<'_>) -> Vec<Rtype> {
    msg.additional().map(|rr| rr.rtype()).collect()
}

/// Found by the `message_roundtrip` fuzz target (fuzz/seeds/message_roundtrip/crash-opt-before-tsig):
/// an OPT record ahead of a TSIG record was copied after it, and the copy was refused (TSIG not last).
#[test]
fn copy_keeps_tsig_last_after_opt() {
    let wire = include_bytes!("data/fuzz/crash-opt-before-tsig");
    let msg = Message::parse(wire).unwrap();
    assert_eq!(additional_types(&msg), [Rtype::OPT, Rtype::TSIG]);
    let mut buf = vec![0u8; MAX_MESSAGE_LEN];
    let copy = Message::parse(MessageBuilder::copy_message(&mut buf, &msg, false).unwrap()).unwrap();
    assert_eq!(additional_types(&copy), [Rtype::OPT, Rtype::TSIG]);
    let tsig = |m: &Message<'_>| m.additional().last().map(|rr| rr.rdata().to_vec());
    assert_eq!(tsig(&msg), tsig(&copy));
}

/// Two answers, then TSIG, then OPT in the additional section: the copy
/// writes OPT before TSIG, and truncation keeps both.
#[test]
fn truncated_copy_keeps_opt_and_tsig() {
    let mut wire = b"\x12\x34\x81\x80\0\x01\0\x02\0\0\0\x02\x07example\0\0\x01\0\x01".to_vec();
    for host in [1u8, 2] {
        wire.extend_from_slice(b"\xc0\x0c\0\x01\0\x01\0\0\x0e\x10\0\x04\xc0\0\x02");
        wire.push(host);
    }
    wire.extend_from_slice(b"\0\0\x29\x10\0\0\0\0\0\0\0");
    wire.extend_from_slice(
        b"\x03key\0\0\xfa\0\xff\0\0\0\0\0\x1d\x0bhmac-sha256\0\0\0\0\0\0\x01\x01\x2c\0\0\x12\x34\0\0\0\0",
    );
    let msg = Message::parse(&wire).unwrap();
    let mut full = [0u8; 512];
    let copy = Message::parse(MessageBuilder::copy_message(&mut full, &msg, false).unwrap()).unwrap();
    assert_eq!(copy.as_bytes().len(), wire.len());
    assert_eq!(additional_types(&copy), [Rtype::OPT, Rtype::TSIG]);
    // Room for the question, one answer, OPT (11) and TSIG (5 + 10 + 29).
    let mut small = [0u8; 25 + 16 + 11 + 44];
    let cut = Message::parse(MessageBuilder::copy_message(&mut small, &msg, true).unwrap()).unwrap();
    assert!(cut.header().tc());
    assert_eq!(cut.header().ancount(), 1);
    assert_eq!(additional_types(&cut), [Rtype::OPT, Rtype::TSIG]);
    // One octet less: the closing records do not fit, which is an error.
    let mut tiny = [0u8; 25 + 11 + 44 - 1];
    let r = MessageBuilder::copy_message(&mut tiny, &msg, true).map(<[u8]>::len);
    assert!(matches!(r, Err(BuildError::NoSpace { .. })), "{r:?}");
}

/// A SIG(0) record (RFC 2931 section 3.1: last in the message) stays
/// last; a SIG record covering another type is not moved.
#[test]
fn copy_keeps_sig0_last_after_opt() {
    let sig = |covered: u8| {
        let mut w = b"\x12\x34\0\0\0\0\0\0\0\0\0\x02\0\0\x29\x10\0\0\0\0\0\0\0\0\0\x18\0\xff\0\0\0\0\0\x17\0".to_vec();
        w.push(covered);
        w.extend_from_slice(b"\x0f\0\0\0\0\0\0\0\0\x01\0\0\0\x02\x04\xd2\0\xde\xad\xbe\xef");
        w
    };
    let mut buf = [0u8; 512];
    let msg_wire = sig(0);
    let msg = Message::parse(&msg_wire).unwrap();
    let copy = Message::parse(MessageBuilder::copy_message(&mut buf, &msg, false).unwrap()).unwrap();
    assert_eq!(additional_types(&copy), [Rtype::OPT, Rtype::SIG]);
    let other_wire = sig(1);
    let other = Message::parse(&other_wire).unwrap();
    let copy = Message::parse(MessageBuilder::copy_message(&mut buf, &other, false).unwrap()).unwrap();
    assert_eq!(additional_types(&copy), [Rtype::SIG, Rtype::OPT]);
}

/// A TSIG record (RFC 8945 section 5.1) ends the message: a response's
/// held-back OPT record goes before it, and nothing goes after it.
#[test]
fn tsig_closes_a_built_message() {
    let mut qbuf = [0u8; 64];
    let query = query(&mut qbuf, Some(4096));
    let wire = include_bytes!("data/fuzz/crash-opt-before-tsig");
    let signed = Message::parse(wire).unwrap();
    let tsig = signed.additional().last().unwrap();
    assert_eq!(tsig.rtype(), Rtype::TSIG);
    let mut buf = [0u8; 512];
    let mut b = MessageBuilder::response(&mut buf, &query, Transport::default()).unwrap();
    assert!(matches!(b.record(Section::Answer, &tsig), Err(BuildError::Invalid { .. })));
    b.record(Section::Additional, &tsig).unwrap();
    let a = RData::A(A { addr: [192, 0, 2, 1].into() });
    let after = b.record(Section::Additional, &RecordRef::new(name("example.").as_name(), 60, a));
    assert!(matches!(after, Err(BuildError::Invalid { .. })), "{after:?}");
    assert!(matches!(b.opt(OptParams::default(), |_| Ok(())), Err(BuildError::Invalid { .. })));
    let msg = Message::parse(b.finish()).unwrap();
    assert_eq!(additional_types(&msg), [Rtype::OPT, Rtype::TSIG]);
}
