//! `protokit message` from the outside: one line out per message in, in
//! the formats the issue defines.

mod common;

fn protokit(args: &[&str], stdin: &str) -> (String, bool) {
    common::text_and_status(args, stdin)
}

/// RFC 1035 section 4.1.4's example, made into a message: F.ISI.ARPA,
/// FOO.F.ISI.ARPA (pointing at it) and ARPA (pointing into it), as NS RRs.
const RFC1035_COMPRESSED: &str = "0001818000000003000000000146034953490441525041000002000100000e10000100\
03464f4fc00c0002000100000e100002c00cc0120002000100000e100002c012";

#[test]
fn stdin_lines_give_one_line_each() {
    let input = format!("{RFC1035_COMPRESSED}\n\nzz\n0001\nc0a\n");
    let (out, ok) = protokit(&["message", "-"], &input);
    assert!(ok);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[0].starts_with("ok 000181800000000300000000"), "{}", lines[0]);
    assert_eq!(lines[1], "error: invalid hex digit 'z' at column 0");
    assert_eq!(lines[2], "error: truncated at offset 0: 10 more octets needed");
    assert_eq!(lines[3], "error: odd number of hex digits");
}

#[test]
fn rebuilt_message_is_compressed_again() {
    let (out, _) = protokit(&["message", "-"], RFC1035_COMPRESSED);
    // The builder finds the same suffixes: the output equals the input.
    assert_eq!(out.trim(), format!("ok {RFC1035_COMPRESSED}"));
}

#[test]
fn errors_name_the_offset() {
    // A question whose name is a pointer to itself.
    let (out, _) = protokit(&["message", "-"], "000000000001000000000000c00c00010001\n");
    assert_eq!(out.trim(), "error: compression pointer at offset 12 targets 12, not an earlier name");
    // One answer counted, none there.
    let (out, _) = protokit(&["message", "-"], "000081800000000100000000\n");
    assert_eq!(out.trim(), "error: answer section ends at offset 12 after 0 of 1 records");
    // Trailing octets.
    let (out, _) = protokit(&["message", "-"], "000081800000000000000000ff\n");
    assert_eq!(out.trim(), "error: 1 octets of trailing data at offset 12");
}

#[test]
fn bundled_sample_and_text() {
    let (out, ok) = protokit(&["message"], "");
    assert!(ok && out.starts_with("ok 5a3c81a0"), "{out}");
    let (text, ok) = protokit(&["message", "--text"], "");
    assert!(ok);
    assert!(text.contains(";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 23100"), "{text}");
    assert!(text.contains("www.example.com.\t300\tIN\tCNAME\tweb.example.com."), "{text}");
    assert!(text.contains("; EDNS: version: 0, flags: do; udp: 1232"), "{text}");
}

#[test]
fn file_of_raw_wire() {
    let dir = std::env::temp_dir().join(format!("protokit-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("msg.bin");
    let wire: Vec<u8> = (0..RFC1035_COMPRESSED.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&RFC1035_COMPRESSED[i..i + 2], 16).unwrap())
        .collect();
    std::fs::write(&path, &wire).unwrap();
    let (out, ok) = protokit(&["message", path.to_str().unwrap()], "");
    assert!(ok);
    assert_eq!(out.trim(), format!("ok {RFC1035_COMPRESSED}"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The reproducer for defect 1: 65,593 octets in which
/// `evil.attacker.` starts at offset 65548 (0x1000C) and a later record is
/// owned by a pointer to offset 12. It used to be rebuilt with that owner
/// replaced by `evil.attacker.`; now it is refused for its length.
#[test]
fn defect1_message_over_65535_octets_refused() {
    fn name(n: &str) -> Vec<u8> {
        let mut out = Vec::new();
        for l in n.split('.') {
            out.push(u8::try_from(l.len()).unwrap());
            out.extend_from_slice(l.as_bytes());
        }
        out.push(0);
        out
    }
    fn rr(owner: &[u8], rtype: u8, rdata: &[u8]) -> Vec<u8> {
        let mut out = owner.to_vec();
        out.extend_from_slice(&[0, rtype, 0, 1, 0, 0, 0, 60]);
        out.extend_from_slice(&u16::try_from(rdata.len()).unwrap().to_be_bytes());
        out.extend_from_slice(rdata);
        out
    }
    let mut m = vec![0, 1, 0x81, 0x80, 0, 1, 0x01, 0x39, 0, 0, 0, 0];
    m.extend(name("example.com"));
    m.extend([0, 1, 0, 1]);
    let owner = name(&["p".repeat(48).as_str(); 4].join("."));
    for _ in 0..310 {
        m.extend(rr(&owner, 1, &[0; 4]));
    }
    m.extend(rr(b"\xc0\x0c", 10, &[0; 97]));
    m.extend(rr(&name("evil.attacker"), 1, &[0; 4]));
    m.extend(rr(b"\xc0\x0c", 1, &[192, 0, 2, 1]));
    assert_eq!(m.len(), 65593);
    let hex: String = m.iter().map(|b| format!("{b:02x}")).collect();
    for args in [&["message", "-"][..], &["message", "-", "--text"]] {
        let (out, ok) = protokit(args, &hex);
        assert!(ok);
        assert_eq!(out.trim(), "error: message is 65593 octets long, more than 65535", "{args:?}");
    }
}
