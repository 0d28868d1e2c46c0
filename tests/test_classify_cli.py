from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from reconcile.classify import classify
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


def test_a_text_column_pandas_built_by_concatenation_is_classified() -> None:
    # pandas keeps a concatenated string column as several arrow chunks
    df = pd.concat([pd.DataFrame({"notes": ["husband punched her"]}), pd.DataFrame({"notes": ["bike stolen"]})])
    assert classify(df)["rc_category"].tolist() == ["violence_without_injury", "bicycle_theft"]


def test_an_export_read_in_several_chunks_is_classified(tmp_path: Path) -> None:
    # the reader yields 100,000-row chunks; an export one row longer is concatenated
    notes = ["husband punched her", "bike stolen", "burglary at home"]
    path = tmp_path / "notes.csv"
    pd.DataFrame({"notes": [notes[i % 3] for i in range(100_001)]}).to_csv(path, index=False)
    out = tmp_path / "out.csv"
    invoke(["classify", str(path), "-o", str(out)], 0)
    result = pd.read_csv(out, usecols=["notes", "rc_category"], dtype=str)
    expected = {"husband punched her": "violence_without_injury", "bike stolen": "bicycle_theft"}
    expected["burglary at home"] = "burglary"
    assert len(result) == 100_001 and (result["rc_category"] == result["notes"].map(expected)).all()


def test_a_note_too_long_for_a_workbook_cell_is_refused_not_cut(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    pd.DataFrame({"notes": ["husband punched her. " * 2_000, "bike stolen"]}).to_csv(src, index=False)
    out = tmp_path / "out.xlsx"
    text = invoke(["classify", str(src), "-o", str(out)], 2)
    assert "R116" in text and "row 1" in text and "32,767" in text and not out.exists()
    invoke(["classify", str(src), "-o", str(tmp_path / "out.csv")], 0)  # the text fits a CSV


def test_no_progress_bar_is_written_to_a_log_file(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    pd.DataFrame({"notes": [f"bike stolen from shed {i}" for i in range(20_001)]}).to_csv(src, index=False)
    result = CliRunner().invoke(main, ["classify", str(src), "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 0 and "text/s" not in result.output and "it/s" not in result.output


def test_rules_docs_creates_the_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "new" / "dir" / "rules.md"
    invoke(["rules", "docs", "-o", str(out)], 0)
    assert out.read_text(encoding="utf-8").startswith("#")


def test_parquet_in_parquet_out_keeps_the_input_columns_types(tmp_path: Path) -> None:
    src = tmp_path / "in.parquet"
    when = pd.to_datetime(["2023-05-01", "2023-05-02"])
    pd.DataFrame(
        {"notes": ["husband punched her", "bike stolen"], "n": [1, 2], "flag": [True, False], "when": when}
    ).to_parquet(src, index=False)
    out = tmp_path / "out.parquet"
    invoke(["classify", str(src), "-o", str(out)], 0)
    result = pd.read_parquet(out)
    assert result["n"].tolist() == [1, 2] and result["flag"].tolist() == [True, False]
    assert pd.api.types.is_datetime64_any_dtype(result["when"])
    assert result["rc_category"].tolist() == ["violence_without_injury", "bicycle_theft"]
    invoke(["classify", str(src), "-o", str(tmp_path / "out.csv")], 0)  # and to any other format
