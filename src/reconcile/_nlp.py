"""The rule engine behind :mod:`reconcile.classify`: spaCy tokeniser and norms, compiled matchers, context.

spaCy (``spacy.blank("en")``, no downloaded model) is the foundation, used where its work can be
done once per *distinct string* instead of once per record:

* **Tokens.** Like spaCy's own tokeniser, a note is split on spaces into chunks; each distinct chunk
  is tokenised once by the spaCy tokeniser, with our abbreviations as tokeniser exceptions ("ex-p",
  "s.47", "a&e" stay one token), and the result is cached. A spaced dash or bar ("RTC - driver")
  becomes a sentence boundary.
* **Norms.** Each distinct token gets a normalised form (NORM, installed as spaCy's lexeme NORM
  getter): abbreviations map to one norm ("s47" -> "abh"), irregular forms to their base ("stole" ->
  "steal"), other words lose inflections ("punched"/"punching" -> "punch"), and a word outside the
  rule vocabulary within one or two edits of a rule word becomes that word ("burgulary" ->
  "burglary"). Typo tolerance therefore costs nothing per record.
* **Matching.** Phrase patterns (strings) are tokenised and normalised at build time and compiled
  into a trie over norm ids that is walked for *all records at once* with numpy (one array step per
  pattern length). Token patterns (lists of token dicts, spaCy Matcher syntax) are compiled into
  fixed-length sequences of token classes (``*``/``+`` repeat at most 6 times), anchored on their
  rarest class and checked through a trie the same way. No match crosses a sentence, so each
  distinct sentence of a batch is matched once.
* **Context.** Cues (negation, hypothetical, historical, other person, stranger, an animal or a
  thing rather than a person) cancel matches in their scope (same sentence; before/after a match
  within a token window, not across a clause boundary). The record-level combiner (requirements,
  exclusions, principal crime rule, confidence) and the evidence strings are computed with array
  operations too.

:meth:`Engine.run` handles a batch of texts; :meth:`Engine.classify_text` (what ``explain`` uses) is
the same code on a batch of one, returning every match with its status, so an explanation always shows
the decision the batch made.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, get_args

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
import spacy
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from spacy.attrs import NORM, ORTH
from spacy.lang.en.stop_words import STOP_WORDS

from reconcile._textmodel import Combination, TextModel, combine, model_choices
from reconcile.rulepack import (
    CONTEXT_CUES,
    FLAG_CODES,
    PRINCIPAL_ORDER,
    Crosswalk,
    RelationWords,
    RuleBundle,
    RulePack,
    Suppressor,
    normalise_label,
)

__all__ = ["MODEL_CATEGORY_ID", "MODEL_FLAG_ID", "BatchResult", "Engine", "Evidence", "NoteResult", "evidence_piece"]

Arr = npt.NDArray[Any]

_RANK = {code: i for i, code in enumerate(PRINCIPAL_ORDER)}
_N_CAT = len(PRINCIPAL_ORDER)
_SUPPRESSORS: tuple[str, ...] = get_args(Suppressor)  # in this order they number the statuses
#: status codes: 0 active, 1.._LAST_CUE the suppressors above, then the combiner's own statuses
_STATUSES = ("active", *_SUPPRESSORS, "absorbed", "unmet", "excluded", "no_crime")
_ABSORBED, _UNMET, _EXCLUDED, _NO_CRIME = (_STATUSES.index(s) for s in ("absorbed", "unmet", "excluded", "no_crime"))
_LAST_CUE = len(_SUPPRESSORS)  # the highest status a context cue gives
_BOUNDARIES = frozenset(
    {",", ";", ".", "!", "?", "but", "however", "although", "though", "whereas", "whilst", "while", "and",
     "then", "who", "which", "because", "(", ")", "|"}
)  # fmt: skip
_SENTENCE_MARK = "\u2029"  # what a spaced dash or bar ("RTC - driver") becomes: a sentence boundary
_SENTENCE_CHUNKS = frozenset({"-", "|", "–", "—", "--", "||", "/"})
_SENTENCE_PUNCT = re.compile(r"^(?:[.!?;]+|\s+|\u2029)$")
_WORD = re.compile(r"^[a-z]+$")
_HAS_DIGIT = re.compile(r"[0-9]")
_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")
_SIMPLE_CHUNK = re.compile(r"^([\"'(\[]?)([A-Za-z]+|[0-9]+)('s|’s|'S)?((?:[.,;:!?)\]\"'](?![.']))?[.,;:!?)\]\"']?)$")
#: a negated match of one of these flag rules vetoes the flag for the whole record ("nil DA")
_VETO_RULE = re.compile(r"\.(context|terms|aggravated|platform)\.v[0-9]+$")
_SCRAMBLED_ENDINGS = (("nig", "ing"), ("ign", "ing"), ("ngi", "ing"), ("gni", "ing"), ("img", "ing"), ("de", "ed"))
_MAX_EVIDENCE = 12
_FUZZY_TITLE_MIN = 24  # characters: a title this long may match a known one approximately
_FUZZY_TITLE_SCORE = 93  # rapidfuzz ratio
_MAX_SENTENCE = 128  # tokens; a longer run without a sentence boundary is cut (see Engine.run)
# token classes for names introduced as a partner or relative (see Engine._named_relations)
_R_NAME, _R_PARTNER, _R_EXPARTNER, _R_EX, _R_RELATIVE, _R_OWNER, _R_POSS, _R_LINK, _R_BEFORE = range(1, 10)
_R_OPEN, _R_CLOSE, _R_CHILD_AGE, _R_AGE = range(10, 14)
_R_ROLES = (_R_PARTNER, _R_EXPARTNER, _R_EX, _R_RELATIVE)
# pronoun word bits (see Engine._pronoun_relations and the ``pronouns`` of rules/names/relations.yaml)
_P_HE, _P_SHE, _P_VICTIM_HER, _P_VICTIM_HIM, _P_VICTIM_HIS = 1, 2, 4, 8, 16
_P_OTHER_MALE, _P_OTHER_FEMALE, _P_OTHER, _P_MALE, _P_FEMALE = 32, 64, 128, 256, 512
_P_ACT, _P_PLACE_BEFORE = 1024, 2048
_NAME_SHAPE = re.compile(r"^[A-Z][a-z]+$")
_CHILD_AGE = re.compile(r"^([0-9]|1[0-5])$")
_ADULT_AGE = re.compile(r"^(1[6-9]|[2-9][0-9])$")
#: what RE2 (arrow) reads differently from Python's re on a token: Unicode-aware classes, word
#: boundaries, lookaround and back-references; such patterns run in Python
_RE2_UNSAFE = re.compile(r"\\[wWdDsSbBAZ0-9]|\(\?[!=<]")
_TRIPLED = re.compile(r"(\w)\1{2,}")
#: a child's age as one token: "8" (the tokeniser splits "(8)"), "12yo"; the brackets are kept for
#: tokens a rule pack's abbreviations may keep whole
_CHILD_AGE_NEAR = re.compile(r"^\(?([0-9]|1[0-5])(yo|y/o|yrs?|years?|-year-old)?\)?$")
#: a number after these words is a duration, not an age ("husband of 3 years", "together for 2 yrs")
_DURATION_BEFORE = frozenset({"of", "for"})
MODEL_CATEGORY_ID = "model.textcat.v1"  # evidence and rule id of a category decided by the text model
MODEL_FLAG_ID = "model.domestic_abuse.v1"  # ... and of the domestic-abuse flag set or cleared by it
#: a leading offence label ("Criminal damage to vehicle - wing mirror kicked off", "Cheque fraud:
#: ..."): police and call-handler notes open with the recorded crime, then describe it
_HEADLINE = r"^\s*(?P<head>[A-Za-z][^.!?;:\n']{2,60}?)(?:\s+[-–—]+\s+|\s*:\s+)\S"
_LEAD_SEGMENT = r"^\s*[A-Za-z0-9(][^.!?;:\n]{1,60}?(?:\s+[-–—]+\s+|\s*:\s+|\.+\s+)"
#: matches wherever a label can follow the first segment (any segment length: a superset of the rows
#: where cutting the shortest first segment leaves a label)
_SECOND_HEADLINE = _LEAD_SEGMENT + _HEADLINE.removeprefix("^")
#: a first sentence that is a recorded offence title and nothing else ("Theft by employee. IP owns a
#: cafe ..."): a label too, but only when it is a known title (a short first sentence is as often
#: the story's start)
_TITLE_SENTENCE = r"^\s*(?P<head>[A-Za-z][^.!?;:\n']{2,60}?)\.\s+\S"
#: an offence named with its statute ("Affray, s3 Public Order Act 1986. During a fight ...",
#: "Arson with intent to endanger life, s1(2) Criminal Damage Act 1971"): a charge as a label
_STATUTE_HEADLINE = r"^\s*(?P<head>[A-Za-z][^.!?;:\n',()]{2,60}?),?\s+\(?(?:[sS]\.?\s?\d+[A-Za-z]?\b|[sS]ection\s+\d+)"
_MAX_SNIPPET = 60
_ABSORB_MAX = 6  # a longer match (a wide token pattern) does not absorb the offences inside it
#: the text model speaks only on notes of the length it was trained on (up to 137 tokens): in a
#: longer one, a case log appended to the incident ("called V, no answer; text sent ...")
#: outweighs it, so there the rules decide alone
_MODEL_MAX_TOKENS = 160
_REPEAT_CAP = 6  # "*" and "+" in token patterns repeat at most this often
_CACHE_LIMIT = 500_000
#: arrow buffers of a batch come from the system allocator, whose freed memory the next batch reuses
#: (arrow's default pool hands it back to the OS, and faulting it in again costs more than the work)
_POOL = pa.system_memory_pool()
_ANCHOR_SAMPLE = 20_000  # token patterns are anchored by the class frequencies of a batch this large
_HASH_MUL = np.uint64(0x9E3779B97F4A7C15)
# condition bits: context cues, then categories, then "offence"
_COND_BIT = {c: i for i, c in enumerate(CONTEXT_CUES)} | {
    c: len(CONTEXT_CUES) + i for i, c in enumerate(PRINCIPAL_ORDER)
}
_COND_BIT["offence"] = len(CONTEXT_CUES) + _N_CAT
_COND_BIT["victimless"] = len(CONTEXT_CUES) + _N_CAT + 1
_COND_BIT["theft"] = len(CONTEXT_CUES) + _N_CAT + 2
_CAT_SHIFT = len(CONTEXT_CUES)
#: "V." and "S." end a sentence about the victim or suspect ("punched V. No injuries"); spaCy keeps
#: a capital and a full stop together as an initial, which would run two sentences into one
_PARTY_STOPS = frozenset({"V.", "S.", "v."})
_UNDER_16 = CONTEXT_CUES.index("under_16")
_CHILD_NAMED = CONTEXT_CUES.index("child_named")
_PAST_AGE = CONTEXT_CUES.index("past_age")
_ASB = _RANK["anti_social_behaviour"]
_OTHER = _RANK["other_crime"]
#: categories of property taken, whatever it was (see the "theft" condition)
_THEFTS = sum(1 << _RANK[c] for c in ("other_theft", "bicycle_theft"))
#: categories whose offence names no victim (see the "victimless" condition)
_VICTIMLESS = sum(1 << _RANK[c] for c in ("misc_crimes_against_society", "drug_offences", "possession_of_weapons"))
_VEHICLE = _RANK["vehicle_offences"]
_VWI = _RANK["violence_with_injury"]
_VWOI = _RANK["violence_without_injury"]


#: words whose stem would collide with an unrelated rule word ("care" -> "car")
_STEM_KEEP = {
    "care": "care", "cares": "care", "cared": "care", "caring": "care", "carer": "carer", "carers": "carer",
    "none": "none",  # not "non" (as in "non-recent")
    # not "not": "IDVA note: V spat at ..." was a negation cue over the next four words
    "note": "note", "notes": "note", "noted": "note", "noting": "note",
}  # fmt: skip


def stem(word: str) -> str:
    """Strip common English inflections so that "punched", "punching" and "punches" share a norm.

    Only consistency matters: rule patterns and note text go through the same function.

    Example:
        >>> stem("punched"), stem("punching"), stem("bruises"), stem("stabbed")
        ('punch', 'punch', 'bruis', 'stab')
    """
    w = word
    if len(w) <= 3 or not w.isalpha():
        return w
    kept = _STEM_KEEP.get(w)
    if kept is not None:
        return kept
    if w.endswith(("ies", "ied")) and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


@dataclass(frozen=True, slots=True)
class Evidence:
    """One match that informed a decision.

    Attributes:
        rule_id: The rule that matched.
        kind: "category", "flag" or "context".
        target: The category code, flag code or context cue.
        text: The matched text as written (at most 60 characters).
        status: "active", or the context that cancelled it ("negation", "hypothetical",
            "threatened", ...,
            "unmet" when a requirement such as an injury is missing, "absorbed" when a longer
            match or a more specific offence explains it).
    """

    rule_id: str
    kind: str
    target: str
    text: str
    status: str = "active"


@dataclass(frozen=True)
class NoteResult:
    """The decision for one text: category, flags, confidence and evidence.

    Attributes:
        category: One code from TAXONOMY.md.
        confidence: 0-1.
        flags: Flag codes set.
        evidence: Every match considered, with its status.
        other_categories: Other offences disclosed, in principal-crime order.
        matched_title: True when the whole text is a known offence title.
        rule_ids: Ids of the rules that decided.
        evidence_line: The ``rc_evidence`` text.
        cues: Context rules that matched (for rule examples).
    """

    category: str
    confidence: float
    flags: frozenset[str]
    evidence: tuple[Evidence, ...]
    other_categories: tuple[str, ...] = ()
    matched_title: bool = False
    rule_ids: tuple[str, ...] = field(default=())
    evidence_line: str = ""
    cues: tuple[str, ...] = ()

    def evidence_text(self) -> str:
        """Render the evidence as one human-readable line (the ``rc_evidence`` column)."""
        return self.evidence_line


@dataclass(frozen=True)
class BatchResult:
    """Decisions for a batch of texts, one array element per text.

    Attributes:
        category: Category codes (object array of str).
        confidence: 0-1.
        flags: Flag bit sets (bit i = ``FLAG_CODES[i]``).
        evidence: The ``rc_evidence`` line.
        rule_ids: ``;``-joined ids of the rules that decided.
        flag_evidence: The evidence line restricted to active flag matches (for crosswalked records).
        flag_rule_ids: ``;``-joined ids of the flag rules that fired.
        notes: Per-text detail (only when asked for).
        blocked: Flag bits that a context cue or a veto cancelled in the text (the text model may
            not set them).
        cat_blocked: Category bits (bit i = ``PRINCIPAL_ORDER[i]``) matched in the text but only
            cancelled (negated, other person, excluded...), never active: the text model may not
            choose them. A requirement merely unmet ("store manager" with no theft word the rules
            know) does not block the model.
        injury_named: Per text, whether an injury is named (a not negated injury word, or a
            violence-with-injury rule of its own: "GBH", "stabbed").
        cat_strong: Category bits with an active strong rule match in the text.
        cat_seen: Category bits with any active rule match in the text (strong or weak).
        pending: Flag matches whose only unmet requirement is a category (see :class:`_Pending`).
        settled: Flag bits set by a strong rule match ("MARAC", "DVPN"): the text model may not
            clear them (it may clear a flag that rests on weak matches only).
    """

    category: Arr
    confidence: Arr
    flags: Arr
    evidence: Arr
    rule_ids: Arr
    flag_evidence: Arr
    flag_rule_ids: Arr
    notes: tuple[NoteResult, ...] = ()
    blocked: Arr | None = None
    cat_blocked: Arr | None = None
    injury_named: Arr | None = None
    cat_strong: Arr | None = None
    cat_seen: Arr | None = None
    pending: _Pending | None = None
    settled: Arr | None = None


@dataclass(frozen=True)
class _Pending:
    """Flag matches that wait for the final category.

    A flag rule may require an offence ("an ex-partner keeps driving past") or a category ("a
    child victim" needs a sexual offence) that no rule found, while a headline or the text model
    then decides exactly that category. One entry per (text, flag), first match only.

    Attributes:
        note: Text index.
        flag: Flag index in ``FLAG_CODES``.
        cats: Category bits (bit i = ``PRINCIPAL_ORDER[i]``) that meet the requirement.
        piece: The evidence piece for ``rc_evidence`` when the flag is set.
        rule: The rule id.
    """

    note: Arr
    flag: Arr
    cats: Arr
    piece: Arr
    rule: Arr


@dataclass(frozen=True, slots=True)
class _RuleInfo:
    id: str
    kind: str
    target: str
    strong: bool
    suppressed_by: frozenset[str]
    requires: tuple[str, ...]
    excluded_by: tuple[str, ...]
    scope: str
    window: int
    veto: bool


@dataclass(frozen=True, slots=True)
class _SeqTrie:
    """Token-class sequences as a trie of checks, rooted at their anchor class.

    A path is a sequence's (offset from the anchor, class) checks, rarest class first, so most
    candidates fail at the first edges; sequences expanded from one pattern share paths. Arrays
    are CSR lists over nodes (roots first, one per anchor class).
    """

    anchors: Arr  # per root: its anchor class, ascending
    child_first: Arr  # per node: its first edge (edges are grouped by parent)
    child_count: Arr
    edge_node: Arr  # per edge: the child node
    edge_offset: Arr  # per edge: where the token it checks is, relative to the anchor
    edge_check: Arr  # per edge: the class that token must have
    end_first: Arr  # per node: the first sequence whose checks end there
    end_count: Arr
    end_seq: Arr
    seq_anchor: Arr  # per sequence: the anchor's position in it


def _pairs(a_key: Arr, b_key: Arr, n_keys: int | None = None) -> tuple[Arr, Arr]:
    """All index pairs (i, j) with ``a_key[i] == b_key[j]``; ``b_key`` must be sorted.

    With ``n_keys`` (keys are ``0 <= key < n_keys``, e.g. sentence ids) the ranges are counted
    instead of searched for.
    """
    if n_keys is not None:
        count = np.bincount(b_key, minlength=n_keys)
        return _pairs_from_ranges((np.cumsum(count) - count)[a_key], count[a_key])
    lo = np.searchsorted(b_key, a_key, "left")
    hi = np.searchsorted(b_key, a_key, "right")
    return _pairs_from_ranges(lo, hi - lo)


def _in_sorted(values: Arr, sorted_keys: Arr) -> Arr:
    if len(sorted_keys) == 0:
        return np.zeros(len(values), dtype=bool)
    i = np.searchsorted(sorted_keys, values)
    i[i >= len(sorted_keys)] = 0
    return np.asarray(sorted_keys[i] == values)


class Engine:
    """Compile a :class:`RuleBundle` into array matchers and classify texts.

    Args:
        bundle: The validated rules.
        threshold: Confidence below which a decision is marked for review.

    Example:
        >>> from reconcile.rulepack import load_rules
        >>> engine = Engine(load_rules())
        >>> engine.classify_text("s47 ABH by ex-p").category
        'violence_with_injury'
    """

    def __init__(self, bundle: RuleBundle, threshold: float = 0.5) -> None:
        self.bundle = bundle
        self.threshold = threshold
        #: the trained text model and how it is combined with the rules (None: rules only)
        self.textmodel: TextModel | None = None
        self.combination: Combination | None = None
        self.nlp = spacy.blank("en")
        abbr = bundle.abbreviations
        self._abbr: dict[str, str] = {a.abbr.lower(): stem(a.norm.lower()) for a in abbr.abbreviations}
        self._forms: dict[str, str] = {k.lower(): stem(v.lower()) for k, v in abbr.word_forms.items()}
        self._not_typos = frozenset(w.lower() for w in abbr.not_typos)
        self._fuzzy_exclude = frozenset(stem(w.lower()) for w in abbr.fuzzy_exclude)
        self._fuzzy_on = False
        self._fuzzy_index: dict[str, list[str]] = {}
        self._form_targets: dict[str, str] = {}
        self._vocab: set[str] = set()
        self.nlp.vocab.lex_attr_getters[NORM] = self.norm  # type: ignore[attr-defined]
        for lex in list(self.nlp.vocab):  # lexemes created before our getter was installed
            lex.norm_ = self.norm(lex.orth_)
        tokenizer: Any = self.nlp.tokenizer
        # spaCy keeps emoticons such as "8)" whole; in a referral "(8)" is a child's age
        tokenizer.rules = {
            k: v for k, v in tokenizer.rules.items() if not (any(c.isdigit() for c in k) and any(c in "()" for c in k))
        }
        self._tokenizer: Any = tokenizer
        for a in abbr.abbreviations:
            if not a.abbr.isalnum():
                for variant in {a.abbr, a.abbr.lower(), a.abbr.upper(), a.abbr.capitalize(), a.abbr.title()}:
                    self._tokenizer.add_special_case(variant, [{ORTH: variant, NORM: stem(a.norm.lower())}])
        self._special = frozenset(self._tokenizer.rules)
        self._titles = self._title_index(bundle.crosswalks)
        self._title_keys = [t for t in self._titles if len(t) >= _FUZZY_TITLE_MIN]
        self._title_words = frozenset(w for t in self._titles for w in t.split())
        self._same_surname = ""  # (set by _load_relations, before the token cache is reset again)
        self._reset_token_cache()
        self._rules: list[_RuleInfo] = []
        # phrase patterns: (rule, norm tuple); token patterns: (rule, class sequence)
        self._phrases: list[tuple[int, tuple[str, ...]]] = []
        self._token_seqs: list[tuple[int, tuple[int, ...]]] = []
        self._class_specs: list[dict[str, Any]] = []
        self._class_ids: dict[str, int] = {}
        self._compile(bundle.packs)
        self._build_fuzzy_index()
        self._fuzzy_on = True
        self._build_tables()
        self._load_relations(bundle.relations)
        self._reset_token_cache()  # tokens seen while compiling were normalised without typo tolerance

    # --- norms ------------------------------------------------------------------------------

    def norm(self, text: str) -> str:
        """Return the normalised form the matchers see for one token string."""
        low = text.lower()
        found = self._abbr.get(low) or self._forms.get(low)
        if found is not None:
            return found
        s = stem(low)
        if self._fuzzy_on and s not in self._vocab and low not in self._not_typos and _WORD.match(s):
            # a key held down ("DRAGGGED", "hittt"): three or more of a letter are two
            squeezed = _TRIPLED.sub(r"\1\1", low)
            if squeezed != low and stem(squeezed) in self._vocab:
                return stem(squeezed)
            if len(s) >= 6:
                fixed = self._fuzzy(s)
                if fixed != s:
                    return fixed
            # a scrambled ending ("bruisnig", "punchign", "kickde"): edits in the ending cost two
            # or three, more than the typo search allows, but the ending is what gives it away
            for bad, good in _SCRAMBLED_ENDINGS:
                if low.endswith(bad) and len(low) - len(bad) >= 4:
                    repaired = stem(low[: -len(bad)] + good)
                    if repaired in self._vocab and len(repaired) >= 4:
                        return repaired
        return s

    def _fuzzy(self, s: str) -> str:
        max_edits = 1 if len(s) < 9 else 2
        cands = self._fuzzy_index.get(s[0])
        if not cands:
            return s
        best = process.extractOne(s, cands, scorer=OSA.distance, score_cutoff=max_edits)
        if best is None:
            return s
        return self._form_targets.get(best[0], best[0])

    def _build_fuzzy_index(self) -> None:
        for word in sorted(self._vocab):
            if len(word) >= 6 and _WORD.match(word) and word not in self._fuzzy_exclude:
                self._fuzzy_index.setdefault(word[0], []).append(word)
        # irregular forms ("stolen") are typo targets too, and map on to their norm ("steal")
        for form, target in sorted(self._forms.items()):
            if target in self._vocab and len(form) >= 6 and _WORD.match(form) and form != target:
                self._fuzzy_index.setdefault(form[0], []).append(form)
                self._form_targets[form] = target

    # --- tokens -------------------------------------------------------------------------------

    def _reset_token_cache(self) -> None:
        self._chunk_cache: dict[str, tuple[int, ...]] = {"": ()}
        self._fuzzy_titles: dict[str, tuple[str, str] | None] = {}  # (bounded with the token caches)
        self._shape_cache: dict[str, tuple[int, ...]] = {}
        self._name_forms: dict[int, int] = {}
        self._tok_ids: dict[str, int] = {}
        self._tok_text: list[str] = []
        self._tok_norm: list[str] = []
        self._tok_nid: list[int] = []
        self._tok_bits: list[int] = []  # 1 sentence boundary, 2 clause boundary, 4 has token classes
        self._tok_classes: list[tuple[int, ...]] = []
        self._arrays_for = -1
        self._a_member: Arr = np.zeros((0, 1), dtype=bool)
        self._a_rel: Arr = np.zeros(0, dtype=np.int8)
        self._a_pword: Arr = np.zeros(0, dtype=np.int16)
        self._a_pron: Arr = np.zeros(0, dtype=np.int16)
        self._partner_gid = self._token_id("partner")  # what a name after "split from" is read as
        self._surname_gid = self._token_id(self._same_surname) if self._same_surname else -1
        self._surname_shape: dict[int, bool] = {}
        self._and_gids = np.array([self._token_id("and"), self._token_id("&")], dtype=np.int64)
        self._stop_gid = self._token_id(".")  # closes a note written without a full stop

    def chunk_tokens(self, chunk: str) -> tuple[str, ...]:
        """Tokenise one space-free chunk the way spaCy does (with our exceptions)."""
        if chunk in _SENTENCE_CHUNKS:
            return (_SENTENCE_MARK,)
        if not chunk:
            return ()
        if chunk in _PARTY_STOPS:
            return (chunk[:-1], ".")
        # Fast path for the common shapes ("word", "(word", "V's", "face.", "msgs,"), which split
        # exactly as spaCy splits them; anything else (special cases, infixes, units) goes to spaCy.
        m = _SIMPLE_CHUNK.match(chunk)
        rules = self._special
        if (
            m is not None
            and chunk not in rules
            and m.group(2) not in rules
            and not (m.group(4) and m.group(2) + m.group(4)[0] in rules)
            and not (m.group(4)[:1] == "." and not m.group(3) and not m.group(2)[-1:].islower()
                     and not m.group(2)[-1:].isdigit())
        ):  # fmt: skip
            pre, core, poss, suf = m.groups()
            return (*pre, core, *((poss,) if poss else ()), *suf)
        if _HAS_DIGIT.search(chunk) and chunk not in rules and chunk.rstrip(".,;:!?)") not in rules:
            # reference numbers and amounts ("CR/775587/24.", "£450,") are tokenised once per shape
            shape = chunk.translate(_DIGITS_TO_ZERO)
            lengths = self._shape_cache.get(shape)
            if lengths is None:
                lengths = tuple(len(t.text) for t in self._tokenizer(chunk))
                if lengths != tuple(len(t.text) for t in self._tokenizer(shape)):
                    return tuple(t.text for t in self._tokenizer(chunk))
                self._shape_cache[shape] = lengths
            out: list[str] = []
            at = 0
            for n in lengths:
                out.append(chunk[at : at + n])
                at += n
            return tuple(out)
        return tuple(t.text for t in self._tokenizer(chunk))

    def tokens(self, text: str) -> list[str]:
        """Tokenise a text (what the matchers see, before norms)."""
        out: list[str] = []
        for chunk in text.split(" "):
            out.extend(self.chunk_tokens(chunk))
        return out

    def _chunk_ids(self, chunk: str) -> tuple[int, ...]:
        ids = self._chunk_cache.get(chunk)
        if ids is None:
            ids = tuple(self._token_id(t) for t in self.chunk_tokens(chunk))
            self._chunk_cache[chunk] = ids
        return ids

    def _token_id(self, text: str) -> int:
        gid = self._tok_ids.get(text)
        if gid is not None:
            return gid
        gid = len(self._tok_text)
        self._tok_ids[text] = gid
        low = text.lower()
        norm = self.norm(text)
        self._tok_text.append(text)
        self._tok_norm.append(norm)
        self._tok_nid.append(self._norm_ids.get(norm, 0) if hasattr(self, "_norm_ids") else 0)
        bits = 0
        if _SENTENCE_PUNCT.match(text):
            bits |= 3
        elif low in _BOUNDARIES:
            bits |= 2
        if all(w in self._title_words for w in normalise_label(low).split()):
            bits |= 8  # a text made only of such tokens may be an offence title
        classes = self._classes_of(text, low, norm) if hasattr(self, "_by_norm") else ()
        if classes:
            bits |= 4
        self._tok_bits.append(bits)
        self._tok_classes.append(classes)
        return gid

    def _classes_of(self, text: str, low: str, norm: str) -> tuple[int, ...]:
        """The indexed classes of one token (NORM/LOWER values and ``IN`` sets).

        Other ("generic") classes are evaluated per batch of new tokens, a column at a time, in
        :meth:`_token_arrays`.
        """
        found = self._by_norm.get(norm, ()) + self._by_lower.get(low, ())
        if not found:
            return ()
        return tuple(sorted(set(found)))

    @staticmethod
    def _spec_mask(
        spec: dict[str, Any],
        texts: list[str],
        lows: list[str],
        norms: list[str],
        arrows: dict[str, pa.Array] | None = None,
    ) -> Arr:
        """Evaluate one token spec (spaCy Matcher keys and predicates) on columns of tokens.

        ``arrows`` holds the same string columns as arrow arrays (keys "NORM", "LOWER", "TEXT"):
        membership and the regular expressions RE2 reads as Python does then run as one arrow call
        each, not one Python call per token (the same masks: tests/test_engine_columns.py).
        """
        n = len(texts)
        mask = np.ones(n, dtype=bool)
        for key, want in spec.items():
            values: list[Any]
            column = arrows.get("TEXT" if key == "ORTH" else key) if arrows is not None else None
            if key == "NORM":
                values = norms
            elif key == "LOWER":
                values = lows
            elif key in ("ORTH", "TEXT"):
                values = texts
            elif key == "IS_PUNCT":
                got = np.fromiter((bool(t) and all(not ch.isalnum() for ch in t) for t in texts), bool, n)
                mask &= got == bool(want)
                continue
            elif key == "IS_DIGIT":
                mask &= np.fromiter((t.isdigit() for t in texts), bool, n) == bool(want)
                continue
            elif key == "LIKE_NUM":
                rx = re.compile(r"^[0-9][0-9,.]*$")
                mask &= np.fromiter((rx.match(t) is not None for t in texts), bool, n) == bool(want)
                continue
            elif key == "LENGTH":
                values = [len(t) for t in texts]
            else:
                mask[:] = False
                continue
            if not isinstance(want, dict):
                mask &= np.fromiter((v == want for v in values), bool, n)
                continue
            for pred, arg in want.items():
                if pred in ("IN", "NOT_IN"):
                    members = arg if isinstance(arg, (set, frozenset)) else frozenset(arg)
                    if column is not None:
                        # (a string column never equals a number a list may hold: ``2`` in "IN: [two, 2]")
                        listed = pa.array(sorted(m for m in members if isinstance(m, str)), type=pa.string())
                        got = pc.is_in(column, value_set=listed).to_numpy(zero_copy_only=False)
                    else:
                        got = np.fromiter((v in members for v in values), bool, n)
                    mask &= got if pred == "IN" else ~got
                elif pred == "REGEX":
                    if column is not None and _RE2_UNSAFE.search(arg) is None:
                        found = pc.match_substring_regex(column, arg).to_numpy(zero_copy_only=False)
                        mask &= found.astype(bool)
                    else:
                        rx = re.compile(arg)
                        mask &= np.fromiter((rx.search(str(v)) is not None for v in values), bool, n)
                elif pred == "==":
                    mask &= np.fromiter((v == arg for v in values), bool, n)
                elif pred == "!=":
                    mask &= np.fromiter((v != arg for v in values), bool, n)
                elif pred in (">=", "<=", ">", "<"):
                    if key != "LENGTH":
                        mask[:] = False
                        continue
                    arr = np.array(values, dtype=np.int64)
                    mask &= {">=": arr >= arg, "<=": arr <= arg, ">": arr > arg, "<": arr < arg}[pred]
        return mask

    # --- compiling ----------------------------------------------------------------------------

    def pattern_norms(self, pattern: str) -> tuple[str, ...]:
        """The norms a phrase pattern is matched on."""
        return tuple(self.norm(t) for t in self.tokens(pattern))

    def _norm_spec(self, spec: dict[str, Any]) -> dict[str, Any]:
        new: dict[str, Any] = {}
        for key, value in spec.items():
            if key == "OP":
                continue
            if key == "NORM":
                if isinstance(value, str):
                    value = self.norm(value)
                    self._vocab.add(value)
                elif isinstance(value, dict):
                    value = {
                        pred: (frozenset(self.norm(str(v)) for v in vals) if pred in ("IN", "NOT_IN") else vals)
                        for pred, vals in value.items()
                    }
                    if "IN" in value:
                        self._vocab.update(value["IN"])
            elif key == "LOWER" and isinstance(value, dict):
                value = {p: (frozenset(str(v).lower() for v in vs) if p in ("IN", "NOT_IN") else vs)
                         for p, vs in value.items()}  # fmt: skip
            elif key == "LOWER" and isinstance(value, str):
                value = value.lower()
            new[key] = value
        return new

    def _class_id(self, spec: dict[str, Any]) -> int:
        if not spec:
            return -1  # wildcard
        key = json.dumps({k: sorted(v) if isinstance(v, frozenset) else v for k, v in spec.items()},
                         sort_keys=True, default=lambda o: sorted(o))  # fmt: skip
        cid = self._class_ids.get(key)
        if cid is None:
            cid = len(self._class_specs)
            self._class_ids[key] = cid
            self._class_specs.append(spec)
        return cid

    @staticmethod
    def _repeats(op: str | None) -> range:
        if op is None:
            return range(1, 2)
        if op == "?":
            return range(0, 2)
        if op == "*":
            return range(0, _REPEAT_CAP + 1)
        if op == "+":
            return range(1, _REPEAT_CAP + 1)
        if op == "!":
            return range(0, 1)
        lo_s, _, hi_s = op.strip("{}").partition(",")
        lo = int(lo_s or 0)
        hi = int(hi_s) if hi_s else (lo if "," not in op else _REPEAT_CAP)
        return range(lo, hi + 1)

    def _expand(self, pattern: list[dict[str, Any]]) -> list[tuple[int, ...]]:
        steps = [(self._class_id(self._norm_spec(tok)), self._repeats(tok.get("OP"))) for tok in pattern]
        seqs: set[tuple[int, ...]] = set()
        for counts in itertools.product(*(r for _, r in steps)):
            seq: list[int] = []
            for (cid, _), n in zip(steps, counts, strict=True):
                seq.extend([cid] * n)
            if seq and seq[0] != -1 and seq[-1] != -1:
                seqs.add(tuple(seq))
        return sorted(seqs)

    def _compile(self, packs: Iterable[RulePack]) -> None:
        for pack in packs:
            for rule in pack.rules:
                suppressed = rule.suppressed_by if rule.suppressed_by is not None else pack.suppressed_by
                info = _RuleInfo(
                    id=rule.id,
                    kind=pack.kind,
                    target=pack.target,
                    strong=rule.strength == "strong",
                    suppressed_by=frozenset(suppressed),
                    requires=tuple(rule.requires),
                    excluded_by=tuple(rule.excluded_by),
                    scope=pack.scope,
                    window=pack.window,
                    veto=pack.kind == "flag" and _VETO_RULE.search(rule.id) is not None,
                )
                index = len(self._rules)
                self._rules.append(info)
                for pattern in rule.patterns:
                    if isinstance(pattern, str):
                        norms = self.pattern_norms(pattern)
                        if norms:
                            self._vocab.update(norms)
                            self._phrases.append((index, norms))
                    else:
                        for seq in self._expand(pattern):
                            self._token_seqs.append((index, seq))

    def _build_tables(self) -> None:
        rules = self._rules
        norms = sorted({n for _, ns in self._phrases for n in ns})
        self._norm_ids: dict[str, int] = {n: i + 1 for i, n in enumerate(norms)}
        # phrase trie, level by level: prefix keys (sorted) and full keys -> rules
        self._max_len = max((len(ns) for _, ns in self._phrases), default=0)
        prefix: list[set[int]] = [set() for _ in range(self._max_len + 1)]
        full: list[dict[int, set[int]]] = [{} for _ in range(self._max_len + 1)]
        for r, ns in self._phrases:
            key = 0
            for i, n in enumerate(ns):
                key = self._hash_step(key, self._norm_ids[n] + 1)
                prefix[i + 1].add(key)
            full[len(ns)].setdefault(key, set()).add(r)
        self._prefix = [np.array(sorted(p), dtype=np.uint64) for p in prefix]
        size = len(self._norm_ids) + 2
        self._l1_prefix = np.zeros(size, dtype=bool)
        l1: dict[int, set[int]] = {}
        for r, ns in self._phrases:
            self._l1_prefix[self._norm_ids[ns[0]]] = True
            if len(ns) == 1:
                l1.setdefault(self._norm_ids[ns[0]], set()).add(r)
        self._l2_prefix = np.zeros((size, size), dtype=bool)
        for _, ns in self._phrases:
            if len(ns) > 1:
                self._l2_prefix[self._norm_ids[ns[0]], self._norm_ids[ns[1]]] = True
        self._l1_cnt = np.zeros(size, dtype=np.int64)
        self._l1_off = np.zeros(size, dtype=np.int64)
        flat_rules: list[int] = []
        for i in sorted(l1):
            self._l1_off[i] = len(flat_rules)
            self._l1_cnt[i] = len(l1[i])
            flat_rules.extend(sorted(l1[i]))
        self._l1_rules = np.array(flat_rules, dtype=np.int64)
        self._full_keys: list[Arr] = []
        self._full_rules: list[Arr] = []
        for level in full:
            pairs = sorted((k, r) for k, rs in level.items() for r in rs)
            self._full_keys.append(np.array([k for k, _ in pairs], dtype=np.uint64))
            self._full_rules.append(np.array([r for _, r in pairs], dtype=np.int64))
        # token classes: index NORM IN / LOWER IN classes by value, evaluate the rest per token
        by_norm: dict[str, list[int]] = {}
        by_lower: dict[str, list[int]] = {}
        self._generic_classes: list[int] = []
        for cid, spec in enumerate(self._class_specs):
            if set(spec) == {"NORM"} and isinstance(spec["NORM"], str):
                by_norm.setdefault(spec["NORM"], []).append(cid)
            elif set(spec) == {"NORM"} and set(spec["NORM"]) == {"IN"}:
                for v in spec["NORM"]["IN"]:
                    by_norm.setdefault(v, []).append(cid)
            elif set(spec) == {"LOWER"} and isinstance(spec["LOWER"], dict) and set(spec["LOWER"]) == {"IN"}:
                for v in spec["LOWER"]["IN"]:
                    by_lower.setdefault(v, []).append(cid)
            elif set(spec) == {"LOWER"} and isinstance(spec["LOWER"], str):
                by_lower.setdefault(spec["LOWER"], []).append(cid)
            else:
                self._generic_classes.append(cid)
        self._by_norm: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in by_norm.items()}
        self._by_lower: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in by_lower.items()}
        # every word a rule names, in any attribute or list (in or out), every abbreviation and
        # spaCy's English stop words: not read as a name in a note typed without letter case (see
        # _caseless_names)
        words = itertools.chain(
            self._norm_ids, by_norm, by_lower, self._special, STOP_WORDS, *map(_spec_words, self._class_specs)
        )
        self._listed: frozenset[str] = frozenset(w.lower() for w in words)
        # rule attribute arrays
        kinds = {"category": 0, "flag": 1, "context": 2}
        self._r_kind = np.array([kinds[r.kind] for r in rules], dtype=np.int64)
        self._r_target = np.array(
            [
                _RANK[r.target] if r.kind == "category"
                else FLAG_CODES.index(r.target) if r.kind == "flag"
                else CONTEXT_CUES.index(r.target)
                for r in rules
            ],
            dtype=np.int64,
        )  # fmt: skip
        self._r_strong = np.array([r.strong for r in rules], dtype=bool)
        self._r_supp = np.array(
            [sum(1 << i for i, s in enumerate(_SUPPRESSORS) if s in r.suppressed_by) for r in rules],
            dtype=np.int64,
        )
        self._r_req = np.array([sum(1 << _COND_BIT[c] for c in r.requires) for r in rules], dtype=np.int64)
        self._r_excl = np.array([sum(1 << _COND_BIT[c] for c in r.excluded_by) for r in rules], dtype=np.int64)
        self._r_veto = np.array([r.veto for r in rules], dtype=bool)
        self._r_damage = np.array(
            [r.kind == "category" and r.id.startswith("criminal_damage_arson.damage") for r in rules], dtype=bool
        )
        scopes = {"clause": 0, "before": 1, "after": 2, "around": 3}
        self._r_scope = np.array([scopes[r.scope] for r in rules], dtype=np.int64)
        self._r_window = np.array([r.window for r in rules], dtype=np.int64)
        self._r_is_supp = np.array([r.kind == "context" and r.target in _SUPPRESSORS for r in rules], dtype=bool)
        self._r_supp_index = np.array(
            [_SUPPRESSORS.index(r.target) if r.kind == "context" and r.target in _SUPPRESSORS else -1 for r in rules],
            dtype=np.int64,
        )
        self._rule_ids_arr = np.array([r.id for r in rules], dtype=object)
        # token sequences as a padded class matrix (-1: wildcard or past the end)
        seqs = self._token_seqs
        self._seq_rule = np.array([r for r, _ in seqs], dtype=np.int64)
        self._seq_len = np.array([len(q) for _, q in seqs], dtype=np.int64)
        self._trie: _SeqTrie | None = None
        self._small_trie: _SeqTrie | None = None
        # how many values a class lists (1 for one word, the set's size for IN, many for the rest):
        # the fixed rarity order of the trie for small batches
        self._class_breadth = np.array(
            [
                1.0 if set(spec) == {"NORM"} and isinstance(spec["NORM"], str)
                or set(spec) == {"LOWER"} and isinstance(spec["LOWER"], str)
                else float(len(spec["NORM"]["IN"])) if set(spec) == {"NORM"} and set(spec["NORM"]) == {"IN"}
                else float(len(spec["LOWER"]["IN"])) if set(spec) == {"LOWER"} and set(spec["LOWER"]) == {"IN"}
                else 1e6
                for spec in self._class_specs
            ]
        )  # fmt: skip
        self._seq_cls = np.full((len(seqs), max((len(q) for _, q in seqs), default=0)), -1, dtype=np.int64)
        for i, (_, q) in enumerate(seqs):
            self._seq_cls[i, : len(q)] = q

    @staticmethod
    def _hash_step(key: int, value: int) -> int:
        return (key * 0x9E3779B97F4A7C15 + value) & 0xFFFFFFFFFFFFFFFF

    @staticmethod
    def _title_index(crosswalks: Iterable[Crosswalk]) -> dict[str, tuple[str, str]]:
        titles: dict[str, tuple[str, str]] = {}
        for xwalk in crosswalks:
            for entry in xwalk.entries:
                if entry.category is not None:
                    titles.setdefault(normalise_label(entry.source), (entry.category, xwalk.crosswalk))
        return titles

    @property
    def rules(self) -> list[_RuleInfo]:
        """Compiled rule metadata, in pack order."""
        return self._rules

    def title(self, text: str) -> tuple[str, str] | None:
        """Return (category, crosswalk) when the whole text is a known offence or category title."""
        return self._title_for(normalise_label(text))

    def _title_for(self, label: str) -> tuple[str, str] | None:
        """The crosswalk title ``label`` names: exactly, or a long title worded a little apart.

        Case systems print the official titles with small differences ("... harm of a child" for
        "... harm to a child", "Possession of articles for use in frauds"). A long title within a
        few characters of one known title is that title; short ones must match exactly ("Rape of a
        male" is not "Rape of a female").
        """
        found = self._titles.get(label)
        if found is not None or len(label) < _FUZZY_TITLE_MIN:
            return found
        if label in self._fuzzy_titles:
            return self._fuzzy_titles[label]
        best = process.extractOne(label, self._title_keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_TITLE_SCORE)
        result = self._titles[best[0]] if best is not None else None
        self._fuzzy_titles[label] = result
        return result

    # --- batches ------------------------------------------------------------------------------

    def _token_arrays(self) -> tuple[Arr, Arr, Arr]:
        n = len(self._tok_text)
        if self._arrays_for != n:
            done = max(self._arrays_for, 0)
            self._a_nid = np.array(self._tok_nid, dtype=np.int64)
            self._a_bits = np.array(self._tok_bits, dtype=np.int64)
            # membership rows for the tokens new since the last batch only
            new = np.zeros((n - done, max(1, len(self._class_specs))), dtype=bool)
            rows = [(i, c) for i, cs in enumerate(self._tok_classes[done:n]) for c in cs]
            if rows:
                ri, ci = zip(*rows, strict=True)
                new[list(ri), list(ci)] = True
            if n > done and hasattr(self, "_generic_classes"):
                texts = self._tok_text[done:n]
                lows = [t.lower() for t in texts]
                norms = self._tok_norm[done:n]
                arrows = {
                    k: pa.array(v, type=pa.string()) for k, v in (("TEXT", texts), ("LOWER", lows), ("NORM", norms))
                }
                for cid in self._generic_classes:
                    new[:, cid] = self._spec_mask(self._class_specs[cid], texts, lows, norms, arrows)
            self._a_member = new if done == 0 else np.concatenate([self._a_member, new])
            rel = np.fromiter(
                (self._relation_class(self._tok_text[g], self._tok_norm[g]) for g in range(done, n)),
                dtype=np.int8,
                count=n - done,
            )
            self._a_rel = rel if done == 0 else np.concatenate([self._a_rel, rel])
            pword = np.fromiter((self._pword_ids.get(self._tok_norm[g], 0) for g in range(done, n)), np.int16, n - done)
            self._a_pword = pword if done == 0 else np.concatenate([self._a_pword, pword])
            pronouns = self._pronoun_words
            pron = np.fromiter((pronouns.get(self._tok_norm[g], 0) for g in range(done, n)), np.int16, n - done)
            self._a_pron = pron if done == 0 else np.concatenate([self._a_pron, pron])
            self._arrays_for = n
        return self._a_nid, self._a_bits, self._a_member

    def _load_relations(self, words: RelationWords) -> None:
        """Relation class by norm, and the phrases before a partner's name (see :meth:`_named_relations`)."""
        table: dict[str, int] = {}
        partner = {self.norm(w) for w in words.partner}
        before = {self.norm(w) for w in words.before_role}
        for group, cls in ((words.link, _R_LINK), (words.owner, _R_OWNER), (words.before_role, _R_BEFORE),
                           (words.relative, _R_RELATIVE), (words.partner, _R_PARTNER)):  # fmt: skip
            for w in group:
                table[self.norm(w)] = cls
        for n in partner:
            # "ex" is a partner ("her ex Dean") and comes before one ("ex bf Owen"); "ex-partner"
            # needs no owner ("Ex-partner Dean:")
            table[n] = _R_EX if n in before else _R_EXPARTNER if n.startswith("ex") else _R_PARTNER
        if "-" in words.link:
            table[_SENTENCE_MARK] = _R_LINK  # a spaced dash is a sentence mark here
        self._relation_words = table
        self._same_surname = self.norm(words.same_surname) if words.same_surname.strip() else ""
        # phrases before a name that make it a partner: each word gets a small id (see _a_pword)
        self._pword_ids: dict[str, int] = {}
        self._partner_phrases: list[tuple[int, ...]] = []
        for phrase in words.partner_before:
            norms = [self.norm(t) for t in self.tokens(phrase)]
            self._partner_phrases.append(tuple(self._pword_ids.setdefault(n, len(self._pword_ids) + 1) for n in norms))
        # pronouns and the people they may name: a bit set per norm
        pron = words.pronouns
        self._pronoun_words: dict[str, int] = {}
        for group, bit in ((pron.he, _P_HE), (pron.she, _P_SHE), (pron.victim_her, _P_VICTIM_HER),
                           (pron.victim_him, _P_VICTIM_HIM), (pron.other_male, _P_OTHER_MALE),
                           (pron.other_female, _P_OTHER_FEMALE), (pron.other, _P_OTHER), (pron.male, _P_MALE),
                           (pron.female, _P_FEMALE), (pron.acts, _P_ACT),
                           (pron.victim_his, _P_VICTIM_HIS), (pron.place_before, _P_PLACE_BEFORE)):  # fmt: skip
            for w in group:
                n = self.norm(w)
                self._pronoun_words[n] = self._pronoun_words.get(n, 0) | bit

    def _relation_class(self, text: str, norm: str) -> int:
        if not self._relation_words:
            return 0
        if text in ("'s", "’s"):
            return _R_POSS
        if text == "(":
            return _R_OPEN
        if text == ")":
            return _R_CLOSE
        if _CHILD_AGE.match(text):
            return _R_CHILD_AGE
        if _ADULT_AGE.match(text):
            return _R_AGE
        found = self._relation_words.get(norm) or self._relation_words.get(text)
        if found:
            return found
        if _NAME_SHAPE.match(text) and self._unlisted(text, norm):
            return _R_NAME
        return 0

    def _named_relations(self, seen: Arr, note: Arr) -> Arr:
        """Token ids for the matchers with a named partner or relative read as that relation.

        "V's boyfriend Kieran" or "Kieran - V's boyfriend" introduces Kieran as the victim's
        boyfriend (``rules/names/relations.yaml``); elsewhere in the note "Kieran" is then matched
        as "boyfriend", so "Kieran threw a can at V" is the partner's act for the rules. The first
        introduction of a name in a note decides; the introductions themselves are left as written.
        """
        T = len(seen)
        if T < 2 or not self._relation_words:
            return seen
        cls = self._a_rel[seen]

        def at(pos: Arr, base: Arr) -> Arr:
            return _in_note(cls, note, pos, base)

        names: list[Arr] = []
        roles: list[Arr] = []
        # owner ['s] [before] ROLE NAME: "V's boyfriend Kieran", "her eldest son Gavin", "Ex bf Owen"
        r = np.flatnonzero(np.isin(cls[:-1], _R_ROLES) & (cls[1:] == _R_NAME) & (note[1:] == note[:-1]))
        if len(r):
            ok = self._victims_relation(cls, note, r)
            ok &= ~((at(r + 2, r) == _R_OPEN) & (at(r + 3, r) == _R_CHILD_AGE))  # "V's son Jack (12)"
            names.append(r[ok] + 1)
            roles.append(r[ok])
        # NAME [(age)] LINK owner ['s] [before]{0,2} ROLE: "Kieran - V's boyfriend", "Aaron (24) is V's stepson"
        k = np.flatnonzero(cls == _R_NAME)
        if len(k):
            j = k + 1
            aged = (at(j, k) == _R_OPEN) & np.isin(at(j + 1, k), (_R_AGE, _R_CHILD_AGE)) & (at(j + 2, k) == _R_CLOSE)
            child = aged & (at(j + 1, k) == _R_CHILD_AGE)
            j = np.where(aged, j + 3, j)
            ok = (at(j, k) == _R_LINK) & (at(j + 1, k) == _R_OWNER) & ~child
            m = j + 2
            m = np.where(at(m, k) == _R_POSS, m + 1, m)
            for _ in range(2):
                m = np.where(np.isin(at(m, k), (_R_BEFORE, _R_EX)) & np.isin(at(m + 1, k), _R_ROLES), m + 1, m)
            ok &= np.isin(at(m, k), _R_ROLES) & (at(m + 1, k) != _R_POSS)  # not "her sister's boyfriend"
            names.append(k[ok])
            roles.append(m[ok])
            # "split from Liam", "married to Dan": the name is a partner (role -1: the word "partner")
            pword = self._a_pword[seen]
            for phrase in self._partner_phrases:
                ok = np.ones(len(k), dtype=bool)
                for i, w in enumerate(phrase):
                    pos = k - len(phrase) + i
                    p = np.maximum(pos, 0)
                    ok &= (pos >= 0) & (pword[p] == w) & (note[p] == note[k])
                names.append(k[ok])
                roles.append(np.full(int(ok.sum()), -1, dtype=np.int64))
        kin = self._same_surnames(seen, note, cls)
        names.append(kin)
        roles.append(np.full(len(kin), -2, dtype=np.int64))
        name_pos = np.concatenate(names) if names else np.zeros(0, dtype=np.int64)
        if not len(name_pos):
            return seen
        role_pos = np.concatenate(roles)
        width = np.int64(len(self._tok_text) + 1)
        key = note[name_pos] * width + seen[name_pos]
        order = np.argsort(name_pos, kind="stable")  # the first introduction in the note decides
        known, first = np.unique(key[order], return_index=True)
        role_at = role_pos[order][first]
        role_gid = np.where(role_at >= 0, seen[np.maximum(role_at, 0)], self._partner_gid)
        role_gid = np.where(role_at == -2, self._surname_gid, role_gid)
        mention = np.setdiff1d(np.flatnonzero(cls == _R_NAME), name_pos)
        mkey = note[mention] * width + seen[mention]
        idx = np.minimum(np.searchsorted(known, mkey), len(known) - 1)
        hit = known[idx] == mkey
        out = seen.copy()
        out[mention[hit]] = role_gid[idx[hit]]
        # a person introduced by a shared surname has no relation word of their own to read
        out[kin] = self._surname_gid
        return out

    def _same_surnames(self, seen: Arr, note: Arr, cls: Arr) -> Arr:
        """Positions of first names read as a relative because an earlier person shares the surname.

        "Nadia Hughes states Aled Hughes shoved her": two people with one surname and two first
        names in a note are family, and the later one is read as ``same_surname`` ("relative").
        Not a place ("in Ash Court"), an officer or other stated role ("PC Dean Ellery"), a
        relation already stated ("her son Dean Ellery"), a couple ("Tamsin and Andrei Lindqvist", "Tamsin
        Lindqvist and Andrei Lindqvist": the couple rules read those) or a child with an age ("Jack
        Ellery (12)").
        """
        T = len(seen)
        empty = np.zeros(0, dtype=np.int64)
        if T < 4 or self._surname_gid < 0:
            return empty
        k = np.flatnonzero((cls[:-1] == _R_NAME) & (note[1:] == note[:-1]))
        if not len(k):
            return empty
        distinct, inverse = np.unique(seen[k + 1], return_inverse=True)
        shaped = np.fromiter((self._is_surname(g) for g in distinct.tolist()), dtype=bool, count=len(distinct))
        k = k[shaped[inverse]]
        if len(k) < 2:
            return empty
        prev = np.maximum(k - 1, 0)
        same = (k > 0) & (note[prev] == note[k])
        word = np.where(same, self._a_pron[seen[prev]], 0)
        ok = ~np.isin(_in_note(cls, note, k - 1, k), (*_R_ROLES, _R_NAME, _R_POSS))
        ok &= (word & (_P_PLACE_BEFORE | _P_OTHER)) == 0
        # "Tamsin Lindqvist and Andrei Lindqvist ... have shared": the couple rules read that as written
        ok &= ~(same & np.isin(seen[prev], self._and_gids))
        after = _in_note(cls, note, k + 2, k)
        ok &= after != _R_NAME  # "Mary Ann Hughes": which two are the names is unclear
        ok &= ~((after == _R_OPEN) & (_in_note(cls, note, k + 3, k) == _R_CHILD_AGE))
        k = k[ok]
        if len(k) < 2:
            return empty
        width = np.int64(len(self._tok_text) + 1)
        key = note[k] * width + seen[k + 1]
        _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
        first_name = seen[k[first]][inverse]
        kin: Arr = k[seen[k] != first_name]
        return kin

    def _unlisted(self, text: str, norm: str) -> bool:
        """Whether no rule lists the word, as written (in any case) or by its norm."""
        return text.lower() not in self._listed and norm not in self._listed

    def _is_surname(self, gid: int) -> bool:
        """A name's second word: "Hughes" or "HUGHES", not a word the rules list."""
        shaped = self._surname_shape.get(gid)
        if shaped is None:
            text = self._tok_text[gid]
            unlisted = self._unlisted(text, self._tok_norm[gid])
            capitals = len(text) > 2 and text.isalpha() and text.isupper()
            shaped = unlisted and (bool(_NAME_SHAPE.match(text)) or capitals)
            self._surname_shape[gid] = shaped
        return shaped

    def _pronoun_relations(self, seen: Arr, note: Arr, named: Arr) -> Arr:
        """Token ids for the matchers with "he" or "she" read as the victim's partner or relative.

        "V lives with her uncle. On 13 May he grabbed her": the act's sentence names no relation, so
        no rule could see whose act it was. A "he" followed within three words by an act of abuse
        (``pronouns.acts``: "he grabbed", "he has threatened") is read as the relation word when,
        going back through the note, the first person "he" can name is the victim's own male or unstated-sex
        relation (``pronouns.male``, "partner"), in an earlier sentence; another man, a named or
        unnamed other person, someone else's relation or a child's age on the way stops it. "She"
        is the same with female relations. Only in a note that calls the victim by the other
        pronoun ("her" for "he"), so the pronoun cannot be the victim. ``named`` marks names
        already read as a relation (:meth:`_named_relations`); they count as the victim's.
        """
        T = len(seen)
        if T < 2 or not self._pronoun_words:
            return seen
        word = self._a_pron[seen]
        # a pronoun with an act of abuse within three words after it, in its sentence
        pron = np.flatnonzero(word & (_P_HE | _P_SHE))
        acted = np.zeros(len(pron), dtype=bool)
        open_ = np.ones(len(pron), dtype=bool)
        for d in range(1, 4):
            at = np.minimum(pron + d, T - 1)
            open_ &= (pron + d < T) & (note[at] == note[pron])
            acted |= open_ & ((word[at] & _P_ACT) != 0)
            open_ &= (self._a_bits[seen[at]] & 1) == 0
        pron = pron[acted]
        if not len(pron):
            return seen
        # ... with a relation word before it in its note
        at_rel = np.flatnonzero(np.isin(self._a_rel[seen], _R_ROLES))
        if not len(at_rel):
            return seen
        before = np.searchsorted(at_rel, pron) - 1
        last = at_rel[np.maximum(before, 0)]
        pron = pron[(before >= 0) & (note[last] == note[pron])]
        out = seen.copy()
        # each note with such a pronoun, on its own (few notes have one)
        notes = np.unique(note[pron])
        starts, ends = np.searchsorted(note, notes).tolist(), np.searchsorted(note, notes, "right").tolist()
        for a, b in zip(starts, ends, strict=True):
            here = pron[(pron >= a) & (pron < b)] - a
            self._resolve_pronouns(out[a:b], word[a:b].astype(np.int64), named[a:b], here)
        return out

    def _resolve_pronouns(self, ids: Arr, word: Arr, named: Arr, pron: Arr) -> None:
        """Replace in ``ids`` (one note's tokens) each pronoun at ``pron`` that stands for a relation."""
        cls = self._a_rel[ids]
        at_rel = np.flatnonzero(np.isin(cls, _R_ROLES))  # (never empty: the caller keeps such notes only)
        her = bool((word & _P_VICTIM_HER).any())
        him = bool((word & _P_VICTIM_HIM).any())
        one_note = np.zeros(len(ids), dtype=np.int64)
        mine = named.copy()
        mine[at_rel] |= self._victims_relation(cls, one_note, at_rel)
        sentence = np.cumsum(np.concatenate([[0], self._a_bits[ids[:-1]] & 1]))
        resolved: dict[int, int] = {}  # pronoun position -> relation position, or -1: not a relation
        for p in pron.tolist():
            is_he = bool(word[p] & _P_HE)
            if not (her if is_he else him):
                continue  # the note does not call the victim by the other pronoun
            own, other, rel_sex, owner_sex = (
                (_P_HE, _P_OTHER_MALE, _P_MALE, _P_VICTIM_HIS) if is_he
                else (_P_SHE, _P_OTHER_FEMALE, _P_FEMALE, _P_VICTIM_HER)
            )  # fmt: skip
            target = -1
            for q in range(p - 1, -1, -1):
                w = int(word[q])
                if w & own:  # the same pronoun earlier: the same person
                    target = resolved.get(q, -1)
                    break
                if cls[q] in _R_ROLES:
                    if w & (_P_MALE | _P_FEMALE) and not w & rel_sex:
                        continue  # a relation of the other sex ("V's husband ... she")
                    near = range(max(q - 3, 0), min(q + 4, len(ids)))
                    # (a number after "of" or "for" is how long: "her husband of 3 years")
                    near_child = any(
                        _CHILD_AGE_NEAR.match(self._tok_text[ids[i]])
                        and not (i > 0 and self._tok_norm[ids[i - 1]] in _DURATION_BEFORE)
                        for i in near
                    )
                    # "her partner ... she", "his wife ... he": the pronoun is the victim's own
                    victims = any(word[i] & owner_sex for i in near if i < q)
                    if mine[q] and not near_child and not victims and sentence[q] < sentence[p]:
                        target = q
                    break
                if cls[q] == _R_NAME and q > 0 and word[q - 1] & _P_PLACE_BEFORE:
                    continue  # a place ("her uncle in Beverley"), not a person
                if w & (other | _P_OTHER) or cls[q] == _R_NAME:
                    break
            resolved[p] = target
            if target >= 0:
                ids[p] = ids[target]

    @staticmethod
    def _victims_relation(cls: Arr, note: Arr, r: Arr) -> Arr:
        """Whether each relation word at ``r`` is the victim's ("V's boyfriend", "her eldest son").

        Owned by the victim ("V", "her", "V's", "Gemma's"), with at most one word between
        ("former", "eldest"); a former partner needs no owner ("ex-partner Dean", "Ex bf Owen"),
        but someone else's ("her sister's ex") is not the victim's.
        """

        def at(pos: Arr) -> Arr:
            return _in_note(cls, note, pos, r)

        def owned(a: Arr, b: Arr) -> Arr:
            found: Arr = (a == _R_OWNER) | ((a == _R_POSS) & ((b == _R_OWNER) | (b == _R_NAME)))
            return found

        p1, p2, p3 = at(r - 1), at(r - 2), at(r - 3)
        ok = owned(p1, p2) | (((p1 == _R_BEFORE) | (p1 == _R_EX)) & owned(p2, p3))
        ex = (cls[r] == _R_EXPARTNER) | (cls[r] == _R_EX) | (p1 == _R_EX)
        result: Arr = ok | (ex & (p1 != _R_POSS) & (p2 != _R_POSS))
        return result

    def _tokenise_batch(self, texts: pa.Array) -> tuple[Arr, Arr, Arr]:
        """Token ids, the text each token belongs to, and the chunk each token came from."""
        if len(self._tok_text) > _CACHE_LIMIT or len(self._chunk_cache) > _CACHE_LIMIT:
            self._reset_token_cache()
        lists = pc.split_pattern(texts, " ", memory_pool=_POOL)
        flat = pc.list_flatten(lists, memory_pool=_POOL)
        n_chunks = len(flat)
        if n_chunks == 0:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        enc = pc.dictionary_encode(flat, memory_pool=_POOL)
        chunk_ids = [self._chunk_ids(c) for c in enc.dictionary.to_pylist()]
        ntok = np.fromiter((len(c) for c in chunk_ids), dtype=np.int64, count=len(chunk_ids))
        table = np.fromiter(itertools.chain.from_iterable(chunk_ids), dtype=np.int64, count=int(ntok.sum()))
        # each distinct chunk's token ids as a list, taken for every chunk of the batch by arrow
        bounds = np.zeros(len(ntok) + 1, dtype=np.int64)
        np.cumsum(ntok, out=bounds[1:])
        by_chunk = pa.LargeListArray.from_arrays(pa.array(bounds), pa.array(table), pool=_POOL)
        taken = pc.take(by_chunk, enc.indices, memory_pool=_POOL)
        gids = pc.list_flatten(taken, memory_pool=_POOL).to_numpy()
        chunk = pc.list_parent_indices(taken, memory_pool=_POOL).to_numpy().astype(np.int64, copy=False)
        note = pc.list_parent_indices(lists, memory_pool=_POOL).to_numpy().astype(np.int64, copy=False)[chunk]
        return gids, note, chunk

    def _close_notes(self, gids: Arr, note: Arr, chunk: Arr) -> tuple[Arr, Arr, Arr]:
        """End with a full stop every note whose last token is not a sentence end.

        A pattern may need the token after a word to tell what the word is ("she was 9" and then
        not "weeks"): "... abused her when she was 9." has one, but the same note typed without
        the full stop had none, so the pattern failed at the very end of the text. The stop is
        glued to the note's last chunk, so evidence that takes it in reads "when she was 9.".
        """
        if not len(gids):
            return gids, note, chunk
        last = np.flatnonzero(np.append(note[1:] != note[:-1], True))
        bits = np.fromiter((self._tok_bits[g] for g in gids[last].tolist()), dtype=np.int64, count=len(last))
        last = last[(bits & 1) == 0]
        if not len(last):
            return gids, note, chunk
        at = last + 1
        return np.insert(gids, at, self._stop_gid), np.insert(note, at, note[last]), np.insert(chunk, at, chunk[last])

    def _caseless_names(self, arr: pa.Array, gids: Arr, note: Arr) -> Arr:
        """Token ids for the matchers, with names restored in notes typed without letter case.

        A note written all in lower or all in upper case ("kyle - v's boyfriend. kyle dragged v",
        "V'S PARTNER CARYS") has lost the capital that marks a name, so the name patterns
        (``ORTH`` ``^[A-Z][a-z]+$``) cannot see one. In such a note a word that no rule lists is
        read as a name: "kyle" is matched as "Kyle". Words the rules list keep their form.
        """
        if not len(gids):
            return gids
        caseless = pc.or_(pc.utf8_is_lower(arr), pc.utf8_is_upper(arr)).to_numpy(zero_copy_only=False)
        sel = np.flatnonzero(caseless[note])
        if not len(sel):
            return gids
        distinct, inverse = np.unique(gids[sel], return_inverse=True)
        forms = np.fromiter((self._name_form(g) for g in distinct.tolist()), dtype=np.int64, count=len(distinct))
        out = gids.copy()
        out[sel] = forms[inverse]
        return out

    def _name_form(self, gid: int) -> int:
        """The id of a word read as a name (see :meth:`_caseless_names`), or ``gid`` itself."""
        form = self._name_forms.get(gid)
        if form is None:
            text = self._tok_text[gid]
            named = text.capitalize()
            unlisted = self._unlisted(text, self._tok_norm[gid])
            form = self._token_id(named) if len(text) > 1 and text.isalpha() and named != text and unlisted else gid
            self._name_forms[gid] = form
        return form

    def run(
        self,
        texts: Sequence[str] | pa.Array,
        candidates: Sequence[tuple[str, ...]] | None = None,
        *,
        detail: bool = False,
        flag_lines: bool = False,
        headlines: bool = True,
        evidence: bool = True,
    ) -> BatchResult:
        """Classify a batch of texts.

        Args:
            texts: The notes (or offence titles).
            candidates: Per text, the categories it may take (empty: any); None: any for all.
            detail: Also return a :class:`NoteResult` with every match per text.
            flag_lines: Also fill ``flag_evidence`` and ``flag_rule_ids`` (else they are empty).
            headlines: Let a leading offence label decide the category (see :meth:`_apply_headlines`).
            evidence: Also fill ``evidence`` and ``rule_ids`` (else they are empty; ``detail`` needs them).

        Returns:
            One decision per text, in order.
        """
        arr = texts if isinstance(texts, pa.Array) else pa.array(list(texts), type=pa.string(), memory_pool=_POOL)
        if arr.null_count:
            arr = pc.fill_null(arr, "")
        n = len(arr)
        gids, note, chunk = self._close_notes(*self._tokenise_batch(arr))
        seen = self._caseless_names(arr, gids, note)  # what the matchers see; evidence shows ``gids``
        a_nid, a_bits, a_member = self._token_arrays()
        named = self._named_relations(seen, note)
        seen = self._pronoun_relations(named, note, named != seen)
        T = len(gids)
        nid = a_nid[seen]
        bits = a_bits[seen]
        note_start = np.ones(T, dtype=bool)
        if T:
            note_start[1:] = note[1:] != note[:-1]
        new_sentence = note_start.copy()
        if T > 1:
            new_sentence[1:] |= (bits[:-1] & 1) == 1
        # a "sentence" of hundreds of tokens (a pasted log, one phrase repeated) is cut every
        # _MAX_SENTENCE tokens: matching and context are sentence-local and pair matches within a
        # sentence, so its cost would grow with the square of its length (no note read so far has
        # a sentence over 91 tokens)
        sid = np.cumsum(new_sentence) - 1
        if T > _MAX_SENTENCE:
            pos = np.arange(T) - np.flatnonzero(new_sentence)[sid]
            new_sentence |= (pos > 0) & (pos % _MAX_SENTENCE == 0)
            sid = np.cumsum(new_sentence) - 1

        m_rule, m_start, m_end, m_status = self._match_sentences(seen, nid, bits, sid, new_sentence, a_member)
        if not detail and len(m_rule):
            # a suppressor cue acts only on matches in its own sentence: drop the ones with none
            # (the decision is the same; ``explain`` keeps them to show every cue that matched)
            is_supp = self._r_is_supp[m_rule]
            m_sid = sid[m_start]
            busy = np.zeros(int(sid[-1]) + 1, dtype=bool)
            busy[m_sid[~is_supp]] = True
            keep = ~is_supp | busy[m_sid]
            m_rule, m_start, m_end, m_status = m_rule[keep], m_start[keep], m_end[keep], m_status[keep]
        title_gate = np.zeros(n, dtype=bool)
        first = np.flatnonzero(note_start)
        title_gate[note[first]] = True
        # a text of title words only may be a title; with one other word ("frauds", "Disclosing")
        # and at least four, it may still be a long title printed a little differently
        odd = np.bincount(note[(bits & 8) == 0], minlength=n)
        title_gate &= (odd == 0) | ((odd == 1) & (np.bincount(note, minlength=n) >= 4))
        result = self._decide_batch(
            n, arr, gids, note, chunk, m_rule, m_start, m_end, m_status, candidates, detail, title_gate,
            flag_lines, evidence,
        )  # fmt: skip
        if not (headlines and n):
            return result
        result = self._apply_headlines(arr, result, candidates)
        if self.textmodel is not None and self.combination is not None:
            result = self._apply_textmodel(result, gids, note, candidates)
        return self.resolve_pending(result)

    def _apply_textmodel(
        self, result: BatchResult, gids: Arr, note: Arr, candidates: Sequence[tuple[str, ...]] | None
    ) -> BatchResult:
        """Let the trained text model decide where the rules are unsure (see :func:`_textmodel.combine`).

        The model's contribution is evidence like any rule's: ``model.textcat.v1`` with its
        probability and the words that weighed most, or ``model.domestic_abuse.v1`` for the flag.
        """
        tm, how = self.textmodel, self.combination
        assert tm is not None and how is not None
        n = len(result.category)
        long = np.bincount(note, minlength=n) > _MODEL_MAX_TOKENS
        # category probabilities only where the rules are unsure (the flag head is one column)
        p, h = tm.predict(self, gids, note, n, (result.confidence < how.rules_confident) & ~long)
        h[long] = np.nan  # neither sets nor clears a flag (every comparison with NaN is false)
        cat_idx = _ranks(result.category)
        allowed = model_choices(n, result.cat_blocked, result.injury_named, how, result.cat_strong)
        if candidates is not None:
            allowed &= _candidate_mask(candidates)
        da_bit = FLAG_CODES.index("domestic_abuse")
        blocked = result.blocked if result.blocked is not None else np.zeros(n, dtype=np.int64)
        da_col = tm.heads.index("domestic_abuse")
        relation = tm.mentions_relation(gids, note, n)
        out = combine(
            cat_idx,
            result.confidence,
            result.flags,
            blocked,
            p,
            h[:, da_col],
            how,
            da_bit,
            allowed,
            relation,
            result.settled,
            result.cat_seen,
        )
        changed = np.flatnonzero(out.by_model | out.da_added | out.da_removed)
        if not len(changed):
            return result
        category = result.category.copy()
        evidence, rule_ids = result.evidence.copy(), result.rule_ids.copy()
        f_line, f_rid = result.flag_evidence.copy(), result.flag_rule_ids.copy()
        notes = list(result.notes)
        starts = np.searchsorted(note, changed, "left")
        ends = np.searchsorted(note, changed, "right")
        for i, lo, hi in zip(changed.tolist(), starts.tolist(), ends.tolist(), strict=True):
            toks = gids[lo:hi]
            pieces: list[Evidence] = []
            if out.by_model[i]:
                code = PRINCIPAL_ORDER[int(out.category[i])]
                top = ", ".join(tm.top_terms(self, toks, int(out.category[i])))
                pieces.append(
                    Evidence(MODEL_CATEGORY_ID, "category", code, f"p={out.confidence[i]:.2f}: {top}"[:_MAX_SNIPPET])
                )
                category[i] = code
            flag_piece: Evidence | None = None
            if out.da_added[i]:
                top = ", ".join(tm.top_terms(self, toks, len(tm.classes) + da_col))
                flag_piece = Evidence(
                    MODEL_FLAG_ID, "flag", "domestic_abuse", f"p={h[i, da_col]:.2f}: {top}"[:_MAX_SNIPPET]
                )
            elif out.da_removed[i]:
                flag_piece = Evidence(
                    MODEL_FLAG_ID, "flag", "domestic_abuse", f"p={h[i, da_col]:.2f}"[:_MAX_SNIPPET], "model_cleared"
                )
            if flag_piece is not None:
                pieces.append(flag_piece)
            lines = [evidence_piece(e) for e in pieces]
            evidence[i] = join_parts("; ", *lines, evidence[i])
            rule_ids[i] = join_parts(";", *(e.rule_id for e in pieces), rule_ids[i])
            if flag_piece is not None:
                f_line[i] = join_parts("; ", evidence_piece(flag_piece), f_line[i])
                f_rid[i] = join_parts(";", MODEL_FLAG_ID, f_rid[i])
            if notes:
                nr = notes[i]
                new_cat = str(category[i])
                notes[i] = replace(
                    nr,
                    category=new_cat,
                    confidence=float(out.confidence[i]),
                    flags=frozenset(f for b, f in enumerate(FLAG_CODES) if (int(out.flags[i]) >> b) & 1),
                    evidence=(*pieces, *nr.evidence),
                    other_categories=tuple(
                        c for c in PRINCIPAL_ORDER if c != new_cat and (c == nr.category or c in nr.other_categories)
                    ),
                    rule_ids=tuple(rule_ids[i].split(";")) if rule_ids[i] else (),
                    evidence_line=str(evidence[i]),
                )
        return replace(
            result,
            category=category,
            confidence=out.confidence.astype(float),
            flags=out.flags,
            evidence=evidence,
            rule_ids=rule_ids,
            flag_evidence=f_line,
            flag_rule_ids=f_rid,
            notes=tuple(notes),
        )

    def _apply_headlines(
        self, arr: pa.Array, result: BatchResult, candidates: Sequence[tuple[str, ...]] | None
    ) -> BatchResult:
        """Let a leading offence label ("Criminal damage - eggs thrown at the house") decide.

        Notes often open with the recorded offence and then describe it in everyday verbs ("kicked",
        "threw", "stolen") that name other offences out of context. When the label alone gives a
        strong category (not anti-social behaviour or other crime), that category wins, except over
        homicide, death by driving, robbery and burglary, and except that an injury in the body
        turns a labelled assault into violence with injury.
        """
        # the label may follow a referrer or system prefix ("Police referral. Threat to commit
        # criminal damage - ...", "VS Wales - Handling stolen goods - ..."): try the first segment,
        # then the second when it is a known offence title or category label
        cand_rows: list[Arr] = []
        cand_texts: list[str] = []
        # (rows that can have it, the label's own pattern, cut a prefix first, known titles only)
        forms = (
            (_HEADLINE, _HEADLINE, False, False),
            (_SECOND_HEADLINE, _HEADLINE, True, False),
            (_TITLE_SENTENCE, _TITLE_SENTENCE, False, True),
            (_STATUTE_HEADLINE, _STATUTE_HEADLINE, False, False),
        )
        for priority, (can_match, label, after_prefix, titles_only) in enumerate(forms):
            # a cheap match finds the rows that can have a label; extracting and cutting the
            # prefix (several times slower) then run on those rows only
            rows = np.flatnonzero(pc.match_substring_regex(arr, can_match, memory_pool=_POOL).to_numpy(False))
            source = arr.take(pa.array(rows))
            if after_prefix:
                source = pc.replace_substring_regex(source, _LEAD_SEGMENT, "", max_replacements=1, memory_pool=_POOL)
            heads = pc.struct_field(pc.extract_regex(source, label, memory_pool=_POOL), "head")
            local = np.flatnonzero(pc.is_valid(heads).to_numpy(zero_copy_only=False))
            found = rows[local]
            texts = heads.take(pa.array(local)).to_pylist() if len(local) else []
            # a label is short (at most five words) and strongly names one offence
            short = np.array([len(h.split()) <= 5 for h in texts], dtype=bool)
            if titles_only:
                # most notes have a short first sentence: only a known title's is run
                short &= np.array([normalise_label(h) in self._titles for h in texts], dtype=bool)
            cand_rows.append(found[short] * len(forms) + priority if len(found) else found)
            cand_texts.extend(t for t, ok in zip(texts, short.tolist(), strict=True) if ok)
        keyed = np.concatenate(cand_rows)
        if not len(keyed):
            return result
        uniq, inv = np.unique(np.array(cand_texts, dtype=object), return_inverse=True)
        head = self.run(list(uniq), headlines=False, evidence=False)
        usable = (head.confidence[inv] >= 0.8) & ~np.isin(head.category[inv], ["anti_social_behaviour", "other_crime"])
        # after a prefix, or ended by a full stop, only a recorded offence title or category label
        # counts: a second segment is as often the story's first words ("Road rage - other driver
        # punched V")
        titled = np.array([self.title(t) is not None for t in uniq.tolist()], dtype=bool)
        free = np.array([not (after_prefix or titles_only) for _, _, after_prefix, titles_only in forms])
        usable &= free[keyed % len(forms)] | titled[inv]
        # per row, the first usable label (the row's own first segment before the one after it)
        order = np.argsort(keyed, kind="stable")
        keyed, inv, usable = keyed[order], inv[order], usable[order]
        keyed, inv = keyed[usable], inv[usable]
        rows_all = keyed // len(forms)
        first = np.ones(len(rows_all), dtype=bool)
        first[1:] = rows_all[1:] != rows_all[:-1]
        rows, inv = rows_all[first], inv[first]
        if not len(rows):
            return result
        h_cat = head.category[inv]
        body = result.category[rows]
        # the body keeps the decision when it shows a graver offence of another kind than the label
        # can express (a death; force or entry to steal), or an assault with an injury under a label
        # that ranks below it ("Disorder at the match: V hit by a thrown coin, cut above the eye")
        label_rank = _ranks(h_cat)
        keep_body = np.isin(body, ["homicide", "death_injury_driving", "robbery", "burglary"]) | (
            (label_rank > _VWI) & (body == "violence_with_injury")
        )
        use = (h_cat != body) & ~keep_body  # rows hold usable labels only (strong, not ASB or other)
        if candidates is not None:
            use &= np.array([not candidates[i] or h_cat[k] in candidates[i] for k, i in enumerate(rows.tolist())])
        if not use.any():
            return result
        category = result.category.copy()
        confidence = result.confidence.copy()
        category[rows[use]] = h_cat[use]
        confidence[rows[use]] = np.maximum(0.85, head.confidence[inv][use])
        notes = result.notes
        if notes:
            changed = dict(zip(rows[use].tolist(), h_cat[use].tolist(), strict=True))
            notes = tuple(
                replace(
                    nr,
                    category=changed[i],
                    confidence=float(confidence[i]),
                    other_categories=tuple(
                        c for c in PRINCIPAL_ORDER if c != changed[i] and (c == nr.category or c in nr.other_categories)
                    ),
                )
                if i in changed
                else nr
                for i, nr in enumerate(notes)
            )
        return replace(result, category=category, confidence=confidence, notes=notes)

    def _sentence_status(self, m_rule: Arr, m_start: Arr, m_end: Arr, m_sid: Arr, bits: Arr) -> Arr:
        """Status of each match from its own sentence: cancelled by a context cue, or absorbed.

        Matches are ordered by start (so by sentence); ``bits`` are the tokens' bits. Everything
        here is sentence-local (see :meth:`_match_sentences`).
        """
        kind = self._r_kind[m_rule]
        n_sent = int(m_sid[-1]) + 1 if len(m_sid) else 0
        cb = np.zeros(len(bits) + 1, dtype=np.int64)  # clause boundaries before each position
        np.cumsum((bits & 2) == 2, out=cb[1:])
        status = np.zeros(len(m_rule), dtype=np.int64)
        # --- context: suppressor cues against every other match in the same sentence
        cue = np.flatnonzero(self._r_is_supp[m_rule])
        target = np.flatnonzero(~self._r_is_supp[m_rule])
        if len(cue) and len(target):
            c_order = cue  # matches come ordered by start, so by sentence
            ai, bi = _pairs(m_sid[target], m_sid[c_order], n_sent)
            h = target[ai]
            c = c_order[bi]
            hs, he, cs, ce = m_start[h], m_end[h], m_start[c], m_end[c]
            scope = self._r_scope[m_rule[c]]
            window = self._r_window[m_rule[c]]
            inside = (cs >= hs) & (ce <= he)
            before = (cs < hs) & (ce <= he) & (np.maximum(0, hs - ce) <= window)
            before &= ~((hs > ce) & (cb[np.maximum(hs, ce)] - cb[np.minimum(hs, ce)] > 0))
            after = (ce > he) & (cs >= hs) & (np.maximum(0, cs - he) <= window)
            after &= ~((cs > he) & (cb[np.maximum(cs, he)] - cb[np.minimum(cs, he)] > 0))
            in_scope = np.where(
                scope == 0, ~inside, np.where(scope == 1, before, np.where(scope == 2, after, before | after))
            )
            supp = self._r_supp_index[m_rule[c]]
            h_kind = self._r_kind[m_rule[h]]
            allowed = np.where(
                h_kind == 2, supp <= _SUPPRESSORS.index("threatened"), ((self._r_supp[m_rule[h]] >> supp) & 1) == 1
            )  # a cue such as "injury" is cancelled by negation, hypothetical and threatened only
            applies = in_scope & allowed
            code = np.full(len(status), 99, dtype=np.int64)
            np.minimum.at(code, h[applies], supp[applies] + 1)
            status = np.where(code < 99, code, 0)
        # --- a category match inside a longer match of another category is absorbed ("attempted
        # murder"); a wide token pattern (over _ABSORB_MAX tokens) absorbs nothing, and matches of
        # the same category all count
        cat = np.flatnonzero(kind == 0)
        if len(cat) > 1:
            c_order = cat
            ai, bi = _pairs(m_sid[cat], m_sid[c_order], n_sent)
            a, b = cat[ai], c_order[bi]
            inner = (
                (m_start[b] <= m_start[a])
                & (m_end[a] <= m_end[b])
                & ((m_end[b] - m_start[b]) > (m_end[a] - m_start[a]))
                & ((m_end[b] - m_start[b]) <= _ABSORB_MAX)
                & (self._r_target[m_rule[a]] != self._r_target[m_rule[b]])
                # an assault described at length ("threw a kettle at him") keeps its injury reading
                & ~((self._r_target[m_rule[a]] == _VWI) & (self._r_target[m_rule[b]] == _VWOI))
            )
            status[a[inner]] = _ABSORBED
        return status

    def _match_sentences(
        self, gids: Arr, nid: Arr, bits: Arr, sid: Arr, new_sentence: Arr, member: Arr
    ) -> tuple[Arr, Arr, Arr, Arr]:
        """Matches (rule, start, end) ordered by start, end, rule, and their sentence-level status.

        No match crosses a sentence boundary, and a match's context status depends on its own
        sentence alone (see :meth:`_sentence_status`), so each distinct sentence is matched once and
        its matches placed in every copy: notes repeat sentences ("Consent obtained.") a lot.
        """
        T = len(gids)
        s_start = np.flatnonzero(new_sentence)
        # exact distinct sentences: each one's token ids as bytes, dictionary-encoded by arrow
        ids = np.ascontiguousarray(gids, dtype=np.int64)
        bounds = np.append(s_start, T) * ids.itemsize
        sentences = pa.LargeBinaryArray.from_buffers(
            pa.large_binary(), len(s_start), [None, pa.py_buffer(bounds), pa.py_buffer(ids)]
        )
        code, is_first = _dense_codes(sentences)
        first = np.flatnonzero(is_first)  # the first copy of each distinct sentence
        if len(first) == len(s_start):  # nothing repeats
            m_rule, m_start, m_end = self._match(gids, nid, bits, sid, member, T)
            return m_rule, m_start, m_end, self._sentence_status(m_rule, m_start, m_end, sid[m_start], bits)
        s_len = np.diff(np.append(s_start, T))
        u_sid, pos = _pairs_from_ranges(s_start[first], s_len[first])
        u_bits = bits[pos]
        u_rule, u_start, u_end = self._match(gids[pos], nid[pos], u_bits, u_sid, member, len(pos))
        u_status = self._sentence_status(u_rule, u_start, u_end, u_sid[u_start], u_bits)
        u_first = np.cumsum(s_len[first]) - s_len[first]  # where each distinct sentence starts
        count = np.bincount(u_sid[u_start], minlength=len(first))
        o, m = _pairs_from_ranges((np.cumsum(count) - count)[code], count[code])
        start = s_start[o] + (u_start[m] - u_first[code[o]])
        return u_rule[m], start, start + (u_end[m] - u_start[m]), u_status[m]

    def _match(self, gids: Arr, nid: Arr, bits: Arr, sid: Arr, member: Arr, T: int) -> tuple[Arr, Arr, Arr]:
        rules: list[Arr] = []
        starts: list[Arr] = []
        lengths: list[Arr] = []
        # phrases: walk the trie one token at a time for every position at once
        if self._max_len and T:
            cand = np.flatnonzero(self._l1_prefix[nid])
            first = nid[cand]
            cnt = self._l1_cnt[first]
            if cnt.any():
                ai, bi = _pairs_from_ranges(self._l1_off[first], cnt)
                rules.append(self._l1_rules[bi])
                starts.append(cand[ai])
                lengths.append(np.ones(len(ai), dtype=np.int64))
            keys = (first + 1).astype(np.uint64)
            for length in range(2, self._max_len + 1):
                nxt = cand + (length - 1)
                ok = nxt < T
                cand, keys, nxt = cand[ok], keys[ok], nxt[ok]
                ok = sid[nxt] == sid[cand]
                cand, keys, nxt = cand[ok], keys[ok], nxt[ok]
                if length == 2:
                    ok = self._l2_prefix[nid[cand], nid[nxt]]
                    cand, keys, nxt = cand[ok], keys[ok], nxt[ok]
                keys = keys * _HASH_MUL + (nid[nxt] + 1).astype(np.uint64)
                ok = _in_sorted(keys, self._prefix[length])
                cand, keys = cand[ok], keys[ok]
                if len(cand) == 0:
                    break
                fk = self._full_keys[length]
                if len(fk):
                    lo = np.searchsorted(fk, keys, "left")
                    hi = np.searchsorted(fk, keys, "right")
                    cnt = hi - lo
                    if cnt.any():
                        ai, bi = _pairs_from_ranges(lo, cnt)
                        rules.append(self._full_rules[length][bi])
                        starts.append(cand[ai])
                        lengths.append(np.full(len(ai), length, dtype=np.int64))
        # token patterns: fixed sequences of token classes
        if self._token_seqs and T:
            seq, start = self._match_token_seqs(gids, sid, member, T)
            rules.append(self._seq_rule[seq])
            starts.append(start)
            lengths.append(self._seq_len[seq])
        if not rules:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        # distinct (rule, start, end), ordered by start, end, rule: one sort of a packed key
        n_rules = len(self._rules)
        width = max(self._max_len, self._seq_cls.shape[1]) + 1
        key = np.sort((np.concatenate(starts) * width + np.concatenate(lengths)) * n_rules + np.concatenate(rules))
        keep = np.ones(len(key), dtype=bool)
        keep[1:] = key[1:] != key[:-1]
        key = key[keep]
        r_all = key % n_rules
        s_all, span = np.divmod(key // n_rules, width)
        e_all = s_all + span
        # a match inside a longer match of the same rule is dropped (spaCy's greedy="LONGEST"), but
        # not a context cue's: each cue match has its own scope ("will" in "will stab you and kill
        # you" cancels "stab"). Ordered by (sentence, rule, start, end descending), a match lies
        # inside another exactly when an earlier match of its group ends at or after it (distinct
        # spans, so that one starts no later and is longer): one pass, not all pairs of a group
        grp = sid[s_all] * n_rules + r_all
        order = np.lexsort((-e_all, s_all, grp))
        g_o, e_o = grp[order], e_all[order]
        first = np.ones(len(order), dtype=bool)
        first[1:] = g_o[1:] != g_o[:-1]
        # running maximum of the end within each group (an offset per group keeps groups apart)
        base = np.cumsum(first) - 1
        lifted = base * (int(e_all.max(initial=0)) + 1) + e_o
        running = np.maximum.accumulate(lifted)
        inside = np.zeros(len(order), dtype=bool)
        inside[1:] = ~first[1:] & (running[:-1] >= lifted[1:])
        drop = np.zeros(len(r_all), dtype=bool)
        drop[order[inside]] = True
        drop &= ~self._r_is_supp[r_all]
        return r_all[~drop], s_all[~drop], e_all[~drop]

    def _match_token_seqs(self, gids: Arr, sid: Arr, member: Arr, T: int) -> tuple[Arr, Arr]:
        """Matches of the token-class sequences: (sequence index, start position) per match.

        Every batch position whose token is in an anchor class is a candidate, walked down the
        trie (see :class:`_SeqTrie`) with all other candidates, one check per step. Any anchor
        and any check order give the same matches; rare ones only make fewer candidates.
        """
        trie = self._seq_trie(gids, member)
        width = self._seq_cls.shape[1]
        # only the batch's own tokens, renumbered, plus a last sentinel token in no class: positions
        # outside the batch read it, so a candidate running off either end drops out at its first
        # (or last) element, never a wildcard
        present = np.flatnonzero(np.bincount(gids, minlength=member.shape[0]))
        local = np.zeros(member.shape[0], dtype=np.int64)
        local[present] = np.arange(len(present))
        g_pad = np.full(T + 2 * width, len(present), dtype=np.int64)
        g_pad[width : width + T] = local[gids]
        m_pad = np.zeros((len(present) + 1, member.shape[1]), dtype=bool)
        m_pad[:-1] = member[present]
        n_cls = m_pad.shape[1]
        m_flat = m_pad.ravel()  # one flat look-up per check
        # (position, root) for every position whose token is in an anchor class
        sub = m_pad[:, trie.anchors]
        per_tok = sub.sum(axis=1)
        tok_first = np.cumsum(per_tok) - per_tok
        _, tok_root = np.nonzero(sub)
        cnt = per_tok[g_pad[width : width + T]]
        has = np.flatnonzero(cnt)
        i, j = _pairs_from_ranges(tok_first[g_pad[has + width]], cnt[has])
        node, at = tok_root[j], has[i] + width
        seqs: list[Arr] = []
        anchors: list[Arr] = []
        while len(node):
            i, e = _pairs_from_ranges(trie.end_first[node], trie.end_count[node])
            if len(i):
                seqs.append(trie.end_seq[e])
                anchors.append(at[i])
            i, e = _pairs_from_ranges(trie.child_first[node], trie.child_count[node])
            at = at[i]
            ok = m_flat[g_pad[at + trie.edge_offset[e]] * n_cls + trie.edge_check[e]]
            node, at = trie.edge_node[e[ok]], at[ok]
        if not seqs:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        seq = np.concatenate(seqs)
        start = np.concatenate(anchors) - width - trie.seq_anchor[seq]
        ok = sid[start] == sid[start + self._seq_len[seq] - 1]
        return seq[ok], start[ok]

    def _seq_trie(self, gids: Arr, member: Arr) -> _SeqTrie:
        """The trie of the token sequences, anchored and ordered by class frequency.

        The frequencies come from the first batch of at least ``_ANCHOR_SAMPLE`` tokens (the trie is
        then kept); smaller batches use a fixed trie ordered by how many values a class lists.
        """
        if self._trie is not None:
            return self._trie
        if len(gids) < _ANCHOR_SAMPLE:
            if self._small_trie is None:
                self._small_trie = self._build_trie(self._class_breadth)
            return self._small_trie
        tok_count = np.bincount(gids, minlength=member.shape[0])
        present = np.flatnonzero(tok_count)
        ri, ci = np.nonzero(member[present])
        self._trie = self._build_trie(np.bincount(ci, weights=tok_count[present][ri], minlength=member.shape[1]))
        return self._trie

    def _build_trie(self, freq: Arr) -> _SeqTrie:
        """The trie for class frequencies ``freq``: one level of distinct (parent, check) at a time."""
        cls = self._seq_cls
        n_seq, width = cls.shape
        n_cls = int(cls.max(initial=0)) + 1
        rank = np.where(cls >= 0, freq[np.maximum(cls, 0)], np.inf)
        anchor_k = np.argmin(rank, axis=1)
        rows = np.arange(n_seq)
        roots, node = np.unique(cls[rows, anchor_k], return_inverse=True)
        # each sequence's checks, rarest class first (ties by position): the anchor and the unused
        # cells sort last as infinitely common
        rank[rows, anchor_k] = np.inf
        order = np.lexsort((np.broadcast_to(np.arange(width), cls.shape), rank), axis=-1)
        n_checks = np.isfinite(rank).sum(axis=1)
        offset = order - anchor_k[:, None] + width  # (non-negative: offsets run from -width to width)
        step = offset * n_cls + np.take_along_axis(cls, order, axis=1)
        n_step = (2 * width + 1) * n_cls
        parents: list[Arr] = []
        steps: list[Arr] = []
        next_node = len(roots)
        for depth in range(width):
            live = np.flatnonzero(n_checks > depth)
            if not len(live):
                break
            # nodes of this depth are numbered in (parent, check) order, after every shallower node,
            # so the edges come out grouped by parent
            keys, inv = np.unique(node[live] * n_step + step[live, depth], return_inverse=True)
            parents.append(keys // n_step)
            steps.append(keys % n_step)
            node[live] = next_node + inv
            next_node += len(keys)
        parent = np.concatenate([np.zeros(0, dtype=np.int64), *parents])
        edge_step = np.concatenate([np.zeros(0, dtype=np.int64), *steps])
        count = np.bincount(parent, minlength=next_node)
        end_seq = np.argsort(node, kind="stable")
        end_count = np.bincount(node, minlength=next_node)
        return _SeqTrie(
            anchors=roots.astype(np.int64),
            child_first=np.cumsum(count) - count,
            child_count=count,
            edge_node=np.arange(len(roots), next_node, dtype=np.int64),
            edge_offset=edge_step // n_cls - width,
            edge_check=edge_step % n_cls,
            end_first=np.cumsum(end_count) - end_count,
            end_count=end_count,
            end_seq=end_seq.astype(np.int64),
            seq_anchor=anchor_k.astype(np.int64),
        )

    def _decide_batch(
        self,
        n: int,
        arr: pa.Array,
        gids: Arr,
        note: Arr,
        chunk: Arr,
        m_rule: Arr,
        m_start: Arr,
        m_end: Arr,
        status: Arr,
        candidates: Sequence[tuple[str, ...]] | None,
        detail: bool,
        title_gate: Arr,
        flag_lines: bool,
        evidence: bool = True,
    ) -> BatchResult:
        kind = self._r_kind[m_rule]
        m_note = note[m_start] if len(m_start) else np.zeros(0, dtype=np.int64)
        # --- record cues (injury, no_crime, driving, ...) that are not negated
        t_rule = m_rule
        is_cue = (kind == 2) & ~self._r_is_supp[t_rule]
        status = _absorb_other_ages(status, is_cue, self._r_target[t_rule], m_start, m_end)
        note_cues = np.zeros(n, dtype=np.int64)
        sel = is_cue & (status == 0)
        np.bitwise_or.at(note_cues, m_note[sel], np.left_shift(1, self._r_target[t_rule[sel]]))
        # pass 1: categories from rules that need nothing from other categories
        req = self._r_req[t_rule]
        excl = self._r_excl[t_rule]
        # (requirements and exclusions on context cues alone are settled here: "killed" excluded by
        # "driving" is known before any category is)
        cue_mask = (1 << len(CONTEXT_CUES)) - 1
        m_cues = note_cues[m_note]
        sel = (kind == 0) & (status == 0) & ((excl & ~cue_mask) == 0) & ((excl & m_cues) == 0) & ((req & ~m_cues) == 0)
        note_base = np.zeros(n, dtype=np.int64)
        np.bitwise_or.at(note_base, m_note[sel], np.left_shift(1, self._r_target[t_rule[sel]] + _CAT_SHIFT))
        cat_bits = ((1 << _N_CAT) - 1) << _CAT_SHIFT
        offence = (note_base & cat_bits & ~(1 << (_ASB + _CAT_SHIFT))) != 0
        # the only offences are ones against society that name no victim (a knife found, drugs,
        # handling): a relative there is not shown harming the victim ("her son (19) has hidden a
        # zombie knife"), but "stabbed by S (her son, 36) with a kitchen knife" is not victimless
        society = _VICTIMLESS << _CAT_SHIFT
        with_victim = cat_bits & ~society & ~(1 << (_ASB + _CAT_SHIFT)) & ~(1 << (_OTHER + _CAT_SHIFT))
        victimless = ((note_base & society) != 0) & ((note_base & with_victim) == 0)
        cond = note_cues | note_base | np.where(offence, 1 << _COND_BIT["offence"], 0)
        cond |= np.where(victimless, 1 << _COND_BIT["victimless"], 0)
        cond |= np.where((note_base & (_THEFTS << _CAT_SHIFT)) != 0, 1 << _COND_BIT["theft"], 0)
        # pass 2: requirements and exclusions for every category and flag match
        ev = kind != 2
        m_cond = cond[m_note]
        active = ev & (status == 0)
        unmet = active & ((req & ~m_cond) != 0)
        status = np.where(unmet, _UNMET, status)
        excluded = active & ~unmet & ((excl & m_cond) != 0)
        status = np.where(excluded, _EXCLUDED, status)
        # breaking into a car to steal from it is a vehicle offence, not criminal damage (the damage
        # is often told in another sentence: "Theft from a motor vehicle. Window smashed"); damage done
        # for its own sake (criminal_damage_arson.vandalism: keying, tyres, paint) is not absorbed
        is_cat_active = (kind == 0) & (status == 0)
        veh = is_cat_active & (self._r_target[t_rule] == _VEHICLE)
        if veh.any():
            veh_notes = np.unique(m_note[veh])
            damage = is_cat_active & self._r_damage[t_rule] & _in_sorted(m_note, veh_notes)
            status = np.where(damage, _ABSORBED, status)
        no_crime = (note_cues >> CONTEXT_CUES.index("no_crime")) & 1 == 1
        weak_nc = (
            (kind == 0) & (status == 0) & ~self._r_strong[t_rule] & no_crime[m_note] & (self._r_target[t_rule] != _ASB)
        )
        status = np.where(weak_nc, _NO_CRIME, status)
        # flags, with vetoes from negated flag terms
        flag_on = np.zeros(n, dtype=np.int64)
        sel = (kind == 1) & (status == 0)
        np.bitwise_or.at(flag_on, m_note[sel], np.left_shift(1, self._r_target[t_rule[sel]]))
        vetoed = np.zeros(n, dtype=np.int64)
        sel = (kind == 1) & (status == 1) & self._r_veto[t_rule]
        np.bitwise_or.at(vetoed, m_note[sel], np.left_shift(1, self._r_target[t_rule[sel]]))
        flags = flag_on & ~vetoed
        settled = np.zeros(n, dtype=np.int64)
        sel = (kind == 1) & (status == 0) & self._r_strong[t_rule]
        np.bitwise_or.at(settled, m_note[sel], np.left_shift(1, self._r_target[t_rule[sel]]))
        settled &= flags
        # flags the text may not carry whatever the text model says: a cancelled or vetoed match,
        # or a person under 16 for domestic abuse
        blocked = vetoed.copy()
        sel = (kind == 1) & (status != 0) & (status != _UNMET)  # a missing offence cancels nothing
        np.bitwise_or.at(blocked, m_note[sel], np.left_shift(1, self._r_target[t_rule[sel]]))
        da = 1 << FLAG_CODES.index("domestic_abuse")
        under_16 = (note_cues >> _UNDER_16) & 1 == 1
        # a named child ("her daughter (13)") may be the one harmed: the model may not add domestic
        # abuse there either, only a rule about adults may ("her ex punched her in front of ...")
        child = ((note_cues >> _CHILD_NAMED) & 1 == 1) & ((flags & da) == 0)
        blocked |= np.where(under_16 | child, da, 0)
        # counts per category, strong and weak
        sel = (kind == 0) & (status == 0)
        cell = m_note * _N_CAT + self._r_target[t_rule]  # (record, category) of each match
        strong = np.bincount(cell[sel & self._r_strong[t_rule]], minlength=n * _N_CAT).reshape(n, _N_CAT)
        weak = np.bincount(cell[sel & ~self._r_strong[t_rule]], minlength=n * _N_CAT).reshape(n, _N_CAT)
        # candidates (a broad source label limits the choice)
        default = np.full(n, -1, dtype=np.int64)
        if candidates is not None:
            allowed_c = _candidate_mask(candidates)
            default[:] = [_RANK[cands[0]] if cands else -1 for cands in candidates]
            strong = np.where(allowed_c, strong, 0)
            weak = np.where(allowed_c, weak, 0)
        # categories the rules saw and rejected (not merely absorbed by a more specific one)
        rejected = np.zeros((n, _N_CAT), dtype=bool)
        sel = (kind == 0) & (status != 0) & (status != _ABSORBED) & (status != _UNMET)
        rejected[m_note[sel], self._r_target[t_rule[sel]]] = True
        rejected &= (strong == 0) & (weak == 0)
        cat_blocked = _category_bits(rejected)
        injury_named = ((note_cues >> CONTEXT_CUES.index("injury")) & 1 == 1) | (strong[:, _VWI] + weak[:, _VWI] > 0)
        has_strong = strong.any(axis=1)
        has_weak = weak.any(axis=1)
        s_cat = np.argmax(strong > 0, axis=1)
        w_cat = np.argmax(weak > 0, axis=1)
        rows = np.arange(n)
        s_count = strong[rows, s_cat]
        w_count = weak[rows, w_cat]
        # (a strong other_crime match is an offence outside recorded crime, "wildlife crime": a
        # rival like any other; anti-social behaviour is not a crime)
        rank_ok = np.arange(_N_CAT) < _ASB
        rivals = ((strong > 0) & rank_ok).sum(axis=1) - ((s_cat < _ASB) & has_strong)
        s_conf = np.round(np.where(s_count == 1, 0.9, 0.95) - 0.02 * np.minimum(rivals, 5), 3)
        w_conf = np.where(w_cat == _OTHER, 0.4, np.where(w_count == 1, 0.6, 0.65))
        category = np.where(
            has_strong,
            s_cat,
            np.where(has_weak, w_cat, np.where(default >= 0, default, np.where(no_crime, _ASB, _OTHER))),
        )
        confidence = np.where(
            has_strong,
            s_conf,
            np.where(has_weak, w_conf, np.where(default >= 0, 0.45, np.where(no_crime, 0.55, 0.2))),
        ).astype(float)
        # whole-text offence titles ("Criminal damage to a dwelling")
        title_ev: dict[int, tuple[str, str]] = {}
        if n:
            free = title_gate if candidates is None else title_gate & np.array([not c for c in candidates])
            maybe = np.flatnonzero(free)
            if len(maybe):
                short = pc.utf8_length(arr.take(pa.array(maybe))).to_numpy(zero_copy_only=False) < 200
                maybe = maybe[short]
            if len(maybe):
                lowered = pc.utf8_lower(pc.utf8_trim_whitespace(arr.take(pa.array(maybe)))).to_pylist()
                for i, t in zip(maybe.tolist(), lowered, strict=True):
                    found = self._title_for(normalise_label(t))
                    if found is not None:
                        title_ev[i] = found
        for i, (cat_code, _) in title_ev.items():
            category[i] = _RANK[cat_code]
            confidence[i] = 0.97
        # --- evidence (not needed for a headline's own run, which gives only its category)
        ev_line = rid_line = f_line = f_rid = np.full(n, "", dtype=object)
        pending: _Pending | None = None
        notes: tuple[NoteResult, ...] = ()
        if evidence or detail:
            # in the old order: active first, the decided category, categories, match order
            ev_idx = np.flatnonzero(ev)
            e_note = m_note[ev_idx]
            e_status = status[ev_idx]
            e_rule = t_rule[ev_idx]
            e_kind = kind[ev_idx]
            not_cat = (e_kind != 0) | (self._r_target[e_rule] != category[e_note])
            order = np.lexsort((ev_idx, e_kind != 0, not_cat, e_status != 0, e_note))
            ev_idx, e_note, e_status, e_rule, e_kind = (
                ev_idx[order], e_note[order], e_status[order], e_rule[order], e_kind[order]
            )  # fmt: skip
            n_ev = np.bincount(e_note, minlength=n)
            first_of_note = np.cumsum(n_ev) - n_ev
            rank = np.arange(len(ev_idx)) - first_of_note[e_note]
            is_title = np.zeros(n, dtype=bool)
            if title_ev:
                is_title[list(title_ev)] = True
                rank = rank + is_title[e_note]
                n_ev = n_ev + is_title
            snippets = self._snippets(gids, chunk, m_start[ev_idx], m_end[ev_idx])
            # pieces of the evidence line
            shown = (rank < _MAX_EVIDENCE) & (e_status <= _LAST_CUE)  # active or cancelled by a cue
            piece_key = (e_rule * 16 + e_status) * (len(snippets[1]) + 1) + snippets[0]
            pk_inv, pk_first = _dense_codes(piece_key[shown])
            pk_u = piece_key[shown][pk_first]
            piece_text = self._piece_strings(pk_u, snippets[1])
            shown_note = e_note[shown]
            ev_line = _join_lists(n, shown_note, piece_text, pk_inv, "; ")
            if title_ev:
                for i, (cat_code, xwalk) in title_ev.items():
                    text_i = str(arr[i].as_py()).strip()[:_MAX_SNIPPET]
                    head = f"{cat_code}: '{text_i}' (crosswalk.{xwalk})"
                    ev_line[i] = join_parts("; ", head, ev_line[i])
            more = n_ev > _MAX_EVIDENCE
            if more.any():
                for i in np.flatnonzero(more).tolist():
                    extra = f"... {int(n_ev[i]) - _MAX_EVIDENCE} more"
                    ev_line[i] = join_parts("; ", ev_line[i], extra)
            # rule ids: active evidence rules, first occurrence per record
            act = e_status == 0
            a_note, a_rule = e_note[act], e_rule[act]
            first = np.zeros(len(a_note), dtype=bool)
            first[np.unique(a_note * len(self._rules) + a_rule, return_index=True)[1]] = True
            rid_note, rid_rule = a_note[first], a_rule[first]
            rid_line = _join_lists(n, rid_note, self._rule_ids_arr, rid_rule, ";")
            if title_ev:
                for i, (_, xwalk) in title_ev.items():
                    rid_line[i] = join_parts(";", f"crosswalk.{xwalk}", rid_line[i])
            # flag-only evidence and ids (for crosswalked records)
            if flag_lines:
                fl = act & (e_kind == 1)
                fkey = (e_rule[fl] * 16) * (len(snippets[1]) + 1) + snippets[0][fl]
                fk_inv, fk_first = _dense_codes(fkey)
                fk_u = fkey[fk_first]
                f_line = _join_lists(n, e_note[fl], self._piece_strings(fk_u, snippets[1]), fk_inv, "; ")
                flr = first & (e_kind[act] == 1)
                f_rid = _join_lists(n, a_note[flr], self._rule_ids_arr, a_rule[flr], ";")
            pending = self._pending(
                req, excl, cond, m_note, m_rule, kind, status, e_note, e_rule, e_kind, e_status, snippets
            )
            if detail:
                notes = self._details(
                    n, category, confidence, flags, ev_line, rid_line, title_ev, arr,
                    e_note, e_rule, e_kind, e_status, snippets, strong, weak,
                    m_note, m_rule, kind,
                )  # fmt: skip
        cat_names = np.array(PRINCIPAL_ORDER, dtype=object)
        return BatchResult(
            category=cat_names[category],
            confidence=confidence,
            flags=flags,
            evidence=ev_line,
            rule_ids=rid_line,
            flag_evidence=f_line,
            flag_rule_ids=f_rid,
            notes=notes,
            blocked=blocked,
            cat_blocked=cat_blocked,
            injury_named=injury_named,
            cat_strong=_category_bits(strong > 0),
            cat_seen=_category_bits((strong > 0) | (weak > 0)),
            pending=pending,
            settled=settled,
        )

    def _pending(
        self,
        req: Arr,
        excl: Arr,
        cond: Arr,
        m_note: Arr,
        m_rule: Arr,
        kind: Arr,
        status: Arr,
        e_note: Arr,
        e_rule: Arr,
        e_kind: Arr,
        e_status: Arr,
        snippets: tuple[Arr, list[str]],
    ) -> _Pending | None:
        """Flag matches unmet for want of a category only, with the categories that would meet them.

        A match whose exclusion is already met ("Not family", an age under 16) stays off whatever
        category is chosen, and a category the rule is excluded by does not meet it.
        """
        um = np.flatnonzero((kind == 1) & (status == _UNMET))
        um_cond, um_excl = cond[m_note[um]], excl[um]
        keep = (um_excl & um_cond) == 0
        um, um_cond, um_excl = um[keep], um_cond[keep], um_excl[keep]
        if not len(um):
            return None
        need = req[um] & ~um_cond
        offence = 1 << _COND_BIT["offence"]
        cats = np.zeros(len(um), dtype=np.int64)
        for c in range(_N_CAT):
            if c == _OTHER:  # the fallback category discloses no offence
                continue
            gives = (1 << (c + _CAT_SHIFT)) | (offence if c != _ASB else 0)
            gives |= (1 << _COND_BIT["theft"]) if (_THEFTS >> c) & 1 else 0
            # (nothing else was seen, or the flag would not be pending: this category alone decides)
            gives |= (1 << _COND_BIT["victimless"]) if (_VICTIMLESS >> c) & 1 else 0
            cats |= np.where(((need & ~gives) == 0) & ((um_excl & gives) == 0), 1 << c, 0)
        # first match per (text, flag) that some category would meet, in evidence order
        key = m_note[um] * len(self._rules) + m_rule[um]
        cats_by_key = dict(zip(key.tolist(), cats.tolist(), strict=True))
        sel = np.flatnonzero((e_kind == 1) & (e_status == _UNMET))
        seen: set[tuple[int, int]] = set()
        rows: list[tuple[int, int, int, int, int]] = []
        for j in sel.tolist():
            i, r = int(e_note[j]), int(e_rule[j])
            mask = cats_by_key.get(i * len(self._rules) + r, 0)
            f = int(self._r_target[r])
            if mask and (i, f) not in seen:
                seen.add((i, f))
                rows.append((i, f, mask, r, int(snippets[0][j])))
        if not rows:
            return None
        note, flag, mask, rule, snip = (np.array(col, dtype=np.int64) for col in zip(*rows, strict=True))
        base = len(snippets[1]) + 1
        return _Pending(
            note=note,
            flag=flag,
            cats=mask,
            piece=self._piece_strings(rule * 16 * base + snip, snippets[1]),
            rule=self._rule_ids_arr[rule],
        )

    def resolve_pending(self, result: BatchResult, category: Arr | None = None) -> BatchResult:
        """Set the flags whose requirement the final category meets, with their evidence.

        Args:
            result: A batch result.
            category: The final category per text (category codes); default ``result.category``.
        """
        pend = result.pending
        if pend is None:
            return result
        cats = result.category if category is None else category
        cat_idx = _ranks(cats[pend.note])
        flags = result.flags
        blocked = result.blocked if result.blocked is not None else np.zeros(len(flags), dtype=np.int64)
        hit = (
            ((pend.cats >> cat_idx) & 1 == 1)
            & ((flags[pend.note] >> pend.flag) & 1 == 0)
            & ((blocked[pend.note] >> pend.flag) & 1 == 0)
        )
        if not hit.any():
            return result
        flags = flags.copy()
        evidence, rule_ids = result.evidence.copy(), result.rule_ids.copy()
        f_line, f_rid = result.flag_evidence.copy(), result.flag_rule_ids.copy()
        notes = list(result.notes)
        for i, f, piece, rid in zip(
            pend.note[hit].tolist(),
            pend.flag[hit].tolist(),
            pend.piece[hit].tolist(),
            pend.rule[hit].tolist(),
            strict=True,
        ):
            flags[i] |= 1 << f
            evidence[i] = join_parts("; ", evidence[i], piece)
            if rid not in str(rule_ids[i]).split(";"):
                rule_ids[i] = join_parts(";", rule_ids[i], rid)
            f_line[i] = join_parts("; ", f_line[i], piece)
            f_rid[i] = join_parts(";", f_rid[i], rid)
            if notes:
                nr = notes[i]
                flipped = False
                ev: list[Evidence] = []
                for e in nr.evidence:
                    if not flipped and e.rule_id == rid and e.status == "unmet":
                        e = replace(e, status="active")
                        flipped = True
                    ev.append(e)
                notes[i] = replace(
                    nr,
                    flags=nr.flags | {FLAG_CODES[f]},
                    evidence=tuple(ev),
                    rule_ids=tuple(str(rule_ids[i]).split(";")),
                    evidence_line=str(evidence[i]),
                )
        return replace(
            result,
            flags=flags,
            evidence=evidence,
            rule_ids=rule_ids,
            flag_evidence=f_line,
            flag_rule_ids=f_rid,
            notes=tuple(notes),
        )

    def _snippets(self, gids: Arr, chunk: Arr, start: Arr, end: Arr) -> tuple[Arr, list[str]]:
        """Text as written for each span: (snippet id per span, distinct snippet texts)."""
        if len(start) == 0:
            return np.zeros(0, dtype=np.int64), []
        length = end - start
        key = gids[start].astype(np.uint64) + np.uint64(1)
        for k in range(1, int(length.max())):
            sel = np.flatnonzero(length > k)
            pos = start[sel] + k
            glue = (chunk[pos] != chunk[pos - 1]).astype(np.uint64)
            key[sel] = key[sel] * _HASH_MUL + (gids[pos].astype(np.uint64) * np.uint64(2) + glue + np.uint64(1))
        inv, is_first = _dense_codes(key)
        first = np.flatnonzero(is_first)
        # build the distinct snippets a token at a time, all at once (object arrays add as str)
        start, length = start[first], length[first]
        tok_text = np.array(self._tok_text, dtype=object)
        glue = np.array([" ", ""], dtype=object)  # a space between chunks, none inside one
        parts = tok_text[gids[start]]
        for k in range(1, int(length.max())):
            sel = np.flatnonzero(length > k)
            pos = start[sel] + k
            parts[sel] = parts[sel] + glue[(chunk[pos] == chunk[pos - 1]).astype(np.int64)] + tok_text[gids[pos]]
        texts = [t.replace(_SENTENCE_MARK, "-")[:_MAX_SNIPPET] for t in parts.tolist()]
        return inv, texts

    def _piece_strings(self, piece_keys: Arr, snippet_texts: list[str]) -> Arr:
        base = len(snippet_texts) + 1
        out: list[str] = []
        for key in piece_keys.tolist():
            rs, snip = divmod(int(key), base)
            r, st = divmod(rs, 16)
            info = self._rules[r]
            text = snippet_texts[snip]
            if st == 0:
                head = f"flag {info.target}" if info.kind == "flag" else info.target
                out.append(f"{head}: '{text}' ({info.id})")
            else:
                out.append(f"{_STATUSES[st].replace('_', ' ')}: '{text}' ({info.id})")
        return np.array(out, dtype=object)

    def _details(
        self,
        n: int,
        category: Arr,
        confidence: Arr,
        flags: Arr,
        ev_line: Arr,
        rid_line: Arr,
        title_ev: dict[int, tuple[str, str]],
        arr: pa.Array,
        e_note: Arr,
        e_rule: Arr,
        e_kind: Arr,
        e_status: Arr,
        snippets: tuple[Arr, list[str]],
        strong: Arr,
        weak: Arr,
        m_note: Arr,
        m_rule: Arr,
        kind: Arr,
    ) -> tuple[NoteResult, ...]:
        per_note: list[list[Evidence]] = [[] for _ in range(n)]
        kinds = ("category", "flag", "context")
        for i, r, k, st, sn in zip(
            e_note.tolist(), e_rule.tolist(), e_kind.tolist(), e_status.tolist(), snippets[0].tolist(), strict=True
        ):
            info = self._rules[r]
            per_note[i].append(Evidence(info.id, kinds[k], info.target, snippets[1][sn], _STATUSES[st]))
        cues: list[list[str]] = [[] for _ in range(n)]
        for i, r, k in zip(m_note.tolist(), m_rule.tolist(), kind.tolist(), strict=True):
            if k == 2 and self._rules[r].id not in cues[i]:
                cues[i].append(self._rules[r].id)
        out: list[NoteResult] = []
        for i in range(n):
            cat_code = PRINCIPAL_ORDER[int(category[i])]
            disclosed = [c for j, c in enumerate(PRINCIPAL_ORDER) if strong[i, j] or weak[i, j]]
            evidence = per_note[i]
            rule_ids = tuple(rid_line[i].split(";")) if rid_line[i] else ()
            if i in title_ev:
                t_cat, xwalk = title_ev[i]
                text_i = str(arr[i].as_py()).strip()[:_MAX_SNIPPET]
                evidence = [Evidence(f"crosswalk.{xwalk}", "category", t_cat, text_i), *evidence]
            out.append(
                NoteResult(
                    category=cat_code,
                    confidence=float(confidence[i]),
                    flags=frozenset(f for b, f in enumerate(FLAG_CODES) if (int(flags[i]) >> b) & 1),
                    evidence=tuple(evidence),
                    other_categories=tuple(c for c in disclosed if c != cat_code),
                    matched_title=i in title_ev,
                    rule_ids=rule_ids,
                    evidence_line=str(ev_line[i]),
                    cues=tuple(cues[i]),
                )
            )
        return tuple(out)

    # --- one record ---------------------------------------------------------------------------

    def classify_text(self, text: str, candidates: tuple[str, ...] = ()) -> NoteResult:
        """Classify one note with every match and its status (the batch code on a batch of one).

        Args:
            text: The free text (any length; empty gives other_crime with zero confidence).
            candidates: When non-empty, the category must be one of these (a broad source label).
        """
        result = self.run([text], [candidates], detail=True)
        return result.notes[0]


def _ranks(codes: Arr) -> Arr:
    """The index in PRINCIPAL_ORDER of each category code."""
    return np.array([_RANK[c] for c in codes.tolist()], dtype=np.int64)


def _category_bits(mask: Arr) -> Arr:
    """Per row of an (n, categories) boolean mask, its categories as bits (bit i = ``PRINCIPAL_ORDER[i]``)."""
    return mask.astype(np.int64) @ (1 << np.arange(_N_CAT, dtype=np.int64))


def _candidate_mask(candidates: Sequence[tuple[str, ...]]) -> Arr:
    """(n, categories): the categories each text may take (all where it has no candidates)."""
    mask = np.ones((len(candidates), _N_CAT), dtype=bool)
    for i, cands in enumerate(candidates):
        if cands:
            mask[i] = False
            mask[i, [_RANK[c] for c in cands]] = True
    return mask


def join_parts(sep: str, *parts: str) -> str:
    """Join the non-empty parts: evidence and rule-id lines grow a piece at a time, often from empty."""
    return sep.join(p for p in parts if p)


def evidence_piece(e: Evidence) -> str:
    """One piece of the ``rc_evidence`` line, in the format of the rule matches."""
    if e.status == "active":
        head = f"flag {e.target}" if e.kind == "flag" else e.target
        return f"{head}: '{e.text}' ({e.rule_id})"
    return f"{e.status.replace('_', ' ')} {e.target}: '{e.text}' ({e.rule_id})"


def _in_note(values: Arr, note: Arr, pos: Arr, base: Arr) -> Arr:
    """``values`` at each position ``pos``; 0 where it lies outside the note of ``base``."""
    T = len(values)
    inside = (pos >= 0) & (pos < T)
    p = np.clip(pos, 0, T - 1)
    at: Arr = np.where(inside & (note[p] == note[base]), values[p], 0)
    return at


def _dense_codes(keys: Arr | pa.Array) -> tuple[Arr, Arr]:
    """Ids of the keys numbered by first appearance (arrow hashes them: no sort), and first appearances.

    Returns:
        The id of each key, and whether each key is the first with its id.
    """
    encoded = pc.dictionary_encode(keys if isinstance(keys, pa.Array) else pa.array(keys), memory_pool=_POOL)
    code = encoded.indices.to_numpy().astype(np.int64)
    first = np.ones(len(code), dtype=bool)
    first[1:] = code[1:] > np.maximum.accumulate(code)[:-1]  # a new id is above all ids before it
    return code, first


def _absorb_other_ages(status: Arr, is_cue: Arr, target: Arr, start: Arr, end: Arr) -> Arr:
    """Cancel each under_16 cue that lies in a child_named or past_age cue.

    "her son (15)" is the son's age, not V's; "together since she was 15" is an age she has grown
    past. Token positions run across the whole batch, so an overlap is always within one note.
    """
    live = is_cue & (status == 0)
    age = np.flatnonzero(live & (target == _UNDER_16))
    other = np.flatnonzero(live & ((target == _CHILD_NAMED) | (target == _PAST_AGE)))
    if not (len(age) and len(other)):
        return status
    order = other[np.argsort(start[other], kind="stable")]
    c_start = start[order]
    reach = np.maximum.accumulate(end[order])  # the furthest end among those cues starting so far
    k = np.searchsorted(c_start, end[age], "left")  # those cues starting before the age cue ends
    inside = (k > 0) & (reach[np.maximum(k - 1, 0)] > start[age])
    status = status.copy()
    status[age[inside]] = _ABSORBED
    return status


def _spec_words(spec: Any) -> Iterator[str]:
    """Every string in a token spec's values (``{"ORTH": {"IN": ["ducks"]}}`` gives "ducks")."""
    if isinstance(spec, str):
        yield spec
    elif isinstance(spec, dict):
        for key, value in spec.items():
            if key != "REGEX":
                yield from _spec_words(value)
    elif isinstance(spec, list | tuple):
        for value in spec:
            yield from _spec_words(value)


def _pairs_from_ranges(lo: Arr, cnt: Arr) -> tuple[Arr, Arr]:
    """(i, j) for every i and every j in ``range(lo[i], lo[i] + cnt[i])``, i ascending."""
    ai = np.repeat(np.arange(len(lo)), cnt)
    bi = (lo - (np.cumsum(cnt) - cnt))[ai]
    bi += np.arange(len(ai))
    return ai, bi


def _join_lists(n: int, owner: Arr, values: Arr, index: Arr, sep: str) -> Arr:
    """Join ``values[index]`` per owner (owners sorted ascending) into one string per row."""
    counts = np.bincount(owner, minlength=n) if len(owner) else np.zeros(n, dtype=np.int64)
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(counts, out=offsets[1:])
    distinct = pa.array(values, type=pa.string(), memory_pool=_POOL)
    strings = pc.take(distinct, pa.array(index, type=pa.int64()), memory_pool=_POOL)
    lists = pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), strings, pool=_POOL)
    joined = pc.binary_join(lists, sep, memory_pool=_POOL)
    return np.asarray(joined.to_numpy(zero_copy_only=False), dtype=object)
