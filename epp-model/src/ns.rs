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

/// Every namespace above: the reader keeps these as the constants
/// themselves, so a comparison with one is usually by address.
pub(crate) const KNOWN: &[&str] = &[
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
