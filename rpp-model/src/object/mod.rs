//! The data objects (draft-ietf-rpp-json-00 s.6; the data-objects draft's
//! model in JSON): one file per object, with their components.

pub(crate) mod common;
pub(crate) mod contact;
pub(crate) mod domain;
pub(crate) mod host;
pub(crate) mod organisation;
pub(crate) mod patch;
pub(crate) mod primitive;
pub(crate) mod problem;
pub(crate) mod process;
pub mod tag;
