// kb search: the Hebrew analyser (the twin of src/search/analyser.rs; both pass
// tests/search_vectors.tsv), the index reader, window.kb.search, the header combobox and the
// /search/ results page. Titles and excerpts are inserted as text, never as HTML.

// ---- Analyser -------------------------------------------------------------------------------
const QUOTES = '\'"\u05F3\u05F4\u2019\u201D';
const HYPHENS = '-\u05BE\u2010\u2011';
const WORD = /[\p{Alphabetic}\p{N}\p{M}]/u;
const NUM = /\p{N}/u;
const HEB = /^[\u05D0-\u05EA]/;
const DROP = /[\p{M}'"\u05F3\u05F4\u2019\u201D,]/gu;
const FINALS = { 'ך': 'כ', 'ם': 'מ', 'ן': 'נ', 'ף': 'פ', 'ץ': 'צ' };
const MAX_TOKEN = 40;
const len = (s) => [...s].length;

function joins(cs, i) {
  const p = cs[i - 1], n = cs[i + 1], c = cs[i];
  if (p === undefined || n === undefined) return false;
  if (QUOTES.includes(c) || HYPHENS.includes(c)) return WORD.test(p) && WORD.test(n);
  return (c === '.' || c === ',') && NUM.test(p) && NUM.test(n);
}

/** The words of `text` as [start, end) UTF-16 offsets. */
export function words(text) {
  const cs = [...text], out = [];
  let start = -1, at = 0;
  cs.forEach((c, i) => {
    const inside = WORD.test(c) || (start >= 0 && joins(cs, i));
    if (inside && start < 0) start = at;
    else if (!inside && start >= 0) { out.push([start, at]); start = -1; }
    at += c.length;
  });
  if (start >= 0) out.push([start, at]);
  return out;
}

const part = (p) => p.normalize('NFD').replace(DROP, '').normalize('NFC').toLowerCase()
  .replace(/[ךםןףץ]/g, (c) => FINALS[c]);

/** Whether `p` is a chain of Hebrew prefixes: ו? then ש/כש/לכש/מש? then ה/ב/כ/ל/מ/מה? */
export function isPrefix(p) {
  let r = p.startsWith('ו') ? p.slice(1) : p;
  const m = ['לכש', 'כש', 'מש', 'ש'].find((x) => r.startsWith(x));
  if (m) r = r.slice(m.length);
  return p !== '' && ['', 'ה', 'ב', 'כ', 'ל', 'מ', 'מה'].includes(r);
}

/** One word in matching form: {whole, parts} or null. */
export function normalise(word) {
  let parts = word.split(/[-\u05BE\u2010\u2011]/).map(part).filter(Boolean);
  if (parts.length > 1 && isPrefix(parts[0]) && !HEB.test(parts[1])) parts.shift();
  parts = parts.filter((p) => len(p) <= MAX_TOKEN);
  if (parts.length < 2) return parts.length ? { whole: parts[0], parts: [] } : null;
  const whole = parts.join('');
  return len(whole) <= MAX_TOKEN ? { whole, parts } : null;
}

/** The base words behind the prefixes of `token` for which `has` is true, longest first. */
export function strips(token, has) {
  if (!HEB.test(token)) return [];
  const cs = [...token], out = [];
  for (let i = 1; i <= Math.min(6, cs.length - 2); i++) {
    const rest = cs.slice(i).join('');
    if (isPrefix(cs.slice(0, i).join('')) && has(rest)) out.push(rest);
  }
  return out;
}

/** All tokens of `text` in index order, as {text, stripped}. */
export function analyse(text, has) {
  const out = [];
  for (const [s, e] of words(text)) {
    const w = normalise(text.slice(s, e));
    for (const form of w ? [w.whole, ...w.parts] : []) {
      out.push({ text: form, stripped: false });
      for (const t of strips(form, has)) out.push({ text: t, stripped: true });
    }
  }
  return out;
}

// ---- Index ----------------------------------------------------------------------------------
const BASE = '/search/';
const PREFIX_BUDGET = 24; // KiB of extra shards a last-word prefix may pull in
const W_STRIP = 0.8, W_PREFIX = 0.5, W_NOT_EXACT = 0.7, W_TITLE = 1;
const cache = new Map();
/** A cached promise per key; a failed fetch is forgotten so the next query retries it. */
function once(key, make) {
  if (!cache.has(key)) cache.set(key, make().catch((e) => { cache.delete(key); throw e; }));
  return cache.get(key);
}
const get = (path, as) => fetch(BASE + path).then((r) => {
  if (!r.ok) throw new Error(`${r.status} ${path}`);
  return r[as]();
});

function meta() {
  return once('meta', () => get('meta.json', 'json').then((m) => {
    let prev = [];
    m.seps = m.seps ? m.seps.split(' ').map((s) => {
      const cs = [...s];
      prev = [...prev.slice(0, +cs[0]), ...cs.slice(1)];
      return prev.join('');
    }) : [];
    m.q = `?v=${m.v}`;
    m.names = Object.fromEntries(m.types);
    return m;
  }));
}

function readVarint(b, at) {
  let x = 0, s = 1, c;
  do { c = b[at.p++]; x += (c & 127) * s; s *= 128; } while (c & 128);
  return x;
}

/** A shard file as Map term -> {bases, df, dense, at} (postings decoded on demand). */
function readShard(buf) {
  const b = new Uint8Array(buf), at = { p: 0 }, dec = new TextDecoder(), terms = new Map();
  let prev = new Uint8Array(0);
  for (let k = readVarint(b, at); k > 0; k--) {
    const shared = readVarint(b, at), n = readVarint(b, at), t = new Uint8Array(shared + n);
    t.set(prev.subarray(0, shared));
    t.set(b.subarray(at.p, at.p + n), shared);
    at.p += n;
    prev = t;
    const nb = readVarint(b, at), bases = [...b.subarray(at.p, at.p + nb)];
    at.p += nb;
    const h = readVarint(b, at), size = readVarint(b, at);
    terms.set(dec.decode(t), { b, bases, df: Math.floor(h / 2), dense: h % 2, at: at.p });
    at.p += size;
  }
  return terms;
}

/** [doc ids, score bytes] of one term entry: bit 7 exact form, bit 6 in the title, 1-63 BM25. */
function postings(e, n) {
  const ids = new Uint32Array(e.df), at = { p: e.at };
  if (e.dense) {
    for (let i = 0, k = 0; i < n; i++) if ((e.b[e.at + (i >> 3)] >> (i & 7)) & 1) ids[k++] = i;
    at.p += (n + 7) >> 3;
  } else {
    for (let k = 0, next = 0; k < e.df; k++) next = (ids[k] = next + readVarint(e.b, at)) + 1;
  }
  return [ids, e.b.subarray(at.p, at.p + e.df)];
}

function shardIndex(m, term) {
  let lo = 0, hi = m.seps.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (m.seps[mid] <= term) lo = mid + 1; else hi = mid; }
  return lo;
}
const shard = (m, i) => once(`s${i}`, () => get(`s/${i}.bin${m.q}`, 'arrayBuffer').then(readShard));
const facetBits = (m) => once('facets', () => get(`facets.bin${m.q}`, 'arrayBuffer').then((b) => new Uint8Array(b)));
const loadDoc = (m, id) => once(`d${id}`, () => get(`d/${id}.json${m.q}`, 'json'));

/** Shards a last-word prefix spans beyond its own, while they fit the budget. */
function prefixShards(m, w) {
  const out = [];
  for (let i = shardIndex(m, w), spent = 0; i < m.seps.length && m.seps[i].startsWith(w); i++) {
    spent += m.sizes[i + 1];
    if (spent > PREFIX_BUDGET) return [];
    out.push(i + 1);
  }
  return out;
}

/** The query's words; the last one (2+ letters) also matches as a prefix. */
function plan(query) {
  const ws = words(query).map(([s, e]) => normalise(query.slice(s, e))).filter(Boolean);
  return ws.map((w, i) => ({ w, last: i === ws.length - 1 && len(w.whole) >= 2 }));
}

/** Doc id -> score for one query word, and the terms it matched. Bases behind prefixes come
 * from the word's own index entry; a form the site never uses tries every prefix. */
async function matchWord(m, { w, last }) {
  const found = new Map();
  const load = (idx) => Promise.all([...idx].map(async (i) => {
    for (const [t, e] of await shard(m, i)) found.set(t, e);
  }));
  await load([shardIndex(m, w.whole)]);
  const own = found.get(w.whole);
  const bases = own ? own.bases.map((n) => [...w.whole].slice(n).join('')) : strips(w.whole, () => true);
  const more = new Set(bases.map((t) => shardIndex(m, t)));
  if (last && !own) prefixShards(m, w.whole).forEach((i) => more.add(i));
  await load(more);
  const terms = [[w.whole, 1], ...bases.map((t) => [t, W_STRIP])].filter(([t]) => found.has(t));
  if (last) for (const t of found.keys()) if (t !== w.whole && t.startsWith(w.whole)) terms.push([t, W_PREFIX]);
  const scores = new Map();
  for (const [t, weight] of terms) {
    const e = found.get(t), [ids, score] = postings(e, m.n);
    const idf = Math.log(1 + (m.n - e.df + 0.5) / (e.df + 0.5));
    ids.forEach((id, k) => {
      const s = score[k], v = weight * idf * ((s & 63) / 63 + (s & 64 ? W_TITLE : 0)) * (s & 128 ? 1 : W_NOT_EXACT);
      if (!(scores.get(id) >= v)) scores.set(id, v);
    });
  }
  return { scores, terms: terms.map(([t]) => t), whole: !!own };
}

const bit = (bits, row, n, id) => (bits[row * ((n + 7) >> 3) + (id >> 3)] >> (id & 7)) & 1;

/** Runs a query: ranked [id, score] after filters, facet counts, and a word matcher. */
async function find(query, { type = '', tags = [], facets = false } = {}) {
  const m = await meta();
  tags = [].concat(tags || []).filter(Boolean);
  let words_ = plan(query);
  if (!m.n || !words_.length) return { ranked: [], counts: null, matches: () => false, m };
  let hits = await Promise.all(words_.map((x) => matchWord(m, x)));
  // A compound the site never writes whole (רב-מגזרי) falls back to its parts.
  if (words_.some((x, i) => x.w.parts.length && !hits[i].whole)) {
    words_ = words_.flatMap((x, i) => (x.w.parts.length && !hits[i].whole
      ? plan(x.w.parts.join(' ')).map((p) => ({ ...p, last: false })) : [x]));
    hits = await Promise.all(words_.map((x) => matchWord(m, x)));
  }
  hits.sort((a, b) => a.scores.size - b.scores.size);
  let all = [...hits[0].scores].filter(([id]) => hits.every((h) => h.scores.has(id)))
    .map(([id]) => [id, hits.reduce((sum, h) => sum + h.scores.get(id), 0)]);
  let counts = null;
  if (type || tags.length || facets) {
    const bits = await facetBits(m), row = (k, list) => list.findIndex(([key]) => key === k);
    const has = (id, key, isType) => {
      const r = isType ? row(key, m.types) : row(key, m.tags);
      return r >= 0 && bit(bits, isType ? r : m.types.length + r, m.n, id);
    };
    const byTags = (id, extra) => [...tags, ...extra].every((t) => has(id, t, false));
    const byType = (id) => !type || has(id, type, true);
    counts = {
      types: Object.fromEntries(m.types.map(([k]) => [k, all.filter(([id]) => byTags(id, []) && has(id, k, true)).length])),
      tags: Object.fromEntries(m.tags.map(([k]) => [k, all.filter(([id]) => byType(id) && byTags(id, [k])).length])),
    };
    all = all.filter(([id]) => byType(id) && byTags(id, []));
  }
  all.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const terms = new Set(hits.flatMap((h) => h.terms));
  const lastW = words_.at(-1);
  const prefix = lastW.last ? lastW.w.whole : null;
  const tokenMatches = (t) => terms.has(t) || (prefix && t.startsWith(prefix))
    || strips(t, (x) => terms.has(x)).length > 0;
  const matches = (word) => {
    const w = normalise(word);
    return !!w && [w.whole, ...w.parts].some(tokenMatches);
  };
  return { ranked: all, counts, matches, m };
}

/** Up to `size` characters of `text` around its first matching word, with ellipses when cut. */
function excerpt(text, matches, size = 220) {
  const ws = words(text);
  const first = ws.find(([s, e]) => matches(text.slice(s, e)));
  let start = first ? Math.max(0, first[0] - 60) : 0;
  if (start > 0) start = (ws.find(([s]) => s >= start) || [start])[0];
  let end = Math.min(text.length, start + size);
  if (end < text.length) end = ws.filter(([, e]) => e <= end).at(-1)?.[1] ?? end;
  return (start > 0 ? '… ' : '') + text.slice(start, end).replace(/\s+/g, ' ').trim()
    + (end < text.length ? ' …' : '');
}

/** Fetches the docs of `ranked[from..to)` a few at a time and shapes them as results. */
async function results(found, from, to) {
  const { ranked, matches, m } = found, out = [];
  const slice = ranked.slice(from, to);
  for (let i = 0; i < slice.length; i += 24) {
    const docs = await Promise.all(slice.slice(i, i + 24).map(([id]) => loadDoc(m, id)));
    for (const d of docs) {
      out.push({ url: d.u, title: d.t, type: d.y, tags: d.g, date: d.d, excerpt: excerpt(d.x, matches) });
    }
  }
  return out;
}

/** The public API: best first, `limit` results (default 20; Infinity for all). */
export async function search(query, { type, tags, limit = 20 } = {}) {
  const found = await find(String(query ?? ''), { type, tags });
  return results(found, 0, limit);
}

// ---- Page ----------------------------------------------------------------------------------
const MONTHS = ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר',
  'אוקטובר', 'נובמבר', 'דצמבר'];
const hebrewDate = (d) => {
  const [y, mo, day] = d.split('-').map(Number);
  return mo ? `${day} ב${MONTHS[mo - 1]} ${y}` : d;
};

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k in node && typeof v !== 'string') node[k] = v;
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

/** The user's query, direction-isolated, in quotes. */
const quoted = (q) => el('q', {}, el('bdi', {}, q));

/** Appends `text` to `node` with matching words wrapped in <mark>, as text nodes only. */
function highlight(node, text, matches) {
  let at = 0;
  for (const [s, e] of words(text)) {
    if (!matches(text.slice(s, e))) continue;
    node.append(text.slice(at, s), el('mark', {}, text.slice(s, e)));
    at = e;
  }
  node.append(text.slice(at));
  return node;
}

function combobox(form) {
  const input = form.querySelector('input[name=q]');
  if (!input) return;
  const list = el('ul', { id: 'kb-q-list', role: 'listbox', class: 'kb-search__list', 'aria-label': 'תוצאות חיפוש' });
  const status = el('div', { role: 'status', 'aria-live': 'polite', class: 'visually-hidden' });
  list.hidden = true;
  form.append(list, status);
  for (const [k, v] of Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': list.id })) input.setAttribute(k, v);
  let options = [], active = -1, seq = 0, timer;
  const open = (yes) => { list.hidden = !yes; input.setAttribute('aria-expanded', String(yes)); };
  const select = (i) => {
    options.forEach((o, k) => o.setAttribute('aria-selected', String(k === i)));
    active = i;
    if (i < 0) input.removeAttribute('aria-activedescendant');
    else { input.setAttribute('aria-activedescendant', options[i].id); options[i].scrollIntoView({ block: 'nearest' }); }
  };
  const close = () => { open(false); select(-1); };
  async function update() {
    const q = input.value.trim(), mine = ++seq;
    if (!q) { close(); status.textContent = ''; return; }
    const found = await find(q).catch(() => null);
    const res = found ? await results(found, 0, 7) : [];
    if (mine !== seq) return;
    const total = found ? found.ranked.length : 0;
    options = res.map((r, i) => el('li', { id: `kb-q-opt-${i}`, role: 'option', class: 'kb-search__option', 'data-url': r.url },
      highlight(el('span', { class: 'kb-search__title' }), r.title, found.matches),
      el('span', { class: 'kb-search__meta' }, `${found.m.names[r.type] || r.type} · ${hebrewDate(r.date)}`)));
    const all = `/search/?q=${encodeURIComponent(q)}`;
    options.push(el('li', { id: `kb-q-opt-${res.length}`, role: 'option', class: 'kb-search__all', 'data-url': all },
      ...(total ? [`כל ${total} התוצאות עבור `, quoted(q)] : ['אין תוצאות עבור ', quoted(q), '. לעמוד החיפוש'])));
    list.replaceChildren(...options);
    select(-1);
    open(true);
    status.textContent = total ? `נמצאו ${total} תוצאות. חצים למעלה ולמטה לבחירה, Enter לפתיחה.` : 'לא נמצאו תוצאות.';
  }
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(update, 120); });
  input.addEventListener('keydown', (ev) => {
    const n = options.length;
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (list.hidden) { if (n) open(true); else return; }
      ev.preventDefault();
      select(ev.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (ev.key === 'Enter' && active >= 0 && !list.hidden) {
      ev.preventDefault();
      location.assign(options[active].dataset.url);
    } else if (ev.key === 'Escape') {
      if (!list.hidden) close(); else input.value = '';
    }
  });
  list.addEventListener('mousedown', (ev) => ev.preventDefault());
  list.addEventListener('click', (ev) => {
    const o = ev.target.closest('[role=option]');
    if (o) location.assign(o.dataset.url);
  });
  input.addEventListener('blur', close);
}

function resultsPage(form) {
  const $ = (s) => document.querySelector(s);
  const status = $('#kb-search-status'), list = $('#kb-search-results'), more = $('#kb-search-more');
  const q = form.elements.q, type = form.elements.type;
  const boxes = [...form.querySelectorAll('input[name=tag]')];
  let found = null, shown = 0, seq = 0;
  const readUrl = () => {
    const p = new URLSearchParams(location.search);
    q.value = p.get('q') || '';
    if (type) type.value = p.get('type') || '';
    boxes.forEach((b) => { b.checked = p.getAll('tag').includes(b.value); });
  };
  const state = () => ({ q: q.value.trim(), type: type ? type.value : '', tags: boxes.filter((b) => b.checked).map((b) => b.value) });
  const writeUrl = ({ q: text, type: t, tags }) => {
    const p = new URLSearchParams();
    if (text) p.set('q', text);
    if (t) p.set('type', t);
    tags.forEach((x) => p.append('tag', x));
    const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
  };
  function showCounts(counts) {
    for (const o of type ? type.options : []) {
      o.dataset.label ??= o.textContent;
      o.textContent = counts && o.value ? `${o.dataset.label} (${counts.types[o.value] ?? 0})` : o.dataset.label;
    }
    for (const b of boxes) {
      const c = b.parentElement.querySelector('.kb-count');
      if (c) c.textContent = counts ? `(${counts.tags[b.value] ?? 0})` : '';
    }
  }
  async function showMore() {
    const mine = seq, batch = await results(found, shown, shown + 20);
    if (mine !== seq) return;
    shown += batch.length;
    list.append(...batch.map((r) => el('li', { class: 'search-result' },
      el('h2', { class: 'search-result__title' }, highlight(el('a', { href: r.url }), r.title, found.matches)),
      el('p', { class: 'search-result__meta' }, `${found.m.names[r.type] || r.type} · ${hebrewDate(r.date)}`),
      highlight(el('p', { class: 'search-result__excerpt' }), r.excerpt, found.matches))));
    more.hidden = shown >= found.ranked.length;
  }
  async function run() {
    const s = state(), mine = ++seq;
    list.replaceChildren();
    more.hidden = true;
    if (!s.q) { showCounts(null); status.textContent = 'הקלידו מילה או שתיים כדי לחפש במאגר.'; return; }
    status.textContent = 'מחפש…';
    const f = await find(s.q, { ...s, facets: true });
    if (mine !== seq) return;
    found = f;
    shown = 0;
    showCounts(f.counts);
    const filtered = s.type || s.tags.length;
    if (!f.ranked.length) {
      status.replaceChildren('לא נמצאו תוצאות עבור ', quoted(s.q), filtered ? ' עם המסננים שנבחרו. ' : '. ');
      if (filtered) {
        status.append('נסו להסיר את סינון הסוג או התגיות. ', el('button', {
          type: 'button', class: 'search-page__clear',
          onclick: () => { if (type) type.value = ''; boxes.forEach((b) => { b.checked = false; }); writeUrl(state()); run(); },
        }, 'הסרת המסננים'));
      } else status.append('נסו מילה אחרת או צורה קצרה יותר שלה.');
      return;
    }
    status.replaceChildren(`${f.ranked.length} תוצאות עבור `, quoted(s.q));
    await showMore();
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); writeUrl(state()); run(); });
  form.addEventListener('change', (ev) => { if (ev.target !== q) { writeUrl(state()); run(); } });
  more.querySelector('button')?.addEventListener('click', showMore);
  addEventListener('popstate', () => { readUrl(); run(); });
  readUrl();
  run();
}

if (typeof window !== 'undefined') {
  window.kb = window.kb || {};
  window.kb.search = search;
  if (!document.querySelector('link[href="/kb/search.css"]')) {
    document.head.append(el('link', { rel: 'stylesheet', href: '/kb/search.css' }));
  }
  document.querySelectorAll('form.kb-search').forEach(combobox);
  const page = document.getElementById('kb-search-page');
  if (page) resultsPage(page);
}
