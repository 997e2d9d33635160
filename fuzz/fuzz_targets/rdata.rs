//! Typed RDATA from wire: the first two octets are the type, the rest its
//! RDATA, read by dns-wire (with svcb and deleg plugged in), printed, and
//! read back from the text (the wire -> text -> wire round trip).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((rtype, rdata)) = protokit_fuzz::split_type(data) else { return };
    let _ = dns_wire::rdata::RData::parse(rtype, dns_wire::wire::Reader::new(rdata));
    protokit_fuzz::roundtrip::rdata_wire(rtype, rdata);
});
