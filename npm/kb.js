#!/usr/bin/env node
// The `kb` command of the npm package kb-ssg: runs the kb binary of the package for this
// platform (@kb-ssg/<platform>-<arch>, installed by npm as an optional dependency, as esbuild
// does), with the same arguments, and exits as it exits.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const platform = `${process.platform}-${process.arch}`;
const exe = process.platform === 'win32' ? 'kb.exe' : 'kb';
let binary;
try {
  binary = path.join(path.dirname(require.resolve(`@kb-ssg/${platform}/package.json`)), 'bin', exe);
} catch {
  console.error(`kb: there is no kb package for ${platform} (the package @kb-ssg/${platform} was not installed).`);
  console.error('kb: reinstall without --omit=optional / --no-optional, or install kb another way: see the README of kb.');
  process.exit(2);
}
const run = spawnSync(binary, process.argv.slice(2), { stdio: 'inherit' });
if (run.error) {
  console.error(`kb: cannot run ${binary}: ${run.error.message}`);
  process.exit(2);
}
if (run.signal) {
  process.kill(process.pid, run.signal);
}
process.exit(run.status ?? 2);
