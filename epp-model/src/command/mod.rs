//! Commands (`<command>`, RFC 5730 s.2.9): session commands (login,
//! logout), queries (check, info, poll, transfer query) and transforms
//! (create, delete, renew, transfer, update).
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::{Document, command::{CommandKind, Poll}};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command>
//!   <poll op="ack" msgID="12345"/><clTRID>ABC-12346</clTRID></command></epp>"#;
//! let Document::Command(c) = epp_model::parse(xml)? else { panic!() };
//! assert_eq!(c.kind, CommandKind::Poll(Poll::Ack { msg_id: "12345".into() }));
//! assert_eq!(c.cl_trid.as_deref(), Some("ABC-12346"));
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::de::{self, Result, Seq, str_enum};
use crate::error::{ErrorKind, Facet};
use crate::ext::Extension;
use crate::facet;
use crate::ns;
use crate::object::{balance, contact, domain, host};
use crate::xml::RawXml;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

pub(crate) mod login;

pub use login::Login;

/// A command: what to do, its extensions and the client's transaction id.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::command::{Command, CommandKind};
/// let c = Command::new(CommandKind::Logout).with_cl_trid("ABC-12345");
/// let xml = epp_model::Document::Command(c).to_xml();
/// assert!(std::str::from_utf8(&xml).unwrap().contains("<logout/>"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Command<'a> {
    /// The command.
    pub kind: CommandKind<'a>,
    /// `<extension>` elements.
    pub extensions: Vec<Extension<'a>>,
    /// `<clTRID>` (3..64 characters).
    pub cl_trid: Option<Cow<'a, str>>,
}

owned!(struct Command { kind, extensions, cl_trid });

impl<'a> Command<'a> {
    /// A command with no extensions and no transaction id.
    ///
    /// ```
    /// use epp_model::{Document, command::{Command, CommandKind}};
    /// let xml = String::from_utf8(Document::Command(Command::new(CommandKind::Logout)).to_xml()).unwrap();
    /// assert!(xml.contains("<command>\n    <logout/>\n  </command>"), "{xml}"); // no clTRID
    /// ```
    pub fn new(kind: CommandKind<'a>) -> Self {
        Command { kind, extensions: Vec::new(), cl_trid: None }
    }

    /// Sets the client transaction id.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, command::{Command, CommandKind}};
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><logout/><clTRID>ABC-12345</clTRID></command></epp>"#;
    /// let cmd = Command::new(CommandKind::Logout).with_cl_trid("ABC-12345");
    /// assert_eq!(epp_model::parse(xml)?, Document::Command(cmd));
    /// # Ok(()) }
    /// ```
    pub fn with_cl_trid(mut self, id: impl Into<Cow<'a, str>>) -> Self {
        self.cl_trid = Some(id.into());
        self
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let Some(c) = s.take() else {
            return Err(el.err(ErrorKind::MissingElement("login")));
        };
        if !crate::xml::same(c.ns(), ns::addr::EPP) {
            return Err(c.err(ErrorKind::UnexpectedElement));
        }
        let kind = match c.local() {
            "check" => CommandKind::Check(Check::parse(object(c)?)?),
            "create" => CommandKind::Create(Create::parse(object(c)?)?),
            "delete" => CommandKind::Delete(Delete::parse(object(c)?)?),
            "info" => CommandKind::Info(Info::parse(object(c)?)?),
            "login" => CommandKind::Login(Login::parse(c)?),
            "logout" => {
                de::empty(c, &[])?;
                CommandKind::Logout
            }
            "poll" => CommandKind::Poll(Poll::parse(c)?),
            "renew" => CommandKind::Renew(Renew::parse(object(c)?)?),
            "transfer" => {
                de::attrs(c, &["op"])?;
                let op = de::xsd_enum_attr(c, "op", "epp:transferOpType", TransferOp::from_xml)?
                    .ok_or_else(|| c.err(ErrorKind::MissingAttribute("op")))?;
                CommandKind::Transfer(Transfer { op, object: TransferObject::parse(object(c)?)? })
            }
            "update" => CommandKind::Update(Update::parse(object(c)?)?),
            _ => return Err(c.err(ErrorKind::UnexpectedElement)),
        };
        let ext_el = s.opt(ns::addr::EPP, "extension");
        let extensions = match ext_el {
            Some(e) => crate::ext::parse_extensions(e)?,
            None => Vec::new(),
        };
        crate::ext::loginsec::check_command(&kind, &extensions, c, ext_el)?;
        let cl_trid = s.opt(ns::addr::EPP, "clTRID").map(|e| de::typed(e, &facet::TR_ID)).transpose()?;
        s.end()?;
        Ok(Command { kind, extensions, cl_trid })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        w.start("", "command");
        w.open();
        match &self.kind {
            CommandKind::Check(c) => verb(w, "check", |w| c.write(w)),
            CommandKind::Create(c) => verb(w, "create", |w| c.write(w)),
            CommandKind::Delete(c) => verb(w, "delete", |w| c.write(w)),
            CommandKind::Info(c) => verb(w, "info", |w| c.write(w)),
            CommandKind::Login(l) => l.write(w),
            CommandKind::Logout => w.empty_el("", "logout"),
            CommandKind::Poll(p) => p.write(w),
            CommandKind::Renew(c) => verb(w, "renew", |w| c.write(w)),
            CommandKind::Transfer(t) => {
                w.start("", "transfer");
                w.attr("op", t.op.as_str());
                w.open();
                t.object.write(w);
                w.close("", "transfer");
            }
            CommandKind::Update(c) => verb(w, "update", |w| c.write(w)),
        }
        crate::ext::write_extensions(w, &self.extensions);
        w.opt_leaf("", "clTRID", self.cl_trid.as_deref());
        w.close("", "command");
    }

    /// A short description: `login`, `domain:create`, `transfer request
    /// contact:transfer`, ...
    pub(crate) fn describe(&self) -> alloc::string::String {
        use alloc::format;
        match &self.kind {
            CommandKind::Check(c) => format!("check {}", c.object_name()),
            CommandKind::Create(c) => format!("create {}", c.object_name()),
            CommandKind::Delete(c) => format!("delete {}", c.object_name()),
            CommandKind::Info(c) => format!("info {}", c.object_name()),
            CommandKind::Login(_) => "login".into(),
            CommandKind::Logout => "logout".into(),
            CommandKind::Poll(Poll::Request | Poll::RequestWithMsgId { .. }) => "poll req".into(),
            CommandKind::Poll(Poll::Ack { .. }) => "poll ack".into(),
            CommandKind::Renew(c) => format!("renew {}", c.object_name()),
            CommandKind::Transfer(t) => format!("transfer {} {}", t.op, t.object.object_name()),
            CommandKind::Update(c) => format!("update {}", c.object_name()),
        }
    }
}

fn verb(w: &mut Writer<'_>, l: &str, f: impl FnOnce(&mut Writer<'_>)) {
    w.start("", l);
    w.open();
    f(w);
    w.close("", l);
}

/// The single object element of a `readWriteType` verb.
fn object<'t, 'a>(el: El<'t, 'a>) -> Result<El<'t, 'a>> {
    let mut s = Seq::new(el)?;
    let Some(o) = s.take() else {
        return Err(el.err(ErrorKind::MissingElement("any")));
    };
    if crate::xml::same(o.ns(), ns::addr::EPP) {
        return Err(o.err(ErrorKind::UnexpectedElement));
    }
    s.end()?;
    Ok(o)
}

/// The raw form of an object element in a namespace the model does not
/// know.
pub(crate) fn other<'a>(el: El<'_, 'a>) -> Result<RawXml<'a>> {
    el.source(ns::EPP)
}

/// The kind of command.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, command::{Command, CommandKind}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><logout/><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// assert_eq!(c.kind, CommandKind::Logout);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum CommandKind<'a> {
    /// `<check>`.
    Check(Check<'a>),
    /// `<create>`.
    Create(Create<'a>),
    /// `<delete>`.
    Delete(Delete<'a>),
    /// `<info>`.
    Info(Info<'a>),
    /// `<login>`.
    Login(Login<'a>),
    /// `<logout/>`.
    Logout,
    /// `<poll>`.
    Poll(Poll<'a>),
    /// `<renew>`.
    Renew(Renew<'a>),
    /// `<transfer>`.
    Transfer(Transfer<'a>),
    /// `<update>`.
    Update(Update<'a>),
}

owned!(
    enum CommandKind {
        Check(f0),
        Create(f0),
        Delete(f0),
        Info(f0),
        Login(f0),
        Logout,
        Poll(f0),
        Renew(f0),
        Transfer(f0),
        Update(f0),
    }
);

macro_rules! object_enum {
    (
        $(#[$meta:meta])*
        $name:ident { $( $variant:ident($ty:ty) = $ns:path, $local:literal, $p:literal; )+ }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
        #[non_exhaustive]
        pub enum $name<'a> {
            $(
                #[doc = concat!("`<", $p, ":", $local, ">`.")]
                $variant($ty),
            )+
            /// An object in a namespace the model does not know, kept as it is.
            Other(RawXml<'a>),
        }

        impl $crate::IntoOwned for $name<'_> {
            type Owned = $name<'static>;

            fn into_owned(self) -> $name<'static> {
                match self {
                    $( $name::$variant(v) => $name::$variant($crate::IntoOwned::into_owned(v)), )+
                    $name::Other(v) => $name::Other($crate::IntoOwned::into_owned(v)),
                }
            }
        }

        impl<'a> $name<'a> {
            pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
                $(
                    if el.ns() == $ns {
                        return if el.local() == $local {
                            Ok($name::$variant(<$ty>::parse(el)?))
                        } else {
                            Err(el.err(ErrorKind::UnexpectedElement))
                        };
                    }
                )+
                if crate::ext::is_known(el.ns()) {
                    return Err(el.err(ErrorKind::UnexpectedElement));
                }
                Ok($name::Other(other(el)?))
            }

            /// The object element's qualified name (`domain:create`), or
            /// `other` for raw XML.
            ///
            /// ```
            /// # fn main() -> Result<(), epp_model::Error> {
            /// let raw = epp_model::RawXml::new("<x:y xmlns:x=\"urn:x\"/>")?;
            #[doc = concat!("let o = epp_model::command::", stringify!($name), "::Other(raw);")]
            /// assert_eq!(o.object_name(), "other");
            /// # Ok(()) }
            /// ```
            pub fn object_name(&self) -> &'static str {
                match self {
                    $( $name::$variant(_) => concat!($p, ":", $local), )+
                    $name::Other(_) => "other",
                }
            }
        }
    };
}

object_enum! {
    /// The object of a `<check>`.
    Check {
        Domain(domain::DomainCheck<'a>) = ns::DOMAIN, "check", "domain";
        Host(host::HostCheck<'a>) = ns::HOST, "check", "host";
        Contact(contact::ContactCheck<'a>) = ns::CONTACT, "check", "contact";
    }
}

object_enum! {
    /// The object of a `<create>`.
    Create {
        Domain(domain::DomainCreate<'a>) = ns::DOMAIN, "create", "domain";
        Host(host::HostCreate<'a>) = ns::HOST, "create", "host";
        Contact(contact::ContactCreate<'a>) = ns::CONTACT, "create", "contact";
    }
}

object_enum! {
    /// The object of a `<delete>`.
    Delete {
        Domain(domain::DomainDelete<'a>) = ns::DOMAIN, "delete", "domain";
        Host(host::HostDelete<'a>) = ns::HOST, "delete", "host";
        Contact(contact::ContactDelete<'a>) = ns::CONTACT, "delete", "contact";
    }
}

object_enum! {
    /// The object of an `<info>`.
    Info {
        Domain(domain::DomainInfo<'a>) = ns::DOMAIN, "info", "domain";
        Host(host::HostInfo<'a>) = ns::HOST, "info", "host";
        Contact(contact::ContactInfo<'a>) = ns::CONTACT, "info", "contact";
        Balance(balance::BalanceInfo) = ns::BALANCE, "info", "balance";
    }
}

object_enum! {
    /// The object of a `<renew>`.
    Renew {
        Domain(domain::DomainRenew<'a>) = ns::DOMAIN, "renew", "domain";
    }
}

object_enum! {
    /// The object of a `<transfer>`.
    TransferObject {
        Domain(domain::DomainTransfer<'a>) = ns::DOMAIN, "transfer", "domain";
        Contact(contact::ContactTransfer<'a>) = ns::CONTACT, "transfer", "contact";
    }
}

object_enum! {
    /// The object of an `<update>`.
    Update {
        Domain(domain::DomainUpdate<'a>) = ns::DOMAIN, "update", "domain";
        Host(host::HostUpdate<'a>) = ns::HOST, "update", "host";
        Contact(contact::ContactUpdate<'a>) = ns::CONTACT, "update", "contact";
    }
}

impl Check<'_> {
    fn write(&self, w: &mut Writer<'_>) {
        match self {
            Check::Domain(c) => c.write(w),
            Check::Host(c) => c.write(w),
            Check::Contact(c) => c.write(w),
            Check::Other(r) => w.raw(r),
        }
    }
}

impl Create<'_> {
    fn write(&self, w: &mut Writer<'_>) {
        match self {
            Create::Domain(c) => c.write(w),
            Create::Host(c) => c.write(w),
            Create::Contact(c) => c.write(w),
            Create::Other(r) => w.raw(r),
        }
    }
}

impl Delete<'_> {
    fn write(&self, w: &mut Writer<'_>) {
        match self {
            Delete::Domain(c) => c.write(w),
            Delete::Host(c) => c.write(w),
            Delete::Contact(c) => c.write(w),
            Delete::Other(r) => w.raw(r),
        }
    }
}

impl Info<'_> {
    fn write(&self, w: &mut Writer<'_>) {
        match self {
            Info::Domain(c) => c.write(w),
            Info::Host(c) => c.write(w),
            Info::Contact(c) => c.write(w),
            Info::Balance(c) => c.write(w),
            Info::Other(r) => w.raw(r),
        }
    }
}

impl Renew<'_> {
    fn write(&self, w: &mut Writer<'_>) {
        match self {
            Renew::Domain(c) => c.write(w),
            Renew::Other(r) => w.raw(r),
        }
    }
}

impl TransferObject<'_> {
    fn write(&self, w: &mut Writer<'_>) {
        match self {
            TransferObject::Domain(c) => c.write(w),
            TransferObject::Contact(c) => c.write_as(w, "transfer"),
            TransferObject::Other(r) => w.raw(r),
        }
    }
}

impl Update<'_> {
    fn write(&self, w: &mut Writer<'_>) {
        match self {
            Update::Domain(c) => c.write(w),
            Update::Host(c) => c.write(w),
            Update::Contact(c) => c.write(w),
            Update::Other(r) => w.raw(r),
        }
    }
}

str_enum! {
    /// The operation of a `<transfer>` (RFC 5730 s.2.9.2.4, s.2.9.3.4).
    pub enum TransferOp {
        /// `approve`.
        Approve = "approve",
        /// `cancel`.
        Cancel = "cancel",
        /// `query`.
        Query = "query",
        /// `reject`.
        Reject = "reject",
        /// `request`.
        Request = "request",
    }
}

/// A `<transfer>`: the operation and the object.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, command::{CommandKind, TransferObject, TransferOp}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><transfer op="request">
///   <domain:transfer xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
///   <domain:period unit="y">1</domain:period>
///   <domain:authInfo><domain:pw roid="JD1234-REP">2fooBAR</domain:pw></domain:authInfo></domain:transfer>
///   </transfer><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let CommandKind::Transfer(t) = &c.kind else { panic!("a transfer") };
/// let TransferObject::Domain(d) = &t.object else { panic!("a domain transfer") };
/// assert_eq!((t.op, d.name.as_ref()), (TransferOp::Request, "example.com"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Transfer<'a> {
    /// `op`.
    pub op: TransferOp,
    /// The object.
    pub object: TransferObject<'a>,
}

owned!(struct Transfer { op, object });

/// A `<poll>`: ask for the next message, or acknowledge one.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, command::{CommandKind, Poll}};
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><poll op="ack" msgID="12345"/>
///   <clTRID>ABC-12346</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// assert!(matches!(&c.kind, CommandKind::Poll(Poll::Ack { msg_id }) if msg_id == "12345"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum Poll<'a> {
    /// `op="req"`.
    Request,
    /// `op="req"` with a `msgID`: schema-valid (`epp:pollType` allows
    /// `msgID` whatever `op` is), though RFC 5730 s.2.9.2.3 gives it a
    /// meaning only with `ack`. Kept, for the application to decide.
    RequestWithMsgId {
        /// `msgID`.
        msg_id: Cow<'a, str>,
    },
    /// `op="ack" msgID="..."`.
    Ack {
        /// `msgID`.
        msg_id: Cow<'a, str>,
    },
}

owned!(enum Poll { Request, RequestWithMsgId { msg_id }, Ack { msg_id } });

impl<'a> Poll<'a> {
    fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::empty(el, &["op", "msgID"])?;
        match el.attr("op").map(de::trim).as_deref() {
            Some("req") => Ok(match el.attr("msgID") {
                None => Poll::Request,
                Some(id) => Poll::RequestWithMsgId { msg_id: de::trim(id) },
            }),
            Some("ack") => {
                let msg_id = de::trim(de::req_attr(el, "msgID")?);
                if msg_id.is_empty() {
                    return Err(de::attr_err(el, "msgID", ErrorKind::InvalidValue("empty value")));
                }
                Ok(Poll::Ack { msg_id })
            }
            Some(op) => {
                Err(de::attr_err(el, "op", ErrorKind::Facet { ty: "epp:pollOpType", facet: Facet::Enumeration })
                    .valued(op))
            }
            None => Err(el.err(ErrorKind::MissingAttribute("op"))),
        }
    }

    fn write(&self, w: &mut Writer<'_>) {
        w.start("", "poll");
        match self {
            Poll::Request => w.attr("op", "req"),
            Poll::RequestWithMsgId { msg_id } => {
                w.attr("op", "req");
                w.attr("msgID", msg_id);
            }
            Poll::Ack { msg_id } => {
                w.attr("op", "ack");
                w.attr("msgID", msg_id);
            }
        }
        w.empty();
    }
}
