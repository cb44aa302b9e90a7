// kb.js: small enhancements of the default theme. Every page works without it: the video
// placeholder is a link to the video, the print button stays hidden, tables scroll anyway.

/** Video: load the privacy-friendly player only when the reader asks for it. */
function enhanceVideos() {
  for (const box of document.querySelectorAll("[data-kb-video]")) {
    const link = box.querySelector("a");
    const embed = box.dataset.embed;
    if (!link || !embed || !embed.startsWith("https://")) continue;
    link.setAttribute("role", "button");
    const load = (event) => {
      event.preventDefault();
      const url = new URL(embed);
      url.searchParams.set("autoplay", "1");
      const frame = document.createElement("iframe");
      frame.src = url.href;
      frame.title = box.dataset.title || link.textContent.trim();
      frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      frame.allowFullscreen = true;
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      box.replaceChildren(frame);
      frame.focus();
    };
    link.addEventListener("click", (event) => {
      // Ctrl/Cmd/Shift-click and middle click still open the video's own page.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      load(event);
    });
    link.addEventListener("keydown", (event) => {
      if (event.key === " ") load(event); // a button answers to Space as well as Enter
    });
  }
}

/** Print button of tools: shown only when it can work. */
function enhancePrint() {
  for (const button of document.querySelectorAll("[data-kb-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
}

/** A table or code block wider than the screen scrolls in its own box; make that box reachable
 *  from the keyboard (tabindex) and name it, only while it actually overflows. */
function markScrollables() {
  for (const el of document.querySelectorAll(".prose table, .prose pre, .prose .table-wrap, .prose .table-scroll")) {
    const overflows = el.scrollWidth > el.clientWidth + 1;
    if (overflows && !el.hasAttribute("tabindex")) {
      el.setAttribute("tabindex", "0");
      el.dataset.kbScroll = "";
      if (el.tagName === "PRE") {
        el.setAttribute("role", "region");
        el.setAttribute("aria-label", "קוד, אפשר לגלול לרוחב");
      }
    } else if (!overflows && el.dataset.kbScroll !== undefined) {
      el.removeAttribute("tabindex");
      if (el.tagName === "PRE") {
        el.removeAttribute("role");
        el.removeAttribute("aria-label");
      }
      delete el.dataset.kbScroll;
    }
  }
}

/** Task list checkboxes ("- [ ]") come from Markdown without a label: name each one after the
 *  text of its item, so screen readers say what is to be checked. */
function labelTaskCheckboxes() {
  for (const box of document.querySelectorAll('.prose li > input[type="checkbox"]')) {
    if (box.labels?.length || box.hasAttribute("aria-label") || box.hasAttribute("aria-labelledby")) continue;
    const item = box.parentElement.cloneNode(true);
    item.querySelectorAll("ul, ol, input").forEach((n) => n.remove());
    const text = item.textContent.replace(/\s+/g, " ").trim();
    if (text) box.setAttribute("aria-label", text.slice(0, 160));
  }
}

/** On a phone the table of contents starts folded, one line above the text; it is open without
 *  JavaScript and on wide screens, where it sits beside the text. */
function foldToc() {
  if (!window.matchMedia("(max-width: 67.99rem)").matches) return;
  for (const toc of document.querySelectorAll("details[data-kb-toc]")) toc.open = false;
}

/** A section's link copies its address as well as going there; where the page may not write
 *  to the clipboard (no permission, or not https), the address is shown selected to copy. */
function enhanceSectionLinks() {
  const status = document.createElement("p");
  status.className = "visually-hidden heading__status";
  status.setAttribute("role", "status");
  document.body.append(status);
  for (const link of document.querySelectorAll(".heading__link")) {
    link.addEventListener("click", async (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      try {
        await navigator.clipboard.writeText(link.href);
        link.dataset.copied = "";
        status.textContent = "הקישור לסעיף הועתק";
        setTimeout(() => { delete link.dataset.copied; status.textContent = ""; }, 2500);
      } catch {
        let field = link.parentElement.querySelector(".heading__address");
        if (!field) {
          field = document.createElement("input");
          field.className = "heading__address";
          field.readOnly = true;
          field.setAttribute("aria-label", "הקישור לסעיף, להעתקה");
          link.after(field);
        }
        field.value = link.href;
        field.focus();
        field.select();
      }
    });
  }
}

function start() {
  foldToc();
  enhanceSectionLinks();
  labelTaskCheckboxes();
  enhanceVideos();
  enhancePrint();
  markScrollables();
  let pending = 0;
  window.addEventListener("resize", () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(markScrollables);
  });
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
