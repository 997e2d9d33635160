#!/usr/bin/env bash
# Issue 15's bench: one zonegen TLD zone (default 1,500 delegations) signed and verified by protokit (release) with
# ECDSAP256SHA256, plain SLH-DSA-SHA2-128s and SLH-DSA-MTL-SHA2-128s side by side in one run: signing time, signed
# zone size and verification time, compared with ECDSA and with Verisign's IETF 122 figures (NUMBERS.md of the
# reference pack). Writes a markdown section to benches/dnssec/mtl-results.md (machine, load, command, table).
#
#   benches/dnssec/mtl.sh [options]
#     --delegations N     zonegen tld --delegations N (default 1500, as IETF 122)
#     --threads N         threads for protokit zone sign / zone verify (default 1)
#     --algorithms "LIST" of ECDSAP256SHA256 slh-dsa-sha2-128s slh-dsa-mtl-sha2-128s (default: all three;
#                         plain SLH-DSA signs every RRset with a 7,856-octet signature: minutes)
#     --results FILE      markdown file the section is appended to (default benches/dnssec/mtl-results.md)
#     --work DIR          where zones, keys and signed files go (default: a temporary directory, removed unless --keep)
#     --keep              keep the work directory
#
# Each algorithm gets one CSK (protokit key generate --ksk), NSEC, inception 20260101000000, expiration
# 20360101000000; verification at 20270101000000. Needs /usr/bin/time (apt-get install time).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

delegations=1500 threads=1 algorithms="ECDSAP256SHA256 slh-dsa-sha2-128s slh-dsa-mtl-sha2-128s"
results="$here/mtl-results.md" work="" keep=0
while [ $# -gt 0 ]; do
    case $1 in
        --delegations) delegations=$2; shift ;;
        --threads) threads=$2; shift ;;
        --algorithms) algorithms=$2; shift ;;
        --results) results=$2; shift ;;
        --work) work=$2; shift ;;
        --keep) keep=1 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "mtl.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
[ -x /usr/bin/time ] || { echo "mtl.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -z "$work" ]; then
    work="$(mktemp -d)"
    [ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT
else
    mkdir -p "$work"
fi
echo "mtl.sh: working in $work"

echo "== building zonegen and protokit (release)"
(cd "$root" && cargo build --release -q -p protokit-benches --bin zonegen && cargo build --release -q -p protokit)
bin="${CARGO_TARGET_DIR:-$root/target}/release"
zone="$work/tld.zone"
"$bin/zonegen" tld --delegations "$delegations" >"$zone" 2>"$work/zonegen.txt"
summary=$(sed 's/^zonegen: //' "$work/zonegen.txt")
echo "$summary"

# seconds: wall, user+sys of the command, under /usr/bin/time
timed() {
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@"
    read -r wall user sys rss < <(tail -n 1 "$work/time.txt")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
}

rows=() ecdsa_sign="" ecdsa_size=""
for alg in $algorithms; do
    mkdir -p "$work/keys/$alg"
    base=$("$bin/protokit" key generate --algorithm "$alg" --zone tld. --ksk --dir "$work/keys/$alg")
    signed="$work/tld.$alg.signed"
    echo "-- $alg: signing"
    timed "$bin/protokit" zone sign "$zone" --origin tld. --key "$work/keys/$alg/$base" --inception 20260101000000 \
        --expiration 20360101000000 --threads "$threads" >"$signed"
    sign_wall=$wall sign_cpu=$cpu sign_rss=$rss
    size=$(stat -c %s "$signed")
    rrsigs=$(awk '$4 == "RRSIG" { n++ } END { print n + 0 }' "$signed")
    echo "-- $alg: verifying"
    timed "$bin/protokit" zone verify "$signed" --origin tld. --now 20270101000000 --threads "$threads" >"$work/verify.$alg.txt" ||
        { echo "mtl.sh: $alg: the zone does not verify"; tail -3 "$work/verify.$alg.txt"; exit 1; }
    verdict=$(tail -n 1 "$work/verify.$alg.txt")
    if [ "$alg" = ECDSAP256SHA256 ]; then ecdsa_sign=$sign_wall ecdsa_size=$size; fi
    vs_sign="-" vs_size="-"
    if [ -n "$ecdsa_sign" ]; then
        vs_sign=$(awk -v a="$sign_wall" -v b="$ecdsa_sign" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')
        vs_size=$(awk -v a="$size" -v b="$ecdsa_size" 'BEGIN { printf "%.2fx", a / b }')
    fi
    mb=$(awk -v b="$size" 'BEGIN { printf "%.2f", b / 1e6 }')
    printf '   sign %s s (cpu %s s, %s KiB RSS), %s MB, %s RRSIGs, verify %s s: %s\n' "$sign_wall" "$sign_cpu" "$sign_rss" "$mb" "$rrsigs" "$wall" "$verdict"
    rows+=("| $alg | $sign_wall | $sign_cpu | $vs_sign | $mb | $vs_size | $rrsigs | $wall | $cpu | $verdict |")
done

load_end=$(cut -d' ' -f1-3 /proc/loadavg)
{
    echo
    echo "## $(date -u +%Y-%m-%dT%H:%MZ): zonegen tld --delegations $delegations, threads $threads"
    echo
    echo "- zone: $summary"
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $load_start at the start, $load_end at the end (shared with other jobs)"
    echo "- command: \`benches/dnssec/mtl.sh --delegations $delegations --threads $threads\` (protokit release build, one CSK per algorithm, NSEC)"
    echo
    echo "| algorithm | sign wall (s) | sign CPU (s) | sign vs ECDSA | signed zone (MB) | size vs ECDSA | RRSIGs | verify wall (s) | verify CPU (s) | verifier says |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} >>"$results"
echo "mtl.sh: appended to $results"
