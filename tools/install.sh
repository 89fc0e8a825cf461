#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping what is already there, so a
# second run does nothing. Sourced by tools/serve.sh and tools/test.sh; it can also be run on
# its own. Everything comes from the package registries (Debian, crates.io, npm): nothing is
# downloaded from anywhere else.
#
#   Debian:    chromium, chromium-driver (the browser for every browser test)
#   rustup:    the wasm32-unknown-unknown target, rustfmt, clippy
#   crates.io: trunk 0.21.14, wasm-bindgen-cli at the exact version in Cargo.lock
#   npm:       the packages in package-lock.json (binaryen's wasm-opt, playwright-core, axe)
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' \
  "$repo_root/Cargo.lock")

say() { printf '[install] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_debian_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  command -v node >/dev/null || missing+=(nodejs npm)
  [ ${#missing[@]} -eq 0 ] && return
  say "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_rust_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  local component
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "rustup component add $component"
      rustup component add "$component"
    fi
  done
  if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
    say "cargo install trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q "^wasm-bindgen $WASM_BINDGEN_VERSION\b"; then
    # Not --locked: the CLI's own lockfile pins a crate the registry no longer has.
    say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

install_npm_packages() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then
    echo "[install] Node.js 20 or newer is needed (found $(node --version))." >&2
    return 1
  fi
  # npm ci only when the lockfile changed since the last install.
  local stamp="$repo_root/node_modules/.installed-lock"
  if ! cmp -s "$repo_root/package-lock.json" "$stamp" 2>/dev/null; then
    say "npm ci"
    (cd "$repo_root" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$repo_root/package-lock.json" "$stamp"
  fi
}

install_debian_packages
install_rust_tools
install_npm_packages
export PATH="$repo_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
