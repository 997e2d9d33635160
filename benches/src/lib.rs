//! Shared pieces of the comparative benchmarks in `benches/benches/`.
//!
//! The benchmarks compare `dns-wire` with hickory-proto, domain and
//! simple-dns on the same inputs; see `BENCHMARKS.md` at the repository
//! root for the results and the command that produces them.
//!
//! This crate holds the inputs and the walks:
//!
//! * [`load_responses`] reads `benches/data/responses.bin`, 2,000 DNS
//!   responses each preceded by its length as a 2-octet big-endian integer
//!   (as in DNS over TCP).
//! * [`tld_zone`] writes a zone file that looks like a TLD's, signed or
//!   not, with as many records as asked for, the same text every time.
//! * [`dns`] holds the four libraries' walks and builds of one message,
//!   shared by the `dns_message` bench and the `profile_dns` driver.
//! * [`https`] holds the HTTPS records of the `svcb` bench and the three
//!   libraries' walks over them, shared with the `profile_svcb` driver.
#![forbid(unsafe_code)]

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

pub mod dns;
pub mod https;

/// The path of the response corpus, `benches/data/responses.bin`.
pub fn responses_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/responses.bin")
}

/// Splits length-prefixed DNS messages (each preceded by its length as a
/// 2-octet big-endian integer) into one `Vec<u8>` per message.
///
/// # Errors
/// A message with `InvalidData` when the data ends inside a length prefix
/// or inside a message.
pub fn split_framed(data: &[u8]) -> std::io::Result<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    let mut rest = data;
    while !rest.is_empty() {
        let (len, body) = match rest {
            [hi, lo, body @ ..] => (usize::from(u16::from_be_bytes([*hi, *lo])), body),
            _ => return Err(bad("a length prefix is cut off")),
        };
        if body.len() < len {
            return Err(bad("a message is shorter than its length prefix says"));
        }
        let (msg, tail) = body.split_at(len);
        out.push(msg.to_vec());
        rest = tail;
    }
    Ok(out)
}

fn bad(what: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, what)
}

/// Reads the response corpus, `benches/data/responses.bin`, into one
/// `Vec<u8>` per message.
///
/// # Errors
/// The I/O error of reading the file, or `InvalidData` as for
/// [`split_framed`].
pub fn load_responses() -> std::io::Result<Vec<Vec<u8>>> {
    split_framed(&std::fs::read(responses_path())?)
}

// ------------------------------------------------------------ the TLD zone

/// The number of records in the zone the `zone` bench reads.
pub const ZONE_RECORDS: usize = 1_000_000;

/// The fixed seed of [`tld_zone`]'s random choices.
const ZONE_SEED: u64 = 0x7a6f_6e65_2d62_656e;

/// The key tags of the zone's own keys.
const KSK_TAG: u16 = 30_909;
const ZSK_TAG: u16 = 12_345;

/// Writes the text of a zone file for `tld.` that looks like a TLD's, with
/// exactly `records` records, the same text on every call.
///
/// The zone starts with `$ORIGIN tld.` and `$TTL 86400`, an SOA written
/// over several lines with comments, six apex NS records and the address
/// records of those name servers. Then come delegations: each is a label
/// under `tld.` (1 to about 50 octets, some with digits and hyphens, some
/// `xn--` labels) with 2 to 4 NS records. About 80% of the delegations
/// use name servers outside the zone (such as `ns1.provider-17.net.`).
/// The others have name servers under the delegated name, with glue: an
/// A record for each and, for about half, an AAAA record too.
///
/// With `signed`, the zone is signed as TLDs are, with NSEC3 opt-out
/// (algorithm 13, RFC 9276 parameters: no salt, no extra iterations):
/// the apex gets two DNSKEYs, an NSEC3PARAM and an RRSIG over each of its
/// RRsets. About 20% of the delegations get one or two DS records (digest
/// type 2 with 64 hex digits, the child's algorithm 13 or 8), an RRSIG over
/// them, and an NSEC3 record for the hashed owner with its RRSIG. Some
/// signatures and keys are written across lines in parentheses, as BIND
/// writes them. The NSEC3 next-owner hashes are random, so the chain is
/// not a real one.
///
/// As in real zone files, the records after the first of an owner mostly
/// leave the owner blank. Some owners are absolute, some delegations
/// give TTLs or the class on every record, and a few lines carry comments.
/// The last delegation is cut short to give exactly `records` records
/// (if `records` is smaller than the apex, the apex is cut short).
pub fn tld_zone(records: usize, signed: bool) -> String {
    let mut g = ZoneGen {
        rng: ZONE_SEED,
        out: String::with_capacity(records.saturating_mul(if signed { 60 } else { 40 })),
        left: records,
        labels: HashSet::new(),
        parts: PARTS.split_whitespace().collect(),
        signed,
    };
    g.apex();
    while g.left > 0 {
        g.delegation();
    }
    g.out
}

/// One record of a delegation: its owner (`None` for the delegated name
/// itself), explicit TTL, type and RDATA.
struct Rr {
    owner: Option<String>,
    ttl: Option<&'static str>,
    rtype: &'static str,
    rdata: String,
}

/// Word parts that delegated labels are made of.
const PARTS: &str = "shop web net tech home blue star data cloud art lab bio auto city best my the pro info media \
    team food travel hotel law med fit eco smart nova green north sun sea rock king gold max digital design studio \
    consult group solutions service energy bau haus immo garten k x z alpha one 24 365 online store kids music photo \
    event garage dental yoga wine";

/// Words for internationalized labels: ASCII letters only, so that a
/// label made of them and [`NON_ASCII`] letters is lowercase and in NFC.
const WORDS: &[&str] =
    &["munchen", "zurich", "bucher", "cafe", "malmo", "garten", "strasse", "sol", "nino", "ko", "blum"];

/// Lowercase precomposed letters outside ASCII.
const NON_ASCII: &[char] = &['ä', 'ö', 'ü', 'å', 'é', 'è', 'ñ', 'ç', 'ø', 'æ'];

/// The punycode form of `s` (RFC 3492 section 6.3), without the `xn--`.
fn punycode(s: &str) -> String {
    const BASE: u32 = 36;
    const TMIN: u32 = 1;
    const TMAX: u32 = 26;
    fn digit(d: u32) -> char {
        char::from(if d < 26 { b'a' + d as u8 } else { b'0' + (d - 26) as u8 })
    }
    fn adapt(delta: u32, points: u32, first: bool) -> u32 {
        let mut delta = if first { delta / 700 } else { delta / 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - TMIN) * TMAX) / 2 {
            delta /= BASE - TMIN;
            k += BASE;
        }
        k + (BASE - TMIN + 1) * delta / (delta + 38)
    }
    let input: Vec<u32> = s.chars().map(u32::from).collect();
    let mut out: String = s.chars().filter(char::is_ascii).collect();
    let basic = out.len() as u32;
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut h) = (128u32, 0u32, 72u32, basic);
    while (h as usize) < input.len() {
        let m = input.iter().copied().filter(|&c| c >= n).min().unwrap_or(n);
        delta += (m - n) * (h + 1);
        n = m;
        for &c in &input {
            if c < n {
                delta += 1;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        TMIN
                    } else if k >= bias + TMAX {
                        TMAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, h + 1, h == basic);
                delta = 0;
                h += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    out
}

/// Top-level domains of the out-of-zone name servers.
const NS_TLDS: &[&str] = &["net", "com", "org", "eu", "de", "io", "se", "nl"];

/// IPv6 prefixes of glue AAAA records.
const V6_PREFIXES: &[&str] = &["2001:db8", "2a01:4f8", "2606:4700", "2a00:1450", "2001:67c", "2a02:2e0", "2620:fe"];

struct ZoneGen {
    /// splitmix64 state.
    rng: u64,
    out: String,
    /// Records still to write.
    left: usize,
    /// Labels used so far, so that every delegation is a new name.
    labels: HashSet<String>,
    /// The words of [`PARTS`].
    parts: Vec<&'static str>,
    signed: bool,
}

impl ZoneGen {
    fn next(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len() as u64) as usize]
    }

    fn ipv4(&mut self) -> String {
        let a = 1 + self.below(223);
        format!("{a}.{}.{}.{}", self.below(256), self.below(256), 1 + self.below(254))
    }

    fn ipv6(&mut self) -> String {
        let p = self.pick(V6_PREFIXES);
        match self.below(3) {
            0 => format!("{p}:{:x}::{:x}", self.below(0x10000), 1 + self.below(0x100)),
            1 => format!(
                "{p}:{:x}:{:x}::{:x}:{:x}",
                self.below(0x10000),
                self.below(0x100),
                self.below(0x10000),
                1 + self.below(0xffff)
            ),
            _ => {
                let mut s = p.to_owned();
                for _ in 0..(8 - p.matches(':').count() - 1) {
                    let _ = write!(s, ":{:x}", self.below(0x10000));
                }
                s
            }
        }
    }

    fn part(&mut self) -> &'static str {
        let i = self.below(self.parts.len() as u64) as usize;
        self.parts[i]
    }

    fn ds_rdata(&mut self) -> String {
        let alg = if self.chance(70) { 13 } else { 8 };
        let mut s = format!("{} {alg} 2 ", self.below(65536));
        for i in 0..4 {
            if i == 2 && self.chance(30) {
                s.push(' ');
            }
            let _ = write!(s, "{:016X}", self.next());
        }
        s
    }

    /// `octets` random octets in base64, split in two across lines in
    /// parentheses about a third of the time, as BIND writes long fields.
    fn base64(&mut self, octets: usize) -> String {
        const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let data: Vec<u8> = (0..octets).map(|_| self.below(256) as u8).collect();
        let mut s = String::with_capacity(octets * 4 / 3 + 4);
        for chunk in data.chunks(3) {
            let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
            let v = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    s.push(char::from(B64[(v >> (18 - 6 * i) & 63) as usize]));
                } else {
                    s.push('=');
                }
            }
        }
        if self.chance(33) {
            s.insert_str(s.len() / 2, "\n\t\t\t\t");
            s.insert_str(0, "( ");
            s.push_str(" )");
        }
        s
    }

    /// RRSIG RDATA over the `covered` RRset of an owner with `labels`
    /// labels, signed with the zone's algorithm 13 key `tag`.
    fn rrsig(&mut self, covered: &str, labels: u8, ttl: u32, tag: u16) -> String {
        let day = 1 + self.below(14);
        let (hour, minute, second) = (self.below(24), self.below(60), self.below(60));
        let sig = self.base64(64);
        format!(
            "{covered} 13 {labels} {ttl} 202612{:02}{hour:02}{minute:02}{second:02} 202611{day:02}{hour:02}{minute:02}{second:02} {tag} tld. {sig}",
            day + 14
        )
    }

    /// 20 random octets in base32hex, upper case, as NSEC3 hashes are
    /// written.
    fn hash(&mut self) -> String {
        (0..32).map(|_| char::from(b"0123456789ABCDEFGHIJKLMNOPQRSTUV"[self.below(32) as usize])).collect()
    }

    /// A new label for a delegation.
    fn label(&mut self) -> String {
        loop {
            let mut l = String::new();
            match self.below(100) {
                0..67 => {
                    let parts = 1 + self.below(3);
                    let hyphen = self.chance(25);
                    for i in 0..parts {
                        if i > 0 && hyphen {
                            l.push('-');
                        }
                        l.push_str(self.part());
                    }
                    if self.chance(15) {
                        let digits = 1 + self.below(4) as u32;
                        let _ = write!(l, "{}", self.below(10u64.pow(digits)));
                    }
                }
                67..82 => {
                    let len = 1 + self.below(12);
                    for i in 0..len {
                        let c = if i == 0 { self.below(26) } else { self.below(36) };
                        l.push(char::from(if c < 26 { b'a' + c as u8 } else { b'0' + (c - 26) as u8 }));
                    }
                }
                82..90 => {
                    let parts = 3 + self.below(5);
                    for i in 0..parts {
                        if i > 0 {
                            l.push('-');
                        }
                        l.push_str(self.part());
                    }
                    l.truncate(63);
                }
                90..96 => {
                    // An internationalized name: words with a letter
                    // outside ASCII, as punycode.
                    let mut u = String::new();
                    for _ in 0..1 + self.below(2) {
                        let word = self.pick(WORDS);
                        let at = self.below(word.len() as u64 + 1) as usize;
                        u.push_str(&word[..at]);
                        u.push(NON_ASCII[self.below(NON_ASCII.len() as u64) as usize]);
                        u.push_str(&word[at..]);
                    }
                    l.push_str("xn--");
                    l.push_str(&punycode(&u));
                }
                _ => {
                    let _ = write!(l, "{}", self.below(100_000));
                    if self.chance(50) {
                        l.push_str(self.part());
                    }
                }
            }
            while l.ends_with('-') {
                l.pop();
            }
            if !l.is_empty() && self.labels.insert(l.clone()) {
                return l;
            }
        }
    }

    /// The SOA, the apex NS set and its glue, and when signed the keys,
    /// the NSEC3PARAM and the apex signatures.
    fn apex(&mut self) {
        self.labels.insert("nic".to_owned());
        self.out.push_str("; zone file of tld., written for the zone-reading benchmark\n$ORIGIN tld.\n$TTL 86400\n");
        let mut lines = vec![
            "@\t3600\tIN\tSOA\ta.nic.tld. hostmaster.nic.tld. (\n\t\t\t2026112501 ; serial\n\t\t\t1800       ; refresh\n\
             \t\t\t900        ; retry\n\t\t\t604800     ; expire\n\t\t\t3600 )     ; minimum\n"
                .to_owned(),
        ];
        if self.signed {
            let sig = self.rrsig("SOA", 1, 3600, ZSK_TAG);
            lines.push(format!("\t3600\tRRSIG\t{sig}\n"));
        }
        for s in ["a", "b", "c", "d", "e", "f"] {
            lines.push(format!("\t\tIN\tNS\t{s}.nic.tld.\n"));
        }
        if self.signed {
            let sig = self.rrsig("NS", 1, 86400, ZSK_TAG);
            lines.push(format!("\t\tRRSIG\t{sig}\n"));
            for flags in [257, 256] {
                let key = self.base64(64);
                lines.push(format!("\t3600\tDNSKEY\t{flags} 3 13 {key}\n"));
            }
            for tag in [KSK_TAG, ZSK_TAG] {
                let sig = self.rrsig("DNSKEY", 1, 3600, tag);
                lines.push(format!("\t3600\tRRSIG\t{sig}\n"));
            }
            lines.push("\t0\tNSEC3PARAM\t1 0 0 -\n".to_owned());
            let sig = self.rrsig("NSEC3PARAM", 1, 0, ZSK_TAG);
            lines.push(format!("\t0\tRRSIG\t{sig}\n"));
        }
        for s in ["a", "b", "c", "d", "e", "f"] {
            let v4 = self.ipv4();
            let v6 = self.ipv6();
            lines.push(format!("{s}.nic\t\tIN\tA\t{v4}\n"));
            lines.push(format!("\t\tIN\tAAAA\t{v6}\n"));
        }
        lines.truncate(self.left);
        self.left -= lines.len();
        for l in lines {
            self.out.push_str(&l);
        }
    }

    /// One delegation: its NS set, maybe a signed DS set with the NSEC3
    /// record of its hashed owner, and glue.
    fn delegation(&mut self) {
        let label = self.label();
        let ttl = self.chance(10).then(|| self.pick(&["3600", "7200", "86400", "172800"]));
        let ns_count = match self.below(4) {
            0 | 1 => 2,
            2 => 3,
            _ => 4,
        };
        let mut recs: Vec<Rr> = Vec::new();
        let mut glue = Vec::new();
        let ns = |rdata| Rr { owner: None, ttl, rtype: "NS", rdata };
        if self.chance(20) {
            // Name servers under the delegated name, the last one sometimes
            // elsewhere.
            let outside = self.chance(30);
            for i in 1..=ns_count {
                if outside && i == ns_count {
                    recs.push(ns(format!("ns.provider-{}.net.", self.below(1000))));
                } else {
                    let host = format!("ns{i}.{label}");
                    recs.push(ns(host.clone()));
                    glue.push(host);
                }
            }
        } else {
            // A few large providers and a long tail.
            let r = self.below(1 << 20) as f64 / f64::from(1 << 20);
            let provider = (r * r * r * 5000.0) as u64;
            let tld = NS_TLDS[(provider % NS_TLDS.len() as u64) as usize];
            let style = provider % 3;
            let second = self.chance(10).then(|| self.below(5000));
            for i in 1..=ns_count {
                let p = match second {
                    Some(q) if i > ns_count / 2 => q,
                    _ => provider,
                };
                recs.push(ns(match style {
                    0 => format!("ns{i}.provider-{p}.{tld}."),
                    1 => format!("dns{i}.hosting{p}.{tld}."),
                    _ => format!("{}.ns.dns-{p}.{tld}.", char::from(b'a' + i as u8 - 1)),
                }));
            }
        }
        if self.signed && self.chance(20) {
            let ds_ttl = if self.chance(50) { "3600" } else { ttl.unwrap_or("86400") };
            for _ in 0..1 + u64::from(self.chance(25)) {
                let rdata = self.ds_rdata();
                recs.push(Rr { owner: None, ttl: Some(ds_ttl), rtype: "DS", rdata });
            }
            let rdata = self.rrsig("DS", 2, ds_ttl.parse().unwrap_or(86400), ZSK_TAG);
            recs.push(Rr { owner: None, ttl: Some(ds_ttl), rtype: "RRSIG", rdata });
            let (owner, next) = (self.hash(), self.hash());
            let owner = Some(owner);
            recs.push(Rr {
                owner: owner.clone(),
                ttl: Some("3600"),
                rtype: "NSEC3",
                rdata: format!("1 1 0 - {next} NS DS RRSIG"),
            });
            let rdata = self.rrsig("NSEC3", 2, 3600, ZSK_TAG);
            recs.push(Rr { owner, ttl: Some("3600"), rtype: "RRSIG", rdata });
        }
        for host in glue {
            let a = self.ipv4();
            recs.push(Rr { owner: Some(host.clone()), ttl, rtype: "A", rdata: a });
            if self.chance(50) {
                let aaaa = self.ipv6();
                recs.push(Rr { owner: Some(host), ttl, rtype: "AAAA", rdata: aaaa });
            }
        }
        recs.truncate(self.left);
        self.left -= recs.len();

        let class = self.chance(60);
        let owner = if self.chance(10) { format!("{label}.tld.") } else { label };
        let repeat_owner = self.chance(15);
        let sep = if self.chance(70) { "\t" } else { "  " };
        if self.chance(1) {
            self.out.push('\n');
        }
        if self.chance(2) {
            let (registrar, year) = (self.below(9000), 1995 + self.below(31));
            let _ = writeln!(self.out, "; {owner}: registrar R-{registrar}, since {year}");
        }
        let mut last_owner: Option<&str> = None;
        for rr in &recs {
            let this_owner = rr.owner.as_deref().unwrap_or(&owner);
            if last_owner != Some(this_owner) || repeat_owner {
                self.out.push_str(this_owner);
            }
            last_owner = Some(this_owner);
            self.out.push_str(sep);
            if let Some(t) = rr.ttl {
                self.out.push_str(t);
                self.out.push_str(sep);
            }
            if class {
                self.out.push_str("IN");
                self.out.push_str(sep);
            }
            self.out.push_str(rr.rtype);
            self.out.push_str(sep);
            self.out.push_str(&rr.rdata);
            if self.chance(1) {
                let year = 1995 + self.below(31);
                let _ = write!(self.out, " ; changed {year}");
            }
            self.out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_is_as_described() {
        let msgs = load_responses().expect("corpus loads");
        assert_eq!(msgs.len(), 2000);
        let total: usize = msgs.iter().map(Vec::len).sum();
        assert_eq!(total, 379_982);
        assert_eq!(msgs.iter().map(Vec::len).min(), Some(41));
        assert_eq!(msgs.iter().map(Vec::len).max(), Some(1564));
    }

    #[test]
    fn framing_errors() {
        assert_eq!(split_framed(b"").unwrap(), Vec::<Vec<u8>>::new());
        assert_eq!(split_framed(b"\0\x01a\0\0").unwrap(), vec![b"a".to_vec(), Vec::new()]);
        assert!(split_framed(b"\0").is_err());
        assert!(split_framed(b"\0\x02a").is_err());
    }

    /// Reads `zone` with dns-wire, returning the records of each type (in
    /// type order) and the RDATA octets.
    fn read_with_dns_wire(zone: &str) -> (std::collections::BTreeMap<String, usize>, usize) {
        use dns_wire::text::{Entry, ZoneReader};
        let mut reader = ZoneReader::new(zone.as_bytes());
        let mut buf = vec![0u8; 65535];
        let mut types = std::collections::BTreeMap::new();
        let mut octets = 0;
        while let Some(entry) = reader.next_entry(&mut buf).unwrap_or_else(|e| panic!("{e}")) {
            let Entry::Record(rr) = entry else { panic!("no $INCLUDE in the zone") };
            *types.entry(rr.rtype.to_string()).or_insert(0) += 1;
            octets += rr.rdata.len();
        }
        (types, octets)
    }

    #[test]
    fn tld_zone_has_exactly_the_records_asked_for() {
        for signed in [false, true] {
            for n in [0, 1, 7, 19, 20, 21, 30, 1000, 12_345] {
                let (types, _) = read_with_dns_wire(&tld_zone(n, signed));
                assert_eq!(types.values().sum::<usize>(), n, "{n} records");
            }
        }
        let (types, _) = read_with_dns_wire(&tld_zone(10_000, false));
        assert_eq!(types.keys().collect::<Vec<_>>(), ["A", "AAAA", "NS", "SOA"]);
        let (types, _) = read_with_dns_wire(&tld_zone(10_000, true));
        assert_eq!(
            types.keys().collect::<Vec<_>>(),
            ["A", "AAAA", "DNSKEY", "DS", "NS", "NSEC3", "NSEC3PARAM", "RRSIG", "SOA"]
        );
        // About 20% of some 2,300 delegations are signed: DS, RRSIG,
        // NSEC3, RRSIG.
        assert!((350..550).contains(&types["NSEC3"]), "{types:?}");
        assert_eq!(types["RRSIG"], 2 * types["NSEC3"] + 5);
        assert!(types["DS"] > types["NSEC3"]);
    }

    #[test]
    fn punycode_as_rfc_3492() {
        assert_eq!(punycode("münchen"), "mnchen-3ya");
        assert_eq!(punycode("bücher"), "bcher-kva");
        assert_eq!(punycode("café"), "caf-dma");
        assert_eq!(punycode("ü"), "tda");
        assert_eq!(punycode("ñandú"), "and-6ma2c");
    }

    #[test]
    fn tld_zone_is_the_same_every_time() {
        assert_eq!(tld_zone(5000, false), tld_zone(5000, false));
        assert_eq!(tld_zone(5000, true), tld_zone(5000, true));
        let z = tld_zone(1000, false);
        assert!(z.starts_with("; zone file of tld."));
        assert!(z.contains("\n$ORIGIN tld.\n$TTL 86400\n@\t3600\tIN\tSOA\t"));
    }

    /// dns-wire's `ZoneReader` reads 100,000 records of the signed zone
    /// from a `&[u8]` into a buffer without allocating at all (so none per
    /// record).
    #[test]
    fn dns_wire_zone_reading_allocates_nothing() {
        use dns_wire::text::{Entry, ZoneReader};
        const N: usize = 100_000;
        let zone = tld_zone(N, true);
        let mut buf = vec![0u8; 65535];
        let (mut records, mut octets) = (0usize, 0usize);
        let info = allocation_counter::measure(|| {
            let mut reader = ZoneReader::new(zone.as_bytes());
            while let Some(entry) = reader.next_entry(&mut buf).expect("the zone reads") {
                let Entry::Record(rr) = entry else { panic!("no $INCLUDE in the zone") };
                records += 1;
                octets += rr.owner.wire_len() + rr.rdata.len();
            }
        });
        assert_eq!(records, N);
        assert!(octets > N * 10);
        assert_eq!(info.count_total, 0, "allocations while reading {N} records");
        assert_eq!(info.bytes_total, 0);
    }
}
