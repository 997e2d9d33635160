//! Login security (RFC 8807, `urn:ietf:params:xml:ns:epp:loginSec-1.0`,
//! prefix `loginSec`): a `<login>` extension with the client's user agent
//! and passwords longer than the 16 characters `<pw>` allows, and the
//! security events (password or certificate expiry, weak cipher or TLS
//! protocol, failed logins, ...) a server reports in the login response.
//!
//! The placeholder rule (RFC 8807 s.3.2): when `<loginSec:pw>` carries
//! the password, `<login><pw>` must be [`PLACEHOLDER`]
//! (`[LOGIN-SECURITY]`), and the placeholder in `<pw>` means the password
//! is in `<loginSec:pw>`, which must then be present; likewise for
//! `<newPW>` and `<loginSec:newPW>`. [`crate::parse`] refuses a login that
//! breaks it, and [`set_password`] / [`set_new_password`] follow it when
//! building one.
//!
//! ```
//! # fn main() -> Result<(), epp_model::Error> {
//! use epp_model::command::{Command, CommandKind, Login};
//! use epp_model::ext::{Extension, loginsec::{self, LoginSec, LoginSecurity}};
//! let mut login = Login::new("ClientX", "placeholder");
//! login.obj_uris.push(epp_model::ns::DOMAIN.into());
//! let mut sec = LoginSecurity::default();
//! loginsec::set_password(&mut login, &mut sec, "this is a long password");
//! assert_eq!(login.pw, loginsec::PLACEHOLDER);
//! let mut cmd = Command::new(CommandKind::Login(login));
//! cmd.extensions.push(Extension::LoginSec(LoginSec::LoginSec(sec)));
//! let xml = epp_model::Document::Command(cmd).to_xml();
//! let doc = epp_model::parse(&xml)?;
//! let epp_model::Document::Command(c) = &doc else { panic!() };
//! let Extension::LoginSec(LoginSec::LoginSec(s)) = &c.extensions[0] else { panic!() };
//! assert_eq!(s.pw.as_deref(), Some("this is a long password"));
//! # Ok(()) }
//! ```

use crate::owned::owned;
use alloc::borrow::Cow;
use alloc::vec::Vec;

use crate::command::{CommandKind, Login};
use crate::de::{self, Result, Seq, str_enum};
use crate::error::ErrorKind;
use crate::ext::Extension;
use crate::ext::fee::is_duration;
use crate::ns::{self, LOGIN_SEC};
use crate::xml::tree::El;
use crate::xml::writer::Writer;

const P: &str = "loginSec";

/// The value of `<login><pw>` (and `<newPW>`) when the password is in the
/// extension.
pub const PLACEHOLDER: &str = "[LOGIN-SECURITY]";

str_enum! {
    /// The kind of a security event (`type`).
    pub enum EventType {
        /// `password`: the password is about to expire or has expired.
        Password = "password",
        /// `certificate`: the client certificate is about to expire or has expired.
        Certificate = "certificate",
        /// `cipher`: an insecure or deprecated TLS cipher suite.
        Cipher = "cipher",
        /// `tlsProtocol`: an insecure or deprecated TLS protocol.
        TlsProtocol = "tlsProtocol",
        /// `newPW`: the new password does not meet the server's rules.
        NewPw = "newPW",
        /// `stat`: a login security statistic, named by `name`.
        Stat = "stat",
        /// `custom`: a custom event, named by `name`.
        Custom = "custom",
    }
}

str_enum! {
    /// The level of a security event.
    pub enum Level {
        /// `warning`: the login succeeded.
        Warning = "warning",
        /// `error`: the login failed because of it.
        Error = "error",
    }
}

/// `<loginSec:userAgent>`: what the client runs (at least one part).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, loginsec::*}};
/// // After RFC 8807 s.4.1.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><login>
///   <clID>ClientX</clID><pw>[LOGIN-SECURITY]</pw>
///   <options><version>1.0</version><lang>en</lang></options>
///   <svcs><objURI>urn:ietf:params:xml:ns:obj1</objURI>
///   <svcExtension><extURI>urn:ietf:params:xml:ns:epp:loginSec-1.0</extURI></svcExtension></svcs>
///   </login><extension><loginSec:loginSec xmlns:loginSec="urn:ietf:params:xml:ns:epp:loginSec-1.0">
///     <loginSec:userAgent><loginSec:app>EPP SDK 1.0.0</loginSec:app><loginSec:tech>Java 11.0.2</loginSec:tech>
///     <loginSec:os>x86_64 Mac OS X 10.21</loginSec:os></loginSec:userAgent>
///     <loginSec:pw>this is a long password</loginSec:pw>
///   </loginSec:loginSec></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::LoginSec(LoginSec::LoginSec(sec)) = &c.extensions[0] else { panic!("loginSec:loginSec") };
/// let ua = sec.user_agent.as_ref().expect("a user agent");
/// assert_eq!((ua.app.as_deref(), ua.tech.as_deref()), (Some("EPP SDK 1.0.0"), Some("Java 11.0.2")));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct UserAgent<'a> {
    /// `app`: the client application and version.
    pub app: Option<Cow<'a, str>>,
    /// `tech`: the technology (language, runtime) and version.
    pub tech: Option<Cow<'a, str>>,
    /// `os`: the operating system and version.
    pub os: Option<Cow<'a, str>>,
}

owned!(struct UserAgent { app, tech, os });

/// `<loginSec:loginSec>`: the login extension.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, loginsec::*}};
/// // After RFC 8807 s.4.1.
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><login>
///   <clID>ClientX</clID><pw>[LOGIN-SECURITY]</pw>
///   <options><version>1.0</version><lang>en</lang></options>
///   <svcs><objURI>urn:ietf:params:xml:ns:obj1</objURI>
///   <svcExtension><extURI>urn:ietf:params:xml:ns:epp:loginSec-1.0</extURI></svcExtension></svcs>
///   </login><extension><loginSec:loginSec xmlns:loginSec="urn:ietf:params:xml:ns:epp:loginSec-1.0">
///     <loginSec:userAgent><loginSec:app>EPP SDK 1.0.0</loginSec:app><loginSec:tech>Java 11.0.2</loginSec:tech>
///     <loginSec:os>x86_64 Mac OS X 10.21</loginSec:os></loginSec:userAgent>
///     <loginSec:pw>this is a long password</loginSec:pw>
///   </loginSec:loginSec></extension><clTRID>ABC-12345</clTRID></command></epp>"#;
/// let Document::Command(c) = epp_model::parse(xml)? else { panic!("a command") };
/// let Extension::LoginSec(LoginSec::LoginSec(sec)) = &c.extensions[0] else { panic!("loginSec:loginSec") };
/// // The long password is here; `<pw>` holds the placeholder.
/// assert_eq!((sec.pw.as_deref(), sec.new_pw.as_deref()), (Some("this is a long password"), None));
/// let no_placeholder = core::str::from_utf8(xml).unwrap().replace("<pw>[LOGIN-SECURITY]</pw>", "<pw>foo-BAR2</pw>");
/// assert!(epp_model::parse(no_placeholder.as_bytes()).is_err());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct LoginSecurity<'a> {
    /// `userAgent`.
    pub user_agent: Option<UserAgent<'a>>,
    /// `pw`: the password (at least 6 characters, no upper bound).
    pub pw: Option<Cow<'a, str>>,
    /// `newPW`: the new password.
    pub new_pw: Option<Cow<'a, str>>,
}

owned!(struct LoginSecurity { user_agent, pw, new_pw });

/// `<loginSec:event>`: one security event of a login response.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, loginsec::*}};
/// // After RFC 8807 s.4.1 (the login response).
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><loginSec:loginSecData xmlns:loginSec="urn:ietf:params:xml:ns:epp:loginSec-1.0">
///     <loginSec:event type="password" level="warning" exDate="2020-03-25T00:00:00Z" lang="en">Password expiration soon</loginSec:event>
///     <loginSec:event type="cipher" level="warning" value="TLS_RSA_WITH_AES_128_CBC_SHA">Non-PFS Cipher negotiated</loginSec:event>
///   </loginSec:loginSecData></extension>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::LoginSec(LoginSec::LoginSecData(events)) = &r.extensions[0] else { panic!("loginSec:loginSecData") };
/// assert_eq!((events[0].kind, events[0].level), (EventType::Password, Level::Warning));
/// assert_eq!((events[0].ex_date.as_deref(), events[0].text.as_ref()), (Some("2020-03-25T00:00:00Z"), "Password expiration soon"));
/// assert_eq!(events[1].value.as_deref(), Some("TLS_RSA_WITH_AES_128_CBC_SHA"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
pub struct Event<'a> {
    /// `type`.
    pub kind: EventType,
    /// `name`: the statistic or custom event (required for `stat` and
    /// `custom`).
    pub name: Option<Cow<'a, str>>,
    /// `level`.
    pub level: Level,
    /// `exDate`: when the password or certificate expires (`xs:dateTime`,
    /// kept as text).
    pub ex_date: Option<Cow<'a, str>>,
    /// `value`: the cipher, protocol or statistic value.
    pub value: Option<Cow<'a, str>>,
    /// `duration`: the period of a statistic (`xs:duration`).
    pub duration: Option<Cow<'a, str>>,
    /// `lang` (default `en`).
    pub lang: Option<Cow<'a, str>>,
    /// The human-readable description (may be empty).
    pub text: Cow<'a, str>,
}

owned!(struct Event { kind, name, level, ex_date, value, duration, lang, text });

impl<'a> Event<'a> {
    /// An event with no attributes besides type and level, and no text.
    ///
    /// ```
    /// use epp_model::{Document, TrId, response::{EppResult, Response, ResultCode}};
    /// use epp_model::ext::{Extension, loginsec::{Event, EventType, Level, LoginSec}};
    /// let mut event = Event::new(EventType::Cipher, Level::Warning);
    /// event.text = "Non-PFS Cipher negotiated".into();
    /// let mut r = Response::new(EppResult::new(ResultCode::COMPLETED), TrId { cl_trid: None, sv_trid: "54321-XYZ".into() });
    /// r.extensions.push(Extension::LoginSec(LoginSec::LoginSecData(vec![event])));
    /// let xml = String::from_utf8(Document::Response(r).to_xml()).unwrap();
    /// assert!(xml.contains(r#"<loginSec:event type="cipher" level="warning">Non-PFS Cipher negotiated</loginSec:event>"#), "{xml}");
    /// ```
    pub fn new(kind: EventType, level: Level) -> Self {
        Event {
            kind,
            name: None,
            level,
            ex_date: None,
            value: None,
            duration: None,
            lang: None,
            text: Cow::Borrowed(""),
        }
    }
}

/// A login security extension element.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{Document, ext::{Extension, loginsec::*}};
/// // After RFC 8807 s.4.1 (the login response).
/// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <extension><loginSec:loginSecData xmlns:loginSec="urn:ietf:params:xml:ns:epp:loginSec-1.0">
///     <loginSec:event type="password" level="warning" exDate="2020-03-25T00:00:00Z" lang="en">Password expiration soon</loginSec:event>
///     <loginSec:event type="cipher" level="warning" value="TLS_RSA_WITH_AES_128_CBC_SHA">Non-PFS Cipher negotiated</loginSec:event>
///   </loginSec:loginSecData></extension>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
/// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
/// let Extension::LoginSec(LoginSec::LoginSecData(events)) = &r.extensions[0] else { panic!("loginSec:loginSecData") };
/// assert_eq!(events.len(), 2);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))]
#[non_exhaustive]
pub enum LoginSec<'a> {
    /// `<loginSec:loginSec>` (login command).
    LoginSec(LoginSecurity<'a>),
    /// `<loginSec:loginSecData>` (login response): the events (at least one).
    LoginSecData(Vec<Event<'a>>),
}

owned!(
    enum LoginSec {
        LoginSec(f0),
        LoginSecData(f0),
    }
);

/// Sets the password of `login`: in `<pw>` itself if the base schema
/// allows it (6 to 16 characters, not the placeholder), else the
/// placeholder in `<pw>` and the password in `sec.pw`.
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{command::Login, ext::loginsec::{self, LoginSecurity}};
/// let (mut login, mut sec) = (Login::new("ClientX", "x"), LoginSecurity::default());
/// loginsec::set_password(&mut login, &mut sec, "foo-BAR2");
/// assert_eq!((login.pw.as_ref(), sec.pw.as_deref()), ("foo-BAR2", None));
/// loginsec::set_password(&mut login, &mut sec, "a much longer pass phrase");
/// assert_eq!((login.pw.as_ref(), sec.pw.as_deref()), ("[LOGIN-SECURITY]", Some("a much longer pass phrase")));
/// # Ok(()) }
/// ```
pub fn set_password<'a>(login: &mut Login<'a>, sec: &mut LoginSecurity<'a>, pw: impl Into<Cow<'a, str>>) {
    let pw = pw.into();
    if fits_base(&pw) {
        login.pw = pw;
        sec.pw = None;
    } else {
        login.pw = Cow::Borrowed(PLACEHOLDER);
        sec.pw = Some(pw);
    }
}

/// Sets the new password of `login` as [`set_password`] does the
/// password (`<newPW>` and `sec.new_pw`).
///
/// ```
/// # fn main() -> Result<(), epp_model::Error> {
/// use epp_model::{command::Login, ext::loginsec::{self, LoginSecurity}};
/// let (mut login, mut sec) = (Login::new("ClientX", "foo-BAR2"), LoginSecurity::default());
/// loginsec::set_new_password(&mut login, &mut sec, "new password that is still long");
/// assert_eq!(login.new_pw.as_deref(), Some("[LOGIN-SECURITY]"));
/// # Ok(()) }
/// ```
pub fn set_new_password<'a>(login: &mut Login<'a>, sec: &mut LoginSecurity<'a>, pw: impl Into<Cow<'a, str>>) {
    let pw = pw.into();
    if fits_base(&pw) {
        login.new_pw = Some(pw);
        sec.new_pw = None;
    } else {
        login.new_pw = Some(Cow::Borrowed(PLACEHOLDER));
        sec.new_pw = Some(pw);
    }
}

/// Whether `pw` can go in `<login><pw>` itself: 6..16 characters without
/// surrounding whitespace (the base `pwType` is a token) and not the
/// placeholder.
fn fits_base(pw: &str) -> bool {
    let n = pw.chars().count();
    (6..=16).contains(&n)
        && pw != PLACEHOLDER
        && pw.trim_matches(' ') == pw
        && !pw.contains(['\n', '\t', '\r'])
        && !pw.contains("  ")
}

/// Checks the placeholder rule on a parsed command: `kind` and its
/// `extensions`, `cmd` the `<login>` element (for error paths) and `ext`
/// the `<extension>` element. A `<loginSec:loginSec>` outside a login, or
/// a `<loginSec:loginSecData>` in a command, is refused.
pub(crate) fn check_command(
    kind: &CommandKind<'_>,
    extensions: &[Extension<'_>],
    cmd: El<'_, '_>,
    ext: Option<El<'_, '_>>,
) -> Result<()> {
    let mut sec = None;
    for (i, e) in extensions.iter().enumerate() {
        if let Extension::LoginSec(l) = e {
            let at = || ext.and_then(|x| nth_child(x, i)).unwrap_or(cmd);
            match (l, kind) {
                (LoginSec::LoginSec(s), CommandKind::Login(_)) if sec.is_none() => sec = Some(s),
                _ => return Err(at().err(ErrorKind::UnexpectedElement)),
            }
        }
    }
    let CommandKind::Login(login) = kind else { return Ok(()) };
    let pw_el = || child(cmd, "pw").unwrap_or(cmd);
    let new_pw_el = || child(cmd, "newPW").unwrap_or(cmd);
    let ext_pw = sec.and_then(|s| s.pw.as_ref());
    let ext_new = sec.and_then(|s| s.new_pw.as_ref());
    match (login.pw == PLACEHOLDER, ext_pw.is_some()) {
        (false, true) => {
            return Err(pw_el().err(ErrorKind::InvalidValue("must be [LOGIN-SECURITY] when <loginSec:pw> is given")));
        }
        (true, false) => return Err(pw_el().err(ErrorKind::InvalidValue("[LOGIN-SECURITY] without <loginSec:pw>"))),
        _ => {}
    }
    match (login.new_pw.as_deref() == Some(PLACEHOLDER), ext_new.is_some()) {
        (false, true) => {
            Err(new_pw_el().err(ErrorKind::InvalidValue("must be [LOGIN-SECURITY] when <loginSec:newPW> is given")))
        }
        (true, false) => Err(new_pw_el().err(ErrorKind::InvalidValue("[LOGIN-SECURITY] without <loginSec:newPW>"))),
        _ => Ok(()),
    }
}

fn nth_child<'t, 'a>(el: El<'t, 'a>, n: usize) -> Option<El<'t, 'a>> {
    let mut c = el.first_child();
    for _ in 0..n {
        c = c?.next_sibling();
    }
    c
}

fn child<'t, 'a>(el: El<'t, 'a>, local: &str) -> Option<El<'t, 'a>> {
    let mut c = el.first_child();
    while let Some(e) = c {
        if e.is(ns::addr::EPP, local) {
            return Some(e);
        }
        c = e.next_sibling();
    }
    None
}

fn password<'a>(el: El<'_, 'a>) -> Result<Cow<'a, str>> {
    let t = de::token(el)?;
    if t.chars().count() < 6 {
        return Err(el.err(ErrorKind::InvalidValue("length out of range")));
    }
    Ok(t)
}

fn parse_event<'a>(el: El<'_, 'a>) -> Result<Event<'a>> {
    de::attrs(el, &["type", "name", "level", "exDate", "value", "duration", "lang"])?;
    let kind =
        de::enum_attr(el, "type", EventType::from_xml)?.ok_or_else(|| el.err(ErrorKind::MissingAttribute("type")))?;
    let level =
        de::enum_attr(el, "level", Level::from_xml)?.ok_or_else(|| el.err(ErrorKind::MissingAttribute("level")))?;
    let name = el.attr("name").map(de::trim);
    if matches!(kind, EventType::Stat | EventType::Custom) && name.as_deref().is_none_or(str::is_empty) {
        return Err(el.err(ErrorKind::MissingAttribute("name")));
    }
    let duration = el.attr("duration").map(de::trim);
    if duration.as_deref().is_some_and(|d| !is_duration(d)) {
        return Err(de::attr_err(el, "duration", ErrorKind::InvalidValue("not a duration")));
    }
    Ok(Event {
        kind,
        name,
        level,
        ex_date: el.attr("exDate").map(de::trim),
        value: el.attr("value").map(de::trim),
        duration,
        lang: el.attr("lang").map(de::trim),
        text: el.text()?,
    })
}

impl<'a> LoginSec<'a> {
    /// The element's local name.
    ///
    /// ```
    /// # fn main() -> Result<(), epp_model::Error> {
    /// use epp_model::{Document, ext::{Extension, loginsec::*}};
    /// // After RFC 8807 s.4.1 (the login response).
    /// let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
    ///   <result code="1000"><msg>Command completed successfully</msg></result>
    ///   <extension><loginSec:loginSecData xmlns:loginSec="urn:ietf:params:xml:ns:epp:loginSec-1.0">
    ///     <loginSec:event type="password" level="warning" exDate="2020-03-25T00:00:00Z" lang="en">
    ///       Password expiration soon</loginSec:event>
    ///     <loginSec:event type="cipher" level="warning" value="TLS_RSA_WITH_AES_128_CBC_SHA">Non-PFS Cipher negotiated</loginSec:event>
    ///   </loginSec:loginSecData></extension>
    ///   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#;
    /// let Document::Response(r) = epp_model::parse(xml)? else { panic!("a response") };
    /// let Extension::LoginSec(LoginSec::LoginSecData(events)) = &r.extensions[0] else { panic!("loginSec:loginSecData") };
    /// assert_eq!(r.extensions[0], Extension::LoginSec(LoginSec::LoginSecData(events.clone())));
    /// let Extension::LoginSec(l) = &r.extensions[0] else { unreachable!() };
    /// assert_eq!(l.element(), "loginSecData");
    /// # Ok(()) }
    /// ```
    pub fn element(&self) -> &'static str {
        match self {
            LoginSec::LoginSec(_) => "loginSec",
            LoginSec::LoginSecData(_) => "loginSecData",
        }
    }

    pub(crate) fn parse(el: El<'_, 'a>) -> Result<Self> {
        de::attrs(el, &[])?;
        let mut s = Seq::new(el)?;
        let out = match el.local() {
            "loginSec" => {
                let user_agent = match s.opt(LOGIN_SEC, "userAgent") {
                    None => None,
                    Some(u) => {
                        de::attrs(u, &[])?;
                        let mut us = Seq::new(u)?;
                        let app = us.opt(LOGIN_SEC, "app").map(de::token).transpose()?;
                        let tech = us.opt(LOGIN_SEC, "tech").map(de::token).transpose()?;
                        let os = us.opt(LOGIN_SEC, "os").map(de::token).transpose()?;
                        us.end()?;
                        if app.is_none() && tech.is_none() && os.is_none() {
                            return Err(u.err(ErrorKind::MissingElement("app")));
                        }
                        Some(UserAgent { app, tech, os })
                    }
                };
                let pw = s.opt(LOGIN_SEC, "pw").map(password).transpose()?;
                let new_pw = s.opt(LOGIN_SEC, "newPW").map(password).transpose()?;
                LoginSec::LoginSec(LoginSecurity { user_agent, pw, new_pw })
            }
            "loginSecData" => {
                let mut events = alloc::vec![parse_event(s.req(LOGIN_SEC, "event")?)?];
                while let Some(e) = s.opt(LOGIN_SEC, "event") {
                    events.push(parse_event(e)?);
                }
                LoginSec::LoginSecData(events)
            }
            _ => return Err(el.err(ErrorKind::UnexpectedElement)),
        };
        s.end()?;
        Ok(out)
    }

    pub(crate) fn write(&self, w: &mut Writer<'_>) {
        let l = self.element();
        w.start(P, l);
        w.ns(P, LOGIN_SEC);
        match self {
            LoginSec::LoginSec(s) => {
                if s.user_agent.is_none() && s.pw.is_none() && s.new_pw.is_none() {
                    w.empty();
                    return;
                }
                w.open();
                if let Some(u) = &s.user_agent {
                    w.start(P, "userAgent");
                    w.open();
                    w.opt_leaf(P, "app", u.app.as_deref());
                    w.opt_leaf(P, "tech", u.tech.as_deref());
                    w.opt_leaf(P, "os", u.os.as_deref());
                    w.close(P, "userAgent");
                }
                w.opt_leaf(P, "pw", s.pw.as_deref());
                w.opt_leaf(P, "newPW", s.new_pw.as_deref());
            }
            LoginSec::LoginSecData(events) => {
                w.open();
                for e in events {
                    w.start(P, "event");
                    w.attr("type", e.kind.as_str());
                    w.opt_attr("name", e.name.as_deref());
                    w.attr("level", e.level.as_str());
                    w.opt_attr("exDate", e.ex_date.as_deref());
                    w.opt_attr("value", e.value.as_deref());
                    w.opt_attr("duration", e.duration.as_deref());
                    w.opt_attr("lang", e.lang.as_deref());
                    w.text(P, "event", &e.text);
                }
            }
        }
        w.close(P, l);
    }
}

#[cfg(test)]
mod tests {
    use crate::ErrorKind;
    use alloc::format;
    use alloc::string::String;

    fn data(events: &str) -> String {
        format!(
            r#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
<result code="1000"><msg>Command completed successfully</msg></result>
<extension><loginSec:loginSecData xmlns:loginSec="urn:ietf:params:xml:ns:epp:loginSec-1.0">{events}</loginSec:loginSecData></extension>
<trID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#
        )
    }

    #[test]
    fn stat_and_custom_events_are_named() {
        // RFC 8807 s.3.1: `name` is required for the "stat" and "custom" types.
        assert!(
            crate::parse(
                data(r#"<loginSec:event type="stat" name="failedLogins" level="warning" value="100"/>"#).as_bytes()
            )
            .is_ok()
        );
        for kind in ["stat", "custom"] {
            let e = crate::parse(data(&format!(r#"<loginSec:event type="{kind}" level="warning"/>"#)).as_bytes())
                .unwrap_err();
            assert_eq!(e.kind(), ErrorKind::MissingAttribute("name"), "{kind}");
        }
    }

    #[test]
    fn event_duration_is_an_xs_duration() {
        let ok =
            data(r#"<loginSec:event type="stat" name="failedLogins" level="warning" value="100" duration="P1D"/>"#);
        assert!(crate::parse(ok.as_bytes()).is_ok());
        let bad = data(r#"<loginSec:event type="stat" name="failedLogins" level="warning" duration="1 day"/>"#);
        let e = crate::parse(bad.as_bytes()).unwrap_err();
        assert!(e.path().ends_with("loginSec:event/@duration"), "{}", e.path());
    }
}
