#!/usr/bin/env bash
# Scale benchmark: cold builds of the real `sitegen build` command (a new process each run, into an empty
# output folder) on synthetic collections, and, when `hugo` is installed (Debian's package), the same
# pages built by Hugo from the same collection, alternating the two tools RUNS times (default 3) and
# printing medians and the same-run ratio. Then the output's size, files and largest page, the time
# `serve` needs after one edit, and `import bibtex` of the site's own export. Not part of the tests.
#   bench/scale.sh [papers...]       default: 1000 10000 (Hugo side by side up to HUGO_MAX=10000 papers)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
bin=$(mktemp -d /tmp/sitegen-scale-bin.XXXX)
# Published as the Pages workflow publishes it (ReadyToRun), so the figures are those of a lab's build.
dotnet publish -c Release src/SiteGen.Cli -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$bin" >/dev/null
dotnet build -c Release bench/SiteGen.Bench >/dev/null
bench() { dotnet bench/SiteGen.Bench/bin/Release/net10.0/SiteGen.Bench.dll "$@"; }
# The bytes of the files themselves (what a host stores and serves); du would add 4 KB per folder.
file_bytes() { find "$1" -type f -printf '%s\n' | awk '{ b += $1 } END { print b + 0 }'; }
# Bytes and files per kind of output: top-level files by name, folders by name, .bib files apart.
output_by_kind() {
  find "$1" -type f -printf '%s %P\n' | awk '{
      n = split($2, part, "/"); kind = (n == 1) ? $2 : part[1] "/"
      if (n > 1 && $2 ~ /\.bib$/) kind = part[1] "/*.bib"
      if (n > 2 && part[1] == "search") kind = "search/<shards>/"
      bytes[kind] += $1; files[kind]++
    } END { for (k in bytes) printf "  %8.1f MB %7d files  %s\n", bytes[k] / 1048576, files[k], k }' | sort -rn
}
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)

for n in "${sizes[@]}"; do
  root=$(mktemp -d /tmp/sitegen-scale-$n.XXXX)
  bench collection "$n" "$root/content"
  with_hugo=0
  if command -v hugo >/dev/null && [ "$n" -le "${HUGO_MAX:-10000}" ]; then
    bench hugo "$root/content" bench/hugo/layouts "$root/hugo"
    with_hugo=1
  fi
  : > "$root/sitegen.txt"; : > "$root/hugo.txt"
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$root/out"
    /usr/bin/time -f "%e %M" -o "$root/time" "$bin/sitegen" build --content "$root/content" --theme theme --output "$root/out" > "$root/log"
    cat "$root/time" >> "$root/sitegen.txt"
    grep '^Steps:' "$root/log" | tail -1 > "$root/steps"
    if [ $with_hugo = 1 ]; then
      rm -rf "$root/hugo-out"
      /usr/bin/time -f "%e %M" -o "$root/time" hugo --quiet --source "$root/hugo" --destination "$root/hugo-out"
      cat "$root/time" >> "$root/hugo.txt"
    fi
  done
  s_time=$(cut -d' ' -f1 "$root/sitegen.txt" | median); s_mem=$(cut -d' ' -f2 "$root/sitegen.txt" | median)
  echo "== $n papers, median of $runs cold runs"
  printf 'sitegen: build_s=%s peak_mb=%d  (runs: %s)\n' "$s_time" $((s_mem / 1024)) "$(cut -d' ' -f1 "$root/sitegen.txt" | paste -sd' ')"
  echo "sitegen $(cat "$root/steps")"
  if [ $with_hugo = 1 ]; then
    h_time=$(cut -d' ' -f1 "$root/hugo.txt" | median); h_mem=$(cut -d' ' -f2 "$root/hugo.txt" | median)
    printf 'hugo:    build_s=%s peak_mb=%d  (runs: %s)\n' "$h_time" $((h_mem / 1024)) "$(cut -d' ' -f1 "$root/hugo.txt" | paste -sd' ')"
    awk -v s="$s_time" -v h="$h_time" -v sm="$s_mem" -v hm="$h_mem" 'BEGIN { printf "ratio sitegen/hugo: time %.2f, peak memory %.2f\n", s / h, sm / hm }'
    printf 'hugo output: bytes=%s files=%s\n' "$(file_bytes "$root/hugo-out")" "$(find "$root/hugo-out" -type f | wc -l)"
  fi
  bytes=$(file_bytes "$root/out"); files=$(find "$root/out" -type f | wc -l)
  awk -v b="$bytes" -v f="$files" -v n="$n" 'BEGIN { printf "sitegen output: bytes=%.0f (%.1f KB per paper) files=%d (%.2f per paper)\n", b, b / n / 1024, f, f / n }'
  find "$root/out" -name '*.html' -printf '%s %P\n' | sort -n | tail -1 | awk '{ printf "largest page: %s (%.0f KB)\n", $2, $1 / 1024 }'
  output_by_kind "$root/out"
  bench serve-edit "$root/content" theme 3   # the later edits show the steady state
  [ "$n" -le 10000 ] && bench import "$root/content" "$root/out/papers.bib"
  rm -rf "$root"
done
rm -rf "$bin"
