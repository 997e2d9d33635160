//! Signature times: 32-bit seconds compared in serial-number arithmetic
//! (RFC 4034 section 3.1.5, RFC 1982).

/// Whether `a` is before `b` in RFC 1982 serial-number arithmetic with
/// 32-bit serials: `b` is ahead of `a` by 1 to 2^31 - 1. A distance of
/// exactly 2^31 is undefined in RFC 1982 and counts as "not before".
///
/// ```
/// use dnssec::time::serial_lt;
/// assert!(serial_lt(1, 2));
/// assert!(serial_lt(u32::MAX, 5)); // wraps around
/// assert!(!serial_lt(5, u32::MAX));
/// assert!(!serial_lt(0, 1 << 31));
/// ```
pub const fn serial_lt(a: u32, b: u32) -> bool {
    let ahead = b.wrapping_sub(a);
    ahead != 0 && ahead < (1 << 31)
}

/// The validity window of a signature: inception and expiration, seconds
/// since 1970 modulo 2^32 (RFC 4034 section 3.1.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Validity {
    /// The Signature Inception field.
    pub inception: u32,
    /// The Signature Expiration field.
    pub expiration: u32,
}

/// Where a time falls against a [`Validity`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Window {
    /// Inside the window (both ends included).
    Valid,
    /// The expiration is before the inception: never valid (RFC 8914 code 25).
    ExpiredBeforeValid,
    /// After the expiration (RFC 8914 code 7).
    Expired,
    /// Before the inception (RFC 8914 code 8).
    NotYetValid,
}

impl Validity {
    /// Where `now` falls in the window.
    ///
    /// ```
    /// use dnssec::time::{Validity, Window};
    /// let v = Validity { inception: 100, expiration: 200 };
    /// assert_eq!(v.check(150), Window::Valid);
    /// assert_eq!(v.check(200), Window::Valid);
    /// assert_eq!(v.check(201), Window::Expired);
    /// assert_eq!(v.check(99), Window::NotYetValid);
    /// assert_eq!(Validity { inception: 200, expiration: 100 }.check(150), Window::ExpiredBeforeValid);
    /// ```
    pub const fn check(&self, now: u32) -> Window {
        if serial_lt(self.expiration, self.inception) {
            Window::ExpiredBeforeValid
        } else if serial_lt(self.expiration, now) {
            Window::Expired
        } else if serial_lt(now, self.inception) {
            Window::NotYetValid
        } else {
            Window::Valid
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serial_arithmetic_around_the_wrap() {
        // RFC 1982 section 3.2 examples, scaled to 32 bits.
        assert!(serial_lt(0xffff_fff0, 0x10));
        assert!(!serial_lt(0x10, 0xffff_fff0));
        assert!(!serial_lt(7, 7));
        // A window that spans the 2106 wrap still holds times inside it.
        let v = Validity { inception: 0xffff_ff00, expiration: 0x100 };
        assert_eq!(v.check(0), Window::Valid);
        assert_eq!(v.check(0x200), Window::Expired);
    }
}
