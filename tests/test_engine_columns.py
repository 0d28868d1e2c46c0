"""The token classes evaluated a column at a time with arrow give the same masks as per token in Python."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from reconcile._nlp import _RE2_UNSAFE
from reconcile.classify import get_engine

DATA = Path(__file__).parent / "data"


def _vocabulary() -> list[str]:
    """Every token of the development notes, plus shapes the classes test (names, ages, statutes, marks)."""
    engine = get_engine()
    notes = pd.read_csv(DATA / "notes_dev.csv", dtype=str, keep_default_na=False)["text"]
    tokens = {t for text in notes for t in engine.tokens(text)}
    names = "José Zoë ÉMILE Łukasz O'Neil May MAY V."
    shapes = "s.47 s47(1) s18 12yo 15 16 (8) 8) f*** n****r ١٢ ｓ - 's ’s 2nd £5k 1,000"
    tokens |= set(names.split()) | set(shapes.split()) | {""}
    return sorted(tokens)


def test_arrow_and_python_give_the_same_class_masks() -> None:
    engine = get_engine()
    texts = _vocabulary()
    lows = [t.lower() for t in texts]
    norms = [engine.norm(t) for t in texts]
    arrows = {k: pa.array(v, type=pa.string()) for k, v in (("TEXT", texts), ("LOWER", lows), ("NORM", norms))}
    specs = [engine._class_specs[cid] for cid in engine._generic_classes]
    regexes = [
        arg
        for spec in specs
        for want in spec.values()
        if isinstance(want, dict)
        for p, arg in want.items()
        if p == "REGEX"
    ]
    # most classes run in arrow; the Unicode-aware ones ("[^\W\d_A-Z]") stay in Python
    assert sum(_RE2_UNSAFE.search(r) is None for r in regexes) > len(regexes) // 2 > 0
    for spec in specs:
        python = engine._spec_mask(spec, texts, lows, norms)
        arrow = engine._spec_mask(spec, texts, lows, norms, arrows)
        differ = [texts[i] for i in np.flatnonzero(python != arrow)]
        assert not differ, (spec, differ[:10])
