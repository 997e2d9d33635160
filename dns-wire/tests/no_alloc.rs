//! Parsing and walking a message allocates nothing: a counting global
//! allocator watches while every message of the dnspython corpus
//! that dns-wire accepts is parsed, walked and read into typed RDATA, and
//! while messages are built into stack buffers.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use dns_wire::Message;
use dns_wire::MessageBuilder;

/// Runs `f` and counts the allocations it made (the counter is the
/// `allocation-counter` crate's global allocator).
fn watched<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let mut out = None;
    let info = allocation_counter::measure(|| out = Some(f()));
    (out.expect("ran"), info.count_total)
}

fn corpus_messages() -> Vec<Vec<u8>> {
    include_str!("data/dnspython/corpus.txt")
        .lines()
        .filter_map(|l| l.strip_prefix("msg "))
        .map(|h| (0..h.len()).step_by(2).map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap()).collect())
        .collect()
}

#[test]
fn parsing_walking_and_building_allocate_nothing() {
    let messages = corpus_messages();
    let mut out = vec![0u8; 65535];
    let ((parsed, records, built), allocations) = watched(|| {
        let (mut parsed, mut records, mut built) = (0usize, 0usize, 0usize);
        for wire in &messages {
            let Ok(msg) = Message::parse(wire) else {
                continue;
            };
            parsed += 1;
            for q in msg.questions() {
                core::hint::black_box(q.qname.label_count());
            }
            for (_, rr) in msg.records() {
                records += 1;
                if let Ok(d) = rr.data() {
                    core::hint::black_box(d.encoded_len());
                }
            }
            if let Some(opt) = msg.opt() {
                for o in opt.options() {
                    core::hint::black_box(o.ok());
                }
            }
            if msg.check_rdata().is_ok() && MessageBuilder::copy_message(&mut out, &msg, false).is_ok() {
                built += 1;
            }
        }
        (parsed, records, built)
    });
    assert!(parsed > 2000 && records > 3000 && built > 2000, "{parsed} {records} {built}");
    assert_eq!(allocations, 0, "parsing, walking and building allocated {allocations} times");
    // The counter works: an allocation on this thread while watched is seen.
    let (_, n) = watched(|| core::hint::black_box(vec![1u8; 16]));
    assert_eq!(n, 1);
}
