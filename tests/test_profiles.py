"""Automatic header mapping: unseen headers map to canonical fields, with confidence."""

from __future__ import annotations

import pandas as pd
import pytest

from reconcile.profiles import builtin_profiles, detect_profile, infer_profile

HEADER_CASES = [
    ("Date Referral Rec'd", "referral_date"),
    ("Crime Ref No.", "crime_reference"),
    ("Ref No.", "referral_id"),
    ("D.O.B.", "dob"),
    ("Date of Birth", "dob"),
    ("Post Code", "postcode"),
    ("Tel No", "phone"),
    ("Mobile Number", "phone"),
    ("Consent Given (Y/N)", "consent"),
    ("Domestic Abuse Flag", "da_flag"),
    ("Dom Abuse?", "da_flag"),
    ("DA Y/N", "da_flag"),
    ("Local Policing Area", "area"),
    ("Source of Referral", "referral_source"),
    ("Offence Type", "crime_type"),
    ("Case Notes", "notes"),
    ("Forename(s)", "forename"),
    ("Family Name", "surname"),
    ("Date Allocated", "allocation_date"),
    ("Signposted To", "referred_to"),
    ("Outcome of Call", "outcome"),
    ("Engagement Status", "engagement"),
]


@pytest.mark.parametrize(("header", "field"), HEADER_CASES, ids=[h for h, _ in HEADER_CASES])
def test_single_header_maps(header: str, field: str) -> None:
    profile, matches = infer_profile([header, "Something Else Entirely"])
    assert profile.columns.get(field) == header
    assert matches[0].confidence >= 80


def test_unrelated_headers_stay_unmapped() -> None:
    profile, matches = infer_profile(["Victim Gender", "Officer", "Colour of car"])
    assert "full_name" not in profile.columns
    assert matches[2].field is None


def test_values_break_ties() -> None:
    sample = pd.DataFrame({"Date": ["01/02/1970", "03/04/1985"], "Received": ["01/04/2023", "02/04/2023"]})
    profile, _ = infer_profile(["Date", "Received"], sample)
    assert profile.columns.get("referral_date") == "Received"


def test_builtin_profiles_are_detected() -> None:
    for name, profile in builtin_profiles().items():
        chosen, _, inferred = detect_profile(list(profile.columns.values()))
        assert (chosen.name, inferred) == (name, False)


def test_yaml_round_trip() -> None:
    profile, _ = infer_profile(["Ref No.", "Crime Ref No.", "Surname"], name="x")
    import yaml

    from reconcile.profiles import Profile

    assert Profile.model_validate(yaml.safe_load(profile.to_yaml())).columns == profile.columns
