// Search in headless Chromium on tests/fixtures/search-site: the window.kb.search API (each
// normalisation case of the analyser, prefixes whether or not the bare word is written,
// inflections, full spelling, typos, several words, ranking, filters, drafts, escaping), the
// header combobox (as-you-type, keyboard, announcements) and the /search/ results page
// (excerpts, the section a result's words are in, the word searched instead of a typo, results
// counted in Hebrew).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, buildSite, launch } from './lib.mjs';
import { serveStatic } from './search_lib.mjs';

let server, browser;
before(async () => {
  server = await serveStatic(buildSite(join(ROOT, 'tests', 'fixtures', 'search-site')));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page at `path`; `foreign` collects requests to any other host. */
async function open(path = '/') {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(server.url)) page.foreign.push(r.url()); });
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.kb && window.kb.search);
  return page;
}

let apiPage;
async function search(query, options) {
  apiPage ??= await open('/');
  const [results, instead] = await apiPage.evaluate(async ([q, o]) => {
    const found = await window.kb.search(q, o);
    return [found, found.instead];
  }, [query, options]);
  return Object.assign(results, { instead });
}
const slugs = (results) => results.map((r) => r.url.split('/').at(-2));
const sorted = (list) => [...list].sort();

const ORG = ['org-and', 'org-bare', 'org-in', 'org-to'];
const FINDS = [
  // [query, the pages it must find (any order)]
  ['ארגון', ORG],
  ['והארגון', ORG],
  ['ארגונ', ORG],
  ['בארגון', ORG],
  ['מדדים', ['metrics-and', 'metrics-bare']],
  ['והמדדים', ['metrics-and', 'metrics-bare']],
  ['שולחן', ['table-bare', 'table-prefixed']],
  ['והשולחן', ['table-bare', 'table-prefixed']],
  ['משה', ['moshe']],
  ['שה', ['lamb', 'moshe']],
  ['ירושלים', ['jerusalem-in', 'jerusalem-to']],
  ['בירושלים', ['jerusalem-in', 'jerusalem-to']],
  ['וירושלים', ['jerusalem-in', 'jerusalem-to']],
  ['ועדה', ['committee-one', 'committee-of', 'committees']],
  ['הוועדה', ['committee-one', 'committee-of', 'committees']],
  ['הועדה', ['committee-one', 'committee-of', 'committees']],
  ['מתנדב', ['volunteer', 'volunteers']],
  ['מתנדבים', ['volunteer', 'volunteers']],
  ['פסיפס', ['long-minutes']],
  ['שיתוף', ['niqqud']],
  ['שִׁיתּוּף', ['niqqud']],
  ['מנכ"ל', ['ceo-gershayim', 'ceo-quote']],
  ['מנכ״ל', ['ceo-gershayim', 'ceo-quote']],
  ['מנכל', ['ceo-gershayim', 'ceo-quote']],
  ['רב-מגזרי', ['cross-sector-hyphen', 'cross-sector-maqaf']],
  ['רב־מגזרי', ['cross-sector-hyphen', 'cross-sector-maqaf']],
  ['מגזרי', ['committees', 'cross-sector-hyphen', 'cross-sector-maqaf']],
  ['collective impact', ['latin']],
  ['FSG', ['latin']],
  ['ה-FSG', ['latin']],
  ['קואלי', ['coalition']],
  ['ק', []],
  ['קרנף', []],
  ['זברה', []],
  ['טיוטה', []],
  ['', []],
];

test('the API finds every form of a word and nothing else', async () => {
  const wrong = [];
  for (const [query, expected] of FINDS) {
    const got = sorted(slugs(await search(query, { limit: Infinity })));
    if (JSON.stringify(got) !== JSON.stringify(sorted(expected))) wrong.push(`${query}: ${got} != ${expected}`);
  }
  assert.deepEqual(wrong, []);
});

test('ranking: title first, exact form above prefixed ones, then newer', async () => {
  assert.equal(slugs(await search('ארגון'))[0], 'org-bare');
  assert.deepEqual(slugs(await search('שולחן')), ['table-bare', 'table-prefixed']);
  assert.equal(slugs(await search('והמדדים'))[0], 'metrics-and');
  assert.equal(slugs(await search('מדדים'))[0], 'metrics-bare');
});

test('a word written only behind a prefix is found bare; a prefixed query finds every form', async () => {
  assert.deepEqual(slugs(await search('בירושלים')), ['jerusalem-in', 'jerusalem-to'], 'its own form first');
  assert.deepEqual(slugs(await search('לירושלים')), ['jerusalem-to', 'jerusalem-in']);
  assert.deepEqual((await search('ירושלים')).instead, [], 'no typo correction for a word that was found');
});

test('an implausible prefix reading ranks below a true match; short words are not flooded', async () => {
  assert.deepEqual(slugs(await search('שה')), ['lamb', 'moshe'], 'ה+שה is likely, מ+שה is משה');
  assert.deepEqual(slugs(await search('מה')), ['latin'], 'no מהלך, מהר: completion starts at 3 letters');
});

test('singular, plural and construct meet, below the form searched for', async () => {
  assert.equal(slugs(await search('ועדה'))[0], 'committee-one');
  assert.equal(slugs(await search('ועדות'))[0], 'committees');
  assert.equal(slugs(await search('ועדת'))[0], 'committee-of');
  assert.deepEqual(slugs(await search('מתנדב')), ['volunteer', 'volunteers']);
  assert.deepEqual(slugs(await search('מתנדבים')), ['volunteers', 'volunteer']);
});

test('a one-letter typo finds the word it meant, and says so', async () => {
  const cases = [['ירושלין', ['jerusalem-in', 'jerusalem-to'], ['ירושלים']], ['ירשלים', ['jerusalem-in', 'jerusalem-to'], ['ירושלים']],
    ['ירושליים', ['jerusalem-in', 'jerusalem-to'], []],
    ['colective impact', ['latin'], ['collective']], ['עדות', ['committees', 'committee-of', 'committee-one'], ['ועדות']], ['פסיפסס', ['long-minutes'], ['פסיפס']], ['מתנבדים', ['volunteers', 'volunteer'], ['מתנדבים']]];
  for (const [query, pages, instead] of cases) {
    const found = await search(query);
    assert.deepEqual(slugs(found), pages, query);
    assert.deepEqual(found.instead, instead, query);
  }
});

test('several words: the pages with every word first', async () => {
  assert.equal(slugs(await search('ועדה גדול'))[0], 'committee-one');
  assert.equal(slugs(await search('ועדת ההיגוי'))[0], 'committee-of');
  assert.deepEqual(slugs(await search('הגופים ירושלים')).slice(0, 2), ['jerusalem-to', 'jerusalem-in']);
});

test('excerpts show the passage with the matched word, past the opening of a long page', async () => {
  const [long] = await search('פסיפס');
  assert.match(long.excerpt, /פסיפס/);
  assert.doesNotMatch(long.excerpt, /^סיכום מפגש/);
  const [plural] = await search('מתנדב', { limit: 2 }).then((r) => r.slice(1));
  assert.match(plural.excerpt, /המתנדבים/);
});

test('a result names the section its words are in, links to its heading and quotes it', async () => {
  const [drip] = await search('טפטפות');
  assert.deepEqual(drip.section, { title: 'השקיה בקיץ', url: '/articles/sections/#השקיה-בקיץ' });
  assert.equal(drip.excerpt, '… בקיץ משקים את הגינה בטפטפות בשעות הבוקר.');
  // A word of a heading: that heading's section, its text without the heading repeated.
  const [beds] = await search('ערוגה');
  assert.equal(beds.section.title, 'תכנון הערוגות');
  assert.equal(beds.excerpt, '… בוחרים פינת שמש לערוגות. …');
  // Words before the first heading are in no section.
  const intro = (await search('פתיחה')).find((r) => r.url === '/articles/sections/');
  assert.equal(intro.section, null);
  assert.match(intro.excerpt, /^פתיחה קצרה על הגינה\./);
});

test('results have the documented shape and respect limit', async () => {
  const [first] = await search('ארגון', { limit: 1 });
  assert.deepEqual(Object.keys(first).sort(), ['date', 'excerpt', 'section', 'tags', 'title', 'type', 'url']);
  assert.deepEqual({ ...first }, {
    url: '/articles/org-bare/', title: 'מבנה ארגון השדרה', type: 'articles', tags: ['measure'],
    date: '2024-01-10', excerpt: 'ארגון השדרה מתאם את השותפים ומחזיק את התמונה הכוללת.', section: null,
  });
  assert.equal((await search('ארגון', { limit: 2 })).length, 2);
  assert.equal((await search('ארגון')).length, 4);
  const [niqqud] = await search('שיתוף');
  assert.equal(niqqud.title, 'שִׁיתּוּף פְּעֻלָּה');
});

test('filters by type and tags', async () => {
  assert.deepEqual(slugs(await search('ארגון', { type: 'tools' })), ['org-to']);
  assert.deepEqual(sorted(slugs(await search('ארגון', { tags: ['trust'] }))), ['org-and', 'org-to']);
  assert.deepEqual(slugs(await search('ארגון', { tags: 'measure', type: 'articles' })), ['org-bare']);
  assert.deepEqual([...await search('ארגון', { type: 'tools', tags: ['misc'] })], []);
});

test('a <script> title is text and runs nothing; no request leaves the site', async () => {
  const [hit] = await search('תסריט');
  assert.equal(hit.title, '<script>window.__kbPwned = 1</script> כותרת עם תסריט');
  assert.equal(await apiPage.evaluate(() => window.__kbPwned), undefined);
  assert.deepEqual(apiPage.foreign, []);
});

test('the header combobox: results as you type, arrows, Enter, Esc, announcements', async () => {
  const page = await open('/tags/');
  const input = page.locator('#kb-q');
  assert.equal(await input.getAttribute('role'), 'combobox');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  await input.pressSequentially('קואלי');
  const list = page.locator('#kb-q-list');
  await list.locator('[role=option]').first().waitFor();
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  assert.equal(await input.getAttribute('aria-controls'), 'kb-q-list');
  assert.match(await list.locator('[role=option]').first().innerText(), /הקואליציה העירונית/);
  assert.match(await page.locator('.kb-search [role=status]').innerText(), /נמצאה תוצאה אחת/);
  assert.match(await list.locator('.kb-search__all').innerText(), /התוצאה היחידה עבור/);

  await input.fill('ארגון');
  await page.waitForFunction(() => document.querySelectorAll('#kb-q-list [role=option]').length === 5);
  await input.press('ArrowDown');
  assert.equal(await input.getAttribute('aria-activedescendant'), 'kb-q-opt-0');
  assert.equal(await page.locator('#kb-q-opt-0').getAttribute('aria-selected'), 'true');
  await input.press('ArrowDown');
  await input.press('ArrowUp');
  assert.equal(await input.getAttribute('aria-activedescendant'), 'kb-q-opt-0');
  await input.press('ArrowUp');
  assert.equal(await input.getAttribute('aria-activedescendant'), 'kb-q-opt-4', 'wraps to the last');
  await input.press('Escape');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  assert.equal(await list.isHidden(), true);
  await input.press('ArrowDown');
  assert.equal(await input.getAttribute('aria-expanded'), 'true', 'arrows reopen the list');
  await input.press('Enter');
  await page.waitForURL('**/articles/org-bare/');
  await page.context().close();
});

test('Enter with no option chosen opens the results page', async () => {
  const page = await open('/');
  await page.locator('#kb-q').fill('מדדים');
  await page.locator('#kb-q').press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'מדדים');
  await page.locator('.search-result').nth(1).waitFor();
  await page.context().close();
});

test('the combobox shows a <script> title as text', async () => {
  const page = await open('/');
  await page.locator('#kb-q').fill('תסריט');
  const option = page.locator('#kb-q-opt-0');
  await option.waitFor();
  assert.match(await option.innerText(), /<script>window.__kbPwned = 1<\/script>/);
  assert.equal(await page.locator('#kb-q-list script').count(), 0);
  assert.equal(await page.evaluate(() => window.__kbPwned), undefined);
  await page.context().close();
});

test('the results page: excerpts with <mark> on the original text, facet counts', async () => {
  const page = await open('/search/?q=' + encodeURIComponent('שיתוף'));
  const marks = page.locator('.search-result__excerpt mark');
  await marks.first().waitFor();
  assert.equal(await marks.first().innerText(), 'שִׁיתּוּף');
  assert.equal(await page.locator('#kb-search-q').inputValue(), 'שיתוף');

  await page.goto(server.url + '/search/?q=' + encodeURIComponent('ארגון'));
  await page.locator('.search-result').nth(3).waitFor();
  assert.equal(await page.locator('.search-result').count(), 4);
  const marked = await page.locator('.search-result mark').allInnerTexts();
  assert.deepEqual(sorted(new Set(marked)), sorted(['ארגון', 'בארגון', 'והארגון', 'לארגון']));
  assert.match(await page.locator('#kb-search-type option[value=articles]').innerText(), /\(3\)/);
  assert.match(await page.locator('#kb-search-type option[value=tools]').innerText(), /\(1\)/);
  const trust = page.locator('input[name=tag][value=trust]').locator('xpath=..');
  assert.match(await trust.innerText(), /\(2\)/);
  assert.match(await page.locator('#kb-search-status').innerText(), /4 תוצאות/);
  await page.context().close();
});

test('the results page shows the section under the page title, linked to its heading', async () => {
  const page = await open('/search/?q=' + encodeURIComponent('טפטפות'));
  const link = page.locator('.search-result__section a');
  await link.first().waitFor();
  assert.equal(await link.first().innerText(), 'השקיה בקיץ');
  const order = await page.locator('.search-result').first().evaluate((li) => [...li.children].map((c) => c.className));
  assert.deepEqual(order.slice(0, 2), ['search-result__title', 'search-result__section']);
  assert.match(await page.locator('.search-result__excerpt').first().innerText(), /בטפטפות/);
  await link.first().click();
  await page.waitForURL(/\/articles\/sections\/#/);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  assert.equal(id, 'השקיה-בקיץ');
  assert.match(await page.evaluate((i) => document.getElementById(i)?.textContent ?? '', id), /השקיה בקיץ/);
  await page.context().close();
});

test('the results page says which word it searched instead, and counts in Hebrew', async () => {
  const page = await open('/search/?q=' + encodeURIComponent('ירושלין'));
  await page.locator('.search-result').nth(1).waitFor();
  const status = page.locator('#kb-search-status');
  assert.match(await status.innerText(), /^2 תוצאות עבור ירושלין\. הצגת תוצאות עבור ירושלים$/);
  assert.deepEqual(await page.locator('.search-result mark').allInnerTexts(), ['בירושלים', 'לירושלים']);
  await page.goto(server.url + '/search/?q=' + encodeURIComponent('פסיפס'));
  await page.locator('.search-result').first().waitFor();
  assert.match(await status.innerText(), /^תוצאה אחת עבור/);
  assert.equal(await page.locator('.search-result__excerpt mark').innerText(), 'פסיפס');
  await page.context().close();
});

test('the results page keeps filters in the URL and explains an empty result', async () => {
  const q = encodeURIComponent('ארגון');
  const page = await open(`/search/?q=${q}&type=tools&tag=trust`);
  await page.locator('.search-result').first().waitFor();
  assert.equal(await page.locator('#kb-search-type').inputValue(), 'tools');
  assert.equal(await page.locator('input[name=tag][value=trust]').isChecked(), true);
  assert.equal(await page.locator('.search-result').count(), 1);

  await page.locator('input[name=tag][value=misc]').check();
  await page.waitForFunction(() => /לא נמצאו/.test(document.getElementById('kb-search-status').textContent));
  const url = new URL(page.url());
  assert.deepEqual(url.searchParams.getAll('tag'), ['trust', 'misc']);
  assert.equal(await page.locator('.search-result').count(), 0);
  assert.match(await page.locator('#kb-search-status').innerText(), /להסיר/);
  await page.locator('.search-page__clear').click();
  await page.locator('.search-result').nth(3).waitFor();
  assert.equal(new URL(page.url()).search, `?q=${q}`);

  await page.locator('#kb-search-type').selectOption('articles');
  await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 3);
  assert.equal(new URL(page.url()).searchParams.get('type'), 'articles');
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 4);

  await page.goto(server.url + '/search/?q=' + encodeURIComponent('קרנף'));
  await page.waitForFunction(() => /לא נמצאו/.test(document.getElementById('kb-search-status').textContent));
  assert.deepEqual(page.foreign, []);
  await page.context().close();
});
