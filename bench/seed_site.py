#!/usr/bin/env python3
"""Builds a small kb site from the five Hebrew reference texts in /work/shared/seeds/.

The site is a measuring ground for bench/search_truth.py: real Hebrew prose (long sentences,
prefixed forms, gershayim, Latin terms) split into items at the texts' own sections and cards.
It is generated at bench time into OUTDIR and never committed: the seeds are not ours to publish.

Usage: python3 bench/seed_site.py OUTDIR [--seeds DIR]   (DIR defaults to $SEEDS_DIR or
/work/shared/seeds). OUTDIR is replaced.
"""
import argparse
import datetime
import json
import os
import re
import shutil
import sys

TYPES = {"articles": ("מאמר", "מאמרים"), "tools": ("כלי", "כלים"),
         "cases": ("מקרה בוחן", "מקרי בוחן"), "videos": ("וידאו", "סרטונים")}

# A small controlled vocabulary, Hebrew display names (kb indexes the names with each item).
TAGS = {
    "backbone": ("ארגון שדרה", "הצוות הייעודי שמחזיק את המהלך המשותף ומתכלל אותו."),
    "collective-impact": ("קולקטיב אימפקט", "המודל לפתרון בעיות חברתיות מורכבות בפעולה מתואמת."),
    "coalitions": ("קואליציות", "ברית בין ארגונים הפועלים יחד למען מטרה משותפת."),
    "partnerships": ("שותפויות", "שיתופי פעולה בין שני ארגונים או יותר."),
    "trust-building": ("בניית אמון", "יחסי האמון בין השותפים ואיך מטפחים אותם."),
    "measurement": ("מדידה משותפת", "מדדים מוסכמים ואיסוף נתונים משותף."),
    "emergency": ("עבודה בחירום", "התארגנות של רשת שותפים בזמן משבר."),
    "funding": ("גיוס משאבים", "מימון המהלך המשותף וארגון השדרה."),
    "policy": ("מדיניות ציבורית", "קידום שינוי מדיניות מתוך מהלך משותף."),
    "mapping": ("מיפוי שותפים", "זיהוי בעלי העניין והערך של כל אחד מהם."),
}

SEED = {"000": "000_1f3ab7c21ac24977.txt", "001": "001_bfef68bc282169db.txt",
        "002": "002_497f2c1d160fb168.txt", "003": "003_636fc31f735d7072.txt",
        "004": "004_f96d2b52a0ced22a.txt"}

ANCHOR = re.compile(r"^(קישור עוגן|ogen\d+)$")  # in-page anchor chrome of the source site


def toml_str(s):
    """A TOML basic string: JSON's escapes are a subset of TOML's (quotes in abbreviations)."""
    return json.dumps(s, ensure_ascii=False)


def read_lines(seeds, key):
    with open(os.path.join(seeds, SEED[key]), encoding="utf-8") as f:
        return [line.rstrip() for line in f.read().split("\n")]


def span(lines, first, last, starts):
    """Lines first..last (1-based, inclusive); fails loudly if the seed text moved."""
    if not lines[first - 1].startswith(starts):
        sys.exit(f"seed text changed: line {first} does not start with {starts!r}")
    return [line for line in lines[first - 1:last] if not ANCHOR.match(line.strip())]


def prose_md(lines, heading_max=60):
    """Seed lines -> Markdown: short lines without a full stop become headings, numbered section
    titles become '## N. ...', bullets stay bullets, the rest are paragraphs."""
    out = []
    for line in lines:
        line = line.strip().replace("**", "")
        if not line:
            continue
        if re.match(r"^\d\. ", line) and len(line) < 90:
            out.append(f"## {line}")
        elif line.startswith(("- ", "• ")):
            out.append(f"- {line[2:].strip()}")
        elif len(line) < heading_max and not line.endswith((".", ",")):
            out.append(f"### {line.rstrip(':')}")
        else:
            out.append(line)
    return "\n\n".join(out).replace("\n\n- ", "\n- ") + "\n"


def table_md(header, rows):
    """The price/opportunity table of seed 002: tab-separated cells of '•' bullets."""
    def cell(c):
        items = [re.sub(r"<[^>]+>", "", x).strip() for x in c.split("•")]
        return "; ".join(x for x in items if x)
    cols = [c for c in header.split("\t") if c.strip()]
    out = ["| | " + " | ".join(cols) + " |", "| --- |" + " --- |" * len(cols)]
    for row in rows:
        cells = row.split("\t")
        out.append(f"| {cells[-1].strip()} | " + " | ".join(cell(c) for c in cells[:-1]) + " |")
    return "\n".join(out) + "\n"


def item(type_key, slug, title, date, tags, body, summary=None, authors=None):
    return {"type": type_key, "slug": slug, "title": title, "date": date, "tags": tags,
            "body": body, "summary": summary, "authors": authors}


def items_000(seeds):
    """The blog post on mapping partners: one case study (the text tells one partnership)."""
    lines = read_lines(seeds, "000")
    body = prose_md(span(lines, 5, 13, "בשלהי כהונתי"))
    return [item("cases", "mapping-partners-anu", "מיפוי שותפים לפני שבונים שותפות בין ארגונים",
                 "2022-03-15", ["mapping", "partnerships", "coalitions"], body,
                 summary="איך ארגון \"אנו\" בחר שותף לשיתוף פעולה ליבתי, ולמה המיפוי הוא שלב קריטי.")]


def items_001(seeds):
    """The long article on the backbone organisation, split at its anchors and numbered roles."""
    lines = read_lines(seeds, "001")
    authors = ["מירי יעקבי הורביץ", "זהר פרופר", "מיכל לוקיץ ירום"]
    parts = [
        ("backbone-intro", "ארגון שדרה בקולקטיב אימפקט: מבוא", 26, 35, "ארגון שדרה הינו",
         ["backbone", "collective-impact"]),
        ("backbone-why", "למה מהלך משותף צריך ארגון שדרה", 38, 42, "ארגון שדרה הוא הגוף",
         ["backbone", "collective-impact"]),
        ("backbone-roles-convening", "תפקידי ארגון השדרה: כינוס, חזון ומערך פעילות מתואם", 45, 56,
         "תפקידי ארגון שדרה", ["backbone", "mapping"]),
        ("backbone-roles-measurement", "תפקידי ארגון השדרה: מדידה, קהילה ומדיניות", 57, 67,
         "4. פיתוח מדדים", ["backbone", "measurement", "policy"]),
        ("backbone-roles-trust", "תפקידי ארגון השדרה: משאבים, שיח ואמון", 68, 79,
         "7. סיוע בפיתוח", ["backbone", "funding", "trust-building"]),
        ("backbone-team", "מבנה הצוות של ארגון השדרה", 82, 92, "אין דרך אחת",
         ["backbone"]),
        ("backbone-types-evaluation", "סוגי ארגוני שדרה ואיך יודעים שהם מצליחים", 95, 106,
         "עד כה, ביססנו", ["backbone", "measurement", "collective-impact"]),
    ]
    out = []
    for i, (slug, title, first, last, starts, tags) in enumerate(parts):
        out.append(item("articles", slug, title, f"2024-01-{i + 1:02d}", tags,
                        prose_md(span(lines, first, last, starts)), authors=authors))
    return out


def items_002(seeds):
    """The workshop summary: three tools, one per discussion group."""
    lines = read_lines(seeds, "002")
    price = prose_md(span(lines, 5, 15, "עיקרי הנושאים")) + "\n" + table_md(lines[16], lines[17:19]) \
        + "\n" + prose_md(span(lines, 38, 47, "פרקטיקות אפשריות"))
    return [
        item("tools", "joining-a-joint-initiative", "להיות שותף במהלך משותף: מחיר והזדמנות",
             "2023-05-10", ["partnerships"], price,
             summary="הערות מסדנה, טבלת מחיר מול הזדמנות לארגון ולמהלך, ופרקטיקות מומלצות."),
        item("tools", "sector-unique-value", "הערך הייחודי של המגזר החברתי במהלך משותף",
             "2023-05-11", ["partnerships", "policy"], prose_md(span(lines, 48, 102, "מהו הערך"))),
        item("tools", "promoting-an-issue", "כיצד לקדם סוגיה במהלך משותף", "2023-05-12",
             ["policy", "partnerships"],
             prose_md(span(lines, 114, 141, "טיפים עצות"))),
    ]


def items_003(seeds):
    """The blog post '9 things to know about a coalition' (21 Dec 2021)."""
    lines = read_lines(seeds, "003")
    text = [re.sub(r"(?<=\S)(\d\. שלב)", r"\n\1", line) for line in span(lines, 8, 30, "חלק מסדרת")]
    body = prose_md("\n".join(text).split("\n"))
    return [item("articles", "nine-things-coalition", "9 דברים שצריך לדעת על קואליציה",
                 "2021-12-21", ["coalitions", "partnerships"], body, authors=["Heila myara"])]


CARD_SLUGS = ["top15-closing", "backbone-in-emergency", "rapid-consultation", "stacey-matrix",
              "managing-in-emergency", "network-check-in", "short-learning-cycles",
              "backbone-leaders-mindset", "shared-platform-video", "research-and-action",
              "red-lines-founding", "top15-founding", "ci-success-stories"]
CARD_TYPES = {"מאמר": "articles", "כלי": "tools", "וידאו": "videos"}


def items_004(seeds):
    """The tag page 'ארגון שדרה': its description as an article, then one item per card."""
    lines = read_lines(seeds, "004")
    out = [item("articles", "backbone-tag-description", "ארגון שדרה: מה הוא ומה תפקידו",
                "2022-01-01", ["backbone", "collective-impact"],
                prose_md(span(lines, 3, 11, "על פי מודל")))]
    # A card is the non-empty lines [teaser, type, type, title] before "קראו עוד".
    block, cards = [], {}
    for line in (l.strip() for l in lines[16:]):
        if not line:
            continue
        if line == "קראו עוד":
            teaser, kind, _, title = block[-4:]
            cards.setdefault(title, (teaser.replace("[…]", "").strip(), CARD_TYPES[kind]))
            block = []
        else:
            block.append(line)
    if len(cards) != len(CARD_SLUGS):
        sys.exit(f"seed 004 changed: {len(cards)} cards, expected {len(CARD_SLUGS)}")
    start = datetime.date(2022, 2, 1)
    for i, (title, (teaser, type_key)) in enumerate(cards.items()):
        tags = ["backbone"]
        if "חירום" in title + teaser:
            tags.append("emergency")
        if re.search(r"top15|קולקטיב", title + teaser, re.I):
            tags.append("collective-impact")
        date = (start + datetime.timedelta(days=37 * i)).isoformat()
        out.append(item(type_key, CARD_SLUGS[i], title, date, tags, teaser + "\n", summary=teaser))
    return out


def config_toml():
    out = ['title = "מרכז ידע לדוגמה: ארגוני שדרה ושותפויות"', 'base_url = "https://seeds.example.org"',
           'language = "he"', 'description = "אתר מדידה שנבנה מטקסטי המקור של kb."', ""]
    for key, (name, plural) in TYPES.items():
        out += [f"[types.{key}]", f"name = {toml_str(name)}", f"plural = {toml_str(plural)}", ""]
    for key, (name, desc) in TAGS.items():
        out += [f"[tags.{key}]", f"name = {toml_str(name)}", f"description = {toml_str(desc)}", ""]
    return "\n".join(out)


def item_md(it):
    fm = [f"title = {toml_str(it['title'])}", f"date = {it['date']}"]
    if it["summary"]:
        fm.append(f"summary = {toml_str(it['summary'])}")
    if it["authors"]:
        fm.append("authors = [" + ", ".join(toml_str(a) for a in it["authors"]) + "]")
    fm.append("tags = [" + ", ".join(toml_str(t) for t in it["tags"]) + "]")
    return "+++\n" + "\n".join(fm) + "\n+++\n\n" + it["body"]


def write_site(out, items):
    if os.path.isdir(out):
        shutil.rmtree(out)
    for type_key, (_, plural) in TYPES.items():
        os.makedirs(os.path.join(out, "content", type_key))
        with open(os.path.join(out, "content", type_key, "_index.md"), "w", encoding="utf-8") as f:
            f.write(f"+++\ntitle = {toml_str(plural)}\n+++\n")
    with open(os.path.join(out, "config.toml"), "w", encoding="utf-8") as f:
        f.write(config_toml())
    for it in items:
        assert set(it["tags"]) <= set(TAGS), it["tags"]
        with open(os.path.join(out, "content", it["type"], it["slug"] + ".md"), "w", encoding="utf-8") as f:
            f.write(item_md(it))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--seeds", default=os.environ.get("SEEDS_DIR", "/work/shared/seeds"))
    args = ap.parse_args()
    items = []
    for make in (items_000, items_001, items_002, items_003, items_004):
        items += make(args.seeds)
    write_site(args.outdir, items)
    print(f"{len(items)} items in {args.outdir}", file=sys.stderr)


if __name__ == "__main__":
    main()
