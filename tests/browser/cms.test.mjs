// The browser editor at /admin/ with the real Decap CMS bundle from npm (node_modules, never
// downloaded here), served by `kb serve` on a copy of content-example with its local backend:
// Hebrew and right to left, a new item written in the form lands on disk as front matter kb
// builds without a warning and shows in the preview; existing items edited in one field build
// a site byte-identical to the same edits made by hand; another site open in the browser cannot save
// through the preview; the shell kb writes has no axe violation and the editor runs under its
// policy with no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, launch, startServe } from './lib.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const DECAP_DIST = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const KB = process.env.KB_BIN || join(ROOT, 'target', 'debug', 'kb');

let work, site, kb, url, browser;

/** `kb build` of `dir` into `out`: its exit code and what it printed. */
function build(dir, out) {
  const run = spawnSync(KB, ['build', dir, '-o', out, '--lang', 'en'], { encoding: 'utf8' });
  return { code: run.status, stderr: run.stderr };
}

async function until(what, check, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A page of the editor, signed in to the local backend, with its console errors collected. */
async function editor(errors) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}/admin/`);
  await page.getByRole('button', { name: 'התחברות' }).click();
  return page;
}

async function publish(page) {
  await page.getByRole('button', { name: 'פרסום' }).click();
  await page.getByText('פרסום מיידי').click();
}

before(async () => {
  if (!process.env.KB_BIN && !existsSync(KB)) execFileSync('cargo', ['build', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  work = mkdtempSync(join(tmpdir(), 'kb-cms-'));
  site = join(work, 'site');
  cpSync(join(ROOT, 'content-example'), site, { recursive: true });
  // The editor self-hosted under static/, as the README tells a site to do: the npm bundle's
  // script and the chunks and WebAssembly it loads beside itself (no source maps).
  const vendor = join(site, 'static', 'vendor', 'decap');
  mkdirSync(vendor, { recursive: true });
  for (const name of readdirSync(DECAP_DIST)) {
    if (name === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith('.wasm')) {
      cpSync(join(DECAP_DIST, name), join(vendor, name));
    }
  }
  // content-example's [cms] table, with the editor's script taken from the site itself.
  const config = readFileSync(join(site, 'config.toml'), 'utf8');
  assert.match(config, /\n\[cms\]\nbackend = "github"\n/);
  writeFileSync(join(site, 'config.toml'), config.replace('\n[cms]\n', '\n[cms]\nscript = "/vendor/decap/decap-cms.js"\n'));
  ({ url, kb } = await startServe(site));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  kb?.kill();
});

test('the shell kb writes is Hebrew, right to left, and passes axe', async () => {
  // CSP bypassed only to inject axe; the policy itself is tested with the editor below.
  const page = await browser.newPage({ bypassCSP: true });
  // The shell alone: the editor's script is kept from loading, so axe sees only what kb wrote.
  await page.route('**/vendor/decap/**', (route) => route.abort());
  await page.goto(`${url}/admin/`);
  assert.equal(await page.getAttribute('html', 'lang'), 'he');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.match(await page.title(), /^עריכת התוכן · /);
  assert.equal(await page.getAttribute('meta[name=robots]', 'content'), 'noindex, nofollow');
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => v.id));
  assert.deepEqual(violations, []);
  await page.close();
});

test('the editor speaks Hebrew right to left and runs under its policy with no console error', async () => {
  const errors = [];
  const page = await editor(errors);
  await page.goto(`${url}/admin/#/collections/articles`);
  await until('the articles to be listed', () => page.getByText('ארגון השדרה: מי מחזיק את המהלך המשותף, ואיך').first().isVisible().catch(() => false));
  // The collection's label is the type's Hebrew plural; the interface's own words are Hebrew.
  assert.ok(await page.getByText('מאמרים').first().isVisible());
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a new item written in the form is built with no warning and shown in the preview', async () => {
  const errors = [];
  const page = await editor(errors);
  await page.goto(`${url}/admin/#/collections/articles/new`);
  const title = 'מיפוי בעלי עניין בשכונה';
  await page.locator('#title-field-1').fill(title);
  await page.locator('[id^=date-field]').fill('2026-11-30');
  for (const tag of ['ארגון שדרה', 'בניית אמון']) {
    await page.locator('[id^=tags-field]').fill(tag);
    await page.keyboard.press('Enter');
  }
  const body = [
    'פתיחה קצרה על המיפוי.',
    '',
    '| שלב | מי |',
    '| --- | --- |',
    '| מיפוי | צוות השדרה |',
    '',
    'https://www.youtube.com/watch?v=kB7xQ2mR4tA',
    '',
  ];
  await page.locator('[data-slate-editor=true]').last().click();
  for (const line of body) {
    await page.keyboard.insertText(line);
    await page.keyboard.press('Enter');
  }
  // The preview pane beside the form: the site's own stylesheet, right to left.
  const pane = page.frameLocator('iframe').first();
  await until('the preview pane to show the title', () => pane.getByText(title).first().isVisible().catch(() => false));
  const paneStyle = await pane.locator('html').evaluate((html) => ({
    sheets: [...html.ownerDocument.querySelectorAll('link[rel=stylesheet]')].map((link) => new URL(link.href).pathname),
    direction: getComputedStyle(html).direction,
  }));
  assert.ok(paneStyle.sheets.includes('/kb/style.css'), JSON.stringify(paneStyle));
  assert.equal(paneStyle.direction, 'rtl');
  await publish(page);
  const file = join(site, 'content/articles/mifui-bali-aniyn-bshkuna.md');
  const written = await until(`${file} to be written`, () => existsSync(file) && readFileSync(file, 'utf8'));
  assert.match(written, /^\+\+\+\n/);
  assert.match(written, /title = "מיפוי בעלי עניין בשכונה"/);
  assert.match(written, /tags = \[\s*"backbone",\s*"trust-building"\s*\]/);
  const built = build(site, join(work, 'out-new'));
  assert.equal(built.code, 0, built.stderr);
  assert.doesNotMatch(built.stderr, /warning/i, built.stderr);
  const html = readFileSync(join(work, 'out-new/articles/mifui-bali-aniyn-bshkuna/index.html'), 'utf8');
  assert.match(html, /<table>/);
  assert.match(html, /data-kb-video/);
  assert.match(html, /href="\/tags\/backbone\/"/);
  // The preview rebuilt from the save and serves the page.
  const served = await until('the preview to serve the new page', async () => {
    const response = await fetch(`${url}/articles/mifui-bali-aniyn-bshkuna/`);
    return response.ok && (await response.text());
  });
  assert.match(served, /מיפוי בעלי עניין בשכונה/);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Every file under `dir`, relative, sorted. */
function files(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(dir, join(prefix, entry.name)) : [join(prefix, entry.name)]))
    .sort();
}

test('existing items edited in one field build as the same edits made by hand, the whole site byte for byte', async () => {
  // An article, a video with an [extra] table, and a bundle (a folder with its image).
  const items = [
    ['articles', 'backbone-roles', 'content/articles/backbone-roles.md'],
    ['videos', 'backbone-in-five-minutes', 'content/videos/backbone-in-five-minutes.md'],
    ['tools', 'partner-mapping/index', 'content/tools/partner-mapping/index.md'],
  ];
  const summary = (slug) => `תקציר חדש שנכתב בעורך עבור ${slug}.`;
  const byHand = join(work, 'by-hand');
  cpSync(site, byHand, { recursive: true });
  for (const [, slug, file] of items) {
    const original = readFileSync(join(site, file), 'utf8');
    assert.match(original, /^summary = ".*"$/m);
    writeFileSync(join(byHand, file), original.replace(/^summary = ".*"$/m, `summary = "${summary(slug)}"`));
  }
  // The first item's page open in the preview, as an author keeps it beside the editor.
  const preview = await browser.newPage();
  await preview.goto(`${url}/articles/backbone-roles/`);
  const errors = [];
  const page = await editor(errors);
  for (const [type, slug, file] of items) {
    const before = readFileSync(join(site, file), 'utf8');
    await page.goto(`${url}/admin/#/collections/${type}/entries/${slug}`);
    // The form holds this entry (not the one saved before it) before it is edited.
    const field = page.locator('[id^=summary-field]');
    const written = before.match(/^summary = "(.*)"$/m)[1];
    await until(`${slug} to open in the form`, async () => (await field.inputValue().catch(() => '')) === written);
    await field.fill(summary(slug));
    await publish(page);
    await until(`${file} to be saved`, () => readFileSync(join(site, file), 'utf8') !== before);
  }
  // The open page reloads by itself with the change.
  await until('the open page to show the new summary', async () => (await preview.content().catch(() => '')).includes(summary('backbone-roles')));
  await preview.close();
  const inEditor = build(site, join(work, 'out-editor'));
  const handMade = build(byHand, join(work, 'out-hand'));
  assert.equal(inEditor.code, 0, inEditor.stderr);
  assert.equal(handMade.code, 0, handMade.stderr);
  const edited = files(join(work, 'out-editor'));
  assert.deepEqual(edited, files(join(work, 'out-hand')));
  const differing = edited.filter((file) => !readFileSync(join(work, 'out-editor', file)).equals(readFileSync(join(work, 'out-hand', file))));
  assert.deepEqual(differing, []);
  assert.ok(readFileSync(join(work, 'out-editor/tools/partner-mapping/index.html'), 'utf8').includes(summary('partner-mapping/index')));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a save that breaks the build is shown over the preview, with the file kept and the last good pages served', async () => {
  const home = await browser.newPage();
  await home.goto(`${url}/`);
  const errors = [];
  const page = await editor(errors);
  await page.goto(`${url}/admin/#/collections/articles/new`);
  await page.locator('#title-field-1').fill('קישור שבור');
  await page.locator('[data-slate-editor=true]').last().click();
  await page.keyboard.insertText('ראו [את המדריך](@/articles/no-such-guide.md).');
  await publish(page);
  const file = join(site, 'content/articles/kishur-shvur.md');
  await until(`${file} to be written`, () => existsSync(file));
  assert.match(readFileSync(file, 'utf8'), /no-such-guide/);
  const overlay = home.locator('#kb-serve-overlay');
  await until('the overlay to show the broken link', async () => (await overlay.count()) > 0 && /no-such-guide/.test(await overlay.innerText()));
  assert.match(await overlay.innerText(), /kishur-shvur\.md/);
  // The last good build is still what the preview serves.
  const response = await fetch(`${url}/articles/backbone-roles/`);
  assert.equal(response.status, 200);
  assert.equal((await fetch(`${url}/articles/kishur-shvur/`)).status, 404);
  await home.close();
  await page.close();
});

test('another web site open in the browser cannot save through the preview', async () => {
  // A page on another origin (as any site the author has open) posting to the local backend:
  // as a simple request (no preflight) and as JSON (which needs one).
  const evil = createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>x</title>');
  });
  await new Promise((resolve) => evil.listen(0, '127.0.0.1', resolve));
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${evil.address().port}/`);
  const target = 'content/articles/planted.md';
  const results = await page.evaluate(async ({ api, target }) => {
    const body = JSON.stringify({ action: 'persistEntry', params: { branch: 'main', entry: { slug: 'planted', path: target, raw: 'x' }, assets: [], options: { commitMessage: 'm', useWorkflow: false, status: '' } } });
    const out = [];
    for (const headers of [{ 'Content-Type': 'text/plain' }, { 'Content-Type': 'application/json' }]) {
      try {
        const response = await fetch(api, { method: 'POST', mode: 'no-cors', headers, body });
        out.push(response.type);
      } catch (error) {
        out.push(`refused: ${error.message}`);
      }
    }
    return out;
  }, { api: `${url}/admin/api/v1`, target });
  assert.equal(results.length, 2);
  assert.equal(existsSync(join(site, target)), false, `a foreign page wrote ${target}`);
  evil.close();
  await page.close();
});

test('the new item\'s address is spelled as kb new spells it', async () => {
  const titles = ['מיפוי שותפים', 'ג\'ז ושוויון', 'ועדת היגוי 2025', 'מנכ"ל הרשות', 'הַנְחָיָה בְּקבוצות'];
  const page = await browser.newPage();
  await page.route('**/vendor/decap/**', (route) => route.abort());
  await page.goto(`${url}/admin/`);
  const inBrowser = await page.evaluate((titles) => titles.map((title) => window.kbSlugOf(title)), titles);
  await page.close();
  const fromKb = titles.map((title) => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-slug-'));
    cpSync(join(ROOT, 'content-example', 'config.toml'), join(dir, 'config.toml'));
    const run = spawnSync(KB, ['new', 'articles', title, '--site-dir', dir], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return readdirSync(join(dir, 'content', 'articles'))[0].replace(/\.md$/, '');
  });
  assert.deepEqual(inBrowser, fromKb);
});
