#!/usr/bin/env bash
# Search benchmark, kb against Pagefind on the same generated Hebrew corpus:
#   index build time and peak memory, index size on disk, bytes a query downloads (cold cache, no
#   HTTP compression, 20 results shown), and recall of bare and prefixed queries against ground
#   truth from the Markdown.
# Usage: bash bench/search.sh [PAGES]   (default 10000; work files in $BENCH_DIR or /tmp)
# Needs: python3, node with playwright-core (npm ci), Debian chromium; installs Pagefind from npm.
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${1:-10000}
WORK=${BENCH_DIR:-/tmp/kb-search-bench}
SHARED=${SHARED_DIR:-../shared}
CORPUS=$WORK/corpus$PAGES
mkdir -p "$WORK"

if [ ! -f "$CORPUS/config.toml" ]; then
  echo "generating a $PAGES-page corpus in $CORPUS"
  python3 "$SHARED/bench/gen_corpus.py" --pages "$PAGES" --out "$CORPUS"
fi
cargo build --release --quiet

echo "kb build"
rm -rf "$WORK/kb-out"
/usr/bin/time -f "%e s, %M KB peak" -o "$WORK/kb.time" target/release/kb build "$CORPUS" -o "$WORK/kb-out" >/dev/null
KB_BENCH_SITE=$CORPUS cargo test --release --quiet --test search_bench -- --ignored --nocapture 2>/dev/null \
  | grep 'search index' > "$WORK/kb-index.txt"

echo "pagefind"
if [ ! -x "$WORK/pf/node_modules/.bin/pagefind" ]; then
  mkdir -p "$WORK/pf"
  (cd "$WORK/pf" && npm init -y >/dev/null && npm i --silent --no-audit --no-fund pagefind@1 >/dev/null)
fi
rm -rf "$WORK/pf-site"
cp -r "$WORK/kb-out" "$WORK/pf-site"
/usr/bin/time -f "%e s, %M KB peak" -o "$WORK/pf.time" "$WORK/pf/node_modules/.bin/pagefind" --site "$WORK/pf-site" >/dev/null

echo "queries in Chromium"
node tests/browser/search_bench.mjs "$WORK/kb-out" "$WORK/pf-site" "$CORPUS" > "$WORK/queries.json"

size() { echo "$(du -sb "$1" | cut -f1) bytes in $(find "$1" -type f | wc -l) files ($(du -sk "$1" | cut -f1) KiB on disk)"; }
python3 - "$WORK" "$(size "$WORK/kb-out/search")" "$(size "$WORK/pf-site/pagefind")" <<'EOF'
import json, sys
work, kb_size, pf_size = sys.argv[1:4]
read = lambda name: open(f"{work}/{name}").read().strip()
print(f"\n## Search benchmark ({work})\n")
print(f"kb build, whole site: {read('kb.time')}")
print(f"kb search index alone: {read('kb-index.txt')}")
print(f"Pagefind 1.x on kb's output: {read('pf.time')}")
print(f"index size, kb: {kb_size}")
print(f"index size, Pagefind: {pf_size}\n")
q = json.load(open(f"{work}/queries.json"))
print("| query | kb KB | kb requests | Pagefind KB | Pagefind requests |\n| --- | --- | --- | --- | --- |")
for query, r in q["bytes"].items():
    kb, pf = r["kb"], r["pagefind"]
    print(f"| {query} | {kb['bytes'] / 1024:.1f} | {kb['requests']} | {pf['bytes'] / 1024:.1f} | {pf['requests']} |")
print("\n| query | base word | pages with it (any form) | kb recall | Pagefind recall |\n| --- | --- | --- | --- | --- |")
for query, r in q["recall"].items():
    print(f"| {query} | {r['base']} | {r['pages']} | {r['kb']['recall']:.1%} | {r['pagefind']['recall']:.1%} |")
prefixed = [r for query, r in q["recall"].items() if query != r["base"]]
for engine in ("kb", "pagefind"):
    ok = sum(1 for r in prefixed if r[engine]["recall"] >= 0.95)
    print(f"\n{engine}: {ok} of {len(prefixed)} prefixed queries find at least 95% of their pages", end="")
print()
EOF
