//! A dig-like rendering of a message.

use std::fmt::Write;

use dns_wire::Message;
use dns_wire::message::Section;

/// Renders a checked message the way `dig` prints it.
pub fn render(msg: &Message<'_>) -> String {
    let mut s = String::new();
    let _ = write_message(&mut s, msg);
    while s.ends_with('\n') {
        s.pop();
    }
    s
}

fn write_message(s: &mut String, msg: &Message<'_>) -> std::fmt::Result {
    let h = msg.header();
    writeln!(s, ";; ->>HEADER<<- opcode: {}, status: {}, id: {}", h.opcode(), msg.rcode(), h.id())?;
    let mut flags = Vec::new();
    for (on, name) in [
        (h.qr(), "qr"),
        (h.aa(), "aa"),
        (h.tc(), "tc"),
        (h.rd(), "rd"),
        (h.ra(), "ra"),
        (h.z(), "z"),
        (h.ad(), "ad"),
        (h.cd(), "cd"),
    ] {
        if on {
            flags.push(name);
        }
    }
    writeln!(
        s,
        ";; flags: {}; QUERY: {}, ANSWER: {}, AUTHORITY: {}, ADDITIONAL: {}",
        flags.join(" "),
        h.qdcount(),
        h.ancount(),
        h.nscount(),
        h.arcount()
    )?;
    if let Some(opt) = msg.opt() {
        writeln!(s, "\n;; OPT PSEUDOSECTION:")?;
        let mut f = Vec::new();
        if opt.dnssec_ok() {
            f.push("do".to_string());
        }
        let rest = opt.flags() & 0x7FFF;
        if rest != 0 {
            f.push(format!("0x{rest:04x}"));
        }
        writeln!(s, "; EDNS: version: {}, flags: {}; udp: {}", opt.version(), f.join(" "), opt.udp_payload_size())?;
        for o in opt.options().flatten() {
            writeln!(s, "; {}: {}", o.code, dns_wire::text::Hex(o.data))?;
        }
    }
    writeln!(s, "\n;; QUESTION SECTION:")?;
    for q in msg.questions() {
        writeln!(s, ";{}\t\t{}\t{}", q.qname, q.qclass, q.qtype)?;
    }
    for section in [Section::Answer, Section::Authority, Section::Additional] {
        let records: Vec<_> = msg.section(section).filter(|r| r.rtype() != dns_wire::iana::Rtype::OPT).collect();
        if records.is_empty() {
            continue;
        }
        writeln!(s, "\n;; {} SECTION:", section.as_str().to_ascii_uppercase())?;
        for rr in records {
            let ext = crate::ext::ALL;
            let data = match ext.find(rr.rtype()) {
                Some(_) => ext.display(rr.rtype(), rr.rdata()).to_string(),
                None => rr.data().map(|d| d.to_string()).unwrap_or_default(),
            };
            writeln!(s, "{}\t{}\t{}\t{}\t{}", rr.owner(), rr.ttl(), rr.class(), ext.mnemonic(rr.rtype()), data)?;
        }
    }
    Ok(())
}
