"""Area matching: names, aliases, misspellings, and values that are not (or are two) areas."""

from __future__ import annotations

import pytest

from reconcile.areas import load_areas
from reconcile.resources import rules_dir

AREAS = load_areas(rules_dir() / "areas" / "west_mercia.yaml")

CASES = [
    ("canonical", "Herefordshire", "Herefordshire", "ok", True),
    ("alias with &", "T&W", "Telford & Wrekin", "variant", True),
    ("and for &", "Telford and Wrekin", "Telford & Wrekin", "variant", True),
    ("case", "SHROPSHIRE", "Shropshire", "variant", True),
    ("misspelt", "Herefordshre", "Herefordshire", "variant", False),
    ("word order", "Worcestershire North", "North Worcestershire", "variant", False),
    ("two areas named", "Hereford & Worcester", "", "invalid", False),
    ("another force", "Birmingham", "", "invalid", False),
    ("placeholder", "n/a", "", "placeholder", False),
    ("blank", "  ", "", "missing", False),
]


@pytest.mark.parametrize(("description", "raw", "name", "status", "listed"), CASES, ids=[c[0] for c in CASES])
def test_match(description: str, raw: str, name: str, status: str, listed: bool) -> None:
    assert AREAS.match(raw) == (name, status)
    assert AREAS.is_listed(raw) is listed
