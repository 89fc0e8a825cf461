#!/usr/bin/env bash
# Scores the quote engine on PolNeAR: builds the `companion` CLI, runs
# `companion analyze --json` on every document of a split and runs the shared scorer.
#
# Usage: tools/eval-quotes.sh [SPLIT] [-- scorer args]   (SPLIT: dev (default) or train)
# Run from anywhere; expects ../shared beside the repository. Predictions are kept in
# $PRED_DIR when set (for error analysis), else in a temporary directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
split="${1:-dev}"
shift || true
[[ "${1:-}" == "--" ]] && shift
shared="$root/../shared"
texts="$shared/corpus/polnear/$split/text"
[[ -d "$texts" ]] || { echo "eval-quotes: no PolNeAR split at $texts" >&2; exit 2; }

cargo build --quiet --release -p companion-cli --manifest-path "$root/Cargo.toml"
bin="$root/target/release/companion"

pred="${PRED_DIR:-$(mktemp -d)}"
mkdir -p "$pred"
for file in "$texts"/*.txt; do
    doc="$(basename "$file" .txt)"
    "$bin" analyze "$file" --json >"$pred/$doc.json" || echo "eval-quotes: failed on $doc" >&2
done

python3 "$shared/eval/score_quotes.py" --pred "$pred" --split "$split" "$@"
