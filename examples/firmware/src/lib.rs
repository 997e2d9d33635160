//! What the two firmware programs share: the query they build, the response
//! they parse (fixed here, as if it had arrived over the network) and the
//! panic handler. `src/main.rs` reads the AAAA answer with
//! `Record::data_as::<Aaaa>()`, which links in the AAAA parser only;
//! `src/bin/all-types.rs` reads every record with `Record::data()`, which
//! links in the parser of every record type dns-wire knows. CI prints the
//! `.text` size of both.

#![no_std]

use core::panic::PanicInfo;

use dns_wire::MessageBuilder;
use dns_wire::Name;
use dns_wire::iana::Rtype;

/// A response to the query below: one AAAA record, with EDNS.
pub static RESPONSE: &[u8] = b"\x12\x34\x81\x80\x00\x01\x00\x01\x00\x00\x00\x01\
\x07example\x03com\x00\x00\x1c\x00\x01\
\xc0\x0c\x00\x1c\x00\x01\x00\x00\x0e\x10\x00\x10\x20\x01\x0d\xb8\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\
\x00\x00\x29\x04\xd0\x00\x00\x00\x00\x00\x00";

/// Builds the query for `example.com. AAAA`; returns its length, or 0 if
/// it does not fit.
pub fn build_query(buf: &mut [u8]) -> usize {
    let mut name_buf = [0u8; 255];
    let Ok(name) = Name::from_text("example.com.", &mut name_buf) else {
        return 0;
    };
    match MessageBuilder::query(buf, 0x1234, &name, Rtype::AAAA) {
        Ok(q) => q.finish().len(),
        Err(_) => 0,
    }
}

/// Builds the query, then hands the response (through `black_box`, so the
/// compiler cannot read it ahead of time) to `parse`, and never returns.
#[inline(always)]
pub fn run(parse: impl FnOnce(&[u8]) -> u8) -> ! {
    let mut query = [0u8; 512];
    let len = build_query(&mut query);
    let response = core::hint::black_box(RESPONSE);
    let octet = parse(response);
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
