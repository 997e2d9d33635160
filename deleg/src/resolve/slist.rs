//! [`Slist`]: the de-duplicated set of servers to contact, in a fixed
//! array (no allocation).

use core::net::{IpAddr, Ipv4Addr};

use dns_wire::name::NameBuf;

/// A server to contact: an address, or a name whose A/AAAA records the
/// resolver still has to look up (section 5.1.2 step 6).
// Names are kept inline (no allocator), so the name variant is large by design.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Server {
    /// An address (port 53, UDP and TCP, section 3.4).
    Addr(IpAddr),
    /// A name server name.
    Name(NameBuf),
}

/// The SLIST of RFC 1034 section 5.3.3 as DELEG fills it: a set (section
/// 7.1 asks for duplicates to be removed) of at most `N` servers.
///
/// ```
/// use deleg::resolve::{Server, Slist};
/// use core::net::IpAddr;
/// let mut s = Slist::<4>::new();
/// let a: IpAddr = "3fff::33".parse().unwrap();
/// assert!(s.push(Server::Addr(a)));
/// assert!(!s.push(Server::Addr(a)), "kept once");
/// assert_eq!(s.len(), 1);
/// ```
#[derive(Debug, Clone)]
pub struct Slist<const N: usize> {
    items: [Server; N],
    len: usize,
    truncated: bool,
}

impl<const N: usize> Default for Slist<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> Slist<N> {
    /// An empty list.
    pub const fn new() -> Self {
        Self { items: [Server::Addr(IpAddr::V4(Ipv4Addr::UNSPECIFIED)); N], len: 0, truncated: false }
    }

    /// Adds `server` unless it is there already (names compared ignoring
    /// ASCII case). Returns whether it was added; when the list is full the
    /// server is dropped and [`Slist::is_truncated`] turns true.
    pub fn push(&mut self, server: Server) -> bool {
        if self.iter().any(|s| *s == server) {
            return false;
        }
        match self.items.get_mut(self.len) {
            Some(slot) => {
                *slot = server;
                self.len += 1;
                true
            }
            None => {
                self.truncated = true;
                false
            }
        }
    }

    /// The servers, in the order they were added.
    pub fn iter(&self) -> core::slice::Iter<'_, Server> {
        self.items.get(..self.len).unwrap_or_default().iter()
    }

    /// How many servers there are.
    pub const fn len(&self) -> usize {
        self.len
    }

    /// Whether there are none.
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether servers were dropped because the list was full.
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// The addresses in the list.
    pub fn addrs(&self) -> impl Iterator<Item = IpAddr> + '_ {
        self.iter().filter_map(|s| match s {
            Server::Addr(a) => Some(*a),
            Server::Name(_) => None,
        })
    }

    /// The names still to be resolved.
    pub fn names(&self) -> impl Iterator<Item = &NameBuf> + '_ {
        self.iter().filter_map(|s| match s {
            Server::Name(n) => Some(n),
            Server::Addr(_) => None,
        })
    }
}
