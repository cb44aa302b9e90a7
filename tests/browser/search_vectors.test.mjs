// The shared analyser test vectors (tests/search_vectors.tsv) against search.js, in node and in
// headless Chromium: the browser analyser must agree with the Rust one on every row.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch } from './lib.mjs';
import { serveStatic } from './search_lib.mjs';

const SCRIPT = join(ROOT, 'themes', 'default', 'static', 'kb', 'search.js');
const TABLE = readFileSync(join(ROOT, 'tests', 'search_vectors.tsv'), 'utf8');

function table() {
  let lexicon = [];
  const rows = [];
  for (const line of TABLE.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [input, expected] = line.split('\t');
    if (input === 'lexicon') lexicon = expected.split(' ');
    else rows.push([input, expected]);
  }
  return { lexicon, rows };
}

/** Runs every row through `analyse`; returns the rows that differ. Also runs inside the page. */
function check(analyse, lexicon, rows) {
  const has = new Set(lexicon);
  return rows.flatMap(([input, expected]) => {
    const got = analyse(input, (w) => has.has(w)).map((t) => (t.stripped ? '~' : '') + t.text).join(' ');
    return got === expected ? [] : [`${JSON.stringify(input)}: expected ${expected}, got ${got}`];
  });
}

test('the table has at least 60 rows', () => {
  assert.ok(table().rows.length >= 60);
});

test('search.js agrees with every vector in node', async () => {
  const { analyse } = await import(SCRIPT);
  const { lexicon, rows } = table();
  assert.deepEqual(check(analyse, lexicon, rows), []);
});

let server, browser;
before(async () => {
  server = await serveStatic(join(ROOT, 'themes', 'default', 'static'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('search.js agrees with every vector in Chromium', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/kb/search.js`);
  const { lexicon, rows } = table();
  const failures = await page.evaluate(async ({ lexicon, rows, check }) => {
    const { analyse } = await import('/kb/search.js');
    return new Function(`return (${check})`)()(analyse, lexicon, rows);
  }, { lexicon, rows, check: check.toString() });
  assert.deepEqual(failures, []);
});

test('search.js is at most 15 KB minified, a module with no imports from other hosts', async () => {
  const { transform } = await import('esbuild');
  const source = readFileSync(SCRIPT, 'utf8');
  const { code } = await transform(source, { minify: true, format: 'esm' });
  assert.ok(code.length <= 15 * 1024, `search.js is ${code.length} bytes minified`);
  assert.doesNotMatch(source, /\bimport\s[^;]*['"]https?:/, 'imports from another host');
});
