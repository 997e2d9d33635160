//! Component objects shared by the data objects (draft-ietf-rpp-json-00
//! s.6.2): status, provisioning metadata, authorization information,
//! labelled associations and references.

use alloc::string::String;

use serde::{Deserialize, Serialize};

use super::primitive::Timestamp;
use super::tag::{AuthInfoTag, ContactTag, OrganisationTag, ProvMetadataTag, RemarkTag, StatusTag, UserTag};

/// A status of an object (`status`): a label (`ok`, `clientHold`,
/// `addPeriod`, ...), an optional reason and due time.
///
/// ```
/// let s: rpp_model::Status = rpp_model::json::from_slice(br#"{"@type":"status","label":"clientHold","reason":"unpaid"}"#)?;
/// assert_eq!((s.label.as_str(), s.reason.as_deref()), ("clientHold", Some("unpaid")));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Status {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: StatusTag,
    /// `label`.
    pub label: String,
    /// `reason`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `due`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<Timestamp>,
}

impl Status {
    /// A status with only its label.
    ///
    /// ```
    /// let s = rpp_model::Status::new("ok");
    /// assert_eq!(rpp_model::json::to_vec(&s), br#"{"@type":"status","label":"ok"}"#);
    /// ```
    pub fn new(label: impl Into<String>) -> Self {
        Self { tag: StatusTag, label: label.into(), reason: None, due: None }
    }
}

/// Provisioning metadata (`provMetadata`, read-only): repository id and
/// the sponsoring, creating and updating clients with their dates.
///
/// ```
/// let m: rpp_model::ProvMetadata = rpp_model::json::from_slice(
///     br#"{"@type":"provMetadata","repositoryId":"EXAMPLE1-REP","spClientId":"ClientX"}"#)?;
/// assert_eq!(m.sp_client_id, "ClientX");
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ProvMetadata {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: ProvMetadataTag,
    /// `repositoryId` (EPP roid).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository_id: Option<String>,
    /// `spClientId` (EPP clID).
    pub sp_client_id: String,
    /// `crClientId` (EPP crID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cr_client_id: Option<String>,
    /// `crDate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cr_date: Option<Timestamp>,
    /// `upClientId` (EPP upID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub up_client_id: Option<String>,
    /// `upDate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub up_date: Option<Timestamp>,
    /// `trDate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tr_date: Option<Timestamp>,
}

/// Authorization information set on an object (`authInfo`): the method
/// (`authinfo` in the EPP profile) and its data.
///
/// ```
/// let a = rpp_model::AuthInfo::password("2fooBAR");
/// assert_eq!(rpp_model::json::to_vec(&a), br#"{"@type":"authInfo","method":"authinfo","authdata":"2fooBAR"}"#);
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthInfo {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: AuthInfoTag,
    /// `method` (IANA RPP Authorization Method registry).
    pub method: String,
    /// `authdata` (left out of reads by some servers' policy).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authdata: Option<String>,
}

impl AuthInfo {
    /// The EPP profile's method `authinfo` with a password.
    ///
    /// ```
    /// assert_eq!(rpp_model::AuthInfo::password("x").method, "authinfo");
    /// ```
    pub fn password(data: impl Into<String>) -> Self {
        Self { tag: AuthInfoTag, method: "authinfo".into(), authdata: Some(data.into()) }
    }
}

/// A LabelledAggregation or LabelledComposition member (s.4.4.4):
/// `{"label": ..., "object": ...}`; labels may repeat.
///
/// ```
/// use rpp_model::{ContactRef, Labelled};
/// let l: Labelled<ContactRef> = rpp_model::json::from_slice(
///     br#"{"label":"admin","object":{"@type":"contact","id":"sh8013"}}"#)?;
/// assert_eq!((l.label.as_str(), l.object.id.as_str()), ("admin", "sh8013"));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labelled<T> {
    /// `label`.
    pub label: String,
    /// `object`.
    pub object: T,
}

/// A reference to a contact (`{"@type": "contact", "id": ...}`).
///
/// ```
/// let r = rpp_model::ContactRef::new("jd1234");
/// assert_eq!(rpp_model::json::to_vec(&r), br#"{"@type":"contact","id":"jd1234"}"#);
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactRef {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: ContactTag,
    /// `id`.
    pub id: String,
}

impl ContactRef {
    /// A reference to contact `id`.
    ///
    /// ```
    /// assert_eq!(rpp_model::ContactRef::new("sh8013").id, "sh8013");
    /// ```
    pub fn new(id: impl Into<String>) -> Self {
        Self { tag: ContactTag, id: id.into() }
    }
}

/// A reference to an organisation (`{"@type": "organisation", "id": ...}`).
///
/// ```
/// let r: rpp_model::OrganisationRef = rpp_model::json::from_slice(br#"{"@type":"organisation","id":"ORG-1"}"#)?;
/// assert_eq!(r.id, "ORG-1");
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationRef {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: OrganisationTag,
    /// `id`.
    pub id: String,
}

/// A reference to a user (`{"@type": "user", "id": ...}`).
///
/// ```
/// let r: rpp_model::UserRef = rpp_model::json::from_slice(br#"{"@type":"user","id":"UID-5001"}"#)?;
/// assert_eq!(r.id, "UID-5001");
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserRef {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: UserTag,
    /// `id`.
    pub id: String,
}

/// A remark (s.4.4.6 example of a composition): free text.
///
/// ```
/// let r: rpp_model::Remark = rpp_model::json::from_slice(br#"{"@type":"remark","description":"test"}"#)?;
/// assert_eq!(r.description, "test");
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Remark {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: RemarkTag,
    /// `description`.
    pub description: String,
}
