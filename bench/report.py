#!/usr/bin/env python3
"""Turn the raw measurements of bench/run.sh into a Markdown table.

Usage: report.py RESULTS.tsv FILES.tsv

RESULTS.tsv (tab-separated, with a header line) has one row per timed run:
    size  tool  run  wall_s  user_s  sys_s  rss_kib  status
status is "ok", or "failed" for a tool that did not build that size (the other
columns are then empty). FILES.tsv has one row per tool and size:
    size  tool  html_files  all_files

Prints one row per tool and size: medians of wall time, CPU time (user + sys) and
peak RSS, the wall range, CPU per page and CPU/wall (cores kept busy), and on kb's
rows the kb/Hugo and kb/Zola ratios of median wall time (0.50 means half the time).
Then one sanity line per size with the number of files each tool wrote. Stdlib only.
"""

import csv
import statistics
import sys
from collections import defaultdict

TOOLS = ["kb", "hugo", "zola"]
NAMES = {"kb": "kb", "hugo": "Hugo", "zola": "Zola"}


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def summarise(rows):
    """{(size, tool): summary dict, or None when the tool failed at that size}."""
    runs = defaultdict(list)
    failed = set()
    for r in rows:
        key = (int(r["size"]), r["tool"])
        if r["status"] != "ok":
            failed.add(key)
            continue
        runs[key].append(r)
    out = {}
    for key in set(runs) | failed:
        rs = runs.get(key, [])
        if key in failed or not rs:
            out[key] = None
            continue
        wall = [float(r["wall_s"]) for r in rs]
        cpu = [float(r["user_s"]) + float(r["sys_s"]) for r in rs]
        rss = [int(r["rss_kib"]) / 1024 for r in rs]
        out[key] = {
            "n": len(rs),
            "wall": statistics.median(wall),
            "wall_min": min(wall),
            "wall_max": max(wall),
            "cpu": statistics.median(cpu),
            "sys": statistics.median(float(r["sys_s"]) for r in rs),
            "rss": statistics.median(rss),
        }
    return out


def ratio(summary, size, other):
    kb, peer = summary.get((size, "kb")), summary.get((size, other))
    if not kb or not peer or peer["wall"] <= 0:
        return "–"
    return f"{kb['wall'] / peer['wall']:.2f}"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    summary = summarise(read_tsv(sys.argv[1]))
    files = {(int(r["size"]), r["tool"]): r for r in read_tsv(sys.argv[2])}
    sizes = sorted({size for size, _ in summary})

    print("| tool | pages | runs | median wall (s) | wall min–max (s) | median CPU (s) "
          "| of which sys (s) | CPU/wall | median peak RSS (MiB) | CPU ms/page "
          "| kb/Hugo wall | kb/Zola wall |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in sizes:
        for tool in TOOLS:
            if (size, tool) not in summary:
                continue
            s = summary[(size, tool)]
            if s is None:
                print(f"| {NAMES[tool]} | {size:,} | 0 | {NAMES[tool]} failed "
                      "| – | – | – | – | – | – | – | – |")
                continue
            kb_row = tool == "kb"
            busy = f"{s['cpu'] / s['wall']:.2f}" if s["wall"] > 0 else "–"
            print(f"| {NAMES[tool]} | {size:,} | {s['n']} | {s['wall']:.2f} "
                  f"| {s['wall_min']:.2f}–{s['wall_max']:.2f} | {s['cpu']:.2f} | {s['sys']:.2f} "
                  f"| {busy} | {s['rss']:.0f} | {1000 * s['cpu'] / size:.2f} "
                  f"| {ratio(summary, size, 'hugo') if kb_row else ''} "
                  f"| {ratio(summary, size, 'zola') if kb_row else ''} |")
    print()
    for size in sizes:
        counts = []
        for tool in TOOLS:
            f = files.get((size, tool))
            if f:
                counts.append(f"{NAMES[tool]} {int(f['html_files']):,} HTML / "
                              f"{int(f['all_files']):,} files")
        if counts:
            print(f"- Output at {size:,} pages: " + "; ".join(counts) + ".")


if __name__ == "__main__":
    main()
