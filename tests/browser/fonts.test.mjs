// The theme's fonts on a phone: Hebrew in Heebo, Arabic text in IBM Plex Sans Arabic (the Arabic
// letters Heebo lacks), each file fetched only by a page that holds its letters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, buildSite, serveDir, launch } from './lib.mjs';

let server, browser;

before(async () => {
  const site = join(mkdtempSync(join(tmpdir(), 'kb-fonts-')), 'site');
  // A site in one language: a multilingual one names its languages (العربية) on every page.
  cpSync(join(ROOT, 'tests/fixtures/basic'), site, { recursive: true });
  writeFileSync(
    join(site, 'content/articles/shared-language.md'),
    '+++\ntitle = "שפה משותפת"\ndate = 2024-06-01\ntags = ["backbone"]\n+++\n\nפסקה בעברית על שותפות בין קהילות.\n\nفقرة بالعربية عن الشراكة بين المجتمعات المحلية، **بخط عريض** أيضًا.\n',
  );
  server = await serveDir(buildSite(site));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The font files the page fetched, and the family each paragraph is drawn with. */
async function fontsOf(path) {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const fetched = [];
  page.on('request', (request) => request.url().endsWith('.woff2') && fetched.push(request.url().split('/').pop()));
  await page.goto(`${server.url}${path}`);
  await page.evaluate(() => document.fonts.ready);
  const used = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replaceAll('"', '')} ${face.weight}`));
  await page.close();
  return { fetched: fetched.sort(), used: used.sort() };
}

test('a page with Arabic text draws it in the Arabic font, bold too', async () => {
  const { fetched, used } = await fontsOf('/articles/shared-language/');
  assert.ok(fetched.includes('ibm-plex-sans-arabic-arabic-400-normal.woff2'), fetched.join(', '));
  assert.ok(fetched.includes('ibm-plex-sans-arabic-arabic-700-normal.woff2'), fetched.join(', '));
  assert.ok(used.includes('IBM Plex Sans Arabic 400'), used.join(', '));
  assert.ok(used.some((face) => face.startsWith('Heebo')), used.join(', '));
});

test('a page without Arabic fetches no Arabic font', async () => {
  const { fetched } = await fontsOf('/articles/roles/');
  assert.ok(fetched.some((name) => name.startsWith('heebo-hebrew')), fetched.join(', '));
  assert.deepEqual(fetched.filter((name) => name.includes('arabic')), []);
});
