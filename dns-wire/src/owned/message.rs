//! Owned messages and building into `BytesMut`.

use bytes::{Bytes, BytesMut};

use crate::build::MessageBuilder;
use crate::{BuildError, Message, WireError};

/// A checked message that owns its octets (a [`Bytes`], so clones share
/// them).
///
/// ```
/// use dns_wire::owned::MessageBuf;
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let buf = MessageBuf::parse(bytes::Bytes::from_static(b"\0\x07\x80\0\0\0\0\0\0\0\0\0"))?;
/// assert_eq!(buf.message().header().id(), 7);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct MessageBuf {
    octets: Bytes,
}

impl MessageBuf {
    /// Checks `octets` as a message (as [`Message::parse`]) and keeps them.
    ///
    /// # Errors
    /// As [`Message::parse`].
    pub fn parse(octets: Bytes) -> Result<Self, WireError> {
        Message::parse(&octets)?;
        Ok(Self { octets })
    }

    /// The message as a view. This checks the message again (it was
    /// checked when made, so it cannot fail); keep the view while you work.
    pub fn message(&self) -> Message<'_> {
        match Message::parse(&self.octets) {
            Ok(m) => m,
            // Unreachable: the octets were checked by `parse` and are immutable.
            Err(_) => Message::empty(),
        }
    }

    /// The octets.
    pub fn as_bytes(&self) -> &Bytes {
        &self.octets
    }
}

/// Builds a message into a new [`BytesMut`] of at most `max_len` octets
/// (65535 for TCP, the payload size for UDP; larger values are read as
/// 65535), with `f` adding its parts.
///
/// ```
/// use dns_wire::{Name, owned::build_bytes, iana::{Class, Rtype}};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let name = Name::parse(b"\x02nl\x00")?;
/// let bytes = build_bytes(512, |b| b.question(&name, Rtype::SOA, Class::IN))?;
/// assert_eq!(bytes.len(), 12 + 4 + 4);
/// # Ok(()) }
/// ```
///
/// # Errors
/// What `f` returns.
pub fn build_bytes(
    max_len: usize,
    f: impl FnOnce(&mut MessageBuilder<'_>) -> Result<(), BuildError>,
) -> Result<BytesMut, BuildError> {
    // A message never has more than `MAX_MESSAGE_LEN` octets.
    let mut out = BytesMut::zeroed(max_len.min(crate::message::MAX_MESSAGE_LEN));
    let len = {
        let mut b = MessageBuilder::new(&mut out)?;
        f(&mut b)?;
        b.finish().len()
    };
    out.truncate(len);
    Ok(out)
}
