//! dns-conventions: TXT RDATA read as character-strings, their content
//! read by every convention (`_for-sale`, `_domainconnect`, domain
//! verification); `_for-sale` and `_domainconnect` content written again
//! reads back the same. The same octets as a name go to the owner-name
//! parsers (classify, challenge owners, RFC 9567 `_er`, RFC 9615 `_dsboot`).
#![no_main]

use dns_conventions::{domain_connect::DomainConnect, for_sale::ForSale, single_string, txt_content, verification};
use dns_wire::Name;
use dns_wire::iana::Rtype;
use dns_wire::rdata::{CharStrings, RData};
use dns_wire::wire::Reader;

fn content(content: &[u8]) {
    let mut out = vec![0u8; 70_000];
    if let Ok(parsed) = ForSale::parse(content) {
        let _ = parsed.encoded_len();
        let n = parsed.write_content(&mut out).expect("read _for-sale content writes again");
        let again = ForSale::parse(out.get(..n).unwrap_or_default());
        assert_eq!(Ok(parsed), again, "_for-sale content {content:?} reads back differently");
    }
    if let Ok(parsed) = ForSale::parse_liberal(content)
        && let Ok(n) = parsed.write_content(&mut out)
    {
        let again = ForSale::parse_liberal(out.get(..n).unwrap_or_default());
        assert_eq!(Ok(parsed), again, "liberal _for-sale content {content:?} reads back differently");
    }
    if let Ok(text) = core::str::from_utf8(content) {
        if let Ok(dc) = DomainConnect::parse(content) {
            let _ = (dc.authority(), dc.host(), dc.path());
            let n = dc.write_content(&mut out).expect("read _domainconnect content writes again");
            assert_eq!(
                Ok(dc),
                DomainConnect::parse(out.get(..n).unwrap_or_default()),
                "{text:?} reads back differently"
            );
        }
        let _ = DomainConnect::new(text);
    }
    if let Ok(v) = verification::ValidationRecord::parse(content) {
        let _ = v.attributes().count();
    }
    let _ = verification::Expiry::parse(content).map(|e| e.has_passed((2026, 12, 6)));
    let _ = verification::token_encoding(content);
    let _ = verification::check_label_token(content);
    let _ = verification::provider_of(content);
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(RData::Txt(txt)) = RData::parse(Rtype::TXT, Reader::new(data)) {
        let mut buf = vec![0u8; 70_000];
        if let Ok(c) = txt_content(&txt.strings, &mut buf) {
            content(c);
        }
        let _ = single_string(&txt.strings);
    }
    if let Ok(strings) = CharStrings::read(&mut Reader::new(data)) {
        let _ = strings.iter().count();
    }
    content(data);
    if let Ok(name) = Name::parse(data) {
        let _ = dns_conventions::classify(&name);
        let _ = verification::ChallengeOwner::parse(&name);
        let _ = dns_conventions::dsboot::Signal::parse(&name);
        if let Ok(er) = dns_conventions::error_reporting::ErrorReport::parse(&name) {
            let _ = er.qtypes();
            let _ = er.query_name();
        }
    }
});
