//! Zone files: `ZoneReader` (with svcb and deleg, `$INCLUDE` handed out)
//! streamed to the end, every record printed and typed; and `ZoneFile`
//! over the same text as a `BufRead`.
#![no_main]

use dns_wire::text::{Entry, ZoneFile, ZoneReader};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut reader =
        ZoneReader::new(data).with_extensions(protokit_fuzz::ALL).allow_include(true).with_generate_limit(256);
    let mut buf = vec![0u8; 70_000];
    let mut n = 0;
    while let Ok(Some(entry)) = reader.next_entry(&mut buf) {
        if let Entry::Record(rr) = entry {
            let _ = rr.to_string();
            let _ = rr.data_with(protokit_fuzz::ALL);
        }
        n += 1;
        if n > 2000 {
            break;
        }
    }
    let Ok(zone) = ZoneFile::from_reader(std::io::Cursor::new(data)) else { return };
    let mut zone = zone.with_extensions(protokit_fuzz::ALL).with_generate_limit(256);
    let mut n = 0;
    while let Ok(Some(rr)) = zone.next_record(&mut buf) {
        let _ = rr.to_string();
        n += 1;
        if n > 2000 {
            break;
        }
    }
});
