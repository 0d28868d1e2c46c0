"""Errors raised by reconcile.

Every error a user can cause derives from :class:`ReconcileError` and carries a stable code
(``[R1xx]``) that people can search for. The hierarchy is deliberately shallow::

    ReconcileError
    ├── InputError          a file cannot be read as a table (exit code 2)
    ├── ConfigError         a profile, settings file or option is wrong (exit code 2)
    │   └── RulePackError   a rule pack or crosswalk is malformed (lists every problem)
    └── LinkError           two exports cannot be linked as asked (exit code 2)

Messages name the file, and where it helps the row and column, then say what to do next.
They never repeat cell values that could be personal data.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = [
    "ConfigError",
    "InputError",
    "LinkError",
    "ReconcileError",
    "RulePackError",
    "printable",
    "refuse_overwriting_inputs",
    "writing_output",
]


class ReconcileError(Exception):
    """Base class for every error reconcile raises on purpose.

    Args:
        message: What happened and what to do next.
        code: A stable code such as ``R101``; shown as ``[R101]`` at the start of the message.
    """

    code = "R100"

    def __init__(self, message: str, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        self.detail = message  # the message without its code
        super().__init__(f"[{self.code}] {message}")


class InputError(ReconcileError):
    """A file is missing, empty, binary, corrupt or has no recognisable table."""

    code = "R101"

    def __init__(self, path: str | Path, reason: str, code: str | None = None) -> None:
        self.path = printable(str(path))
        self.reason = reason
        super().__init__(f"{self.path}: {reason}", code)


class ConfigError(ReconcileError):
    """A profile, settings file, rule pack or command-line option is not valid."""

    code = "R201"


class RulePackError(ConfigError):
    """A rule pack or crosswalk file is malformed.

    Args:
        path: The pack file.
        problems: Every problem found, each already naming its location (rule id, line).
    """

    code = "R202"

    def __init__(self, path: str | Path, problems: list[str]) -> None:
        self.path = str(path)
        self.problems = problems
        listed = "; ".join(problems[:20]) + (f"; and {len(problems) - 20} more" if len(problems) > 20 else "")
        super().__init__(f"{self.path}: {len(problems)} problem(s): {listed}")


class LinkError(ReconcileError):
    """Two exports cannot be linked as asked (for example neither has names, DOB or references)."""

    code = "R301"


@contextmanager
def writing_output(path: str | Path) -> Iterator[None]:
    """Raise an OSError met while writing ``path`` as a one-line :class:`InputError` ``[R105]``.

    Shared by everything that writes outputs, so an unwritable, full or missing location reads
    the same everywhere ("PATH: cannot be written (Permission denied); ...") rather than as a raw
    ``PermissionError``. It names the file the system refused (a folder being created, say), or
    ``path`` when the error names none.
    """
    try:
        yield
    except OSError as exc:
        target = exc.filename if isinstance(exc.filename, (str, Path)) else path
        # From errno, not strerror: pyarrow puts a long message naming the file in strerror.
        reason = os.strerror(exc.errno) if exc.errno else (str(exc).splitlines() or [type(exc).__name__])[0]
        raise InputError(
            target, f"cannot be written ({reason}); choose another output path or fix its permissions", "R105"
        ) from exc


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def refuse_overwriting_inputs(outputs: Iterable[str | Path | None], inputs: Iterable[object]) -> None:
    """Raise ``[R105]`` if an output path is an input or another output (a typo must not destroy a file).

    Inputs are the exports and the profile, settings and model files; anything that is not a
    path (a profile object, a dict of settings) is skipped.

    Checked before any work, for every path a command writes. Paths are compared resolved, and as
    the same file when both exist (a link or another spelling of the path).
    """
    sources = [Path(i) for i in inputs if isinstance(i, (str, Path))]  # (a profile object is not a file)
    chosen: list[Path] = []
    for out in outputs:
        if out is None:
            continue
        target = Path(out)
        for other in chosen:
            if target.resolve() == other.resolve():
                raise InputError(target, "is given for two outputs; give each output its own path", "R105")
        chosen.append(target)
        for source in sources:
            if target.resolve() == source.resolve() or _same_file(target, source):
                raise InputError(
                    target, f"would overwrite the input '{printable(str(source))}'; choose another output path", "R105"
                )


def printable(text: str) -> str:
    """``text`` as it can be written to a report: a file name or argument in a legacy encoding.

    Python reads bytes that are not UTF-8 in file names and command-line arguments as lone
    surrogates, which no UTF-8 writer accepts. They are read again as cp1252 (the legacy Windows
    encoding of UK exports: a name with an accent, a typed pound sign).
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("cp1252", errors="replace")
    return text
