//! `protokit zone verify [FILE] --origin NAME [--now YYYYMMDDHHMMSS]
//! [--threads N]` and `protokit zone digest FILE --origin NAME
//! [--algorithm sha384|sha512] [--verify]`: DNSSEC and ZONEMD
//! verification of a whole zone with the `dnssec` crate.
//!
//! `verify` prints one line per problem, `<owner> <type> EDE=<code>
//! <reason>`, then `ok: <n> RRsets, <m> signatures verified` or `bogus: <k>
//! problems`, and exits 0 only when the zone verifies (1 otherwise). With
//! no FILE it checks the signed zone bundled in the binary
//! (`data/example.test.signed.zone`, origin `example.test.`).

use std::io::Write;
use std::process::ExitCode;

use dns_wire::name::NameBuf;
use dns_wire::owned::ZoneStore;
use dns_wire::text::ZoneFile;
use dnssec::crypto::RingCrypto;
use dnssec::zone::verify::{Options, verify_zone};
use dnssec::zonemd::{HashAlgorithm, verify_zonemd, zone_digest};

use crate::error::Error;

/// The signed zone `zone verify` checks with no FILE.
const BUNDLED_ZONE: &str = include_str!("../data/example.test.signed.zone");
/// Its origin.
const BUNDLED_ORIGIN: &str = "example.test.";

/// The most records a zone may have here: 200 million (a .com-size zone
/// has about 160 million).
const MAX_RECORDS: u64 = 200_000_000;
/// The most octets of wire form a zone may have here: 32 GiB.
const MAX_OCTETS: u64 = 32 << 30;

/// Verify the DNSSEC signatures, denial chain and ZONEMD of a whole zone.
#[derive(clap::Args)]
#[command(
    args_override_self = true,
    after_help = concat!("Prints one line per problem, `<owner> <type> EDE=<code> <reason>` (RFC 8914 codes), then
`ok: <n> RRsets, <m> signatures verified` or `bogus: <k> problems`. Exits 0 only when the
zone verifies, 1 when it does not, 2 when it cannot be read. Every algorithm of the apex
DNSKEY set must sign every authoritative RRset (RFC 4035 section 2.2). With no FILE, the
signed zone bundled in protokit (example.test., ldns, Ed25519, NSEC, ZONEMD) is checked.

Post-quantum zones: plain SLH-DSA and ML-DSA-44 RRSIGs and MTL ones are verified; the
ladders of the zone's full MTL signatures (the apex SOA and DNSKEY RRSIGs) are verified
once and cached, and every condensed signature is checked against them (one without a
ladder is EDE=5, with the full signature to fetch). --algorithm NAME[=NUMBER] maps an
algorithm number to a scheme (repeatable).
",
        pqc_algorithms_help!(),
        "
Examples:
  protokit zone verify
  protokit zone verify example.test.signed --origin example.test. --now 20270101000000
  protokit zone verify tld.signed --origin tld --threads 4
  protokit zone verify tld.mtl.signed --origin tld --algorithm slh-dsa-mtl-sha2-128s=200")
)]
pub struct Verify {
    /// The signed zone file [default: the bundled example.test. zone]
    file: Option<String>,
    /// The zone's origin (an absolute name) [default with no FILE: example.test.]
    #[arg(long, value_name = "NAME")]
    origin: Option<String>,
    /// The time to verify at, UTC [default: now]
    #[arg(long, value_name = "YYYYMMDDHHMMSS")]
    now: Option<String>,
    /// Threads checking signatures [default: the number of cores]
    #[arg(long, value_name = "N")]
    threads: Option<String>,
    /// A post-quantum algorithm and the number it has in the zone; repeatable
    #[arg(long = "algorithm", value_name = "NAME[=NUMBER]")]
    algorithms: Vec<String>,
}

/// Compute a zone's ZONEMD digest (RFC 8976, SIMPLE), or verify its ZONEMD records.
#[derive(clap::Args)]
#[command(
    args_override_self = true,
    after_help = "Prints the ZONEMD RDATA computed (serial, scheme 1, hash algorithm, digest in hex).
With --verify, checks the zone's apex ZONEMD records instead: prints `ok: ZONEMD <serial>
<algorithm> verifies` and exits 0 when one verifies, else `bogus: <reason>` and exits 1.

Examples:
  protokit zone digest example.zone --origin example.
  protokit zone digest example.zone --origin example. --algorithm sha512
  protokit zone digest example.zone --origin example. --verify"
)]
pub struct Digest {
    /// The zone file
    file: String,
    /// The zone's origin (an absolute name)
    #[arg(long, value_name = "NAME")]
    origin: String,
    /// The hash algorithm: sha384 or sha512 [default: sha384]
    #[arg(long, value_name = "ALG")]
    algorithm: Option<String>,
    /// Verify the zone's ZONEMD records instead of printing a digest
    #[arg(long)]
    verify: bool,
}

/// Reads the zone file `file` (or the bundled zone) into a sorted store.
fn load(file: Option<&str>, origin: &NameBuf) -> Result<ZoneStore, Error> {
    let (name, mut zone) = match file {
        Some(f) => (f.to_string(), ZoneFile::open(f).map_err(|e| Error::io(format!("zone: {f}"), e))?),
        None => (
            "bundled zone".to_string(),
            ZoneFile::from_reader(BUNDLED_ZONE.as_bytes()).map_err(|e| Error::io("zone: bundled zone", e))?,
        ),
    };
    zone = zone.with_extensions(crate::ext::ALL).with_origin(*origin);
    let mut store = ZoneStore::new().with_limits(MAX_RECORDS, MAX_OCTETS).with_extensions(crate::ext::ALL);
    store.extend_from_zone_file(&mut zone).map_err(|source| Error::Zone { file: name, source })?;
    store.shrink_to_fit();
    store.sort_canonical();
    Ok(store)
}

fn origin_arg(text: &str) -> Result<NameBuf, Error> {
    text.parse().map_err(|source| Error::Name { command: "zone", arg: "--origin".into(), source })
}

/// `YYYYMMDDHHMMSS` (UTC) as seconds since 1970.
fn parse_time(text: &str) -> Option<u64> {
    if text.len() != 14 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<u64>().ok());
    let (y, mo, d, h, mi, s) = (num(0..4)?, num(4..6)?, num(6..8)?, num(8..10)?, num(10..12)?, num(12..14)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let days_in_month = *month_days.get(usize::try_from(mo).ok()?.checked_sub(1)?)?;
    if y < 1970 || d == 0 || d > days_in_month || h > 23 || mi > 59 || s > 59 {
        return None;
    }
    let is_leap = |y: u64| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let mut days: u64 = (1970..y).map(|y| if is_leap(y) { 366 } else { 365 }).sum();
    days += month_days.iter().take(usize::try_from(mo - 1).ok()?).sum::<u64>();
    days += d - 1;
    Some(days * 86_400 + h * 3600 + mi * 60 + s)
}

/// Seconds since 1970 as RRSIG times count them: modulo 2^32 (RFC 4034
/// section 3.1.5, serial arithmetic).
fn rrsig_time(secs: u64) -> u32 {
    u32::try_from(secs & 0xFFFF_FFFF).unwrap_or(u32::MAX)
}

pub fn run_verify(args: Verify) -> Result<ExitCode, Error> {
    let Verify { file, origin, now, threads, algorithms } = args;
    let table = crate::mtl::pqc_algorithms("zone verify", &algorithms)?;
    let origin = match (&origin, &file) {
        (Some(o), _) => origin_arg(o)?,
        (None, None) => origin_arg(BUNDLED_ORIGIN)?,
        (None, Some(_)) => {
            return Err(Error::Usage { command: "zone verify", why: "--origin NAME is needed with a FILE" });
        }
    };
    let now = match now {
        Some(t) => parse_time(&t).ok_or(Error::NotANumber {
            command: "zone verify",
            arg: "--now",
            value: t,
            expected: "a UTC time as YYYYMMDDHHMMSS",
        })?,
        None => {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
        }
    };
    let threads = match threads {
        Some(n) => n.parse::<usize>().ok().filter(|n| *n > 0).ok_or(Error::NotANumber {
            command: "zone verify",
            arg: "--threads",
            value: n,
            expected: "a number of threads (1 or more)",
        })?,
        None => std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
    };
    let store = load(file.as_deref(), &origin)?;
    let crypto = crate::mtl::zone_crypto(&store, &origin, table);
    let report = verify_zone(
        &crypto,
        store.records(),
        &origin.as_name(),
        rrsig_time(now),
        &Options::new().with_threads(threads),
    );
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let write = |out: &mut std::io::BufWriter<_>, line: String| {
        writeln!(out, "{line}").map_err(|e| Error::io("zone verify", e))
    };
    for problem in &report.problems {
        write(&mut out, problem.to_string())?;
    }
    if report.is_ok() {
        write(&mut out, format!("ok: {} RRsets, {} signatures verified", report.rrsets, report.signatures))?;
    } else {
        write(&mut out, format!("bogus: {} problems", report.problems.len()))?;
    }
    out.flush().map_err(|e| Error::io("zone verify", e))?;
    Ok(if report.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

pub fn run_digest(args: Digest) -> Result<ExitCode, Error> {
    let Digest { file, origin, algorithm, verify } = args;
    let algorithm = match algorithm.as_deref() {
        None | Some("sha384") => HashAlgorithm::Sha384,
        Some("sha512") => HashAlgorithm::Sha512,
        Some(_) => return Err(Error::Usage { command: "zone digest", why: "--algorithm is sha384 or sha512" }),
    };
    let origin = origin_arg(&origin)?;
    let store = load(Some(&file), &origin)?;
    if verify {
        return Ok(match verify_zonemd(&RingCrypto, store.records(), &origin.as_name()) {
            Ok(v) => {
                println!("ok: ZONEMD {} {} verifies", v.serial, v.algorithm);
                ExitCode::SUCCESS
            }
            Err(e) => {
                println!("bogus: {e}");
                ExitCode::from(1)
            }
        });
    }
    match zone_digest(&RingCrypto, store.records(), &origin.as_name(), algorithm) {
        Ok(d) => {
            println!("{d}");
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            println!("error: {e}");
            Ok(ExitCode::from(1))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_utc() {
        assert_eq!(parse_time("19700101000000"), Some(0));
        assert_eq!(parse_time("20270101000000"), Some(1_798_761_600));
        assert_eq!(parse_time("20000229120000"), Some(951_825_600));
        for bad in ["2027010100000", "20270230000000", "20271301000000", "20270101240000", "1969123123595x"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
        // 2106 wraps in RRSIG time (modulo 2^32).
        assert_eq!(rrsig_time(1 << 32), 0);
    }
}
