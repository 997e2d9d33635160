//! Partial update (draft-ietf-rpp-json-00 s.5): a JSON Patch (RFC 6902)
//! array limited to `add`, `remove` and `replace`, with RPP's `match`,
//! and its application to an object's JSON ([`apply_patch`]).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The operation of a [`PatchOp`].
///
/// ```
/// let op: rpp_model::PatchOpKind = rpp_model::json::from_slice(br#""replace""#)?;
/// assert_eq!(op, rpp_model::PatchOpKind::Replace);
/// assert!(rpp_model::json::from_slice::<rpp_model::PatchOpKind>(br#""move""#).is_err());
/// # Ok::<(), rpp_model::json::JsonError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
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
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatchOp {
    /// `op`.
    pub op: PatchOpKind,
    /// `path`: a JSON Pointer (RFC 6901) into the resource.
    pub path: String,
    /// `match`: key/values selecting array elements.
    #[serde(rename = "match", default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = crate::arbitrary::json_value_opt))]
    pub matches: Option<serde_json::Value>,
    /// `value`: for `add` and `replace`. `null` is a value (RFC 6902):
    /// `Some(Value::Null)`, not `None`.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = crate::arbitrary::json_value_opt))]
    pub value: Option<serde_json::Value>,
}

/// A member that is there, `null` included (`Some(Value::Null)`); one that
/// is not there is `None` (by `#[serde(default)]`), so that `"value": null`
/// sets a null and `"match": null` is refused as a match, not taken as none.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

/// What was wrong with one operation of a patch.
///
/// ```
/// use rpp_model::PatchErrorKind;
/// assert_eq!(PatchErrorKind::NoMatch.to_string(), "the match selects no element");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PatchErrorKind {
    /// `path` is not a JSON Pointer (RFC 6901).
    NotAPointer,
    /// `path` is empty: the whole object cannot be patched.
    WholeObject,
    /// `path` names a member the caller keeps fixed (read-only or
    /// create-only, json-00 s.4.3).
    Fixed,
    /// `path` does not resolve.
    Unresolved,
    /// An array position that is not there.
    NoPosition,
    /// `add` or `replace` without a `value`.
    NoValue,
    /// `add` with a `match`.
    MatchOnAdd,
    /// A `match` that is not an object, or not on an array.
    BadMatch,
    /// A `match` that selects no element.
    NoMatch,
    /// A `replace` whose `match` selects more than one element.
    SeveralMatches,
    /// The value would sit deeper in the object than a body may nest
    /// ([`Limits::DEFAULT`](crate::json::Limits::DEFAULT)).
    TooDeep,
}

impl PatchErrorKind {
    /// The member of the operation at fault.
    fn member(self) -> &'static str {
        match self {
            PatchErrorKind::NoValue | PatchErrorKind::TooDeep => "",
            PatchErrorKind::MatchOnAdd
            | PatchErrorKind::BadMatch
            | PatchErrorKind::NoMatch
            | PatchErrorKind::SeveralMatches => ".match",
            _ => ".path",
        }
    }
}

impl fmt::Display for PatchErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PatchErrorKind::NotAPointer => "not a JSON Pointer",
            PatchErrorKind::WholeObject => "the whole object cannot be patched",
            PatchErrorKind::Fixed => "a member the client cannot change",
            PatchErrorKind::Unresolved => "the path does not resolve",
            PatchErrorKind::NoPosition => "no such array position",
            PatchErrorKind::NoValue => "no value",
            PatchErrorKind::MatchOnAdd => "add takes no match",
            PatchErrorKind::BadMatch => "a match is an object selecting elements of an array",
            PatchErrorKind::NoMatch => "the match selects no element",
            PatchErrorKind::SeveralMatches => "replace with a match that selects several elements",
            PatchErrorKind::TooDeep => "the value would nest deeper than a body may",
        })
    }
}

/// A patch that does not apply: the index of the operation at fault and
/// why.
///
/// ```
/// let e = rpp_model::PatchError { index: 2, kind: rpp_model::PatchErrorKind::NoMatch };
/// assert_eq!((e.path().as_str(), e.to_string().as_str()), ("$[2].match", "$[2].match: the match selects no element"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("$[{index}]{}: {kind}", kind.member())]
pub struct PatchError {
    /// The index of the operation in the patch.
    pub index: usize,
    /// What was wrong with it.
    pub kind: PatchErrorKind,
}

impl PatchError {
    /// The JSON path of the member at fault in the patch (`$[2].match`).
    ///
    /// ```
    /// let e = rpp_model::PatchError { index: 0, kind: rpp_model::PatchErrorKind::Unresolved };
    /// assert_eq!(e.path(), "$[0].path");
    /// ```
    pub fn path(&self) -> String {
        alloc::format!("$[{}]{}", self.index, self.kind.member())
    }
}

/// The reference tokens of a JSON Pointer (RFC 6901), unescaped (none
/// for the empty pointer, the whole document).
fn tokens(pointer: &str) -> Option<Vec<String>> {
    if pointer.is_empty() {
        return Some(Vec::new());
    }
    let rest = pointer.strip_prefix('/')?;
    rest.split('/')
        .map(|t| {
            // `~` is followed by 0 or 1; `~01` is `~1` (RFC 6901 s.4).
            let mut out = String::with_capacity(t.len());
            let mut chars = t.chars();
            while let Some(c) = chars.next() {
                if c != '~' {
                    out.push(c);
                    continue;
                }
                match chars.next() {
                    Some('0') => out.push('~'),
                    Some('1') => out.push('/'),
                    _ => return None,
                }
            }
            Some(out)
        })
        .collect()
}

/// An array index token: digits without a leading zero.
fn index(t: &str) -> Option<usize> {
    if t.len() > 1 && t.starts_with('0') {
        return None;
    }
    t.bytes().all(|b| b.is_ascii_digit()).then(|| t.parse().ok()).flatten()
}

/// The value at `tokens` below `v`.
fn resolve<'v>(mut v: &'v mut Value, tokens: &[String]) -> Option<&'v mut Value> {
    for t in tokens {
        v = match v {
            Value::Object(map) => map.get_mut(t)?,
            Value::Array(items) => items.get_mut(index(t)?)?,
            _ => return None,
        };
    }
    Some(v)
}

/// The nesting depth of a value (a scalar is 0, `[]` is 1), without
/// recursion.
fn depth(v: &Value) -> usize {
    let mut deepest = 0;
    let mut stack = alloc::vec![(v, 0usize)];
    while let Some((v, d)) = stack.pop() {
        let children: &mut dyn Iterator<Item = &Value> = match v {
            Value::Array(items) => &mut items.iter(),
            Value::Object(map) => &mut map.values(),
            _ => continue,
        };
        deepest = deepest.max(d + 1);
        stack.extend(children.map(|c| (c, d + 1)));
    }
    deepest
}

/// Whether `element` has every member of `m` with an equal value (json-00
/// s.5: nested objects compare whole, no recursive matching).
fn matches(element: &Value, m: &serde_json::Map<String, Value>) -> bool {
    m.iter().all(|(k, want)| element.get(k) == Some(want))
}

/// Applies a partial update to an object's JSON, as json-00 s.5 and
/// this crate's EPP conversion read JSON Patch: `add` on an array member
/// appends the value (`/-` and indexes as RFC 6902); `remove` with
/// `match` removes every element whose members equal the match's (at
/// least one); `replace` with `match` replaces the one element it
/// selects; `replace` of an absent member of an existing object sets it
/// (an EPP `<chg>` sets a value whether or not it was set). `fixed` names
/// the top-level members no operation may touch (the read-only and
/// create-only members of the object's type).
///
/// An operation that does not resolve refuses the whole patch; `doc` is
/// then left part-way, for the caller to discard. No value is placed
/// deeper than a body may nest ([`Limits::DEFAULT`](crate::json::Limits)),
/// so the object stays readable. The work is the number of operations
/// times the size of the arrays they match in: bound both.
///
/// ```
/// use rpp_model::{PatchOp, apply_patch};
/// let mut doc = serde_json::json!({"@type": "domainName", "name": "example.example",
///     "status": [{"@type": "status", "label": "clientHold"}]});
/// let ops: Vec<PatchOp> = rpp_model::json::from_slice(br#"[
///     {"op":"remove","path":"/status","match":{"label":"clientHold"}},
///     {"op":"replace","path":"/registrant","value":{"@type":"contact","id":"jd1234"}}]"#)?;
/// apply_patch(&mut doc, &ops, &["@type", "name"])?;
/// assert_eq!(doc["status"], serde_json::json!([]));
/// assert_eq!(doc["registrant"]["id"], "jd1234");
/// let rename: Vec<PatchOp> = rpp_model::json::from_slice(br#"[{"op":"replace","path":"/name","value":"x.example"}]"#)?;
/// assert_eq!(apply_patch(&mut doc, &rename, &["@type", "name"]).unwrap_err().path(), "$[0].path");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// A [`PatchError`] naming the operation at fault and why.
pub fn apply_patch(doc: &mut Value, ops: &[PatchOp], fixed: &[&str]) -> Result<(), PatchError> {
    for (i, op) in ops.iter().enumerate() {
        apply_one(doc, op, fixed).map_err(|kind| PatchError { index: i, kind })?;
    }
    Ok(())
}

/// Applies one operation.
fn apply_one(doc: &mut Value, op: &PatchOp, fixed: &[&str]) -> Result<(), PatchErrorKind> {
    let toks = tokens(&op.path).ok_or(PatchErrorKind::NotAPointer)?;
    let (last, parents) = toks.split_last().ok_or(PatchErrorKind::WholeObject)?;
    let top = parents.first().unwrap_or(last);
    if fixed.contains(&top.as_str()) {
        return Err(PatchErrorKind::Fixed);
    }
    let parent = resolve(doc, parents).ok_or(PatchErrorKind::Unresolved)?;
    // The top level is depth 1, a member of it 2: the value's own levels
    // start below its parent's.
    if op.value.as_ref().is_some_and(|v| parents.len() + 1 + depth(v) > crate::json::Limits::DEFAULT.max_depth) {
        return Err(PatchErrorKind::TooDeep);
    }
    let value = || op.value.clone().ok_or(PatchErrorKind::NoValue);
    let selector = match &op.matches {
        None => None,
        Some(Value::Object(m)) => Some(m),
        Some(_) => return Err(PatchErrorKind::BadMatch),
    };
    match (op.op, selector) {
        (PatchOpKind::Add, Some(_)) => Err(PatchErrorKind::MatchOnAdd),
        (PatchOpKind::Add, None) => match parent {
            Value::Object(map) => {
                match (map.get_mut(last), value()?) {
                    (Some(Value::Array(items)), v) if !v.is_array() => items.push(v),
                    (_, v) => {
                        map.insert(last.clone(), v);
                    }
                }
                Ok(())
            }
            Value::Array(items) => {
                let at = if last == "-" { Some(items.len()) } else { index(last) };
                match at {
                    Some(at) if at <= items.len() => {
                        items.insert(at, value()?);
                        Ok(())
                    }
                    _ => Err(PatchErrorKind::NoPosition),
                }
            }
            _ => Err(PatchErrorKind::Unresolved),
        },
        (PatchOpKind::Remove, None) => match parent {
            Value::Object(map) => map.remove(last).map(drop).ok_or(PatchErrorKind::Unresolved),
            Value::Array(items) => match index(last).filter(|&at| at < items.len()) {
                Some(at) => {
                    items.remove(at);
                    Ok(())
                }
                None => Err(PatchErrorKind::NoPosition),
            },
            _ => Err(PatchErrorKind::Unresolved),
        },
        (PatchOpKind::Replace, None) => {
            if let Value::Object(map) = parent
                && !map.contains_key(last)
            {
                map.insert(last.clone(), value()?);
                return Ok(());
            }
            *resolve(parent, core::slice::from_ref(last)).ok_or(PatchErrorKind::Unresolved)? = value()?;
            Ok(())
        }
        (kind, Some(m)) => {
            let Some(Value::Array(items)) = resolve(parent, core::slice::from_ref(last)) else {
                return Err(PatchErrorKind::BadMatch);
            };
            match (kind, items.iter().filter(|e| matches(e, m)).count()) {
                (_, 0) => Err(PatchErrorKind::NoMatch),
                (PatchOpKind::Remove, _) => {
                    items.retain(|e| !matches(e, m));
                    Ok(())
                }
                (_, 1) => {
                    let v = value()?;
                    if let Some(e) = items.iter_mut().find(|e| matches(e, m)) {
                        *e = v;
                    }
                    Ok(())
                }
                _ => Err(PatchErrorKind::SeveralMatches),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;
    use serde_json::json;

    fn ops(v: Value) -> Vec<PatchOp> {
        serde_json::from_value(v).expect("patch ops")
    }

    /// `n` arrays inside each other.
    fn nested(n: usize) -> Value {
        (0..n).fold(json!(1), |v, _| json!([v]))
    }

    #[test]
    fn values_stay_within_the_body_depth() -> Result<(), PatchError> {
        assert_eq!((depth(&json!(1)), depth(&json!([])), depth(&nested(3))), (0, 1, 3));
        assert_eq!(depth(&json!({"a": [1, {"b": {}}], "c": 2})), 4);
        // At the top level (depth 1) a member may hold 31 levels.
        let mut doc = json!({});
        apply_patch(&mut doc, &ops(json!([{"op": "add", "path": "/x", "value": nested(31)}])), &[])?;
        let e = apply_patch(&mut doc, &ops(json!([{"op": "add", "path": "/y", "value": nested(32)}])), &[]);
        assert_eq!(e.map_err(|e| e.kind), Err(PatchErrorKind::TooDeep));
        let deeper = ops(json!([{"op": "add", "path": "/x/0", "value": nested(31)}]));
        assert_eq!(apply_patch(&mut doc, &deeper, &[]).map_err(|e| e.kind), Err(PatchErrorKind::TooDeep));
        assert!(crate::json::Limits::DEFAULT.check(&serde_json::to_vec(&doc).unwrap_or_default()).is_ok());
        Ok(())
    }

    #[test]
    fn pointers_unescape_per_rfc6901() {
        assert_eq!(tokens("/a~1b/m~0n/~01"), Some(vec!["a/b".into(), "m~n".into(), "~1".into()]));
        assert_eq!(tokens(""), Some(vec![]));
        assert_eq!(tokens("a"), None);
        assert_eq!(tokens("/a~2"), None);
        assert_eq!(index("0"), Some(0));
        assert_eq!(index("01"), None);
        assert_eq!(index("-"), None);
    }

    #[test]
    fn add_appends_remove_matches_replace_sets() -> Result<(), PatchError> {
        let mut doc = json!({"status": [{"label": "clientHold"}], "contacts": [], "name": "x.example"});
        let patch = ops(json!([
            {"op": "add", "path": "/status", "value": {"label": "clientDeleteProhibited"}},
            {"op": "remove", "path": "/status", "match": {"label": "clientHold"}},
            {"op": "add", "path": "/contacts/-", "value": {"label": "tech", "object": {"id": "a"}}},
            {"op": "add", "path": "/contacts/0", "value": {"label": "admin", "object": {"id": "b"}}},
            {"op": "replace", "path": "/contacts", "match": {"label": "tech"}, "value": {"label": "tech", "object": {"id": "c"}}},
            {"op": "replace", "path": "/registrant", "value": {"id": "r"}},
            {"op": "remove", "path": "/contacts/0"}
        ]));
        apply_patch(&mut doc, &patch, &["name"])?;
        assert_eq!(
            doc,
            json!({"status": [{"label": "clientDeleteProhibited"}], "name": "x.example",
            "contacts": [{"label": "tech", "object": {"id": "c"}}], "registrant": {"id": "r"}})
        );
        Ok(())
    }

    /// `"value": null` is a value (RFC 6902): it is set, and it is written
    /// back; only a missing `value` is none.
    #[test]
    fn null_is_a_value() -> Result<(), PatchError> {
        let patch = ops(json!([{"op": "replace", "path": "/registrant", "value": null},
            {"op": "add", "path": "/x", "value": null}]));
        assert_eq!(patch[0].value, Some(Value::Null));
        assert_eq!(
            crate::json::to_vec(&patch),
            br#"[{"op":"replace","path":"/registrant","value":null},{"op":"add","path":"/x","value":null}]"#
        );
        let mut doc = json!({"name": "x.example", "registrant": {"id": "r"}});
        apply_patch(&mut doc, &patch, &[])?;
        assert_eq!(doc, json!({"name": "x.example", "registrant": null, "x": null}));
        Ok(())
    }

    #[test]
    fn unresolved_operations_name_themselves() {
        let doc = json!({"status": [{"label": "ok"}, {"label": "ok"}], "name": "x.example", "dns": {"records": []}});
        for (patch, path, kind) in [
            (
                json!([{"op": "remove", "path": "/status", "match": {"label": "clientHold"}}]),
                "$[0].match",
                PatchErrorKind::NoMatch,
            ),
            (json!([{"op": "add", "path": "/status"}]), "$[0]", PatchErrorKind::NoValue),
            (json!([{"op": "add", "path": "/status", "match": {}}]), "$[0].match", PatchErrorKind::MatchOnAdd),
            (json!([{"op": "remove", "path": "/name", "match": {}}]), "$[0].path", PatchErrorKind::Fixed),
            (json!([{"op": "remove", "path": "/status", "match": 1}]), "$[0].match", PatchErrorKind::BadMatch),
            // `null` is a match that is not an object, not an absent one (which
            // would remove the whole member).
            (json!([{"op": "remove", "path": "/status", "match": null}]), "$[0].match", PatchErrorKind::BadMatch),
            (json!([{"op": "remove", "path": "/nope"}]), "$[0].path", PatchErrorKind::Unresolved),
            (json!([{"op": "replace", "path": "/dns/records/0", "value": 1}]), "$[0].path", PatchErrorKind::Unresolved),
            (json!([{"op": "replace", "path": "/name", "value": "y.example"}]), "$[0].path", PatchErrorKind::Fixed),
            (
                json!([{"op": "replace", "path": "/status", "match": {"label": "ok"}, "value": {}}]),
                "$[0].match",
                PatchErrorKind::SeveralMatches,
            ),
            (json!([{"op": "add", "path": "/a/b", "value": 1}]), "$[0].path", PatchErrorKind::Unresolved),
            (json!([{"op": "add", "path": "/status/3", "value": 1}]), "$[0].path", PatchErrorKind::NoPosition),
            (json!([{"op": "remove", "path": "/status/2"}]), "$[0].path", PatchErrorKind::NoPosition),
            (json!([{"op": "replace", "path": "", "value": 1}]), "$[0].path", PatchErrorKind::WholeObject),
            (json!([{"op": "replace", "path": "status", "value": 1}]), "$[0].path", PatchErrorKind::NotAPointer),
            (
                json!([{"op": "add", "path": "/x", "value": 1}, {"op": "remove", "path": "/y"}]),
                "$[1].path",
                PatchErrorKind::Unresolved,
            ),
        ] {
            let e = apply_patch(&mut doc.clone(), &ops(patch.clone()), &["name"]).expect_err("refused");
            assert_eq!((e.path().as_str(), e.kind), (path, kind), "{patch}: {e}");
        }
    }
}
