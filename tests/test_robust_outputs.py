"""Outputs that cannot be written: one line naming the file, code R105, exit 2, never a traceback.

The blocked paths sit under a regular file, which no user (root included) can create a file in,
so the tests behave the same whoever runs them.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from reconcile.cli import main
from reconcile.errors import InputError, writing_output
from reconcile.sample import SampleFiles, generate_sample
from reconcile.workbook import Sheet, write_workbook


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> SampleFiles:
    return generate_sample(tmp_path_factory.mktemp("small"), seed=4, val_rows=60, xlsx=False)


@pytest.fixture
def blocked(tmp_path: Path) -> Path:
    """A regular file: any path under it cannot be written."""
    path = tmp_path / "not-a-folder"
    path.write_text("x", encoding="utf-8")
    return path


def test_helper_turns_os_errors_into_r105_naming_the_file() -> None:
    with pytest.raises(InputError, match=r"^\[R105\] out/c\.csv: cannot be written \(Permission denied\); choose"):
        with writing_output("out"):
            raise PermissionError(errno.EACCES, "Permission denied", "out/c.csv")
    with pytest.raises(InputError, match=r"^\[R105\] out: cannot be written \(No space left on device\)"):
        with writing_output("out"):
            raise OSError(errno.ENOSPC, "Failed to write 'out/x.parquet'. Detail: no space")


def test_workbook_hands_on_the_os_error(tmp_path: Path) -> None:
    folder = tmp_path / "report.xlsx"
    folder.mkdir()  # xlsxwriter only fails when it saves; it must not be its own exception type
    with pytest.raises(OSError):
        write_workbook(folder, [Sheet("t", pd.DataFrame({"a": [1]}))])


def _commands(small: SampleFiles) -> dict[str, Callable[[Path], list[str]]]:
    val, vs = str(small.val_csv), str(small.vs_csv)
    return {
        "validate --clean": lambda b: ["validate", val, "--clean", str(b / "c.csv")],
        "validate --quarantine parquet": lambda b: ["validate", val, "--quarantine", str(b / "q.parquet")],
        "validate --failures": lambda b: ["validate", val, "--failures", str(b / "f.csv")],
        "validate --json": lambda b: ["validate", val, "--json", str(b / "s.json")],
        "link -o": lambda b: ["link", val, vs, "-o", str(b / "links.csv")],
        "link --json": lambda b: ["link", val, vs, "-o", str(b.parent / "links.csv"), "--json", str(b / "l.json")],
        "run --out": lambda b: ["run", val, "--out", str(b / "run")],
        "sample --out": lambda b: ["sample", "--out", str(b / "sample"), "--rows", "50"],
        "rules docs -o": lambda b: ["rules", "docs", "-o", str(b / "rules.md")],
    }


COMMANDS = [
    "validate --clean", "validate --quarantine parquet", "validate --failures", "validate --json", "link -o",
    "link --json", "run --out", "sample --out", "rules docs -o",
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS)
def test_unwritable_output_is_one_line_r105(command: str, small: SampleFiles, blocked: Path) -> None:
    result = CliRunner().invoke(main, _commands(small)[command](blocked))
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip() and not line.startswith(" ")]
    errors = [line for line in lines if line.startswith("InputError")]
    assert len(errors) == 1, result.output
    assert errors[0].startswith(f"InputError: [R105] {blocked}"), errors[0]
    assert "cannot be written (" in errors[0]  # "File exists" or "Not a directory", by who fails first
    assert "Traceback" not in result.output and "Errno" not in result.output
