#!/usr/bin/env bash
# fuzz/run.sh SECONDS [TARGET...]: builds every fuzz target (`cargo +nightly
# fuzz build`, with debug assertions and overflow checks), then runs each (or the TARGETs named) for SECONDS on a copy of
# its seed corpus fuzz/seeds/<target>/ with its dictionary, so the repository
# is not modified. Prints one line per target (runs, exec/s, coverage) and
# exits non-zero if any target crashed; a crash input is kept in
# fuzz/artifacts/<target>/ (ignored by git) and its libFuzzer log printed.
set -euo pipefail
cd "$(dirname "$0")"

secs="${1:?usage: fuzz/run.sh SECONDS [TARGET...]}"
shift
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cargo +nightly fuzz list)
fi

cargo +nightly fuzz build --debug-assertions

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=()
for t in "${targets[@]}"; do
    corpus="$work/corpus/$t"
    mkdir -p "$corpus" "artifacts/$t"
    if [ -d "seeds/$t" ]; then
        cp -R "seeds/$t/." "$corpus/"
    fi
    args=(-max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -artifact_prefix="artifacts/$t/")
    dict="$(./dict-args.sh "$t")"
    [ -n "$dict" ] && args+=("$dict")
    log="$work/$t.log"
    if cargo +nightly fuzz run --debug-assertions "$t" "$corpus" -- "${args[@]}" >"$log" 2>&1; then
        done_line="$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true)"
        printf '%-20s ok   %s\n' "$t" "${done_line:-(no DONE line)}"
    else
        printf '%-20s FAIL (log below; input in fuzz/artifacts/%s/)\n' "$t" "$t"
        tail -n 60 "$log"
        failed+=("$t")
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz: crashes in: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: ${#targets[@]} targets ran ${secs}s each without a crash"
