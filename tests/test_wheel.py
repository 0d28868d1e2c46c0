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
    assert any(n.startswith("reconcile/models/") for n in names)
    assert "reconcile/py.typed" in names

    # A fresh venv that sees this environment's dependencies (no network) but has its own reconcile.
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(site) / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    script = env_dir / "bin" / "reconcile"
    script.write_text(f"#!{python}\nfrom reconcile.cli import main\nmain()\n")
    script.chmod(0o755)
    help_text = subprocess.run([str(script), "--help"], check=True, capture_output=True, text=True).stdout
    assert "Usage: reconcile" in help_text
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import reconcile, reconcile.resources as r; print(reconcile.__file__); print(r.rules_dir())",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    ).stdout.split()
    assert where[0].startswith(site) and where[1].startswith(site)
