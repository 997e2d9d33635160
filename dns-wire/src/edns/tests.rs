//! Tests across the options: shared helpers, messages, and the dnspython
//! corpus.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::*;
use crate::Message;

/// Where the helpers pretend the option data starts in a message.
const AT: usize = 100;

/// Reads `wire` as `T` and through [`EdnsOption`], checks the text, the
/// length and that writing gives `wire` back, framed and unframed; then
/// checks that no shorter prefix reads as the same value.
pub(crate) fn round_trip<'a, T>(wire: &'a [u8], text: &str) -> T
where
    T: OptionData<'a> + PartialEq + core::fmt::Debug + Into<EdnsOption<'a>> + Copy,
{
    let value = T::parse(wire, AT).expect("parses");
    assert_eq!(value.to_string(), text);
    assert_eq!(value.encoded_len(), wire.len());
    let mut buf = [0u8; 70000];
    let mut w = Writer::new(&mut buf);
    value.compose(&mut w).expect("composes");
    assert_eq!(w.finish(), wire);

    let raw = RawOption { code: T::CODE, data: wire, at: AT };
    let opt = EdnsOption::parse(raw).expect("EdnsOption parses");
    assert_eq!(opt, value.into());
    assert_eq!(opt.code(), T::CODE);
    assert_eq!(opt.to_string(), alloc::format!("{}: {text}", T::CODE));
    assert!(EdnsOption::is_known(T::CODE));
    let mut w = Writer::new(&mut buf);
    write_option(&mut w, &opt).expect("writes");
    let framed = w.finish();
    assert_eq!(framed.get(..2), Some(&T::CODE.to_int().to_be_bytes()[..]));
    assert_eq!(framed.get(2..4), Some(&u16::try_from(wire.len()).unwrap().to_be_bytes()[..]));
    assert_eq!(framed.get(4..), Some(wire));

    for cut in 0..wire.len() {
        if let Ok(other) = T::parse(&wire[..cut], AT) {
            assert_ne!(other, value, "prefix of {cut} octets");
        }
    }
    value
}

/// Checks that `data` is refused as `T` with `what`, at `off` octets into
/// the data, both directly and through [`EdnsOption`].
pub(crate) fn refused<'a, T: OptionData<'a> + core::fmt::Debug>(data: &'a [u8], off: usize, what: &'static str) {
    let want = WireError::BadOption { at: AT + off, code: T::CODE, what };
    assert_eq!(T::parse(data, AT).unwrap_err(), want, "{data:02x?}");
    let raw = RawOption { code: T::CODE, data, at: AT };
    assert_eq!(EdnsOption::parse(raw), Err(want));
}

/// A response with one OPT record whose RDATA is `rdata`; the RDATA starts
/// at offset 23.
fn message_with_opt(rdata: &[u8]) -> Vec<u8> {
    let mut m = Vec::from(&b"\x12\x34\x81\x80\0\0\0\0\0\0\0\x01\0\0\x29\x04\xd0\0\0\0\0"[..]);
    m.extend_from_slice(&u16::try_from(rdata.len()).unwrap().to_be_bytes());
    m.extend_from_slice(rdata);
    m
}

#[test]
fn typed_options_walk_a_message() {
    let rdata = b"\x00\x03\x00\x03ns1\
                  \x00\x08\x00\x07\x00\x01\x18\x00\xc0\x00\x02\
                  \x00\x0b\x00\x01\x00\
                  \x00\x0f\x00\x02\x00\x12\
                  \xfd\xe9\x00\x01\xab";
    let wire = message_with_opt(rdata);
    let msg = Message::parse(&wire).unwrap();
    let opt = msg.opt().unwrap();
    let got: Vec<Result<String, WireError>> = opt.typed_options().map(|o| o.map(|o| o.to_string())).collect();
    assert_eq!(
        got,
        [
            Ok("NSID: 6e7331 (\"ns1\")".to_string()),
            Ok("ECS: 192.0.2.0/24/0".to_string()),
            // The keepalive option's data starts at 23 + 7 + 11 + 4.
            Err(WireError::BadOption { at: 45, code: OptCode::TCP_KEEPALIVE, what: "length is neither 0 nor 2" }),
            Ok("EDE: 18 (Prohibited)".to_string()),
            Ok("OPT65001: ab".to_string()),
        ]
    );
    // check_rdata now looks at the typed options.
    assert_eq!(
        msg.check_rdata(),
        Err(WireError::BadOption { at: 45, code: OptCode::TCP_KEEPALIVE, what: "length is neither 0 nor 2" })
    );
    // Writing the typed options back gives the same RDATA, the bad one
    // kept raw.
    let mut buf = [0u8; 128];
    let mut w = Writer::new(&mut buf);
    let mut out = OptWriter::new(&mut w);
    for (typed, raw) in opt.typed_options().zip(opt.options()) {
        let raw = raw.unwrap();
        out.push(&typed.unwrap_or(EdnsOption::Unknown(raw))).unwrap();
    }
    assert_eq!(usize::from(out.finish()), rdata.len());
    assert_eq!(w.finish(), &rdata[..]);
}

#[test]
fn name_errors_have_message_offsets() {
    // REPORT-CHANNEL data at 27 holding a compression pointer at its
    // second octet pair.
    let wire = message_with_opt(b"\x00\x12\x00\x05\x01a\xc0\x0c\x00");
    let msg = Message::parse(&wire).unwrap();
    assert_eq!(
        msg.check_rdata(),
        Err(WireError::BadOption { at: 29, code: OptCode::REPORT_CHANNEL, what: "compressed name" })
    );
    let ok = message_with_opt(b"\x00\x12\x00\x03\x01a\x00");
    assert_eq!(Message::parse(&ok).unwrap().check_rdata(), Ok(()));
}

#[test]
fn cut_off_option_list_ends_the_walk() {
    let wire = message_with_opt(b"\x00\x03\x00\x00\x00\x0f\x00\x05\x00");
    let opt = Message::parse(&wire).unwrap().opt().unwrap();
    let mut it = opt.typed_options();
    assert_eq!(it.next().unwrap().unwrap().to_string(), "NSID: (empty)");
    assert!(matches!(it.next(), Some(Err(WireError::Truncated { .. }))));
    assert!(it.next().is_none());
}

#[test]
fn unknown_codes_stay_raw() {
    for code in [0u16, 1, 2, 4, 16, 17, 20, 65001, 65535] {
        let code = OptCode::new(code);
        assert!(!EdnsOption::is_known(code));
        let raw = RawOption { code, data: b"\x01\x02", at: 0 };
        let opt = EdnsOption::parse(raw).unwrap();
        assert_eq!(opt, EdnsOption::Unknown(raw));
        assert_eq!(opt.encoded_len(), 2);
        assert_eq!(opt.code(), code);
    }
    assert_eq!(RawOption { code: OptCode::LLQ, data: b"", at: 0 }.typed().unwrap().to_string(), "LLQ: (empty)");
    let cookie = RawOption { code: OptCode::COOKIE, data: &[0; 8], at: 0 };
    assert_eq!(cookie.parse_as::<Nsid>(), Ok(None));
    assert!(cookie.parse_as::<Cookie>().unwrap().is_some());
}

fn unhex(s: &str) -> Vec<u8> {
    s.as_bytes().chunks(2).map(|p| u8::from_str_radix(core::str::from_utf8(p).unwrap(), 16).unwrap()).collect()
}

/// Every option of every message that dnspython 2.9.2 accepted in the
/// differential corpus reads in its typed form and writes back unchanged,
/// except for the ones this crate refuses on purpose (see the list).
#[test]
fn dnspython_corpus() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dnspython/corpus.txt");
    let corpus = std::fs::read_to_string(path).expect("the dnspython corpus");
    let mut wire = Vec::new();
    let mut seen = 0;
    let mut refused = Vec::new();
    for line in corpus.lines() {
        if let Some(hex) = line.strip_prefix("msg ") {
            wire = unhex(hex);
            continue;
        }
        if !line.starts_with("opt ") {
            continue;
        }
        let msg = Message::parse(&wire).expect("dnspython accepted it");
        let opt = msg.opt().expect("an OPT record");
        for (typed, raw) in opt.typed_options().zip(opt.options()) {
            let raw = raw.expect("framing");
            seen += 1;
            match typed {
                Ok(typed) => {
                    let mut buf = [0u8; 1024];
                    let mut w = Writer::new(&mut buf);
                    typed.compose(&mut w).unwrap();
                    assert_eq!(w.finish(), raw.data, "{typed}");
                    let _ = typed.to_string();
                }
                Err(e) => refused.push((raw.code.to_int(), raw.data.len(), e)),
            }
        }
    }
    assert!(seen > 50, "{seen} options");
    // dnspython 2.9.2 reads TCP-KEEPALIVE as opaque; RFC 7828 section 3.1
    // allows only 0 or 2 octets. The corpus mutates a COOKIE into one.
    for (code, len, e) in &refused {
        assert!(*code == OptCode::TCP_KEEPALIVE.to_int() && *len != 0 && *len != 2, "{code} {len} {e}");
    }
    assert!(!refused.is_empty());
}

proptest::proptest! {
    /// Whatever the data and offset, parsing does not panic, and whatever
    /// is accepted is written back octet for octet.
    #[test]
    fn accepted_data_round_trips(
        code in proptest::prop_oneof![0u16..=20, proptest::strategy::Just(65001)],
        data in proptest::collection::vec(proptest::prop_oneof![
            proptest::strategy::Just(0u8), 1u8..=3, proptest::num::u8::ANY
        ], 0..48),
        at in proptest::num::usize::ANY,
    ) {
        let raw = RawOption { code: OptCode::new(code), data: &data, at };
        match EdnsOption::parse(raw) {
            Ok(opt) => {
                let mut buf = [0u8; 64];
                let mut w = Writer::new(&mut buf);
                opt.compose(&mut w).unwrap();
                proptest::prop_assert_eq!(w.finish(), &data[..]);
                proptest::prop_assert_eq!(opt.encoded_len(), data.len());
                let _ = opt.to_string();
            }
            Err(e) => {
                let WireError::BadOption { at: err_at, code: err_code, .. } = e else {
                    panic!("{e:?}");
                };
                proptest::prop_assert_eq!(err_code, raw.code);
                proptest::prop_assert!(err_at >= at);
                proptest::prop_assert!(err_at <= at.saturating_add(data.len()));
            }
        }
    }
}
