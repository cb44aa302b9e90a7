#!/usr/bin/env bash
# Runs every test of kb on a fresh Debian machine: installs what the tests need (Chromium from
# Debian, node packages from npm; never a downloaded browser), then the Rust tests and the
# browser tests. Usage: bash tests/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v node >/dev/null || need_apt+=(nodejs npm)
command -v git >/dev/null || need_apt+=(git) # tests/output.rs deploys into a git repository
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" fonts-dejavu-core >/dev/null
fi
[ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ] && [ -d node_modules/esbuild ] || npm ci --no-audit --no-fund

cargo fmt --all -- --check
cargo build --quiet
cargo test --quiet 2>&1 | tee /tmp/kb-cargo-test.log
npm run --silent test:browser
