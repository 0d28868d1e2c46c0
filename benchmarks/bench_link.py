"""Benchmark reconcile link: accuracy on generated exports with truth, and time and memory at scale.

1. Accuracy: for several seeds (not the training seeds), generate a VAL/VS pair, link it and
   score the links against ``truth/links.csv``: precision and recall of the pairs, recall of the
   lost referrals (``truth/val_truth.csv`` ``lost``), and how many records went to review.
2. Independent export pairs (``benchmarks/data/blind_link*``), scored against their own truth.
3. Scale: generate 50,000 VAL rows, keep 20,000 of the VS rows (the VAL rows whose VS record was
   dropped become lost in the truth), and run ``reconcile link`` end to end in a child process:
   wall-clock time (start-up, reading, validation, linking, classification, writing) and peak
   resident memory (``ru_maxrss`` of the child). Accuracy is scored on this pair too.

Usage:
    python benchmarks/bench_link.py [--seeds 1 2 3 4 5] [--val-rows 50000] [--vs-rows 20000]
        [--out benchmarks/RESULTS-link.md] [--skip-scale]
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

import reconcile
from reconcile.linkage import link
from reconcile.sample import generate_sample

ROOT = Path(__file__).resolve().parents[1]


def sample_pair(out: Path, seed: int, val_rows: int, vs_rows: int | None = None) -> dict[str, Path]:
    """Generate a VAL/VS pair with truth; keep only ``vs_rows`` VS rows when given."""
    kwargs: dict[str, Any] = {"seed": seed, "val_rows": val_rows}
    if "xlsx" in inspect.signature(generate_sample).parameters:
        kwargs["xlsx"] = False
    files = generate_sample(out, **kwargs)
    truth_links = pd.read_csv(files.truth_dir / "links.csv")
    val_truth = pd.read_csv(files.truth_dir / "val_truth.csv")
    lost = val_truth.get("lost", pd.Series(False, index=val_truth.index)).fillna(False).astype(bool)
    vs_path = files.vs_csv
    if vs_rows is not None:
        vs = pd.read_csv(files.vs_csv, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        rng = np.random.default_rng(seed)
        keep = np.sort(rng.choice(len(vs), size=min(vs_rows, len(vs)), replace=False))
        new_row = {int(old) + 1: new + 1 for new, old in enumerate(keep)}
        vs = vs.iloc[keep]
        vs_path = out / "vs_export_20k.csv"
        vs.to_csv(vs_path, index=False, encoding="utf-8-sig")
        dropped = ~truth_links["vs_row"].isin(list(new_row))
        lost = lost | val_truth["row"].isin(truth_links.loc[dropped, "val_row"])
        truth_links = truth_links[~dropped].assign(vs_row=lambda t: t["vs_row"].map(new_row))
    truth_dir = out / "truth_bench"
    truth_dir.mkdir(exist_ok=True)
    truth_links.to_csv(truth_dir / "links.csv", index=False)
    val_truth.assign(lost=lost).to_csv(truth_dir / "val_truth.csv", index=False)
    return {
        "val": files.val_csv,
        "vs": vs_path,
        "links": truth_dir / "links.csv",
        "val_truth": truth_dir / "val_truth.csv",
    }


def _typo(rng: np.random.Generator, word: str) -> str:
    if len(word) < 4:
        return word
    i = int(rng.integers(1, len(word) - 2))
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def harden(vs_path: Path, seed: int) -> None:
    """Add mess the generator does not make, on top of what it does, to the VS export in place.

    Per VS row, independently: surname typo (20%), forename cut to an initial (8%), name written
    "Surname Forename" without a comma (8%), one digit of the date of birth changed (8%), moved
    house within the district (15%), a digit of the crime reference mistyped (10%), the phone
    dropped (30%) and the VS referral 7 to 24 days after VAL's (10%).
    """
    rng = np.random.default_rng(1000 + seed)
    vs = pd.read_csv(vs_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    for k in range(len(vs)):
        name = vs.at[k, "Client Name"]
        if "," in name:
            surname, forename = (p.strip() for p in name.split(",", 1))
        else:
            forename, _, surname = name.rpartition(" ")
        if rng.random() < 0.20:
            surname = _typo(rng, surname)
        if rng.random() < 0.08 and forename:
            forename = forename[0]
        vs.at[k, "Client Name"] = f"{surname} {forename}" if rng.random() < 0.08 else f"{surname.upper()}, {forename}"
        dob = vs.at[k, "Date of Birth"]
        if rng.random() < 0.08 and len(dob) == 10:
            pos = int(rng.choice([0, 1, 3, 8, 9]))
            digit = str((int(dob[pos]) + 1) % 10) if pos != 3 else dob[pos]
            vs.at[k, "Date of Birth"] = dob[:pos] + digit + dob[pos + 1 :]
        postcode = vs.at[k, "Postcode"].replace(" ", "")
        if rng.random() < 0.15 and len(postcode) >= 5:
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            vs.at[k, "Postcode"] = (
                f"{postcode[:-3]} {rng.integers(1, 10)}{rng.choice(list(letters))}{rng.choice(list(letters))}"
            )
        ref = vs.at[k, "Police Reference"]
        digits = [i for i, ch in enumerate(ref) if ch.isdigit()]
        if rng.random() < 0.10 and len(digits) > 4:
            pos = int(rng.choice(digits[2:-2]))
            ref = ref[:pos] + str((int(ref[pos]) + 3) % 10) + ref[pos + 1 :]
            vs.at[k, "Police Reference"] = ref
        if rng.random() < 0.30:
            vs.at[k, "Telephone"] = ""
        if rng.random() < 0.10:
            day = pd.to_datetime(vs.at[k, "Referral Date"], format="%d/%m/%Y")
            vs.at[k, "Referral Date"] = (day + pd.Timedelta(days=int(rng.integers(7, 19)))).strftime("%d/%m/%Y")
    vs.to_csv(vs_path, index=False, encoding="utf-8-sig")


def score(links: pd.DataFrame, truth_links: Path, val_truth: Path) -> dict[str, Any]:
    """Precision and recall of the linked pairs, and recall of the lost referrals."""
    truth = pd.read_csv(truth_links)
    vt = pd.read_csv(val_truth)
    pred = links.dropna(subset=["val_row", "vs_row"])
    predicted = set(zip(pred["val_row"].astype(int), pred["vs_row"].astype(int), strict=True))
    true = set(zip(truth["val_row"].astype(int), truth["vs_row"].astype(int), strict=True))
    hit = len(predicted & true)
    lost_true = set(vt.loc[vt["lost"].fillna(False).astype(bool), "row"].astype(int))
    lost_pred = set(links.loc[links["status"] == "lost", "val_row"].astype(int))
    return {
        "true_pairs": len(true),
        "predicted_pairs": len(predicted),
        "precision": hit / len(predicted) if predicted else 1.0,
        "recall": hit / len(true) if true else 1.0,
        "lost_true": len(lost_true),
        "lost_found": len(lost_true & lost_pred),
        "lost_recall": len(lost_true & lost_pred) / len(lost_true) if lost_true else 1.0,
        "review": int((links["status"] == "review").sum()),
    }


def accuracy(seeds: list[int], rows: int, hard: bool = False) -> list[dict[str, Any]]:
    results = []
    for seed in seeds:
        with tempfile.TemporaryDirectory() as tmp:
            paths = sample_pair(Path(tmp), seed, rows)
            if hard:
                harden(paths["vs"], seed)
            started = time.perf_counter()
            result = link(paths["val"], paths["vs"])
            elapsed = time.perf_counter() - started
            figures = score(result.links, paths["links"], paths["val_truth"])
        figures.update(seed=seed, val_rows=result.summary["val_rows"], vs_rows=result.summary["vs_rows"],
                       seconds=round(elapsed, 2))  # fmt: skip
        print(json.dumps(figures), file=sys.stderr)
        results.append(figures)
    return results


def scale(seed: int, val_rows: int, vs_rows: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        # The generator adds ~2% near-duplicate rows: ask for fewer so the export has val_rows rows.
        paths = sample_pair(out, seed, int(round(val_rows / 1.02)), vs_rows)
        links_csv, summary_json = out / "links.csv", out / "summary.json"
        exe = str(Path(sys.executable).with_name("reconcile"))
        command = [
            exe,
            "link",
            str(paths["val"]),
            str(paths["vs"]),
            "-o",
            str(links_csv),
            "--json",
            str(summary_json),
        ]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            raise SystemExit(f"reconcile link failed ({proc.returncode}): {proc.stderr}")
        summary = json.loads(summary_json.read_text(encoding="utf-8"))
        links = pd.read_csv(links_csv)
        figures = score(links, paths["links"], paths["val_truth"])
    figures.update(
        seed=seed, val_rows=summary["val_rows"], vs_rows=summary["vs_rows"], wall_seconds=round(elapsed, 1),
        cpu_seconds=round((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), 1),
        peak_rss_mb=round(after.ru_maxrss / 1024, 0), stages=summary["seconds"],
        candidate_pairs=summary["candidate_pairs"], stdout=proc.stdout,
    )  # fmt: skip
    print(json.dumps({k: v for k, v in figures.items() if k != "stdout"}), file=sys.stderr)
    return figures


BLIND_PAIRS = {
    "blind_link": "make_blind_link_pair.py, BLIND_LINK.md",
    "blind_link2": "make_blind_link_pair2.py, BLIND_LINK2.md",
}


def blind_pair(name: str = "blind_link") -> dict[str, Any] | None:
    """Link one independent export pair (``benchmarks/data/<name>``) and score it against its truth."""
    folder = ROOT / "benchmarks" / "data" / name
    if not (folder / "val_export.csv").is_file():
        return None
    started = time.perf_counter()
    result = link(folder / "val_export.csv", folder / "vs_export.csv")
    seconds = time.perf_counter() - started
    links = result.links
    truth = pd.read_csv(folder / "truth_links.csv")
    true = set(zip(truth["val_row"], truth["vs_row"], strict=True))
    both = links.dropna(subset=["val_row", "vs_row"])
    predicted = set(zip(both["val_row"].astype(int), both["vs_row"].astype(int), strict=True))
    lost_true = set(pd.read_csv(folder / "truth_lost.csv")["val_row"])
    lost_found = set(links.loc[links["status"] == "lost", "val_row"].astype(int))
    tp = len(true & predicted)
    return {
        "true_pairs": len(true), "predicted_pairs": len(predicted), "tp": tp,
        "precision": tp / max(1, len(predicted)), "recall": tp / max(1, len(true)),
        "lost_true": len(lost_true), "lost_reported": len(lost_found), "lost_hit": len(lost_true & lost_found),
        "review": int((links["status"] == "review").sum()), "seconds": round(seconds, 1),
        "val_rows": result.summary["val_rows"], "vs_rows": result.summary["vs_rows"], "name": name,
    }  # fmt: skip


def _table(acc: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| seed | VAL rows | VS rows | true pairs | linked | precision | recall | lost recall | review | s |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in acc:
        lines.append(
            f"| {r['seed']} | {r['val_rows']:,} | {r['vs_rows']:,} | {r['true_pairs']:,} "
            f"| {r['predicted_pairs']:,} | {r['precision']:.4f} | {r['recall']:.4f} "
            f"| {r['lost_recall']:.4f} ({r['lost_found']}/{r['lost_true']}) "
            f"| {r['review']} | {r['seconds']} |"
        )
    if acc:
        tp = sum(r["precision"] * r["predicted_pairs"] for r in acc)
        true_total = sum(r["true_pairs"] for r in acc)
        predicted_total = sum(r["predicted_pairs"] for r in acc)
        lines.append(
            f"| **all** | | | {true_total:,} | {predicted_total:,} "
            f"| {tp / max(1, predicted_total):.4f} "
            f"| {tp / max(1, true_total):.4f} "
            f"| {sum(r['lost_found'] for r in acc) / max(1, sum(r['lost_true'] for r in acc)):.4f} "
            f"| {sum(r['review'] for r in acc)} | |"
        )
    return lines


def report(
    acc: list[dict[str, Any]],
    hard: list[dict[str, Any]],
    rows: int,
    big: dict[str, Any] | None,
    blind: list[dict[str, Any]] | None = None,
) -> str:
    lines = [
        "# reconcile link: benchmark results",
        "",
        "Generated by `python benchmarks/bench_link.py`; do not edit by hand.",
        "",
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"reconcile {reconcile.__version__}.",
        "",
        "## Accuracy on generated exports (seeds not used for training)",
        "",
        f"Each seed: `generate_sample(seed, val_rows={rows})`, linked with the bundled model and defaults. "
        "Precision and recall are of the (val_row, vs_row) pairs against `truth/links.csv`; lost recall "
        "is of the VAL rows the generator lost on the way to VS.",
        "",
        *_table(acc),
    ]
    if hard:
        lines += [
            "",
            "## Accuracy on harder exports",
            "",
            "The same seeds, with more mess added to the VS export than the generator makes (see "
            "`harden()`): surname typos (20% of rows), forenames cut to an initial (8%), names written "
            '"Surname Forename" (8%), a digit of the date of birth changed (8%), a house move within the '
            "district (15%), a mistyped crime-reference digit (10%), no phone (30%) and a VS referral "
            "7 to 24 days after VAL's (10%). The model was not retrained for them.",
            "",
            *_table(hard),
        ]
    if blind:
        lines += [
            "",
            "## Accuracy on independent export pairs",
            "",
            "Each written by a helper who saw only the linkage requirement (the generator and its notes "
            "in `benchmarks/`): its own column layouts, delimiters and encodings, households sharing "
            "surname, address, phone and crime reference, namesakes, twins, nicknames and middle names, "
            '"Signposted to VS" and multi-select "Referred To" values. Linked with the bundled model and '
            "defaults.",
            "",
            "| pair | VAL rows | VS rows | true pairs | linked | precision | recall | lost referrals found | "
            "lost reported (precision) | review | s |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for b in blind:
            lines.append(
                f"| `{b['name']}` ({BLIND_PAIRS[b['name']]}) | {b['val_rows']:,} | {b['vs_rows']:,} "
                f"| {b['true_pairs']:,} | {b['predicted_pairs']:,} | {b['precision']:.4f} | {b['recall']:.4f} "
                f"| {b['lost_hit'] / max(1, b['lost_true']):.4f} ({b['lost_hit']}/{b['lost_true']}) "
                f"| {b['lost_reported']} ({b['lost_hit'] / max(1, b['lost_reported']):.4f}) | {b['review']} "
                f"| {b['seconds']} |"
            )
    if big:
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in big["stages"].items() if k != "total")
        lines += [
            "",
            f"## Scale: {big['val_rows']:,} VAL x {big['vs_rows']:,} VS rows",
            "",
            f"`reconcile link VAL VS -o links.csv --json summary.json`, run end to end in a child process "
            f"(seed {big['seed']}; the VS export is 20,000 of the generated VS rows, so the VAL rows whose "
            "VS record was dropped are lost in the truth).",
            "",
            "| measure | value |",
            "|---|---:|",
            f"| wall-clock time, end to end | **{big['wall_seconds']} s** |",
            f"| CPU time (user + system) | {big['cpu_seconds']} s |",
            f"| peak resident memory | **{big['peak_rss_mb']:.0f} MB** |",
            f"| candidate pairs after blocking | {big['candidate_pairs']:,} |",
            f"| precision | {big['precision']:.4f} |",
            f"| recall | {big['recall']:.4f} |",
            f"| lost-referral recall | {big['lost_recall']:.4f} ({big['lost_found']:,}/{big['lost_true']:,}) |",
            f"| records in review | {big['review']} |",
            "",
            f"Stages inside the run (from the summary JSON): {stages}. Ingest is reading and validating "
            "both exports; outputs include mapping both sides' crime types to the taxonomy (classifier and "
            "crosswalks).",
            "",
            "Summary printed by the command:",
            "",
            "```",
            big["stdout"].rstrip(),
            "```",
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5, 6])
    parser.add_argument("--rows", type=int, default=3000, help="VAL rows per accuracy seed")
    parser.add_argument("--val-rows", type=int, default=50_000)
    parser.add_argument("--vs-rows", type=int, default=20_000)
    parser.add_argument("--scale-seed", type=int, default=7)
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS-link.md")
    args = parser.parse_args(argv)
    acc = accuracy(args.seeds, args.rows)
    hard = accuracy(args.seeds, args.rows, hard=True)
    blind = [b for b in (blind_pair(name) for name in BLIND_PAIRS) if b is not None]
    big = None if args.skip_scale else scale(args.scale_seed, args.val_rows, args.vs_rows)
    args.out.write_text(report(acc, hard, args.rows, big, blind), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
