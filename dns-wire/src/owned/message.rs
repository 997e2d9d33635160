//! Owned messages.

use bytes::Bytes;

use crate::{Message, WireError};

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
