//! The convention parsers and builders allocate nothing: a counting global
//! allocator watches while every draft and RFC example is parsed, its names
//! are built and split, and its content is written into stack buffers.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use dns_conventions::domain_connect::DomainConnect;
use dns_conventions::dsboot::{Signal, signaling_name};
use dns_conventions::error_reporting::ErrorReport;
use dns_conventions::for_sale::{self, ForSale};
use dns_conventions::verification::{self, ChallengeOwner, ValidationRecord};
use dns_conventions::{classify, single_string, txt_content};
use dns_wire::Name;
use dns_wire::rdata::CharStrings;
use dns_wire::wire::Reader;

/// Runs `f` and counts the allocations it made.
fn watched<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let mut out = None;
    let info = allocation_counter::measure(|| out = Some(f()));
    (out.expect("ran"), info.count_total)
}

const FOR_SALE: &[&[u8]] = &[
    b"v=FORSALE1;",
    b"v=FORSALE1;fcod=EXCO-S2lscm95IHdhcyBoZXJl",
    b"v=FORSALE1;ftxt=Call for info.",
    b"v=FORSALE1;furi=https://example.com/foo%20bar",
    b"v=FORSALE1;fval=EUR999",
    b"v=FORSALE1;fval=BTC0.000010",
    b"v=FORSALE1;furi=mailto:hq@example.com?subject=foo",
    b"v=FORSALE1;fcod=",
    b"v=FORSALE1;foo=bar",
];

const VALIDATION: &[&[u8]] = &[
    b"3419...3d206c4",
    b"token=3419...3d206c4 attr=bar",
    b"token=3419...3d206c4 expiry=2023-02-08",
    b"token=3419...3d206c4 expiry=never",
    b"token=a  b",
];

#[test]
fn convention_parsers_allocate_nothing() {
    // Names are made before watching (parsing text into a NameBuf does not
    // allocate either, but it is not what this test is about).
    let n = |s: &str| dns_wire::name::NameBuf::from_text(s).expect("valid");
    let report = n("_er.1.broken.test.7._er.a01.agent-domain.example.");
    let agent = n("a01.agent-domain.example.");
    let child = n("example.co.uk.");
    let ns = n("ns1.example.net.");
    let fs_owner = n("_for-sale.example.nl.");
    let challenge = n("_ab12._example_service-challenge.example.com.");
    let rdata = b"\x0bv=FORSALE1;\x08ftxt=foo\x03bar";
    let (ok, allocations) = watched(|| {
        let mut ok = 0usize;
        let mut buf = [0u8; 255];
        for c in FOR_SALE {
            if let Ok(rec) = ForSale::parse(c) {
                ok += usize::from(rec.write_content(&mut buf).is_ok());
            }
            core::hint::black_box(ForSale::parse(c).map_err(|e| e.field()).err());
        }
        for c in VALIDATION {
            if let Ok(rec) = ValidationRecord::parse(c) {
                ok += 1;
                core::hint::black_box(rec.attributes().count());
                core::hint::black_box(rec.expiry().map(|e| e.has_passed((2024, 1, 1))));
            }
        }
        for c in [&b"domainconnect.virtucondomains.example"[..], b"domainconnect.virtucondomains.example/dc"] {
            let dc = DomainConnect::parse(c).expect("draft example");
            ok += usize::from(dc.write_settings_url(&agent.as_name(), &mut buf).is_ok());
        }
        let r = ErrorReport::parse(&report.as_name()).expect("RFC example");
        ok += usize::from(ErrorReport::parse_for_agent(&report.as_name(), &agent.as_name()) == Ok(r));
        ok += usize::from(r.query_name().is_ok());
        let s = signaling_name(&child.as_name(), &ns.as_name()).expect("RFC example");
        ok += usize::from(Signal::parse(&s.as_name()).is_ok());
        ok += usize::from(for_sale::domain_of(&fs_owner.as_name()).is_ok());
        ok += usize::from(ChallengeOwner::parse(&challenge.as_name()).is_ok());
        ok += usize::from(verification::owner_name(b"example_service", None, &child.as_name()).is_ok());
        for name in [&report, &fs_owner, &challenge, &s] {
            ok += usize::from(classify(&name.as_name()).is_some());
        }
        let strings = CharStrings::read(&mut Reader::new(rdata)).expect("valid");
        ok += usize::from(single_string(&strings).is_err());
        ok += usize::from(txt_content(&strings, &mut buf).is_ok());
        ok += usize::from(classify(&Name::ROOT).is_none());
        ok
    });
    assert_eq!(ok, 7 + 4 + 2 + 2 + 1 + 1 + 1 + 1 + 4 + 3, "every example handled");
    assert_eq!(allocations, 0, "the convention parsers allocated {allocations} times");
    let (_, n) = watched(|| core::hint::black_box(vec![1u8; 16]));
    assert_eq!(n, 1);
}
