//! Picking the endpoint out of a DSYNC RRset (RFC 9859 sections 3 and
//! 4.2): [`select`].

use dns_wire::iana::Rtype;

use super::{Dsync, Scheme};

/// Why [`select`] refused an RRset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SelectError {
    /// More than one record for the same RRtype and scheme, which section 3
    /// forbids; the RRset does not say which one to use.
    #[error("{count} DSYNC records for {rrtype} with scheme {scheme}; at most one is allowed")]
    Duplicate {
        /// The RRtype asked for (after mapping CDNSKEY to CDS).
        rrtype: Rtype,
        /// The scheme asked for.
        scheme: Scheme,
        /// How many records matched.
        count: usize,
    },
}

/// The RRtype a DSYNC record carries for notifications about `rrtype`:
/// CDS for CDNSKEY too (RFC 9859 section 2.1: the CDS type covers both,
/// and a CDNSKEY change is announced as NOTIFY(CDS)), anything else as is.
///
/// ```
/// use dns_wire::iana::Rtype;
/// assert_eq!(deleg::dsync::dsync_rrtype(Rtype::CDNSKEY), Rtype::CDS);
/// assert_eq!(deleg::dsync::dsync_rrtype(Rtype::CSYNC), Rtype::CSYNC);
/// ```
pub fn dsync_rrtype(rrtype: Rtype) -> Rtype {
    if rrtype == Rtype::CDNSKEY { Rtype::CDS } else { rrtype }
}

/// The endpoint for notifications about `rrtype` by `scheme`, from the
/// DSYNC RRset found by discovery: the one record with that RRtype (see
/// [`dsync_rrtype`]) and scheme. Records with the null scheme or port 0 are
/// ignored (section 2.1), so they give `Ok(None)`, as does an RRset without
/// a matching record.
///
/// ```
/// use deleg::dsync::{select, Dsync, Scheme};
/// use dns_wire::{Name, iana::Rtype};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let t = Name::parse(b"\x07scanner\x07example\x00")?;
/// let rrset = [
///     Dsync { rrtype: Rtype::CDS, scheme: Scheme::NOTIFY, port: 5359, target: t },
///     Dsync { rrtype: Rtype::CSYNC, scheme: Scheme::NOTIFY, port: 5360, target: t },
/// ];
/// let ep = select(rrset, Rtype::CDNSKEY, Scheme::NOTIFY)?.expect("an endpoint");
/// assert_eq!(ep.port, 5359);
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`SelectError::Duplicate`] when more than one record matches.
pub fn select<'a>(
    rrset: impl IntoIterator<Item = Dsync<'a>>,
    rrtype: Rtype,
    scheme: Scheme,
) -> Result<Option<Dsync<'a>>, SelectError> {
    let rrtype = dsync_rrtype(rrtype);
    let mut found = None;
    let mut count = 0usize;
    for d in rrset.into_iter().filter(|d| d.rrtype == rrtype && d.scheme == scheme) {
        count += 1;
        found.get_or_insert(d);
    }
    if count > 1 {
        return Err(SelectError::Duplicate { rrtype, scheme, count });
    }
    Ok(found.filter(|d| !d.is_ignored()))
}
