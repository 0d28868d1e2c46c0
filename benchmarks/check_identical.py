"""Check that ``reconcile.classify`` output is unchanged by a performance change.

    PYTHONPATH=src .venv/bin/python benchmarks/check_identical.py --save   # record the snapshot
    PYTHONPATH=src .venv/bin/python benchmarks/check_identical.py          # compare with it

Runs :func:`reconcile.classify.classify` on the 100,000 bench notes, the dev corpus, every
``benchmarks/data/notes_*.csv`` and the held-out offence titles, with and without a source
category column (the files' true labels, and a mix of residual, broad, specific and unknown
labels), and keeps every ``rc_*`` column. Values must be identical (floats to the last bit), and
``explain`` must agree with the batch result on a sample of notes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = Path("/tmp/reconcile_perf_snapshot.parquet")
#: source labels cycled over records: residual, broad (candidates), specific, coded and unknown
MIXED_LABELS = ("Other crime", "", "Violence", "Theft", "Burglary", "8N", "Assault", "misc", "Something odd")


def _frames() -> dict[str, tuple[pd.DataFrame, str, str | None]]:
    """Every input: name -> (frame, text column, category column or None)."""
    from reconcile.synthetic_notes import generate_notes

    bench = pd.DataFrame({"notes": [n.text for n in generate_notes(100_000, seed=7, style="dev")]})
    out: dict[str, tuple[pd.DataFrame, str, str | None]] = {"bench": (bench, "notes", None)}
    files = [ROOT / "tests/data/notes_dev.csv", *sorted((ROOT / "benchmarks/data").glob("notes_*.csv"))]
    for path in files:
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        df["mixed"] = [MIXED_LABELS[i % len(MIXED_LABELS)] for i in range(len(df))]
        out[path.stem] = (df, "text", None)
        out[path.stem + "+category"] = (df, "text", "category")
        out[path.stem + "+mixed"] = (df, "text", "mixed")
    titles = pd.read_csv(ROOT / "benchmarks/data/offence_titles_heldout.csv", dtype=str, keep_default_na=False)
    out["titles"] = (titles, "title", None)
    out["titles+category"] = (titles, "title", "category")
    return out


def snapshot() -> tuple[pd.DataFrame, dict[str, str]]:
    """Classify every input: one row per record with the input name and every ``rc_*`` column, and
    the dtype of every ``rc_*`` column per input."""
    from reconcile.classify import classify

    parts = []
    dtypes: dict[str, str] = {}
    for name, (df, text_col, cat_col) in _frames().items():
        t = time.perf_counter()
        out = classify(df, text_column=text_col, category_column=cat_col)
        rc = out[[c for c in out.columns if c.startswith("rc_")]].copy()
        dtypes |= {f"{name}.{c}": f"{rc[c].dtype!r} {getattr(rc[c].dtype, 'storage', '')}" for c in rc.columns}
        rc.insert(0, "input", name)
        rc.insert(1, "row", np.arange(len(rc)))
        parts.append(rc.reset_index(drop=True))
        print(f"{name:<28} {len(rc):>7} rows  {time.perf_counter() - t:6.2f} s")
    return pd.concat(parts, ignore_index=True), dtypes


def explain_snapshot() -> tuple[pd.DataFrame, int]:
    """``explain`` on every dev note (and every 8th with a source label), as JSON, and how many
    disagree with the batch result (category, confidence, evidence, rule ids, domestic abuse)."""
    from reconcile.classify import classify, explain

    df = pd.read_csv(ROOT / "tests/data/notes_dev.csv", dtype=str, keep_default_na=False)
    out = classify(df, text_column="text")
    bad = 0
    rows = []
    cols = ["text", "rc_category", "rc_confidence", "rc_evidence", "rc_rule_ids", "rc_flag_domestic_abuse"]
    for i, (text, cat, conf, ev, ids, da) in enumerate(zip(*(out[c] for c in cols), strict=True)):
        d = explain(text)
        got = (d.category, d.confidence, d.evidence_line, ";".join(d.rule_ids), "domestic_abuse" in d.flags)
        bad += got != (cat, conf, ev, ids, bool(da))
        label = json.dumps(explain(text, MIXED_LABELS[i % len(MIXED_LABELS)]).to_dict()) if i % 8 == 0 else ""
        rows.append({"text": json.dumps(d.to_dict()), "label": label})
    return pd.DataFrame(rows), bad


def jobs_agree() -> list[str]:
    """Differences between ``jobs=1`` and ``jobs=2`` on the bench notes (empty when identical)."""
    from reconcile.classify import classify

    df, text_col, _ = _frames()["bench"]
    one, two = (classify(df, text_column=text_col, jobs=j) for j in (1, 2))
    rc = [c for c in one.columns if c.startswith("rc_")]
    return [f"jobs=2 {p}" for p in compare(two[rc], one[rc])]


def compare(new: pd.DataFrame, old: pd.DataFrame) -> list[str]:
    """Differences between two snapshots (empty when identical)."""
    problems: list[str] = []
    if list(new.columns) != list(old.columns) or len(new) != len(old):
        return [f"shape/columns differ: {new.shape} {list(new.columns)} vs {old.shape} {list(old.columns)}"]
    for col in new.columns:
        a, b = new[col].to_numpy(), old[col].to_numpy()
        if a.dtype.kind == "f":
            same = a.view(np.uint64) == b.astype(a.dtype).view(np.uint64)  # bit for bit
        else:
            same = a == b
        bad = np.flatnonzero(~same)
        if len(bad):
            i = int(bad[0])
            where = f"{new['input'].iat[i]} row {new['row'].iat[i]}" if "input" in new.columns else f"row {i}"
            problems.append(f"{col}: {len(bad)} differ, first {where}: {a[i]!r} vs {b[i]!r}")
    return problems


def main() -> None:
    """Save the snapshot (``--save``) or compare with it."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--save", action="store_true", help="record the snapshot instead of comparing")
    parser.add_argument("--snapshot", type=Path, default=SNAPSHOT)
    parser.add_argument("--save-dtypes", action="store_true", help="record only the dtypes, if not yet recorded")
    args = parser.parse_args()
    import reconcile

    print(f"reconcile from {reconcile.__file__}")
    new, dtypes = snapshot()
    explained, bad_explain = explain_snapshot()
    print(f"explain disagreements with classify: {bad_explain}")
    explain_path = args.snapshot.with_suffix(".explain.parquet")
    dtypes_path = args.snapshot.with_suffix(".dtypes.json")
    if args.save or (args.save_dtypes and not dtypes_path.exists()):
        dtypes_path.write_text(json.dumps(dtypes, indent=1, sort_keys=True))
    if args.save:
        new.to_parquet(args.snapshot)
        explained.to_parquet(explain_path)
        print(f"saved {len(new)} rows to {args.snapshot}")
        sys.exit(1 if bad_explain else 0)
    problems = compare(new, pd.read_parquet(args.snapshot))
    problems += [f"explain {p}" for p in compare(explained, pd.read_parquet(explain_path))]
    problems += jobs_agree()
    old_dtypes = json.loads(dtypes_path.read_text())
    problems += [f"dtype {k}: {dtypes.get(k)} vs {v}" for k, v in old_dtypes.items() if dtypes.get(k) != v]
    problems += [f"dtype {k}: new column" for k in dtypes if k not in old_dtypes]
    for p in problems:
        print("DIFF", p)
    print("IDENTICAL" if not problems and not bad_explain else "DIFFERENT")
    sys.exit(1 if problems or bad_explain else 0)


if __name__ == "__main__":
    main()
