// What a reader on a phone expects of a long article: a link to each section (named for screen
// readers, shown on focus, copying its address or showing it to copy), footnotes that link both
// ways, and a wide table that shows it scrolls; with no axe violation, light or dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, buildSite, serveDir, launch } from './lib.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = '/articles/backbone-roles/';

let server, browser;
before(async () => {
  server = await serveDir(buildSite(join(ROOT, 'content-example')));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, options = {}) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true, ...options });
  const page = await context.newPage();
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { context, page };
}

test('each section has a named link that shows on focus and copies its address', async () => {
  const { context, page } = await open(ARTICLE, { permissions: ['clipboard-read', 'clipboard-write'] });
  const link = page.locator('.heading__link').first();
  const id = await page.locator('.heading > h2').first().getAttribute('id');
  assert.equal(await link.getAttribute('href'), `#${id}`);
  const name = await link.getAttribute('aria-label');
  const heading = await page.locator('.heading > h2').first().textContent();
  assert.equal(name, `קישור לסעיף: ${heading}`);
  await link.focus();
  assert.equal(await link.evaluate((el) => getComputedStyle(el).opacity), '1');
  await link.click();
  assert.equal(decodeURIComponent(new URL(page.url()).hash), `#${id}`);
  await page.waitForFunction(() => document.querySelector('.heading__status')?.textContent === 'הקישור לסעיף הועתק');
  assert.equal(decodeURIComponent(await page.evaluate(() => navigator.clipboard.readText())), decodeURIComponent(page.url()));
  await context.close();
});

test('without the clipboard, the section address is shown selected to copy', async () => {
  const { context, page } = await open(ARTICLE);
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new Error('denied')); });
  const link = page.locator('.heading__link').nth(1);
  await link.click();
  const field = page.locator('.heading__address');
  await field.waitFor();
  const [value, selected] = await field.evaluate((el) => [el.value, el.value.slice(el.selectionStart, el.selectionEnd)]);
  assert.equal(value, await link.evaluate((el) => el.href));
  assert.equal(selected, value);
  await context.close();
});

test('footnotes link to their text and back', async () => {
  const { context, page } = await open(ARTICLE);
  const reference = page.locator('.footnote-reference a').first();
  const target = (await reference.getAttribute('href')).slice(1);
  await reference.click();
  assert.equal(decodeURIComponent(new URL(page.url()).hash), `#${target}`);
  const back = page.locator(`.footnote-definition[id="${target}"] .footnote-backref`);
  assert.equal(await back.getAttribute('aria-label'), 'חזרה לטקסט');
  await back.click();
  assert.equal(decodeURIComponent(new URL(page.url()).hash), `#fnref-${target}`);
  // The page scrolls smoothly: wait until the reference is in view.
  await page.waitForFunction((id) => {
    const box = document.getElementById(id).getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }, `fnref-${target}`, { timeout: 5000 });
  await context.close();
});

test('a wide table is a named, focusable region that shows it scrolls', async () => {
  const { context, page } = await open(ARTICLE);
  const regions = page.locator('.table-scroll');
  const widths = await regions.evaluateAll((els) => els.map((el) => el.scrollWidth > el.clientWidth));
  const region = regions.nth(widths.indexOf(true));
  assert.equal(await region.getAttribute('role'), 'region');
  assert.match(await region.getAttribute('aria-label'), /^טבלה \d+$/);
  assert.equal(await region.getAttribute('tabindex'), '0');
  const style = await region.evaluate((el) => ({
    wide: el.scrollWidth > el.clientWidth,
    attachment: getComputedStyle(el).backgroundAttachment,
    images: getComputedStyle(el).backgroundImage.match(/gradient/g).length,
  }));
  assert.ok(style.wide, 'a table of the article is wider than a 375px screen');
  assert.equal(style.attachment, 'local, local, scroll, scroll');
  assert.equal(style.images, 4);
  const pageScrolls = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(pageScrolls, false, 'only the table scrolls, never the page');
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the article passes axe with its section links and footnotes (${colorScheme})`, async () => {
    const { context, page } = await open(ARTICLE, { colorScheme });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, []);
    await context.close();
  });
}
