"""Generate the rule reference (``rules/README.md``) from the rule packs themselves.

The reference is never edited by hand: ``reconcile rules docs -o rules/README.md`` rewrites it,
and a test fails when it is out of date, so the documentation always says what the rules do.
"""

from __future__ import annotations

from reconcile.rulepack import PRINCIPAL_ORDER, RuleBundle, RulePack, load_rules

__all__ = ["render_rule_reference"]

_KIND_TITLES = {"category": "Categories", "flag": "Flags", "context": "Context cues"}


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _pack_section(pack: RulePack, bundle: RuleBundle) -> list[str]:
    lines = [f"### `{pack.target}` ({pack.pack} v{pack.version})", "", _cell(pack.description), ""]
    if pack.suppressed_by:
        lines += [f"Cancelled by: {', '.join(pack.suppressed_by)}.", ""]
    if pack.kind == "context":
        lines += [f"Scope: {pack.scope}" + (f", window {pack.window} tokens." if pack.window else "."), ""]
    lines += ["| rule | line | patterns | what it catches | example |", "|---|---:|---:|---|---|"]
    for rule in pack.rules:
        example = rule.examples.match[0] if rule.examples.match else ""
        extra = []
        if rule.strength == "weak":
            extra.append("weak")
        if rule.requires:
            extra.append("requires " + ", ".join(rule.requires))
        if rule.excluded_by:
            extra.append("excluded by " + ", ".join(rule.excluded_by))
        note = f" ({'; '.join(extra)})" if extra else ""
        lines.append(
            f"| `{rule.id}` | {bundle.lines.get(rule.id, '')} | {len(rule.patterns)} | "
            f"{_cell(rule.description)}{note} | {_cell(example)} |"
        )
    return [*lines, ""]


def render_rule_reference(bundle: RuleBundle | None = None) -> str:
    """Render the rule reference as Markdown.

    Args:
        bundle: The rules to document (default: the bundled ones).

    Returns:
        The Markdown text of ``rules/README.md``.

    Example:
        >>> "## Categories" in render_rule_reference()
        True
    """
    bundle = bundle or load_rules()
    rule_count = sum(len(p.rules) for p in bundle.packs)
    examples = sum(len(r.examples.match) + len(r.examples.no_match) for p in bundle.packs for r in p.rules)
    out = [
        "# Rule reference",
        "",
        "Generated from the YAML in this folder by `reconcile rules docs -o rules/README.md`; do not edit.",
        "",
        f"Rules version `{bundle.version}`: {len(bundle.packs)} packs, {rule_count} rules, "
        f"{examples} examples (the test suite runs every one), {len(bundle.crosswalks)} crosswalks.",
        "",
        "A string pattern is a phrase matched on normalised tokens; a list is a token pattern.",
        "Each rule carries `examples.match` (must fire) and `examples.no_match` (must not).",
        "",
        "Principal-crime order (first disclosed wins): " + " > ".join(f"`{c}`" for c in PRINCIPAL_ORDER) + ".",
        "",
    ]
    order = {code: i for i, code in enumerate(PRINCIPAL_ORDER)}
    for kind in ("category", "flag", "context"):
        packs = sorted((p for p in bundle.packs if p.kind == kind), key=lambda p: (order.get(p.target, 99), p.target))
        out += [f"## {_KIND_TITLES[kind]}", ""]
        for pack in packs:
            out += _pack_section(pack, bundle)
    out += ["## Crosswalks", "", "| crosswalk | version | source | labels | description |", "|---|---:|---|---:|---|"]
    for walk in bundle.crosswalks:
        out.append(
            f"| `{walk.crosswalk}` | {walk.version} | {_cell(walk.source)} | {len(walk.entries)} | "
            f"{_cell(walk.description)} |"
        )
    out += [
        "",
        "## Abbreviations",
        "",
        f"{len(bundle.abbreviations.abbreviations)} abbreviations are kept as single tokens and normalised "
        "(see `abbreviations.yaml`).",
        "",
    ]
    rel = bundle.relations
    if rel.partner or rel.relative:
        n_examples = len(rel.examples.match) + len(rel.examples.no_match)
        out += [
            "## Names introduced as a partner or relative",
            "",
            f"{_cell(rel.description)} ({len(rel.partner)} partner and {len(rel.relative)} relative words, "
            f"{n_examples} examples; see `names/relations.yaml`.)",
            "",
        ]
    return "\n".join(out)
