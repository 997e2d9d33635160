//! `ZoneFile` streams: a zone of 1 GiB, generated on the fly behind an
//! `io::Read` (nothing on disk), reads record by record while the heap
//! never holds more than 1 MiB (defect 4 of issue 11: the reader used to
//! read the whole file into memory first).

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use std::io::{BufReader, Read};

use dns_wire::text::ZoneFile;

/// One record's text: a TXT record of `STRINGS` full character-strings
/// over several lines in parentheses, with comments, owned by the name
/// before it (the entry starts with white space).
const STRINGS: usize = 60;

fn record_text() -> Vec<u8> {
    let mut t = b"\tTXT ( ; the strings follow\n".to_vec();
    for i in 0..STRINGS {
        t.extend_from_slice(b"\t\"");
        t.extend(std::iter::repeat_n(b'a' + (i % 26) as u8, 255));
        t.extend_from_slice(b"\" ; a comment\n");
    }
    t.extend_from_slice(b"\t)\n");
    t
}

/// `$ORIGIN`, `$TTL` and an owner, then the same record again and again up
/// to at least `total` octets, made as it is read.
struct Generated {
    head: Vec<u8>,
    record: Vec<u8>,
    /// Octets of the head or of the current record already handed out.
    at: usize,
    in_head: bool,
    records_left: u64,
}

impl Generated {
    fn new(total: u64) -> Self {
        let head = b"$ORIGIN example.\n$TTL 300\nbig A 192.0.2.1\n".to_vec();
        let record = record_text();
        let records = total.div_ceil(record.len() as u64);
        Generated { head, record, at: 0, in_head: true, records_left: records }
    }
}

impl Read for Generated {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let src = if self.in_head { &self.head } else { &self.record };
        if !self.in_head && self.records_left == 0 {
            return Ok(0);
        }
        let n = buf.len().min(src.len() - self.at);
        buf[..n].copy_from_slice(&src[self.at..self.at + n]);
        self.at += n;
        if self.at == src.len() {
            self.at = 0;
            if self.in_head {
                self.in_head = false;
            } else {
                self.records_left -= 1;
            }
        }
        Ok(n)
    }
}

#[test]
fn defect4_zone_of_1_gib_reads_in_under_1_mib_of_heap() {
    const TOTAL: u64 = 1 << 30;
    let per_record = record_text().len() as u64;
    let records = TOTAL.div_ceil(per_record);
    let want_rdata = vec![255u8; 1].into_iter().chain(std::iter::repeat_n(b'a', 255)).collect::<Vec<u8>>();
    let mut count = 0u64;
    let mut rdata_octets = 0u64;
    let mut last_owner = String::new();
    let info = allocation_counter::measure(|| {
        let input = BufReader::with_capacity(64 * 1024, Generated::new(TOTAL));
        let mut zone = ZoneFile::from_reader(input).expect("reads");
        let mut buf = vec![0u8; 65535 + 255];
        while let Some(rr) = zone.next_record(&mut buf).expect("every record reads") {
            count += 1;
            rdata_octets += rr.rdata.len() as u64;
            if count == 2 {
                assert_eq!(rr.rdata.get(..256), Some(&want_rdata[..]));
                last_owner = rr.owner.to_string();
            }
        }
    });
    // The A record, then every TXT record, each of 60 strings of 256
    // octets with their length octets.
    assert_eq!(count, records + 1);
    assert_eq!(rdata_octets, 4 + records * (STRINGS as u64) * 256);
    assert_eq!(last_owner, "big.example.");
    assert!(info.bytes_max < 1 << 20, "heap high-water mark {} octets", info.bytes_max);
    eprintln!(
        "{records} records, {} octets of text, heap high-water mark {} octets",
        records * per_record,
        info.bytes_max
    );
}
