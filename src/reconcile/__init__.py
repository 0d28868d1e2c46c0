"""reconcile: make victim-services referral data trustworthy.

Validate VAL and Victim Support exports, remap "other crime" to the Home Office categories with
crime flags and evidence, link the two systems, and report on the quarter.

Example:
    >>> import reconcile
    >>> result = reconcile.validate("val_export.csv")  # doctest: +SKIP
    >>> classified = reconcile.classify(result.source, text_column="Notes")  # doctest: +SKIP
    >>> links = reconcile.link("val_export.csv", "vs_export.csv")  # doctest: +SKIP
    >>> quarter = reconcile.run("val_export.csv", "vs_export.csv", out_dir="report")  # doctest: +SKIP
"""

import importlib as _importlib
import sys as _sys
import types as _types
import typing as _typing

from reconcile._version import __version__
from reconcile.errors import ReconcileError

if _typing.TYPE_CHECKING:
    from reconcile.classify import classify
    from reconcile.config import Settings
    from reconcile.linkage import LinkResult, link
    from reconcile.pipeline import RunResult, run
    from reconcile.validation import ValidationResult, validate

__all__ = [
    "LinkResult",
    "ReconcileError",
    "RunResult",
    "Settings",
    "ValidationResult",
    "__version__",
    "classify",
    "link",
    "run",
    "validate",
]

# The public API is imported on first use: pandas, pandera and spaCy take about a second to
# import, which ``reconcile --help`` and ``reconcile validate`` (no spaCy) should not pay.
_LAZY = {
    "classify": "reconcile.classify",
    "Settings": "reconcile.config",
    "LinkResult": "reconcile.linkage",
    "link": "reconcile.linkage",
    "RunResult": "reconcile.pipeline",
    "run": "reconcile.pipeline",
    "ValidationResult": "reconcile.validation",
    "validate": "reconcile.validation",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reconcile' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(_types.ModuleType):
    """The package module, keeping ``reconcile.classify`` the function.

    Loading the submodule ``reconcile.classify`` would otherwise bind the name to the submodule
    (the eager imports used to rebind it to the function).
    """

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, _types.ModuleType) and name in _LAZY and value.__name__ == f"{__name__}.{name}":
            return
        super().__setattr__(name, value)


_sys.modules[__name__].__class__ = _Package
