//! Names: `Name::parse` (wire, with the first octet choosing a prefix
//! parse) and `NameBuf::from_text`; each accepted name prints as text that
//! reads back to the same name.
#![no_main]

use dns_wire::{Name, NameBuf};

fn text_round_trip(name: &NameBuf) {
    let text = name.to_string();
    match NameBuf::from_text(&text) {
        Ok(again) => assert!(again.as_name().eq_exact(&name.as_name()), "{text:?} reads back as {again}"),
        Err(e) => panic!("the name {:02x?} prints as {text:?}, which does not read back: {e}", name.as_wire()),
    }
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let name = if mode & 1 == 0 { Name::parse(rest).ok() } else { Name::parse_prefix(rest).ok().map(|(n, _)| n) };
    if let Some(name) = name {
        let _ = name.labels().count();
        text_round_trip(&NameBuf::from_name(&name));
    }
    if let Ok(text) = core::str::from_utf8(rest)
        && let Ok(name) = NameBuf::from_text(text)
    {
        text_round_trip(&name);
    }
});
