"""reconcile: make victim-services referral data trustworthy."""

from reconcile._version import __version__
from reconcile.errors import ReconcileError

__all__ = ["ReconcileError", "__version__"]
