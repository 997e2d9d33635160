//! DNSSEC extension (RFC 5910, `urn:ietf:params:xml:ns:secDNS-1.1`,
//! prefix `secDNS`) for domain create, update and info; and the obsolete
//! RFC 4310 version (`secDNS-1.0`) that RFC 5910 s.5 migrates from.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, ext::{Extension, secdns::{DsOrKey, SecDns}}};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
//!   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
//!   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create>
//!   <extension><secDNS:create xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1"><secDNS:dsData>
//!   <secDNS:keyTag>12345</secDNS:keyTag><secDNS:alg>3</secDNS:alg><secDNS:digestType>1</secDNS:digestType>
//!   <secDNS:digest>49FD46E6C4B45C55D4AC</secDNS:digest></secDNS:dsData></secDNS:create></extension>
//!   </command></epp>"#;
//! let Document::Command(c) = epp_model::parse(xml)? else { panic!() };
//! let Extension::SecDns(SecDns::Create(d)) = &c.extensions[0] else { panic!() };
//! let DsOrKey::Ds(ds) = &d.data else { panic!() };
//! assert_eq!(ds[0].key_tag, 12345);
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;

use alloc::vec::Vec;
use dns_wire::ext::Base64Decoder;
use dns_wire::iana::{DigestAlg, SecAlg};
use dns_wire::text::{HexError, hex_decode};

use crate::common::{fmt_u64, itoa_buf};
use crate::de::{self, Result, Seq};
use crate::error::{ErrorKind, Facet};
use crate::ns::{SECDNS, SECDNS_1_0};
use crate::xml::tree::El;
use crate::xml::writer::Writer;

const P: &str = "secDNS";

/// DNSKEY data (`<secDNS:keyData>`): flags, protocol, algorithm and the
/// public key in base64, as written.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::ext::{Extension, secdns::{DsOrKey, SecDns}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create>
///   <extension><secDNS:create xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
///     <secDNS:maxSigLife>604800</secDNS:maxSigLife>
///     <secDNS:dsData><secDNS:keyTag>12345</secDNS:keyTag><secDNS:alg>3</secDNS:alg>
///       <secDNS:digestType>1</secDNS:digestType><secDNS:digest>49FD46E6C4B45C55D4AC</secDNS:digest>
///       <secDNS:keyData><secDNS:flags>257</secDNS:flags><secDNS:protocol>3</secDNS:protocol>
///         <secDNS:alg>1</secDNS:alg><secDNS:pubKey>AQPJ////4Q==</secDNS:pubKey></secDNS:keyData>
///     </secDNS:dsData></secDNS:create></extension></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(Extension::SecDns(SecDns::Create(c))) = doc.as_command().and_then(|c| c.extensions.first()) else { panic!("secDNS:create") };
/// let DsOrKey::Ds(ds) = &c.data else { panic!("DS data") };
/// let k = ds[0].key_data.as_ref().expect("key data");
/// assert_eq!((k.flags, k.protocol, k.alg, k.pub_key.as_ref()), (257, 3, 1, "AQPJ////4Q=="));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct KeyData<'a> {
    /// `flags`.
    pub flags: u16,
    /// `protocol`.
    pub protocol: u8,
    /// `alg`.
    pub alg: u8,
    /// `pubKey` (base64).
    pub pub_key: Cow<'a, str>,
}

owned!(struct KeyData { flags, protocol, alg, pub_key });

/// DS data (`<secDNS:dsData>`): key tag, algorithm, digest type, digest
/// in hex, and optionally the key it was made from.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::ext::{Extension, secdns::{DsOrKey, SecDns}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create>
///   <extension><secDNS:create xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
///     <secDNS:maxSigLife>604800</secDNS:maxSigLife>
///     <secDNS:dsData><secDNS:keyTag>12345</secDNS:keyTag><secDNS:alg>3</secDNS:alg>
///       <secDNS:digestType>1</secDNS:digestType><secDNS:digest>49FD46E6C4B45C55D4AC</secDNS:digest>
///       <secDNS:keyData><secDNS:flags>257</secDNS:flags><secDNS:protocol>3</secDNS:protocol>
///         <secDNS:alg>1</secDNS:alg><secDNS:pubKey>AQPJ////4Q==</secDNS:pubKey></secDNS:keyData>
///     </secDNS:dsData></secDNS:create></extension></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(Extension::SecDns(SecDns::Create(c))) = doc.as_command().and_then(|c| c.extensions.first()) else { panic!("secDNS:create") };
/// let DsOrKey::Ds(ds) = &c.data else { panic!("DS data") };
/// assert_eq!((ds[0].key_tag, ds[0].alg, ds[0].digest_type, ds[0].digest.as_ref()), (12345, 3, 1, "49FD46E6C4B45C55D4AC"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DsData<'a> {
    /// `keyTag`.
    pub key_tag: u16,
    /// `alg`.
    pub alg: u8,
    /// `digestType`.
    pub digest_type: u8,
    /// `digest` (hex).
    pub digest: Cow<'a, str>,
    /// `maxSigLife`: secDNS-1.0 only (secDNS-1.1 moved it up a level);
    /// `None` in secDNS-1.1 data.
    pub max_sig_life: Option<u32>,
    /// `keyData`.
    pub key_data: Option<KeyData<'a>>,
}

owned!(struct DsData { key_tag, alg, digest_type, digest, max_sig_life, key_data });

impl KeyData<'_> {
    /// The DNSSEC algorithm (`alg`) as dns-wire's IANA code point.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use dns_wire::iana::SecAlg;
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <extension><secDNS:infData xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
    ///     <secDNS:keyData><secDNS:flags>257</secDNS:flags><secDNS:protocol>3</secDNS:protocol>
    ///       <secDNS:alg>13</secDNS:alg><secDNS:pubKey>AQPJ////4Q==</secDNS:pubKey></secDNS:keyData>
    ///   </secDNS:infData></extension>
    ///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// let key = &doc.as_response().expect("a response").key_records()[0];
    /// assert_eq!(key.algorithm(), SecAlg::ECDSAP256SHA256);
    /// # Ok(()) }
    /// ```
    pub fn algorithm(&self) -> SecAlg {
        SecAlg::new(self.alg)
    }
}

impl DsData<'_> {
    /// The DNSSEC algorithm (`alg`) as dns-wire's IANA code point.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use dns_wire::iana::{DigestAlg, SecAlg};
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <extension><secDNS:infData xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
    ///     <secDNS:dsData><secDNS:keyTag>12345</secDNS:keyTag><secDNS:alg>8</secDNS:alg>
    ///       <secDNS:digestType>2</secDNS:digestType><secDNS:digest>49FD46E6C4B45C55D4AC</secDNS:digest>
    ///     </secDNS:dsData>
    ///   </secDNS:infData></extension>
    ///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let doc = epp_model::parse(xml)?;
    /// let ds = &doc.as_response().expect("a response").ds_records()[0];
    /// assert_eq!((ds.algorithm(), ds.digest_alg()), (SecAlg::RSASHA256, DigestAlg::SHA256));
    /// let mut buf = [0u8; 64];
    /// assert_eq!(ds.digest_octets(&mut buf), Ok(&[0x49, 0xFD, 0x46, 0xE6, 0xC4, 0xB4, 0x5C, 0x55, 0xD4, 0xAC][..]));
    /// # Ok(()) }
    /// ```
    pub fn algorithm(&self) -> SecAlg {
        SecAlg::new(self.alg)
    }

    /// The digest type (`digestType`) as dns-wire's IANA code point. See
    /// [`algorithm`](Self::algorithm) for an example.
    pub fn digest_alg(&self) -> DigestAlg {
        DigestAlg::new(self.digest_type)
    }

    /// The digest's octets, decoded by dns-wire into `out` (half the
    /// digest's length is enough). See [`algorithm`](Self::algorithm) for an
    /// example.
    ///
    /// # Errors
    /// [`HexError::NoSpace`] when `out` is too short; a parsed digest is
    /// always hexadecimal, so the other errors only come from a digest set
    /// by hand.
    pub fn digest_octets<'o>(&self, out: &'o mut [u8]) -> core::result::Result<&'o [u8], HexError> {
        hex_decode(&self.digest, out)
    }
}

/// DS data or key data: one interface or the other (RFC 5910 s.4).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::ext::{Extension, secdns::{DsOrKey, SecDns}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create>
///   <extension><secDNS:create xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
///     <secDNS:maxSigLife>604800</secDNS:maxSigLife>
///     <secDNS:dsData><secDNS:keyTag>12345</secDNS:keyTag><secDNS:alg>3</secDNS:alg>
///       <secDNS:digestType>1</secDNS:digestType><secDNS:digest>49FD46E6C4B45C55D4AC</secDNS:digest>
///       <secDNS:keyData><secDNS:flags>257</secDNS:flags><secDNS:protocol>3</secDNS:protocol>
///         <secDNS:alg>1</secDNS:alg><secDNS:pubKey>AQPJ////4Q==</secDNS:pubKey></secDNS:keyData>
///     </secDNS:dsData></secDNS:create></extension></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(Extension::SecDns(SecDns::Create(c))) = doc.as_command().and_then(|c| c.extensions.first()) else { panic!("secDNS:create") };
/// let DsOrKey::Ds(ds) = &c.data else { panic!("DS data") };
/// assert_eq!(ds.len(), 1);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum DsOrKey<'a> {
    /// `dsData` elements.
    Ds(Vec<DsData<'a>>),
    /// `keyData` elements.
    Key(Vec<KeyData<'a>>),
}

owned!(
    enum DsOrKey {
        Ds(f0),
        Key(f0),
    }
);

/// `secDNS:dsOrKeyType`: an optional maximum signature lifetime and the
/// data (create, update add, info data).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::ext::{Extension, secdns::{DsOrKey, SecDns}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create>
///   <extension><secDNS:create xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
///     <secDNS:maxSigLife>604800</secDNS:maxSigLife>
///     <secDNS:dsData><secDNS:keyTag>12345</secDNS:keyTag><secDNS:alg>3</secDNS:alg>
///       <secDNS:digestType>1</secDNS:digestType><secDNS:digest>49FD46E6C4B45C55D4AC</secDNS:digest>
///       <secDNS:keyData><secDNS:flags>257</secDNS:flags><secDNS:protocol>3</secDNS:protocol>
///         <secDNS:alg>1</secDNS:alg><secDNS:pubKey>AQPJ////4Q==</secDNS:pubKey></secDNS:keyData>
///     </secDNS:dsData></secDNS:create></extension></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(Extension::SecDns(SecDns::Create(c))) = doc.as_command().and_then(|c| c.extensions.first()) else { panic!("secDNS:create") };
/// let DsOrKey::Ds(ds) = &c.data else { panic!("DS data") };
/// assert_eq!(c.max_sig_life, Some(604800));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct DsOrKeyData<'a> {
    /// `maxSigLife` (seconds, at least 1).
    pub max_sig_life: Option<u32>,
    /// The data.
    pub data: DsOrKey<'a>,
}

owned!(struct DsOrKeyData { max_sig_life, data });

/// What `<secDNS:rem>` removes.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::ext::{Extension, secdns::{Remove, SecDns}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   </domain:update></update>
///   <extension><secDNS:update xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1" urgent="true">
///     <secDNS:rem><secDNS:all>true</secDNS:all></secDNS:rem>
///     <secDNS:add><secDNS:dsData><secDNS:keyTag>12346</secDNS:keyTag><secDNS:alg>3</secDNS:alg>
///       <secDNS:digestType>1</secDNS:digestType><secDNS:digest>38EC35D5B3A34B44C39B</secDNS:digest>
///     </secDNS:dsData></secDNS:add>
///   </secDNS:update></extension></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(Extension::SecDns(SecDns::Update(u))) = doc.as_command().and_then(|c| c.extensions.first()) else { panic!("secDNS:update") };
/// assert_eq!(u.rem, Some(Remove::All(true)));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum Remove<'a> {
    /// `<secDNS:all>`: remove all DS and key data (when true).
    All(bool),
    /// These DS data.
    Ds(Vec<DsData<'a>>),
    /// These key data.
    Key(Vec<KeyData<'a>>),
}

owned!(
    enum Remove {
        All(f0),
        Ds(f0),
        Key(f0),
    }
);

/// `<secDNS:update>` (RFC 5910 s.3.2.5).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::ext::{Extension, secdns::{Remove, SecDns}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   </domain:update></update>
///   <extension><secDNS:update xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1" urgent="true">
///     <secDNS:rem><secDNS:all>true</secDNS:all></secDNS:rem>
///     <secDNS:add><secDNS:dsData><secDNS:keyTag>12346</secDNS:keyTag><secDNS:alg>3</secDNS:alg>
///       <secDNS:digestType>1</secDNS:digestType><secDNS:digest>38EC35D5B3A34B44C39B</secDNS:digest>
///     </secDNS:dsData></secDNS:add>
///   </secDNS:update></extension></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(Extension::SecDns(SecDns::Update(u))) = doc.as_command().and_then(|c| c.extensions.first()) else { panic!("secDNS:update") };
/// assert_eq!(u.urgent, Some(true));
/// assert!(u.add.is_some() && u.chg.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Update<'a> {
    /// `urgent` (default false).
    pub urgent: Option<bool>,
    /// `rem`.
    pub rem: Option<Remove<'a>>,
    /// `add`.
    pub add: Option<DsOrKeyData<'a>>,
    /// `chg`: present with an optional new `maxSigLife`.
    pub chg: Option<Option<u32>>,
}

owned!(struct Update { urgent, rem, add, chg });

/// A secDNS-1.1 extension element.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::ext::{Extension, secdns::{DsOrKey, SecDns}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
///   <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create>
///   <extension><secDNS:create xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
///     <secDNS:maxSigLife>604800</secDNS:maxSigLife>
///     <secDNS:dsData><secDNS:keyTag>12345</secDNS:keyTag><secDNS:alg>3</secDNS:alg>
///       <secDNS:digestType>1</secDNS:digestType><secDNS:digest>49FD46E6C4B45C55D4AC</secDNS:digest>
///       <secDNS:keyData><secDNS:flags>257</secDNS:flags><secDNS:protocol>3</secDNS:protocol>
///         <secDNS:alg>1</secDNS:alg><secDNS:pubKey>AQPJ////4Q==</secDNS:pubKey></secDNS:keyData>
///     </secDNS:dsData></secDNS:create></extension></command></epp>"#;
/// let doc = epp_model::parse(xml)?;
/// let Some(Extension::SecDns(SecDns::Create(c))) = doc.as_command().and_then(|c| c.extensions.first()) else { panic!("secDNS:create") };
/// let DsOrKey::Ds(ds) = &c.data else { panic!("DS data") };
/// let written = String::from_utf8(doc.to_xml()).expect("UTF-8");
/// assert!(written.contains(r#"<secDNS:create xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">"#));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum SecDns<'a> {
    /// `<secDNS:create>`.
    Create(DsOrKeyData<'a>),
    /// `<secDNS:update>`.
    Update(Update<'a>),
    /// `<secDNS:infData>`.
    InfData(DsOrKeyData<'a>),
}

owned!(
    enum SecDns {
        Create(f0),
        Update(f0),
        InfData(f0),
    }
);

/// What a secDNS-1.0 `<secDNS:update>` does (a choice in RFC 4310).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, secdns::*}};
/// // The obsolete secDNS-1.0 (RFC 4310) form.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:update>
///   </update><extension><secDNS:update urgent="true" xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.0">
///   <secDNS:rem><secDNS:keyTag>12345</secDNS:keyTag><secDNS:keyTag>12346</secDNS:keyTag></secDNS:rem>
///   </secDNS:update></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::SecDns10(sec) = &c.extensions[0] else { panic!("secDNS-1.0") };
/// let SecDns10::Update { urgent, op } = sec else { panic!("secDNS:update") };
/// assert_eq!((*urgent, op), (Some(true), &Update10::Rem(vec![12345, 12346])));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum Update10<'a> {
    /// `add`: DS data to add.
    Add(Vec<DsData<'a>>),
    /// `chg`: DS data to replace all with.
    Chg(Vec<DsData<'a>>),
    /// `rem`: key tags of DS data to remove.
    Rem(Vec<u16>),
}

owned!(
    enum Update10 {
        Add(f0),
        Chg(f0),
        Rem(f0),
    }
);

/// A secDNS-1.0 (RFC 4310) extension element.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, secdns::*}};
/// // The obsolete secDNS-1.0 (RFC 4310) form.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:update>
///   </update><extension><secDNS:update urgent="true" xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.0">
///   <secDNS:rem><secDNS:keyTag>12345</secDNS:keyTag><secDNS:keyTag>12346</secDNS:keyTag></secDNS:rem>
///   </secDNS:update></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::SecDns10(sec) = &c.extensions[0] else { panic!("secDNS-1.0") };
/// assert!(matches!(sec, SecDns10::Update { .. }));
/// let out = String::from_utf8(Document::Command(c.clone()).to_xml()).unwrap();
/// assert!(out.contains(r#"<secDNS:update urgent="true" xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.0">"#), "{out}");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum SecDns10<'a> {
    /// `<secDNS:create>`.
    Create(Vec<DsData<'a>>),
    /// `<secDNS:update urgent="...">`.
    Update {
        /// `urgent`.
        urgent: Option<bool>,
        /// The change.
        op: Update10<'a>,
    },
    /// `<secDNS:infData>`.
    InfData(Vec<DsData<'a>>),
}

owned!(enum SecDns10 { Create(f0), Update { urgent, op }, InfData(f0) });

fn num<T: TryFrom<u64>>(el: El<'_, '_>, min: u64, max: u64) -> Result<T> {
    let t = de::token(el)?;
    let v = de::parse_uint(&t, min, max).map_err(|k| el.err(k))?;
    T::try_from(v).map_err(|_| el.err(ErrorKind::InvalidValue("value out of range")))
}

/// `xs:hexBinary` with at least one octet: decoded by dns-wire's
/// [`hex_decode`], piece by piece into a stack buffer (no allocation,
/// linear in the text). `hexBinary` has no white space inside, which
/// `hex_decode` would skip, so it is refused first.
fn hex<'a>(el: El<'_, 'a>) -> Result<Cow<'a, str>> {
    const PIECE: usize = 128;
    let t = de::token(el)?;
    let bad = || el.err(ErrorKind::InvalidValue("not hexadecimal octets"));
    if t.is_empty() || t.bytes().any(|b| b.is_ascii_whitespace()) {
        return Err(bad());
    }
    let mut buf = [0u8; PIECE / 2];
    for piece in t.as_bytes().chunks(PIECE) {
        // A piece cut inside a multi-octet character is not hex anyway.
        let piece = core::str::from_utf8(piece).map_err(|_| bad())?;
        hex_decode(piece, &mut buf).map_err(|_| bad())?;
    }
    Ok(t)
}

/// `secDNS:keyType`: `base64Binary` with `minLength 1` (one octet).
fn base64<'a>(el: El<'_, 'a>) -> Result<Cow<'a, str>> {
    let t = de::token(el)?;
    if t.is_empty() {
        return Err(el.err(ErrorKind::Facet { ty: "secDNS:keyType", facet: Facet::MinLength(1) }).valued(&t));
    }
    if !is_base64_binary(&t) {
        return Err(el.err(ErrorKind::InvalidValue("not base64Binary")));
    }
    Ok(t)
}

/// The lexical space of `base64Binary` (XML Schema Part 2 s.3.2.16):
/// whitespace between characters ignored, the rest decoded by dns-wire's
/// RFC 4648 decoder (alphabet, padding only at the end, whole groups, no
/// stray bits before the padding), at least one octet.
fn is_base64_binary(s: &str) -> bool {
    let mut dec = Base64Decoder::default();
    let mut octets = 0usize;
    for b in s.bytes().filter(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
        match dec.push(b) {
            Ok(Some(_)) => octets += 1,
            Ok(None) => {}
            Err(_) => return false,
        }
    }
    octets > 0 && dec.finish().is_ok()
}

/// A `maxSigLife` (`secDNS:maxSigLifeType`: `int`, `minInclusive 1`).
fn max_sig_life_el(el: El<'_, '_>) -> Result<u32> {
    let t = de::token(el)?;
    let v = de::ranged(el, &t, "secDNS:maxSigLifeType", 1, u64::from(i32::MAX.unsigned_abs()))?;
    // At most i32::MAX, so it fits.
    Ok(u32::try_from(v).unwrap_or(u32::MAX))
}

fn parse_key<'a>(el: El<'_, 'a>, ns: &str) -> Result<KeyData<'a>> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let k = KeyData {
        flags: num(s.req(ns, "flags")?, 0, 65535)?,
        protocol: num(s.req(ns, "protocol")?, 0, 255)?,
        alg: num(s.req(ns, "alg")?, 0, 255)?,
        pub_key: base64(s.req(ns, "pubKey")?)?,
    };
    s.end()?;
    Ok(k)
}

fn parse_ds<'a>(el: El<'_, 'a>, ns: &str) -> Result<DsData<'a>> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let key_tag = num(s.req(ns, "keyTag")?, 0, 65535)?;
    let alg = num(s.req(ns, "alg")?, 0, 255)?;
    let digest_type = num(s.req(ns, "digestType")?, 0, 255)?;
    let digest = hex(s.req(ns, "digest")?)?;
    let max_sig_life = if ns == SECDNS_1_0 { s.opt(ns, "maxSigLife").map(max_sig_life_el).transpose()? } else { None };
    let key_data = s.opt(ns, "keyData").map(|e| parse_key(e, ns)).transpose()?;
    s.end()?;
    Ok(DsData { key_tag, alg, digest_type, digest, max_sig_life, key_data })
}

fn write_key(w: &mut Writer<'_>, k: &KeyData<'_>) {
    let mut b = itoa_buf();
    w.start(P, "keyData");
    w.open();
    w.leaf(P, "flags", fmt_u64(&mut b, u64::from(k.flags)));
    w.leaf(P, "protocol", fmt_u64(&mut b, u64::from(k.protocol)));
    w.leaf(P, "alg", fmt_u64(&mut b, u64::from(k.alg)));
    w.leaf(P, "pubKey", &k.pub_key);
    w.close(P, "keyData");
}

fn write_ds(w: &mut Writer<'_>, d: &DsData<'_>) {
    let mut b = itoa_buf();
    w.start(P, "dsData");
    w.open();
    w.leaf(P, "keyTag", fmt_u64(&mut b, u64::from(d.key_tag)));
    w.leaf(P, "alg", fmt_u64(&mut b, u64::from(d.alg)));
    w.leaf(P, "digestType", fmt_u64(&mut b, u64::from(d.digest_type)));
    w.leaf(P, "digest", &d.digest);
    if let Some(m) = d.max_sig_life {
        w.leaf(P, "maxSigLife", fmt_u64(&mut b, u64::from(m)));
    }
    if let Some(k) = &d.key_data {
        write_key(w, k);
    }
    w.close(P, "dsData");
}

fn write_data(w: &mut Writer<'_>, d: &DsOrKey<'_>) {
    match d {
        DsOrKey::Ds(v) => v.iter().for_each(|x| write_ds(w, x)),
        DsOrKey::Key(v) => v.iter().for_each(|x| write_key(w, x)),
    }
}

fn max_sig_life(s: &mut Seq<'_, '_>) -> Result<Option<u32>> {
    s.opt(SECDNS, "maxSigLife").map(max_sig_life_el).transpose()
}

fn parse_ds_or_key<'a>(el: El<'_, 'a>) -> Result<DsOrKeyData<'a>> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let max_sig_life = max_sig_life(&mut s)?;
    let data = if s.peek().is_some_and(|e| e.is(SECDNS, "keyData")) {
        let mut v = Vec::new();
        while let Some(k) = s.opt(SECDNS, "keyData") {
            v.push(parse_key(k, SECDNS)?);
        }
        DsOrKey::Key(v)
    } else {
        let mut v = alloc::vec![parse_ds(s.req(SECDNS, "dsData")?, SECDNS)?];
        while let Some(d) = s.opt(SECDNS, "dsData") {
            v.push(parse_ds(d, SECDNS)?);
        }
        DsOrKey::Ds(v)
    };
    s.end()?;
    Ok(DsOrKeyData { max_sig_life, data })
}

fn write_ds_or_key(w: &mut Writer<'_>, l: &str, d: &DsOrKeyData<'_>, decl: bool) {
    let mut b = itoa_buf();
    w.start(P, l);
    if decl {
        w.ns(P, SECDNS);
    }
    w.open();
    if let Some(m) = d.max_sig_life {
        w.leaf(P, "maxSigLife", fmt_u64(&mut b, u64::from(m)));
    }
    write_data(w, &d.data);
    w.close(P, l);
}

impl<'a> SecDns<'a> {
    /// The element's local name.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, ext::Extension};
    /// // RFC 5910 s.5.2.5: remove all DS and key data, add one DS.
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><update>
    ///   <domain:update xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name></domain:update>
    ///   </update><extension><secDNS:update urgent="true" xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
    ///   <secDNS:rem><secDNS:all>true</secDNS:all></secDNS:rem>
    ///   <secDNS:add><secDNS:dsData><secDNS:keyTag>12346</secDNS:keyTag><secDNS:alg>3</secDNS:alg>
    ///   <secDNS:digestType>1</secDNS:digestType><secDNS:digest>38EC35D5B3A34B44C39B</secDNS:digest></secDNS:dsData></secDNS:add>
    ///   </secDNS:update></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
    /// let Some(Extension::SecDns(sec)) = epp_model::parse(xml)?.as_command().map(|c| c.extensions[0].clone()) else {
    ///     panic!("secDNS-1.1")
    /// };
    /// assert_eq!(sec.element(), "update");
    /// # Ok(()) }
    /// ```
    pub fn element(&self) -> &'static str {
        match self {
            SecDns::Create(_) => "create",
            SecDns::Update(_) => "update",
            SecDns::InfData(_) => "infData",
        }
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        Ok(match el.local() {
            "create" => SecDns::Create(parse_ds_or_key(el)?),
            "infData" => SecDns::InfData(parse_ds_or_key(el)?),
            "update" => {
                de::attrs(el, &["urgent"])?;
                let urgent = de::bool_attr(el, "urgent")?;
                let mut s = Seq::new(el)?;
                let rem = match s.opt(SECDNS, "rem") {
                    None => None,
                    Some(r) => {
                        de::attrs(r, &[])?;
                        let mut rs = Seq::new(r)?;
                        let v = if let Some(a) = rs.opt(SECDNS, "all") {
                            Remove::All(de::bool_el(a)?)
                        } else if rs.peek().is_some_and(|e| e.is(SECDNS, "keyData")) {
                            let mut v = Vec::new();
                            while let Some(k) = rs.opt(SECDNS, "keyData") {
                                v.push(parse_key(k, SECDNS)?);
                            }
                            Remove::Key(v)
                        } else {
                            let mut v = alloc::vec![parse_ds(rs.req(SECDNS, "dsData")?, SECDNS)?];
                            while let Some(d) = rs.opt(SECDNS, "dsData") {
                                v.push(parse_ds(d, SECDNS)?);
                            }
                            Remove::Ds(v)
                        };
                        rs.end()?;
                        Some(v)
                    }
                };
                let add = s.opt(SECDNS, "add").map(parse_ds_or_key).transpose()?;
                let chg = match s.opt(SECDNS, "chg") {
                    None => None,
                    Some(c) => {
                        de::attrs(c, &[])?;
                        let mut cs = Seq::new(c)?;
                        let m = max_sig_life(&mut cs)?;
                        cs.end()?;
                        Some(m)
                    }
                };
                s.end()?;
                SecDns::Update(Update { urgent, rem, add, chg })
            }
            _ => return Err(el.err(ErrorKind::UnexpectedElement)),
        })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        match self {
            SecDns::Create(d) => write_ds_or_key(w, "create", d, true),
            SecDns::InfData(d) => write_ds_or_key(w, "infData", d, true),
            SecDns::Update(u) => {
                w.start(P, "update");
                w.opt_attr("urgent", u.urgent.map(de::word));
                w.ns(P, SECDNS);
                w.open();
                if let Some(r) = &u.rem {
                    w.start(P, "rem");
                    w.open();
                    match r {
                        Remove::All(b) => w.leaf(P, "all", de::word(*b)),
                        Remove::Ds(v) => v.iter().for_each(|x| write_ds(w, x)),
                        Remove::Key(v) => v.iter().for_each(|x| write_key(w, x)),
                    }
                    w.close(P, "rem");
                }
                if let Some(a) = &u.add {
                    write_ds_or_key(w, "add", a, false);
                }
                if let Some(c) = &u.chg {
                    let mut b = itoa_buf();
                    w.start(P, "chg");
                    match c {
                        Some(m) => {
                            w.open();
                            w.leaf(P, "maxSigLife", fmt_u64(&mut b, u64::from(*m)));
                            w.close(P, "chg");
                        }
                        None => w.empty(),
                    }
                }
                w.close(P, "update");
            }
        }
    }
}

fn ds_list_10<'a>(el: El<'_, 'a>) -> Result<Vec<DsData<'a>>> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let mut v = alloc::vec![parse_ds(s.req(SECDNS_1_0, "dsData")?, SECDNS_1_0)?];
    while let Some(d) = s.opt(SECDNS_1_0, "dsData") {
        v.push(parse_ds(d, SECDNS_1_0)?);
    }
    s.end()?;
    Ok(v)
}

fn write_ds_list_10(w: &mut Writer<'_>, l: &str, v: &[DsData<'_>], decl: bool) {
    w.start(P, l);
    if decl {
        w.ns(P, SECDNS_1_0);
    }
    w.open();
    v.iter().for_each(|x| write_ds(w, x));
    w.close(P, l);
}

impl<'a> SecDns10<'a> {
    /// The element's local name.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, ext::Extension};
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <extension><secDNS:infData xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.0"><secDNS:dsData>
    ///   <secDNS:keyTag>12345</secDNS:keyTag><secDNS:alg>3</secDNS:alg><secDNS:digestType>1</secDNS:digestType>
    ///   <secDNS:digest>49FD46E6C4B45C55D4AC</secDNS:digest></secDNS:dsData></secDNS:infData></extension>
    ///   <trID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#;
    /// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
    /// let Extension::SecDns10(sec) = &r.extensions[0] else { panic!("secDNS-1.0") };
    /// assert_eq!(sec.element(), "infData");
    /// # Ok(()) }
    /// ```
    pub fn element(&self) -> &'static str {
        match self {
            SecDns10::Create(_) => "create",
            SecDns10::Update { .. } => "update",
            SecDns10::InfData(_) => "infData",
        }
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        Ok(match el.local() {
            "create" => SecDns10::Create(ds_list_10(el)?),
            "infData" => SecDns10::InfData(ds_list_10(el)?),
            "update" => {
                de::attrs(el, &["urgent"])?;
                let urgent = de::bool_attr(el, "urgent")?;
                let mut s = Seq::new(el)?;
                let Some(c) = s.take() else {
                    return Err(el.err(ErrorKind::MissingElement("add")));
                };
                let op = if c.is(SECDNS_1_0, "add") {
                    Update10::Add(ds_list_10(c)?)
                } else if c.is(SECDNS_1_0, "chg") {
                    Update10::Chg(ds_list_10(c)?)
                } else if c.is(SECDNS_1_0, "rem") {
                    de::attrs(c, &[])?;
                    let mut rs = Seq::new(c)?;
                    let mut v = alloc::vec![num(rs.req(SECDNS_1_0, "keyTag")?, 0, 65535)?];
                    while let Some(k) = rs.opt(SECDNS_1_0, "keyTag") {
                        v.push(num(k, 0, 65535)?);
                    }
                    rs.end()?;
                    Update10::Rem(v)
                } else {
                    return Err(c.err(ErrorKind::UnexpectedElement));
                };
                s.end()?;
                SecDns10::Update { urgent, op }
            }
            _ => return Err(el.err(ErrorKind::UnexpectedElement)),
        })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        match self {
            SecDns10::Create(v) => write_ds_list_10(w, "create", v, true),
            SecDns10::InfData(v) => write_ds_list_10(w, "infData", v, true),
            SecDns10::Update { urgent, op } => {
                w.start(P, "update");
                w.opt_attr("urgent", urgent.map(de::word));
                w.ns(P, SECDNS_1_0);
                w.open();
                match op {
                    Update10::Add(v) => write_ds_list_10(w, "add", v, false),
                    Update10::Chg(v) => write_ds_list_10(w, "chg", v, false),
                    Update10::Rem(v) => {
                        let mut b = itoa_buf();
                        w.start(P, "rem");
                        w.open();
                        for k in v {
                            w.leaf(P, "keyTag", fmt_u64(&mut b, u64::from(*k)));
                        }
                        w.close(P, "rem");
                    }
                }
                w.close(P, "update");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ErrorKind;
    use alloc::format;
    use alloc::string::String;

    fn create(digest: &str) -> String {
        format!(
            r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
<domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
<domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create>
<extension><secDNS:create xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1"><secDNS:dsData>
<secDNS:keyTag>12345</secDNS:keyTag><secDNS:alg>3</secDNS:alg><secDNS:digestType>1</secDNS:digestType>
<secDNS:digest>{digest}</secDNS:digest></secDNS:dsData></secDNS:create></extension></command></epp>"#
        )
    }

    #[test]
    fn digest_is_hex_binary_of_any_length() {
        for ok in ["49FD46E6C4B45C55D4AC", "ab", " 0a0B ", &"0f".repeat(200)] {
            assert!(crate::parse(create(ok).as_bytes()).is_ok(), "{ok}");
        }
        // Odd at the end of the second 128-digit piece, odd overall, not hex,
        // white space inside, empty, non-ASCII across a piece boundary.
        let long_odd = format!("{}0", "0f".repeat(100));
        let across = format!("{}é00", "0".repeat(127));
        for bad in ["", "abc", "0g", "49 FD", "49\nFD", long_odd.as_str(), across.as_str()] {
            let e = crate::parse(create(bad).as_bytes()).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::InvalidValue("not hexadecimal octets"), "{bad:?}");
            assert!(e.path().ends_with("secDNS:digest"), "{}", e.path());
        }
    }

    #[test]
    fn base64_binary_lexical_space() {
        use super::is_base64_binary as ok;
        // RFC 4648 s.10 vectors, padding, whitespace between characters.
        for good in ["Zg==", "Zm8=", "Zm9v", "Zm9v YmFy", "Zm9v\nYmE=", "Z g = ="] {
            assert!(ok(good), "{good:?}");
        }
        // Nothing, a cut-off group, stray bits before the padding ("Zh=="
        // leaves bits set), padding inside, three `=`, outside the alphabet.
        for bad in ["", "   ", "Zm9", "Zh==", "Zm9=", "Zg==Zg==", "Z===", "Zm9v-A==", "Zm9\u{e9}"] {
            assert!(!ok(bad), "{bad:?}");
        }
    }

    #[test]
    fn pub_key_error_names_the_element() {
        let doc = r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><create>
<domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
<domain:authInfo><domain:pw>2fooBAR</domain:pw></domain:authInfo></domain:create></create>
<extension><secDNS:create xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1"><secDNS:keyData>
<secDNS:flags>257</secDNS:flags><secDNS:protocol>3</secDNS:protocol><secDNS:alg>1</secDNS:alg>
<secDNS:pubKey>AQP=</secDNS:pubKey></secDNS:keyData></secDNS:create></extension></command></epp>"#;
        let e = crate::parse(doc.as_bytes()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidValue("not base64Binary"));
        assert!(e.path().ends_with("secDNS:pubKey"), "{}", e.path());
    }
}
