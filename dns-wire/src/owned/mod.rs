//! Owned mirrors of the views, for data that must outlive the buffer it
//! was read from (feature `alloc`): [`RecordBuf`], [`RDataBuf`],
//! [`MessageBuf`]; and [`ZoneStore`], a whole zone in one compact arena.
//!
//! The owned types keep RDATA in uncompressed wire form and hand out the
//! typed views on demand, so every record type that has a view has an owned
//! form too. [`NameBuf`](crate::name::NameBuf) needs no allocator and lives
//! in [`name`](crate::name).
//!
//! With the feature `serde`, the owned types, [`NameBuf`](crate::name::NameBuf)
//! and the code points serialize as presentation text, JSON such as
//! `{"owner": "www.example.", "type": "AAAA", "ttl": 300, "rdata": "2001:db8::1"}`;
//! `WithExtensions` and `ExtensionSeed` do the same for record types defined in
//! other crates (the forms are listed on `WithExtensions`).

#[cfg(feature = "arbitrary")]
mod arbitrary;
mod message;
mod record;
#[cfg(feature = "serde")]
mod serde;
mod zone_store;

pub use message::MessageBuf;
pub use record::{RDataBuf, RecordBuf};
#[cfg(feature = "serde")]
pub use serde::{ExtensionSeed, WithExtensions};
pub use zone_store::{CHUNK_LEN, Groups, Iter, MAX_RECORD_LEN, StoreError, StoreErrorKind, ZoneSlice, ZoneStore};
