"""Settings: one validated, frozen object with every tunable default in one place.

Load it from a YAML/JSON file or a dict with :meth:`Settings.from_path_or_dict`; unknown keys are
errors, so a typo never silently falls back to a default.

Environment overrides: ``RECONCILE_AREAS`` (path to an areas YAML) and ``RECONCILE_AS_OF``
(the date used as "today" for future-date checks, for reproducible audits; ISO ``2023-07-05``
or UK day-first ``05/07/2023``).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from reconcile._yaml import read_yaml, validate_model
from reconcile.errors import ConfigError
from reconcile.resources import rules_dir

__all__ = ["Settings"]


def _default_areas() -> Path:
    env = os.environ.get("RECONCILE_AREAS")
    return Path(env) if env else rules_dir() / "areas" / "west_mercia.yaml"


_AS_OF_FORMATS = "YYYY-MM-DD (2023-07-05) or UK day-first DD/MM/YYYY (05/07/2023)"


def parse_as_of(text: str, where: str) -> dt.date:
    """Read the "today" date for future-date checks: ISO, or day-first as UK exports write dates.

    Args:
        text: The value as given.
        where: What gave it, for the error ("RECONCILE_AS_OF", "settings").

    Raises:
        ConfigError: The value is not a date in either form.

    Example:
        >>> parse_as_of("05/07/2023", "RECONCILE_AS_OF"), parse_as_of("2023-07-05", "RECONCILE_AS_OF")
        (datetime.date(2023, 7, 5), datetime.date(2023, 7, 5))
    """
    value = text.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    # Bare numbers would parse as Excel serials or YYYYMMDD: too easy to mistype, so not accepted.
    if value and not value.isdigit():
        import pandas as pd  # only this fallback needs pandas; config itself stays light to import

        from reconcile.normalise import parse_dates

        dates, status = parse_dates(pd.Series([value]))
        if status.iloc[0] == "ok":
            return dt.date.fromisoformat(str(dates.iloc[0].date()))
    raise ConfigError(f"{where} {text!r} is not a date; write it as {_AS_OF_FORMATS}", "R204")


def _default_as_of() -> dt.date:
    env = os.environ.get("RECONCILE_AS_OF")
    return parse_as_of(env, "RECONCILE_AS_OF") if env and env.strip() else dt.date.today()


class Settings(BaseModel):
    """Every default reconcile uses, validated.

    Constructing it directly (``Settings(chunk_rows=...)``) raises pydantic's
    ``ValidationError`` (a ``ValueError``) for an unknown key or a bad value, as any pydantic
    model does. Use :meth:`Settings.from_path_or_dict` to get a :class:`ConfigError` instead,
    which lists every problem; the public functions accept such a dict as ``settings=`` too.

    Example:
        >>> Settings().area_fuzzy_threshold
        85.0
        >>> Settings.from_path_or_dict({"chunk_rows": 50000}).chunk_rows
        50000
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: YAML file listing the configured areas and their aliases (in a settings file, a relative
    #: path is read from the settings file's folder).
    areas_file: Path = Field(default_factory=_default_areas)
    #: "Today" for future-date checks; set it to re-run an old audit with the same results.
    as_of: dt.date = Field(default_factory=_default_as_of)
    #: Rows per chunk when streaming large files: bounds memory, not results.
    chunk_rows: int = Field(50_000, ge=1_000)
    #: Minimum rapidfuzz score (0-100) for a misspelt area to map to a configured one.
    area_fuzzy_threshold: float = Field(85.0, ge=50, le=100)
    #: Minimum score (0-100) for an unseen header to map to a canonical field.
    header_fuzzy_threshold: float = Field(80.0, ge=50, le=100)
    #: Name similarity (0-100) above which two rows with the same crime reference are duplicates.
    duplicate_name_threshold: float = Field(85.0, ge=50, le=100)
    #: Oldest plausible age in years; an older date of birth is an error.
    max_age_years: int = Field(110, ge=50, le=130)
    #: Extra placeholder values (lower case) on top of the built-in list.
    extra_placeholders: frozenset[str] = frozenset()
    #: Source crime types that mean "not classified": their notes are required and classified.
    residual_crime_types: frozenset[str] = frozenset(
        {"other crime", "other", "misc", "miscellaneous", "unknown", "not known", "other offence", ""}
    )

    @field_validator("as_of", mode="before")
    @classmethod
    def _as_of_uk_or_iso(cls, value: Any) -> Any:
        # A settings file may write the date as UK users do, like RECONCILE_AS_OF.
        if isinstance(value, str):
            try:
                return parse_as_of(value, "as_of")
            except ConfigError as exc:
                raise ValueError(f"not a date; write it as {_AS_OF_FORMATS}") from exc
        return value

    @classmethod
    def from_path_or_dict(cls, source: Settings | str | Path | dict[str, Any] | None) -> Settings:
        """Build settings from a YAML/JSON file, a dict, or defaults when ``None`` (a Settings as is).

        Every public function's ``settings=`` argument goes through here.

        Raises:
            ConfigError: The file cannot be read, a key or value is not valid, or ``source`` is of
                another type (``[R205]``).
        """
        if isinstance(source, Settings):
            return source
        if source is None:
            return cls()
        if isinstance(source, dict):
            return validate_model(cls, source, "settings")
        if not isinstance(source, (str, Path)):
            kind = type(source).__name__
            raise ConfigError(f"settings must be a Settings, a dict, a YAML/JSON path or None, not {kind}", "R205")
        data = read_yaml(source, "the settings file") or {}
        if isinstance(data, dict) and isinstance(data.get("areas_file"), str):
            # a relative areas file sits beside the settings file, not wherever reconcile is run from
            areas = Path(data["areas_file"]).expanduser()
            if not areas.is_absolute():
                data = {**data, "areas_file": str(Path(source).parent / areas)}
        return validate_model(cls, data, str(source))
