//! MTL wire formats (dnssec::mtl): the first octet picks the scheme (of the
//! five, both generations) and the form: authentication path (condensed
//! signature), library-form signature (condensed or full), DNSSEC RRSIG
//! signature field (type octet first), signed ladder, public key (SID and
//! key, or a DNSKEY's key alone). What parses is written again where a
//! writer exists (`AuthPath::to_bytes`) and must be the input; every length
//! must be what the scheme's size formulas give.
#![no_main]

use dnssec::mtl::{AuthPath, PublicKey, Scheme, Signature, SignedLadder, TYPE_CONDENSED, TYPE_FULL};

/// A signed ladder's own octets: the ladder as signed, the signature length
/// and the signature, checked against the formulas.
fn ladder_bytes(scheme: Scheme, l: &SignedLadder<'_>) -> Vec<u8> {
    assert_eq!(l.scheme, scheme);
    assert!(l.rungs.len() <= dnssec::mtl::MAX_RUNGS);
    assert_eq!(l.ladder.len(), scheme.ladder_len(l.rungs.len()), "ladder length is not the formula's");
    assert_eq!(l.signature.len(), scheme.underlying().signature_len());
    assert_eq!(l.sid.len(), scheme.sid_len());
    assert!(l.rungs.windows(2).all(|w| w[0].node.right < w[1].node.left), "rungs not ascending and disjoint");
    let mut out = l.ladder.to_vec();
    out.extend_from_slice(&u32::try_from(l.signature.len()).expect("a few KB").to_be_bytes());
    out.extend_from_slice(l.signature);
    assert_eq!(out.len(), scheme.signed_ladder_len(l.rungs.len()));
    out
}

/// A path written again, checked against its own invariants and the
/// formula for its length; it must read back equal.
fn path_bytes(scheme: Scheme, p: &AuthPath<'_>) -> Vec<u8> {
    assert_eq!(p.scheme, scheme);
    assert!(p.rung.covers(p.leaf), "the leaf is outside its rung");
    let height = p.rung.height().expect("the rung is a subtree");
    let siblings = p.siblings().count();
    assert_eq!(u32::try_from(siblings).ok(), Some(height));
    let out = p.to_bytes();
    assert_eq!(out.len(), scheme.condensed_len(siblings), "path length is not the formula's");
    assert_eq!(AuthPath::parse(scheme, &out).as_ref(), Ok(p), "a written path reads back differently");
    out
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let scheme = Scheme::ALL[usize::from(mode) % Scheme::ALL.len()];
    match usize::from(mode) / Scheme::ALL.len() % 5 {
        0 => {
            if let Ok(p) = AuthPath::parse(scheme, rest) {
                assert_eq!(path_bytes(scheme, &p), rest);
            }
        }
        1 => match Signature::parse(scheme, rest) {
            Ok(Signature::Condensed(p)) => assert_eq!(path_bytes(scheme, &p), rest),
            Ok(Signature::Full(p, l)) => {
                let mut out = path_bytes(scheme, &p);
                out.extend_from_slice(&ladder_bytes(scheme, &l));
                assert_eq!(out, rest, "a full signature reads as other parts");
            }
            Err(_) => {}
        },
        2 => {
            let Ok(sig) = Signature::parse_rrsig(scheme, rest) else { return };
            let mut out = Vec::new();
            match &sig {
                Signature::Condensed(p) => {
                    out.push(TYPE_CONDENSED);
                    out.extend_from_slice(&path_bytes(scheme, p));
                }
                Signature::Full(p, l) => {
                    out.push(TYPE_FULL);
                    out.extend_from_slice(&path_bytes(scheme, p));
                    out.extend_from_slice(&ladder_bytes(scheme, l));
                }
            }
            assert_eq!(out, rest, "an RRSIG signature field reads as other parts");
            // The library form is the field without its type octet.
            let library = Signature::parse(scheme, rest.get(1..).unwrap_or_default());
            assert_eq!(library.as_ref().map(Signature::path), Ok(sig.path()));
        }
        3 => {
            if let Ok(l) = SignedLadder::parse(scheme, rest) {
                assert_eq!(ladder_bytes(scheme, &l), rest);
            }
        }
        _ => {
            if let Ok(k) = PublicKey::with_sid(scheme, rest) {
                let (sid, key) = rest.split_at(scheme.sid_len());
                assert_eq!((k.sid, k.key), (Some(sid), key));
                assert_eq!(PublicKey::from_dnskey(scheme, key).map(|d| d.key), Ok(key));
            }
            if let Ok(k) = PublicKey::from_dnskey(scheme, rest) {
                assert_eq!((k.sid, k.key.len()), (None, scheme.underlying().public_key_len()));
            }
        }
    }
});
