//! Applying a partial update (draft-ietf-rpp-json-00 s.5): JSON Patch
//! (RFC 6902) `add`, `remove` and `replace` on the object's JSON, with
//! RPP's `match` selecting array elements. Any operation that does not
//! resolve refuses the whole patch; the error names the operation.
//!
//! As rpp-model writes updates: `add` on an array member appends the
//! value; `remove` with `match` removes every element whose members equal
//! the match's (at least one); `replace` with `match` replaces the one
//! element it selects; `replace` of an absent member of an existing
//! object sets it (an EPP `<chg>` sets a value whether or not it was set).

use rpp_model::{PatchOp, PatchOpKind};
use serde_json::Value;

use super::fault::Fault;

/// The reference tokens of a JSON Pointer (RFC 6901), unescaped.
fn tokens(pointer: &str) -> Option<Vec<String>> {
    let rest = pointer.strip_prefix('/')?;
    rest.split('/')
        .map(|t| {
            // `~` must be followed by 0 or 1; `~01` is `~1` (RFC 6901 s.4).
            let mut out = String::with_capacity(t.len());
            let mut chars = t.chars();
            while let Some(c) = chars.next() {
                match (c, c == '~') {
                    (_, false) => out.push(c),
                    (_, true) => match chars.next() {
                        Some('0') => out.push('~'),
                        Some('1') => out.push('/'),
                        _ => return None,
                    },
                }
            }
            Some(out)
        })
        .collect()
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

/// An array index token: digits without a leading zero.
fn index(t: &str) -> Option<usize> {
    if t.len() > 1 && t.starts_with('0') {
        return None;
    }
    t.bytes().all(|b| b.is_ascii_digit()).then(|| t.parse().ok()).flatten()
}

/// Whether `element` has every member of `m` with an equal value.
fn matches(element: &Value, m: &serde_json::Map<String, Value>) -> bool {
    m.iter().all(|(k, want)| element.get(k) == Some(want))
}

/// Applies `ops` to `doc` (all or nothing: on error `doc` is left as
/// some prefix of the operations made it, and the caller discards it).
/// `fixed` names the top-level members no patch may touch.
pub(crate) fn apply(doc: &mut Value, ops: &[PatchOp], fixed: &[&str]) -> Result<(), Fault> {
    for (i, op) in ops.iter().enumerate() {
        let fault = |what: &str, at: &str| {
            Fault::new(2306, format!("{what} ({:?} {})", op.op, op.path)).at(format!("$[{i}]{at}"))
        };
        let toks = tokens(&op.path).ok_or_else(|| fault("not a JSON Pointer", ".path"))?;
        let (last, parents) = toks.split_last().ok_or_else(|| fault("the whole object cannot be patched", ".path"))?;
        if parents.is_empty() && fixed.contains(&last.as_str())
            || parents.first().is_some_and(|p| fixed.contains(&p.as_str()))
        {
            return Err(fault("a member the client cannot change", ".path"));
        }
        let parent = resolve(doc, parents).ok_or_else(|| fault("the path does not resolve", ".path"))?;
        let value = || op.value.clone().ok_or_else(|| fault("no value", ""));
        let selector = match &op.matches {
            None => None,
            Some(Value::Object(m)) => Some(m),
            Some(_) => return Err(fault("a match is an object", ".match")),
        };
        match (op.op, selector) {
            (PatchOpKind::Add, Some(_)) => return Err(fault("add takes no match", ".match")),
            (PatchOpKind::Add, None) => match parent {
                Value::Object(map) => match (map.get_mut(last), value()?) {
                    (Some(Value::Array(items)), v) if !v.is_array() => items.push(v),
                    (_, v) => {
                        map.insert(last.clone(), v);
                    }
                },
                Value::Array(items) => {
                    let at = if last == "-" { Some(items.len()) } else { index(last) };
                    match at {
                        Some(at) if at <= items.len() => items.insert(at, value()?),
                        _ => return Err(fault("no such array position", ".path")),
                    }
                }
                _ => return Err(fault("the path does not resolve", ".path")),
            },
            (kind, None) => {
                let slot = match parent {
                    Value::Object(map) if kind == PatchOpKind::Replace && !map.contains_key(last) => {
                        map.insert(last.clone(), value()?);
                        continue;
                    }
                    Value::Object(map) if kind == PatchOpKind::Remove => {
                        map.remove(last).ok_or_else(|| fault("no such member", ".path"))?;
                        continue;
                    }
                    Value::Array(items) if kind == PatchOpKind::Remove => {
                        let at = index(last).filter(|&at| at < items.len());
                        items.remove(at.ok_or_else(|| fault("no such array position", ".path"))?);
                        continue;
                    }
                    other => resolve(other, std::slice::from_ref(last)),
                };
                *slot.ok_or_else(|| fault("the path does not resolve", ".path"))? = value()?;
            }
            (kind, Some(m)) => {
                let items = match resolve(parent, std::slice::from_ref(last)) {
                    Some(Value::Array(items)) => items,
                    _ => return Err(fault("a match selects elements of an array", ".path")),
                };
                let hits = items.iter().filter(|e| matches(e, m)).count();
                match (kind, hits) {
                    (_, 0) => return Err(fault("the match selects no element", ".match")),
                    (PatchOpKind::Remove, _) => items.retain(|e| !matches(e, m)),
                    (_, 1) => {
                        let v = value()?;
                        if let Some(e) = items.iter_mut().find(|e| matches(e, m)) {
                            *e = v;
                        }
                    }
                    _ => return Err(fault("replace with a match that selects several elements", ".match")),
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ops(v: Value) -> Vec<PatchOp> {
        serde_json::from_value(v).expect("patch ops")
    }

    #[test]
    fn pointers_unescape_per_rfc6901() {
        assert_eq!(tokens("/a~1b/m~0n/~01"), Some(vec!["a/b".into(), "m~n".into(), "~1".into()]));
        assert_eq!(tokens(""), None);
        assert_eq!(tokens("/a~2"), None);
        assert_eq!(index("0"), Some(0));
        assert_eq!(index("01"), None);
        assert_eq!(index("-"), None);
    }

    #[test]
    fn add_appends_remove_matches_replace_sets() -> Result<(), Fault> {
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
        apply(&mut doc, &patch, &["name"])?;
        assert_eq!(
            doc,
            json!({"status": [{"label": "clientDeleteProhibited"}], "name": "x.example",
            "contacts": [{"label": "tech", "object": {"id": "c"}}], "registrant": {"id": "r"}})
        );
        Ok(())
    }

    #[test]
    fn unresolved_operations_name_themselves() {
        let doc = json!({"status": [{"label": "ok"}, {"label": "ok"}], "name": "x.example"});
        for (patch, path) in [
            (json!([{"op": "remove", "path": "/status", "match": {"label": "clientHold"}}]), "$[0].match"),
            (json!([{"op": "add", "path": "/status"}, {"op": "remove", "path": "/nope"}]), "$[0]"),
            (json!([{"op": "remove", "path": "/nope"}]), "$[0].path"),
            (json!([{"op": "replace", "path": "/name", "value": "y.example"}]), "$[0].path"),
            (json!([{"op": "replace", "path": "/status", "match": {"label": "ok"}, "value": {}}]), "$[0].match"),
            (json!([{"op": "add", "path": "/a/b", "value": 1}]), "$[0].path"),
            (json!([{"op": "add", "path": "/status/3", "value": 1}]), "$[0].path"),
            (json!([{"op": "replace", "path": "", "value": 1}]), "$[0].path"),
        ] {
            let e = apply(&mut doc.clone(), &ops(patch.clone()), &["name"]).expect_err("refused");
            assert_eq!((e.code, e.path.as_deref()), (2306, Some(path)), "{patch}: {e}");
        }
    }
}
