#!/usr/bin/env python3
"""Ground-truth benchmark of Arabic search: kb beside Pagefind, on real Arabic text with gold
lemmas (a Universal Dependencies treebank, read from outside kb's repository: it only measures).

The treebank's documents become the pages of a site (`language = "ar"`, one page per document,
its sentences as the body), built with kb and indexed by Pagefind (whose Snowball stemmer reads
the pages' lang="ar"). Queries are what a reader types, without harakat:

  nouns        each noun lemma (two letters or more): every page where a noun has that lemma
               is expected, in whatever form (plural, dual, feminine, behind clitics)
  adjectives   each adjective lemma, likewise with the page's adjectives
  clitic forms each word written with clitics (و ف ب ك ل, pronouns: والمدرسة, بلغتهم)
               around a noun or adjective: every page where the host's lemma is a noun or an
               adjective is expected
  precision    noun and adjective lemmas: of the top min(5, relevant) results, the share of pages
               that have the lemma (in any part of speech)
  bytes        a cold-cache query (no HTTP compression, 20 results), median and worst

Usage: python3 bench/search_truth_ar.py --conllu FILE [--before OLD_KB] [--sample N]
Work files in $BENCH_DIR/ar (default /tmp/kb-search-truth/ar); kb is $KB. Run through
bench/search_truth_ar.sh, which fetches the treebank and installs Pagefind and Chromium.
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

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(os.environ.get("BENCH_DIR", "/tmp/kb-search-truth"), "ar")
KB = os.environ.get("KB", os.path.join(ROOT, "target", "release", "kb"))
TARGETS = {"nouns": 0.95, "adjectives": 0.96, "clitics": 0.97, "precision": 0.90, "bytes": 150 * 1024}
MARKS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
ARABIC = re.compile("[\u0621-\u064A\u0671-\u06D3]+")
HOSTS = {"NOUN", "ADJ"}


def typed(text):
    """A word as a reader types it: no harakat or tatweel, alef wasla as a plain alef."""
    return MARKS.sub("", text).replace("\u0671", "\u0627")


def read_treebank(path):
    """Documents of the CoNLL-U file: [(doc id, [sentence text], [[token]])], token = dict."""
    docs, sentences, tokens, doc = [], [], [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                if doc is not None:
                    docs.append((doc, sentences, tokens))
                doc, sentences, tokens = line.split(" = ", 1)[1], [], []
            elif line.startswith("# text = "):
                sentences.append(line.split(" = ", 1)[1])
                tokens.append([])
            elif line and not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                tokens[-1].append({"form": cols[1], "lemma": typed(cols[2]), "upos": cols[3],
                                   "glued": "SpaceAfter=No" in cols[9]})
    if doc is not None:
        docs.append((doc, sentences, tokens))
    return docs


def written_words(sentence):
    """The sentence's written words as lists of tokens: tokens glued without a space (a clitic,
    a pronoun) make one word, punctuation aside."""
    words, current = [], []
    for token in sentence:
        if ARABIC.fullmatch(token["form"]):
            current.append(token)
        elif current:
            words.append(current)
            current = []
        if not token["glued"] and current:
            words.append(current)
            current = []
    if current:
        words.append(current)
    return words


def make_site(docs):
    site = os.path.join(WORK, "site")
    shutil.rmtree(site, ignore_errors=True)
    os.makedirs(os.path.join(site, "content", "articles"))
    with open(os.path.join(site, "config.toml"), "w", encoding="utf-8") as f:
        f.write('title = "UD Arabic"\nbase_url = "http://localhost/"\nlanguage = "ar"\n'
                '[types.articles]\nname = "مقال"\nplural = "مقالات"\n')
    urls = []
    for n, (doc, sentences, _) in enumerate(docs):
        slug = f"d{n:04d}"
        urls.append(f"/articles/{slug}/")
        body = "\n\n".join(s.replace("+++", "") for s in sentences)
        with open(os.path.join(site, "content", "articles", f"{slug}.md"), "w", encoding="utf-8") as f:
            f.write(f'+++\ntitle = "وثيقة {n + 1}"\ndate = 2024-01-01\n+++\n\n{body}\n')
    return site, urls


def truth(docs, urls):
    """(lemma, part of speech) -> pages having it, "*" for any; the lemmas of nouns and of
    adjectives; clitic forms -> host lemma."""
    pages = collections.defaultdict(set)
    pos = collections.defaultdict(collections.Counter)
    clitic = {}
    for (_, _, sentences), url in zip(docs, urls):
        for sentence in sentences:
            for token in sentence:
                if ARABIC.fullmatch(token["lemma"] or "") and len(token["lemma"]) > 1:
                    for part in (token["upos"], "*"):
                        pages[(token["lemma"], part)].add(url)
                    pos[token["lemma"]][token["upos"]] += 1
            for word in written_words(sentence):
                hosts = [t for t in word if t["upos"] in HOSTS and pos.get(t["lemma"])]
                if len(word) > 1 and hosts:
                    clitic[typed("".join(t["form"] for t in word))] = hosts[0]["lemma"]
    of = lambda upos: sorted(l for l, c in pos.items() if c.most_common(1)[0][0] == upos)
    return pages, {"nouns": of("NOUN"), "adjectives": of("ADJ")}, clitic


def build(kb, site, name):
    out, pf = os.path.join(WORK, name, "kb-out"), os.path.join(WORK, name, "pf-site")
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([kb, "build", site, "-o", out], check=True, capture_output=True)
    shutil.rmtree(pf, ignore_errors=True)
    shutil.copytree(out, pf)
    subprocess.run([PAGEFIND, "--site", pf], check=True, capture_output=True)
    return out, pf


def score(found, pages, sets, clitic):
    def recall(queries, expected):
        hits = total = 0
        for q in queries:
            want = expected(q)
            got = set(found["all"].get(q, []))
            hits += len(want & got)
            total += len(want)
        return hits / total if total else 0.0
    part = {"nouns": "NOUN", "adjectives": "ADJ"}
    rows = {name: recall(qs, lambda q, p=part[name]: pages[(q, p)]) for name, qs in sets.items()}
    rows["clitics"] = recall(list(clitic), lambda q: pages[(clitic[q], "NOUN")] | pages[(clitic[q], "ADJ")])
    good = []
    for q in sets["nouns"] + sets["adjectives"]:
        relevant = pages[(q, "*")]
        k = min(5, len(relevant))
        top = found["top"].get(q, [])[:k]
        good.append(sum(1 for u in top if u in relevant) / k)
    rows["precision"] = statistics.mean(good)
    sizes = [b["bytes"] for b in found["bytes"].values()]
    rows["bytes"] = (statistics.median(sizes), max(sizes))
    return rows


def main():
    global PAGEFIND
    ap = argparse.ArgumentParser()
    ap.add_argument("--conllu", required=True)
    ap.add_argument("--before", help="an older kb binary to measure beside")
    ap.add_argument("--sample", type=int, default=0, help="queries per set (0: all)")
    ap.add_argument("--pagefind", default=os.path.join(os.path.dirname(WORK), "pf", "node_modules", ".bin", "pagefind"))
    args = ap.parse_args()
    PAGEFIND = args.pagefind
    os.makedirs(WORK, exist_ok=True)
    docs = read_treebank(args.conllu)
    site, urls = make_site(docs)
    pages, sets, clitic = truth(docs, urls)
    if args.sample:
        rng = random.Random(22)
        sets = {k: sorted(rng.sample(v, min(args.sample, len(v)))) for k, v in sets.items()}
        clitic = dict(sorted(rng.sample(sorted(clitic.items()), min(args.sample, len(clitic)))))
    lemma_queries = sets["nouns"] + sets["adjectives"]
    everything = sorted(set(lemma_queries) | set(clitic))
    cold = sorted(random.Random(5).sample(lemma_queries, min(20, len(lemma_queries))))
    engines = [("kb", KB)] + ([("before", args.before)] if args.before else [])
    job = {"sites": []}
    for name, kb in engines:
        out, pf = build(kb, site, name)
        job["sites"].append({"name": name, "kb": out, "pagefind": pf, "all": everything,
                             "top": lemma_queries, "bytes": cold})
    job_file, out_file = os.path.join(WORK, "job.json"), os.path.join(WORK, "results.json")
    with open(job_file, "w") as f:
        json.dump(job, f)
    subprocess.run(["node", os.path.join(ROOT, "tests", "browser", "search_truth.mjs"), job_file, out_file],
                   check=True)
    with open(out_file) as f:
        report = json.load(f)

    def engine(name, which):
        found = report[name][which]
        urls_of = report[name]["urls"]
        return score({"all": {q: [urls_of[i] for i in ids] for q, ids in found["all"].items()},
                      "top": {q: [urls_of[i] for i in ids] for q, ids in found["top"].items()},
                      "bytes": found["bytes"]}, pages, sets, clitic)
    columns = [("kb", engine("kb", "kb"))]
    if args.before:
        columns.append(("kb before (no Arabic analysis)", engine("before", "kb")))
    columns.append(("Pagefind 1.x (Snowball)", engine("kb", "pagefind")))
    words = sum(len(t) for _, _, s in docs for t in s)
    print(f"# Arabic search against gold lemmas\n\n{os.path.basename(args.conllu)}: {len(docs)} pages, "
          f"{words} tokens; {len(sets['nouns'])} noun lemmas, {len(sets['adjectives'])} adjective lemmas, "
          f"{len(clitic)} clitic forms queried.\n")
    print("| set | " + " | ".join(c for c, _ in columns) + " | target |")
    print("| --- |" + " --- |" * (len(columns) + 1))
    labels = {"nouns": "noun lemma recall", "adjectives": "adjective lemma recall",
              "clitics": "clitic-form recall", "precision": "precision in top min(5, relevant)"}
    for key, label in labels.items():
        print(f"| {label} | " + " | ".join(f"{r[key] * 100:.1f}%" for _, r in columns)
              + f" | ≥ {TARGETS[key] * 100:.0f}% |")
    print("| bytes per cold query (median / worst) | " + " | ".join(
        f"{r['bytes'][0] / 1024:.0f} / {r['bytes'][1] / 1024:.0f} KiB" for _, r in columns) + " | ≤ 150 KiB |")


if __name__ == "__main__":
    main()
