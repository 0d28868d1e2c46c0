"""Estimate the linkage model (models/linkage.json) from generated exports with known truth.

For each comparison level, m = P(level | true pair) is counted on the generator's true VAL-VS
pairs and u = P(level | not a pair) on uniformly random VAL-VS pairs (not on blocked candidates,
which are biased towards agreement). Counts get add-one smoothing; every non-null m is floored so
that a slip the generator never makes (a phone digit off, a retyped reference) still counts as
evidence, and no disagreement is ever treated as impossible for a true pair.

Usage:
    python benchmarks/train_linkage.py [--seeds 101 102 103 104] [--rows 3000] [--out models/linkage.json]

The training seeds differ from the evaluation seeds in bench_link.py.
"""

from __future__ import annotations

import argparse
import inspect
import math
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from reconcile._comparisons import COMPARISONS, LevelParams, build_features, evaluate_levels
from reconcile.linkage import ComparisonWeights, LevelWeights, LinkageModel, candidate_pairs
from reconcile.sample import generate_sample
from reconcile.validation import validate

ROOT = Path(__file__).resolve().parents[1]
#: Smallest m for a non-null level, and for the VAL-referral "not recorded" level.
M_FLOOR = 0.01
M_FLOOR_BY_COMPARISON = {"val_referral": 0.05, "phone": 0.03, "postcode": 0.02}
U_FLOOR = 1e-6


def _sample(out: Path, seed: int, rows: int) -> Any:
    kwargs: dict[str, Any] = {"seed": seed, "val_rows": rows}
    if "xlsx" in inspect.signature(generate_sample).parameters:
        kwargs["xlsx"] = False
    return generate_sample(out, **kwargs)


def count_levels(seeds: list[int], rows: int, random_pairs: int, params: LevelParams) -> dict[str, Any]:
    n_comp = len(COMPARISONS)
    m_counts = [np.zeros(len(c.levels)) for c in COMPARISONS]
    u_counts = [np.zeros(len(c.levels)) for c in COMPARISONS]
    true_total = random_total = blocked_true = 0
    rng = np.random.default_rng(20240601)
    defaults = LinkageModel.model_fields
    for seed in seeds:
        with tempfile.TemporaryDirectory() as tmp:
            files = _sample(Path(tmp), seed, rows)
            val = validate(files.val_csv, feed="val")
            vs = validate(files.vs_csv, feed="vs")
            truth = pd.read_csv(files.truth_dir / "links.csv")
        left = build_features(val.records)
        right = build_features(vs.records)
        lpos = {int(r): p for p, r in enumerate(left.rows)}
        rpos = {int(r): p for p, r in enumerate(right.rows)}
        ti = np.asarray([lpos[int(r)] for r in truth["val_row"]], dtype=np.int64)
        tj = np.asarray([rpos[int(r)] for r in truth["vs_row"]], dtype=np.int64)
        levels, _ = evaluate_levels(left, right, ti, tj, params)
        for c in range(n_comp):
            m_counts[c] += np.bincount(levels[:, c], minlength=len(COMPARISONS[c].levels))
        true_total += len(ti)
        li, rj, _ = candidate_pairs(
            left,
            right,
            list(defaults["blocking"].default_factory()),
            defaults["max_block_pairs"].default,  # type: ignore[misc]
        )
        candidate_codes = set((li * len(right) + rj).tolist())
        blocked_true += sum(1 for a, b in zip(ti, tj, strict=True) if int(a * len(right) + b) in candidate_codes)
        ri = rng.integers(0, len(left), random_pairs)
        rr = rng.integers(0, len(right), random_pairs)
        true_codes = set((ti * len(right) + tj).tolist())
        keep = np.asarray([int(a * len(right) + b) not in true_codes for a, b in zip(ri, rr, strict=True)])
        levels, _ = evaluate_levels(left, right, ri[keep], rr[keep], params)
        for c in range(n_comp):
            u_counts[c] += np.bincount(levels[:, c], minlength=len(COMPARISONS[c].levels))
        random_total += int(keep.sum())
        print(
            f"seed {seed}: {len(left)} VAL x {len(right)} VS, {len(ti)} true pairs, {len(li)} candidates",
            file=sys.stderr,
        )
    return {
        "m_counts": m_counts, "u_counts": u_counts, "true_pairs": true_total, "random_pairs": random_total,
        "blocking_recall": blocked_true / max(true_total, 1),
    }  # fmt: skip


def _probabilities(counts: np.ndarray, floor: float) -> list[float]:
    """Smoothed, floored probabilities over the non-null levels (index 1 on)."""
    observed = counts[1:] + 1.0
    p = observed / observed.sum()
    p = np.maximum(p, floor)
    p = p / p.sum()
    return [float(f"{x:.6g}") for x in p]


def _monotone(m: list[float], u: list[float]) -> list[float]:
    """Raise u where needed so weights never rise down the level order and stay 1 bit under exact.

    Levels are ordered from the strongest agreement down; a level the generator never makes on
    random pairs (u counted as ~0) would otherwise outweigh an exact agreement.
    """
    out = list(u)
    cap = math.inf
    for k, (mk, uk) in enumerate(zip(m, u, strict=True)):
        weight = min(math.log2(mk / uk), cap)
        out[k] = float(f"{mk / 2**weight:.6g}")
        cap = weight - 1.0 if k == 0 else weight
    return out


def build_model(counts: dict[str, Any], seeds: list[int], rows: int) -> LinkageModel:
    comparisons = []
    for c, comparison in enumerate(COMPARISONS):
        m = _probabilities(counts["m_counts"][c], M_FLOOR_BY_COMPARISON.get(comparison.name, M_FLOOR))
        u = _probabilities(counts["u_counts"][c], U_FLOOR)
        if comparison.name != "val_referral":
            u = _monotone(m, u)
        levels = [LevelWeights(label=comparison.levels[0].label)]
        levels += [LevelWeights(label=level.label, m=m[k], u=u[k]) for k, level in enumerate(comparison.levels[1:])]
        comparisons.append(ComparisonWeights(name=comparison.name, description=comparison.description, levels=levels))
    trained = {
        "method": "level counts on generated truth: m on true pairs, u on uniformly random pairs; "
        "add-one smoothing, m floored",
        "script": "benchmarks/train_linkage.py",
        "generator": "reconcile.sample.generate_sample",
        "seeds": seeds,
        "val_rows_per_seed": rows,
        "true_pairs": counts["true_pairs"],
        "random_pairs": counts["random_pairs"],
        "blocking_recall_on_training": round(counts["blocking_recall"], 5),
        "m_floor": M_FLOOR,
        "m_floor_by_comparison": M_FLOOR_BY_COMPARISON,
    }
    return LinkageModel(trained=trained, comparisons=comparisons)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[101, 102, 103, 104])
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--random-pairs", type=int, default=400_000)
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "linkage.json")
    args = parser.parse_args(argv)
    counts = count_levels(args.seeds, args.rows, args.random_pairs, LevelParams())
    model = build_model(counts, args.seeds, args.rows)
    model.save(args.out, overwrite=True)
    for comparison in model.comparisons:
        weights = ", ".join(f"{lv.label} {lv.weight:+.1f}" for lv in comparison.levels if lv.m is not None)
        print(f"{comparison.name:14} {weights}")
    print(f"blocking recall on training pairs: {counts['blocking_recall']:.4%}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
