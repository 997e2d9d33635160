//! The host object (`host`, draft-ietf-rpp-json-00 s.6.6).

use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::common::{ProvMetadata, Status};
use super::process::Processes;
use super::tag::HostTag;
use crate::dns::DnsData;

/// A host (name server): its name and DNS data (A/AAAA glue); a host
/// reference is a host with only its name.
///
/// ```
/// let h: rpp_model::Host = rpp_model::json::from_slice(br#"{"@type":"host","hostName":"ns1.example.example",
///   "dns":{"@type":"dnsData","records":[{"@type":"dnsRecord","name":"ns1.example.example.","type":"a","rdata":{"address":"192.0.2.1"}}]}}"#)?;
/// assert_eq!(h.dns.map(|d| d.records.len()), Some(1));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Host {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: HostTag,
    /// `hostName`.
    pub host_name: String,
    /// `provMetadata` (read-only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prov_metadata: Option<ProvMetadata>,
    /// `status`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status: Vec<Status>,
    /// `dns`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dns: Option<DnsData>,
    /// `processes`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub processes: Option<Processes>,
}

impl Host {
    /// A host reference: only the name.
    ///
    /// ```
    /// let h = rpp_model::Host::reference("ns1.example.example");
    /// assert_eq!(rpp_model::json::to_vec(&h), br#"{"@type":"host","hostName":"ns1.example.example"}"#);
    /// ```
    pub fn reference(name: impl Into<String>) -> Self {
        Self {
            tag: HostTag,
            host_name: name.into(),
            prov_metadata: None,
            status: Vec::new(),
            dns: None,
            processes: None,
        }
    }
}
