//! The registry: RPP requests (rpp-model's typed form) answered from the
//! store, one transaction each. Which operation a request is, and the
//! status of its outcome, are rpp-model's ([`Request::operation`],
//! [`status_of_code`](rpp_model::http::status_of_code)); this module
//! holds what a registry decides: who may do what, to which object.

mod clock;
mod fault;
mod lifecycle;
mod names;
mod object;
mod transfer;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use rpp_model::http::{Action, Body, Collection, Operation, Request, Response, header};

pub use fault::{Fault, PROBLEM_TYPE};
use transfer::Step;

use crate::store::Store;

/// The request header naming the client (registrar). RPP authenticates
/// each HTTP request (OAuth2 or Basic, core draft); this example trusts
/// this header instead, so it must only listen where its clients are
/// trusted. A request without it, or with a value that is not a client
/// id (3 to 16 letters, digits and inner hyphens), is refused with 401.
///
/// ```
/// use rpp_model::http::{Action, Collection, Operation, Request};
/// let registry = rpp_server::Registry::new(rpp_server::Store::open(":memory:")?);
/// let mut req = Request::new(&Operation::new(Action::Info, Collection::Hosts, Some("ns1.example.net".into())));
/// assert_eq!(registry.handle(&req).status, 401);
/// req.headers.insert(rpp_server::CLIENT_ID.into(), "ClientX".into());
/// assert_eq!(registry.handle(&req).status, 404); // now known, and no such host
/// # Ok::<(), rusqlite::Error>(())
/// ```
pub const CLIENT_ID: &str = "rpp-client-id";

/// What a successful operation gives: its EPP result code, the id of the
/// object (after a create or a rename) and the response body.
struct Outcome {
    code: u16,
    id: Option<String>,
    body: Option<Body>,
}

impl Outcome {
    fn done(body: Option<Body>) -> Self {
        Self { code: 1000, id: None, body }
    }
}

/// A registry of domains, contacts and hosts kept in a [`Store`].
///
/// ```
/// use rpp_model::http::{Message, Response};
/// use rpp_server::{Registry, Store};
/// let registry = Registry::new(Store::open(":memory:")?);
/// let line = br#"{"kind":"request","method":"POST","path":"/hosts","query":{},
///   "headers":{"rpp-client-id":"ClientX","rpp-cltrid":"ABC-1"},
///   "body":{"@type":"host","hostName":"ns1.example.example"}}"#;
/// let Message::Request(req) = Message::from_json(line, &rpp_model::json::Limits::DEFAULT)? else { unreachable!() };
/// let resp: Response = registry.handle(&req);
/// assert_eq!((resp.status, resp.headers["rpp-code"].as_str()), (201, "1000"));
/// assert_eq!(resp.headers["location"], "/hosts/ns1.example.example");
/// assert_eq!(registry.handle(&req).status, 409); // the name is taken
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Registry {
    store: Store,
    /// Server transaction ids: the start time and a counter.
    started: i64,
    next: Arc<AtomicU64>,
}

impl Registry {
    /// A registry over a store.
    ///
    /// ```
    /// let registry = rpp_server::Registry::new(rpp_server::Store::open(":memory:")?);
    /// # drop(registry);
    /// # Ok::<(), rusqlite::Error>(())
    /// ```
    pub fn new(store: Store) -> Self {
        Self { store, started: clock::now(), next: Arc::new(AtomicU64::new(1)) }
    }

    /// Answers one request: a success with the operation's status, or
    /// problem details with the status of the refusal's result code. The
    /// response carries `RPP-Code`, `RPP-Svtrid` and the request's
    /// `RPP-Cltrid`; a create's carries `Location`.
    ///
    /// ```
    /// use rpp_model::http::{Action, Body, Collection, Operation, Request};
    /// let registry = rpp_server::Registry::new(rpp_server::Store::open(":memory:")?);
    /// let mut req = Request::new(&Operation::new(Action::Info, Collection::Domains, Some("example.example".into())));
    /// req.headers.insert(rpp_server::CLIENT_ID.into(), "ClientX".into());
    /// let resp = registry.handle(&req);
    /// assert_eq!(resp.status, 404);
    /// let Some(Body::Problem(p)) = resp.body else { panic!("problem details") };
    /// assert_eq!(p.errors[0].result.as_deref(), Some("2303"));
    /// # Ok::<(), rusqlite::Error>(())
    /// ```
    pub fn handle(&self, req: &Request) -> Response {
        let op = Operation::parse(req.method, &req.path).ok();
        let success = op.as_ref().map_or(200, Operation::success_status);
        let mut headers = BTreeMap::new();
        if let Some(cl) = req.headers.get(header::CLTRID) {
            headers.insert(header::CLTRID.to_owned(), cl.clone());
        }
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        headers.insert(header::SVTRID.to_owned(), format!("RPP-{}-{n}", self.started));
        let (status, code, body) = match self.run(req) {
            Ok(out) => {
                if let (Some(id), Some(op)) = (&out.id, &op) {
                    let path = Operation::new(Action::Info, op.collection, Some(id.clone())).path();
                    headers
                        .insert(if op.action == Action::Create { "location" } else { "content-location" }.into(), path);
                }
                (rpp_model::http::status_of_code(out.code, success), out.code, out.body)
            }
            Err(fault) => (fault.status(success), fault.code, Some(Body::Problem(fault.problem(success)))),
        };
        headers.insert(header::CODE.to_owned(), code.to_string());
        Response { status, headers, body }
    }

    /// The client, the operation, then the operation in one transaction.
    fn run(&self, req: &Request) -> Result<Outcome, Fault> {
        let client = req
            .headers
            .get(CLIENT_ID)
            .and_then(|c| names::client_id(c))
            .ok_or_else(|| Fault::new(2200, format!("no client: the {CLIENT_ID} header names it")))?
            .to_owned();
        let op = req.operation()?;
        let auth = req.headers.get(header::AUTHORIZATION).map(String::as_str);
        let c = op.collection;
        let id = op.id.as_deref().unwrap_or_default();
        let id = match c {
            Collection::Domains | Collection::Hosts if op.action != Action::Create => id.to_ascii_lowercase(),
            _ => id.to_owned(),
        };
        let client = client.as_str();
        self.store.transaction(|tx| match (op.action, &req.body) {
            (Action::Create, Some(body)) => {
                let (id, body) = lifecycle::create(tx, client, c, body)?;
                Ok(Outcome { code: 1000, id: Some(id), body: Some(body) })
            }
            (Action::Info, _) => Ok(Outcome::done(Some(lifecycle::read(tx, client, c, &id)?))),
            (Action::Update, Some(Body::Patch(ops))) => {
                let (new_id, body) = lifecycle::update(tx, client, c, &id, ops)?;
                Ok(Outcome { code: 1000, id: (new_id != id).then_some(new_id), body: Some(body) })
            }
            (Action::Replace, Some(body)) => {
                let (new_id, body) = lifecycle::replace(tx, client, c, &id, body)?;
                Ok(Outcome { code: 1000, id: (new_id != id).then_some(new_id), body: Some(body) })
            }
            (Action::Delete, _) => lifecycle::delete(tx, client, c, &id).map(|()| Outcome::done(None)),
            (Action::Renew, Some(Body::Renew(r))) => {
                Ok(Outcome::done(Some(Body::Renew(lifecycle::renew(tx, client, &id, r)?))))
            }
            (Action::TransferRequest, Some(Body::Transfer(t))) => {
                let p = transfer::request(tx, client, c, &id, t, auth)?;
                Ok(Outcome { code: 1001, id: None, body: Some(Body::Transfer(p)) })
            }
            (Action::TransferQuery, _) => {
                Ok(Outcome::done(Some(Body::Transfer(transfer::query(tx, client, c, &id, auth)?))))
            }
            (Action::TransferApprove, _) => {
                Ok(Outcome::done(Some(Body::Transfer(transfer::act(tx, client, c, &id, Step::Approve)?))))
            }
            (Action::TransferReject, _) => {
                Ok(Outcome::done(Some(Body::Transfer(transfer::act(tx, client, c, &id, Step::Reject)?))))
            }
            (Action::TransferCancel, _) => {
                Ok(Outcome::done(Some(Body::Transfer(transfer::act(tx, client, c, &id, Step::Cancel)?))))
            }
            (action, _) => Err(Fault::new(2101, format!("{action:?} is not offered by this example server"))),
        })
    }
}

#[cfg(test)]
mod tests {
    use rpp_model::Period;
    use rpp_model::json::Limits;

    use super::*;

    /// Sends a request line as ClientX.
    fn send(r: &Registry, line: &str) -> Response {
        let mut req = Request::from_json(line.as_bytes(), &Limits::DEFAULT).expect("a request line");
        req.headers.insert(CLIENT_ID.into(), "ClientX".into());
        r.handle(&req)
    }

    /// The expiry date (`YYYY-MM-DD`) of a domain or renew response.
    fn expiry(resp: &Response) -> String {
        let date = match &resp.body {
            Some(Body::Domain(d)) => d.expiry_date.as_ref(),
            Some(Body::Renew(r)) => r.expiry_date.as_ref(),
            other => panic!("no expiry in {other:?}"),
        };
        date.and_then(|t| t.as_str().get(..10)).expect("a date").to_owned()
    }

    fn renew(date: &str, years: u8) -> String {
        format!(
            r#"{{"kind":"request","method":"POST","path":"/domains/example.example/processes/renewals",
            "body":{{"@type":"renewProcess","expiryDate":"{date}","renewalPeriod":{{"@type":"period","value":{years},"unit":"y"}}}}}}"#
        )
    }

    #[test]
    fn renewals_check_the_current_expiry_and_the_term() -> Result<(), rusqlite::Error> {
        let r = Registry::new(Store::open(":memory:")?);
        let created = send(
            &r,
            r#"{"kind":"request","method":"POST","path":"/domains","body":{"@type":"domainName","name":"example.example",
            "processes":{"@type":"processes","createProcess":[{"@type":"createProcess","period":{"@type":"period","value":2,"unit":"y"}}]}}}"#,
        );
        assert_eq!(created.status, 201, "{created:?}");
        let now = clock::now();
        let two = Period::years(2).map(|p| clock::add_period(now, &p)).map(clock::date).expect("a period");
        let current = expiry(&created);
        assert!(current >= two, "{current} {two}"); // the clock may pass midnight

        let stale = send(&r, &renew("2000-01-01", 1));
        assert_eq!((stale.status, stale.headers["rpp-code"].as_str()), (400, "2306"));
        let too_far = send(&r, &renew(&current, 9));
        assert_eq!((too_far.status, too_far.headers["rpp-code"].as_str()), (400, "2306"));
        let renewed = send(&r, &renew(&current, 3));
        assert_eq!(renewed.status, 200, "{renewed:?}");
        let five = expiry(&renewed);
        assert_eq!(
            five.get(..4).and_then(|y| y.parse::<u32>().ok()),
            current.get(..4).and_then(|y| y.parse::<u32>().ok()).map(|y| y + 3)
        );
        assert_eq!(send(&r, &renew(&current, 1)).status, 400, "a repeated renewal is refused");
        assert_eq!(expiry(&send(&r, &bare("/domains/example.example"))), five);
        Ok(())
    }

    /// A GET line.
    fn bare(path: &str) -> String {
        format!(r#"{{"kind":"request","method":"GET","path":"{path}"}}"#)
    }

    #[test]
    fn operations_not_offered_are_501() -> Result<(), rusqlite::Error> {
        let r = Registry::new(Store::open(":memory:")?);
        for line in
            [bare("/domains/example.example/availability"), bare("/domains/example.example/processes/restores/latest")]
        {
            let resp = send(&r, &line);
            assert_eq!((resp.status, resp.headers["rpp-code"].as_str()), (501, "2101"), "{line}");
        }
        Ok(())
    }

    #[test]
    fn a_read_form_sent_back_replaces_the_object() -> Result<(), rusqlite::Error> {
        let r = Registry::new(Store::open(":memory:")?);
        let create = r#"{"kind":"request","method":"POST","path":"/contacts","body":{"@type":"contact","id":"sh8013",
            "contactInfo":{"@type":"Card","version":"2.0","name":{"full":"John Doe"}}}}"#;
        assert_eq!(send(&r, create).status, 201);
        let Some(Body::Contact(mut k)) = send(&r, &bare("/contacts/sh8013")).body else { panic!("a contact") };
        if let Some(name) = k.contact_info.as_mut().and_then(|c| c.name.as_mut()) {
            name.full = Some("Jane Doe".into());
        }
        k.status.push(rpp_model::Status::new("clientHold"));
        let put = |k: &rpp_model::Contact| {
            let mut req = Request::new(&Operation::new(Action::Replace, Collection::Contacts, Some("sh8013".into())));
            req.headers.insert(CLIENT_ID.into(), "ClientX".into());
            req.body = Some(Body::Contact(k.clone()));
            r.handle(&req)
        };
        let replaced = put(&k);
        let Some(Body::Contact(after)) = &replaced.body else { panic!("a contact: {replaced:?}") };
        let name = after.contact_info.as_ref().and_then(|c| c.name.as_ref()).and_then(|n| n.full.as_deref());
        assert_eq!(name, Some("Jane Doe"));
        assert_eq!(after.status.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(), ["clientHold"]);
        k.id = Some("other".into());
        let renamed = put(&k);
        assert_eq!((renamed.status, renamed.headers["rpp-code"].as_str()), (400, "2306"));
        Ok(())
    }
}
