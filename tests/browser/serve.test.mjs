// `kb serve` in Chromium: an open page reloads by itself after a save, keeps its scroll position
// through the reload, and shows the error overlay after a bad save until the fix. All of it
// under the theme's strict Content-Security-Policy (no inline script may be needed).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { ROOT, launch, startServe } from './lib.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const KB = process.env.KB_BIN || join(ROOT, 'target', 'debug', 'kb');
const FRONT = (tags) => `+++\ntitle = "מאמר ארוך לבדיקת גלילה"\ndate = 2024-02-02\ntags = ${tags}\n+++\n\n`;
const LONG_BODY = Array.from({ length: 120 }, (_, i) =>
  (i % 10 === 0 ? `## פרק ${i / 10 + 1}\n\n` : '') +
  `פסקה ${i + 1}: ארגון השדרה מכנס את השותפים, מתאם ביניהם ומודד את ההתקדמות, בלי להיות הבעלים של המהלך.\n`,
).join('\n');

let site, kb, url, browser;

function writeLong(tags, extra = '') {
  writeFileSync(join(site, 'content/articles/long.md'), FRONT(tags) + LONG_BODY + extra);
}

before(async () => {
  if (!process.env.KB_BIN && !existsSync(KB)) execFileSync('cargo', ['build', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  site = join(mkdtempSync(join(tmpdir(), 'kb-serve-')), 'site');
  cpSync(join(ROOT, 'tests/fixtures/serve-site'), site, { recursive: true });
  writeLong('["backbone"]');
  // Search updates land a second after each rebuild, as on a big site: after open pages have
  // reloaded and fetched the old index.
  ({ url, kb } = await startServe(site, { KB_SERVE_SEARCH_DELAY_MS: '1000' }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  kb?.kill();
});

/** A page on PATH that records CSP violations and marks its window, to tell a reload apart. */
async function open(path) {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  await page.goto(url + path, { waitUntil: 'load' });
  await page.evaluate(() => { window.kbNotReloaded = true; });
  return { page, violations };
}

const reloaded = (page) => page.waitForFunction(() => !window.kbNotReloaded, null, { timeout: 10000 });

test('an open page reloads by itself after an edit', async () => {
  const { page, violations } = await open('/articles/long/');
  writeLong('["backbone"]', '\nמילה חדשה: reload-kiwi.\n');
  await reloaded(page);
  await page.waitForFunction(() => document.body.textContent.includes('reload-kiwi'), null, { timeout: 10000 });
  assert.deepEqual(violations, []);
  await page.close();
});

test('the scroll position is kept across the reload', async () => {
  const { page } = await open('/articles/long/');
  await page.evaluate(() => window.scrollTo(0, 2500));
  await page.waitForFunction(() => Math.abs(window.scrollY - 2500) < 2);
  writeLong('["backbone"]', '\nעוד מילה: scroll-fig.\n');
  await reloaded(page);
  await page.waitForFunction(() => document.body.textContent.includes('scroll-fig'), null, { timeout: 10000 });
  await page.waitForFunction(() => Math.abs(window.scrollY - 2500) < 2, null, { timeout: 5000 });
  await page.close();
});

test('a bad edit shows the overlay; the fix removes it', async () => {
  const { page, violations } = await open('/articles/long/');
  writeLong('["backbon"]', '\nשבור: broken-plum.\n');
  const overlay = page.locator('#kb-serve-overlay[role="alert"]');
  await overlay.waitFor({ state: 'visible', timeout: 10000 });
  const text = await overlay.textContent();
  // The site is Hebrew: so is the overlay, right to left, with the file, line and hint.
  assert.match(text, /content\/articles\/long\.md:4/);
  // Code is shown as code (an isolated span), not between backticks.
  assert.match(text, /אין באתר תגית backbon/);
  assert.match(text, /מה לעשות: אולי התכוונתם ל־backbone\?/);
  assert.ok(!text.includes('`'), text);
  assert.deepEqual(await overlay.locator('li code').allTextContents(), ['content/articles/long.md:4', 'backbon', 'backbone']);
  assert.match(text, /הבנייה האחרונה נכשלה \(בעיה אחת\)/);
  assert.equal(await overlay.getAttribute('dir'), 'rtl');
  assert.equal(await overlay.getAttribute('lang'), 'he');
  assert.equal(await overlay.locator('button').textContent(), 'סגירה');
  const words = await overlay.evaluate((node) => {
    const copy = node.cloneNode(true);
    copy.querySelectorAll('code').forEach((code) => code.remove());
    return copy.textContent;
  });
  assert.ok(!/[A-Za-z]{4,}/.test(words.replace(/\[[^\]]*\]|\S*[/.:]\S*/g, '')), `English left in: ${words}`);
  // axe, injected as a script the pages' CSP refuses: into a page of its own that bypasses it.
  const context = await browser.newContext({ bypassCSP: true });
  const checked = await context.newPage();
  await checked.goto(url + '/articles/long/', { waitUntil: 'load' });
  await checked.locator('#kb-serve-overlay').waitFor({ state: 'visible', timeout: 10000 });
  await checked.addScriptTag({ content: AXE });
  const found = await checked.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run('#kb-serve-overlay', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  });
  assert.deepEqual(found, []);
  await context.close();
  assert.ok(!(await page.textContent('body')).includes('broken-plum'), 'the last good page stays');

  await page.evaluate(() => { window.kbNotReloaded = true; });
  writeLong('["backbone"]', '\nתוקן: fixed-pear.\n');
  await reloaded(page);
  await page.waitForFunction(() => document.body.textContent.includes('fixed-pear'), null, { timeout: 10000 });
  await overlay.waitFor({ state: 'detached', timeout: 5000 });
  assert.deepEqual(violations, []);
  await page.close();
});

test('search in the tab already open finds a word saved a moment ago, in any prefixed form', async () => {
  const page = await browser.newPage();
  await page.goto(url + '/', { waitUntil: 'load' });
  await page.waitForFunction(() => window.kb && window.kb.search);
  const find = (q) => page.evaluate(async (q) => (await window.kb.search(q)).map((r) => r.url), q);
  assert.deepEqual(await find('פלמינגו'), [], 'the word is not in the site yet');
  const saved = Date.now();
  writeLong('["backbone"]', '\nציפור חדשה: פלמינגו. הפלמינגו ורוד.\n');
  // The test never navigates: the preview reloads the tab after the rebuild, and the search
  // update that follows makes the tab drop the index it fetched.
  let found = [];
  while (Date.now() < saved + 15000 && !found.length) {
    try {
      await page.waitForFunction(() => window.kb && window.kb.search);
      found = await find('פלמינגו');
    } catch (e) {
      // The preview's own reload after the save may cut a try short: try again.
      if (!/context was destroyed|navigat/i.test(e.message)) throw e;
    }
    if (!found.length) await new Promise((r) => setTimeout(r, 50));
  }
  console.log(`# a saved word was findable in the open tab ${Date.now() - saved} ms after the save`);
  assert.deepEqual(found, ['/articles/long/']);
  assert.deepEqual(await find('ולפלמינגו'), ['/articles/long/']);
  await page.close();
});
