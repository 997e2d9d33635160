//! EPP frames (RFC 5734 section 4): a stream cut into frames with
//! `FrameCodec::decode` (the first octet sets the frame limit); every frame
//! encoded again decodes to the same payload, and the stream ends with
//! `decode_eof`.
#![no_main]

use epp_model::frame::FrameCodec;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&limit, mut rest)) = data.split_first() else { return };
    let codec = FrameCodec::new(u32::from(limit) * 64 + 4);
    let mut frames = 0;
    while let Ok(Some((payload, used))) = codec.decode(rest) {
        assert!(used > 0 && used <= rest.len(), "decode used {used} of {} octets", rest.len());
        let mut out = Vec::new();
        codec.encode(payload, &mut out).expect("a decoded payload encodes again");
        let frame_len = codec.frame_len(&out).expect("an encoded frame has a length");
        assert_eq!(frame_len, Some(out.len()));
        let (again, n) = codec.decode(&out).expect("an encoded frame decodes").expect("a whole frame");
        assert_eq!((again, n), (payload, out.len()));
        rest = rest.get(used..).unwrap_or_default();
        frames += 1;
        if frames > 10_000 {
            return;
        }
    }
    let _ = codec.decode_eof(rest);
});
