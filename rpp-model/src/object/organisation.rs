//! The organisation and user objects (draft-ietf-rpp-json-00 s.6.7, s.6.8).

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::common::{ContactRef, Labelled, OrganisationRef, ProvMetadata, Status, UserRef};
use super::contact::Card;
use super::tag::{OrganisationRoleTag, OrganisationTag, UserTag};

/// An organisation (RFC 8543-like): its roles, parent, card, contacts and
/// users.
///
/// ```
/// let o: rpp_model::Organisation = rpp_model::json::from_slice(br#"{"@type":"organisation","id":"ORG-1",
///   "roles":{"registrar":{"@type":"organisationRole","roleId":"1234"}}}"#)?;
/// assert_eq!(o.roles["registrar"].role_id.as_deref(), Some("1234"));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Organisation {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: OrganisationTag,
    /// `id`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `provMetadata` (read-only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prov_metadata: Option<ProvMetadata>,
    /// `status`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status: Vec<Status>,
    /// `roles`, by role name (RFC 8543 registry).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub roles: BTreeMap<String, OrganisationRole>,
    /// `parent`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<OrganisationRef>,
    /// `contactInfo`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_info: Option<Card>,
    /// `contacts`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Labelled<ContactRef>>,
    /// `users` (read-only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub users: Vec<Labelled<UserRef>>,
}

/// A role of an organisation: its status values and role id.
///
/// ```
/// let r: rpp_model::OrganisationRole = rpp_model::json::from_slice(br#"{"@type":"organisationRole","status":["ok"]}"#)?;
/// assert_eq!(r.status, ["ok"]);
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OrganisationRole {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: OrganisationRoleTag,
    /// `status` (`ok`, `linked`, `clientLinkProhibited`, `serverLinkProhibited`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status: Vec<String>,
    /// `roleId`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
}

/// A user of an organisation.
///
/// ```
/// let u: rpp_model::User = rpp_model::json::from_slice(br#"{"@type":"user","userId":"UID-5001",
///   "details":{"@type":"contact","id":"USER-1234"},"status":["active"]}"#)?;
/// assert_eq!(u.user_id.as_deref(), Some("UID-5001"));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct User {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: UserTag,
    /// `id` (the reference form).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `userId` (read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `organisationId`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation_id: Option<OrganisationRef>,
    /// `details`: the contact holding the user's details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<ContactRef>,
    /// `status` (`active`, `suspended`, `deactivated`, `pending`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status: Vec<String>,
    /// `description`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
