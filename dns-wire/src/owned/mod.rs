//! Owned mirrors of the views, for data that must outlive the buffer it
//! was read from (feature `alloc`): [`RecordBuf`], [`RDataBuf`],
//! [`MessageBuf`].
//!
//! The owned types keep RDATA in uncompressed wire form and hand out the
//! typed views on demand, so every record type that has a view has an owned
//! form too. [`NameBuf`](crate::name::NameBuf) needs no allocator and lives
//! in [`name`](crate::name).

mod message;
mod record;

pub use message::MessageBuf;
pub use record::{RDataBuf, RecordBuf};
