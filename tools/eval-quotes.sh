#!/usr/bin/env bash
# Scores the quote engine on PolNeAR: builds the `companion` CLI, runs
# `companion analyze --json` on every document of a split and runs the shared scorer.
#
# Usage: tools/eval-quotes.sh [SPLIT] [-- scorer args]   (SPLIT: dev (default) or train)
# Run from anywhere; expects ../shared beside the repository. Predictions are kept in
# $PRED_DIR when set (for error analysis), else in a temporary directory.
#
# The scorer's gold keeps only quotes in " “ ” „ « », so NYT-style ''…'' quotes count as
# false positives. With COUNT_DOUBLE_APOSTROPHES=1 the split is also scored against a
# temporary copy of the corpus (outside the repository) in which each '' is written "
# plus a space, same byte length, so those quotes count as the quotes they are.
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

if [[ "${COUNT_DOUBLE_APOSTROPHES:-}" == 1 ]]; then
    copy="$(mktemp -d)"
    trap 'rm -rf "$copy"' EXIT
    for kind in text attributions; do
        mkdir -p "$copy/$split/$kind"
        for file in "$shared/corpus/polnear/$split/$kind"/*; do
            sed "s/''/\" /g" "$file" >"$copy/$split/$kind/$(basename "$file")"
        done
    done
    echo
    echo "== with ''…'' quotes counted as quotes"
    python3 "$shared/eval/score_quotes.py" --pred "$pred" --split "$split" --data "$copy" "$@"
fi
