//! Recipe 4: HTTPS RDATA from presentation text to wire form and back,
//! each way in one call.
//!
//! Needs: `dns-wire` and `svcb` (both work with `default-features = false`).
//!
//! `cargo run -p protokit-cookbook --example 04_https_text_wire ['1 . alpn=h2']`

use core::fmt::Write;

use dns_wire::iana::Rtype;
use dns_wire::text::{Hex, rdata_from_text};
use svcb::Svcb;

/// RDATA of an HTTPS record in presentation form (names absolute).
pub const TEXT: &str = "1 svc.example.com. alpn=h2,h3 port=8443 ipv6hint=2001:db8::1";

/// Turns `text` into wire form and back, writing both to `out`.
pub fn run(text: &str, out: &mut String) -> Result<(), Box<dyn std::error::Error>> {
    let mut buf = [0u8; 65535]; // RDATA is at most 65535 octets

    // Text to a typed view over the wire form written into `buf`. Errors
    // name the field and column: `Svcb::from_text(Rtype::HTTPS, "1 . port=x", ..)`
    // is refused at `port`.
    let https = Svcb::from_text(Rtype::HTTPS, text, &mut buf)?;
    writeln!(out, "priority {} target {}", https.priority, https.target)?;
    for param in https.params.iter() {
        writeln!(out, "param {param}")?;
    }
    // Back to text: `Display`, with every value quoted as dnspython does.
    writeln!(out, "text {https}")?;

    // The wire octets themselves: the general form takes any type, with the
    // extension list that knows it (dns-wire's own types need none:
    // `dns_wire::ext::Extensions::NONE`).
    let wire = rdata_from_text(Rtype::HTTPS, svcb::EXTENSIONS, text, &mut buf)?;
    writeln!(out, "wire {}", Hex(wire))?;
    // And wire to text again, for any type the list knows.
    writeln!(out, "again {}", svcb::EXTENSIONS.display(Rtype::HTTPS, wire))?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = std::env::args().nth(1).unwrap_or_else(|| TEXT.to_owned());
    let mut out = String::new();
    run(&text, &mut out)?;
    print!("{out}");
    Ok(())
}
