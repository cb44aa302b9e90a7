// A site in Hebrew, Arabic and English (the example site): each page searches its own language's
// index in its own words, Arabic queries find their words behind clitics and in other
// inflections, and the language switcher leads to the same page in the other language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, buildSite, serveDir, launch } from './lib.mjs';

let server, browser;
before(async () => {
  server = await serveDir(buildSite(join(ROOT, 'content-example')));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path) {
  const page = await browser.newPage();
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.kb && window.kb.search);
  return page;
}

const paths = (page, q) => page.evaluate(async (query) => (await window.kb.search(query))
  .map((r) => new URL(r.url, location.href).pathname), q);

test('a page searches the index of its own language', async () => {
  const ar = await open('/ar/');
  const found = await paths(ar, 'الثقة');
  assert.ok(found.includes('/ar/articles/trust-before-strategy/'), found.join(' '));
  assert.ok(found.every((p) => p.startsWith('/ar/')), found.join(' '));
  const en = await open('/en/');
  assert.deepEqual(await paths(en, 'trust'), ['/en/articles/trust-before-strategy/']);
  const he = await open('/');
  const hebrew = await paths(he, 'אמון');
  assert.ok(hebrew.length > 0 && hebrew.every((p) => !/^\/(ar|en)\//.test(p)), hebrew.join(' '));
  await Promise.all([ar, en, he].map((p) => p.close()));
});

test('Arabic words are found behind clitics and the article, and in their other forms', async () => {
  const ar = await open('/ar/');
  for (const q of ['والثقة', 'بالثقة', 'ثقة', 'الشركاء', 'شريك']) {
    const found = await paths(ar, q);
    assert.ok(found.includes('/ar/articles/trust-before-strategy/') || found.includes('/ar/tools/partner-mapping/'),
      `${q}: ${found.join(' ')}`);
  }
  const plural = await paths(ar, 'المنظمات');
  assert.ok(plural.length > 0, 'المنظمات finds منظمة');
  await ar.close();
});

test('the results page speaks the language of the page', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/ar/search/?q=${encodeURIComponent('الثقة')}`);
  await page.waitForSelector('#kb-search-results li');
  const status = await page.textContent('#kb-search-status');
  assert.match(status, /نتيج/, status);
  await page.goto(`${server.url}/en/search/?q=trust`);
  await page.waitForSelector('#kb-search-results li');
  assert.match(await page.textContent('#kb-search-status'), /result/);
  await page.close();
});

test('the switcher leads to the same page in the other language, or to its home', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/ar/articles/trust-before-strategy/`);
  await page.click('.lang-switch a[hreflang="en"]');
  assert.equal(new URL(page.url()).pathname, '/en/articles/trust-before-strategy/');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  await page.goto(`${server.url}/articles/backbone-roles/`);
  await page.click('.lang-switch a[hreflang="ar"]');
  assert.equal(new URL(page.url()).pathname, '/ar/');
  await page.close();
});
