//! NSEC3 parameter guidance (RFC 9276): what a signer warns about, and how a
//! validator treats high iteration counts (RFC 8914 code 27).

use dns_wire::iana::EdeCode;

/// What RFC 9276 section 3.1 advises against in a zone's NSEC3 parameters.
/// Each is a warning for a signer, not an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct Nsec3Advice {
    /// Extra iterations above 0 ("SHOULD be 0").
    pub extra_iterations: bool,
    /// A non-empty salt ("SHOULD NOT" be used).
    pub salt: bool,
    /// Opt-Out, which is for very large, sparsely signed delegation-centric
    /// zones only.
    pub opt_out: bool,
}

impl Nsec3Advice {
    /// The advice for `iterations`, `salt` and `opt_out`.
    ///
    /// ```
    /// use dnssec::policy::Nsec3Advice;
    /// assert!(Nsec3Advice::of(0, &[], false).is_clean());
    /// let a = Nsec3Advice::of(10, &[0xab], false);
    /// assert!(a.extra_iterations && a.salt && !a.opt_out);
    /// ```
    pub const fn of(iterations: u16, salt: &[u8], opt_out: bool) -> Self {
        Self { extra_iterations: iterations > 0, salt: !salt.is_empty(), opt_out }
    }

    /// Whether the parameters are RFC 9276's (`1 0 0 -`, no opt-out).
    pub const fn is_clean(&self) -> bool {
        !self.extra_iterations && !self.salt && !self.opt_out
    }
}

/// How a validator treats an NSEC3 RRset's iteration count (RFC 9276
/// section 3.2). The RFC names no number (it reports deployed limits of
/// 100 to 150 and expects them to fall), so the caller chooses both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Nsec3IterationLimits {
    /// Above this, the answer is treated as insecure.
    pub insecure_above: u16,
    /// Above this (if any), the answer is bogus (SERVFAIL); at least
    /// `insecure_above` to make sense.
    pub bogus_above: Option<u16>,
}

/// The verdict of [`Nsec3IterationLimits::judge`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Nsec3Verdict {
    /// Within the limits.
    Acceptable,
    /// Treated as insecure, with RFC 8914 code 27.
    Insecure(EdeCode),
    /// Treated as bogus, with RFC 8914 code 27.
    Bogus(EdeCode),
}

impl Nsec3IterationLimits {
    /// The verdict for `iterations`. RFC 9276 section 3.2: the signatures
    /// are still checked first; the count alone never makes a chain bogus
    /// below `bogus_above`.
    ///
    /// ```
    /// use dnssec::policy::{Nsec3IterationLimits, Nsec3Verdict};
    /// use dns_wire::iana::EdeCode;
    /// let limits = Nsec3IterationLimits { insecure_above: 100, bogus_above: Some(150) };
    /// assert_eq!(limits.judge(100), Nsec3Verdict::Acceptable);
    /// assert_eq!(limits.judge(101), Nsec3Verdict::Insecure(EdeCode::UNSUPPORTED_NSEC3_ITERATIONS_VALUE));
    /// assert_eq!(limits.judge(151), Nsec3Verdict::Bogus(EdeCode::UNSUPPORTED_NSEC3_ITERATIONS_VALUE));
    /// ```
    pub const fn judge(&self, iterations: u16) -> Nsec3Verdict {
        let code = EdeCode::UNSUPPORTED_NSEC3_ITERATIONS_VALUE;
        match self.bogus_above {
            Some(limit) if iterations > limit => Nsec3Verdict::Bogus(code),
            _ if iterations > self.insecure_above => Nsec3Verdict::Insecure(code),
            _ => Nsec3Verdict::Acceptable,
        }
    }
}
