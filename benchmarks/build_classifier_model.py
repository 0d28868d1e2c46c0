"""Rebuild models/classifier.json from the bundled rules (and report dev-corpus accuracy in it).

Run after changing anything in rules/:  .venv/bin/python benchmarks/build_classifier_model.py
The review threshold and the ``text_model`` section are kept as they are: benchmarks/train_text_model.py
chooses both from leave-one-author-out decisions (the development corpus, which the rules were
written on, is right in nearly every confidence band and cannot tell where a person should look).
Dev metrics are for the rules alone.
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
    try:
        current = load_model()
        threshold, text_model = current.review_threshold, current.text_model
    except Exception:  # noqa: BLE001 - a missing or old file: start without a text model
        threshold, text_model = 0.5, None
    dev = ROOT / "tests" / "data" / "notes_dev.csv"
    if dev.is_file():
        df = pd.read_csv(dev, dtype=str, keep_default_na=False)
        engine = Engine(bundle)
        results = [engine.classify_text(t) for t in df["text"]]
        correct = [r.category == c for r, c in zip(results, df["category"], strict=True)]
        metrics["dev_accuracy"] = round(sum(correct) / len(correct), 4)
        metrics["dev_rows"] = float(len(correct))
        metrics["review_rate"] = round(sum(r.confidence < threshold for r in results) / len(results), 4)
    model = build_model(bundle, review_threshold=threshold, dev_metrics=metrics, text_model=text_model)
    out = ROOT / "models" / "classifier.json"
    out.write_text(json.dumps(model.model_dump(mode="json"), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}: threshold {threshold}, {metrics}")


if __name__ == "__main__":
    main()
