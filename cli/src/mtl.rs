//! `protokit mtl verify`: check MTL-mode signatures (SLH-DSA-MTL,
//! ML-DSA-MTL), one check a line.
//!
//! Input: on stdin, `SCHEME<TAB>PUBLIC_KEY_HEX<TAB>MESSAGE_HEX<TAB>
//! SIGNATURE_HEX<TAB>LADDER_HEX` a line. SCHEME is the reference library's
//! name; PUBLIC_KEY_HEX is SID || underlying public key (the vectors'
//! `mtlkeygen_public_key_hex`); SIGNATURE_HEX a condensed or full signature
//! in the library form (condensed || signed ladder), or in the DNSSEC RRSIG
//! form with its leading type octet; LADDER_HEX a signed ladder (the
//! vectors' `signed_ladder_hex`) for a condensed signature, `-` for a full
//! one. Output: one answer a line, `valid`, `invalid: <the check that
//! failed>` or `error: <why the line cannot be read>`. Exit 0 when every
//! line was read; 2 (with `protokit: <error>` on stderr) when a line is over
//! its limit or the input over its total.

use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;

use dns_wire::iana::{Rtype, SecAlg};
use dns_wire::name::NameBuf;
use dns_wire::owned::ZoneStore;
use dns_wire::text::hex_decode_vec;
use dnssec::crypto::{PqcAlgorithm, PqcAlgorithms, PqcCrypto, RingCrypto};
use dnssec::mtl::{self, MtlError, PublicKey, Scheme, Signature, SignedLadder, VerifiedLadder};

use crate::error::{Error, LineError};
use crate::input::Lines;

/// The longest line: 1 MiB (a full SLH-DSA-MTL signature is about 16,000 hex
/// digits, an RRset's signed data at most 131,070).
const MAX_MTL_LINE: usize = 1 << 20;
/// The most input read in all: 256 MiB, some 8,000 full signatures.
const MAX_MTL_INPUT: usize = 256 << 20;
/// The most verified ladders kept between lines (a batch's condensed
/// signatures share one ladder, verified once).
const LADDER_CACHE: usize = 64;

/// MTL-mode signatures: verify them.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  protokit mtl verify < checks.tsv")]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    Verify(VerifyArgs),
}

/// Verify MTL signatures read from stdin, one check a line.
#[derive(clap::Args)]
#[command(after_help = "Stdin has one check a line, five fields separated by tabs:
  SCHEME  PUBLIC_KEY_HEX  MESSAGE_HEX  SIGNATURE_HEX  LADDER_HEX
SCHEME is the reference library's name (SLH-DSA-MTL-SHA2-128S,
SLH-DSA-MTL-SHAKE-128S, ML-DSA-44-MTL-SHAKE-128, SLH-DSA-SHA2-128S-MTL-SHA2-128,
SLH-DSA-SHAKE-128S-MTL-SHAKE-128); PUBLIC_KEY_HEX is SID || underlying key;
SIGNATURE_HEX a condensed or full signature (library form, or the DNSSEC RRSIG
form with its type octet); LADDER_HEX the signed ladder, `-` for a full
signature. Prints one answer a line: `valid`, `invalid: <the check that
failed>`, or `error: <why the line cannot be read>`. Exits 0 when every line
was read; a line over 1 MiB or input over 256 MiB stops it (exit 2).

Examples:
  protokit mtl verify < checks.tsv
  printf 'ML-DSA-44-MTL-SHAKE-128\\t%s\\t%s\\t%s\\t-\\n' \"$KEY\" \"$MSG\" \"$SIG\" | protokit mtl verify")]
pub struct VerifyArgs {}

pub fn run(args: Args) -> Result<ExitCode, Error> {
    match args.command {
        Command::Verify(VerifyArgs {}) => verify(),
    }
}

fn verify() -> Result<ExitCode, Error> {
    let io = |e| Error::io("mtl verify", e);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut lines = Lines::new(std::io::stdin().lock(), MAX_MTL_LINE);
    let mut cache = Cache::default();
    let mut total = 0usize;
    loop {
        let line = match lines.next_line() {
            Ok(Some(line)) => line,
            Ok(None) => break,
            Err(LineError::NotUtf8) => {
                writeln!(out, "error: {}", LineError::NotUtf8).map_err(io)?;
                continue;
            }
            Err(source) => return Err(Error::Line { command: "mtl verify", input: "stdin".into(), source }),
        };
        total = total.saturating_add(line.len() + 1);
        if total > MAX_MTL_INPUT {
            return Err(Error::TooLarge { input: "stdin".into(), limit: MAX_MTL_INPUT, what: "the mtl verify limit" });
        }
        match check(line, &mut cache) {
            Answer::Valid => writeln!(out, "valid"),
            Answer::Invalid(e) => writeln!(out, "invalid: {e}"),
            Answer::Unreadable(why) => writeln!(out, "error: {why}"),
        }
        .map_err(io)?;
    }
    out.flush().map_err(io)?;
    Ok(ExitCode::SUCCESS)
}

/// The answer to one line.
enum Answer {
    Valid,
    Invalid(MtlError),
    Unreadable(String),
}

/// Verified ladders by scheme, key and signed-ladder octets.
#[derive(Default)]
struct Cache {
    ladders: HashMap<(Scheme, Vec<u8>, Vec<u8>), VerifiedLadder>,
}

impl Cache {
    fn ladder(&mut self, key: &PublicKey<'_>, bytes: &[u8]) -> Result<VerifiedLadder, MtlError> {
        let id = (key.scheme, key.key.to_vec(), bytes.to_vec());
        if let Some(l) = self.ladders.get(&id) {
            if l.sid() == key.sid.unwrap_or_default() {
                return Ok(l.clone());
            }
        }
        let ladder = mtl::verify_ladder(key, &SignedLadder::parse(key.scheme, bytes)?)?;
        if self.ladders.len() >= LADDER_CACHE {
            self.ladders.clear();
        }
        self.ladders.insert(id, ladder.clone());
        Ok(ladder)
    }
}

fn check(line: &str, cache: &mut Cache) -> Answer {
    let fields: Vec<&str> = line.split('\t').collect();
    let [scheme, key, msg, sig, ladder] = fields[..] else {
        return Answer::Unreadable(format!("expected 5 tab-separated fields, found {}", fields.len()));
    };
    let Some(scheme) = Scheme::from_name(scheme.trim()) else {
        return Answer::Unreadable(format!("unknown scheme `{}`", scheme.trim()));
    };
    let decode = |name: &str, text: &str| hex_decode_vec(text).map_err(|e| format!("{name}: {e}"));
    let ladder = ladder.trim();
    let decoded = (|| {
        let ladder = if ladder == "-" { None } else { Some(decode("LADDER_HEX", ladder)?) };
        Ok::<_, String>((
            decode("PUBLIC_KEY_HEX", key)?,
            decode("MESSAGE_HEX", msg)?,
            decode("SIGNATURE_HEX", sig)?,
            ladder,
        ))
    })();
    let (key, msg, sig, ladder) = match decoded {
        Ok(d) => d,
        Err(why) => return Answer::Unreadable(why),
    };
    verify_one(scheme, &key, &msg, &sig, ladder.as_deref(), cache)
}

/// The library form first; the RRSIG form (type octet first) when the
/// library form does not read.
fn parse_signature(scheme: Scheme, sig: &[u8]) -> Result<Signature<'_>, MtlError> {
    Signature::parse(scheme, sig).or_else(|e| Signature::parse_rrsig(scheme, sig).map_err(|_| e))
}

fn verify_one(scheme: Scheme, key: &[u8], msg: &[u8], sig: &[u8], ladder: Option<&[u8]>, cache: &mut Cache) -> Answer {
    let result = PublicKey::with_sid(scheme, key).and_then(|key| {
        let sig = parse_signature(scheme, sig)?;
        match (ladder, &sig) {
            (None, _) => mtl::verify(&key, msg, &sig, None).map(|_| None),
            (Some(bytes), Signature::Condensed(path)) => {
                let ladder = cache.ladder(&key, bytes)?;
                mtl::verify_condensed(&key, &ladder, msg, path).map(|()| None)
            }
            // A full signature brings its own ladder.
            (Some(_), Signature::Full(..)) => Ok(Some("a full signature takes `-` as LADDER_HEX")),
        }
    });
    match result {
        Ok(None) => Answer::Valid,
        Ok(Some(why)) => Answer::Unreadable(why.to_string()),
        Err(e) => Answer::Invalid(e),
    }
}

/// One `--algorithm NAME[=NUMBER]` value: the algorithm and its number.
pub fn pqc_algorithm(command: &'static str, value: &str) -> Result<(SecAlg, PqcAlgorithm), Error> {
    let bad = || Error::NotANumber {
        command,
        arg: "--algorithm",
        value: value.to_string(),
        expected: "a post-quantum algorithm NAME or NAME=NUMBER (see --help)",
    };
    let (name, number) = match value.split_once('=') {
        Some((name, number)) => (name, Some(number.parse::<u8>().map_err(|_| bad())?)),
        None => (value, None),
    };
    let kind = PqcAlgorithm::from_name(name).ok_or_else(bad)?;
    Ok((number.map_or_else(|| kind.default_number(), SecAlg::new), kind))
}

/// The table of the default numbers with every `--algorithm` value applied.
pub fn pqc_algorithms(command: &'static str, values: &[String]) -> Result<PqcAlgorithms, Error> {
    let mut table = PqcAlgorithms::default();
    for v in values {
        let (number, kind) = pqc_algorithm(command, v)?;
        table = table.with(number, kind);
    }
    Ok(table)
}

/// A verifier for `zone` (sorted, apex `origin`): the post-quantum
/// algorithms of `table`, ring for the rest, and the ladder of every full
/// MTL signature in the zone learnt.
pub fn zone_crypto(zone: &ZoneStore, origin: &NameBuf, table: PqcAlgorithms) -> PqcCrypto<RingCrypto> {
    let mut crypto = PqcCrypto::new(RingCrypto, table);
    let keys: Vec<&[u8]> =
        zone.iter().filter(|r| r.rtype == Rtype::DNSKEY && r.owner == origin.as_name()).map(|r| r.rdata).collect();
    crypto.learn_zone(zone.iter().filter(|r| r.rtype == Rtype::RRSIG).map(|r| r.rdata), &keys);
    crypto
}

/// `len` octets from the system's random source.
pub fn random(command: &'static str, len: usize) -> Result<Vec<u8>, Error> {
    let mut out = vec![0u8; len];
    RingCrypto.fill_random(&mut out).map_err(|_| Error::Usage { command, why: "the system's random source failed" })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The help's `name (number)` pairs are dnssec's names and default numbers.
    #[test]
    fn the_help_lists_every_pqc_algorithm_with_its_number() {
        let help = pqc_algorithms_help!();
        let pairs: Vec<(&str, u8)> = help
            .split([',', '\n'])
            .filter_map(|item| {
                let item = item.trim().trim_start_matches("and for 2024-2025 zones").trim_end_matches('.');
                let (name, number) = item.split_once(" (")?;
                Some((name.trim(), number.strip_suffix(')')?.parse().ok()?))
            })
            .collect();
        assert_eq!(pairs.len(), 8, "{pairs:?}");
        for (name, number) in pairs {
            let algorithm = PqcAlgorithm::from_name(name).unwrap_or_else(|| panic!("{name} is not a dnssec name"));
            assert_eq!(algorithm.name(), name);
            assert_eq!(algorithm.default_number().to_int(), number, "{name}");
        }
    }
}
