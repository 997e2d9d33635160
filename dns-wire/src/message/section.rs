//! The four sections of a message.

use core::fmt;

/// A section of a DNS message (RFC 1035 section 4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// The question section.
    Question = 0,
    /// The answer section.
    Answer = 1,
    /// The authority section.
    Authority = 2,
    /// The additional section.
    Additional = 3,
}

impl Section {
    /// All four, in message order.
    pub const ALL: [Section; 4] = [Section::Question, Section::Answer, Section::Authority, Section::Additional];

    /// The lowercase name, as dig prints it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Section::Question => "question",
            Section::Answer => "answer",
            Section::Authority => "authority",
            Section::Additional => "additional",
        }
    }
}

impl fmt::Display for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
