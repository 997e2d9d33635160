#!/usr/bin/env bash
# DNSSEC interop with BIND 9 (dnssec-verify), ldns (ldns-verify-zone) and Knot (kzonecheck), in both
# directions, on the zones in tests/data/interop (see its README.md and MANIFEST.md).
#
#   (a) every zone in signed/ and broken/ through dnssec-verify, ldns-verify-zone and kzonecheck: the exit
#       status must be the one in results/verify-matrix.md, and the output the one in results/logs/ (when the
#       tool's version is the recorded one; else a difference is only reported). Also the two ZONEMD-only
#       checks of that file. This proves the harness and the tools work.
#   (b) for each key set in keys/ and each mode (NSEC, NSEC3, NSEC3 opt-out, NSEC + ZONEMD SHA-384),
#       `protokit zone sign` of src/example.test.zone; dnssec-verify, ldns-verify-zone and kzonecheck must
#       accept the result (for ZONEMD also `ldns-verify-zone -ZZ`, which requires a matching ZONEMD), and so
#       must `protokit zone verify` (and `protokit zone digest --verify` for ZONEMD).
#   (c) `protokit zone verify` on every zone of expected.tsv: exit status, the `<owner> <type> EDE=<code>`
#       problem lines (every `must` row printed, nothing that matches no row) and the closing line; and
#       `protokit zone digest --verify` against the zonemd column.
# (b) and (c) are skipped, with a message, while `protokit zone sign --help` (resp. `zone verify --help`)
# fails: those commands do not exist yet.
#
# protokit: the release build of the cli crate (`cargo build --release -p protokit`, run here), or the
# binary named by $PROTOKIT. Installs bind9-utils, ldnsutils and knot-dnssecutils with apt-get when a
# tool is missing. Runs from any directory; writes only to a temporary directory. Prints
# `interop-tools: N passed, N failed, N skipped` and exits non-zero if anything failed.
# Time (2 cores): (a) about 5 s of tool runs; (b) and (c), timed with a stand-in protokit that signs with
# ldns-signzone, about 12 s more; plus the release build of protokit when it is not up to date.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$here/data/interop"
[ -f "$data/expected.tsv" ] || { echo "interop-tools: $data/expected.tsv not found" >&2; exit 2; }

ORIGIN=example.test
NOW=20270101000000        # verification time for protokit (inside every signature's validity window)
INCEPT=20260101000000     # validity window of the zones protokit signs (as regen.sh uses for BIND and ldns)
EXPIRE=20360101000000
# Versions that produced results/ (MANIFEST.md).
REC_BIND="9.18.49-1~deb12u3-Debian"
REC_LDNS="1.8.3"
REC_KNOT="3.2.6"

pass=0 fail=0 skip=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
skipped() { echo "skip: $*"; skip=$((skip + 1)); }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# ------------------------------------------------------------------ tools
missing=()
command -v dnssec-verify >/dev/null 2>&1 || missing+=(bind9-utils)
command -v ldns-verify-zone >/dev/null 2>&1 || missing+=(ldnsutils)
command -v kzonecheck >/dev/null 2>&1 || missing+=(knot-dnssecutils)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "interop-tools: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
        { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
fi
v_bind="$(dnssec-verify -V 2>&1 | awk '{ print $2 }')"
v_ldns="$(ldns-verify-zone -v 2>&1 | awk '{ print $3 }')"
v_knot="$(kzonecheck -V 2>&1 | awk '{ print $NF }')"
echo "tools: dnssec-verify $v_bind, ldns-verify-zone $v_ldns, kzonecheck $v_knot"
same_version() { # verifier name -> 0 if its version is the one that made results/logs
    case $1 in
        dnssec-verify) [ "$v_bind" = "$REC_BIND" ] ;;
        ldns-verify-zone) [ "$v_ldns" = "$REC_LDNS" ] ;;
        kzonecheck-d) [ "$v_knot" = "$REC_KNOT" ] ;;
    esac
}

# The three verifiers, as regen.sh runs them (file path relative to $data, run from $data).
run_verifier() { # name file
    case $1 in
        dnssec-verify) dnssec-verify -o "$ORIGIN" "$2" ;;
        ldns-verify-zone) ldns-verify-zone "$2" ;;
        kzonecheck-d) kzonecheck -v -d on -o "$ORIGIN" "$2" ;;
    esac
}
VERIFIERS="dnssec-verify ldns-verify-zone kzonecheck-d"

# ------------------------------------------------------------------ (a) recorded outcomes
echo "== (a) interop zones through dnssec-verify, ldns-verify-zone, kzonecheck"
matrix="$data/results/verify-matrix.md"
rows=0
while IFS='|' read -r _ zone r_bind r_ldns r_knot _; do
    zone="$(echo "$zone" | tr -d ' ')"
    case $zone in signed/* | broken/*) ;; *) continue ;; esac
    rows=$((rows + 1))
    for name in $VERIFIERS; do
        case $name in
            dnssec-verify) want="$r_bind" ;;
            ldns-verify-zone) want="$r_ldns" ;;
            kzonecheck-d) want="$r_knot" ;;
        esac
        want="$(echo "$want" | tr -d ' ')"
        log="$data/results/logs/$(echo "$zone" | tr / _).$name.txt"
        if (cd "$data" && run_verifier "$name" "$zone") >"$tmp/out" 2>&1; then got=ok; else got=FAIL; fi
        if [ "$got" != "$want" ]; then
            bad "$name $zone: $got, recorded $want"
            sed 's/^/    /' "$tmp/out"
        elif ! cmp -s "$tmp/out" "$log"; then
            if same_version "$name"; then
                bad "$name $zone: output differs from results/logs/$(basename "$log")"
                diff "$log" "$tmp/out" | sed 's/^/    /' || true
            else
                echo "note: $name $zone: output differs from the recorded one (another tool version)"
                ok
            fi
        else
            ok
        fi
    done
done <"$matrix"
[ "$rows" -eq 20 ] || bad "verify-matrix.md: $rows zone rows, expected 20"
# The ZONEMD-only checks recorded at the end of verify-matrix.md.
if (cd "$data" && ldns-verify-zone -Z "signed/ldns/$ORIGIN.unsigned-zonemd.zone") >/dev/null 2>&1; then ok; else
    bad "ldns-verify-zone -Z signed/ldns/$ORIGIN.unsigned-zonemd.zone: FAIL, recorded ok"
fi
if (cd "$data" && ldns-verify-zone -Z broken/bad-zonemd.zone) >/dev/null 2>&1; then
    bad "ldns-verify-zone -Z broken/bad-zonemd.zone: ok, recorded FAIL"
else ok; fi

# ------------------------------------------------------------------ protokit
protokit="${PROTOKIT:-}"
if [ -z "$protokit" ]; then
    echo "== building protokit (release)"
    (cd "$root" && cargo build --release -q -p protokit)
    protokit="${CARGO_TARGET_DIR:-$root/target}/release/protokit"
fi
[ -x "$protokit" ] || { echo "interop-tools: no protokit binary at $protokit" >&2; exit 2; }
has_command() { "$protokit" "$@" --help >/dev/null 2>&1; }

# Checks `protokit zone verify` output ($tmp/verify.out, exit status $2) of zone $1 (a path relative to
# $data) against its rows of expected.tsv. Prints what is wrong; returns non-zero if anything is.
check_verify() {
    awk -F'\t' -v zone="$1" -v status="$2" '
        FNR == NR {
            if ($0 ~ /^#/ || $1 != zone) next
            outcome = $2
            n++; owner[n] = tolower($3); type[n] = toupper($4); ede[n] = $5; report[n] = $6
            next
        }
        { lines++; last = $0 }
        match($0, /^[^ ]+ [^ ]+ EDE=[0-9]+( |$)/) {
            split($0, f, " "); o = tolower(f[1]); t = toupper(f[2]); c = substr(f[3], 5)
            if (o !~ /\.$/) o = o "."
            problems++; hit = 0
            for (i = 1; i <= n; i++)
                if ((owner[i] == "any" || owner[i] == o) && (type[i] == "ANY" || type[i] == t) && ede[i] == c) {
                    hit = 1; seen[i] = 1
                }
            if (!hit) { print "    unexpected problem: " $0; err = 1 }
        }
        END {
            problems += 0
            if (n == 0) { print "    no rows in expected.tsv"; exit 1 }
            if (outcome == "verifies") {
                if (status != 0) { print "    exit status " status ", expected 0"; err = 1 }
                if (last !~ /^ok: [0-9]+ RRsets, [0-9]+ signatures verified$/) {
                    print "    last line \"" last "\", expected \"ok: <n> RRsets, <m> signatures verified\""; err = 1
                }
            } else {
                if (status == 0) { print "    exit status 0, expected non-zero"; err = 1 }
                for (i = 1; i <= n; i++)
                    if (report[i] == "must" && !seen[i]) {
                        print "    missing problem: " owner[i] " " type[i] " EDE=" ede[i]; err = 1
                    }
                if (last !~ ("^bogus: " problems " problems?$")) {
                    print "    last line \"" last "\", expected \"bogus: " problems " problems\""; err = 1
                }
            }
            exit err
        }' "$data/expected.tsv" "$tmp/verify.out"
}

# ------------------------------------------------------------------ (b) zones signed by protokit
echo "== (b) protokit zone sign, checked by dnssec-verify, ldns-verify-zone, kzonecheck"
MODES="nsec nsec3 nsec3-optout nsec-zonemd"
if ! has_command zone sign; then
    skipped "(b) \`protokit zone sign --help\` fails: the command does not exist yet; 16 signings (4 key sets x $MODES) not run"
else
    for keydir in "$data"/keys/*/; do
        set="$(basename "$keydir")"
        keys=()
        for k in "$keydir"K*.key; do keys+=(--key "${k%.key}"); done
        for mode in $MODES; do
            opts=()
            case $mode in
                nsec3) opts=(--nsec3) ;;
                nsec3-optout) opts=(--nsec3 --opt-out) ;;
                nsec-zonemd) opts=(--zonemd sha384) ;;
            esac
            out="$tmp/$ORIGIN.$set-$mode.zone"
            if ! "$protokit" zone sign "$data/src/$ORIGIN.zone" --origin "$ORIGIN" "${keys[@]}" "${opts[@]}" \
                --inception "$INCEPT" --expiration "$EXPIRE" >"$out" 2>"$tmp/sign.err"; then
                bad "protokit zone sign $set $mode:"
                sed 's/^/    /' "$tmp/sign.err"
                continue
            fi
            for name in $VERIFIERS; do
                if run_verifier "$name" "$out" >"$tmp/out" 2>&1; then ok; else
                    bad "$name rejects protokit's $set $mode zone:"
                    sed 's/^/    /' "$tmp/out"
                fi
            done
            if "$protokit" zone verify "$out" --origin "$ORIGIN" --now "$NOW" >"$tmp/out" 2>&1; then ok; else
                bad "protokit zone verify rejects its own $set $mode zone:"
                sed 's/^/    /' "$tmp/out"
            fi
            if [ "$mode" = nsec-zonemd ]; then
                if ldns-verify-zone -ZZ "$out" >"$tmp/out" 2>&1; then ok; else
                    bad "ldns-verify-zone -ZZ (ZONEMD required) rejects protokit's $set $mode zone:"
                    sed 's/^/    /' "$tmp/out"
                fi
                if "$protokit" zone digest "$out" --origin "$ORIGIN" --verify >"$tmp/out" 2>&1; then ok; else
                    bad "protokit zone digest --verify rejects its own $set $mode zone:"
                    sed 's/^/    /' "$tmp/out"
                fi
            fi
        done
    done
fi

# ------------------------------------------------------------------ (c) protokit zone verify on the interop zones
echo "== (c) protokit zone verify on the interop zones (expected.tsv)"
if ! has_command zone verify; then
    skipped "(c) \`protokit zone verify --help\` fails: the command does not exist yet; $(grep -v '^#' "$data/expected.tsv" | cut -f1 | sort -u | wc -l) zones not run"
else
    for zone in $(grep -v '^#' "$data/expected.tsv" | cut -f1 | sort -u); do
        status=0
        "$protokit" zone verify "$data/$zone" --origin "$ORIGIN" --now "$NOW" >"$tmp/verify.out" 2>"$tmp/verify.err" ||
            status=$?
        if check_verify "$zone" "$status" >"$tmp/why"; then ok; else
            bad "protokit zone verify $zone:"
            cat "$tmp/why"
            sed 's/^/    stdout: /' "$tmp/verify.out"
            sed 's/^/    stderr: /' "$tmp/verify.err"
        fi
        zonemd="$(awk -F'\t' -v z="$zone" '$1 == z { print $7; exit }' "$data/expected.tsv")"
        status=0
        "$protokit" zone digest "$data/$zone" --origin "$ORIGIN" --verify >"$tmp/out" 2>&1 || status=$?
        case $zonemd/$status in
            valid/0) ok ;;
            none/0 | invalid/0 | valid/*)
                bad "protokit zone digest --verify $zone: exit status $status, but the ZONEMD is $zonemd (expected.tsv)"
                sed 's/^/    /' "$tmp/out"
                ;;
            *) ok ;;
        esac
    done
fi

echo "interop-tools: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
