//! DNSSEC key files, structured: valid `KeyFile`s and `PrivateKeyFile`s
//! from `Arbitrary` (dnssec's feature `arbitrary`) are written and must
//! read back equal.
#![no_main]

use dnssec::key::{KeyFile, PrivateKeyFile};

libfuzzer_sys::fuzz_target!(|files: (KeyFile, PrivateKeyFile, Option<u32>)| {
    let (key, private, created) = files;
    let text = key.to_text(created);
    match KeyFile::parse(&text) {
        Ok(again) => assert_eq!(again, key, "the key file reads back differently:\n{text}"),
        Err(e) => panic!("a valid key file writes as text that does not read: {e}\n{text}"),
    }
    let text = private.to_text();
    match PrivateKeyFile::parse(&text) {
        Ok(again) => assert_eq!(again, private, "the private key file reads back differently"),
        Err(e) => panic!("a valid private key file writes as text that does not read: {e}"),
    }
});
