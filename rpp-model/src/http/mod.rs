//! RPP over HTTP (core draft; architecture s.5.1.4-5.1.8): every
//! operation as a method, a path and a status ([`Operation`]), typed
//! requests and responses ([`Request`], [`Response`]) with their headers,
//! and the JSON envelope the CLI prints ([`Message`]). No client or server
//! is chosen; with the `http` feature they convert to and from the `http`
//! crate's types.
//!
//! | action | method | path | success |
//! |---|---|---|---|
//! | check | GET | `/{c}/{id}/availability` | 200 |
//! | create | POST | `/{c}` | 201 |
//! | info | GET | `/{c}/{id}` | 200 |
//! | replace | PUT | `/{c}/{id}` | 200 |
//! | update (JSON Patch) | PATCH | `/{c}/{id}` | 200 |
//! | delete | DELETE | `/{c}/{id}` | 200 |
//! | renew | POST | `/domains/{id}/processes/renewals` | 200 |
//! | transfer request | POST | `/{c}/{id}/processes/transfers` | 202 |
//! | transfer query | GET | `/{c}/{id}/processes/transfers/latest` | 200 |
//! | transfer approve / reject | POST | `.../transfers/latest/approval`, `.../rejection` | 200 |
//! | transfer cancel | DELETE | `/{c}/{id}/processes/transfers/latest` | 200 |
//! | restore request / report / query | POST / POST / GET | `/{c}/{id}/processes/restores`, `.../latest/report`, `.../latest` | 200 |
//!
//! `{c}` is `domains`, `contacts` or `hosts`. Errors travel as problem
//! details ([`ProblemDetail`](crate::ProblemDetail)) with the status of
//! [`status_of_code`]; the EPP-equivalent result code is in `RPP-Code`.

mod authorization;
mod error;
#[cfg(feature = "http")]
mod http_types;
mod message;
mod operation;
mod path;
mod status;

pub use authorization::Authorization;
pub use error::HttpError;
pub use message::{Body, Message, Request, Response, header};
pub use operation::{Action, BodyKind, Collection, Method, Operation};
pub use status::status_of_code;
