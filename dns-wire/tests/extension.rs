//! The extension point: a record type that dns-wire does not know, defined
//! outside the crate, is written by the builder and read back through
//! `Record::data_as`, with the same checks as the built-in types.

// Integration tests run with std; the no_std import lints are for the library.
#![allow(clippy::std_instead_of_alloc, clippy::std_instead_of_core)]

use core::fmt;

use dns_wire::MessageBuilder;
use dns_wire::build::RecordRef;
use dns_wire::iana::{Class, Rtype};
use dns_wire::message::Section;
use dns_wire::rdata::{RData, RecordData};
use dns_wire::wire::{BuildError, Reader, Writer};
use dns_wire::{Message, Name, WireError};

/// A private-use type (65280): a 16-bit port and a target name that must
/// not be compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PortTarget<'a> {
    port: u16,
    target: Name<'a>,
}

const PORT_TARGET: Rtype = Rtype::new(65280);

impl<'a> RecordData<'a> for PortTarget<'a> {
    fn accepts(rtype: Rtype) -> bool {
        rtype == PORT_TARGET
    }

    fn parse(rtype: Rtype, r: &mut Reader<'a>) -> Result<Self, WireError> {
        let at = r.pos();
        let port = r.u16()?;
        if port == 0 {
            return Err(WireError::BadRdata { at, rtype, what: "port 0" });
        }
        Ok(Self { port, target: r.name()? })
    }

    fn compose(&self, w: &mut Writer<'_>) -> Result<(), BuildError> {
        w.u16(self.port)?;
        w.name_uncompressed(&self.target)
    }

    fn encoded_len(&self) -> usize {
        2 + self.target.wire_len()
    }
}

impl fmt::Display for PortTarget<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.port, self.target)
    }
}

#[test]
fn external_type_round_trips() {
    let owner = Name::parse(b"\x03svc\x07example\x00").unwrap();
    let value = PortTarget { port: 8443, target: Name::parse(b"\x02be\x07example\x00").unwrap() };
    let mut buf = [0u8; 256];
    let mut b = MessageBuilder::new(&mut buf).unwrap();
    let rr = RecordRef { owner, rtype: PORT_TARGET, class: Class::IN, ttl: 60, data: value };
    b.record(Section::Answer, &rr).unwrap();
    // The builder refuses RDATA of one type under another.
    assert_eq!(
        b.record(Section::Answer, &RecordRef { rtype: Rtype::A, ..rr }),
        Err(BuildError::Invalid { what: "RDATA of another record type" })
    );
    let wire = b.finish().to_vec();
    // The target was not compressed against the owner.
    assert!(wire.ends_with(b"\x02be\x07example\x00"));

    let msg = Message::parse(&wire).unwrap();
    let rr = msg.answers().next().unwrap();
    // dns-wire itself sees opaque data ...
    assert!(matches!(rr.data().unwrap(), RData::Unknown(t, _) if t == PORT_TARGET));
    // ... and the extension reads its type.
    let got: PortTarget<'_> = rr.data_as().unwrap().unwrap();
    assert_eq!(got, value);
    assert_eq!(got.to_string(), "8443 be.example.");
    // Other types are not its business.
    let a = b"\0\0\x81\x80\0\0\0\x01\0\0\0\0\0\0\x01\0\x01\0\0\0\0\0\x04\x01\x02\x03\x04";
    let msg = Message::parse(a).unwrap();
    assert_eq!(msg.answers().next().unwrap().data_as::<PortTarget<'_>>(), Ok(None));
}

#[test]
fn external_type_errors_keep_offsets() {
    // RDLENGTH 4: port 0 is refused by the extension's own check.
    let wire = b"\0\0\x81\x80\0\0\0\x01\0\0\0\0\0\xff\0\0\x01\0\0\0\0\0\x04\0\0\x01a";
    let msg = Message::parse(wire).unwrap();
    let rr = msg.answers().next().unwrap();
    assert_eq!(rr.data_as::<PortTarget<'_>>(), Err(WireError::BadRdata { at: 23, rtype: PORT_TARGET, what: "port 0" }));
    // A name that runs past RDLENGTH is an overrun of the RDATA.
    let wire = b"\0\0\x81\x80\0\0\0\x01\0\0\0\0\0\xff\0\0\x01\0\0\0\0\0\x04\0\x05\x01a\x00";
    assert!(Message::parse(wire).is_err());
    let wire = b"\0\0\x81\x80\0\0\0\x01\0\0\0\0\0\xff\0\0\x01\0\0\0\0\0\x06\0\x05\x01a\x00\x00";
    let msg = Message::parse(wire).unwrap();
    let rr = msg.answers().next().unwrap();
    assert_eq!(rr.data_as::<PortTarget<'_>>(), Err(WireError::TrailingRdata { at: 28, rtype: PORT_TARGET, left: 1 }));
}
