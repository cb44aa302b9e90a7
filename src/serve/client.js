// kb serve: added to every page the preview serves (never to `kb build` output).
// - Reloads the page when a rebuild finishes: `/_kb/status?after=N` answers once the build
//   after N (the build this page came from) is published, good or bad.
// - Makes search forget the index it fetched when the preview has updated it (`&search=M`
//   answers on the search update after M too), so a word just saved is found without a reload.
// - Keeps the scroll position across those reloads (sessionStorage, keyed by path).
// - Shows the last rebuild's problems (file:line, message, hint) over the page.
// An external file because the theme's Content-Security-Policy forbids inline scripts.
(() => {
  'use strict';
  const me = document.currentScript;
  const build = Number(me && me.dataset.build);
  const servedSearch = Number(me && me.dataset.search);
  const scrollKey = 'kb-serve:scroll:' + location.pathname + location.search;
  const overlayId = 'kb-serve-overlay';

  function reload() {
    try {
      sessionStorage.setItem(scrollKey, JSON.stringify({ x: scrollX, y: scrollY }));
      history.scrollRestoration = 'manual';
    } catch (_) { /* storage disabled: reload without keeping the position */ }
    location.reload();
  }

  function restoreScroll() {
    let saved = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(scrollKey) || 'null');
      sessionStorage.removeItem(scrollKey);
      history.scrollRestoration = 'auto';
    } catch (_) { return; }
    if (saved && typeof saved.y === 'number') scrollTo(saved.x || 0, saved.y);
  }

  function element(tag, text, style) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    // CSSOM, not a style attribute: allowed under `style-src 'self'`.
    Object.assign(node.style, style || {});
    return node;
  }

  // Code inside a message: monospace, left to right and isolated from the Hebrew around it,
  // never broken across lines (a person copies it).
  const codeStyle = {
    font: '0.95em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    unicodeBidi: 'isolate', whiteSpace: 'nowrap', background: 'rgba(255,255,255,.12)',
    padding: '0 .25em', borderRadius: '3px',
  };

  // The first line of a message or hint is words with `code` in backticks; every line after
  // it is code to copy (the corrected line), shown on a line of its own.
  function rich(text, style) {
    const node = element('div', '', style);
    const [first, ...rest] = text.split('\n');
    first.split('`').forEach((part, i) => {
      if (i % 2 === 0) { node.append(part); return; }
      const code = element('code', part, codeStyle);
      code.setAttribute('dir', 'ltr');
      node.append(code);
    });
    for (const line of rest) {
      const code = element('code', line.trim(), {
        ...codeStyle, display: 'block', width: 'fit-content', maxWidth: '100%',
        overflowX: 'auto', margin: '.25rem 0', whiteSpace: 'pre',
      });
      code.setAttribute('dir', 'ltr');
      code.dataset.line = '';
      node.append(code);
    }
    return node;
  }

  // `labels` come from the server in the author's language (the catalogue), with its direction.
  function showProblems(problems, labels, failed) {
    // The words in the site's own body font (Hebrew fonts are the theme's choice).
    const bodyFont = getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif';
    const old = document.getElementById(overlayId);
    if (old) old.remove();
    if (!problems.length) return;
    const panel = element('section', '', {
      position: 'fixed', insetInline: '0', insetBlockEnd: '0', zIndex: '2147483647',
      maxBlockSize: '60vh', overflow: 'auto', margin: '0', padding: '1rem 1.25rem',
      background: failed ? '#2b0d0d' : '#2b230d', color: '#fff',
      borderBlockStart: '4px solid ' + (failed ? '#ff5c5c' : '#ffc247'),
      font: '15px/1.6 ' + bodyFont,
      boxShadow: '0 -4px 24px rgba(0,0,0,.4)', textAlign: 'start', boxSizing: 'border-box',
    });
    panel.id = overlayId;
    panel.setAttribute('role', failed ? 'alert' : 'status');
    panel.setAttribute('aria-label', labels.region);
    panel.setAttribute('dir', labels.dir);
    panel.setAttribute('lang', labels.lang);
    panel.append(element('h2', labels.heading, {
      font: 'bold 16px/1.4 ' + bodyFont, margin: '0 0 .75rem',
      color: failed ? '#ffb3b3' : '#ffe2a3',
    }));
    const list = element('ul', '', { margin: '0', padding: '0', listStyle: 'none' });
    for (const problem of problems) {
      const item = element('li', '', { margin: '0 0 1rem' });
      const where = [problem.path, problem.line, problem.line && problem.col].filter(Boolean).join(':');
      const place = element('code', where, { ...codeStyle, color: '#ffd479', background: 'none', padding: '0' });
      place.setAttribute('dir', 'ltr');
      const label = problem.warning ? labels.warning : labels.error;
      const head = element('div', label + ': ', { fontWeight: 'bold' });
      head.append(place);
      item.append(head);
      item.append(rich(problem.message, {}));
      if (problem.hint) {
        const hint = rich(problem.hint, { color: '#b8e0ff', marginInlineStart: '1rem' });
        hint.prepend(labels.hint + ': ');
        item.append(hint);
      }
      list.append(item);
    }
    panel.append(list);
    const close = element('button', labels.dismiss, {
      font: '14px ' + bodyFont, padding: '.25rem .75rem', cursor: 'pointer',
    });
    close.type = 'button';
    close.addEventListener('click', () => panel.remove());
    panel.append(close);
    document.body.append(panel);
    // A line of code wider than the screen scrolls rather than breaks: reachable by keyboard.
    for (const code of panel.querySelectorAll('code[data-line]')) {
      if (code.scrollWidth > code.clientWidth) code.tabIndex = 0;
    }
  }

  async function status(after, search) {
    const query = after === undefined ? '' : '?after=' + after + '&search=' + search;
    const response = await fetch('/_kb/status' + query, { cache: 'no-store' });
    if (!response.ok) throw new Error('status ' + response.status);
    return response.json();
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // Waits for the next build; after the server was unreachable (restarted), reloads anyway.
  async function watch(search) {
    let lost = false;
    for (;;) {
      try {
        const current = await status(build, search);
        if (lost || current.build !== build) return reload();
        if (current.search !== search && window.kb && window.kb.searchReset) window.kb.searchReset();
        search = current.search;
      } catch (_) {
        lost = true;
        await sleep(1000);
      }
    }
  }

  async function start() {
    try {
      const current = await status();
      showProblems(current.errors || [], current.labels, !current.ok);
    } catch (_) { /* the server is gone; watch() retries */ }
    watch(servedSearch);
  }

  if (document.readyState === 'complete') restoreScroll();
  else addEventListener('load', restoreScroll, { once: true });
  start();
})();
