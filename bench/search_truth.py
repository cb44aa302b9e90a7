#!/usr/bin/env python3
"""Ground-truth search benchmark: kb's Hebrew search and Pagefind, measured against hspell.

For each site: builds it with kb (timed), indexes a copy with Pagefind, computes from the
Markdown sources and the Debian Hebrew morphological analyser (hspell: AGPL, used here only to
measure, never inside kb) which pages a reader expects for each query, runs every query in
headless Chromium (tests/browser/search_truth.mjs), and prints a Markdown report:

  1. bare-word recall         every base word hspell finds in the site, bare or behind a prefix
  2. prefixed-query recall    a prefixed form that occurs, and one built (ו/וה/ול...+word)
  3. singular/plural recall   noun lemmas: query the singular and the plural, expect every form
  4. typo recall              one edit (insert, delete, substitute, swap): source page in top 5
  5. top-5 precision          short, ambiguous queries: over-stripped matches must rank below
                              true ones (משה is no match for שה)
  6. bytes per query          cold cache, no compression, 20 results
  7. index time               kb build (median of --repeat), Pagefind beside it
  8. Pagefind                 the same queries on the same sites

Usage: python3 bench/search_truth.py [--sites example,seeds,10k] [--sample 200]
Work files (sites, outputs, hspell cache, raw JSON) in $BENCH_DIR (default /tmp/kb-search-truth).
The kb binary is $KB (default target/release/kb); run bench/search_truth.sh to install the tools.
"""
import argparse
import collections
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.environ.get("BENCH_DIR", "/tmp/kb-search-truth")
KB = os.environ.get("KB", os.path.join(ROOT, "target", "release", "kb"))
SHARED = os.environ.get("SHARED_DIR", os.path.join(os.path.dirname(ROOT), "shared"))
CORPUS10K = os.environ.get("CORPUS10K", "/tmp/kb-search-bench/corpus10000")

TARGETS = {"recall": 0.95, "typo": 0.90, "bytes": 150 * 1024}
PRECISION_QUERIES = ["מה", "של", "שה", "כל", "לא", "אם", "עם", "רב", "זה", "גם", "בית", "משה",
                     "עדות", "שם", "כן"]
TYPO_KINDS = ["insertion", "deletion", "substitution", "swap"]

# ---------------------------------------------------------------------------------------------
# Hebrew text: words, final letters
# ---------------------------------------------------------------------------------------------

FINALS = str.maketrans("ךםןףץ", "כמנפצ")
TO_FINAL = dict(zip("כמנפצ", "ךםןףץ"))
LETTERS = "אבגדהוזחטיכלמנסעפצקרשת"  # the 22 letters, none final
NIQQUD = re.compile(r"[\u0591-\u05BD\u05BF-\u05C7]")
# Geresh and gershayim (Hebrew or ASCII) inside a word are removed: מנכ"לית -> מנכלית.
GERESH = re.compile(r"(?<=[\u05D0-\u05EA])['\"`\u05F3\u05F4\u2019](?=[\u05D0-\u05EA])")
TOKEN = re.compile(r"\w+")
PREFIX_TO_FOREIGN = re.compile(r"(?<![\u05D0-\u05EA])[\u05D0-\u05EA]+-(?=[0-9A-Za-z])")
HEBREW = re.compile(r"[\u05D0-\u05EA]+")


def fold(word):
    """Final letters folded, for comparing: ארגונים == ארגונימ."""
    return word.translate(FINALS)


def as_typed(word):
    """A word as a reader types it: final forms at the end only."""
    word = fold(word)
    return word[:-1] + TO_FINAL.get(word[-1], word[-1]) if word else word


def hebrew_words(text):
    """The all-Hebrew tokens of text: 5פי2 or Top15 are no Hebrew words (nor is פי inside them),
    and a prefix chain hyphened to a number or a Latin term (ב-2011, וכשה-dashboard) is none."""
    text = NIQQUD.sub("", text).replace("\u05BE", " ")  # maqaf joins two words
    text = PREFIX_TO_FOREIGN.sub(" ", GERESH.sub("", text))
    return [t for t in TOKEN.findall(text) if HEBREW.fullmatch(t)]


# Prefix chains a Hebrew word may carry (ו, then ש/כש/מש/לכש, then ה/ב/כ/ל/מ/מה); hspell's own
# prefixes seen in a site are added. Only used to segment words hspell does not know (names,
# loanwords like אימפקט) against the same word occurring bare in the site.
PREFIX_CHAIN = re.compile(r"^ו?(ש|כש|לכש|מש)?(ה|ב|כ|ל|מ|מה)?$")


# ---------------------------------------------------------------------------------------------
# hspell
# ---------------------------------------------------------------------------------------------

class Hspell:
    """`hspell -l` on batches of distinct words, cached in the work folder.

    For each word: `legal` (hspell printed "מילה חוקית": a word on its own) and `segs`, a list of
    [prefix, base, readings] ("" prefix for the word itself), each reading [lemma, features].
    """

    def __init__(self, cache_file):
        self.file = cache_file
        self.cache = json.load(open(cache_file, encoding="utf-8")) if os.path.exists(cache_file) else {}
        self.mismatches = 0

    def analyse(self, words):
        todo = sorted({w for w in words if w not in self.cache})
        for i in range(0, len(todo), 20000):
            self.cache.update(self._run(todo[i:i + 20000]))
        if todo:
            with open(self.file, "w", encoding="utf-8") as f:
                json.dump(self.cache, f, ensure_ascii=False)
        return self.cache

    def _run(self, words):
        cmd = "iconv -f utf-8 -t iso-8859-8 | hspell -l | iconv -f iso-8859-8 -t utf-8"
        out = subprocess.run(cmd, shell=True, check=True, capture_output=True,
                             input=("\n".join(words) + "\n").encode()).stdout.decode()
        # Unknown words print nothing in sequence; they are listed after this line at the end.
        head, _, tail = out.partition("שגיאות כתיב שנמצאו:")
        unknown = set(tail.split())
        known = [w for w in words if w not in unknown]
        result = {w: {"legal": False, "segs": []} for w in words}
        i, seg = -1, None
        for line in head.split("\n"):
            if line.startswith("\t"):
                if seg is not None:
                    seg[2].append(parse_reading(line.strip()))
                continue
            m = re.match(r"^(מילה חוקית|צירוף חוקי): (.*)$", line)
            if not m:
                continue
            legal = m.group(1) == "מילה חוקית"
            prefix, base = ("", m.group(2)) if legal else m.group(2).split("+", 1)
            # Output blocks come in input order; a block belongs to the current word unless it
            # is the next one's (hspell writes ה+ועדה for הוועדה, so allow one doubled ו).
            def belongs(w):
                return prefix + base == w or (base[:1] == "ו" and prefix + "ו" + base == w)

            def has(w):
                return any(s[0] == prefix and s[1] == base for s in result[w]["segs"])
            if i < 0 or not belongs(known[i]) or has(known[i]):
                if i + 1 < len(known) and belongs(known[i + 1]):
                    i += 1
                else:
                    self.mismatches += 1
                    i = max(i, 0)
            entry = result[known[i]]
            entry["legal"] = entry["legal"] or legal
            seg = None
            if base:  # "של+": the word as a bare prefix chain (before a number); no base
                seg = [prefix, base, []]
                entry["segs"].append(seg)
        return result


def parse_reading(text):
    """'ארגון(ע,ז,רבים)' -> ['ארגון', ['ע', 'ז', 'רבים']]."""
    m = re.match(r"^(.*?)\((.*)\)$", text)
    return [m.group(1), m.group(2).split(",")] if m else [text, []]


def noun_form(feats):
    """Number, construct and possessive of a noun reading, or None if not a noun (ע)."""
    if not feats or feats[0] != "ע" or "פרטי" in feats:
        return None
    main = []
    for f in feats:
        if f.startswith("כינוי/"):
            break
        main.append(f)
    return {"plural": "רבים" in main, "construct": "סמיכות" in main, "possessive": len(main) < len(feats)}


# ---------------------------------------------------------------------------------------------
# A site: its pages' Hebrew words, and what hspell makes of them
# ---------------------------------------------------------------------------------------------

def read_front_matter(path):
    text = open(path, encoding="utf-8").read()
    m = re.match(r"^\+\+\+\s*\n(.*?)\n\+\+\+\s*\n?(.*)$", text, re.S)
    if not m:
        return {}, text
    return tomllib.loads(m.group(1)), m.group(2)


def strip_markdown(body):
    """Roughly plain text: link targets, HTML tags, attributes and code fences go; words stay."""
    body = re.sub(r"\]\([^)]*\)", "]", body)
    body = re.sub(r"<[^>]+>", " ", body)
    body = re.sub(r"\{[#.][^}]*\}", " ", body)
    return body


def load_pages(site_dir):
    """URL -> {title, words}: the Hebrew words of title, summary, tag names and body.

    Tag display names are included because kb indexes them with the item ("searched like the
    summary"); Pagefind sees them on the page too.
    """
    config = tomllib.load(open(os.path.join(site_dir, "config.toml"), "rb"))
    tag_names = {k: v.get("name", k) for k, v in config.get("tags", {}).items()}
    pages = {}
    content = os.path.join(site_dir, "content")
    for type_key in config.get("types", {}):
        folder = os.path.join(content, type_key)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if name.endswith(".md") and name != "_index.md":
                slug = name[:-3]
            elif os.path.isfile(os.path.join(path, "index.md")):
                slug, path = name, os.path.join(path, "index.md")
            else:
                continue
            fm, body = read_front_matter(path)
            if fm.get("draft"):
                continue
            slug = fm.get("slug", slug)
            tags = " ".join(tag_names.get(t, "") for t in fm.get("tags", []))
            text = "\n".join([fm.get("title", ""), fm.get("summary", ""), tags, strip_markdown(body)])
            pages[f"/{type_key}/{slug}/"] = {"title": fm.get("title", ""), "words": hebrew_words(text)}
    return pages


class Truth:
    """Which pages hold which base words and lemmas, according to hspell.

    A token t (a distinct written word) reaches base B when hspell reads t as B itself or as a
    prefix P + B. Such a reading is *over-stripped* when t is also a legal word on its own (משה,
    Moses, read as מ+שה; ועדות, committees, as ו+עדות) or hspell also reads t with a shorter
    prefix (בכמה: ב+כמה, so בכ+מה is over-stripped). Figures are given with every hspell reading
    ("all") and without the over-stripped ones ("strict").
    """

    def __init__(self, pages, hspell):
        self.pages = pages
        self.urls = set(pages)
        self.token_pages = collections.defaultdict(set)  # written token -> pages
        for url, page in pages.items():
            for w in page["words"]:
                self.token_pages[w].add(url)
        self.folded_tokens = {fold(t) for t in self.token_pages}
        self.an = hspell.analyse(self.token_pages)
        self.unknown = {t for t in self.token_pages if not self.an[t]["legal"] and not self.an[t]["segs"]}
        self.prefixes = {s[0] for t in self.token_pages for s in self.an[t]["segs"] if s[0]}
        self._segs = {}
        self._bases()
        self._lemmas()

    def legal(self, t):
        return t in self.an and self.an[t]["legal"]

    def segs(self, t):
        """[(prefix, base, readings, over_stripped)] of token t, with the fallback for unknown
        words: P + R where R is itself an unknown word of the site (באימפקט -> ב+אימפקט)."""
        if t in self._segs:
            return self._segs[t]
        found = [(p, b, r) for p, b, r in self.an.get(t, {"segs": []})["segs"]]
        if t in self.unknown:
            for k in range(1, min(4, len(t) - 1)):
                p, rest = t[:k], t[k:]
                if (PREFIX_CHAIN.match(p) or p in self.prefixes) and rest in self.unknown:
                    found.append((p, rest, []))
        # Over-stripped: hspell also reads t with a shorter prefix, or as a word on its own.
        least = 0 if self.legal(t) else min((len(p) for p, _, _ in found), default=0)
        self._segs[t] = [(p, b, r, len(p) > least) for p, b, r in found]
        return self._segs[t]

    def _bases(self):
        self.bare = collections.defaultdict(set)     # folded base -> pages with it bare
        self.via = collections.defaultdict(list)     # folded base -> [(token, prefix, over)]
        self.base_written = collections.defaultdict(collections.Counter)
        for t, urls in self.token_pages.items():
            if self.legal(t) or t in self.unknown:
                self.bare[fold(t)] |= urls
                self.base_written[fold(t)][t] += len(urls)
            for p, b, _, over in self.segs(t):
                if p and len(b) >= 2:
                    self.via[fold(b)].append((t, p, over))
                    self.base_written[fold(b)][b] += len(urls)
        self.bases = sorted(b for b in self.base_written if len(b) >= 2)

    def expected(self, base, strict):
        """Pages with `base` bare or behind a prefix (strict: no over-stripped readings)."""
        out = set(self.bare.get(base, ()))
        for t, _, over in self.via.get(base, ()):
            if not (strict and over):
                out |= self.token_pages[t]
        return out

    def written(self, base):
        """The form a reader types: the most frequent spelling (final letters as written)."""
        return max(self.base_written[base].items(), key=lambda kv: (kv[1], kv[0]))[0]

    def _lemmas(self):
        """Noun lemma -> its forms in the site: [(base as written, noun_form, token, over)]."""
        self.lemma_forms = collections.defaultdict(list)
        self.lemma_written = collections.defaultdict(collections.Counter)
        for t in self.token_pages:
            for p, b, readings, over in self.segs(t):
                for lemma, feats in readings:
                    form = noun_form(feats)
                    if form and len(lemma) >= 2 and lemma != "שונות":
                        self.lemma_forms[fold(lemma)].append((b, form, t, over))
                        self.lemma_written[fold(lemma)][lemma] += 1

    def lemma_pages(self, lemma, strict, regular=False):
        out = set()
        allowed = regular_forms(lemma)
        for b, _, t, over in self.lemma_forms[lemma]:
            if strict and over:
                continue
            if regular and fold(b) not in allowed:
                continue
            out |= self.token_pages[t]
        return out

    def expected_word(self, token):
        """Pages holding token's word in any strict reading: the token itself or its bases."""
        out = set(self.token_pages[token])
        for p, b, _, over in self.segs(token):
            if not over and len(b) >= 2:
                out |= self.expected(fold(b), True)
        return out

    def lemmas_of(self, word):
        """Lemmas of `word` read as itself (no prefix)."""
        return {fold(l) for p, b, r, _ in self.segs(word) if not p for l, _ in r if l != "שונות"}


def regular_forms(lemma):
    """Regular inflections of a (folded) noun lemma: +ים, +ות, construct ים->י; ה -> ות, ה -> ת."""
    forms = {lemma, lemma + "ימ", lemma + "ות", lemma + "י"}
    if lemma.endswith("ה"):
        forms |= {lemma[:-1] + "ות", lemma[:-1] + "ת"}
    return forms


# ---------------------------------------------------------------------------------------------
# Queries per measure
# ---------------------------------------------------------------------------------------------

def sample(items, n, rng):
    items = list(items)
    return items if n is None or len(items) <= n else sorted(rng.sample(items, n))


def bare_queries(truth, bases):
    """Measure 1: query each base as typed; expected all / strict pages."""
    return [{"query": truth.written(b), "base": b, "all": truth.expected(b, False),
             "strict": truth.expected(b, True), "never_bare": not truth.bare.get(b)} for b in bases]


BUILT_PREFIXES = ["ו", "וה", "ול", "וב", "ומה", "שה", "כשה"]


def built_candidates(truth, bases):
    """Prefixed forms that could be built for each base, to be checked by hspell first."""
    out = {}
    for b in bases:
        w = truth.written(b)
        out[b] = [p + w for p in BUILT_PREFIXES if not (p == "ו" and w.startswith("ו"))]
    return out


def prefixed_queries(truth, bases, hspell):
    """Measure 2: for each base a prefixed form that occurs (preferring one that is no word on its
    own) and one built with ו/וה/ול... that neither occurs in the site nor is a word by itself."""
    cands = built_candidates(truth, bases)
    an = hspell.analyse([c for cs in cands.values() for c in cs])
    out = []
    for b in bases:
        exp = {"all": truth.expected(b, False), "strict": truth.expected(b, True)}
        via = truth.via.get(b, [])
        if via:
            t, _, over = min(via, key=lambda v: (v[2], -len(truth.token_pages[v[0]]), v[0]))
            # Only over-stripped forms occur (כלכלי for כלי): no strict expectation for it.
            out.append({"kind": "occurring", "query": t, "base": b, **exp,
                        **({"strict": set()} if over else {})})
        for c in cands[b]:
            if fold(c) not in truth.folded_tokens and not an[c]["legal"]:
                out.append({"kind": "built", "query": c, "base": b, **exp})
                break
    return out


def lemma_queries(truth, lemmas):
    """Measure 3: the singular (the lemma) and the most frequent plural form in the site."""
    out = []
    for lemma in lemmas:
        forms = truth.lemma_forms[lemma]
        sing = max(truth.lemma_written[lemma].items(), key=lambda kv: (kv[1], kv[0]))[0]
        plurals = collections.Counter()
        for b, form, t, over in forms:
            if form["plural"] and not form["construct"] and not form["possessive"] and not over:
                plurals[b] += len(truth.token_pages[t])
        exp = {"all": truth.lemma_pages(lemma, False), "strict": truth.lemma_pages(lemma, True),
               "regular": truth.lemma_pages(lemma, True, regular=True)}
        out.append({"kind": "singular", "query": sing, "lemma": lemma, "regular_query": True, **exp})
        if plurals:
            plural = max(plurals.items(), key=lambda kv: (kv[1], kv[0]))[0]
            out.append({"kind": "plural", "query": plural, "lemma": lemma,
                        "regular_query": fold(plural) in regular_forms(lemma), **exp})
    return out


def inflected_lemmas(truth):
    """Noun lemmas with at least one form in the site other than the lemma itself."""
    return sorted(l for l, forms in truth.lemma_forms.items()
                  if any(fold(b) != l for b, _, _, over in forms if not over))


def make_typo(word, kind, rng):
    w = fold(word)
    if kind == "insertion":
        i = rng.randrange(len(w) + 1)
        w = w[:i] + rng.choice(LETTERS) + w[i:]
    elif kind == "deletion":
        i = rng.randrange(len(w))
        w = w[:i] + w[i + 1:]
    elif kind == "substitution":
        i = rng.randrange(len(w))
        w = w[:i] + rng.choice([c for c in LETTERS if c != w[i]]) + w[i + 1:]
    else:
        pairs = [i for i in range(len(w) - 1) if w[i] != w[i + 1]]
        if not pairs:
            return None
        i = rng.choice(pairs)
        w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return as_typed(w)


def typo_queries(truth, hspell, n_per_kind, seed):
    """Measure 4: words of >= 5 letters, one edit each; typos that are words of the site or legal
    hspell words are dropped. Words are drawn from those found on at most 5 pages (so a perfect
    correction can put the source page in the top 5), from all words if too few."""
    rng = random.Random(seed)
    words = sorted(t for t in truth.token_pages if len(t) >= 5)
    rare = [t for t in words if len(truth.expected_word(t)) <= 5]
    pool = rare if len(rare) >= n_per_kind else words
    out = []
    for kind in TYPO_KINDS:
        picks = rng.sample(pool, min(len(pool) , n_per_kind * 3))
        tries = [(t, [make_typo(t, kind, rng) for _ in range(4)]) for t in picks]
        an = hspell.analyse([c for _, cs in tries for c in cs if c])
        count = 0
        for t, cands in tries:
            ok = [c for c in cands if c and fold(c) not in truth.folded_tokens
                  and not an[c]["legal"] and not an[c]["segs"]]
            if ok and count < n_per_kind:
                source = sorted(truth.token_pages[t])[rng.randrange(len(truth.token_pages[t]))]
                out.append({"kind": kind, "query": ok[0], "word": t, "page": source,
                            "pages_with_word": truth.expected_word(t)})
                count += 1
    return out


def short_queries(truth, n=8):
    """Measure 5: the fixed ambiguous list plus the site's most frequent 2-3 letter words."""
    freq = collections.Counter()
    for t, urls in truth.token_pages.items():
        if 2 <= len(t) <= 3 and truth.legal(t):
            freq[t] += len(urls)
    extra = [t for t, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])) if t not in PRECISION_QUERIES]
    return PRECISION_QUERIES + extra[:n]


def byte_queries(truth):
    """Measure 6: five 1-word queries (frequent words at spread ranks) and 2- and 3-word ones
    from item titles."""
    freq = sorted(((len(truth.expected(b, True)), b) for b in truth.bases if len(b) >= 4
                   and truth.bare.get(b)), reverse=True)
    one = [truth.written(freq[r][1]) for r in (0, 4, 19, 49, 99) if r < len(freq)]
    titles = [[w for w in hebrew_words(p["title"]) if len(w) >= 2] for _, p in sorted(truth.pages.items())]
    two = [" ".join(w[:2]) for w in titles if len(w) >= 2]
    three = [" ".join(w[:3]) for w in titles if len(w) >= 3]
    pick = lambda xs: [xs[i * len(xs) // 5] for i in range(min(5, len(xs)))]
    return {1: one, 2: pick(sorted(set(two))), 3: pick(sorted(set(three)))}




# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------

def recall(rows, found, exp_key):
    """Micro (over (query, page) pairs) and macro (over queries) recall of rows with a
    non-empty expected set."""
    rows = [r for r in rows if r[exp_key]]
    if not rows:
        return None
    hits = [len(r[exp_key] & set(found.get(r["query"], ()))) for r in rows]
    pairs = sum(len(r[exp_key]) for r in rows)
    per = [h / len(r[exp_key]) for h, r in zip(hits, rows)]
    return {"queries": len(rows), "pairs": pairs, "micro": sum(hits) / pairs,
            "macro": sum(per) / len(rows), "perfect": sum(1 for p in per if p == 1)}


def misses(rows, found, exp_key, truth, limit=15):
    """The worst misses: most expected pages not found first."""
    out = []
    for r in rows:
        got = found.get(r["query"], [])
        missed = sorted(r[exp_key] - set(got))
        if missed:
            out.append({"query": r["query"], "kind": r.get("kind", ""), "expected": len(r[exp_key]),
                        "missed": missed, "found": len(set(got) & r[exp_key]), "top": got[:3],
                        "via": witness(truth, r, missed[0], regular=exp_key == "regular")})
    out.sort(key=lambda m: (-len(m["missed"]), m["query"]))
    return out[:limit]


def witness(truth, row, url, regular=False):
    """The words of page `url` that make it expected for the row's base or lemma."""
    words = set(truth.pages[url]["words"])
    if "base" in row:
        ws = [t for t in words if fold(t) == row["base"]] + \
             [t for t, _, over in truth.via.get(row["base"], []) if t in words and not over]
    else:
        allowed = regular_forms(row["lemma"])
        ws = [t for b, _, t, over in truth.lemma_forms.get(row["lemma"], [])
              if t in words and not over and (not regular or fold(b) in allowed)]
    return sorted(set(ws))[:4]


def query_classes(truth, q):
    """Measure 5: the pages that match query q, by why they match.
    true: q bare, or a word that is q behind a prefix and no word on its own;
    inflected: another form of q's lemma (not through an over-stripped reading);
    over-stripped: only through an over-stripped reading of a word (משה read as מ+שה for שה).
    A page in none of them is *unexplained*: no word of it reads as q at all."""
    qf, lemmas = fold(q), truth.lemmas_of(q)
    pages = {"true": set(), "inflected": set(), "over-stripped": set()}
    for t, urls in truth.token_pages.items():
        if fold(t) == qf:
            pages["true"] |= urls
        for p, b, readings, over in truth.segs(t):
            if p and fold(b) == qf:
                pages["over-stripped" if over else "true"] |= urls
            if not over and any(fold(l) in lemmas for l, _ in readings):
                pages["inflected"] |= urls
    return pages


def classify(classes, url):
    for c in ("true", "inflected", "over-stripped"):
        if url in classes[c]:
            return c
    return "unexplained"


def precision(classes_of, ranked):
    """Classes of the top 10, precision of the top 5 and 10, and violations: an over-stripped or
    unexplained result ranked above a good page (found lower, or not found at all)."""
    good = classes_of["true"] | classes_of["inflected"]
    classes = [classify(classes_of, u) for u in ranked[:10]]
    ok = lambda cs: sum(1 for c in cs if c in ("true", "inflected"))
    violations = []
    for r, (u, c) in enumerate(zip(ranked[:5], classes)):
        if c in ("over-stripped", "unexplained"):
            above = set(ranked[:r])
            below = sorted(good - above, key=lambda g: ranked.index(g) if g in ranked else 10 ** 9)
            if below:
                g = below[0]
                violations.append({"rank": r + 1, "url": u, "class": c, "good": g,
                                   "good_rank": ranked.index(g) + 1 if g in ranked else None})
    return {"classes": classes, "p5": (ok(classes[:5]), len(classes[:5])),
            "p10": (ok(classes), len(classes)), "good": len(good), "violations": violations}


# ---------------------------------------------------------------------------------------------
# Building, Pagefind, the browser
# ---------------------------------------------------------------------------------------------

def run_timed(cmd, repeat, before=None):
    times = []
    for _ in range(repeat):
        if before:
            before()
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        if proc.returncode != 0:
            sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    return statistics.median(times), times


def build_site(name, src, work, args):
    out, pf = os.path.join(work, name, "kb-out"), os.path.join(work, name, "pf-site")
    kb_time, kb_times = run_timed([args.kb, "build", src, "-o", out], args.repeat,
                                  before=lambda: shutil.rmtree(out, ignore_errors=True))

    def fresh_copy():
        shutil.rmtree(pf, ignore_errors=True)
        shutil.copytree(out, pf)
    # Pagefind runs once: its time is given for scale (on 10k pages one run takes minutes).
    pf_time, pf_times = run_timed([args.pagefind, "--site", pf], 1, before=fresh_copy)
    sizes = {"kb": dir_size(os.path.join(out, "search")), "pagefind": dir_size(os.path.join(pf, "pagefind"))}
    index_time = None
    if os.environ.get("KB_SEARCH_INDEX_TIME") == "1":
        proc = subprocess.run(["cargo", "test", "--release", "--test", "search_bench", "--",
                               "--ignored", "--nocapture"], cwd=ROOT, capture_output=True, text=True,
                              env={**os.environ, "KB_BENCH_SITE": src})
        index_time = [l for l in (proc.stdout + proc.stderr).split("\n") if "search index" in l]
    return {"kb_out": out, "pf_site": pf, "kb_time": kb_time, "kb_times": kb_times,
            "pf_time": pf_time, "pf_times": pf_times, "sizes": sizes, "index_time": index_time}


def dir_size(path):
    total = files = 0
    for root, _, names in os.walk(path):
        for n in names:
            total += os.path.getsize(os.path.join(root, n))
            files += 1
    return {"bytes": total, "files": files}


def site_source(name, work):
    if name == "example":
        return os.path.join(ROOT, "content-example")
    if name == "seeds":
        out = os.path.join(work, "seeds-site")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "seed_site.py"), out], check=True)
        return out
    if name == "10k":
        if not os.path.exists(os.path.join(CORPUS10K, "config.toml")):
            subprocess.run([sys.executable, os.path.join(SHARED, "bench", "gen_corpus.py"),
                            "--pages", "10000", "--out", CORPUS10K], check=True)
        return CORPUS10K
    sys.exit(f"unknown site {name!r} (example, seeds, 10k)")


def run_browser(job, work):
    job_file, out_file = os.path.join(work, "job.json"), os.path.join(work, "browser.json")
    with open(job_file, "w", encoding="utf-8") as f:
        json.dump(job, f, ensure_ascii=False)
    subprocess.run(["node", os.path.join(ROOT, "tests", "browser", "search_truth.mjs"), job_file, out_file],
                   check=True, cwd=ROOT)
    return json.load(open(out_file, encoding="utf-8"))


def results_of(browser_site, engine, group, items):
    """{query: [item URL]} ranked, only pages the ground truth knows (items; Pagefind also
    indexes listings and tag pages, which kb's search does not return)."""
    urls = browser_site["urls"]
    return {q: [urls[i] for i in ids if urls[i] in items]
            for q, ids in browser_site[engine][group].items()}


# ---------------------------------------------------------------------------------------------
# Per site: queries, then scores
# ---------------------------------------------------------------------------------------------

def plan_site(name, src, hspell, args):
    """Ground truth and the queries for every measure."""
    started = time.perf_counter()
    pages = load_pages(src)
    truth = Truth(pages, hspell)
    rng = random.Random(args.seed)
    n = args.sample if name == "10k" else None
    # On the 10k corpus a common word is on thousands of pages, and fetching every result of
    # every query would take hours in either engine: recall is measured on the words of at
    # most --max-pages pages there (the words a reader looks for), precision on the small sites.
    most = args.max_pages if name == "10k" else None
    few = lambda pages: most is None or len(pages) <= most
    bases = sample([b for b in truth.bases if few(truth.expected(b, False))], n, rng)
    lemmas = [l for l in inflected_lemmas(truth) if few(truth.lemma_pages(l, False))]
    plan = {
        "bare": bare_queries(truth, bases),
        "prefixed": prefixed_queries(truth, bases, hspell),
        "lemma": lemma_queries(truth, sample(lemmas, n, rng)),
        "typo": typo_queries(truth, hspell, args.typos, args.seed),
        "short": short_queries(truth) if most is None else [],
        "bytes": byte_queries(truth),
    }
    plan["classes"] = {q: query_classes(truth, q) for q in plan["short"]}
    plan["truth_seconds"] = time.perf_counter() - started
    return truth, plan


def job_for(name, built, plan):
    all_q = {r["query"] for k in ("bare", "prefixed", "lemma") for r in plan[k]} | set(plan["short"])
    top_q = {r["query"] for r in plan["typo"]}  # short queries: ranked from their full lists
    return {"name": name, "kb": built["kb_out"], "pagefind": built["pf_site"],
            "all": sorted(all_q), "top": sorted(top_q),
            "bytes": [q for k in (1, 2, 3) for q in plan["bytes"][k]]}


def score_engine(truth, plan, found, top, bytes_):
    s = {"bare": {}, "prefixed": {}, "lemma": {}, "typo": {}, "short": {}, "bytes": {}, "misses": {}}
    bare = plan["bare"]
    never = [r for r in bare if r["never_bare"]]
    s["bare"] = {"all": recall(bare, found, "all"), "never_bare": recall(never, found, "all"),
                 "strict": recall(bare, found, "strict"),
                 "strict_never_bare": recall(never, found, "strict")}
    for kind in ("occurring", "built"):
        rows = [r for r in plan["prefixed"] if r["kind"] == kind]
        s["prefixed"][kind] = {"all": recall(rows, found, "all"), "strict": recall(rows, found, "strict")}
    for kind in ("singular", "plural"):
        rows = [r for r in plan["lemma"] if r["kind"] == kind]
        reg = [r for r in rows if r["regular_query"]]
        s["lemma"][kind] = {"all": recall(rows, found, "all"), "strict": recall(rows, found, "strict"),
                            "regular": recall(reg, found, "regular")}
    for kind in TYPO_KINDS + ["all"]:
        rows = [r for r in plan["typo"] if kind in ("all", r["kind"])]
        ok = [r for r in rows if r["page"] in top.get(r["query"], [])[:5]]
        near = [r for r in rows if top.get(r["query"]) and set(top[r["query"]][:5]) <= r["pages_with_word"]]
        s["typo"][kind] = {"queries": len(rows), "top5": len(ok), "top5_all_relevant": len(near)}
    for q in plan["short"]:
        s["short"][q] = precision(plan["classes"][q], found.get(q, []))
    for k in (1, 2, 3):
        s["bytes"][k] = {q: bytes_[q] for q in plan["bytes"][k]}
    s["misses"] = {
        "bare": misses([r for r in bare if not r["never_bare"]], found, "strict", truth),
        "never_bare": misses(never, found, "strict", truth),
        "prefixed": misses([r for r in plan["prefixed"]], found, "strict", truth),
        "lemma": misses([r for r in plan["lemma"] if r["regular_query"]], found, "regular", truth),
        "typo": [{"query": r["query"], "word": r["word"], "kind": r["kind"], "page": r["page"],
                  "top": top.get(r["query"], [])[:3]}
                 for r in plan["typo"] if r["page"] not in top.get(r["query"], [])[:5]],
    }
    return s


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

def pct(x):
    return "—" if x is None else f"{x:.1%}"


def rec(r, key="micro"):
    return "—" if r is None else f"{r[key]:.1%} ({r['queries']} q, {r['pairs']} pairs)" if key == "micro" \
        else f"{r[key]:.1%}"


def mark(value, target, higher=True):
    if value is None:
        return ""
    return " ✓" if (value >= target if higher else value <= target) else " ✗"


def recall_row(label, kb, pf, target="≥95%"):
    val = kb["micro"] if kb else None
    return (f"| {label} | {rec(kb)}{mark(val, TARGETS['recall'])} | {rec(kb, 'macro')} | "
            f"{rec(pf)} | {rec(pf, 'macro')} | {target} |")


def report_site(name, truth, plan, built, scores, browser_site):
    kb, pf = scores["kb"], scores["pagefind"]
    n_tokens = len(truth.token_pages)
    legal = sum(1 for t in truth.token_pages if truth.legal(t))
    lines = [f"\n## {name}: {len(truth.pages)} pages, {n_tokens} distinct Hebrew words "
             f"({legal} legal words, {n_tokens - legal - len(truth.unknown)} prefixed forms only, "
             f"{len(truth.unknown)} unknown to hspell), {len(truth.bases)} base words\n"]
    lines += ["| measure | kb micro | kb macro | Pagefind micro | Pagefind macro | target |",
              "| --- | --- | --- | --- | --- | --- |"]
    b, pb = kb["bare"], pf["bare"]
    lines += [recall_row("1. bare word, all hspell readings", b["all"], pb["all"]),
              recall_row("1. bare word, never bare in the site", b["never_bare"], pb["never_bare"]),
              recall_row("1. bare word, strict (no over-stripped readings)", b["strict"], pb["strict"]),
              recall_row("1. bare word, strict, never bare", b["strict_never_bare"], pb["strict_never_bare"])]
    for kind, label in (("occurring", "a prefixed form in the site"), ("built", "a built prefixed form")):
        for key in ("all", "strict"):
            lines.append(recall_row(f"2. {label}, {key}", kb["prefixed"][kind][key], pf["prefixed"][kind][key]))
    for kind in ("singular", "plural"):
        for key, label in (("all", "every reading"), ("strict", "strict"), ("regular", "regular inflections")):
            target = "≥95%" if key == "regular" else "(≥95% on regular)"
            lines.append(recall_row(f"3. {kind} query, {label}", kb["lemma"][kind][key],
                                    pf["lemma"][kind][key], target))
    lines += ["", "| 4. typo | queries | kb: source page in top 5 | kb: top 5 all hold the word | "
              "Pagefind: in top 5 | Pagefind: all hold it | target |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for kind in TYPO_KINDS + ["all"]:
        k, p = kb["typo"][kind], pf["typo"][kind]
        n = k["queries"] or 1
        lines.append(f"| {kind} | {k['queries']} | {k['top5'] / n:.1%}{mark(k['top5'] / n, TARGETS['typo'])} | "
                     f"{k['top5_all_relevant'] / n:.1%} | {p['top5'] / n:.1%} | {p['top5_all_relevant'] / n:.1%} | ≥90% |")
    lines += precision_table(truth, plan, kb, pf)
    lines += bytes_table(plan, kb, pf)
    lines += ["", "| 7. time | kb | Pagefind |", "| --- | --- | --- |",
              f"| build (s) | {built['kb_time']:.2f}: kb build, whole site, median of {len(built['kb_times'])} "
              f"({', '.join(f'{t:.2f}' for t in built['kb_times'])}) | {built['pf_time']:.2f}: pagefind --site, one run |",
              f"| index on disk | {built['sizes']['kb']['bytes'] / 1024:.0f} KiB in {built['sizes']['kb']['files']} files | "
              f"{built['sizes']['pagefind']['bytes'] / 1024:.0f} KiB in {built['sizes']['pagefind']['files']} files |"]
    if built["index_time"] is not None:
        lines.append(f"\nkb search index alone: {' / '.join(built['index_time']) or '(no output)'}")
    lines += worst_misses(kb, truth)
    return lines


def precision_table(truth, plan, kb, pf):
    lines = ["", "| 5. query | good pages in site | kb top 5 good | kb top 10 good | kb violations | "
             "Pagefind top 5 good | Pagefind violations |", "| --- | --- | --- | --- | --- | --- | --- |"]
    total = {"kb": 0, "pagefind": 0}
    for q in plan["short"]:
        k, p = kb["short"][q], pf["short"][q]
        total["kb"] += bool(k["violations"])
        total["pagefind"] += bool(p["violations"])
        lines.append(f"| {q} | {k['good']} | {k['p5'][0]}/{k['p5'][1]} | {k['p10'][0]}/{k['p10'][1]} | "
                     f"{len(k['violations'])} | {p['p5'][0]}/{p['p5'][1]} | {len(p['violations'])} |")
    lines.append(f"\nQueries with a violation (target: none): kb {total['kb']} of {len(plan['short'])}, "
                 f"Pagefind {total['pagefind']}.")
    for q in plan["short"]:
        for v in kb["short"][q]["violations"]:
            where = f"rank {v['good_rank']}" if v["good_rank"] else "not returned"
            why = ", ".join(over_words(truth, q, v["url"]))
            lines.append(f"- kb `{q}`: #{v['rank']} {v['url']} ({v['class']}: {why}) above {v['good']} ({where})")
    return lines


def over_words(truth, q, url):
    """Why an over-stripped or unexplained page matched: its words read as prefix + q, or else
    its words that merely start with q (a completion, or a suffix stripped too far)."""
    words = set(truth.pages.get(url, {"words": []})["words"])
    over = sorted({t for t in words for p, b, _, o in truth.segs(t) if p and o and fold(b) == fold(q)})
    if over:
        return over[:3]
    starts = sorted({t for t in words if fold(t).startswith(fold(q))}, key=len)
    return [f"starts with it: {t}" for t in starts[:3]] or ["no word of the page reads as the query"]


def bytes_table(plan, kb, pf):
    lines = ["", "| 6. bytes, cold cache, 20 results | kb median KB | kb max KB | kb requests (max) | "
             "Pagefind median KB | Pagefind max KB | Pagefind requests (max) | target |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for k in (1, 2, 3):
        kv, pv = list(kb["bytes"][k].values()), list(pf["bytes"][k].values())
        if not kv:
            continue
        kmax = max(v["bytes"] for v in kv)
        lines.append(f"| {k}-word ({len(kv)} queries) | {statistics.median(v['bytes'] for v in kv) / 1024:.1f} | "
                     f"{kmax / 1024:.1f}{mark(kmax, TARGETS['bytes'], higher=False)} | "
                     f"{max(v['requests'] for v in kv)} | "
                     f"{statistics.median(v['bytes'] for v in pv) / 1024:.1f} | {max(v['bytes'] for v in pv) / 1024:.1f} | "
                     f"{max(v['requests'] for v in pv)} | ≤150 KB |")
    queries = "; ".join(f"{q}: {v['bytes'] / 1024:.0f} KB/{v['requests']}" for k in (1, 2, 3)
                        for q, v in kb["bytes"][k].items())
    lines.append(f"\nkb per query: {queries}")
    return lines


def worst_misses(kb, truth):
    lines = ["", "### Worst misses of kb"]
    titles = {
        "bare": "1. bare query, words that also occur bare (strict pages)",
        "never_bare": "1. bare query, words never bare in the site (strict pages)",
        "prefixed": "2. prefixed queries (strict pages)", "lemma": "3. singular/plural, regular inflections",
    }
    for key, title in titles.items():
        ms = kb["misses"][key]
        lines.append(f"\n{title}: the worst {min(len(ms), 10)}" if ms else f"\n{title}: no misses")
        for m in ms[:10]:
            kind = f" ({m['kind']})" if m["kind"] else ""
            lines.append(f"- `{m['query']}`{kind}: found {m['found']} of {m['expected']}; missed "
                         f"{', '.join(m['missed'][:3])}{' …' if len(m['missed']) > 3 else ''} "
                         f"(page has {', '.join(m['via'])}); kb's top: {', '.join(m['top']) or 'nothing'}")
    ms = kb["misses"]["typo"]
    lines.append(f"\n4. typos whose source page is not in the top 5: {len(ms)}; the first 3 of each kind")
    for m in [m for kind in TYPO_KINDS for m in [x for x in ms if x["kind"] == kind][:3]]:
        lines.append(f"- `{m['query']}` ({m['kind']} in {m['word']}): wanted {m['page']}; "
                     f"kb's top: {', '.join(m['top']) or 'nothing'}")
    return lines


def summary_table(rows):
    lines = ["| site | bare (strict) | never bare (all) | prefixed built (strict) | plural regular | typo top 5 | "
             "precision violations | max bytes 1/2/3 words (KB) | kb build (s) |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, scores, built, plan in rows:
        cells = []
        for eng in ("kb", "pagefind"):
            s = scores[eng]
            t = s["typo"]["all"]
            cells.append([
                pct(s["bare"]["strict"] and s["bare"]["strict"]["micro"]),
                pct(s["bare"]["never_bare"] and s["bare"]["never_bare"]["micro"]),
                pct(s["prefixed"]["built"]["strict"] and s["prefixed"]["built"]["strict"]["micro"]),
                pct(s["lemma"]["plural"]["regular"] and s["lemma"]["plural"]["regular"]["micro"]),
                pct(t["top5"] / t["queries"] if t["queries"] else None),
                str(sum(1 for v in s["short"].values() if v["violations"])),
                "/".join(f"{max(v['bytes'] for v in s['bytes'][k].values()) / 1024:.0f}"
                         if s["bytes"][k] else "—" for k in (1, 2, 3)),
            ])
        merged = [f"{a} / {b}" for a, b in zip(*cells)]
        lines.append(f"| {name} | " + " | ".join(merged) + f" | {built['kb_time']:.2f} |")
    lines.append("\nEach cell: kb / Pagefind. Targets: recall ≥95%, typo ≥90%, no violations, ≤150 KB.")
    return lines


DEFINITIONS = """
## How the ground truth is made

- A page's text: title, summary, tag names (kb indexes them) and the Markdown body; drafts are
  skipped. Its Hebrew words: runs of א-ת, geresh/gershayim inside a word removed, maqaf splits;
  final letters folded when comparing. Only item pages count, for both engines (Pagefind also
  indexes listings and tag pages; they are dropped from its results).
- hspell -l reads each distinct word as itself ("מילה חוקית") and/or as prefix + base ("צירוף
  חוקי"), each with lemma readings. Words hspell does not know (names, אימפקט) count as bare, and
  as prefix + base when the rest is another unknown word of the site (באימפקט).
- Over-stripped reading: prefix + base where hspell also reads the word on its own or with a
  shorter prefix (משה -> מ+שה, ועדות -> ו+עדות, בכמה -> בכ+מה). "all" rows count every reading,
  "strict" rows drop these; misses are listed against strict pages.
- 1: every base of >= 2 letters, queried as typed (its most frequent spelling). 2: the most
  frequent prefixed form in the site (one that is no word on its own first), and a form built
  with ו/וה/ול/וב/ומה/שה/כשה that is neither in the site nor a word for hspell; expected: the
  base's pages. 3: noun lemmas with a form other than the lemma in the site; query the lemma and
  its most frequent plural; "regular" counts only the forms lemma, +ים, +ות, +י, and for a lemma
  in ה: ה->ות, ה->ת. 4: words of >= 5 letters found on <= 5 pages, one seeded random edit;
  typos that are site words or that hspell accepts are dropped. 5: true = the query bare or
  behind a prefix (not over-stripped); inflected = another form of its lemma; a violation is an
  over-stripped or unexplained result in the top 5 above a true/inflected page (lower or
  missing). 6: a new browser context per query, the engine's own files only.
""".split("\n")


def per_query_hits(plan, found_by_engine):
    """For the raw JSON: each recall row's hits per engine and expected set."""
    for key in ("bare", "prefixed", "lemma"):
        for r in plan[key]:
            r["hits"] = {e: {k: len(r[k] & set(found.get(r["query"], ()))) for k in ("all", "strict", "regular") if k in r}
                         for e, found in found_by_engine.items()}


def jsonable(x):
    """Sets become sorted lists; sets of more than 200 pages (the 10k corpus) only their size."""
    if isinstance(x, set):
        return sorted(x) if len(x) <= 200 else {"pages": len(x)}
    if isinstance(x, dict):
        return {str(k): jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [jsonable(v) for v in x]
    return x


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sites", default="example,seeds", help="comma-separated: example, seeds, 10k")
    ap.add_argument("--sample", type=int, default=200, help="10k site: base words and lemmas sampled")
    ap.add_argument("--typos", type=int, default=100, help="typo queries per kind of edit")
    ap.add_argument("--max-pages", type=int, default=250,
                    help="10k site: recall only for words on at most this many pages")
    ap.add_argument("--repeat", type=int, default=3, help="builds timed per site (median)")
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--kb", default=KB)
    ap.add_argument("--reuse", action="store_true",
                    help="score the last run again (its builds and browser results) without running them")
    ap.add_argument("--pagefind", default=os.path.join(WORK, "pf", "node_modules", ".bin", "pagefind"))
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    hspell = Hspell(os.path.join(WORK, "hspell-cache.json"))
    sites, job = [], {"sites": []}
    for name in args.sites.split(","):
        src = site_source(name, WORK)
        built_file = os.path.join(WORK, name, "build.json")
        if args.reuse:
            built = json.load(open(built_file))
        else:
            print(f"{name}: building ({src})", file=sys.stderr)
            built = build_site(name, src, WORK, args)
            with open(built_file, "w") as f:
                json.dump(built, f)
        truth, plan = plan_site(name, src, hspell, args)
        job["sites"].append(job_for(name, built, plan))
        q = job["sites"][-1]
        print(f"{name}: {len(truth.pages)} pages, {len(q['all'])} recall queries, {len(q['top'])} "
              f"top-10 queries, truth in {plan['truth_seconds']:.1f} s", file=sys.stderr)
        sites.append((name, truth, plan, built))
    if hspell.mismatches:
        print(f"warning: {hspell.mismatches} hspell output blocks not matched to their word", file=sys.stderr)
    started = time.perf_counter()
    if args.reuse:
        browser = json.load(open(os.path.join(WORK, "browser.json"), encoding="utf-8"))
    else:
        browser = run_browser(job, WORK)
    browser_seconds = time.perf_counter() - started
    out = [f"# Search ground truth: kb {args.kb} against hspell, Pagefind beside it",
           f"\nSites: {args.sites}. Work folder: {WORK}. Browser queries took {browser_seconds:.0f} s."]
    raw, rows = {}, []
    for name, truth, plan, built in sites:
        bs = browser[name]
        missing = set(job["sites"][[j["name"] for j in job["sites"]].index(name)]["all"]) - set(bs["kb"]["all"])
        if missing:  # only with --reuse after the queries changed
            print(f"warning: {name}: {len(missing)} queries have no browser results (counted as none)", file=sys.stderr)
        scores, found_by_engine = {}, {}
        for engine in ("kb", "pagefind"):
            found = found_by_engine[engine] = results_of(bs, engine, "all", truth.urls)
            top = results_of(bs, engine, "top", truth.urls)
            scores[engine] = score_engine(truth, plan, found, top, bs[engine]["bytes"])
            scores[engine]["errors"] = bs[engine]["errors"]
        rows.append((name, scores, built, plan))
        out += report_site(name, truth, plan, built, scores, bs)
        errs = {e: len(bs[e]["errors"]) for e in ("kb", "pagefind")}
        if any(errs.values()):
            first = next(iter(bs["kb"]["errors"].items()), None)
            out.append(f"\nQueries that threw (counted as no results): kb {errs['kb']}, Pagefind "
                       f"{errs['pagefind']}{'; first: ' + repr(first) if first else ''}")
        per_query_hits(plan, found_by_engine)
        raw[name] = {"plan": plan, "scores": scores, "build": built}
    out = out[:2] + ["\n## Summary\n"] + summary_table(rows) + out[2:]
    out += ["", "Search-only index time (10k corpus): `KB_BENCH_SITE=DIR cargo test --release --test "
            "search_bench -- --ignored --nocapture` (run here when KB_SEARCH_INDEX_TIME=1)."]
    out += DEFINITIONS
    with open(os.path.join(WORK, "search_truth.json"), "w", encoding="utf-8") as f:
        json.dump(jsonable(raw), f, ensure_ascii=False)
    print("\n".join(out))
    print(f"\nRaw results: {os.path.join(WORK, 'search_truth.json')}")


if __name__ == "__main__":
    main()
