//! A small deterministic generator, seeded by the fuzzer.

/// xorshift64*: enough to pick mutations, deterministic for a seed.
///
/// ```
/// let mut r = protokit_fuzz::mutator::Rng::new(7);
/// assert!(r.below(10) < 10);
/// ```
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u32) -> Self {
        Rng(u64::from(seed).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next 64 random bits.
    pub fn bits(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        usize::try_from(self.bits() % u64::try_from(n).unwrap_or(u64::MAX)).unwrap_or(0)
    }

    /// A random 16-bit value, biased towards the edges and small numbers.
    pub fn u16(&mut self) -> u16 {
        match self.below(4) {
            0 => [0, 1, 0x7fff, 0x8000, 0xfffe, 0xffff][self.below(6)],
            1 => u16::try_from(self.below(16)).unwrap_or(0),
            _ => (self.bits() >> 16) as u16,
        }
    }

    /// A random octet.
    pub fn u8(&mut self) -> u8 {
        (self.bits() >> 24) as u8
    }
}
