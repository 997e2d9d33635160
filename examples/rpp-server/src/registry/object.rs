//! The objects of each collection as the registry keeps them: the
//! client-set members (stored as JSON), checked on every create and
//! update, and the read form with the server-set members added.

use rpp_model::http::{Body, Collection};
use rpp_model::tag::ProvMetadataTag;
use rpp_model::{Contact, DomainName, Host, ProvMetadata, Status};
use serde_json::Value;

use super::clock;
use super::fault::Fault;
use super::names;
use crate::store::ObjectRow;

/// A domain, contact or host.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Object {
    Domain(DomainName),
    Contact(Contact),
    Host(Host),
}

/// The singular noun of a collection's objects, for messages.
pub(crate) fn noun(c: Collection) -> &'static str {
    match c {
        Collection::Domains => "domain",
        Collection::Contacts => "contact",
        Collection::Hosts => "host",
    }
}

/// The top-level members no patch may touch, per collection: read-only
/// members and the create-only name (a host may be renamed, RFC 5732
/// s.3.2.5).
pub(crate) fn fixed_members(c: Collection) -> &'static [&'static str] {
    match c {
        Collection::Domains => &["@type", "name", "provMetadata", "expiryDate", "subordinateHosts", "processes"],
        Collection::Contacts => &["@type", "id", "provMetadata", "processes"],
        Collection::Hosts => &["@type", "provMetadata", "processes"],
    }
}

impl Object {
    /// The object of a create body (the operation was checked against
    /// the collection by rpp-model).
    pub(crate) fn of_body(body: &Body) -> Result<Self, Fault> {
        match body {
            Body::Domain(d) => Ok(Object::Domain(d.clone())),
            Body::Contact(c) => Ok(Object::Contact(c.clone())),
            Body::Host(h) => Ok(Object::Host(h.clone())),
            _ => Err(Fault::new(2005, "the body is not an object of the collection").at("$")),
        }
    }

    /// The object of its stored JSON.
    pub(crate) fn of_json(c: Collection, value: Value, prefix: &str) -> Result<Self, Fault> {
        let bad = |e: rpp_model::json::JsonError| Fault::new(2005, e.to_string()).at(e.path());
        Ok(match c {
            Collection::Domains => Object::Domain(rpp_model::json::from_value(value, prefix).map_err(bad)?),
            Collection::Contacts => Object::Contact(rpp_model::json::from_value(value, prefix).map_err(bad)?),
            Collection::Hosts => Object::Host(rpp_model::json::from_value(value, prefix).map_err(bad)?),
        })
    }

    /// The stored JSON with every array member present (empty when
    /// unset), so that a patch can add to it.
    pub(crate) fn to_patchable(&self) -> Value {
        let mut v = self.to_json();
        let arrays: &[&str] = match self {
            Object::Domain(_) => &["status", "contacts", "nameservers"],
            Object::Contact(_) | Object::Host(_) => &["status"],
        };
        if let Value::Object(map) = &mut v {
            for a in arrays {
                map.entry(*a).or_insert_with(|| Value::Array(Vec::new()));
            }
            if matches!(self, Object::Domain(_) | Object::Host(_)) {
                let dns = map.entry("dns").or_insert_with(|| serde_json::json!({"@type": "dnsData"}));
                if let Value::Object(dns) = dns {
                    dns.entry("records").or_insert_with(|| Value::Array(Vec::new()));
                }
            }
        }
        v
    }

    /// The object as JSON.
    pub(crate) fn to_json(&self) -> Value {
        let bytes = match self {
            Object::Domain(d) => rpp_model::json::to_vec(d),
            Object::Contact(c) => rpp_model::json::to_vec(c),
            Object::Host(h) => rpp_model::json::to_vec(h),
        };
        serde_json::from_slice(&bytes).unwrap_or(Value::Null)
    }

    /// Checks the client-set members and keeps only them: the name or id
    /// in its canonical form, statuses the client may set (`client*`),
    /// references in their canonical form, no empty DNS data. Returns the
    /// id and the objects the object links to (a domain's contacts and
    /// name servers), with the JSON path of each reference.
    pub(crate) fn check(&mut self) -> Result<(String, Vec<Link>), Fault> {
        let mut links = Vec::new();
        let id = match self {
            Object::Domain(d) => {
                let name = d.name.as_deref().ok_or_else(|| Fault::new(2003, "a domain needs its name").at("$.name"))?;
                let name = names::host_name(name, "$.name")?;
                d.name = Some(name.clone());
                (d.prov_metadata, d.expiry_date, d.processes) = (None, None, None);
                d.subordinate_hosts.clear();
                check_statuses(&d.status)?;
                if let Some(r) = &mut d.registrant {
                    r.id = names::contact_id(&r.id, "$.registrant.id")?;
                    links.push(Link {
                        collection: Collection::Contacts,
                        id: r.id.clone(),
                        path: "$.registrant".into(),
                    });
                }
                for (i, c) in d.contacts.iter_mut().enumerate() {
                    if !matches!(c.label.as_str(), "admin" | "tech" | "billing") {
                        return Err(Fault::new(2005, "a contact's label is admin, tech or billing")
                            .at(format!("$.contacts[{i}].label")));
                    }
                    let path = format!("$.contacts[{i}].object");
                    c.object.id = names::contact_id(&c.object.id, &format!("{path}.id"))?;
                    links.push(Link { collection: Collection::Contacts, id: c.object.id.clone(), path });
                }
                for (i, ns) in d.nameservers.iter_mut().enumerate() {
                    if *ns != Host::reference(ns.host_name.clone()) {
                        return Err(Fault::new(2306, "a name server is a host reference (glue goes in dns.records)")
                            .at(format!("$.nameservers[{i}]")));
                    }
                    let path = format!("$.nameservers[{i}]");
                    ns.host_name = names::host_name(&ns.host_name, &format!("{path}.hostName"))?;
                    links.push(Link { collection: Collection::Hosts, id: ns.host_name.clone(), path });
                }
                if d.dns.as_ref().is_some_and(|dns| dns.records.is_empty() && dns.controls.is_none()) {
                    d.dns = None;
                }
                name
            }
            Object::Contact(c) => {
                let id = c.id.as_deref().ok_or_else(|| Fault::new(2003, "a contact needs its id").at("$.id"))?;
                let id = names::contact_id(id, "$.id")?;
                c.id = Some(id.clone());
                c.prov_metadata = None;
                check_statuses(&c.status)?;
                if c.contact_info.is_none() {
                    return Err(Fault::new(2003, "a contact needs its contactInfo card").at("$.contactInfo"));
                }
                id
            }
            Object::Host(h) => {
                h.host_name = names::host_name(&h.host_name, "$.hostName")?;
                (h.prov_metadata, h.processes) = (None, None);
                check_statuses(&h.status)?;
                if h.dns.as_ref().is_some_and(|dns| dns.records.is_empty() && dns.controls.is_none()) {
                    h.dns = None;
                }
                h.host_name.clone()
            }
        };
        Ok((id, links))
    }

    /// Drops the statuses the server sets on reads (`ok`, `linked`,
    /// `pendingTransfer`), as a read form sent back carries them.
    pub(crate) fn drop_server_statuses(&mut self) {
        let statuses = match self {
            Object::Domain(d) => &mut d.status,
            Object::Contact(c) => &mut c.status,
            Object::Host(h) => &mut h.status,
        };
        statuses.retain(|s| !matches!(s.label.as_str(), "ok" | "linked" | "pendingTransfer"));
    }

    /// Whether the client set a status with this label.
    pub(crate) fn has_status(&self, label: &str) -> bool {
        let statuses = match self {
            Object::Domain(d) => &d.status,
            Object::Contact(c) => &c.status,
            Object::Host(h) => &h.status,
        };
        statuses.iter().any(|s| s.label == label)
    }

    /// The read form: the stored members, the provisioning metadata, the
    /// server's statuses, a domain's expiry and subordinate hosts;
    /// authorization information only for the sponsor.
    pub(crate) fn into_read_form(self, row: &ObjectRow, view: &ReadContext) -> Result<Body, Fault> {
        let meta = ProvMetadata {
            tag: ProvMetadataTag,
            repository_id: Some(format!("{}{}-RPP", self.roid_prefix(), row.oid)),
            sp_client_id: row.sponsor.clone(),
            cr_client_id: Some(row.created_by.clone()),
            cr_date: Some(clock::timestamp(row.created_at)?),
            up_client_id: row.updated_by.clone(),
            up_date: row.updated_at.map(clock::timestamp).transpose()?,
            tr_date: row.transferred_at.map(clock::timestamp).transpose()?,
        };
        let mine = view.viewer == row.sponsor;
        let statuses = |mut s: Vec<Status>| {
            if view.pending_transfer {
                s.push(Status::new("pendingTransfer"));
            }
            if s.is_empty() {
                s.push(Status::new("ok"));
            }
            if view.linked {
                s.push(Status::new("linked"));
            }
            s
        };
        Ok(match self {
            Object::Domain(mut d) => {
                d.prov_metadata = Some(meta);
                d.status = statuses(d.status);
                d.expiry_date = row.expires_at.map(clock::timestamp).transpose()?;
                d.subordinate_hosts = view.subordinates.iter().map(Host::reference).collect();
                if !mine {
                    d.auth_info = None;
                }
                Body::Domain(d)
            }
            Object::Contact(mut c) => {
                c.prov_metadata = Some(meta);
                c.status = statuses(c.status);
                if !mine {
                    c.auth_info = None;
                }
                Body::Contact(c)
            }
            Object::Host(mut h) => {
                h.prov_metadata = Some(meta);
                h.status = statuses(h.status);
                Body::Host(h)
            }
        })
    }

    /// The letter before the row id in the repository id.
    fn roid_prefix(&self) -> char {
        match self {
            Object::Domain(_) => 'D',
            Object::Contact(_) => 'C',
            Object::Host(_) => 'H',
        }
    }

    /// The stored object's authorization password, if it has one.
    pub(crate) fn password(&self) -> Option<&str> {
        let auth = match self {
            Object::Domain(d) => d.auth_info.as_ref(),
            Object::Contact(c) => c.auth_info.as_ref(),
            Object::Host(_) => None,
        };
        auth.filter(|a| a.method == "authinfo").and_then(|a| a.authdata.as_deref())
    }
}

/// A reference from a domain to a contact or host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Link {
    /// The collection of the object referred to.
    pub collection: Collection,
    /// Its id.
    pub id: String,
    /// The JSON path of the reference in the domain.
    pub path: String,
}

/// What the read form needs beyond the row.
#[derive(Debug, Default)]
pub(crate) struct ReadContext {
    /// The client reading.
    pub viewer: String,
    /// A transfer is pending.
    pub pending_transfer: bool,
    /// A domain links to the object.
    pub linked: bool,
    /// A domain's subordinate hosts.
    pub subordinates: Vec<String>,
}

/// Refuses statuses a client may not set (RFC 5731 s.2.3: only the
/// `client*` ones), and a status set twice.
fn check_statuses(statuses: &[Status]) -> Result<(), Fault> {
    for (i, s) in statuses.iter().enumerate() {
        if statuses.get(..i).is_some_and(|before| before.iter().any(|b| b.label == s.label)) {
            return Err(Fault::new(2306, format!("status {:?} is set twice", s.label)).at(format!("$.status[{i}]")));
        }
        let name = s.label.strip_prefix("client").unwrap_or_default();
        if !name.starts_with(|c: char| c.is_ascii_uppercase()) || !name.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(Fault::new(2306, format!("status {:?} is not one a client sets", s.label))
                .at(format!("$.status[{i}].label")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clients_set_only_client_statuses() {
        assert!(check_statuses(&[Status::new("clientHold"), Status::new("clientTransferProhibited")]).is_ok());
        for bad in ["ok", "serverHold", "client", "clienthold", "linked", "pendingTransfer", "clientHold"] {
            let e = check_statuses(&[Status::new("clientHold"), Status::new(bad)]).expect_err(bad);
            assert!(e.path.as_deref().is_some_and(|p| p.starts_with("$.status[1]")), "{e}");
        }
    }

    #[test]
    fn check_keeps_client_members_in_canonical_form() -> Result<(), Fault> {
        let body: DomainName = rpp_model::json::from_slice(
            br#"{"@type":"domainName","name":"Example.EXAMPLE","registrant":{"@type":"contact","id":"jd1234"},
            "nameservers":[{"@type":"host","hostName":"NS1.example.net"}],"expiryDate":"2000-01-01",
            "dns":{"@type":"dnsData"}}"#,
        )
        .map_err(|e| Fault::new(2005, e.to_string()))?;
        let mut o = Object::Domain(body);
        let (id, links) = o.check()?;
        assert_eq!(id, "example.example");
        let links: Vec<_> = links.into_iter().map(|l| (l.collection, l.id, l.path)).collect();
        assert_eq!(
            links,
            [
                (Collection::Contacts, "jd1234".into(), "$.registrant".into()),
                (Collection::Hosts, "ns1.example.net".into(), "$.nameservers[0]".into())
            ]
        );
        assert_eq!(
            o.to_json(),
            serde_json::json!({"@type":"domainName","name":"example.example","registrant":{"@type":"contact","id":"jd1234"},
                "nameservers":[{"@type":"host","hostName":"ns1.example.net"}]})
        );
        Ok(())
    }
}
