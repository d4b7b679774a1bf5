#!/usr/bin/env bash
# Echo-server throughput: runs scripts/echo_server.php (socket_select) and
# scripts/stream_echo_server.php (stream_select) under phpsock and under the reference PHP,
# drives each with the load client crates/cli/examples/echo_load.rs (many connections,
# every byte checked) and prints a Markdown table of messages per second.
#
# Usage: scripts/bench/echo_throughput.sh [connections] [messages] [size]
#        (defaults 50 connections x 2000 messages x 64 bytes)
# Environment: PHPSOCK (binary to use; skips the build), PHPREF (reference command; default
# /work/shared/tools/phpref or `php -n -d extension=sockets`; "none" skips it),
# ECHO_LOAD (load client binary; skips its build), RUNS (runs per cell, best kept; default 3;
# the two interpreters alternate run by run).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
connections="${1:-50}"
messages="${2:-2000}"
size="${3:-64}"
runs="${RUNS:-3}"

if [[ -z "${PHPSOCK:-}" ]]; then
    (cd "$root" && cargo build --quiet --release -p phpsock-cli)
    PHPSOCK="$root/target/release/phpsock"
fi
if [[ -z "${ECHO_LOAD:-}" ]]; then
    (cd "$root" && cargo build --quiet --release -p phpsock-cli --example echo_load)
    ECHO_LOAD="$root/target/release/examples/echo_load"
fi
load="$ECHO_LOAD"
if [[ -z "${PHPREF:-}" ]]; then
    if [[ -x /work/shared/tools/phpref ]]; then
        PHPREF=/work/shared/tools/phpref
    elif command -v php >/dev/null 2>&1; then
        PHPREF="php -n -d extension=sockets"
    else
        PHPREF=none
    fi
fi

tmp="$(mktemp -d)"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# run_once INTERPRETER SCRIPT: starts the server on port 0, waits (at most 10 s) for its
# banner, runs the load client, waits for the server to exit; prints messages/second.
run_once() {
    local interpreter="$1" script="$2" port="" rate
    # Emptied here, not only by the redirection below: that one happens in the background
    # job, possibly after the loop below has read the previous run's banner.
    : >"$tmp/banner"
    # shellcheck disable=SC2086 # PHPREF may carry options
    $interpreter "$root/scripts/$script" 0 "$connections" >"$tmp/banner" 2>&1 &
    server_pid=$!
    for _ in $(seq 100); do
        port="$(head -n1 "$tmp/banner" | sed -n 's/^listening on .*:\([0-9][0-9]*\)$/\1/p')"
        [[ -n "$port" ]] && break
        sleep 0.1
    done
    if [[ -z "$port" ]]; then
        echo "no banner from $script under $interpreter:" >&2
        cat "$tmp/banner" >&2
        kill "$server_pid" 2>/dev/null || true
        return 1
    fi
    if ! rate="$("$load" "$port" "$connections" "$messages" "$size")"; then
        echo "the load client failed against $script under $interpreter" >&2
        kill "$server_pid" 2>/dev/null || true
        return 1
    fi
    rate="$(echo "$rate" | sed 's/.*, \([0-9]*\) messages\/s/\1/')"
    wait "$server_pid"
    server_pid=""
    echo "$rate"
}

echo "$connections connections x $messages messages x $size bytes, best of $runs (messages/s)"
echo
echo "| server | phpsock | reference | phpsock / reference |"
echo "|---|---:|---:|---:|"
for script in echo_server.php stream_echo_server.php; do
    # The interpreters take turns, run by run, so both see the same machine conditions.
    ours=0
    theirs=0
    for _ in $(seq "$runs"); do
        rate="$(run_once "$PHPSOCK" "$script")"
        if ((rate > ours)); then ours=$rate; fi
        if [[ "$PHPREF" != none ]]; then
            rate="$(run_once "$PHPREF" "$script")"
            if ((rate > theirs)); then theirs=$rate; fi
        fi
    done
    if [[ "$PHPREF" == none ]]; then
        echo "| $script | $ours | - | - |"
    else
        ratio="$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }')"
        echo "| $script | $ours | $theirs | $ratio |"
    fi
done
