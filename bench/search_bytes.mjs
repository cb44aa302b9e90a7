// Bytes a cold query downloads from kb's search (script, styles and index files; no HTTP
// compression, 20 results, a fresh browser context per query), for one or more kb outputs of the
// same site side by side: a change measured against its baseline in one run.
// Usage: node bench/search_bytes.mjs NAME=KB_OUT [NAME=KB_OUT ...]
// Prints a Markdown table: per query, KB and requests per output, and the largest per output.
import { launch } from '../tests/browser/lib.mjs';
import { serveStatic } from '../tests/browser/search_lib.mjs';

/** One, two and three words; nouns, prefixed forms and verbs in their dictionary form. */
const QUERIES = ['ארגון', 'קואליציה', 'מדדים', 'והשולחן', 'ביצע', 'החליט', 'פעל', 'בניית אמון',
  'שיתוף פעולה', 'מדידה משותפת', 'החליטו לפעול', 'ארגון שדרה מוביל', 'שיתוף פעולה בקהילה',
  'ביצע מדידה משותפת'];
const counted = (path) => path === '/kb/search.js' || path === '/kb/search.css' || path.startsWith('/search/');

const outputs = process.argv.slice(2).map((a) => a.split('='));
const browser = await launch();
const rows = Object.fromEntries(QUERIES.map((q) => [q, []]));
for (const [, dir] of outputs) {
  const server = await serveStatic(dir);
  for (const q of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    server.log.length = 0;
    await page.goto(`${server.url}/404.html`);
    await page.waitForFunction(() => window.kb && window.kb.search);
    await page.evaluate((query) => window.kb.search(query, { limit: 20 }).then((r) => r.map((x) => x.excerpt)), q);
    await page.waitForTimeout(50);
    const fetched = server.log.filter(([p]) => counted(p));
    rows[q].push([fetched.reduce((s, [, b]) => s + b, 0), fetched.length]);
    await context.close();
  }
  await server.close();
}
await browser.close();
const names = outputs.map(([n]) => n);
console.log(`| query | ${names.map((n) => `${n} KB | ${n} requests`).join(' | ')} |`);
console.log(`| --- |${' ---: | ---: |'.repeat(names.length)}`);
for (const q of QUERIES) console.log(`| ${q} | ${rows[q].map(([b, r]) => `${(b / 1024).toFixed(1)} | ${r}`).join(' | ')} |`);
const most = names.map((_, i) => Math.max(...QUERIES.map((q) => rows[q][i][0])) / 1024);
console.log(`| **largest** | ${most.map((b) => `**${b.toFixed(1)}** | `).join(' | ')} |`);
