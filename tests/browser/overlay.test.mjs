// The preview's overlay read on a phone (375 px wide): Hebrew in the body font, code in
// monospace inside isolated left-to-right spans that are never broken across lines, no
// literal backticks, and no axe violation; for errors (a failed rebuild) and for warnings (a
// site that built but has something to fix) alike.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, launch, startServe } from './lib.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const KB = process.env.KB_BIN || join(ROOT, 'target', 'debug', 'kb');
const ARTICLE = 'content/articles/overlay.md';

let site, kb, url, browser;

function writeArticle(front, body) {
  writeFileSync(join(site, ARTICLE), `+++\n${front}\ntags = ["backbone"]\n+++\n\n${body}\n`);
}

before(async () => {
  if (!process.env.KB_BIN && !existsSync(KB)) execFileSync('cargo', ['build', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  site = join(mkdtempSync(join(tmpdir(), 'kb-overlay-')), 'site');
  cpSync(join(ROOT, 'tests/fixtures/serve-site'), site, { recursive: true });
  writeArticle('title = "מפת שותפים"\ndate = 2024-03-01', 'פתיחה.');
  ({ url, kb } = await startServe(site));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  kb?.kill();
});

/** What the overlay shows, measured in the page at 375 px. */
async function measure(page) {
  return page.evaluate(() => {
    const lineCount = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    const overlay = document.getElementById('kb-serve-overlay');
    const codes = [...overlay.querySelectorAll('code')];
    const panelWidth = overlay.getBoundingClientRect().width;
    return {
      text: overlay.textContent,
      bodyFont: getComputedStyle(overlay.querySelector('li > div:nth-child(2)')).fontFamily,
      pageFont: getComputedStyle(document.body).fontFamily,
      codes: codes.map((code) => {
        const style = getComputedStyle(code);
        return {
          text: code.textContent,
          // The lines its text takes (a block's own box is one rectangle however it wraps).
          lines: lineCount(code),
          font: style.fontFamily,
          bidi: style.unicodeBidi,
          dir: code.getAttribute('dir'),
        };
      }),
      panelWidth,
      overflows: overlay.scrollWidth > overlay.clientWidth + 1,
    };
  });
}

async function axeFindings() {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto(url + '/', { waitUntil: 'load' });
  await page.locator('#kb-serve-overlay').waitFor({ state: 'visible', timeout: 10000 });
  await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run('#kb-serve-overlay', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  });
  await context.close();
  return found;
}

function assertReadable(shown) {
  assert.ok(!shown.text.includes('`'), `a literal backtick: ${shown.text}`);
  assert.equal(shown.bodyFont, shown.pageFont, 'the words are in the body font');
  assert.ok(!/monospace/.test(shown.bodyFont), `the words are in monospace: ${shown.bodyFont}`);
  assert.ok(shown.codes.length > 0, 'the overlay shows code');
  for (const code of shown.codes) {
    assert.equal(code.lines, 1, `code broken across lines: ${code.text}`);
    assert.match(code.font, /monospace/, code.text);
    assert.equal(code.bidi, 'isolate', code.text);
    assert.equal(code.dir, 'ltr', code.text);
  }
  assert.equal(shown.panelWidth, 375);
}

test('an error at 375 px: the corrected line as code on its own line, never broken', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await page.goto(url + '/', { waitUntil: 'load' });
  writeArticle('title = “מפת השותפים בשכונת התקווה ובשכונות הדרום של העיר”\ndate = 2024-03-01', 'פתיחה.');
  const overlay = page.locator('#kb-serve-overlay[role="alert"]');
  await overlay.waitFor({ state: 'visible', timeout: 10000 });
  const shown = await measure(page);
  assertReadable(shown);
  assert.ok(shown.codes.some((c) => c.text === 'title = "מפת השותפים בשכונת התקווה ובשכונות הדרום של העיר"'), JSON.stringify(shown.codes));
  assert.match(shown.text, /מירכאות מעוצבות/);
  assert.deepEqual(await axeFindings(), []);
  await page.close();
});

/** Waits until the overlay has ROLE and shows WORDS. */
function overlayWith(page, role, words) {
  return page.waitForFunction(([role, words]) => {
    const o = document.getElementById('kb-serve-overlay');
    return o && o.getAttribute('role') === role && o.textContent.includes(words);
  }, [role, words], { timeout: 10000 });
}

test('a missing image fails the preview as it fails kb build', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await page.goto(url + '/', { waitUntil: 'load' });
  writeArticle('title = "מפת שותפים"\ndate = 2024-03-01', '![מפת השותפים](/images/partners-map.png)\n');
  await overlayWith(page, 'alert', '/images/partners-map.png');
  assertReadable(await measure(page));
  await page.close();
});

test('warnings at 375 px: a skipped heading shows after a good build', async () => {
  writeArticle('title = "מפת שותפים"\ndate = 2024-03-01', '### שלב ראשון\n');
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await page.goto(url + '/', { waitUntil: 'load' });
  await overlayWith(page, 'status', 'כותרת ברמה 3 מיד אחרי כותרת ברמה 1');
  const listed = await measure(page);
  assertReadable(listed);
  assert.ok(listed.codes.some((c) => c.text === '## הכותרת'), JSON.stringify(listed.codes));
  assert.deepEqual(await axeFindings(), []);
  await page.close();
});
