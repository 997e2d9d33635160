#!/usr/bin/env bash
# fuzz/afl/run.sh SECONDS [TARGET...]: builds every fuzz target for AFL++
# (`cargo afl build --release`: the unchanged fuzz/fuzz_targets/*.rs through
# the shim in shim/, with debug assertions and overflow checks), then runs
# each (or the TARGETs named) for SECONDS under `cargo afl fuzz` on a copy
# of its seed corpus fuzz/seeds/<target>/ with its dictionary (`-x`, from
# fuzz/dict-args.sh), so the repository is not modified. Prints one line
# per target (runs, exec/s, corpus, edges and bitmap coverage, crashes,
# hangs) and exits non-zero if any target crashed or did not run; AFL++'s
# output, crash inputs included, is kept in fuzz/afl/out/<target>/ (ignored
# by git; replaced on the next run of the target).
#
# Documentation by script: CI does not run it (its time budget is spent on
# fuzz/run.sh). Needs cargo-afl (`cargo install cargo-afl --locked`), which
# builds AFL++ itself; see fuzz/README.md, section "AFL++".
set -euo pipefail
cd "$(dirname "$0")"

secs="${1:?usage: fuzz/afl/run.sh SECONDS [TARGET...]}"
shift
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    # Every target file; Cargo.toml has a [[bin]] for each.
    targets=()
    for f in ../fuzz_targets/*.rs; do
        targets+=("$(basename "$f" .rs)")
    done
fi

cargo afl build --release

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Not a terminal UI; shared machines: no CPU binding, no CPU governor check.
export AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
failed=()
for t in "${targets[@]}"; do
    corpus="$work/in/$t"
    mkdir -p "$corpus"
    if [ -d "../seeds/$t" ]; then
        cp -R "../seeds/$t/." "$corpus/"
    fi
    if [ -z "$(ls -A "$corpus")" ]; then
        # AFL++ needs one input; the `arbitrary` targets without seeds get
        # the octets 0 to 255.
        for i in $(seq 0 255); do printf "\\$(printf '%03o' "$i")"; done >"$corpus/octets"
    fi
    args=(-V "$secs" -t 10000 -i "$corpus" -o "out/$t")
    dict="$(cd .. && ./dict-args.sh "$t")"
    [ -n "$dict" ] && args+=(-x "../${dict#-dict=}")
    rm -rf "out/$t"
    mkdir -p out
    log="$work/$t.log"
    stats="out/$t/default/fuzzer_stats"
    if cargo afl fuzz "${args[@]}" "target/release/$t" >"$log" 2>&1 && [ -f "$stats" ]; then
        get() { sed -n "s/^$1 *: //p" "$stats"; }
        crashes="$(get saved_crashes)"
        printf '%-20s %-4s runs %s, %s exec/s, corpus %s, edges %s/%s (%s), crashes %s, hangs %s\n' \
            "$t" "$([ "$crashes" = 0 ] && echo ok || echo FAIL)" "$(get execs_done)" "$(get execs_per_sec)" \
            "$(get corpus_count)" "$(get edges_found)" "$(get total_edges)" "$(get bitmap_cvg)" \
            "$crashes" "$(get saved_hangs)"
        if [ "$crashes" != 0 ]; then
            ls "out/$t/default/crashes/"
            failed+=("$t")
        fi
    else
        printf '%-20s FAIL (did not run; log below)\n' "$t"
        tail -n 40 "$log"
        failed+=("$t")
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "afl: crashes or failures in: ${failed[*]} (inputs in fuzz/afl/out/<target>/default/crashes/)" >&2
    exit 1
fi
echo "afl: ${#targets[@]} targets ran ${secs}s each without a crash"
