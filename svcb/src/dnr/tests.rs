//! RFC 9463 has no wire examples; these options are built octet by octet
//! from its figures (Figure 1 DHCPv6, Figures 3 and 4 DHCPv4, Figure 5 RA)
//! and checked field by field.

use super::*;
use alloc::string::ToString;
use alloc::vec::Vec;

/// Figure 1: OPTION_V6_DNR for resolver.example.net with two addresses,
/// alpn=h2,h3 and dohpath=/dns-query{?dns}.
fn figure1() -> Vec<u8> {
    let mut o = Vec::new();
    let adn = b"\x08resolver\x07example\x03net\x00";
    let mut params = Vec::new();
    params.extend_from_slice(b"\x00\x01\x00\x06\x02h2\x02h3");
    params.extend_from_slice(b"\x00\x07\x00\x10/dns-query{?dns}");
    let addrs: Vec<u8> = [[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x53]; 2]
        .iter()
        .enumerate()
        .flat_map(|(i, a)| {
            let mut a = *a;
            a[14] = u8::try_from(i).unwrap();
            a
        })
        .collect();
    let len = 2 + 2 + adn.len() + 2 + addrs.len() + params.len();
    o.extend_from_slice(&DHCPV6_OPTION.to_be_bytes());
    o.extend_from_slice(&u16::try_from(len).unwrap().to_be_bytes());
    o.extend_from_slice(&10u16.to_be_bytes());
    o.extend_from_slice(&u16::try_from(adn.len()).unwrap().to_be_bytes());
    o.extend_from_slice(adn);
    o.extend_from_slice(&u16::try_from(addrs.len()).unwrap().to_be_bytes());
    o.extend_from_slice(&addrs);
    o.extend_from_slice(&params);
    o
}

#[test]
fn dhcpv6_figure_1() {
    let o = figure1();
    let dnr = parse_dhcpv6_option(&o).unwrap();
    assert_eq!(dnr.priority, 10);
    assert_eq!(dnr.adn.to_string(), "resolver.example.net.");
    let addrs: Vec<_> = dnr.addresses.ipv6().map(|a| a.to_string()).collect();
    assert_eq!(addrs, ["2001:db8::53", "2001:db8::153"]);
    let params = dnr.params.unwrap();
    assert_eq!(params.to_string(), "alpn=\"h2,h3\" dohpath=\"/dns-query{?dns}\"");
    dnr.validate().unwrap();
    let mut buf = [0u8; 256];
    let mut w = Writer::new(&mut buf);
    write_dhcpv6(&mut w, &dnr).unwrap();
    assert_eq!(w.finish(), &o[..]);
}

#[test]
fn adn_only_modes() {
    // DHCPv6 (section 3.1.6): the option ends after the ADN.
    let v6 = b"\x00\x01\x00\x04\x02ns\x00";
    let dnr = parse_dhcpv6(v6).unwrap();
    assert!(dnr.is_adn_only());
    dnr.validate().unwrap();
    // RA (Figure 5): the ADN then zero padding.
    let mut ra = alloc::vec![RA_OPTION, 2, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 2, b'n', b's', 0];
    ra.extend_from_slice(&[0, 0]);
    let dnr = parse_ra(&ra).unwrap();
    assert!(dnr.is_adn_only());
    assert_eq!(dnr.lifetime, Some(3600));
    let mut buf = [0u8; 64];
    let mut w = Writer::new(&mut buf);
    write_ra(&mut w, &dnr).unwrap();
    assert_eq!(w.finish(), &ra[..]);
}

#[test]
fn dhcpv4_figures_3_and_4() {
    // Two instances in one option: one with an address and alpn=dot, one
    // ADN-only.
    let first = b"\x00\x01\x08\x03dot\x02ex\x00\x08\xc0\x00\x02\x35\xc0\x00\x02\x36\x00\x01\x00\x04\x03dot";
    let second = b"\x00\x02\x08\x03doh\x02ex\x00";
    let mut data = Vec::new();
    for i in [&first[..], &second[..]] {
        data.extend_from_slice(&u16::try_from(i.len()).unwrap().to_be_bytes());
        data.extend_from_slice(i);
    }
    let all: Vec<_> = parse_dhcpv4(&data).collect::<Result<_, _>>().unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].addresses.ipv4().map(|a| a.to_string()).collect::<Vec<_>>(), ["192.0.2.53", "192.0.2.54"]);
    assert!(all[1].is_adn_only());
    all.iter().for_each(|d| d.validate().unwrap());
    let mut buf = [0u8; 256];
    let mut w = Writer::new(&mut buf);
    write_dhcpv4(&mut w, &all).unwrap();
    let o = w.finish();
    assert_eq!(o[0], DHCPV4_OPTION);
    assert_eq!(usize::from(o[1]), data.len());
    assert_eq!(&o[2..], &data[..]);
}

#[test]
fn validation_rules() {
    let base = |params: &[u8], addrs: &[u8]| {
        let mut d = alloc::vec![0, 1, 0, 4, 2, b'n', b's', 0];
        d.extend_from_slice(&u16::try_from(addrs.len()).unwrap().to_be_bytes());
        d.extend_from_slice(addrs);
        d.extend_from_slice(params);
        d
    };
    let global = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    let loopback = [0u8; 15].iter().copied().chain([1]).collect::<Vec<u8>>();
    let alpn_dot = b"\x00\x01\x00\x04\x03dot";
    let check = |d: &[u8]| parse_dhcpv6(d).unwrap().validate();
    assert_eq!(check(&base(alpn_dot, &global)), Ok(()));
    assert_eq!(check(&base(b"", &global)), Err(DnrError::Invalid("no alpn SvcParam")));
    assert_eq!(check(&base(alpn_dot, &[])), Err(DnrError::Invalid("no resolver address")));
    assert_eq!(check(&base(alpn_dot, &loopback)), Err(DnrError::Invalid("no usable resolver address")));
    let with_hint = [&alpn_dot[..], b"\x00\x06\x00\x10", &global].concat();
    assert_eq!(check(&base(&with_hint, &global)), Err(DnrError::Invalid("ipv4hint or ipv6hint in a DNR option")));
    assert_eq!(check(&base(b"\x00\x01\x00\x03\x02h2", &global)), Err(DnrError::Invalid("DoH without a valid dohpath")));
    let mut zero = base(alpn_dot, &global);
    zero[1] = 0;
    assert!(check(&zero).is_err());
    assert_eq!(
        parse_dhcpv6(b"\x00\x01\x00\x01\x00").unwrap().validate(),
        Err(DnrError::Invalid("the ADN is the root"))
    );
}

#[test]
fn malformed_options() {
    // ADN length longer than the name.
    assert!(parse_dhcpv6(b"\x00\x01\x00\x05\x02ns\x00\x00").is_err());
    // Address length not a multiple of 16.
    assert!(matches!(parse_dhcpv6(b"\x00\x01\x00\x04\x02ns\x00\x00\x03abc"), Err(DnrError::Malformed { at: 10, .. })));
    // Keys out of order.
    assert!(
        parse_dhcpv6(&[&b"\x00\x01\x00\x04\x02ns\x00\x00\x00"[..], b"\x00\x03\x00\x00\x00\x01\x00\x00"].concat())
            .is_err()
    );
    // A compressed ADN.
    assert!(parse_dhcpv6(b"\x00\x01\x00\x02\xc0\x00").is_err());
    // RA length not matching, and too much padding.
    assert!(parse_ra(&[RA_OPTION, 3, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]).is_err());
    let mut padded = alloc::vec![RA_OPTION, 3, 0, 1, 0, 0, 0, 0, 0, 1, 0];
    padded.resize(24, 0);
    assert!(parse_ra(&padded).is_err());
    // Every prefix and every one-octet change of figure 1: no panic.
    let o = figure1();
    for cut in 0..o.len() {
        let _ = parse_dhcpv6_option(&o[..cut]);
    }
    for i in 0..o.len() {
        for v in [0u8, 1, 0x7f, 0xff] {
            let mut m = o.clone();
            m[i] = v;
            if let Ok(d) = parse_dhcpv6_option(&m) {
                let _ = d.validate();
                let mut buf = [0u8; 512];
                let mut w = Writer::new(&mut buf);
                write_dhcpv6(&mut w, &d).unwrap();
                assert_eq!(w.finish(), &m[..]);
            }
        }
    }
}
