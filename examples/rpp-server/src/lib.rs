//! An example RPP server: the RESTful Provisioning Protocol over HTTP
//! (axum), answering from a registry of domains, contacts and hosts kept
//! in SQLite (an embedded file database, created on first start, or
//! `:memory:`).
//!
//! # Layers
//! | module | holds |
//! |---|---|
//! | `http` | the axum router: bounded bodies, rpp-model's conversion of requests and responses |
//! | `registry` | what the registry decides: the client of a request, who may act on which object, updates (JSON Patch through rpp-model's `apply_patch`, or PUT), transfers; faults as EPP result codes and problem details |
//! | `store` | the SQLite schema and rows: UNIQUE names, foreign keys for links |
//!
//! Which operation a request is (method, path, body kind), the status of
//! an outcome and every JSON body are rpp-model's; this crate adds the
//! registry behind them.
//!
//! ```
//! use rpp_model::http::{Action, Body, Collection, Operation, Request};
//! use rpp_server::{CLIENT_ID, Registry, Store};
//! let registry = Registry::new(Store::open(":memory:")?);
//! let mut create = Request::new(&Operation::new(Action::Create, Collection::Contacts, None));
//! create.headers.insert(CLIENT_ID.into(), "ClientX".into());
//! create.set_body(br#"{"@type":"contact","id":"sh8013",
//!   "contactInfo":{"@type":"Card","version":"2.0","name":{"full":"John Doe"}}}"#, &Default::default())?;
//! assert_eq!(registry.handle(&create).status, 201);
//! let mut info = Request::new(&Operation::new(Action::Info, Collection::Contacts, Some("sh8013".into())));
//! info.headers.insert(CLIENT_ID.into(), "ClientY".into());
//! let Some(Body::Contact(c)) = registry.handle(&info).body else { panic!("a contact") };
//! assert_eq!(c.prov_metadata.map(|m| m.sp_client_id).as_deref(), Some("ClientX"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod http;
mod registry;
mod store;

pub use http::{router, serve};
pub use registry::{CLIENT_ID, Fault, PROBLEM_TYPE, Registry};
pub use store::Store;
