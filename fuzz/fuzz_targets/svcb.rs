//! SVCB and HTTPS (RFC 9460): the first octet picks the type and the form;
//! wire RDATA is read (`Svcb`, every SvcParam typed) and round-tripped
//! through text; text is read (`Svcb::from_text`) and round-tripped
//! through wire.
#![no_main]

use dns_wire::iana::Rtype;
use dns_wire::rdata::RecordData;
use dns_wire::wire::Reader;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let rtype = if mode & 1 == 0 { Rtype::SVCB } else { Rtype::HTTPS };
    if mode & 2 == 0 {
        if let Ok(rr) = svcb::Svcb::parse(rtype, &mut Reader::new(rest)) {
            for param in rr.params.iter() {
                let _ = (param.key(), format!("{:?}", param.value));
            }
            let _ = rr.to_string();
        }
        protokit_fuzz::roundtrip::rdata_wire(rtype, rest);
    } else if let Ok(text) = core::str::from_utf8(rest) {
        let mut buf = vec![0u8; 65_535];
        if let Ok(rr) = svcb::Svcb::from_text(rtype, text, &mut buf) {
            let _ = rr.to_string();
        }
        protokit_fuzz::roundtrip::rdata_text(rtype, text);
    }
});
