"""The rule engine behind :mod:`reconcile.classify`: spaCy tokeniser, norms, matchers and context.

Built on ``spacy.blank("en")`` with no downloaded model:

* the tokeniser keeps abbreviations with punctuation in one token ("ex-p", "s.47", "a&e");
* every lexeme gets a normalised form (NORM) when it is first seen: abbreviations map to one norm
  ("s47" -> "abh"), irregular forms to their base ("stole" -> "steal"), other words are stripped of
  inflections ("punched"/"punching" -> "punch"), and a word not in the rule vocabulary that is one
  or two edits from a rule word becomes that word ("burgulary" -> "burglary"). Because this runs
  once per distinct string, typo tolerance costs nothing per record;
* a PhraseMatcher (on NORM) runs the string patterns and a Matcher runs the token patterns;
* context cues (negation, hypothetical, historical, other person, stranger) cancel matches in their
  scope, and the record-level combiner applies requirements, the principal crime rule and the
  confidence.

Work is cached per sentence and per record: notes repeat phrases ("DASH completed", "no injuries").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import spacy
from rapidfuzz.distance import OSA
from spacy.attrs import NORM, ORTH
from spacy.matcher import Matcher, PhraseMatcher

from reconcile.rulepack import PRINCIPAL_ORDER, Crosswalk, RuleBundle, RulePack, normalise_label

__all__ = ["Engine", "Evidence", "NoteResult"]

_RANK = {code: i for i, code in enumerate(PRINCIPAL_ORDER)}
_SUPPRESSORS = ("negation", "hypothetical", "historical", "other_person", "stranger")
_BOUNDARIES = frozenset(
    {",", ";", ".", "!", "?", "but", "however", "although", "though", "whereas", "whilst", "while", "and",
     "then", "who", "which", "because", "(", ")", "|"}
)  # fmt: skip
_SENTENCE_SPLIT = re.compile(r"(?:[.!?;]+(?=\s|$)|\n+|\s+-\s+|\s+\|\s+)")
_WORD = re.compile(r"^[a-z]+$")
_MAX_EVIDENCE = 12
_MAX_SNIPPET = 60
_CACHE_LIMIT = 400_000


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
        status: "active", or the context that cancelled it ("negation", "hypothetical", ...,
            "unmet" when a requirement such as an injury is missing, "absorbed" when a longer
            match or a more specific offence explains it).
    """

    rule_id: str
    kind: str
    target: str
    text: str
    status: str = "active"


@dataclass(frozen=True, slots=True)
class _Hit:
    rule: int
    start: int
    end: int
    text: str
    status: str
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class _Sentence:
    hits: tuple[_Hit, ...]  # category and flag hits, suppressed ones too
    cues: frozenset[str]  # context cues present and not negated


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
    """

    category: str
    confidence: float
    flags: frozenset[str]
    evidence: tuple[Evidence, ...]
    other_categories: tuple[str, ...] = ()
    matched_title: bool = False
    rule_ids: tuple[str, ...] = field(default=())

    def evidence_text(self) -> str:
        """Render the evidence as one human-readable line (the ``rc_evidence`` column)."""
        parts: list[str] = []
        for ev in self.evidence[:_MAX_EVIDENCE]:
            if ev.status == "active":
                head = f"flag {ev.target}" if ev.kind == "flag" else ev.target
                parts.append(f"{head}: '{ev.text}' ({ev.rule_id})")
            elif ev.status in _SUPPRESSORS:
                parts.append(f"{ev.status.replace('_', ' ')}: '{ev.text}' ({ev.rule_id})")
        if len(self.evidence) > _MAX_EVIDENCE:
            parts.append(f"... {len(self.evidence) - _MAX_EVIDENCE} more")
        return "; ".join(parts)


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


class Engine:
    """Compile a :class:`RuleBundle` into spaCy matchers and classify texts.

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
        for a in abbr.abbreviations:
            if not a.abbr.isalnum():
                for variant in {a.abbr, a.abbr.lower(), a.abbr.upper(), a.abbr.capitalize(), a.abbr.title()}:
                    tokenizer.add_special_case(variant, [{ORTH: variant, NORM: stem(a.norm.lower())}])
        self._rules: list[_RuleInfo] = []
        self._phrase = PhraseMatcher(self.nlp.vocab, attr="NORM")
        self._matcher = Matcher(self.nlp.vocab, validate=True)
        self._key_to_rule: dict[int, int] = {}
        self._compile(bundle.packs)
        self._build_fuzzy_index()
        self._fuzzy_on = True
        self._titles = self._title_index(bundle.crosswalks)
        self._sentence_cache: dict[str, _Sentence] = {}

    # --- norms ------------------------------------------------------------------------------

    def norm(self, text: str) -> str:
        """Return the normalised form the matchers see for one token string."""
        low = text.lower()
        found = self._abbr.get(low) or self._forms.get(low)
        if found is not None:
            return found
        s = stem(low)
        if (
            self._fuzzy_on
            and s not in self._vocab
            and len(s) >= 6
            and low not in self._not_typos
            and _WORD.match(s)
        ):
            return self._fuzzy(s)
        return s

    def _fuzzy(self, s: str) -> str:
        max_edits = 1 if len(s) < 9 else 2
        best, best_d = s, max_edits + 1
        for cand in self._fuzzy_index.get(s[0], ()):
            if abs(len(cand) - len(s)) > max_edits:
                continue
            d = OSA.distance(s, cand, score_cutoff=max_edits)
            if d < best_d:
                best, best_d = cand, d
        return self._form_targets.get(best, best)

    def _build_fuzzy_index(self) -> None:
        for word in sorted(self._vocab):
            if len(word) >= 6 and _WORD.match(word) and word not in self._fuzzy_exclude:
                self._fuzzy_index.setdefault(word[0], []).append(word)
        # irregular forms ("stolen") are typo targets too, and map on to their norm ("steal")
        for form, target in sorted(self._forms.items()):
            if target in self._vocab and len(form) >= 6 and _WORD.match(form) and form != target:
                self._fuzzy_index.setdefault(form[0], []).append(form)
                self._form_targets[form] = target

    # --- compiling ----------------------------------------------------------------------------

    def _norm_token_pattern(self, pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for token in pattern:
            new: dict[str, Any] = {}
            for key, spec in token.items():
                if key == "NORM":
                    if isinstance(spec, str):
                        spec = self.norm(spec)
                        self._vocab.add(spec)
                    elif isinstance(spec, dict):
                        spec = {
                            pred: ([self.norm(str(v)) for v in vals] if pred in ("IN", "NOT_IN") else vals)
                            for pred, vals in spec.items()
                        }
                        if "IN" in spec:
                            self._vocab.update(spec["IN"])
                new[key] = spec
            out.append(new)
        return out

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
                    veto=pack.kind == "flag"
                    and rule.id.endswith((".context.v1", ".terms.v1", ".aggravated.v1", ".platform.v1")),
                )
                index = len(self._rules)
                self._rules.append(info)
                key = self.nlp.vocab.strings.add(rule.id)
                self._key_to_rule[key] = index
                phrases = [p for p in rule.patterns if isinstance(p, str)]
                tokens = [self._norm_token_pattern(p) for p in rule.patterns if not isinstance(p, str)]
                if phrases:
                    docs = [self.nlp.make_doc(p) for p in phrases]
                    for doc in docs:
                        self._vocab.update(t.norm_ for t in doc)
                    self._phrase.add(rule.id, docs)
                if tokens:
                    self._matcher.add(rule.id, tokens, greedy="LONGEST")

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

    # --- sentences ----------------------------------------------------------------------------

    def split(self, text: str) -> list[str]:
        """Split a note into sentences (the unit of context and of caching)."""
        return [s.strip() for s in _SENTENCE_SPLIT.split(text) if s and s.strip()]

    def analyse_sentence(self, sentence: str) -> _Sentence:
        """Match one sentence and apply context; cached by the sentence text."""
        cached = self._sentence_cache.get(sentence)
        if cached is not None:
            return cached
        result = self._analyse(sentence)
        if len(self._sentence_cache) >= _CACHE_LIMIT:
            self._sentence_cache.clear()
        self._sentence_cache[sentence] = result
        return result

    def _analyse(self, sentence: str) -> _Sentence:
        doc = self.nlp.make_doc(sentence)
        raw = self._phrase(doc) + self._matcher(doc)
        if not raw:
            return _Sentence((), frozenset())
        rules = self._rules
        seen: set[tuple[int, int, int]] = set()
        cue_spans: dict[str, list[tuple[int, int, str, int]]] = {}
        matches: list[tuple[int, int, int]] = []
        for key, start, end in raw:
            r = self._key_to_rule[key]
            if (r, start, end) in seen:
                continue
            seen.add((r, start, end))
            info = rules[r]
            if info.kind == "context":
                cue_spans.setdefault(info.target, []).append((start, end, info.scope, info.window))
            matches.append((r, start, end))
        bounds = [i for i, t in enumerate(doc) if t.norm_ in _BOUNDARIES]

        def blocked(a: int, b: int) -> bool:
            return any(a <= x < b for x in bounds)

        def in_scope(cue: tuple[int, int, str, int], start: int, end: int) -> bool:
            c_start, c_end, scope, window = cue
            if scope == "clause":
                return not (c_start >= start and c_end <= end)
            if scope in ("before", "around") and c_start < start and c_end <= end:
                gap = max(0, start - c_end)
                if gap <= window and not blocked(c_end, start):
                    return True
            if scope in ("after", "around") and c_end > end and c_start >= start:
                gap = max(0, c_start - end)
                if gap <= window and not blocked(end, c_start):
                    return True
            return False

        def status_of(suppressors: Iterable[str], start: int, end: int) -> str:
            for sup in _SUPPRESSORS:
                if sup in suppressors:
                    for cue in cue_spans.get(sup, ()):
                        if in_scope(cue, start, end):
                            return sup
            return "active"

        # A category match inside a longer category match is absorbed ("attempted murder" is not murder).
        cat_spans = [(s, e) for r, s, e in matches if rules[r].kind == "category"]
        hits: list[_Hit] = []
        cues: set[str] = set()
        for r, start, end in sorted(matches, key=lambda m: (m[1], m[2], m[0])):
            info = rules[r]
            if info.kind == "context":
                if info.target in _SUPPRESSORS:
                    continue
                if status_of(("negation", "hypothetical"), start, end) == "active":
                    cues.add(info.target)
                continue
            text = doc[start:end].text[:_MAX_SNIPPET]
            if info.kind == "category" and any(
                s <= start and end <= e and (e - s) > (end - start) for s, e in cat_spans
            ):
                hits.append(_Hit(r, start, end, text, "absorbed"))
                continue
            hits.append(_Hit(r, start, end, text, status_of(info.suppressed_by, start, end)))
        return _Sentence(tuple(hits), frozenset(cues))

    # --- records ------------------------------------------------------------------------------

    def title(self, text: str) -> tuple[str, str] | None:
        """Return (category, crosswalk) when the whole text is a known offence or category title."""
        return self._titles.get(normalise_label(text))

    def classify_text(self, text: str, candidates: tuple[str, ...] = ()) -> NoteResult:
        """Classify one note: category, flags, confidence and evidence.

        Args:
            text: The free text (any length; empty gives other_crime with zero confidence).
            candidates: When non-empty, the category must be one of these (a broad source label).
        """
        if not candidates:
            titled = self.title(text) if len(text) < 200 else None
            if titled is not None:
                category, xwalk = titled
                ev = Evidence(f"crosswalk.{xwalk}", "category", category, text.strip()[:_MAX_SNIPPET])
                flags_result = self._combine(self.split(text), ())
                return NoteResult(
                    category=category,
                    confidence=0.97,
                    flags=flags_result.flags,
                    evidence=(ev, *flags_result.evidence),
                    matched_title=True,
                    rule_ids=(ev.rule_id, *flags_result.rule_ids),
                )
        return self._combine(self.split(text), candidates)

    def _combine(self, sentences: list[str], candidates: tuple[str, ...]) -> NoteResult:
        rules = self._rules
        hits: list[_Hit] = []
        cues: set[str] = set()
        for i, sentence in enumerate(sentences):
            res = self.analyse_sentence(sentence)
            cues.update(res.cues)
            if i:
                hits.extend(_Hit(h.rule, h.start, h.end, h.text, h.status, i) for h in res.hits)
            else:
                hits.extend(res.hits)
        # Pass 1: categories from rules that need nothing from other categories.
        base: set[str] = set()
        for h in hits:
            info = rules[h.rule]
            if h.status == "active" and info.kind == "category" and not info.excluded_by:
                if all(req in cues for req in info.requires):
                    base.add(info.target)
        conditions = set(cues) | base
        if base - {"anti_social_behaviour"}:
            conditions.add("offence")
        # Pass 2: every rule, with requirements and exclusions.
        statuses: list[str] = []
        for h in hits:
            info = rules[h.rule]
            status = h.status
            if status == "active":
                if not all(req in conditions for req in info.requires):
                    status = "unmet"
                elif any(ex in conditions for ex in info.excluded_by):
                    status = "excluded"
            statuses.append(status)
        no_crime = "no_crime" in cues
        strong: dict[str, int] = {}
        weak: dict[str, int] = {}
        flags: set[str] = set()
        vetoed: set[str] = set()
        vehicle_sentences = {
            h.sentence for h, st in zip(hits, statuses, strict=True)
            if st == "active" and rules[h.rule].target == "vehicle_offences"
        }  # fmt: skip
        for idx, (h, status) in enumerate(zip(hits, statuses, strict=True)):
            info = rules[h.rule]
            if info.kind == "flag":
                if status == "active":
                    flags.add(info.target)
                elif status == "negation" and info.veto:
                    vetoed.add(info.target)
                continue
            if status != "active":
                continue
            if (
                info.target == "criminal_damage_arson"
                and info.id.startswith("criminal_damage_arson.damage")
                and h.sentence in vehicle_sentences
            ):
                statuses[idx] = "absorbed"  # breaking into a car to steal from it is a vehicle offence
                continue
            if not info.strong and no_crime and info.target != "anti_social_behaviour":
                statuses[idx] = "no_crime"
                continue
            bucket = strong if info.strong else weak
            bucket[info.target] = bucket.get(info.target, 0) + 1
        flags -= vetoed
        category, confidence = self._decide(strong, weak, no_crime, candidates)
        disclosed = sorted(set(strong) | set(weak), key=_RANK.__getitem__)
        others = tuple(c for c in disclosed if c != category)
        evidence: list[Evidence] = []
        order = sorted(
            range(len(hits)),
            key=lambda i: (
                statuses[i] != "active",
                rules[hits[i].rule].target != category,
                rules[hits[i].rule].kind != "category",
                i,
            ),
        )
        rule_ids: list[str] = []
        for i in order:
            info = rules[hits[i].rule]
            evidence.append(Evidence(info.id, info.kind, info.target, hits[i].text, statuses[i]))
            if statuses[i] == "active" and info.id not in rule_ids:
                rule_ids.append(info.id)
        return NoteResult(
            category=category,
            confidence=confidence,
            flags=frozenset(flags),
            evidence=tuple(evidence),
            other_categories=others,
            rule_ids=tuple(rule_ids),
        )

    @staticmethod
    def _decide(
        strong: dict[str, int], weak: dict[str, int], no_crime: bool, candidates: tuple[str, ...]
    ) -> tuple[str, float]:
        if candidates:
            strong = {c: n for c, n in strong.items() if c in candidates}
            weak = {c: n for c, n in weak.items() if c in candidates}
        if strong:
            category = min(strong, key=_RANK.__getitem__)
            confidence = 0.9 if strong[category] == 1 else 0.95
            rivals = sum(1 for c in strong if c != category and _RANK[c] < _RANK["other_crime"])
            confidence -= 0.02 * min(rivals, 5)
            return category, round(confidence, 3)
        if weak:
            category = min(weak, key=_RANK.__getitem__)
            if category == "other_crime":
                return category, 0.4
            return category, 0.6 if weak[category] == 1 else 0.65
        if candidates:
            return candidates[0], 0.45
        if no_crime:
            return "anti_social_behaviour", 0.55
        return "other_crime", 0.2
