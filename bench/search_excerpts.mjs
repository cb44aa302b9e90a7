// How often a search result's excerpt shows the word that matched (issue 12): builds a site with
// kb, picks words from its pages (deterministic sample), opens /search/?q=WORD in headless
// Chromium and counts, among the results shown, those whose excerpt has a highlighted word, and
// those whose title or excerpt has one.
//
// Usage: KB_BIN=target/release/kb node bench/search_excerpts.mjs SITE [WORDS]   (default 150
// words; without KB_BIN the debug binary). Prints JSON.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, launch } from '../tests/browser/lib.mjs';
import { serveStatic } from '../tests/browser/search_lib.mjs';

const [site, count = '150'] = process.argv.slice(2);

/** Every Markdown file under content/. */
function markdown(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdown(path);
    return name.endsWith('.md') && name !== '_index.md' ? [path] : [];
  });
}

/** A deterministic sample of the Hebrew words (3+ letters) the pages' bodies use. */
function sample(n) {
  const words = new Set();
  for (const file of markdown(join(site, 'content')).sort()) {
    const body = readFileSync(file, 'utf8').split('+++').slice(2).join('+++');
    for (const w of body.match(/[\u05D0-\u05EA]{3,}/g) || []) words.add(w);
  }
  const all = [...words].sort();
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: Math.min(n, all.length) }, () => all[next() % all.length]);
}

const server = await serveStatic(buildSite(site));
const browser = await launch();
const page = await browser.newPage();
let shown = 0, inExcerpt = 0, inTitleOrExcerpt = 0;
for (const word of sample(Number(count))) {
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(word)}`);
  await page.waitForFunction(() => /תוצא/.test(document.getElementById('kb-search-status').textContent));
  await page.waitForFunction(() => /לא נמצאו/.test(document.getElementById('kb-search-status').textContent)
    || document.querySelector('.search-result'));
  const results = await page.$$eval('.search-result', (items) => items.map((li) => [
    !!li.querySelector('.search-result__excerpt mark'), !!li.querySelector('.search-result__title mark')]));
  shown += results.length;
  inExcerpt += results.filter(([e]) => e).length;
  inTitleOrExcerpt += results.filter(([e, t]) => e || t).length;
}
await browser.close();
await server.close();
console.log(JSON.stringify({
  site, words: Number(count), results_shown: shown,
  excerpt_shows_match: +(inExcerpt / shown).toFixed(3), title_or_excerpt_shows_match: +(inTitleOrExcerpt / shown).toFixed(3),
}));
