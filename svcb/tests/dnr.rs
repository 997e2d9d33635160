//! DNR RA options (RFC 9463 section 6.1) that the writer must refuse
//! because they cannot be written distinctly (found by the `dnr` fuzz
//! target, seed fuzz/seeds/dnr/crash-ra-empty-params).

use dns_wire::wire::{BuildError, Writer};
use svcb::dnr::{Addresses, parse_ra, write_ra};

/// Writes `dnr` as an RA option, or the writer's error.
fn written(dnr: &svcb::dnr::DnrInstance<'_>) -> Result<Vec<u8>, BuildError> {
    let mut buf = [0u8; 256];
    let mut w = Writer::new(&mut buf);
    write_ra(&mut w, dnr)?;
    Ok(w.finish().to_vec())
}

/// The fuzz target's input: type 144, 2 units, priority 0xfe01, lifetime
/// 0x000effff, the root as ADN, Addr Length 0, SvcParams Length 0, and one
/// octet of padding that is not zero (receivers ignore padding).
const CRASH: [u8; 16] = [0x90, 0x02, 0xfe, 0x01, 0x00, 0x0e, 0xff, 0xff, 0x00, 0x01, 0x00, 0, 0, 0, 0, 0x01];

#[test]
fn ra_without_addresses_or_params_is_refused_not_written_as_adn_only() {
    let dnr = parse_ra(&CRASH).expect("Addr Length 0, SvcParams Length 0, a padding octet");
    assert!(!dnr.is_adn_only());
    assert!(dnr.addresses.is_empty());
    assert_eq!(dnr.params.map(|p| p.as_wire().len()), Some(0));
    // Written, its fields would be four zero octets, which read back as
    // the padding of an ADN-only option: the writer refuses it instead.
    assert_eq!(
        written(&dnr),
        Err(BuildError::Invalid { what: "an RA option outside ADN-only mode without an address" })
    );
    // With a zero padding octet, the same octets are ADN-only, which writes.
    let mut zeros = CRASH;
    zeros[15] = 0;
    let adn_only = parse_ra(&zeros).expect("ADN-only");
    assert!(adn_only.is_adn_only());
    assert_eq!(written(&adn_only).as_deref(), Ok(&zeros[..]));
}

#[test]
fn ra_with_params_but_no_address_is_refused() {
    // Addr Length 0, SvcParams Length 8: alpn=dot; padded to 32 octets.
    let mut option = vec![144, 4, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 2, b'n', b's', 0];
    option.extend_from_slice(&[0, 0, 0, 8, 0, 1, 0, 4, 3, b'd', b'o', b't']);
    option.extend_from_slice(&[0; 6]);
    assert_eq!(option.len(), 32);
    let dnr = parse_ra(&option).expect("reads");
    assert!(dnr.validate().is_err(), "no resolver address");
    assert!(matches!(written(&dnr), Err(BuildError::Invalid { .. })));
}

#[test]
fn ra_with_an_address_and_empty_params_round_trips() {
    // One address, SvcParams Length 0: distinct from padding, so written.
    let mut option = vec![144, 5, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 2, b'n', b's', 0, 0, 16];
    option.extend_from_slice(&[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x53]);
    option.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0, 0]);
    let dnr = parse_ra(&option).expect("reads");
    assert_eq!(dnr.addresses, Addresses::V6(&option[16..32]));
    let out = written(&dnr).expect("writes");
    assert_eq!(out, option);
    assert_eq!(parse_ra(&out).expect("reads back"), dnr);
}
