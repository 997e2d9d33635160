//! DNR options (RFC 9463): DHCPv6, DHCPv4 and RA forms by the first octet;
//! each instance read is validated, written in its form and read back the
//! same.
#![no_main]

use dns_wire::wire::Writer;
use svcb::dnr;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let mut buf = vec![0u8; 70_000];
    match mode % 4 {
        0 => {
            if let Ok(d) = dnr::parse_dhcpv6(rest) {
                let _ = d.validate();
                let mut w = Writer::new(&mut buf);
                if dnr::write_dhcpv6(&mut w, &d).is_ok() {
                    let out = w.finish();
                    let again = dnr::parse_dhcpv6_option(out).expect("a written DHCPv6 DNR option reads back");
                    assert_eq!(d, again, "the DHCPv6 option reads back differently");
                }
            }
        }
        1 => {
            let _ = dnr::parse_dhcpv6_option(rest).map(|d| d.validate());
        }
        2 => {
            let all: Result<Vec<_>, _> = dnr::parse_dhcpv4(rest).take(1000).collect();
            if let Ok(all) = all {
                for d in &all {
                    let _ = d.validate();
                    let _ = d.addresses.ipv4().count() + d.addresses.ipv6().count() + d.addresses.usable_count();
                }
                let mut w = Writer::new(&mut buf);
                if !all.is_empty() && dnr::write_dhcpv4(&mut w, &all).is_ok() {
                    // The writer puts the option code and length first;
                    // the reader takes what follows them.
                    let out = w.finish().get(2..).unwrap_or_default().to_vec();
                    let again: Result<Vec<_>, _> = dnr::parse_dhcpv4(&out).collect();
                    assert_eq!(Ok(all), again, "the DHCPv4 option reads back differently");
                }
            }
        }
        _ => {
            if let Ok(d) = dnr::parse_ra(rest) {
                let _ = d.validate();
                let mut w = Writer::new(&mut buf);
                if dnr::write_ra(&mut w, &d).is_ok() {
                    let out = w.finish();
                    let again = dnr::parse_ra(out).expect("a written RA DNR option reads back");
                    assert_eq!(d, again, "the RA option reads back differently");
                }
            }
        }
    }
});
