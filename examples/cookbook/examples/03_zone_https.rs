//! Recipe 3: read a zone (embedded text, or a file named on the command
//! line) holding an HTTPS record, and get every record typed, HTTPS
//! included, through svcb's ready-made extension list.
//!
//! Needs: `dns-wire` and `svcb` (both work with `default-features = false`;
//! reading a file needs `std`).
//!
//! `cargo run -p protokit-cookbook --example 03_zone_https [ZONEFILE]`

use core::fmt::Write;
use std::io::Read;

use dns_wire::ext::RDataWith;
use dns_wire::rdata::RData;
use dns_wire::text::{Entry, ZoneReader};
use svcb::Svcb;

/// A small zone with an HTTPS record (RFC 9460 section 1.1's use).
pub const ZONE: &str = "\
$ORIGIN example.com.
$TTL 3600
@     IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 300
      IN NS  ns1
ns1   IN A   192.0.2.53
www   IN A   192.0.2.80
www   IN HTTPS 1 . alpn=h3,h2 port=8443 ipv4hint=192.0.2.80
";

/// The largest zone file this recipe reads (the reader itself works one
/// entry at a time and needs no limit; this caps the copy into memory).
const MAX_FILE: u64 = 16 << 20;

/// Reads `zone` and writes one line per record to `out`.
pub fn run(zone: &str, out: &mut String) -> Result<(), Box<dyn std::error::Error>> {
    // `with_extensions` lets the reader parse and check HTTPS/SVCB text;
    // without it, `HTTPS 1 . alpn=h2` is an error naming the svcb crate.
    let mut reader = ZoneReader::new(zone.as_bytes()).with_extensions(svcb::EXTENSIONS);
    // Each record's wire form is written into this buffer (no heap).
    let mut buf = [0u8; 65535 + 255]; // the largest RDATA and owner name
    while let Some(entry) = reader.next_entry(&mut buf)? {
        let Entry::Record(rr) = entry else { continue };
        // `data_with` types dns-wire's own types and those of the list.
        match rr.data_with(svcb::EXTENSIONS)? {
            RDataWith::Builtin(RData::A(a)) => writeln!(out, "{} address {}", rr.owner, a.addr)?,
            RDataWith::Ext(ext) => match ext.data_as::<Svcb>()? {
                // Downcast to svcb's view, then read typed parameters. (Or
                // in one step, as for any `RecordData` type:
                // `rr.data_as::<Svcb>()?`.)
                Some(https) => {
                    let alpn = https.params.alpn().map(|a| a.to_string()).unwrap_or_default();
                    let port = https.params.port().unwrap_or(443);
                    let (owner, rtype, priority) = (rr.owner, rr.rtype, https.priority);
                    writeln!(out, "{owner} {rtype} priority {priority} alpn {alpn} port {port}")?;
                }
                None => writeln!(out, "{} {}", rr.owner, ext)?,
            },
            // Every other type, typed too; `Display` is its presentation.
            other => writeln!(out, "{} {} {}", rr.owner, other.rtype(), other)?,
        }
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let zone = match std::env::args().nth(1) {
        None => ZONE.to_owned(),
        Some(path) => {
            let mut text = String::new();
            std::fs::File::open(&path)?.take(MAX_FILE + 1).read_to_string(&mut text)?;
            if text.len() as u64 > MAX_FILE {
                return Err(format!("{path}: larger than {MAX_FILE} octets").into());
            }
            text
        }
    };
    let mut out = String::new();
    run(&zone, &mut out)?;
    print!("{out}");
    Ok(())
}
