//! `protokit zone print` on the zones that BIND, ldns and Knot wrote
//! (copies in `dns-wire/tests/data/interop`): every zone reads, and reading what protokit
//! printed gives the same records again (nothing lost, nothing changed).

use std::path::{Path, PathBuf};
use std::process::Command;

fn interop() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../dns-wire/tests/data/interop")
}

fn zones() -> Vec<PathBuf> {
    let mut out = vec![interop().join("src/example.test.zone")];
    for tool in ["bind", "ldns", "knot"] {
        let dir = interop().join("signed").join(tool);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("dir entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "zone"))
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}

fn print(path: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_protokit"))
        .args(["zone", "print"])
        .arg(path)
        .args(["--origin", "example.test."])
        .output()
        .expect("protokit runs");
    assert!(out.status.success(), "{}: {}", path.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn interop_zones_print_and_read_back_the_same() {
    let dir = std::env::temp_dir().join(format!("protokit-zones-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let zones = zones();
    assert!(zones.len() >= 16, "{} zones", zones.len());
    for zone in zones {
        let first = print(&zone);
        let records = first.lines().count();
        assert!(records > 250, "{}: {records} records", zone.display());
        for line in first.lines() {
            assert_eq!(line.split('\t').count(), 5, "{}: {line}", zone.display());
        }
        let again = dir.join("printed.zone");
        std::fs::write(&again, &first).unwrap();
        let second = print(&again);
        assert_eq!(first, second, "{}: printing what was printed changed it", zone.display());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn parse_errors_name_file_line_and_column() {
    let dir = std::env::temp_dir().join(format!("protokit-zone-err-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.zone");
    std::fs::write(&bad, "$ORIGIN example.\n$TTL 60\nwww A 192.0.2.1\nmail MX ten mail\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_protokit")).args(["zone", "print"]).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim(), format!("{}:4:9: expected a preference", bad.display()));
    std::fs::remove_dir_all(&dir).unwrap();
}
