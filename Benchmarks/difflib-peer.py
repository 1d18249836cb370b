#!/usr/bin/env python3
"""The simplest peer a user would script instead of compare-tool: every line of a plan matched to
every national section title with difflib, a section counted as covered when some line is close
enough. No units, deadlines, lists or wording: a figure for speed only.

    python3 Benchmarks/difflib-peer.py TAXONOMY_DIR LIMIT PLAN...

Prints one line: plans, seconds, plans a second. Standard library only.
"""
import difflib
import os
import sys
import time


def titles(taxonomy):
    out = []
    for name in sorted(os.listdir(taxonomy)):
        if not name[:4].isdigit() or not name.endswith(".txt"):
            continue
        with open(os.path.join(taxonomy, name), encoding="utf-8") as f:
            for line in f:
                parts = line.split(None, 2)
                if len(parts) == 3 and parts[0] == "section":
                    out.append(parts[2].strip())
    return out


def read(path):
    data = open(path, "rb").read()
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def main():
    taxonomy, limit, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    sections = titles(taxonomy)
    paths = [p for p in paths if p.endswith(".txt")][:limit]
    start = time.perf_counter()
    covered = 0
    for path in paths:
        lines = [l.strip() for l in read(path).splitlines() if l.strip()]
        for title in sections:
            best = max((difflib.SequenceMatcher(None, line, title).ratio() for line in lines), default=0.0)
            covered += best >= 0.5
    seconds = time.perf_counter() - start
    print(f"{len(paths)} {seconds:.3f} {len(paths) / seconds if seconds else 0:.1f} {covered}")


if __name__ == "__main__":
    main()
