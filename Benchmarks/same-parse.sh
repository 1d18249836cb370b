#!/bin/sh
# Whether two builds parse the same: `compare-tool parse FILE --format json` (and its exit code) from
# each, on every file given. Usage, from the package root:
#   Benchmarks/same-parse.sh OLD_BINARY NEW_BINARY Corpus/local/*.txt /tmp/variants/* /tmp/gen100/*
# Prints each file whose output differs and a count; exits 1 when any differs.
old="$1"; new="$2"; shift 2
n=0; differ=0
for f in "$@"; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  a=$("$old" parse "$f" --format json 2>&1; echo "exit $?")
  b=$("$new" parse "$f" --format json 2>&1; echo "exit $?")
  if [ "$a" != "$b" ]; then differ=$((differ + 1)); echo "differs: $f"; fi
done
echo "$n files, $differ differ"
[ "$differ" -eq 0 ]
