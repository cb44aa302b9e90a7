// The browser half of bench/search_truth.sh: runs the queries bench/search_truth.py chose through
// window.kb.search and through Pagefind's JS API in headless Chromium, and writes what each engine
// returned, plus the bytes and requests of a cold-cache query (no HTTP compression, 20 results).
//
// Usage: node tests/browser/search_truth.mjs JOB.json OUT.json
// JOB: {sites: [{name, kb: DIR, pagefind: DIR, all: [query], top: [query], bytes: [query]}]}
//   all: ranked URLs of every result (limit Infinity); top: the first 10; bytes: cold-cache cost.
// OUT: {name: {urls: [url], kb: ENGINE, pagefind: ENGINE}} with ENGINE = {all: {query: [url id]},
//   top: {query: [url id]}, bytes: {query: {bytes, requests, results, ms}}, errors: {query: msg}};
//   url ids index `urls`, so ten thousand results per query stay small.
// Speed: one browser; recall queries run in one page per engine, in batches inside page.evaluate;
// only the bytes measure opens a fresh context (cold cache) per query.
import { readFileSync, writeFileSync } from 'node:fs';
import { launch } from './lib.mjs';
import { serveStatic } from './search_lib.mjs';

const [jobFile, outFile] = process.argv.slice(2);
const job = JSON.parse(readFileSync(jobFile, 'utf8'));
const BATCH = 250;

/** In-page: runs QUERIES one after another; a query that throws counts as no results. */
const ENGINES = {
  kb: {
    counts: (path) => path === '/kb/search.js' || path === '/kb/search.css' || path.startsWith('/search/'),
    ready: (page) => page.waitForFunction(() => window.kb && window.kb.search),
    batch: ([queries, limit]) => (async () => {
      const out = [];
      for (const q of queries) {
        try {
          const found = await window.kb.search(q, { limit: limit === null ? Infinity : limit });
          out.push({ urls: found.map((r) => new URL(r.url, location.href).pathname) });
        } catch (e) {
          out.push({ urls: [], error: String(e && e.message || e) });
        }
      }
      return out;
    })(),
  },
  pagefind: {
    counts: (path) => path.startsWith('/pagefind/'),
    ready: async () => {},
    batch: ([queries, limit]) => (async () => {
      const pf = await import('/pagefind/pagefind.js');
      // A result's URL needs its fragment; load each once per page, keyed by Pagefind's id.
      window.pfUrls = window.pfUrls || new Map();
      const url = async (r) => {
        if (!window.pfUrls.has(r.id)) {
          const d = await r.data();
          window.pfUrls.set(r.id, new URL(d.url, location.href).pathname.replace(/index\.html$/, ''));
        }
        return window.pfUrls.get(r.id);
      };
      const out = [];
      for (const q of queries) {
        try {
          const found = await pf.search(q);
          const results = (found && found.results || []).slice(0, limit === null ? Infinity : limit);
          const urls = [];
          for (let i = 0; i < results.length; i += 50) urls.push(...await Promise.all(results.slice(i, i + 50).map(url)));
          out.push({ urls });
        } catch (e) {
          out.push({ urls: [], error: String(e && e.message || e) });
        }
      }
      return out;
    })(),
  },
};

/** Runs QUERIES in one warm page, BATCH at a time; returns {query: [url id]} and errors. */
async function runAll(browser, server, engine, queries, limit, urlId, errors) {
  const context = await browser.newContext();
  const open = async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/404.html`);
    await ENGINES[engine].ready(page);
    return page;
  };
  let page = await open();
  const out = {};
  for (let i = 0; i < queries.length; i += BATCH) {
    const chunk = queries.slice(i, i + BATCH);
    let results;
    try {
      results = await page.evaluate(ENGINES[engine].batch, [chunk, limit]);
    } catch (e) { // the page itself failed (crash, navigation): the batch counts as no results
      results = chunk.map(() => ({ urls: [], error: `batch failed: ${e.message}` }));
      await page.close().catch(() => {});
      page = await open();
    }
    chunk.forEach((q, k) => {
      out[q] = results[k].urls.map(urlId);
      if (results[k].error) errors[q] = results[k].error;
    });
    if (queries.length > BATCH) console.error(`  ${engine}: ${Math.min(i + BATCH, queries.length)} of ${queries.length}`);
  }
  await context.close();
  return out;
}

/** One query in a fresh context (cold cache): bytes and requests of the engine's files. */
async function coldQuery(browser, server, engine, q) {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.log.length = 0; // from the page load on: the page itself loads /kb/search.js
  await page.goto(`${server.url}/404.html`);
  await ENGINES[engine].ready(page);
  const started = Date.now();
  const [result] = await page.evaluate(ENGINES[engine].batch, [[q], 20]);
  const ms = Date.now() - started;
  await page.waitForTimeout(50); // late responses (prefetches) still count
  const fetched = server.log.filter(([p]) => ENGINES[engine].counts(p));
  await context.close();
  return { bytes: fetched.reduce((sum, [, b]) => sum + b, 0), requests: fetched.length, results: result.urls.length, ms, error: result.error };
}

const browser = await launch();
const report = {};
for (const site of job.sites) {
  const urls = [], ids = new Map();
  const urlId = (u) => {
    if (!ids.has(u)) { ids.set(u, urls.length); urls.push(u); }
    return ids.get(u);
  };
  report[site.name] = { urls };
  const servers = {};
  for (const engine of Object.keys(ENGINES)) servers[engine] = await serveStatic(site[engine]);
  // The two engines' recall queries run side by side (one renderer process each); the bytes
  // measure runs after, one cold query at a time, on each engine's own logging server.
  await Promise.all(Object.keys(ENGINES).map(async (engine) => {
    const errors = {};
    const started = Date.now();
    const all = await runAll(browser, servers[engine], engine, site.all, null, urlId, errors);
    const top = await runAll(browser, servers[engine], engine, site.top, 10, urlId, errors);
    report[site.name][engine] = { all, top, errors, seconds: (Date.now() - started) / 1000 };
    console.error(`${site.name} ${engine}: ${site.all.length + site.top.length} queries, ${Object.keys(errors).length} errors, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }));
  for (const engine of Object.keys(ENGINES)) {
    const bytes = {};
    for (const q of site.bytes) bytes[q] = await coldQuery(browser, servers[engine], engine, q);
    report[site.name][engine].bytes = bytes;
    await servers[engine].close();
  }
}
await browser.close();
writeFileSync(outFile, JSON.stringify(report));
