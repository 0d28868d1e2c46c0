"""Load and validate the rule packs and crosswalks in ``rules/``.

Rules are data. Every YAML file under ``rules/categories/``, ``rules/flags/`` and ``rules/context/``
is a *rule pack*; every file under ``rules/crosswalks/`` is a *crosswalk*; ``rules/abbreviations.yaml``
lists the shorthand used in police and victim-services notes. Each file is checked against a pydantic
model with ``extra="forbid"`` when it is loaded, and *every* problem is reported with its file and line
(taken from the YAML node marks), in one :class:`~reconcile.errors.RulePackError`.

A rule looks like this (see ``rules/README.md`` for the full reference)::

    - id: burglary.forced_entry.v1        # stable; bump the version instead of changing behaviour
      description: Entry to a building by force.
      patterns:
        - "broke into"                    # a string is a phrase pattern (PhraseMatcher on NORM)
        - [{NORM: {IN: [force, kick]}}, {NORM: door}]   # a list is a token pattern (Matcher)

Examples:
        match: ["Someone kicked the door in and took my laptop"]
        no_match: ["My neighbour keeps kicking the fence"]

Example:
    >>> bundle = load_rules()
    >>> "domestic_abuse" in bundle.flag_codes
    True
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from reconcile.errors import RulePackError
from reconcile.resources import rules_dir

__all__ = [
    "CATEGORY_CODES",
    "CONDITIONS",
    "CONTEXT_CUES",
    "FLAG_CODES",
    "PRINCIPAL_ORDER",
    "Abbreviation",
    "AbbreviationFile",
    "Crosswalk",
    "CrosswalkEntry",
    "Examples",
    "Rule",
    "RuleBundle",
    "RulePack",
    "check_category_codes",
    "load_pack",
    "load_rules",
    "normalise_label",
]

#: Category codes in principal-crime order (shared/TAXONOMY.md): the first disclosed wins.
PRINCIPAL_ORDER: tuple[str, ...] = (
    "homicide",
    "death_injury_driving",
    "sexual_offences",
    "robbery",
    "violence_with_injury",
    "violence_without_injury",
    "stalking_harassment",
    "burglary",
    "possession_of_weapons",
    "criminal_damage_arson",
    "vehicle_offences",
    "theft_from_person",
    "shoplifting",
    "bicycle_theft",
    "other_theft",
    "fraud_computer_misuse",
    "drug_offences",
    "public_order",
    "misc_crimes_against_society",
    "other_crime",
    "anti_social_behaviour",
)
#: Every valid category code.
CATEGORY_CODES: frozenset[str] = frozenset(PRINCIPAL_ORDER)
#: Flag codes, in the order of the output columns (domestic abuse first).
FLAG_CODES: tuple[str, ...] = (
    "domestic_abuse",
    "hate_crime",
    "online",
    "knife_sharp_instrument",
    "child_sexual_abuse_exploitation",
    "modern_slavery",
    "honour_based_abuse",
)
#: Context cues: words that change what a nearby match means.
CONTEXT_CUES: tuple[str, ...] = (
    "negation",  # "no injuries", "denies", "nil DA": the match did not happen
    "hypothetical",  # "if he", "worried that": it may happen, it has not
    # "threatened to", "said he would": the act is threatened, not done (the threat is; so it does
    # not cancel who made it: "threats to kill by her ex-partner" is domestic abuse)
    "threatened",
    "historical",  # "history of", "previous": someone's past, not this incident (flags only)
    "other_person",  # "her sister's ex-partner", "and her husband": a relationship that is not V's abuser
    "injury",  # "bruising", "hospitalised": turns an assault into violence with injury
    "no_crime",  # "no crime disclosed", "non-crime": supports anti-social behaviour
    "stranger",  # "unknown male", "stranger": the offender is not a partner or family member
    "serious_injury",  # "hospitalised", "life-changing": with a collision, death or serious injury by driving
    "death",  # "died", "fatal": with a collision, death by driving
    "driving",  # "RTC", "driver": road context; generic "killed" is then not homicide
    "under_16",  # "V aged 14", "(13)", "12yo": a person under 16 (the Domestic Abuse Act needs both 16+)
    "animal",  # "kicking his dog": the act was against an animal, not a person (a theft of one stays a theft)
    "property",  # "stones thrown at V's windows": the act was aimed at a thing the victim owns (violence only)
    "statute",  # "Criminal Damage Act 1971", "s.18 POA": the words name a law, not an offence (categories only)
    # "her son (15)", "their 2 year old": a child of someone in the record, told by whose it is; the
    # age is not the victim's, so it does not count as under_16 (family abuse by the child still does not)
    "child_named",
    # "one of the volunteers has been taking donated jewellery", "a member of staff caught stealing
    # from the till": theft by someone who works there, which is not shoplifting
    "insider",
    # "they are not related and have never been partners", "Rel: stranger": the note says outright
    # that the people are not partners or family, anywhere in the record (partner and family rules
    # are excluded by it)
    "no_relation",
    # "Received by email from OIC", "IP later posted about it on Facebook": how the referral or the
    # report reached someone, not where the offence happened (the online flag only)
    "channel",
    # "together since she was 15", "abused by him since the age of 14": the age when something
    # began that still goes on, not the person's age now (an under_16 cue inside it does not count)
    "past_age",
)
#: What a rule may require or be excluded by: a context cue, a category code, "offence" (any
#: category other than anti-social behaviour is disclosed), "theft" (other theft or a bicycle
#: theft: "shed door forced, his bike gone" is a burglary) or "victimless" (the only offences
#: disclosed are possession of weapons, drug offences or miscellaneous crimes against society).
CONDITIONS: frozenset[str] = frozenset(CONTEXT_CUES) | CATEGORY_CODES | {"offence", "theft", "victimless"}
Suppressor = Literal[
    "negation",
    "hypothetical",
    "threatened",
    "historical",
    "other_person",
    "stranger",
    "animal",
    "property",
    "statute",
    "channel",
]
_RULE_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+\.v[0-9]+$")
_TOKEN_KEYS = frozenset({"ORTH", "LOWER", "NORM", "TEXT", "IS_DIGIT", "IS_PUNCT", "LIKE_NUM", "LENGTH", "OP"})
_TOKEN_OP = re.compile(r"^(\?|\*|\+|!|\{[0-9]*,?[0-9]*\})$")
_PREDICATES = frozenset({"IN", "NOT_IN", "REGEX", "FUZZY", "==", "!=", ">=", "<=", ">", "<"})

TokenPattern = list[dict[str, Any]]


def check_category_codes(codes: Iterable[str], what: str) -> None:
    """Raise ValueError naming ``what`` if any of ``codes`` is not a category code from TAXONOMY.md."""
    bad = [c for c in codes if c not in CATEGORY_CODES]
    if bad:
        raise ValueError(f"{what} {bad} are not codes from TAXONOMY.md")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Examples(_Strict):
    """Texts a rule must match, and texts it must not match (each one becomes a test case)."""

    match: list[str] = Field(min_length=1)  #: each must fire the rule (after context is applied)
    no_match: list[str] = Field(default_factory=list)  #: none may fire the rule


class Rule(_Strict):
    """One rule: patterns that, when matched and not suppressed by context, add evidence."""

    id: str  #: stable id ``<pack>.<name>.v<N>``; bump N instead of changing behaviour
    description: str = Field(min_length=3)
    #: strings go to the PhraseMatcher (on NORM), lists of token dicts to the Matcher
    patterns: list[str | TokenPattern] = Field(min_length=1)
    #: strong evidence decides a record on its own; weak evidence lowers the confidence. A flag set
    #: by a strong match stands; one set by weak matches only may be cleared by the text model.
    strength: Literal["strong", "weak"] = "strong"
    #: context cues that cancel this rule; None means the pack default
    suppressed_by: list[Suppressor] | None = None
    #: the rule counts only if the record also has each of these (see CONDITIONS)
    requires: list[str] = Field(default_factory=list)
    #: the rule is cancelled if the record has any of these (see CONDITIONS)
    excluded_by: list[str] = Field(default_factory=list)
    examples: Examples

    @field_validator("requires", "excluded_by")
    @classmethod
    def _check_conditions(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if v not in CONDITIONS]
        if bad:
            raise ValueError(f"unknown condition(s) {bad}; use a context cue, a category code or 'offence'")
        return value

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not _RULE_ID.match(value):
            raise ValueError(f"rule id {value!r} must look like 'pack.name.v1' (lower case, versioned)")
        return value

    @field_validator("patterns")
    @classmethod
    def _check_patterns(cls, value: list[str | TokenPattern]) -> list[str | TokenPattern]:
        problems: list[str] = []
        for i, pattern in enumerate(value):
            if isinstance(pattern, str):
                if not pattern.strip():
                    problems.append(f"pattern {i} is empty")
                continue
            if not pattern:
                problems.append(f"token pattern {i} is empty")
            for j, token in enumerate(pattern):
                for key, spec in token.items():
                    if key not in _TOKEN_KEYS:
                        problems.append(f"token pattern {i} token {j}: unknown key {key!r}")
                    elif key == "OP" and not (isinstance(spec, str) and _TOKEN_OP.match(spec)):
                        problems.append(f"token pattern {i} token {j}: bad OP {spec!r}")
                    elif isinstance(spec, dict):
                        bad = set(spec) - _PREDICATES
                        if bad:
                            problems.append(f"token pattern {i} token {j}: unknown predicate {sorted(bad)}")
                        for pred in ("IN", "NOT_IN"):
                            flags = [v for v in spec.get(pred, ()) if isinstance(v, bool)]
                            if flags:
                                problems.append(
                                    f"token pattern {i} token {j}: {key} {pred} holds a YAML boolean {flags}; "
                                    'quote words such as "on", "off", "yes" and "no"'
                                )
        if problems:
            raise ValueError("; ".join(problems))
        return value


class RulePack(_Strict):
    """A YAML file of rules for one category, one flag or one context cue."""

    pack: str  #: the pack name; every rule id starts with it
    kind: Literal["category", "flag", "context"]
    target: str  #: the category code, flag code or context cue the rules point at
    version: int = Field(ge=1)
    description: str = Field(min_length=3)
    #: context cues that cancel rules in this pack unless a rule says otherwise
    suppressed_by: list[Suppressor] = Field(default_factory=list)
    #: context packs only: where the cue acts relative to a match, and over how many tokens
    scope: Literal["before", "after", "around", "clause"] = "clause"
    window: int = Field(default=0, ge=0, le=50)
    rules: list[Rule] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_target(self) -> RulePack:
        valid: dict[str, frozenset[str] | tuple[str, ...]] = {
            "category": CATEGORY_CODES,
            "flag": FLAG_CODES,
            "context": CONTEXT_CUES,
        }
        if self.target not in valid[self.kind]:
            raise ValueError(f"target {self.target!r} is not a known {self.kind} code")
        for rule in self.rules:
            if not rule.id.startswith(self.pack + "."):
                raise ValueError(f"rule id {rule.id!r} must start with the pack name {self.pack!r}")
        return self


class Abbreviation(_Strict):
    """Shorthand seen in notes, the normalised form it stands for, and its spelled-out meaning."""

    abbr: str = Field(min_length=1)  #: as written, matched case-insensitively ("ex-p", "s47")
    norm: str = Field(min_length=1)  #: the NORM the matcher sees (one token, e.g. "expartner")
    meaning: str = Field(min_length=2)  #: spelled-out meaning for people and docs


class AbbreviationFile(_Strict):
    """``rules/abbreviations.yaml``: tokeniser exceptions and norms."""

    version: int = Field(ge=1)
    description: str
    abbreviations: list[Abbreviation]
    #: irregular word forms mapped to one norm ("stole" -> "steal"), beyond the suffix stripper
    word_forms: dict[str, str] = Field(default_factory=dict)
    #: real words that look like a typo of a rule word ("bother" is not "brother")
    not_typos: list[str] = Field(default_factory=list)
    #: rule words never used as typo targets (short family words collide with common words)
    fuzzy_exclude: list[str] = Field(default_factory=list)


class RelationExamples(_Strict):
    """Notes that must (``match``) and must not (``no_match``) set the domestic-abuse flag."""

    match: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)


class PronounWords(_Strict):
    """The words that let "he" or "she" at the start of a sentence stand for a partner or relative.

    "V lives with her uncle. On 13 May he grabbed her": "he" is read as "uncle" when the uncle is
    the last person before it that "he" can name, and the note calls the victim "her".
    """

    he: list[str] = Field(default_factory=list)  #: the pronoun for a man ("he")
    she: list[str] = Field(default_factory=list)  #: the pronoun for a woman ("she")
    male: list[str] = Field(default_factory=list)  #: relation words for a man ("husband", "uncle")
    female: list[str] = Field(default_factory=list)  #: relation words for a woman ("wife", "aunt")
    #: the victim is a woman ("her"): only then may "he" stand for a relation
    victim_her: list[str] = Field(default_factory=list)
    #: the victim is a man ("him"): only then may "she" stand for a relation
    victim_him: list[str] = Field(default_factory=list)
    #: the owner of a man's relation ("his wife"): "he" there is the victim
    victim_his: list[str] = Field(default_factory=list)
    other_male: list[str] = Field(default_factory=list)  #: another man ("a man", "lad"): "he" may be him
    other_female: list[str] = Field(default_factory=list)  #: another woman ("a woman", "girl")
    other: list[str] = Field(default_factory=list)  #: another person of either sex ("neighbour", "suspect")
    #: words before a capitalised word that make it a place ("lives with her uncle in Beverley"), not a person
    place_before: list[str] = Field(default_factory=list)
    #: acts of abuse: a pronoun is read as a relation only with one of these within three words after it
    acts: list[str] = Field(default_factory=list)


class RelationWords(_Strict):
    """``rules/names/relations.yaml``: the words that carry a partner or relative across sentences.

    "V's boyfriend Kieran" (or "Kieran - V's boyfriend") makes "Kieran" stand for "boyfriend" in
    the note's other sentences, so "Kieran threw a can at V" is read as the partner's act; and "he"
    or "she" starting a later sentence may stand for the relation last named (``pronouns``).
    """

    version: int = Field(ge=1)
    description: str
    partner: list[str] = Field(default_factory=list)  #: a partner or former partner
    relative: list[str] = Field(default_factory=list)  #: a relative (16+ unless an age says otherwise)
    owner: list[str] = Field(default_factory=list)  #: whose relation it is: the victim ("V", "her")
    before_role: list[str] = Field(default_factory=list)  #: words between owner and role ("former", "eldest")
    link: list[str] = Field(default_factory=list)  #: between a name and its role ("Kieran - V's boyfriend")
    #: words right before a name that make it the victim's partner ("split from Liam", "married to Dan")
    partner_before: list[str] = Field(default_factory=list)
    #: what a person is read as when an earlier person in the note shares their surname but not
    #: their first name ("Nadia Hughes states Aled Hughes shoved her"); empty: not read so
    same_surname: str = ""
    pronouns: PronounWords = Field(default_factory=PronounWords)
    examples: RelationExamples = Field(default_factory=RelationExamples)


class CrosswalkEntry(_Strict):
    """One source category (label and, where it has one, offence code) and its taxonomy code."""

    source: str = Field(min_length=1)  #: the label as the source system writes it
    code: str | None = None  #: Home Office offence classification code, e.g. "8N", "105A"
    category: str | None  #: a taxonomy code, or null for a residual label ("other crime")
    #: for a broad label ("violent crime"): the codes the text may choose between, first is the default
    candidates: list[str] = Field(default_factory=list)

    @field_validator("candidates")
    @classmethod
    def _check_candidates(cls, value: list[str]) -> list[str]:
        check_category_codes(value, "candidates")
        return value

    @field_validator("category")
    @classmethod
    def _check_category(cls, value: str | None) -> str | None:
        if value is not None and value not in CATEGORY_CODES:
            raise ValueError(f"category {value!r} is not a code from TAXONOMY.md")
        return value


class Crosswalk(_Strict):
    """A source system's category list mapped to the taxonomy."""

    crosswalk: str  #: name, e.g. "val_coarse"
    version: int = Field(ge=1)
    description: str = Field(min_length=3)
    source: str  #: the system or publication the labels come from
    entries: list[CrosswalkEntry] = Field(min_length=1)


@dataclass(frozen=True)
class RuleBundle:
    """Every pack, crosswalk and abbreviation, validated, with a version string and a content hash."""

    packs: tuple[RulePack, ...]
    crosswalks: tuple[Crosswalk, ...]
    abbreviations: AbbreviationFile
    files: dict[str, Path]  #: pack or crosswalk name -> file
    lines: dict[str, int]  #: rule id -> line in its file
    sha256: str  #: hash over every file's bytes, in sorted path order
    #: partner and relative words that carry a name across sentences (none: the feature is off)
    relations: RelationWords = field(default_factory=lambda: RelationWords(version=1, description="none"))
    flag_codes: tuple[str, ...] = FLAG_CODES
    category_codes: tuple[str, ...] = PRINCIPAL_ORDER
    _rules: dict[str, tuple[RulePack, Rule]] = field(default_factory=dict, repr=False)

    @property
    def version(self) -> str:
        """A readable rules version: ``<number of packs>p-<sum of pack versions>-<hash prefix>``."""
        total = sum(p.version for p in self.packs) + sum(c.version for c in self.crosswalks)
        return f"{len(self.packs)}p{len(self.crosswalks)}x-{total}-{self.sha256[:12]}"

    def rules(self) -> Iterator[tuple[RulePack, Rule]]:
        """Yield every (pack, rule) pair."""
        for pack in self.packs:
            for rule in pack.rules:
                yield pack, rule

    def rule_ids(self) -> list[str]:
        """Return every rule id, sorted."""
        return sorted(rule.id for _, rule in self.rules())


# --- YAML with line numbers ---------------------------------------------------------------------


#: libyaml's parser when PyYAML was built with it (its wheels are): about ten times faster
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(path: Path, text: str) -> tuple[Any, yaml.Node | None]:
    """The data of a YAML text and its node tree (for line numbers), from one parse."""
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "unknown line"
        raise RulePackError(path, [f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})"]) from None
    finally:
        loader.dispose()


def _line_for(node: yaml.Node | None, loc: tuple[int | str, ...]) -> int:
    """Follow a pydantic error location through the YAML node tree; return the deepest line found."""
    line = node.start_mark.line + 1 if node is not None else 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == part:
                    node = value
                    break
            else:
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
        line = node.start_mark.line + 1
    return line


def _repeated_keys(node: yaml.Node | None) -> list[str]:
    """Keys given twice in one mapping: YAML keeps the last silently, dropping the first's rules or examples."""
    problems: list[str] = []
    seen: set[int] = set()
    stack = [node] if node is not None else []
    while stack:
        n = stack.pop()
        if id(n) in seen:
            continue  # (an alias: the anchored node was checked where it was written)
        seen.add(id(n))
        if isinstance(n, yaml.MappingNode):
            keys: set[object] = set()
            for key, value in n.value:
                if isinstance(key, yaml.ScalarNode) and key.value in keys:
                    problems.append(f"line {key.start_mark.line + 1}: {key.value!r} is given twice in one mapping")
                keys.add(key.value if isinstance(key, yaml.ScalarNode) else id(key))
                stack.append(value)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return sorted(problems, key=lambda p: int(p.split(":")[0].split()[1]))


def _validate(path: Path, model: type[BaseModel], text: str) -> tuple[Any, yaml.Node | None]:
    data, node = _parse(path, text)
    if not isinstance(data, dict):
        raise RulePackError(path, ["line 1: expected a mapping at the top of the file"])
    repeated = _repeated_keys(node)
    if repeated:
        raise RulePackError(path, repeated)
    try:
        return model.model_validate(data), node
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("str", "list["))))
            dotted = ".".join(str(p) for p in loc) or "(top)"
            problems.append(f"line {_line_for(node, loc)}: {dotted}: {err['msg']}")
        raise RulePackError(path, problems) from None


def _rule_lines(node: yaml.Node | None, pack: RulePack) -> dict[str, int]:
    lines: dict[str, int] = {}
    for i, rule in enumerate(pack.rules):
        lines[rule.id] = _line_for(node, ("rules", i))
    return lines


def load_pack(path: Path) -> RulePack:
    """Load and validate one rule pack file.

    Args:
        path: A YAML rule pack.

    Returns:
        The validated pack.

    Raises:
        RulePackError: Listing every problem with its line.
    """
    pack, _ = _validate(path, RulePack, path.read_text(encoding="utf-8"))
    assert isinstance(pack, RulePack)
    return pack


def _pack_files(root: Path) -> list[Path]:
    files: list[Path] = []
    for sub in ("categories", "flags", "context"):
        files.extend(sorted((root / sub).glob("*.yaml")))
    return files


def load_rules(root: Path | None = None) -> RuleBundle:
    """Load every rule pack, crosswalk and the abbreviation list under ``root`` (default: bundled rules).

    Problems across files are collected; the first file with problems is raised with all of its
    problems, and cross-file problems (duplicate rule ids, conflicting crosswalk labels) name both files.

    Args:
        root: A folder laid out like ``rules/``; the bundled one when None.

    Returns:
        The validated bundle.

    Raises:
        RulePackError: A file is malformed, or two files disagree.
    """
    if root is None:
        return _load_bundled()
    return _load(root)


@cache
def _load_bundled() -> RuleBundle:
    return _load(rules_dir())


_File = TypeVar("_File", bound=BaseModel)


def _optional_file(root: Path, name: str, default: _File, digest: Any) -> _File:
    """One optional file of the bundle (``name`` relative to ``root``), validated and hashed; else ``default``."""
    path = root / name
    if not path.is_file():
        return default
    text = path.read_text(encoding="utf-8")
    digest.update(name.encode() + b"\0" + text.encode())
    found, _ = _validate(path, type(default), text)
    assert isinstance(found, type(default))
    return found


def _load(root: Path) -> RuleBundle:
    digest = hashlib.sha256()
    packs: list[RulePack] = []
    files: dict[str, Path] = {}
    lines: dict[str, int] = {}
    seen: dict[str, str] = {}
    cross_problems: list[str] = []
    pack_files = _pack_files(root)
    if not pack_files:
        raise RulePackError(root, ["no rule packs found under categories/, flags/ or context/"])
    for path in pack_files:
        text = path.read_text(encoding="utf-8")
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + text.encode())
        pack, node = _validate(path, RulePack, text)
        assert isinstance(pack, RulePack)
        if pack.pack in files:
            cross_problems.append(f"pack name {pack.pack!r} used in {files[pack.pack].name} and {path.name}")
        files[pack.pack] = path
        for rule_id, line in _rule_lines(node, pack).items():
            if rule_id in seen:
                cross_problems.append(f"{path.name} line {line}: rule id {rule_id!r} already used in {seen[rule_id]}")
            seen[rule_id] = f"{path.name} line {line}"
            lines[rule_id] = line
        packs.append(pack)
    crosswalks: list[Crosswalk] = []
    labels: dict[str, tuple[str | None, str]] = {}
    for path in sorted((root / "crosswalks").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + text.encode())
        xwalk, node = _validate(path, Crosswalk, text)
        assert isinstance(xwalk, Crosswalk)
        files[xwalk.crosswalk] = path
        for i, entry in enumerate(xwalk.entries):
            key = normalise_label(entry.source)
            if key in labels and labels[key][0] != entry.category:
                line = _line_for(node, ("entries", i))
                cross_problems.append(
                    f"{path.name} line {line}: label {entry.source!r} maps to {entry.category} "
                    f"but {labels[key][1]} maps it to {labels[key][0]}"
                )
            labels.setdefault(key, (entry.category, path.name))
        crosswalks.append(xwalk)
    abbreviations = _optional_file(
        root, "abbreviations.yaml", AbbreviationFile(version=1, description="none", abbreviations=[]), digest
    )
    relations = _optional_file(root, "names/relations.yaml", RelationWords(version=1, description="none"), digest)
    if cross_problems:
        raise RulePackError(root, cross_problems)
    bundle = RuleBundle(
        packs=tuple(packs),
        crosswalks=tuple(crosswalks),
        abbreviations=abbreviations,
        files=files,
        lines=lines,
        sha256=digest.hexdigest(),
        relations=relations,
    )
    bundle._rules.update({rule.id: (pack, rule) for pack, rule in bundle.rules()})
    return bundle


_LABEL_JUNK = re.compile(r"[^a-z0-9]+")


def normalise_label(label: str) -> str:
    """Normalise a source category label for crosswalk look-up: lower case, punctuation to spaces.

    Example:
        >>> normalise_label("  Assault - with Injury ")
        'assault with injury'
    """
    return _LABEL_JUNK.sub(" ", label.lower()).strip()
