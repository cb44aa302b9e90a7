#!/usr/bin/env python3
"""Search benchmark on real Hebrew with gold morphology: a Universal Dependencies treebank.

Nobody on the team wrote its lemmas. The treebank (CoNLL-U, read from outside the repository:
a folder, or the bare git directory `fetch` gives) is cut into items of consecutive sentences of
one document; each item becomes a page of a kb site, which kb builds (one site per kb binary
given) and Pagefind indexes. Queries come from the gold annotation:

  noun        every NOUN lemma (its dictionary form); also reported: those never written bare
  adjective   every ADJ lemma
  name        every PROPN lemma
  prefixed    every written token that is prefix words (ADP, DET, CCONJ, SCONJ) + a NOUN, ADJ
              or PROPN, queried as written (בעולם, והממשלה); a prefixed verb (שעושים) is a verb
              form, which the verb set measures from its dictionary form
  verb        every VERB lemma (the dictionary form: ביצע, החליט)

Relevant items of a query: those where a word has the query's lemma with the set's part of
speech. An item "holds" the query when any word of it has the lemma (any part of speech): that
is what a result must do to count as precise. Per set and engine:

  recall      relevant items returned / relevant items (summed over queries)
  precision   returned items that hold the query / returned items
  top         in the first min(5, relevant) results, items that hold the query / min(5, relevant)
  none        queries with relevant items that return nothing

Usage: python3 bench/search_ud.py --ud DIR_OR_GIT_DIR [--kb BIN] [--kb-before BIN] [--js FILE]
  --js: the minified search script to measure in place of the one kb ships (a change to
  themes/default/js/search.js measured without rebuilding kb: `npm run build:js` first).
Work files in $BENCH_DIR (default /tmp/kb-search-ud); Pagefind from bench/search_ud.sh.
"""
import argparse
import collections
import datetime
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.environ.get("BENCH_DIR", "/tmp/kb-search-ud")
FILES = ["he_iahltknesset-ud-dev.conllu", "he_iahltknesset-ud-test.conllu"]
HEBREW = re.compile(r"^[\u05D0-\u05EA]{2,}$")
PREFIX_POS = {"ADP", "DET", "CCONJ", "SCONJ"}
SETS = {"noun": {"NOUN"}, "adjective": {"ADJ"}, "name": {"PROPN"}, "verb": {"VERB"}}
TARGETS = {"noun": (0.97, 0.95), "noun never bare": (0.97, 0.95), "adjective": (0.97, 0.92),
           "name": (0.97, 0.98), "prefixed": (0.97, 0.95), "verb": (0.90, None)}
FINALS = str.maketrans("ךםןףץ", "כמנפצ")


def fold(word):
    return word.translate(FINALS)


def read_treebank(ud):
    """The text of the dev and test files, from a folder or a bare git directory."""
    for name in FILES:
        path = os.path.join(ud, name)
        if os.path.exists(path):
            yield open(path, encoding="utf-8").read()
        else:
            yield subprocess.run(["git", "--git-dir", ud, "show", f"HEAD:{name}"], check=True,
                                 capture_output=True, text=True).stdout


def sentences(text):
    """Each sentence as {doc, tokens: [{form, words: [(form, lemma, upos)]}]}."""
    for block in text.split("\n\n"):
        lines = block.strip().split("\n")
        sid = next((l.split("= ", 1)[1] for l in lines if l.startswith("# sent_id")), None)
        if not sid:
            continue
        tokens, span = [], None
        for line in lines:
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                first, last = map(int, cols[0].split("-"))
                span = last
                tokens.append({"form": cols[1], "words": []})
                continue
            word = (cols[1], cols[2], cols[3])
            if span is not None and int(cols[0]) <= span:
                tokens[-1]["words"].append(word)
            else:
                span = None
                tokens.append({"form": cols[1], "words": [word]})
        yield {"doc": sid.rsplit("-", 1)[0], "tokens": tokens}


def items_of(sents, per_item):
    """Consecutive sentences of one document, `per_item` at a time."""
    items, current = [], []
    for s in sents:
        if current and (len(current) == per_item or current[-1]["doc"] != s["doc"]):
            items.append(current)
            current = []
        current.append(s)
    return items + [current] if current else items


def surface(sentence):
    """The sentence as written: tokens joined, no space before punctuation."""
    out = ""
    for t in sentence["tokens"]:
        glue = t["words"] and t["words"][0][2] == "PUNCT" and t["form"] in ".,:;?!)"
        out += ("" if glue or not out else " ") + t["form"]
    return out


def write_site(out, items):
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "content", "items"))
    with open(os.path.join(out, "config.toml"), "w", encoding="utf-8") as f:
        f.write('title = "פרוטוקולים"\nbase_url = "https://ud.example.org"\nlanguage = "he"\n\n'
                '[types.items]\nname = "פריט"\nplural = "פריטים"\n')
    with open(os.path.join(out, "content", "items", "_index.md"), "w", encoding="utf-8") as f:
        f.write('+++\ntitle = "פריטים"\n+++\n')
    start = datetime.date(2020, 1, 1)
    for i, sents in enumerate(items):
        words = [t["form"] for t in sents[0]["tokens"] if HEBREW.match(t["form"])][:6]
        body = "\n\n".join(surface(s) for s in sents)
        date = (start + datetime.timedelta(days=i)).isoformat()
        with open(os.path.join(out, "content", "items", f"i{i:03d}.md"), "w", encoding="utf-8") as f:
            f.write(f"+++\ntitle = {json.dumps(' '.join(words), ensure_ascii=False)}\n"
                    f"date = {date}\n+++\n\n{body}\n")


def url(i):
    return f"/items/i{i:03d}/"


def plan(items):
    """Per set: {query: (relevant URLs, URLs that hold it)}."""
    by_lemma = collections.defaultdict(set)        # lemma -> URLs (any part of speech)
    by_pos = collections.defaultdict(set)          # (lemma, upos) -> URLs
    bare = set()                                   # folded written tokens
    prefixed = collections.defaultdict(set)        # written form -> lemmas of its last word
    for i, sents in enumerate(items):
        for s in sents:
            for t in s["tokens"]:
                bare.add(fold(t["form"]))
                for form, lemma, upos in t["words"]:
                    by_lemma[fold(lemma)].add(url(i))
                    by_pos[(fold(lemma), upos)].add(url(i))
                *head, (_, lemma, upos) = t["words"] or [("", "", "")]
                if head and all(w[2] in PREFIX_POS for w in head) and upos in {"NOUN", "ADJ", "PROPN"}:
                    if HEBREW.match(t["form"]) and HEBREW.match(lemma):
                        prefixed[t["form"]].add((fold(lemma), upos))
    sets = {}
    lemmas = {lemma: lemma for lemma in by_lemma}  # folded -> as typed: last letter final
    typed = lambda l: l[:-1] + {"כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"}.get(l[-1], l[-1])
    for name, pos in SETS.items():
        rows = {}
        for (lemma, upos), urls in by_pos.items():
            if upos in pos and HEBREW.match(lemma):
                rows[typed(lemmas[lemma])] = (urls, by_lemma[lemma])
        sets[name] = rows
    sets["noun never bare"] = {q: r for q, r in sets["noun"].items() if fold(q) not in bare}
    sets["prefixed"] = {q: (set().union(*(by_pos[k] for k in ks)), set().union(*(by_lemma[k[0]] for k in ks)))
                        for q, ks in prefixed.items()}
    return sets


def build(kb, src, out, pagefind, js=None):
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([kb, "build", src, "-o", out], check=True, capture_output=True)
    if js:
        shutil.copy(js, os.path.join(out, "kb", "search.js"))
    pf = out + "-pf"
    shutil.rmtree(pf, ignore_errors=True)
    shutil.copytree(out, pf)
    subprocess.run([pagefind, "--site", pf], check=True, capture_output=True)
    return pf


def score(rows, found):
    rel = got = ret = held = top = topn = none = 0
    misses = []
    for q, (relevant, holds) in rows.items():
        urls = [u for u in found.get(q, []) if u.startswith("/items/")]
        k = min(5, len(relevant))
        rel += len(relevant)
        got += len(relevant & set(urls))
        ret += len(urls)
        held += sum(u in holds for u in urls)
        top += sum(u in holds for u in urls[:k])
        topn += k
        none += not urls
        if relevant - set(urls) or any(u not in holds for u in urls[:k]):
            misses.append((q, sorted(relevant - set(urls)), [u for u in urls[:k] if u not in holds]))
    return {"queries": len(rows), "recall": got / max(rel, 1), "precision": held / max(ret, 1),
            "top": top / max(topn, 1), "none": none, "misses": misses}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ud", required=True, help="the treebank: a folder or a bare git directory")
    ap.add_argument("--kb", default=os.environ.get("KB", os.path.join(ROOT, "target", "release", "kb")))
    ap.add_argument("--kb-before", help="a second kb binary, measured in the same run")
    ap.add_argument("--js", help="a search script to put in place of the one the kb binary ships")
    ap.add_argument("--per-item", type=int, default=7, help="sentences per item")
    ap.add_argument("--pagefind", default=os.path.join(WORK, "pf", "node_modules", ".bin", "pagefind"))
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    sents = [s for text in read_treebank(args.ud) for s in sentences(text)]
    items = items_of(sents, args.per_item)
    src = os.path.join(WORK, "site")
    write_site(src, items)
    sets = plan(items)
    queries = sorted({q for rows in sets.values() for q in rows})
    kbs = {"kb": args.kb} | ({"kb-before": args.kb_before} if args.kb_before else {})
    job = {"sites": []}
    for name, kb in kbs.items():
        out = os.path.join(WORK, name)
        pf = build(kb, src, out, args.pagefind, args.js if name == "kb" else None)
        job["sites"].append({"name": name, "kb": out, "pagefind": pf, "all": queries, "top": [], "bytes": []})
    job_file, out_file = os.path.join(WORK, "job.json"), os.path.join(WORK, "browser.json")
    json.dump(job, open(job_file, "w", encoding="utf-8"), ensure_ascii=False)
    subprocess.run(["node", os.path.join(ROOT, "tests", "browser", "search_truth.mjs"), job_file, out_file],
                   check=True, cwd=ROOT)
    browser = json.load(open(out_file, encoding="utf-8"))
    engines = [(name, browser[name], "kb") for name in kbs] + [("Pagefind", browser["kb"], "pagefind")]
    scores = {}
    for label, site, engine in engines:
        found = {q: [site["urls"][i] for i in ids] for q, ids in site[engine]["all"].items()}
        scores[label] = {s: score(rows, found) for s, rows in sets.items()}
    words = sum(len(t["words"]) for s in sents for t in s["tokens"])
    print(f"# Search on a UD Hebrew treebank: {len(items)} items, {len(sents)} sentences, {words} words\n")
    print(f"kb: {args.kb}" + (f"; kb-before: {args.kb_before}" if args.kb_before else "") + "\n")
    labels = [label for label, _, _ in engines]
    print("| set | queries | " + " | ".join(f"{l} recall | {l} precision | {l} top | {l} none" for l in labels) + " | targets |")
    print("|---|---:|" + "---:|" * (4 * len(labels)) + "---|")
    for s in sets:
        cells = [f"{scores[l][s]['recall']:.1%} | {scores[l][s]['precision']:.1%} | {scores[l][s]['top']:.1%} | "
                 f"{scores[l][s]['none']}" for l in labels]
        rec, top = TARGETS[s]
        target = f"recall ≥{rec:.0%}" + (f", top ≥{top:.0%}" if top else "")
        print(f"| {s} | {scores['kb'][s]['queries']} | " + " | ".join(cells) + f" | {target} |")
    json.dump(scores, open(os.path.join(WORK, "scores.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    print(f"\nPer-query misses: {os.path.join(WORK, 'scores.json')}")


if __name__ == "__main__":
    main()
