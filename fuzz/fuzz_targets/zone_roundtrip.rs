//! Zone text -> wire -> text -> wire: the printed records read back to the
//! same octets.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    protokit_fuzz::roundtrip::zone(data);
});
