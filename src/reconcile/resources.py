"""Locate the data that ships with reconcile: rule packs (``rules/``) and model artifacts (``models/``).

In a wheel both folders sit inside the package; in a source checkout (editable install, tests)
they sit at the repository root. Looking in both places keeps one layout for reviewers and users.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"reconcile cannot find its bundled '{name}/' folder; reinstall the package")


@cache
def rules_dir() -> Path:
    """Return the folder holding the bundled rule packs, profiles, areas and crosswalks."""
    return _find("rules")


@cache
def models_dir() -> Path:
    """Return the folder holding the bundled trained artifacts."""
    return _find("models")
