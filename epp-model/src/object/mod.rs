//! The object mappings: one file per mapping.

pub mod balance;
pub mod contact;
pub mod domain;
pub mod host;
