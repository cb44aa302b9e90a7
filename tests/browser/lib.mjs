// Shared helpers for the browser tests: build a site with the real kb binary, serve a folder
// on 127.0.0.1, and launch Debian's Chromium headless (never a downloaded browser).
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, normalize, dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KB = process.env.KB_BIN || join(ROOT, 'target', 'debug', 'kb');

/** Builds SITE into a fresh temp folder with `kb build`; returns the output folder. */
export function buildSite(site, extraArgs = []) {
  if (!process.env.KB_BIN && !existsSync(KB)) {
    execFileSync('cargo', ['build', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  }
  const out = join(mkdtempSync(join(tmpdir(), 'kb-browser-')), 'public');
  execFileSync(KB, ['build', site, '-o', out, ...extraArgs], { cwd: ROOT, stdio: 'pipe' });
  return out;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml',
  '.woff2': 'font/woff2', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves DIR on a free port of 127.0.0.1 like a static host (404.html for missing paths).
 * With PREFIX (e.g. '/kb-site/') it is served only there, as GitHub Pages serves a project
 * site: any other path is a bare 404 and is listed in `outside`.
 */
export async function serveDir(dir, prefix = '/') {
  const outside = [];
  const server = createServer((req, res) => {
    const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!full.startsWith(prefix)) {
      outside.push(full);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const path = full.slice(prefix.length - 1);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) { res.writeHead(400); res.end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(readFileSync(join(dir, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, outside, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Starts `kb serve DIR --port 0` with `env` added to the environment; resolves with the address
 * it prints, the process (to kill after the tests) and what it has written to stderr so far.
 */
export function startServe(dir, env = {}) {
  const stderr = [];
  const process_ = spawn(KB, ['serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  process_.stderr.on('data', (chunk) => stderr.push(String(chunk)));
  return new Promise((resolve, reject) => {
    process_.once('exit', (code) => reject(new Error(`kb serve exited (${code}): ${stderr.join('')}`)));
    createInterface({ input: process_.stdout }).on('line', (line) => {
      const found = line.match(/ (http:\/\/\S+?)\/?$/);
      if (found) resolve({ url: found[1], kb: process_, stderr });
    });
  });
}

/** Launches headless Debian Chromium. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
