"""The ``reconcile`` command line: a thin shell over the library.

Each command parses its options, calls one library function and turns errors into a one-line
message on stderr and an exit code: 0 clean, 1 data-quality findings, 2 usage, input or config error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from functools import wraps
from typing import Any, TypeVar

import click

from reconcile._version import __version__
from reconcile.errors import ReconcileError

EXIT_SUCCESS = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str) -> None:
    """Print a one-line error to stderr and exit with code 2."""
    click.echo(message.replace("\n", " "), err=True)
    sys.exit(EXIT_ERROR)


def handle_errors(func: F) -> F:
    """Turn reconcile's own errors into a one-line message and exit code 2, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ReconcileError as exc:
            fail(f"{type(exc).__name__}: {exc}")
        except (OSError, MemoryError) as exc:  # disk full, permission denied...
            fail(f"{type(exc).__name__}: {exc}")

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="reconcile")
def main() -> None:
    """Make victim-services referral exports trustworthy.

    Validate VAL and Victim Support exports, remap "other crime" to the Home Office
    categories with crime flags, link the two systems and report on the quarter.
    """


# --- ingest commands (sample, profile, validate) ---


@main.command("sample")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), required=True, help="Folder to write into.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed: same seed, same files.")
@click.option("--rows", type=click.IntRange(50, 2_000_000), default=1200, show_default=True,
              help="Rows in the VAL export.")
@handle_errors
def sample_cmd(out_dir: str, seed: int, rows: int) -> None:
    """Write synthetic VAL and Victim Support exports (and their truth) to OUT.

    Everything is invented by reconcile's own generator: no real people. The exports carry the
    mess real ones have (encodings, date formats, placeholders, duplicates, misspelt areas).
    """
    from reconcile.sample import generate_sample

    files = generate_sample(out_dir, seed=seed, val_rows=rows)
    for path in files.files:
        click.echo(str(path))


@main.group("profile")
def profile_group() -> None:
    """Feed profiles: which column holds which referral field."""


@profile_group.command("init")
@click.argument("export", type=click.Path(dir_okay=False))
@click.option("--feed", type=click.Choice(["val", "vs", "auto"]), default="auto", show_default=True,
              help="Feed type; decides which fields are required.")
@click.option("--sheet", default=None, help="Workbook sheet (default: the first).")
def profile_init_cmd(export: str, feed: str, sheet: str | None) -> None:
    """Infer a profile for EXPORT and print it as YAML (redirect it to a file, edit, pass with --profile).

    The mapping and its confidence are shown on stderr so that stdout stays valid YAML.
    """
    from reconcile.profiles import infer_profile
    from reconcile.readers import open_table

    try:
        source = open_table(export, sheet)
        sample = next(source.chunks(200))
        chosen = None if feed == "auto" else feed
        profile, matches = infer_profile(source.columns, sample, feed=chosen, name=Path(export).stem)  # type: ignore[arg-type]
    except ReconcileError as exc:
        fail(f"{type(exc).__name__}: {exc}")
        return
    for m in matches:
        target = f"{m.field} ({m.confidence:.0f}%)" if m.field else "(not mapped)"
        click.echo(f"  {m.header!r:40} -> {target}", err=True)
    click.echo(profile.to_yaml(), nl=False)


@main.command("validate")
@click.argument("export", type=click.Path(dir_okay=False))
@click.option("--feed", type=click.Choice(["val", "vs", "auto"]), default="auto", show_default=True,
              help="Which feed the export is; auto picks a built-in profile or infers one.")
@click.option("--profile", "profile_path", type=click.Path(dir_okay=False), default=None,
              help="Profile YAML (from 'reconcile profile init').")
@click.option("--sheet", default=None, help="Workbook sheet (default: the first).")
@click.option("--failures", "failures_path", type=click.Path(dir_okay=False), default=None,
              help="Write every failure here (row, column, check, severity, message).")
@click.option("--clean", "clean_path", type=click.Path(dir_okay=False), default=None,
              help="Write rows with no errors here, normalised.")
@click.option("--quarantine", "quarantine_path", type=click.Path(dir_okay=False), default=None,
              help="Write rows with errors here, as read, with the failed checks.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), default=None,
              help="Write the summary and quality audit as JSON.")
@click.option("--settings", "settings_path", type=click.Path(dir_okay=False), default=None,
              help="Settings YAML (areas file, thresholds).")
@handle_errors
def validate_cmd(
    export: str, feed: str, profile_path: str | None, sheet: str | None, failures_path: str | None,
    clean_path: str | None, quarantine_path: str | None, json_path: str | None, settings_path: str | None,
) -> None:
    """Validate EXPORT (CSV, XLSX or Parquet) and audit its quality per area.

    Exit codes: 0 no errors, 1 error-level failures found, 2 the input or options cannot be used.
    """
    import json

    from tqdm import tqdm

    from reconcile.config import Settings
    from reconcile.validate import validate_to_files

    settings = Settings.from_path_or_dict(settings_path)
    with tqdm(desc="validating", unit=" rows", disable=None, file=sys.stderr, leave=False) as bar:

        def progress(done: int) -> None:
            bar.update(done - bar.n)

        summary = validate_to_files(
            export, feed=feed, profile=profile_path, settings=settings, sheet=sheet,
            failures_path=failures_path, clean_path=clean_path, quarantine_path=quarantine_path,
            progress=progress,
        )
    if json_path:
        Path(json_path).parent.mkdir(parents=True, exist_ok=True)
        Path(json_path).write_text(json.dumps(summary, indent=2, default=str), encoding="utf-8")
    click.echo(format_validation_summary(summary))
    sys.exit(EXIT_FINDINGS if summary["errors"] else EXIT_SUCCESS)


def format_validation_summary(summary: dict[str, Any]) -> str:
    """The terminal summary of a validation run: counts, top checks and quality by area."""
    lines = [f"{summary['file']}: {summary['read_as']}"]
    if summary["profile_inferred"]:
        lines.append(f"profile: inferred for a {summary['feed'].upper()} feed (save it with 'reconcile profile init')")
        for m in summary["mapping"]:
            target = f"{m['field']} ({m['confidence']:.0f}%)" if m["field"] else "(not mapped)"
            lines.append(f"  {m['column']!r:38} -> {target}")
    else:
        lines.append(f"profile: {summary['profile']} ({summary['feed'].upper()} feed)")
    if summary["missing_required_columns"]:
        lines.append("missing required columns: " + ", ".join(summary["missing_required_columns"]))
    rows = summary["rows"]
    share = summary["quarantined"] / rows if rows else 0.0
    lines.append(
        f"rows: {rows:,}   clean: {summary['clean']:,}   quarantined: {summary['quarantined']:,} ({share:.1%})"
    )
    lines.append(f"failures: {summary['errors']:,} errors, {summary['warnings']:,} warnings")
    for check, n in sorted(summary["failures_by_check"].items(), key=lambda kv: -sum(kv[1].values())):
        lines.append(f"  {check:24} {n['error']:>8,} errors {n['warning']:>8,} warnings")
    areas = [a for a in summary["audit"] if a["group_by"] == "area"]
    if areas:
        lines.append("quality by area:")
        lines.append(f"  {'area':24} {'referrals':>9} {'quality':>8} {'not rec.':>8} {'median days':>11}")
        for a in areas:
            median = a["median_days_to_allocation"]
            lines.append(
                f"  {a['group']:24} {a['referrals']:>9,} {a['quality_share']:>8.1%} {a['placeholder_rate']:>8.1%} "
                f"{median if median is not None else '-':>11}"
            )
    return "\n".join(lines)


# --- classify commands (classify, explain, rules) ---


# --- link commands (link) ---


# --- run commands (run) ---


if __name__ == "__main__":  # pragma: no cover
    main()
