#!/usr/bin/env bash
# Ground-truth benchmark of Arabic search, kb beside Pagefind, against the gold lemmas of a
# Universal Dependencies Arabic treebank (UD_Arabic-PUD by default). The treebank is cloned into
# $BENCH_DIR, outside the repository: it measures, it is no part of kb.
# Usage: bash bench/search_truth_ar.sh [--before OLD_KB] [--sample N]
# Env: KB (kb binary, default target/release/kb), BENCH_DIR (default /tmp/kb-search-truth),
#   UD_CONLLU (a .conllu file to use instead of cloning UD_Arabic-PUD).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DIR=${BENCH_DIR:-/tmp/kb-search-truth}
export KB=${KB:-$PWD/target/release/kb}
mkdir -p "$BENCH_DIR"
command -v chromium >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; }
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
if [ ! -x "$BENCH_DIR/pf/node_modules/.bin/pagefind" ]; then
  mkdir -p "$BENCH_DIR/pf"
  (cd "$BENCH_DIR/pf" && npm init -y >/dev/null && npm i --silent --no-audit --no-fund pagefind@1 >/dev/null)
fi
if [ -z "${UD_CONLLU:-}" ]; then
  [ -d "$BENCH_DIR/UD_Arabic-PUD" ] || git clone --quiet --depth 1 https://github.com/UniversalDependencies/UD_Arabic-PUD "$BENCH_DIR/UD_Arabic-PUD"
  UD_CONLLU=$BENCH_DIR/UD_Arabic-PUD/ar_pud-ud-test.conllu
fi
[ -x "$KB" ] || cargo build --release --quiet
python3 bench/search_truth_ar.py --conllu "$UD_CONLLU" "$@" | tee "$BENCH_DIR/report-ar.md"
