//! Differential: dns-wire's `Message::parse` (with every RDATA checked)
//! against hickory-proto's `Message::from_vec` on whether a message is
//! accepted, on the messages where RFC 1035 leaves no choice
//! (`protokit_fuzz::diff::scope`, whose docs list what is left out and why).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if !protokit_fuzz::diff::scope(data) {
        return;
    }
    let ours = dns_wire::Message::parse(data).and_then(|m| m.check_rdata().map(|()| m));
    let theirs = hickory_proto::op::Message::from_vec(data);
    assert_eq!(
        ours.is_ok(),
        theirs.is_ok(),
        "dns-wire: {:?}; hickory-proto: {:?}",
        ours.err().map(|e| e.to_string()),
        theirs.err().map(|e| e.to_string())
    );
});
