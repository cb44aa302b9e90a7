// The shared analyser test vectors (tests/search_vectors.tsv) against search.js, in node and in
// headless Chromium: the browser analyser must agree with the Rust one on every row. Also checks
// that the shipped, minified search.js is built from the readable source.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch } from './lib.mjs';
import { serveStatic } from './search_lib.mjs';
import { minify, SOURCE, SHIPPED } from '../../scripts/build-js.mjs';

const TABLE = readFileSync(join(ROOT, 'tests', 'search_vectors.tsv'), 'utf8');

/** [kind, input, expected] rows; rows without an @kind column are `tokens` rows. */
function table() {
  return TABLE.split('\n').filter((l) => l && !l.startsWith('#')).map((line) => {
    const cols = line.split('\t');
    return cols[0].startsWith('@') ? [cols[0].slice(1), cols[1], cols[2]] : ['tokens', cols[0], cols[1]];
  });
}

/** Runs every row through the analyser module `a`; returns the rows that differ. Runs in the
 * page too, so it must not use anything from this file's scope. */
function check(a, rows) {
  const matching = (w) => a.normalise(w)?.whole ?? '';
  const run = {
    tokens: (x) => a.analyse(x).map((t) => (t.stripped ? '~' : '') + t.text).join(' '),
    stems: (x) => a.stems(matching(x)).join(' '),
    plurals: (x) => a.brokenPlurals(matching(x)).join(' '),
    meets: (x) => { const [p, q] = x.split(' '); return a.inflects(matching(p), matching(q)) ? 'yes' : 'no'; },
    deletions: (x) => a.deletions(matching(x)).join(' '),
    spellings: (x) => a.spellings(matching(x)).join(' '),
    irregular: (x) => a.irregular(matching(x)).join(' '),
    verbs: (x) => a.conjugations(matching(x)).join(' '),
  };
  return rows.flatMap(([kind, input, expected]) => {
    const got = run[kind] ? run[kind](input) : `unknown kind ${kind}`;
    return got === expected ? [] : [`${kind} ${JSON.stringify(input)}: expected ${expected}, got ${got}`];
  });
}

test('the table has rows of every kind', () => {
  const rows = table();
  for (const kind of ['tokens', 'stems', 'meets', 'deletions', 'spellings', 'verbs', 'irregular']) {
    assert.ok(rows.filter((r) => r[0] === kind).length >= 4, kind);
  }
  assert.ok(rows.length >= 150);
});

test('search.js agrees with every vector in node', async () => {
  assert.deepEqual(check(await import(SOURCE), table()), []);
});

test('one edit: insertion, deletion, substitution and adjacent swap, nothing more', async () => {
  const { oneEdit } = await import(SOURCE);
  // Words in matching form, as the index holds them (final letters folded).
  const yes = [['ארגונ', 'ארגוו'], ['ארגונ', 'ארגוננ'], ['ארגונ', 'רגונ'], ['ארגונ', 'אגרונ'], ['ארגונ', 'ארגנו'], ['abc', 'abc']];
  const no = [['ארגונ', 'גראונ'], ['ארגונ', 'ארג'], ['ארגונ', 'אגרנו'], ['abcd', 'badc']];
  for (const [a, b] of yes) assert.ok(oneEdit(a, b) && oneEdit(b, a), `${a} ${b}`);
  for (const [a, b] of no) assert.ok(!oneEdit(a, b) && !oneEdit(b, a), `${a} ${b}`);
});

let server, browser;
before(async () => {
  server = await serveStatic(join(ROOT, 'themes', 'default'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the shipped search.js agrees with every vector in Chromium', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/static/kb/search.js`);
  const failures = await page.evaluate(async ({ rows, check }) => {
    const a = await import('/static/kb/search.js');
    return new Function(`return (${check})`)()(a, rows);
  }, { rows: table(), check: check.toString() });
  assert.deepEqual(failures, []);
});

// 24 KB: the Hebrew engine took 15; the verb patterns and spellings (issue 23) 3 more, most of
// it Hebrew letters of two bytes each; the Arabic analyser (broken-plural patterns included) and
// the search's words in Arabic and English (a page searches in its own language) the rest. Every
// query pays for the script, within its 150 KB.
test('the shipped search.js is the minified source, at most 24 KB, importing from no other host', async () => {
  const shipped = readFileSync(SHIPPED, 'utf8');
  assert.equal(shipped, await minify(), 'run `npm run build:js` after editing themes/default/js/search.js');
  const bytes = Buffer.byteLength(shipped);
  assert.ok(bytes <= 24 * 1024, `search.js is ${bytes} bytes minified`);
  assert.doesNotMatch(readFileSync(SOURCE, 'utf8'), /\bimport\s[^;]*['"]https?:/, 'imports from another host');
});
