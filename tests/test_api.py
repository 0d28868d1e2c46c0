"""The public API is small and deliberate; the CLI answers --help for every command."""

from __future__ import annotations

import inspect

import pytest

import reconcile
from reconcile.cli import main

from .conftest import invoke


def test_exported_members() -> None:
    # Submodules are reachable as attributes too; the API is what is not a module.
    public = sorted(
        name for name in dir(reconcile) if not name.startswith("_") and not inspect.ismodule(getattr(reconcile, name))
    )
    assert sorted(n for n in reconcile.__all__ if n != "__version__") == public
    assert reconcile.__version__


def _commands(group: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = []
    for name, command in getattr(group, "commands", {}).items():
        out.append((*prefix, name))
        out.extend(_commands(command, (*prefix, name)))
    return out


@pytest.mark.parametrize("command", _commands(main), ids=lambda c: " ".join(c))
def test_every_command_has_help(command: tuple[str, ...]) -> None:
    result = invoke([*command, "--help"])
    assert "Usage:" in result.output and len(result.output.splitlines()) > 3


def test_version() -> None:
    assert reconcile.__version__ in invoke(["--version"]).output
