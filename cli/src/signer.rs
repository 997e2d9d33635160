//! `protokit zone sign`, `protokit ds` and `protokit key generate`: whole
//! zones signed with BIND-format keys, DS records for a DNSKEY, new keys.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use dns_wire::iana::{DigestAlg, Rtype, SecAlg};
use dns_wire::name::NameBuf;
use dns_wire::owned::ZoneStore;
use dns_wire::text::{Entry, ZoneFile, ZoneReader, rdata_from_text};
use dnssec::crypto::{PqcSigningKey, RingCrypto, RingSigningKey, SigningKey};
use dnssec::denial::Nsec3Chain;
use dnssec::key::{KeyRole, generate_key, generate_pqc_key, make_ds, read_key_pair};
use dnssec::time::Validity;
use dnssec::zone::{Denial, SignOptions, ZoneKey, sign_zone, write_zone};
use dnssec::zonemd::HashAlgorithm;

use crate::error::Error;

/// The most octets `protokit ds` reads: DNSKEY lines, not a zone.
const MAX_DS_INPUT: usize = 1 << 20;
/// The most records and octets (wire form) of a zone `zone sign` keeps.
const MAX_ZONE_RECORDS: u64 = 1 << 32;
const MAX_ZONE_OCTETS: u64 = 1 << 38;
/// Signatures made without times: valid from an hour ago for 30 days, as
/// dnssec-signzone's defaults.
const DEFAULT_BACKDATE: u32 = 3600;
const DEFAULT_LIFETIME: u32 = 30 * 86_400;

/// Sign a zone file with BIND-format keys; the signed zone goes to standard
/// output.
#[derive(clap::Args)]
#[command(
    args_override_self = true,
    after_help = concat!("Every RRset is signed with every algorithm of the keys: DNSKEY, CDS and CDNSKEY
by the keys with the SEP flag (KSKs), the rest by the others (ZSKs); one key
of an algorithm (a CSK) signs everything. NS at a delegation and glue are not
signed; DS (and DELEG) are. ZONEMD is computed after everything else is
signed, then signed itself (RFC 8976 section 3). NSEC3 uses RFC 9276's parameters: SHA-1, no extra
iterations, no salt. T is YYYYMMDDHHMMSS or seconds since 1970; without
them, signatures are valid from an hour ago for 30 days.

Post-quantum keys: --algorithm NAME[=NUMBER] says which scheme the keys of a
number are (the default numbers need no flag). Plain SLH-DSA and ML-DSA-44
sign each RRset; an MTL key signs the zone as one batch: one underlying
signature over the ladder, full signatures on the apex SOA and DNSKEY RRSIGs,
condensed ones elsewhere (a fresh random series identifier each run).
",
        pqc_algorithms_help!(),
        "
Examples:
  protokit zone sign example.zone --origin example. --key Kexample.+013+12345 --key Kexample.+013+54321
  protokit zone sign example.zone --origin example. --algorithm slh-dsa-mtl-sha2-128s --key Kexample.+130+04242
  protokit zone sign example.zone --origin example. --algorithm slh-dsa-mtl-sha2-128s=200 --key Kexample.+013+12345 --key Kexample.+200+04242
  protokit zone sign example.zone --origin example. --key Kexample.+015+00001.key --nsec3 --opt-out
  protokit zone sign example.zone --origin example. --key Kexample.+013+12345 --zonemd sha384
  protokit zone sign db.example --origin example. --key Kexample.+013+12345 --inception 20260101000000 --expiration 20260201000000 --threads 4")
)]
pub struct Sign {
    /// The zone file
    file: String,
    /// The zone's apex (an absolute name)
    #[arg(long, value_name = "NAME")]
    origin: String,
    /// A key: Kzone+alg+tag (with .key and .private beside it), or either file
    #[arg(long = "key", value_name = "KFILE", required = true)]
    keys: Vec<String>,
    /// NSEC3 instead of NSEC
    #[arg(long)]
    nsec3: bool,
    /// NSEC3 opt-out: unsigned delegations get no NSEC3
    #[arg(long, requires = "nsec3")]
    opt_out: bool,
    /// Add a ZONEMD (RFC 8976, SIMPLE) with this hash, digested last and signed; repeatable
    #[arg(long, value_name = "ALG", value_parser = ["sha384", "sha512"])]
    zonemd: Vec<String>,
    /// Signature inception [default: an hour ago]
    #[arg(long, value_name = "T")]
    inception: Option<String>,
    /// Signature expiration [default: 30 days after the inception]
    #[arg(long, value_name = "T")]
    expiration: Option<String>,
    /// Threads that sign [default: the available cores]
    #[arg(long, value_name = "N")]
    threads: Option<String>,
    /// A post-quantum algorithm and the number its keys have; repeatable
    #[arg(long = "algorithm", value_name = "NAME[=NUMBER]")]
    algorithms: Vec<String>,
}

/// DS records (SHA-256 and SHA-384) for each DNSKEY in a file.
#[derive(clap::Args)]
#[command(
    args_override_self = true,
    after_help = "The file is a BIND .key file or any DNSKEY records in zone-file form (absolute
owner names); other records are skipped. Each DS is printed as
`<owner> IN DS <tag> <alg> <digest type> <digest>`, as dnssec-dsfromkey does.

Examples:
  protokit ds Kexample.+013+12345.key
  dig example. DNSKEY +noall +answer | protokit ds -"
)]
pub struct Ds {
    /// The key file, or - for standard input
    file: String,
}

/// Key pairs in BIND's format.
#[derive(clap::Args)]
#[command(after_help = "Example:
  protokit key generate --algorithm ECDSAP256SHA256 --zone example. --ksk")]
pub struct Key {
    #[command(subcommand)]
    command: KeyCommand,
}

#[derive(clap::Subcommand)]
enum KeyCommand {
    Generate(Generate),
}

/// Make a key pair and write it as Kzone+alg+tag.key and .private.
#[derive(clap::Args)]
#[command(
    args_override_self = true,
    after_help = concat!("Algorithms: ECDSAP256SHA256 (13), ECDSAP384SHA384 (14), ED25519 (15), and the
post-quantum ones below by name (NAME=NUMBER for another number). A
post-quantum key's .private file holds its seed, base64, in the PrivateKey
field (SLH-DSA 48 octets: SK.seed, SK.prf, PK.seed; ML-DSA-44 32: xi). Prints
the base name of the files written.
",
        pqc_algorithms_help!(),
        "
Examples:
  protokit key generate --algorithm ECDSAP256SHA256 --zone example. --ksk
  protokit key generate --algorithm 15 --zone example. --dir keys/
  protokit key generate --algorithm slh-dsa-mtl-sha2-128s --zone example. --ksk
  protokit key generate --algorithm ml-dsa-44=200 --zone example.")
)]
struct Generate {
    /// The algorithm (mnemonic or number)
    #[arg(long, value_name = "NAME")]
    algorithm: String,
    /// The zone (an absolute name)
    #[arg(long, value_name = "NAME")]
    zone: String,
    /// A key-signing key (DNSKEY flags 257) instead of a zone-signing key (256)
    #[arg(long)]
    ksk: bool,
    /// The directory the files go to [default: .]
    #[arg(long, value_name = "DIR")]
    dir: Option<String>,
}

fn name(command: &'static str, arg: &str, text: &str) -> Result<NameBuf, Error> {
    text.parse().map_err(|source| Error::Name { command, arg: arg.into(), source })
}

/// Seconds since 1970, now.
fn now() -> u32 {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    // Signature times are 32-bit serials (RFC 4034 section 3.1.5).
    u32::try_from(secs % (1 << 32)).unwrap_or(0)
}

/// A signature time: YYYYMMDDHHMMSS or seconds since 1970.
fn sig_time(arg: &'static str, value: &str) -> Result<u32, Error> {
    let bad = || Error::NotANumber {
        command: "zone sign",
        arg,
        value: value.to_string(),
        expected: "YYYYMMDDHHMMSS or seconds since 1970",
    };
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    // dns-wire reads both forms as an RRSIG's time fields: let it.
    let mut buf = [0u8; 64];
    let text = format!("A 13 0 0 {value} {value} 0 . AAAA");
    let rdata = rdata_from_text(Rtype::RRSIG, dns_wire::ext::Extensions::NONE, &text, &mut buf).map_err(|_| bad())?;
    match rdata.get(8..12) {
        Some(&[a, b, c, d]) => Ok(u32::from_be_bytes([a, b, c, d])),
        _ => Err(bad()),
    }
}

pub fn run_sign(args: Sign) -> Result<ExitCode, Error> {
    let origin = name("zone sign", "--origin", &args.origin)?;
    let inception = match &args.inception {
        Some(t) => sig_time("--inception", t)?,
        None => now().wrapping_sub(DEFAULT_BACKDATE),
    };
    let expiration = match &args.expiration {
        Some(t) => sig_time("--expiration", t)?,
        None => inception.wrapping_add(DEFAULT_LIFETIME),
    };
    let threads = match &args.threads {
        Some(n) => n.parse::<usize>().ok().filter(|&n| n > 0).ok_or_else(|| Error::NotANumber {
            command: "zone sign",
            arg: "--threads",
            value: n.clone(),
            expected: "a number of threads from 1",
        })?,
        None => std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
    };
    let table = crate::mtl::pqc_algorithms("zone sign", &args.algorithms)?;
    let mut keys: Vec<(Box<dyn SigningKey + Sync>, u16)> = Vec::with_capacity(args.keys.len());
    for path in &args.keys {
        let (key, private) =
            read_key_pair(Path::new(path)).map_err(|source| Error::KeyFile { path: path.clone(), source })?;
        if key.owner != origin {
            return Err(Error::Key { path: path.clone(), why: format!("a key of {}, not of {origin}", key.owner) });
        }
        let dnskey = key.dnskey();
        let why = |e: dnssec::CryptoError| Error::Key { path: path.clone(), why: e.to_string() };
        let signer: Box<dyn SigningKey + Sync> = match table.get(private.algorithm) {
            Some(kind) => {
                let mut series = [0u8; 32];
                series.copy_from_slice(&crate::mtl::random("zone sign", 32)?);
                let k = PqcSigningKey::from_private(private.algorithm, kind, &private.key, dnskey.public_key)
                    .map_err(why)?;
                Box::new(k.with_series_seed(series))
            }
            None => {
                Box::new(RingSigningKey::from_private(private.algorithm, &private.key, dnskey.public_key).map_err(why)?)
            }
        };
        keys.push((signer, dnskey.flags));
    }
    let mut file = ZoneFile::open(&args.file)
        .map_err(|e| Error::io(format!("zone sign: {}", args.file), e))?
        .with_extensions(crate::ext::ALL)
        .with_origin(origin);
    let mut zone = ZoneStore::new().with_limits(MAX_ZONE_RECORDS, MAX_ZONE_OCTETS).with_extensions(crate::ext::ALL);
    zone.extend_from_zone_file(&mut file).map_err(|source| Error::ZoneRead { file: args.file.clone(), source })?;
    drop(file);
    let nsec3 = Nsec3Chain { opt_out: args.opt_out, ..Nsec3Chain::default() };
    if args.nsec3 && !nsec3.advice().is_clean() {
        eprintln!(
            "protokit: warning: RFC 9276 section 3.1: opt-out is for large, sparsely signed delegation-centric zones only"
        );
    }
    let zonemd: Vec<HashAlgorithm> =
        args.zonemd.iter().map(|a| if a == "sha512" { HashAlgorithm::Sha512 } else { HashAlgorithm::Sha384 }).collect();
    let options = SignOptions {
        zonemd: &zonemd,
        denial: if args.nsec3 { Denial::Nsec3(nsec3) } else { Denial::Nsec },
        threads,
        cut_types: &[deleg::types::DELEG],
        ..SignOptions::new(Validity { inception, expiration })
    };
    let zone_keys: Vec<ZoneKey<'_>> =
        keys.iter().map(|(k, flags)| ZoneKey { key: k.as_ref(), flags: *flags }).collect();
    let signed = sign_zone(&RingCrypto, zone, origin.as_name(), &zone_keys, &options)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    write_zone(&signed, &mut out).and_then(|()| out.flush()).map_err(|e| Error::io("zone sign", e))?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_ds(args: Ds) -> Result<ExitCode, Error> {
    let (input, data) = if args.file == "-" {
        ("stdin".to_string(), crate::input::read_at_most(std::io::stdin().lock(), MAX_DS_INPUT))
    } else {
        let f = std::fs::File::open(&args.file).map_err(|e| Error::io(format!("ds: {}", args.file), e))?;
        (args.file.clone(), crate::input::read_at_most(f, MAX_DS_INPUT))
    };
    let data = data.map_err(|e| Error::io(format!("ds: {input}"), e))?.map_err(|_| Error::TooLarge {
        input: input.clone(),
        limit: MAX_DS_INPUT,
        what: "the DNSKEY input limit",
    })?;
    let mut reader = ZoneReader::new(&data[..])
        .with_default_ttl(Some(dnssec::key::DEFAULT_KEY_TTL))
        .with_extensions(crate::ext::ALL);
    let mut buf = vec![0u8; 65535 + 255];
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut found = 0;
    loop {
        let rr = match reader.next_entry(&mut buf) {
            Ok(None) => break,
            Ok(Some(Entry::Record(rr))) => rr,
            Ok(Some(Entry::Include(_))) => return Err(Error::Ds { input, why: "$INCLUDE is not followed".into() }),
            Err(e) => return Err(Error::Ds { input, why: e.to_string() }),
        };
        if rr.rtype != Rtype::DNSKEY {
            continue;
        }
        found += 1;
        for digest in [DigestAlg::SHA256, DigestAlg::SHA384] {
            let mut ds = Vec::new();
            make_ds(&RingCrypto, &rr.owner, rr.rdata, digest, &mut ds)
                .map_err(|e| Error::Ds { input: input.clone(), why: e.to_string() })?;
            // Key tag, algorithm and digest type, then the digest in
            // uppercase hex, as dnssec-dsfromkey writes it.
            let (Some(&[t0, t1, alg, kind]), Some(hash)) = (ds.get(..4), ds.get(4..)) else { continue };
            let tag = u16::from_be_bytes([t0, t1]);
            let hex = dns_wire::text::Hex(hash).to_string().to_ascii_uppercase();
            writeln!(out, "{} {} DS {tag} {alg} {kind} {hex}", rr.owner, rr.class).map_err(|e| Error::io("ds", e))?;
        }
    }
    out.flush().map_err(|e| Error::io("ds", e))?;
    if found == 0 {
        return Err(Error::Ds { input, why: "no DNSKEY record".into() });
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_key(args: Key) -> Result<ExitCode, Error> {
    let KeyCommand::Generate(g) = args.command;
    let zone = name("key generate", "--zone", &g.zone)?;
    let role = if g.ksk { KeyRole::KSK } else { KeyRole::ZSK };
    let created = now();
    let dir = Path::new(g.dir.as_deref().unwrap_or("."));
    let write = |base: &str, ext: &str, text: &str| {
        let path = dir.join(format!("{base}{ext}"));
        std::fs::write(&path, text).map_err(|e| Error::io(format!("key generate: {}", path.display()), e))
    };
    let pqc_name = g.algorithm.split('=').next().unwrap_or_default();
    if dnssec::crypto::PqcAlgorithm::from_name(pqc_name).is_some() {
        let (algorithm, kind) = crate::mtl::pqc_algorithm("key generate", &g.algorithm)?;
        let seed = crate::mtl::random("key generate", kind.seed_len())?;
        let key = generate_pqc_key(algorithm, kind, &zone, role, created, &seed)
            .map_err(|e| Error::Key { path: "--algorithm".into(), why: format!("{kind}: {e}") })?;
        write(&key.base_name, ".key", &key.key_file.to_text(Some(created)))?;
        write(&key.base_name, ".private", &key.private_file.to_text())?;
        println!("{}", key.base_name);
        return Ok(ExitCode::SUCCESS);
    }
    let algorithm = g.algorithm.parse::<SecAlg>().ok().or_else(|| g.algorithm.parse::<u8>().ok().map(SecAlg::new));
    let Some(algorithm) = algorithm else {
        return Err(Error::Key { path: "--algorithm".into(), why: format!("`{}` is not an algorithm", g.algorithm) });
    };
    let key = generate_key(algorithm, &zone, role, created)
        .map_err(|e| Error::Key { path: "--algorithm".into(), why: format!("{algorithm}: {e}") })?;
    write(&key.base_name, ".key", &key.key_file.to_text(Some(created)))?;
    write(&key.base_name, ".private", &key.private_file.to_text())?;
    println!("{}", key.base_name);
    Ok(ExitCode::SUCCESS)
}
