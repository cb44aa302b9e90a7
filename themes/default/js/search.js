// kb search: the Hebrew analyser (the twin of src/search/analyser.rs; both pass
// tests/search_vectors.tsv), the index reader, window.kb.search, the header combobox and the
// /search/ results page. Titles and excerpts are inserted as text, never as HTML.
// This is the readable source: the theme ships it minified as static/kb/search.js
// (`npm run build:js`; a test checks that the shipped file is built from this one).

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

/** A word's letters as they are matched, but for the doubled ו and י of full spelling. */
const letters = (p) => p.normalize('NFD').replace(DROP, '').normalize('NFC').toLowerCase()
  .replace(/[ךםןףץ]/g, (c) => FINALS[c]);
/** One part of a word in matching form; the doubled ו and י of full spelling made single. */
const part = (p) => arFold(letters(p).replace(/([וי])\1+/g, '$1'));

/** Whether `p` is a chain of Hebrew prefixes: ו? then ש/כש/לכש/מש? then ה/ב/כ/ל/מ/מה? */
export function isPrefix(p) {
  if (AR.test(p)) return arIsPrefix(p);
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

/** Every base a chain of prefixes can leave of `token` (two letters at least), longest first. */
export function strips(token) {
  if (AR.test(token)) return arStrips(token);
  if (!HEB.test(token)) return [];
  const cs = [...token], out = [];
  for (let i = 1; i <= Math.min(6, cs.length - 2); i++) {
    if (isPrefix(cs.slice(0, i).join(''))) out.push(cs.slice(i).join(''));
  }
  return out;
}

/** All tokens of `text` in index order, as {text, stripped}. */
export function analyse(text) {
  const out = [];
  for (const [s, e] of words(text)) {
    const w = normalise(text.slice(s, e));
    for (const form of w ? [w.whole, ...w.parts] : []) {
      out.push({ text: form, stripped: false });
      for (const t of strips(form)) out.push({ text: t, stripped: true });
    }
  }
  return out;
}

const SUFFIXES = ('ימ ות י ה ת ית יות ו כ נו כמ כנ המ הנ יכ יו יה ינו יכמ יכנ יהמ יהנ תי תכ תו תה '
  + 'תנו תכמ תמ תנ ותי ותיכ ותיו ותיה ותינו ותיכמ ותיכנ ותיהמ ותיהנ').split(' ');
/** Endings that leave a stem of two letters: the feminine ones (דקה, דקות), and the masculine
 * plural, construct and possessive ones of two-letter nouns (אח: אחים, אחי, אחיו; צד: צדו). */
const FEMININE = ['ה', 'ת', 'ות'];
const MASCULINE = ['ימ', 'י', 'ו', 'יו', 'יה', 'ינו', 'יכ', 'יכמ', 'יכנ', 'יהמ', 'יהנ'];

/** A word and what is left of it when a regular ending is removed (3 letters at least, 2 for
 * the endings of FEMININE and MASCULINE), shortest first; two words inflect each other when
 * these meet. */
export function stems(word) {
  if (AR.test(word)) return arStems(word);
  const out = [word];
  if (HEB.test(word)) {
    for (const s of SUFFIXES) {
      const stem = word.slice(0, -s.length), least = FEMININE.includes(s) || MASCULINE.includes(s) ? 2 : 3;
      if (word.endsWith(s) && word.length - s.length >= least && !out.includes(stem)) out.push(stem);
    }
  }
  return out.sort((a, b) => a.length - b.length);
}

/** Whether two words share a stem: one of 3 letters, or one of two that both words continue
 * with feminine endings (דקה, דקות; the word עד is no inflection of עדה), or with masculine
 * ones, where the two-letter word itself counts (אח, אחים, אחיו; not עד, עדות). */
export const inflects = (a, b) => {
  const s = stems(b);
  const short = (x) => {
    const [ea, eb] = [a.slice(x.length), b.slice(x.length)];
    const plural = (e) => e === '' || MASCULINE.includes(e);
    return (ea && eb && FEMININE.includes(ea) && FEMININE.includes(eb)) || ((ea || eb) && plural(ea) && plural(eb));
  };
  // An Arabic two-letter stem counts when both words go beyond it (مرة, مرات share مر).
  const arabic = AR.test(a);
  return stems(a).some((x) => s.includes(x) && (x.length > 2 || (arabic ? x !== a && x !== b : short(x))));
};

/** Nouns whose plural changes the stem, which no ending finds: each group one word's forms. */
const IRREGULAR = ['יומ ימימ ימי', 'בית בתימ בתי', 'איש אנשימ אנשי', 'אשה אישה נשימ נשי נשות',
  'שנה שנימ שנות שנת שנתימ', 'עיר ערימ ערי', 'בת בנות', 'אב אבות'].map((g) => g.split(' '));
/** The other forms of an irregular noun (יום: ימים, ימי), none for any other word. */
export const irregular = (word) => IRREGULAR.find((g) => g.includes(word))?.filter((f) => f !== word) ?? [];

/** The other spelling of a word, full or defective: a י or ו after the first letter written
 * (מלה: מילה, תכנית: תוכנית) or dropped where three letters stay (זיכרון: זכרון). */
export function spellings(word) {
  const cs = [...word], out = [];
  if (!HEB.test(word) || cs.length < 3) return out;
  if ('וי'.includes(cs[1])) {
    if (cs.length > 3) out.push(cs[0] + cs.slice(2).join(''));
  } else out.push(...['י', 'ו'].map((v) => cs[0] + v + cs.slice(1).join('')));
  return out;
}

const each = (heads, bodies) => heads.flatMap((h) => bodies.map((b) => h + b));
const PAST = ['ה', 'ו', 'תי', 'ת', 'נו', 'תמ'];
const PRESENT = ['', 'ה', 'ת', 'ימ', 'ות'];
/** The future in the third person masculine (יבצע, יבצעו): the other persons would cost a cold
 * query the index shards of three more letters (א ת נ) for the few pages they add. */
const future = (body, ends) => each(['י'], each([body], ends));
/** The forms of a verb whose root ends in ה (עשה, ניסה, התגלה): past stem, present stem,
 * future body and infinitive stem, each without the ה. */
const finalHe = (past, present, body, infinitive) => [...each([past], ['תה', 'ו', 'יתי', 'ית', 'ינו']),
  ...each([present], ['ה', 'ימ', 'ות', 'ית']), ...future(body, ['ה', 'ו']), `ל${infinitive}ות`];

/** The tenses, persons and infinitive of a verb from its dictionary form (past, third person
 * masculine singular), in matching form, for the common binyan patterns: פעל (3 letters; ל״ה,
 * פ״י), ע״ו (2 letters), פיעל, נפעל, הפעיל and התפעל by the word's shape. A word that fits a
 * pattern by accident gets forms that find nothing or rank as a weak reading. */
export function conjugations(q) {
  const cs = [...q], n = cs.length, last = cs[n - 1], he = last === 'ה', out = [];
  if (!HEB.test(q) || n < 2 || n > 6) return out;
  if (n >= 5 && cs[0] === 'ה' && (cs[1] === 'ת' || 'טת'.includes(cs[2]))) { // התפעל, הצטרך
    const body = q.slice(1), base = body.slice(0, -1);
    out.push(...(he ? finalHe('ה' + base, 'מ' + base, base, 'ה' + base)
      : [...each([q], PAST), ...each(['מ' + body], PRESENT), ...future(body, ['', 'ו', 'י']), 'ל' + q]));
  }
  if ((n === 4 || n === 5) && cs[0] === 'ה' && cs[n - 2] === 'י') { // הפעיל, הגיע
    const body = q.slice(1), root = cs.slice(1, n - 2).join('') + last;
    out.push(...each([q], ['ה', 'ו']), ...each(['ה' + root], ['תי', 'ת', 'נו', 'תמ']),
      ...each(['מ' + body], PRESENT), ...future(body, ['', 'ו', 'י']), 'לה' + body);
  }
  if (n === 4 && cs[1] === 'י') { // פיעל, ניסה
    const root = cs[0] + cs.slice(2).join(''), base = root.slice(0, -1);
    out.push(...(he ? finalHe(q.slice(0, -1), 'מ' + base, base, base)
      : [...each([q], PAST), ...each(['מ' + root], PRESENT), ...future(root, ['', 'ו', 'י']), 'ל' + root]));
  }
  if (n === 4 && cs[0] === 'נ') { // נפעל, נראה
    const body = q.slice(1), base = body.slice(0, -1);
    out.push(...(he ? finalHe(q.slice(0, -1), q.slice(0, -1), 'י' + base, 'הי' + base)
      : [...each([q], [...PAST, 'ימ', 'ות']), ...future('י' + body, ['', 'ו']), ...future(body, ['', 'ו']), 'להי' + body, 'לה' + body]));
  }
  if (n === 3) { // פעל, עשה, ידע
    const [a, b] = cs, rest = b + last;
    out.push(...(he ? finalHe(a + b, a + 'ו' + b, a + b, a + b)
      : [...each([q], PAST), ...each([a + 'ו' + rest], PRESENT), ...future(q, ['', 'ו', 'י']), `ל${a}${b}ו${last}`,
        ...future(a + b + 'ו' + last, ['']), ...(a === 'י' ? [...future(rest, ['', 'ו']), `ל${rest}ת`] : [])]));
  }
  if (n === 2) { // קם, בא
    out.push(...each([q], [...PAST, 'ימ', 'ות']), ...future(cs[0] + 'ו' + last, ['', 'ו']), ...future(cs[0] + 'י' + last, ['', 'ו']),
      `ל${cs[0]}ו${last}`, `ל${cs[0]}י${last}`);
  }
  return [...new Set(out.map((f) => f.replace(/([וי])\1+/g, '$1')))].filter((f) => f !== q);
}

// ---- Arabic ---------------------------------------------------------------------------------
// The twin of src/search/arabic.rs (light stemming in the spirit of light10 and ISRI): matching
// form (ٱ أ إ آ -> ا, ى -> ي, ة -> ه, no tatweel; the marks went with NFD), the readings behind
// clitics and the article, and the stems without plural, feminine, nisba and pronoun endings.
const AR = /^[\u0621-\u064A\u0671-\u06D3]/;
const AR_ANY = /[\u0621-\u064A\u0671-\u06D3\u0640]/;
const arFold = (w) => (AR_ANY.test(w)
  ? w.replace(/\u0640/g, '').replace(/[ٱأإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه') : w);
/** Whether `p` is و or ف, then ب ك or ل, then ال (لل for ل + ال). */
const arIsPrefix = (p) => p !== '' && ['', 'ب', 'ك', 'ل', 'ال', 'بال', 'كال', 'لل']
  .includes(/^[وف]/.test(p) ? p.slice(1) : p);
function arStrips(token) {
  const cs = [...token], out = [];
  for (let i = 1; i <= Math.min(4, cs.length - 2); i++) {
    if (arIsPrefix(cs.slice(0, i).join(''))) out.push(cs.slice(i).join(''));
  }
  return out;
}
const AR_PRONOUNS = 'كما هما كم كن هم هن نا ها ه ك'.split(' '); // not ني: وطني is no وط + ني
const AR_ENDINGS = 'يات يين يون ات ون ين ان يه ه ي'.split(' ');
/** The word and its stems of 3 letters or more, shortest first (ties in code-point order). */
function arStems(word) {
  const ok = (s) => len(s) >= 3, bare = [word], out = [], short = [];
  for (const p of AR_PRONOUNS) {
    const s = word.slice(0, -p.length);
    if (!word.endsWith(p) || !ok(s)) continue;
    bare.push(s);
    if (s.endsWith('ت') && ok(s.slice(0, -1))) bare.push(s.slice(0, -1)); // مدرسته: مدرسة + ه
  }
  for (const f of bare) {
    out.push(f);
    for (const e of AR_ENDINGS) {
      if (!f.endsWith(e)) continue;
      const s = f.slice(0, -e.length);
      out.push(s);
      if (s.endsWith('ي')) out.push(s.slice(0, -1));
      if ((e === 'ه' || e === 'ات') && len(s) === 2) short.push(s); // مرة and مرات share مر
      if ((e === 'ان' || e === 'ين') && s.endsWith('ت')) out.push(s.slice(0, -1)); // منظمتان: منظمة
    }
  }
  return [...new Set([...out.filter((s) => s === word || ok(s)), ...short])].sort().sort((a, b) => a.length - b.length);
}

/** Broken-plural partners (هدف -> اهداف, مناطق -> منطقه): the twin of
 * arabic::broken_plural_partners, four blocks of patterns, the first that fits in each. */
const AR_PATTERNS = [
  [[(c) => c.length === 3, ([a, b, d]) => [['ا', a, b, 'ا', d], [a, b, 'و', d], [a, b, 'ا', d]]],
    [(c) => c.length === 4 && c[1] === 'ا', ([a, , d, e]) => [[a, 'و', 'ا', d, e], [a, d, 'ا', e], [a, d, e, 'ا', 'ء']]],
    [(c) => c.length === 4 && c[2] === 'ي', ([a, b, , e]) => [[a, b, e, 'ا', 'ء'], [a, b, 'ا', e], ['ا', a, b, e, 'ا', 'ء']]],
    [(c) => c.length === 4 && c[0] === 'م', ([, b, d, e]) => [['م', b, 'ا', d, e]]]],
  [[(c) => c.length === 5 && c[0] === 'م' && c[4] === 'ه', ([, b, d, e]) => [['م', b, 'ا', d, e]]],
    [(c) => c.length === 5 && 'يا'.includes(c[2]) && c[4] === 'ه', ([a, b, , e]) => [[a, b, 'ا', 'ي', e]]]],
  [[(c) => c.length === 5 && c[1] === 'ا' && c[4] === 'ه', ([a, , d, e]) => [[a, 'و', 'ا', d, e]]],
    [(c) => c.length === 5 && c[1] === 'ا' && 'وي'.includes(c[3]), ([a, , d, , f]) => [[a, 'و', 'ا', d, 'ي', f]]],
    [(c) => c.length === 5 && 'وي'.includes(c[3]), ([a, b, d, , f]) => [[a, b, 'ا', d, 'ي', f]]]],
  [[(c) => c.length === 5 && c[0] === 'ا' && c[3] === 'ا', ([, b, d, , f]) => [[b, d, f]]],
    [(c) => c.length === 4 && c[2] === 'و', ([a, b, , e]) => [[a, b, e]]],
    [(c) => c.length === 4 && c[2] === 'ا', ([a, b, , e]) => [[a, b, e], [a, b, 'ي', e], [a, 'ا', b, e]]],
    [(c) => c.length === 5 && c[1] === 'و' && c[2] === 'ا', ([a, , , e, f]) => [[a, 'ا', e, f], [a, 'ا', e, f, 'ه']]],
    [(c) => c.length === 5 && c[3] === 'ا' && c[4] === 'ء', ([a, b, d]) => [[a, b, 'ي', d], [a, 'ا', b, d]]],
    [(c) => c.length === 5 && c[0] === 'م' && c[2] === 'ا', ([, b, , e, f]) => [['م', b, e, f], ['م', b, e, f, 'ه']]],
    [(c) => c.length === 5 && c[2] === 'ا' && c[3] === 'ي', ([a, b, , , f]) => [[a, b, 'ي', f, 'ه'], [a, b, 'ا', f, 'ه']]],
    [(c) => c.length === 6 && c[1] === 'و' && c[2] === 'ا' && c[4] === 'ي', ([a, , , e, , g]) => [[a, 'ا', e, 'و', g]]],
    [(c) => c.length === 6 && c[2] === 'ا' && c[4] === 'ي', ([a, b, , e, , g]) => [[a, b, e, 'و', g], [a, b, e, 'ي', g]]],
    [(c) => c.length === 6 && c[0] === 'ا' && c[4] === 'ا' && c[5] === 'ء', ([, b, d, e]) => [[b, d, 'ي', e]]]],
  [[(c) => c.length === 2, ([a, b]) => [[a, b, 'و', b]]],
    [(c) => c.length === 3, ([a, b, d]) => [['ا', a, b, d], [a, b, 'ي', d]]],
    [(c) => c.length === 4 && c[2] === 'و' && c[1] === c[3], ([a, b]) => [[a, b]]],
    [(c) => c.length === 4 && c[0] === 'ا', ([, b, d, e]) => [[b, d, e]]],
    [(c) => c.length === 4 && c[2] === 'ي', ([a, b, , e]) => [[a, b, e]]],
    [(c) => c.length === 4 && c[2] === 'ا', ([a, b, , e]) => [['ا', a, b, e, 'ه']]],
    [(c) => c.length === 4 && c[3] === 'ه', ([a, b, d]) => [[a, b, 'و', d]]],
    [(c) => c.length === 5 && c[0] === 'ا' && c[4] === 'ه', ([, b, d, e]) => [[b, d, 'ا', e]]]],
];
export function brokenPlurals(word) {
  if (!AR.test(word)) return [];
  const c = [...word], out = [];
  for (const block of AR_PATTERNS) {
    const rule = block.find(([fits]) => fits(c));
    if (rule) for (const f of rule[1](c).map((x) => x.join(''))) if (f !== word && !out.includes(f)) out.push(f);
  }
  return out;
}

/** The words one deleted character away from `word`, in matching form: its typo keys. */
export const deletions = (word) => [...word].map((_, i, cs) => [...cs.slice(0, i), ...cs.slice(i + 1)].join('')
  .replace(/([וי])\1+/g, '$1'));

/** Whether `a` and `b` differ by at most one insertion, deletion, substitution or adjacent swap. */
export function oneEdit(a, b) {
  [a, b] = [[...a], [...b]];
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length - a.length > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const same = (x, y) => a.slice(x).join('') === b.slice(y).join('');
  if (a.length < b.length) return same(i, i + 1);
  return i === a.length || same(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && same(i + 2, i + 2));
}

// ---- Index ----------------------------------------------------------------------------------
// The index and the results page both live at /search/, under the site's path (sub-paths work);
// a page of another language than the site's default one says where its language's are.
const LANG_BASE = typeof document === 'undefined' ? undefined : document.documentElement.dataset.kbBase;
const BASE = LANG_BASE === undefined ? new URL('../search/', import.meta.url).href
  : new URL(`${LANG_BASE}/search/`, location.href).href;
const RANGE_BUDGET = 24; // KiB of extra shards a stem or last-word prefix may pull in
const W_BASE = 0.85, W_INFLECT = 0.6, W_PREFIX = 0.5, W_TYPO = 0.7, W_TITLE = 1, W_READING = 0.9;
const W_SPELLING = 0.7, W_VERB = 0.6;
const cache = new Map();
/** A cached promise per key; a failed fetch is forgotten so the next query retries it. */
function once(key, make) {
  if (!cache.has(key)) cache.set(key, make().catch((e) => { cache.delete(key); throw e; }));
  return cache.get(key);
}
/** Forgets every fetched file: kb serve calls it when it has rebuilt the index. */
export const reset = () => cache.clear();
const get = (path, as, init) => fetch(BASE + path, init).then((r) => {
  if (!r.ok) throw new Error(`${r.status} ${path}`);
  return r[as]();
});

/** Separators, front-coded as `0אבג 2ד`, back to whole strings. */
function unfront(s) {
  let prev = [];
  return s ? s.split(' ').map((x) => {
    const cs = [...x];
    prev = [...prev.slice(0, +cs[0]), ...cs.slice(1)];
    return prev.join('');
  }) : [];
}

function meta() {
  // Revalidated on every page load: shards and docs are fetched by the version it names.
  return once('meta', () => get('meta.json', 'json', { cache: 'no-cache' }).then((m) => {
    m.seps = unfront(m.seps);
    m.tseps = unfront(m.tseps);
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

/** Reads the front-coded keys of a shard into a Map, each with what `entry` reads after it. */
function readKeys(buf, entry) {
  const b = new Uint8Array(buf), at = { p: 0 }, dec = new TextDecoder(), out = new Map();
  let prev = new Uint8Array(0);
  for (let k = readVarint(b, at); k > 0; k--) {
    const shared = readVarint(b, at), n = readVarint(b, at), t = new Uint8Array(shared + n);
    t.set(prev.subarray(0, shared));
    t.set(b.subarray(at.p, at.p + n), shared);
    at.p += n;
    prev = t;
    const key = dec.decode(t);
    out.set(key, entry(b, at, key));
  }
  return out;
}

/** A shard file as Map term -> {mask, df, dense, at} (postings decoded on demand). */
const readShard = (buf) => readKeys(buf, (b, at) => {
  const mask = readVarint(b, at), h = readVarint(b, at), size = readVarint(b, at);
  const e = { b, mask, df: Math.floor(h / 2), dense: h % 2, at: at.p };
  at.p += size;
  return e;
});

/** A typo shard as Map key -> words of the site it leads to: the key itself (0), a word
 * written out (1), or the key with a letter inserted (position + 2). */
const readTypos = (buf) => readKeys(buf, (b, at, key) => {
  const cs = [...key], out = [];
  for (let n = readVarint(b, at); n > 0; n--) {
    const p = readVarint(b, at);
    if (p === 1) {
      const size = readVarint(b, at);
      out.push(new TextDecoder().decode(b.subarray(at.p, at.p += size)));
    } else out.push(p ? [...cs.slice(0, p - 2), String.fromCodePoint(readVarint(b, at)), ...cs.slice(p - 2)].join('') : key);
  }
  return out;
});

/** [doc ids, score bytes] of one term entry: bits 6-7 class, bit 5 in the title, 1-31 BM25. */
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

function shardIndex(seps, term) {
  let lo = 0, hi = seps.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (seps[mid] <= term) lo = mid + 1; else hi = mid; }
  return lo;
}
const shard = (m, i) => once(`s${i}`, () => get(`s/${i}.bin${m.q}`, 'arrayBuffer').then(readShard));
const typoShard = (m, i) => once(`t${i}`, () => get(`t/${i}.bin${m.q}`, 'arrayBuffer').then(readTypos));
const facetBits = (m) => once('facets', () => get(`facets.bin${m.q}`, 'arrayBuffer').then((b) => new Uint8Array(b)));
const loadDoc = (m, id) => once(`d${id}`, () => get(`d/${id}.json${m.q}`, 'json'));

/** The shard of `w` and those after it that hold terms starting with `w`, within the budget. */
function rangeShards(m, w) {
  const first = shardIndex(m.seps, w), out = [first];
  for (let i = first, spent = 0; i < m.seps.length && m.seps[i].startsWith(w); i++) {
    spent += m.sizes[i + 1];
    if (spent > RANGE_BUDGET) return [first];
    out.push(i + 1);
  }
  return out;
}

/** The query's words, with how many letters were typed; the last one (3+ letters: shorter
 * ones would match half the site) also matches as the start of longer words, as it is typed. */
function plan(query) {
  const ws = words(query).map(([s, e]) => [normalise(query.slice(s, e)), letters(query.slice(s, e))]).filter(([w]) => w);
  return ws.map(([w, typed], i) => ({ w, typed, last: i === ws.length - 1 && len(w.whole) >= 3 }));
}

/** Keeps the better [tier, score] of a doc in `scores`: higher tier first, then higher score. */
function keepBest(scores, id, s) {
  const old = scores.get(id);
  if (!old || s[0] > old[0] || (s[0] === old[0] && s[1] > old[1])) scores.set(id, s);
}

/** Tiers rank before scores: how likely a match is what the reader meant. EXACT: the word
 * itself, bare or behind a prefix (a word of one or two letters written exactly is SHORT: behind
 * a prefix such words are mostly words of their own, למה, כמה); INFLECTED: its inflections;
 * READING: a plausible prefix reading of the word (מ+בקר of מבקר), the word's verb forms and
 * the inflections that drop its ending (ציבורי: ציבור); WEAK: the inflections of a prefix
 * reading, the word's other spelling and longer words the last word starts;
 * IMPLAUSIBLE: only an implausible prefix reading (משה as מ+שה). A doc that has the word or
 * its inflection so never ranks below one found only through a weaker reading. */
const SHORT = 6, EXACT = 5, INFLECTED = 4, READING = 3, WEAK = 2, IMPLAUSIBLE = 1;
/** The tier a posting's class allows: bits 6-7 of its score byte (3 exact, 2 plausible, 1 not). */
const CLASS_TIER = [0, IMPLAUSIBLE, EXACT, SHORT];

/** Whether `t` inflects `f` keeping all of it, but for a feminine ה or ת (ארגון: ארגונים; ועדה:
 * ועדות): a form that drops more of the word is often another word (ציבורי is no form of ציבור). */
const keeps = (f, t) => t.startsWith(/[הת]$/.test(f) ? f.slice(0, -1) : f);

/** Doc id -> [tier, score] for one query word, and the terms it matched. Inflections are found
 * by scanning the terms that start with a form's shortest stem; verb forms are looked up. */
async function matchWord(m, { w, last }, weight = 1) {
  const q = w.whole, bases = strips(q), verbs = conjugations(q), found = new Map();
  const plurals = [q, ...bases].map(irregular);
  // Arabic broken plurals (and singulars) the patterns allow, looked up like inflections.
  const partners = [...new Set([q, ...bases].flatMap(brokenPlurals))].filter((t) => t !== q && !bases.includes(t));
  const load = (idx) => Promise.all([...new Set(idx)].map(async (i) => {
    for (const [t, e] of await shard(m, i)) found.set(t, e);
  }));
  const idx = [q, ...bases, ...verbs, ...plurals.flat(), ...partners].map((f) => shardIndex(m.seps, f));
  idx.push(...[q, ...bases].flatMap((f) => rangeShards(m, stems(f)[0])));
  if (last) idx.push(...rangeShards(m, q));
  await load(idx);
  // The other spellings only for a word the site does not have, in a second round, looked up
  // and not scanned for inflections: a cold query pays their shards only when they can help.
  const variants = found.has(q) ? [] : spellings(q);
  await load(variants.map((f) => shardIndex(m.seps, f)));
  const forms = [q, ...bases, ...variants];
  const own = found.get(q), routes = new Map();
  const add = (t, wt, tier) => {
    const r = routes.get(t);
    if (found.has(t) && (!r || r[1] < tier || (r[1] === tier && r[0] < wt))) routes.set(t, [wt, tier]);
  };
  const classes = (t) => (found.has(t) ? [...postings(found.get(t), m.n)[1]].map((s) => s >> 6) : []);
  // A base reading is plausible as the index judged the word, or, for a word the site does not
  // write, when the base is long or written bare (בגב finds גב). An Arabic clitic or article
  // leaving three letters or more is taken at its word: the index's marks are judged from
  // Hebrew's prefixes (بقوة beside بقوات is ب + قوة all the same).
  const plausible = (b, i) => (AR.test(q) && len(b) > 2)
    || (own ? (own.mask >> i) & 1 : len(b) > 2 || classes(b).includes(3));
  const tiers = [len(q) > 2 ? EXACT : SHORT, ...bases.map((b, i) => (plausible(b, i) ? READING : IMPLAUSIBLE)),
    ...variants.map(() => WEAK)];
  const weights = [1, ...bases.map(() => W_BASE), ...variants.map(() => W_SPELLING)];
  // A word the site writes is not read as prefix + a base of two letters where that reading is
  // implausible: the accidental kind (משה is no שה).
  forms.forEach((f, k) => { if (tiers[k] > IMPLAUSIBLE || len(f) > 2 || !own) add(f, weights[k], tiers[k]); });
  verbs.forEach((f) => add(f, W_VERB, READING));
  plurals.forEach((p, k) => p.forEach((f) => add(f, W_INFLECT * weights[k], Math.min(INFLECTED, tiers[k]))));
  partners.forEach((t) => add(t, W_INFLECT, INFLECTED));
  const heads = forms.map((f) => stems(f)[0]);
  for (const t of found.keys()) {
    forms.forEach((f, k) => {
      if (tiers[k] > IMPLAUSIBLE && t !== f && t.startsWith(heads[k]) && inflects(t, f)) add(t, W_INFLECT * weights[k], k ? tiers[k] - 1 : keeps(f, t) ? INFLECTED : READING);
    });
    if (last && t !== q && t.startsWith(q)) add(t, W_PREFIX, WEAK);
  }
  const scores = new Map();
  let strong = 0;
  for (const [t, [wt, tier]] of routes) {
    const e = found.get(t), [ids, score] = postings(e, m.n);
    const idf = Math.log(1 + (m.n - e.df + 0.5) / (e.df + 0.5));
    ids.forEach((id, k) => {
      const s = score[k], c = s >> 6, tr = Math.min(tier, CLASS_TIER[c]);
      const v = weight * wt * idf * ((s & 31) / 31 + (s & 32 ? W_TITLE : 0)) * (c === 3 ? 1 : W_READING);
      keepBest(scores, id, [tr, v]);
      if (tr >= READING) strong++;
    });
  }
  // `whole`: the site writes the word, bare or behind a prefix (not only as an implausible
  // reading of another word); `strong`: matches in some form of the word, not a weak reading.
  return { scores, terms: [...routes.keys()], whole: classes(q).some((c) => c > 1), strong };
}

/** Words of the site one edit away from `q` (in matching form) or from `typed` (its letters as
 * typed: ספוות is one edit from ספורות, though its matching form ספות is two), via the typo keys. */
async function corrections(m, q, typed) {
  const keys = [q, ...deletions(q)], out = new Set();
  const maps = await Promise.all([...new Set(keys.map((k) => shardIndex(m.tseps, k)))].map((i) => typoShard(m, i)));
  for (const k of keys) {
    for (const map of maps) for (const t of map.get(k) ?? []) if (t !== q && (oneEdit(q, t) || oneEdit(typed, t))) out.add(t);
  }
  return [...out];
}

/** A word in matching form as it is written: its last letter in final form. */
const written = (t) => t.replace(/[כמנפצ]$/, (c) => 'ךםןףץ'['כמנפצ'.indexOf(c)]);

/** When a word of 4+ letters is in the site in no form (no match but weak or implausible
 * readings), tries the words one edit away (those written bare first, then those with most
 * docs). Returns the words used. */
async function correct(m, x, hit) {
  const q = x.w.whole;
  if (hit.strong || len(x.typed) < 4 || !/^\p{L}+$/u.test(q)) return [];
  const found = await Promise.all((await corrections(m, q, x.typed)).map(async (t) => [t, await matchWord(m, { w: { whole: t, parts: [] } }, W_TYPO)]));
  // Words the site writes bare come first (a base only ever read behind a prefix may be an
  // accident of the letters), then those with more pages; their pages rank by score.
  const used = found.filter(([, h]) => h.strong).map(([t, h]) => [t, h, h.scores.size, h.whole])
    .sort((a, b) => b[3] - a[3] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1)).slice(0, 4);
  for (const [, h] of used) {
    h.scores.forEach((s, id) => keepBest(hit.scores, id, s));
    hit.terms.push(...h.terms);
  }
  return used.map(([t]) => written(t));
}

const bit = (bits, row, n, id) => (bits[row * ((n + 7) >> 3) + (id >> 3)] >> (id & 7)) & 1;

/** Runs a query: ranked [id, [words matched, sum of their tiers, score]] after filters,
 * facet counts, a word matcher for highlights and the words searched instead of typos. */
async function find(query, { type = '', tags = [], facets = false } = {}) {
  const m = await meta();
  tags = [].concat(tags || []).filter(Boolean);
  let words_ = plan(query);
  if (!m.n || !words_.length) return { ranked: [], counts: null, matches: () => false, m, instead: [] };
  let hits = await Promise.all(words_.map((x) => matchWord(m, x)));
  // A compound the site never writes whole (רב-מגזרי) falls back to its parts.
  if (words_.some((x, i) => x.w.parts.length && !hits[i].whole)) {
    words_ = words_.flatMap((x, i) => (x.w.parts.length && !hits[i].whole
      ? plan(x.w.parts.join(' ')).map((p) => ({ ...p, last: false })) : [x]));
    hits = await Promise.all(words_.map((x) => matchWord(m, x)));
  }
  const instead = (await Promise.all(words_.map((x, i) => correct(m, x, hits[i])))).flat();
  const docs = new Map();
  for (const h of hits) {
    h.scores.forEach(([tier, v], id) => {
      const d = docs.get(id) || [0, 0, 0];
      d[0]++; d[1] += tier; d[2] += v;
      docs.set(id, d);
    });
  }
  let all = [...docs];
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
  all.sort(([i, a], [j, b]) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2] || i - j);
  const terms = new Set(hits.flatMap((h) => h.terms));
  const lastW = words_.at(-1);
  const prefix = lastW.last ? lastW.w.whole : null;
  const tokenMatches = (t) => terms.has(t) || (prefix && t.startsWith(prefix)) || strips(t).some((b) => terms.has(b));
  const matches = (word) => {
    const w = normalise(word);
    return !!w && [w.whole, ...w.parts].some(tokenMatches);
  };
  return { ranked: all, counts, matches, m, instead };
}

/** Where a doc's excerpt text first has a matching word, and the section it is in: `first` the
 * word's [start, end), `mark` the section's [offset, title, id] (no id: the title with hyphens
 * for spaces; no mark before the first heading), [lo, hi) the section's text without its
 * heading. */
function place(d, matches) {
  const ws = words(d.x), marks = d.s || [], first = ws.find(([s, e]) => matches(d.x.slice(s, e)));
  const k = first ? marks.findLastIndex(([at]) => at <= first[0]) : -1, mark = marks[k];
  let lo = mark ? mark[0] : 0;
  if (mark && d.x.startsWith(mark[1], lo)) lo += mark[1].length;
  return { ws, first, mark, lo, hi: marks[k + 1]?.[0] ?? d.x.length };
}

/** Up to `size` characters of a doc's text around its first matching word, within the word's
 * section, with ellipses when cut. */
function excerpt({ x: text }, { ws, first, lo, hi }, size = 220) {
  let start = first ? Math.max(lo, first[0] - 60) : 0;
  if (start > lo) start = (ws.find(([s]) => s >= start) || [start])[0];
  let end = Math.min(hi, start + size);
  if (end < hi) end = ws.filter(([, e]) => e <= end).at(-1)?.[1] ?? end;
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
      // Excerpt and section are worked out when read: a caller that wants only URLs does not
      // pay for them.
      let at;
      const where = () => (at ??= place(d, matches));
      out.push({
        url: d.u, title: d.t, type: d.y, tags: d.g, date: d.d,
        get excerpt() { return excerpt(d, where()); },
        get section() { const k = where().mark; return k ? { title: k[1], url: `${d.u}#${k[2] ?? k[1].replaceAll(' ', '-')}` } : null; },
      });
    }
  }
  return out;
}

/** The public API: best first, `limit` results (default 20; Infinity for all), each {url,
 * title, type, tags, date, excerpt, section}: `section` is {title, url} of the heading the
 * matched words are under (url ending in its #id), or null. The array's `instead` lists the
 * words searched in place of a query word that looked mistyped. */
export async function search(query, { type, tags, limit = 20 } = {}) {
  const found = await find(String(query ?? ''), { type, tags });
  return Object.assign(await results(found, 0, limit), { instead: found.instead });
}

// ---- Page ----------------------------------------------------------------------------------
// ---- Words of the page's language --------------------------------------------------------
// The search speaks the language of the page it is on (<html lang>): Hebrew, Arabic or English.
const WORDS = {
  he: {
    results: (n) => (n === 1 ? 'תוצאה אחת' : `${n} תוצאות`), list: 'תוצאות חיפוש',
    all: (n) => (n === 1 ? 'התוצאה היחידה עבור ' : `כל ${n} התוצאות עבור `), none: 'אין תוצאות עבור ',
    toPage: '. לעמוד החיפוש', found: (n) => (n === 1 ? 'נמצאה תוצאה אחת' : `נמצאו ${n} תוצאות`),
    keys: '. חצים למעלה ולמטה לבחירה, Enter לפתיחה.', nothing: 'לא נמצאו תוצאות.',
    prompt: 'הקלידו מילה או שתיים כדי לחפש במאגר.', busy: 'מחפש…', noneFound: 'לא נמצאו תוצאות עבור ',
    filtered: ' עם המסננים שנבחרו. ', unfilter: 'נסו להסיר את סינון הסוג או התגיות. ',
    clear: 'הסרת המסננים', other: 'נסו מילה אחרת או צורה קצרה יותר שלה.', for: ' עבור ',
    instead: 'הצגת תוצאות עבור ',
  },
  ar: {
    results: (n) => (n === 1 ? 'نتيجة واحدة' : n === 2 ? 'نتيجتان' : n <= 10 ? `${n} نتائج` : `${n} نتيجة`),
    list: 'نتائج البحث', all: (n) => (n === 1 ? 'النتيجة الوحيدة لـ ' : `كل النتائج (${n}) لـ `),
    none: 'لا نتائج لـ ', toPage: '. إلى صفحة البحث',
    found: (n) => (n === 1 ? 'وُجدت نتيجة واحدة' : n === 2 ? 'وُجدت نتيجتان' : `وُجدت ${n} ${n <= 10 ? 'نتائج' : 'نتيجة'}`),
    keys: '. الأسهم للأعلى وللأسفل للاختيار، Enter للفتح.', nothing: 'لم توجد نتائج.',
    prompt: 'اكتبوا كلمة أو كلمتين للبحث في المكتبة.', busy: 'جارٍ البحث…', noneFound: 'لم توجد نتائج لـ ',
    filtered: ' مع المرشّحات المختارة. ', unfilter: 'جرّبوا إزالة التصفية حسب النوع أو الوسوم. ',
    clear: 'إزالة المرشّحات', other: 'جرّبوا كلمة أخرى أو صيغة أقصر منها.', for: ' لـ ',
    instead: 'عرض النتائج لـ ',
  },
  en: {
    results: (n) => (n === 1 ? 'One result' : `${n} results`), list: 'Search results',
    all: (n) => (n === 1 ? 'The only result for ' : `All ${n} results for `), none: 'No results for ',
    toPage: '. To the search page', found: (n) => (n === 1 ? 'One result found' : `${n} results found`),
    keys: '. Up and down arrows to choose, Enter to open.', nothing: 'No results found.',
    prompt: 'Type a word or two to search the knowledge base.', busy: 'Searching…', noneFound: 'No results found for ',
    filtered: ' with the chosen filters. ', unfilter: 'Try removing the type or tag filters. ',
    clear: 'Remove the filters', other: 'Try another word or a shorter form of it.', for: ' for ',
    instead: 'Showing results for ',
  },
};
const PAGE_LANG = typeof document === 'undefined' ? 'he' : document.documentElement.lang.split('-')[0];
const T = WORDS[PAGE_LANG] || WORDS.en;
/** "תוצאה אחת", "2 תוצאות": the noun agrees with the number. */
const resultsNoun = T.results;
const DATE = new Intl.DateTimeFormat({ he: 'he', ar: 'ar-u-nu-latn' }[PAGE_LANG] || 'en', { dateStyle: 'long', timeZone: 'UTC' });
/** "1 בדצמבר 2026" from 2026-12-01; anything else as it is. */
const hebrewDate = (d) => (/^\d{4}-\d\d-\d\d$/.test(d) ? DATE.format(new Date(d)) : d || '');
/** A result's type and date, as the results line under its title shows them. */
const metaLine = (found, r) => `${found.m.names[r.type] || r.type} · ${hebrewDate(r.date)}`;

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
  const list = el('ul', { id: 'kb-q-list', role: 'listbox', class: 'kb-search__list', 'aria-label': T.list });
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
      el('span', { class: 'kb-search__meta' }, metaLine(found, r))));
    const all = `${BASE}?q=${encodeURIComponent(q)}`;
    options.push(el('li', { id: `kb-q-opt-${res.length}`, role: 'option', class: 'kb-search__all', 'data-url': all },
      ...(total ? [T.all(total), quoted(q)] : [T.none, quoted(q), T.toPage])));
    list.replaceChildren(...options);
    select(-1);
    open(true);
    status.textContent = total ? `${T.found(total)}${T.keys}` : T.nothing;
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
      // Closing the list keeps the query: Chromium would empty a search box on Escape.
      if (!list.hidden) { ev.preventDefault(); close(); } else input.value = '';
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
      ...(r.section ? [el('p', { class: 'search-result__section' }, 'בסעיף ',
        highlight(el('a', { href: r.section.url }), r.section.title, found.matches))] : []),
      el('p', { class: 'search-result__meta' }, metaLine(found, r)),
      highlight(el('p', { class: 'search-result__excerpt' }), r.excerpt, found.matches))));
    more.hidden = shown >= found.ranked.length;
  }
  async function run() {
    const s = state(), mine = ++seq;
    list.replaceChildren();
    more.hidden = true;
    if (!s.q) { showCounts(null); status.textContent = T.prompt; return; }
    status.textContent = T.busy;
    const f = await find(s.q, { ...s, facets: true });
    if (mine !== seq) return;
    found = f;
    shown = 0;
    showCounts(f.counts);
    const filtered = s.type || s.tags.length;
    if (!f.ranked.length) {
      status.replaceChildren(T.noneFound, quoted(s.q), filtered ? T.filtered : '. ');
      if (filtered) {
        status.append(T.unfilter, el('button', {
          type: 'button', class: 'search-page__clear',
          onclick: () => { if (type) type.value = ''; boxes.forEach((b) => { b.checked = false; }); writeUrl(state()); run(); },
        }, T.clear));
      } else status.append(T.other);
      return;
    }
    status.replaceChildren(`${resultsNoun(f.ranked.length)}${T.for}`, quoted(s.q));
    if (f.instead.length) {
      status.append('. ', el('span', { class: 'search-page__instead' }, T.instead,
        ...f.instead.flatMap((t, i) => [i ? ', ' : '', quoted(t)])));
    }
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
  window.kb.searchReset = reset;
  const css = new URL('search.css', import.meta.url).href;
  if (![...document.querySelectorAll('link[rel=stylesheet]')].some((l) => l.href === css)) {
    document.head.append(el('link', { rel: 'stylesheet', href: css }));
  }
  document.querySelectorAll('form.kb-search').forEach(combobox);
  const page = document.getElementById('kb-search-page');
  if (page) resultsPage(page);
}
