//! The wire layer: the bounds-checked [`Reader`], the [`Writer`] into a
//! caller's buffer, and their errors.

mod error;
mod reader;
mod writer;

pub use error::WireError;
pub use reader::Reader;
pub(crate) use writer::SourceMap;
pub use writer::{BuildError, Writer};
