//! The vectors the program checks, embedded from `data/` (see its README).

use dnssec::mtl::Scheme;

use crate::check::{Form, Key, Ladder, Vector};

/// The Verisign ML-DSA-44-MTL DNSSEC demo (generation B): a full RRSIG
/// signature of `ns.example.org. 3600 IN A 192.168.1.50`, whose ladder is
/// cached, and its path again as a condensed RRSIG signature.
pub static DEMO: Vector = Vector {
    name: "ML-DSA-44-MTL-SHAKE-128, the DNSSEC demo",
    scheme: Scheme::MlDsa44MtlShake128,
    key: Key::Dnskey(include_bytes!("../data/demo-mldsa44-pubkey.bin")),
    ladder: Ladder::FullRrsig {
        message: include_bytes!("../data/demo-message.bin"),
        signature: include_bytes!("../data/demo-mldsa44-fullsig.bin"),
    },
    form: Form::Rrsig,
    condensed: &[(include_bytes!("../data/demo-message.bin"), include_bytes!("../data/demo-mldsa44-condensed.bin"))],
    // Type 0, flags 1..3, SID 3..35, randomizer 35..51.
    randomizer_octet: 40,
    // Inside the owner name `ns.example.org` of the signed data.
    message_octet: 20,
    rungs: 2,
};

/// The reference library v1.1.2 interop vectors for SLH-DSA-MTL-SHA2-128S
/// (generation A, a SPHINCS+ round 3.1 ladder signature): the signed ladder
/// of batch 1 and the condensed signatures of its seven messages.
pub static INTEROP: Vector = Vector {
    name: "SLH-DSA-MTL-SHA2-128S, the library v1.1.2 interop vectors (batch 1)",
    scheme: Scheme::SlhDsaMtlSha2_128s,
    key: Key::WithSid(include_bytes!("../data/v1.1.2-sha2-128s-key.bin")),
    ladder: Ladder::Signed(include_bytes!("../data/v1.1.2-sha2-128s-ladder1.bin")),
    form: Form::Library,
    condensed: &[
        (b"MTL interop test message 0", include_bytes!("../data/v1.1.2-sha2-128s-condensed-0.bin")),
        (b"MTL interop test message 1", include_bytes!("../data/v1.1.2-sha2-128s-condensed-1.bin")),
        (b"MTL interop test message 2", include_bytes!("../data/v1.1.2-sha2-128s-condensed-2.bin")),
        (b"MTL interop test message 3", include_bytes!("../data/v1.1.2-sha2-128s-condensed-3.bin")),
        (b"MTL interop test message 4", include_bytes!("../data/v1.1.2-sha2-128s-condensed-4.bin")),
        (b"MTL interop test message 5", include_bytes!("../data/v1.1.2-sha2-128s-condensed-5.bin")),
        (b"MTL interop test message 6", include_bytes!("../data/v1.1.2-sha2-128s-condensed-6.bin")),
    ],
    // The randomizer comes first in generation A: octets 0..16.
    randomizer_octet: 5,
    // The digit of "message 0".
    message_octet: 25,
    rungs: 3,
};
