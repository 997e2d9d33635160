//! RFC 5734 framing, sans I/O: every EPP data unit is a 4-byte big-endian
//! length that counts itself, then the XML (RFC 5734 s.4).
//!
//! [`FrameCodec`] finds frames in whatever bytes the caller has read and
//! writes frames into a caller's buffer; it never reads or writes a
//! socket. A header above the maximum is refused as soon as its 4 bytes
//! are seen, before any payload is buffered. With the `tokio` feature,
//! `EppCodec` wraps it as a `tokio_util::codec` decoder/encoder.
//!
//! ```
//! use epp_model::frame::FrameCodec;
//! # fn main() -> Result<(), epp_model::frame::FrameError> {
//! let codec = FrameCodec::default();
//! let mut wire = Vec::new();
//! codec.encode(b"<epp/>", &mut wire)?;
//! assert_eq!(&wire[..4], &[0, 0, 0, 10]);
//! let (payload, used) = codec.decode(&wire)?.expect("a whole frame");
//! assert_eq!((payload, used), (&b"<epp/>"[..], 10));
//! # Ok(()) }
//! ```

use alloc::vec::Vec;

#[cfg(feature = "tokio")]
mod tokio;
#[cfg(feature = "tokio")]
pub use self::tokio::{CodecError, EppCodec};

/// Length of the frame header.
pub const HEADER_LEN: usize = 4;
/// [`HEADER_LEN`] as a u64 (no cast: a 4 written twice).
const HEADER_LEN_U64: u64 = 4;

/// Default largest frame, header included: 4 MiB + 4 (the XML reader's
/// default document limit plus the header).
pub const DEFAULT_MAX_FRAME_LEN: u32 = (4 << 20) + 4;

/// Why a frame was refused.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let codec = epp_model::frame::FrameCodec::default();
/// let err = codec.decode(&[0, 0, 0, 3]).unwrap_err();
/// assert_eq!(err, epp_model::frame::FrameError::TooShort { len: 3 });
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum FrameError {
    /// The header gives a total length below 5 (an empty document).
    #[error("frame length {len} is too short: the header counts itself, so the minimum is 5")]
    TooShort {
        /// The length in the header.
        len: u32,
    },
    /// The frame is larger than the codec's maximum.
    #[error("frame length {len} exceeds the maximum of {max}")]
    TooLong {
        /// The length in the header (or of the payload to write, plus 4).
        len: u64,
        /// The maximum.
        max: u32,
    },
    /// The stream ended inside a frame.
    #[error("stream ended inside a frame: {have} of {need} octets")]
    Truncated {
        /// Octets received.
        have: usize,
        /// Octets the frame needs (at least the header when `have < 4`).
        need: usize,
    },
}

/// The RFC 5734 framing codec, with a maximum frame length.
///
/// ```
/// # fn main() -> Result<(), epp_model::frame::FrameError> {
/// let codec = epp_model::frame::FrameCodec::new(1024);
/// assert_eq!(codec.max_frame_len(), 1024);
/// assert_eq!(codec.decode(&[0, 0, 0])?, None); // need more
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FrameCodec {
    max: u32,
}

impl Default for FrameCodec {
    fn default() -> Self {
        FrameCodec { max: DEFAULT_MAX_FRAME_LEN }
    }
}

impl FrameCodec {
    /// A codec refusing frames longer than `max_frame_len` octets (header
    /// included; at least 5).
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::frame::FrameError> {
    /// assert_eq!(epp_model::frame::FrameCodec::new(0).max_frame_len(), 5);
    /// # Ok(()) }
    /// ```
    pub fn new(max_frame_len: u32) -> Self {
        FrameCodec { max: max_frame_len.max(5) }
    }

    /// The maximum frame length, header included.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::frame::FrameError> {
    /// use epp_model::frame::{DEFAULT_MAX_FRAME_LEN, FrameCodec, FrameError};
    /// assert_eq!(FrameCodec::default().max_frame_len(), DEFAULT_MAX_FRAME_LEN);
    /// let c = FrameCodec::new(1024);
    /// assert_eq!(c.max_frame_len(), 1024);
    /// // A header announcing more is refused before the frame is read.
    /// assert_eq!(c.frame_len(&[0, 0, 4, 1]), Err(FrameError::TooLong { len: 1025, max: 1024 }));
    /// # Ok(()) }
    /// ```
    pub fn max_frame_len(&self) -> u32 {
        self.max
    }

    /// The total length announced by the header at the start of `buf`, once
    /// its 4 bytes are there; checked against the limits.
    ///
    /// # Errors
    /// [`FrameError::TooShort`] or [`FrameError::TooLong`].
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::frame::FrameError> {
    /// let c = epp_model::frame::FrameCodec::default();
    /// assert_eq!(c.frame_len(&[0, 0, 1, 0, b'<'])?, Some(256));
    /// # Ok(()) }
    /// ```
    pub fn frame_len(&self, buf: &[u8]) -> Result<Option<usize>, FrameError> {
        let Some((head, _)) = buf.split_first_chunk::<HEADER_LEN>() else {
            return Ok(None);
        };
        let len = u32::from_be_bytes(*head);
        if len < 5 {
            return Err(FrameError::TooShort { len });
        }
        if len > self.max {
            return Err(FrameError::TooLong { len: u64::from(len), max: self.max });
        }
        Ok(usize::try_from(len).ok())
    }

    /// Finds the first frame in `buf`: its payload and the number of bytes
    /// it takes (to drop from the buffer), or `None` if more bytes are
    /// needed.
    ///
    /// # Errors
    /// A bad header ([`FrameError::TooShort`], [`FrameError::TooLong`]),
    /// reported as soon as the 4 header bytes are in.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::frame::FrameError> {
    /// let c = epp_model::frame::FrameCodec::default();
    /// assert_eq!(c.decode(&[0, 0, 0, 6, b'x'])?, None);
    /// assert_eq!(c.decode(&[0, 0, 0, 6, b'x', b'y', 0])?, Some((&b"xy"[..], 6)));
    /// # Ok(()) }
    /// ```
    pub fn decode<'b>(&self, buf: &'b [u8]) -> Result<Option<(&'b [u8], usize)>, FrameError> {
        let Some(len) = self.frame_len(buf)? else {
            return Ok(None);
        };
        Ok(buf.get(HEADER_LEN..len).map(|payload| (payload, len)))
    }

    /// Like [`decode`](Self::decode), at the end of the stream: leftover
    /// bytes that do not make a whole frame are an error.
    ///
    /// # Errors
    /// As `decode`, and [`FrameError::Truncated`].
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let c = epp_model::frame::FrameCodec::default();
    /// assert_eq!(c.decode_eof(&[])?, None);
    /// assert!(c.decode_eof(&[0, 0, 0, 9, b'<']).is_err());
    /// # Ok(()) }
    /// ```
    pub fn decode_eof<'b>(&self, buf: &'b [u8]) -> Result<Option<(&'b [u8], usize)>, FrameError> {
        if buf.is_empty() {
            return Ok(None);
        }
        match self.decode(buf)? {
            Some(f) => Ok(Some(f)),
            None => Err(FrameError::Truncated { have: buf.len(), need: self.frame_len(buf)?.unwrap_or(HEADER_LEN) }),
        }
    }

    /// The header for a payload of `payload_len` octets.
    ///
    /// # Errors
    /// [`FrameError::TooLong`] above the maximum; [`FrameError::TooShort`]
    /// for an empty payload.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::frame::FrameError> {
    /// let c = epp_model::frame::FrameCodec::default();
    /// assert_eq!(c.header(1)?, [0, 0, 0, 5]);
    /// # Ok(()) }
    /// ```
    pub fn header(&self, payload_len: usize) -> Result<[u8; HEADER_LEN], FrameError> {
        let total = u64::try_from(payload_len).unwrap_or(u64::MAX).saturating_add(HEADER_LEN_U64);
        if total > u64::from(self.max) {
            return Err(FrameError::TooLong { len: total, max: self.max });
        }
        let len = u32::try_from(total).map_err(|_| FrameError::TooLong { len: total, max: self.max })?;
        if len < 5 {
            return Err(FrameError::TooShort { len });
        }
        Ok(len.to_be_bytes())
    }

    /// Appends one frame holding `payload` to `out`.
    ///
    /// # Errors
    /// As [`header`](Self::header); nothing is written then.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::frame::FrameError> {
    /// let mut out = Vec::new();
    /// epp_model::frame::FrameCodec::default().encode(b"<a/>", &mut out)?;
    /// assert_eq!(out, b"\0\0\0\x08<a/>");
    /// # Ok(()) }
    /// ```
    pub fn encode(&self, payload: &[u8], out: &mut Vec<u8>) -> Result<(), FrameError> {
        let h = self.header(payload.len())?;
        out.reserve(payload.len() + HEADER_LEN);
        out.extend_from_slice(&h);
        out.extend_from_slice(payload);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_counts_itself() {
        let c = FrameCodec::default();
        let mut out = Vec::new();
        c.encode(b"12345", &mut out).unwrap();
        assert_eq!(out[..4], [0, 0, 0, 9]);
        assert_eq!(c.decode(&out).unwrap(), Some((&b"12345"[..], 9)));
    }

    #[test]
    fn truncated_at_every_offset() {
        let c = FrameCodec::default();
        let mut out = Vec::new();
        c.encode(b"<epp/>", &mut out).unwrap();
        for i in 0..out.len() {
            assert_eq!(c.decode(&out[..i]).unwrap(), None);
            if i > 0 {
                assert!(matches!(c.decode_eof(&out[..i]), Err(FrameError::Truncated { .. })));
            }
        }
    }

    #[test]
    fn oversize_refused_from_the_header() {
        let c = FrameCodec::default();
        let huge = (100u32 << 20).to_be_bytes();
        assert!(matches!(c.decode(&huge), Err(FrameError::TooLong { .. })));
        assert!(matches!(c.decode(&[0, 0, 0, 4]), Err(FrameError::TooShort { len: 4 })));
        assert!(matches!(c.header(0), Err(FrameError::TooShort { len: 4 })));
        assert!(matches!(
            FrameCodec::new(10).encode(&[0; 7], &mut Vec::new()),
            Err(FrameError::TooLong { len: 11, max: 10 })
        ));
    }
}
