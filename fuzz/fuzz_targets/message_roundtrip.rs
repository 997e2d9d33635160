//! DNS message parse -> build (`MessageBuilder::copy_message`) -> parse:
//! the same header, questions and records. Uses the structure-aware
//! mutator, which keeps most inputs parseable.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    protokit_fuzz::roundtrip::message(data);
});

libfuzzer_sys::fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    protokit_fuzz::mutator::mutate(data, size, max_size, seed, libfuzzer_sys::fuzzer_mutate)
});
