"""Read a YAML file into a validated pydantic model, with one clear error listing every problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from reconcile.errors import ConfigError

M = TypeVar("M", bound=BaseModel)


def read_yaml(path: str | Path, what: str) -> Any:
    """Parse a YAML file; ``what`` names it in the error ("the profile", "the areas file")."""
    p = Path(path)
    try:
        return yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
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
