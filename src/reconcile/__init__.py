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

from reconcile._version import __version__
from reconcile.classify import classify
from reconcile.config import Settings
from reconcile.errors import ReconcileError
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
