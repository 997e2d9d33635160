//! A complete bare-metal program for a Cortex-M4F that uses dns-wire with no
//! heap and no std: it builds a query for `example.com. AAAA` into a stack
//! buffer, then parses a response (here a fixed one, as if it had arrived
//! over the network) and walks its records into their typed form.
//!
//! Build: `cargo build --release` in this folder (the target is set in
//! `.cargo/config.toml`).

#![no_std]
#![no_main]

use core::panic::PanicInfo;

use cortex_m_rt::entry;
use dns_wire::MessageBuilder;
use dns_wire::iana::Rtype;
use dns_wire::rdata::Aaaa;
use dns_wire::{Message, Name};

/// A response to the query below: one AAAA record, with EDNS.
static RESPONSE: &[u8] = b"\x12\x34\x81\x80\x00\x01\x00\x01\x00\x00\x00\x01\
\x07example\x03com\x00\x00\x1c\x00\x01\
\xc0\x0c\x00\x1c\x00\x01\x00\x00\x0e\x10\x00\x10\x20\x01\x0d\xb8\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\
\x00\x00\x29\x04\xd0\x00\x00\x00\x00\x00\x00";

/// Builds the query; returns its length, or 0 if it does not fit.
fn build_query(buf: &mut [u8]) -> usize {
    let mut name_buf = [0u8; 255];
    let Ok(name) = Name::from_text("example.com.", &mut name_buf) else {
        return 0;
    };
    match MessageBuilder::query(buf, 0x1234, &name, Rtype::AAAA) {
        Ok(q) => q.finish().len(),
        Err(_) => 0,
    }
}

/// Parses a response and returns the first octet of the first AAAA
/// address, or 0 when there is none or the message is malformed.
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
    let mut query = [0u8; 512];
    let len = build_query(&mut query);
    let response = core::hint::black_box(RESPONSE);
    let octet = first_aaaa(response);
    core::hint::black_box((len, octet));
    loop {
        core::hint::black_box(());
    }
}

#[panic_handler]
fn panic(_: &PanicInfo<'_>) -> ! {
    loop {
        core::hint::black_box(());
    }
}
