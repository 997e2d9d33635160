//! Writing messages into a caller's buffer: [`MessageBuilder`] (also at the
//! crate root), with records given as a [`RecordRef`] or anything else that
//! is [`WriteRecord`].

mod message;

pub use message::{DEFAULT_UDP_PAYLOAD, MessageBuilder, OptParams, RecordRef, Transport, WriteRecord};
