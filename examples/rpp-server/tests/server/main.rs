//! The server over real HTTP on loopback: each test starts it on
//! 127.0.0.1:0 with a temporary SQLite file and drives it with a hyper
//! client, requests and responses converted by rpp-model.

mod binary;
mod concurrency;
mod epp;
mod harness;
mod life_cycle;
mod limits;
mod restart;
