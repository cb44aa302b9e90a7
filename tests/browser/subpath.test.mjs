// The example site built for a GitHub Pages project site (--base-url .../kb-site/) and served
// only under /kb-site/, as Pages serves it: every page kind loads with every request answered
// under the path, the menus lead where they say, and search (the header combobox, its
// all-results link and the results page) works there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, buildSite, serveDir, launch } from './lib.mjs';

const PREFIX = '/kb-site/';
let server, browser, base;
before(async () => {
  const out = buildSite(join(ROOT, 'content-example'), ['--base-url', `https://org.github.io${PREFIX}`]);
  server = await serveDir(out, PREFIX);
  base = server.url + PREFIX;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page at `path` (under the prefix) that records every failed request and script error. */
async function open(path) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  page.failed = [];
  page.on('response', (r) => {
    const own = r.request().isNavigationRequest() && r.status() === 404 && path.includes('no-such');
    if (r.status() >= 400 && !own) page.failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => page.failed.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => page.failed.push(e.message));
  await page.goto(base + path, { waitUntil: 'networkidle' });
  return page;
}

const pathname = (url) => new URL(url).pathname;

for (const path of ['', 'articles/backbone-roles/', 'articles/', 'tags/trust-building/', 'about/', 'accessibility/', 'search/?q=אמון', 'no-such-page/']) {
  test(`${PREFIX}${path}: every request answered under the path, styled, no errors`, async () => {
    const page = await open(path);
    // The stylesheet applied (a font that failed to load would be in page.failed).
    const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    assert.match(styled, /Heebo/);
    const links = await page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
      els.map((e) => e.href || e.src).filter((u) => u.startsWith(location.origin)));
    assert.ok(links.length > 5);
    assert.deepEqual(links.filter((u) => !new URL(u).pathname.startsWith('/kb-site/')), []);
    assert.deepEqual(page.failed, []);
    assert.deepEqual(server.outside, []);
    await page.context().close();
  });
}

test('the header menu and a listing lead to pages under the path', async () => {
  const page = await open('');
  await page.locator('.site-nav a', { hasText: 'מי אנחנו' }).click();
  await page.waitForURL(`${base}about/`);
  await page.locator('.site-nav a', { hasText: 'מאמרים' }).click();
  await page.waitForURL(`${base}articles/`);
  const item = page.locator('main a[href*="/articles/"]').first();
  const href = await item.getAttribute('href');
  await item.click();
  await page.waitForURL(new URL(href, base).href);
  assert.match(pathname(page.url()), /^\/kb-site\/articles\/[a-z-]+\/$/);
  await page.locator('footer a', { hasText: 'הצהרת נגישות' }).click();
  await page.waitForURL(`${base}accessibility/`);
  assert.deepEqual(page.failed, []);
  assert.deepEqual(server.outside, []);
  await page.context().close();
});

test('search under the path: combobox results, the all-results link and the results page', async () => {
  const page = await open('articles/backbone-roles/');
  const input = page.locator('#kb-q');
  await input.fill('אמון');
  const first = page.locator('#kb-q-list .kb-search__option').first();
  await first.waitFor();
  const urls = await page.$$eval('#kb-q-list [role=option]', (os) => os.map((o) => o.dataset.url));
  assert.ok(urls.length > 2, `${urls}`);
  for (const url of urls) assert.ok(new URL(url, base).pathname.startsWith(PREFIX), url);
  const all = new URL(urls.at(-1));
  assert.equal(all.pathname, `${PREFIX}search/`);
  assert.equal(all.searchParams.get('q'), 'אמון');

  const target = new URL(urls[0], base).href;
  await first.click();
  await page.waitForURL(target);
  assert.match(await page.locator('h1').innerText(), /\S/);

  await page.locator('#kb-q').fill('אמון');
  await page.locator('#kb-q-list .kb-search__all').click();
  await page.waitForURL(all.href);
  await page.locator('.search-result').first().waitFor();
  const results = await page.$$eval('.search-result__title a', (as) => as.map((a) => a.href));
  assert.ok(results.length > 2);
  for (const url of results) assert.ok(pathname(url).startsWith(PREFIX), url);
  await page.locator('.search-result__title a').first().click();
  await page.waitForURL(results[0]);
  assert.deepEqual(page.failed, []);
  assert.deepEqual(server.outside, []);
  await page.context().close();
});
