"""Tests for the labelled synthetic note generator and the golden corpora it writes."""

from __future__ import annotations

import csv
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from reconcile.synthetic_notes import CATEGORIES, FLAGS, LabelledNote, generate_notes

ROOT = Path(__file__).resolve().parent.parent
DEV_CSV = ROOT / "tests" / "data" / "notes_dev.csv"
HELDOUT_CSV = ROOT / "benchmarks" / "data" / "notes_heldout.csv"

TAXONOMY_CATEGORIES = {
    "homicide", "death_injury_driving", "violence_with_injury", "violence_without_injury",
    "stalking_harassment", "sexual_offences", "robbery", "burglary", "vehicle_offences",
    "theft_from_person", "bicycle_theft", "shoplifting", "other_theft", "criminal_damage_arson",
    "drug_offences", "possession_of_weapons", "public_order", "misc_crimes_against_society",
    "fraud_computer_misuse", "anti_social_behaviour", "other_crime",
}  # fmt: skip
TAXONOMY_FLAGS = {
    "domestic_abuse", "hate_crime", "online", "knife_sharp_instrument",
    "child_sexual_abuse_exploitation", "modern_slavery", "honour_based_abuse",
}  # fmt: skip


def read_corpus(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def ngrams(text: str, n: int = 5) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.fixture(scope="module")
def dev() -> list[LabelledNote]:
    return generate_notes(800, seed=11, style="dev")


@pytest.fixture(scope="module")
def heldout() -> list[LabelledNote]:
    return generate_notes(500, seed=11, style="heldout")


def test_codes_match_taxonomy():
    assert set(CATEGORIES) == TAXONOMY_CATEGORIES and len(CATEGORIES) == 21
    assert set(FLAGS) == TAXONOMY_FLAGS and len(FLAGS) == 7


@pytest.mark.parametrize("style", ["dev", "heldout"])
def test_deterministic_for_a_seed(style):
    assert generate_notes(60, seed=5, style=style) == generate_notes(60, seed=5, style=style)
    assert generate_notes(60, seed=5, style=style) != generate_notes(60, seed=6, style=style)


def test_does_not_touch_global_rng():
    random.seed(123)
    expected = random.random()
    random.seed(123)
    generate_notes(20, seed=1)
    assert random.random() == expected


def test_n_zero_and_negative():
    assert generate_notes(0) == []
    with pytest.raises(ValueError, match="n must be"):
        generate_notes(-1)


def test_labels_are_valid_codes(dev, heldout):
    for note in dev + heldout:
        assert note.category in CATEGORIES
        assert note.flags <= set(FLAGS)
        assert 5 <= len(note.text.split()) <= 85


@pytest.mark.parametrize("which", ["dev", "heldout"])
def test_every_category_and_flag_appears(which, dev, heldout):
    notes = dev if which == "dev" else heldout
    categories = Counter(n.category for n in notes)
    flags = Counter(f for n in notes for f in n.flags)
    assert set(categories) == set(CATEGORIES)
    assert set(flags) == set(FLAGS)
    if which == "dev":
        assert min(categories.values()) >= 20
        assert min(flags.values()) >= 25


def test_domestic_abuse_is_common_but_not_dominant(dev):
    share = sum("domestic_abuse" in n.flags for n in dev) / len(dev)
    assert 0.12 <= share <= 0.30


def test_texts_unique_within_a_call(dev):
    assert len({n.text for n in dev}) == len(dev)


def test_heldout_shares_no_note_and_almost_no_phrasing_with_dev(dev, heldout):
    assert not {n.text for n in dev} & {n.text for n in heldout}
    dev_grams = set().union(*(ngrams(n.text) for n in generate_notes(1500, seed=3, style="dev")))
    overlapping = [n.text for n in heldout if ngrams(n.text) & dev_grams]
    # Only statutory offence names ("causing death by careless driving") may be shared.
    assert len(overlapping) / len(heldout) < 0.05, overlapping[:5]


@pytest.mark.parametrize(
    ("pattern", "flag"),
    [
        (r"\bnil DA\b|not a domestic|denies any relationship", "domestic_abuse"),
        (r"no DV history|non-domestic|never in a relationship", "domestic_abuse"),
        (r"no weapon|none seen|none produced|no knife", "knife_sharp_instrument"),
        (r"no hate element|not believed to be motivated by hostility", "hate_crime"),
        (r"no online element|nothing on social media|phone only", "online"),
    ],
)
def test_negated_mentions_never_set_the_flag(pattern, flag, dev, heldout):
    hits = [n for n in dev + heldout if re.search(pattern, n.text, re.IGNORECASE)]
    assert hits, "the corpus should contain hard negatives for this pattern"
    assert all(flag not in n.flags for n in hits)


def test_hard_negatives_exist_for_every_flag(dev):
    # Notes that mention the flag's vocabulary but must not carry the flag.
    cues = {
        "domestic_abuse": r"\bDA\b|ex-p|partner|ex\b",
        "hate_crime": r"hate|race|gay|disability|Jewish",
        "online": r"text|txt|SMS|phone",
        "knife_sharp_instrument": r"knife|stab|blade",
        "child_sexual_abuse_exploitation": r"\(1[3-7]\)|aged 1[0-7]|CSE|child",
        "modern_slavery": r"\bMS\b|car wash|work",
        "honour_based_abuse": r"honour|marri|family",
    }
    for flag, cue in cues.items():
        negatives = [n for n in dev if flag not in n.flags and re.search(cue, n.text, re.IGNORECASE)]
        assert len(negatives) >= 5, flag


@pytest.mark.parametrize(("path", "minimum"), [(DEV_CSV, 600), (HELDOUT_CSV, 400)])
def test_golden_corpus_files_are_valid(path, minimum):
    rows = read_corpus(path)
    assert len(rows) >= minimum
    assert list(rows[0]) == ["note_id", "text", "category", "flags"]
    assert len({r["note_id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["category"] in CATEGORIES
        flags = [f for f in row["flags"].split(";") if f]
        assert set(flags) <= set(FLAGS)


def test_golden_files_share_no_text():
    dev_texts = {r["text"] for r in read_corpus(DEV_CSV)}
    assert not dev_texts & {r["text"] for r in read_corpus(HELDOUT_CSV)}


def test_golden_files_are_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
