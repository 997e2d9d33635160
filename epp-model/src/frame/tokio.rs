//! A `tokio_util::codec` decoder and encoder for RFC 5734 frames.

extern crate std;

use bytes::{Buf, BufMut, Bytes, BytesMut};
use tokio_util::codec::{Decoder, Encoder};

use super::{FrameCodec, FrameError, HEADER_LEN};

/// Errors of [`EppCodec`]: a bad frame or an I/O error.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let e = epp_model::frame::CodecError::from(epp_model::frame::FrameError::TooShort { len: 1 });
/// assert!(e.to_string().contains("too short"));
/// # Ok(()) }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CodecError {
    /// A bad frame.
    #[error(transparent)]
    Frame(#[from] FrameError),
    /// The transport failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// The most the decoder reserves in one step for a frame still arriving.
const RESERVE_STEP: usize = 64 << 10;

/// RFC 5734 frames as a `tokio_util` codec: decodes to the XML payload,
/// encodes any `AsRef<[u8]>` payload.
///
/// ```
/// use bytes::BytesMut;
/// use tokio_util::codec::{Decoder, Encoder};
/// # fn main() -> Result<(), epp_model::frame::CodecError> {
/// let mut codec = epp_model::frame::EppCodec::default();
/// let mut buf = BytesMut::new();
/// codec.encode(&b"<epp/>"[..], &mut buf)?;
/// assert_eq!(codec.decode(&mut buf)?.as_deref(), Some(&b"<epp/>"[..]));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct EppCodec {
    frame: FrameCodec,
}

impl EppCodec {
    /// A codec with a maximum frame length (header included).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let c = epp_model::frame::EppCodec::new(epp_model::frame::FrameCodec::new(1 << 16));
    /// # let _ = c;
    /// # Ok(()) }
    /// ```
    pub fn new(frame: FrameCodec) -> Self {
        EppCodec { frame }
    }
}

impl Decoder for EppCodec {
    type Item = Bytes;
    type Error = CodecError;

    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<Bytes>, CodecError> {
        let Some(len) = self.frame.frame_len(src)? else {
            src.reserve(HEADER_LEN);
            return Ok(None);
        };
        if src.len() < len {
            // Room for what is missing, at most 64 KiB at a time: a peer
            // that sends a header and stalls does not make the codec
            // allocate the whole (checked, but up to 4 MiB) frame up front.
            src.reserve((len - src.len()).min(RESERVE_STEP));
            return Ok(None);
        }
        let mut frame = src.split_to(len);
        frame.advance(HEADER_LEN);
        Ok(Some(frame.freeze()))
    }

    fn decode_eof(&mut self, src: &mut BytesMut) -> Result<Option<Bytes>, CodecError> {
        match self.decode(src)? {
            Some(f) => Ok(Some(f)),
            None if src.is_empty() => Ok(None),
            None => {
                Err(FrameError::Truncated { have: src.len(), need: self.frame.frame_len(src)?.unwrap_or(HEADER_LEN) }
                    .into())
            }
        }
    }
}

impl<T: AsRef<[u8]>> Encoder<T> for EppCodec {
    type Error = CodecError;

    fn encode(&mut self, item: T, dst: &mut BytesMut) -> Result<(), CodecError> {
        let payload = item.as_ref();
        let h = self.frame.header(payload.len())?;
        dst.reserve(payload.len() + HEADER_LEN);
        dst.put_slice(&h);
        dst.put_slice(payload);
        Ok(())
    }
}
