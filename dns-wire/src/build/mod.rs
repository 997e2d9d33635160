//! Writing messages into a caller's buffer: [`MessageBuilder`].

mod message;

pub use message::{MessageBuilder, OptParams};
