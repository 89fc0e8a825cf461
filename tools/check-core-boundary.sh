#!/usr/bin/env bash
# The analysis core must stay pure: no web crates anywhere in its dependency tree, and no
# use of them in its source. Fails naming the offender.
set -euo pipefail
cd "$(dirname "$0")/.."
web='^(yew|web-sys|js-sys|gloo[a-z-]*|wasm-bindgen[a-z-]*) '
deps=$(cargo tree -p companion-core --edges normal,build --prefix none --locked | sort -u)
if grep -E "$web" <<<"$deps"; then
  echo "companion-core depends on the web crates above; keep them in the app crate." >&2
  exit 1
fi
if grep -rnE '\b(yew|web_sys|js_sys|gloo|wasm_bindgen)::' crates/core; then
  echo "companion-core source uses web crates (above); keep that in the app crate." >&2
  exit 1
fi
echo "companion-core: $(grep -c . <<<"$deps") crates in its tree, none of them web crates"
