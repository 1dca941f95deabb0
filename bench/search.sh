#!/usr/bin/env bash
# Search benchmark: for synthetic collections of 1,000, 10,000 and 100,000 papers (or the sizes given),
# the C# build time of both indexes, their sizes, and what a browser downloads and computes per query.
# Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/SiteGen.Bench >/dev/null
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
for n in "${sizes[@]}"; do
  folder="${TMPDIR:-/tmp}/sitegen-search-bench-$n"
  dotnet bench/SiteGen.Bench/bin/Release/net10.0/SiteGen.Bench.dll search "$n" "$folder"
  node bench/search-bench.mjs "$folder"
  rm -rf "$folder"
done
