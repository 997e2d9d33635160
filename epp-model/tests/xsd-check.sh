#!/usr/bin/env bash
# Validates the serialized examples (tests/data/serialized, written by
# `EPP_REFRESH=1 cargo test -p epp-model --test examples` and checked to be
# up to date by that test) against the EPP schemas with xmllint.
#
# Schemas: tests/data/xsd, copies of the RFC schemas (override with EPP_XSD). RFC 8334
# (launch) documents use all-epp-launch.xsd, the others all-epp.xsd, as
# examples/INDEX.md says. The examples INDEX.md marks as using RFC 5730's
# placeholder namespace urn:ietf:params:xml:ns:obj have no schema and are
# skipped (listed).
# Installs libxml2-utils with apt-get when xmllint is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
xsd="${EPP_XSD:-$here/data/xsd}"
xsd="$(cd "$xsd" && pwd)"
data="$here/data/serialized"
index="$here/data/examples/INDEX.md"
[ -f "$index" ] || { echo "xsd-check: $index not found" >&2; exit 2; }

if ! command -v xmllint >/dev/null 2>&1; then
    echo "xsd-check: installing libxml2-utils"
    apt-get install -y libxml2-utils >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y libxml2-utils >/dev/null; }
fi

pass=0 fail=0 skip=0
for f in "$data"/*.xml; do
    name="$(basename "$f")"
    if grep -F "| $name |" "$index" | grep -q 'placeholder namespace'; then
        echo "skip (placeholder namespace, no schema): $name"
        skip=$((skip + 1))
        continue
    fi
    schema=all-epp.xsd
    case "$name" in rfc8334-*) schema=all-epp-launch.xsd ;; esac
    if out="$(cd "$xsd" && xmllint --noout --schema "$schema" "$f" 2>&1)"; then
        pass=$((pass + 1))
    else
        echo "FAIL $name:"
        echo "$out" | sed 's/^/    /'
        fail=$((fail + 1))
    fi
done
echo "xsd-check: $pass valid, $fail invalid, $skip skipped (no schema)"
[ "$fail" -eq 0 ]
