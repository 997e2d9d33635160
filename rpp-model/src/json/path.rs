//! The JSON path (`$.nameservers[2].hostName`) of a byte offset, for errors
//! found before parsing, and of a serde_path_to_error path.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write as _;

/// One level of the path while scanning.
enum Step {
    /// In an object; the last key seen (raw, unescaped text between quotes).
    Key(String),
    /// In an array; the index of the element.
    Index(usize),
}

/// The path of the container opened at `at` (a `{` or `[`), computed in
/// one pass over `bytes[..at]` (called once, on the error path only).
pub(crate) fn path_at(bytes: &[u8], at: usize) -> String {
    let mut stack: Vec<Step> = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    let mut string_start = 0usize;
    let mut last_string = String::new();
    let prefix = bytes.get(..at).unwrap_or(bytes);
    for (i, &b) in prefix.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
                last_string = String::from_utf8_lossy(prefix.get(string_start..i).unwrap_or_default()).into_owned();
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                string_start = i + 1;
            }
            b':' => {
                if let Some(Step::Key(k)) = stack.last_mut() {
                    *k = core::mem::take(&mut last_string);
                }
            }
            b',' => {
                if let Some(Step::Index(n)) = stack.last_mut() {
                    *n += 1;
                }
            }
            b'{' => stack.push(Step::Key(String::new())),
            b'[' => stack.push(Step::Index(0)),
            b'}' | b']' => {
                stack.pop();
            }
            _ => {}
        }
    }
    let mut path = String::from("$");
    for step in &stack {
        match step {
            Step::Key(k) => {
                let _ = write!(path, ".{k}");
            }
            Step::Index(n) => {
                let _ = write!(path, "[{n}]");
            }
        }
    }
    path
}

/// `$` followed by serde_path_to_error's path (`nameservers[2].hostName`).
pub(crate) fn from_serde(path: &serde_path_to_error::Path) -> String {
    let mut out = String::from("$");
    for seg in path.iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => {
                let _ = write!(out, "[{index}]");
            }
            serde_path_to_error::Segment::Map { key } => {
                let _ = write!(out, ".{key}");
            }
            serde_path_to_error::Segment::Enum { variant } => {
                let _ = write!(out, ".{variant}");
            }
            serde_path_to_error::Segment::Unknown => out.push_str(".?"),
        }
    }
    out
}
