//! DNS message, as `message`, with the structure-aware mutator
//! (`protokit_fuzz::mutator`) in place of libFuzzer's byte mutations.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    protokit_fuzz::walk::message(data);
});

libfuzzer_sys::fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    protokit_fuzz::mutator::mutate(data, size, max_size, seed, libfuzzer_sys::fuzzer_mutate)
});
