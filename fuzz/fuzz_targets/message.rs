//! DNS message: `Message::parse` and a walk over every part, typed.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    protokit_fuzz::walk::message(data);
});
