"""English is scored with the same floors as French (issue 13 item 3).

tests/test_quality_gate.py scores news-dev's English articles; this checks that every figure
floored for French is floored for English too, so no English figure can fall unnoticed where the
French one would be caught.
"""

from __future__ import annotations

import json
from pathlib import Path

FLOORS = json.loads((Path(__file__).resolve().parent / "quality_floor.json").read_text(encoding="utf-8"))


def test_english_has_a_floor_for_every_french_figure() -> None:
    french = {k for k in FLOORS["news-dev-fr"] if not k.startswith("_")}
    english = {k for k in FLOORS["news-dev-en"] if not k.startswith("_")}
    assert french == english
    assert {"event_recall", "event_precision", "field_accuracy", "claim_recall", "stance_accuracy"} <= english


def test_every_english_floor_is_a_real_figure() -> None:
    for key, value in FLOORS["news-dev-en"].items():
        if not key.startswith("_"):
            assert isinstance(value, int | float) and 0.0 <= value <= 1.0, key
