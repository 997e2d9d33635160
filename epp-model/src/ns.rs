//! The XML namespaces the model knows, and the prefixes the writer uses
//! for them (those of the RFC examples).
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! assert_eq!(epp_model::ns::DOMAIN, "urn:ietf:params:xml:ns:domain-1.0");
//! # Ok(()) }
//! ```

/// EPP itself (RFC 5730); written as the default namespace.
pub const EPP: &str = "urn:ietf:params:xml:ns:epp-1.0";
/// Shared EPP types (RFC 5730).
pub const EPPCOM: &str = "urn:ietf:params:xml:ns:eppcom-1.0";
/// Domain names (RFC 5731), prefix `domain`.
pub const DOMAIN: &str = "urn:ietf:params:xml:ns:domain-1.0";
/// Hosts (RFC 5732), prefix `host`.
pub const HOST: &str = "urn:ietf:params:xml:ns:host-1.0";
/// Contacts (RFC 5733), prefix `contact`.
pub const CONTACT: &str = "urn:ietf:params:xml:ns:contact-1.0";
/// DNSSEC (RFC 5910), prefix `secDNS`.
pub const SECDNS: &str = "urn:ietf:params:xml:ns:secDNS-1.1";
/// DNSSEC, obsolete version (RFC 4310), prefix `secDNS`.
pub const SECDNS_1_0: &str = "urn:ietf:params:xml:ns:secDNS-1.0";
/// Registry grace period (RFC 3915), prefix `rgp`.
pub const RGP: &str = "urn:ietf:params:xml:ns:rgp-1.0";
/// Launch phases (RFC 8334), prefix `launch`.
pub const LAUNCH: &str = "urn:ietf:params:xml:ns:launch-1.0";
/// Marks (RFC 7848), prefix `mark`.
pub const MARK: &str = "urn:ietf:params:xml:ns:mark-1.0";
/// Signed marks (RFC 7848), prefix `smd`.
pub const SIGNED_MARK: &str = "urn:ietf:params:xml:ns:signedMark-1.0";
/// Fees (RFC 8748), prefix `fee`.
pub const FEE: &str = "urn:ietf:params:xml:ns:epp:fee-1.0";
/// TTL (RFC 9803), prefix `ttl`.
pub const TTL: &str = "urn:ietf:params:xml:ns:epp:ttl-1.0";
/// Change poll (RFC 8590), prefix `changePoll`.
pub const CHANGE_POLL: &str = "urn:ietf:params:xml:ns:changePoll-1.0";
/// Login security (RFC 8807), prefix `loginSec`.
pub const LOGIN_SEC: &str = "urn:ietf:params:xml:ns:epp:loginSec-1.0";
/// Unhandled namespaces (RFC 9038): a login extension URI with no schema.
pub const UNHANDLED_NAMESPACES: &str = "urn:ietf:params:xml:ns:epp:unhandled-namespaces-1.0";
/// DELEG in EPP (draft-brown-epp-deleg), prefix `deleg`.
pub const DELEG: &str = "urn:ietf:params:xml:ns:epp:deleg-0.01";
/// Verisign balance mapping, prefix `balance`.
pub const BALANCE: &str = "http://www.verisign.com/epp/balance-1.0";

/// Every namespace above, as the statics of [`addr`]: the reader keeps a
/// known namespace as the one the static holds, so a comparison with one
/// is usually by address.
pub(crate) static KNOWN: [&&str; 18] = [
    &addr::EPP,
    &addr::EPPCOM,
    &addr::DOMAIN,
    &addr::HOST,
    &addr::CONTACT,
    &addr::SECDNS,
    &addr::SECDNS_1_0,
    &addr::RGP,
    &addr::LAUNCH,
    &addr::MARK,
    &addr::SIGNED_MARK,
    &addr::FEE,
    &addr::TTL,
    &addr::CHANGE_POLL,
    &addr::LOGIN_SEC,
    &addr::UNHANDLED_NAMESPACES,
    &addr::DELEG,
    &addr::BALANCE,
];

/// The namespaces above as statics, for the mapping to compare with.
///
/// A `const` string is copied into every code unit that uses it, so the
/// reader's copy and the mapping's never share an address and every
/// namespace check compared the URI octet by octet. A static is one
/// value: the string it holds is at one address in the whole crate.
pub(crate) mod addr {
    /// [`super::EPP`] at one address.
    pub(crate) static EPP: &str = super::EPP;
    /// [`super::EPPCOM`] at one address.
    pub(crate) static EPPCOM: &str = super::EPPCOM;
    /// [`super::DOMAIN`] at one address.
    pub(crate) static DOMAIN: &str = super::DOMAIN;
    /// [`super::HOST`] at one address.
    pub(crate) static HOST: &str = super::HOST;
    /// [`super::CONTACT`] at one address.
    pub(crate) static CONTACT: &str = super::CONTACT;
    /// [`super::SECDNS`] at one address.
    pub(crate) static SECDNS: &str = super::SECDNS;
    /// [`super::SECDNS_1_0`] at one address.
    pub(crate) static SECDNS_1_0: &str = super::SECDNS_1_0;
    /// [`super::RGP`] at one address.
    pub(crate) static RGP: &str = super::RGP;
    /// [`super::LAUNCH`] at one address.
    pub(crate) static LAUNCH: &str = super::LAUNCH;
    /// [`super::MARK`] at one address.
    pub(crate) static MARK: &str = super::MARK;
    /// [`super::SIGNED_MARK`] at one address.
    pub(crate) static SIGNED_MARK: &str = super::SIGNED_MARK;
    /// [`super::FEE`] at one address.
    pub(crate) static FEE: &str = super::FEE;
    /// [`super::TTL`] at one address.
    pub(crate) static TTL: &str = super::TTL;
    /// [`super::CHANGE_POLL`] at one address.
    pub(crate) static CHANGE_POLL: &str = super::CHANGE_POLL;
    /// [`super::LOGIN_SEC`] at one address.
    pub(crate) static LOGIN_SEC: &str = super::LOGIN_SEC;
    /// [`super::UNHANDLED_NAMESPACES`] at one address.
    pub(crate) static UNHANDLED_NAMESPACES: &str = super::UNHANDLED_NAMESPACES;
    /// [`super::DELEG`] at one address.
    pub(crate) static DELEG: &str = super::DELEG;
    /// [`super::BALANCE`] at one address.
    pub(crate) static BALANCE: &str = super::BALANCE;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xml::Limits;
    use crate::xml::tree::Tree;

    const ALL: [&str; 18] = [
        EPP,
        EPPCOM,
        DOMAIN,
        HOST,
        CONTACT,
        SECDNS,
        SECDNS_1_0,
        RGP,
        LAUNCH,
        MARK,
        SIGNED_MARK,
        FEE,
        TTL,
        CHANGE_POLL,
        LOGIN_SEC,
        UNHANDLED_NAMESPACES,
        DELEG,
        BALANCE,
    ];

    /// The statics hold the public constants, each once.
    #[test]
    fn statics_are_the_constants() {
        let statics: alloc::vec::Vec<&str> = KNOWN.iter().map(|s| **s).collect();
        assert_eq!(statics, ALL);
        let pairs = [
            (addr::EPP, EPP),
            (addr::EPPCOM, EPPCOM),
            (addr::DOMAIN, DOMAIN),
            (addr::HOST, HOST),
            (addr::CONTACT, CONTACT),
            (addr::SECDNS, SECDNS),
            (addr::SECDNS_1_0, SECDNS_1_0),
            (addr::RGP, RGP),
            (addr::LAUNCH, LAUNCH),
            (addr::MARK, MARK),
            (addr::SIGNED_MARK, SIGNED_MARK),
            (addr::FEE, FEE),
            (addr::TTL, TTL),
            (addr::CHANGE_POLL, CHANGE_POLL),
            (addr::LOGIN_SEC, LOGIN_SEC),
            (addr::UNHANDLED_NAMESPACES, UNHANDLED_NAMESPACES),
            (addr::DELEG, DELEG),
            (addr::BALANCE, BALANCE),
        ];
        for (s, c) in pairs {
            assert_eq!(s, c);
        }
    }

    /// The reader keeps every known namespace as its static (so the
    /// mapping's checks match by address), declared as the default
    /// namespace or with a prefix, escaped or not, and keeps an unknown
    /// one as written; either way the element is in that namespace.
    #[test]
    fn reader_keeps_known_namespaces_at_the_statics_address() {
        let mut uris: alloc::vec::Vec<alloc::string::String> =
            ALL.iter().map(|u| alloc::string::String::from(*u)).collect();
        uris.push("urn:example:other".into());
        uris.push("urn:ietf:params:xml:ns:domain-1.1".into());
        for (i, uri) in uris.iter().enumerate() {
            let escaped = uri.replace(':', "&#58;");
            for doc in [
                alloc::format!(r#"<a xmlns="{uri}"/>"#),
                alloc::format!(r#"<p:a xmlns:p="{uri}"/>"#),
                alloc::format!(r#"<x xmlns:q="urn:example:x"><p:a xmlns:p="{escaped}"/></x>"#),
            ] {
                let tree = Tree::read(doc.as_bytes(), &Limits::default()).expect("well formed");
                let mut el = tree.root();
                if el.local() == "x" {
                    el = el.first_child().expect("a child");
                }
                assert_eq!(el.ns(), uri.as_str(), "{doc}");
                match KNOWN.get(i) {
                    Some(s) => assert!(core::ptr::eq(el.ns().as_ptr(), s.as_ptr()), "{doc}: not the static"),
                    None => assert!(!KNOWN.iter().any(|s| core::ptr::eq(el.ns().as_ptr(), s.as_ptr())), "{doc}"),
                }
                assert!(el.is(uri, "a"), "{doc}");
            }
        }
    }
}
