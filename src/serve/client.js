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

  // `labels` come from the server in the author's language (the catalogue), with its direction.
  function showProblems(errors, labels) {
    const old = document.getElementById(overlayId);
    if (old) old.remove();
    if (!errors.length) return;
    const panel = element('section', '', {
      position: 'fixed', insetInline: '0', insetBlockEnd: '0', zIndex: '2147483647',
      maxBlockSize: '60vh', overflow: 'auto', margin: '0', padding: '1rem 1.25rem',
      background: '#2b0d0d', color: '#fff', borderBlockStart: '4px solid #ff5c5c',
      font: '14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      boxShadow: '0 -4px 24px rgba(0,0,0,.4)', textAlign: 'start',
    });
    panel.id = overlayId;
    panel.setAttribute('role', 'alert');
    panel.setAttribute('aria-label', labels.region);
    panel.setAttribute('dir', labels.dir);
    panel.setAttribute('lang', labels.lang);
    panel.append(element('h2', labels.heading, {
      font: 'bold 15px/1.4 system-ui, sans-serif', margin: '0 0 .75rem', color: '#ffb3b3',
    }));
    const list = element('ul', '', { margin: '0', padding: '0', listStyle: 'none' });
    for (const error of errors) {
      const item = element('li', '', { margin: '0 0 .75rem' });
      const where = [error.path, error.line, error.line && error.col].filter(Boolean).join(':');
      const place = element('div', where, { color: '#ffd479', unicodeBidi: 'isolate' });
      place.setAttribute('dir', 'ltr');
      item.append(place);
      item.append(element('div', error.message, { whiteSpace: 'pre-wrap' }));
      if (error.hint) item.append(element('div', labels.hint + ': ' + error.hint, { color: '#b8e0ff', whiteSpace: 'pre-wrap' }));
      list.append(item);
    }
    panel.append(list);
    const close = element('button', labels.dismiss, {
      font: '13px system-ui, sans-serif', padding: '.25rem .75rem', cursor: 'pointer',
    });
    close.type = 'button';
    close.addEventListener('click', () => panel.remove());
    panel.append(close);
    document.body.append(panel);
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
      showProblems(current.errors || [], current.labels);
    } catch (_) { /* the server is gone; watch() retries */ }
    watch(servedSearch);
  }

  if (document.readyState === 'complete') restoreScroll();
  else addEventListener('load', restoreScroll, { once: true });
  start();
})();
