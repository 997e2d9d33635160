#!/usr/bin/env python3
"""Generate the dnspython differential corpus for dns-wire.

Run from the repository root:

    python3 dns-wire/tests/data/dnspython/gen_corpus.py

Writes corpus.txt next to this script.  Output is deterministic (fixed seed,
fixed message ids, no clocks).  See README.md in this folder for the format.
"""

import base64
import collections
import os
import random
import struct
import sys

import dns
import dns.edns
import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.opcode
import dns.rcode
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rrset
import dns.version

SEED = 0x9267_2025
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.txt")

# Load every implemented rdata class up front.  Without this dnspython picks
# rdata classes lazily, and the choice for class-specific types (A, AAAA, SRV,
# ... outside class IN) can depend on lookup order.  With it, every
# (class, type) pair without a dedicated implementation is GenericRdata.
dns.rdata.load_all_types()

OPT = dns.rdatatype.OPT
TSIG = dns.rdatatype.TSIG

# ---------------------------------------------------------------------------
# Name capture: wrap dns.name.from_wire_parser so that, while decoding, we
# learn where every name dnspython read starts and ends in the message.  This
# lets us rebuild the "decompressed wire rdata" and check that dnspython's
# rdata.to_wire() is exactly that (i.e. dnspython did not normalise anything).
# The wrapper does not change dnspython's behaviour.
# ---------------------------------------------------------------------------
_orig_from_wire_parser = dns.name.from_wire_parser
_capture = None


def _capturing_from_wire_parser(parser, decompress=True):
    start = parser.current
    name = _orig_from_wire_parser(parser, decompress)
    if _capture is not None:
        _capture.append((start, parser.current, name))
    return name


dns.name.from_wire_parser = _capturing_from_wire_parser


# ---------------------------------------------------------------------------
# Small wire helpers for hand-made messages
# ---------------------------------------------------------------------------
def hdr(qd=0, an=0, ns=0, ar=0, id=0x1234, flags=0x8180):
    return struct.pack("!HHHHHH", id, flags, qd, an, ns, ar)


def nm(*labels):
    out = b""
    for lab in labels:
        if isinstance(lab, str):
            lab = lab.encode()
        out += bytes([len(lab)]) + lab
    return out + b"\x00"


def ptr(off):
    return struct.pack("!H", 0xC000 | off)


def qd(name, t=1, c=1):
    return name + struct.pack("!HH", t, c)


def rr(owner, t, rdata, c=1, ttl=3600, rdlen=None):
    if rdlen is None:
        rdlen = len(rdata)
    return owner + struct.pack("!HHIH", t, c, ttl, rdlen) + rdata


def gen(data):
    """dnspython generic rdata text for raw bytes."""
    return "\\# %d %s" % (len(data), data.hex()) if data else "\\# 0"


# ---------------------------------------------------------------------------
# Independent minimal wire walker (used only on messages dnspython accepted)
# ---------------------------------------------------------------------------
def skip_name(w, p):
    while True:
        b = w[p]
        if b == 0:
            return p + 1
        if b >= 0xC0:
            return p + 2
        p += 1 + b


def walk(w):
    ident, flags, qdc, anc, nsc, arc = struct.unpack_from("!HHHHHH", w, 0)
    p = 12
    qs = []
    for _ in range(qdc):
        e = skip_name(w, p)
        t, c = struct.unpack_from("!HH", w, e)
        qs.append((p, t, c))
        p = e + 4
    rrs = []
    for sec, cnt in (("an", anc), ("ns", nsc), ("ar", arc)):
        for _ in range(cnt):
            e = skip_name(w, p)
            t, c, ttl, rdlen = struct.unpack_from("!HHIH", w, e)
            rs = e + 10
            rrs.append((sec, p, t, c, ttl, rs, rs + rdlen))
            p = rs + rdlen
    assert p == len(w)
    return ident, flags, qs, rrs


# ---------------------------------------------------------------------------
# Decoding with dnspython and rendering a corpus block
# ---------------------------------------------------------------------------
STATS = collections.Counter()
DROPS = collections.Counter()
NOTES = collections.Counter()


class Drop(Exception):
    pass


def decompressed_rdata(w, rs, re_, spans):
    out = b""
    p = rs
    for s, e, name in spans:
        if rs <= s < re_:
            out += w[p:s] + name.to_wire()
            p = e
    return out + w[p:re_]


def analyze(w):
    """Return list of corpus lines (without 'msg'), or raise Drop."""
    global _capture
    keyring = None
    try:
        dns.message.from_wire(w)
    except dns.message.UnknownTSIGKey:
        # Default decoding refuses any TSIG-signed message (no keyring).  We
        # decode those with keyring=False: parse the TSIG, skip validation.
        keyring = False
        NOTES["tsig messages decoded with keyring=False"] += 1
        try:
            dns.message.from_wire(w, keyring=False)
        except Exception as e:  # noqa: BLE001 - we record any exception
            return ["refused " + type(e).__name__]
    except Exception as e:  # noqa: BLE001
        return ["refused " + type(e).__name__]

    if len(w) >= 4 and dns.opcode.from_flags(struct.unpack_from("!H", w, 2)[0]) == dns.opcode.UPDATE:
        raise Drop("opcode UPDATE (dnspython applies RFC 2136 semantics)")

    # Second pass: one RR per RRset keeps every record, in wire order, without
    # dnspython merging duplicates or min()-ing TTLs.  Capture name spans.
    _capture = []
    try:
        m = dns.message.from_wire(w, one_rr_per_rrset=True, keyring=keyring)
    except Exception as e:  # noqa: BLE001
        raise Drop("second pass failed: " + type(e).__name__)
    finally:
        spans = sorted(_capture, key=lambda s: s[0])
        _capture = None

    ident, flags, qs, rrs = walk(w)
    lines = ["hdr %d %d" % (ident, flags)]
    if len(m.question) != len(qs):
        raise Drop("question count mismatch")
    for rrset, (_, t, c) in zip(m.question, qs):
        if rrset.rdtype != t or rrset.rdclass != c:
            raise Drop("question type/class mismatch")
        lines.append("q %s %d %d" % (rrset.name.to_wire().hex(), t, c))

    sections = {"an": list(m.answer), "ns": list(m.authority), "ar": list(m.additional)}
    opt_line = None
    tsig_line = None
    for sec, ostart, t, c, ttl, rs, re_ in rrs:
        raw = w[rs:re_]
        dec = decompressed_rdata(w, rs, re_, spans)
        if dec != raw:
            NOTES["rdata with compressed name(s) decompressed, type %s" % dns.rdatatype.to_text(t)] += 1
        if t == OPT:
            assert sec == "ar" and opt_line is None and m.opt is not None
            tw = m.opt[0].to_wire()
            if tw != dec:
                raise Drop("dnspython re-encodes OPT rdata differently")
            opt_line = "opt %d %d %s" % (c, ttl, tw.hex() or "-")
            continue
        if t == TSIG:
            assert sec == "ar" and tsig_line is None and m.tsig is not None
            tw = m.tsig[0].to_wire()
            if tw != dec:
                raise Drop("dnspython re-encodes TSIG rdata differently")
            tsig_line = "tsig %s %d %d %s" % (m.tsig.name.to_wire().hex(), c, ttl, tw.hex() or "-")
            continue
        if not sections[sec]:
            raise Drop("record count mismatch")
        rrset = sections[sec].pop(0)
        if rrset.rdtype != t or rrset.rdclass != c or len(rrset) != 1:
            raise Drop("record type/class mismatch")
        exp_ttl = ttl if ttl <= 0x7FFFFFFF else 0
        if rrset.ttl != exp_ttl:
            raise Drop("ttl mismatch")
        if ttl > 0x7FFFFFFF:
            NOTES["TTL > 2^31-1 (dnspython reads it as 0; corpus has raw value)"] += 1
        rd = rrset[0]
        tw = rd.to_wire()
        if tw != dec:
            raise Drop("dnspython re-encodes %s rdata differently" % dns.rdatatype.to_text(t))
        if type(rd).__name__ == "GenericRdata":
            NOTES["opaque (GenericRdata) records"] += 1
        lines.append(
            "rr %s %s %d %d %d %s" % (sec, rrset.name.to_wire().hex(), t, c, ttl, tw.hex() or "-")
        )
    if any(sections.values()):
        raise Drop("record count mismatch")
    if opt_line:
        lines.append(opt_line)
    if tsig_line:
        lines.append(tsig_line)
    return lines


# ---------------------------------------------------------------------------
# Valid message construction with dnspython
# ---------------------------------------------------------------------------
rng = random.Random(SEED)
# dnspython's Message.to_wire() shuffles the rdatas of every RRset with the
# global `random` module (Rdataset.to_wire want_shuffle=True); seed it too.
random.seed(SEED)


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def ech(n):
    """base64 of an ECHConfigList-shaped blob (2-octet length prefix)."""
    return base64.b64encode(struct.pack("!H", n) + rbytes(n)).decode()


def hx(n):
    return rbytes(n).hex()


N = dns.name.from_text

LONG_255 = N(".".join(["a" * 63, "b" * 63, "c" * 63, "d" * 61]) + ".")
assert len(LONG_255.to_wire()) == 255
LONG_254 = N(".".join(["x" * 63, "y" * 63, "z" * 63, "w" * 60]) + ".")
MANY_LABELS = N("." .join(["a"] * 127) + ".")  # 127 one-octet labels = 255 octets
assert len(MANY_LABELS.to_wire()) == 255

OWNERS = [
    N("www.example.com."),
    N("WWW.EXAMPLE.COM."),
    N("MiXeD.ExAmPlE.org."),
    N("."),
    N("a\\000b.example.net."),
    N("dot\\.inside.label.example."),
    N("\\255\\001\\032sp.example."),
    N(("L" * 63) + ".example.com."),
    LONG_254,
    N("_sip._tcp.example.com."),
    N("*.wild.example.com."),
    N("xn--bcher-kva.example."),
]


def owner(i):
    return OWNERS[i % len(OWNERS)]


TXT_LIKE = [
    '"v=spf1 ip4:192.0.2.0/24 -all"',
    '""',
    '"a" "" "b"',
    '"' + "x" * 255 + '"',
    '"esc \\"quote\\" back\\\\slash \\000\\255\\010"',
    " ".join('"s%d"' % i for i in range(40)),
]

TYPE_VARIANTS = {
    "A": ["192.0.2.1", "0.0.0.0", "255.255.255.255", "10.0.0.1"],
    "NS": ["ns1.example.com.", "NS2.EXAMPLE.COM.", ".", LONG_255.to_text()],
    "MD": [gen(nm("md", "example", "com")), gen(b"\x00")],
    "MF": [gen(nm("mf", "example", "com"))],
    "CNAME": ["target.example.com.", "a\\000b.\\.dot.example.", "Target.Example.COM."],
    "SOA": [
        "ns1.example.com. hostmaster.example.com. 2024010101 7200 3600 1209600 300",
        ". . 0 0 0 0 0",
        "NS.EXAMPLE. Host\\.Master.example. 4294967295 4294967295 4294967295 4294967295 4294967295",
    ],
    "MB": [gen(nm("mb", "example", "com"))],
    "MG": [gen(nm("mg", "example", "com"))],
    "MR": [gen(nm("mr", "example", "com"))],
    "NULL": [gen(b""), gen(b"\x00\x01\x02\xff"), gen(rbytes(300))],
    "WKS": ["192.0.2.1 6 25 53 80 443", "10.0.0.1 17 53", "192.0.2.2 6", "192.0.2.3 6 1023"],
    "PTR": ["host.example.com.", "1.2.0.192.in-addr.arpa.", "."],
    "HINFO": ['"INTEL-386" "UNIX"', '"" ""', '"a\\"b" "c\\\\d"', '"' + "h" * 255 + '" "os"'],
    "MINFO": [gen(nm("rmail", "example") + nm("email", "example")), gen(b"\x00\x00")],
    "MX": ["10 mail.example.com.", "0 .", "65535 MAIL.Example.COM."],
    "TXT": TXT_LIKE,
    "RP": ["admin.example.com. txt.example.com.", ". .", "Mbox.Example. ."],
    "AFSDB": ["1 afsdb.example.com.", "2 ."],
    "X25": ['"311061700956"', '""'],
    "ISDN": ['"150862028003217" "004"', '"150862028003217"'],
    "RT": ["0 relay.example.com.", "65535 ."],
    "NSAP": ["0x47000580005a0000000001e133ffffff00016100", "0x00"],
    "NSAP-PTR": ["foo.example.com.", "."],
    "SIG": [
        "NXT 1 3 3600 20020101000000 20010101000000 2143 foo.example. " + b64(64),
        "A 8 2 300 20250101000000 20240101000000 65535 . " + b64(128),
    ],
    "KEY": ["256 3 5 " + b64(64), "512 3 8 " + b64(132)],
    "PX": ["10 net2.it. PRMD-net2.ADMD-p400.C-it.", "0 . ."],
    "GPOS": ["-32.6882 116.8652 10.0", "0 0 0", "-90 180 -1"],
    "AAAA": ["2001:db8::1", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "::ffff:192.0.2.1"],
    "LOC": [
        "60 09 00.000 N 24 39 00.000 E 10.00m 20.00m 2000.00m 20.00m",
        "42 21 54 N 71 06 18 W -24m 30m",
        "0 0 0 S 0 0 0 W 0m 0m 0m 0m",
        "90 N 180 E 42849672.95m 90000000m 90000000m 90000000m",
    ],
    "NXT": [gen(nm("next", "example") + b"\x40\x01\x00\x82")],
    "SRV": ["0 5 5060 sip.example.com.", "65535 65535 65535 .", "10 0 443 Target.EXAMPLE.com."],
    "NAPTR": [
        '100 10 "U" "E2U+sip" "!^.*$!sip:info@example.com!" .',
        '0 0 "" "" "" replace.example.com.',
        '65535 65535 "s" "SIP+D2T" "" _sip._tcp.example.com.',
    ],
    "KX": ["10 kx.example.com.", "0 ."],
    "CERT": ["1 12345 8 " + b64(100), "65535 0 0 " + b64(3)],
    "A6": [gen(b"\x00" + bytes.fromhex("20010db8000000000000000000000001")),
           gen(b"\x40" + bytes.fromhex("0000000000000001") + nm("prefix", "example"))],
    "DNAME": ["target.example.net.", ".", "Dname.Target.EXAMPLE."],
    "APL": ["1:192.168.32.0/21 !1:192.168.38.0/28", "2:2001:db8::/32", "1:0.0.0.0/0", "", "!2:::/0"],
    "DS": ["60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118", "12345 13 2 " + hx(32), "1 253 4 " + hx(48)],
    "SSHFP": ["1 1 " + hx(20), "4 2 " + hx(32)],
    "IPSECKEY": [
        "10 0 2 . AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==",
        "10 1 2 192.0.2.38 " + b64(40),
        "10 2 2 2001:db8:0:8002::2000:1 " + b64(40),
        "10 3 2 mygateway.example.com. " + b64(40),
        "255 3 1 . " + b64(8),
    ],
    "RRSIG": [
        "A 8 3 86400 20250101000000 20240101000000 12345 example.com. " + b64(256),
        "NSEC 13 2 3600 20300101000000 20200101000000 1 Example.COM. " + b64(64),
        "TYPE65280 15 0 0 0 0 0 . " + b64(64),
    ],
    "NSEC": ["host.example.com. A MX RRSIG NSEC TYPE1234", "next.example.", "\\000.example. A NS SOA TXT AAAA RRSIG NSEC DNSKEY TYPE65535"],
    "DNSKEY": ["257 3 8 " + b64(260), "256 3 13 " + b64(64), "256 3 15 " + b64(32)],
    "DHCID": ["AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA=", b64(1)],
    "NSEC3": [
        "1 1 12 aabbccdd 2vptu5timamqttgl4luu9kg21e0aor3s A RRSIG",
        "1 0 0 - 2vptu5timamqttgl4luu9kg21e0aor3s",
        "1 0 10 " + hx(255) + " 2vptu5timamqttgl4luu9kg21e0aor3s NS SOA RRSIG DNSKEY NSEC3PARAM TYPE65534",
    ],
    "NSEC3PARAM": ["1 0 12 aabbccdd", "1 0 0 -", "1 1 65535 " + hx(16)],
    "TLSA": ["3 1 1 " + hx(32), "0 0 0 " + hx(1), "255 255 255 " + hx(64)],
    "SMIMEA": ["3 1 1 " + hx(32), "0 0 2 " + hx(64)],
    "HIP": [
        "2 200100107B1A74DF365639CC39F1D578 " + b64(132) + " rvs1.example.com. rvs2.example.com.",
        "2 200100107B1A74DF365639CC39F1D578 " + b64(132),
    ],
    "NINFO": ['"ninfo" "text"', '""'],
    "CDS": ["60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118", "0 0 0 00"],
    "CDNSKEY": ["257 3 13 " + b64(64), "0 3 0 AA=="],
    "OPENPGPKEY": [b64(100), b64(1)],
    "CSYNC": ["66 3 A NS AAAA", "0 0", "4294967295 65535 TYPE65535"],
    "ZONEMD": ["2018031500 1 1 " + hx(48), "0 1 2 " + hx(64), "1 240 241 " + hx(12)],
    "SVCB": [
        '1 svc.example.com. alpn="h2,h3" port=8443 ipv4hint=192.0.2.1,192.0.2.2 ipv6hint=2001:db8::1 ech=' + ech(40),
        "0 alias.example.com.",
        "16 foo.example.org. mandatory=alpn,ipv4hint alpn=h2 ipv4hint=192.0.2.1",
        '1 . key667="hello" key65333="x"',
        '1 . no-default-alpn alpn="h2,http/1.1"',
        '1 . dohpath="/dns-query{?dns}" ohttp',
        '1 . alpn="f\\\\\\\\oo\\\\,bar,h2"',
    ],
    "HTTPS": [
        '1 . alpn="h3,h2" ipv4hint=104.16.0.1 ipv6hint=2606:4700::1 ech=' + ech(60),
        "0 www.example.net.",
        "2 Pool.Example. port=443",
    ],
    "DSYNC": ["CDS NOTIFY 5359 ds-sync.example.com.", "CSYNC 1 53 .", "TYPE65280 255 0 Target.EXAMPLE."],
    "SPF": ['"v=spf1 -all"', '""'],
    "NID": ["10 0014:4fff:ff20:ee64", "0 0000:0000:0000:0000"],
    "L32": ["10 10.1.2.0", "65535 255.255.255.255"],
    "L64": ["10 2001:0db8:1140:1000", "0 0000:0000:0000:0000"],
    "LP": ["10 l64-subnet1.example.com.", "0 ."],
    "EUI48": ["00-00-5e-00-53-2a", "ff-ff-ff-ff-ff-ff"],
    "EUI64": ["00-00-5e-ef-10-00-00-2a", "00-00-00-00-00-00-00-00"],
    "TKEY": ["gss-tsig. 1609459200 1609462800 3 0 " + b64(32), "hmac-sha256. 0 4294967295 65535 65535 " + b64(3) + " " + b64(6)],
    "URI": ['10 1 "ftp://ftp1.example.com/public"', '0 0 "https://example.com/a%20b?c=d"', '65535 65535 "' + "u" * 400 + '"'],
    "CAA": ['0 issue "letsencrypt.org"', '128 tbs "Unknown"', '0 issuewild ";"', '0 iodef "mailto:security@example.com"', '0 issue ""'],
    "AVC": ['"app-name:WebEx|app-class:OAM"', '""'],
    "AMTRELAY": ["0 0 0 .", "0 1 1 203.0.113.15", "128 0 2 2001:db8::15", "255 1 3 amtrelays.example.com."],
    "RESINFO": ["qnamemin exterr=15,16,17 infourl=https://resolver.example.com/guide", '""'],
    "WALLET": ['"BTC" "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"'],
    "HHIT": [b64(32)],
    "BRID": [b64(40)],
    "DLV": ["60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118"],
    "TA": [gen(bytes.fromhex("ebd80801") + rbytes(32))],
    "UNSPEC": [gen(rbytes(5))],
    "TYPE65280": [gen(bytes.fromhex("deadbeef")), gen(b"")],
    "TYPE65535": [gen(rbytes(17))],
    "TYPE1234": [gen(b"")],
}

# Types that carry RFC 1035 style names but which dnspython treats as opaque
# (GenericRdata).  Mutations of messages holding them are skipped (dnspython
# would happily accept any bytes there).
OPAQUE_NAME_TYPES = {"MD", "MF", "MB", "MG", "MR", "MINFO", "NXT", "A6"}


def parse_rdata(cls, tname, text):
    rdtype = dns.rdatatype.from_text(tname)
    return dns.rdata.from_text(cls, rdtype, text)


def mk_msg(ident, flags=0x8180, qname=None, qtype=1, qclass=1):
    m = dns.message.Message(id=ident)
    m.flags = flags
    if qname is not None:
        m.find_rrset(m.question, qname, qclass, qtype, create=True, force_unique=True)
    return m


def add(m, section, name, ttl, rdatas):
    rs = dns.rrset.RRset(name, rdatas[0].rdclass, rdatas[0].rdtype, rdatas[0].covers())
    for rd in rdatas:
        rs.add(rd, ttl)
    section.append(rs)
    return rs


MESSAGES = []  # (category, wire, mutable)


def emit(cat, wire, mutable=False):
    MESSAGES.append((cat, bytes(wire), mutable))


def next_id():
    return rng.getrandbits(16)


def build_valid_typed():
    i = 0
    for tname, texts in TYPE_VARIANTS.items():
        rdtype = dns.rdatatype.from_text(tname)
        rds = [parse_rdata(dns.rdataclass.IN, tname, t) for t in texts]
        mutable = tname not in OPAQUE_NAME_TYPES
        # one message per variant
        for k, rd in enumerate(rds):
            o = owner(i)
            i += 1
            m = mk_msg(next_id(), 0x8180 | (0x0400 if k % 2 else 0), o, rdtype)
            add(m, m.answer, o, [300, 0, 86400, 2147483647][k % 4], [rd])
            emit("valid-typed", m.to_wire(), mutable)
        # all variants in one RRset, plus a copy in authority and additional
        if len(rds) > 1:
            o = owner(i)
            i += 1
            m = mk_msg(next_id(), 0x8400, o, rdtype)
            by_covers = collections.OrderedDict()
            for rd in rds:
                by_covers.setdefault(rd.covers(), []).append(rd)
            for group in by_covers.values():
                add(m, m.answer, o, 3600, group)
            add(m, m.authority, N("auth.example.com."), 60, rds[:1])
            add(m, m.additional, o, 120, rds[-1:])
            emit("valid-typed", m.to_wire(), mutable)
    # class variants: CH / HS / CLASS32 / NONE / ANY on a selection of types
    for cls in (dns.rdataclass.CH, dns.rdataclass.HS, 32, 254, 255):
        for tname in ("TXT", "NS", "SOA", "MX", "PTR", "HINFO", "CNAME", "TYPE65280", "NULL"):
            rd = parse_rdata(cls, tname, TYPE_VARIANTS[tname][0])
            o = owner(i)
            i += 1
            m = mk_msg(next_id(), 0x8500, o, rd.rdtype, cls)
            add(m, m.answer, o, 0, [rd])
            emit("valid-class", m.to_wire(), True)
        # class-specific IN types in other classes are opaque to dnspython
        for tname, data in (("A", b"\xc0\x00\x02\x01"), ("AAAA", rbytes(16)), ("SRV", b"\x00" * 6 + b"\x00")):
            if cls == dns.rdataclass.CH and tname == "A":
                continue  # CH A has its own implementation (see below)
            rd = dns.rdata.from_text(cls, tname, gen(data))
            m = mk_msg(next_id(), 0x8500, N("cls.example."), rd.rdtype, cls)
            add(m, m.answer, N("cls.example."), 5, [rd])
            emit("valid-class", m.to_wire(), False)
    # CH A (Chaosnet address: domain + 16-bit octal address)
    for text in ("ch-addr.example. 0o177001".replace("0o", ""), ". 0", "Chaos.NET. 177777"):
        rd = dns.rdata.from_text(dns.rdataclass.CH, dns.rdatatype.A, text)
        m = mk_msg(next_id(), 0x8500, N("version.bind."), 1, dns.rdataclass.CH)
        add(m, m.answer, N("version.bind."), 0, [rd])
        emit("valid-class", m.to_wire(), True)
    # dnspython compresses the CH A domain when writing, but refuses to
    # decompress it when reading: it refuses its own output here.
    rd = dns.rdata.from_text(dns.rdataclass.CH, dns.rdatatype.A, "host.example. 177001")
    m = mk_msg(next_id(), 0x8500, N("host.example."), 1, dns.rdataclass.CH)
    add(m, m.answer, N("host.example."), 0, [rd])
    emit("compressed-rdata-name", m.to_wire(), False)


def build_valid_names():
    names = OWNERS + [
        LONG_255,
        MANY_LABELS,
        N("a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.example."),
        N("UPPER.CASE.EXAMPLE."),
        N("upper.case.example."),
        N("\\000\\000\\000."),
        N("\\..\\.."),
        N("@.example."),
        N("sub." + "q" * 63 + "." + "r" * 63 + ".example."),
    ]
    for k, n in enumerate(names):
        # name in question, owner, NS target (compressible) and SRV target
        m = mk_msg(next_id(), 0x8180, n, 1)
        add(m, m.answer, n, 60, [dns.rdata.from_text("IN", "A", "192.0.2.%d" % (k + 1))])
        add(m, m.authority, n, 60, [dns.rdata.from_text("IN", "NS", n.to_text())])
        emit("valid-names", m.to_wire(), True)
        if len(n.to_wire()) < 200:
            m = mk_msg(next_id(), 0x8180, n, 33)
            add(m, m.answer, n, 60, [dns.rdata.from_text("IN", "SRV", "1 2 3 " + n.to_text())])
            sub = dns.name.Name((b"sub",) + n.labels) if n != dns.name.root else N("sub.")
            add(m, m.additional, sub, 60, [dns.rdata.from_text("IN", "CNAME", n.to_text())])
            emit("valid-names", m.to_wire(), True)
    # case-insensitive compression: dnspython compresses names that differ
    # only in case, so the decoded rdata name takes the case of the target.
    m = mk_msg(next_id(), 0x8180, N("Example.COM."), 2)
    add(m, m.answer, N("Example.COM."), 60, [dns.rdata.from_text("IN", "NS", "ns.example.com.")])
    add(m, m.answer, N("example.com."), 60, [dns.rdata.from_text("IN", "MX", "5 MAIL.EXAMPLE.COM.")])
    emit("valid-names", m.to_wire(), True)
    # CNAME chain with heavy compression
    m = mk_msg(next_id(), 0x8180, N("a.chain.example."), 1)
    chain = ["a", "b.a", "c.b.a", "d.c.b.a"]
    for x, y in zip(chain, chain[1:]):
        add(m, m.answer, N(x + ".chain.example."), 30, [dns.rdata.from_text("IN", "CNAME", y + ".chain.example.")])
    add(m, m.answer, N("d.c.b.a.chain.example."), 30, [dns.rdata.from_text("IN", "A", "192.0.2.9")])
    emit("valid-names", m.to_wire(), True)


def build_valid_edns():
    E = dns.edns
    option_sets = [
        [],
        [E.NSIDOption(b"")],
        [E.NSIDOption(b"ns1.example")],
        [E.ECSOption("192.0.2.0", 24, 0)],
        [E.ECSOption("2001:db8::", 56, 48)],
        [E.ECSOption("0.0.0.0", 0, 0)],
        [E.ECSOption("198.51.100.7", 32, 32)],
        [E.CookieOption(rbytes(8), b"")],
        [E.CookieOption(rbytes(8), rbytes(16))],
        [E.CookieOption(rbytes(8), rbytes(32))],
        [E.GenericOption(E.PADDING, b"")],
        [E.GenericOption(E.PADDING, b"\x00" * 100)],
        [E.EDEOption(E.EDECode.STALE_ANSWER)],
        [E.EDEOption(E.EDECode.DNSSEC_BOGUS, "signature expired for example.com")],
        [E.EDEOption(65535, "unicode \u00e9\u4e2d")],
        [E.EDEOption(E.EDECode.OTHER, "")],
        [E.GenericOption(E.KEEPALIVE, b"")],
        [E.GenericOption(E.KEEPALIVE, b"\x01\x2c")],
        [E.ReportChannelOption(N("agent.example.com."))],
        [E.ReportChannelOption(N("."))],
        [E.GenericOption(19, b"")],
        [E.GenericOption(19, b"\x02\x00" + b"\x78\x9a\xbc\xde")],
        [E.GenericOption(65001, b"")],
        [E.GenericOption(65535, rbytes(20))],
        [E.GenericOption(E.EXPIRE, b"\x00\x00\x0e\x10")],
        [E.GenericOption(E.DAU, b"\x08\x0d\x0f"), E.GenericOption(E.DHU, b"\x01\x02"), E.GenericOption(E.N3U, b"\x01")],
        [E.GenericOption(E.CHAIN, nm("example", "com"))],
        [E.EDEExtraTextLanguageOption("en"), E.FilteringContactOption("mailto:abuse@example.net"),
         E.FilteringOrganizationOption("Example Org"), E.FilteringDBOption("db1")],
        [E.NSIDOption(b"a"), E.CookieOption(rbytes(8), rbytes(8)), E.EDEOption(E.EDECode.BLOCKED, "blocked"),
         E.GenericOption(E.PADDING, b"\x00" * 7), E.ECSOption("192.0.2.128", 25, 0), E.GenericOption(0, b"")],
        [E.EDEOption(E.EDECode.OTHER, "x"), E.EDEOption(E.EDECode.FILTERED, "y")],  # repeated option code
    ]
    flag_sets = [
        (0, 512), (dns.flags.DO, 1232), (0, 4096), (dns.flags.DO, 65535), (0, 0), (0x7FFF, 1400), (0x4000, 511),
    ]
    for k, opts in enumerate(option_sets):
        ednsflags, payload = flag_sets[k % len(flag_sets)]
        is_query = k % 3 == 0
        qn = owner(k) if k % 5 else N("example.com.")
        m = mk_msg(next_id(), 0x0120 if is_query else 0x8180, qn, [1, 28, 16, 48, 65][k % 5])
        if not is_query:
            add(m, m.answer, qn, 300, [dns.rdata.from_text("IN", "A", "192.0.2.1")])
        m.use_edns(0, ednsflags, payload, options=opts)
        emit("valid-edns", m.to_wire(), True)
    # extended rcodes and EDNS versions
    for k, rc in enumerate([16, 23, 22, 4095, 3, 2, 15]):
        m = mk_msg(next_id(), 0x8180, N("rcode.example."), 1)
        m.use_edns(0, dns.flags.DO if k % 2 else 0, 1232)
        m.set_rcode(rc)
        emit("valid-edns", m.to_wire(), True)
    for ver in (1, 255):
        m = mk_msg(next_id(), 0x0100, N("ver.example."), 1)
        m.use_edns(ver, 0, 1232)
        emit("valid-edns", m.to_wire(), True)
    # OPT only (no question), and OPT after other additional records
    m = mk_msg(next_id(), 0x8000)
    m.use_edns(0, 0, 1232)
    emit("valid-edns", m.to_wire(), True)
    m = mk_msg(next_id(), 0x8180, N("glue.example."), 2)
    add(m, m.authority, N("glue.example."), 3600, [dns.rdata.from_text("IN", "NS", "ns1.glue.example.")])
    add(m, m.additional, N("ns1.glue.example."), 3600, [dns.rdata.from_text("IN", "A", "192.0.2.53")])
    add(m, m.additional, N("ns1.glue.example."), 3600, [dns.rdata.from_text("IN", "AAAA", "2001:db8::53")])
    m.use_edns(0, dns.flags.DO, 1232, options=[E.CookieOption(rbytes(8), rbytes(16))])
    emit("valid-edns", m.to_wire(), True)


def build_valid_queries():
    qtypes = [1, 2, 5, 6, 12, 15, 16, 28, 33, 43, 46, 48, 64, 65, 99, 252, 251, 255, 253, 254, 0, 65280, 65535]
    for k, qt in enumerate(qtypes):
        qn = owner(k)
        m = dns.message.make_query(qn, qt, use_edns=(k % 3 != 0), want_dnssec=(k % 2 == 0))
        m.id = next_id()
        if k % 4 == 1:
            m.flags |= dns.flags.CD | dns.flags.AD
        if k % 5 == 2:
            m.flags &= ~dns.flags.RD
        emit("valid-query", m.to_wire(), True)
    for cls in (3, 4, 32, 254, 255, 65535, 0):
        m = mk_msg(next_id(), 0x0100, N("version.bind."), 16, cls)
        emit("valid-query", m.to_wire(), True)
    # opcodes other than QUERY/UPDATE, all header flag bits
    for flags in (0x0800, 0x1000, 0x2000, 0x3000, 0x3800, 0x7800, 0xFFFF & ~0x7800 | 0x3000, 0x0040, 0x8F8F):
        m = mk_msg(next_id(), flags, N("flags.example."), 1)
        emit("valid-query", m.to_wire(), True)
    # several questions (hand-made: dnspython only builds one easily)
    w = hdr(qd=3, id=0x0102, flags=0x0100) + qd(nm("one", "example")) + qd(ptr(12), 28) + qd(nm("two") [:-1] + ptr(16), 15)
    emit("valid-query", w, True)
    # no question at all
    emit("valid-query", hdr(id=0, flags=0), True)
    emit("valid-query", hdr(id=0xFFFF, flags=0xFFFF & ~0x7800), True)


def build_tsig():
    """TSIG records appended by hand (dnspython would sign with the clock)."""
    def tsig_rdata(alg, mac, other=b"", orig=0x1234, err=0, t=1700000000, fudge=300):
        return (nm(*alg.split(".")) if alg != "." else b"\x00") + struct.pack("!HIH", t >> 32, t & 0xFFFFFFFF, fudge) + \
            struct.pack("!H", len(mac)) + mac + struct.pack("!HHH", orig, err, len(other)) + other

    base_q = qd(nm("tsig", "example"), 6)
    good = [
        tsig_rdata("hmac-sha256", rbytes(32)),
        tsig_rdata("hmac-md5.sig-alg.reg.int", rbytes(16), orig=0xBEEF),
        tsig_rdata("HMAC-SHA512", rbytes(64), other=rbytes(6), err=18),
        tsig_rdata("gss-tsig", b"", err=17, t=(1 << 48) - 1, fudge=65535),
    ]
    for k, rd in enumerate(good):
        key = nm("key", "example") if k != 1 else ptr(12)
        w = hdr(qd=1, ar=1, id=0x1234, flags=0x0000) + base_q + rr(key, TSIG, rd, c=255, ttl=0 if k else 7)
        emit("tsig", w, True)
    # TSIG after OPT and after an A record
    opt = rr(b"\x00", OPT, b"", c=1232, ttl=0x8000)
    a = rr(nm("ns", "tsig", "example"), 1, b"\xc0\x00\x02\x01")
    w = hdr(qd=1, ar=3, id=0x1234) + base_q + a + opt + rr(nm("k"), TSIG, good[0], c=255)
    emit("tsig", w, True)
    # misplaced / malformed TSIG
    t = rr(nm("k"), TSIG, good[0], c=255)
    emit("tsig", hdr(qd=1, ar=2) + base_q + t + a, False)  # not last
    emit("tsig", hdr(qd=1, an=1) + base_q + t, False)  # answer section
    emit("tsig", hdr(qd=1, ns=1) + base_q + t, False)  # authority section
    emit("tsig", hdr(qd=1, ar=1) + base_q + rr(nm("k"), TSIG, good[0], c=1), False)  # class IN
    emit("tsig", hdr(qd=1, ar=2) + base_q + t + t, False)  # two TSIGs
    emit("tsig", hdr(qd=1, ar=1) + base_q + rr(nm("k"), TSIG, good[0][:-3], c=255), False)  # truncated rdata
    emit("tsig", hdr(qd=1, ar=1) + base_q + rr(nm("k"), TSIG, ptr(12) + good[0][13:], c=255), False)  # compressed algorithm
    emit("tsig", hdr(qd=1, ar=1) + base_q + rr(nm("k"), TSIG, good[0] + b"\x00", c=255), False)  # rdata too long


def build_sweeps():
    all_types = sorted(set(int(t) for t in dns.rdatatype.RdataType) | {65280, 65535, 32769, 4660})
    # empty RDATA for every type
    for t in all_types:
        emit("sweep-empty-rdata", hdr(an=1, id=t) + rr(b"\x00", t, b""), False)
    # fixed-length types with wrong lengths
    fixed = {1: 4, 28: 16, 106: 6, 109: 8, 105: 6, 104: 10, 106 + 0: 6, 108: 8}
    # NID=104 (2+8), L32=105 (2+4), L64=106 (2+8), EUI48=108 (6), EUI64=109 (8)
    fixed = {1: 4, 28: 16, 104: 10, 105: 6, 106: 10, 108: 6, 109: 8, 11: 5}
    for t, n in sorted(fixed.items()):
        for delta in (-1, +1, -n + 1):
            L = n + delta
            if L < 0 or L == n:
                continue
            emit("sweep-rdlen", hdr(an=1, id=t) + rr(nm("x"), t, rbytes(L)), False)
        emit("sweep-rdlen", hdr(an=1, id=t) + rr(nm("x"), t, rbytes(n)), False)
    # each name-carrying type with a compressed name inside its rdata
    target = nm("tgt", "example")  # at offset 12 (question)
    cases = [
        ("NS", 2, ptr(12)), ("CNAME", 5, ptr(12)), ("PTR", 12, ptr(12)), ("DNAME", 39, ptr(12)),
        ("MX", 15, b"\x00\x0a" + ptr(12)), ("KX", 36, b"\x00\x0a" + ptr(12)), ("AFSDB", 18, b"\x00\x01" + ptr(12)),
        ("RT", 21, b"\x00\x01" + ptr(12)), ("SRV", 33, b"\x00\x01\x00\x02\x00\x03" + ptr(12)),
        ("SOA", 6, ptr(12) + b"\x01h" + ptr(12) + b"\x00" * 20), ("RP", 17, ptr(12) + ptr(16)),
        ("PX", 26, b"\x00\x01" + ptr(12) + ptr(16)), ("NAPTR", 35, b"\x00\x01\x00\x02\x00\x00\x00" + ptr(12)),
        ("NSAP-PTR", 23, ptr(12)), ("NSEC", 47, ptr(12) + b"\x00\x01\x40"),
        ("RRSIG", 46, b"\x00\x01\x08\x02" + b"\x00" * 14 + ptr(12) + b"\x01\x02\x03\x04"),
        ("SIG", 24, b"\x00\x01\x08\x02" + b"\x00" * 14 + ptr(12) + b"\x01\x02\x03\x04"),
        ("LP", 107, b"\x00\x01" + ptr(12)), ("SVCB", 64, b"\x00\x01" + ptr(12)), ("HTTPS", 65, b"\x00\x00" + ptr(12)),
        ("IPSECKEY", 45, b"\x0a\x03\x00" + ptr(12)), ("AMTRELAY", 260, b"\x00\x03" + ptr(12)),
        ("HIP", 55, b"\x01\x02\x00\x01\xaa\xbb" + ptr(12)), ("DSYNC", 66, b"\x00\x3b\x01\x14\xe9" + ptr(12)),
        ("TKEY", 249, ptr(12) + b"\x00" * 16),
        # (MB/MG/MR/MINFO/MD/MF are opaque to dnspython: it would keep the raw
        # pointer octets as rdata, so compressed variants are left out.)
    ]
    for tname, t, rd in cases:
        w = hdr(qd=1, an=1, id=t) + qd(target, t) + rr(ptr(12), t, rd)
        emit("compressed-rdata-name", w, False)
        # and the same with the name uncompressed
        unc = rd.replace(ptr(12), target).replace(ptr(16), nm("example"))
        emit("compressed-rdata-name", hdr(qd=1, an=1, id=t) + qd(target, t) + rr(ptr(12), t, unc), False)


def build_rfc9267():
    C = "rfc9267"
    q_a = qd(nm("example", "com"))  # name at offset 12 (13 octets)
    # --- pointer loops / bad pointers in question
    emit(C, hdr(qd=1) + qd(ptr(12)), False)  # pointer to itself
    emit(C, hdr(qd=1) + b"\x01a" + ptr(16) + b"\x01b" + ptr(12) + b"\x00\x01\x00\x01", False)  # 2-cycle (one forward)
    emit(C, hdr(qd=1) + ptr(20) + b"\x00\x01\x00\x01" + nm("fwd") + b"\x00" * 0, False)  # forward pointer
    emit(C, hdr(qd=1) + ptr(0x3FFF) + b"\x00\x01\x00\x01", False)  # pointer past end
    emit(C, hdr(qd=1) + ptr(17) + b"\x00\x01\x00\x01", False)  # pointer to last byte/after name
    emit(C, hdr(qd=1) + b"\xc0", False)  # truncated pointer
    emit(C, hdr(qd=1) + b"\x01a\xc0", False)  # truncated pointer after label
    # pointer into the header: id 0 -> root; id 0x0161 + flags 0x00xx -> "a."
    emit(C, hdr(qd=1, id=0x0000, flags=0x0000) + qd(ptr(0)), False)
    emit(C, hdr(qd=1, id=0x0161, flags=0x0010) + qd(ptr(0)), False)
    emit(C, hdr(qd=1, id=0x0161, flags=0x0100) + qd(ptr(0)), False)  # flags byte 0x01 -> label runs on
    emit(C, hdr(qd=1, id=0x0000, flags=0x0000) + qd(ptr(11)), False)  # arcount low byte = 0 -> root
    # pointer into the middle of a label / name
    w = hdr(qd=1, an=1) + qd(nm("www", "example", "com")) + rr(ptr(16), 1, b"\x7f\x00\x00\x01")  # -> "example.com"
    emit(C, w, False)
    w = hdr(qd=1, an=1) + qd(nm("ab\x01c", "com")) + rr(ptr(15), 1, b"\x7f\x00\x00\x01")  # inside label data
    emit(C, w, False)
    # pointer chains: owner of RR k points at owner of RR k-1 (k hops)
    for depth in (2, 3, 15, 16, 17, 20):
        body = q_a
        offs = [12]
        recs = b""
        pos = 12 + len(q_a)
        for k in range(depth):
            own = ptr(offs[-1])
            rec = rr(own, 1, bytes([192, 0, 2, k]))
            offs.append(pos)
            pos += len(rec)
            recs += rec
        emit(C, hdr(qd=1, an=depth) + body + recs, False)
    # target lies after the previous target but before the pointer itself
    # name at 29: label "\x01\x00\x00" then pointer to 30 -> labels "\x00" + root
    w = hdr(qd=1, an=1) + q_a + nm("\x01\x00\x00")[:-1] + ptr(30) + struct.pack("!HHIH", 1, 1, 0, 4) + b"\x7f\x00\x00\x01"
    emit(C, w, False)
    # same idea, but as a loop (pointer back into its own name, loops forever)
    w = hdr(qd=1, an=1) + q_a + b"\x02\x01A" + ptr(30) + struct.pack("!HHIH", 1, 1, 0, 4) + b"\x7f\x00\x00\x01"
    emit(C, w, False)
    # name that compresses to a later name that is itself compressed (double hop, both backwards)
    w = hdr(qd=1, an=2) + q_a + rr(b"\x03www" + ptr(12), 1, b"\x01\x02\x03\x04") + rr(b"\x01x" + ptr(29), 1, b"\x01\x02\x03\x05")
    emit(C, w, False)
    # --- label types
    for lt in (0x40, 0x41, 0x7F, 0x80, 0xBF):
        emit(C, hdr(qd=1) + bytes([lt]) + b"a" * 70 + b"\x00\x00\x01\x00\x01", False)
        emit(C, hdr(qd=1, an=1) + q_a + rr(b"\x01x" + bytes([lt, 0]) + b"\x00", 1, b"\x01\x02\x03\x04"), False)
        emit(C, hdr(qd=1, an=1) + q_a + rr(ptr(12), 2, b"\x02ns" + bytes([lt]) + b"\x00"), False)
    emit(C, hdr(qd=1) + b"\x3f" + b"m" * 63 + b"\x00\x00\x01\x00\x01", False)  # 63-octet label ok
    # --- name length
    def labels_total(total):
        """uncompressed name of exactly `total` octets"""
        labs = []
        rem = total - 1
        while rem > 0:
            n = min(63, rem - 1)
            if rem - (n + 1) == 1:  # avoid leaving a single octet (needs 0-length label)
                n -= 1
            labs.append(b"n" * n)
            rem -= n + 1
        return nm(*labs)
    for total in (254, 255, 256, 257, 300):
        name = labels_total(total)
        assert len(name) == total, (total, len(name))
        emit(C, hdr(qd=1) + qd(name), False)
        emit(C, hdr(qd=1, an=1) + q_a + rr(ptr(12), 5, name), False)
    # over 255 through compression: prefix + pointer to a 200-octet suffix
    suffix = labels_total(200)  # at offset 12 in the question
    for pre in (54, 55, 56, 60):
        # prefix of `pre` octets (labels), followed by pointer: total = pre + 200
        labs = []
        rem = pre
        while rem > 0:
            n = min(63, rem - 1)
            if rem - (n + 1) == 1:
                n -= 1
            labs.append(b"p" * n)
            rem -= n + 1
        prefix = b"".join(bytes([len(x)]) + x for x in labs)
        assert len(prefix) == pre
        w = hdr(qd=1, an=1) + qd(suffix) + rr(prefix + ptr(12), 1, b"\x01\x02\x03\x04")
        emit(C, w, False)
        # and as an NS target inside rdata
        w = hdr(qd=1, an=1) + qd(suffix) + rr(ptr(12), 2, prefix + ptr(12))
        emit(C, w, False)
    # 127 single-octet labels (255) and 128 (257)
    emit(C, hdr(qd=1) + qd(b"\x01a" * 127 + b"\x00"), False)
    emit(C, hdr(qd=1) + qd(b"\x01a" * 128 + b"\x00"), False)
    # --- RDLENGTH vs type
    pre = hdr(qd=1, an=1) + q_a
    for t, data in (
        (1, b"\x01\x02\x03"), (1, b"\x01\x02\x03\x04\x05"), (1, b""), (28, b"\x00" * 15), (28, b"\x00" * 17),
        (15, b"\x00\x0a"), (15, b"\x00"), (15, b"\x00\x0a\x00\x00"), (2, b"\x02ns\x00\x00"), (6, b"\x00\x00" + b"\x00" * 19),
        (6, b"\x00\x00" + b"\x00" * 21), (16, b"\x05abc"), (16, b"\x03abc\x00"), (13, b"\x01a"), (33, b"\x00" * 6),
        (44, b"\x01"), (43, b"\x00\x01\x08"), (48, b"\x01\x00\x03"), (257, b"\x00\x05issu"),
    ):
        emit("rdlength", pre + rr(ptr(12), t, data), False)
    # name in rdata running past RDLENGTH (RDLENGTH shorter than the name)
    emit("rdlength", pre + rr(ptr(12), 2, b"\x02ns\x07example\x00", rdlen=4) + b"\x07example\x00"[-0:], False)
    emit("rdlength", pre + rr(ptr(12), 2, b"\x02ns" + ptr(12), rdlen=3) + b"", False)
    # RDLENGTH beyond the end of the message
    emit("rdlength", pre + rr(ptr(12), 1, b"\x01\x02\x03\x04", rdlen=5), False)
    emit("rdlength", pre + rr(ptr(12), 1, b"\x01\x02\x03\x04", rdlen=0xFFFF), False)
    emit("rdlength", pre + ptr(12) + b"\x00\x01\x00\x01\x00\x00", False)  # RR header cut
    # --- counts vs data
    full = hdr(qd=1, an=1, ns=1, ar=1) + q_a + rr(ptr(12), 1, b"\x01\x02\x03\x04") + \
        rr(ptr(12), 2, b"\x02ns" + ptr(12)) + rr(b"\x02ns" + ptr(12), 1, b"\x05\x06\x07\x08")
    emit("counts", full, True)
    for counts in ((2, 1, 1, 1), (1, 2, 1, 1), (1, 1, 2, 1), (1, 1, 1, 2), (1, 3, 0, 0), (65535, 1, 1, 1),
                   (1, 1, 1, 65535), (0, 0, 0, 0), (1, 0, 0, 0), (1, 1, 0, 0), (1, 0, 0, 1), (1, 0, 2, 1)):
        emit("counts", struct.pack("!HHHHHH", 0x1234, 0x8180, *counts) + full[12:], False)
    # --- trailing bytes
    for extra in (b"\x00", b"\xff" * 12, full[12:]):
        emit("trailing", full + extra, False)
    emit("trailing", hdr() + b"\x00", False)
    emit("trailing", hdr(qd=1) + q_a + b"\x00\x00", False)
    # --- OPT placement and contents
    def opt(rdata=b"", owner=b"\x00", cls=1232, ttl=0):
        return rr(owner, OPT, rdata, c=cls, ttl=ttl)
    b = hdr(qd=1, ar=1) + q_a
    emit("opt", b + opt(), True)
    emit("opt", b + opt(owner=nm("x")), False)  # non-root owner
    emit("opt", b + opt(owner=ptr(12)), False)  # compressed non-root owner
    emit("opt", hdr(qd=1, ar=2) + q_a + opt() + opt(), False)  # two OPTs
    emit("opt", hdr(qd=1, ar=2) + q_a + opt() + opt(ttl=0x8000), False)
    emit("opt", hdr(qd=1, an=1) + q_a + opt(), False)  # OPT in answer
    emit("opt", hdr(qd=1, ns=1) + q_a + opt(), False)  # OPT in authority
    emit("opt", hdr(qd=1, an=1, ar=1) + q_a + opt() + opt(), False)
    emit("opt", b + opt(cls=0, ttl=0xFFFFFFFF), True)  # payload 0, all ttl bits
    emit("opt", b + opt(cls=65535, ttl=0x00FF8000), True)  # ext-rcode 0, version 255, DO
    emit("opt", b + opt(cls=512, ttl=0x01000000), True)  # extended rcode bits (BADVERS)
    emit("opt", b + opt(b"\x00\x0a\x00\x08" + rbytes(8)), True)
    emit("opt", b + opt(b"\x00\x0a\x00\x09" + rbytes(9)), False)  # COOKIE 9 octets
    emit("opt", b + opt(b"\x00\x0a\x00\x07" + rbytes(7)), False)  # COOKIE 7 octets
    emit("opt", b + opt(b"\x00\x0a\x00\x29" + rbytes(41)), False)  # COOKIE 41 octets
    emit("opt", b + opt(b"\x00\x08\x00\x07\x00\x01\x18\x00\xc0\x00\x02"), True)  # ECS /24
    emit("opt", b + opt(b"\x00\x08\x00\x07\x00\x01\x17\x00\xc0\x00\x03"), False)  # ECS pad bits set
    emit("opt", b + opt(b"\x00\x08\x00\x08\x00\x01\x18\x00\xc0\x00\x02\x00"), False)  # ECS address too long
    emit("opt", b + opt(b"\x00\x08\x00\x04\x00\x03\x00\x00"), False)  # ECS unknown family
    emit("opt", b + opt(b"\x00\x08\x00\x08\x00\x01\x21\x00\xc0\x00\x02\x00"), False)  # ECS /33 for IPv4
    emit("opt", b + opt(b"\x00\x0f\x00\x02\x00\x12"), True)  # EDE, no text
    emit("opt", b + opt(b"\x00\x0f\x00\x05\x00\x12abc"), True)  # EDE with text
    emit("opt", b + opt(b"\x00\x0f\x00\x04\x00\x12\xff\xfe"), False)  # EDE text not UTF-8
    emit("opt", b + opt(b"\x00\x0f\x00\x01\x00"), False)  # EDE too short
    emit("opt", b + opt(b"\x00\x0f\x00\x04\x00\x12a\x00"), False)  # EDE NUL-terminated text (dnspython strips the NUL)
    emit("opt", b + opt(b"\x00\x12\x00\x01\x00"), True)  # Report-Channel root
    emit("opt", b + opt(b"\x00\x12\x00\x03\x01a\x00"), True)
    emit("opt", b + opt(b"\x00\x12\x00\x02\x01a"), False)  # Report-Channel name cut
    emit("opt", b + opt(b"\x00\x12\x00\x02" + ptr(12)), False)  # Report-Channel compressed
    emit("opt", b + opt(b"\x00\x12\x00\x03\x00\x00\x00"), False)  # Report-Channel trailing bytes
    emit("opt", b + opt(b"\x00\x13\x00\x00"), True)  # ZONEVERSION empty
    emit("opt", b + opt(b"\x00\x01\x00\x05abc"), False)  # option length past rdata
    emit("opt", b + opt(b"\x00\x01\x00"), False)  # option header cut
    emit("opt", b + opt(b"\x00"), False)
    emit("opt", b + opt(b"\xff\xff\x00\x00\x00\x00\x00\x00"), True)  # two empty options
    emit("opt", b + opt(b"\x00\x16\x00\x02\xc3\x28"), False)  # EDE-EXTRA-TEXT-LANGUAGE invalid UTF-8
    emit("opt", hdr(qd=1, an=1, ar=2) + q_a + rr(ptr(12), 1, b"\x01\x02\x03\x04") + opt() +
         rr(ptr(12), 28, b"\x00" * 16), True)  # OPT in the middle of additional
    # --- header
    for n in range(12):
        emit("header", hdr(qd=1)[:n], False)
    emit("header", hdr(), True)
    emit("header", b"\x00" * 12, True)
    emit("header", b"\xff" * 12, False)
    emit("header", hdr(qd=1), False)
    # --- misc accepted oddities
    emit("misc", hdr(qd=1, an=2) + q_a + rr(ptr(12), 1, b"\x01\x02\x03\x04") + rr(ptr(12), 1, b"\x01\x02\x03\x04"), True)  # duplicate RR
    emit("misc", hdr(qd=1, an=2) + q_a + rr(ptr(12), 1, b"\x01\x02\x03\x04", ttl=5) + rr(ptr(12), 1, b"\x01\x02\x03\x05", ttl=7), True)
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 1, b"\x01\x02\x03\x04", ttl=0x80000000), True)
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 1, b"\x01\x02\x03\x04", ttl=0xFFFFFFFF), True)
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 0, b"\x01\x02", c=0), True)  # type 0 / class 0
    for mt in (251, 252, 253, 254, 255, 128):
        emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), mt, b"\x01\x02\x03"), False)  # meta type with data
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 1, b"\x01\x02\x03", c=255), False)  # A, class ANY, 3 octets
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 1, b"\x01\x02\x03", c=254), False)  # A, class NONE
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 1, b"\x00\x01", c=3), False)  # CH A too short
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 1, b"\x00\x00\x01", c=3), False)  # CH A too long
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 1, b"\x00\x00\x01", c=4), False)  # HS A 3 octets (opaque)
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 16, b""), False)  # TXT empty
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 16, b"\x00"), False)  # TXT one empty string
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 45, b"\x0a\x01\x00\xc0\x00\x02\x01"), False)  # IPSECKEY no key
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 45, b"\x0a\x04\x00\x01\x02"), False)  # IPSECKEY gw type 4
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 260, b"\x0a\x7f\x01\x02"), False)  # AMTRELAY relay type 127
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 260, b"\x0a\x00\x01"), False)  # AMTRELAY type 0 + junk
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 42, b"\x00\x01\x18\x03\xc0\x00\x02"), False)  # APL ok
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 42, b"\x00\x01\x18\x03\xc0\x00\x00"), False)  # APL trailing zero
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 29, b"\x01" + b"\x00" * 15), False)  # LOC version 1
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 63, b"\x00" * 4 + b"\x00\x01" + b"\x00" * 12), False)  # ZONEMD scheme 0
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 63, b"\x00" * 4 + b"\x01\x00" + b"\x00" * 12), False)  # ZONEMD hash 0
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 63, b"\x00" * 4 + b"\x01\x01" + b"\x00" * 11), False)  # ZONEMD short digest
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 47, b"\x00\x00\x00"), False)  # NSEC empty window
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 47, b"\x00\x00\x01\x00"), False)  # NSEC zero bitmap byte
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 47, b"\x00\x01\x01\x40\x00\x01\x40"), False)  # NSEC windows out of order
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 47, b"\x00\x00\x01\x40\x00\x01\x40"), False)  # NSEC window repeated
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 47, b"\x00\x00\x21" + b"\x40" * 33), False)  # NSEC window > 32 octets
    emit("misc", hdr(qd=1, an=1) + q_a + rr(ptr(12), 64, b"\x00\x01\x00\x00\x01\x00\x03\x02h2\x00\x00\x00\x00"), False)  # SVCB keys out of order


def build_all_fixed():
    build_valid_typed()
    build_valid_names()
    build_valid_edns()
    build_valid_queries()
    build_tsig()
    build_sweeps()
    build_rfc9267()


# ---------------------------------------------------------------------------
# Mutations
# ---------------------------------------------------------------------------
def boundaries(w):
    """(offset, qd, an, ns, ar) at each record boundary of an accepted message."""
    _, _, qs, rrs = walk(w)
    out = []
    counts = [len(qs), 0, 0, 0]
    idx = {"an": 1, "ns": 2, "ar": 3}
    for sec, ostart, *_rest in rrs:
        out.append((ostart, tuple(counts)))
        counts[idx[sec]] += 1
    return out


def mutate(pool, n_trunc, n_flip, n_count, n_cut):
    mrng = random.Random(SEED + 1)
    out = []
    for _ in range(n_trunc):
        w = mrng.choice(pool)
        out.append(("mut-truncate", w[: mrng.randrange(12, len(w))] if len(w) > 12 else w[:-1]))
    for _ in range(n_flip):
        w = bytearray(mrng.choice(pool))
        for _k in range(mrng.choice((1, 1, 1, 2, 3))):
            p = mrng.randrange(12, len(w)) if len(w) > 12 and mrng.random() < 0.9 else mrng.randrange(len(w))
            if mrng.random() < 0.5:
                w[p] ^= 1 << mrng.randrange(8)
            else:
                w[p] = mrng.choice((0x00, 0xC0, 0x3F, 0x40, 0xFF, mrng.randrange(256)))
        out.append(("mut-flip", bytes(w)))
    for _ in range(n_count):
        w = bytearray(mrng.choice(pool))
        i = mrng.randrange(4)
        c = struct.unpack_from("!H", w, 4 + 2 * i)[0]
        c = max(0, min(0xFFFF, c + mrng.choice((-2, -1, 1, 2, 0x100, -c))))
        struct.pack_into("!H", w, 4 + 2 * i, c)
        out.append(("mut-count", bytes(w)))
    for _ in range(n_cut):
        w = mrng.choice(pool)
        bs = boundaries(w)
        if not bs:
            continue
        off, counts = mrng.choice(bs)
        out.append(("mut-cut", w[:4] + struct.pack("!HHHH", *counts) + w[12:off]))
    return out


# ---------------------------------------------------------------------------
def main():
    build_all_fixed()
    seen = set()
    blocks = []
    cat_stats = collections.defaultdict(collections.Counter)
    pool = []

    def process(cat, w):
        if w in seen:
            STATS["duplicate wire skipped"] += 1
            return None
        seen.add(w)
        try:
            lines = analyze(w)
        except Drop as d:
            DROPS[str(d)] += 1
            cat_stats[cat]["dropped"] += 1
            return None
        verdict = "refused" if lines[0].startswith("refused") else "accepted"
        cat_stats[cat][verdict] += 1
        if verdict == "refused":
            cat_stats[cat][lines[0]] += 1
        blocks.append("msg %s\n%s\n" % (w.hex(), "\n".join(lines) + ("\nend" if verdict == "accepted" else "")))
        return verdict

    for cat, w, mutable in MESSAGES:
        v = process(cat, w)
        if v == "accepted" and mutable and len(w) <= 700:
            pool.append(w)

    for cat, w in mutate(pool, n_trunc=550, n_flip=1900, n_count=400, n_cut=350):
        process(cat, w)

    total_acc = sum(c["accepted"] for c in cat_stats.values())
    total_ref = sum(c["refused"] for c in cat_stats.values())
    total_drop = sum(c["dropped"] for c in cat_stats.values())
    head = [
        "# dns-wire differential corpus, generated by gen_corpus.py",
        "# dnspython %s, Python %d.%d, seed 0x%X" % (dns.version.version, sys.version_info[0], sys.version_info[1], SEED),
        "# messages: %d (accepted %d, refused %d); dropped: %d" % (total_acc + total_ref, total_acc, total_ref, total_drop),
        "#",
        "# Verdict = dns.message.from_wire(wire) with defaults, except TSIG-signed",
        "# messages: defaults refuse them (UnknownTSIGKey, no keyring), so they are",
        "# decoded with keyring=False (TSIG parsed, MAC not validated).",
        "# Records come from a second decode with one_rr_per_rrset=True, so every RR",
        "# on the wire appears once, in wire order (no merging or de-duplication).",
        "#",
        "# Format, one block per message:",
        "#   msg <hex of whole message>",
        "#   then either:  refused <dnspython exception class name>",
        "#   or:           hdr <id> <raw 16-bit flags word from wire bytes 2-3>",
        "#                 q <qname wire hex> <qtype> <qclass>            (per question)",
        "#                 rr <an|ns|ar> <owner wire hex> <type> <class> <ttl> <rdata hex|->",
        "#                 opt <udp payload = class> <raw 32-bit ttl> <OPT rdata hex|->   (0/1)",
        "#                 tsig <owner wire hex> <class> <raw ttl> <TSIG rdata hex>     (0/1)",
        "#                 end",
        "# Names are uncompressed wire format, case as dnspython decoded it (from the",
        "# pointer target when compressed).  rdata = rdata.to_wire() without",
        "# compression; the generator checks it equals the wire rdata with compressed",
        "# names expanded (messages where dnspython re-encodes differently are dropped).",
        "# ttl is the raw 32-bit wire value (dnspython itself reads TTL > 2^31-1 as 0).",
        "# OPT and TSIG are not in the rr lines; rr lines keep wire order per section.",
        "# Opcode UPDATE messages are dropped (dnspython applies RFC 2136 rules).",
        "#",
        "# Dropped messages by reason:",
    ]
    for reason, n in sorted(DROPS.items()):
        head.append("#   %5d  %s" % (n, reason))
    with open(OUT, "w", newline="\n") as f:
        f.write("\n".join(head) + "\n")
        f.write("".join(blocks))

    # summary to stdout (README table is written by hand from this)
    print("wrote %s: %d blocks, %d bytes" % (OUT, len(blocks), os.path.getsize(OUT)))
    print("%-24s %8s %8s %8s" % ("category", "accepted", "refused", "dropped"))
    for cat in cat_stats:
        c = cat_stats[cat]
        print("%-24s %8d %8d %8d" % (cat, c["accepted"], c["refused"], c["dropped"]))
    print("%-24s %8d %8d %8d" % ("TOTAL", total_acc, total_ref, total_drop))
    refusals = collections.Counter()
    for c in cat_stats.values():
        for k, v in c.items():
            if k.startswith("refused "):
                refusals[k[8:]] += v
    print("refusal classes:", dict(sorted(refusals.items(), key=lambda kv: -kv[1])))
    for k, v in sorted(NOTES.items()):
        print("note: %5d %s" % (v, k))
    for k, v in sorted(STATS.items()):
        print("stat: %5d %s" % (v, k))
    for k, v in sorted(DROPS.items()):
        print("drop: %5d %s" % (v, k))


if __name__ == "__main__":
    main()
