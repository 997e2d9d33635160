//! `dnsRecord` <-> dns-wire [`RecordBuf`], through dns-wire's presentation
//! codecs: the RDATA fields are put in their presentation order and read by
//! the type's own text parser, and written back from its `Display`.

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use alloc::{format, vec};

use dns_wire::NameBuf;
use dns_wire::ext::Extensions;
use dns_wire::iana::{Class, Rtype};
use dns_wire::owned::{RDataBuf, RecordBuf};
use dns_wire::text::rdata_from_text;

use super::{DnsData, DnsRecord};
use crate::object::tag::DnsRecordTag;

/// Why a DNS record could not be converted.
///
/// ```
/// use rpp_model::dns::convert::DnsError;
/// let r: rpp_model::DnsRecord = rpp_model::json::from_slice(
///     br#"{"@type":"dnsRecord","name":"@","type":"mx","rdata":{"exchange":"mx.example."}}"#)?;
/// let e = r.to_record("example.example", 3600).unwrap_err();
/// assert_eq!(e, DnsError::UnsupportedType("mx".into()));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DnsError {
    /// A type RPP's DNS data does not define fields for (ns, a, aaaa, ds,
    /// dnskey are defined).
    #[error("record type {0:?} has no RPP rdata fields")]
    UnsupportedType(String),
    /// A class other than IN.
    #[error("class {0:?}: only IN is supported")]
    Class(String),
    /// A required RDATA field is missing.
    #[error("rdata.{0} is missing")]
    Missing(&'static str),
    /// An RDATA field the type does not have.
    #[error("rdata.{0} is not a field of this type")]
    Unknown(String),
    /// The owner name does not read (empty label, too long, ...).
    #[error("name {0:?} is not a domain name")]
    Name(String),
    /// The RDATA fields do not read as the type's presentation format.
    #[error("rdata does not read: {0}")]
    Rdata(String),
    /// A record (in dns-wire form) whose RDATA could not be split into
    /// the RPP fields.
    #[error("{0} RDATA is not in its presentation form")]
    Presentation(&'static str),
}

/// A [`DnsError`] in the record at `index` of a [`DnsData`].
///
/// ```
/// let d: rpp_model::DnsData = rpp_model::json::from_slice(br#"{"@type":"dnsData","records":[
///   {"@type":"dnsRecord","name":"@","type":"a","rdata":{"address":"192.0.2.300"}}]}"#)?;
/// let e = d.to_records("example.example", 3600).unwrap_err();
/// assert_eq!(e.index, 0);
/// assert!(e.to_string().starts_with("$.records[0]: rdata does not read"));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("$.records[{index}]: {error}")]
pub struct DnsDataError {
    /// The index of the record in `records`.
    pub index: usize,
    /// What was wrong with it.
    pub error: DnsError,
}

/// The RPP RDATA fields of a type, in presentation order, with its dns-wire
/// record type.
fn fields(rtype: &str) -> Option<(Rtype, &'static [&'static str])> {
    Some(match rtype {
        "ns" => (Rtype::NS, &["nsdname"]),
        "a" => (Rtype::A, &["address"]),
        "aaaa" => (Rtype::AAAA, &["address"]),
        "ds" => (Rtype::DS, &["keyTag", "algorithm", "digestType", "digest"]),
        "dnskey" => (Rtype::DNSKEY, &["flags", "protocol", "algorithm", "publicKey"]),
        _ => return None,
    })
}

/// The absolute owner name of `name` relative to `origin` (no final dot).
fn owner(name: &str, origin: &str) -> Result<NameBuf, DnsError> {
    let text = if name == "@" {
        format!("{origin}.")
    } else if name.ends_with('.') {
        name.to_string()
    } else {
        format!("{name}.{origin}.")
    };
    text.parse().map_err(|_| DnsError::Name(name.into()))
}

impl DnsRecord {
    /// The dns-wire record, its owner taken relative to `origin` (the
    /// object's name, without a final dot) and with `ttl`.
    ///
    /// ```
    /// let r: rpp_model::DnsRecord = rpp_model::json::from_slice(br#"{"@type":"dnsRecord","name":"@","type":"ds",
    ///   "rdata":{"keyTag":"12345","algorithm":"13","digestType":"2","digest":"49fd46e6c4b45c55d4ac49fd46e6c4b45c55d4ac49fd46e6c4b45c55d4ac1234"}}"#)?;
    /// let rr = r.to_record("example.example", 3600)?;
    /// assert_eq!(rr.to_string(), "example.example. 3600 IN DS 12345 13 2 49fd46e6c4b45c55d4ac49fd46e6c4b45c55d4ac49fd46e6c4b45c55d4ac1234");
    /// // dns-wire writes hex in lower case; give it in lower case to get it back as it was.
    /// assert_eq!(rpp_model::DnsRecord::from_record(&rr)?.rdata, r.rdata);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// A [`DnsError`] naming the type, field or name at fault.
    pub fn to_record(&self, origin: &str, ttl: u32) -> Result<RecordBuf, DnsError> {
        let (rtype, names) = fields(&self.rtype).ok_or_else(|| DnsError::UnsupportedType(self.rtype.clone()))?;
        match self.class.as_deref() {
            None | Some("IN" | "in") => {}
            Some(c) => return Err(DnsError::Class(c.into())),
        }
        if let Some(k) = self.rdata.keys().find(|k| !names.contains(&k.as_str())) {
            return Err(DnsError::Unknown(k.clone()));
        }
        let mut text = String::new();
        for &n in names {
            let v = self.rdata.get(n).ok_or(DnsError::Missing(n))?;
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(v);
        }
        // Wire RDATA of these types is never longer than its text plus 18
        // octets: a name adds its root label (+2), an AAAA address is 16
        // octets however short its text (`::`), DS and DNSKEY shrink.
        let mut buf = vec![0u8; text.len().saturating_add(18).min(dns_wire::rdata::MAX_RDATA_LEN)];
        let wire =
            rdata_from_text(rtype, Extensions::NONE, &text, &mut buf).map_err(|e| DnsError::Rdata(e.to_string()))?;
        let rdata = RDataBuf::from_wire(rtype, wire).map_err(|e| DnsError::Rdata(e.to_string()))?;
        Ok(RecordBuf { owner: owner(&self.name, origin)?, class: Class::IN, ttl, rdata })
    }

    /// The RPP record of a dns-wire record (absolute owner name; the TTL is
    /// left to [`DnsControls`](super::DnsControls)).
    ///
    /// ```
    /// use dns_wire::{iana::{Class, Rtype}, owned::{RDataBuf, RecordBuf}};
    /// let rr = RecordBuf { owner: "ns1.example.example.".parse()?, class: Class::IN, ttl: 300,
    ///     rdata: RDataBuf::from_wire(Rtype::A, &[192, 0, 2, 1])? };
    /// let r = rpp_model::DnsRecord::from_record(&rr)?;
    /// assert_eq!(rpp_model::json::to_vec(&r), br#"{"@type":"dnsRecord","name":"ns1.example.example.","type":"a","rdata":{"address":"192.0.2.1"}}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`DnsError::UnsupportedType`] for a type without RPP fields,
    /// [`DnsError::Class`] for a class other than IN.
    pub fn from_record(rr: &RecordBuf) -> Result<Self, DnsError> {
        let rtype = rr.rtype();
        let lower = rtype.mnemonic().map(str::to_ascii_lowercase).unwrap_or_else(|| format!("type{}", rtype.to_int()));
        let (_, names) = fields(&lower).ok_or_else(|| DnsError::UnsupportedType(lower.clone()))?;
        if rr.class != Class::IN {
            return Err(DnsError::Class(rr.class.to_string()));
        }
        let text = rr.data().to_string();
        let mut parts = text.split_whitespace();
        let mut rdata = BTreeMap::new();
        let (last, init) = names.split_last().ok_or(DnsError::Presentation("empty"))?;
        for &n in init {
            let v = parts.next().ok_or(DnsError::Presentation(n))?;
            rdata.insert(String::from(n), String::from(v));
        }
        // The last field (digest, public key) may be split into chunks.
        let rest: Vec<&str> = parts.collect();
        if rest.is_empty() {
            return Err(DnsError::Presentation(last));
        }
        rdata.insert(String::from(*last), rest.concat());
        Ok(Self { tag: DnsRecordTag, name: rr.owner.to_string(), rtype: lower, class: None, rdata })
    }
}

impl DnsData {
    /// Every record as a dns-wire record, with the TTL of
    /// [`controls`](DnsData::controls) for its type or `default_ttl`.
    ///
    /// ```
    /// let d: rpp_model::DnsData = rpp_model::json::from_slice(br#"{"@type":"dnsData","records":[
    ///   {"@type":"dnsRecord","name":"@","type":"ns","rdata":{"nsdname":"ns1.example.example."}}],
    ///   "controls":{"@type":"dnsControls","ttl":{"ns":600}}}"#)?;
    /// let rrs = d.to_records("example.example", 3600)?;
    /// assert_eq!(rrs[0].to_string(), "example.example. 600 IN NS ns1.example.example.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// The first record's [`DnsError`], with its index.
    pub fn to_records(&self, origin: &str, default_ttl: u32) -> Result<Vec<RecordBuf>, DnsDataError> {
        self.records
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let ttl = self.controls.as_ref().and_then(|c| c.ttl.get(&r.rtype)).copied().unwrap_or(default_ttl);
                r.to_record(origin, ttl).map_err(|error| DnsDataError { index: i, error })
            })
            .collect()
    }
}
