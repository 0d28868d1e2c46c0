"""Bad input to the public API raises a clear ReconcileError, and odd exports still run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import reconcile
from reconcile.config import Settings
from reconcile.errors import ConfigError, InputError
from reconcile.linkage import link
from reconcile.pipeline import OUTPUT_FILES, parse_period, period_label, run
from reconcile.readers import read_table
from reconcile.validation import validate

HEADERS = {
    "VAL Ref": ["V1", "V2", "V3"],
    "Crime Reference": ["22/1001/23", "22/1002/23", "22/1003/23"],
    "Date Referral Received": ["03/04/2023", "05/04/2023", "07/04/2023"],
    "Date Allocated": ["04/04/2023", "06/04/2023", "08/04/2023"],
    "Policing Area": ["Shropshire", "Herefordshire", "Shropshire"],
    "Referrer": ["Police", "Police", "Self"],
    "Crime Type": ["Other crime", "Burglary", "Other crime"],
    "Notes": ["V's pedal cycle stolen", "house broken into", "wallet taken in pub; OIC told"],
    "DA Flag": ["No", "No", "No"],
    "Victim Forename": ["Ann", "Bob", "Cat"],
    "Victim Surname": ["Able", "Baker", "Cole"],
    "DOB": ["01/02/1980", "03/04/1975", "05/06/1990"],
    "Postcode": ["SY1 1AA", "HR1 2BB", "SY2 3CC"],
    "Contact Number": ["07700 900001", "07700 900002", "07700 900003"],
    "Consent": ["Yes", "Yes", "Yes"],
    "Outcome": ["Advice given", "Advice given", "Advice given"],
}
SETTINGS = Settings(as_of="2023-07-01")  # fixed "today": the dates above are never in the future


def _val_frame(**drop: bool) -> pd.DataFrame:
    return pd.DataFrame({k: v for k, v in HEADERS.items() if not drop.get(k.replace(" ", "_"))})


def _write(frame: pd.DataFrame, path: Path) -> Path:
    frame.to_csv(path, index=False)
    return path


# -- item 1: run without a crime-type (or notes) column ------------------------------------------


def test_run_without_crime_type_classifies_every_row_from_its_notes(tmp_path: Path) -> None:
    path = _write(_val_frame(Crime_Type=True), tmp_path / "val.csv")
    result = run(path, out_dir=tmp_path / "out", settings=SETTINGS)
    assert result.summary.rows == 3 and len(result.records) == 3
    assert result.records["rc_category"].iloc[0] == "bicycle_theft"
    assert any("no crime-type column" in n for n in result.summary.notices)
    assert "column_missing" in set(result.val.failures["check"])
    # the reader of the terminal summary and of the report is told too
    from reconcile.cli import format_run_summary

    assert "notice: the VAL export has no crime-type column" in format_run_summary(result.summary, {})
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert 'data-warning="notice"' in html and "no crime-type column" in html


def test_run_on_unrecognised_headers_is_refused_not_passed(tmp_path: Path) -> None:
    # no column maps to a referral field: every check would "pass" every row, so nothing is reported
    path = tmp_path / "foo.csv"
    path.write_text("foo,bar\n1,2\n3,4\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"R113.*no column could be matched.*profile init"):
        run(path, out_dir=tmp_path / "out", settings=SETTINGS)
    with pytest.raises(ConfigError, match=r"no column could be matched"):
        validate(pd.DataFrame({"foo": ["1"], "bar": ["2"]}), settings=SETTINGS)
    assert not (tmp_path / "out" / "report.html").exists()


# -- item 2: feed names --------------------------------------------------------------------------


def test_feed_is_case_insensitive_and_unknown_feed_names_the_allowed_values() -> None:
    assert validate(_val_frame(), feed="VAL", settings=SETTINGS).profile.feed == "val"
    with pytest.raises(ConfigError, match=r"\[R206\] feed 'xyz' is not known; use one of auto, val, vs"):
        validate(_val_frame(), feed="xyz")


# -- item 3: repeated column names in a frame ----------------------------------------------------


def test_repeated_column_names_are_renamed_like_the_csv_reader_does() -> None:
    frame = _val_frame()
    frame = pd.concat([frame, frame[["Notes"]]], axis=1)
    result = validate(frame, settings=SETTINGS)
    assert list(result.source.columns)[-1] == "Notes (2)" and result.rows == 3


# -- item 4: failure messages never quote the area cell ------------------------------------------


def test_area_messages_do_not_repeat_the_cell() -> None:
    frame = _val_frame()
    frame.loc[0, "Policing Area"] = "Jo Bloggs rang 07700900123"
    frame.loc[1, "Policing Area"] = "Shropshier Jo"
    result = validate(frame, settings=SETTINGS)
    messages = " ".join(result.failures["message"])
    assert "area_unknown" in set(result.failures["check"])
    assert "Jo" not in messages and "07700900123" not in messages and "Shropshier" not in messages
    assert "not one of the configured areas (Herefordshire" in messages


# -- item 5: periods -----------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["2023Q2", "2023-Q2", "2023q2", "2023 Q2", " 2023 - q2 "])
def test_every_accepted_period_spelling_normalises(spelling: str) -> None:
    assert period_label(spelling) == "2023Q2"


@pytest.mark.parametrize("bad", ["0000Q1", "9999Q4", "1899Q4", 2023, None, ["2023Q2"]])
def test_bad_periods_are_config_errors(bad: Any) -> None:
    with pytest.raises(ConfigError, match=r"\[R203\]"):
        parse_period(bad)


def test_run_period_in_summary_is_normalised_and_bad_period_fails_first(tmp_path: Path) -> None:
    path = _write(_val_frame(), tmp_path / "val.csv")
    assert run(path, out_dir=tmp_path / "out", period="2023 Q2", settings=SETTINGS).summary.period == "2023Q2"
    with pytest.raises(ConfigError, match=r"\[R203\].*not int"):
        run(path, out_dir=tmp_path / "out", period=2023)


# -- item 6: stale outputs -----------------------------------------------------------------------


def test_a_second_run_removes_the_outputs_it_does_not_write(tmp_path: Path) -> None:
    path = _write(_val_frame(), tmp_path / "val.csv")
    out = tmp_path / "out"
    out.mkdir()
    for name in ("links.csv", "vs_records.csv", "vs_failures.csv"):  # as a run with VS leaves them
        (out / name).write_text("old\n", encoding="utf-8")
    (out / "mine.txt").write_text("keep\n", encoding="utf-8")
    result = run(path, out_dir=out, settings=SETTINGS)
    assert sorted(p.name for p in out.iterdir()) == sorted({p.name for p in result.outputs.values()} | {"mine.txt"})
    assert set(OUTPUT_FILES) - set(result.outputs) == {"links", "vs_records", "vs_failures", "vs_quarantine"}


# -- item 7: one-column CSV ----------------------------------------------------------------------


def test_one_column_csv_keeps_delimiters_inside_notes(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("Notes\nbike stolen from shed\nwallet lifted in pub; OIC informed\ncar, keyed\n", encoding="utf-8")
    frame = read_table(path)
    assert list(frame.columns) == ["Notes"]
    assert frame["Notes"].tolist()[1:] == ["wallet lifted in pub; OIC informed", "car, keyed"]
    assert validate(path, settings=SETTINGS).rows == 3


# -- item 8: link options ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "name"),
    [({"threshold": 1.5}, "threshold"), ({"threshold": 0}, "threshold"), ({"window_days": -1}, "window_days"),
     ({"referral_pattern": "(["}, "referral_pattern")],
)  # fmt: skip
def test_a_bad_link_option_is_blamed_on_the_option(option: dict[str, Any], name: str) -> None:
    with pytest.raises(ConfigError, match=rf"\[R207\] link option not valid: {name}: ") as caught:
        link(_val_frame(), _val_frame(), **option)
    assert "linkage model" not in str(caught.value)


# -- item 9: argument types ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda p: validate(None), "data"),
        (lambda p: validate(5), "data"),
        (lambda p: validate(p, profile=3), "profile"),
        (lambda p: validate(p, settings=5), "settings"),
        (lambda p: link(None, p), "val"),
        (lambda p: link(p, p, model=3), "model"),
        (lambda p: run(pd.DataFrame({"a": ["1"]}), out_dir=p.parent / "o"), "val_export"),
        (lambda p: run(p, out_dir=None), "out_dir"),
        (lambda p: run(p, out_dir=p.parent / "o", progress=3), "progress"),
        (lambda p: Settings.from_path_or_dict(5), "settings"),
    ],
)
def test_wrong_argument_types_are_config_errors(tmp_path: Path, call: Any, argument: str) -> None:
    path = _write(_val_frame(), tmp_path / "val.csv")
    with pytest.raises(ConfigError, match=rf"\[R205\] {argument} must be"):
        call(path)


def test_settings_as_a_dict_work_everywhere(tmp_path: Path) -> None:
    path = _write(_val_frame(), tmp_path / "val.csv")
    given = {"chunk_rows": 50_000, "as_of": "2023-07-01"}
    assert validate(path, settings=given).rows == 3
    assert run(path, out_dir=tmp_path / "out", settings=given).summary.rows == 3
    with pytest.raises(ConfigError, match=r"settings: chunk_rows"):
        validate(path, settings={"chunk_rows": "abc"})


def test_public_names_still_resolve() -> None:
    assert reconcile.validate is validate and reconcile.run is run
