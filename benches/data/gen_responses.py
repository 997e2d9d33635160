#!/usr/bin/env python3
"""Generate benches/data/responses.bin: ~2,000 realistic DNS responses.

Run from the repository root:

    python3 benches/data/gen_responses.py

Each message is written as a 2-octet big-endian length followed by the
message (DNS-over-TCP framing), all concatenated.  Output is deterministic.
Every message is checked to round-trip through dns.message.from_wire.
"""

import base64
import collections
import os
import random
import struct

import dns.edns
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rdtypes.ANY.NSEC
import dns.rdtypes.ANY.RRSIG
import dns.rrset
import dns.version

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "responses.bin")

rng = random.Random(SEED)
# dnspython's Message.to_wire() shuffles the rdatas of every RRset with the
# global `random` module (Rdataset.to_wire want_shuffle=True); seed it too.
random.seed(SEED)
IN = dns.rdataclass.IN
T = dns.rdatatype

WORDS = """
acme alpha amber apex arrow atlas aurora beacon birch blue bolt breeze bright
canyon cedar cloud cobalt comet coral crest crystal delta drift eagle echo
ember falcon fern forge frost galaxy garden glacier granite harbor hawk horizon
iris island jade juniper kestrel lagoon lantern lark lotus lumen maple meadow
mesa metro nebula nimbus north oak ocean onyx orbit pacific pearl pine pixel
prairie quartz quest radiant raven ridge river rocket sage sierra silver solar
spark spruce star stone summit swift terra thunder tide timber topaz trail
vertex vista willow wind zenith shop news bank cloudy media labs data health
travel games music studio market
""".split()
SUBS = ["www"] * 6 + ["api", "cdn", "static", "img", "m", "app", "login", "mail", "shop", "assets",
                      "auth", "edge", "video", "docs", "blog", "status", "accounts", "download"]
TLDS = ["com"] * 10 + ["net"] * 3 + ["org"] * 3 + ["de", "co.uk", "io", "fr", "nl", "jp", "info", "ca",
                                                 "com.au", "se", "ch", "it", "dev", "app"]
PROVIDERS = ["awsdns-%02d.net", "awsdns-%02d.org", "cloudflare.com", "nsone.net", "ultradns.net",
             "domaincontrol.com", "googledomains.com", "azure-dns.com"]


def word():
    return rng.choice(WORDS)


def domain():
    w = word()
    if rng.random() < 0.35:
        w += rng.choice(["-" + word(), str(rng.randrange(1, 100)), "hq", "app", "online"])
    return dns.name.from_text("%s.%s." % (w, rng.choice(TLDS)))


def sub(zone, label=None):
    return dns.name.Name(((label or rng.choice(SUBS)).encode(),) + zone.labels)


def tld_of(zone):
    return dns.name.Name(zone.labels[1:])


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def ipv4():
    first = rng.choice([23, 34, 35, 52, 54, 104, 142, 151, 172, 185, 192, 198, 203, 216])
    return "%d.%d.%d.%d" % (first, rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))


def ipv6():
    pfx = rng.choice(["2600:1f18", "2606:4700", "2a00:1450", "2001:4860", "2a04:4e42", "2620:1ec"])
    return "%s:%x:%x::%x" % (pfx, rng.randrange(65536), rng.randrange(65536), rng.randrange(1, 65536))


def rd(rdtype, text):
    return dns.rdata.from_text(IN, rdtype, text)


def rrset(name, ttl, rdatas):
    rs = dns.rrset.RRset(name, IN, rdatas[0].rdtype, rdatas[0].covers())
    for r in rdatas:
        rs.add(r, ttl)
    return rs


SIG_NOW = 1749600000  # fixed "now" for inception/expiration


def rrsig(rs, signer, alg=None):
    alg = alg or (13 if rng.random() < 0.7 else 8)
    siglen = 64 if alg == 13 else 256
    labels = len(rs.name.labels) - 1
    if rs.name.labels and rs.name.labels[0] == b"*":
        labels -= 1
    sig = dns.rdtypes.ANY.RRSIG.RRSIG(
        IN, T.RRSIG, rs.rdtype, alg, labels, rs.ttl,
        SIG_NOW + rng.randrange(86400 * 7, 86400 * 30), SIG_NOW - rng.randrange(3600, 86400 * 3),
        rng.randrange(65536), signer, rbytes(siglen))
    return rrset(rs.name, rs.ttl, [sig])


def signed(section, rs, signer, alg=None):
    section.append(rs)
    section.append(rrsig(rs, signer, alg))


def response(qname, qtype, flags=None, rcode=0):
    m = dns.message.Message(id=rng.getrandbits(16))
    m.flags = flags if flags is not None else (dns.flags.QR | dns.flags.RD | dns.flags.RA)
    m.find_rrset(m.question, qname, IN, qtype, create=True, force_unique=True)
    m.set_rcode(rcode)
    return m


def edns(m, do=False, ede=None):
    if rng.random() < 0.08 and not do and ede is None:
        return  # some responses without EDNS
    opts = []
    if rng.random() < 0.15:
        opts.append(dns.edns.CookieOption(rbytes(8), rbytes(16)))
    if ede is not None:
        opts.append(ede)
    m.use_edns(0, dns.flags.DO if do else 0, 1232, options=opts)


def addresses(name, ttl, v6=False):
    n = rng.choice([1, 1, 1, 2, 2, 3, 4]) if not v6 else rng.choice([1, 1, 2])
    return rrset(name, ttl, [rd(T.AAAA if v6 else T.A, ipv6() if v6 else ipv4()) for _ in range(n)])


def ttl():
    return rng.choice([30, 60, 60, 300, 300, 300, 600, 900, 1800, 3600, 3600, 14400, 86400])


# --------------------------------------------------------------------------- categories
def cat_address():
    zone = domain()
    qn = sub(zone) if rng.random() < 0.8 else zone
    v6 = rng.random() < 0.3
    m = response(qn, T.AAAA if v6 else T.A, dns.flags.QR | dns.flags.RD | dns.flags.RA |
                 (dns.flags.AA if rng.random() < 0.1 else 0))
    m.answer.append(addresses(qn, ttl(), v6))
    edns(m)
    return m


CDNS = ["cdn.cloudflare.net", "edgekey.net", "akamaiedge.net", "cloudfront.net", "fastly.net",
        "azureedge.net", "trafficmanager.net", "herokudns.com", "github.io", "wpengine.com"]


def cat_cname():
    zone = domain()
    qn = sub(zone)
    v6 = rng.random() < 0.3
    m = response(qn, T.AAAA if v6 else T.A)
    links = rng.choice([2, 2, 2, 3, 3, 4])
    cur = qn
    for k in range(links - 1):
        if k == 0 and rng.random() < 0.5:
            nxt = sub(zone, rng.choice(SUBS) + "-" + rng.choice(["lb", "prod", "v2", "geo"]))
        else:
            cdn = dns.name.from_text(rng.choice(CDNS) + ".")
            nxt = dns.name.Name((("%s%d" % (word(), rng.randrange(1, 999))).encode(),) + cdn.labels)
            if rng.random() < 0.5:
                nxt = dns.name.Name((rng.choice([b"e", b"a", b"d", b"dualstack"]) + str(rng.randrange(100)).encode(),) + nxt.labels)
        m.answer.append(rrset(cur, ttl(), [rd(T.CNAME, nxt.to_text())]))
        cur = nxt
    m.answer.append(addresses(cur, rng.choice([20, 60, 300]), v6))
    edns(m)
    return m


def cat_dnssec():
    zone = domain()
    qn = sub(zone) if rng.random() < 0.75 else zone
    alg = 13 if rng.random() < 0.7 else 8
    kind = rng.choice(["A", "A", "A", "AAAA", "AAAA", "MX", "TXT", "DNSKEY", "CNAME"])
    qtype = T.from_text({"CNAME": "A"}.get(kind, kind))
    m = response(qn, qtype, dns.flags.QR | dns.flags.RD | dns.flags.RA | dns.flags.AD)
    if kind in ("A", "AAAA"):
        signed(m.answer, addresses(qn, ttl(), kind == "AAAA"), zone, alg)
    elif kind == "MX":
        signed(m.answer, rrset(qn, 3600, [rd(T.MX, "%d mx%d.%s" % (10 * i, i, zone)) for i in range(1, 3)]), zone, alg)
    elif kind == "TXT":
        signed(m.answer, rrset(qn, 300, [rd(T.TXT, '"v=spf1 mx -all"')]), zone, alg)
    elif kind == "DNSKEY":
        klen = 64 if alg == 13 else 260
        keys = [rd(T.DNSKEY, "%d 3 %d %s" % (f, alg, base64.b64encode(rbytes(klen)).decode())) for f in (257, 256)]
        ks = rrset(qn, 3600, keys)
        m.answer.append(ks)
        sigs = rrsig(ks, qn, alg)
        if rng.random() < 0.5:  # signed by both KSK and ZSK
            sigs.add(rrsig(ks, qn, alg)[0])
        m.answer.append(sigs)
    else:  # CNAME inside the signed zone
        tgt = sub(zone, "origin")
        signed(m.answer, rrset(qn, 300, [rd(T.CNAME, tgt.to_text())]), zone, alg)
        signed(m.answer, addresses(tgt, 300), zone, alg)
    edns(m, do=True)
    return m


B32HEX = "0123456789abcdefghijklmnopqrstuv"


def nsec3_owner(zone):
    h = rbytes(20)
    bits = int.from_bytes(h, "big")
    label = "".join(B32HEX[(bits >> (5 * (31 - i))) & 31] for i in range(32))
    return dns.name.Name((label.encode(),) + zone.labels), label


def soa_rrset(zone):
    return rrset(zone, rng.choice([300, 900, 3600]), [rd(
        T.SOA, "ns1.%s hostmaster.%s %d 7200 3600 1209600 %d" % (zone, zone, rng.randrange(2020000000, 2025123199),
                                                                 rng.choice([60, 300, 900, 3600])))])


def cat_negative():
    zone = domain()
    nx = rng.random() < 0.6
    qn = sub(zone, word() + str(rng.randrange(10))) if nx else sub(zone)
    qtype = rng.choice([T.A, T.AAAA, T.AAAA, T.HTTPS, T.MX, T.TXT, T.DS])
    m = response(qn, qtype, dns.flags.QR | dns.flags.RD | dns.flags.RA, dns.rcode.NXDOMAIN if nx else 0)
    is_signed = rng.random() < 0.5
    soa = soa_rrset(zone)
    ede = None
    if rng.random() < 0.1:
        ede = dns.edns.EDEOption(rng.choice([dns.edns.EDECode.STALE_NXDOMAIN_ANSWER, dns.edns.EDECode.SYNTHESIZED,
                                             dns.edns.EDECode.NOT_READY]), rng.choice([None, "cached"]))
    if not is_signed:
        m.authority.append(soa)
        edns(m, ede=ede)
        return m
    alg = 13 if rng.random() < 0.7 else 8
    signed(m.authority, soa, zone, alg)
    nsec_ttl = soa[0].minimum
    if rng.random() < 0.5:  # NSEC3
        n = 3 if nx else 1
        for _ in range(n):
            own, _lab = nsec3_owner(zone)
            _nxt, nlab = nsec3_owner(zone)
            types = rng.choice(["A RRSIG", "A AAAA RRSIG", "CNAME RRSIG", "NS SOA MX TXT AAAA RRSIG DNSKEY NSEC3PARAM", ""])
            salt = rng.choice(["-", "-", rbytes(8).hex()])
            r = rd(T.NSEC3, "1 %d %d %s %s %s" % (rng.choice([0, 1]), rng.choice([0, 0, 1, 10]), salt, nlab, types))
            signed(m.authority, rrset(own, nsec_ttl, [r]), zone, alg)
    else:  # NSEC
        n = 2 if nx else 1
        for k in range(n):
            own = zone if k == 1 else sub(zone, word())
            nxt = sub(zone, word() + "z")
            types = "NS SOA MX TXT RRSIG NSEC DNSKEY" if own == zone else rng.choice(["A RRSIG NSEC", "A AAAA RRSIG NSEC", "CNAME RRSIG NSEC"])
            signed(m.authority, rrset(own, nsec_ttl, [rd(T.NSEC, "%s %s" % (nxt, types))]), zone, alg)
    edns(m, do=True, ede=ede)
    return m


def nameservers(zone):
    n = rng.choice([2, 2, 3, 4, 4])
    if rng.random() < 0.5:
        return [sub(zone, "ns%d" % (i + 1)) for i in range(n)], True
    prov = rng.choice(PROVIDERS)
    names = []
    for i in range(n):
        p = prov % rng.randrange(100) if "%" in prov else prov
        label = ("ns-%d" % rng.randrange(2048)) if "awsdns" in prov else rng.choice(["ns", "dns", "pdns"]) + str(i + 1)
        if "cloudflare" in prov:
            label = word()
        names.append(dns.name.from_text("%s.%s." % (label, p)))
    return names, False


def cat_referral():
    zone = domain()
    tld = tld_of(zone)
    qn = sub(zone)
    m = response(qn, rng.choice([T.A, T.A, T.AAAA, T.HTTPS]), dns.flags.QR)
    ns_names, glue = nameservers(zone)
    m.authority.append(rrset(zone, 172800, [rd(T.NS, n.to_text()) for n in ns_names]))
    signed_deleg = rng.random() < 0.5
    do = rng.random() < 0.8
    if do and signed_deleg:
        alg = rng.choice([8, 13, 13])
        ds = rrset(zone, 86400, [rd(T.DS, "%d %d 2 %s" % (rng.randrange(65536), alg, rbytes(32).hex()))])
        signed(m.authority, ds, tld, 8 if rng.random() < 0.5 else 13)
    elif do:
        own, _ = nsec3_owner(tld)
        _n, nlab = nsec3_owner(tld)
        r = rd(T.NSEC3, "1 1 0 - %s NS" % nlab)
        signed(m.authority, rrset(own, 86400, [r]), tld, 8 if rng.random() < 0.5 else 13)
    if glue:
        for n in ns_names:
            m.additional.append(rrset(n, 172800, [rd(T.A, ipv4())]))
            if rng.random() < 0.6:
                m.additional.append(rrset(n, 172800, [rd(T.AAAA, ipv6())]))
    edns(m, do=do)
    return m


def ech_b64():
    n = rng.choice([45, 65, 71])
    return base64.b64encode(struct.pack("!H", n) + rbytes(n)).decode()


def cat_https():
    zone = domain()
    svcb = rng.random() < 0.2
    if svcb:
        qn = dns.name.Name((b"_dns",) + sub(zone, "dns").labels) if rng.random() < 0.5 else \
            dns.name.Name((b"_8443", b"_https") + sub(zone).labels)
        m = response(qn, T.SVCB)
        tgt = sub(zone, "dns")
        text = '1 %s alpn="h2,h3,dot" port=%d ipv4hint=%s dohpath="/dns-query{?dns}"' % (
            tgt, rng.choice([443, 853, 8443]), ipv4())
        m.answer.append(rrset(qn, 3600, [rd(T.SVCB, text)]))
        m.additional.append(rrset(tgt, 3600, [rd(T.A, ipv4())]))
    else:
        qn = sub(zone, "www") if rng.random() < 0.7 else zone
        m = response(qn, T.HTTPS)
        if rng.random() < 0.2:
            m.answer.append(rrset(qn, 300, [rd(T.HTTPS, "0 %s" % sub(zone, "cdn-" + word()))]))
        else:
            parts = ["1 .", 'alpn="%s"' % rng.choice(["h3,h2", "h2", "h3,h2,http/1.1"])]
            parts.append("ipv4hint=" + ",".join(ipv4() for _ in range(rng.choice([1, 2]))))
            if rng.random() < 0.4:
                parts.append("ech=" + ech_b64())
            parts.append("ipv6hint=" + ",".join(ipv6() for _ in range(rng.choice([1, 2]))))
            m.answer.append(rrset(qn, 300, [rd(T.HTTPS, " ".join(parts))]))
    edns(m)
    return m


def cat_mx():
    zone = domain()
    m = response(zone, T.MX)
    if rng.random() < 0.4:
        names = ["aspmx.l.google.com.", "alt1.aspmx.l.google.com.", "alt2.aspmx.l.google.com.",
                 "alt3.aspmx.l.google.com.", "alt4.aspmx.l.google.com."]
        prefs = [1, 5, 5, 10, 10]
        k = rng.choice([1, 5])
        rds = [rd(T.MX, "%d %s" % (p, n)) for p, n in zip(prefs[:k], names[:k])]
    elif rng.random() < 0.5:
        rds = [rd(T.MX, "0 %s.mail.protection.outlook.com." % zone.labels[0].decode())]
    else:
        rds = [rd(T.MX, "%d mx%d.%s" % (10 * (i + 1), i + 1, zone)) for i in range(rng.choice([1, 2, 3]))]
    mx = rrset(zone, 3600, rds)
    m.answer.append(mx)
    for r in rds:
        if r.exchange.is_subdomain(zone) and rng.random() < 0.7:
            m.additional.append(rrset(r.exchange, 3600, [rd(T.A, ipv4())]))
    edns(m)
    return m


def chunks(s, n=255):
    return " ".join('"%s"' % s[i:i + n] for i in range(0, len(s), n))


def cat_txt():
    zone = domain()
    kind = rng.choice(["spf", "spf", "dkim", "verify", "dmarc", "multi"])
    if kind == "dkim":
        qn = dns.name.Name((rng.choice([b"google", b"selector1", b"s1", b"k1"]), b"_domainkey") + zone.labels)
        key = base64.b64encode(rbytes(rng.choice([162, 294]))).decode()
        rds = [rd(T.TXT, chunks("v=DKIM1; k=rsa; p=" + key))]
    elif kind == "dmarc":
        qn = dns.name.Name((b"_dmarc",) + zone.labels)
        rds = [rd(T.TXT, '"v=DMARC1; p=%s; rua=mailto:dmarc@%s"' % (rng.choice(["none", "quarantine", "reject"]),
                                                                    zone.to_text(True)))]
    else:
        qn = zone
        spf = '"v=spf1 include:_spf.google.com include:spf.protection.outlook.com ip4:%s/24 ~all"' % ipv4()
        ver = '"google-site-verification=%s"' % base64.urlsafe_b64encode(rbytes(32)).decode().rstrip("=")
        if kind == "spf":
            rds = [rd(T.TXT, spf)]
        elif kind == "verify":
            rds = [rd(T.TXT, ver)]
        else:
            rds = [rd(T.TXT, spf), rd(T.TXT, ver), rd(T.TXT, '"MS=ms%d"' % rng.randrange(10**7, 10**8)),
                   rd(T.TXT, '"apple-domain-verification=%s"' % rbytes(8).hex())]
    m = response(qn, T.TXT)
    m.answer.append(rrset(qn, ttl(), rds))
    edns(m)
    return m


def cat_srv():
    zone = domain()
    svc = rng.choice([b"_sip._tcp", b"_sip._udp", b"_xmpp-server._tcp", b"_ldap._tcp", b"_kerberos._udp",
                      b"_imaps._tcp", b"_submission._tcp", b"_autodiscover._tcp"])
    qn = dns.name.Name(tuple(svc.split(b".")) + zone.labels)
    m = response(qn, T.SRV)
    rds = []
    for i in range(rng.choice([1, 2, 2, 3, 4])):
        tgt = sub(zone, rng.choice(["sip", "xmpp", "dc", "mail", "srv"]) + str(i + 1))
        rds.append(rd(T.SRV, "%d %d %d %s" % (rng.choice([0, 10, 20]), rng.choice([0, 5, 50, 100]),
                                               rng.choice([5060, 5269, 389, 88, 993, 587, 443]), tgt)))
    m.answer.append(rrset(qn, ttl(), rds))
    for r in rds:
        if rng.random() < 0.5:
            m.additional.append(rrset(r.target, 3600, [rd(T.A, ipv4())]))
    edns(m)
    return m


def cat_caa():
    zone = domain()
    m = response(zone, T.CAA)
    rds = [rd(T.CAA, '0 issue "%s"' % ca) for ca in rng.sample(["letsencrypt.org", "digicert.com", "sectigo.com",
                                                                "pki.goog", "amazon.com"], rng.choice([1, 2, 3]))]
    if rng.random() < 0.5:
        rds.append(rd(T.CAA, '0 issuewild ";"'))
    if rng.random() < 0.5:
        rds.append(rd(T.CAA, '0 iodef "mailto:security@%s"' % zone.to_text(True)))
    m.answer.append(rrset(zone, 3600, rds))
    edns(m)
    return m


def cat_ptr():
    if rng.random() < 0.75:
        a = ipv4().split(".")
        qn = dns.name.from_text(".".join(reversed(a)) + ".in-addr.arpa.")
        host = "%s-%s.%s" % (rng.choice(["host", "ip", "static", "ec2", "server"]), "-".join(a), domain())
    else:
        nib = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        qn = dns.name.from_text(".".join(reversed(nib)) + ".ip6.arpa.")
        host = sub(domain()).to_text()
    m = response(qn, T.PTR)
    m.answer.append(rrset(qn, ttl(), [rd(T.PTR, host)]))
    edns(m)
    return m


MIX = [  # (category, count, builder)
    ("A/AAAA answer", 650, cat_address),
    ("CNAME chain (2-4 links) + A/AAAA", 240, cat_cname),
    ("DNSSEC answer + RRSIG (DO)", 270, cat_dnssec),
    ("negative (NXDOMAIN/NODATA, SOA, half NSEC/NSEC3 + RRSIG)", 200, cat_negative),
    ("referral (NS + glue, DS/NSEC3 + RRSIG when DO)", 200, cat_referral),
    ("HTTPS/SVCB", 100, cat_https),
    ("TXT (SPF/DKIM/DMARC/verification)", 100, cat_txt),
    ("MX", 80, cat_mx),
    ("PTR", 80, cat_ptr),
    ("SRV", 50, cat_srv),
    ("CAA", 30, cat_caa),
]


def main():
    jobs = []
    for cat, count, fn in MIX:
        jobs += [(cat, fn)] * count
    rng.shuffle(jobs)
    out = bytearray()
    stats = collections.OrderedDict((cat, [0, 0]) for cat, _, _ in MIX)
    sizes = []
    feat = collections.Counter()
    for cat, fn in jobs:
        m = fn()
        w = m.to_wire(max_size=65535)  # default limit is the EDNS payload (1232)
        back = dns.message.from_wire(w)
        assert back == m, cat  # same sections/RRsets/EDNS (RRset order within is a set)
        assert len(back.answer) == len(m.answer) and len(back.authority) == len(m.authority), cat
        assert len(w) <= 65535
        out += struct.pack("!H", len(w)) + w
        stats[cat][0] += 1
        stats[cat][1] += len(w)
        sizes.append(len(w))
        if m.edns >= 0:
            feat["with OPT"] += 1
            if m.ednsflags & dns.flags.DO:
                feat["DO set"] += 1
            for o in m.options:
                feat["option %s" % dns.edns.OptionType.to_text(o.otype)] += 1
        if any(rs.rdtype == T.RRSIG for sec in (m.answer, m.authority) for rs in sec):
            feat["with RRSIG"] += 1
        if len(w) > 1232:
            feat["larger than 1232 octets"] += 1
    with open(OUT, "wb") as f:
        f.write(out)
    print("wrote %s: %d messages, %d bytes (incl. %d length prefixes)" % (OUT, len(sizes), len(out), 2 * len(sizes)))
    print("message size: mean %.1f, min %d, max %d, total %d" % (sum(sizes) / len(sizes), min(sizes), max(sizes), sum(sizes)))
    for cat, (n, b) in stats.items():
        print("  %-58s %5d  mean %6.1f" % (cat, n, b / n))
    for k, v in sorted(feat.items()):
        print("  %-40s %5d" % (k, v))
    print("dnspython", dns.version.version)


if __name__ == "__main__":
    main()
