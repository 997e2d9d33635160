//! A complete bare-metal program for a Cortex-M4F that uses dns-wire with no
//! heap and no std: it builds a query for `example.com. AAAA` into a stack
//! buffer, then parses a response (here a fixed one, as if it had arrived
//! over the network) and reads its AAAA answer with `data_as::<Aaaa>()`.
//!
//! Build: `cargo build --release` in this folder (the target is set in
//! `.cargo/config.toml`).

#![no_std]
#![no_main]

use cortex_m_rt::entry;
use dns_wire::Message;
use dns_wire::rdata::Aaaa;

/// Returns the first octet of the first AAAA address, or 0 when there is
/// none or the message is malformed.
fn first_aaaa(wire: &[u8]) -> u8 {
    let Ok(msg) = Message::parse(wire) else {
        return 0;
    };
    // `data_as` reads only the type asked for, so the parsers of the other
    // record types are not linked in.
    for rr in msg.answers() {
        if let Ok(Some(a)) = rr.data_as::<Aaaa>() {
            return a.addr.octets()[0];
        }
    }
    0
}

#[entry]
fn main() -> ! {
    dns_wire_firmware::run(first_aaaa)
}
