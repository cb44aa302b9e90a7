#!/usr/bin/env bash
# Search benchmark on a Universal Dependencies Hebrew treebank (gold lemmas): kb beside Pagefind.
# Usage: bash bench/search_ud.sh UD_DIR [bench/search_ud.py flags, e.g. --kb-before BIN]
#   UD_DIR: the treebank UD_Hebrew-IAHLTknesset, a checkout or a bare git directory, outside the
#   repository (its text is not ours to commit).
# Env: KB (kb binary, default target/release/kb), BENCH_DIR (default /tmp/kb-search-ud).
# Installs: Pagefind 1.x from npm into $BENCH_DIR/pf, node packages (npm ci); uses Debian Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DIR=${BENCH_DIR:-/tmp/kb-search-ud}
ud=${1:?usage: bash bench/search_ud.sh UD_DIR [flags]}
shift
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
if [ ! -x "$BENCH_DIR/pf/node_modules/.bin/pagefind" ]; then
  mkdir -p "$BENCH_DIR/pf"
  (cd "$BENCH_DIR/pf" && npm init -y >/dev/null && npm i --silent --no-audit --no-fund pagefind@1 >/dev/null)
fi
python3 bench/search_ud.py --ud "$ud" "$@" | tee "$BENCH_DIR/report.md"
