// The browser half of bench/search.sh: serves kb's output and a copy indexed by Pagefind, runs
// the same queries through window.kb.search and through Pagefind's JS API in headless Chromium,
// and prints, as JSON, the bytes each query downloads (cold cache, no HTTP compression) and the
// recall of bare and prefixed queries against ground truth computed from the Markdown.
// Usage: node tests/browser/search_bench.mjs KB_OUT PAGEFIND_SITE CORPUS
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './lib.mjs';
import { serveStatic } from './search_lib.mjs';

const [kbDir, pfDir, corpus] = process.argv.slice(2);

/** One or two words, as a reader types them; the last two are prefixed and partial forms. */
const BYTE_QUERIES = ['ארגון', 'קואליציה', 'מדדים', 'שולחן', 'בניית אמון', 'שיתוף פעולה', 'מדידה משותפת',
  'FSG', 'והשולחן', 'קואלי'];
/** Base word -> prefixed forms a reader may type. */
const RECALL = {
  'שולחן': ['והשולחן', 'לשולחן'],
  'מדדים': ['והמדדים', 'במדדים'],
  'קואליציה': ['לקואליציה', 'והקואליציה'],
  'תקציב': ['מהתקציב', 'שבתקציב'],
  'מתנדבים': ['למתנדבים', 'והמתנדבים'],
  'קהילה': ['בקהילה', 'וכשהקהילה'],
  'שקיפות': ['בשקיפות', 'והשקיפות'],
  'מנהיגות': ['למנהיגות', 'שהמנהיגות'],
};
const ITEM = /^\/(articles|tools|cases)\/[a-z]+-\d+\/$/;
const PREFIX = /^ו?(ש|כש|לכש|מש)?(ה|ב|כ|ל|מ|מה)?$/;
const fold = (s) => s.replace(/[ךםןףץ]/g, (c) => 'כמנפצ'['ךםןףץ'.indexOf(c)]);

/** Item URL -> the set of Hebrew words of its Markdown (finals folded). */
function corpusWords() {
  const pages = new Map();
  for (const type of ['articles', 'tools', 'cases']) {
    for (const file of readdirSync(join(corpus, 'content', type))) {
      if (!file.endsWith('.md') || file === '_index.md') continue;
      const text = fold(readFileSync(join(corpus, 'content', type, file), 'utf8'));
      pages.set(`/${type}/${file.slice(0, -3)}/`, new Set(text.match(/[\u05D0-\u05EA]+/g)));
    }
  }
  return pages;
}

/** Pages whose Markdown has `word` bare or behind a chain of prefixes. */
function truth(pages, word) {
  const w = fold(word), out = new Set();
  for (const [url, words] of pages) {
    for (const t of words) {
      if (t.endsWith(w) && (t === w || PREFIX.test(t.slice(0, t.length - w.length)))) { out.add(url); break; }
    }
  }
  return out;
}

const ENGINES = {
  kb: {
    counts: (path) => path === '/kb/search.js' || path === '/kb/search.css' || path.startsWith('/search/'),
    run: (page, [q, limit]) => page.evaluate(async ([q, limit]) => (await window.kb.search(q, { limit })).map((r) => r.url), [q, limit]),
  },
  pagefind: {
    counts: (path) => path.startsWith('/pagefind/'),
    run: (page, [q, limit]) => page.evaluate(async ([q, limit]) => {
      const pf = await import('/pagefind/pagefind.js');
      const found = await pf.search(q);
      const urls = [];
      const results = found.results.slice(0, limit);
      for (let i = 0; i < results.length; i += 50) {
        const data = await Promise.all(results.slice(i, i + 50).map((r) => r.data()));
        urls.push(...data.map((d) => new URL(d.url, location.href).pathname));
      }
      return urls;
    }, [q, limit]),
  },
};

async function query(browser, server, engine, q, limit) {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.log.length = 0;
  await page.goto(`${server.url}/404.html`);
  if (engine === 'kb') await page.waitForFunction(() => window.kb && window.kb.search);
  const started = Date.now();
  const urls = await ENGINES[engine].run(page, [q, limit]);
  const ms = Date.now() - started;
  await page.waitForTimeout(50);
  const fetched = server.log.filter(([p]) => ENGINES[engine].counts(p));
  const bytes = fetched.reduce((sum, [, b]) => sum + b, 0);
  await context.close();
  return { urls, ms, bytes, requests: fetched.length };
}

const browser = await launch();
const servers = { kb: await serveStatic(kbDir), pagefind: await serveStatic(pfDir) };
const report = { bytes: {}, recall: {} };
for (const q of BYTE_QUERIES) {
  report.bytes[q] = {};
  for (const engine of Object.keys(ENGINES)) {
    const { bytes, requests, ms, urls } = await query(browser, servers[engine], engine, q, 20);
    report.bytes[q][engine] = { bytes, requests, ms, results: urls.length };
    console.error(`${engine} ${q}: ${(bytes / 1024).toFixed(1)} KB in ${requests} requests, ${ms} ms`);
  }
}
const pages = corpusWords();
for (const [base, forms] of Object.entries(RECALL)) {
  const expected = truth(pages, base);
  for (const q of [base, ...forms]) {
    report.recall[q] = { base, pages: expected.size };
    for (const engine of Object.keys(ENGINES)) {
      const { urls } = await query(browser, servers[engine], engine, q, Infinity);
      const found = new Set(urls.filter((u) => ITEM.test(u)));
      const hits = [...expected].filter((u) => found.has(u)).length;
      report.recall[q][engine] = { found: found.size, hits, recall: expected.size ? hits / expected.size : 1 };
      console.error(`${engine} ${q}: ${hits} of ${expected.size} pages with ${base}`);
    }
  }
}
await browser.close();
await servers.kb.close();
await servers.pagefind.close();
console.log(JSON.stringify(report, null, 1));
