"""RECONCILE_AS_OF and ``as_of``: ISO or UK day-first dates; anything else is a one-line ConfigError."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli import main
from reconcile.config import Settings, parse_as_of
from reconcile.errors import ConfigError
from reconcile.resources import rules_dir

JULY_5 = dt.date(2023, 7, 5)


@pytest.mark.parametrize("text", ["2023-07-05", "05/07/2023", "5/7/2023", "05-07-2023", " 05/07/2023 ", "5 Jul 2023"])
def test_as_of_reads_iso_and_uk_day_first(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_AS_OF", text)
    assert Settings().as_of == JULY_5
    assert parse_as_of(text, "RECONCILE_AS_OF") == JULY_5


@pytest.mark.parametrize("text", ["2023-13-01", "31/02/2023", "notadate", "45000", "01/01/1900", "13/13/2023"])
def test_bad_as_of_is_a_config_error_naming_the_variable(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_AS_OF", text)
    with pytest.raises(ConfigError, match=r"\[R204\] RECONCILE_AS_OF .* is not a date; write it as YYYY-MM-DD"):
        Settings()


def test_blank_as_of_means_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_AS_OF", "  ")
    assert Settings().as_of == dt.date.today()


def test_settings_file_takes_a_uk_as_of_and_explains_a_bad_one(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text('as_of: "05/07/2023"\n', encoding="utf-8")
    assert Settings.from_path_or_dict(good).as_of == JULY_5
    with pytest.raises(ConfigError, match=r"as_of: .*not a date; write it as YYYY-MM-DD"):
        Settings.from_path_or_dict({"as_of": "2023-13-01"})


@pytest.mark.parametrize("command", ["validate", "link", "run"])
def test_cli_bad_as_of_exits_2_with_one_line(command: str, tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text("a,b\n1,2\n", encoding="utf-8")
    args = {
        "validate": ["validate", str(export)],
        "link": ["link", str(export), str(export), "-o", str(tmp_path / "links.csv")],
        "run": ["run", str(export), "--out", str(tmp_path / "out")],
    }[command]
    result = CliRunner().invoke(main, args, env={"RECONCILE_AS_OF": "05/13/2023"})
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("ConfigError: [R204] RECONCILE_AS_OF '05/13/2023'"), lines
    assert "Traceback" not in result.output


def test_an_areas_file_named_in_a_settings_file_is_found_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    areas = folder / "areas.yaml"
    areas.write_text((rules_dir() / "areas" / "west_mercia.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    settings_file = folder / "settings.yaml"
    settings_file.write_text("areas_file: areas.yaml\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # run from elsewhere
    assert Settings.from_path_or_dict(settings_file).areas_file.resolve() == areas.resolve()


def test_a_settings_file_that_is_not_yaml_is_named_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "settings.yaml"
    bad.write_text("chunk_rows: [\n  2\nareas_file: x\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"settings\.yaml:3:\d+: cannot read the settings file") as caught:
        Settings.from_path_or_dict(bad)
    assert "<unicode string>" not in str(caught.value) and "\n" not in str(caught.value)
