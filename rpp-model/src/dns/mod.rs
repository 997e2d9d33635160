//! DNS data (draft-ietf-rpp-json-00 s.6.2, after draft-simmen-rpp-dns-data):
//! `dnsData`, `dnsRecord` and `dnsControls`, converted to and from
//! dns-wire's owned records in [`convert`].

pub mod convert;

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use crate::object::tag::{DnsControlsTag, DnsDataTag, DnsRecordTag};

/// DNS data of an object: records and controls.
///
/// ```
/// let d: rpp_model::DnsData = rpp_model::json::from_slice(br#"{"@type":"dnsData","records":[
///   {"@type":"dnsRecord","name":"@","type":"ns","rdata":{"nsdname":"ns1.example.example."}}]}"#)?;
/// assert_eq!(d.records[0].rtype, "ns");
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct DnsData {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: DnsDataTag,
    /// `records`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<DnsRecord>,
    /// `controls`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub controls: Option<DnsControls>,
}

/// One DNS record: owner (`@`, relative or absolute), lower-case type,
/// optional class, and RDATA as camelCase fields with string values
/// (`ns`: `nsdname`; `a`/`aaaa`: `address`; `ds`: `keyTag`, `algorithm`,
/// `digestType`, `digest`; `dnskey`: `flags`, `protocol`, `algorithm`,
/// `publicKey`). The fields are checked against the type by
/// [`DnsRecord::to_record`].
///
/// ```
/// let r: rpp_model::DnsRecord = rpp_model::json::from_slice(
///     br#"{"@type":"dnsRecord","name":"ns1.example.example.","type":"a","rdata":{"address":"192.0.2.1"}}"#)?;
/// assert_eq!(r.rdata["address"], "192.0.2.1");
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DnsRecord {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: DnsRecordTag,
    /// `name`.
    pub name: String,
    /// `type`, lower case.
    #[serde(rename = "type")]
    pub rtype: String,
    /// `class` (IN when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// `rdata`.
    pub rdata: BTreeMap<String, String>,
}

/// DNS controls: TTLs and maximum signature lifetimes by record type.
///
/// ```
/// let c: rpp_model::DnsControls = rpp_model::json::from_slice(br#"{"@type":"dnsControls","ttl":{"ns":3600}}"#)?;
/// assert_eq!(c.ttl["ns"], 3600);
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DnsControls {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: DnsControlsTag,
    /// `ttl`, by lower-case record type.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ttl: BTreeMap<String, u32>,
    /// `maxSigLifetime`, by lower-case record type.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub max_sig_lifetime: BTreeMap<String, u32>,
}
