#!/usr/bin/env bash
# Ground-truth search benchmark, kb beside Pagefind, against the Debian Hebrew dictionaries:
# recall of bare, prefixed, singular/plural and misspelt queries, top-5 precision of short
# ambiguous queries, bytes per query, build time. Prints a Markdown report (also saved as
# $BENCH_DIR/report.md; raw results in $BENCH_DIR/search_truth.json).
# Usage: bash bench/search_truth.sh [--sites example,seeds,10k] [other bench/search_truth.py flags]
#   default sites: example,seeds (10k is the slow path: the shared 10,000-page corpus, sampled).
# Env: KB (kb binary, default target/release/kb), BENCH_DIR (work folder, default
#   /tmp/kb-search-truth), KB_SEARCH_INDEX_TIME=1 (also run the search-only index timing test).
# Installs: hspell, hunspell + hunspell-he, Chromium (Debian), node packages (npm ci),
#   Pagefind 1.x from npm into $BENCH_DIR/pf. hspell is AGPL: it only measures, it is no part of kb.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DIR=${BENCH_DIR:-/tmp/kb-search-truth}
export KB=${KB:-$PWD/target/release/kb}
mkdir -p "$BENCH_DIR"

need_apt=()
command -v hspell >/dev/null || need_apt+=(hspell)
command -v hunspell >/dev/null || need_apt+=(hunspell)
[ -f /usr/share/hunspell/he_IL.dic ] || need_apt+=(hunspell-he)
command -v chromium >/dev/null || need_apt+=(chromium fonts-dejavu-core)
command -v node >/dev/null || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
if [ ! -x "$BENCH_DIR/pf/node_modules/.bin/pagefind" ]; then
  mkdir -p "$BENCH_DIR/pf"
  (cd "$BENCH_DIR/pf" && npm init -y >/dev/null && npm i --silent --no-audit --no-fund pagefind@1 >/dev/null)
fi
[ -x "$KB" ] || cargo build --release --quiet

python3 bench/search_truth.py "$@" | tee "$BENCH_DIR/report.md"
