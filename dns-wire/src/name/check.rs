//! The one place where names in wire data are checked (RFC 1035 section
//! 4.1.4, RFC 9267).

use super::{MAX_POINTER_HOPS, MAX_WIRE_LEN};
use crate::wire::WireError;

/// Checks the name at `buf[start..]` and returns the offset just after it.
///
/// Before any compression pointer the name must lie within `start..end`;
/// after one it may lie anywhere before the pointer's target. Every pointer
/// must point strictly before the start of the name and before every earlier
/// target, so the walk ends after at most `start` jumps and never loops.
pub(crate) fn check(buf: &[u8], start: usize, end: usize, pointers: bool) -> Result<usize, WireError> {
    let mut pos = start;
    let mut bound = end.min(buf.len());
    let mut limit = start;
    let mut after: Option<usize> = None;
    let mut total = 0usize;
    let mut hops = 0usize;
    loop {
        let len = *buf.get(pos).filter(|_| pos < bound).ok_or(WireError::Truncated { at: pos, needed: 1 })?;
        match len & 0xC0 {
            0x00 => {
                total += usize::from(len) + 1;
                if total > MAX_WIRE_LEN {
                    return Err(WireError::NameTooLong { at: start });
                }
                if len == 0 {
                    return Ok(after.unwrap_or(pos + 1));
                }
                let next = pos + 1 + usize::from(len);
                if next > bound {
                    return Err(WireError::Truncated { at: pos, needed: next - bound });
                }
                pos = next;
            }
            0xC0 => {
                if !pointers {
                    return Err(WireError::PointerNotAllowed { at: pos });
                }
                let low =
                    *buf.get(pos + 1).filter(|_| pos + 1 < bound).ok_or(WireError::Truncated { at: pos, needed: 1 })?;
                let target = u16::from(len & 0x3F) << 8 | u16::from(low);
                if usize::from(target) >= limit {
                    return Err(WireError::PointerNotBackward { at: pos, target });
                }
                hops += 1;
                if hops > MAX_POINTER_HOPS {
                    return Err(WireError::TooManyPointers { at: start });
                }
                after.get_or_insert(pos + 2);
                limit = usize::from(target);
                pos = limit;
                bound = buf.len();
            }
            _ => return Err(WireError::ReservedLabelType { at: pos, bits: len }),
        }
    }
}

/// Skips a name that [`check`] has already accepted at `start` and returns
/// the offset after it, without checking it again. On data that was not
/// checked it still cannot panic or loop: it only moves forward.
#[inline]
pub(crate) fn skip_checked(buf: &[u8], start: usize) -> usize {
    let mut pos = start;
    while let Some(&len) = buf.get(pos) {
        match len {
            0 => return pos + 1,
            0xC0..=0xFF => return pos + 2,
            _ => pos += usize::from(len) + 1,
        }
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(buf: &[u8], start: usize) -> Result<usize, WireError> {
        super::check(buf, start, buf.len(), true)
    }

    #[test]
    fn plain_and_compressed_names() {
        let msg = b"\x03www\x07example\x00\x01a\xC0\x04";
        assert_eq!(check(msg, 0), Ok(13));
        assert_eq!(check(msg, 13), Ok(17));
    }

    #[test]
    fn pointers_must_go_strictly_backwards() {
        // A pointer to itself.
        assert_eq!(check(b"\xC0\x00", 0), Err(WireError::PointerNotBackward { at: 0, target: 0 }));
        // A forward pointer.
        assert_eq!(check(b"\xC0\x02\x00", 0), Err(WireError::PointerNotBackward { at: 0, target: 2 }));
        // A loop through two pointers: 2 -> 0, 0's label then pointer to 2.
        let looped = b"\x01a\xC0\x00\x01b\xC0\x02";
        assert_eq!(check(looped, 4), Err(WireError::PointerNotBackward { at: 2, target: 0 }));
        // Target inside the name that is being read.
        assert_eq!(check(b"\x01a\xC0\x00", 0), Err(WireError::PointerNotBackward { at: 2, target: 0 }));
    }

    #[test]
    fn limits() {
        assert_eq!(check(b"\x40", 0), Err(WireError::ReservedLabelType { at: 0, bits: 0x40 }));
        assert_eq!(check(b"\x80", 0), Err(WireError::ReservedLabelType { at: 0, bits: 0x80 }));
        assert_eq!(check(b"\x03ab", 0), Err(WireError::Truncated { at: 0, needed: 1 }));
        assert_eq!(check(b"", 0), Err(WireError::Truncated { at: 0, needed: 1 }));
        assert_eq!(super::check(b"\x01a\xC0\x00", 2, 4, false), Err(WireError::PointerNotAllowed { at: 2 }));
        // 127 one-octet labels plus root: 255 octets, the most allowed.
        let mut long = [0u8; 255];
        for i in 0..127 {
            long[2 * i] = 1;
            long[2 * i + 1] = b'x';
        }
        assert_eq!(check(&long, 0), Ok(255));
        let mut longer = [0u8; 257];
        for i in 0..128 {
            longer[2 * i] = 1;
            longer[2 * i + 1] = b'x';
        }
        assert_eq!(check(&longer, 0), Err(WireError::NameTooLong { at: 0 }));
    }

    #[test]
    fn long_name_through_pointers_is_refused() {
        // 200 octets of labels, then a name that adds 100 more by pointer.
        let mut msg = [0u8; 320];
        let mut at = 0;
        for _ in 0..4 {
            msg[at] = 49;
            at += 50;
        }
        msg[at] = 0;
        let second = at + 1;
        let mut p = second;
        for _ in 0..2 {
            msg[p] = 49;
            p += 50;
        }
        msg[p] = 0xC0;
        msg[p + 1] = 0;
        assert_eq!(check(&msg[..p + 2], second), Err(WireError::NameTooLong { at: second }));
    }
}
