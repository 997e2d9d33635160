//! EPP <-> RPP (feature `epp`): every epp-model command for domains,
//! hosts and contacts (check, info, create, update, delete, renew,
//! transfer query/request/approve/reject/cancel) to its RPP request and
//! back, and responses (result code as status and `RPP-Code`, `resData` as
//! the body, errors as problem details) both ways. What one side cannot
//! express is an [`EppError`] naming it.
//!
//! | EPP | RPP |
//! |---|---|
//! | `<clTRID>`, `<svTRID>`, result code | `RPP-Cltrid`, `RPP-Svtrid`, `RPP-Code` headers (status from [`status_of_code`](crate::http::status_of_code)) |
//! | `<check>` of one name | `GET /{c}/{id}/availability` (more names: error) |
//! | `<info>`, authInfo, `hosts=` | `GET /{c}/{id}`, `RPP-Authorization`, query `hosts` |
//! | `<create>` | `POST /{c}` with the object (period in `processes.createProcess`) |
//! | `<update>` add/rem/chg | `PATCH /{c}/{id}`: JSON Patch `add`, `remove` with `match`, `replace`/`remove` |
//! | `<renew>` | `POST /domains/{id}/processes/renewals` with `expiryDate` = curExpDate |
//! | `<transfer op=...>` | `.../processes/transfers[/latest[/approval|/rejection]]` |
//! | hostAttr, host addresses | `dns.records`: NS at `@`, A/AAAA glue |
//! | secDNS-1.1 (RFC 5910) dsData / keyData, maxSigLife | `dns.records` DS / DNSKEY at `@`, `dns.controls.maxSigLifetime` (domain create, update, info) |
//! | RGP (RFC 3915) restore request / report on an empty `<domain:update>` | `POST /domains/{id}/processes/restores` / `.../restores/latest/report` with a `restoreProcess` |
//! | RGP `rgpStatus` in a domain info | `status` labels (`pendingDelete` as `rgpPendingDelete`) |
//! | contact postalInfo (int), voice, fax, email | JSContact card: `name.full`, `organizations.org`, `addresses.addr`, `phones.voice`/`fax` (`tel:` URIs), `emails.email` |
//! | info/transfer/renew `resData` | `domainName`/`host`/`contact`, `transferProcess` and `renewProcess` with `Content-Location` naming the object |
//!
//! Not expressible (errors): extensions other than secDNS-1.1 and RGP
//! (launch, TTL, DELEG, fee, secDNS-1.0), secDNS keyData inside dsData,
//! `urgent` and `rem all`, a one-step restore with an inline report, a
//! restore of a host,
//! login/logout/poll/hello/greeting, checks of several names, contact
//! disclose and `loc` postal info, status `lang`, result values, message
//! queues, check and create data.
//!
//! ```
//! use rpp_model::epp::{document_to_message, message_to_document};
//! let xml = br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><renew>
//!   <domain:renew xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name>
//!   <domain:curExpDate>2000-04-03</domain:curExpDate><domain:period unit="y">5</domain:period></domain:renew>
//!   </renew><clTRID>ABC-12345</clTRID></command></epp>"#;
//! let doc = epp_model::parse(xml)?;
//! let msg = document_to_message(&doc)?;
//! assert_eq!(String::from_utf8(msg.to_json())?, concat!(
//!     r#"{"kind":"request","method":"POST","path":"/domains/example.com/processes/renewals","query":{},"#,
//!     r#""headers":{"rpp-cltrid":"ABC-12345"},"#,
//!     r#""body":{"@type":"renewProcess","expiryDate":"2000-04-03","renewalPeriod":{"@type":"period","value":5,"unit":"y"}}}"#));
//! assert_eq!(message_to_document(&msg)?, doc);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod command;
mod common;
mod contact;
mod domain;
mod error;
mod host;
mod response;
mod rgp;
mod secdns;

pub use error::EppError;

use crate::http::{Message, Request, Response};

/// An EPP command as its RPP request.
///
/// ```
/// let doc = epp_model::parse(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><delete>
///   <host:delete xmlns:host="urn:ietf:params:xml:ns:host-1.0"><host:name>ns1.example.com</host:name></host:delete>
///   </delete></command></epp>"#)?;
/// let req = rpp_model::epp::command_to_request(doc.as_command().expect("a command"))?;
/// assert_eq!((req.method.as_str(), req.path.as_str()), ("DELETE", "/hosts/ns1.example.com"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`EppError::NotInRpp`] naming what RPP cannot express.
pub fn command_to_request(cmd: &epp_model::command::Command<'_>) -> Result<Request, EppError> {
    command::to_request(cmd)
}

/// An RPP request as its EPP command.
///
/// ```
/// use rpp_model::http::Request;
/// let req = Request::from_json(br#"{"kind":"request","method":"GET","path":"/contacts/sh8013","query":{},"headers":{}}"#,
///     &rpp_model::json::Limits::DEFAULT)?;
/// let cmd = rpp_model::epp::request_to_command(&req)?;
/// assert!(matches!(cmd.kind, epp_model::command::CommandKind::Info(epp_model::command::Info::Contact(_))));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`EppError::NotInEpp`] naming what EPP cannot express, or
/// [`EppError::Http`] when the request is no RPP operation.
pub fn request_to_command(req: &Request) -> Result<epp_model::command::Command<'static>, EppError> {
    command::to_command(req)
}

/// An EPP response as its RPP response.
///
/// ```
/// let doc = epp_model::parse(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="2303"><msg>Object does not exist</msg></result>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54322-XYZ</svTRID></trID></response></epp>"#)?;
/// let resp = rpp_model::epp::response_to_rpp(doc.as_response().expect("a response"))?;
/// assert_eq!(resp.status, 404);
/// assert_eq!(resp.headers["rpp-code"], "2303");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`EppError::NotInRpp`] naming what RPP cannot express.
pub fn response_to_rpp(resp: &epp_model::response::Response<'_>) -> Result<Response, EppError> {
    response::to_rpp(resp)
}

/// An RPP response as its EPP response.
///
/// ```
/// use rpp_model::http::Response;
/// let resp = Response::from_json(br#"{"kind":"response","status":200,"headers":{"rpp-code":"1000","rpp-svtrid":"54321-XYZ"}}"#,
///     &rpp_model::json::Limits::DEFAULT)?;
/// let epp = rpp_model::epp::response_to_epp(&resp)?;
/// assert!(epp.is_success());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`EppError::NotInEpp`] naming what EPP cannot express.
pub fn response_to_epp(resp: &Response) -> Result<epp_model::response::Response<'static>, EppError> {
    response::to_epp(resp)
}

/// An EPP document (a command or a response) as its RPP message.
///
/// ```
/// let doc = epp_model::parse(br#"<epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response>
///   <result code="1000"><msg>Command completed successfully</msg></result>
///   <trID><clTRID>ABC-12345</clTRID><svTRID>54321-XYZ</svTRID></trID></response></epp>"#)?;
/// let line = rpp_model::epp::document_to_message(&doc)?.to_json();
/// assert_eq!(line, br#"{"kind":"response","status":200,"headers":{"rpp-cltrid":"ABC-12345","rpp-code":"1000","rpp-svtrid":"54321-XYZ"}}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`EppError::NotInRpp`]: greetings, hellos and protocol extensions
/// have no RPP form (discovery is `/.well-known/rpp.json`).
pub fn document_to_message(doc: &epp_model::Document<'_>) -> Result<Message, EppError> {
    match doc {
        epp_model::Document::Command(c) => command::to_request(c).map(Message::Request),
        epp_model::Document::Response(r) => response::to_rpp(r).map(Message::Response),
        epp_model::Document::Hello => {
            Err(EppError::NotInRpp("<hello>: discovery is an HTTP GET of /.well-known/rpp.json".into()))
        }
        epp_model::Document::Greeting(_) => {
            Err(EppError::NotInRpp("<greeting>: discovery is an HTTP GET of /.well-known/rpp.json".into()))
        }
        _ => Err(EppError::NotInRpp("a protocol extension document".into())),
    }
}

/// An RPP message as its EPP document.
///
/// ```
/// use rpp_model::http::Message;
/// let line = br#"{"kind":"request","method":"GET","path":"/domains/example.com","query":{"hosts":"all"},"headers":{"rpp-cltrid":"ABC-1"}}"#;
/// let doc = rpp_model::epp::message_to_document(&Message::from_json(line, &rpp_model::json::Limits::DEFAULT)?)?;
/// let xml = String::from_utf8(doc.to_xml())?;
/// assert!(xml.contains(r#"<domain:name hosts="all">example.com</domain:name>"#), "{xml}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// As [`request_to_command`] and [`response_to_epp`].
pub fn message_to_document(msg: &Message) -> Result<epp_model::Document<'static>, EppError> {
    match msg {
        Message::Request(r) => command::to_command(r).map(epp_model::Document::Command),
        Message::Response(r) => response::to_epp(r).map(epp_model::Document::Response),
    }
}
