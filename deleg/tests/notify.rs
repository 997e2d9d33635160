//! Generalized NOTIFY against dnspython: `tests/data/notify-dnspython.tsv`
//! was written by `tests/data/gen_notify.py` (dnspython 2.9.2); here the same
//! messages are built with deleg's builder and must match octet for octet,
//! and dnspython's octets must parse with deleg's parser to the same fields.

#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

mod common;

use deleg::notify::{Notify, NotifyError};
use dns_wire::name::NameBuf;
use dns_wire::{Message, iana::Rtype};

#[test]
fn matches_dnspython_both_ways() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/notify-dnspython.tsv")).unwrap();
    let rows = common::rows(&text, "case");
    assert_eq!(rows.len(), 5);
    for row in rows {
        let [case, id, hex, opcode, qname, qtype, qclass, flags, agent] = row[..] else { panic!("bad row {row:?}") };
        assert_eq!((opcode, qclass), ("NOTIFY", "IN"), "{case}: dnspython reads it as a NOTIFY in IN");
        let id: u16 = id.parse().unwrap();
        let child: NameBuf = qname.parse().unwrap();
        let rrtype = Rtype::from_mnemonic(qtype).unwrap();
        let agent: Option<NameBuf> = (agent != "-").then(|| agent.parse().unwrap());

        // Ours, built.
        let mut n = Notify::query(id, child.as_name(), rrtype);
        if let Some(a) = &agent {
            n = n.with_report_channel(a.as_name());
        }
        if flags.contains("QR") {
            n = n.answer();
        }
        let mut buf = [0u8; 512];
        let ours = n.build_into(&mut buf).unwrap();
        assert_eq!(common::hex(ours), hex, "{case}: octets");

        // Theirs, parsed.
        let wire = common::unhex(hex);
        let msg = Message::parse(&wire).unwrap();
        let parsed = Notify::parse(&msg).unwrap();
        assert_eq!(parsed.id, id, "{case}");
        assert!(parsed.child.eq_exact(&child.as_name()), "{case}: QNAME with its case");
        assert_eq!(parsed.rrtype, rrtype, "{case}");
        assert_eq!(parsed.response, flags.contains("QR"), "{case}");
        assert_eq!(parsed.report_channel.map(NameBuf::from), agent, "{case}");
    }
}

#[test]
fn refusals() {
    let child: NameBuf = "child.example.".parse().unwrap();
    let mut buf = [0u8; 512];
    // NOTIFY(SOA) is RFC 1996's, not a generalized one.
    assert!(Notify::query(1, child.as_name(), Rtype::SOA).build_into(&mut buf).is_err());
    let wire = Notify::query(1, child.as_name(), Rtype::CDS).build_into(&mut buf).unwrap().to_vec();
    let mut soa = wire.clone();
    let n = soa.len();
    soa[n - 3] = 6;
    assert_eq!(Notify::parse(&Message::parse(&soa).unwrap()), Err(NotifyError::Type { qtype: Rtype::SOA }));
    // A plain query is not a NOTIFY.
    let mut query = wire.clone();
    query[2] &= !0x78;
    assert!(matches!(Notify::parse(&Message::parse(&query).unwrap()), Err(NotifyError::NotNotify { .. })));
    // Two children in one NOTIFY must be discarded.
    let mut two = wire.clone();
    two[5] = 2;
    two.extend_from_slice(&wire[12..]);
    assert_eq!(Notify::parse(&Message::parse(&two).unwrap()), Err(NotifyError::QuestionCount { count: 2 }));
    // Class CH.
    let mut ch = wire.clone();
    ch[n - 1] = 3;
    assert!(matches!(Notify::parse(&Message::parse(&ch).unwrap()), Err(NotifyError::Class { .. })));
    // Too small a buffer is an error, not a panic.
    for len in 0..wire.len() {
        let mut small = vec![0u8; len];
        assert!(Notify::query(1, child.as_name(), Rtype::CDS).build_into(&mut small).is_err());
    }
}
