// Save-to-findable latency of search in `kb serve` (issue 12): the time from saving a new word
// into an item until the tab the author already has open finds it through window.kb.search,
// beside the time until the page itself is served with the word. The tab is never navigated by
// the benchmark: it reloads when the preview tells it to, and drops its index on a search update.
//
// Usage: node bench/serve_search_latency.mjs CORPUS [EDITS]   (CORPUS: a kb site, e.g. a copy of
// the 10,000-page corpus; its item article-00001.md is edited and restored). KB_BIN picks the
// binary (default target/release/kb). Prints the medians and worst cases as JSON.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT, launch } from '../tests/browser/lib.mjs';

const [corpus, edits = '15'] = process.argv.slice(2);
const KB = process.env.KB_BIN || join(ROOT, 'target', 'release', 'kb');
const ITEM = join(corpus, 'content', 'articles', 'article-00001.md');
const PAGE = '/articles/article-00001/';
const original = readFileSync(ITEM, 'utf8');

function serve() {
  const kb = spawn(KB, ['serve', corpus, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    createInterface({ input: kb.stdout }).on('line', (line) => {
      const found = line.match(/ at (http:\/\/\S+?)\/?$/);
      if (found) resolve({ kb, url: found[1] });
    });
  });
}

/** A word the corpus cannot have, two edits away from every other edit's word (a typo
 * correction must not find the previous one): the edit's number spelt twice in letters. */
const word = (i) => { const n = [...String(i)].map((d) => 'אבגדהוזחטי'[+d]).join(''); return `זזט${n}ק${n}`; };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function servedAfter(url, w, saved) {
  for (;;) {
    const body = await fetch(url + PAGE).then((r) => r.text());
    if (body.includes(w)) return Date.now() - saved;
    await sleep(2);
  }
}

async function findableAfter(page, w, saved) {
  for (;;) {
    try {
      await page.waitForFunction(() => window.kb && window.kb.search, null, { timeout: 30000 });
      const found = await page.evaluate(async (w) => (await window.kb.search(w)).length, w);
      if (found) return Date.now() - saved;
    } catch (e) {
      if (!/context was destroyed|navigat/i.test(e.message)) throw e;
    }
    await sleep(5);
  }
}

const { kb, url } = await serve();
const browser = await launch();
const page = await browser.newPage();
await page.goto(url + '/', { waitUntil: 'load' });
const served = [], findable = [];
try {
  await sleep(5000); // the first whole index of the session, at lowest priority
  for (let i = 1; i <= Number(edits); i++) {
    const w = word(i);
    const saved = Date.now();
    writeFileSync(ITEM, `${original}\nמילה חדשה: ${w}.\n`);
    const [s, f] = await Promise.all([servedAfter(url, w, saved), findableAfter(page, w, saved)]);
    served.push(s);
    findable.push(f);
    console.error(`edit ${i}: served after ${s} ms, findable in the open tab after ${f} ms`);
    await sleep(2500); // past the pause after which the index is built whole again
  }
} finally {
  writeFileSync(ITEM, original);
  await browser.close();
  kb.kill();
}
console.log(JSON.stringify({
  edits: served.length,
  served_median_ms: median(served), served_worst_ms: Math.max(...served),
  findable_median_ms: median(findable), findable_worst_ms: Math.max(...findable),
}));
