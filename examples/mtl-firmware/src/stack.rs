//! The stack's high-water mark: the free stack below the caller is painted
//! with a pattern; the lowest word no longer holding it shows how deep the
//! stack went.

use cortex_m::register::msp;

/// The pattern painted on free stack.
const PAINT: u32 = 0xA5C3_5A3C;
/// Octets left unpainted below the stack pointer of [`paint`] (its own frame).
const MARGIN: usize = 64;

// cortex-m-rt's linker script: the stack grows down from `_stack_start` (the
// end of RAM) to `_stack_end` (the end of the static data and heap region).
#[allow(unsafe_code)]
// SAFETY: link.x defines both symbols; only their addresses are taken, never
// their values, so their type does not matter.
unsafe extern "C" {
    safe static _stack_start: u32;
    safe static _stack_end: u32;
}

/// The stack's lowest and highest addresses (word aligned).
fn bounds() -> (usize, usize) {
    ((&raw const _stack_end).expose_provenance(), (&raw const _stack_start).expose_provenance())
}

/// Paints the free stack below the current frame.
#[inline(never)]
pub fn paint() {
    let (low, _) = bounds();
    let below = usize::try_from(msp::read()).unwrap_or(low).saturating_sub(MARGIN) & !3;
    for addr in (low..below).step_by(4) {
        #[allow(unsafe_code)]
        // SAFETY: `addr` is word aligned, in RAM and below the stack pointer
        // of this leaf function: unused stack that nothing references.
        unsafe {
            core::ptr::write_volatile(core::ptr::with_exposed_provenance_mut::<u32>(addr), PAINT);
        }
    }
}

/// The deepest the stack went since [`paint`], in octets from its top;
/// `None` if the paint is gone down to the stack's end (it overflowed).
pub fn peak() -> Option<usize> {
    let (low, high) = bounds();
    let deepest = (low..high).step_by(4).find(|&addr| {
        #[allow(unsafe_code)]
        // SAFETY: `addr` is word aligned and inside the stack region, which
        // is ordinary RAM; reading it as a `u32` is always defined.
        let word = unsafe { core::ptr::read_volatile(core::ptr::with_exposed_provenance::<u32>(addr)) };
        word != PAINT
    })?;
    (deepest > low).then(|| high - deepest)
}
