"""Benchmark: validate a 1,000,000-row VAL export end to end through the CLI; time and peak memory.

The export is built from a synthetic 50,000-row sample, copied 20 times with fresh referral ids,
crime references and shuffled names, so rows are distinct people (no mass duplicates).

Usage: python benchmarks/bench_validate.py [--rows 1000000] [--keep DIR]
Writes benchmarks/out/validate.json and prints a summary.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from reconcile.readers import read_table
from reconcile.sample import generate_sample


def build_export(rows: int, folder: Path) -> Path:
    base_rows = min(rows, 50_000)
    files = generate_sample(folder / "base", seed=99, val_rows=base_rows, xlsx=False)
    base = read_table(files.val_csv).reset_index(drop=True)
    rng = np.random.default_rng(99)
    out = folder / f"val_{rows}.csv"
    written = 0
    copy = 0
    with out.open("w", encoding="cp1252", errors="replace", newline="") as handle:
        while written < rows:
            part = base.head(rows - written).copy()
            if copy:
                part["VAL Ref"] = part["VAL Ref"] + f"-{copy}"
                part["Crime Reference"] = [f"22/{n}/23" for n in rng.integers(100000, 999999, len(part))]
                for column in ("Victim Forename", "Victim Surname", "DOB"):
                    part[column] = rng.permutation(part[column].to_numpy())
            part.to_csv(handle, index=False, header=copy == 0, lineterminator="\r\n")
            written += len(part)
            copy += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export = build_export(args.rows, folder)
        size_mb = export.stat().st_size / 1e6
        cmd = [
            sys.executable,
            "-m",
            "reconcile.cli",
            "validate",
            str(export),
            "--failures",
            str(folder / "f.csv"),
            "--clean",
            str(folder / "c.csv"),
            "--quarantine",
            str(folder / "q.csv"),
            "--json",
            str(folder / "s.json"),
        ]
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if proc.returncode not in (0, 1):
            sys.exit(f"validate failed: {proc.stderr}")
        summary = json.loads((folder / "s.json").read_text())
        clean = sum(1 for _ in (folder / "c.csv").open(encoding="utf-8-sig")) - 1
        quarantined = len(pd.read_csv(folder / "q.csv", usecols=["row"], encoding="utf-8-sig"))
    result = {
        "rows": summary["rows"],
        "file_mb": round(size_mb, 1),
        "seconds": round(seconds, 1),
        "rows_per_second": round(summary["rows"] / seconds),
        "peak_rss_mb": round(peak_mb),
        "clean_plus_quarantine": clean + quarantined,
        "errors": summary["errors"],
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {__import__('os').cpu_count()} cores",
    }
    out = Path(__file__).parent / "out"
    out.mkdir(exist_ok=True)
    (out / "validate.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
