//! RDATA presentation text: the first two octets are the type, the rest
//! its text; what reads must print and read back to the same wire form.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((rtype, text)) = protokit_fuzz::split_type(data) else { return };
    let Ok(text) = core::str::from_utf8(text) else { return };
    protokit_fuzz::roundtrip::rdata_text(rtype, text);
});
