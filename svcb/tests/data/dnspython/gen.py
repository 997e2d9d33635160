#!/usr/bin/env python3
"""Differential corpus for the svcb crate, written by dnspython (the
reference implementation).

Run from this folder: python3 gen.py > corpus.tsv
Lines:
  ok<TAB>TYPE<TAB>dnspython text<TAB>wire hex    dnspython reads the text to that wire and prints
                                                that text for that wire
  reject<TAB>TYPE<TAB>text                      dnspython refuses the text
The records are random (fixed seed) and use every key dnspython 2.9.2
knows; key 9 (tls-supported-groups), which dnspython does not type, is
written by dnspython as key9="..." with the raw value.
"""
import base64
import random
import struct

import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.exception

rng = random.Random(9460)


def rand_bytes(n, printable=False):
    if printable:
        return bytes(rng.choice(b"abcxyz019-_/.:") for _ in range(n))
    return bytes(rng.choice([rng.randrange(256), ord(","), ord("\\"), ord('"'), ord(" "), ord("a")]) for _ in range(n))


def list_text(items):
    """An Appendix A.1 list in quotes, escaped as dnspython writes it."""
    out = []
    for it in items:
        s = ""
        for c in it:
            if c in b",\\":
                s += "\\\\" + chr(c) if c == ord(",") else "\\\\\\\\"
            elif c == ord('"'):
                s += '\\"'
            elif 0x20 <= c < 0x7F:
                s += chr(c)
            else:
                s += "\\%03d" % c
        out.append(s)
    return '"' + ",".join(out) + '"'


def char_text(b):
    s = ""
    for c in b:
        if c in b'"\\':
            s += "\\" + chr(c)
        elif 0x20 <= c < 0x7F:
            s += chr(c)
        else:
            s += "\\%03d" % c
    return '"' + s + '"'


def ech_list():
    configs = b""
    for _ in range(rng.randrange(1, 3)):
        if rng.random() < 0.2:
            body = rand_bytes(rng.randrange(0, 8))
            configs += struct.pack("!HH", 0xFE0E, len(body)) + body
            continue
        pk = rand_bytes(rng.choice([1, 32]))
        suites = b"".join(struct.pack("!HH", rng.choice([1, 2, 3]), rng.choice([1, 2, 3])) for _ in range(rng.randrange(1, 3)))
        name = b"public" + bytes([rng.choice(b"abc")]) + b".example"
        exts = b"".join(struct.pack("!HH", rng.randrange(65536), 2) + b"xy" for _ in range(rng.randrange(0, 2)))
        body = (
            bytes([rng.randrange(256)])
            + struct.pack("!H", 0x20)
            + struct.pack("!H", len(pk))
            + pk
            + struct.pack("!H", len(suites))
            + suites
            + bytes([rng.randrange(256)])
            + bytes([len(name)])
            + name
            + struct.pack("!H", len(exts))
            + exts
        )
        configs += struct.pack("!HH", 0xFE0D, len(body)) + body
    return struct.pack("!H", len(configs)) + configs


def params():
    p = {}
    keys = rng.sample(range(11), rng.randrange(0, 8))
    if rng.random() < 0.3:
        keys.append(rng.choice([11, 667, 4096, 65280, 65534, 65535]))
    for k in keys:
        if k == 0:
            continue
        elif k == 1:
            p["alpn"] = list_text([rand_bytes(rng.randrange(1, 6), rng.random() < 0.6) for _ in range(rng.randrange(1, 4))])
        elif k == 2:
            p["no-default-alpn"] = None
            p.setdefault("alpn", '"h2"')
        elif k == 3:
            p["port"] = str(rng.randrange(65536))
        elif k == 4:
            p["ipv4hint"] = ",".join("%d.%d.%d.%d" % tuple(rng.randrange(256) for _ in range(4)) for _ in range(rng.randrange(1, 3)))
        elif k == 5:
            p["ech"] = base64.b64encode(ech_list()).decode()
        elif k == 6:
            addrs = []
            for _ in range(rng.randrange(1, 3)):
                words = [rng.choice([0, 0, rng.randrange(65536)]) for _ in range(8)]
                addrs.append(":".join("%x" % w for w in words))
            p["ipv6hint"] = ",".join(addrs)
        elif k == 7:
            p["dohpath"] = char_text(b"/dns-query{?dns}" if rng.random() < 0.5 else rand_bytes(rng.randrange(1, 10), True))
        elif k == 8:
            p["ohttp"] = None
        elif k == 9:
            groups = [rng.choice([23, 24, 29, 4588, rng.randrange(65536)]) for _ in range(rng.randrange(1, 4))]
            p["key9"] = char_text(b"".join(struct.pack("!H", g) for g in groups))
        elif k == 10:
            segs = [rand_bytes(rng.randrange(1, 5), rng.random() < 0.7) for _ in range(rng.randrange(0, 3))]
            p["docpath"] = list_text(segs) if segs else None
        else:
            v = rand_bytes(rng.randrange(0, 6))
            p["key%d" % k] = char_text(v) if v else None
    if p and rng.random() < 0.3:
        present = [k for k in p if k not in ("mandatory",)]
        chosen = rng.sample(present, rng.randrange(1, len(present) + 1))
        p["mandatory"] = ",".join(chosen)
    return p


def target():
    return rng.choice([".", "svc.example.", "a.b.c.example.", "xn--bcher-kva.example.", "_dns.resolver.arpa."])


def main():
    n = 0
    while n < 400:
        rtype = rng.choice(["SVCB", "HTTPS"])
        prio = rng.choice([0, 1, 1, 2, 16, 65535])
        p = {} if prio == 0 else params()
        items = list(p.items())
        rng.shuffle(items)
        text = "%d %s %s" % (prio, target(), " ".join(k if v is None else "%s=%s" % (k, v) for k, v in items))
        text = text.strip()
        try:
            rd = dns.rdata.from_text(dns.rdataclass.IN, dns.rdatatype.from_text(rtype), text)
        except Exception:
            continue
        wire = rd.to_wire()
        printed = rd.to_text()
        again = dns.rdata.from_wire(dns.rdataclass.IN, dns.rdatatype.from_text(rtype), wire, 0, len(wire))
        assert again.to_text() == printed
        print("ok\t%s\t%s\t%s" % (rtype, printed, wire.hex()))
        n += 1
    rejects = [
        "1 . alpn",
        "1 . alpn=",
        'alpn="h2"',
        "1 . alpn=h2 alpn=h3",
        "1 . ALPN=h2",
        "1 . key01=x",
        "1 . key65536=x",
        "1 . port=-1",
        "1 . port=65536",
        "1 . port=8a",
        "1 . ipv4hint=1.2.3",
        "1 . ipv4hint=1.2.3.4,",
        "1 . ipv6hint=1.2.3.4",
        "1 . ech=AAA",
        "1 . ech=AAEA",
        "1 . mandatory=port",
        "1 . mandatory=alpn,alpn alpn=h2",
        "1 . mandatory=key0",
        "1 . no-default-alpn",
        "1 . no-default-alpn=x alpn=h2",
        "1 . ohttp=x",
        "0 . port=53",
        "1 . =x",
        '1 . alpn= "h2"',
        '1 . alpn="h2,"',
        '1 . alpn="a,,b"',
        '1 . alpn="a\\\\x"',
        "1 . nosuchkey=1",
        '1 . key3="\\000"',
        "1 . key0=\\000\\000 port=1",
    ]
    for t in rejects:
        try:
            dns.rdata.from_text(dns.rdataclass.IN, dns.rdatatype.SVCB, t)
        except Exception:
            print("reject\tSVCB\t%s" % t)
        else:
            raise SystemExit("dnspython accepted " + t)


main()
