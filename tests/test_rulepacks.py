"""Every rule example is its own test case; packs validate; no rule disappears silently."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from reconcile.classify import RELATIONS_ID, classify, fired_rules, run_rule_examples
from reconcile.errors import RulePackError
from reconcile.resources import rules_dir
from reconcile.rulepack import load_pack, load_rules

BUNDLE = load_rules()
CASES = [
    pytest.param(rule.id, text, expect, id=f"{rule.id}-{expect}-{i}")
    for _, rule in BUNDLE.rules()
    for expect, texts in (("match", rule.examples.match), ("no_match", rule.examples.no_match))
    for i, text in enumerate(texts)
]


@pytest.mark.parametrize(("rule_id", "text", "expect"), CASES)
def test_rule_example(rule_id: str, text: str, expect: str) -> None:
    fired = rule_id in fired_rules(text)
    assert fired == (expect == "match"), f"{rule_id} {'did not fire' if expect == 'match' else 'fired'} on {text!r}"


RELATION_CASES = [
    pytest.param(text, expect, id=f"relations-{expect}-{i}")
    for expect, texts in (("match", BUNDLE.relations.examples.match), ("no_match", BUNDLE.relations.examples.no_match))
    for i, text in enumerate(texts)
]


@pytest.mark.parametrize(("text", "expect"), RELATION_CASES)
def test_relations_example(text: str, expect: str) -> None:
    """A name introduced as the victim's partner or relative carries that relation to its other mentions."""
    out = classify(pd.DataFrame({"text": [text]}), text_column="text")
    assert bool(out.loc[0, "rc_flag_domestic_abuse"]) == (expect == "match"), out.loc[0, "rc_evidence"]


def test_rules_test_runs_the_relations_examples() -> None:
    results = [r for r in run_rule_examples() if r.rule_id == RELATIONS_ID]
    assert len(results) == len(RELATION_CASES) and all(r.passed for r in results)


def test_a_bad_relations_file_names_file_and_line(tmp_path: Path) -> None:
    for sub in ("categories", "names"):
        (tmp_path / sub).mkdir()
    (tmp_path / "categories" / "a.yaml").write_text(GOOD)
    (tmp_path / "names" / "relations.yaml").write_text("version: 1\ndescription: x\npartner: [ex]\nowners: [v]\n")
    with pytest.raises(RulePackError) as info:
        load_rules(tmp_path)
    assert "relations.yaml" in str(info.value) and "line 4" in str(info.value), str(info.value)


def test_rule_ids_golden() -> None:
    golden = json.loads((Path(__file__).parent / "data" / "rule_ids.json").read_text())
    missing = sorted(set(golden) - set(BUNDLE.rule_ids()))
    assert not missing, f"rules disappeared: {missing} (bump a version instead; update tests/data/rule_ids.json)"


GOOD = """pack: demo
kind: category
target: burglary
version: 1
description: demo pack
rules:
  - id: demo.x.v1
    description: demo rule
    patterns: ["broke into", [{NORM: door}]]
    examples: {match: ["broke into the house"]}
"""

BAD_CASES = [
    ("unknown key", GOOD.replace("version: 1", "version: 1\ncolour: red"), "line 5", "colour"),
    ("bad target", GOOD.replace("target: burglary", "target: burglery"), "line", "not a known category"),
    ("bad id", GOOD.replace("demo.x.v1", "demo.x"), "line 7", "versioned"),
    ("bad token key", GOOD.replace("{NORM: door}", "{NROM: door}"), "line 9", "unknown key"),
    ("yaml boolean", GOOD.replace("{NORM: door}", "{NORM: {IN: [door, off]}}"), "line 9", "YAML boolean"),
    (
        "no examples",
        GOOD.replace('    examples: {match: ["broke into the house"]}\n', ""),
        "line 7",
        "examples",
    ),
    ("bad yaml", GOOD.replace("rules:", "rules: ["), "line", "not valid YAML"),
    # YAML keeps the last of two equal keys: the first list of examples would vanish unread
    (
        "repeated key",
        GOOD.replace("    examples:", "    description: again\n    examples:"),
        "line 10",
        "'description' is given twice",
    ),
]


def test_good_pack(tmp_path: Path) -> None:
    p = tmp_path / "demo.yaml"
    p.write_text(GOOD)
    assert load_pack(p).rules[0].id == "demo.x.v1"


@pytest.mark.parametrize(("desc", "text", "where", "what"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_pack(tmp_path: Path, desc: str, text: str, where: str, what: str) -> None:
    p = tmp_path / "demo.yaml"
    p.write_text(text)
    with pytest.raises(RulePackError) as info:
        load_pack(p)
    message = str(info.value)
    assert "demo.yaml" in message and where in message and what in message, message


def test_duplicate_rule_id_across_files(tmp_path: Path) -> None:
    for sub in ("categories", "flags", "context", "crosswalks"):
        (tmp_path / sub).mkdir()
    (tmp_path / "categories" / "a.yaml").write_text(GOOD)
    (tmp_path / "categories" / "b.yaml").write_text(GOOD.replace("pack: demo", "pack: demo"))
    with pytest.raises(RulePackError, match="already used|used in"):
        load_rules(tmp_path)


def test_every_pack_file_loads() -> None:
    files = sorted(rules_dir().glob("*/*.yaml"))
    assert len(files) >= 30


PROBE_RULE = """
  - id: bicycle_theft.lint_probe.v1
    description: A rule written to trip every lint check.
    patterns:
      - "pedal bin lid"
      - "pedal bin lids"
      - "burgled"
    examples:
      match: ["nothing in this text names a bicycle"]
"""


def test_lint_reports_dead_redundant_and_overlapping_rules(tmp_path: Path) -> None:
    import shutil

    from reconcile._nlp import Engine
    from reconcile.classify import lint_rules

    root = tmp_path / "rules"
    shutil.copytree(rules_dir(), root)
    pack = root / "categories" / "bicycle_theft.yaml"
    pack.write_text(pack.read_text(encoding="utf-8") + PROBE_RULE, encoding="utf-8")
    findings = lint_rules(Engine(load_rules(root)))
    mine = [f for f in findings if "lint_probe" in f.message]
    kinds = {f.kind for f in mine}
    assert kinds == {"dead", "redundant", "overlap"}, [f.message for f in mine]
    # "pedal bin lids" is "pedal bin lid" once normalised; "burgled" is a burglary phrase too, and
    # neither rule says how to choose
    assert any(f.kind == "redundant" and "'pedal bin lid'" in f.message for f in mine)
    assert any(f.kind == "overlap" and "burglary" in f.message for f in mine)
    assert all(f.is_problem for f in mine)


def test_lint_of_the_bundled_rules_has_no_dead_or_redundant_rule() -> None:
    from reconcile.classify import lint_rules

    findings = lint_rules()
    assert not [f.message for f in findings if f.kind in ("dead", "redundant")]
    resolved = [f for f in findings if f.kind == "resolved_overlap"]
    # an overlap counts as resolved only with the reason the rules give
    assert resolved and all(("requires" in f.message or "excluded by" in f.message or "is weak" in f.message)
                            for f in resolved)  # fmt: skip
    assert not any(f.is_problem for f in resolved)
    # the CLI prints the problems, counts the resolved overlaps, and exits 1 only for problems
    from .conftest import invoke

    problems = [f for f in findings if f.is_problem]
    out = invoke(["rules", "lint"], code=1 if problems else 0).output
    assert f"{len(problems)} finding(s); {len(resolved)} overlap(s) resolved by the rules" in out
    assert all(f.message in out for f in problems) and not any(f.message in out for f in resolved)
    listed = invoke(["rules", "lint", "--all"], code=1 if problems else 0).output
    assert all(f.message in listed for f in resolved)
