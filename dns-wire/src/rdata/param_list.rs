//! Key/length/value parameter lists in the wire format of RFC 9460
//! section 2.2 (SvcParams), which DELEG's DelegInfos reuse: the shared
//! reader, iterator and in-place sorter for the crates that define those
//! record types.

use crate::iana::Rtype;
use crate::wire::{Reader, WireError};

/// A checked list of parameters: each a 16-bit key, a 16-bit length and
/// that many octets of value, keys strictly increasing (RFC 9460 section
/// 2.2), running to the end of the RDATA.
///
/// ```
/// use dns_wire::{iana::Rtype, rdata::ParamList, wire::Reader};
/// # fn main() -> Result<(), dns_wire::WireError> {
/// let wire = [0, 1, 0, 3, 2, b'h', b'2', 0, 3, 0, 2, 0x01, 0xbb];
/// let list = ParamList::read(&mut Reader::new(&wire), Rtype::HTTPS)?;
/// let keys: Vec<u16> = list.iter().map(|p| p.key).collect();
/// assert_eq!(keys, [1, 3]);
/// assert_eq!(list.get(3).map(|p| p.value), Some(&[0x01, 0xbb][..]));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParamList<'a> {
    data: &'a [u8],
    at: usize,
}

/// One parameter of a [`ParamList`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Param<'a> {
    /// The key.
    pub key: u16,
    /// The value octets.
    pub value: &'a [u8],
    /// The offset of the value in the buffer the list was read from.
    pub at: usize,
}

impl<'a> ParamList<'a> {
    /// Reads parameters up to the reader's end.
    ///
    /// # Errors
    /// [`WireError::Truncated`] for a cut-off parameter,
    /// [`WireError::BadRdata`] (with `rtype`) for keys that are not strictly
    /// increasing.
    pub fn read(r: &mut Reader<'a>, rtype: Rtype) -> Result<Self, WireError> {
        let at = r.pos();
        let mut check = *r;
        let mut last: Option<u16> = None;
        while !check.is_empty() {
            let key_at = check.pos();
            let key = check.u16()?;
            if last.is_some_and(|l| key <= l) {
                let what = if last == Some(key) { "duplicate key" } else { "keys not in increasing order" };
                return Err(WireError::BadRdata { at: key_at, rtype, what });
            }
            last = Some(key);
            let len = check.u16()?;
            check.bytes(usize::from(len))?;
        }
        Ok(Self { data: r.rest(), at })
    }

    /// A list with no parameters.
    pub const EMPTY: ParamList<'static> = ParamList { data: &[], at: 0 };

    /// The parameters in wire form.
    pub const fn as_wire(&self) -> &'a [u8] {
        self.data
    }

    /// Whether there are no parameters.
    pub const fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The parameters, in (increasing) key order.
    pub fn iter(&self) -> Params<'a> {
        Params { data: self.data, pos: 0, base: self.at }
    }

    /// The parameter with `key`.
    pub fn get(&self, key: u16) -> Option<Param<'a>> {
        self.iter().take_while(|p| p.key <= key).find(|p| p.key == key)
    }
}

/// The parameters of a [`ParamList`].
#[derive(Debug, Clone)]
pub struct Params<'a> {
    data: &'a [u8],
    pos: usize,
    base: usize,
}

impl<'a> Iterator for Params<'a> {
    type Item = Param<'a>;

    fn next(&mut self) -> Option<Param<'a>> {
        // Checked by `ParamList::read`; `get` keeps a short list from panicking.
        let head: [u8; 4] = self.data.get(self.pos..self.pos + 4)?.try_into().ok()?;
        let key = u16::from_be_bytes([head[0], head[1]]);
        let len = usize::from(u16::from_be_bytes([head[2], head[3]]));
        let start = self.pos + 4;
        let value = self.data.get(start..start + len)?;
        self.pos = start + len;
        Some(Param { key, value, at: self.base + start })
    }
}

/// Why [`sort_in_place`] failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortError {
    /// A key appears twice.
    Duplicate(u16),
    /// The octets are not a sequence of whole parameters.
    Malformed,
}

/// Sorts a run of whole parameters (written in any order) by key, in place
/// and without allocating, refusing duplicate keys: how presentation-format
/// readers put parameters in wire order (RFC 9460 section 2.2).
///
/// ```
/// use dns_wire::rdata::{sort_in_place, SortError};
/// let mut buf = [0, 3, 0, 2, 0x01, 0xbb, 0, 1, 0, 1, 7];
/// sort_in_place(&mut buf).unwrap();
/// assert_eq!(buf, [0, 1, 0, 1, 7, 0, 3, 0, 2, 0x01, 0xbb]);
/// let mut dup = [0, 1, 0, 0, 0, 1, 0, 0];
/// assert_eq!(sort_in_place(&mut dup), Err(SortError::Duplicate(1)));
/// ```
///
/// # Errors
/// [`SortError`].
pub fn sort_in_place(buf: &mut [u8]) -> Result<(), SortError> {
    // Insertion sort by rotation: params[..sorted_end] are sorted; take the
    // next one and rotate it into place.
    let mut sorted_end = 0;
    while sorted_end < buf.len() {
        let (key, len) = header(buf, sorted_end).ok_or(SortError::Malformed)?;
        let end = sorted_end + 4 + len;
        if end > buf.len() {
            return Err(SortError::Malformed);
        }
        let mut pos = 0;
        while pos < sorted_end {
            let (k, l) = header(buf, pos).ok_or(SortError::Malformed)?;
            if k == key {
                return Err(SortError::Duplicate(key));
            }
            if k > key {
                break;
            }
            pos += 4 + l;
        }
        if pos < sorted_end {
            buf.get_mut(pos..end).ok_or(SortError::Malformed)?.rotate_right(4 + len);
        }
        sorted_end = end;
    }
    Ok(())
}

fn header(buf: &[u8], at: usize) -> Option<(u16, usize)> {
    let h: [u8; 4] = buf.get(at..at + 4)?.try_into().ok()?;
    Some((u16::from_be_bytes([h[0], h[1]]), usize::from(u16::from_be_bytes([h[2], h[3]]))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_checks_order_and_completeness() {
        let ok = [0, 0, 0, 2, 0, 1, 0, 1, 0, 0];
        assert!(ParamList::read(&mut Reader::new(&ok), Rtype::SVCB).is_ok());
        let dup = [0, 1, 0, 0, 0, 1, 0, 0];
        assert_eq!(
            ParamList::read(&mut Reader::new(&dup), Rtype::SVCB),
            Err(WireError::BadRdata { at: 4, rtype: Rtype::SVCB, what: "duplicate key" })
        );
        let order = [0, 2, 0, 0, 0, 1, 0, 0];
        assert_eq!(
            ParamList::read(&mut Reader::new(&order), Rtype::SVCB),
            Err(WireError::BadRdata { at: 4, rtype: Rtype::SVCB, what: "keys not in increasing order" })
        );
        assert!(ParamList::read(&mut Reader::new(&[0, 1, 0, 2, 9]), Rtype::SVCB).is_err());
        assert!(ParamList::read(&mut Reader::new(&[0, 1, 0]), Rtype::SVCB).is_err());
        assert_eq!(ParamList::read(&mut Reader::new(&[]), Rtype::SVCB).map(|l| l.is_empty()), Ok(true));
    }

    #[test]
    fn sorting() {
        let mut b = [0, 9, 0, 0, 0, 5, 0, 1, 5, 0, 1, 0, 0, 0, 7, 0, 2, 7, 7];
        sort_in_place(&mut b).unwrap();
        assert_eq!(b, [0, 1, 0, 0, 0, 5, 0, 1, 5, 0, 7, 0, 2, 7, 7, 0, 9, 0, 0]);
        assert_eq!(sort_in_place(&mut [0, 1, 0, 5, 1]), Err(SortError::Malformed));
        assert_eq!(sort_in_place(&mut [0, 1, 0]), Err(SortError::Malformed));
        sort_in_place(&mut []).unwrap();
    }
}
