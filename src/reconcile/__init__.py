"""reconcile: make victim-services referral data trustworthy.

Validate VAL and Victim Support exports, remap "other crime" to the Home Office categories with
crime flags and evidence, link the two systems, and report on the quarter.

Example:
    >>> import reconcile
    >>> result = reconcile.validate("val_export.csv")  # doctest: +SKIP
    >>> result.failures.head()  # doctest: +SKIP
"""

from reconcile._version import __version__
from reconcile.config import Settings
from reconcile.errors import ReconcileError
from reconcile.validate import ValidationResult, validate

__all__ = ["ReconcileError", "Settings", "ValidationResult", "__version__", "validate"]
