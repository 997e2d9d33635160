//! Reading everything a parsed message holds, the way an application does.

use core::fmt::Write as _;

use dns_wire::Message;

use crate::ALL;

/// Parses `wire` as a message and reads every part of it typed: questions,
/// every record's RDATA (through [`ALL`]) and its text, the EDNS options.
/// Returns the number of records, or `None` when the message is refused.
///
/// ```
/// assert_eq!(protokit_fuzz::walk::message(b"\0\0"), None);
/// ```
pub fn message(wire: &[u8]) -> Option<usize> {
    let msg = Message::parse(wire).ok()?;
    let mut sink = String::new();
    for q in msg.questions() {
        let _ = write!(sink, "{q}");
    }
    let mut n = 0;
    for (_, rr) in msg.records() {
        n += 1;
        let _ = write!(sink, "{rr}");
        if let Ok(data) = rr.data_with(ALL) {
            let _ = write!(sink, "{data}");
        }
        let _ = rr.data();
    }
    if let Some(opt) = msg.opt() {
        for option in opt.typed_options() {
            let _ = write!(sink, "{option:?}");
        }
    }
    let _ = msg.check_rdata_with(ALL);
    let _ = msg.rcode();
    let _ = msg.udp_payload_size();
    Some(n)
}
