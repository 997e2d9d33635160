//! Exhaustive small inputs for the tests that compare a fast path with the
//! plain reading it replaces.

use alloc::string::String;

/// Every string of at most `max_len` characters drawn from `alphabet`,
/// shortest first (the empty string first of all): `1 + n + n² + …` strings
/// for an alphabet of `n` characters.
pub(crate) fn every_string(alphabet: &[char], max_len: u32) -> impl Iterator<Item = String> + '_ {
    let n = alphabet.len();
    (0..=max_len).flat_map(move |len| {
        (0..n.pow(len)).map(move |mut code| {
            let mut s = String::new();
            for _ in 0..len {
                s.push(alphabet[code % n]);
                code /= n;
            }
            s
        })
    })
}

#[test]
fn every_string_counts_and_orders() {
    let all: alloc::vec::Vec<String> = every_string(&['a', 'b'], 2).collect();
    assert_eq!(all, ["", "a", "b", "aa", "ba", "ab", "bb"]);
}
