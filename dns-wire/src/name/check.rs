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
#[inline]
pub(crate) fn check(buf: &[u8], start: usize, end: usize, pointers: bool) -> Result<usize, WireError> {
    walk(buf, start, end, pointers).map(|w| w.next)
}

/// What [`walk`] found: where the name ends, its uncompressed length (root
/// label included) and how many pointers it followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Walked {
    next: usize,
    len: usize,
    hops: usize,
}

/// [`check`], telling also the name's length and pointer count.
fn walk(buf: &[u8], start: usize, end: usize, pointers: bool) -> Result<Walked, WireError> {
    let mut pos = start;
    // The octets the name may use: up to `end` before the first pointer,
    // all of `buf` after one.
    let mut window = buf.get(..end).unwrap_or(buf);
    let mut limit = start;
    let mut after: Option<usize> = None;
    let mut total = 0usize;
    let mut hops = 0usize;
    loop {
        let Some(&len) = window.get(pos) else {
            return Err(WireError::Truncated { at: pos, needed: 1 });
        };
        match len & 0xC0 {
            0x00 => {
                total += usize::from(len) + 1;
                if total > MAX_WIRE_LEN {
                    return Err(WireError::NameTooLong { at: start });
                }
                if len == 0 {
                    return Ok(Walked { next: after.unwrap_or(pos + 1), len: total, hops });
                }
                let next = pos + 1 + usize::from(len);
                if next > window.len() {
                    return Err(WireError::Truncated { at: pos, needed: next - window.len() });
                }
                pos = next;
            }
            0xC0 => {
                if !pointers {
                    return Err(WireError::PointerNotAllowed { at: pos });
                }
                let Some(&low) = window.get(pos + 1) else {
                    return Err(WireError::Truncated { at: pos, needed: 1 });
                };
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
                window = buf;
            }
            _ => return Err(WireError::ReservedLabelType { at: pos, bits: len }),
        }
    }
}

/// How many names [`Seen`] remembers.
const SEEN: usize = 4;

/// The last few names of one message that [`check_in_message`] accepted
/// and that a later pointer may name: where each starts, its uncompressed
/// length and its pointer count. A pointer to one of them needs no walk.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Seen {
    /// Start offsets; `u16::MAX` for an empty slot, which no pointer (14
    /// bits) can name.
    at: [u16; SEEN],
    len: [u8; SEEN],
    hops: [u8; SEEN],
    next: usize,
}

impl Seen {
    /// Remembers nothing yet.
    pub(crate) const fn new() -> Self {
        Self { at: [u16::MAX; SEEN], len: [0; SEEN], hops: [0; SEEN], next: 0 }
    }

    #[inline]
    fn find(&self, target: usize) -> Option<(usize, usize)> {
        let i = self.at.iter().position(|&a| usize::from(a) == target)?;
        Some((usize::from(*self.len.get(i)?), usize::from(*self.hops.get(i)?)))
    }

    #[inline]
    fn add(&mut self, start: usize, len: usize, hops: usize) {
        let (Ok(at), Ok(len), Ok(hops)) = (u16::try_from(start), u8::try_from(len), u8::try_from(hops)) else {
            return;
        };
        let i = self.next % SEEN;
        if let (Some(a), Some(l), Some(h)) = (self.at.get_mut(i), self.len.get_mut(i), self.hops.get_mut(i)) {
            (*a, *l, *h) = (at, len, hops);
        }
        self.next = i + 1;
    }
}

/// [`check`] of a name in a whole message (`end` is the end of `buf`,
/// pointers allowed), with the same result, error for error.
///
/// A pointer to a name in `seen` ends the walk at once: from its target
/// on, the walk of [`check`] is the walk that accepted that name, with one
/// more pointer and this name's labels before it, so it succeeds when the
/// two sums stay within their limits. Names that start with labels are
/// added to `seen`, and so is a pointer's target that was walked. Anything
/// else (an error, a limit reached) is left to [`check`] itself.
#[inline(always)]
pub(crate) fn check_in_message(buf: &[u8], start: usize, seen: &mut Seen) -> Result<usize, WireError> {
    // The commonest owner names: the root (OPT's), and one pointer to a
    // name already seen (its length is within the limit; one more pointer
    // must be too).
    if buf.get(start) == Some(&0) {
        return Ok(start + 1);
    }
    if let Some(&[hi, lo]) = buf.get(start..).and_then(<[u8]>::first_chunk::<2>)
        && hi >= 0xC0
    {
        let target = usize::from(hi & 0x3F) << 8 | usize::from(lo);
        if target < start
            && let Some((_, hops)) = seen.find(target)
            && hops < MAX_POINTER_HOPS
        {
            return Ok(start + 2);
        }
    }
    check_in_message_walk(buf, start, seen)
}

/// [`check_in_message`] for every name but a pointer to a name seen, and
/// the same as it (and [`check`]) for those too, only without its inlined
/// fast paths: for names that rarely take them.
#[inline(never)]
pub(crate) fn check_in_message_walk(buf: &[u8], start: usize, seen: &mut Seen) -> Result<usize, WireError> {
    let mut pos = start;
    let mut total = 0usize;
    while let Some(&len) = buf.get(pos) {
        if len == 0 {
            if total > 0 {
                seen.add(start, total + 1, 0);
            }
            return Ok(pos + 1);
        }
        if len < 0x40 {
            total += usize::from(len) + 1;
            if total >= MAX_WIRE_LEN {
                break;
            }
            pos += usize::from(len) + 1;
            continue;
        }
        if len < 0xC0 {
            break;
        }
        let Some(&low) = buf.get(pos + 1) else { break };
        let target = usize::from(len & 0x3F) << 8 | usize::from(low);
        if target >= start {
            break;
        }
        let (tlen, thops) = match seen.find(target) {
            Some(found) => found,
            None => match walk(buf, target, buf.len(), true) {
                Ok(w) => {
                    seen.add(target, w.len, w.hops);
                    (w.len, w.hops)
                }
                Err(_) => break,
            },
        };
        if total + tlen > MAX_WIRE_LEN || thops >= MAX_POINTER_HOPS {
            break;
        }
        if total > 0 {
            seen.add(start, total + tlen, thops + 1);
        }
        return Ok(pos + 2);
    }
    check(buf, start, buf.len(), true)
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
    use alloc::vec;
    use alloc::vec::Vec;

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

    /// `check_in_message` over every name start of a buffer, in order and
    /// with one `Seen` as `Message::parse` uses it, against `check`; and
    /// `check_in_message_walk` the same way.
    fn same_as_check(buf: &[u8]) {
        let mut seen = Seen::new();
        for start in 0..=buf.len() {
            assert_eq!(check_in_message(buf, start, &mut seen), check(buf, start), "{buf:02x?} at {start}");
        }
        // Without the fast paths (as for questions), alone and sharing a
        // `Seen` with the fast paths.
        let (mut alone, mut shared) = (Seen::new(), Seen::new());
        for start in 0..=buf.len() {
            let want = check(buf, start);
            assert_eq!(check_in_message_walk(buf, start, &mut alone), want, "{buf:02x?} at {start}, alone");
            let got = if start % 2 == 0 {
                check_in_message_walk(buf, start, &mut shared)
            } else {
                check_in_message(buf, start, &mut shared)
            };
            assert_eq!(got, want, "{buf:02x?} at {start}, shared");
        }
    }

    #[test]
    fn check_in_message_agrees_with_check() {
        // Names the shortcut takes: a pointer to a remembered name, labels
        // then such a pointer, a pointer to a suffix walked once.
        same_as_check(b"\x03www\x07example\x00\xc0\x00\x01a\xc0\x00\xc0\x04\xc0\x04\x01b\xc0\x0b");
        // 16 pointers in a chain are allowed, the 17th is not: the
        // remembered pointer counts must add up.
        let mut chain = vec![0u8];
        for i in 0..18u8 {
            chain.extend_from_slice(&[0xc0, if i == 0 { 0 } else { 1 + 2 * (i - 1) }]);
        }
        same_as_check(&chain);
        // Lengths adding up past 255 through a remembered name.
        let mut long = Vec::new();
        for _ in 0..4 {
            long.push(60);
            long.extend_from_slice(&[b'x'; 60]);
        }
        long.push(0);
        // 245 octets there; one label of 9 makes 255 (allowed), of 10 256.
        for n in [9, 10, 9, 10] {
            long.extend_from_slice(&[0xc0, 0x00, n]);
            long.extend(core::iter::repeat_n(b'y', usize::from(n)));
            long.extend_from_slice(&[0xc0, 0x00]);
        }
        same_as_check(&long);
        // Pseudo-random octets biased towards small labels and pointers.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let n = usize::try_from(x % 48).unwrap_or(0) + 1;
            let buf: Vec<u8> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    match x % 8 {
                        0 => 0,
                        1 | 2 => 0xc0,
                        3 => u8::try_from(x % 40).unwrap_or(0),
                        4 => 0x40 | u8::try_from(x % 4).unwrap_or(0),
                        _ => u8::try_from(x % 5).unwrap_or(0),
                    }
                })
                .collect();
            same_as_check(&buf);
        }
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
