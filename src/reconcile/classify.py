"""Classify referral records into the taxonomy and set the Home Office crime flags.

A record whose source category is specific ("Burglary", "8N", "Theft from the person") is
*crosswalked* (``rules/crosswalks/``); a residual one ("Other crime", "misc", blank, "unknown": see
:attr:`reconcile.config.Settings.residual_crime_types`) is *classified* from its notes by the rule
engine (``rules/categories/``); the notes set the flags on every record (``rules/flags/``). A decision
whose confidence is below the review threshold in ``models/classifier.json`` still gets its best
category, with ``rc_category_source == "review"`` and ``rc_needs_review`` set.

Where the rules are unsure (no strong match), a small trained text model (``models/textmodel.npz``,
settings in the ``text_model`` section of ``models/classifier.json``) may decide the category, and it
may set or clear the domestic-abuse flag; its part is evidence like a rule's (``model.textcat.v1``,
``model.domestic_abuse.v1`` in ``rc_rule_ids``). See :mod:`reconcile._textmodel`.

Output contract of :func:`classify`: every input column and row, in order, plus

==========================  ==================================================================
``rc_category``             one code from TAXONOMY.md
``rc_category_source``      ``crosswalk`` | ``classified`` | ``review``
``rc_confidence``           0-1
``rc_evidence``             the matches behind the decision, readable
``rc_rule_ids``             ``;``-joined ids of the rules that decided
``rc_needs_review``         True when a person should check the category
``rc_flag_<flag>``          one boolean column per flag, e.g. ``rc_flag_domestic_abuse``
==========================  ==================================================================

``df.attrs["reconcile"]`` records the rules version and hash, the model and the library version.

Example:
    >>> import pandas as pd
    >>> out = classify(pd.DataFrame({"notes": ["s47 ABH by ex-p, DASH completed"]}))
    >>> out.loc[0, "rc_category"], bool(out.loc[0, "rc_flag_domestic_abuse"])
    ('violence_with_injury', True)
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import BaseModel, ConfigDict, Field, field_validator

from reconcile._args import check_callable
from reconcile._nlp import MODEL_FLAG_ID, Engine, Evidence, NoteResult, evidence_piece, join_parts
from reconcile._textmodel import Combination, TextModel
from reconcile._version import __version__
from reconcile.config import Settings
from reconcile.errors import ConfigError, InputError, printable, refuse_overwriting_inputs, writing_output
from reconcile.resources import models_dir
from reconcile.rulepack import FLAG_CODES, RuleBundle, check_category_codes, load_rules, normalise_label

__all__ = [
    "OUTPUT_COLUMNS",
    "ClassifierModel",
    "ClassifySummary",
    "Decision",
    "TextModelSettings",
    "build_model",
    "classify",
    "classify_file",
    "explain",
    "get_engine",
    "load_model",
    "load_text_model",
]

Source = Literal["crosswalk", "classified", "review"]
#: Columns added by :func:`classify`, in order.
OUTPUT_COLUMNS: tuple[str, ...] = (
    "rc_category",
    "rc_category_source",
    "rc_confidence",
    "rc_evidence",
    "rc_rule_ids",
    "rc_needs_review",
    *(f"rc_flag_{flag}" for flag in FLAG_CODES),
)
MODEL_FORMAT: Literal["reconcile.classifier.v1"] = "reconcile.classifier.v1"
_CHUNK = 25_000  # texts per engine batch: big enough for arrays, small enough to stay in cache
_PARALLEL_MIN = 2_000
_TEXT_COLUMNS = ("rc_category", "rc_category_source", "rc_evidence", "rc_rule_ids")
_STR = pd.StringDtype("pyarrow", na_value=np.nan)  # what ``astype(str)`` gives these columns
_POOL = pa.system_memory_pool()  # (see reconcile._nlp._POOL)


class TextModelSettings(BaseModel):
    """The ``text_model`` section of ``models/classifier.json``: the trained text model and its use.

    Written by ``python benchmarks/train_text_model.py``, which chooses the thresholds by
    leave-one-author-out evaluation (see ``benchmarks/RESULTS-classify.md``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: False: the rules decide alone (the artifact is not loaded)
    enabled: bool = False
    #: the artifact, relative to ``models/``
    artifact: str = "textmodel.npz"
    #: sha256 of the artifact (checked when it is loaded)
    sha256: str = ""
    #: rule decisions at or above this confidence stand
    rules_confident: float = Field(default=0.85, ge=0, le=1.01)
    #: below it, the model's category wins at this probability or more
    model_confident: float = Field(default=0.5, ge=0, le=1.01)
    #: the model sets the domestic-abuse flag at this probability (no cancelled match in the note)
    da_on: float = Field(default=0.9, ge=0, le=1.01)
    #: the model clears a rule-set domestic-abuse flag below this probability (0: never)
    da_off: float = Field(default=0.0, ge=0, le=1)
    #: the model may not choose violence with injury where no injury is named
    injury_guard: bool = False
    #: a rule decision of one strong match (0.9) is replaced only at this probability or more
    overrule_confident: float = Field(default=0.0, ge=0, le=1.01)
    #: categories whose active strong match the model may not trade for a lower-ranked category
    guarded: tuple[str, ...] = ()
    #: where the rules saw some category, the model chooses one they did not see only at this
    #: probability or more (0: no such guard)
    unseen_confident: float = Field(default=0.0, ge=0, le=1.01)
    #: leave-one-author-out results behind the choice (informational)
    loao: dict[str, dict[str, float]] = Field(default_factory=dict)

    @field_validator("guarded")
    @classmethod
    def _check_guarded(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        check_category_codes(value, "guarded")
        return value


class ClassifierModel(BaseModel):
    """``models/classifier.json``: what the classifier needs besides the rules, and what built it.

    Rebuild it with ``python benchmarks/build_classifier_model.py`` after changing rules.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["reconcile.classifier.v1"] = MODEL_FORMAT
    #: reconcile version that built the file
    library_version: str
    #: rules version and content hash the file was built against
    rules_version: str
    rules_sha256: str
    #: every pack and crosswalk with its version
    packs: dict[str, int]
    #: confidence below which a decision is marked for review
    review_threshold: float = Field(ge=0, le=1)
    #: rule words that misspellings are corrected to (edit distance 1, or 2 for long words)
    typo_vocabulary: list[str]
    #: accuracy and counts on the development corpus when the file was built (informational)
    dev_metrics: dict[str, float] = Field(default_factory=dict)
    #: the trained text model that backs up unsure rule decisions
    text_model: TextModelSettings = Field(default_factory=TextModelSettings)


@cache
def load_model(path: str | None = None) -> ClassifierModel:
    """Load ``models/classifier.json`` (or ``path``).

    Raises:
        ConfigError: The file is missing or malformed.
    """
    p = Path(path) if path else models_dir() / "classifier.json"
    try:
        return ClassifierModel.model_validate_json(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(
            f"{p}: cannot be read ({exc.strerror}); rebuild it with benchmarks/build_classifier_model.py"
        ) from exc
    except ValueError as exc:
        raise ConfigError(f"{p}: not a valid classifier model ({str(exc).splitlines()[0]})") from exc


def build_model(
    bundle: RuleBundle,
    review_threshold: float = 0.5,
    dev_metrics: dict[str, float] | None = None,
    text_model: TextModelSettings | None = None,
) -> ClassifierModel:
    """Build the classifier artifact for ``bundle`` (the build script writes it to ``models/``)."""
    engine = Engine(bundle, threshold=review_threshold)
    vocabulary = sorted(w for words in engine._fuzzy_index.values() for w in words)
    packs = {p.pack: p.version for p in bundle.packs} | {c.crosswalk: c.version for c in bundle.crosswalks}
    return ClassifierModel(
        library_version=__version__,
        rules_version=bundle.version,
        rules_sha256=bundle.sha256,
        packs=packs,
        review_threshold=review_threshold,
        typo_vocabulary=vocabulary,
        dev_metrics=dev_metrics or {},
        text_model=text_model or TextModelSettings(),
    )


@cache
def get_engine() -> Engine:
    """Return the engine for the bundled rules and model, built once per process."""
    model = load_model()
    engine = Engine(load_rules(), threshold=model.review_threshold)
    tm = model.text_model
    if tm.enabled:
        engine.textmodel = load_text_model(str(models_dir() / tm.artifact), tm.sha256)
        engine.combination = Combination(
            tm.rules_confident,
            tm.model_confident,
            tm.da_on,
            tm.da_off,
            tm.injury_guard,
            tm.overrule_confident,
            tm.guarded,
            tm.unseen_confident,
        )
    return engine


@cache
def load_text_model(path: str, sha256: str = "") -> TextModel:
    """Load the text model artifact once per process, checking its hash when one is given.

    Raises:
        ConfigError: The file is missing, malformed or not the one ``classifier.json`` names.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ConfigError(
            f"{p}: cannot be read ({exc.strerror}); rebuild it with benchmarks/train_text_model.py"
        ) from exc
    if sha256 and hashlib.sha256(data).hexdigest() != sha256:
        raise ConfigError(
            f"{p}: does not match the sha256 in models/classifier.json; rerun benchmarks/train_text_model.py"
        )
    try:
        return TextModel.load(p)
    except (ValueError, KeyError) as exc:
        raise ConfigError(f"{p}: not a valid text model ({exc}); rerun benchmarks/train_text_model.py") from exc


@dataclass(frozen=True)
class Decision:
    """The decision for one record, with its evidence (what :func:`explain` returns).

    Attributes:
        category: One code from TAXONOMY.md.
        source: "crosswalk", "classified" or "review".
        confidence: 0-1.
        needs_review: True when a person should check the category.
        flags: Flag codes set.
        evidence: Every match considered, with its status ("active", "negation", ...).
        rule_ids: Ids of the rules that decided.
        other_categories: Other offences disclosed, in principal-crime order.
        rules_version: The rules the decision was made with.
    """

    category: str
    source: Source
    confidence: float
    needs_review: bool
    flags: frozenset[str]
    evidence: tuple[Evidence, ...]
    rule_ids: tuple[str, ...]
    other_categories: tuple[str, ...]
    rules_version: str
    evidence_line: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "category": self.category,
            "source": self.source,
            "confidence": self.confidence,
            "needs_review": self.needs_review,
            "flags": sorted(self.flags),
            "other_categories": list(self.other_categories),
            "rule_ids": list(self.rule_ids),
            "evidence": [
                {"rule_id": e.rule_id, "kind": e.kind, "target": e.target, "text": e.text, "status": e.status}
                for e in self.evidence
            ],
            "rules_version": self.rules_version,
        }

    def to_text(self) -> str:
        """Return a short multi-line explanation for people."""
        lines = [
            f"category:   {self.category} ({self.source}, confidence {self.confidence:.2f}"
            + (", needs review)" if self.needs_review else ")"),
            f"flags:      {', '.join(sorted(self.flags)) or '-'}",
            f"also:       {', '.join(self.other_categories) or '-'}",
            "evidence:",
        ]
        for e in self.evidence:
            mark = "+" if e.status == "active" else "-"
            lines.append(f"  {mark} {e.kind:<8} {e.target:<30} '{e.text}'  {e.rule_id}  [{e.status}]")
        if not self.evidence:
            lines.append("  (no rule matched)")
        lines.append(f"rules:      {self.rules_version}")
        return "\n".join(lines)


# --- records --------------------------------------------------------------------------------------

_Key = tuple[str, str, tuple[str, ...], str]  # mode, text, candidates, label
#: A unit of work: texts, per-text candidates (None: any), per-text crosswalk (category, name) or None
_Work = tuple[Sequence[str] | pa.Array, list[tuple[str, ...]] | None, list[tuple[str, str] | None] | None]
_Cols = dict[str, np.ndarray]


def _work_for(keys: Sequence[_Key]) -> _Work:
    texts: list[str] = []
    cands: list[tuple[str, ...]] = []
    xwalks: list[tuple[str, str] | None] = []
    for mode, text, candidates, label in keys:
        if mode == "crosswalk":
            texts.append(text)
            cands.append(())
            xwalks.append((candidates[0], label))
            continue
        if mode == "label":  # a source label no crosswalk knows: the label is evidence too
            text = f"{label}. {text}" if text else label
        texts.append(text)
        cands.append(candidates)
        # a broad label ("Assault") limits the choice: said in the evidence (no category of its own)
        xwalks.append(("", label) if mode == "broad" else None)
    return (
        texts,
        cands if any(cands) else None,
        xwalks if any(x is not None for x in xwalks) else None,
    )


def _limits_line(candidates: Sequence[str], crosswalk: str) -> str:
    """The evidence a broad source label ("Assault") adds: the categories it leaves open."""
    return f"source category limits it to {', '.join(candidates)} (crosswalk.{crosswalk})"


#: the evidence of a fallback decision (nothing in the text named an offence or a no-crime matter)
NO_EVIDENCE = ": nothing in the text matched a rule (fallback)"


def _columns(work: _Work) -> _Cols:
    """Decide a unit of work; returns one array per output field (runs in workers too)."""
    engine = get_engine()
    texts, cands, xwalks = work
    res = engine.run(texts, cands, flag_lines=xwalks is not None)
    if xwalks is not None:
        # a crosswalked category meets flag requirements too ("a child victim" needs a sexual offence)
        final = np.array([xw[0] if xw is not None and xw[0] else c for xw, c in zip(xwalks, res.category, strict=True)])
        res = engine.resolve_pending(res, final.astype(object))
    category = res.category
    confidence = res.confidence
    review = confidence < engine.threshold
    source = np.where(review, "review", "classified").astype(object)
    evidence = res.evidence
    rule_ids = res.rule_ids
    if xwalks is not None:
        category, confidence, source = category.copy(), confidence.copy(), source.copy()
        evidence, rule_ids, review = evidence.copy(), rule_ids.copy(), review.copy()
        for i, xw in enumerate(xwalks):
            if xw is None:
                continue
            cat, name = xw
            if not cat:
                evidence[i] = join_parts("; ", evidence[i], _limits_line(cands[i] if cands is not None else (), name))
                rule_ids[i] = join_parts(";", rule_ids[i], f"crosswalk.{name}")
                continue
            category[i], confidence[i], source[i], review[i] = cat, 1.0, "crosswalk", False
            fe, fr = res.flag_evidence[i], res.flag_rule_ids[i]
            evidence[i] = join_parts("; ", f"{cat}: source category (crosswalk.{name})", fe)
            rule_ids[i] = join_parts(";", f"crosswalk.{name}", fr)
    # a decision no rule or model spoke for is the fallback, and says so
    unexplained = np.asarray(evidence == "", dtype=bool)
    if unexplained.any():
        evidence = np.where(unexplained, np.char.add(category.astype(str), NO_EVIDENCE), evidence).astype(object)
    return {
        "rc_category": category,
        "rc_category_source": source,
        "rc_confidence": confidence,
        "rc_evidence": evidence,
        "rc_rule_ids": rule_ids,
        "rc_needs_review": review,
        "bits": res.flags,
    }


def _decide_one(engine: Engine, key: _Key) -> tuple[NoteResult, Source]:
    mode, text, candidates, label = key
    if mode == "crosswalk":
        category, xwalk = candidates[0], label
        result = engine.classify_text(text)
        ev = Evidence(f"crosswalk.{xwalk}", "category", category, "source category")
        # active flag matches, and the text model's word on a flag (set or cleared)
        flag_ev = [
            e for e in result.evidence if e.kind == "flag" and (e.status == "active" or e.rule_id == MODEL_FLAG_ID)
        ]
        line = f"{category}: source category ({ev.rule_id})"
        if flag_ev:
            line += "; " + "; ".join(evidence_piece(e) for e in flag_ev)
        ids = [ev.rule_id]
        for e in flag_ev:
            if e.rule_id not in ids:
                ids.append(e.rule_id)
        return (
            NoteResult(
                category,
                1.0,
                result.flags,
                (ev, *result.evidence),
                rule_ids=tuple(ids),
                evidence_line=line,
                cues=result.cues,
            ),
            "crosswalk",
        )
    if mode == "label":
        text = f"{label}. {text}" if text else label
    result = engine.classify_text(text, candidates)
    source: Source = "classified" if result.confidence >= engine.threshold else "review"
    if not result.evidence_line:
        result = replace(result, evidence_line=f"{result.category}{NO_EVIDENCE}")
    if mode == "broad":  # the label limited the choice: said as in classify's rc_evidence
        rule = f"crosswalk.{label}"
        line = _limits_line(candidates, label)
        result = replace(
            result,
            evidence=(*result.evidence, Evidence(rule, "category", result.category, "source category limits it")),
            rule_ids=(*result.rule_ids, rule),
            evidence_line=join_parts("; ", result.evidence_line, line),
        )
    return result, source


def explain(text: str, category: str | None = None) -> Decision:
    """Classify one text and return the decision with all of its evidence.

    The decision is made by the same code as :func:`classify` (on a batch of one), so it is the
    decision ``classify`` makes for the same text and category.

    Args:
        text: A note or an offence title.
        category: The source category, if any; a specific one is crosswalked.

    Returns:
        The decision.

    Example:
        >>> explain("IP sent threatening msgs via snapchat").flags == {"domestic_abuse", "online"}
        True
    """
    engine = get_engine()
    key = _key_for(engine, text or "", category, _residuals(None))
    result, source = _decide_one(engine, key)
    return Decision(
        category=result.category,
        source=source,
        confidence=result.confidence,
        needs_review=source == "review",
        flags=result.flags,
        evidence=result.evidence,
        rule_ids=result.rule_ids,
        other_categories=result.other_categories,
        rules_version=engine.bundle.version,
        evidence_line=result.evidence_line,
    )


# --- crosswalk look-up ----------------------------------------------------------------------------


@cache
def _crosswalk_index() -> tuple[dict[str, tuple[str | None, tuple[str, ...], str]], dict[str, tuple[str, str]]]:
    labels: dict[str, tuple[str | None, tuple[str, ...], str]] = {}
    codes: dict[str, tuple[str, str]] = {}
    for xwalk in load_rules().crosswalks:
        for entry in xwalk.entries:
            labels.setdefault(normalise_label(entry.source), (entry.category, tuple(entry.candidates), xwalk.crosswalk))
            if entry.code and entry.category:
                codes.setdefault(entry.code.strip().upper(), (entry.category, xwalk.crosswalk))
    return labels, codes


def _residuals(settings: Settings | None) -> frozenset[str]:
    s = settings or Settings.model_construct(residual_crime_types=Settings.model_fields["residual_crime_types"].default)
    return frozenset(normalise_label(v) for v in s.residual_crime_types)


def _key_for(engine: Engine, text: str, label: str | None, residuals: frozenset[str]) -> _Key:
    if label is None:
        return ("text", text, (), "")
    norm = normalise_label(label)
    if norm in residuals:
        return ("text", text, (), "")
    labels, codes = _crosswalk_index()
    found = labels.get(norm)
    if found is not None:
        category, candidates, xwalk = found
        if category is not None:
            return ("crosswalk", text, (category,), xwalk)
        return ("broad", text, candidates, xwalk)
    coded = codes.get(label.strip().upper())
    if coded is not None:
        return ("crosswalk", text, (coded[0],), coded[1])
    return ("label", text, (), label.strip())


# --- frames ---------------------------------------------------------------------------------------


def _fold(label: object) -> str:
    return " ".join(str(label).replace("_", " ").replace("-", " ").casefold().split())


def match_column(columns: Sequence[object], name: str) -> object | None:
    """Find the column called ``name`` in ``columns``.

    Exact first; else the one column whose name differs only in case, spaces, underscores or
    hyphens ("notes" finds "Notes", "crime_type" finds "Crime Type"); else None (none, or several).
    """
    if name in columns:
        return name
    found = [c for c in columns if _fold(c) == _fold(name)]
    return found[0] if len(found) == 1 else None


#: what a value that is not text holds, and what to do (in :func:`_not_text_kind`'s order, from 1)
_NOT_TEXT_FIXES = (
    ("bytes", "decode it first, for example with .str.decode('utf-8')"),
    ("lists or records", "give a text column, or join its values first"),
)


def _not_text_kind(value: object) -> int:
    """0 for a value a text column may hold, 1 for bytes, 2 for a list, record or array."""
    if isinstance(value, (bytes, bytearray)):
        return 1
    return 2 if isinstance(value, (list, tuple, dict, set, np.ndarray)) else 0


def _input_columns(
    df: pd.DataFrame, text_column: str, category_column: str | None, id_column: str | None
) -> tuple[pd.Series, pd.Series | None, pd.Series | None]:
    """The text, category and id columns as strings (each checked; None when not named)."""
    texts = _column(df, text_column, "text")
    labels = _column(df, category_column, "category") if category_column is not None else None
    ids = _column(df, id_column, "id") if id_column is not None else None
    return texts, labels, ids


def _column(df: pd.DataFrame, name: str, what: str) -> pd.Series:
    matched = match_column(list(df.columns), name)
    several = [str(c) for c in df.columns if _fold(c) == _fold(name)]
    if len(several) > 1 and len(set(several)) > 1:
        # "Notes" and "notes": which one the user means is not for us to guess (validate reads the
        # first and warns; classify would read another)
        raise ConfigError(
            f"{what} column '{name}' could be any of {', '.join(map(repr, several))}, which differ only in case "
            "or spacing; rename the one not to read, and try again"
        )
    if matched is None:
        shown = ", ".join(map(str, list(df.columns)[:20]))
        raise ConfigError(
            f"{what} column '{name}' is not in the input; columns are: {shown}. Pick one with --{what}-column."
        )
    col = df[matched]
    if isinstance(col, pd.DataFrame):
        raise ConfigError(f"{what} column '{name}' appears more than once in the input; rename the duplicates.")
    if col.dtype == object:
        # bytes, or a Parquet list or struct column (arrays and dicts): not text to classify; one pass
        # marks each value's kind, and bytes are reported first
        kind = col.map(_not_text_kind).to_numpy(dtype=np.int8)
        for code, (holds, fix) in enumerate(_NOT_TEXT_FIXES, start=1):
            found = kind == code
            if found.any():
                where = col.index[int(found.argmax())]
                raise ConfigError(f"{what} column '{name}' holds {holds}, not text (row {where!r}); {fix}", "R205")
    if isinstance(col.dtype, pd.StringDtype):  # the same strings and dtype, without Python objects
        return col.fillna("").astype(str)
    if pd.api.types.is_float_dtype(col.dtype):
        # whole numbers read as floats (one blank makes pandas use float64): offence code 8.0 is "8"
        whole = col.notna() & (col % 1 == 0)
        out = col.astype(object).where(col.notna(), "").astype(str)
        return out.where(~whole, col[whole].astype("int64").astype(str))
    return col.astype(object).where(col.notna(), "").astype(str)


def classify(
    df: pd.DataFrame,
    text_column: str = "notes",
    category_column: str | None = None,
    *,
    id_column: str | None = None,
    jobs: int = 1,
    settings: Settings | dict[str, Any] | str | Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> pd.DataFrame:
    """Add the taxonomy category, its evidence and the crime flags to every record.

    Args:
        df: The records; not modified.
        text_column: The free-text notes (or offence titles).
        category_column: The source system's category; specific labels are crosswalked, residual
            ones (``settings.residual_crime_types``) are classified from the text. Without it every
            record is classified from its text.
        id_column: A record id column; the ids of records needing review go in the metadata.
        jobs: Worker processes (1 = this process). Results are identical for any value.
        settings: Settings (residual crime types), as Settings, a dict or a YAML/JSON path; defaults
            when None.
        progress: Called with the number of distinct texts done after each chunk (for a progress bar).

    Returns:
        A copy of ``df`` with the columns in :data:`OUTPUT_COLUMNS` added (replaced if present), and
        ``attrs["reconcile"]`` holding the rules version and hash.

    Raises:
        ConfigError: A named column is missing, ``jobs`` is below 1, or an argument has the wrong
            type (``[R205]``) or invalid settings.

    Example:
        >>> import pandas as pd
        >>> classify(pd.DataFrame({"notes": ["V's pedal cycle stolen"]}))["rc_category"].tolist()
        ['bicycle_theft']
    """
    return _classify(df, text_column, category_column, id_column, jobs, settings, progress, None)


def _classify(
    df: pd.DataFrame,
    text_column: str,
    category_column: str | None,
    id_column: str | None,
    jobs: int,
    settings: Settings | dict[str, Any] | str | Path | None,
    progress: Callable[[int], None] | None,
    columns: tuple[pd.Series, pd.Series | None, pd.Series | None] | None,
) -> pd.DataFrame:
    """:func:`classify`, with the input columns already read by :func:`_input_columns` (or None)."""
    if not isinstance(df, pd.DataFrame):
        raise ConfigError(f"df must be a pandas DataFrame, not {type(df).__name__}", "R205")
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise ConfigError(f"jobs must be a whole number (1 or more), not {type(jobs).__name__}", "R205")
    if jobs < 1:
        raise ConfigError(f"jobs must be 1 or more, not {jobs}")
    check_callable(progress, "progress")
    settings = Settings.from_path_or_dict(settings)
    texts, labels, ids = columns if columns is not None else _input_columns(df, text_column, category_column, id_column)
    engine = get_engine()
    residuals = _residuals(settings)
    # Work once per distinct (text, label): exports repeat notes and labels a lot.
    if labels is None:
        # arrow keeps the distinct texts in order of first appearance, as pd.factorize does, and
        # hands them to the engine without Python strings
        arrow = pa.array(texts)
        if isinstance(arrow, pa.ChunkedArray):  # a column pandas built by concatenation
            arrow = arrow.combine_chunks(memory_pool=_POOL)
        encoded = pc.dictionary_encode(arrow, memory_pool=_POOL)
        codes = encoded.indices.to_numpy(zero_copy_only=False)
        # (a slice of an arrow array pickles all of its buffers: workers get lists)
        distinct = encoded.dictionary if jobs == 1 else encoded.dictionary.to_pylist()
        work: list[_Work] = [(w, None, None) for w in _split(distinct, jobs)]
    else:
        label_keys = {lab: lab for lab in pd.unique(labels)}
        combo = pd.Series(list(zip(texts.tolist(), labels.tolist(), strict=True)), dtype=object)
        codes, uniques = pd.factorize(combo, sort=False)
        keys = [_key_for(engine, t, label_keys[lab], residuals) for t, lab in uniques]
        work = [_work_for(k) for k in _split(keys, jobs)]
    cols = _run(work, jobs, progress)
    codes = np.asarray(codes, dtype=np.int64)
    out = df.copy()
    out = out.drop(columns=[c for c in OUTPUT_COLUMNS if c in out.columns])
    # the text columns are built by arrow: pandas would check and convert every string itself
    # (codes number the distinct texts by first appearance: all distinct, they are 0, 1, 2, ...)
    taken = None if len(codes) == len(cols["bits"]) else pa.array(codes)
    new: dict[str, Any] = {
        name: pd.Series(_take_strings(cols[name], taken), index=out.index, dtype=_STR)
        if name in _TEXT_COLUMNS
        else cols[name][codes]
        for name in (
            "rc_category",
            "rc_category_source",
            "rc_confidence",
            "rc_evidence",
            "rc_rule_ids",
            "rc_needs_review",
        )
    }
    row_bits = cols["bits"][codes]
    for i, flag in enumerate(FLAG_CODES):
        new[f"rc_flag_{flag}"] = (row_bits >> i) & 1 == 1
    added = pd.DataFrame(new, index=out.index)
    for name in _TEXT_COLUMNS:
        added[name] = added[name].astype(str)
    out = pd.concat([out, added], axis=1)
    out.attrs = dict(df.attrs)
    out.attrs["reconcile"] = _metadata(engine, out, texts, labels, ids)
    return out


def _take_strings(values: np.ndarray, codes: pa.Array | None) -> pa.Array:
    """``values[codes]`` (an object array of str; all of it for None) as an arrow string array."""
    strings = pa.array(values, type=pa.large_string(), memory_pool=_POOL)
    return strings if codes is None else pc.take(strings, codes, memory_pool=_POOL)


_T = TypeVar("_T")


def _split(items: Sequence[_T], jobs: int) -> list[Sequence[_T]]:
    """Cut the work into pieces: large ones (the engine works on arrays), several per worker."""
    size = _CHUNK if jobs == 1 else max(_CHUNK // 8, len(items) // (jobs * 4) + 1)
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def _concat(parts: list[_Cols]) -> _Cols:
    return {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}


def _run(work: list[_Work], jobs: int, progress: Callable[[int], None] | None) -> _Cols:
    total = sum(len(w[0]) for w in work)
    parts: list[_Cols] = []
    if jobs == 1 or total < 4 * _PARALLEL_MIN:
        for w in work:
            parts.append(_columns(w))
            if progress is not None:
                progress(len(w[0]))
        return _concat(parts)
    get_engine()  # build before forking so workers inherit it
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(jobs) as pool:
        for w, part in zip(work, pool.imap(_columns, work), strict=True):
            parts.append(part)
            if progress is not None:
                progress(len(w[0]))
    return _concat(parts)


def _metadata(
    engine: Engine, out: pd.DataFrame, texts: pd.Series, labels: pd.Series | None, ids: pd.Series | None
) -> dict[str, Any]:
    bundle = engine.bundle
    model = load_model()
    meta: dict[str, Any] = {
        "library_version": __version__,
        "rules_version": bundle.version,
        "rules_hash": bundle.sha256,
        "model": "models/classifier.json",
        "model_rules_hash": model.rules_sha256,
        "model_current": model.rules_sha256 == bundle.sha256,
        "review_threshold": engine.threshold,
        "text_model": (
            {"enabled": True, "artifact": f"models/{model.text_model.artifact}", "sha256": model.text_model.sha256}
            if engine.textmodel is not None
            else {"enabled": False}
        ),
        "rows": len(out),
        "by_source": {str(k): int(v) for k, v in out["rc_category_source"].value_counts(sort=False).items()},
        "by_category": {str(k): int(v) for k, v in sorted(out["rc_category"].value_counts().items())},
        "flags": {f: int(out[f"rc_flag_{f}"].sum()) for f in FLAG_CODES},
    }
    if labels is not None:
        mapped = [
            (normalise_label(str(a)), b) for a, b in zip(labels.tolist(), out["rc_category"].tolist(), strict=True)
        ]
        meta["remapped"] = int(sum(1 for a, b in mapped if a.replace(" ", "_") != b))
    else:
        meta["remapped"] = int((out["rc_category"] != "other_crime").sum())
    if ids is not None:
        meta["review_ids"] = ids[out["rc_needs_review"].to_numpy()].tolist()[:10_000]
    return meta


# --- files ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClassifySummary:
    """What :func:`classify_file` did (the CLI prints it)."""

    rows: int
    output: Path
    metadata: Path
    by_source: dict[str, int]
    by_category: dict[str, int]
    flags: dict[str, int]
    remapped: int
    needs_review: int

    def to_text(self) -> str:
        """Return a short human summary."""
        sources = ", ".join(f"{k} {v}" for k, v in sorted(self.by_source.items()))
        flags = ", ".join(f"{k} {v}" for k, v in self.flags.items() if v)
        return (
            f"{self.rows} rows classified -> {self.output}\n"
            f"  category source: {sources or '-'}\n"
            f"  remapped: {self.remapped}, needs review: {self.needs_review}\n"
            f"  flags: {flags or '-'}\n"
            f"  metadata: {self.metadata}"
        )


def classify_file(
    input_path: str | Path,
    output_path: str | Path,
    *,
    text_column: str = "notes",
    category_column: str | None = None,
    id_column: str | None = None,
    jobs: int = 1,
    sheet: str | None = None,
    settings: Settings | None = None,
    progress: Callable[[int], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> ClassifySummary:
    """Read an export, classify it and write the result and a ``OUTPUT.meta.json`` sidecar.

    Args:
        input_path: CSV, XLSX or Parquet export.
        output_path: Where to write (.csv, .parquet or .xlsx).
        text_column: See :func:`classify`.
        category_column: See :func:`classify`.
        id_column: See :func:`classify`.
        jobs: See :func:`classify`.
        sheet: Workbook sheet (XLSX only).
        settings: See :func:`classify`.
        progress: See :func:`classify`.
        on_start: Called with the number of distinct texts before work starts.

    Returns:
        A summary of the run.

    Raises:
        InputError: The input cannot be read or the output cannot be written.
        ConfigError: A column is missing.
    """
    from reconcile.readers import open_table, read_typed, write_table

    output = Path(output_path)
    refuse_overwriting_inputs([output, output.with_name(output.name + ".meta.json")], [input_path])
    source = open_table(input_path, sheet)
    df = read_typed(source)  # a Parquet file's columns keep their types in the output
    named = ((text_column, "text"), (category_column, "category"), (id_column, "id"))
    found = {what: match_column(list(df.columns), n) for n, what in named if n is not None}
    missing = [(n, what) for n, what in named if n is not None and found[what] is None]
    if not source.header_is_labels and missing:
        # the line read as the header may be a record of an export without one: not shown
        name, what = missing[0]
        raise InputError(
            input_path,
            f"no line looked like column names, and line {source.header_row} (read as the header) has no "
            f"'{name}' column; export it again with its header row, or name the column with --{what}-column",
            "R115",
        )
    try:
        # the columns first, so that an error names the file, as every input error does
        columns = _input_columns(df, text_column, category_column, id_column)
    except ConfigError as exc:
        raise ConfigError(f"{printable(str(input_path))}: {exc.detail}", exc.code) from exc
    if on_start is not None:
        on_start(int(columns[0].nunique()))
    out = _classify(df, text_column, category_column, id_column, jobs, settings, progress, columns)
    write_table(out, output)
    meta_path = output.with_name(output.name + ".meta.json")
    meta = dict(out.attrs["reconcile"])
    meta["input"] = Path(input_path).name
    with writing_output(meta_path):
        meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True), encoding="utf-8")
    info = out.attrs["reconcile"]
    return ClassifySummary(
        rows=len(out),
        output=output,
        metadata=meta_path,
        by_source=info["by_source"],
        by_category=info["by_category"],
        flags=info["flags"],
        remapped=info["remapped"],
        needs_review=int(out["rc_needs_review"].sum()),
    )


# --- rule checks ----------------------------------------------------------------------------------


#: the name ``reconcile rules test`` gives the examples of ``rules/names/relations.yaml``
RELATIONS_ID = "names.relations"


@dataclass(frozen=True)
class ExampleResult:
    """One rule example run: did the rule fire as the pack says it should."""

    rule_id: str
    text: str
    expect: Literal["match", "no_match"]
    passed: bool


def fired_rules(text: str, engine: Engine | None = None) -> set[str]:
    """Return the ids of rules that fire on ``text`` (context cues found, categories and flags active)."""
    result = (engine or get_engine()).classify_text(text)
    return {e.rule_id for e in result.evidence if e.status == "active"} | set(result.cues)


def run_rule_examples(bundle: RuleBundle | None = None, engine: Engine | None = None) -> list[ExampleResult]:
    """Run every example of every rule (what ``reconcile rules test`` and the test suite do).

    Args:
        bundle: The rules whose examples run (default: the engine's, or the bundled rules).
        engine: The engine that runs them (default: the bundled one).
    """
    if bundle is None:
        bundle = engine.bundle if engine is not None else load_rules()
    results: list[ExampleResult] = []
    for _, rule in bundle.rules():
        for text in rule.examples.match:
            results.append(ExampleResult(rule.id, text, "match", rule.id in fired_rules(text, engine)))
        for text in rule.examples.no_match:
            results.append(ExampleResult(rule.id, text, "no_match", rule.id not in fired_rules(text, engine)))
    # names introduced as a partner or relative (rules/names/relations.yaml): whole notes that do
    # and do not end with the domestic-abuse flag
    relations = bundle.relations.examples
    texts = [*relations.match, *relations.no_match]
    if texts:
        flags = (engine if engine is not None else get_engine()).run(texts).flags
        bit = 1 << FLAG_CODES.index("domestic_abuse")
        for i, text in enumerate(texts):
            expect: Literal["match", "no_match"] = "match" if i < len(relations.match) else "no_match"
            results.append(ExampleResult(RELATIONS_ID, text, expect, bool(flags[i] & bit) == (expect == "match")))
    return results


@dataclass(frozen=True)
class LintFinding:
    """One ``reconcile rules lint`` finding.

    Attributes:
        kind: "dead" (a rule does not fire on one of its own match examples), "redundant" (one
            phrase twice for the same target), "overlap" (one phrase in category rules for
            different targets, decided by the principal-crime order alone) or "resolved_overlap"
            (the same, where a requirement, an exclusion or a weak strength decides between them).
        message: One line for a person.
    """

    kind: Literal["dead", "redundant", "overlap", "resolved_overlap"]
    message: str

    @property
    def is_problem(self) -> bool:
        """True unless the rules themselves say how the overlap is decided."""
        return self.kind != "resolved_overlap"


def lint_rules(engine: Engine | None = None) -> list[LintFinding]:
    """Report overlapping, redundant and dead rules (of ``engine``'s bundle; default: the bundled rules).

    A phrase (compared by its norms, so "punched" and "punches" are one phrase) in category rules of
    different targets is an overlap. It is *resolved* when one of those rules requires something
    (an injury, a theft), is excluded by another, or is weak: the engine then has a stated way to
    choose. Otherwise the principal-crime order alone decides, and a person should check that this
    is meant. A rule is dead when one of its own ``match`` examples does not fire it.
    """
    engine = engine or get_engine()
    by_id = {rule.id: rule for _, rule in engine.bundle.rules()}
    findings: list[LintFinding] = []
    owners: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for pack, rule in engine.bundle.rules():
        for pattern in rule.patterns:
            if isinstance(pattern, str):
                norms = engine.pattern_norms(pattern)
                owners.setdefault((pack.kind, norms), []).append(f"{rule.id}->{pack.target}")
    for (kind, norms), rules in sorted(owners.items()):
        phrase = " ".join(norms)
        targets = {r.split("->")[1] for r in rules}
        if len(rules) > 1 and len(targets) == 1 and len({r.split("->")[0] for r in rules}) < len(rules):
            findings.append(LintFinding("redundant", f"redundant: phrase {phrase!r} repeated in {sorted(set(rules))}"))
        elif kind == "category" and len(targets) > 1:
            reasons = []
            for rid in sorted({r.split("->")[0] for r in rules}):
                rule = by_id[rid]
                if rule.requires:
                    reasons.append(f"{rid} requires {', '.join(rule.requires)}")
                if rule.excluded_by:
                    reasons.append(f"{rid} is excluded by {', '.join(rule.excluded_by)}")
                if rule.strength == "weak":
                    reasons.append(f"{rid} is weak")
            if reasons:
                message = f"resolved overlap: phrase {phrase!r} in {sorted(set(rules))} ({'; '.join(reasons)})"
                findings.append(LintFinding("resolved_overlap", message))
            else:
                message = f"overlap: phrase {phrase!r} in {sorted(set(rules))} (the principal-crime order decides)"
                findings.append(LintFinding("overlap", message))
    for r in run_rule_examples(engine=engine):
        if r.expect == "match" and not r.passed:
            findings.append(LintFinding("dead", f"dead or broken: {r.rule_id} does not fire on its example {r.text!r}"))
    return findings
