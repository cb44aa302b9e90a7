// The hostile fixture (tests/fixtures/hostile: bodies with event handlers, javascript: links,
// <meta refresh>, <base>, <form>, <style>, an unclosed comment, <plaintext>, a <noscript>
// mutation, an SVG with onload) built and served as a static host serves it (no _headers):
// every page and every file opened in Chromium runs nothing of the authors', asks nothing,
// stays on the site, and keeps its footer with the accessibility statement's link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, buildSite, serveDir, launch } from './lib.mjs';

let out, server, browser;
before(async () => {
  out = buildSite(join(ROOT, 'tests', 'fixtures', 'hostile'));
  server = await serveDir(out);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Opens PATH with listeners for everything script could do; returns what happened. */
async function visit(path) {
  const page = await browser.newPage();
  const happened = [];
  page.on('dialog', async (dialog) => { happened.push(`dialog: ${dialog.message()}`); await dialog.dismiss(); });
  page.on('pageerror', (e) => happened.push(`error: ${e.message}`));
  page.on('console', (m) => {
    // A picture of the fixture that fails to decode (not-an-image.png) is not script.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) happened.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => { if (!r.url().startsWith(server.url)) happened.push(`request: ${r.url()}`); });
  await page.goto(server.url + path, { waitUntil: 'load' });
  // Give a <meta refresh> or a timer its chance, and poke what handlers would listen to.
  for (const selector of ['main p', 'details summary', 'main img', 'svg']) {
    for (const element of await page.$$(selector)) await element.click({ force: true, timeout: 1000 }).catch(() => {});
  }
  await page.waitForTimeout(300);
  const pwned = await page.evaluate(() => window.__pwned);
  if (pwned !== undefined) happened.push(`window.__pwned = ${pwned}`);
  if (!page.url().startsWith(server.url)) happened.push(`navigated to ${page.url()}`);
  return { page, happened };
}

test('no page or file of the hostile site runs the authors\' script or leaves the site', async () => {
  const all = files(out).map((file) => '/' + relative(out, file).split('/').map(encodeURIComponent).join('/'));
  const pages = all.filter((path) => path.endsWith('.html'));
  const others = all.filter((path) => /\.(svg|xml)$/.test(path));
  assert.ok(pages.length >= 10 && others.length >= 3, `${pages.length} pages, ${others.length} files`);
  const found = [];
  for (const path of [...pages, ...others]) {
    const { page, happened } = await visit(path);
    if (path.endsWith('.html')) {
      const footer = await page.$('footer.site-footer a[href="/accessibility/"]');
      if (!footer || !(await footer.isVisible())) happened.push('the footer lost the statement link');
    }
    await page.close();
    found.push(...happened.map((what) => `${path}: ${what}`));
  }
  assert.deepEqual(found, []);
});

test('the pages the tricks were written in still show their words', async () => {
  const { page, happened } = await visit('/articles/tricks/');
  assert.deepEqual(happened, []);
  const main = await page.textContent('main');
  for (const words of ['פתיחה רגילה', 'פסקה עם מאזין ללחיצה', 'סוף המאמר', 'כותרת עם מאפיין']) {
    assert.ok(main.includes(words), words);
  }
  assert.equal(await page.title(), 'טריקים של כותבים | מאגר עוין');
  await page.close();
});
