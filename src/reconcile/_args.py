"""Checks of the public functions' arguments, shared so every entry point words them alike.

Python callers pass what they like; a wrong type must read as a :class:`ConfigError` naming the
argument, not as a ``TypeError`` from deep inside pathlib or pandas. Messages name the argument
and the type given, never the value (it may be a cell or a note).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, cast

from reconcile.errors import ConfigError

__all__ = ["FEEDS", "check_callable", "check_feed", "check_path", "check_profile"]

#: The ``feed`` values :func:`reconcile.validate` accepts.
FEEDS: tuple[str, ...] = ("auto", "val", "vs")

Feed = Literal["val", "vs", "auto"]


def _type_name(value: object) -> str:
    return "None" if value is None else type(value).__name__


def check_path(value: object, name: str, *, allowed: tuple[type, ...] = (), what: str = "a path (str or Path)") -> None:
    """Raise ``[R205]`` unless ``value`` is a str/Path or one of ``allowed``.

    Raises:
        ConfigError: ``value`` is of another type (``None`` included).
    """
    if isinstance(value, (str, Path, *allowed)):
        return
    raise ConfigError(f"{name} must be {what}, not {_type_name(value)}", "R205")


def check_profile(value: object, name: str = "profile") -> None:
    """Raise ``[R205]`` unless ``value`` is None, a Profile or a YAML path."""
    from reconcile.profiles import Profile

    if value is not None:
        check_path(value, name, allowed=(Profile,), what="a Profile, a YAML path (str or Path) or None")


def check_callable(value: object, name: str) -> None:
    """Raise ``[R205]`` unless ``value`` is None or callable (a progress callback)."""
    if value is not None and not callable(value):
        raise ConfigError(f"{name} must be a function or None, not {_type_name(value)}", "R205")


def check_feed(feed: object) -> Feed:
    """Return ``feed`` in lower case when it is one of :data:`FEEDS`.

    Raises:
        ConfigError: ``[R206]`` naming the allowed values.
    """
    key = feed.strip().lower() if isinstance(feed, str) else None
    if key not in FEEDS:
        shown = f"{feed!r}" if isinstance(feed, str) and len(feed) <= 20 else f"a {_type_name(feed)}"
        raise ConfigError(f"feed {shown} is not known; use one of {', '.join(FEEDS)}", "R206")
    return cast(Feed, key)
