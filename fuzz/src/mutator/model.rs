//! A DNS message as the mutator sees it: lists it can change freely, and a
//! writer that turns them back into octets (valid or deliberately not).

use dns_wire::message::Section;
use dns_wire::owned::RecordBuf;
use dns_wire::{Message, Name};

use super::Rng;

/// Record types the type mutation picks from, besides random ones: the
/// common ones, those with names in their RDATA, OPT, DNSSEC, SVCB/HTTPS,
/// DSYNC and the provisional DELEG codes.
const TYPES: [u16; 24] =
    [1, 2, 5, 6, 12, 15, 16, 28, 33, 35, 39, 41, 43, 46, 47, 48, 50, 64, 65, 66, 250, 255, 61440, 65280];

/// The longest RDATA written.
const MAX_RDATA: usize = 65_535;

/// A name as labels, with the faults the writer can put in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MsgName {
    /// The labels, leftmost first, without the root.
    pub labels: Vec<Vec<u8>>,
    /// Ends the name with a pointer to this offset instead of the root.
    pub pointer: Option<u16>,
    /// Writes this octet instead of the length of the label at this index.
    pub bad_len: Option<(usize, u8)>,
}

impl MsgName {
    fn from_name(name: &Name<'_>) -> Self {
        MsgName { labels: name.labels().map(<[u8]>::to_vec).collect(), pointer: None, bad_len: None }
    }
}

/// A question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// QNAME.
    pub name: MsgName,
    /// QTYPE.
    pub qtype: u16,
    /// QCLASS.
    pub qclass: u16,
}

/// A resource record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rr {
    /// 0 answer, 1 authority, 2 additional.
    pub section: u8,
    /// The owner.
    pub name: MsgName,
    /// TYPE.
    pub rtype: u16,
    /// CLASS.
    pub class: u16,
    /// TTL.
    pub ttl: u32,
    /// RDATA, names uncompressed where the parser could read them.
    pub rdata: Vec<u8>,
    /// Writes this RDLENGTH instead of the RDATA's length.
    pub rdlength: Option<u16>,
}

/// A message: header, questions and records, and the faults to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    /// The 12 header octets (the counts in it are replaced when written).
    pub header: [u8; 12],
    /// The questions.
    pub questions: Vec<Question>,
    /// The records, in order (written grouped by section).
    pub records: Vec<Rr>,
    /// QDCOUNT, ANCOUNT, NSCOUNT, ARCOUNT to write instead of the real ones.
    pub counts: [Option<u16>; 4],
    /// Whether owner names and QNAMEs are compressed.
    pub compress: bool,
    /// Octets written after the last record.
    pub trailing: Vec<u8>,
}

impl Model {
    /// Reads a message dns-wire accepts, or `None`.
    ///
    /// ```
    /// use protokit_fuzz::mutator::Model;
    /// let wire = b"\x12\x34\x01\x00\0\x01\0\0\0\0\0\0\x07example\x03com\0\0\x01\0\x01";
    /// let m = Model::read(wire).unwrap();
    /// assert_eq!(m.questions[0].name.labels.len(), 2);
    /// assert_eq!(m.write(), wire);
    /// ```
    pub fn read(wire: &[u8]) -> Option<Model> {
        let msg = Message::parse(wire).ok()?;
        let header = *wire.first_chunk::<12>()?;
        let questions = msg
            .questions()
            .map(|q| Question {
                name: MsgName::from_name(&q.qname),
                qtype: q.qtype.to_int(),
                qclass: q.qclass.to_int(),
            })
            .collect();
        let records = msg
            .records()
            .map(|(section, rr)| {
                let rdata = match RecordBuf::from_record(&rr) {
                    Ok(buf) if rr.rtype().decompresses_rdata() => buf.rdata.as_wire().to_vec(),
                    _ => rr.rdata().to_vec(),
                };
                let section = match section {
                    Section::Question | Section::Answer => 0,
                    Section::Authority => 1,
                    Section::Additional => 2,
                };
                Rr {
                    section,
                    name: MsgName::from_name(&rr.owner()),
                    rtype: rr.rtype().to_int(),
                    class: rr.class().to_int(),
                    ttl: rr.ttl(),
                    rdata,
                    rdlength: None,
                }
            })
            .collect();
        Some(Model { header, questions, records, counts: [None; 4], compress: true, trailing: Vec::new() })
    }

    /// Writes the message, names compressed (if [`Model::compress`]) and
    /// with the faults the model holds.
    pub fn write(&self) -> Vec<u8> {
        let mut out = self.header.to_vec();
        let mut table = Vec::new();
        let mut counts = [0u16; 4];
        for q in &self.questions {
            counts[0] = counts[0].wrapping_add(1);
            self.write_name(&mut out, &q.name, &mut table);
            out.extend_from_slice(&q.qtype.to_be_bytes());
            out.extend_from_slice(&q.qclass.to_be_bytes());
        }
        for section in 0..3u8 {
            for rr in self.records.iter().filter(|rr| rr.section == section) {
                let i = usize::from(section) + 1;
                counts[i] = counts[i].wrapping_add(1);
                self.write_name(&mut out, &rr.name, &mut table);
                out.extend_from_slice(&rr.rtype.to_be_bytes());
                out.extend_from_slice(&rr.class.to_be_bytes());
                out.extend_from_slice(&rr.ttl.to_be_bytes());
                let rdata = rr.rdata.get(..MAX_RDATA).unwrap_or(&rr.rdata);
                let len = rr.rdlength.unwrap_or(u16::try_from(rdata.len()).unwrap_or(u16::MAX));
                out.extend_from_slice(&len.to_be_bytes());
                out.extend_from_slice(rdata);
            }
        }
        out.extend_from_slice(&self.trailing);
        for (i, count) in counts.iter().enumerate() {
            let n = self.counts[i].unwrap_or(*count).to_be_bytes();
            if let Some(dst) = out.get_mut(4 + 2 * i..6 + 2 * i) {
                dst.copy_from_slice(&n);
            }
        }
        out
    }

    /// Writes `name`, reusing an earlier suffix through a pointer.
    fn write_name(&self, out: &mut Vec<u8>, name: &MsgName, table: &mut Vec<(Vec<Vec<u8>>, u16)>) {
        for i in 0..name.labels.len() {
            let suffix = name.labels.get(i..).unwrap_or_default();
            if self.compress && name.pointer.is_none() {
                let found = table.iter().find(|(s, _)| {
                    s.len() == suffix.len() && s.iter().zip(suffix).all(|(a, b)| a.eq_ignore_ascii_case(b))
                });
                if let Some((_, at)) = found {
                    out.extend_from_slice(&(0xC000 | at).to_be_bytes());
                    return;
                }
            }
            if let Ok(at) = u16::try_from(out.len())
                && at < 0x4000
                && table.len() < 512
            {
                table.push((suffix.to_vec(), at));
            }
            let label = name.labels.get(i).map_or(&[][..], Vec::as_slice);
            let len = match name.bad_len {
                Some((j, b)) if j == i => b,
                _ => u8::try_from(label.len()).unwrap_or(u8::MAX),
            };
            out.push(len);
            out.extend_from_slice(label);
        }
        match name.pointer {
            Some(p) => out.extend_from_slice(&(0xC000 | (p & 0x3FFF)).to_be_bytes()),
            None => out.push(0),
        }
    }

    /// Makes one random change.
    pub fn mutate(&mut self, rng: &mut Rng) {
        match rng.below(16) {
            0 => self.header[rng.below(2)] = rng.u8(),
            1 => {
                let i = 2 + rng.below(2);
                self.header[i] ^= 1 << rng.below(8);
            }
            2 => {
                // Opcode (bits 11-14) or RCODE (bits 0-3).
                if rng.below(2) == 0 {
                    self.header[2] = (self.header[2] & 0x87) | (rng.u8() & 0x78);
                } else {
                    self.header[3] = (self.header[3] & 0xF0) | (rng.u8() & 0x0F);
                }
            }
            3 => self.mutate_count(rng),
            4..=6 => {
                // Another name of the message, to copy or take labels from.
                let count = self.questions.len() + self.records.len();
                let other = self.names().nth(rng.below(count)).cloned().unwrap_or_default();
                if let Some(name) = self.pick_name(rng) {
                    mutate_name(name, &other, rng);
                }
            }
            7 => {
                if let Some(name) = self.pick_name(rng) {
                    let i = rng.below(name.labels.len() + 1);
                    let len = name.labels.get(i).map_or(0, Vec::len);
                    let b = match rng.below(4) {
                        0 => 0x40 | rng.u8() & 0x3F,
                        1 => 0x80 | rng.u8() & 0x3F,
                        2 => u8::try_from(len + 1).unwrap_or(0),
                        _ => rng.u8(),
                    };
                    name.bad_len = Some((i, b));
                }
            }
            8 => self.mutate_pointer(rng),
            9 => {
                if let Some(rr) = self.pick_rr(rng) {
                    let len = rr.rdata.len();
                    let l = u16::try_from(len).unwrap_or(u16::MAX);
                    rr.rdlength = Some(match rng.below(4) {
                        0 => l.wrapping_add(1),
                        1 => l.wrapping_sub(1),
                        2 => rng.u16(),
                        _ => l.wrapping_add(u16::try_from(rng.below(300)).unwrap_or(0)),
                    });
                }
            }
            10 => {
                let t = if rng.below(4) == 0 { rng.u16() } else { TYPES[rng.below(TYPES.len())] };
                if rng.below(4) == 0 {
                    let i = rng.below(self.questions.len());
                    if let Some(q) = self.questions.get_mut(i) {
                        q.qtype = t;
                    }
                } else if let Some(rr) = self.pick_rr(rng) {
                    rr.rtype = t;
                }
            }
            11 => {
                let c = [1, 3, 4, 254, 255, 512, 1232, 4096][rng.below(8)];
                let c = if rng.below(3) == 0 { rng.u16() } else { c };
                if let Some(rr) = self.pick_rr(rng) {
                    rr.class = c;
                } else if let Some(q) = self.questions.first_mut() {
                    q.qclass = c;
                }
            }
            12 => {
                if let Some(rr) = self.pick_rr(rng) {
                    rr.ttl = [0, 1, 0x7FFF_FFFF, 0x8000_0000, u32::MAX][rng.below(5)] ^ u32::from(rng.u16());
                }
            }
            13 => {
                if let Some(rr) = self.pick_rr(rng) {
                    mutate_octets(&mut rr.rdata, rng);
                }
            }
            14 => self.mutate_lists(rng),
            _ => match rng.below(3) {
                0 => self.compress = !self.compress,
                1 => self.trailing.push(rng.u8()),
                _ => self.records.push(Rr {
                    section: 2,
                    name: MsgName::default(),
                    rtype: 41,
                    class: [512, 1232, 4096, 0][rng.below(4)],
                    ttl: u32::from(rng.u16()) << 16,
                    rdata: Vec::new(),
                    rdlength: None,
                }),
            },
        }
    }

    fn mutate_count(&mut self, rng: &mut Rng) {
        let i = rng.below(4);
        let actual = match i {
            0 => self.questions.len(),
            s => self.records.iter().filter(|rr| usize::from(rr.section) + 1 == s).count(),
        };
        let actual = u16::try_from(actual).unwrap_or(u16::MAX);
        self.counts[i] = Some(match rng.below(3) {
            0 => actual.wrapping_add(1),
            1 => actual.wrapping_sub(1),
            _ => rng.u16(),
        });
    }

    fn mutate_pointer(&mut self, rng: &mut Rng) {
        let wire = self.write();
        let len = wire.len();
        let offsets = name_offsets(&wire);
        if let Some(name) = self.pick_name(rng) {
            let to = match rng.below(4) {
                0 => offsets.get(rng.below(offsets.len())).copied().unwrap_or(12),
                1 => u16::try_from(len).unwrap_or(u16::MAX),
                2 => u16::try_from(rng.below(len.max(1))).unwrap_or(0),
                _ => rng.u16() & 0x3FFF,
            };
            if rng.below(4) == 0 && !name.labels.is_empty() {
                name.labels.remove(0);
            }
            name.pointer = Some(to);
        }
    }

    fn mutate_lists(&mut self, rng: &mut Rng) {
        let n = self.records.len();
        match rng.below(6) {
            0 if n > 0 => {
                let rr = self.records[rng.below(n)].clone();
                self.records.insert(rng.below(n + 1), rr);
            }
            1 if n > 0 => {
                self.records.remove(rng.below(n));
            }
            2 if n > 1 => self.records.swap(rng.below(n), rng.below(n)),
            3 => {
                if let Some(rr) = self.pick_rr(rng) {
                    rr.section = u8::try_from(rng.below(3)).unwrap_or(0);
                }
            }
            4 if !self.questions.is_empty() => {
                let q = self.questions[rng.below(self.questions.len())].clone();
                self.questions.push(q);
            }
            _ => {
                if !self.questions.is_empty() {
                    self.questions.remove(rng.below(self.questions.len()));
                }
            }
        }
    }

    fn names(&self) -> impl Iterator<Item = &MsgName> {
        self.questions.iter().map(|q| &q.name).chain(self.records.iter().map(|rr| &rr.name))
    }

    fn pick_name(&mut self, rng: &mut Rng) -> Option<&mut MsgName> {
        let n = self.questions.len() + self.records.len();
        let i = rng.below(n);
        let q = self.questions.len();
        if i < q {
            self.questions.get_mut(i).map(|q| &mut q.name)
        } else {
            self.records.get_mut(i - q).map(|rr| &mut rr.name)
        }
    }

    fn pick_rr(&mut self, rng: &mut Rng) -> Option<&mut Rr> {
        let n = self.records.len();
        self.records.get_mut(rng.below(n))
    }
}

/// The offsets at which names start in a written message (the question
/// names and owners, found by reading it again), for pointers that land.
fn name_offsets(wire: &[u8]) -> Vec<u16> {
    let Ok(msg) = Message::parse(wire) else { return vec![12] };
    let mut v = vec![12];
    v.extend(msg.records().filter_map(|(_, rr)| {
        let owner_len = rr.owner().as_flat().map_or(2, <[u8]>::len);
        u16::try_from(rr.rdata_offset().checked_sub(10 + owner_len)?).ok()
    }));
    v
}

fn mutate_name(name: &mut MsgName, other: &MsgName, rng: &mut Rng) {
    let n = name.labels.len();
    match rng.below(7) {
        0 => *name = other.clone(),
        1 => {
            let label = match rng.below(3) {
                0 => other.labels.get(rng.below(other.labels.len())).cloned().unwrap_or_else(|| b"a".to_vec()),
                1 => vec![b'a'; 63],
                _ => (0..1 + rng.below(12)).map(|_| rng.u8()).collect(),
            };
            name.labels.insert(rng.below(n + 1), label);
        }
        2 if n > 0 => {
            name.labels.remove(rng.below(n));
        }
        3 if n > 0 => {
            let label = &mut name.labels[rng.below(n)];
            let i = rng.below(label.len());
            if let Some(b) = label.get_mut(i) {
                *b ^= 0x20;
            }
        }
        4 if n > 0 => {
            let label = &mut name.labels[rng.below(n)];
            let special = [b'.', b'\\', b'"', b'(', b';', b' ', 0, 0xFF, b'*', b'@', b'$'];
            let b = if rng.below(2) == 0 { special[rng.below(special.len())] } else { rng.u8() };
            let i = rng.below(label.len());
            if let Some(x) = label.get_mut(i) {
                *x = b;
            }
        }
        5 => {
            // Near or over the 255-octet limit.
            let target = 250 + rng.below(10);
            let mut len = 1 + name.labels.iter().map(|l| l.len() + 1).sum::<usize>();
            while len < target {
                let take = (target - len).min(63 + 1);
                name.labels.insert(0, vec![b'x'; take.saturating_sub(1).max(1)]);
                len += take.max(2);
            }
        }
        _ => {
            name.labels.clear();
            name.pointer = None;
            name.bad_len = None;
        }
    }
}

fn mutate_octets(v: &mut Vec<u8>, rng: &mut Rng) {
    let n = v.len();
    match rng.below(5) {
        0 if n > 0 => v[rng.below(n)] = rng.u8(),
        1 => v.insert(rng.below(n + 1), rng.u8()),
        2 if n > 0 => {
            v.remove(rng.below(n));
        }
        3 => v.truncate(rng.below(n + 1)),
        _ => {
            let i = rng.below(n + 1);
            let len = rng.below(8);
            for _ in 0..len {
                v.insert(i, rng.u8());
            }
        }
    }
}
