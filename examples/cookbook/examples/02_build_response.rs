//! Recipe 2: build a response with name compression and EDNS into a stack
//! buffer; nothing is allocated while the message is built.
//!
//! Needs: `dns-wire` (works with `default-features = false`, `no_std`, as
//! here apart from the printing).
//!
//! `cargo run -p protokit-cookbook --example 02_build_response`

use core::fmt::Write;

use dns_wire::build::{OptParams, RecordRef, Transport};
use dns_wire::edns::{EdnsOption, Nsid, write_option};
use dns_wire::iana::Rtype;
use dns_wire::message::Section;
use dns_wire::rdata::{A, Mx, RData};
use dns_wire::text::Hex;
use dns_wire::{Message, MessageBuilder, NameBuf};

/// Builds the query, then the response to it, and writes the response as
/// hex to `out`.
pub fn run(out: &mut String) -> Result<(), Box<dyn std::error::Error>> {
    // Names without a heap: `NameBuf` holds up to 255 octets inline.
    let zone: NameBuf = "example.com.".parse()?;
    let mail: NameBuf = "mail.example.com.".parse()?;

    // A query with EDNS and the DO bit, as a resolver would send it.
    let mut qbuf = [0u8; 512];
    let mut q = MessageBuilder::query(&mut qbuf, 0x1234, &zone.as_name(), Rtype::MX)?;
    q.opt(OptParams { udp_payload_size: 4096, dnssec_ok: true, ..OptParams::default() }, |_| Ok(()))?;
    let query = Message::parse(q.finish())?;

    // The response: ID, opcode, RD and the question come from the query.
    // Over UDP it may fill the smaller of the requestor's size (4096) and
    // the path limit (`Transport::default()`: 1232 octets).
    let mut buf = [0u8; 1232];
    let mut b = MessageBuilder::response(&mut buf, &query, Transport::default())?;
    b.header_mut().set_aa(true); // we are authoritative for example.com
    let mx = RData::Mx(Mx { preference: 10, exchange: mail.as_name() });
    b.record(Section::Answer, &RecordRef::new(zone.as_name(), 3600, mx))?;
    let a = RData::A(A { addr: [192, 0, 2, 25].into() });
    b.record(Section::Additional, &RecordRef::new(mail.as_name(), 3600, a))?;
    // Our OPT record: DO echoed, and an NSID option naming this server.
    let dnssec_ok = query.opt().is_some_and(|o| o.dnssec_ok());
    b.opt(OptParams { dnssec_ok, ..OptParams::default() }, |w| {
        write_option(w, &EdnsOption::Nsid(Nsid { data: b"ns1" }))
    })?;
    let wire = b.finish();

    // Names were compressed: "example.com" is written once, in the question.
    writeln!(out, "{} octets", wire.len())?;
    writeln!(out, "{}", Hex(wire))?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut out = String::new();
    run(&mut out)?;
    print!("{out}");
    Ok(())
}
