"""The two example articles through the whole pipeline, scored with the gold file's own matching
rule (type in the gold types, date intervals overlap). Not a substitute for the construction
tables in test_events_fr.py / test_events_en.py: this checks the stage in context."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import GOLD, SEEDS

# publication dates inside the gold intervals (the time stage infers them when not given)
PUBLISHED = {"000_bdba085a3ea53b9b": "2025-11-15", "003_ebd5745145db4e85": "2021-04-13"}
MIN_RECALL = 0.9
MIN_PRECISION = 0.85

pytestmark = pytest.mark.slow


def _overlap(gold: dict | None, start: date, end: date) -> bool:
    if not gold:
        return True
    return start <= date.fromisoformat(gold["end"]) and date.fromisoformat(gold["start"]) <= end


def _matches(event, gold: dict) -> bool:
    if event.type not in gold["types"]:
        return False
    if event.date is None:
        return not gold.get("date")
    return _overlap(gold.get("date"), event.date.start, event.date.end)


@pytest.fixture(scope="module")
def seeds(analyse):
    gold = {d["document"]: d for d in json.loads(GOLD.read_text(encoding="utf-8"))["documents"]}
    out = {}
    for doc_id, pub in PUBLISHED.items():
        text = (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")
        out[doc_id] = (analyse(text, language="fr", published=pub), gold[doc_id])
    return out


def _greedy(events, golds):
    """Each exported event matches at most one gold event (required gold first)."""
    used: set[int] = set()
    pairs = []
    for g in sorted(golds, key=lambda g: not g.get("required", True)):
        for n, e in enumerate(events):
            if n not in used and _matches(e, g):
                used.add(n)
                pairs.append((g, e))
                break
    return pairs, used


def test_recall_and_precision_on_the_seeds(seeds):
    required = found = exported = matched = 0
    for article, gold in seeds.values():
        pairs, used = _greedy(article.events, gold["events"])
        required += sum(1 for g in gold["events"] if g.get("required", True))
        found += sum(1 for g, _ in pairs if g.get("required", True))
        exported += len(article.events)
        matched += len(used)
    assert found / required >= MIN_RECALL
    assert matched / exported >= MIN_PRECISION


def test_coordinated_strikes_are_two_events(seeds):
    article, _ = seeds["000_bdba085a3ea53b9b"]
    drones = sorted(e.date.start for e in article.events if e.type == "drone_strike")
    assert drones == [date(2025, 8, 8), date(2025, 8, 18)]


def test_every_event_is_traceable(seeds):
    for article, _ in seeds.values():
        for e in article.events:
            assert e.spans and all(0 <= a < b <= len(article.text) for a, b in e.spans)
            a, b = e.trigger
            assert article.text[a:b].strip()
            assert e.acled and e.plover and e.summary


def test_undated_recollections_are_not_events(seeds):
    article, _ = seeds["000_bdba085a3ea53b9b"]
    assert all(e.date is not None for e in article.events)
    # "de telles attaques" / "des attaques similaires ... dans le passé" yield no strike of their own
    strikes = [e for e in article.events if e.type in ("missile_strike", "air_strike", "drone_strike")]
    assert len(strikes) == 6


def test_alleged_use_is_not_reported_as_fact(seeds):
    article, _ = seeds["003_ebd5745145db4e85"]
    uses = [e for e in article.events if e.type == "missile_strike"]
    assert len(uses) == 1
    assert uses[0].status in ("alleged", "disputed", "denied")
