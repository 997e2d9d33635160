//! [`Arbitrary`] for the model's owned types (feature `arbitrary`): valid
//! values for structured fuzzing, so that a target spends its time writing
//! and reading back rather than in serde's refusals.
//!
//! Most types derive it: any value of their fields is valid. By hand here,
//! because not every value of their fields is: a [`Timestamp`] is RFC 3339
//! text (digits drawn at random, as the syntax check allows); a [`Period`]
//! is 1 to 99; a [`Response`]'s status is 100 to 599; problem details'
//! extension members never take the name of a member the type has (nor
//! `@type`, which would make the body read as an object); and JSON values
//! (patch `value` and `match`, extension members) are at most four levels
//! deep, four members or elements a level, numbers finite.
//!
//! ```
//! use arbitrary::{Arbitrary, Unstructured};
//! use rpp_model::http::Message;
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let noise: Vec<u8> = (0..512u32).map(|i| (i * 37 % 251) as u8).collect();
//! let message = Message::arbitrary(&mut Unstructured::new(&noise))?;
//! let json = message.to_json();
//! assert_eq!(Message::from_json(&json, &rpp_model::json::Limits::DEFAULT)?, message);
//! # Ok(()) }
//! ```

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use arbitrary::{Arbitrary, Result, Unstructured};
use serde_json::Value;

use crate::http::{Body, Response};
use crate::object::tag::PeriodTag;
use crate::{Period, PeriodUnit, ProblemDetail, ProblemError, Timestamp};

/// How deep a generated JSON value nests, at most.
const VALUE_DEPTH: u32 = 4;
/// Members of a generated JSON object or elements of an array, at most.
const VALUE_WIDTH: usize = 4;

/// An optional JSON value (patch `value` and `match`).
pub(crate) fn json_value_opt(u: &mut Unstructured<'_>) -> Result<Option<Value>> {
    if u.arbitrary()? { json_value(u, VALUE_DEPTH).map(Some) } else { Ok(None) }
}

/// A JSON value nested at most `depth` levels: null, a boolean, a number
/// (unsigned, negative or a finite float), a string, an array or an object.
fn json_value(u: &mut Unstructured<'_>, depth: u32) -> Result<Value> {
    let kinds = if depth == 0 { 6 } else { 8 };
    Ok(match u.choose_index(kinds)? {
        0 => Value::Null,
        1 => Value::Bool(u.arbitrary()?),
        2 => Value::from(u.arbitrary::<u64>()?),
        3 => Value::from(u.int_in_range(i64::MIN..=-1)?),
        4 => {
            let f: f64 = u.arbitrary()?;
            serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
        }
        5 => Value::String(u.arbitrary()?),
        6 => {
            let n = u.int_in_range(0..=VALUE_WIDTH)?;
            Value::Array((0..n).map(|_| json_value(u, depth - 1)).collect::<Result<_>>()?)
        }
        _ => Value::Object(members(u, depth - 1, &[])?.into_iter().collect()),
    })
}

/// Up to [`VALUE_WIDTH`] members, their values nested at most `depth`
/// levels, none named as one of `taken` or `@type`.
fn members(u: &mut Unstructured<'_>, depth: u32, taken: &[&str]) -> Result<BTreeMap<String, Value>> {
    let mut map = BTreeMap::new();
    for _ in 0..u.int_in_range(0..=VALUE_WIDTH)? {
        let key: String = u.arbitrary()?;
        if key != "@type" && !taken.contains(&key.as_str()) {
            map.insert(key, json_value(u, depth)?);
        }
    }
    Ok(map)
}

/// `n` ASCII digits.
fn digits(u: &mut Unstructured<'_>, out: &mut String, n: usize) -> Result<()> {
    for _ in 0..n {
        out.push(char::from(b'0' + u.int_in_range(0..=9u8)?));
    }
    Ok(())
}

impl<'a> Arbitrary<'a> for Timestamp {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let mut s = String::new();
        digits(u, &mut s, 4)?;
        s.push('-');
        digits(u, &mut s, 2)?;
        s.push('-');
        digits(u, &mut s, 2)?;
        if u.arbitrary()? {
            s.push(if u.arbitrary()? { 'T' } else { 't' });
            digits(u, &mut s, 2)?;
            s.push(':');
            digits(u, &mut s, 2)?;
            s.push(':');
            digits(u, &mut s, 2)?;
            if u.arbitrary()? {
                s.push('.');
                let n = u.int_in_range(1..=9)?;
                digits(u, &mut s, n)?;
            }
            match u.choose_index(4)? {
                0 => s.push('Z'),
                1 => s.push('z'),
                sign => {
                    s.push(if sign == 2 { '+' } else { '-' });
                    digits(u, &mut s, 2)?;
                    s.push(':');
                    digits(u, &mut s, 2)?;
                }
            }
        }
        s.parse().map_err(|_| arbitrary::Error::IncorrectFormat)
    }
}

impl<'a> Arbitrary<'a> for Period {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Period { tag: PeriodTag, value: u.int_in_range(1..=99)?, unit: PeriodUnit::arbitrary(u)? })
    }
}

impl<'a> Arbitrary<'a> for Response {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(Response {
            status: u.int_in_range(100..=599)?,
            headers: u.arbitrary()?,
            body: Option::<Body>::arbitrary(u)?,
        })
    }
}

impl<'a> Arbitrary<'a> for ProblemDetail {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(ProblemDetail {
            kind: u.arbitrary()?,
            title: u.arbitrary()?,
            status: u.arbitrary()?,
            detail: u.arbitrary()?,
            errors: u.arbitrary::<Vec<ProblemError>>()?,
            extensions: members(u, VALUE_DEPTH - 1, &["type", "title", "status", "detail", "errors"])?,
        })
    }
}

impl<'a> Arbitrary<'a> for ProblemError {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(ProblemError {
            kind: u.arbitrary()?,
            result: u.arbitrary()?,
            paths: u.arbitrary()?,
            reason: u.arbitrary()?,
            extensions: members(u, VALUE_DEPTH - 1, &["type", "result", "paths", "reason"])?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::Message;
    use crate::json::{self, Limits};
    use crate::{Organisation, User};

    /// Noise from a seed (a linear congruential generator), `len` octets.
    fn noise(seed: u64, len: usize) -> Vec<u8> {
        let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
        (0..len)
            .map(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                x.to_be_bytes()[0]
            })
            .collect()
    }

    /// Every generated message, organisation and user is valid: written, it
    /// reads back equal (what `fuzz/`'s `rpp_arbitrary` asserts). Bodies of
    /// every kind must come up, so the generator is not stuck on one.
    #[test]
    fn generated_values_read_back_equal() {
        let mut kinds = [0usize; 9];
        for seed in 0..3000u64 {
            let data = noise(seed, 64 + usize::try_from(seed % 2000).unwrap());
            let mut u = Unstructured::new(&data);
            let Ok(message) = Message::arbitrary(&mut u) else { continue };
            let body = match &message {
                Message::Request(r) => r.body.as_ref(),
                Message::Response(r) => r.body.as_ref(),
            };
            kinds[match body {
                None => 0,
                Some(Body::Domain(_)) => 1,
                Some(Body::Contact(_)) => 2,
                Some(Body::Host(_)) => 3,
                Some(Body::Patch(_)) => 4,
                Some(Body::Renew(_)) => 5,
                Some(Body::Transfer(_)) => 6,
                Some(Body::Restore(_)) => 7,
                Some(Body::Problem(_)) => 8,
            }] += 1;
            let text = message.to_json();
            let again = Message::from_json(&text, &Limits::DEFAULT);
            assert_eq!(again.as_ref(), Ok(&message), "{}", String::from_utf8_lossy(&text));
            if let Ok(o) = Organisation::arbitrary(&mut u) {
                assert_eq!(json::from_slice::<Organisation>(&json::to_vec(&o)), Ok(o));
            }
            if let Ok(user) = User::arbitrary(&mut u) {
                assert_eq!(json::from_slice::<User>(&json::to_vec(&user)), Ok(user));
            }
        }
        assert!(kinds.iter().all(|&n| n > 10), "bodies by kind: {kinds:?}");
    }
}
