"""Map the many spellings of an area ("T&W", "telford", "Telford and Wrekin") to one configured name.

The configured list (``rules/areas/*.yaml``) gives each area its canonical name and aliases.
A value maps when, after folding case, punctuation and "&"/"and", it equals a name or alias;
failing that, rapidfuzz compares it with every name and alias and accepts a close enough one.
Anything else is not an area of this force: an error for validation to report.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, model_validator
from rapidfuzz import fuzz, process

from reconcile._yaml import read_yaml, validate_model
from reconcile.normalise import PLACEHOLDERS, normalise_text_key

__all__ = ["Area", "AreaList", "load_areas"]


class Area(BaseModel):
    """One configured area."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    aliases: list[str] = []


def _key(value: str) -> str:
    return normalise_text_key(re.sub(r"\s*&\s*", " and ", value))


class AreaList(BaseModel):
    """The areas a force reports on, with a matcher for what exports write.

    Example:
        >>> areas = AreaList(name="demo", areas=[Area(name="Telford & Wrekin", aliases=["T&W"])])
        >>> areas.match("telford and wrekin"), areas.match("T & W"), areas.match("Telfrd & Wrekin")
        (('Telford & Wrekin', 'variant'), ('Telford & Wrekin', 'variant'), ('Telford & Wrekin', 'variant'))
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    areas: list[Area] = Field(min_length=1)
    fuzzy_threshold: float = 85.0

    @model_validator(mode="after")
    def _check_names(self) -> AreaList:
        # every name and alias must point at one area, or a record's area would depend on order
        owner: dict[str, str] = {}
        names: set[str] = set()
        for area in self.areas:
            if not _key(area.name):
                raise ValueError("an area has a blank name")
            if _key(area.name) in names:
                raise ValueError(f"area '{area.name}' is listed twice")
            names.add(_key(area.name))
            for label in (area.name, *area.aliases):
                key = _key(label)
                if not key:
                    raise ValueError(f"area '{area.name}' has a blank alias")
                if owner.get(key, area.name) != area.name:
                    raise ValueError(f"'{label}' names two areas: '{owner[key]}' and '{area.name}'")
                owner[key] = area.name
        return self

    @cached_property
    def _lookup(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for area in self.areas:
            for label in (area.name, *area.aliases):
                table.setdefault(_key(label), area.name)
        return table

    @property
    def names(self) -> list[str]:
        """The canonical area names, in configured order."""
        return [a.name for a in self.areas]

    def match(self, value: str) -> tuple[str, str]:
        """Map one raw value to ``(canonical name, status)``.

        Status is ``ok`` for the canonical name as configured, ``variant`` for an alias, other
        spelling or close misspelling, ``missing``/``placeholder`` for no value, and ``invalid``
        for a value that is not one of the configured areas (the name is then "").
        """
        stripped = value.strip()
        if not stripped:
            return "", "missing"
        if re.sub(r"\s+", " ", stripped.lower()) in PLACEHOLDERS:
            return "", "placeholder"
        if stripped in self.names:
            return stripped, "ok"
        key = _key(stripped)
        if key in self._lookup:
            return self._lookup[key], "variant"
        if len(key) >= 4:
            best = process.extractOne(key, list(self._lookup), scorer=fuzz.token_sort_ratio)
            if best is not None and best[1] >= self.fuzzy_threshold:
                return self._lookup[best[0]], "variant"
            # "Telford & Wrekin Police" or "Worcester city": a configured label inside the value.
            # Only when the value names exactly one area ("Hereford & Worcester" names two).
            hits = process.extract(key, list(self._lookup), scorer=fuzz.token_set_ratio, score_cutoff=100)
            found = {self._lookup[label] for label, _, _ in hits if len(label) >= 5}
            if len(found) == 1:
                return found.pop(), "variant"
        return "", "invalid"

    def is_listed(self, value: str) -> bool:
        """True when a value is a configured name or alias once case, spacing and "&" are folded."""
        return _key(value) in self._lookup

    def match_series(self, raw: pd.Series) -> tuple[pd.Series, pd.Series]:
        """Map a Series of raw values; each distinct value is matched once."""
        text = raw.astype("string").fillna("")
        verdicts = {v: self.match(str(v)) for v in pd.unique(text)}
        names = text.map(lambda v: verdicts[v][0]).astype(object)
        status = text.map(lambda v: verdicts[v][1]).astype(object)
        return names, status


def load_areas(path: str | Path, fuzzy_threshold: float = 85.0) -> AreaList:
    """Load a configured area list from YAML.

    Raises:
        ConfigError: The file is missing or malformed.
    """
    data = read_yaml(path, "the areas file")
    if isinstance(data, dict):
        data = {**data, "fuzzy_threshold": fuzzy_threshold}
    return validate_model(AreaList, data, str(path))
