//! [`Arbitrary`] for [`Document<'static>`](crate::Document) (feature
//! `arbitrary`): valid EPP documents for structured fuzzing, so that a
//! target spends its time writing and reading back rather than in the
//! XML tokenizer's refusals.
//!
//! Generated: `<hello/>`, and commands (`logout`, `poll` request and
//! acknowledgement, domain and host `check` and `info`), with or without a
//! client transaction id. Names are valid host names; the transaction and
//! message ids are tokens drawn from letters, digits, XML's special
//! characters (`<`, `>`, `&`, `"`, `'`) and non-ASCII text, to try the
//! writer's escaping.
//!
//! ```
//! use arbitrary::{Arbitrary, Unstructured};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let noise = [3u8; 64];
//! let doc = epp_model::Document::arbitrary(&mut Unstructured::new(&noise))?;
//! let mut xml = Vec::new();
//! epp_model::write(&doc, &mut xml);
//! assert_eq!(epp_model::parse(&xml)?, doc);
//! # Ok(()) }
//! ```

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

use arbitrary::{Arbitrary, Result, Unstructured};

use crate::Document;
use crate::command::{Check, Command, CommandKind, Info, Poll};
use crate::{domain, host};

/// The characters of generated tokens.
const TOKEN: &[char] = &['a', 'Z', '0', '9', '-', '.', '_', '<', '>', '&', '"', '\'', 'é', '€', '名'];

/// What to generate.
#[derive(Arbitrary)]
enum Shape {
    Hello,
    Logout,
    PollRequest,
    PollAck,
    DomainCheck(u8),
    HostCheck(u8),
    DomainInfo(u8),
    HostInfo,
}

/// A token of `min..=max` characters from [`TOKEN`].
fn token(u: &mut Unstructured<'_>, min: usize, max: usize) -> Result<Cow<'static, str>> {
    let n = u.int_in_range(min..=max)?;
    let mut s = String::new();
    for _ in 0..n {
        s.push(*u.choose(TOKEN)?);
    }
    Ok(Cow::Owned(s))
}

/// A host name: one to four labels of letters, digits and inner hyphens.
fn host_name(u: &mut Unstructured<'_>) -> Result<Cow<'static, str>> {
    let labels = u.int_in_range(2..=5)?;
    let mut s = String::new();
    for i in 0..labels {
        if i > 0 {
            s.push('.');
        }
        let len = u.int_in_range(1..=12)?;
        for j in 0..len {
            let edge = j == 0 || j + 1 == len;
            let set: &[char] = if edge { &['a', 'b', 'x', 'z', '0', '7'] } else { &['a', 'q', 'z', '1', '-'] };
            s.push(*u.choose(set)?);
        }
    }
    Ok(Cow::Owned(s))
}

fn names(u: &mut Unstructured<'_>, count: u8) -> Result<Vec<Cow<'static, str>>> {
    (0..=count % 5).map(|_| host_name(u)).collect()
}

impl<'a> Arbitrary<'a> for Document<'static> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let kind = match Shape::arbitrary(u)? {
            Shape::Hello => return Ok(Document::Hello),
            Shape::Logout => CommandKind::Logout,
            Shape::PollRequest => CommandKind::Poll(Poll::Request),
            Shape::PollAck => CommandKind::Poll(Poll::Ack { msg_id: token(u, 1, 16)? }),
            Shape::DomainCheck(n) => CommandKind::Check(Check::Domain(domain::DomainCheck { names: names(u, n)? })),
            Shape::HostCheck(n) => CommandKind::Check(Check::Host(host::HostCheck { names: names(u, n)? })),
            Shape::DomainInfo(h) => {
                let hosts = [
                    None,
                    Some(domain::DomainHosts::All),
                    Some(domain::DomainHosts::Del),
                    Some(domain::DomainHosts::None),
                    Some(domain::DomainHosts::Sub),
                ];
                let hosts = hosts.get(usize::from(h % 5)).copied().flatten();
                CommandKind::Info(Info::Domain(domain::DomainInfo { name: host_name(u)?, hosts, auth_info: None }))
            }
            Shape::HostInfo => CommandKind::Info(Info::Host(host::HostInfo { name: host_name(u)? })),
        };
        let cl_trid = if u.arbitrary()? { Some(token(u, 3, 64)?) } else { None };
        Ok(Document::Command(Command { kind, extensions: Vec::new(), cl_trid }))
    }
}
