//! The global allocator: embedded-alloc's linked-list heap over a fixed
//! static region, wrapped to record the most octets it ever had in use.

use core::alloc::{GlobalAlloc, Layout};
use core::mem::MaybeUninit;
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use embedded_alloc::LlffHeap;

/// The size of the heap region.
pub const SIZE: usize = 4 * 1024;

/// The heap's memory; only [`init`] hands it out, once, to the allocator.
static mut REGION: [MaybeUninit<u8>; SIZE] = [MaybeUninit::uninit(); SIZE];

/// A heap that counts its allocations and remembers its peak use.
struct PeakHeap {
    heap: LlffHeap,
    initialized: AtomicBool,
    peak: AtomicUsize,
    allocations: AtomicUsize,
}

#[global_allocator]
static HEAP: PeakHeap = PeakHeap {
    heap: LlffHeap::empty(),
    initialized: AtomicBool::new(false),
    peak: AtomicUsize::new(0),
    allocations: AtomicUsize::new(0),
};

/// Gives [`REGION`] to the allocator; calls after the first do nothing.
pub fn init() {
    if HEAP.initialized.swap(true, Ordering::AcqRel) {
        return;
    }
    // embedded-alloc takes an address and makes it a pointer again.
    let start = (&raw mut REGION).expose_provenance();
    #[allow(unsafe_code)]
    // SAFETY: this runs once (the flag above), before any allocation, and
    // REGION is used by nothing but the allocator.
    unsafe {
        HEAP.heap.init(start, SIZE);
    }
}

/// The most octets the allocator ever had in use (its own rounding and
/// block headers included).
pub fn peak() -> usize {
    HEAP.peak.load(Ordering::Relaxed)
}

/// The octets the allocator has in use now.
pub fn in_use() -> usize {
    HEAP.heap.used()
}

/// How many allocations (and reallocations) were made.
pub fn allocations() -> usize {
    HEAP.allocations.load(Ordering::Relaxed)
}

#[allow(unsafe_code)]
// SAFETY: every call goes to the inner heap unchanged, which upholds the
// GlobalAlloc contract; the wrapper only updates counters.
unsafe impl GlobalAlloc for PeakHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees on `layout` are passed on as given.
        let ptr = unsafe { self.heap.alloc(layout) };
        if !ptr.is_null() {
            self.allocations.fetch_add(1, Ordering::Relaxed);
            self.peak.fetch_max(self.heap.used(), Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` above with this `layout` (the
        // caller's guarantee), so from the inner heap.
        unsafe { self.heap.dealloc(ptr, layout) }
    }
}
