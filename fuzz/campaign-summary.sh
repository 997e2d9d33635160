#!/usr/bin/env bash
# fuzz/campaign-summary.sh: one line per target of a `campaign.sh` state
# (STATE, default fuzz/campaign): CPU seconds used, runs (summed over
# chunks), runs per CPU second, coverage (edges) and features at the last
# chunk's end, and findings (crash, leak, timeout or OOM inputs kept under
# STATE/artifacts/<target>/). A Markdown table, as the README and the notes
# report it.
set -u
cd "$(dirname "$0")"
state="${STATE:-campaign}"
echo "| target | CPU s | runs | exec/s | cov (edges) | ft | findings |"
echo "|---|---:|---:|---:|---:|---:|---|"
for f in "$state"/cpu/*; do
    [ -e "$f" ] || continue
    t="$(basename "$f")"
    log="$state/$t.log"
    cpu="$(cat "$f")"
    runs="$(grep -h 'stat::number_of_executed_units' "$log" 2>/dev/null | awk '{s += $2} END {printf "%d", s}')"
    last="$(grep -hE '^#[0-9]+[[:space:]]+(DONE|REDUCE|NEW|pulse|RELOAD|INITED)' "$log" 2>/dev/null | tail -n 1)"
    cov="$(sed -nE 's/.* cov: ([0-9]+) .*/\1/p' <<<"$last")"
    ft="$(sed -nE 's/.* ft: ([0-9]+) .*/\1/p' <<<"$last")"
    rate=0
    [ "$cpu" -gt 0 ] && rate=$((runs / cpu))
    found="$(find "$state/artifacts/$t" -type f 2>/dev/null | wc -l)"
    findings="none"
    [ "$found" -gt 0 ] && findings="$found input(s) in $state/artifacts/$t"
    printf '| `%s` | %d | %d | %d | %s | %s | %s |\n' "$t" "$cpu" "$runs" "$rate" "${cov:-?}" "${ft:-?}" "$findings"
done
