//! EPP commands <-> RPP requests: the operation, headers and body of each.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

use epp_model::command::{
    Check, Command, CommandKind, Create, Delete, Info, Renew, Transfer, TransferObject, TransferOp, Update,
};
use epp_model::contact::{ContactCheck, ContactDelete, ContactInfo};
use epp_model::domain::{DomainCheck, DomainDelete, DomainInfo, DomainTransfer};
use epp_model::ext::Extension;
use epp_model::ext::rgp::Rgp;
use epp_model::ext::secdns::SecDns;
use epp_model::host::{HostCheck, HostDelete, HostInfo};

use super::common::{auth_header, auth_of, check_request_headers, cl_trid_header, period_to_epp};
use super::error::{EppError, not_in_epp, not_in_rpp};
use super::{contact, domain, host, rgp, secdns};
use crate::http::{Action, Body, Collection, Operation, Request, header};
use crate::{TransferDir, TransferProcess};

/// The one name of a check (RPP checks one object per request).
fn one<'c>(names: &'c [Cow<'_, str>], what: &str) -> Result<&'c str, EppError> {
    match names {
        [n] => Ok(n),
        _ => Err(not_in_rpp!("a {what} check of {} names (RPP checks one object per request)", names.len())),
    }
}

/// A request for `action` on object `id` of `c`.
fn request(action: Action, c: Collection, id: &str) -> Request {
    Request::new(&Operation::new(action, c, Some(id.into())))
}

/// An EPP command as its RPP request.
pub(crate) fn to_request(cmd: &Command<'_>) -> Result<Request, EppError> {
    // A restore (RGP) rides on an empty domain update.
    if let (CommandKind::Update(Update::Domain(u)), [Extension::Rgp(Rgp::Update(r))]) = (&cmd.kind, &cmd.extensions[..])
    {
        let mut req = rgp::restore_request(u, r)?;
        cl_trid_header(&mut req, cmd.cl_trid.as_deref());
        return Ok(req);
    }
    // Otherwise the one extension with an RPP form: secDNS on a domain create or update.
    let secdns = match (&cmd.kind, &cmd.extensions[..]) {
        (_, []) => None,
        (CommandKind::Create(Create::Domain(_)) | CommandKind::Update(Update::Domain(_)), [Extension::SecDns(s)]) => {
            Some(s)
        }
        (_, [ext, ..]) => return Err(not_in_rpp!("the command extension {} (no RPP mapping)", ext.element_name())),
    };
    let mut req = match &cmd.kind {
        CommandKind::Check(c) => match c {
            Check::Domain(c) => request(Action::Check, Collection::Domains, one(&c.names, "domain")?),
            Check::Host(c) => request(Action::Check, Collection::Hosts, one(&c.names, "host")?),
            Check::Contact(c) => request(Action::Check, Collection::Contacts, one(&c.ids, "contact")?),
            other => return Err(not_in_rpp!("<check> of {}", other.object_name())),
        },
        CommandKind::Info(i) => match i {
            Info::Domain(i) => {
                let mut r = request(Action::Info, Collection::Domains, &i.name);
                domain::info_query(&mut r, i);
                auth_header(&mut r, i.auth_info.as_ref())?;
                r
            }
            Info::Host(i) => request(Action::Info, Collection::Hosts, &i.name),
            Info::Contact(i) => {
                let mut r = request(Action::Info, Collection::Contacts, &i.id);
                auth_header(&mut r, i.auth_info.as_ref())?;
                r
            }
            other => return Err(not_in_rpp!("<info> of {}", other.object_name())),
        },
        CommandKind::Create(c) => {
            let (coll, body) = match c {
                Create::Domain(c) => {
                    let mut body = domain::create_body(c)?;
                    match secdns {
                        None => {}
                        Some(SecDns::Create(data)) => secdns::add_to(&mut body, data)?,
                        Some(other) => return Err(not_in_rpp!("secDNS:{} on a domain create", other.element())),
                    }
                    (Collection::Domains, Body::Domain(body))
                }
                Create::Host(c) => (Collection::Hosts, Body::Host(host::create_body(c))),
                Create::Contact(c) => (Collection::Contacts, Body::Contact(contact::create_body(c)?)),
                other => return Err(not_in_rpp!("<create> of {}", other.object_name())),
            };
            let mut r = Request::new(&Operation::new(Action::Create, coll, None));
            r.body = Some(body);
            r
        }
        CommandKind::Delete(d) => match d {
            Delete::Domain(d) => request(Action::Delete, Collection::Domains, &d.name),
            Delete::Host(d) => request(Action::Delete, Collection::Hosts, &d.name),
            Delete::Contact(d) => request(Action::Delete, Collection::Contacts, &d.id),
            other => return Err(not_in_rpp!("<delete> of {}", other.object_name())),
        },
        CommandKind::Renew(Renew::Domain(r)) => {
            let mut req = request(Action::Renew, Collection::Domains, &r.name);
            req.body = Some(Body::Renew(domain::renew_body(r)?));
            req
        }
        CommandKind::Renew(other) => return Err(not_in_rpp!("<renew> of {}", other.object_name())),
        CommandKind::Transfer(t) => transfer_request(t)?,
        CommandKind::Update(u) => {
            let (coll, id, ops) = match u {
                Update::Domain(u) => {
                    let mut ops = domain::update_ops(u)?;
                    match secdns {
                        None => {}
                        Some(SecDns::Update(s)) => ops.extend(secdns::update_ops(s)?),
                        Some(other) => return Err(not_in_rpp!("secDNS:{} on a domain update", other.element())),
                    }
                    if ops.is_empty() {
                        return Err(not_in_rpp!(
                            "a domain update that changes nothing (a JSON Patch has at least one operation)"
                        ));
                    }
                    (Collection::Domains, &u.name, ops)
                }
                Update::Host(u) => (Collection::Hosts, &u.name, host::update_ops(u)?),
                Update::Contact(u) => (Collection::Contacts, &u.id, contact::update_ops(u)?),
                other => return Err(not_in_rpp!("<update> of {}", other.object_name())),
            };
            let mut r = request(Action::Update, coll, id);
            r.body = Some(Body::Patch(ops));
            r
        }
        CommandKind::Login(_) => {
            return Err(not_in_rpp!("<login>: RPP authenticates each HTTP request (OAuth2 or Basic)"));
        }
        CommandKind::Logout => return Err(not_in_rpp!("<logout>: RPP has no session to end")),
        CommandKind::Poll(_) => {
            return Err(not_in_rpp!("<poll>: the message queue is not in the RPP drafts read here"));
        }
        _ => return Err(not_in_rpp!("this command")),
    };
    cl_trid_header(&mut req, cmd.cl_trid.as_deref());
    Ok(req)
}

/// A transfer command as its request.
fn transfer_request(t: &Transfer<'_>) -> Result<Request, EppError> {
    let (coll, id, auth, period) = match &t.object {
        TransferObject::Domain(d) => (Collection::Domains, &d.name, d.auth_info.as_ref(), domain::transfer_period(d)?),
        TransferObject::Contact(c) => (Collection::Contacts, &c.id, c.auth_info.as_ref(), None),
        other => return Err(not_in_rpp!("<transfer> of {}", other.object_name())),
    };
    let action = match t.op {
        TransferOp::Request => Action::TransferRequest,
        TransferOp::Query => Action::TransferQuery,
        TransferOp::Approve => Action::TransferApprove,
        TransferOp::Reject => Action::TransferReject,
        TransferOp::Cancel => Action::TransferCancel,
        _ => return Err(not_in_rpp!("<transfer op=\"{}\">", t.op.as_str())),
    };
    if period.is_some() && action != Action::TransferRequest {
        return Err(not_in_rpp!("a period on <transfer op=\"{}\">", t.op.as_str()));
    }
    let mut req = request(action, coll, id);
    req.body = match action {
        Action::TransferRequest => Some(Body::Transfer(TransferProcess {
            transfer_dir: Some(TransferDir::Pull),
            transfer_period: period,
            ..TransferProcess::default()
        })),
        Action::TransferApprove | Action::TransferReject => Some(Body::Transfer(TransferProcess::default())),
        _ => None,
    };
    auth_header(&mut req, auth)?;
    Ok(req)
}

/// The body of a transfer request back as its period, checking that it
/// says no more than EPP can.
fn transfer_body(req: &Request, action: Action) -> Result<Option<crate::Period>, EppError> {
    match (&req.body, action) {
        (None, _) => Ok(None),
        (Some(Body::Transfer(t)), _) => {
            let expected = TransferProcess {
                transfer_dir: (action == Action::TransferRequest).then_some(TransferDir::Pull),
                transfer_period: t.transfer_period,
                ..TransferProcess::default()
            };
            if *t != expected {
                return Err(not_in_epp!("members of this transferProcess other than a pull direction and a period"));
            }
            Ok(t.transfer_period)
        }
        _ => Err(not_in_epp!("a {action:?} body other than a transferProcess")),
    }
}

/// An RPP request as its EPP command.
pub(crate) fn to_command(req: &Request) -> Result<Command<'static>, EppError> {
    let op = req.operation()?;
    check_request_headers(req)?;
    let domain_info = op.action == Action::Info && op.collection == Collection::Domains;
    if !req.query.is_empty() && !domain_info {
        return Err(not_in_epp!("query parameters on {} {}", req.method, req.path));
    }
    let id: Cow<'static, str> = op.id.clone().unwrap_or_default().into();
    let auth = auth_of(req)?;
    let no_auth = |what: &str| match auth {
        Some(_) => Err(not_in_epp!("RPP-Authorization on a {what}")),
        None => Ok(()),
    };
    let c = op.collection;
    let mut extensions = Vec::new();
    let kind = match op.action {
        Action::Check => {
            no_auth("check")?;
            CommandKind::Check(match c {
                Collection::Domains => Check::Domain(DomainCheck { names: alloc::vec![id] }),
                Collection::Hosts => Check::Host(HostCheck { names: alloc::vec![id] }),
                Collection::Contacts => Check::Contact(ContactCheck { ids: alloc::vec![id] }),
            })
        }
        Action::Info => CommandKind::Info(match c {
            Collection::Domains => {
                Info::Domain(DomainInfo { name: id, hosts: domain::hosts_of(req)?, auth_info: auth })
            }
            Collection::Hosts => {
                no_auth("host info")?;
                Info::Host(HostInfo { name: id })
            }
            Collection::Contacts => Info::Contact(ContactInfo { id, auth_info: auth }),
        }),
        Action::Create => {
            no_auth("create")?;
            CommandKind::Create(match (&req.body, c) {
                (Some(Body::Domain(d)), _) => {
                    extensions.extend(secdns::data_of(d)?.map(|s| Extension::SecDns(SecDns::Create(s))));
                    Create::Domain(domain::create_of(d)?)
                }
                (Some(Body::Host(h)), _) => Create::Host(host::create_of(h)?),
                (Some(Body::Contact(k)), _) => Create::Contact(contact::create_of(k)?),
                _ => return Err(not_in_epp!("a create body of this kind")),
            })
        }
        Action::Delete => {
            no_auth("delete")?;
            CommandKind::Delete(match c {
                Collection::Domains => Delete::Domain(DomainDelete { name: id }),
                Collection::Hosts => Delete::Host(HostDelete { name: id }),
                Collection::Contacts => Delete::Contact(ContactDelete { id }),
            })
        }
        Action::Update => {
            no_auth("update")?;
            let Some(Body::Patch(ops)) = &req.body else { return Err(not_in_epp!("an update without a patch")) };
            let id = String::from(id);
            CommandKind::Update(match c {
                Collection::Domains => {
                    let (update, s) = domain::update_of(id, ops)?;
                    extensions.extend(s.map(|s| Extension::SecDns(SecDns::Update(s))));
                    Update::Domain(update)
                }
                Collection::Hosts => Update::Host(host::update_of(id, ops)?),
                Collection::Contacts => Update::Contact(contact::update_of(id, ops)?),
            })
        }
        Action::Renew => {
            no_auth("renew")?;
            let Some(Body::Renew(r)) = &req.body else { return Err(not_in_epp!("a renew without a renewProcess")) };
            CommandKind::Renew(Renew::Domain(domain::renew_of(id.into(), r)?))
        }
        action @ (Action::TransferRequest
        | Action::TransferQuery
        | Action::TransferApprove
        | Action::TransferReject
        | Action::TransferCancel) => {
            let period = transfer_body(req, action)?;
            let op = match action {
                Action::TransferRequest => TransferOp::Request,
                Action::TransferQuery => TransferOp::Query,
                Action::TransferApprove => TransferOp::Approve,
                Action::TransferReject => TransferOp::Reject,
                _ => TransferOp::Cancel,
            };
            let object = match c {
                Collection::Domains => TransferObject::Domain(DomainTransfer {
                    name: id,
                    period: period.as_ref().map(period_to_epp),
                    auth_info: auth,
                }),
                Collection::Contacts if period.is_none() => {
                    TransferObject::Contact(ContactInfo { id, auth_info: auth })
                }
                Collection::Contacts => return Err(not_in_epp!("a period on a contact transfer")),
                Collection::Hosts => return Err(not_in_epp!("a host transfer (RFC 5732 has none)")),
            };
            CommandKind::Transfer(Transfer { op, object })
        }
        Action::Replace => return Err(not_in_epp!("a full replace (PUT): EPP updates by add/rem/chg")),
        Action::RestoreRequest | Action::RestoreReport => {
            no_auth("restore")?;
            let (update, restore) = rgp::restore_of(op.action, c, id.into(), req.body.as_ref())?;
            extensions.push(Extension::Rgp(Rgp::Update(restore)));
            CommandKind::Update(Update::Domain(update))
        }
        Action::RestoreQuery => return Err(not_in_epp!("a restore query (RGP has none; an info shows rgpStatus)")),
    };
    let mut cmd = Command::new(kind);
    cmd.extensions = extensions;
    cmd.cl_trid = req.headers.get(header::CLTRID).cloned().map(Cow::Owned);
    Ok(cmd)
}
