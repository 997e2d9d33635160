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
/// use dns_wire::{iana::Rtype, ext::ParamList, wire::Reader};
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
        Self::read_with(r, rtype, |_| Ok(()))
    }

    /// Reads parameters up to the reader's end as [`ParamList::read`] does,
    /// handing each one to `visit` as soon as it is read: the single pass of
    /// a crate that also checks the values against its key registry.
    ///
    /// The errors of [`ParamList::read`] come first wherever they are in
    /// the list: once `visit` has failed it is called no more, the rest of
    /// the list is still read for them, and `visit`'s error is returned
    /// only when there is none. So the result is that of [`ParamList::read`]
    /// followed by a walk of `visit` over the list it returned.
    ///
    /// ```
    /// use dns_wire::{iana::Rtype, ext::ParamList, wire::{Reader, WireError}};
    /// let port_too_long = |p: dns_wire::ext::Param<'_>| match (p.key, p.value.len()) {
    ///     (3, 2) | (0..=2 | 4.., _) => Ok(()),
    ///     _ => Err(WireError::BadRdata { at: p.at, rtype: Rtype::HTTPS, what: "port is not 2 octets" }),
    /// };
    /// let wire = [0, 1, 0, 3, 2, b'h', b'2', 0, 3, 0, 1, 0x01];
    /// let e = ParamList::read_with(&mut Reader::new(&wire), Rtype::HTTPS, port_too_long);
    /// assert_eq!(e, Err(WireError::BadRdata { at: 11, rtype: Rtype::HTTPS, what: "port is not 2 octets" }));
    /// // A framing fault after the bad value is the one reported.
    /// let wire = [0, 3, 0, 1, 0x01, 0, 4, 0, 9];
    /// let e = ParamList::read_with(&mut Reader::new(&wire), Rtype::HTTPS, port_too_long);
    /// assert_eq!(e, Err(WireError::Truncated { at: 9, needed: 9 }));
    /// ```
    ///
    /// # Errors
    /// As [`ParamList::read`], then the first error of `visit`.
    #[inline]
    pub fn read_with(
        r: &mut Reader<'a>,
        rtype: Rtype,
        mut visit: impl FnMut(Param<'a>) -> Result<(), WireError>,
    ) -> Result<Self, WireError> {
        let at = r.pos();
        let mut all = *r;
        let data = all.bytes(all.remaining())?;
        let mut rest = data;
        // The smallest key the next parameter may have (above the last one).
        let mut min_key = 0u32;
        while !rest.is_empty() {
            let key_at = at + (data.len() - rest.len());
            let (key, value, tail) = param(rest, key_at, min_key, rtype)?;
            min_key = u32::from(key) + 1;
            if let Err(e) = visit(Param { key, value, at: key_at + 4 }) {
                // A framing or order fault further on comes first.
                return Err(framing(tail, at + (data.len() - tail.len()), min_key, rtype).err().unwrap_or(e));
            }
            rest = tail;
        }
        *r = all;
        Ok(Self { data, at })
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
    #[inline]
    pub fn iter(&self) -> Params<'a> {
        Params { rest: self.data, at: self.at }
    }

    /// The parameter with `key`.
    pub fn get(&self, key: u16) -> Option<Param<'a>> {
        self.iter().take_while(|p| p.key <= key).find(|p| p.key == key)
    }
}

/// The parameters of a [`ParamList`].
#[derive(Debug, Clone)]
pub struct Params<'a> {
    /// The parameters not yet returned.
    rest: &'a [u8],
    /// The offset of `rest` in the buffer the list was read from.
    at: usize,
}

impl<'a> Params<'a> {
    /// The parameters of `data`, a list not (yet) checked, offsets from its
    /// start: stops at the first parameter cut short, and does not look at
    /// the order of the keys (for reporting on a list that
    /// [`ParamList::read`] refused, such as one with a duplicate key).
    ///
    /// ```
    /// use dns_wire::ext::Params;
    /// let keys: Vec<u16> = Params::new(&[0, 3, 0, 0, 0, 3, 0, 0, 0, 1]).map(|p| p.key).collect();
    /// assert_eq!(keys, [3, 3]);
    /// ```
    pub const fn new(data: &'a [u8]) -> Self {
        Self { rest: data, at: 0 }
    }
}

impl<'a> Iterator for Params<'a> {
    type Item = Param<'a>;

    #[inline]
    fn next(&mut self) -> Option<Param<'a>> {
        // Checked by `ParamList::read`; a short list ends the walk rather
        // than panicking.
        let (&[k0, k1, l0, l1], tail) = self.rest.split_first_chunk::<4>()?;
        let (value, tail) = tail.split_at_checked(usize::from(u16::from_be_bytes([l0, l1])))?;
        let at = self.at + 4;
        self.rest = tail;
        self.at = at + value.len();
        Some(Param { key: u16::from_be_bytes([k0, k1]), value, at })
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
/// A merge sort whose merges rotate runs in place: O(L log² n) octet moves
/// for `n` parameters in `L` octets, whatever the order of the input (an
/// insertion sort would be quadratic on hostile input), and a recursion
/// depth of at most about 2 log2(n).
///
/// ```
/// use dns_wire::ext::{sort_in_place, SortError};
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
    // Whole parameters first, so that the sort below only meets whole ones.
    let mut count = 0;
    let mut pos = 0;
    while pos < buf.len() {
        let (_, len) = header(buf, pos).ok_or(SortError::Malformed)?;
        pos += 4 + len;
        count += 1;
    }
    if pos != buf.len() {
        return Err(SortError::Malformed);
    }
    merge_sort(buf, count);
    let mut last: Option<u16> = None;
    let mut pos = 0;
    while let Some((key, len)) = header(buf, pos) {
        if last == Some(key) {
            return Err(SortError::Duplicate(key));
        }
        last = Some(key);
        pos += 4 + len;
    }
    Ok(())
}

/// The offset of the parameter after the first `n` of `buf` (or the end).
fn skip(buf: &[u8], n: usize) -> usize {
    let mut pos = 0;
    for _ in 0..n {
        match header(buf, pos) {
            Some((_, len)) => pos += 4 + len,
            None => break,
        }
    }
    pos.min(buf.len())
}

/// The offset of the first parameter of `buf` whose key is at least `key`
/// (`strict`: above `key`), and how many parameters come before it.
fn find(buf: &[u8], key: u16, strict: bool) -> (usize, usize) {
    let (mut pos, mut n) = (0, 0);
    while let Some((k, len)) = header(buf, pos) {
        if k > key || (k == key && !strict) {
            break;
        }
        pos += 4 + len;
        n += 1;
    }
    (pos.min(buf.len()), n)
}

/// Sorts the `n` whole parameters of `buf` by key.
fn merge_sort(buf: &mut [u8], n: usize) {
    if n < 2 {
        return;
    }
    let half = n / 2;
    let mid = skip(buf, half);
    let (a, b) = buf.split_at_mut(mid);
    merge_sort(a, half);
    merge_sort(b, n - half);
    merge(buf, mid, half, n - half);
}

/// Merges the sorted runs `buf[..mid]` (`na` parameters) and `buf[mid..]`
/// (`nb`) in place: the middle parameter of the longer run splits the other
/// run by key, one rotation brings the two inner parts together, and the
/// two halves are merged the same way (each level halves the longer run).
fn merge(buf: &mut [u8], mid: usize, na: usize, nb: usize) {
    if na == 0 || nb == 0 {
        return;
    }
    if na == 1 && nb == 1 {
        let (ka, kb) = (header(buf, 0).map_or(0, |h| h.0), header(buf, mid).map_or(0, |h| h.0));
        if kb < ka {
            buf.rotate_left(mid);
        }
        return;
    }
    let (a_cut, b_cut, na_left, nb_left);
    if na >= nb {
        na_left = na / 2;
        a_cut = skip(buf, na_left);
        let key = header(buf, a_cut).map_or(0, |(k, _)| k);
        let (off, count) = find(buf.get(mid..).unwrap_or_default(), key, false);
        (b_cut, nb_left) = (mid + off, count);
    } else {
        let b = buf.get(mid..).unwrap_or_default();
        nb_left = nb / 2;
        let off = skip(b, nb_left);
        let key = header(b, off).map_or(0, |(k, _)| k);
        b_cut = mid + off;
        let (pos, count) = find(buf.get(..mid).unwrap_or_default(), key, true);
        (a_cut, na_left) = (pos, count);
    }
    // [A1 A2 B1 B2] -> [A1 B1 A2 B2]
    if let Some(inner) = buf.get_mut(a_cut..b_cut) {
        inner.rotate_left(mid - a_cut);
    }
    let left_end = a_cut + (b_cut - mid);
    let (left, right) = buf.split_at_mut(left_end.min(buf.len()));
    merge(left, a_cut, na_left, nb_left);
    merge(right, mid - a_cut, na - na_left, nb - nb_left);
}

/// Sorts a list of 16-bit keys (as `mandatory` holds them, RFC 9460
/// section 8) in place, without allocating and in O(n log n) (a heap
/// sort), refusing a key listed twice.
///
/// ```
/// use dns_wire::ext::{sort_keys, SortError};
/// let mut keys = [0, 4, 0, 1, 0xff, 0];
/// sort_keys(&mut keys).unwrap();
/// assert_eq!(keys, [0, 1, 0, 4, 0xff, 0]);
/// assert_eq!(sort_keys(&mut [0, 4, 0, 4]), Err(SortError::Duplicate(4)));
/// assert_eq!(sort_keys(&mut [0, 4, 0]), Err(SortError::Malformed));
/// ```
///
/// # Errors
/// [`SortError::Malformed`] for an odd length, [`SortError::Duplicate`].
pub fn sort_keys(keys: &mut [u8]) -> Result<(), SortError> {
    if keys.len() % 2 != 0 {
        return Err(SortError::Malformed);
    }
    let n = keys.len() / 2;
    for start in (0..n / 2).rev() {
        sift_down(keys, start, n);
    }
    for end in (1..n).rev() {
        swap_keys(keys, 0, end);
        sift_down(keys, 0, end);
    }
    for i in 1..n {
        if key_at(keys, i - 1) == key_at(keys, i) {
            return Err(SortError::Duplicate(key_at(keys, i)));
        }
    }
    Ok(())
}

fn key_at(keys: &[u8], i: usize) -> u16 {
    keys.get(2 * i..2 * i + 2).map_or(0, |k| u16::from_be_bytes([k[0], k[1]]))
}

fn swap_keys(keys: &mut [u8], i: usize, j: usize) {
    let (a, b) = (key_at(keys, i), key_at(keys, j));
    if let Some(slot) = keys.get_mut(2 * i..2 * i + 2) {
        slot.copy_from_slice(&b.to_be_bytes());
    }
    if let Some(slot) = keys.get_mut(2 * j..2 * j + 2) {
        slot.copy_from_slice(&a.to_be_bytes());
    }
}

/// Restores the max-heap property below `root` in the first `end` keys.
fn sift_down(keys: &mut [u8], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && key_at(keys, child + 1) > key_at(keys, child) {
            child += 1;
        }
        if key_at(keys, root) >= key_at(keys, child) {
            return;
        }
        swap_keys(keys, root, child);
        root = child;
    }
}

/// A set of 16-bit keys in a fixed 8 KiB bitmap, with no allocation: how
/// the presentation-format readers notice a repeated key in O(1) and say
/// where, whatever the number of keys.
///
/// ```
/// use dns_wire::ext::KeySet;
/// let mut seen = KeySet::new();
/// assert!(seen.insert(65535));
/// assert!(seen.insert(1));
/// assert!(!seen.insert(1));
/// assert!(seen.contains(65535) && !seen.contains(2));
/// ```
#[derive(Clone)]
pub struct KeySet {
    bits: [u64; 1024],
}

impl KeySet {
    /// The empty set.
    pub const fn new() -> Self {
        Self { bits: [0; 1024] }
    }

    /// Adds `key`; `false` if it was already there.
    pub fn insert(&mut self, key: u16) -> bool {
        let (word, bit) = (usize::from(key >> 6), 1u64 << (key & 63));
        match self.bits.get_mut(word) {
            Some(w) if *w & bit == 0 => {
                *w |= bit;
                true
            }
            _ => false,
        }
    }

    /// Whether `key` is in the set.
    pub fn contains(&self, key: u16) -> bool {
        self.bits.get(usize::from(key >> 6)).is_some_and(|w| w & (1u64 << (key & 63)) != 0)
    }
}

impl Default for KeySet {
    fn default() -> Self {
        Self::new()
    }
}

impl core::fmt::Debug for KeySet {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let n: u32 = self.bits.iter().map(|w| w.count_ones()).sum();
        write!(f, "KeySet({n} keys)")
    }
}

/// The parameter at the start of `rest` (offset `at` of the buffer),
/// whose key must be at least `min_key`: its key, its value and what
/// follows it.
#[inline(always)]
fn param(rest: &[u8], at: usize, min_key: u32, rtype: Rtype) -> Result<(u16, &[u8], &[u8]), WireError> {
    // The whole 4-octet header at once; a short one is read field by field
    // below, for the error of the field that is cut off.
    let Some((&[k0, k1, l0, l1], tail)) = rest.split_first_chunk::<4>() else {
        return Err(short_header(rest, at, min_key, rtype));
    };
    let key = u16::from_be_bytes([k0, k1]);
    if u32::from(key) < min_key {
        return Err(out_of_order(key, at, min_key, rtype));
    }
    let len = usize::from(u16::from_be_bytes([l0, l1]));
    let Some((value, tail)) = tail.split_at_checked(len) else {
        return Err(WireError::Truncated { at: at + 4, needed: len - tail.len() });
    };
    Ok((key, value, tail))
}

/// The error for a parameter header of fewer than 4 octets: a key cut
/// off, a key out of order, or a length cut off, in that order.
#[cold]
fn short_header(rest: &[u8], at: usize, min_key: u32, rtype: Rtype) -> WireError {
    match *rest {
        [k0, k1, ..] if u32::from(u16::from_be_bytes([k0, k1])) < min_key => {
            out_of_order(u16::from_be_bytes([k0, k1]), at, min_key, rtype)
        }
        [_, _, ..] => WireError::Truncated { at: at + 2, needed: 4 - rest.len() },
        _ => WireError::Truncated { at, needed: 2 - rest.len() },
    }
}

/// The error for `key` below `min_key`, the smallest key allowed after the
/// one before it.
#[cold]
fn out_of_order(key: u16, at: usize, min_key: u32, rtype: Rtype) -> WireError {
    let what = if u32::from(key) + 1 == min_key { "duplicate key" } else { "keys not in increasing order" };
    WireError::BadRdata { at, rtype, what }
}

/// The framing and key order of the parameters in `rest` (offset `at` of
/// the buffer), the first key at least `min_key`: the rest of a list whose
/// reading stopped at a fault of value.
#[cold]
#[inline(never)]
fn framing(mut rest: &[u8], at: usize, mut min_key: u32, rtype: Rtype) -> Result<(), WireError> {
    let len = rest.len();
    while !rest.is_empty() {
        let (key, _, tail) = param(rest, at + (len - rest.len()), min_key, rtype)?;
        min_key = u32::from(key) + 1;
        rest = tail;
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

    /// A small deterministic generator (no dependency): xorshift.
    fn next(state: &mut u32) -> u32 {
        *state ^= *state << 13;
        *state ^= *state >> 17;
        *state ^= *state << 5;
        *state
    }

    #[test]
    fn sorting_matches_a_reference_sort() {
        let mut state = 0x9e37_79b9;
        for round in 0..300 {
            let n = round % 40;
            let mut params: alloc::vec::Vec<(u16, alloc::vec::Vec<u8>)> = alloc::vec::Vec::new();
            for _ in 0..n {
                let key = u16::try_from(next(&mut state) % 64).unwrap();
                let len = usize::try_from(next(&mut state) % 5).unwrap();
                params.push((key, (0..len).map(|i| u8::try_from(i).unwrap()).collect()));
            }
            let mut wire = alloc::vec::Vec::new();
            for (k, v) in &params {
                wire.extend_from_slice(&k.to_be_bytes());
                wire.extend_from_slice(&u16::try_from(v.len()).unwrap().to_be_bytes());
                wire.extend_from_slice(v);
            }
            let mut keys: alloc::vec::Vec<u16> = params.iter().map(|p| p.0).collect();
            keys.sort_unstable();
            let dup = keys.windows(2).find(|w| w[0] == w[1]).map(|w| w[0]);
            match (sort_in_place(&mut wire), dup) {
                (Ok(()), None) => {
                    params.sort_by_key(|p| p.0);
                    let want: alloc::vec::Vec<u8> = params
                        .iter()
                        .flat_map(|(k, v)| {
                            let mut e = k.to_be_bytes().to_vec();
                            e.extend_from_slice(&u16::try_from(v.len()).unwrap().to_be_bytes());
                            e.extend_from_slice(v);
                            e
                        })
                        .collect();
                    assert_eq!(wire, want);
                }
                (Err(SortError::Duplicate(k)), Some(d)) => assert_eq!(k, d),
                other => panic!("{other:?}"),
            }
        }
    }

    /// Defect 7 (quadratic time): the sort was an insertion sort, quadratic
    /// in the number of parameters. 16,383 parameters (all that fit in 65,535
    /// octets) in the orders that hurt an insertion sort most, interleaved so
    /// that every insertion lands in the middle.
    #[test]
    fn defect7_param_sort_is_not_quadratic() {
        let n: u16 = 16_383;
        for order in 0..3u16 {
            let mut wire = alloc::vec::Vec::new();
            for i in 0..n {
                let key = match order {
                    0 => n - i,
                    1 => i,
                    _ if i % 2 == 0 => 20_000 + i,
                    _ => i,
                };
                wire.extend_from_slice(&key.to_be_bytes());
                wire.extend_from_slice(&[0, 0]);
            }
            sort_in_place(&mut wire).unwrap();
            let keys: alloc::vec::Vec<u16> = wire.chunks_exact(4).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
            assert!(keys.windows(2).all(|w| w[0] < w[1]));
            assert_eq!(keys.len(), usize::from(n));
        }
    }

    #[test]
    fn key_lists_sort_and_refuse_repeats() {
        let mut keys = alloc::vec::Vec::new();
        for k in (0..32_767u16).rev() {
            keys.extend_from_slice(&k.to_be_bytes());
        }
        sort_keys(&mut keys).unwrap();
        assert!(keys.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).eq(0..32_767));
        assert_eq!(sort_keys(&mut [0, 9, 0, 1, 0, 9]), Err(SortError::Duplicate(9)));
        sort_keys(&mut []).unwrap();
    }

    #[test]
    fn key_set() {
        let mut s = KeySet::new();
        for k in [0u16, 63, 64, 65535] {
            assert!(!s.contains(k));
            assert!(s.insert(k));
            assert!(!s.insert(k));
        }
        assert!(!s.contains(1));
        assert_eq!(alloc::format!("{s:?}"), "KeySet(4 keys)");
    }
}
