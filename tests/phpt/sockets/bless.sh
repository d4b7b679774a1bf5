#!/bin/sh
# Fills the expectation of the given .phpt files from the reference PHP (tests/README.md
# describes the harness's own PHPT_BLESS; this does the same without building phpsock).
# Usage: tests/phpt/sockets/bless.sh FILE.phpt...
set -e
REF=${PHPREF:-../shared/tools/phpref}
for t in "$@"; do
  name=$(basename "$t" .phpt)
  dir=$(mktemp -d)
  awk '/^--FILE--$/{f=1;next} /^--[A-Z_]+--$/{f=0} f' "$t" > "$dir/$name.php"
  out=$(cd "$dir" && "$REF" -f "$dir/$name.php" 2>&1 || true)
  rm -rf "$dir"
  head=$(awk '/^--EXPECTF?--$/{exit} {print}' "$t")
  case "$out" in
    *"$dir/$name.php"*) sec=EXPECTF; out=$(printf '%s' "$out" | sed "s#$dir/$name.php#%s#g") ;;
    *) sec=EXPECT ;;
  esac
  printf '%s\n--%s--\n%s\n' "$head" "$sec" "$out" > "$t"
done
