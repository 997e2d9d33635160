//! Whole zones held in a [`ZoneStore`](dns_wire::owned::ZoneStore).

pub mod verify;
