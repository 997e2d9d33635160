#!/usr/bin/env bash
# fuzz/campaign.sh TARGET...: long runs toward a CPU-time budget per target
# (issue 14 asks one CPU-hour each). Each target runs in chunks of CHUNK
# seconds (wall) until the CPU time it has used (user + sys, summed over
# chunks and kept in STATE/cpu/<target>) reaches CPU_SECONDS; its corpus
# lives in STATE/<target> (seeded from seeds/<target> the first time), so a
# campaign stopped part-way goes on where it was when started again. Every
# chunk's libFuzzer output and CPU time are appended to STATE/<target>.log.
# A crash stops that target, is noted in STATE/crashes and makes the
# campaign exit with 1 (0 otherwise, paused or not). To pause a
# campaign (for a benchmark, say), create STATE/stop and interrupt the
# running fuzzer (`pkill -INT -f STATE/`): libFuzzer exits with code 72, the
# chunk's CPU time is kept, and the campaign ends; remove STATE/stop and start
# it again to go on. Runs at nice 19 with the binaries of `fuzz/run.sh` (build
# them first). Run two campaigns side by side to use two cores.
#   STATE (default fuzz/campaign, ignored by git), CHUNK (900), CPU_SECONDS (3600)
set -u
cd "$(dirname "$0")"
state="${STATE:-campaign}"
chunk_wall="${CHUNK:-900}"
budget="${CPU_SECONDS:-3600}"
bin="target/x86_64-unknown-linux-gnu/release"
mkdir -p "$state/cpu"
cpu_of() { cat "$state/cpu/$1"; }
# nice alone does not make the campaign yield: under Linux autogroup
# scheduling a session started with setsid (or from another terminal) gets an
# equal share of the CPU whatever its processes' nice values. Lower this
# session group's weight too, where the kernel has autogroups.
if [ -w /proc/self/autogroup ]; then
    echo 19 >/proc/self/autogroup 2>/dev/null || true
fi
found=0
for t in "$@"; do
    mkdir -p "$state/$t" "$state/artifacts/$t"
    if [ -z "$(ls -A "$state/$t")" ] && [ -d "seeds/$t" ]; then
        cp -R "seeds/$t/." "$state/$t/"
    fi
    [ -f "$state/cpu/$t" ] || echo 0 >"$state/cpu/$t"
    dict=()
    d="$(./dict-args.sh "$t")"
    [ -n "$d" ] && dict=("$d")
    while [ "$(cpu_of "$t")" -lt "$budget" ] && [ ! -e "$state/stop" ]; do
        left=$((budget - $(cpu_of "$t")))
        chunk=$chunk_wall
        [ "$left" -lt "$chunk" ] && chunk=$((left + 5))
        echo "=== $(date -u +%FT%TZ) chunk $chunk s" >>"$state/$t.log"
        /usr/bin/time -f "CPUTIME %U %S" nice -n 19 "$bin/$t" "$state/$t" -max_total_time="$chunk" -timeout=10 \
            -interrupt_exit_code=72 -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}" -artifact_prefix="$state/artifacts/$t/" \
            >>"$state/$t.log" 2>&1
        rc=$?
        # The chunk's CPU time is the CPUTIME line after its own marker: a
        # chunk that printed none (time itself killed) counts 0, not the
        # chunk before it again.
        used=$(awk '/^=== /{u = 0} /^CPUTIME /{u = int($2 + $3)} END {print u + 0}' "$state/$t.log")
        total=$(($(cpu_of "$t") + used))
        echo "$total" >"$state/cpu/$t"
        echo "rc=$rc cpu=$used total=$total" >>"$state/$t.log"
        if [ "$rc" -eq 72 ] && [ -e "$state/stop" ]; then
            break
        elif [ "$rc" -ne 0 ]; then
            echo "$t rc=$rc" >>"$state/crashes"
            found=1
            break
        fi
    done
    [ -e "$state/stop" ] && break
done
exit "$found"
