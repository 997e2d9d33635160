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
