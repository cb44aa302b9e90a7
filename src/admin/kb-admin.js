// kb's script on its browser editor (/admin/), run after the editor's own: the preview pane in
// the site's stylesheet and direction, and a new item's address spelled in Latin letters from
// its Hebrew title exactly as `kb new` spells it (src/hebrew.rs, slug_of; tests/browser/cms.test.mjs
// checks the two agree).
(() => {
  const MAX_LEN = 60;
  const isLetter = (c) => c !== undefined && c >= '\u05D0' && c <= '\u05EA';
  const isMark = (c) => /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/.test(c);

  /** `מיפוי שותפים` → `mifui-shutfim`. */
  function slugOf(title) {
    const chars = [...title.normalize('NFC')].filter((c) => !isMark(c));
    let slug = '';
    for (let i = 0; i < chars.length; ) {
      const c = chars[i];
      const wordStart = i === 0 || !isLetter(chars[i - 1]);
      const next = chars[i + 1];
      const wordEnd = !isLetter(next);
      const geresh = next === '\u05F3' || next === "'";
      let latin;
      let used = 1;
      if (c === 'ג' && geresh) [latin, used] = ['j', 2];
      else if (c === 'ז' && geresh) [latin, used] = ['zh', 2];
      else if ((c === 'צ' || c === 'ץ') && geresh) [latin, used] = ['ch', 2];
      else if (c === 'ו' && next === 'ו') [latin, used] = ['v', 2];
      else if (c === 'י' && next === 'י') [latin, used] = ['iy', 2];
      else if (c === 'א' || c === 'ע') latin = 'a';
      else if (c === 'ב') latin = wordStart ? 'b' : 'v';
      else if (c === 'ג') latin = 'g';
      else if (c === 'ד') latin = 'd';
      else if (c === 'ה' && wordEnd && !wordStart) latin = 'a';
      else if (c === 'ה' || c === 'ח') latin = 'h';
      else if (c === 'ו') latin = wordStart ? 'v' : 'u';
      else if (c === 'ז') latin = 'z';
      else if (c === 'ט' || c === 'ת') latin = 't';
      else if (c === 'י') latin = wordStart ? 'y' : 'i';
      else if (c === 'כ' || c === 'ק') latin = 'k';
      else if (c === 'ך') latin = 'ch';
      else if (c === 'ל') latin = 'l';
      else if (c === 'מ' || c === 'ם') latin = 'm';
      else if (c === 'נ' || c === 'ן') latin = 'n';
      else if (c === 'ס') latin = 's';
      else if (c === 'פ') latin = wordStart ? 'p' : 'f';
      else if (c === 'ף') latin = 'f';
      else if (c === 'צ' || c === 'ץ') latin = 'tz';
      else if (c === 'ר') latin = 'r';
      else if (c === 'ש') latin = 'sh';
      else if (c === '\u05F4' || c === '"' || c === '\u05F3' || c === "'") latin = '';
      else if (/^[A-Za-z0-9]$/.test(c)) {
        slug += c.toLowerCase();
        i += 1;
        continue;
      } else latin = '-';
      if (latin !== '-' || !(slug === '' || slug.endsWith('-'))) slug += latin;
      i += used;
    }
    slug = slug.replace(/^-+|-+$/g, '');
    if (slug.length > MAX_LEN) {
      const cut = slug.slice(0, MAX_LEN).lastIndexOf('-');
      slug = slug.slice(0, cut < 0 ? MAX_LEN : cut);
    }
    return slug;
  }
  window.kbSlugOf = slugOf;

  const CMS = window.CMS;
  // Without the editor's script (blocked, offline) the shell's own message stays on the page.
  if (!CMS) return;
  // Markdown as written, unless the author chose otherwise: the editor's rich-text mode has no
  // tables and escapes what it does not know (a table typed there becomes text).
  if (localStorage.getItem('cms.md-mode') === null) localStorage.setItem('cms.md-mode', 'raw');
  const base = document.body.dataset.kbBase || '';
  CMS.registerPreviewStyle(`${base}/kb/style.css`);
  CMS.registerPreviewStyle(`html{direction:${document.documentElement.dir || 'rtl'}}`, { raw: true });
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data');
      if (data.get('slug')) return data;
      // A new item's file and address come from its title; an existing one keeps its own.
      if (entry.get('newRecord') && data.has('title')) {
        const slug = slugOf(data.get('title') || '');
        if (slug) return data.set('slug', slug);
      }
      return data.delete('slug');
    },
  });
})();
