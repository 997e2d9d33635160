//! Properties: generated messages survive build -> parse -> build -> parse
//! unchanged, and no input makes the parser or the builder panic.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

mod strategies;

use dns_wire::Message;
use dns_wire::MessageBuilder;
use dns_wire::iana::{Class, Rtype};
use dns_wire::message::{Question, Section};
use dns_wire::owned::RecordBuf;
use proptest::prelude::*;

/// A message as plain data: ID, flags, questions and the three sections.
#[derive(Debug, Clone, PartialEq)]
struct Plain {
    id: u16,
    flags: u16,
    questions: Vec<(dns_wire::name::NameBuf, Rtype, Class)>,
    sections: [Vec<RecordBuf>; 3],
}

fn plain() -> impl Strategy<Value = Plain> {
    let pool = strategies::rdata_pool();
    let records = move || proptest::collection::vec(strategies::record(pool.clone()), 0..6);
    (
        any::<u16>(),
        any::<u16>(),
        proptest::collection::vec((strategies::name(), any::<u16>(), any::<u16>()), 0..3),
        records(),
        records(),
        records(),
    )
        .prop_map(|(id, flags, qs, an, ns, ar)| Plain {
            id,
            flags,
            questions: qs
                .into_iter()
                .map(|(n, t, c)| (n, Rtype::new(t), Class::new(c)))
                .filter(|(_, t, _)| *t != Rtype::OPT && *t != Rtype::TSIG)
                .collect(),
            sections: [an, ns, ar],
        })
}

fn build<'b>(p: &Plain, buf: &'b mut [u8]) -> &'b [u8] {
    let mut b = MessageBuilder::new(buf).unwrap();
    b.header_mut().set_id(p.id);
    b.header_mut().set_flags(p.flags);
    for (n, t, c) in &p.questions {
        b.question(&Question { qname: n.as_name(), qtype: *t, qclass: *c }).unwrap();
    }
    for (records, section) in p.sections.iter().zip([Section::Answer, Section::Authority, Section::Additional]) {
        for rr in records {
            b.record(section, rr).unwrap();
        }
    }
    b.finish()
}

fn read(wire: &[u8]) -> Plain {
    let msg = Message::parse(wire).unwrap();
    let h = msg.header();
    let mut sections: [Vec<RecordBuf>; 3] = Default::default();
    for (section, rr) in msg.records() {
        sections[section as usize - 1].push(RecordBuf::from_record(&rr).unwrap());
    }
    Plain {
        id: h.id(),
        flags: h.flags(),
        questions: msg.questions().map(|q| (q.qname.into(), q.qtype, q.qclass)).collect(),
        sections,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn build_parse_round_trip(p in plain()) {
        let mut buf = vec![0u8; 65535];
        let wire = build(&p, &mut buf).to_vec();
        let back = read(&wire);
        prop_assert_eq!(&back, &p);
        // Owner names keep their case octet for octet.
        let msg = Message::parse(&wire).unwrap();
        for ((_, rr), want) in msg.records().zip(p.sections.iter().flatten()) {
            prop_assert!(rr.owner().eq_exact(&want.owner.as_name()));
        }
        // Building what was parsed gives the same message again, no longer
        // (copying follows the source's own compression as well).
        let mut again = vec![0u8; 65535];
        let rebuilt = MessageBuilder::copy_message(&mut again, &msg, false).unwrap();
        prop_assert!(rebuilt.len() <= wire.len());
        prop_assert_eq!(&read(rebuilt), &p);
    }

    #[test]
    fn truncation_keeps_a_valid_message(p in plain(), limit in 12usize..600) {
        let mut full = vec![0u8; 65535];
        let wire = build(&p, &mut full).to_vec();
        let msg = Message::parse(&wire).unwrap();
        let mut small = vec![0u8; limit];
        if let Ok(out) = MessageBuilder::copy_message(&mut small, &msg, true) {
            let t = Message::parse(out).unwrap();
            prop_assert!(out.len() <= limit);
            prop_assert_eq!(t.header().tc(), out.len() < wire.len() || msg.header().tc());
        }
    }

    #[test]
    fn arbitrary_octets_never_panic(wire in proptest::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(msg) = Message::parse(&wire) {
            for q in msg.questions() {
                let _ = q.to_string();
            }
            for (_, rr) in msg.records() {
                let _ = rr.to_string();
            }
            let mut out = vec![0u8; 65535];
            let _ = MessageBuilder::copy_message(&mut out, &msg, false);
        }
    }

    #[test]
    fn mutated_messages_never_panic(p in plain(), flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4)) {
        let mut buf = vec![0u8; 65535];
        let mut wire = build(&p, &mut buf).to_vec();
        for (i, v) in flips {
            let at = i.index(wire.len());
            wire[at] = v;
        }
        if let Ok(msg) = Message::parse(&wire) {
            for (_, rr) in msg.records() {
                let _ = rr.to_string();
                if let Ok(owned) = RecordBuf::from_record(&rr) {
                    let _ = owned.to_string();
                }
            }
            let mut out = vec![0u8; 65535];
            if let Ok(re) = MessageBuilder::copy_message(&mut out, &msg, false) {
                // What the builder writes from a message that checks out reads back the same.
                let re = re.to_vec();
                if msg.check_rdata().is_ok() {
                    prop_assert_eq!(read(&re), read_lenient(&msg));
                }
            }
        }
    }
}

/// `read` for a message already parsed.
fn read_lenient(msg: &Message<'_>) -> Plain {
    read(msg.as_bytes())
}
