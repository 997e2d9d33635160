//! The firmware of `src/main.rs` with the all-types RDATA parser linked in:
//! every answer is read with `Record::data()`, which types the RDATA of
//! every record type dns-wire knows, so the `.text` of this program is what
//! a device pays for reading any record.
//!
//! Build: `cargo build --release` in this folder builds both programs.

#![no_std]
#![no_main]

use cortex_m_rt::entry;
use dns_wire::Message;
use dns_wire::rdata::RData;

/// Returns the first octet of the first AAAA address, or 0 when there is
/// none or the message is malformed; every answer is typed on the way.
fn first_aaaa(wire: &[u8]) -> u8 {
    let Ok(msg) = Message::parse(wire) else {
        return 0;
    };
    for rr in msg.answers() {
        if let Ok(RData::Aaaa(a)) = rr.data() {
            return a.addr.octets()[0];
        }
    }
    0
}

#[entry]
fn main() -> ! {
    dns_wire_firmware::run(first_aaaa)
}
