//! Building SVCB and HTTPS RDATA (or a bare SvcParams list, as DNR needs)
//! into a caller's [`Writer`], without allocating: parameters in any
//! order, sorted and checked at [`SvcbBuilder::finish`].
//!
//! A repeated key is refused when it is added if that costs O(1): for the
//! keys below 64 (every registered key) and for the largest key so far.
//! Any other repeat is refused by `finish`, whose sort sees it anyway; so
//! adding n parameters costs O(n), in whatever order they come.

use core::net::{Ipv4Addr, Ipv6Addr};

use dns_wire::Name;
use dns_wire::ext::{SortError, sort_in_place};
use dns_wire::iana::Rtype;
use dns_wire::wire::{BuildError, Reader, WireError, Writer};

use crate::SvcParamKey;
use crate::params::{SvcParamValue, read_list, sort_keys};

/// Why a record could not be built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SvcbBuildError {
    /// The writer refused (no space, or a field too long); the error says
    /// at which offset.
    #[error(transparent)]
    Write(#[from] BuildError),
    /// A parameter or the record breaks a rule of RFC 9460.
    #[error("at offset {at}: {what}")]
    Invalid {
        /// Offset in the writer of the parameter (or record) at fault.
        at: usize,
        /// What was wrong.
        what: &'static str,
    },
}

/// Writes SVCB/HTTPS RDATA, or SvcParams alone, into a [`Writer`].
///
/// ```
/// use core::net::Ipv4Addr;
/// use dns_wire::{iana::Rtype, wire::Writer, Name};
/// use svcb::{SvcbBuilder, SvcParamKey};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let mut buf = [0u8; 128];
/// let mut w = Writer::new(&mut buf);
/// let target = Name::parse(b"\x03foo\x07example\x03org\x00")?;
/// let mut b = SvcbBuilder::record(&mut w, Rtype::SVCB, 16, &target)?;
/// b.ipv4hint(&[Ipv4Addr::new(192, 0, 2, 1)])?;
/// b.mandatory(&[SvcParamKey::IPV4HINT, SvcParamKey::ALPN])?;
/// b.alpn(&[b"h2", b"h3-19"])?;
/// let len = b.finish()?;
/// // RFC 9460 D.2 Figure 9.
/// let want = "001003666f6f076578616d706c65036f7267000000000400010004000100090268320568332d313900040004c0000201";
/// let hex: String = w.finish()[..len].iter().map(|b| format!("{b:02x}")).collect();
/// assert_eq!(hex, want);
/// # Ok(()) }
/// ```
pub struct SvcbBuilder<'w, 'b> {
    w: &'w mut Writer<'b>,
    start: usize,
    params_start: usize,
    rtype: Rtype,
    alias: bool,
    /// The keys below 64 added so far, one bit each.
    low: u64,
    /// The largest key added so far.
    max: Option<u16>,
}

impl<'w, 'b> SvcbBuilder<'w, 'b> {
    /// Starts SVCB or HTTPS RDATA: writes the priority and the target.
    ///
    /// # Errors
    /// [`SvcbBuildError::Write`].
    pub fn record(
        w: &'w mut Writer<'b>,
        rtype: Rtype,
        priority: u16,
        target: &Name<'_>,
    ) -> Result<Self, SvcbBuildError> {
        let start = w.pos();
        let head = w.u16(priority).and_then(|()| w.name_uncompressed(target));
        if let Err(e) = head {
            w.truncate(start);
            return Err(e.into());
        }
        let params_start = w.pos();
        Ok(Self { w, start, params_start, rtype, alias: priority == 0, low: 0, max: None })
    }

    /// Starts a bare SvcParams list (as in a DNR option); `rtype` only
    /// labels errors.
    ///
    /// ```
    /// use dns_wire::{iana::Rtype, wire::Writer};
    /// use svcb::SvcbBuilder;
    /// # fn main() -> Result<(), svcb::SvcbBuildError> {
    /// let mut buf = [0u8; 32];
    /// let mut w = Writer::new(&mut buf);
    /// let mut b = SvcbBuilder::params_only(&mut w, Rtype::SVCB);
    /// b.port(853)?;
    /// b.alpn(&[b"dot"])?;
    /// let len = b.finish()?;
    /// assert_eq!(&w.finish()[..len], b"\x00\x01\x00\x04\x03dot\x00\x03\x00\x02\x03\x55");
    /// # Ok(()) }
    /// ```
    pub fn params_only(w: &'w mut Writer<'b>, rtype: Rtype) -> Self {
        let start = w.pos();
        Self { w, start, params_start: start, rtype, alias: false, low: 0, max: None }
    }

    /// Adds a parameter whose value `write` writes; the value is then
    /// checked against the key's format.
    fn add(
        &mut self,
        key: SvcParamKey,
        write: impl FnOnce(&mut Writer<'_>) -> Result<(), BuildError>,
    ) -> Result<&mut Self, SvcbBuildError> {
        let at = self.w.pos();
        if self.alias {
            return Err(SvcbBuildError::Invalid { at, what: "AliasMode record with SvcParams" });
        }
        if key == SvcParamKey::INVALID {
            return Err(SvcbBuildError::Invalid { at, what: "key 65535 is reserved as the invalid key" });
        }
        let k = key.to_u16();
        let low_bit = 1u64.checked_shl(u32::from(k)).unwrap_or(0);
        if self.low & low_bit != 0 || self.max == Some(k) {
            return Err(SvcbBuildError::Invalid { at, what: "duplicate SvcParamKey" });
        }
        let result = (|| {
            self.w.u16(key.to_u16())?;
            self.w.u16(0)?;
            write(self.w)?;
            let len = self.w.pos() - at - 4;
            let len = u16::try_from(len).map_err(|_| BuildError::TooLong { what: "SvcParamValue", len, max: 65535 })?;
            self.w.patch_u16(at + 2, len)
        })();
        if let Err(e) = result {
            self.w.truncate(at);
            return Err(e.into());
        }
        let value = self.w.written().get(at + 4..).unwrap_or_default();
        if let Err(e) = SvcParamValue::parse(key, value) {
            self.w.truncate(at);
            return Err(SvcbBuildError::Invalid { at: at + 4 + e.at, what: e.what });
        }
        self.low |= low_bit;
        self.max = self.max.max(Some(k));
        Ok(self)
    }

    /// Adds any parameter from its wire value (checked against the key's
    /// format).
    ///
    /// # Errors
    /// [`SvcbBuildError`].
    pub fn param(&mut self, key: SvcParamKey, value: &[u8]) -> Result<&mut Self, SvcbBuildError> {
        self.add(key, |w| w.bytes(value))
    }

    /// Adds `mandatory` (the keys in any order; written sorted).
    ///
    /// # Errors
    /// [`SvcbBuildError`] also for a repeated key or `mandatory` itself.
    pub fn mandatory(&mut self, keys: &[SvcParamKey]) -> Result<&mut Self, SvcbBuildError> {
        let at = self.w.pos();
        let mut sorted = Ok(());
        self.add(SvcParamKey::MANDATORY, |w| {
            let from = w.pos();
            keys.iter().try_for_each(|k| w.u16(k.to_u16()))?;
            sorted = sort_keys(w, from);
            Ok(())
        })
        .map_err(|e| match (e, sorted) {
            (SvcbBuildError::Invalid { .. }, Err((i, what))) => SvcbBuildError::Invalid { at: at + 4 + 2 * i, what },
            (e, _) => e,
        })
    }

    /// Adds `alpn`.
    ///
    /// # Errors
    /// [`SvcbBuildError`], also for no id or an id of 0 or over 255
    /// octets.
    pub fn alpn(&mut self, ids: &[&[u8]]) -> Result<&mut Self, SvcbBuildError> {
        self.add(SvcParamKey::ALPN, |w| ids.iter().try_for_each(|id| w.char_string(id)))
    }

    /// Adds `no-default-alpn`.
    ///
    /// # Errors
    /// [`SvcbBuildError`].
    pub fn no_default_alpn(&mut self) -> Result<&mut Self, SvcbBuildError> {
        self.add(SvcParamKey::NO_DEFAULT_ALPN, |_| Ok(()))
    }

    /// Adds `port`.
    ///
    /// # Errors
    /// [`SvcbBuildError`].
    pub fn port(&mut self, port: u16) -> Result<&mut Self, SvcbBuildError> {
        self.add(SvcParamKey::PORT, |w| w.u16(port))
    }

    /// Adds `ipv4hint`.
    ///
    /// # Errors
    /// [`SvcbBuildError`], also for no address.
    pub fn ipv4hint(&mut self, addrs: &[Ipv4Addr]) -> Result<&mut Self, SvcbBuildError> {
        self.add(SvcParamKey::IPV4HINT, |w| addrs.iter().try_for_each(|a| w.bytes(&a.octets())))
    }

    /// Adds `ech` from an ECHConfigList in wire form (see
    /// [`EchConfigList::write`](crate::EchConfigList::write)).
    ///
    /// # Errors
    /// [`SvcbBuildError`], also for a malformed list.
    pub fn ech(&mut self, config_list: &[u8]) -> Result<&mut Self, SvcbBuildError> {
        self.add(SvcParamKey::ECH, |w| w.bytes(config_list))
    }

    /// Adds `ipv6hint`.
    ///
    /// # Errors
    /// [`SvcbBuildError`], also for no address.
    pub fn ipv6hint(&mut self, addrs: &[Ipv6Addr]) -> Result<&mut Self, SvcbBuildError> {
        self.add(SvcParamKey::IPV6HINT, |w| addrs.iter().try_for_each(|a| w.bytes(&a.octets())))
    }

    /// Adds `dohpath`.
    ///
    /// # Errors
    /// [`SvcbBuildError`].
    pub fn dohpath(&mut self, template: &str) -> Result<&mut Self, SvcbBuildError> {
        self.add(SvcParamKey::DOHPATH, |w| w.bytes(template.as_bytes()))
    }

    /// Adds `ohttp`.
    ///
    /// # Errors
    /// [`SvcbBuildError`].
    pub fn ohttp(&mut self) -> Result<&mut Self, SvcbBuildError> {
        self.add(SvcParamKey::OHTTP, |_| Ok(()))
    }

    /// Adds `tls-supported-groups`.
    ///
    /// # Errors
    /// [`SvcbBuildError`], also for no group.
    pub fn tls_supported_groups(&mut self, groups: &[u16]) -> Result<&mut Self, SvcbBuildError> {
        self.add(SvcParamKey::TLS_SUPPORTED_GROUPS, |w| groups.iter().try_for_each(|g| w.u16(*g)))
    }

    /// Adds `docpath`.
    ///
    /// # Errors
    /// [`SvcbBuildError`], also for an empty segment.
    pub fn docpath(&mut self, segments: &[&[u8]]) -> Result<&mut Self, SvcbBuildError> {
        self.add(SvcParamKey::DOCPATH, |w| segments.iter().try_for_each(|s| w.char_string(s)))
    }

    /// Sorts the parameters by key, checks the record (the keys
    /// `mandatory` lists present, `alpn` with `no-default-alpn`), and
    /// returns the length written since the builder started. On error
    /// everything the builder wrote is dropped.
    ///
    /// # Errors
    /// [`SvcbBuildError::Invalid`].
    pub fn finish(self) -> Result<usize, SvcbBuildError> {
        let Self { w, start, params_start, rtype, alias, .. } = self;
        let sorted = sort_in_place(w.written_mut(params_start));
        let written = w.written().get(params_start..).unwrap_or_default();
        let checked = match sorted {
            Ok(()) => read_list(&mut Reader::new(written), rtype, alias).map(|_| ()),
            // Sorted, so the second copy follows the first.
            Err(SortError::Duplicate(key)) => {
                let copies = dns_wire::ext::Params::new(written).filter(|p| p.key == key);
                let at = copies.map(|p| p.at.saturating_sub(4)).nth(1).unwrap_or(0);
                Err(WireError::BadRdata { at, rtype, what: "duplicate SvcParamKey" })
            }
            Err(SortError::Malformed) => Err(WireError::BadRdata { at: 0, rtype, what: "malformed SvcParams" }),
        };
        match checked {
            Ok(()) => Ok(w.pos() - start),
            Err(e) => {
                w.truncate(start);
                let what = match e {
                    WireError::BadRdata { what, .. } => what,
                    _ => "malformed SvcParams",
                };
                Err(SvcbBuildError::Invalid { at: params_start + e.offset(), what })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_are_enforced() {
        let mut buf = [0u8; 256];
        let mut w = Writer::new(&mut buf);
        let root = Name::parse(b"\x00").unwrap();
        let mut b = SvcbBuilder::record(&mut w, Rtype::HTTPS, 1, &root).unwrap();
        b.port(443).unwrap();
        assert!(matches!(b.port(80), Err(SvcbBuildError::Invalid { what: "duplicate SvcParamKey", .. })));
        assert!(b.alpn(&[]).is_err());
        assert!(b.alpn(&[b""]).is_err());
        assert!(matches!(
            b.mandatory(&[SvcParamKey::PORT, SvcParamKey::PORT]),
            Err(SvcbBuildError::Invalid { what: "duplicate key in mandatory", .. })
        ));
        assert!(b.mandatory(&[SvcParamKey::MANDATORY]).is_err());
        b.no_default_alpn().unwrap();
        let before = b.w.pos();
        b.mandatory(&[SvcParamKey::ECH]).unwrap();
        assert!(b.w.pos() > before);
        let e = b.finish().unwrap_err();
        assert!(matches!(e, SvcbBuildError::Invalid { what: "a key listed in mandatory is missing", .. }), "{e:?}");
        assert_eq!(w.pos(), 0);

        let mut w = Writer::new(&mut buf);
        let mut b = SvcbBuilder::record(&mut w, Rtype::HTTPS, 1, &root).unwrap();
        b.no_default_alpn().unwrap();
        assert!(matches!(b.finish(), Err(SvcbBuildError::Invalid { what: "no-default-alpn without alpn", .. })));

        let mut w = Writer::new(&mut buf);
        let mut b = SvcbBuilder::record(&mut w, Rtype::HTTPS, 0, &root).unwrap();
        assert!(b.port(1).is_err());
        assert_eq!(b.finish(), Ok(3));

        // A repeat of a key above 63 that is not the largest so far is
        // found by `finish`, at the second copy.
        let mut w = Writer::new(&mut buf);
        let mut b = SvcbBuilder::params_only(&mut w, Rtype::SVCB);
        b.param(SvcParamKey::new(700), b"a").unwrap().param(SvcParamKey::new(900), b"").unwrap();
        b.param(SvcParamKey::new(700), b"b").unwrap();
        assert!(matches!(b.param(SvcParamKey::new(900), b""), Err(SvcbBuildError::Invalid { at: 14, .. })));
        let e = b.finish().unwrap_err();
        assert_eq!(e, SvcbBuildError::Invalid { at: 5, what: "duplicate SvcParamKey" });

        let mut small = [0u8; 6];
        let mut w = Writer::new(&mut small);
        let mut b = SvcbBuilder::record(&mut w, Rtype::HTTPS, 1, &root).unwrap();
        assert!(matches!(b.port(1), Err(SvcbBuildError::Write(BuildError::NoSpace { .. }))));
    }
}
