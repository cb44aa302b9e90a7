#!/usr/bin/env python3
"""Edit-to-served latency of `kb serve`, beside the full build time (issue 3).

Generates the synthetic corpus (../shared/bench/gen_corpus.py) unless it is there, times one
`kb build` of it, then starts `kb serve` on it and edits one item N times: each edit appends a
unique word to the item's body, and the clock runs from the save until the served page contains
the word (the page is polled every ~2 ms on one keep-alive connection). Between edits it waits
until the preview is quiet, so each measurement starts from an idle server. The item is restored
at the end.

Usage: bench/serve_latency.py [--pages 10000] [--edits 20] [--corpus DIR] [--kb BIN]

The corpus defaults to /tmp/kb10k-serve (its own copy, because the edits touch it: a corpus
that another benchmark is timing is left alone). The kb binary defaults to target/release/kb,
built with `cargo build --release` when missing. Stdlib only.
"""

import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py")
ITEM = ("content/articles/article-00001.md", "/articles/article-00001/")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--corpus", default=None, help="default: /tmp/kb{pages/1000}k-serve")
    parser.add_argument("--kb", default=os.path.join(ROOT, "target", "release", "kb"))
    args = parser.parse_args()
    args.corpus = args.corpus or f"/tmp/kb{args.pages // 1000}k-serve"
    return args


def prepare(args):
    if not os.path.exists(args.kb):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    if not os.path.exists(os.path.join(args.corpus, "config.toml")):
        print(f"generating {args.pages} pages in {args.corpus} ...", flush=True)
        subprocess.run([sys.executable, GEN, "--pages", str(args.pages), "--out", args.corpus], check=True,
                       stdout=subprocess.DEVNULL)


def full_build_seconds(args):
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        subprocess.run([args.kb, "build", args.corpus, "-o", os.path.join(tmp, "public")], check=True,
                       stdout=subprocess.DEVNULL)
        return time.perf_counter() - started


class Preview:
    """A running `kb serve` on a free port; its output lines are kept."""

    def __init__(self, args):
        self.process = subprocess.Popen([args.kb, "serve", args.corpus, "--port", "0"], text=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines = []
        threading.Thread(target=self._keep, args=(self.process.stderr,), daemon=True).start()
        for line in self.process.stdout:
            self.lines.append(line.rstrip())
            found = re.search(r" at http://([^/\s]+)/", line)
            if found:
                self.host = found.group(1)
                break
        else:
            sys.exit("kb serve exited:\n" + "\n".join(self.lines))
        threading.Thread(target=self._keep, args=(self.process.stdout,), daemon=True).start()
        self.connection = http.client.HTTPConnection(self.host, timeout=60)

    def _keep(self, stream):
        for line in stream:
            self.lines.append(line.rstrip())

    def get(self, path):
        self.connection.request("GET", path)
        response = self.connection.getresponse()
        return response.status, response.read()

    def build_number(self):
        return json.loads(self.get("/_kb/status")[1])["build"]

    def wait_until_quiet(self, quiet=0.4):
        last = self.build_number()
        while True:
            time.sleep(quiet)
            now = self.build_number()
            if now == last:
                return
            last = now

    def stop(self):
        self.process.terminate()
        self.process.wait()


def edit_latency(preview, path, url, word):
    with open(path, "a", encoding="utf-8") as item:
        item.write(f"\n\n{word}\n")
    saved = time.perf_counter()
    needle = word.encode()
    while True:
        status, body = preview.get(url)
        if status == 200 and needle in body:
            return time.perf_counter() - saved
        if time.perf_counter() - saved > 120:
            sys.exit(f"the edit never showed up on {url}")
        time.sleep(0.002)


def rebuild_times(lines):
    """The rebuild times kb printed ("rebuilt in 12 ms (1 file changed)"), in ms."""
    return [int(m.group(1)) for m in (re.search(r"rebuilt in (\d+) ms", line) for line in lines) if m]


def main():
    args = parse_args()
    prepare(args)
    build = full_build_seconds(args)
    print(f"full build (kb build, {args.pages} pages): {build:.2f} s", flush=True)
    path, url = os.path.join(args.corpus, ITEM[0]), ITEM[1]
    with open(path, "rb") as item:
        original = item.read()
    preview = Preview(args)
    latencies = []
    try:
        assert preview.get(url)[0] == 200, f"{url} is not served"
        preview.wait_until_quiet()
        for edit in range(args.edits):
            before = len(preview.lines)
            latencies.append(edit_latency(preview, path, url, f"kbserve{os.getpid()}edit{edit}z"))
            preview.wait_until_quiet()
            rebuilt = ", ".join(f"{ms} ms" for ms in rebuild_times(preview.lines[before:]))
            print(f"  edit {edit + 1:2}: {latencies[-1] * 1000:7.1f} ms   (kb: rebuilt in {rebuilt})", flush=True)
    finally:
        with open(path, "wb") as item:
            item.write(original)
        preview.stop()
    rebuilds = rebuild_times(preview.lines)
    ms = sorted(latency * 1000 for latency in latencies)
    print(f"edit to served ({args.edits} edits, {args.pages} pages): median {statistics.median(ms):.0f} ms, "
          f"worst {ms[-1]:.0f} ms, best {ms[0]:.0f} ms")
    if rebuilds:
        print(f"  of which kb's rebuild (as it reports): median {statistics.median(rebuilds):.0f} ms, "
              f"worst {max(rebuilds)} ms over {len(rebuilds)} rebuilds")
    print(f"full build: {build:.2f} s")


if __name__ == "__main__":
    main()
