#!/usr/bin/env bash
# Prints build figures for synthetic collections of 1,000 and 10,000 papers (each in its own process,
# so peak memory is per size). Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/SiteGen.Bench >/dev/null
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
for n in "${sizes[@]}"; do
  dotnet bench/SiteGen.Bench/bin/Release/net10.0/SiteGen.Bench.dll $n theme
done
