//! The part of libfuzzer-sys's interface the protokit fuzz targets use,
//! for AFL++: `fuzz/afl/Cargo.toml` depends on this crate under the name
//! `libfuzzer-sys`, so the unchanged target files in `fuzz/fuzz_targets/`
//! (`#![no_main]`, `libfuzzer_sys::fuzz_target!(...)`) build as AFL++
//! programs with `cargo afl build`.
//!
//! * [`fuzz_target!`] expands to a C `main` that runs the body under
//!   [`afl::fuzz!`] (AFL++'s persistent mode and forkserver; a panic aborts,
//!   which AFL++ records as a crash). The typed form `|input: T|` builds `T`
//!   as libfuzzer-sys does, with [`arbitrary::Unstructured`] and
//!   `arbitrary_take_rest` (not `afl::fuzz!`'s own `arbitrary`), and skips
//!   inputs shorter than `T::size_hint`, so a file means the same input to
//!   both fuzzers and corpora and crash files carry over.
//! * [`fuzz_mutator!`] expands to nothing: AFL++ mutates with its own
//!   mutators (the libFuzzer custom-mutator hook is not wired to AFL++'s
//!   `afl_custom_fuzz` API).
//! * [`fuzzer_mutate`] exists so that the mutator bodies type-check; with
//!   `fuzz_mutator!` expanding to nothing it is never called.
//!
//! Unsafe code: the crate itself has none (`unsafe_code` is forbidden
//! here). [`fuzz_target!`] expands to `#[unsafe(no_mangle)] extern "C" fn
//! main`, which the lint counts as unsafe code; see the comment on the macro.

#![forbid(unsafe_code)]

#[doc(hidden)]
pub use afl;
pub use arbitrary;

/// Defines the fuzz target: a C `main` that feeds AFL++'s inputs to the
/// body, in the forms of libfuzzer-sys's `fuzz_target!` (bytes or a typed
/// `arbitrary` input, with or without `init:`; a `-> T` result, such as
/// libFuzzer's `Corpus`, is computed and ignored).
///
/// Unsafe code: the expansion's `#[unsafe(no_mangle)]` is what the
/// `unsafe_code` lint reports, but rustc does not report that lint for
/// code expanded from another crate's macro, so the crates that call this
/// macro (`fuzz/afl`'s binaries) keep `unsafe_code = "forbid"` and no
/// `allow` is needed anywhere. Should rustc start reporting it, the allow
/// belongs on the generated `main` alone, with the package lint lowered
/// from `forbid` to `deny` (a `forbid` cannot be allowed).
#[macro_export]
macro_rules! fuzz_target {
    (|$bytes:ident| $body:expr) => {
        $crate::fuzz_target!(init: (), |$bytes: &[u8]| -> () { $body });
    };
    (|$bytes:ident: &[u8]| $body:expr) => {
        $crate::fuzz_target!(init: (), |$bytes: &[u8]| -> () { $body });
    };
    (|$bytes:ident: &[u8]| -> $rty:ty $body:block) => {
        $crate::fuzz_target!(init: (), |$bytes: &[u8]| -> $rty { $body });
    };
    (init: $init:expr, |$bytes:ident| $body:expr) => {
        $crate::fuzz_target!(init: $init, |$bytes: &[u8]| -> () { $body });
    };
    (init: $init:expr, |$bytes:ident: &[u8]| $body:expr) => {
        $crate::fuzz_target!(init: $init, |$bytes: &[u8]| -> () { $body });
    };
    (init: $init:expr, |$bytes:ident: &[u8]| -> $rty:ty $body:block) => {
        const _: () = {
            /// The program's entry point: runs `init`, then the target on
            /// every input AFL++ sends (persistent mode).
            #[unsafe(no_mangle)]
            pub extern "C" fn main() -> i32 {
                $init;
                $crate::afl::fuzz!(|bytes: &[u8]| {
                    let _ = __protokit_afl_run(bytes);
                });
                0
            }

            // A function of its own, as in libfuzzer-sys: the body may
            // `return`, and a crash's stack names the target.
            #[inline(never)]
            fn __protokit_afl_run($bytes: &[u8]) -> $rty {
                $body
            }
        };
    };
    (|$data:ident: $dty:ty| $body:expr) => {
        $crate::fuzz_target!(init: (), |$data: $dty| -> () { $body });
    };
    (|$data:ident: $dty:ty| -> $rty:ty $body:block) => {
        $crate::fuzz_target!(init: (), |$data: $dty| -> $rty { $body });
    };
    (init: $init:expr, |$data:ident: $dty:ty| $body:expr) => {
        $crate::fuzz_target!(init: $init, |$data: $dty| -> () { $body });
    };
    (init: $init:expr, |$data:ident: $dty:ty| -> $rty:ty $body:block) => {
        const _: () = {
            /// The program's entry point: runs `init`, then the target on
            /// every input AFL++ sends (persistent mode), built into a
            /// typed value as libfuzzer-sys builds it.
            #[unsafe(no_mangle)]
            pub extern "C" fn main() -> i32 {
                $init;
                $crate::afl::fuzz!(|bytes: &[u8]| {
                    use $crate::arbitrary::{Arbitrary, Unstructured};
                    // As libfuzzer-sys: too short for the type's minimum
                    // size is not worth building.
                    if bytes.len() < <$dty as Arbitrary>::size_hint(0).0 {
                        return;
                    }
                    let Ok(data) = <$dty as Arbitrary>::arbitrary_take_rest(Unstructured::new(bytes)) else {
                        return;
                    };
                    let _ = __protokit_afl_run(data);
                });
                0
            }

            #[inline(never)]
            fn __protokit_afl_run($data: $dty) -> $rty {
                $body
            }
        };
    };
}

/// libFuzzer's custom-mutator hook: expands to nothing, AFL++ uses its own
/// mutations. (Wiring a mutator into AFL++ means building a shared object
/// with its `afl_custom_fuzz` API, a different interface.)
#[macro_export]
macro_rules! fuzz_mutator {
    ($($tokens:tt)*) => {};
}

/// libFuzzer's byte mutator, which does not exist under AFL++: returns the
/// input unchanged (`size`, at most `max_size` and `data.len()`). Only
/// mutator bodies name it, and [`fuzz_mutator!`] discards those.
///
/// ```
/// let mut data = *b"hello";
/// assert_eq!(protokit_afl_shim::fuzzer_mutate(&mut data, 5, 3), 3);
/// ```
pub fn fuzzer_mutate(data: &mut [u8], size: usize, max_size: usize) -> usize {
    size.min(max_size).min(data.len())
}
