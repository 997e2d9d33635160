//! Partial update (draft-ietf-rpp-json-00 s.5): a JSON Patch (RFC 6902)
//! array limited to `add`, `remove` and `replace`, with RPP's `match`.

use alloc::string::String;

use serde::{Deserialize, Serialize};

/// The operation of a [`PatchOp`].
///
/// ```
/// let op: rpp_model::PatchOpKind = rpp_model::json::from_slice(br#""replace""#)?;
/// assert_eq!(op, rpp_model::PatchOpKind::Replace);
/// assert!(rpp_model::json::from_slice::<rpp_model::PatchOpKind>(br#""move""#).is_err());
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PatchOpKind {
    /// Add a member or an array element.
    Add,
    /// Remove a member, or the array elements `match` selects.
    Remove,
    /// Replace a member, or the one array element `match` selects.
    Replace,
}

/// One operation of a partial update.
///
/// ```
/// let ops: Vec<rpp_model::PatchOp> = rpp_model::json::from_slice(
///     br#"[{"op":"replace","path":"/registrant","value":{"@type":"contact","id":"jd1234-new"}}]"#)?;
/// assert_eq!(ops[0].path, "/registrant");
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatchOp {
    /// `op`.
    pub op: PatchOpKind,
    /// `path`: a JSON Pointer (RFC 6901) into the resource.
    pub path: String,
    /// `match`: key/values selecting array elements.
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    pub matches: Option<serde_json::Value>,
    /// `value`: for `add` and `replace`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
}
