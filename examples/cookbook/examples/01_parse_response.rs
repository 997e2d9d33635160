//! Recipe 1: parse a DNS response given as hex (the form `protokit message`
//! prints) and print its answers and its EDNS: UDP payload size, DO bit and
//! options.
//!
//! Needs: `dns-wire` (parsing works with `default-features = false`; this
//! recipe prints with `std`).
//!
//! `cargo run -p protokit-cookbook --example 01_parse_response [HEX]`

use core::fmt::Write;

use dns_wire::Message;
use dns_wire::text::hex_decode;

/// The response that recipe 2 builds: `example.com. MX` answered with
/// `10 mail.example.com.`, glue for it, and an OPT record with DO and NSID.
pub const RESPONSE_HEX: &str = "123485000001000100000002076578616d706c6503636f6d00000f0001\
     c00c000f000100000e100009000a046d61696cc00cc02b0001000100000e100004c0000219\
     00002904d0000080000007000300036e7331";

/// Parses `hex` and writes what it holds to `out`.
pub fn run(hex: &str, out: &mut String) -> Result<(), Box<dyn std::error::Error>> {
    // Hex to octets in a stack buffer (a DNS message is at most 65535
    // octets; `hex_decode` refuses more than the buffer holds).
    let mut buf = [0u8; 65535];
    let wire = hex_decode(hex.trim(), &mut buf)?;

    // One call checks the whole message; afterwards walking it cannot fail.
    let msg = Message::parse(wire)?;
    let h = msg.header();
    writeln!(out, "id {} rcode {} aa {} tc {}", h.id(), msg.rcode(), h.aa(), h.tc())?;
    for q in msg.questions() {
        writeln!(out, "question {q}")?;
    }
    for rr in msg.answers() {
        // `Display` is the presentation form; `rr.data()?` gives the typed
        // RDATA (`RData::Mx(..)`), `rr.data_with(svcb::EXTENSIONS)` also
        // types HTTPS and SVCB.
        writeln!(out, "answer {rr}")?;
    }

    // EDNS: the OPT pseudo-record, if any. No bit fiddling: `Opt` has
    // `udp_payload_size`, `dnssec_ok`, `extended_rcode`, `version`.
    match msg.opt() {
        None => writeln!(out, "no EDNS")?,
        Some(opt) => {
            writeln!(out, "EDNS version {} udp {} do {}", opt.version(), opt.udp_payload_size(), opt.dnssec_ok())?;
            // Each option typed (NSID, COOKIE, EDE, ...); malformed ones
            // are errors naming their offset.
            for option in opt.typed_options() {
                writeln!(out, "option {}", option?)?;
            }
        }
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let hex = std::env::args().nth(1).unwrap_or_else(|| RESPONSE_HEX.to_owned());
    let mut out = String::new();
    run(&hex, &mut out)?;
    print!("{out}");
    Ok(())
}
