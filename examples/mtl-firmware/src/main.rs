//! A complete bare-metal program for a Cortex-M4F that verifies MTL-mode
//! DNSSEC signatures with dnssec (`no_std` + `alloc`): it verifies the
//! ML-DSA-44 signature over a signed ladder once, keeps the verified ladder,
//! checks condensed signatures against it, and reports the outcomes, the
//! heap's use and the stack's high-water mark of each step over semihosting.
//!
//! Build: `cargo build --release` in this folder (the target is set in
//! `.cargo/config.toml`); run on QEMU's MPS2-AN386 board: `cargo run --release`.
//! The exit status is 0 when every check gave what the vector says.

#![no_std]
#![no_main]
#![deny(unsafe_code)]

mod check;
mod heap;
mod stack;

use core::fmt::Display;
use core::panic::PanicInfo;

use cortex_m_rt::entry;
use cortex_m_semihosting::{debug, hprint, hprintln};

/// Prints `valid` or `invalid (why)`.
fn verdict(what: &str, result: &Result<(), impl Display>) {
    match result {
        Ok(()) => hprintln!("{}: valid", what),
        Err(e) => hprintln!("{}: invalid ({})", what, e),
    }
}

/// Prints a stack high-water mark.
fn stack_line(step: &str, peak: Option<usize>) {
    hprint!("stack peak, {}: ", step);
    match peak {
        Some(octets) => hprintln!("{} octets", octets),
        None => hprintln!("overflowed"),
    }
}

#[entry]
fn main() -> ! {
    heap::init();
    let key = check::key();

    stack::paint();
    let ladder = key.as_ref().map_err(|e| *e).and_then(check::cache_ladder);
    let ladder_stack = stack::peak();
    let cache_heap = heap::in_use();

    stack::paint();
    let condensed = key.as_ref().map(|k| check::condensed(k, ladder.as_ref().ok()));
    let condensed_stack = stack::peak();

    match &ladder {
        Ok(l) => hprintln!("ladder: ok (ML-DSA-44 signature verified, {} rungs cached)", l.rungs().len()),
        Err(e) => hprintln!("ladder: failed ({})", e),
    }
    match &condensed {
        Ok(c) => {
            verdict("condensed", &c.genuine);
            verdict("tampered signature", &c.tampered_signature);
            verdict("tampered message", &c.tampered_message);
        }
        Err(e) => hprintln!("condensed: not checked ({})", e),
    }
    hprintln!("heap peak: {} octets in {} allocations (region {})", heap::peak(), heap::allocations(), heap::SIZE);
    hprintln!("heap in use with the ladder cached: {} octets", cache_heap);
    stack_line("ladder", ladder_stack);
    stack_line("condensed", condensed_stack);

    let ok = ladder.as_ref().is_ok_and(|l| l.rungs().len() == 2)
        && condensed.as_ref().is_ok_and(check::Condensed::as_expected)
        && ladder_stack.is_some()
        && condensed_stack.is_some();
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
