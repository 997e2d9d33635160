//! A structure-aware mutator for DNS messages (RFC 1035 section 4).
//!
//! [`mutate`] reads the input as a message into a [`Model`] (header, the
//! questions and records with their names as label lists), changes one
//! thing in it (a header field, a count, a name, a label, a compression
//! pointer, an RDATA length, a type, class or TTL, the RDATA octets, the
//! records' order or section) and writes it again, compressing names as a
//! server would. Inputs that do not read as a message are handed to the
//! fallback byte mutator (libFuzzer's own, in the targets).
//!
//! Nothing here depends on libFuzzer or on the parser under test beyond
//! reading the seed: to aim it at other DNS software, call [`mutate`] from
//! that software's `fuzz_mutator!` (see `fuzz/README.md`).
//!
//! ```
//! use protokit_fuzz::mutator::mutate;
//! let seed = b"\x12\x34\x01\x00\0\x01\0\0\0\0\0\0\x07example\x03com\0\0\x01\0\x01";
//! let mut buf = seed.to_vec();
//! buf.resize(512, 0);
//! let mut changed = 0;
//! for s in 0..64 {
//!     let mut work = buf.clone();
//!     let n = mutate(&mut work, seed.len(), 512, s, |_, size, _| size);
//!     assert!(n <= 512);
//!     changed += usize::from(work[..n] != seed[..]);
//! }
//! assert!(changed > 32);
//! ```

mod model;
mod rng;

pub use model::{Model, MsgName, Question, Rr};
pub use rng::Rng;

/// Mutates the message in `data[..size]` in place, writing at most
/// `max_size` octets (and no more than `data.len()`), and returns the new
/// size. `seed` picks the mutation; `fallback(data, size, max_size)` is
/// called when the input does not read as a message or the mutation did
/// not fit (in a libFuzzer target: `libfuzzer_sys::fuzzer_mutate`).
pub fn mutate(
    data: &mut [u8],
    size: usize,
    max_size: usize,
    seed: u32,
    mut fallback: impl FnMut(&mut [u8], usize, usize) -> usize,
) -> usize {
    let max_size = max_size.min(data.len());
    let size = size.min(max_size);
    let mut rng = Rng::new(seed);
    let Some(input) = data.get(..size) else { return fallback(data, size, max_size) };
    // One in four times, and whenever the input is not a message, the
    // byte mutator runs alone: it finds what the structure cannot express.
    let Some(mut model) = Model::read(input).filter(|_| rng.below(4) != 0) else {
        return fallback(data, size, max_size);
    };
    let rounds = 1 + rng.below(3);
    for _ in 0..rounds {
        model.mutate(&mut rng);
    }
    let out = model.write();
    let Some(dst) = data.get_mut(..out.len()).filter(|_| out.len() <= max_size) else {
        return fallback(data, size, max_size);
    };
    dst.copy_from_slice(&out);
    // One in four structural mutations gets a byte mutation on top, so the
    // two kinds combine.
    if rng.below(4) == 0 { fallback(data, out.len(), max_size) } else { out.len() }
}
