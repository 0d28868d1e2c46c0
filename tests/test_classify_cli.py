from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from reconcile.cli import main


def invoke(args: list[str], code: int) -> str:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == code, result.output
    return result.output


def test_classify_csv(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    pd.DataFrame({"ref": ["1", "2"], "notes": ["s47 ABH by ex-p", "bike stolen"]}).to_csv(src, index=False)
    out = tmp_path / "out.csv"
    text = invoke(["classify", str(src), "-o", str(out), "--id-column", "ref"], 0)
    assert "2 rows" in text
    df = pd.read_csv(out)
    assert df["rc_category"].tolist() == ["violence_with_injury", "bicycle_theft"]
    meta = json.loads((tmp_path / "out.csv.meta.json").read_text())
    assert meta["rules_version"]


def test_classify_missing_column(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    pd.DataFrame({"text": ["x"], "other": ["y"]}).to_csv(src, index=False)
    text = invoke(["classify", str(src), "-o", str(tmp_path / "o.csv")], 2)
    assert "ConfigError" in text


def test_explain() -> None:
    assert "violence_with_injury" in invoke(["explain", "s47 ABH"], 0)
    data = json.loads(invoke(["explain", "nil DA", "--format", "json"], 0))
    assert data["flags"] == []


def test_rules_test() -> None:
    assert "rule examples pass" in invoke(["rules", "test"], 0)
