"""Record the corpus scores that the regression test guards (tests/corpus/scores.json).

Run it after a change that raises the scores, and commit the file on purpose:
``python tests/corpus/record_scores.py``. The test fails when any figure drops
below the recorded one. Only languages whose annotator loads are recorded.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from hedgecheck import Annotator
from hedgecheck.evaluate import evaluate_pairs, load_gold

CORPUS = Path(__file__).resolve().parent
SCORES = CORPUS / "scores.json"
PARTS = ("tune", "test")


def measure(annotator: Annotator, folder: Path) -> dict[str, float]:
    report = evaluate_pairs(annotator, load_gold(folder))
    boundaries = (report.exact_boundaries or 0) / report.gold_sentences if report.gold_sentences else 0.0
    return {
        "boundaries": round(boundaries, 4),
        "certainty_accuracy": round(report.certainty.accuracy, 4),
        "certainty_macro_f1": round(report.certainty.macro_f1, 4),
        "attribution_accuracy": round(report.attribution.accuracy, 4),
        "attribution_macro_f1": round(report.attribution.macro_f1, 4),
    }


def main(languages: list[str]) -> int:
    scores = json.loads(SCORES.read_text(encoding="utf-8")) if SCORES.is_file() else {}
    for lang in languages:
        annotator = Annotator(lang)
        for part in PARTS:
            folder = CORPUS / lang / part
            if folder.is_dir():
                scores[f"{lang}/{part}"] = measure(annotator, folder)
                print(f"{lang}/{part}: {scores[f'{lang}/{part}']}")
    SCORES.write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["fr", "en"]))
