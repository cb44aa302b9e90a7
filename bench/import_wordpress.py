#!/usr/bin/env python3
"""bench/import_wordpress.py: generate a WordPress export of N posts and time `kb import wordpress`.

Usage: bench/import_wordpress.py [--posts 5000] [--kb target/release/kb] [--dir /tmp/kb-import-bench]

The export is written like the knowledge centres kb is for: Hebrew titles and percent-encoded
Hebrew slugs, 20 categories (some named like kb's types) and 60 tags, classic-editor posts
(wpautop paragraphs, [caption], [embed], [ref] footnotes, tables, links by ?p=ID and by permalink)
and block-editor posts (wp:paragraph, wp:heading, wp:list, wp:table, wp:embed, block footnotes),
a tool custom post type, 5% drafts, pages, a menu. It prints the import's wall time and peak
memory (GNU time) and then builds the imported site once, untimed, to show it builds.
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import urllib.parse

WORDS = (
    "ארגון שדרה שותפים מדידה משותפת קואליציה אמון תיאום נתונים מדדים קהילה עירייה "
    "חינוך רווחה תעסוקה צעירים מתנדבים פגישה סדנה מיפוי תוכנית עבודה יעדים הצלחה אתגר "
    "למידה הערכה משאבים גיוס תקציב שקיפות הנהגה מנהיגות שיתוף ציבור תושבים שכונה"
).split()
TYPES = ["כלים", "מקרי בוחן", "וידאו", "מאמרים"]


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def slug(text):
    return urllib.parse.quote(text.replace(" ", "-")).lower()


def classic_body(rng, i, n):
    other = rng.randrange(n) + 1
    return (
        f"{words(rng, 30)}\n{words(rng, 20)}\n\n"
        f'[caption id="attachment_{i}" width="300"]<img src="https://kc.example.org/wp-content/uploads/2021/05/img{i}-300x200.jpg" alt="{words(rng, 3)}" /> {words(rng, 5)}[/caption]\n\n'
        f"<h2>{words(rng, 3)}</h2>\n{words(rng, 40)}[ref]{words(rng, 6)}[/ref]\n\n"
        f'ראו <a href="https://kc.example.org/?p={other}">{words(rng, 3)}</a>.\n\n'
        f"<table><tr><th>{words(rng, 1)}</th><th>{words(rng, 1)}</th></tr><tr><td>{words(rng, 2)}</td><td>{words(rng, 2)}</td></tr></table>\n\n"
        "[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n"
    )


def block_body(rng, i, n, permalink):
    return (
        f"<!-- wp:paragraph -->\n<p>{words(rng, 40)}<sup data-fn=\"f{i}\" class=\"fn\"><a href=\"#f{i}\">1</a></sup></p>\n<!-- /wp:paragraph -->\n\n"
        f"<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">{words(rng, 3)}</h2>\n<!-- /wp:heading -->\n\n"
        f"<!-- wp:list -->\n<ul><li>{words(rng, 4)}</li><li>{words(rng, 4)}</li></ul>\n<!-- /wp:list -->\n\n"
        f"<!-- wp:paragraph -->\n<p><a href=\"{permalink(rng.randrange(n) + 1)}\">{words(rng, 3)}</a> {words(rng, 30)}</p>\n<!-- /wp:paragraph -->\n\n"
        "<!-- wp:embed {\"url\":\"https://youtu.be/aqz-KE-bpKQ\"} -->\n<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\nhttps://youtu.be/aqz-KE-bpKQ\n</div></figure>\n<!-- /wp:embed -->\n\n"
        "<!-- wp:footnotes /-->"
    )


def export(posts, seed=1):
    rng = random.Random(seed)
    categories = TYPES + [words(rng, 2) + f" {k}" for k in range(16)]
    tags = [words(rng, 1) + f" {k}" for k in range(60)]
    titles = {i: f"{words(rng, 4)} {i}" for i in range(1, posts + 1)}
    permalink = lambda i: f"https://kc.example.org/2022/{1 + i % 12:02d}/{slug(titles[i])}/"
    out = [
        '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
        "<title>מרכז ידע לבדיקת ביצועים</title><link>https://kc.example.org</link><description>ייצוא מדומה</description><language>he-IL</language>\n"
        "<wp:wxr_version>1.2</wp:wxr_version>\n"
        "<wp:author><wp:author_login><![CDATA[dana]]></wp:author_login><wp:author_display_name><![CDATA[דנה לוי]]></wp:author_display_name></wp:author>\n"
    ]
    for k, name in enumerate(categories):
        out.append(f"<wp:category><wp:term_id>{k + 1}</wp:term_id><wp:category_nicename><![CDATA[{slug(name)}]]></wp:category_nicename><wp:cat_name><![CDATA[{name}]]></wp:cat_name><wp:category_description><![CDATA[{words(rng, 8)}]]></wp:category_description></wp:category>\n")
    for k, name in enumerate(tags):
        out.append(f"<wp:tag><wp:term_id>{100 + k}</wp:term_id><wp:tag_slug><![CDATA[{slug(name)}]]></wp:tag_slug><wp:tag_name><![CDATA[{name}]]></wp:tag_name></wp:tag>\n")
    for i in range(1, posts + 1):
        post_type = "tool" if i % 10 == 0 else ("page" if i % 97 == 0 else "post")
        status = "draft" if i % 20 == 7 else "publish"
        body = classic_body(rng, i, posts) if i % 2 else block_body(rng, i, posts, permalink)
        cat = rng.choice(categories)
        item_tags = rng.sample(tags, 3)
        terms = f'<category domain="category" nicename="{slug(cat)}"><![CDATA[{cat}]]></category>' + "".join(
            f'<category domain="post_tag" nicename="{slug(t)}"><![CDATA[{t}]]></category>' for t in item_tags
        )
        meta = f'<wp:postmeta><wp:meta_key>footnotes</wp:meta_key><wp:meta_value><![CDATA[[{{"id":"f{i}","content":"{words(rng, 5)}"}}]]]></wp:meta_value></wp:postmeta>'
        out.append(
            f"<item><title>{titles[i]}</title><link>{permalink(i)}</link><dc:creator><![CDATA[dana]]></dc:creator>"
            f'<guid isPermaLink="false">https://kc.example.org/?p={i}</guid>'
            f"<content:encoded><![CDATA[{body}]]></content:encoded><excerpt:encoded><![CDATA[{words(rng, 12)}]]></excerpt:encoded>"
            f"<wp:post_id>{i}</wp:post_id><wp:post_date>2022-{1 + i % 12:02d}-{1 + i % 28:02d} 10:00:00</wp:post_date>"
            f"<wp:post_modified>2023-01-01 10:00:00</wp:post_modified><wp:post_name><![CDATA[{slug(titles[i])}]]></wp:post_name>"
            f"<wp:status>{status}</wp:status><wp:post_parent>0</wp:post_parent><wp:menu_order>0</wp:menu_order>"
            f"<wp:post_type>{post_type}</wp:post_type>{terms}{meta}</item>\n"
        )
    out.append("</channel>\n</rss>\n")
    return "".join(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=5000)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--kb", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target")), "release", "kb"))
    parser.add_argument("--dir", default="/tmp/kb-import-bench")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    xml = os.path.join(args.dir, f"export-{args.posts}.xml")
    with open(xml, "w", encoding="utf-8") as f:
        f.write(export(args.posts))
    site = os.path.join(args.dir, "site")
    shutil.rmtree(site, ignore_errors=True)
    timed = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M", args.kb, "import", "wordpress", xml, site, "--lang", "en"],
        capture_output=True, text=True,
    )
    if timed.returncode != 0:
        sys.exit(f"import failed:\n{timed.stderr}")
    wall, rss = timed.stderr.strip().splitlines()[-1].split()
    size = os.path.getsize(xml) / 1e6
    print(f"kb import wordpress: {args.posts} posts ({size:.1f} MB export): {wall} s wall, {int(rss) // 1024} MiB peak")
    built = subprocess.run([args.kb, "build", site, "--lang", "en"], capture_output=True, text=True)
    print(f"kb build of the imported site: exit {built.returncode}; {built.stdout.strip()}")
    if built.returncode != 0:
        sys.exit(built.stderr[-2000:])


if __name__ == "__main__":
    main()
