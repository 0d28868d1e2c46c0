"""Rebuild models/classifier.json from the bundled rules (and report dev-corpus accuracy in it).

Run after changing anything in rules/:  .venv/bin/python benchmarks/build_classifier_model.py
The review threshold is chosen on the development corpus only (tests/data/notes_dev.csv): the
lowest threshold at which decisions above it are at least 90% accurate. The ``text_model`` section
(written by benchmarks/train_text_model.py) is kept as it is; dev metrics are for the rules alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reconcile._nlp import Engine  # noqa: E402
from reconcile.classify import build_model, load_model  # noqa: E402
from reconcile.rulepack import load_rules  # noqa: E402


def main() -> None:
    bundle = load_rules()
    metrics: dict[str, float] = {}
    threshold = 0.5
    dev = ROOT / "tests" / "data" / "notes_dev.csv"
    if dev.is_file():
        df = pd.read_csv(dev, dtype=str, keep_default_na=False)
        engine = Engine(bundle)
        results = [engine.classify_text(t) for t in df["text"]]
        correct = [r.category == c for r, c in zip(results, df["category"], strict=True)]
        metrics["dev_accuracy"] = round(sum(correct) / len(correct), 4)
        metrics["dev_rows"] = float(len(correct))
        for candidate in (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65):
            above = [ok for r, ok in zip(results, correct, strict=True) if r.confidence >= candidate]
            if above and sum(above) / len(above) >= 0.9:
                threshold = candidate
                break
        metrics["review_rate"] = round(sum(r.confidence < threshold for r in results) / len(results), 4)
    try:
        text_model = load_model().text_model
    except Exception:  # noqa: BLE001 - a missing or old file: start without a text model
        text_model = None
    model = build_model(bundle, review_threshold=threshold, dev_metrics=metrics, text_model=text_model)
    out = ROOT / "models" / "classifier.json"
    out.write_text(json.dumps(model.model_dump(mode="json"), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}: threshold {threshold}, {metrics}")


if __name__ == "__main__":
    main()
