//! Properties of the underscore conventions: build -> parse gives back what
//! was built, for every convention, and no input makes a parser panic.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use dns_conventions::domain_connect::DomainConnect;
use dns_conventions::dsboot::{self, Signal};
use dns_conventions::error_reporting::ErrorReport;
use dns_conventions::for_sale::{self, ForSale, Price, Uri};
use dns_conventions::verification::{self, ChallengeOwner, Expiry, ValidationRecord};
use dns_conventions::{classify, txt_content};
use dns_wire::Name;
use dns_wire::iana::{EdeCode, Rtype};
use dns_wire::name::NameBuf;
use dns_wire::rdata::CharStrings;
use dns_wire::wire::{Reader, Writer};
use proptest::prelude::*;

/// Names of up to six labels of letters, digits, `-` and `_` under a few
/// suffixes, so that conventions built on them stay within 255 octets
/// often enough.
fn name() -> impl Strategy<Value = NameBuf> {
    let labels = proptest::collection::vec("[a-z0-9_-]{1,20}", 0..6);
    let suffix = prop::sample::select(vec!["", "com.", "example.com.", "nl."]);
    (labels, suffix).prop_map(|(labels, suffix)| {
        let mut text = String::new();
        for l in labels {
            text.push_str(&l);
            text.push('.');
        }
        text.push_str(suffix);
        if text.is_empty() { NameBuf::ROOT } else { NameBuf::from_text(&text).expect("valid name") }
    })
}

fn has_label(n: &NameBuf, label: &[u8]) -> bool {
    n.as_name().labels().any(|l| l.eq_ignore_ascii_case(label))
}

#[derive(Debug, Clone)]
enum PlainForSale {
    Bare,
    Code(Vec<u8>),
    Text(Vec<u8>),
    Uri(String),
    Price(String, String),
}

fn for_sale_record() -> impl Strategy<Value = PlainForSale> {
    prop_oneof![
        Just(PlainForSale::Bare),
        proptest::collection::vec(any::<u8>(), 1..=239).prop_map(PlainForSale::Code),
        proptest::collection::vec(any::<u8>(), 1..=239).prop_map(PlainForSale::Text),
        ("[a-z][a-z0-9+.-]{0,8}", "[A-Za-z0-9/?#@!$&'()*+,;=:._~-]{1,60}(%[0-9A-F]{2})?", "[\\u{a0}-\\u{2ff}]{0,5}")
            .prop_map(|(s, r, iri)| PlainForSale::Uri(format!("{s}:{r}{iri}"))),
        ("[A-Z]{1,5}", "[0-9]{1,12}(\\.[0-9]{1,8})?").prop_map(|(c, a)| PlainForSale::Price(c, a)),
    ]
}

/// RFC 3339 section 5.6 dates and date-times that exist.
fn expiry() -> impl Strategy<Value = String> {
    let date = (0u16..=9999, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
    let time = (
        0u8..24,
        0u8..60,
        0u8..=60,
        prop::option::of("[0-9]{1,6}"),
        prop::option::of((any::<bool>(), 0u8..24, 0u8..60)),
    )
        .prop_map(|(h, m, s, frac, off)| {
            let frac = frac.map(|f| format!(".{f}")).unwrap_or_default();
            let off = match off {
                None => "Z".to_string(),
                Some((plus, oh, om)) => format!("{}{oh:02}:{om:02}", if plus { '+' } else { '-' }),
            };
            format!("T{h:02}:{m:02}:{s:02}{frac}{off}")
        });
    prop_oneof![Just("never".to_string()), date.clone(), (date, time).prop_map(|(d, t)| d + &t),]
}

proptest! {
    #[test]
    fn for_sale_round_trips(rec in for_sale_record()) {
        let built = match &rec {
            PlainForSale::Bare => ForSale::Bare,
            PlainForSale::Code(v) => ForSale::Code(v),
            PlainForSale::Text(v) => ForSale::Text(v),
            PlainForSale::Uri(u) => match Uri::new(u) {
                Ok(u) => ForSale::Uri(u),
                // An IRI of many two-octet characters can pass 239 octets.
                Err(_) => return Ok(()),
            },
            PlainForSale::Price(c, a) => ForSale::Price(Price::new(c, a).expect("valid price")),
        };
        let mut buf = [0u8; 255];
        let n = built.write_content(&mut buf).expect("fits");
        prop_assert_eq!(n, built.encoded_len());
        prop_assert_eq!(ForSale::parse(&buf[..n]), Ok(built));
        prop_assert_eq!(ForSale::parse_liberal(&buf[..n]), Ok(built));
        // And as TXT RDATA, one character-string.
        let mut rdata = [0u8; 256];
        let mut w = Writer::new(&mut rdata);
        built.compose(&mut w).expect("fits");
        let strings = CharStrings::read(&mut Reader::new(w.finish())).expect("valid");
        let one = dns_conventions::single_string(&strings).expect("one string");
        prop_assert_eq!(ForSale::parse(one), Ok(built));
    }

    #[test]
    fn for_sale_names_round_trip(domain in name()) {
        if let Ok(owner) = for_sale::owner_name(&domain.as_name()) {
            prop_assert_eq!(for_sale::domain_of(&owner.as_name()), Ok(domain));
        }
    }

    #[test]
    fn domain_connect_round_trips(
        host in "[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?(\\.[a-z0-9]{1,10}){0,3}",
        port in prop::option::of(any::<u16>()),
        path in "(/[a-zA-Z0-9._~!$&'()*+,;=:@-]{0,8}){0,3}",
        apex in name(),
    ) {
        let text = match port {
            Some(p) => format!("{host}:{p}{path}"),
            None => format!("{host}{path}"),
        };
        let dc = DomainConnect::new(&text).expect("valid");
        let mut buf = [0u8; 255];
        let n = dc.write_content(&mut buf).expect("fits");
        let back = DomainConnect::parse(&buf[..n]).expect("parses");
        prop_assert_eq!((back.host(), back.port(), back.path()), (host.as_str(), port, path.as_str()));
        prop_assert_eq!(back, dc);
        if let Ok(owner) = dns_conventions::domain_connect::owner_name(&apex.as_name()) {
            prop_assert_eq!(dns_conventions::domain_connect::apex_of(&owner.as_name()), Ok(apex));
        }
    }

    #[test]
    fn validation_records_round_trip(
        token in "[A-Za-z0-9_.-]{1,40}",
        exp in prop::option::of(expiry()),
        attrs in proptest::collection::vec(("[a-z][a-z0-9_-]{0,8}", prop::option::of("[!#-\\[\\]-~]{1,10}")), 0..4),
    ) {
        let attrs: Vec<(String, Option<String>)> =
            attrs.into_iter().filter(|(k, _)| k != "token" && k != "expiry").collect();
        let pairs: Vec<(&[u8], Option<&[u8]>)> =
            attrs.iter().map(|(k, v)| (k.as_bytes(), v.as_ref().map(|v| v.as_bytes()))).collect();
        let expiry = exp.as_ref().map(|e| Expiry::parse(e.as_bytes()).expect("valid expiry"));
        let mut buf = [0u8; 512];
        let n = ValidationRecord::write_keyed(token.as_bytes(), expiry, &pairs, &mut buf).expect("fits");
        let rec = ValidationRecord::parse(&buf[..n]).expect("parses");
        prop_assert_eq!(rec.token(), token.as_bytes());
        prop_assert_eq!(rec.expiry(), expiry);
        let got: Vec<_> = rec.attributes().filter(|(k, _)| !k.eq_ignore_ascii_case(b"expiry")).collect();
        prop_assert_eq!(got, pairs);
        // Split over several character-strings, the joined content reads the same.
        let mut rdata = Vec::new();
        for chunk in buf[..n].chunks(7) {
            rdata.push(chunk.len() as u8);
            rdata.extend_from_slice(chunk);
        }
        let strings = CharStrings::read(&mut Reader::new(&rdata)).expect("valid");
        let mut joined = [0u8; 512];
        prop_assert_eq!(txt_content(&strings, &mut joined).expect("fits"), &buf[..n]);
        // The bare form.
        let n = ValidationRecord::write_bare(token.as_bytes(), &mut buf).expect("fits");
        let bare = ValidationRecord::parse(&buf[..n]).expect("parses");
        prop_assert_eq!((bare.token(), bare.is_keyed()), (token.as_bytes(), false));
    }

    #[test]
    fn challenge_names_round_trip(
        provider in "[a-z0-9_-]{1,30}",
        prefix in prop::option::of("_[a-z0-9]{1,20}"),
        domain in name(),
    ) {
        prop_assume!(!domain.as_name().is_root());
        let Ok(owner) = verification::owner_name(provider.as_bytes(), prefix.as_deref().map(str::as_bytes), &domain.as_name()) else {
            return Ok(());
        };
        // A prefix that itself looks like _x-challenge would be read as the provider.
        prop_assume!(prefix.as_deref().is_none_or(|p| verification::provider_of(p.as_bytes()).is_none()));
        let back = ChallengeOwner::parse(&owner.as_name()).expect("parses");
        prop_assert_eq!(back.provider, provider.as_bytes());
        prop_assert_eq!(back.prefix, prefix.as_deref().map(str::as_bytes));
        prop_assert_eq!(back.domain, domain);
        prop_assert_eq!(classify(&owner.as_name()), Some(dns_conventions::UnderscoreName::Challenge));
    }

    #[test]
    fn error_reports_round_trip(
        qtypes in proptest::collection::vec(any::<u16>(), 1..6),
        qname in name(),
        code in any::<u16>(),
        agent in name(),
    ) {
        prop_assume!(!agent.as_name().is_root());
        let qtypes: Vec<Rtype> = qtypes.into_iter().map(Rtype::new).collect();
        let Ok(report) = ErrorReport::new(&qtypes, &qname.as_name(), EdeCode::new(code), &agent.as_name()) else {
            return Ok(());
        };
        let mut sorted = qtypes.clone();
        sorted.sort();
        sorted.dedup();
        prop_assert_eq!(report.qtypes(), &sorted[..]);
        let name = report.query_name().expect("checked by new");
        prop_assert_eq!(ErrorReport::parse_for_agent(&name.as_name(), &agent.as_name()), Ok(report));
        if !has_label(&qname, b"_er") {
            prop_assert_eq!(ErrorReport::parse(&name.as_name()), Ok(report));
        }
    }

    #[test]
    fn signaling_names_round_trip(child in name(), ns in name()) {
        let Ok(signal) = dsboot::signaling_name(&child.as_name(), &ns.as_name()) else {
            return Ok(());
        };
        prop_assume!(!has_label(&ns, dsboot::SIGNAL));
        let back = Signal::parse(&signal.as_name()).expect("parses");
        prop_assert!(back.is_dsboot());
        prop_assert_eq!((back.child, back.nameserver), (child, ns));
    }

    #[test]
    fn parsers_never_panic(data in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = ForSale::parse(&data);
        let _ = ForSale::parse_liberal(&data);
        let _ = DomainConnect::parse(&data);
        let _ = ValidationRecord::parse(&data);
        let _ = Expiry::parse(&data);
        let _ = verification::token_encoding(&data);
        let _ = verification::check_label_token(&data);
        if let Ok(s) = core::str::from_utf8(&data) {
            let _ = Uri::new(s);
            let _ = Price::new(s, s);
        }
        if let Ok(strings) = CharStrings::read(&mut Reader::new(&data)) {
            let mut buf = [0u8; 300];
            let _ = txt_content(&strings, &mut buf);
            let _ = txt_content(&strings, &mut buf[..3]);
        }
    }

    #[test]
    fn name_parsers_never_panic(labels in proptest::collection::vec("_er|_signal|_dsboot|_for-sale|_x-challenge|[0-9]{1,6}|[a-z-]{1,5}", 0..12)) {
        let text = labels.join(".") + ".";
        let Ok(n) = NameBuf::from_text(&text) else { return Ok(()) };
        let n: Name<'_> = n.as_name();
        let _ = ErrorReport::parse(&n);
        let _ = ErrorReport::parse_for_agent(&n, &n);
        let _ = Signal::parse(&n);
        let _ = ChallengeOwner::parse(&n);
        let _ = for_sale::domain_of(&n);
        let _ = dns_conventions::domain_connect::apex_of(&n);
        let _ = classify(&n);
    }
}
