//! Differential: dns-wire's `Message::parse` (with every RDATA checked)
//! against domain's whole-message walk on whether a message is accepted, on
//! the messages where RFC 1035 leaves no choice
//! (`protokit_fuzz::diff::scope`, whose docs list what is left out and why).
//!
//! domain checks a message lazily: `Message::from_octets` looks at the
//! header only, and each section is read as a caller walks it. Its
//! acceptance here is that of a caller who reads all of it, as a resolver
//! does: every question, then every record of the three sections with its
//! RDATA typed (`AllRecordData`), each section's count met.
//!
//! Besides what `scope` leaves out, one deviation of domain's, found by
//! this target: a TXT record with no character-string (RDLENGTH 0), which
//! domain accepts and dns-wire and hickory-proto refuse (RFC 1035 section
//! 3.3.14: one or more).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if !protokit_fuzz::diff::scope_where(data, |rtype, rdlen| !(rtype == 16 && rdlen == 0)) {
        return;
    }
    let ours = dns_wire::Message::parse(data).and_then(|m| m.check_rdata().map(|()| m));
    let theirs = protokit_fuzz::diff::domain_walk(data);
    assert_eq!(
        ours.is_ok(),
        theirs.is_ok(),
        "dns-wire: {:?}; domain: {:?}",
        ours.err().map(|e| e.to_string()),
        theirs.err()
    );
});
