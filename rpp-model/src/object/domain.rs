//! The domain name object (`domainName`, draft-ietf-rpp-json-00 s.6.4).

use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::common::{AuthInfo, ContactRef, Labelled, ProvMetadata, Status};
use super::host::Host;
use super::primitive::Timestamp;
use super::process::Processes;
use super::tag::DomainNameTag;
use crate::dns::DnsData;

/// A domain name: one type for the create, read and update
/// representations (members a representation does not have are left out;
/// the server-side rules of which may be sent are the profile's, not the
/// parser's).
///
/// ```
/// let d: rpp_model::DomainName = rpp_model::json::from_slice(br#"{"@type":"domainName","name":"example.example",
///   "registrant":{"@type":"contact","id":"jd1234"},
///   "contacts":[{"label":"admin","object":{"@type":"contact","id":"sh8013"}}],
///   "expiryDate":"2005-04-03T22:00:00.0Z"}"#)?;
/// assert_eq!(d.registrant.map(|r| r.id).as_deref(), Some("jd1234"));
/// assert_eq!(d.contacts[0].label, "admin");
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DomainName {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: DomainNameTag,
    /// `name`: the fully qualified name, no trailing dot (create-only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `provMetadata` (read-only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prov_metadata: Option<ProvMetadata>,
    /// `status`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status: Vec<Status>,
    /// `registrant`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registrant: Option<ContactRef>,
    /// `contacts`, labelled by role (`admin`, `tech`, `billing`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Labelled<ContactRef>>,
    /// `nameservers`: host references or embedded hosts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nameservers: Vec<Host>,
    /// `dns`: delegation data (NS with glue, DS, DNSKEY).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dns: Option<DnsData>,
    /// `subordinateHosts` (read-only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subordinate_hosts: Vec<Host>,
    /// `expiryDate` (read-only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<Timestamp>,
    /// `authInfo`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_info: Option<AuthInfo>,
    /// `processes`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub processes: Option<Processes>,
}

impl DomainName {
    /// A domain with only its name (a reference, or the start of a create).
    ///
    /// ```
    /// let d = rpp_model::DomainName::named("example.example");
    /// assert_eq!(rpp_model::json::to_vec(&d), br#"{"@type":"domainName","name":"example.example"}"#);
    /// ```
    pub fn named(name: impl Into<String>) -> Self {
        Self { name: Some(name.into()), ..Self::default() }
    }
}

impl Default for DomainName {
    fn default() -> Self {
        Self {
            tag: DomainNameTag,
            name: None,
            prov_metadata: None,
            status: Vec::new(),
            registrant: None,
            contacts: Vec::new(),
            nameservers: Vec::new(),
            dns: None,
            subordinate_hosts: Vec::new(),
            expiry_date: None,
            auth_info: None,
            processes: None,
        }
    }
}
