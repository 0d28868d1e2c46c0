"""reconcile.linkage: the LINKS contract, accuracy on generated truth, review, duplicates, errors, the model."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from reconcile.errors import ConfigError, InputError, LinkError
from reconcile.linkage import LINK_COLUMNS, LinkageModel, LinkResult, default_model_path, link, load_model
from reconcile.sample import SampleFiles

VAL_HEADERS = {
    "referral_id": "VAL Ref", "crime_reference": "Crime Reference", "referral_date": "Date Referral Received",
    "allocation_date": "Date Allocated", "area": "Policing Area", "referral_source": "Referrer",
    "crime_type": "Crime Type", "notes": "Notes", "da_flag": "DA Flag", "forename": "Victim Forename",
    "surname": "Victim Surname", "dob": "DOB", "postcode": "Postcode", "phone": "Contact Number",
    "consent": "Consent", "outcome": "Outcome", "referred_to": "Referred To",
}  # fmt: skip
VS_HEADERS = {
    "referral_id": "Case ID", "crime_reference": "Police Reference", "referral_date": "Referral Date",
    "first_contact_date": "First Contact Date", "area": "Area", "referral_source": "Referral Source",
    "crime_type": "Crime Type (MoJ)", "full_name": "Client Name", "dob": "Date of Birth",
    "postcode": "Postcode", "phone": "Telephone", "da_flag": "Domestic Abuse",
    "engagement": "Engagement Status",
}  # fmt: skip
REFERRED = {"outcome": "Referred to Victim Support", "referred_to": "Victim Support"}
ADVICE = {"outcome": "Advice given", "referred_to": ""}


def val_row(ref: str, forename: str, surname: str, dob: str, postcode: str, date: str, **extra: str) -> dict[str, str]:
    row = {
        "referral_id": f"VAL{ref[-6:] or forename}", "crime_reference": ref, "referral_date": date,
        "allocation_date": date, "area": "Shropshire", "referral_source": "Police - OIC",
        "crime_type": "Burglary", "notes": "Burglary at home address", "da_flag": "N", "forename": forename,
        "surname": surname, "dob": dob, "postcode": postcode, "phone": "", "consent": "Y", **REFERRED,
    }  # fmt: skip
    row.update(extra)
    return row


def vs_row(ref: str, name: str, dob: str, postcode: str, date: str, **extra: str) -> dict[str, str]:
    row = {
        "referral_id": f"VS-{ref[-6:] or name[:4]}", "crime_reference": ref, "referral_date": date,
        "first_contact_date": date, "area": "Shropshire", "referral_source": "VAL", "crime_type": "Burglary",
        "full_name": name, "dob": dob, "postcode": postcode, "phone": "", "da_flag": "",
        "engagement": "Engaged",
    }  # fmt: skip
    row.update(extra)
    return row


def frames(val: list[dict[str, str]], vs: list[dict[str, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    return (
        pd.DataFrame(val).rename(columns=VAL_HEADERS)[list(VAL_HEADERS.values())],
        pd.DataFrame(vs).rename(columns=VS_HEADERS)[list(VS_HEADERS.values())],
    )


def status_of(result: LinkResult, *, val: int | None = None, vs: int | None = None) -> list[str]:
    links = result.links
    mask = (links["val_row"] == val) if val is not None else (links["vs_row"] == vs)
    return links.loc[mask.fillna(False), "status"].tolist()


# --- on a generated pair, with truth ------------------------------------------------------------------


@pytest.fixture(scope="module")
def linked(sample: SampleFiles) -> LinkResult:
    return link(sample.val_csv, sample.vs_csv)


def test_links_columns_and_statuses(linked: LinkResult) -> None:
    links = linked.links
    assert list(links.columns[:4]) == ["val_row", "vs_row", "score", "match_reasons"]
    assert list(links.columns) == LINK_COLUMNS
    assert set(links["status"]) <= {"linked", "lost", "vs_only", "review", "duplicate"}
    both = links["val_row"].notna() & links["vs_row"].notna()
    assert (both == (links["status"] == "linked")).all()
    assert links.loc[both, "score"].ge(load_model().threshold).all()


def test_every_referred_val_row_and_every_vs_row_appears_once(linked: LinkResult) -> None:
    links = linked.links
    vs_rows = links["vs_row"].dropna().astype(int)
    assert sorted(vs_rows) == list(range(1, linked.vs.rows + 1))
    val_rows = links["val_row"].dropna().astype(int)
    assert val_rows.is_unique
    referred = links.loc[links["val_referred"].fillna(False).astype(bool), "val_row"].astype(int)
    outcome = linked.val.records["outcome"].astype(str) + " " + linked.val.records["referred_to"].astype(str)
    recorded = set(linked.val.records.index[outcome.str.contains("Victim Support")])
    assert recorded == set(referred)


def test_accuracy_against_truth(linked: LinkResult, sample: SampleFiles) -> None:
    truth = pd.read_csv(sample.truth_dir / "links.csv")
    true = set(zip(truth["val_row"], truth["vs_row"], strict=True))
    pairs = linked.links.dropna(subset=["val_row", "vs_row"])
    predicted = set(zip(pairs["val_row"].astype(int), pairs["vs_row"].astype(int), strict=True))
    hit = len(true & predicted)
    assert hit / len(predicted) >= 0.98
    assert hit / len(true) >= 0.95
    val_truth = pd.read_csv(sample.truth_dir / "val_truth.csv")
    lost = set(val_truth.loc[val_truth["lost"].fillna(False).astype(bool), "row"])
    found = set(linked.lost["val_row"].astype(int))
    assert lost and len(lost & found) / len(lost) >= 0.95


def test_outputs_carry_no_personal_data(linked: LinkResult) -> None:
    allowed = re.compile(
        r"^(reference (exact|number agrees|near \(\d+ edits\)|differs)"
        r"|name (exact|fuzzy \d+|initial and surname|differs)|surname only"
        r"|dob (exact|day-month swapped|one digit off|differs)"
        r"|postcode (exact|one character off|same sector|same district|differs)"
        r"|phone (exact|one digit off|differs)|referral [+-]\d+ days|area (same|differs)"
        r"|VAL recorded no referral to VS)$"
    )
    for reasons in linked.links["match_reasons"].dropna():
        for part in filter(None, str(reasons).split("; ")):
            assert allowed.match(part), part
    personal = {"forename", "surname", "full_name", "dob", "postcode", "phone", "notes"}
    for frame in (linked.links, linked.lost, linked.vs_only, linked.review):
        assert not personal & set(frame.columns)


def test_reasons_explain_the_score(linked: LinkResult) -> None:
    row = linked.links[linked.links["status"] == "linked"].iloc[0]
    assert row["score"] >= 0.9 and "exact" in row["match_reasons"]


def test_figures(linked: LinkResult) -> None:
    summary = linked.summary
    assert summary["linked"] == int((linked.links["status"] == "linked").sum())
    assert 0 < summary["engagement"]["rate"] < 1
    assert linked.engagement_rate == pytest.approx(summary["engagement"]["rate"], abs=1e-4)
    days = summary["days_to_first_contact"]
    assert days["pairs"] > 0 and 0 <= days["median"] <= 30
    assert linked.days_to_first_contact.index.name == "val_row"
    assert int(linked.disagreement.to_numpy().sum()) == summary["linked"]
    categories = summary["categories"]
    assert categories["agree"] + categories["disagree"] == summary["linked"]
    assert 0.5 < categories["agreement_rate"] <= 1
    json.dumps(summary, default=str)  # JSON-ready


def test_write(linked: LinkResult, tmp_path: Path) -> None:
    written = linked.write(
        tmp_path / "links.csv", lost_path=tmp_path / "lost.csv", vs_only_path=tmp_path / "vs_only.csv",
        review_path=tmp_path / "review.csv", json_path=tmp_path / "s.json",
    )  # fmt: skip
    assert len(written) == 5
    back = pd.read_csv(tmp_path / "links.csv")
    assert len(back) == len(linked.links)
    assert back["val_row"].dropna().astype(int).tolist() == linked.links["val_row"].dropna().astype(int).tolist()
    assert json.loads((tmp_path / "s.json").read_text())["linked"] == linked.summary["linked"]


def test_workbook_and_csv_give_the_same_links(sample: SampleFiles, linked: LinkResult) -> None:
    from_xlsx = link(sample.val_xlsx, sample.vs_csv, categories=False)
    pairs = ["val_row", "vs_row", "status"]
    pd.testing.assert_frame_equal(from_xlsx.links[pairs], linked.links[pairs])


def test_unseen_headers_and_parquet(sample: SampleFiles, linked: LinkResult, tmp_path: Path) -> None:
    vs = pd.read_csv(sample.vs_csv, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    vs = vs.rename(columns={
        "Case ID": "Client Ref", "Police Reference": "Crime No", "Client Name": "Service User Name",
        "Date of Birth": "D.O.B.", "Postcode": "Post Code", "Referral Date": "Date Received",
        "Engagement Status": "Engagement",
    })  # fmt: skip
    path = tmp_path / "vs.parquet"
    vs.to_parquet(path)
    result = link(sample.val_csv, path, categories=False)
    ours = set(result.links.dropna(subset=["val_row", "vs_row"])[["val_row", "vs_row"]].itertuples(index=False))
    base = set(linked.links.dropna(subset=["val_row", "vs_row"])[["val_row", "vs_row"]].itertuples(index=False))
    assert len(ours & base) / len(base) >= 0.98


# --- small constructed cases -------------------------------------------------------------------------


def test_statuses_on_a_small_pair() -> None:
    val, vs = frames(
        [
            val_row("22/111111/23", "Jane", "Smith", "07/03/1994", "WR1 2AB", "03/04/2023"),  # 1: linked
            val_row("22/222222/23", "Tomasz", "Nowak", "11/11/1971", "HR1 1AA", "05/04/2023"),  # 2: lost
            val_row("22/333333/23", "Priya", "Patel", "01/02/1980", "SY1 1AA", "06/04/2023", **ADVICE),  # 3: linked
            val_row("22/444444/23", "Liam", "Jones", "02/02/1990", "TF1 1AA", "07/04/2023", **ADVICE),  # 4: absent
        ],
        [
            vs_row("", "SMITH, Jane", "03/07/1994", "WR12AB", "06/04/2023"),  # 1: swapped DOB, no reference
            vs_row("", "Ravi Singh", "09/09/1999", "B60 1AA", "08/04/2023", referral_source="Self"),  # 2: vs only
            vs_row("22/333333/23", "Priya Patel", "01/02/1980", "SY1 1AA", "08/04/2023"),  # 3: not recorded
        ],
    )
    result = link(val, vs, categories=False)
    assert status_of(result, val=1) == ["linked"]
    assert result.links.loc[result.links["val_row"] == 1, "vs_row"].tolist() == [1]
    reasons = result.links.loc[result.links["val_row"] == 1, "match_reasons"].item()
    assert "dob day-month swapped" in reasons and "name exact" in reasons and "referral +3 days" in reasons
    assert status_of(result, val=2) == ["lost"]
    assert status_of(result, vs=2) == ["vs_only"]
    # VAL did not record the referral, yet VS has it: linked, flagged, and counted.
    row = result.links[result.links["val_row"] == 3]
    assert row["status"].tolist() == ["linked"] and row["val_referred"].tolist() == [False]
    assert "VAL recorded no referral to VS" in row["match_reasons"].item()
    assert result.summary["linked_not_recorded_as_referred"] == 1
    assert status_of(result, val=4) == []  # advice only, no VS record: not a referral, left out
    assert result.lost["val_row"].tolist() == [2]
    assert result.vs_only["vs_row"].tolist() == [2]


def test_close_candidates_go_to_review_not_guessed() -> None:
    # One VAL referral without a reference; VS has two cases for the same person (two crimes).
    val, vs = frames(
        [val_row("", "Jane", "Smith", "07/03/1994", "WR1 2AB", "03/04/2023")],
        [
            vs_row("22/111111/23", "SMITH, Jane", "07/03/1994", "WR1 2AB", "04/04/2023"),
            vs_row("22/222222/23", "Jane Smith", "07/03/1994", "WR1 2AB", "05/04/2023"),
        ],
    )
    result = link(val, vs, categories=False)
    assert status_of(result, val=1) == ["review"]
    assert status_of(result, vs=1) == ["review"] and status_of(result, vs=2) == ["review"]
    candidates = result.links.loc[result.links["val_row"] == 1, "candidates"].item()
    assert "vs 1" in candidates and "vs 2" in candidates
    assert result.links.dropna(subset=["val_row", "vs_row"]).empty
    assert result.summary["review"] == 3 and len(result.review) == 3
    # A tie is never guessed, whatever the margin.
    assert link(val, vs, categories=False, review_margin=0).summary["linked"] == 0


def test_review_margin_decides_how_close_is_close() -> None:
    val, vs = frames(
        [val_row("", "Jane", "Smith", "07/03/1994", "WR1 2AB", "03/04/2023")],
        [
            vs_row("22/111111/23", "SMITH, Jane", "07/03/1994", "WR1 2AB", "04/04/2023"),
            vs_row("22/222222/23", "Jane Smith", "07/03/1994", "WR1 2AB", "25/04/2023"),  # 22 days: "near"
        ],
    )
    assert link(val, vs, categories=False).links["vs_row"].iloc[0] == 1
    assert link(val, vs, categories=False, review_margin=10).summary["review"] == 3


def test_repeated_val_entry_is_a_duplicate_not_lost() -> None:
    row = val_row("22/111111/23", "Jane", "Smith", "07/03/1994", "WR1 2AB", "03/04/2023")
    val, vs = frames(
        [row, {**row, "referral_id": "VAL111111A", "forename": "Jnae"}],
        [vs_row("22/111111/23", "SMITH, Jane", "07/03/1994", "WR1 2AB", "04/04/2023")],
    )
    result = link(val, vs, categories=False)
    assert status_of(result, val=1) == ["linked"]
    duplicate = result.links[result.links["val_row"] == 2]
    assert duplicate["status"].tolist() == ["duplicate"] and duplicate["duplicate_of"].tolist() == [1]
    assert result.summary["lost"] == 0


def test_repeat_with_a_blank_name_is_still_a_duplicate() -> None:
    row = val_row("22/111111/23", "Karen", "", "02/09/2003", "HR4 5DH", "06/04/2023")
    val, vs = frames(
        [row, {**row, "referral_id": "VAL111111A", "forename": "Karne"}],
        [vs_row("22/111111/23", "BNNETT, Karen", "02/09/2003", "HR4 5DH", "10/04/2023")],
    )
    result = link(val, vs, categories=False)
    assert result.links["status"].tolist() == ["linked", "duplicate"]
    assert result.summary["review"] == 0


def test_threshold_and_window_options() -> None:
    val, vs = frames(
        [val_row("", "Jane", "Smith", "07/03/1994", "", "03/04/2023")],
        [vs_row("", "SMYTH, Jane", "07/03/1994", "", "20/04/2023")],
    )
    default = link(val, vs, categories=False)
    assert default.summary["window_days"] == 14
    narrow = link(val, vs, categories=False, window_days=30)
    assert "referral +17 days" in narrow.links["match_reasons"].iloc[0]
    strict = link(val, vs, categories=False, threshold=0.999999)
    assert strict.summary["linked"] == 0 and strict.summary["lost"] == 1


def test_declined_or_signposted_is_not_a_referral_so_never_lost() -> None:
    # "Signposted to VS" gives the victim VS's number; nothing is sent, so no VS record is missing
    rows = [
        val_row("22/111111/23", "Jane", "Smith", "07/03/1994", "WR1 2AB", "03/04/2023", outcome=text, referred_to=text)
        for text in (
            "Signposted to VS (self-referral details given)",
            "Offered VS - declined",
            "Signposted - VS; IDVA",
            "Victim Support",
            # a multi-select field: the negation belongs to the other service
            "VS; Signposted - Citizens Advice",
        )
    ]
    val, vs = frames(rows, [vs_row("22/999999/23", "BROWN, Ann", "01/01/1980", "WR9 9ZZ", "04/04/2023")])
    result = link(val, vs, categories=False)
    assert result.summary["val_referred"] == 2
    assert result.summary["lost"] == 2  # the two referrals only


def test_another_member_of_the_household_is_not_linked() -> None:
    # same crime reference (co-victims), address and phone; a different forename and no date of
    # birth to agree: another person, so VAL's referral is lost, not linked to her
    nick = val_row("22/222222/23", "Nick", "Smith", "21/07/1991", "WR4 7BF", "14/08/2023", phone="01632 960034")
    emma = vs_row("22/222222/23", "Emma Smith", "", "WR4 7BF", "21/08/2023", phone="01632 960034")
    result = link(*frames([nick], [emma]), categories=False)
    assert result.summary["linked"] == 0 and result.summary["lost"] == 1


def test_a_namesake_at_the_same_address_with_another_birth_date_is_not_linked() -> None:
    # father and son of one name at one address: the dates of birth differ by decades
    senior = val_row("22/333333/23", "Stephen", "Ward", "11/03/1966", "WR7 9ZS", "08/07/2023")
    junior = vs_row("", "Stephen Ward", "17/02/1996", "WR7 9ZS", "12/07/2023")
    result = link(*frames([senior], [junior]), categories=False)
    assert result.summary["linked"] == 0 and result.summary["lost"] == 1
    # a birth date validation rejects (after the referral) is no evidence against the pair
    typo = val_row("22/333333/23", "Stephen", "Ward", "31/10/2023", "WR7 9ZS", "08/07/2023")
    assert link(*frames([typo], [junior]), categories=False).summary["linked"] == 1


@pytest.mark.parametrize(("val_forename", "vs_name"), [("Patricia", "Pat Jones"), ("Carl", "Carl Michael Jones")])
def test_a_nickname_or_middle_name_is_the_same_person(val_forename: str, vs_name: str) -> None:
    val = val_row("", val_forename, "Jones", "29/09/1947", "WR7 9RW", "01/09/2023", phone="01632 960111")
    vs = vs_row("", vs_name, "20/09/1947", "WR7 9RW", "05/09/2023", phone="01632 960111")
    result = link(*frames([val], [vs]), categories=False)
    assert result.summary["linked"] == 1


def test_forenames_compatible() -> None:
    from reconcile._comparisons import forenames_compatible

    same = [("carl michael", "carl"), ("pat", "patricia"), ("nikki", "nicola"), ("dani louise", "danielle")]
    assert all(forenames_compatible(a, b) and forenames_compatible(b, a) for a, b in same)
    assert not any(forenames_compatible(a, b) for a, b in [("emma", "nick"), ("elin", "huw"), ("lauren", "thomas")])


def test_no_outcome_column_takes_every_row_as_referred() -> None:
    val, vs = frames(
        [val_row("22/111111/23", "Jane", "Smith", "07/03/1994", "WR1 2AB", "03/04/2023")],
        [vs_row("22/111111/23", "SMITH, Jane", "07/03/1994", "WR1 2AB", "04/04/2023")],
    )
    result = link(val.drop(columns=["Outcome", "Referred To"]), vs, categories=False)
    assert result.summary["linked"] == 1
    assert any("every VAL row is taken as referred" in w for w in result.summary["warnings"])


# --- errors --------------------------------------------------------------------------------------------


def test_swapped_exports_are_refused(sample: SampleFiles) -> None:
    with pytest.raises(LinkError, match=r"\[R301\].*looks like a Victim Support export"):
        link(sample.vs_csv, sample.val_csv)


def test_vs_export_given_twice_is_refused(sample: SampleFiles) -> None:
    with pytest.raises(LinkError, match="looks like a Victim Support export"):
        link(sample.vs_csv, sample.vs_csv)


def test_val_export_given_twice_is_refused(sample: SampleFiles) -> None:
    with pytest.raises(LinkError, match=r"looks like a VAL export \(it has allocation_date, outcome"):
        link(sample.val_csv, sample.val_csv)


def test_exports_with_nothing_in_common(tmp_path: Path, sample: SampleFiles) -> None:
    other = tmp_path / "stock.csv"
    pd.DataFrame({"Item": ["bolt", "nut"], "Quantity": ["3", "4"], "Colour": ["red", "blue"]}).to_csv(
        other, index=False
    )
    # a file with no referral field at all is refused when it is read
    with pytest.raises(InputError, match=r"R113.*stock.csv: no column could be matched"):
        link(sample.val_csv, other)
    # one with referral fields, none of them the VAL export's, cannot be linked
    pd.DataFrame({"Engagement": ["Engaged", "Declined"], "Consent": ["Y", "N"]}).to_csv(other, index=False)
    with pytest.raises(LinkError, match="share no field to link on"):
        link(sample.val_csv, other)


def test_unreadable_export(tmp_path: Path, sample: SampleFiles) -> None:
    binary = tmp_path / "vs.csv"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    with pytest.raises(InputError):
        link(sample.val_csv, binary)
    with pytest.raises(InputError):
        link(sample.val_csv, tmp_path / "missing.csv")


# --- the model -----------------------------------------------------------------------------------------


def test_model_round_trip(tmp_path: Path) -> None:
    model = load_model()
    assert model.reconcile_version and model.trained["script"] == "benchmarks/train_linkage.py"
    path = model.save(tmp_path / "linkage.json")
    again = load_model(path)
    assert again == model
    assert again.model_dump_json(indent=2) + "\n" == default_model_path().read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="already exists"):
        model.save(path)


def test_model_weights_are_ordered() -> None:
    for comparison in load_model().comparisons:
        weights = [lv.weight for lv in comparison.levels[1:]]
        if comparison.name != "val_referral":
            assert all(a >= b - 1e-3 for a, b in zip(weights[:-1], weights[1:], strict=True)), comparison.name
        assert comparison.levels[0].weight == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"threshold": 1.5}, "threshold"),
        ({"blocking": ["shoe_size"]}, "unknown blocking rule"),
        ({"referral_pattern": "(unclosed"}, "regular expression"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_invalid_model(change: dict[str, Any], message: str) -> None:
    data = {**load_model().model_dump(), **change}
    with pytest.raises(ConfigError, match=message):
        load_model(data)


def test_model_from_another_version_is_refused() -> None:
    data = load_model().model_dump()
    data["comparisons"][0]["levels"] = data["comparisons"][0]["levels"][:-1]
    with pytest.raises(ConfigError, match="retrain"):
        load_model(data)


def test_missing_model_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="train_linkage"):
        load_model(tmp_path / "nope.json")
    assert isinstance(load_model(load_model()), LinkageModel)


def test_a_lost_referral_entered_twice_is_lost_once() -> None:
    # the same victim and crime referred on two VAL rows, no VS record: one lost referral, one repeat
    rows = [
        val_row("22/333333/23", "Jane", "Smith", "07/03/1994", "WR1 2AB", "03/04/2023", outcome="Referred to VS"),
        val_row("22/333333/23", "Jane", "Smith", "07/03/1994", "WR1 2AB", "03/04/2023", outcome="Referred to VS"),
    ]
    val, vs = frames(rows, [vs_row("22/999999/23", "BROWN, Ann", "01/01/1980", "WR9 9ZZ", "04/04/2023")])
    result = link(val, vs, categories=False)
    assert result.summary["lost"] == 1 and result.summary["duplicates"] == 1
    repeat = result.links[result.links["status"] == "duplicate"]
    assert repeat["val_row"].tolist() == [2] and repeat["duplicate_of"].tolist() == [1]


def test_days_to_first_contact_leave_out_a_date_in_the_future(tmp_path: Path, sample: SampleFiles) -> None:
    from reconcile.config import Settings
    from reconcile.readers import read_table

    settings = Settings(as_of="2023-07-05")
    first = link(sample.val_csv, sample.vs_csv, settings=settings)
    row = int(first.days_to_first_contact.dropna().index[0])
    frame = read_table(sample.val_csv)
    frame.loc[row, "Date Referral Received"] = "01/01/2030"  # after "today"
    path = tmp_path / "val.csv"
    frame.to_csv(path, index=False)
    again = link(path, sample.vs_csv, settings=settings)
    assert pd.isna(again.days_to_first_contact.get(row)) and again.summary["days_to_first_contact"]["mean"] is not None
    assert again.summary["days_to_first_contact"]["pairs"] < first.summary["days_to_first_contact"]["pairs"]
