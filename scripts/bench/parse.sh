#!/usr/bin/env bash
# Times lexing + parsing of a generated 20,000-line PHP script (median of several runs, release
# build). Extra arguments go to the benchmark: `--runs N`, a FILE.php to time instead, or
# `--write FILE.php` to save the generated script (e.g. to check it with `php -l`).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec cargo run --quiet --release -p phpsock-syntax --example parse_bench -- "$@"
