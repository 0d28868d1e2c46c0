"""The ``reconcile`` command line: a thin shell over the library.

Each command parses its options, calls one library function and turns errors into a one-line
message on stderr and an exit code: 0 clean, 1 data-quality findings, 2 usage, input or config error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from reconcile._version import __version__
from reconcile.errors import InputError, ReconcileError, printable, refuse_overwriting_inputs, writing_output

EXIT_SUCCESS = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130

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


class _Command(click.Command):
    """A command that refuses an option given in place of another option's value.

    click takes the word after an option as its value whatever it is, so "-o --text-column x"
    would write a file named "--text-column" and go on without a word.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        valued: set[str] = set()
        options = set(ctx.help_option_names)
        for param in self.get_params(ctx):
            if isinstance(param, click.Option):
                options.update(param.opts, param.secondary_opts)
                if not param.is_flag and not param.count:
                    valued.update(param.opts)
        for word, after in zip(args, args[1:], strict=False):
            if word == "--":
                break
            if word in valued and after in options:
                raise click.UsageError(f"Option '{word}' requires a value, not the option '{after}'", ctx)
        return super().parse_args(ctx, args)


class _Group(click.Group):
    """A command group whose commands and subgroups refuse an option as another's value."""

    command_class = _Command


_Group.group_class = _Group


class _Reconcile(_Group):
    """The command group; a usage error is one line, like every other error."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.UsageError as exc:
            if exc.ctx is not None and type(exc).__name__ == "NoArgsIsHelpError":  # bare 'reconcile': the help
                click.echo(exc.ctx.get_help(), err=True)
                sys.exit(exc.exit_code)
            where = exc.ctx.command_path if exc.ctx is not None else self._command_path(args, kwargs)
            fail(f"Error: {exc.format_message().rstrip('.')}; see '{where} --help'")
        except click.ClickException as exc:
            fail(f"Error: {exc.format_message()}")
        except (click.Abort, KeyboardInterrupt):
            # 130 (128 + SIGINT), as shells report it: not 1, which means "findings at error level"
            click.echo("Aborted.", err=True)
            sys.exit(EXIT_INTERRUPTED)
        return None

    def _command_path(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        """The (sub)command named on the command line, for an error click raised without one."""
        argv = kwargs.get("args", args[0] if args else None)
        words = [str(a) for a in (sys.argv[1:] if argv is None else argv)]
        path: list[str] = ["reconcile"]
        group: click.Command = self
        for word in words:
            command = group.commands.get(word) if isinstance(group, click.Group) else None
            if command is None:
                if not word.startswith("-"):
                    break
                continue
            path.append(word)
            group = command
        return " ".join(path)


@click.group(cls=_Reconcile, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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
@click.option(
    "--rows",
    type=click.IntRange(50, 2_000_000),
    default=1200,
    show_default=True,
    help="Rows in the VAL export.",
)
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
@click.option(
    "--feed",
    type=click.Choice(["val", "vs", "auto"]),
    default="auto",
    show_default=True,
    help="Feed type; decides which fields are required.",
)
@click.option("--sheet", default=None, help="Workbook sheet (default: the first).")
def profile_init_cmd(export: str, feed: str, sheet: str | None) -> None:
    """Infer a profile for EXPORT and print it as YAML (redirect it to a file, edit, pass with --profile).

    The mapping and its confidence are shown on stderr so that stdout stays valid YAML.
    """
    from reconcile.profiles import infer_profile
    from reconcile.readers import open_table

    try:
        source = open_table(export, sheet)
        if not source.header_is_labels:
            # the line read as the header may be a record: neither map nor show it
            raise InputError(
                export,
                f"no line looked like column names (line {source.header_row} was read as the header); a profile "
                "maps column names, so export it again with its header row",
                "R115",
            )
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
@click.option(
    "--feed",
    type=click.Choice(["val", "vs", "auto"]),
    default="auto",
    show_default=True,
    help="Which feed the export is; auto picks a built-in profile or infers one.",
)
@click.option(
    "--profile",
    "profile_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Profile YAML (from 'reconcile profile init').",
)
@click.option("--sheet", default=None, help="Workbook sheet (default: the first).")
@click.option(
    "--failures",
    "failures_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write every failure here (row, column, check, severity, message).",
)
@click.option(
    "--clean",
    "clean_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write rows with no errors here, normalised.",
)
@click.option(
    "--quarantine",
    "quarantine_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write rows with errors here, as read, with the failed checks.",
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the summary and quality audit as JSON.",
)
@click.option(
    "--settings",
    "settings_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Settings YAML (areas file, thresholds).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Print the summary as text, or as JSON (the same JSON as --json).",
)
@handle_errors
def validate_cmd(
    export: str,
    feed: str,
    profile_path: str | None,
    sheet: str | None,
    failures_path: str | None,
    clean_path: str | None,
    quarantine_path: str | None,
    json_path: str | None,
    settings_path: str | None,
    fmt: str,
) -> None:
    """Validate EXPORT (CSV, XLSX or Parquet) and audit its quality per area.

    Exit codes: 0 no errors, 1 error-level failures found, 2 the input or options cannot be used.
    """
    import json

    from tqdm import tqdm

    from reconcile.config import Settings
    from reconcile.validation import validate_to_files

    settings = Settings.from_path_or_dict(settings_path)
    refuse_overwriting_inputs(
        [json_path, failures_path, clean_path, quarantine_path], [export, profile_path, settings_path]
    )
    with tqdm(desc="validating", unit=" rows", disable=None, file=sys.stderr, leave=False) as bar:

        def progress(done: int) -> None:
            bar.update(done - bar.n)

        summary = validate_to_files(
            export,
            feed=feed,
            profile=profile_path,
            settings=settings,
            sheet=sheet,
            failures_path=failures_path,
            clean_path=clean_path,
            quarantine_path=quarantine_path,
            progress=progress,
        )
    if json_path:
        with writing_output(json_path):
            Path(json_path).parent.mkdir(parents=True, exist_ok=True)
            Path(json_path).write_text(json.dumps(summary, indent=2, default=str), encoding="utf-8")
    if fmt == "json":
        click.echo(json.dumps(summary, indent=2, default=str))
    else:
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
            rate = a["placeholder_rate"]  # None when no checked field is mapped
            lines.append(
                f"  {a['group']:24} {a['referrals']:>9,} {a['quality_share']:>8.1%} "
                f"{format(rate, '>8.1%') if rate is not None else '-':>8} "
                f"{median if median is not None else '-':>11}"
            )
    return "\n".join(lines)


# --- classify commands (classify, explain, rules) ---


@main.command("classify")
@click.argument("input_path", type=click.Path(dir_okay=False))
@click.option("-o", "--output", "output_path", required=True, type=click.Path(dir_okay=False), help="Output file.")
@click.option(
    "--text-column",
    default="notes",
    show_default=True,
    help="Column with the free-text notes (column names match whatever their case, spaces or underscores).",
)
@click.option("--category-column", default=None, help="Source category column (specific ones are crosswalked).")
@click.option("--id-column", default=None, help="Record id column (ids needing review go in the metadata).")
@click.option("--sheet", default=None, help="Workbook sheet (XLSX).")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
@handle_errors
def classify_cmd(
    input_path: str,
    output_path: str,
    text_column: str,
    category_column: str | None,
    id_column: str | None,
    sheet: str | None,
    jobs: int,
) -> None:
    """Remap records to the taxonomy and set crime flags; writes OUTPUT and OUTPUT.meta.json."""
    from tqdm import tqdm

    from reconcile.classify import classify_file

    bar: Any = None

    def start(total: int) -> None:
        nonlocal bar
        # (None: tqdm shows it only on a terminal, never in a log file)
        bar = tqdm(total=total, unit="text", file=sys.stderr, disable=True if total < 20_000 else None, leave=False)

    def step(n: int) -> None:
        if bar is not None:
            bar.update(n)

    try:
        summary = classify_file(
            input_path,
            output_path,
            text_column=text_column,
            category_column=category_column,
            id_column=id_column,
            jobs=jobs,
            sheet=sheet,
            progress=step,
            on_start=start,
        )
    finally:
        if bar is not None:
            bar.close()
    click.echo(summary.to_text())


@main.command("explain")
@click.argument("text")
@click.option("--category", default=None, help="Source category, if any.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@handle_errors
def explain_cmd(text: str, category: str | None, fmt: str) -> None:
    """Classify one TEXT and print the decision with its evidence."""
    import json

    from reconcile.classify import explain

    decision = explain(printable(text), printable(category) if category is not None else None)
    click.echo(json.dumps(decision.to_dict(), indent=2) if fmt == "json" else decision.to_text())


@main.group("rules")
def rules_group() -> None:
    """Check the rule packs in rules/."""


@rules_group.command("test")
@handle_errors
def rules_test_cmd() -> None:
    """Run every rule's own examples; exit 1 if any fails."""
    from reconcile.classify import run_rule_examples

    results = run_rule_examples()
    failed = [r for r in results if not r.passed]
    for r in failed:
        click.echo(f"FAIL {r.rule_id} {r.expect}: {r.text!r}")
    click.echo(f"{len(results) - len(failed)}/{len(results)} rule examples pass")
    sys.exit(EXIT_FINDINGS if failed else EXIT_SUCCESS)


@rules_group.command("lint")
@click.option(
    "--all", "show_all", is_flag=True, help="Also list overlaps the rules resolve (requirement, exclusion, weak)."
)
@handle_errors
def rules_lint_cmd(show_all: bool) -> None:
    """Report overlapping, redundant and dead rules; exit 1 if any.

    An overlap that the rules themselves resolve (one rule requires an injury, is excluded by
    another or is weak) is counted, not reported, unless --all is given.
    """
    from reconcile.classify import lint_rules

    findings = lint_rules()
    problems = [f for f in findings if f.is_problem]
    resolved = len(findings) - len(problems)
    for f in findings:
        if f.is_problem or show_all:
            click.echo(f.message)
    click.echo(
        f"{len(problems)} finding(s); {resolved} overlap(s) resolved by the rules"
        + ("" if show_all or not resolved else " (--all lists them)")
    )
    sys.exit(EXIT_FINDINGS if problems else EXIT_SUCCESS)


@rules_group.command("docs")
@click.option(
    "-o",
    "--out",
    "out_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the reference here (e.g. rules/README.md) instead of printing it.",
)
@handle_errors
def rules_docs_cmd(out_path: str | None) -> None:
    """Generate the rule reference (Markdown) from the rule packs."""
    from reconcile.ruledocs import render_rule_reference

    text = render_rule_reference()
    if out_path is None:
        click.echo(text, nl=False)
    else:
        with writing_output(out_path):
            Path(out_path).parent.mkdir(parents=True, exist_ok=True)
            Path(out_path).write_text(text, encoding="utf-8")
        click.echo(f"wrote {out_path}")


# --- link commands (link) ---


@main.command("link")
@click.argument("val_export", type=click.Path(dir_okay=False))
@click.argument("vs_export", type=click.Path(dir_okay=False))
@click.option(
    "-o", "--out", "out_path", type=click.Path(dir_okay=False), required=True,
    help="LINKS.csv to write: val_row, vs_row, score, match_reasons, status...",
)  # fmt: skip
@click.option("--val-profile", type=click.Path(dir_okay=False), default=None, help="Profile YAML for the VAL export.")
@click.option("--vs-profile", type=click.Path(dir_okay=False), default=None, help="Profile YAML for the VS export.")
@click.option(
    "--threshold", type=click.FloatRange(0, 1, min_open=True, max_open=True), default=None,
    help="Match probability needed to link (default: the model's).",
)  # fmt: skip
@click.option(
    "--window-days", type=click.IntRange(0, 365), default=None,
    help="Days after the VAL referral within which the VS referral is expected (default: the model's).",
)  # fmt: skip
@click.option(
    "--review-margin", type=click.FloatRange(0, 30), default=None,
    help="Bits within which a second candidate sends a pair to review (default: the model's).",
)  # fmt: skip
@click.option(
    "--referral-pattern", default=None,
    help="Regex on VAL outcome / referred-to meaning 'referred to Victim Support'.",
)  # fmt: skip
@click.option(
    "--model", "model_path", type=click.Path(dir_okay=False), default=None,
    help="Linkage model JSON (default: the bundled models/linkage.json).",
)  # fmt: skip
@click.option(
    "--settings", "settings_path", type=click.Path(dir_okay=False), default=None,
    help="Settings YAML (areas file, thresholds).",
)  # fmt: skip
@click.option(
    "--json", "json_path", type=click.Path(dir_okay=False), default=None,
    help="Write the summary (counts, engagement, days, category matrix) as JSON.",
)  # fmt: skip
@click.option(
    "--lost", "lost_path", type=click.Path(dir_okay=False), default=None,
    help="Write the lost referrals (VAL referred, no VS record) here.",
)  # fmt: skip
@click.option(
    "--vs-only", "vs_only_path", type=click.Path(dir_okay=False), default=None,
    help="Write the VS records with no VAL counterpart here.",
)  # fmt: skip
@click.option(
    "--review", "review_path", type=click.Path(dir_okay=False), default=None,
    help="Write the records with close competing candidates here.",
)  # fmt: skip
@click.option("--no-categories", is_flag=True, help="Skip the crime-category disagreement matrix.")
@click.option(
    "--sheet", "--val-sheet", "val_sheet", default=None, help="The VAL workbook's sheet (default: the first)."
)
@click.option("--vs-sheet", default=None, help="The VS workbook's sheet (default: the first).")
@handle_errors
def link_cmd(
    val_export: str, vs_export: str, out_path: str, val_profile: str | None, vs_profile: str | None,
    threshold: float | None, window_days: int | None, review_margin: float | None,
    referral_pattern: str | None, model_path: str | None, settings_path: str | None, json_path: str | None,
    lost_path: str | None, vs_only_path: str | None, review_path: str | None, no_categories: bool,
    val_sheet: str | None, vs_sheet: str | None,
) -> None:  # fmt: skip
    """Link VAL_EXPORT to VS_EXPORT (Victim Support) and write LINKS.csv.

    Every VAL row recorded as referred to Victim Support and every VS row appears once, with a
    status: linked, lost, vs_only, review (close candidates, not guessed) or duplicate. No names,
    dates of birth or postcodes are written. Exit codes: 0 done, 2 the inputs cannot be linked.
    """
    from reconcile.config import Settings
    from reconcile.linkage import link

    settings = Settings.from_path_or_dict(settings_path)
    refuse_overwriting_inputs(
        [out_path, lost_path, vs_only_path, review_path, json_path],
        [val_export, vs_export, model_path, val_profile, vs_profile, settings_path],
    )
    result = link(
        val_export, vs_export, val_profile=val_profile, vs_profile=vs_profile, model=model_path,
        threshold=threshold, window_days=window_days, review_margin=review_margin,
        referral_pattern=referral_pattern, settings=settings, categories=not no_categories,
        val_sheet=val_sheet, vs_sheet=vs_sheet,
    )  # fmt: skip
    result.write(out_path, lost_path=lost_path, vs_only_path=vs_only_path, review_path=review_path, json_path=json_path)
    click.echo(format_link_summary(result.summary, out_path))
    sys.exit(EXIT_SUCCESS)


def format_link_summary(summary: dict[str, Any], out_path: str) -> str:
    """The terminal summary of a linkage run (no precision: that needs the truth)."""
    referred = summary["val_referred"]
    recorded = f"{referred:,} recorded as referred to VS" if referred is not None else "no outcome column"
    unrecorded = summary["linked_not_recorded_as_referred"]
    lines = [
        f"VAL: {summary['val_file']} ({summary['val_rows']:,} rows, {recorded})",
        f"VS:  {summary['vs_file']} ({summary['vs_rows']:,} rows)",
        f"linked:    {summary['linked']:>8,}"
        + (f"   ({unrecorded:,} not recorded as referred by VAL)" if unrecorded else ""),
        f"lost:      {summary['lost']:>8,}   VAL says referred, no VS record",
        f"vs only:   {summary['vs_only']:>8,}   no VAL counterpart (self-referrals, other sources)",
        f"review:    {summary['review']:>8,}   close candidates, left for a person to decide",
        f"duplicate: {summary['duplicates']:>8,}   repeat a linked record of the same export",
    ]
    engagement = summary.get("engagement")
    if engagement and engagement["rate"] is not None:
        lines.append(
            f"engagement of linked referrals: {engagement['rate']:.1%} "
            f"({engagement['engaged']:,} of {engagement['with_engagement_value']:,} with a status)"
        )
    days = summary.get("days_to_first_contact") or {}
    if days.get("median") is not None:
        lines.append(
            f"days from VAL referral to VS first contact: median {days['median']:.0f}, 90th percentile "
            f"{days['p90']:.0f} ({days['pairs']:,} pairs; {days['negative']:,} contacted before referral)"
        )
    categories = summary.get("categories")
    if categories:
        lines.append(
            f"crime category: agree on {categories['agreement_rate']:.1%} of linked pairs; "
            "top disagreements (VAL -> VS):"
        )
        for cell in categories["top_disagreements"][:5]:
            lines.append(f"  {cell['val_category']:28} -> {cell['vs_category']:28} {cell['pairs']:>6,}")
    for warning in summary.get("warnings", []):
        lines.append(f"warning: {warning}")
    lines.append(
        f"threshold {summary['threshold']}, window {summary['window_days']} days "
        "(precision needs the truth, so it is not shown)"
    )
    lines.append(f"wrote {out_path}")
    return "\n".join(lines)


# --- run commands (run) ---


@main.command("run")
@click.argument("val_export", type=click.Path(dir_okay=False))
@click.argument("vs_export", type=click.Path(dir_okay=False), required=False)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    required=True,
    help="Folder for the outputs (created; earlier outputs there are replaced).",
)
@click.option(
    "--profile",
    "profile_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Profile YAML for the VAL export (default: the built-in VAL profile).",
)
@click.option(
    "--vs-profile",
    "vs_profile_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Profile YAML for the VS export (default: the built-in VS profile).",
)
@click.option(
    "--period",
    default=None,
    metavar="YYYYQn",
    help="Calendar quarter reported on, e.g. 2023Q2. Rows outside it are counted, not dropped.",
)
@click.option(
    "--settings",
    "settings_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Settings YAML (areas file, thresholds).",
)
@click.option(
    "--strict",
    is_flag=True,
    default=False,
    help="Exit 1 when the VAL export has error-level validation failures (for pipelines).",
)
@click.option("--sheet", default=None, help="The VAL workbook's sheet (default: the first).")
@click.option("--vs-sheet", default=None, help="The VS workbook's sheet (default: the first).")
@handle_errors
def run_cmd(
    val_export: str,
    vs_export: str | None,
    out_dir: str,
    profile_path: str | None,
    vs_profile_path: str | None,
    period: str | None,
    settings_path: str | None,
    strict: bool,
    sheet: str | None,
    vs_sheet: str | None,
) -> None:
    """Validate, classify and link the quarter's exports; write the report and the records behind it.

    VAL_EXPORT is the Victims Advice Line export; VS_EXPORT, when given, the Victim Support export.
    OUT receives records.csv/.parquet (every input row), failures.csv, quarantine.csv (the rows
    that failed a check, as read), links.csv, summary.json,
    report.xlsx (its review queue shows the notes a person should check) and report.html
    (self-contained; no personal data).

    Exit codes: 0 the outputs were written (data-quality findings are in the report; with --strict,
    1 when the VAL export has error-level failures), 2 an input, profile or option cannot be used.
    """
    from tqdm import tqdm

    from reconcile.config import Settings
    from reconcile.pipeline import run

    settings = Settings.from_path_or_dict(settings_path)
    with tqdm(desc="starting", unit=" rows", disable=None, file=sys.stderr, leave=False) as bar:
        current = {"stage": ""}

        def progress(stage: str, done: int, total: int) -> None:
            if current["stage"] != stage or bar.total != total:
                current["stage"] = stage
                bar.reset(total=total)
                bar.set_description(stage, refresh=False)
            bar.update(done - bar.n)

        result = run(
            val_export,
            vs_export,
            out_dir=out_dir,
            profile=profile_path,
            vs_profile=vs_profile_path,
            period=period,
            settings=settings,
            progress=progress,
            sheet=sheet,
            vs_sheet=vs_sheet,
        )
    click.echo(format_run_summary(result.summary, {k: str(v) for k, v in result.outputs.items()}))
    sys.exit(EXIT_FINDINGS if strict and result.summary.errors else EXIT_SUCCESS)


def format_run_summary(summary: Any, outputs: dict[str, str]) -> str:
    """The terminal summary of a run: headline figures, then where each output is."""

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:.1%}"

    from reconcile.report import period_warning

    lines = [f"period: {summary.period or '(not given)'}   rules: {summary.rules_version}"]
    warning = period_warning(summary)
    if warning is not None:
        lines.append(f"warning: {warning}")
    lines.extend(f"notice: {notice}" for notice in summary.notices)
    lines.append(
        f"referrals: {summary.rows:,}   passing all error checks: {summary.valid_rows:,} "
        f"({pct(summary.quality_overall)})   errors: {summary.errors:,}   warnings: {summary.warnings:,}"
    )
    lines.append(
        f"other crime: {pct(summary.other_crime_share_before)} before -> "
        f"{pct(summary.other_crime_share_after)} after remapping "
        f"({summary.remapped_rows:,} of {summary.other_crime_rows:,} remapped)"
    )
    lines.append(
        f"domestic abuse within other crime: {pct(summary.da_share_within_other_crime)} "
        f"(DA field alone: {pct(summary.da_share_within_other_crime_recorded)})"
    )
    median = summary.median_days_to_allocation
    lines.append(
        f"median days to allocation: {'-' if median is None else f'{median:g}'}   "
        f"records for review: {summary.review_rows:,}"
    )
    if summary.vs_rows is not None:
        lost = "-" if summary.lost_referrals is None else f"{summary.lost_referrals:,}"
        lines.append(
            f"VS records: {summary.vs_rows:,}   linked: {summary.linked_pairs:,}   lost referrals: {lost}   "
            f"engagement: {pct(summary.engagement_rate)}"
        )
    lines.append("referrals by area:")
    for area, n in summary.referrals_by_area.items():
        lines.append(f"  {area:24} {n:>7,}   quality {pct(summary.quality_by_area.get(area))}")
    lines.append("outputs:")
    labels = {"html": "report (HTML)", "workbook": "workbook", "summary": "summary (JSON)",
              "records_csv": "records", "records_parquet": "records (Parquet)", "failures": "failures",
              "quarantine": "quarantine", "links": "links", "vs_records": "VS records",
              "vs_failures": "VS failures", "vs_quarantine": "VS quarantine"}  # fmt: skip
    for key in labels:
        if key in outputs:
            lines.append(f"  {labels[key]:18} {outputs[key]}")
    if "html" in outputs:
        lines.append(f"Open the report: {Path(outputs['html']).resolve().as_uri()}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    main()
