#!/usr/bin/env bash
# CPU benchmark runner: builds phpsock in release mode, runs every kernel in kernels/ under
# phpsock and (when available) under the reference PHP, checks that both print the same
# checksum, and prints a Markdown table of the best-of-N wall times and their ratio.
#
# Usage: scripts/bench/run.sh [-n RUNS] [KERNEL...]      (KERNEL: name without .php)
# Environment: PHPSOCK (binary to use; skips the build), PHPREF (reference command; default
# /work/shared/tools/phpref or `php -n`; set to "none" to skip it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs=3
if [[ "${1:-}" == "-n" ]]; then
    runs="$2"
    shift 2
fi

if [[ -z "${PHPSOCK:-}" ]]; then
    (cd "$root" && cargo build --quiet --release -p phpsock-cli)
    PHPSOCK="$root/target/release/phpsock"
fi
if [[ -z "${PHPREF:-}" ]]; then
    if [[ -x /work/shared/tools/phpref ]] && command -v php >/dev/null 2>&1; then
        PHPREF=/work/shared/tools/phpref
    elif command -v php >/dev/null 2>&1; then
        PHPREF="php -n"
    else
        PHPREF=none
    fi
fi

if [[ $# -gt 0 ]]; then
    kernels=("$@")
else
    kernels=()
    for f in "$here"/kernels/*.php; do
        kernels+=("$(basename "$f" .php)")
    done
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# best_time CMD... : runs CMD $runs times, stdout to $tmp/out, prints the minimum wall time (s).
best_time() {
    local best="" t
    for ((r = 0; r < runs; r++)); do
        local start end
        start=$(date +%s.%N)
        "$@" >"$tmp/out" 2>"$tmp/err" || { echo "FAILED: $*" >&2; cat "$tmp/err" >&2; }
        end=$(date +%s.%N)
        t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
        if [[ -z "$best" ]] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$t
        fi
    done
    echo "$best"
}

status=0
tot_sock=0
tot_ref=0
if [[ "$PHPREF" == none ]]; then
    echo "| kernel | phpsock (s) |"
    echo "|---|---:|"
else
    echo "| kernel | php (s) | phpsock (s) | ratio |"
    echo "|---|---:|---:|---:|"
fi
for k in "${kernels[@]}"; do
    file="$here/kernels/$k.php"
    ts=$(best_time "$PHPSOCK" "$file")
    cp "$tmp/out" "$tmp/sock.out"
    tot_sock=$(awk -v a="$tot_sock" -v b="$ts" 'BEGIN { printf "%.3f", a + b }')
    if [[ "$PHPREF" == none ]]; then
        echo "| $k | $ts |"
        continue
    fi
    # shellcheck disable=SC2086
    tr=$(best_time $PHPREF "$file")
    tot_ref=$(awk -v a="$tot_ref" -v b="$tr" 'BEGIN { printf "%.3f", a + b }')
    note=""
    if ! cmp -s "$tmp/out" "$tmp/sock.out"; then
        note=" **checksum mismatch**"
        status=1
        {
            echo "checksum mismatch in $k:"
            diff "$tmp/out" "$tmp/sock.out" || true
        } >&2
    fi
    ratio=$(awk -v a="$ts" -v b="$tr" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "| $k | $tr | $ts | ${ratio}×$note |"
done
if [[ "$PHPREF" == none ]]; then
    echo "| **total** | **$tot_sock** |"
else
    ratio=$(awk -v a="$tot_sock" -v b="$tot_ref" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "| **total** | **$tot_ref** | **$tot_sock** | **${ratio}×** |"
fi
exit $status
