"""`reconcile link` through click's CliRunner: outputs, summary, exit codes and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from reconcile.sample import SampleFiles

from .conftest import invoke


def test_link_writes_every_output(sample: SampleFiles, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke([
        "link", sample.val_csv, sample.vs_csv, "-o", out / "links.csv", "--json", out / "summary.json",
        "--lost", out / "lost.csv", "--vs-only", out / "vs_only.csv", "--review", out / "review.csv",
    ])  # fmt: skip
    links = pd.read_csv(out / "links.csv")
    assert list(links.columns[:4]) == ["val_row", "vs_row", "score", "match_reasons"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["linked"] == int((links["status"] == "linked").sum())
    assert len(pd.read_csv(out / "lost.csv")) == summary["lost"]
    assert len(pd.read_csv(out / "vs_only.csv")) == summary["vs_only"]
    assert (out / "review.csv").exists()
    text = result.output
    for words in (
        "linked:",
        "lost:",
        "vs only:",
        "review:",
        "engagement of linked referrals",
        "days from VAL referral to VS first contact",
        "crime category",
        f"wrote {out / 'links.csv'}",
    ):
        assert words in text, words  # fmt: skip
    assert "precision needs the truth" in text
    assert "precision:" not in text.lower()


def test_options_reach_the_run(sample: SampleFiles, tmp_path: Path) -> None:
    invoke([
        "link", sample.val_csv, sample.vs_csv, "-o", tmp_path / "l.csv", "--json", tmp_path / "s.json",
        "--threshold", "0.99", "--window-days", "7", "--review-margin", "2", "--no-categories",
        "--referral-pattern", r"victim\s*support",
    ])  # fmt: skip
    summary = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert (summary["threshold"], summary["window_days"], summary["review_margin_bits"]) == (0.99, 7, 2)
    assert summary["categories"] is None


def test_profiles_are_used(sample: SampleFiles, tmp_path: Path) -> None:
    from reconcile.resources import rules_dir

    profiles = rules_dir() / "profiles"
    invoke([
        "link", sample.val_csv, sample.vs_csv, "-o", tmp_path / "l.csv", "--no-categories",
        "--val-profile", profiles / "val.yaml", "--vs-profile", profiles / "vs.yaml",
    ])  # fmt: skip
    result = invoke(
        ["link", sample.val_csv, sample.vs_csv, "-o", tmp_path / "l.csv",
         "--val-profile", profiles / "vs.yaml"], code=2,
    )  # fmt: skip
    assert "LinkError" in result.output and "profile 'vs' matches only" in result.output


@pytest.mark.parametrize(
    ("swap", "message"),
    [
        (True, "LinkError: [R301]"),
        (False, "InputError"),
    ],
)
def test_bad_inputs_exit_2_with_one_line(sample: SampleFiles, tmp_path: Path, swap: bool, message: str) -> None:
    if swap:
        args = [sample.vs_csv, sample.val_csv]
    else:
        broken = tmp_path / "vs.xlsx"
        broken.write_bytes(b"this is not a workbook")
        args = [sample.val_csv, broken]
    result = invoke(["link", *args, "-o", tmp_path / "links.csv"], code=2)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(message.split(":")[0]), result.output
    assert message in lines[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "links.csv").exists()


def test_usage_errors(sample: SampleFiles, tmp_path: Path) -> None:
    invoke(["link", sample.val_csv, sample.vs_csv], code=2)  # -o is required
    invoke(["link", sample.val_csv, sample.vs_csv, "-o", tmp_path / "l.csv", "--threshold", "1.5"], code=2)
    args = ["link", sample.val_csv, sample.vs_csv, "-o", tmp_path / "l.csv", "--model", tmp_path / "m.json"]
    result = invoke(args, code=2)
    assert "ConfigError" in result.output and "train_linkage" in result.output
