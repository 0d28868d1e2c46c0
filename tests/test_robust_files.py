"""Files as analysts keep and save them: outputs next to inputs, configs saved by Windows tools,
Parquet and workbooks with odd headers. Each case gives a result or a one-line error, never a
traceback, and never loses an input or a column."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from reconcile.errors import ConfigError, InputError
from reconcile.pipeline import run
from reconcile.profiles import infer_profile
from reconcile.readers import open_table, read_table
from reconcile.sample import SampleFiles
from reconcile.validation import validate
from tests.conftest import invoke


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- an output path that is an input ------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["link", "{val}", "{vs}", "-o", "{val}"],
        ["link", "{val}", "{vs}", "-o", "{dir}/links.csv", "--lost", "{vs}"],
        ["validate", "{val}", "--clean", "{val}"],
        ["validate", "{val}", "--json", "{val}"],
        ["classify", "{val}", "-o", "{val}"],
    ],
)
def test_an_output_that_is_the_input_is_refused_before_any_work(
    tmp_path: Path, sample: SampleFiles, command: list[str]
) -> None:
    val, vs = tmp_path / "val.csv", tmp_path / "vs.csv"
    shutil.copy(sample.val_csv, val)
    shutil.copy(sample.vs_csv, vs)
    before = (_digest(val), _digest(vs))
    args = [a.format(val=val, vs=vs, dir=tmp_path) for a in command]
    message = invoke(args, code=2).output.strip()
    assert "[R105]" in message and "would overwrite the input" in message and "Traceback" not in message
    assert (_digest(val), _digest(vs)) == before


def test_run_does_not_replace_exports_kept_in_its_output_folder(tmp_path: Path, sample: SampleFiles) -> None:
    # a re-run over a folder that holds exports named like the outputs must not replace them
    records, links = tmp_path / "records.csv", tmp_path / "links.csv"
    shutil.copy(sample.val_csv, records)
    shutil.copy(sample.vs_csv, links)
    before = (_digest(records), _digest(links))
    with pytest.raises(InputError, match=r"R105.*would overwrite the input"):
        run(records, links, out_dir=tmp_path)
    assert (_digest(records), _digest(links)) == before


# -- nothing recognisable ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "Victims Advice Line - referrals export\nRun date: 05/07/2023\n",
        "Col0,Col1,Col2\nA,B,C\nD,E,F\n",
    ],
)
def test_an_export_with_no_referral_column_is_one_line_and_exit_2(tmp_path: Path, content: str) -> None:
    path = tmp_path / "export.csv"
    path.write_text(content, encoding="utf-8")
    for args in (["validate", str(path)], ["run", str(path), "--out", str(tmp_path / "out")]):
        message = invoke(args, code=2).output.strip()
        assert len(message.splitlines()) == 1 and "Traceback" not in message and str(path) in message


# -- configs saved by other tools ---------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_a_profile_saved_in_a_windows_encoding_is_read(tmp_path: Path, encoding: str) -> None:
    # PowerShell 5.1 writes 'profile init > profile.yaml' as UTF-16; "ANSI" editors write cp1252
    frame = pd.DataFrame(
        {"Crime Ref £": ["CR/1/23"], "Date Referred": ["05/07/2023"], "Surname": ["Zebedee"], "Area": ["Wyre Forest"]}
    )
    export = tmp_path / "export.csv"
    frame.to_csv(export, index=False, encoding="utf-8")
    profile, _ = infer_profile(list(frame.columns), frame, feed="val")
    path = tmp_path / "profile.yaml"
    path.write_bytes(profile.to_yaml().encode(encoding))
    result = validate(export, profile=path)
    assert result.profile.columns == profile.columns and result.rows == 1


def test_a_profile_that_is_not_text_is_a_config_error(tmp_path: Path, sample: SampleFiles) -> None:
    path = tmp_path / "profile.yaml"
    path.write_bytes(b"name: x\nfeed: val\ncolumns: {referral_id: \x81\x8d\x8f}\n")
    with pytest.raises(ConfigError, match=r"profile.yaml: cannot read the profile: it is not text"):
        validate(sample.val_csv, profile=path)


# -- Parquet and workbook headers ---------------------------------------------------------------


def test_parquet_with_a_repeated_column_name_keeps_both(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table([pa.array(["a", "b"]), pa.array(["1", "2"]), pa.array(["x", "y"])], names=["Ref", "Notes", "Ref"])
    pq.write_table(table, tmp_path / "dup.parquet")
    frame = read_table(tmp_path / "dup.parquet")
    assert list(frame.columns) == ["Ref", "Notes", "Ref (2)"]
    assert frame.values.tolist() == [["a", "1", "x"], ["b", "2", "y"]]


def test_xlsx_column_with_a_blank_header_at_the_right_keeps_its_data(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for j, h in enumerate(["Ref", "Area"], 1):
        ws.cell(1, j, h)
    for i, row in enumerate([["R1", "North", "called back"], ["R2", "South", ""]], 2):
        for j, v in enumerate(row, 1):
            ws.cell(i, j, v)
    wb.save(tmp_path / "blank_header.xlsx")
    frame = read_table(tmp_path / "blank_header.xlsx")
    assert list(frame.columns) == ["Ref", "Area", "column_3"]
    assert frame["column_3"].tolist() == ["called back", ""]


def test_xlsx_value_right_of_the_header_far_down_is_named_not_dropped(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Ref", "Area"])
    for i in range(300):
        ws.append([f"R{i}", "North"])
    ws.cell(250, 3, "stray note")  # data row 249, below the rows read to find the header
    wb.save(tmp_path / "stray.xlsx")
    source = open_table(tmp_path / "stray.xlsx")
    with pytest.raises(InputError, match=r"R109.*row 249 has a value in column 3"):
        next(source.chunks(1000))


# -- names and arguments in a legacy encoding ---------------------------------------------------


def test_file_names_and_arguments_that_are_not_utf8(tmp_path: Path, sample: SampleFiles) -> None:
    import os

    legacy = tmp_path / os.fsdecode(b"caf\xe9.csv")  # a Latin-1 name from a share or USB stick
    shutil.copy(sample.val_csv, legacy)
    clean = tmp_path / os.fsdecode(b"out\xe9.parquet")
    invoke(["validate", str(legacy), "--clean", str(clean)], code=1)
    assert len(read_table(clean)) > 0
    invoke(["run", str(legacy), "--out", str(tmp_path / "out")])
    assert "caf\u00e9.csv" in (tmp_path / "out" / "summary.json").read_text(encoding="utf-8")
    out = invoke(["explain", os.fsdecode(b"purse stolen, lost \xa3200")]).output
    assert "theft" in out


# -- values and options the probe found read wrongly ---------------------------------------------


def test_iso_timestamps_with_a_time_zone_are_dates_and_a_bare_year_is_not() -> None:
    from reconcile.normalise import parse_dates

    raw = ["2023-06-10T10:00:00Z", "2023-06-10T10:00:00+01:00", "2023-06-10T10:00:00.000Z", "2023", "45", "45000"]
    dates, status = parse_dates(pd.Series(raw))
    assert list(status) == ["ok", "ok", "ok", "invalid", "invalid", "ok"]
    assert [str(d.date()) for d in dates[:3]] == ["2023-06-10"] * 3


def test_run_refuses_a_vs_export_given_as_the_val_export(tmp_path: Path, sample: SampleFiles) -> None:
    with pytest.raises(InputError, match=r"R114.*looks like a Victim Support export"):
        run(sample.vs_csv, out_dir=tmp_path / "out")


def test_run_and_link_read_the_sheet_asked_for(tmp_path: Path, sample: SampleFiles) -> None:
    frame = read_table(sample.val_csv)
    book = tmp_path / "val.xlsx"
    with pd.ExcelWriter(book) as writer:
        pd.DataFrame({"About": ["Referrals export"]}).to_excel(writer, sheet_name="Cover", index=False)
        frame.to_excel(writer, sheet_name="Data", index=False)
    assert "--sheet NAME" in invoke(["run", str(book), "--out", str(tmp_path / "a")], code=2).output
    invoke(["run", str(book), "--sheet", "Data", "--out", str(tmp_path / "b")])
    links = tmp_path / "links.xlsx"
    invoke(["link", str(book), str(sample.vs_csv), "--sheet", "Data", "-o", str(links)])
    assert len(read_table(links)) > 0  # written as a workbook, as the name asks


def test_referral_sources_with_contact_details_are_withheld_from_the_audit(tmp_path: Path, sample: SampleFiles) -> None:
    frame = read_table(sample.val_csv)
    source = next(c for c in frame.columns if "referr" in c.lower() and "date" not in c.lower())
    frame.loc[frame.index[:3], source] = "PC 4471 Quentin Zebedee 07700 900123"
    path = tmp_path / "val.csv"
    frame.to_csv(path, index=False)
    out = invoke(["validate", str(path), "--format", "json"], code=1).output
    assert "07700" not in out and "Zebedee" not in out and "(withheld: contact details or free text)" in out


def test_a_repeated_header_is_a_warning_naming_both_columns(tmp_path: Path, sample: SampleFiles) -> None:
    frame = read_table(sample.val_csv)
    columns = list(frame.columns)
    postcode = next(c for c in columns if "postcode" in c.lower())
    other = next(c for c in columns if "referr" in c.lower() and "date" not in c.lower())
    columns[columns.index(other)] = postcode
    path = tmp_path / "val.csv"
    frame.set_axis(columns, axis=1).to_csv(path, index=False)
    failures = validate(path).failures
    repeated = failures[failures["check"] == "header_repeated"]
    assert len(repeated) == 1 and f"'{postcode} (2)'" in repeated["message"].iloc[0]
    assert repeated["severity"].iloc[0] == "warning"


# -- loose checks the probe found ------------------------------------------------------------------


def test_a_web_page_saved_as_xls_is_named_for_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>Ref</td><td>Area</td></tr></table></body></html>")
    message = invoke(["validate", str(path)], code=2).output
    assert "[R104]" in message and "web page or XML" in message


@pytest.mark.parametrize(
    ("areas", "problem"),
    [
        ("areas: []", "at least 1"),
        ("areas: [{name: North}, {name: North}]", "listed twice"),
        ("areas: [{name: North, aliases: [Town]}, {name: South, aliases: [town]}]", "names two areas"),
        ("areas: [{name: North, aliases: ['  ']}]", "blank alias"),
    ],
)
def test_an_areas_file_with_an_ambiguous_list_is_refused(tmp_path: Path, areas: str, problem: str) -> None:
    from reconcile.areas import load_areas

    path = tmp_path / "areas.yaml"
    path.write_text(f"name: test\n{areas}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        load_areas(path)


def test_a_profile_mapping_one_column_to_two_fields_is_refused(tmp_path: Path, sample: SampleFiles) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(
        "name: x\nfeed: val\ncolumns:\n  referral_date: Date\n  allocation_date: Date\n  referral_id: Ref\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"column 'Date' is mapped to 2 fields"):
        validate(sample.val_csv, profile=path)


def test_run_keeps_the_values_that_failed_in_its_quarantine(tmp_path: Path, sample: SampleFiles) -> None:
    # records.csv blanks a value that failed its check; the quarantine shows it as the export had it
    frame = read_table(sample.val_csv)
    postcode = next(c for c in frame.columns if "postcode" in c.lower())
    frame.loc[frame.index[0], postcode] = "NOT A POSTCODE"
    path = tmp_path / "val.csv"
    frame.to_csv(path, index=False)
    result = run(path, out_dir=tmp_path / "out")
    quarantine = read_table(result.outputs["quarantine"])
    first = quarantine[quarantine["row"] == "1"]
    assert first[postcode].tolist() == ["NOT A POSTCODE"] and "postcode_format" in first["rc_failed_checks"].iloc[0]
    assert len(quarantine) == result.summary.rows - result.summary.valid_rows


def test_blank_lines_and_a_repeated_header_are_named_not_a_record(tmp_path: Path, sample: SampleFiles) -> None:
    frame = read_table(sample.val_csv)
    header = pd.DataFrame([list(frame.columns)], columns=frame.columns)
    blank = pd.DataFrame([[""] * frame.shape[1]], columns=frame.columns)
    pasted = pd.concat([frame.iloc[:5], blank, header, frame.iloc[5:10]], ignore_index=True)
    path = tmp_path / "pasted.csv"
    pasted.to_csv(path, index=False)
    result = validate(path)
    odd = result.failures[result.failures["check"] == "not_a_record"]
    assert odd["row"].tolist() == [6, 7] and result.rows == 12
    assert set(result.failures.loc[result.failures["row"].isin([6, 7]), "check"]) == {"not_a_record"}
    result = run(path, out_dir=tmp_path / "out")
    summary = result.summary
    assert any("2 rows of the VAL export are blank lines or the header again" in n for n in summary.notices)
    # they are rows of records.csv, not referrals: no area, category or review figure counts them
    assert len(result.records) == 12 and summary.rows == 10 and summary.not_a_record_rows == 2
    assert sum(summary.referrals_by_area.values()) == 10 and sum(summary.category_counts_after.values()) == 10
    assert not set(result.review["row"]) & {6, 7}


def test_a_date_before_1900_is_implausible_not_a_system_default(tmp_path: Path, sample: SampleFiles) -> None:
    frame = read_table(sample.val_csv)
    dob = next(c for c in frame.columns if c.lower() in ("dob", "date of birth"))
    frame.loc[frame.index[0], dob] = "01/01/1890"
    path = tmp_path / "val.csv"
    frame.to_csv(path, index=False)
    first = validate(path).failures.query("row == 1")
    assert "date_implausible" in set(first["check"]) and "not_recorded" not in set(first["check"])


@pytest.mark.parametrize(
    "args",
    [["validate", "--nope", "x.csv"], ["frob"], ["validate"], ["classify", "in.csv", "-o", "o.csv", "--jobs", "x"]],
)
def test_a_usage_error_is_one_line_and_exit_2(args: list[str]) -> None:
    message = invoke(args, code=2).output.strip()
    assert len(message.splitlines()) == 1 and message.startswith("Error: ") and "--help" in message


@pytest.mark.parametrize(
    ("args", "where"),
    [
        (["classify", "in.csv", "-o"], "reconcile classify --help"),
        (["validate", "x.csv", "--profile"], "reconcile validate --help"),
        (["rules", "docs", "-o"], "reconcile rules docs --help"),
    ],
)
def test_an_option_without_its_value_points_at_the_commands_own_help(args: list[str], where: str) -> None:
    assert invoke(args, code=2).output.strip().endswith(f"see '{where}'")


@pytest.mark.parametrize(
    "args",
    [
        ["rules", "docs", "-o", "--help"],
        ["validate", "x.csv", "--failures", "--clean", "c.csv"],
        ["classify", "x.csv", "-o", "--text-column", "notes"],
        ["run", "x.csv", "--out", "--period", "2023Q1"],
    ],
)
def test_an_option_is_never_taken_as_another_options_value(args: list[str], tmp_path: Path) -> None:
    message = invoke(args, code=2).output.strip()
    assert "requires a value, not the option" in message and len(message.splitlines()) == 1
    assert not any(p.name.startswith("--") for p in Path.cwd().iterdir())


def test_bare_commands_still_show_their_help() -> None:
    assert "Commands:" in invoke([], code=2).output


# -- figures the audit recomputed differently --------------------------------------------------


def test_a_two_digit_year_days_ahead_stays_in_this_century() -> None:
    import datetime as dt

    from reconcile.normalise import parse_dates

    dates, status = parse_dates(pd.Series(["06/07/23", "06-07-23", "02/03/61"]), today=dt.date(2023, 7, 5))
    assert [str(d.date()) for d in dates] == ["2023-07-06", "2023-07-06", "1961-03-02"]


def test_an_unanswered_yes_no_prompt_is_neither() -> None:
    from reconcile.normalise import parse_bools

    values, status = parse_bools(pd.Series(["Y/N", "Yes / No", "Yes - DA", "N"]))
    assert values.tolist() == [None, None, True, False] and status.tolist()[:2] == ["invalid", "invalid"]


def test_residual_crime_types_are_compared_as_labels() -> None:
    from reconcile.config import Settings
    from reconcile.pipeline import residual_mask

    labels = pd.Series(["Misc.", "MISC", "Other Crime ", "other-crime", "Burglary"])
    assert residual_mask(labels, Settings()).tolist() == [True, True, True, True, False]


def test_run_without_a_da_column_says_the_recorded_share_is_not_measured(tmp_path: Path, sample: SampleFiles) -> None:
    frame = read_table(sample.val_csv)
    path = tmp_path / "val.csv"
    frame.drop(columns=[c for c in frame.columns if c.lower().startswith("da")]).to_csv(path, index=False)
    summary = run(path, out_dir=tmp_path / "out").summary
    assert any("no DA flag column" in n for n in summary.notices)


def test_run_marks_rows_outside_the_period_and_states_the_engagement_denominator(
    tmp_path: Path, sample: SampleFiles
) -> None:
    result = run(sample.val_csv, sample.vs_csv, out_dir=tmp_path / "out", period="2023Q2")
    outside = result.records["rc_outside_period"].astype(bool)
    assert int(outside.sum()) == result.summary.rows_outside_period
    assert result.summary.engagement_recorded is not None and result.summary.engagement_recorded > 0
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert f"Of {result.summary.engagement_recorded:,} linked VS records with an engagement status" in html


def test_run_with_an_empty_vs_export_reports_the_val_figures(tmp_path: Path, sample: SampleFiles) -> None:
    empty = tmp_path / "vs.csv"
    lines = sample.vs_csv.read_text(encoding="utf-8-sig").splitlines()
    header = next(i for i, line in enumerate(lines) if line.count(",") >= 3)
    empty.write_text("\n".join(lines[: header + 1]) + "\n", encoding="utf-8")
    result = run(sample.val_csv, empty, out_dir=tmp_path / "out")
    assert result.links is None and result.summary.rows > 0
    assert any("VS export has a header but no rows" in n for n in result.summary.notices)


# -- the second probe's findings -----------------------------------------------------------------


def test_a_number_never_gives_a_column_a_name_the_header_already_has() -> None:
    from reconcile.readers import unique_column_names

    assert unique_column_names(["Notes", "Notes", "Notes (2)"]) == ["Notes", "Notes (3)", "Notes (2)"]


def test_not_a_record_lines_are_out_of_linkage_and_duplicates(tmp_path: Path, sample: SampleFiles) -> None:
    vs = read_table(sample.vs_csv)
    spaces = pd.DataFrame([["  "] * vs.shape[1]], columns=vs.columns)
    upper = pd.DataFrame([[c.upper() for c in vs.columns]], columns=vs.columns)
    vs2 = pd.concat([vs.iloc[:5], spaces, upper, vs.iloc[5:]], ignore_index=True)
    path = tmp_path / "vs.csv"
    vs2.to_csv(path, index=False)
    records = validate(path, feed="vs").records
    assert records["rc_not_a_record"].tolist()[5:7] == [True, True]
    assert not records.loc[records["rc_not_a_record"], "rc_duplicate"].any()
    result = run(sample.val_csv, path, out_dir=tmp_path / "out")
    clean = run(sample.val_csv, sample.vs_csv, out_dir=tmp_path / "out2")
    assert result.summary.vs_only == clean.summary.vs_only and result.summary.vs_rows == clean.summary.vs_rows
    assert any("rows of the VS export are blank lines" in n for n in result.summary.notices)


def test_an_alias_equal_to_its_own_area_is_accepted(tmp_path: Path) -> None:
    from reconcile.areas import load_areas

    path = tmp_path / "areas.yaml"
    path.write_text("name: t\nareas: [{name: Shropshire, aliases: [Shropshire, Salop, Salop]}]\n", encoding="utf-8")
    assert load_areas(path).match("salop")[0] == "Shropshire"


def test_two_outputs_on_one_path_or_over_the_profile_are_refused(tmp_path: Path, sample: SampleFiles) -> None:
    same = tmp_path / "out.csv"
    message = invoke(["validate", str(sample.val_csv), "--clean", str(same), "--quarantine", str(same)], code=2).output
    assert "[R105]" in message and "two outputs" in message
    profile = tmp_path / "profile.yaml"
    from reconcile.profiles import builtin_profiles

    profile.write_text(builtin_profiles()["val"].to_yaml(), encoding="utf-8")
    before = profile.read_bytes()
    args = ["validate", str(sample.val_csv), "--profile", str(profile), "--json", str(profile)]
    message = invoke(args, code=2).output
    assert "would overwrite the input" in message and profile.read_bytes() == before


def test_a_workbook_with_a_legacy_file_name_is_read(tmp_path: Path, sample: SampleFiles) -> None:
    import os

    legacy = tmp_path / os.fsdecode(b"val_caf\xe9.xlsx")
    shutil.copy(sample.val_xlsx, legacy)
    assert len(read_table(legacy)) == len(read_table(sample.val_xlsx))


def test_an_export_pasted_twice_brings_no_title_lines_in_as_referrals(tmp_path: Path, sample: SampleFiles) -> None:
    text = sample.val_csv.read_bytes()
    path = tmp_path / "twice.csv"
    path.write_bytes(text + text)  # title lines, header, rows; then all of it again
    result = validate(path)
    n = len(read_table(sample.val_csv))
    odd = result.failures.loc[result.failures["check"] == "not_a_record", "row"].tolist()
    assert len(odd) == 3 and odd == [n + 1, n + 2, n + 3]  # two title lines and the header again


def test_a_declined_da_flag_is_not_recorded_but_declined_consent_is_no(tmp_path: Path, sample: SampleFiles) -> None:
    frame = read_table(sample.val_csv)
    da, consent = "DA Flag", "Consent"
    frame.loc[frame.index[0], da] = "Declined"
    frame.loc[frame.index[0], consent] = "Declined"
    path = tmp_path / "val.csv"
    frame.to_csv(path, index=False)
    result = validate(path)
    first = result.failures.query("row == 1")
    assert set(first.loc[first["column"] == da, "check"]) == {"not_recorded_optional"}
    assert first.loc[first["column"] == consent, "check"].isin(["not_recorded", "invalid"]).sum() == 0
    assert result.records.loc[1, "da_flag"] is None and result.records.loc[1, "consent"] is False


def test_an_allocation_in_the_future_is_a_date_error_not_a_wait(tmp_path: Path, sample: SampleFiles) -> None:
    from reconcile.config import Settings
    from reconcile.quality import allocation_days

    settings = Settings(as_of="2023-07-05")
    frame = read_table(sample.val_csv)
    path = tmp_path / "val.csv"
    frame.to_csv(path, index=False)
    before = run(path, out_dir=tmp_path / "before", settings=settings).summary
    was_measured = not pd.isna(allocation_days(validate(path, settings=settings).records, settings.as_of).loc[1])
    frame.loc[frame.index[0], "Date Allocated"] = "01/01/2026"  # after "today", and after the referral
    frame.to_csv(path, index=False)
    result = validate(path, settings=settings)
    assert "date_future" in set(result.failures.query("row == 1")["check"])
    assert "allocation_delay" not in set(result.failures.query("row == 1")["check"])  # an error, not a delay
    assert pd.isna(allocation_days(result.records, settings.as_of).loc[1])
    after = run(path, out_dir=tmp_path / "after", settings=settings).summary
    # the row leaves the histogram (it would otherwise sit in "29+", about 900 days)
    assert after.allocation_days_histogram["29+"] <= before.allocation_days_histogram["29+"]
    counted = sum(after.allocation_days_histogram.values())
    assert counted == sum(before.allocation_days_histogram.values()) - was_measured


def test_a_header_repeated_in_other_case_warns_and_clean_keeps_one_column_per_name(
    tmp_path: Path, sample: SampleFiles
) -> None:
    frame = read_table(sample.val_csv)
    frame["NOTES "] = "the second notes column"
    frame["row"] = "a column named like the clean file's row number"
    path = tmp_path / "val.csv"
    frame.to_csv(path, index=False)
    clean = tmp_path / "clean.csv"
    assert "header_repeated" in invoke(["validate", str(path), "--clean", str(clean)], code=1).output
    repeated = validate(path).failures.query("check == 'header_repeated'")
    assert repeated["message"].str.contains("NOTES").any()
    header = pd.read_csv(clean, nrows=0, encoding="utf-8-sig").columns.tolist()
    assert len(header) == len(set(header)) and "row (source)" in header
    assert header.count("notes") == 1


def test_a_repeated_header_name_below_title_lines_is_still_the_header(tmp_path: Path, sample: SampleFiles) -> None:
    raw = Path(sample.val_csv).read_bytes().decode("cp1252")
    lines = raw.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if "DA Flag" in line)
    assert at > 0  # the sample export has title lines above its header
    lines[at] = lines[at].replace("DA Flag", "Notes")
    path = tmp_path / "val.csv"
    path.write_bytes("".join(lines).encode("cp1252"))
    result = validate(path)
    assert result.rows == len(read_table(sample.val_csv))
    assert "header_repeated" in set(result.failures["check"])


def test_an_export_without_its_header_is_named_and_its_first_record_not_shown(tmp_path: Path) -> None:
    path = tmp_path / "noheader.csv"
    path.write_text(
        "VAL001,Other crime,Alex Example was punched by her husband\nVAL002,Burglary,house burgled\n"
        "VAL003,Theft,bike taken\n",
        encoding="utf-8",
    )
    out = invoke(["classify", str(path), "-o", str(tmp_path / "out.csv")], code=2).output
    assert "R115" in out and "Alex" not in out
    report = tmp_path / "v.json"
    shown = invoke(["validate", str(path), "--json", str(report)], code=1).output
    assert "Alex" not in shown and "Alex" not in report.read_text(encoding="utf-8")
    assert "header_uncertain" in shown


def test_a_header_is_still_found_above_records_with_references(tmp_path: Path) -> None:
    path = tmp_path / "val.csv"
    path.write_text("Ref,Crime Type,Notes\nVAL001,Other crime,punched by her husband\nVAL002,Burglary,x\n")
    source = open_table(path)
    assert source.columns == ["Ref", "Crime Type", "Notes"] and source.header_is_labels


def test_a_source_column_named_row_or_rc_failed_checks_is_kept_beside_ours(tmp_path: Path, sample: SampleFiles) -> None:
    # a quarantine or clean file validated again carries our own column names
    frame = read_table(sample.val_csv)
    frame["row"], frame["rc_failed_checks"], frame["NOTES"] = "a", "b", "c"
    path = tmp_path / "val.csv"
    frame.to_csv(path, index=False)
    quarantine, clean = tmp_path / "q.csv", tmp_path / "c.csv"
    invoke(["validate", str(path), "--quarantine", str(quarantine), "--clean", str(clean)], code=1)
    q_header = pd.read_csv(quarantine, nrows=0, encoding="utf-8-sig").columns.tolist()
    c_header = pd.read_csv(clean, nrows=0, encoding="utf-8-sig").columns.tolist()
    assert {"row", "row (source)", "rc_failed_checks", "rc_failed_checks (source)"} <= set(q_header)
    assert "NOTES (source)" in c_header and len({c.lower() for c in c_header}) == len(c_header)
    assert (tmp_path / "out" / "quarantine.csv").exists() is False
    run(path, out_dir=tmp_path / "out")
    assert (tmp_path / "out" / "quarantine.csv").exists()


@pytest.mark.parametrize(
    ("text", "columns", "labels"),
    [
        # a title or filter line above a wider header
        ("Report:,North\nRef,Notes,Area\nR1,hit by ex,North\n", ["Ref", "Notes", "Area"], True),
        # labels with digits over values of another shape; a long form question
        ("Area,FY2022,FY2023\nNorth,1250,1300\nSouth,900,950\n", ["Area", "FY2022", "FY2023"], True),
        (
            "Ref,Please describe what happened in your own words including where and when it happened and who,Area\n"
            "R1,hit by ex,North\n",
            [
                "Ref",
                "Please describe what happened in your own words including where and when it happened and who",
                "Area",
            ],
            True,
        ),
        # an export without its header: ids shaped alike ("VAL_0001" over "VAL_0002", "AB12CD" over "XY34ZW")
        ("VAL_0001,Other crime,punched by ex\nVAL_0002,Burglary,house burgled\n", None, False),
        ("AB12CD,Other crime,punched by ex\nXY34ZW,Burglary,house burgled\n", None, False),
    ],
)
def test_the_header_row_is_found_or_said_to_be_missing(
    tmp_path: Path, text: str, columns: list[str] | None, labels: bool
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8")
    source = open_table(path)
    assert source.header_is_labels is labels
    if columns is not None:
        assert source.columns == columns


def test_a_one_column_workbook_of_notes_is_read_but_a_one_column_cover_sheet_is_not(tmp_path: Path) -> None:
    book = tmp_path / "notes.xlsx"
    pd.DataFrame({"Notes": ["hit by ex", "bike stolen"]}).to_excel(book, index=False)
    assert open_table(book).columns == ["Notes"]
    two = tmp_path / "two.xlsx"
    with pd.ExcelWriter(two) as writer:
        pd.DataFrame({"About": ["Referrals export"]}).to_excel(writer, sheet_name="Cover", index=False)
        pd.DataFrame({"Notes": ["hit by ex"], "Ref": ["R1"]}).to_excel(writer, sheet_name="Data", index=False)
    with pytest.raises(InputError, match="--sheet NAME"):
        open_table(two)


def test_an_output_a_workbook_cannot_hold_leaves_no_half_written_files(tmp_path: Path, sample: SampleFiles) -> None:
    frame = read_table(sample.val_csv)
    frame.loc[frame.index[29], "Notes"] = "V was punched by her ex partner outside the flat. " * 800
    path = tmp_path / "val.csv"
    frame.to_csv(path, index=False)
    clean, quarantine, failures = tmp_path / "c.xlsx", tmp_path / "q.csv", tmp_path / "f.csv"
    out = invoke(
        ["validate", str(path), "--clean", str(clean), "--quarantine", str(quarantine), "--failures", str(failures)],
        code=2,
    ).output
    assert "R116" in out and "column 'notes'" in out
    assert not clean.exists() and not quarantine.exists() and not failures.exists()
    vs = read_table(sample.vs_csv)
    vs["Referral Source"] = "a referral source pasted with a whole case history " * 700
    vs_path = tmp_path / "vs.csv"
    vs.to_csv(vs_path, index=False)
    links, vs_only = tmp_path / "l.xlsx", tmp_path / "vo.xlsx"
    out = invoke(
        ["link", str(sample.val_csv), str(vs_path), "-o", str(links), "--vs-only", str(vs_only)], code=2
    ).output
    assert "R116" in out and "VS row" in out and not links.exists() and not vs_only.exists()


def test_run_says_which_required_columns_the_export_lacks(tmp_path: Path, sample: SampleFiles) -> None:
    frame = read_table(sample.val_csv).drop(columns=["Consent", "Postcode"])
    path = tmp_path / "val.csv"
    frame.to_csv(path, index=False)
    summary = run(path, out_dir=tmp_path / "out").summary
    said = [n for n in summary.notices if "no column for the required field" in n]
    assert len(said) == 1 and "consent" in said[0].lower() and "postcode" in said[0].lower()


def test_a_hidden_first_sheet_is_passed_over_for_the_first_visible_one(tmp_path: Path) -> None:
    book = tmp_path / "val.xlsx"
    workbook = openpyxl.Workbook()
    lookup = workbook.active
    lookup.title, lookup["A1"], lookup.sheet_state = "Lookup", "area codes", "hidden"
    data = workbook.create_sheet("Referrals")
    data.append(["Ref", "Notes"])
    data.append(["R1", "husband punched her"])
    workbook.save(book)
    source = open_table(book)
    assert source.sheet == "Referrals" and source.columns == ["Ref", "Notes"]
