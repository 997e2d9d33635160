//! A bounds-checked reader for the MTL wire formats.

use super::error::MtlError;
use super::scheme::{Generation, N, Scheme};

/// Reads fields from the front of an input, keeping the offset for errors.
pub(crate) struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Self { data, pos: 0 }
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    pub(crate) fn rest(&self) -> &'a [u8] {
        self.data.get(self.pos..).unwrap_or_default()
    }

    pub(crate) fn take(&mut self, len: usize, field: &'static str) -> Result<&'a [u8], MtlError> {
        let err = MtlError::Truncated { field, offset: self.pos };
        let end = self.pos.checked_add(len).ok_or(err)?;
        let out = self.data.get(self.pos..end).ok_or(err)?;
        self.pos = end;
        Ok(out)
    }

    pub(crate) fn array<const L: usize>(&mut self, field: &'static str) -> Result<[u8; L], MtlError> {
        let mut out = [0u8; L];
        out.copy_from_slice(self.take(L, field)?);
        Ok(out)
    }

    pub(crate) fn u16(&mut self, field: &'static str) -> Result<u16, MtlError> {
        Ok(u16::from_be_bytes(self.array(field)?))
    }

    pub(crate) fn u32(&mut self, field: &'static str) -> Result<u32, MtlError> {
        Ok(u32::from_be_bytes(self.array(field)?))
    }

    /// A leaf or node index: u32 in generation A, u64 in B.
    pub(crate) fn index(&mut self, scheme: Scheme, field: &'static str) -> Result<u64, MtlError> {
        match scheme.generation() {
            Generation::A => self.u32(field).map(u64::from),
            Generation::B => Ok(u64::from_be_bytes(self.array(field)?)),
        }
    }

    pub(crate) fn hash(&mut self, field: &'static str) -> Result<[u8; N], MtlError> {
        self.array(field)
    }

    /// Fails unless the whole input was read.
    pub(crate) fn end(&self, what: &'static str) -> Result<(), MtlError> {
        match self.rest().len() {
            0 => Ok(()),
            extra => Err(MtlError::Trailing { what, offset: self.pos, extra }),
        }
    }
}

/// Appends an index in the scheme's wire form. Generation A indexes are
/// below 2^32 wherever they come from (parsed as u32, or bounded by the
/// signer), so the low four octets are the whole value.
pub(crate) fn put_index(out: &mut alloc::vec::Vec<u8>, scheme: Scheme, index: u64) {
    let be = index.to_be_bytes();
    match scheme.generation() {
        Generation::A => out.extend_from_slice(&be[4..]),
        Generation::B => out.extend_from_slice(&be),
    }
}
