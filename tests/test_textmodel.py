"""The trained text model: artifact round trip, reproducible training, and how it joins the rules."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from reconcile._nlp import MODEL_CATEGORY_ID, MODEL_FLAG_ID, Engine
from reconcile._textmodel import GUARD_SETS, Combination, TextModel, _bucket, combine, featurise, model_choices, train
from reconcile.classify import TextModelSettings, classify, explain, get_engine, load_model, load_text_model
from reconcile.resources import models_dir
from reconcile.rulepack import FLAG_CODES, PRINCIPAL_ORDER

DEV = Path(__file__).parent / "data" / "notes_dev.csv"
N_CAT = len(PRINCIPAL_ORDER)
DA_BIT = FLAG_CODES.index("domestic_abuse")


def _shipped() -> TextModel:
    tm = load_model().text_model
    return load_text_model(str(models_dir() / tm.artifact), tm.sha256)


def _predict(engine: Engine, tm: TextModel, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    gids, note, _ = engine._tokenise_batch(pa.array(texts, type=pa.string()))
    return tm.predict(engine, gids, note, len(texts))


def test_artifact_round_trip_and_provenance(tmp_path: Path) -> None:
    settings = load_model().text_model
    path = models_dir() / settings.artifact
    assert hashlib.sha256(path.read_bytes()).hexdigest() == settings.sha256, "rerun benchmarks/train_text_model.py"
    tm = _shipped()
    assert tm.classes == PRINCIPAL_ORDER and tm.heads == ("domestic_abuse",)
    for key in ("built_by", "library_version", "rules_version", "rules_sha256", "training_files", "train_settings"):
        assert key in tm.meta, key
    assert all(len(sha) == 64 for sha in tm.meta["training_files"].values())
    tm.save(tmp_path / "m.npz")
    back = TextModel.load(tmp_path / "m.npz")
    assert back.classes == tm.classes and back.heads == tm.heads and back.meta == tm.meta
    np.testing.assert_array_equal(back.buckets, tm.buckets)
    np.testing.assert_array_equal(back.weights, tm.weights)
    np.testing.assert_array_equal(back.bias, tm.bias)
    engine = get_engine()
    texts = ["ex-p punched V in the face", "bike nicked from the shed", ""]
    for a, b in zip(_predict(engine, tm, texts), _predict(engine, back, texts), strict=True):
        np.testing.assert_array_equal(a, b)


def test_wrong_hash_is_refused(tmp_path: Path) -> None:
    from reconcile.errors import ConfigError

    settings = load_model().text_model
    with pytest.raises(ConfigError, match="sha256"):
        load_text_model(str(models_dir() / settings.artifact), "0" * 64)
    with pytest.raises(ConfigError, match="train_text_model"):
        load_text_model(str(tmp_path / "missing.npz"))


def test_training_is_reproducible_on_a_small_slice() -> None:
    df = pd.read_csv(DEV, dtype=str, keep_default_na=False).head(150)
    engine = get_engine()
    y = np.array([PRINCIPAL_ORDER.index(c) for c in df["category"]])
    y_da = df["flags"].str.contains("domestic_abuse").to_numpy().astype(np.float32)[:, None]
    runs = []
    for _ in range(2):
        r, c, v = featurise(engine, df["text"].tolist())
        runs.append(train(r, c, v, len(df), y, y_da, N_CAT, epochs=8))
    for a, b in zip(*runs, strict=True):
        np.testing.assert_array_equal(a, b)
    buckets, w, b = runs[0]
    tm = TextModel(PRINCIPAL_ORDER, ("domestic_abuse",), buckets, w, b)
    p, h = _predict(engine, tm, df["text"].tolist())
    assert (p.argmax(axis=1) == y).mean() > 0.5  # it learnt something in 8 steps
    assert p.shape == (len(df), N_CAT) and h.shape == (len(df), 1)


def test_prediction_does_not_depend_on_the_batch() -> None:
    texts = pd.read_csv(DEV, dtype=str, keep_default_na=False)["text"].head(60).tolist()
    engine, tm = get_engine(), _shipped()
    p_all, h_all = _predict(engine, tm, texts)
    for i in (0, 17, 59):
        p_one, h_one = _predict(engine, tm, [texts[i]])
        np.testing.assert_array_equal(p_one[0], p_all[i])
        np.testing.assert_array_equal(h_one[0], h_all[i])


def _probs(cat: int, p: float) -> np.ndarray:
    out = np.full(N_CAT, (1 - p) / (N_CAT - 1))
    out[cat] = p
    return out


def test_combination_rules() -> None:
    how = Combination(rules_confident=0.85, model_confident=0.5, da_on=0.8, da_off=0.05)
    robbery, fraud = PRINCIPAL_ORDER.index("robbery"), PRINCIPAL_ORDER.index("fraud_computer_misuse")
    da = 1 << DA_BIT
    cases = [
        # (rules category, confidence, flags, blocked, model p, DA p) -> (category, flags, by model)
        ((robbery, 0.9, 0, 0, _probs(fraud, 0.99), 0.5), (robbery, 0, False)),  # confident rules stand
        ((robbery, 0.6, 0, 0, _probs(fraud, 0.7), 0.5), (fraud, 0, True)),  # unsure rules, sure model
        ((robbery, 0.6, 0, 0, _probs(fraud, 0.4), 0.5), (robbery, 0, False)),  # both unsure: rules
        ((robbery, 0.9, 0, 0, _probs(robbery, 0.9), 0.9), (robbery, da, False)),  # DA set by the model
        ((robbery, 0.9, 0, da, _probs(robbery, 0.9), 0.99), (robbery, 0, False)),  # ... not when vetoed
        ((robbery, 0.9, da, 0, _probs(robbery, 0.9), 0.01), (robbery, 0, False)),  # DA cleared
        ((robbery, 0.9, da, 0, _probs(robbery, 0.9), 0.3), (robbery, da, False)),  # ... only when sure
    ]
    for (cat, conf, flags, blocked, p, h), (want_cat, want_flags, want_model) in cases:
        arrays = [np.array([v]) for v in (cat, conf, flags, blocked)]
        out = combine(*arrays, p[None], np.array([h]), how, DA_BIT)
        assert (int(out.category[0]), int(out.flags[0]), bool(out.by_model[0])) == (want_cat, want_flags, want_model)
    # a category the note may not take (a broad label, or one the rules rejected) is never chosen
    allowed = np.ones((1, N_CAT), dtype=bool)
    allowed[0, fraud] = False
    out = combine(
        np.array([robbery]), np.array([0.4]), np.zeros(1, dtype=np.int64), np.zeros(1, dtype=np.int64),
        _probs(fraud, 0.9)[None], np.array([0.0]), how, DA_BIT, allowed,
    )  # fmt: skip
    assert int(out.category[0]) == robbery


def test_one_strong_match_is_overruled_only_by_a_surer_model() -> None:
    how = Combination(rules_confident=0.93, model_confident=0.3, da_on=0.8, overrule_confident=0.5)
    robbery, fraud = PRINCIPAL_ORDER.index("robbery"), PRINCIPAL_ORDER.index("fraud_computer_misuse")
    zeros = np.zeros(1, dtype=np.int64)
    for conf, p, want in [
        (0.9, 0.4, robbery),  # one strong match (0.9): p=0.4 is not enough
        (0.9, 0.6, fraud),  # ... p=0.6 is
        (0.88, 0.4, fraud),  # a strong match with a rival (0.88): the usual 0.3 applies
        (0.95, 0.99, robbery),  # two strong matches (0.95) stand at any p
    ]:
        out = combine(
            np.array([robbery]), np.array([conf]), zeros, zeros, _probs(fraud, p)[None], np.zeros(1), how, DA_BIT
        )
        assert int(out.category[0]) == want, (conf, p)


def test_injury_guard_keeps_the_model_from_adding_an_injury() -> None:
    vwi, vwoi = PRINCIPAL_ORDER.index("violence_with_injury"), PRINCIPAL_ORDER.index("violence_without_injury")
    named = np.array([False, True])
    blocked = np.zeros(2, dtype=np.int64)
    on = model_choices(2, blocked, named, Combination(injury_guard=True))
    off = model_choices(2, blocked, named, Combination(injury_guard=False))
    assert on[:, vwi].tolist() == [False, True] and off[:, vwi].tolist() == [True, True]
    assert on[:, vwoi].all()
    how = Combination(rules_confident=0.93, model_confident=0.3, injury_guard=True)
    out = combine(
        np.array([vwoi, vwoi]), np.array([0.6, 0.6]), blocked, blocked, np.vstack([_probs(vwi, 0.9)] * 2),
        np.zeros(2), how, DA_BIT, on,
    )  # fmt: skip
    assert out.category.tolist() == [vwoi, vwi]  # not where no injury is named


def test_a_category_no_rule_saw_needs_a_surer_model() -> None:
    how = Combination(rules_confident=0.93, model_confident=0.3, unseen_confident=0.7)
    vwi, sexual = PRINCIPAL_ORDER.index("violence_with_injury"), PRINCIPAL_ORDER.index("sexual_offences")
    zeros = np.zeros(1, dtype=np.int64)
    for seen, p, want in [
        (1 << vwi, 0.5, vwi),  # the rules saw violence only: p=0.5 for a sexual offence is not enough
        (1 << vwi, 0.8, sexual),  # ... p=0.8 is
        ((1 << vwi) | (1 << sexual), 0.5, sexual),  # the rules saw both: the usual 0.3 applies
        (0, 0.5, sexual),  # the rules saw nothing: the model is free
    ]:
        args = (np.array([vwi]), np.array([0.6]), zeros, zeros, _probs(sexual, p)[None], np.zeros(1), how, DA_BIT)
        out = combine(*args, seen=np.array([seen]))
        assert int(out.category[0]) == want, (seen, p)
    # off by default
    out = combine(*args[:6], Combination(rules_confident=0.93, model_confident=0.3), DA_BIT, seen=np.array([1 << vwi]))
    assert int(out.category[0]) == sexual


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> Engine:
    """The shipped engine with a tiny model: the made-up word "zorblax" means fraud and domestic abuse."""
    engine = get_engine()
    norm = engine.norm("zorblax")
    buckets = np.array(sorted({_bucket("w|" + norm)}), dtype=np.int64)
    w = np.zeros((1, N_CAT + 1), dtype=np.float32)
    w[0, PRINCIPAL_ORDER.index("fraud_computer_misuse")] = 400.0
    w[0, N_CAT] = 400.0
    b = np.zeros(N_CAT + 1, dtype=np.float32)
    b[N_CAT] = -10.0
    monkeypatch.setattr(engine, "textmodel", TextModel(PRINCIPAL_ORDER, ("domestic_abuse",), buckets, w, b))
    monkeypatch.setattr(engine, "combination", Combination(0.85, 0.5, 0.8, 0.0))
    return engine


def test_model_decision_carries_evidence(fake_model: Engine) -> None:
    d = explain("zorblax zorblax, her husband")
    assert d.category == "fraud_computer_misuse"
    assert d.rule_ids[0] == MODEL_CATEGORY_ID and MODEL_FLAG_ID in d.rule_ids
    assert "domestic_abuse" in d.flags
    assert d.evidence[0].rule_id == MODEL_CATEGORY_ID and "zorblax" in d.evidence[0].text
    assert d.evidence_line.startswith("fraud_computer_misuse: 'p=")
    # strong rules stand; the flag still comes from the model
    d = explain("zorblax: he broke into my house and took the telly, husband away")
    assert d.category == "burglary" and "domestic_abuse" in d.flags
    # a negated domestic-abuse mention blocks the model's flag
    d = explain("zorblax zorblax, her husband, no DA")
    assert "domestic_abuse" not in d.flags
    # and so does a note that names no partner or relative at all ("s47 ABH")
    d = explain("zorblax zorblax")
    assert d.category == "fraud_computer_misuse" and "domestic_abuse" not in d.flags


def test_classify_and_explain_agree_with_the_model(fake_model: Engine) -> None:
    texts = ["zorblax zorblax", "zorblax: he broke into my house", "zorblax zorblax, no DA", "bike stolen", ""]
    labels = ["Other crime", "Burglary", "", "Bicycle theft", "misc"]
    out = classify(pd.DataFrame({"notes": texts, "cat": labels}), category_column="cat")
    for text, label, (_, row) in zip(texts, labels, out.iterrows(), strict=True):
        d = explain(text, label)
        got = (d.category, d.confidence, d.evidence_line, ";".join(d.rule_ids), "domestic_abuse" in d.flags)
        want = (
            row["rc_category"], row["rc_confidence"], row["rc_evidence"], row["rc_rule_ids"],
            bool(row["rc_flag_domestic_abuse"]),
        )  # fmt: skip
        assert got == want, text


def test_disabled_by_default_in_settings() -> None:
    assert TextModelSettings().enabled is False


def test_role_features_pair_relationship_and_abuse_words() -> None:
    """A relationship word within ROLE_WINDOW tokens of an abuse word adds the r|* feature."""
    from reconcile._textmodel import _ROLE_ANY, N_BITS

    engine = get_engine()
    any_bucket = int(_ROLE_ANY >> np.uint64(64 - N_BITS))
    r, c, _ = featurise(engine, ["her ex-partner punched her", "bike stolen from the shed", "partner"])
    rows_with = set(r[c == any_bucket].tolist())
    assert rows_with == {0}


def test_guarded_categories_keep_the_model_from_trading_a_graver_offence_down() -> None:
    sexual = PRINCIPAL_ORDER.index("sexual_offences")
    vwi = PRINCIPAL_ORDER.index("violence_with_injury")
    driving = PRINCIPAL_ORDER.index("death_injury_driving")
    # rape named; an assault only; a driver who left a pedestrian with serious injuries
    cat_strong = np.array([1 << sexual, 1 << vwi, 1 << driving], dtype=np.int64)
    none = np.zeros(3, dtype=np.int64)
    named = np.ones(3, dtype=bool)
    on = model_choices(3, none, named, Combination(guarded=("sexual_offences",)), cat_strong)
    off = model_choices(3, none, named, Combination(), cat_strong)
    grave = model_choices(3, none, named, Combination(guarded=GUARD_SETS[2]), cat_strong)
    assert on[0, : sexual + 1].all() and not on[0, sexual + 1 :].any()  # homicide still open above it
    assert on[1].all() and on[2].all() and off.all()
    assert (grave[0] == on[0]).all() and grave[1].all()
    assert grave[2, : driving + 1].all() and not grave[2, driving + 1 :].any()
    how = Combination(rules_confident=0.93, model_confident=0.3, guarded=("sexual_offences",))
    out = combine(
        np.array([sexual, sexual]), np.array([0.88, 0.88]), none[:2], none[:2], np.vstack([_probs(vwi, 0.9)] * 2),
        np.zeros(2), how, DA_BIT, np.vstack([on[0], off[0]]),
    )  # fmt: skip
    assert out.category.tolist() == [sexual, vwi]
