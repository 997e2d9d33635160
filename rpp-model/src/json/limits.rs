//! The pre-scan: size and nesting depth checked before serde sees a body.

use super::error::{JsonError, JsonErrorKind};

/// Bounds on a JSON body, checked by a linear pre-scan before it is parsed.
///
/// ```
/// use rpp_model::json::Limits;
/// let tight = Limits { max_len: 64, max_depth: 2 };
/// assert!(tight.check(br#"{"a":[1]}"#).is_ok());
/// let e = tight.check(br#"{"a":[[1]]}"#).unwrap_err();
/// assert_eq!(e.to_string(), "$.a[0]: nested deeper than 2 levels (at byte 6)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limits {
    /// The largest body in octets.
    pub max_len: usize,
    /// The deepest nesting of objects and arrays (the top level is 1).
    pub max_depth: usize,
}

impl Limits {
    /// 1 MiB and 32 levels: far above any RPP object (a domain with every
    /// member is under 8 levels).
    pub const DEFAULT: Limits = Limits { max_len: 1 << 20, max_depth: 32 };

    /// Checks `bytes` against the limits in one pass, tracking strings (so
    /// that brackets inside them do not count) and the JSON path of the
    /// place it stopped at.
    ///
    /// ```
    /// use rpp_model::json::Limits;
    /// let e = Limits::DEFAULT.check(&vec![b' '; (1 << 20) + 1]).unwrap_err();
    /// assert_eq!(e.to_string(), "$: body of 1048577 octets is over the limit of 1048576");
    /// ```
    ///
    /// # Errors
    /// [`JsonErrorKind::TooLarge`] or [`JsonErrorKind::TooDeep`]; syntax is
    /// left to the parser.
    pub fn check(&self, bytes: &[u8]) -> Result<(), JsonError> {
        if bytes.len() > self.max_len {
            return Err(JsonError::new(
                alloc::string::String::from("$"),
                JsonErrorKind::TooLarge { len: bytes.len(), max: self.max_len },
            ));
        }
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        for (at, &b) in bytes.iter().enumerate() {
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => {
                    depth += 1;
                    if depth > self.max_depth {
                        let path = super::path::path_at(bytes, at);
                        return Err(JsonError::new(path, JsonErrorKind::TooDeep { at, max: self.max_depth }));
                    }
                }
                b'}' | b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        Ok(())
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self::DEFAULT
    }
}
