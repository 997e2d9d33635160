//! DNSSEC key files (BIND `K*.key` and `K*.private`): the input, split at
//! its first NUL, is a key file and a private-key file; each accepted file
//! is written (`to_text`) and must read back equal.
#![no_main]

use dnssec::key::{KeyFile, PrivateKeyFile};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (key, private) = match data.iter().position(|&b| b == 0) {
        Some(at) => (data.get(..at).unwrap_or_default(), data.get(at + 1..).unwrap_or_default()),
        None => (data, &[][..]),
    };
    if let Ok(text) = core::str::from_utf8(key)
        && let Ok(kf) = KeyFile::parse(text)
    {
        let _ = kf.key_tag();
        let out = kf.to_text(Some(1_700_000_000));
        match KeyFile::parse(&out) {
            Ok(again) => assert_eq!(kf, again, "the key file reads back differently:\n{out}"),
            Err(e) => panic!("the key file writes as text that does not read back: {e}\n{out}"),
        }
    }
    if let Ok(text) = core::str::from_utf8(private)
        && let Ok(pk) = PrivateKeyFile::parse(text)
    {
        let out = pk.to_text();
        match PrivateKeyFile::parse(&out) {
            Ok(again) => assert_eq!(pk, again, "the private key file reads back differently:\n{out}"),
            Err(e) => panic!("the private key file writes as text that does not read back: {e}\n{out}"),
        }
    }
});
