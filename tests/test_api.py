"""The public API is small and deliberate; the CLI answers --help for every command."""

from __future__ import annotations

import inspect
import subprocess
import sys

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


def test_importing_the_cli_and_package_loads_no_heavy_library() -> None:
    # ``reconcile --help`` and ``import reconcile`` stay instant: pandas, pandera and spaCy load
    # with the command or API function that needs them
    code = (
        "import sys, reconcile, reconcile.cli; "
        "print(sorted(m for m in ('pandas', 'pandera', 'spacy', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_lazy_api_names_resolve_to_the_library_functions() -> None:
    from reconcile.classify import classify
    from reconcile.linkage import link

    assert reconcile.classify is classify and reconcile.link is link
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        reconcile.nope  # noqa: B018


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
