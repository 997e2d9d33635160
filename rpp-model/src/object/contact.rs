//! The contact object (`contact`, draft-ietf-rpp-json-00 s.6.5) and the
//! JSContact card it carries.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::common::{AuthInfo, ProvMetadata, Status};
use super::tag::{CardTag, ContactTag};

/// A contact: its id, JSContact card and authorization information.
///
/// ```
/// let c: rpp_model::Contact = rpp_model::json::from_slice(br#"{"@type":"contact","id":"jd1234",
///   "contactInfo":{"@type":"Card","version":"2.0","name":{"full":"John Doe"},
///   "emails":{"email":{"address":"jdoe@example.example"}}}}"#)?;
/// let card = c.contact_info.expect("a card");
/// assert_eq!(card.name.and_then(|n| n.full).as_deref(), Some("John Doe"));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Contact {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: ContactTag,
    /// `id` (create-only; absent from an update).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `provMetadata` (read-only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prov_metadata: Option<ProvMetadata>,
    /// `status`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status: Vec<Status>,
    /// `contactInfo`: a JSContact card.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_info: Option<Card>,
    /// `authInfo`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_info: Option<AuthInfo>,
}

/// A JSContact card (RFC 9553), the members of the RPP EPP profile:
/// anything else is refused (localizations are not modelled).
///
/// ```
/// let c: rpp_model::Card = rpp_model::json::from_slice(br#"{"@type":"Card","version":"2.0","kind":"org",
///   "addresses":{"addr":{"components":[{"kind":"locality","value":"Arnhem"}],"countryCode":"NL"}}}"#)?;
/// assert_eq!(c.addresses["addr"].country_code.as_deref(), Some("NL"));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Card {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: CardTag,
    /// `version` (`2.0`).
    pub version: String,
    /// `kind` (`individual`, `org`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// `name`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<CardName>,
    /// `organizations`, by id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub organizations: BTreeMap<String, CardOrganization>,
    /// `addresses`, by id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub addresses: BTreeMap<String, CardAddress>,
    /// `phones`, by id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub phones: BTreeMap<String, CardPhone>,
    /// `emails`, by id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub emails: BTreeMap<String, CardEmail>,
}

/// A card's `name`: the full name and its components.
///
/// ```
/// let n: rpp_model::CardName = rpp_model::json::from_slice(br#"{"full":"John Doe","components":[{"kind":"given","value":"John"}]}"#)?;
/// assert_eq!(n.components[0].value, "John");
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CardName {
    /// `full`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full: Option<String>,
    /// `components`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<Component>,
}

/// A name or address component: `{"kind": ..., "value": ...}`.
///
/// ```
/// let c: rpp_model::Component = rpp_model::json::from_slice(br#"{"kind":"locality","value":"Dulles"}"#)?;
/// assert_eq!(c.kind, "locality");
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    /// `kind`.
    pub kind: String,
    /// `value`.
    pub value: String,
}

/// A card's organization: `{"name": ...}`.
///
/// ```
/// let o: rpp_model::CardOrganization = rpp_model::json::from_slice(br#"{"name":"Example Inc."}"#)?;
/// assert_eq!(o.name, "Example Inc.");
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardOrganization {
    /// `name`.
    pub name: String,
}

/// A card's address: components and the ISO 3166-1 alpha-2 country code.
///
/// ```
/// let a: rpp_model::CardAddress = rpp_model::json::from_slice(br#"{"components":[],"countryCode":"US"}"#)?;
/// assert_eq!(a.country_code.as_deref(), Some("US"));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CardAddress {
    /// `components`.
    #[serde(default)]
    pub components: Vec<Component>,
    /// `countryCode`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
}

/// A card's phone: a `tel:` URI and its features (`fax`, `voice`, ...).
///
/// ```
/// let p: rpp_model::CardPhone = rpp_model::json::from_slice(br#"{"features":{"fax":true},"number":"tel:+1-703-555-5556"}"#)?;
/// assert_eq!(p.features.get("fax"), Some(&true));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CardPhone {
    /// `number`.
    pub number: String,
    /// `features`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub features: BTreeMap<String, bool>,
}

/// A card's email address.
///
/// ```
/// let e: rpp_model::CardEmail = rpp_model::json::from_slice(br#"{"address":"jdoe@example.example"}"#)?;
/// assert_eq!(e.address, "jdoe@example.example");
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardEmail {
    /// `address`.
    pub address: String,
}
