#!/usr/bin/env bash
# Bad input at scale, cold runs of the real `sitegen check`: a collection of broken entries (bench/SiteGen.Bench,
# MangledEntries), then how long check takes and how many files it names with a line; then the property tests of
# tests/SiteGen.Tests/MangledContentTests.cs run longer with random seeds. Not part of the tests.
# Usage: bench/mangled.sh [entries=1000] [property-iterations=100]
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-1000}
iterations=${2:-100}
dotnet build -c Release bench/SiteGen.Bench >/dev/null
dotnet build -c Release src/SiteGen.Cli >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet bench/SiteGen.Bench/bin/Release/net10.0/SiteGen.Bench.dll mangled "$entries" "$work/content"
start=$(date +%s.%N)
set +e
dotnet src/SiteGen.Cli/bin/Release/net10.0/sitegen.dll check --content "$work/content" --format json >"$work/check.json" 2>"$work/check.err"
code=$?
set -e
seconds=$(echo "$(date +%s.%N) - $start" | bc)
node -e '
let r;
try { r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); }
catch { console.log(`entries=${process.argv[2]} check CRASHED (exit ${process.argv[4]}): no JSON report`); process.exit(0); }
const located = new Set(r.diagnostics.filter(d => d.line >= 1 && d.column >= 1).map(d => d.path));
const errors = new Set(r.diagnostics.filter(d => d.severity === "error").map(d => d.path));
console.log(`entries=${process.argv[2]} check_s=${Number(process.argv[3]).toFixed(2)} exit=${process.argv[4]} ` +
  `errors=${r.errors} warnings=${r.warnings} files_with_a_located_problem=${located.size} files_with_an_error=${errors.size}`);
' "$work/check.json" "$entries" "$seconds" "$code"
SITEGEN_FUZZ_ITER=$iterations SITEGEN_FUZZ_SEED=random \
  dotnet test tests/SiteGen.Tests --filter "FullyQualifiedName~MangledContentTests" --logger "console;verbosity=normal" 2>&1 |
  grep -E "entries with|Passed|Failed|seed" || true
