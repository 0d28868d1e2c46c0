"""Read a YAML file into a validated pydantic model, with one clear error listing every problem."""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from reconcile.errors import ConfigError

M = TypeVar("M", bound=BaseModel)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> str:
    """Text of a small config file in the encodings editors and shells write.

    A byte-order mark decides (Windows PowerShell 5.1 redirects ``>`` as UTF-16); without one,
    UTF-8, else cp1252 (a file saved as "ANSI" with a pound sign or an accent in a header).

    Raises:
        UnicodeDecodeError: Neither reads it.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def read_yaml(path: str | Path, what: str) -> Any:
    """Parse a YAML file; ``what`` names it in the error ("the profile", "the areas file")."""
    p = Path(path)
    try:
        return yaml.safe_load(decode_text(p.read_bytes()))
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{p}: cannot read {what}: it is not text in UTF-8, UTF-16 or cp1252; save it as UTF-8"
        ) from exc
    except yaml.YAMLError as exc:
        # "FILE:LINE:COLUMN: problem", not PyYAML's several lines about "<unicode string>"
        mark = getattr(exc, "problem_mark", None)
        where = f"{p}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(p)
        problem = getattr(exc, "problem", None) or type(exc).__name__
        context = getattr(exc, "context", None)
        reason = f"{problem} ({context})" if context else str(problem)
        raise ConfigError(f"{where}: cannot read {what}: {reason}; it is not valid YAML") from exc
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read {what} ({exc})") from exc


def validate_model(model: type[M], data: Any, where: str) -> M:
    """Validate ``data`` as ``model``; every problem is listed with its location.

    Raises:
        ConfigError: One message naming ``where`` and each problem.
    """
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping of keys to values")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in err['loc']) or model.__name__}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"{where}: {problems}") from exc
