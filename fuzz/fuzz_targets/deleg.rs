//! DELEG, DELEGPARAM and DSYNC (deleg): the first octet picks the type and
//! the form; wire RDATA is read (`DelegInfos`, `Dsync`) and round-tripped
//! through text, text through wire.
#![no_main]

use dns_wire::rdata::RecordData;
use dns_wire::wire::Reader;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let rtype = [deleg::DELEG, deleg::DELEGPARAM, deleg::DSYNC][usize::from(mode % 3)];
    if mode & 0x80 == 0 {
        if rtype == deleg::DSYNC {
            if let Ok(d) = deleg::dsync::Dsync::parse(rtype, &mut Reader::new(rest)) {
                let _ = (d.is_ignored(), d.to_string());
            }
        } else if let Ok(infos) = deleg::DelegInfos::parse_rdata(rtype, rest) {
            let _ = infos.iter().count();
            let _ = infos.server_info();
            let _ = infos.zone_check();
            let _ = infos.kind(deleg::TypeCodes::DEFAULT);
        }
        protokit_fuzz::roundtrip::rdata_wire(rtype, rest);
    } else if let Ok(text) = core::str::from_utf8(rest) {
        protokit_fuzz::roundtrip::rdata_text(rtype, text);
    }
});
