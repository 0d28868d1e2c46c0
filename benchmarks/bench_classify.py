"""Throughput of reconcile.classify on 100,000 notes vs a plain keyword baseline, in one run.

    .venv/bin/python benchmarks/bench_classify.py [--n 100000]

The baseline is what an analyst does today: pandas ``str.contains`` (case-insensitive) over the
~40 keywords of eval_classify.KEYWORDS, first match wins, plus a DA keyword flag.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_classify import DA_KEYWORDS, keyword_baseline  # noqa: E402

from reconcile.classify import classify, get_engine  # noqa: E402
from reconcile.synthetic_notes import generate_notes  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=0, help="time only this jobs value (in this process)")
    args = parser.parse_args()
    if args.jobs == 0:
        # each jobs value runs in a fresh process, so the jobs=2 run cannot reuse token caches
        # warmed by the jobs=1 run (forked workers would inherit them)
        for jobs in (1, 2):
            cmd = [sys.executable, __file__, "--n", str(args.n), "--jobs", str(jobs)]
            subprocess.run(cmd, check=True)
        return
    notes = pd.Series([n.text for n in generate_notes(args.n, seed=7, style="dev")])
    df = pd.DataFrame({"notes": notes})
    print(f"{len(df)} notes, {notes.nunique()} distinct, mean {notes.str.len().mean():.0f} chars")
    t = time.perf_counter()
    keyword_baseline(df["notes"])
    df["notes"].str.contains("|".join(DA_KEYWORDS), case=False, regex=True)
    base = time.perf_counter() - t
    get_engine()  # built once per process (about 1 s), not part of the per-record cost
    timings = {}
    t = time.perf_counter()
    classify(df, jobs=args.jobs)
    timings[args.jobs] = time.perf_counter() - t
    print(f"keyword baseline     {len(df) / base:>10,.0f} notes/s")
    for jobs, secs in timings.items():
        print(f"classify jobs={jobs}     {len(df) / secs:>10,.0f} notes/s")
    if args.jobs == 1:
        # a second export in the same process (a pipeline that stays up): most words are known,
        # so the per-word work (norms, typo search, the text model's character n-grams) is cached
        other = pd.DataFrame({"notes": [n.text for n in generate_notes(args.n, seed=8, style="dev")]})
        t = time.perf_counter()
        classify(other, jobs=1)
        secs = time.perf_counter() - t
        print(f"classify jobs=1, a second {len(other):,} notes in the same process {len(other) / secs:>10,.0f} notes/s")


if __name__ == "__main__":
    main()
