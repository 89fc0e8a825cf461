#!/usr/bin/env bash
# Scores article extraction on the saved Readability test pages: builds the `companion` CLI,
# runs `companion extract --body` on every `<id>/source.html` (the scorer compares the story
# body, without title, byline or date) timing each page, and runs the shared scorer.
#
# Usage: tools/eval-extract.sh [-- scorer args]
# Run from anywhere; expects ../shared beside the repository. Predictions (and timings.csv,
# `id,ms` per page, wall time of one CLI run) are kept in $PRED_DIR when set, else in a
# temporary directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[[ "${1:-}" == "--" ]] && shift
shared="$root/../shared"
pages="$shared/corpus/readability-pages"
[[ -d "$pages" ]] || { echo "eval-extract: no saved pages at $pages" >&2; exit 2; }

cargo build --quiet --release -p companion-cli --manifest-path "$root/Cargo.toml"
bin="$root/target/release/companion"

pred="${PRED_DIR:-$(mktemp -d)}"
mkdir -p "$pred"
echo "id,ms" >"$pred/timings.csv"
for page in "$pages"/*/source.html; do
    id="$(basename "$(dirname "$page")")"
    start=$(date +%s%N)
    "$bin" extract --body "$page" >"$pred/$id.txt" || echo "eval-extract: failed on $id" >&2
    end=$(date +%s%N)
    ns=$((end - start))
    printf "%s,%d.%03d\n" "$id" $((ns / 1000000)) $((ns / 1000 % 1000)) >>"$pred/timings.csv"
done

python3 "$shared/eval/score_extract.py" --pred "$pred" --set readability "$@"
