//! Where a notifier looks for DSYNC records (RFC 9859 section 4.1):
//! [`Discovery`], and the two name forms it queries.

use dns_wire::Name;
use dns_wire::name::{MAX_WIRE_LEN, NameBuf};

/// The label inserted into discovery names (registered in the "Underscored
/// and Globally Scoped DNS Node Names" registry, RFC 9859 section 6.1).
pub const DSYNC_LABEL: &[u8] = b"_dsync";

/// Why a discovery name could not be made.
///
/// ```
/// use deleg::dsync::{Discovery, DiscoveryError};
/// assert_eq!(Discovery::new(&dns_wire::Name::ROOT).err(), Some(DiscoveryError::NotBelowParent));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DiscoveryError {
    /// The child is the root or not below the parent, so it has no parent
    /// to ask.
    #[error("the child name is not below the parent")]
    NotBelowParent,
    /// Inserting `_dsync` makes the name longer than 255 octets.
    #[error("the discovery name would be longer than 255 octets")]
    NameTooLong,
}

/// `<child labels>._dsync.<parent>`: the child's labels in front of the
/// parent's (the parent zone's labels stripped, section 3.2), then
/// `_dsync`, then the parent. A wildcard `*._dsync.<parent>` matches it.
///
/// ```
/// use deleg::dsync::child_specific_name;
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let child: NameBuf = "city.ise.mie.jp.".parse()?;
/// let parent: NameBuf = "jp.".parse()?;
/// let q = child_specific_name(&child.as_name(), &parent.as_name())?;
/// assert_eq!(q.to_string(), "city.ise.mie._dsync.jp.");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DiscoveryError`].
pub fn child_specific_name(child: &Name<'_>, parent: &Name<'_>) -> Result<NameBuf, DiscoveryError> {
    let (n, p) = (child.label_count(), parent.label_count());
    if n <= p || !child.ends_with(parent) {
        return Err(DiscoveryError::NotBelowParent);
    }
    let labels = child.labels().take(n - p).chain(core::iter::once(DSYNC_LABEL)).chain(parent.labels());
    make_name(labels)
}

/// `_dsync.<parent>`: the last name queried (section 4.1 step 3, the
/// records the parent publishes for every child when it has no wildcard).
///
/// ```
/// use deleg::dsync::fallback_name;
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let parent: NameBuf = "jp.".parse()?;
/// assert_eq!(fallback_name(&parent.as_name())?.to_string(), "_dsync.jp.");
/// # Ok(()) }
/// ```
///
/// # Errors
/// [`DiscoveryError::NameTooLong`].
pub fn fallback_name(parent: &Name<'_>) -> Result<NameBuf, DiscoveryError> {
    make_name(core::iter::once(DSYNC_LABEL).chain(parent.labels()))
}

fn make_name<'l>(labels: impl Iterator<Item = &'l [u8]>) -> Result<NameBuf, DiscoveryError> {
    let mut buf = [0u8; MAX_WIRE_LEN];
    let mut at = 0;
    for label in labels {
        let len = u8::try_from(label.len()).map_err(|_| DiscoveryError::NameTooLong)?;
        let end = at + 1 + label.len();
        let out = buf.get_mut(at..end).ok_or(DiscoveryError::NameTooLong)?;
        if let Some((first, rest)) = out.split_first_mut() {
            *first = len;
            rest.copy_from_slice(label);
        }
        at = end;
    }
    *buf.get_mut(at).ok_or(DiscoveryError::NameTooLong)? = 0;
    let name =
        Name::parse(buf.get(..=at).ok_or(DiscoveryError::NameTooLong)?).map_err(|_| DiscoveryError::NameTooLong)?;
    Ok(NameBuf::from_name(&name))
}

/// The discovery procedure of RFC 9859 section 4.1, as a small state
/// machine the caller drives with its own queries:
///
/// 1. query `<first label of child>._dsync.<rest of child>`;
/// 2. a positive DSYNC answer ends the search;
/// 3. after a negative answer, [`Discovery::negative`] with the owner of
///    the SOA record in it: if that zone lies above the assumed parent,
///    the next name puts `_dsync` just before that zone's labels; otherwise,
///    if labels precede `_dsync`, they are dropped (`_dsync.<parent>`);
///    otherwise there is no endpoint.
///
/// ```
/// use deleg::dsync::Discovery;
/// use dns_wire::name::NameBuf;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let child: NameBuf = "city.ise.mie.jp.".parse()?;
/// let jp: NameBuf = "jp.".parse()?;
/// let mut d = Discovery::new(&child.as_name())?;
/// assert_eq!(d.query_name().map(|n| n.to_string()).as_deref(), Some("city._dsync.ise.mie.jp."));
/// let next = d.negative(&jp.as_name())?;
/// assert_eq!(next.map(|n| n.to_string()).as_deref(), Some("city.ise.mie._dsync.jp."));
/// let next = d.negative(&jp.as_name())?;
/// assert_eq!(next.map(|n| n.to_string()).as_deref(), Some("_dsync.jp."));
/// assert_eq!(d.negative(&jp.as_name())?, None);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Discovery {
    child: NameBuf,
    /// How many of the child's labels the assumed parent has.
    parent_labels: usize,
    /// Whether the current name is `_dsync.<parent>`.
    fallback: bool,
    done: bool,
}

impl Discovery {
    /// Starts discovery for `child`, assuming its parent is the name one
    /// label up (step 1).
    ///
    /// # Errors
    /// [`DiscoveryError::NotBelowParent`] for the root.
    pub fn new(child: &Name<'_>) -> Result<Self, DiscoveryError> {
        let n = child.label_count();
        if n == 0 {
            return Err(DiscoveryError::NotBelowParent);
        }
        let d = Self { child: NameBuf::from_name(child), parent_labels: n - 1, fallback: false, done: false };
        d.current()?;
        Ok(d)
    }

    fn parent(&self) -> Result<NameBuf, DiscoveryError> {
        let child = self.child.as_name();
        let skip = child.label_count() - self.parent_labels;
        make_name(child.labels().skip(skip))
    }

    fn current(&self) -> Result<NameBuf, DiscoveryError> {
        let parent = self.parent()?;
        if self.fallback {
            fallback_name(&parent.as_name())
        } else {
            child_specific_name(&self.child.as_name(), &parent.as_name())
        }
    }

    /// The name to query now, or `None` once the search has ended without
    /// an endpoint.
    pub fn query_name(&self) -> Option<NameBuf> {
        if self.done { None } else { self.current().ok() }
    }

    /// The parent zone assumed now.
    pub fn parent_zone(&self) -> NameBuf {
        self.parent().unwrap_or(NameBuf::ROOT)
    }

    /// Moves on after a negative answer whose SOA record is owned by
    /// `soa_owner`, and returns the next name to query (step 3), or `None`
    /// when there is no endpoint.
    ///
    /// # Errors
    /// [`DiscoveryError::NameTooLong`] if the next name does not fit.
    pub fn negative(&mut self, soa_owner: &Name<'_>) -> Result<Option<NameBuf>, DiscoveryError> {
        if self.done {
            return Ok(None);
        }
        let child = self.child.as_name();
        let z = soa_owner.label_count();
        if z < self.parent_labels && child.ends_with(soa_owner) {
            self.parent_labels = z;
            self.fallback = false;
        } else if !self.fallback {
            self.fallback = true;
        } else {
            self.done = true;
            return Ok(None);
        }
        self.current().map(Some)
    }
}
