#!/usr/bin/env python3
"""Writes the seed corpora fuzz/seeds/<target>/ from the crates' tests/data.

Run from the repository root: python3 fuzz/seeds/make_seeds.py
Every seed is derived from a file in a crate's tests/data (whose README names
its source) or written here by hand (the `hand` entries below); crash inputs
found by fuzzing are added by hand as fuzz/seeds/<target>/crash-<what>.
Deterministic: the same data gives the same seeds.
"""
import hashlib
import json
import os
import re
import struct

ROOT = os.getcwd()
OUT = os.path.join(ROOT, "fuzz", "seeds")


def rtypes():
    src = open(os.path.join(ROOT, "dns-wire/src/iana/rtype.rs")).read()
    m = {mn: int(v) for v, mn in re.findall(r'^\s*[A-Z0-9_]+ = (\d+), "([A-Z0-9-]+)";', src, re.M)}
    m.update({"DELEG": 61440, "DELEGPARAM": 65433, "DSYNC": 66, "SVCB": 64, "HTTPS": 65})
    return m


TYPES = rtypes()


def put(target, data, name=None):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    name = name or hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def rows(path):
    for line in open(os.path.join(ROOT, path), encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            yield line.split("\t")


def messages():
    """dnspython corpus messages (dns-wire/tests/data/dnspython/corpus.txt)."""
    for line in open(os.path.join(ROOT, "dns-wire/tests/data/dnspython/corpus.txt")):
        if line.startswith("msg "):
            parts = line.split()
            yield bytes.fromhex(parts[1] if len(parts) > 1 else "")


def main():
    msgs = list(messages())
    picked = msgs[::12]
    for m in picked:
        for t in ("message", "message_mutator", "message_roundtrip", "diff_hickory", "diff_domain"):
            put(t, m)
    for row in rows("deleg/tests/data/notify-dnspython.tsv"):
        for cell in row:
            if re.fullmatch(r"[0-9a-f]{24,}", cell):
                for t in ("message", "message_mutator", "message_roundtrip"):
                    put(t, bytes.fromhex(cell))
    sample = open(os.path.join(ROOT, "cli/data/sample-response.hex")).read().split()[0]
    for t in ("message", "message_mutator", "message_roundtrip", "diff_hickory", "diff_domain"):
        put(t, bytes.fromhex(sample))

    # Names: the question names of the messages, wire (mode 0) and text (mode 1).
    for m in picked[:60]:
        end = 12
        while end < len(m) and m[end] != 0 and m[end] < 64:
            end += 1 + m[end]
        put("name", b"\x00" + m[12:end + 1])
    for text in ["example.com.", "a\\.b.example.", "\\000\\255.x.", "@", "*.wild.example.", "xn--bcher-kva.example."]:
        put("name", b"\x01" + text.encode())

    # RDATA wire and text, per type (dnspython's rdata_text.txt).
    for row in rows("dns-wire/tests/data/dnspython/rdata_text.txt"):
        if row[0] != "ok" or row[1] not in TYPES:
            continue
        code = struct.pack(">H", TYPES[row[1]])
        put("rdata", code + bytes.fromhex(row[4]))
        put("rdata_text", code + row[5].encode())
    for row in rows("svcb/tests/data/dnspython/corpus.tsv"):
        if row[0] == "ok":
            mode = 0 if row[1] == "SVCB" else 1
            put("svcb", bytes([mode]) + bytes.fromhex(row[3]))
            put("svcb", bytes([mode | 2]) + row[2].encode())
            put("rdata", struct.pack(">H", TYPES[row[1]]) + bytes.fromhex(row[3]))
    for row in rows("svcb/tests/data/vectors/rfc9460-appD-svcb.tsv"):
        if len(row) > 3:
            mode = 0 if row[1] == "SVCB" else 1
            put("svcb", bytes([mode | 2]) + row[2].encode())
            if row[4] == "ok":
                put("svcb", bytes([mode]) + bytes.fromhex(row[3]))
    for row in rows("deleg/tests/data/vectors/draft-ietf-deleg.tsv"):
        if row[0] == "section":
            continue
        mode = 0 if row[2] == "DELEG" else 1
        put("deleg", bytes([mode | 0x80]) + row[3].encode())
        if re.fullmatch(r"[0-9a-f]*", row[4]):
            put("deleg", bytes([mode]) + bytes.fromhex(row[4]))
    for row in rows("deleg/tests/data/vectors/rfc9859-dsync.tsv"):
        if row[0] == "owner":
            continue
        put("deleg", bytes([2 | 0x80]) + row[1].encode())
        if re.fullmatch(r"[0-9a-f]+", row[2]):
            put("deleg", bytes([2]) + bytes.fromhex(row[2]))
            put("rdata", struct.pack(">H", 66) + bytes.fromhex(row[2]))

    # DNR (RFC 9463): hand-written options, from the svcb crate's docs.
    dnr6 = b"\x00\x01\x00\x12\x08resolver\x07example\x00\x00\x10\x00\x01\x00\x0a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x01\x00\x04\x03dot"
    put("dnr", b"\x00" + dnr6, "hand-dhcpv6")
    put("dnr", b"\x00" + b"\x00\x01\x00\x04\x02ns\x00", "hand-dhcpv6-adn-only")
    put("dnr", b"\x01" + b"\x00\x90\x00\x0b" + b"\x00\x01\x00\x04\x02ns\x00\x00\x00", "hand-dhcpv6-option")
    put("dnr", b"\x02" + b"\x00\x12\x00\x01\x08resolver\x07example\x00\x04\xc0\x00\x02\x01", "hand-dhcpv4")
    put("dnr", b"\x03" + b"\x90\x03\x00\x01\x00\x00\x0e\x10\x00\x04\x02ns\x00\x00\x00\x00\x00\x00\x00\x00", "hand-ra")

    # dns-conventions: TXT RDATA and names (hand-written from the drafts' examples).
    for txt in [b"v=FORSALE1;", b"v=FORSALE1;fval=EUR999", b"v=FORSALE1;furi=https://example.com/sale",
                b"v=FORSALE1;ftxt=call us", b"v=FORSALE1;fcod=XYZ", b"api.example.com/v2",
                b"token=abc123", b"abc123 expiry=2026-12-31", b"example-site-verification=dGVzdA"]:
        put("txt_conventions", bytes([len(txt)]) + txt)
    put("txt_conventions", b"\x09_for-sale\x07example\x00")
    put("txt_conventions", b"\x03_er\x011\x07example\x03_er\x07example\x00")
    put("txt_conventions", b"\x08_dsboot\x07example\x03com\x05_sig\x02ns\x00")

    # Zones: the unsigned interop zone in pieces of 40 records.
    src = open(os.path.join(ROOT, "dns-wire/tests/data/interop/src/example.test.zone")).read().splitlines(True)
    head = [l for l in src if l.startswith("$")]
    body = [l for l in src if not l.startswith("$")]
    for i in range(0, len(body), 40):
        piece = "".join(head + body[i:i + 40])
        put("zone", piece)
        put("zone_roundtrip", piece)
    for f in ["rfc8976-appA-zonemd.zone", "rfc9824-compact-denial.zone"]:
        text = open(os.path.join(ROOT, "dns-wire/tests/data/vectors", f)).read()
        put("zone", text)
        put("zone_roundtrip", text)
    put("zone", "$ORIGIN example.\n$TTL 300\n$GENERATE 1-4 host$ A 192.0.2.$\n$INCLUDE other.zone\n", "hand-directives")

    # DNSSEC: signed zones (ldns, one record a line): the apex with its keys,
    # then 40 records at a time with it.
    ldns = os.path.join(ROOT, "dnssec/tests/data/interop/signed/ldns")
    for f in sorted(os.listdir(ldns)):
        if not f.endswith(".zone"):
            continue
        lines = open(os.path.join(ldns, f)).read().splitlines(True)
        apex_owner = lines[0].split()[0]
        apex = [l for l in lines if l.split()[:1] == [apex_owner]]
        rest = [l for l in lines if l.split()[:1] != [apex_owner]]
        for i in range(0, min(len(rest), 160), 40):
            put("dnssec_verify", "".join(apex + rest[i:i + 40]))
    keys = os.path.join(ROOT, "dnssec/tests/data/keys")
    for alg in sorted(os.listdir(keys)):
        if not os.path.isdir(os.path.join(keys, alg)):
            continue
        for f in sorted(os.listdir(os.path.join(keys, alg))):
            if f.endswith(".key"):
                key = open(os.path.join(keys, alg, f), "rb").read()
                private = open(os.path.join(keys, alg, f[:-4] + ".private"), "rb").read()
                put("dnssec_keyfile", key + b"\x00" + private)

    # EPP: the examples and serialized documents, and frames of a few.
    xml = []
    for d in ["epp-model/tests/data/examples", "epp-model/tests/data/serialized", "epp-model/tests/data/ext/serialized"]:
        for dirpath, _, files in sorted(os.walk(os.path.join(ROOT, d))):
            for f in sorted(files):
                if f.endswith(".xml"):
                    xml.append(open(os.path.join(dirpath, f), "rb").read())
    for doc in xml:
        put("epp", doc)
    for doc in xml[:20]:
        put("epp_frame", b"\xff" + struct.pack(">I", len(doc) + 4) + doc)
    put("epp_frame", b"\x01" + struct.pack(">I", 9) + b"<a/>\x00" + struct.pack(">I", 5) + b"x", "hand-two-frames")

    mtl_seeds()
    rpp_seeds()

    # The structured targets take any octets.
    for t in ("epp_arbitrary", "records_arbitrary"):
        put(t, bytes(range(256)), "hand-counting")


def unhex(s):
    return bytes.fromhex(s)


def member(obj, prefix):
    """The member whose name starts with prefix (the demo's names carry notes)."""
    return next(v for k, v in obj.items() if k.startswith(prefix))


# Scheme::ALL's order in dnssec::mtl; mtl_signature's mode is scheme + 5 * form
# (0 path, 1 library signature, 2 RRSIG signature field, 3 signed ladder, 4 key).
SCHEMES = ["SLH-DSA-MTL-SHA2-128S", "SLH-DSA-MTL-SHAKE-128S", "ML-DSA-44-MTL-SHAKE-128",
           "SLH-DSA-SHA2-128S-MTL-SHA2-128", "SLH-DSA-SHAKE-128S-MTL-SHAKE-128"]


def mtl_seeds():
    """MTL signatures, ladders and keys (dnssec/tests/data/pqc), and the
    cases of mtl_verify: [case, field] + the field's value, numbered as the
    target numbers them."""
    pqc = os.path.join(ROOT, "dnssec/tests/data/pqc")
    demo = json.load(open(os.path.join(pqc, "mtl-v1.2-demo-mldsa44-mtl-shake128-dnssec.json")))
    gen_a = json.load(open(os.path.join(pqc, "mtl-v1.1.2-slh-dsa-mtl-sha2-shake-128s.json")))
    sig = lambda s, form, data: put("mtl_signature", bytes([SCHEMES.index(s) + 5 * form]) + data)

    key = unhex(member(demo, "public_key_hex"))
    msg = unhex(member(demo, "message_hex"))
    field = unhex(member(demo, "rrsig_signature_field_hex"))
    cut = demo["parsed"]["auth_path"]["condensed_part_length_incl_type_byte"]
    path, ladder = field[1:cut], field[cut:]
    mldsa = "ML-DSA-44-MTL-SHAKE-128"
    sig(mldsa, 0, path)
    sig(mldsa, 1, path)
    sig(mldsa, 1, path + ladder)
    sig(mldsa, 2, field)
    sig(mldsa, 2, b"\x00" + path)
    sig(mldsa, 3, ladder)
    sig(mldsa, 4, key)
    # The generation-B SLH-DSA schemes have no vectors: the demo's path
    # (the same layout), and its ladder with a zero signature of their length.
    slh_ladder = ladder[:-2424] + struct.pack(">I", 7856) + bytes(7856)
    for s in SCHEMES[3:]:
        sig(s, 0, path)
        sig(s, 2, b"\x00" + path)
        sig(s, 3, slh_ladder)
        sig(s, 4, bytes(range(64)))

    verify = lambda case, fld, data: put("mtl_verify", bytes([case, fld]) + data)
    for fld, data in enumerate([msg, field[:cut], key, ladder]):
        verify(0, fld, data)
    for fld, data in enumerate([msg, b"\x00" + path, key]):
        verify(1, fld, data)
    case = 2
    for name in SCHEMES[:2]:
        v = gen_a[name]
        pk = unhex(member(v, "mtlkeygen_public_key_hex"))
        sig(name, 4, pk)
        sig(name, 4, pk[8:])
        ladders = {b: unhex(v[b]["signed_ladder_hex"]) for b in ("batch1", "batch2")}
        for b, lad in ladders.items():
            sig(name, 3, lad)
            for _, c in sorted(v[b]["condensed_signatures_hex"].items()):
                sig(name, 0, unhex(c))
                sig(name, 1, unhex(c))
                sig(name, 2, b"\x00" + unhex(c))
        first = unhex(v["batch1"]["condensed_signatures_hex"]["0"])
        sig(name, 1, first + ladders["batch1"])
        sig(name, 2, b"\x01" + first + ladders["batch1"])
        for _, c in sorted(v["extended_condensed_signatures_after_batch2_hex"].items()):
            sig(name, 0, unhex(c))
        for check in v["checks"]:
            signature = unhex(check["signature_hex"])
            if check["ladder"] is None:
                # A full signature: the target checks its path (R, flags,
                # SID, three u32, the u16 sibling count, siblings).
                signature = signature[:40 + 16 * struct.unpack(">H", signature[38:40])[0]]
            for fld, data in enumerate([unhex(check["message_hex"]), signature, pk]):
                verify(case, fld, data)
            case += 1
    assert case == 54, case


# rpp_json's modes, by the type each reads (fuzz_targets/rpp_json.rs).
RPP_MODES = {"message": 0, "domain": 1, "contact": 2, "host": 3, "organisation": 4, "user": 5,
             "contactRef": 6, "organisationRef": 7, "userRef": 8, "patch": 9, "problem": 10,
             "create": 11, "renew": 12, "transfer": 13, "restore": 14, "dnsData": 15, "dnsRecord": 16,
             "card": 17, "labelledContacts": 18, "applyPatch": 19, "labelledRemarks": 20}


def rpp_kind(name):
    """The type of an RPP example by its name (as rpp-model/tests/examples.rs)."""
    for frag, kind in [("problem-detail", "problem"), ("5.3.1-patch-base-document", "domain"),
                       ("5.3.1-patch-", "patch"), ("create-process-data", "create"), ("renew-", "renew"),
                       ("transfer-", "transfer"), ("restore-", "restore"), ("-domain-", "domain"),
                       ("nameservers", "domain"), ("match-target", "domain"), ("-contact-", "contact"),
                       ("-host-", "host"), ("organisation-reference", "organisationRef"),
                       ("-organisation-", "organisation"), ("user-reference", "userRef"), ("-user-", "user")]:
        if frag in name:
            return kind
    return None


def rpp_seeds():
    """RPP JSON examples (rpp-model/tests/data/rpp) by type, in request and
    response envelopes, and their parts; EPP examples for rpp_epp."""
    src = os.path.join(ROOT, "rpp-model/tests/data/rpp")
    rpp = lambda kind, data: put("rpp_json", bytes([RPP_MODES[kind]]) + data)
    compact = lambda v: json.dumps(v, separators=(",", ":"), ensure_ascii=False).encode()
    collections = {"domain": "/domains", "contact": "/contacts", "host": "/hosts"}
    for f in sorted(os.listdir(src)):
        raw = open(os.path.join(src, f), "rb").read()
        kind = rpp_kind(f)
        if kind:
            rpp(kind, raw)
        try:
            value = json.loads(raw)
        except ValueError:
            continue
        if "4.4.4-" in f:
            rpp("labelledContacts", compact(value["contacts"]))
        if "4.4.6-" in f:
            rpp("labelledRemarks", compact(value["remarks"]))
        if kind == "domain" and isinstance(value, dict):
            for c in value.get("contacts", [])[:1]:
                rpp("contactRef", compact(c["object"]))
            if "dns" in value:
                rpp("dnsData", compact(value["dns"]))
                for r in value["dns"].get("records", [])[:2]:
                    rpp("dnsRecord", compact(r))
        if kind == "contact" and isinstance(value, dict) and "card" in value:
            rpp("card", compact(value["card"]))
        coll = next((c for k, c in collections.items() if "-%s-" % k in f), None)
        if coll and f.endswith("-request.json"):
            env = {"kind": "request", "method": "POST", "path": coll, "query": {},
                   "headers": {"rpp-cltrid": "ABC-12345"}, "body": value}
            rpp("message", compact(env))
        elif f.endswith("-response.json") or "problem-detail" in f:
            env = {"kind": "response", "status": 200, "headers": {"rpp-code": "1000", "rpp-svtrid": "54321-XYZ"},
                   "body": value}
            rpp("message", compact(env))
    # apply_patch: the base document with each patch of the draft's 5.3.1.
    base = json.loads(open(os.path.join(src, "draft-ietf-rpp-json-00-5.3.1-patch-base-document.json"), "rb").read())
    for f in sorted(os.listdir(src)):
        if "5.3.1-patch-" in f and "base-document" not in f:
            ops = json.loads(open(os.path.join(src, f), "rb").read())
            rpp("applyPatch", compact([base, ops]))
    for line in [b'{"kind":"request","method":"DELETE","path":"/hosts/ns1.example.example","query":{},"headers":{"rpp-cltrid":"ABC-1"}}',
                 b'{"kind":"request","method":"GET","path":"/domains/example.example","query":{"filter":"all"},"headers":{"authorization":"Basic x"}}',
                 b'{"kind":"request","method":"HEAD","path":"/contacts/sh8013","query":{},"headers":{}}',
                 b'{"kind":"response","status":204,"headers":{}}']:
        put("rpp_json", b"\x00" + line, "hand-" + hashlib.sha1(line).hexdigest()[:12])
    epp = os.path.join(ROOT, "rpp-model/tests/data/epp")
    for f in sorted(os.listdir(epp)):
        if f.endswith(".xml"):
            put("rpp_epp", open(os.path.join(epp, f), "rb").read())


if __name__ == "__main__":
    main()
