"""Regenerate the labelled synthetic note corpora (golden files: never edit them by hand).

Writes:
    tests/data/notes_dev.csv            800 notes, style="dev", seed 2024
    benchmarks/data/notes_heldout.csv   500 notes, style="heldout", seed 2025

Columns: note_id,text,category,flags (flags ';'-joined in FLAGS order, empty when none). UTF-8.

Usage:
    .venv/bin/python benchmarks/make_corpus.py           # rewrite both files
    .venv/bin/python benchmarks/make_corpus.py --check   # exit 1 if a file is out of date
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from reconcile.synthetic_notes import FLAGS, Style, generate_notes

ROOT = Path(__file__).resolve().parent.parent

CORPORA: tuple[tuple[Path, Style, int, int, str], ...] = (
    # (path, style, n, seed, id prefix)
    (ROOT / "tests" / "data" / "notes_dev.csv", "dev", 800, 2024, "D"),
    (ROOT / "benchmarks" / "data" / "notes_heldout.csv", "heldout", 500, 2025, "H"),
)


def render(style: Style, n: int, seed: int, prefix: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["note_id", "text", "category", "flags"])
    for i, note in enumerate(generate_notes(n, seed=seed, style=style), start=1):
        flags = ";".join(f for f in FLAGS if f in note.flags)
        writer.writerow([f"{prefix}{i:04d}", note.text, note.category, flags])
    return buf.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check the files are up to date")
    args = parser.parse_args()
    stale = []
    for path, style, n, seed, prefix in CORPORA:
        content = render(style, n, seed, prefix)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != content:
                stale.append(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)} ({n} notes, style={style}, seed={seed})")
    for path in stale:
        print(f"out of date: {path.relative_to(ROOT)}; run benchmarks/make_corpus.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
