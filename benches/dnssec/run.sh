#!/usr/bin/env bash
# Signs and verifies one generated zone with BIND 9, ldns and Knot DNS (and protokit, once its `zone sign` /
# `zone verify` commands exist), side by side in the same run, and appends a markdown table of wall time,
# CPU time, cores used and peak RSS per run to a results file. See benches/dnssec/README.md.
#
#   benches/dnssec/run.sh [options]
#     --zone tld|flat        zone kind of the `zonegen` bin (default tld)
#     --delegations N        tld: delegations (default 100000)
#     --records N            flat: records (default 1000000); tld: at least N records, whole delegations
#     --seed S               zonegen seed (default: zonegen's)
#     --denials "LIST"       of nsec nsec3 (default "nsec nsec3"; NSEC3 = SHA-1, 0 extra iterations, no salt)
#     --signers "LIST"       of bind ldns knot protokit (default: all four)
#     --verifiers "LIST"     of dnssec-verify ldns-verify-zone kzonecheck protokit (default: all four)
#     --threads "LIST"       thread counts for the tools that take one (default "1 2")
#     --results FILE         markdown file the table is appended to (default benches/dnssec/results.md)
#     --work DIR             where zones, keys and signed files go (default: a new temporary directory,
#                            removed at the end unless --keep)
#     --keep                 keep the work directory
#
# Fixed inputs: the zone (zonegen: same options, same octets), inception 20260101000000 and expiration
# 20360101000000 for BIND, ldns and protokit; Knot signs "as of" 2026-01-01 (kzonesign -t 1767225600) with a
# 3650-day signature lifetime. Keys: one ECDSAP256SHA256 KSK and one ZSK, made by dnssec-keygen for each run
# (ECDSA signatures are randomised anyway, so signed files differ between runs; their sizes do not).
# Installs bind9-utils, ldnsutils, knot, knot-dnssecutils and time with apt-get when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

zone_kind=tld delegations=100000 records="" seed="" denials="nsec nsec3"
signers="bind ldns knot protokit" verifiers="dnssec-verify ldns-verify-zone kzonecheck protokit"
threads="1 2" results="$here/results.md" work="" keep=0
while [ $# -gt 0 ]; do
    case $1 in
        --zone) zone_kind=$2; shift ;;
        --delegations) delegations=$2; shift ;;
        --records) records=$2; shift ;;
        --seed) seed=$2; shift ;;
        --denials) denials=$2; shift ;;
        --signers) signers=$2; shift ;;
        --verifiers) verifiers=$2; shift ;;
        --threads) threads=$2; shift ;;
        --results) results=$2; shift ;;
        --work) work=$2; shift ;;
        --keep) keep=1 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
case $zone_kind in tld) origin=tld ;; flat) origin=flat ;; *) echo "run.sh: --zone tld|flat" >&2; exit 2 ;; esac
INCEPT=20260101000000
EXPIRE=20360101000000
KNOT_NOW=1767225600 # 2026-01-01T00:00:00Z
NOW=$(date -u +%Y%m%d%H%M%S)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# ------------------------------------------------------------------ tools
missing=()
command -v dnssec-signzone >/dev/null 2>&1 || missing+=(bind9-utils)
command -v ldns-signzone >/dev/null 2>&1 || missing+=(ldnsutils)
command -v kzonesign >/dev/null 2>&1 || missing+=(knot-dnssecutils)
command -v keymgr >/dev/null 2>&1 || [ -x /usr/sbin/keymgr ] || missing+=(knot)
[ -x /usr/bin/time ] || missing+=(time)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "run.sh: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
        { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
fi
keymgr=$(command -v keymgr || echo /usr/sbin/keymgr)

if [ -z "$work" ]; then
    work="$(mktemp -d)"
    [ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
else
    mkdir -p "$work"
fi
echo "run.sh: working in $work"

# ------------------------------------------------------------------ zone and keys
echo "== building zonegen and protokit (release)"
(cd "$root" && cargo build --release -q -p protokit-benches --bin zonegen && cargo build --release -q -p protokit)
bin="${CARGO_TARGET_DIR:-$root/target}/release"
gen=(tld)
[ "$zone_kind" = flat ] && gen=(flat)
if [ -n "$records" ]; then gen+=(--records "$records"); elif [ "$zone_kind" = tld ]; then gen+=(--delegations "$delegations"); fi
[ -n "$seed" ] && gen+=(--seed "$seed")
zone="$work/$origin.zone"
"$bin/zonegen" "${gen[@]}" >"$zone" 2>"$work/zonegen.txt"
cat "$work/zonegen.txt"
summary=$(sed 's/^zonegen: //' "$work/zonegen.txt")

mkdir -p "$work/keys"
(cd "$work/keys" &&
    dnssec-keygen -q -a ECDSAP256SHA256 -f KSK -L 3600 -P 20250101000000 -A 20250101000000 -n ZONE "$origin" >/dev/null &&
    dnssec-keygen -q -a ECDSAP256SHA256 -L 3600 -P 20250101000000 -A 20250101000000 -n ZONE "$origin" >/dev/null)
keybases=()
for k in "$work"/keys/K*.key; do keybases+=("${k%.key}"); done

has_protokit() { "$bin/protokit" "$@" --help >/dev/null 2>&1; }

# ------------------------------------------------------------------ measuring
rows=()
# measure TOOL OPERATION DENIAL THREADS INPUT OUTPUT -- command...: runs the command under /usr/bin/time
# and records one table row (the command's own output goes to $work/logs).
measure() {
    local tool=$1 op=$2 denial=$3 nthreads=$4 input=$5 output=$6
    shift 7
    local log="$work/logs/$tool-$op-$denial-$nthreads-$(basename "$input").txt"
    mkdir -p "$work/logs"
    echo "-- $tool $op $denial threads=$nthreads $(basename "$input")"
    local status=0
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >"$log" 2>&1 || status=$?
    local wall user sys rss cores size=""
    read -r wall user sys rss < <(tail -n 1 "$work/time.txt") || true
    cores=$(awk -v w="$wall" -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", (w > 0 ? (u + s) / w : 0) }')
    rss=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
    [ -n "$output" ] && [ -f "$output" ] && size=$(awk -v b="$(stat -c %s "$output")" 'BEGIN { printf "%.1f", b / 1048576 }')
    local result=ok
    [ "$status" -eq 0 ] || result="FAIL ($status)"
    printf '   %s s wall, %s s user, %s s sys, %s cores, %s MiB peak RSS, %s\n' "$wall" "$user" "$sys" "$cores" "$rss" "$result"
    [ "$status" -eq 0 ] || sed 's/^/      /' "$log" | tail -5
    rows+=("| $tool | $op | $denial | $nthreads | $(basename "$input") | $wall | $user | $sys | $cores | $rss | ${size:--} | $result |")
}
# the threads column for tools without a thread option
NT="-"

# ------------------------------------------------------------------ signing
signed=()
# The file signed with the first thread count is verified below; the others are removed (disk space).
keep_first() { # threads file
    if [ "$1" = "${threads%% *}" ]; then signed+=("$2"); else rm -f "$2"; fi
}
knot_sign() { # denial threads out
    local w="$work/knot-$1-$2" nsec3=off alg=ecdsap256sha256
    [ "$1" = nsec3 ] && nsec3=on
    rm -rf "$w" && mkdir -p "$w/storage" "$w/run" "$w/out"
    cp "$zone" "$w/storage/$origin.zone"
    cat >"$w/knot.conf" <<EOF
server:
    listen: 127.0.0.1@53535
    rundir: "$w/run"
database:
    storage: "$w/storage"
    kasp-db: "$w/storage/kasp"
policy:
  - id: p
    algorithm: $alg
    manual: on
    nsec3: $nsec3
    nsec3-iterations: 0
    nsec3-salt-length: 0
    rrsig-lifetime: 3650d
    rrsig-refresh: 30d
    dnskey-ttl: 3600
    signing-threads: $2
zone:
  - domain: $origin.
    file: "$w/storage/$origin.zone"
    dnssec-signing: on
    dnssec-policy: p
EOF
    for k in "${keybases[@]}"; do "$keymgr" -c "$w/knot.conf" "$origin." import-bind "$k.private" >/dev/null; done
    echo "$w"
}
for denial in $denials; do
    bind_opts=() ldns_opts=() pk_opts=()
    [ "$denial" = nsec3 ] && bind_opts=(-3 - -H 0) ldns_opts=(-n -a 1 -t 0 -s '') pk_opts=(--nsec3)
    for signer in $signers; do
        case $signer in
            bind)
                for t in $threads; do
                    out="$work/$origin.bind-$denial-t$t.zone"
                    # -P: no verification after signing (dnssec-verify is measured on its own below).
                    measure dnssec-signzone sign "$denial" "$t" "$zone" "$out" -- \
                        dnssec-signzone -q -P -S -K "$work/keys" -o "$origin" -N keep -s "$INCEPT" -e "$EXPIRE" \
                        "${bind_opts[@]}" -n "$t" -d "$work" -f "$out" "$zone"
                    keep_first "$t" "$out"
                done
                ;;
            ldns)
                out="$work/$origin.ldns-$denial.zone"
                measure ldns-signzone sign "$denial" "$NT" "$zone" "$out" -- \
                    ldns-signzone -o "$origin" -i "$INCEPT" -e "$EXPIRE" "${ldns_opts[@]}" -f "$out" "$zone" "${keybases[@]}"
                signed+=("$out")
                ;;
            knot)
                for t in $threads; do
                    w=$(knot_sign "$denial" "$t")
                    out="$work/$origin.knot-$denial-t$t.zone"
                    measure kzonesign sign "$denial" "$t" "$zone" "$w/out/$origin.zone" -- \
                        kzonesign -c "$w/knot.conf" -o "$w/out" -t "$KNOT_NOW" "$origin."
                    if [ -f "$w/out/$origin.zone" ]; then
                        mv "$w/out/$origin.zone" "$out"
                        keep_first "$t" "$out"
                    fi
                    rm -rf "$w"
                done
                ;;
            protokit)
                if ! has_protokit zone sign; then
                    echo "-- protokit sign $denial: skipped (\`protokit zone sign --help\` fails: the command does not exist yet)"
                    continue
                fi
                keyargs=()
                for k in "${keybases[@]}"; do keyargs+=(--key "$k"); done
                for t in $threads; do
                    out="$work/$origin.protokit-$denial-t$t.zone"
                    measure protokit sign "$denial" "$t" "$zone" "$out" -- \
                        sh -c 'out=$1; shift; exec "$@" >"$out"' sh "$out" \
                        "$bin/protokit" zone sign "$zone" --origin "$origin" "${keyargs[@]}" "${pk_opts[@]}" \
                        --inception "$INCEPT" --expiration "$EXPIRE" --threads "$t"
                    keep_first "$t" "$out"
                done
                ;;
            *) echo "run.sh: unknown signer $signer" >&2; exit 2 ;;
        esac
    done
done

# ------------------------------------------------------------------ verification
for f in "${signed[@]}"; do
    denial=nsec
    case $f in *-nsec3*) denial=nsec3 ;; esac
    for verifier in $verifiers; do
        case $verifier in
            dnssec-verify)
                measure dnssec-verify verify "$denial" "$NT" "$f" "" -- dnssec-verify -q -o "$origin" "$f" ;;
            ldns-verify-zone)
                measure ldns-verify-zone verify "$denial" "$NT" "$f" "" -- ldns-verify-zone -t "$NOW" "$f" ;;
            kzonecheck)
                measure kzonecheck verify "$denial" "$NT" "$f" "" -- kzonecheck -d on -o "$origin." "$f" ;;
            protokit)
                if ! has_protokit zone verify; then
                    echo "-- protokit verify $(basename "$f"): skipped (\`protokit zone verify --help\` fails: the command does not exist yet)"
                    continue
                fi
                for t in $threads; do
                    measure protokit verify "$denial" "$t" "$f" "" -- \
                        "$bin/protokit" zone verify "$f" --origin "$origin" --now "$NOW" --threads "$t"
                done
                ;;
            *) echo "run.sh: unknown verifier $verifier" >&2; exit 2 ;;
        esac
    done
done

# ------------------------------------------------------------------ results
[ -s "$results" ] || printf '# DNSSEC signing and verification runs (benches/dnssec/run.sh)\n\nOne section per run, newest last; see benches/dnssec/README.md.\n' >"$results"
{
    echo
    echo "### $(date -u '+%Y-%m-%d %H:%M UTC'): $summary"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load average (1, 5, 15 min) at the start: $load_start, at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Tools: BIND $(dnssec-signzone -V 2>&1 | awk '{ print $2 }'), ldns $(ldns-verify-zone -v 2>&1 | awk '{ print $3 }'), Knot $(kzonecheck -V 2>&1 | awk '{ print $NF }'), protokit $(cd "$root" && git rev-parse --short HEAD)."
    echo "Command: \`benches/dnssec/run.sh $(printf '%q ' "${gen[@]}" | sed 's/ $//') --denials \"$denials\" --threads \"$threads\"\`. Keys: ECDSAP256SHA256 KSK + ZSK."
    echo "cores = (user + sys) / wall; RSS = peak resident set (/usr/bin/time %M); size = output file. threads \"-\": the tool has no thread option."
    echo
    echo "| tool | op | denial | threads | file | wall s | user s | sys s | cores | peak RSS MiB | size MiB | result |"
    echo "|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|---|"
    printf '%s\n' "${rows[@]}"
} | tee -a "$results"
echo "run.sh: appended to $results"
