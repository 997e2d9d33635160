//! `<login>` (RFC 5730 s.2.9.1.1).

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::de::{self, Result, Seq};
use crate::error::ErrorKind;
use crate::facet;
use crate::ns::addr::EPP;
use crate::xml::tree::El;
use crate::xml::writer::Writer;

/// A `<login>`: client id, password, optional new password, protocol
/// version and language, and the object and extension URIs the client
/// will use.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, command::CommandKind};
/// // RFC 5730 s.2.9.1.1.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><login>
///   <clID>ClientX</clID><pw>foo-BAR2</pw><newPW>bar-FOO2</newPW>
///   <options><version>1.0</version><lang>en</lang></options>
///   <svcs><objURI>urn:ietf:params:xml:ns:obj1</objURI><objURI>urn:ietf:params:xml:ns:obj2</objURI>
///   <svcExtension><extURI>http://custom/obj1ext-1.0</extURI></svcExtension></svcs>
///   </login><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let CommandKind::Login(l) = &c.kind else { panic!("a login") };
/// assert_eq!((l.cl_id.as_ref(), l.new_pw.as_deref(), l.obj_uris.len()), ("ClientX", Some("bar-FOO2"), 2));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Login<'a> {
    /// `clID` (3..16 characters).
    pub cl_id: Cow<'a, str>,
    /// `pw` (6..16 characters).
    pub pw: Cow<'a, str>,
    /// `newPW`.
    pub new_pw: Option<Cow<'a, str>>,
    /// `options/version` (`1.0`).
    pub version: Cow<'a, str>,
    /// `options/lang`.
    pub lang: Cow<'a, str>,
    /// `svcs/objURI`s.
    pub obj_uris: Vec<Cow<'a, str>>,
    /// `svcs/svcExtension/extURI`s.
    pub ext_uris: Vec<Cow<'a, str>>,
}

owned!(struct Login { cl_id, pw, new_pw, version, lang, obj_uris, ext_uris });

impl<'a> Login<'a> {
    /// A login with version `1.0`, language `en` and no services.
    ///
    /// ```
    /// use epp_model::{Document, command::{Command, CommandKind, Login}};
    /// let mut login = Login::new("ClientX", "foo-BAR2");
    /// login.obj_uris.push(epp_model::ns::DOMAIN.into());
    /// let xml = String::from_utf8(Document::Command(Command::new(CommandKind::Login(login))).to_xml()).unwrap();
    /// assert!(xml.contains("<options>\n        <version>1.0</version>\n        <lang>en</lang>"), "{xml}");
    /// assert!(xml.contains("<objURI>urn:ietf:params:xml:ns:domain-1.0</objURI>"));
    /// ```
    pub fn new(cl_id: impl Into<Cow<'a, str>>, pw: impl Into<Cow<'a, str>>) -> Self {
        Login {
            cl_id: cl_id.into(),
            pw: pw.into(),
            new_pw: None,
            version: Cow::Borrowed("1.0"),
            lang: Cow::Borrowed("en"),
            obj_uris: Vec::new(),
            ext_uris: Vec::new(),
        }
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let cl_id = de::typed(s.req(EPP, "clID")?, &facet::CL_ID)?;
        let pw = de::typed(s.req(EPP, "pw")?, &facet::PW)?;
        let new_pw = s.opt(EPP, "newPW").map(|e| de::typed(e, &facet::PW)).transpose()?;
        let o = s.req(EPP, "options")?;
        de::attrs(o, &[])?;
        let mut os = Seq::new(o)?;
        let v = os.req(EPP, "version")?;
        let version = de::epp_version(v)?;
        let lang = de::typed(os.req(EPP, "lang")?, &facet::LANGUAGE)?;
        os.end()?;
        let svcs = s.req(EPP, "svcs")?;
        let (obj_uris, ext_uris) = parse_services(svcs)?;
        if obj_uris.is_empty() {
            return Err(svcs.err(ErrorKind::MissingElement("objURI")));
        }
        s.end()?;
        Ok(Login { cl_id, pw, new_pw, version, lang, obj_uris, ext_uris })
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        w.start("", "login");
        w.open();
        w.leaf("", "clID", &self.cl_id);
        w.leaf("", "pw", &self.pw);
        w.opt_leaf("", "newPW", self.new_pw.as_deref());
        w.start("", "options");
        w.open();
        w.leaf("", "version", &self.version);
        w.leaf("", "lang", &self.lang);
        w.close("", "options");
        write_services(w, "svcs", &self.obj_uris, &self.ext_uris);
        w.close("", "login");
    }
}

type Uris<'a> = Vec<Cow<'a, str>>;

/// `objURI`* `svcExtension/extURI`+? (login `svcs` and greeting
/// `svcMenu` tail).
pub(crate) fn parse_services<'a>(el: El<'_, 'a>) -> Result<(Uris<'a>, Uris<'a>)> {
    de::attrs(el, &[])?;
    let mut s = Seq::new(el)?;
    let (obj, ext) = parse_services_in(&mut s)?;
    s.end()?;
    Ok((obj, ext))
}

pub(crate) fn parse_services_in<'a>(s: &mut Seq<'_, 'a>) -> Result<(Uris<'a>, Uris<'a>)> {
    let mut obj = Vec::new();
    while let Some(u) = s.opt(EPP, "objURI") {
        obj.push(de::nonempty(u)?);
    }
    let mut ext = Vec::new();
    if let Some(x) = s.opt(EPP, "svcExtension") {
        de::attrs(x, &[])?;
        let mut xs = Seq::new(x)?;
        while let Some(u) = xs.opt(EPP, "extURI") {
            ext.push(de::nonempty(u)?);
        }
        xs.end()?;
        if ext.is_empty() {
            return Err(x.err(ErrorKind::MissingElement("extURI")));
        }
    }
    Ok((obj, ext))
}

pub(crate) fn write_services_in(w: &mut Writer<'_>, obj: &[Cow<'_, str>], ext: &[Cow<'_, str>]) {
    for u in obj {
        w.leaf("", "objURI", u);
    }
    if !ext.is_empty() {
        w.start("", "svcExtension");
        w.open();
        for u in ext {
            w.leaf("", "extURI", u);
        }
        w.close("", "svcExtension");
    }
}

fn write_services(w: &mut Writer<'_>, l: &str, obj: &[Cow<'_, str>], ext: &[Cow<'_, str>]) {
    w.start("", l);
    w.open();
    write_services_in(w, obj, ext);
    w.close("", l);
}
