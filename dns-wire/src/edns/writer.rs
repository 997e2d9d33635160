//! Writing options into an OPT record's RDATA without allocating.

use super::{EdnsOption, OptionData};
use crate::iana::OptCode;
use crate::wire::{BuildError, Writer};

/// The most octets an option's data, or an OPT record's RDATA, may hold
/// (the 16-bit OPTION-LENGTH and RDLENGTH fields).
const MAX_LEN: usize = 0xFFFF;

/// Writes one option as OPTION-CODE, OPTION-LENGTH and data (RFC 6891
/// section 6.1.2), the length taken from [`EdnsOption::encoded_len`].
///
/// All or nothing: on any error the writer is left where it was.
///
/// ```
/// use dns_wire::{edns::{write_option, EdnsOption, TcpKeepalive}, wire::Writer};
/// # fn main() -> Result<(), dns_wire::BuildError> {
/// let mut buf = [0u8; 16];
/// let mut w = Writer::new(&mut buf);
/// let ka = EdnsOption::TcpKeepalive(TcpKeepalive { timeout: Some(300) });
/// write_option(&mut w, &ka)?;
/// assert_eq!(w.finish(), b"\x00\x0b\x00\x02\x01\x2c");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`BuildError::TooLong`] when the data is longer than 65535 octets,
/// [`BuildError::NoSpace`], and the option's own [`BuildError::Invalid`].
pub fn write_option(w: &mut Writer<'_>, opt: &EdnsOption<'_>) -> Result<(), BuildError> {
    framed(w, opt.code(), opt.encoded_len(), |w| opt.compose(w))
}

/// Writes code and length, then the data by `data`, checking that it wrote
/// exactly `len` octets; rolls back on any error.
fn framed(
    w: &mut Writer<'_>,
    code: OptCode,
    len: usize,
    data: impl FnOnce(&mut Writer<'_>) -> Result<(), BuildError>,
) -> Result<(), BuildError> {
    let len16 = u16::try_from(len).map_err(|_| BuildError::TooLong { what: "EDNS option data", len, max: MAX_LEN })?;
    let start = w.pos();
    let result = (|| {
        w.u16(code.to_int())?;
        w.u16(len16)?;
        data(w)?;
        if w.pos() != start + 4 + len {
            return Err(BuildError::Invalid { what: "EDNS option data length differs from its encoded_len" });
        }
        Ok(())
    })();
    if result.is_err() {
        w.truncate(start);
    }
    result
}

/// Writes the options of an OPT record's RDATA into a [`Writer`]
/// (RFC 6891 section 6.1.2), each as code, length and data, and keeps the
/// RDATA within 65535 octets. It allocates nothing.
///
/// The RDATA starts where the writer is when the `OptWriter` is made; the
/// caller writes the fixed fields of the record before and the RDLENGTH
/// afterwards (for example with [`Writer::patch_u16`] and the value that
/// [`OptWriter::finish`] returns). Every push is all or nothing.
///
/// ```
/// use dns_wire::{Message, edns::{EdnsOption, ExtendedError, Nsid, OptWriter}};
/// use dns_wire::{iana::{EdeCode, OptCode}, wire::Writer};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut buf = [0u8; 512];
/// let mut w = Writer::new(&mut buf);
/// // Header with ARCOUNT 1, then the OPT record up to RDLENGTH.
/// w.bytes(&[0, 0, 0x81, 0x80, 0, 0, 0, 0, 0, 0, 0, 1])?;
/// w.u8(0)?;
/// w.u16(41)?;
/// w.u16(1232)?;
/// w.u32(0)?;
/// let rdlength_at = w.pos();
/// w.u16(0)?;
/// let mut opts = OptWriter::new(&mut w);
/// opts.push(&EdnsOption::Nsid(Nsid { data: b"ns1" }))?;
/// opts.push_data(&ExtendedError::new(EdeCode::BLOCKED, "policy"))?;
/// opts.push_raw(OptCode::new(65001), &[])?;
/// let rdlength = opts.finish();
/// w.patch_u16(rdlength_at, rdlength)?;
///
/// let msg = Message::parse(w.finish())?;
/// let opt = msg.opt().expect("OPT present");
/// let texts: Vec<String> = opt.typed_options().map(|o| o.map(|o| o.to_string())).collect::<Result<_, _>>()?;
/// assert_eq!(texts, ["NSID: 6e7331 (\"ns1\")", "EDE: 15 (Blocked): \"policy\"", "OPT65001: (empty)"]);
/// # Ok(()) }
/// ```
pub struct OptWriter<'w, 'b> {
    w: &'w mut Writer<'b>,
    start: usize,
}

impl<'w, 'b> OptWriter<'w, 'b> {
    /// Starts the RDATA at the writer's position.
    pub fn new(w: &'w mut Writer<'b>) -> Self {
        let start = w.pos();
        Self { w, start }
    }

    /// How many octets of RDATA have been written.
    pub fn len(&self) -> usize {
        self.w.pos().saturating_sub(self.start)
    }

    /// Whether no option has been written.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Writes one option (see [`write_option`]).
    ///
    /// # Errors
    /// As [`write_option`], and [`BuildError::TooLong`] when the RDATA
    /// would pass 65535 octets.
    pub fn push(&mut self, opt: &EdnsOption<'_>) -> Result<(), BuildError> {
        self.room(opt.encoded_len())?;
        write_option(self.w, opt)
    }

    /// Writes one option from its typed data, including types that other
    /// crates define.
    ///
    /// # Errors
    /// As [`OptWriter::push`].
    pub fn push_data<'a, T: OptionData<'a>>(&mut self, data: &T) -> Result<(), BuildError> {
        self.room(data.encoded_len())?;
        framed(self.w, T::CODE, data.encoded_len(), |w| data.compose(w))
    }

    /// Writes one option from its code and data octets, unchecked.
    ///
    /// # Errors
    /// As [`OptWriter::push`].
    pub fn push_raw(&mut self, code: OptCode, data: &[u8]) -> Result<(), BuildError> {
        self.room(data.len())?;
        framed(self.w, code, data.len(), |w| w.bytes(data))
    }

    /// Checks that an option with `len` octets of data keeps the RDATA
    /// within 65535 octets.
    fn room(&self, len: usize) -> Result<(), BuildError> {
        let total = self.len() + 4 + len;
        if total > MAX_LEN {
            return Err(BuildError::TooLong { what: "OPT RDATA", len: total, max: MAX_LEN });
        }
        Ok(())
    }

    /// Ends the RDATA and returns its length, for RDLENGTH.
    pub fn finish(self) -> u16 {
        // `room` keeps the length within 16 bits.
        u16::try_from(self.len()).unwrap_or(u16::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edns::{ClientSubnet, Cookie, Padding};

    #[test]
    fn framing_and_rollback() {
        let mut buf = [0u8; 32];
        let mut w = Writer::new(&mut buf);
        let mut opts = OptWriter::new(&mut w);
        assert!(opts.is_empty());
        opts.push(&EdnsOption::Cookie(Cookie { client: [1; 8], server: &[] })).unwrap();
        assert_eq!(opts.len(), 12);
        // Invalid data writes nothing.
        let bad = Cookie { client: [1; 8], server: &[2; 3] };
        assert!(matches!(opts.push_data(&bad), Err(BuildError::Invalid { .. })));
        assert_eq!(opts.len(), 12);
        // So does data that does not fit.
        assert!(matches!(opts.push_data(&Padding::zeros(20)), Err(BuildError::NoSpace { .. })));
        assert_eq!(opts.len(), 12);
        let ecs = ClientSubnet::parse(b"\x00\x01\x00\x00", 0).unwrap();
        opts.push_data(&ecs).unwrap();
        assert_eq!(opts.finish(), 20);
        assert_eq!(w.finish(), b"\x00\x0a\x00\x08\x01\x01\x01\x01\x01\x01\x01\x01\x00\x08\x00\x04\x00\x01\x00\x00");
    }

    #[test]
    fn rdata_limit() {
        let mut buf = alloc::vec![0u8; 70000];
        let mut w = Writer::new(&mut buf);
        let mut opts = OptWriter::new(&mut w);
        opts.push_data(&Padding::zeros(65531)).unwrap();
        assert_eq!(opts.len(), 65535);
        assert!(matches!(opts.push_raw(OptCode::new(65001), &[]), Err(BuildError::TooLong { .. })));
        assert_eq!(opts.finish(), 65535);
        let mut w = Writer::new(&mut buf);
        let big = [0u8; 65536];
        let raw = EdnsOption::Unknown(crate::edns::RawOption { code: OptCode::new(65001), data: &big, at: 0 });
        assert!(matches!(write_option(&mut w, &raw), Err(BuildError::TooLong { .. })));
        assert_eq!(w.pos(), 0);
    }
}
