#!/usr/bin/env bash
# Whole-run throughput of `strabo extract` on the VOA stories, beside a
# baseline measured in the same run on the same input (gzip -1, a fixed
# amount of byte-level work that calibrates for the machine's speed).
#
#   bench/run_extract.sh [REPEAT] [THREADS]
# REPEAT (default 20) copies of ../shared/data/news/voa_stories.jsonl are
# concatenated (with distinct ids) so the run lasts long enough to time.
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=${1:-20}
threads=${2:-1}
src=../shared/data/news/voa_stories.jsonl
[ -f "$src" ] || { echo "bench/run_extract.sh: $src not found (it is in ../shared/data)" >&2; exit 1; }
[ -x build/strabo ] || { echo "bench/run_extract.sh: build/strabo missing; run scripts/setup" >&2; exit 1; }

input=$(mktemp --suffix=.jsonl)
trap 'rm -f "$input"' EXIT
for i in $(seq 1 "$repeat"); do
  sed "s/^{\"id\": \"/{\"id\": \"r$i-/" "$src"
done > "$input"
mb=$(du -m "$input" | cut -f1)

t0=$(date +%s.%N)
gzip -1 -c "$input" > /dev/null
t1=$(date +%s.%N)
gzip_s=$(echo "$t1 - $t0" | bc -l)

stats=$(build/strabo extract --threads "$threads" --stats -q "$input" 2>&1 >/dev/null | tail -1)
echo "input: $(wc -l < "$input") articles, ${mb} MB (voa_stories.jsonl x $repeat), threads=$threads"
echo "strabo extract: ${stats#strabo: }"
secs=$(echo "$stats" | sed -E 's/.* in ([0-9.]+) s.*/\1/')
echo "baseline gzip -1: ${gzip_s} s; strabo extract takes $(echo "$secs / $gzip_s" | bc -l | cut -c1-5)x the baseline's time"
