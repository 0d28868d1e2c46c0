"""The rule reference is generated from the packs and kept in step with them."""

from __future__ import annotations

from pathlib import Path

from reconcile.ruledocs import render_rule_reference
from reconcile.rulepack import load_rules

from .conftest import invoke

README = Path(__file__).resolve().parents[1] / "rules" / "README.md"


def test_reference_lists_every_rule() -> None:
    text = render_rule_reference()
    for rule_id in load_rules().rule_ids():
        assert f"`{rule_id}`" in text


def test_committed_reference_is_up_to_date() -> None:
    assert README.read_text(encoding="utf-8") == render_rule_reference(), (
        "rules/README.md is stale: run `reconcile rules docs -o rules/README.md`"
    )


def test_cli_prints_reference(tmp_path: Path) -> None:
    out = tmp_path / "ref.md"
    invoke(["rules", "docs", "-o", out])
    assert out.read_text(encoding="utf-8").startswith("# Rule reference")
