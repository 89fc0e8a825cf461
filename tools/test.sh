#!/usr/bin/env bash
# README command 2 (and CI): install what is missing, then run every check and test suite.
# Stops at the first failing step and names it.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/install.sh

step() {
  local name=$1
  shift
  printf '\n==> %s\n' "$name"
  local started=$SECONDS
  if ! "$@"; then
    printf '\n[test] FAILED: %s\n' "$name" >&2
    exit 1
  fi
  printf '[test] %s: ok (%ss)\n' "$name" $((SECONDS - started))
}

step "format" cargo fmt --all -- --check
step "clippy, native" cargo clippy --workspace --all-targets --locked -- -D warnings
step "clippy, wasm32" cargo clippy -p reading-companion --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
step "core has no web dependencies" tools/check-core-boundary.sh
step "native tests" cargo test --workspace --locked
step "browser glue tests (headless Chromium)" cargo test -p reading-companion --target wasm32-unknown-unknown --locked
step "release build" trunk build --release --offline
step "end-to-end tests (Playwright, headless Chromium)" node --test --test-concurrency=1 tests/e2e/
printf '\n[test] every step passed\n'
