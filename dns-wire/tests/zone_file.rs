//! `ZoneFile`: files, `$INCLUDE` confined to a directory, and errors that
//! name the file, line and column.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use std::path::PathBuf;

use dns_wire::text::{TextErrorKind, ZoneFile};

struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> Self {
        let p = std::env::temp_dir().join(format!("dns-wire-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(p.join("zones/sub")).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn all(zone: &mut ZoneFile) -> Result<Vec<String>, dns_wire::text::ZoneFileError> {
    let mut buf = vec![0u8; 65535];
    let mut out = Vec::new();
    while let Some(rr) = zone.next_record(&mut buf)? {
        out.push(rr.to_string());
    }
    Ok(out)
}

#[test]
fn include_inside_the_directory() {
    let t = TempDir::new("inc");
    let zones = t.0.join("zones");
    std::fs::write(zones.join("main.zone"), "$ORIGIN example.\n$TTL 60\n@ NS ns\n$INCLUDE sub/hosts.zone\n$INCLUDE sub/hosts.zone sub.example.\nafter A 192.0.2.9\n").unwrap();
    std::fs::write(zones.join("sub/hosts.zone"), "www A 192.0.2.1\n$ORIGIN other.\nx A 192.0.2.2\n").unwrap();
    let mut z = ZoneFile::open(zones.join("main.zone")).unwrap().include_from(&zones).unwrap();
    assert_eq!(
        all(&mut z).unwrap(),
        [
            "example.\t60\tIN\tNS\tns.example.",
            "www.example.\t60\tIN\tA\t192.0.2.1",
            "x.other.\t60\tIN\tA\t192.0.2.2",
            "www.sub.example.\t60\tIN\tA\t192.0.2.1",
            "x.other.\t60\tIN\tA\t192.0.2.2",
            // The origin comes back after the included file.
            "after.example.\t60\tIN\tA\t192.0.2.9",
        ]
    );
}

#[test]
fn include_refusals() {
    let t = TempDir::new("ref");
    let zones = t.0.join("zones");
    std::fs::write(t.0.join("secret.zone"), "x. 1 A 192.0.2.1\n").unwrap();
    std::fs::write(zones.join("escape.zone"), "$INCLUDE ../secret.zone\n").unwrap();
    std::fs::write(zones.join("loop.zone"), "$INCLUDE loop.zone\n").unwrap();
    std::fs::write(zones.join("missing.zone"), "\n$INCLUDE nothere.zone\n").unwrap();

    let mut z = ZoneFile::open(zones.join("escape.zone")).unwrap();
    let e = all(&mut z).unwrap_err();
    assert_eq!(e.error.kind, TextErrorKind::IncludeDisabled);
    assert!(e.to_string().ends_with("escape.zone:1:1: $INCLUDE is not enabled"), "{e}");

    let mut z = ZoneFile::open(zones.join("escape.zone")).unwrap().include_from(&zones).unwrap();
    assert_eq!(all(&mut z).unwrap_err().error.kind, TextErrorKind::IncludeOutside);

    let mut z = ZoneFile::open(zones.join("loop.zone")).unwrap().include_from(&zones).unwrap();
    assert_eq!(all(&mut z).unwrap_err().error.kind, TextErrorKind::IncludeDepth);

    let mut z = ZoneFile::open(zones.join("missing.zone")).unwrap().include_from(&zones).unwrap();
    let e = all(&mut z).unwrap_err();
    assert_eq!((e.error.kind, e.error.line, e.error.col), (TextErrorKind::IncludeIo, 2, 10));
}

/// The first error reading `text` into a buffer with room for any record.
fn first_error(text: &str) -> (TextErrorKind, u32, u32) {
    let mut z = ZoneFile::from_reader(text.as_bytes()).unwrap();
    let mut buf = vec![0u8; 255 + 65535];
    loop {
        match z.next_record(&mut buf) {
            Ok(Some(_)) => {}
            Ok(None) => panic!("no error"),
            Err(e) => return (e.error.kind, e.error.line, e.error.col),
        }
    }
}

/// RDLENGTH is 16 bits (RFC 1035 section 3.2.1): 256 full strings are
/// 65,536 octets, refused at the string that goes over; 65,535 read.
#[test]
fn defect2_rdata_over_65535_octets_refused_with_line_and_column() {
    let full = format!("\"{}\" ", "x".repeat(255));
    let over = format!("$TTL 1\n\na. TXT {}\n", full.repeat(256));
    let too_long = TextErrorKind::TooLong { what: "RDATA", max: 65535 };
    // The 256th string starts at column 8 + 255 * 258.
    assert_eq!(first_error(&over), (too_long, 3, 8 + 255 * 258));
    let exact = format!("$TTL 1\na. TXT {}\"{}\"\n", full.repeat(255), "x".repeat(254));
    let mut z = ZoneFile::from_reader(exact.as_bytes()).unwrap();
    let mut buf = vec![0u8; 70000];
    assert_eq!(z.next_record(&mut buf).unwrap().unwrap().rdata.len(), 65535);
    // In the generic form and as hexadecimal too.
    let hex = format!("$TTL 1\na. TYPE65280 \\# 65535 {} 00\n", "00".repeat(65535));
    assert_eq!(first_error(&hex), (too_long, 2, 23 + 2 * 65535 + 1));
}

#[test]
fn defect3_generate_range_over_the_limit_refused_before_any_record() {
    let head = "$ORIGIN example.\n$TTL 60\n";
    let text = format!("{head}$GENERATE 0-4294967295 h$ A 10.0.0.1\n");
    let many = TextErrorKind::GenerateTooMany { count: 1 << 32, max: 65536 };
    assert_eq!(first_error(&text), (many, 3, 11));
    // At the limit, and with a step, it reads.
    let at_limit = format!("{head}$GENERATE 0-131071/2 h$ A 10.0.0.1\n");
    let mut z = ZoneFile::from_reader(at_limit.as_bytes()).unwrap();
    assert_eq!(all(&mut z).unwrap().len(), 65536);
    // The limit is the reader's to set.
    let mut z = ZoneFile::from_reader(at_limit.as_bytes()).unwrap().with_generate_limit(10);
    let e = all(&mut z).unwrap_err().error;
    assert_eq!(e.kind, TextErrorKind::GenerateTooMany { count: 65536, max: 10 });
    let range = TextErrorKind::Expected("a range with start <= stop and a step above 0");
    assert_eq!(first_error(&format!("{head}$GENERATE 1-3/0 h$ A 10.0.0.1\n")), (range, 3, 11));
    assert_eq!(first_error(&format!("{head}$GENERATE 3-1 h$ A 10.0.0.1\n")), (range, 3, 11));
    let number = TextErrorKind::OutOfRange { what: "a range number", max: u32::MAX.into() };
    assert_eq!(first_error(&format!("{head}$GENERATE 0-4294967296 h$ A 10.0.0.1\n")), (number, 3, 11));
    // Modifiers are checked at the directive, before the first record.
    let width = TextErrorKind::OutOfRange { what: "a $GENERATE width", max: 255 };
    assert_eq!(first_error(&format!("{head}$GENERATE 0-2 ${{0,4294967295,d}} A 10.0.0.1\n")), (width, 3, 15));
    let negative = TextErrorKind::Expected("a non-negative counter");
    assert_eq!(first_error(&format!("{head}$GENERATE 0-2 a A 10.0.0.${{-1}}\n")), (negative, 3, 19));
    let spec = TextErrorKind::Expected("${offset[,width[,base]]}");
    assert_eq!(first_error(&format!("{head}$GENERATE 0-2 h${{99999999999}} A 10.0.0.1\n")), (spec, 3, 15));
    // The largest offset cannot overflow: the name is merely too long.
    let text = format!("{head}$GENERATE 4294967295-4294967295 h${{9999999999,255,x}} A 10.0.0.1\n");
    assert!(matches!(first_error(&text), (TextErrorKind::Name(_), 3, 1)), "{:?}", first_error(&text));
}

/// `$INCLUDE` of something that is not a regular file is refused before it
/// is opened: a FIFO would block forever, a device never end.
#[test]
fn defect4_include_of_fifo_directory_or_device_refused() {
    let t = TempDir::new("special");
    let zones = t.0.join("zones");
    std::fs::write(zones.join("dir.zone"), "$INCLUDE sub\n").unwrap();
    let mut z = ZoneFile::open(zones.join("dir.zone")).unwrap().include_from(&zones).unwrap();
    let e = all(&mut z).unwrap_err();
    assert_eq!((e.error.kind, e.error.line, e.error.col), (TextErrorKind::IncludeNotFile, 1, 10));
    assert!(e.to_string().ends_with("dir.zone:1:10: $INCLUDE names something that is not a regular file"), "{e}");
    #[cfg(unix)]
    {
        let made = std::process::Command::new("mkfifo").arg(zones.join("fifo")).status().expect("mkfifo runs");
        assert!(made.success());
        std::fs::write(zones.join("fifo.zone"), "x. 1 A 192.0.2.1\n$INCLUDE fifo\n").unwrap();
        let mut z = ZoneFile::open(zones.join("fifo.zone")).unwrap().include_from(&zones).unwrap();
        let e = all(&mut z).unwrap_err();
        assert_eq!((e.error.kind, e.error.line, e.error.col), (TextErrorKind::IncludeNotFile, 2, 10));
    }
    #[cfg(target_os = "linux")]
    {
        let mut z = ZoneFile::from_reader(&b"$INCLUDE zero\n"[..]).unwrap().include_from("/dev").unwrap();
        assert_eq!(all(&mut z).unwrap_err().error.kind, TextErrorKind::IncludeNotFile);
    }
}

/// An entry is at most `MAX_ENTRY_LEN` octets of text: endless input
/// without a line end is refused where it goes over, in bounded memory.
#[test]
fn defect4_endless_entry_refused_at_the_limit() {
    use std::io::Read;
    let limit = dns_wire::text::MAX_ENTRY_LEN;
    let too_long = TextErrorKind::TooLong { what: "entry", max: limit };
    let input = std::io::BufReader::new(std::io::repeat(0));
    let mut z = ZoneFile::from_reader(input).unwrap();
    let mut buf = vec![0u8; 65535];
    let e = z.next_record(&mut buf).unwrap_err().error;
    assert_eq!((e.kind, e.line, e.col), (too_long, 1, u32::try_from(limit + 1).unwrap()));
    // Over several lines in parentheses, the column is where it goes over.
    let text = b"a. 1 TXT (\n".iter().copied().chain(std::iter::repeat(b'x')).take(limit + 100);
    let text: Vec<u8> = text.collect();
    let e = ZoneFile::from_reader(&text[..]).unwrap().next_record(&mut buf).unwrap_err().error;
    assert_eq!((e.kind, e.line, e.col), (too_long, 2, u32::try_from(limit + 1 - 11).unwrap()));
    // The rest of the over-long entry is skipped; what follows reads.
    let mut text = text;
    text.extend_from_slice(b" )\nb. 1 A 192.0.2.1\n");
    let mut z = ZoneFile::from_reader(std::io::BufReader::new((&text[..]).take(u64::MAX))).unwrap();
    assert!(z.next_record(&mut buf).is_err());
    assert_eq!(z.next_record(&mut buf).unwrap().unwrap().to_string(), "b.\t1\tIN\tA\t192.0.2.1");
}

/// A read error is reported with its line and column and the I/O error,
/// and ends the input.
#[test]
fn defect4_read_errors_name_line_and_column() {
    struct Failing(usize);
    impl std::io::Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let text = b"a. 1 A 192.0.2.1\nb. 1 TXT ( x\n y";
            if self.0 >= text.len() {
                return Err(std::io::Error::other("disk on fire"));
            }
            let n = buf.len().min(text.len() - self.0);
            buf[..n].copy_from_slice(&text[self.0..self.0 + n]);
            self.0 += n;
            Ok(n)
        }
    }
    let mut z = ZoneFile::from_reader(std::io::BufReader::new(Failing(0))).unwrap();
    let mut buf = vec![0u8; 65535];
    assert!(z.next_record(&mut buf).unwrap().is_some());
    let e = z.next_record(&mut buf).unwrap_err();
    assert_eq!((e.error.kind, e.error.line, e.error.col), (TextErrorKind::ReadFailed, 3, 3));
    assert_eq!(e.to_string(), "3:3: reading the text failed: disk on fire");
    assert!(z.next_record(&mut buf).unwrap().is_none());
}

/// Nested includes multiply: one reader follows at most `MAX_INCLUDES`.
#[test]
fn include_count_bounded() {
    let t = TempDir::new("count");
    let zones = t.0.join("zones");
    // 255 includes of a file that includes an empty file 256 times, and
    // one more: 65,536 in all, allowed; one more is not.
    std::fs::write(zones.join("empty.zone"), "").unwrap();
    std::fs::write(zones.join("sub.zone"), "$INCLUDE empty.zone\n".repeat(256)).unwrap();
    let mut top = "$INCLUDE sub.zone\n".repeat(255);
    top.push_str("$INCLUDE empty.zone\n");
    std::fs::write(zones.join("top.zone"), &top).unwrap();
    let mut z = ZoneFile::open(zones.join("top.zone")).unwrap().include_from(&zones).unwrap();
    assert_eq!(all(&mut z).unwrap().len(), 0);
    top.push_str("$INCLUDE empty.zone\n");
    std::fs::write(zones.join("top.zone"), &top).unwrap();
    let mut z = ZoneFile::open(zones.join("top.zone")).unwrap().include_from(&zones).unwrap();
    let e = all(&mut z).unwrap_err().error;
    assert_eq!((e.kind, e.line, e.col), (TextErrorKind::IncludeTooMany { max: dns_wire::text::MAX_INCLUDES }, 257, 10));
}

/// Hostile text streamed: NUL octets and invalid UTF-8 are octets like any
/// other, CR alone is white space (not a line end), and what is left open
/// at the end of the input is an error at the place it ends.
#[test]
fn hostile_text_reads_or_fails_with_its_position() {
    let read = |text: &[u8]| {
        let mut z = ZoneFile::from_reader(std::io::BufReader::with_capacity(2, text)).unwrap();
        all(&mut z).map_err(|e| (e.error.kind, e.error.line, e.error.col))
    };
    assert_eq!(read(b"a. 1 TXT x\0y\n").unwrap(), ["a.\t1\tIN\tTXT\t\"x\\000y\""]);
    assert_eq!(read(b"\xff. 1 TXT \xfe\n").unwrap(), ["\\255.\t1\tIN\tTXT\t\"\\254\""]);
    assert_eq!(read(b"a. 1 TXT x\rb. 1 TXT y\r").unwrap(), ["a.\t1\tIN\tTXT\t\"x\" \"b.\" \"1\" \"TXT\" \"y\""]);
    assert_eq!(read(b"a. 1 TXT \"x").unwrap_err(), (TextErrorKind::UnterminatedQuote, 1, 10));
    assert_eq!(read(b"a. 1 TXT ( x ; (\n\n").unwrap_err(), (TextErrorKind::UnbalancedParens, 3, 1));
    assert_eq!(read(b"a. 1 TXT ( x").unwrap_err(), (TextErrorKind::UnbalancedParens, 1, 13));
    assert_eq!(read(b"a. 1 TXT ( x\\").unwrap_err(), (TextErrorKind::BadEscape, 1, 12));
    // $ORIGIN and $TTL carry across entries read one at a time.
    let text = b"$ORIGIN a.\n$TTL 1h\nb TXT ( x\n y )\n$ORIGIN c.a.\n@ TXT z\n";
    assert_eq!(read(text).unwrap(), ["b.a.\t3600\tIN\tTXT\t\"x\" \"y\"", "c.a.\t3600\tIN\tTXT\t\"z\""]);
}
