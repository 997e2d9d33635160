//! Process data (draft-ietf-rpp-json-00 s.4.7, s.6.3): create, renew,
//! transfer and restore.

use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::primitive::{Period, Timestamp};
use super::tag::{
    CreateProcessTag, ProcessesTag, RenewProcessTag, RestoreProcessTag, RestoreReportTag, TransferProcessTag,
};

/// The `processes` member of an object.
///
/// ```
/// let p: rpp_model::Processes = rpp_model::json::from_slice(br#"{"@type":"processes",
///   "createProcess":[{"@type":"createProcess","period":{"@type":"period","value":2,"unit":"y"}}]}"#)?;
/// assert_eq!(p.create_process[0].period.map(|p| p.value), Some(2));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Processes {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: ProcessesTag,
    /// `createProcess`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub create_process: Vec<CreateProcess>,
    /// `renewProcess`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub renew_process: Vec<RenewProcess>,
    /// `transferProcess`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transfer_process: Vec<TransferProcess>,
    /// `restoreProcess`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub restore_process: Vec<RestoreProcess>,
}

/// A create process: the registration period.
///
/// ```
/// let c: rpp_model::CreateProcess = rpp_model::json::from_slice(br#"{"@type":"createProcess"}"#)?;
/// assert!(c.period.is_none());
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CreateProcess {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: CreateProcessTag,
    /// `period`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
}

/// A renew process: in a request the current expiry date and the period,
/// in a response the new expiry date.
///
/// ```
/// let r: rpp_model::RenewProcess = rpp_model::json::from_slice(br#"{"@type":"renewProcess","expiryDate":"2010-04-03T22:00:00.0Z"}"#)?;
/// assert!(r.renewal_period.is_none());
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RenewProcess {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: RenewProcessTag,
    /// `expiryDate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<Timestamp>,
    /// `renewalPeriod`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renewal_period: Option<Period>,
}

/// The state of a transfer (`trStatus`).
///
/// ```
/// let s: rpp_model::TransferStatus = rpp_model::json::from_slice(br#""clientApproved""#)?;
/// assert_eq!(s, rpp_model::TransferStatus::ClientApproved);
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)]
pub enum TransferStatus {
    Pending,
    ClientApproved,
    ClientCancelled,
    ClientRejected,
    ServerApproved,
    ServerCancelled,
}

/// The direction of a transfer (`transferDir`).
///
/// ```
/// let d: rpp_model::TransferDir = rpp_model::json::from_slice(br#""pull""#)?;
/// assert_eq!(d, rpp_model::TransferDir::Pull);
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum TransferDir {
    /// The gaining client asks.
    Pull,
    /// The losing client gives (needs `gainingClientId`).
    Push,
}

/// A transfer process: the request (direction, period), the reject
/// request (reason) and the read form (status, clients, dates).
///
/// ```
/// let t: rpp_model::TransferProcess = rpp_model::json::from_slice(br#"{"@type":"transferProcess","trStatus":"pending",
///   "transferDir":"pull","reqClientId":"ClientX","requestDate":"2000-06-08T22:00:00.0Z",
///   "actClientId":"ClientY","actionDate":"2000-06-13T22:00:00.0Z"}"#)?;
/// assert_eq!(t.tr_status, Some(rpp_model::TransferStatus::Pending));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TransferProcess {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: TransferProcessTag,
    /// `trStatus` (read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tr_status: Option<TransferStatus>,
    /// `transferDir`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_dir: Option<TransferDir>,
    /// `gainingClientId` (push).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gaining_client_id: Option<String>,
    /// `reqClientId` (read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub req_client_id: Option<String>,
    /// `requestDate` (read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_date: Option<Timestamp>,
    /// `actClientId` (read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub act_client_id: Option<String>,
    /// `actionDate` (read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_date: Option<Timestamp>,
    /// `expiryDate` (domain read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<Timestamp>,
    /// `transferPeriod` (domain request).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_period: Option<Period>,
    /// `reason` (reject request).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The state of a restore (`restoreStatus`).
///
/// ```
/// let s: rpp_model::RestoreStatus = rpp_model::json::from_slice(br#""pendingRestore""#)?;
/// assert_eq!(s, rpp_model::RestoreStatus::PendingRestore);
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)]
pub enum RestoreStatus {
    PendingRestore,
    Restored,
    RgpPendingDelete,
}

/// A restore process: the request (with an inline report for a one-step
/// restore) and the read form.
///
/// ```
/// let r: rpp_model::RestoreProcess = rpp_model::json::from_slice(br#"{"@type":"restoreProcess","restoreStatus":"restored"}"#)?;
/// assert_eq!(r.restore_status, Some(rpp_model::RestoreStatus::Restored));
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RestoreProcess {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: RestoreProcessTag,
    /// `restoreReport`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restore_report: Option<RestoreReport>,
    /// `restoreStatus` (read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restore_status: Option<RestoreStatus>,
    /// `requestDate` (read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_date: Option<Timestamp>,
    /// `reportDate` (read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_date: Option<Timestamp>,
    /// `reportDueDate` (read, while pending).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_due_date: Option<Timestamp>,
}

/// A restore report (RFC 3915 s.4.2.1 in JSON).
///
/// ```
/// let r: rpp_model::RestoreReport = rpp_model::json::from_slice(br#"{"@type":"restoreReport","statements":["a","b"]}"#)?;
/// assert_eq!(r.statements.len(), 2);
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RestoreReport {
    /// `@type`.
    #[serde(rename = "@type")]
    pub tag: RestoreReportTag,
    /// `preData`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pre_data: Option<String>,
    /// `postData`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_data: Option<String>,
    /// `deleteTime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_time: Option<Timestamp>,
    /// `restoreTime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restore_time: Option<Timestamp>,
    /// `restoreReason`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restore_reason: Option<String>,
    /// `statements` (1 or 2).
    pub statements: Vec<String>,
    /// `other`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
}
