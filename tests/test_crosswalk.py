from __future__ import annotations

import pytest

from reconcile.classify import explain
from reconcile.rulepack import load_rules, normalise_label

ENTRIES = [(x.crosswalk, e.source, e.category) for x in load_rules().crosswalks for e in x.entries if e.category]


@pytest.mark.parametrize(("xwalk", "label", "category"), ENTRIES, ids=[f"{x}:{s}" for x, s, _ in ENTRIES])
def test_label_crosswalks(xwalk: str, label: str, category: str) -> None:
    d = explain("", category=label)
    assert d.category == category and d.source == "crosswalk"


def test_residual_is_classified() -> None:
    d = explain("V's pedal cycle stolen", category="Other crime")
    assert d.category == "bicycle_theft" and d.source == "classified"


def test_normalise_label() -> None:
    assert normalise_label(" Burglary - Residential ") == "burglary residential"
