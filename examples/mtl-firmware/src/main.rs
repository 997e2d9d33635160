//! A complete bare-metal program for a Cortex-M4F that verifies MTL-mode
//! signatures with dnssec (`no_std` + `alloc`). For each of two vectors (the
//! ML-DSA-44-MTL DNSSEC demo and the SLH-DSA-MTL-SHA2-128S interop vectors of
//! the reference library) it verifies the post-quantum signature over a
//! ladder once, keeps the verified ladder, checks condensed signatures and
//! tampered copies against it, and reports the outcomes, the heap's use and
//! the stack's high-water mark of each step over semihosting.
//!
//! Build: `cargo build --release` in this folder (the target is set in
//! `.cargo/config.toml`); run on QEMU's MPS2-AN386 board: `cargo run --release`.
//! The exit status is 0 when every check gave what its vector says.

#![no_std]
#![no_main]
#![deny(unsafe_code)]

mod check;
mod heap;
mod stack;
mod vectors;

use core::fmt::Display;
use core::panic::PanicInfo;

use cortex_m_rt::entry;
use cortex_m_semihosting::{debug, hprint, hprintln};
use dnssec::mtl::VerifiedLadder;

use crate::check::Vector;

/// Prints `valid` or `invalid (why)`.
fn verdict(what: &str, result: &Result<(), impl Display>) {
    match result {
        Ok(()) => hprintln!("  {}: valid", what),
        Err(e) => hprintln!("  {}: invalid ({})", what, e),
    }
}

/// Prints a stack high-water mark.
fn stack_line(step: &str, peak: Option<usize>) {
    hprint!("  stack peak, {}: ", step);
    match peak {
        Some(octets) => hprintln!("{} octets", octets),
        None => hprintln!("overflowed"),
    }
}

/// Runs and reports the checks of one vector; returns the verified ladder
/// (kept: the cache) and whether everything was as the vector says.
fn run(vector: &Vector) -> (Option<VerifiedLadder>, bool) {
    hprintln!("{}:", vector.name);
    let key = match vector.key() {
        Ok(key) => key,
        Err(e) => {
            hprintln!("  key: unusable ({})", e);
            return (None, false);
        }
    };

    stack::paint();
    let ladder = vector.cache_ladder(&key);
    let ladder_stack = stack::peak();
    stack::paint();
    let condensed = vector.condensed(&key, ladder.as_ref().ok());
    let condensed_stack = stack::peak();

    match &ladder {
        Ok(l) => hprintln!("  ladder: ok ({} signature verified, {} rungs cached)", vector.scheme, l.rungs().len()),
        Err(e) => hprintln!("  ladder: failed ({})", e),
    }
    hprintln!("  condensed: {} of {} valid", condensed.valid, vector.condensed.len());
    if let Some(e) = condensed.first_error {
        hprintln!("  first failure: {}", e);
    }
    verdict("tampered signature", &condensed.tampered_signature);
    verdict("tampered message", &condensed.tampered_message);
    stack_line("ladder", ladder_stack);
    stack_line("condensed", condensed_stack);

    let ok = ladder.as_ref().is_ok_and(|l| l.rungs().len() == vector.rungs)
        && condensed.as_expected(vector.condensed.len())
        && ladder_stack.is_some()
        && condensed_stack.is_some();
    (ladder.ok(), ok)
}

#[entry]
fn main() -> ! {
    heap::init();
    let (demo_ladder, demo_ok) = run(&vectors::DEMO);
    let (interop_ladder, interop_ok) = run(&vectors::INTEROP);
    let cached = [&demo_ladder, &interop_ladder].iter().filter(|l| l.is_some()).count();
    hprintln!("heap peak: {} octets in {} allocations (region {})", heap::peak(), heap::allocations(), heap::SIZE);
    hprintln!("heap in use with {} ladders cached: {} octets", cached, heap::in_use());

    let ok = demo_ok && interop_ok;
    hprintln!("result: {}", if ok { "as expected" } else { "UNEXPECTED" });
    debug::exit(if ok { debug::EXIT_SUCCESS } else { debug::EXIT_FAILURE });
    loop {
        core::hint::black_box(());
    }
}

#[panic_handler]
fn panic(info: &PanicInfo<'_>) -> ! {
    hprintln!("panic: {}", info);
    debug::exit(debug::EXIT_FAILURE);
    loop {
        core::hint::black_box(());
    }
}
