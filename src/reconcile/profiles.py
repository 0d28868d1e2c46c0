"""Feed profiles: which source column holds which canonical referral field, and which are required.

A profile is data (``rules/profiles/*.yaml``, or a file the user writes with
``reconcile profile init``). For an export no profile describes, :func:`infer_profile` maps its
headers to canonical fields from a list of synonyms, with rapidfuzz for the spellings nobody
listed ("Date Referral Rec'd" -> ``referral_date``), and a look at the values to break ties.
Every inferred column carries a confidence so the analyst can see what was guessed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator
from rapidfuzz import fuzz

from reconcile._yaml import read_yaml, validate_model
from reconcile.normalise import normalise_text_key, parse_dates, parse_phones, parse_postcodes
from reconcile.resources import rules_dir

__all__ = [
    "FIELDS",
    "ColumnMatch",
    "FieldSpec",
    "Profile",
    "builtin_profiles",
    "detect_profile",
    "infer_profile",
    "load_profile",
]

Kind = Literal["id", "reference", "date", "area", "category", "text", "bool", "name", "postcode", "phone", "other"]
Feed = Literal["val", "vs"]


@dataclass(frozen=True)
class FieldSpec:
    """A canonical referral field: its kind (how it is parsed and checked) and header synonyms."""

    name: str
    kind: Kind
    label: str
    synonyms: tuple[str, ...]
    personal: bool = False


#: The canonical referral model. Order matters only for display.
FIELDS: dict[str, FieldSpec] = {
    f.name: f
    for f in (
        FieldSpec("referral_id", "id", "referral id", (
            "referral id", "referral ref", "referral reference", "referral number", "referral no", "case id",
            "case ref", "case reference", "case number", "case no", "record id", "unique id", "id", "val id",
            "val reference", "vs case id", "vs reference", "client id", "job id", "ticket id", "reference number",
            "reference", "ref number", "our reference", "case reference number")),
        FieldSpec("crime_reference", "reference", "police crime reference", (
            "crime reference", "crime ref", "crime reference number", "crime ref number", "crime number",
            "crime no", "police reference", "police ref", "police crime reference", "police crime number",
            "crn", "urn", "occurrence number", "occurrence ref", "niche reference", "athena reference",
            "incident number", "log number", "police crime ref")),
        FieldSpec("referral_date", "date", "referral date", (
            "referral date", "date referred", "date of referral", "date referral received", "referral received",
            "referral received date", "date received", "received date", "received", "referred on",
            "date referral made", "referral made", "date of referral received", "created date", "date created",
            "date opened", "opened")),
        FieldSpec("allocation_date", "date", "allocation date", (
            "allocation date", "date allocated", "allocated date", "allocated on", "date of allocation",
            "date assigned", "assigned date", "assigned on", "allocated", "date allocated to worker")),
        FieldSpec("first_contact_date", "date", "first contact date", (
            "first contact date", "date of first contact", "first contact", "first contacted", "contact date",
            "date contacted", "initial contact date", "date of initial contact", "first contact made",
            "contacted on")),
        FieldSpec("incident_date", "date", "incident date", (
            "incident date", "date of incident", "offence date", "date of offence", "crime date",
            "date of crime", "occurred date", "date occurred")),
        FieldSpec("area", "area", "area", (
            "area", "policing area", "local policing area", "lpa", "district", "locality", "local authority",
            "division", "sector", "policing district", "area name", "victim area", "geographic area",
            "local area", "county area")),
        FieldSpec("referral_source", "category", "referral source", (
            "referrer", "referral source", "source of referral", "referred by", "source", "referring agency",
            "referral route", "referrer type", "referring organisation", "referral from", "referral channel")),
        FieldSpec("crime_type", "category", "crime type", (
            "crime type", "offence type", "offence", "crime category", "crime", "type of crime",
            "offence category", "moj crime type", "home office crime type", "crime classification",
            "incident type", "offence group", "crime group", "offence description", "crime description")),
        FieldSpec("notes", "text", "notes", (
            "notes", "case notes", "details", "summary", "incident summary", "circumstances", "description",
            "comments", "referral notes", "narrative", "brief details", "free text", "incident details",
            "referral details", "additional information", "additional info", "case summary", "notes text"),
            personal=True),
        FieldSpec("da_flag", "bool", "domestic abuse flag", (
            "da flag", "domestic abuse", "domestic abuse flag", "domestic", "da", "domestic violence", "dv",
            "is domestic", "da marker", "domestic flag", "domestic abuse marker", "da related",
            "domestic related", "dv flag", "dom abuse", "dom violence", "domestic abuse y n", "da y n")),
        FieldSpec("forename", "name", "victim forename", (
            "forename", "first name", "given name", "firstname", "victim forename", "victim first name",
            "christian name", "forenames", "client forename", "client first name", "first names"),
            personal=True),
        FieldSpec("surname", "name", "victim surname", (
            "surname", "last name", "family name", "lastname", "victim surname", "victim last name",
            "client surname", "client last name"), personal=True),
        FieldSpec("full_name", "name", "victim name", (
            "name", "victim name", "full name", "client name", "service user name", "victim full name",
            "person name"), personal=True),
        FieldSpec("dob", "date", "date of birth", (
            "dob", "date of birth", "birth date", "victim dob", "birthdate", "victim date of birth",
            "client dob", "born"), personal=True),
        FieldSpec("postcode", "postcode", "postcode", (
            "postcode", "post code", "postal code", "victim postcode", "home postcode", "pcode",
            "client postcode", "address postcode", "post code of victim"), personal=True),
        FieldSpec("phone", "phone", "contact number", (
            "phone", "contact number", "telephone", "telephone number", "tel", "tel no", "phone number",
            "mobile", "mobile number", "contact telephone", "contact phone", "victim phone", "contact no",
            "phone no", "victim contact number", "telephone no"), personal=True),
        FieldSpec("consent", "bool", "consent", (
            "consent", "consent given", "consent to share", "victim consent", "consented", "consent obtained",
            "consent for referral", "consent to refer", "consent to contact", "agreed to referral",
            "consent y n")),
        FieldSpec("outcome", "category", "outcome", (
            "outcome", "referral outcome", "result", "case outcome", "disposal", "val outcome",
            "call outcome", "action taken", "outcome of call")),
        FieldSpec("referred_to", "category", "referred to", (
            "referred to", "onward referral", "referred on to", "signposted to", "referral destination",
            "onward agency", "passed to", "referred to agency", "onward referral to", "agency referred to")),
        FieldSpec("engagement", "category", "engagement", (
            "engagement", "engaged", "engagement status", "client engaged", "engagement outcome",
            "support accepted", "accepted support", "engagement with service", "case status", "status")),
        # Columns exports often carry that reconcile knows but does not check; mapping them keeps
        # them from being mistaken for a field that is checked ("Victim Gender" is no name).
        FieldSpec("gender", "other", "gender", ("gender", "sex", "victim gender", "victim sex")),
        FieldSpec("age", "other", "age", ("age", "victim age", "age at referral", "age band")),
        FieldSpec("ethnicity", "other", "ethnicity", ("ethnicity", "ethnic origin", "ethnic group")),
        FieldSpec("officer", "other", "officer", ("officer", "oic", "officer in case", "call handler",
                                                   "worker", "caseworker", "case worker", "staff member")),
        FieldSpec("address", "other", "address", ("address", "address line 1", "street", "town", "home address"),
                  personal=True),
        FieldSpec("email", "other", "email", ("email", "email address", "e mail"), personal=True),
    )
}  # fmt: skip

#: Abbreviations in headers, expanded before matching.
_HEADER_ABBREVIATIONS = {
    "rec d": "received", "recd": "received", "rcvd": "received", "ref": "reference", "no": "number",
    "num": "number", "nbr": "number", "tel": "telephone", "d o b": "dob", "dt": "date", "pc": "postcode",
    "vic": "victim", "orig": "original", "info": "information", "alloc": "allocation", "cat": "category",
}  # fmt: skip


def _header_key(header: str) -> str:
    key = normalise_text_key(header.replace("'", "").replace("&", " and "))
    words = f" {key} "
    for short, full in _HEADER_ABBREVIATIONS.items():
        words = words.replace(f" {short} ", f" {full} ")
    return words.strip()


_SYNONYM_KEYS: dict[str, list[tuple[str, str]]] = {}


def _synonyms() -> dict[str, list[tuple[str, str]]]:
    if not _SYNONYM_KEYS:
        for spec in FIELDS.values():
            _SYNONYM_KEYS[spec.name] = [(_header_key(s), s) for s in (spec.name.replace("_", " "), *spec.synonyms)]
    return _SYNONYM_KEYS


class Profile(BaseModel):
    """How to read one feed: the column for each canonical field and the fields it requires.

    Example:
        >>> p = Profile(name="mine", feed="val", columns={"referral_id": "Ref"}, required=["referral_id"])
        >>> p.source_for("referral_id")
        'Ref'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: A name for messages and reports.
    name: str
    #: ``val`` (advice line) or ``vs`` (Victim Support); decides the default required fields.
    feed: Feed
    #: Canonical field -> the header of the source column that holds it.
    columns: dict[str, str]
    #: Fields whose absence is an error. ``notes`` is also required when the crime type is residual,
    #: and ``referred_to`` when the outcome is a referral on (see ``conditional``).
    required: list[str] = Field(default_factory=list)
    #: Conditional requirements: field -> when. ``residual_crime_type`` or ``referred_on``.
    conditional: dict[str, Literal["residual_crime_type", "referred_on"]] = Field(default_factory=dict)
    #: Confidence (0-100) per mapped field when the profile was inferred; empty when written by hand.
    confidence: dict[str, float] = Field(default_factory=dict)
    #: Words that mark an outcome as a referral on to another service.
    referral_on_words: list[str] = Field(default_factory=lambda: ["refer", "passed to", "transfer"])
    #: Words that cancel a referral-on word ("referral declined", "not referred").
    referral_not_words: list[str] = Field(
        default_factory=lambda: ["declin", "not ", "no ", "refus", "unable", "without", "withdr", "signpost"]
    )

    @model_validator(mode="after")
    def _known_fields(self) -> Profile:
        unknown = [f for f in [*self.columns, *self.required, *self.conditional] if f not in FIELDS]
        if unknown:
            raise ValueError(f"unknown canonical field(s) {unknown}; known fields: {', '.join(FIELDS)}")
        # one column read as two fields is a copy-paste slip (a date read as referral and allocation)
        by_header: dict[str, list[str]] = {}
        for name, header in self.columns.items():
            by_header.setdefault(header, []).append(name)
        shared = {h: names for h, names in by_header.items() if len(names) > 1}
        if shared:
            header, names = next(iter(shared.items()))
            raise ValueError(f"column '{header}' is mapped to {len(names)} fields ({', '.join(names)}); map each once")
        return self

    def source_for(self, field: str) -> str | None:
        """Return the source header mapped to a canonical field, or None."""
        return self.columns.get(field)

    def to_yaml(self) -> str:
        """Serialise the profile as commented YAML for the user to edit."""
        lines = [
            f"# reconcile feed profile '{self.name}'. Edit the column names on the right, then pass",
            "# this file with --profile. Fields: " + ", ".join(FIELDS),
            f"name: {_yaml_scalar(self.name)}",
            f"feed: {self.feed}",
            "columns:",
        ]
        for field, header in self.columns.items():
            note = f"  # confidence {self.confidence[field]:.0f}" if field in self.confidence else ""
            lines.append(f"  {field}: {_yaml_scalar(header)}{note}")
        lines.append("required: [" + ", ".join(self.required) + "]")
        if self.conditional:
            lines.append("conditional:")
            lines.extend(f"  {field}: {when}" for field, when in self.conditional.items())
        return "\n".join(lines) + "\n"


def _yaml_scalar(value: str) -> str:
    """``value`` as one line of YAML (a header may hold a line break: then it is double-quoted)."""
    plain = yaml.safe_dump(value, width=1 << 30).strip().removesuffix("...").strip()
    return plain if "\n" not in plain else json.dumps(value, ensure_ascii=False)


#: What a VAL feed must carry (issue #2); VS feeds carry less that VAL owns.
DEFAULT_REQUIRED: dict[Feed, list[str]] = {
    "val": [
        "referral_id", "crime_reference", "referral_date", "allocation_date", "area", "referral_source",
        "crime_type", "forename", "surname", "dob", "postcode", "phone", "consent", "outcome",
    ],
    "vs": ["referral_id", "referral_date", "area", "crime_type", "forename", "surname", "dob"],
}  # fmt: skip
DEFAULT_CONDITIONAL: dict[Feed, dict[str, Literal["residual_crime_type", "referred_on"]]] = {
    "val": {"notes": "residual_crime_type", "referred_to": "referred_on"},
    "vs": {},
}


def load_profile(path: str | Path) -> Profile:
    """Load a profile from YAML.

    Raises:
        ConfigError: The file is missing or not a valid profile (every problem is listed).
    """
    return validate_model(Profile, read_yaml(path, "the profile"), f"{path}: not a valid profile")


def builtin_profiles() -> dict[str, Profile]:
    """Return the bundled profiles (``val``, ``vs``) keyed by name."""
    folder = rules_dir() / "profiles"
    return {p.stem: load_profile(p) for p in sorted(folder.glob("*.yaml"))}


@dataclass(frozen=True)
class ColumnMatch:
    """How one source header was mapped."""

    header: str
    field: str | None
    confidence: float
    synonym: str | None


def _score_header(header: str) -> list[tuple[float, str, str]]:
    key = _header_key(header)
    scored: list[tuple[float, str, str]] = []
    for field, keys in _synonyms().items():
        best = (0.0, "")
        for syn_key, synonym in keys:
            if key == syn_key:
                score = 100.0
            else:
                score = max(fuzz.ratio(key, syn_key), 0.95 * fuzz.token_sort_ratio(key, syn_key))
                # A header that contains a whole multi-word synonym ("Victim DOB (dd/mm/yyyy)").
                if len(syn_key) >= 5 and f" {syn_key} " in f" {key} ":
                    extra = max(0, len(key.split()) - len(syn_key.split()))
                    per_word = 2 if " " in syn_key else 5
                    score = max(score, 90.0 - per_word * extra)
            if score > best[0]:
                best = (score, synonym)
        scored.append((best[0], field, best[1]))
    scored.sort(reverse=True)
    return scored


def _content_fit(kind: Kind, values: pd.Series, field: str) -> float:
    """Score adjustment from the column's values: dates should parse, postcodes look like postcodes."""
    sample = values[values.str.strip() != ""].head(200)
    if sample.empty:
        return 0.0
    if kind == "date":
        dates, status = parse_dates(sample)
        share = status.isin(["ok", "variant", "placeholder"]).mean()
        if share < 0.5:
            return -40.0
        years = dates.dropna().dt.year
        if field == "dob" and not years.empty and years.median() > pd.Timestamp.now().year - 5:
            return -30.0
        if field != "dob" and not years.empty and years.median() < 1990:
            return -30.0
        return 0.0
    if kind == "postcode":
        return 0.0 if parse_postcodes(sample)[1].isin(["ok", "variant"]).mean() >= 0.5 else -40.0
    if kind == "phone":
        return 0.0 if parse_phones(sample)[1].isin(["ok", "variant"]).mean() >= 0.5 else -40.0
    if kind == "text":
        return 0.0 if sample.str.len().mean() >= 15 else -20.0
    return 0.0


def infer_profile(
    columns: list[str],
    sample: pd.DataFrame | None = None,
    *,
    feed: Feed | None = None,
    threshold: float = 80.0,
    name: str = "inferred",
) -> tuple[Profile, list[ColumnMatch]]:
    """Map unseen headers to canonical fields.

    Each header is scored against every field's synonyms (exact after folding case,
    punctuation and common abbreviations, else rapidfuzz similarity); values in ``sample``
    adjust the score (a "Date" column of postcodes is no date). Fields are then assigned one to
    one, best score first; a header below ``threshold`` stays unmapped.

    Args:
        columns: The source headers.
        sample: Some rows of the export, used to check the values fit the field.
        feed: ``val`` or ``vs``; guessed from the mapped fields when None.
        threshold: Minimum confidence (0-100) to map a header.
        name: Name for the resulting profile.

    Returns:
        The inferred profile and one :class:`ColumnMatch` per source header.

    Example:
        >>> profile, _ = infer_profile(["Date Referral Rec'd", "Crime Ref No.", "Surname"])
        >>> profile.columns
        {'referral_date': "Date Referral Rec'd", 'crime_reference': 'Crime Ref No.', 'surname': 'Surname'}
    """
    candidates: list[tuple[float, str, str, str]] = []
    for header in columns:
        for score, field, synonym in _score_header(header)[:4]:
            if sample is not None and header in sample.columns and score >= threshold - 30:
                score = max(0.0, score + _content_fit(FIELDS[field].kind, sample[header].astype(str), field))
            candidates.append((score, header, field, synonym))
    candidates.sort(key=lambda c: (-c[0], columns.index(c[1])))
    taken_fields: dict[str, tuple[str, float, str]] = {}
    taken_headers: set[str] = set()
    for score, header, field, synonym in candidates:
        if score < threshold or header in taken_headers or field in taken_fields:
            continue
        taken_fields[field] = (header, score, synonym)
        taken_headers.add(header)
    matches = []
    for header in columns:
        hit = next(((f, s, syn) for f, (h, s, syn) in taken_fields.items() if h == header), None)
        matches.append(
            ColumnMatch(header, hit[0] if hit else None, round(hit[1], 1) if hit else 0.0, hit[2] if hit else None)
        )
    mapped = {f: h for f, (h, _, _) in taken_fields.items()}
    ordered = {f: mapped[f] for f in FIELDS if f in mapped}
    chosen: Feed = feed or guess_feed(ordered)
    required = [f for f in DEFAULT_REQUIRED[chosen]]
    profile = Profile(
        name=name,
        feed=chosen,
        columns=ordered,
        required=required,
        conditional=dict(DEFAULT_CONDITIONAL[chosen]),
        confidence={f: round(taken_fields[f][1], 1) for f in ordered},
    )
    return profile, matches


def guess_feed(mapped: dict[str, str]) -> Feed:
    """Guess whether mapped columns are an advice-line (VAL) or Victim Support (VS) export."""
    headers = " ".join(mapped.values()).lower()
    if re.search(r"\bvs\b|victim support", headers):
        return "vs"
    if "engagement" in mapped and "allocation_date" not in mapped:
        return "vs"
    return "val"


def detect_profile(
    columns: list[str], sample: pd.DataFrame | None = None, feed: str = "auto", threshold: float = 80.0
) -> tuple[Profile, list[ColumnMatch], bool]:
    """Pick the built-in profile whose headers the file has, else infer one.

    Args:
        columns: The source headers.
        sample: Some rows, for content checks when inferring.
        feed: ``val``, ``vs`` or ``auto``.
        threshold: Minimum header-mapping confidence.

    Returns:
        ``(profile, matches, inferred)``; ``inferred`` is False when a built-in profile fits.
    """
    present = set(columns)
    builtins = builtin_profiles()
    for profile in builtins.values():
        if feed not in ("auto", profile.feed):
            continue
        wanted = set(profile.columns.values())
        if wanted and len(wanted & present) >= 0.9 * len(wanted):
            matches = [
                ColumnMatch(h, next((f for f, s in profile.columns.items() if s == h), None), 100.0, None)
                for h in columns
            ]
            kept = {f: h for f, h in profile.columns.items() if h in present}
            return profile.model_copy(update={"columns": kept}), matches, False
    chosen: Feed | None = None if feed == "auto" else feed  # type: ignore[assignment]
    profile, matches = infer_profile(columns, sample, feed=chosen, threshold=threshold)
    return profile, matches, True
