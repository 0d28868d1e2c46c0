"""The wheel ships rules/ and models/ and its `reconcile` command runs from a fresh venv."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_runs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("reconcile-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "reconcile/rules/profiles/val.yaml" in names
    assert "reconcile/rules/areas/west_mercia.yaml" in names
    assert "reconcile/rules/names/relations.yaml" in names
    assert any(n.startswith("reconcile/models/") for n in names)
    assert "reconcile/py.typed" in names

    # A fresh venv with its own pip, installing the wheel offline; the dependencies come from this
    # environment through a .pth file (tests never download).
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site) / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
    )
    help_text = subprocess.run(
        [str(env_dir / "bin" / "reconcile"), "--help"], check=True, capture_output=True, text=True, cwd=tmp_path
    ).stdout
    assert "Usage: reconcile" in help_text
    code = "import reconcile, reconcile.resources as r; print(reconcile.__file__); print(r.rules_dir(), r.models_dir())"
    where = subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True, cwd=tmp_path)
    module, rules, models = where.stdout.split()
    assert module.startswith(site) and rules.startswith(site) and models.startswith(site)
    # the installed rules carry the words that let a named partner stand for the relation
    code = "from reconcile.rulepack import load_rules; print(len(load_rules().relations.partner))"
    count = subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True, cwd=tmp_path)
    assert int(count.stdout) > 0
