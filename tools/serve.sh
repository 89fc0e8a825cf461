#!/usr/bin/env bash
# README command 1: install what is missing, build the release app and serve it on
# http://127.0.0.1:8080 with the sample article open. Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/install.sh
trunk build --release --offline
echo "Serving dist/ on http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops it)"
exec node tools/static-server.mjs dist --host 127.0.0.1 --port "${PORT:-8080}"
