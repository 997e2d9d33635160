//! The operations of the RPP core draft and their URLs (architecture
//! s.5.1.4-5.1.6): the method, the path and the status of success.

use alloc::format;
use alloc::string::String;
use core::fmt;

use super::error::HttpError;
use super::path::{decode_segment, encode_segment};

/// An HTTP method RPP uses.
///
/// ```
/// use rpp_model::http::Method;
/// assert_eq!("PATCH".parse::<Method>()?, Method::Patch);
/// assert_eq!(Method::Delete.as_str(), "DELETE");
/// # Ok::<(), rpp_model::http::HttpError>(())
/// ```
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Method {
    Get,
    Head,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    /// The method's name.
    ///
    /// ```
    /// assert_eq!(rpp_model::http::Method::Get.as_str(), "GET");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Head => "HEAD",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

impl core::str::FromStr for Method {
    type Err = HttpError;

    fn from_str(s: &str) -> Result<Self, HttpError> {
        Ok(match s {
            "GET" => Method::Get,
            "HEAD" => Method::Head,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "PATCH" => Method::Patch,
            "DELETE" => Method::Delete,
            _ => return Err(HttpError::Method(s.into())),
        })
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A collection of objects (the first path segment).
///
/// ```
/// use rpp_model::http::Collection;
/// assert_eq!(Collection::Domains.as_str(), "domains");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Collection {
    /// `/domains`.
    Domains,
    /// `/contacts`.
    Contacts,
    /// `/hosts`.
    Hosts,
}

impl Collection {
    /// The path segment.
    ///
    /// ```
    /// assert_eq!(rpp_model::http::Collection::Hosts.as_str(), "hosts");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Collection::Domains => "domains",
            Collection::Contacts => "contacts",
            Collection::Hosts => "hosts",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "domains" => Collection::Domains,
            "contacts" => Collection::Contacts,
            "hosts" => Collection::Hosts,
            _ => return None,
        })
    }
}

/// What an operation does.
///
/// ```
/// use rpp_model::http::{Action, Collection, Method, Operation};
/// let op = Operation::new(Action::TransferRequest, Collection::Domains, Some("example.example".into()));
/// assert_eq!((op.method(), op.path().as_str()), (Method::Post, "/domains/example.example/processes/transfers"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    /// Availability check: `GET /{c}/{id}/availability`.
    Check,
    /// Create: `POST /{c}`.
    Create,
    /// Read (EPP info): `GET /{c}/{id}`.
    Info,
    /// Full update: `PUT /{c}/{id}`.
    Replace,
    /// Partial update (JSON Patch): `PATCH /{c}/{id}`.
    Update,
    /// Delete: `DELETE /{c}/{id}`.
    Delete,
    /// Renew: `POST /domains/{id}/processes/renewals`.
    Renew,
    /// Start a transfer: `POST /{c}/{id}/processes/transfers`.
    TransferRequest,
    /// Query the latest transfer: `GET /{c}/{id}/processes/transfers/latest`.
    TransferQuery,
    /// Approve it: `POST /{c}/{id}/processes/transfers/latest/approval`.
    TransferApprove,
    /// Reject it: `POST /{c}/{id}/processes/transfers/latest/rejection`.
    TransferReject,
    /// Cancel it: `DELETE /{c}/{id}/processes/transfers/latest`.
    TransferCancel,
    /// Start a restore (with an inline report for one step): `POST /{c}/{id}/processes/restores`.
    RestoreRequest,
    /// Send the report of a pending restore: `POST /{c}/{id}/processes/restores/latest/report`.
    RestoreReport,
    /// Query the latest restore: `GET /{c}/{id}/processes/restores/latest`.
    RestoreQuery,
}

/// The body an operation's request carries.
///
/// ```
/// use rpp_model::http::{Action, BodyKind, Collection, Operation};
/// let op = Operation::new(Action::Update, Collection::Hosts, Some("ns1.example.example".into()));
/// assert_eq!(op.request_body(), Some(BodyKind::Patch));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodyKind {
    /// The collection's object.
    Object,
    /// A JSON Patch array.
    Patch,
    /// A renew process.
    Renew,
    /// A transfer process.
    Transfer,
    /// A restore process.
    Restore,
}

/// One RPP operation on one object: its action, collection and object id
/// (absent for a create).
///
/// ```
/// use rpp_model::http::{Action, Collection, Method, Operation};
/// let op = Operation::parse(Method::Get, "/domains/example.example/processes/transfers/latest")?;
/// assert_eq!(op.action, Action::TransferQuery);
/// assert_eq!(op.id.as_deref(), Some("example.example"));
/// assert_eq!(op.success_status(), 200);
/// # Ok::<(), rpp_model::http::HttpError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Operation {
    /// The action.
    pub action: Action,
    /// The collection.
    pub collection: Collection,
    /// The object's name or id (`None` for [`Action::Create`]).
    pub id: Option<String>,
}

/// Method and path suffix of each action on an object (after `/{c}/{id}`).
const TABLE: &[(Action, Method, &str)] = &[
    (Action::Check, Method::Get, "/availability"),
    (Action::Info, Method::Get, ""),
    (Action::Replace, Method::Put, ""),
    (Action::Update, Method::Patch, ""),
    (Action::Delete, Method::Delete, ""),
    (Action::Renew, Method::Post, "/processes/renewals"),
    (Action::TransferRequest, Method::Post, "/processes/transfers"),
    (Action::TransferQuery, Method::Get, "/processes/transfers/latest"),
    (Action::TransferApprove, Method::Post, "/processes/transfers/latest/approval"),
    (Action::TransferReject, Method::Post, "/processes/transfers/latest/rejection"),
    (Action::TransferCancel, Method::Delete, "/processes/transfers/latest"),
    (Action::RestoreRequest, Method::Post, "/processes/restores"),
    (Action::RestoreReport, Method::Post, "/processes/restores/latest/report"),
    (Action::RestoreQuery, Method::Get, "/processes/restores/latest"),
];

impl Operation {
    /// An operation.
    ///
    /// ```
    /// use rpp_model::http::{Action, Collection, Operation};
    /// let op = Operation::new(Action::Create, Collection::Contacts, None);
    /// assert_eq!(op.path(), "/contacts");
    /// ```
    pub fn new(action: Action, collection: Collection, id: Option<String>) -> Self {
        Self { action, collection, id }
    }

    /// The HTTP method.
    ///
    /// ```
    /// use rpp_model::http::{Action, Collection, Method, Operation};
    /// assert_eq!(Operation::new(Action::Create, Collection::Hosts, None).method(), Method::Post);
    /// ```
    pub fn method(&self) -> Method {
        if self.action == Action::Create {
            return Method::Post;
        }
        TABLE.iter().find(|(a, ..)| *a == self.action).map_or(Method::Get, |(_, m, _)| *m)
    }

    /// The path, the object id percent-encoded as a segment.
    ///
    /// ```
    /// use rpp_model::http::{Action, Collection, Operation};
    /// let op = Operation::new(Action::Info, Collection::Contacts, Some("a/b c".into()));
    /// assert_eq!(op.path(), "/contacts/a%2Fb%20c");
    /// ```
    pub fn path(&self) -> String {
        let base = format!("/{}", self.collection.as_str());
        match (&self.id, self.action) {
            (_, Action::Create) | (None, _) => base,
            (Some(id), action) => {
                let suffix = TABLE.iter().find(|(a, ..)| *a == action).map_or("", |(.., s)| *s);
                format!("{base}/{}{suffix}", encode_segment(id))
            }
        }
    }

    /// The status of success: 201 for a create, 202 for a transfer
    /// request (it starts a pending process), 200 otherwise.
    ///
    /// ```
    /// use rpp_model::http::{Action, Collection, Operation};
    /// assert_eq!(Operation::new(Action::Create, Collection::Domains, None).success_status(), 201);
    /// ```
    pub fn success_status(&self) -> u16 {
        match self.action {
            Action::Create => 201,
            Action::TransferRequest => 202,
            _ => 200,
        }
    }

    /// The body the request carries, if any.
    ///
    /// ```
    /// use rpp_model::http::{Action, BodyKind, Collection, Operation};
    /// let op = Operation::new(Action::Renew, Collection::Domains, Some("example.example".into()));
    /// assert_eq!(op.request_body(), Some(BodyKind::Renew));
    /// ```
    pub fn request_body(&self) -> Option<BodyKind> {
        match self.action {
            Action::Create | Action::Replace => Some(BodyKind::Object),
            Action::Update => Some(BodyKind::Patch),
            Action::Renew => Some(BodyKind::Renew),
            Action::TransferRequest | Action::TransferApprove | Action::TransferReject => Some(BodyKind::Transfer),
            Action::RestoreRequest | Action::RestoreReport => Some(BodyKind::Restore),
            Action::Check
            | Action::Info
            | Action::Delete
            | Action::TransferQuery
            | Action::TransferCancel
            | Action::RestoreQuery => None,
        }
    }

    /// Reads the operation of a method and path (without query).
    ///
    /// ```
    /// use rpp_model::http::{Method, Operation};
    /// let e = Operation::parse(Method::Post, "/domains/example.example/processes/renewal").unwrap_err();
    /// assert_eq!(e.to_string(), "no RPP operation is POST /domains/example.example/processes/renewal");
    /// assert!(Operation::parse(Method::Post, "/hosts/ns1.example/processes/renewals").is_err());
    /// ```
    ///
    /// # Errors
    /// [`HttpError::NoOperation`] when no operation has that method and
    /// path (renewal is for domains only).
    pub fn parse(method: Method, path: &str) -> Result<Self, HttpError> {
        let no_op = || HttpError::NoOperation { method, path: path.into() };
        let rest = path.strip_prefix('/').ok_or_else(no_op)?;
        let (coll, rest) = rest.split_once('/').unwrap_or((rest, ""));
        let collection = Collection::parse(coll).ok_or_else(no_op)?;
        if rest.is_empty() {
            return if method == Method::Post { Ok(Self::new(Action::Create, collection, None)) } else { Err(no_op()) };
        }
        let (id, suffix) = rest.split_at_checked(rest.find('/').unwrap_or(rest.len())).ok_or_else(no_op)?;
        let id = decode_segment(id).ok_or_else(no_op)?;
        let action = TABLE.iter().find(|(_, m, s)| *m == method && *s == suffix).map(|(a, ..)| *a).ok_or_else(no_op)?;
        if action == Action::Renew && collection != Collection::Domains {
            return Err(no_op());
        }
        Ok(Self::new(action, collection, Some(id)))
    }

    /// Every action, for tables and tests.
    ///
    /// ```
    /// assert_eq!(rpp_model::http::Operation::actions().count(), 15);
    /// ```
    pub fn actions() -> impl Iterator<Item = Action> {
        core::iter::once(Action::Create).chain(TABLE.iter().map(|(a, ..)| *a))
    }
}
