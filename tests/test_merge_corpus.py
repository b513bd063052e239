"""Issue 12: merging on a corpus of our own, through the whole pipeline.

tests/data/merge_corpus.jsonl holds short French and English articles, written for this test in
the register of wire copy: the same incidents told by several outlets in both languages (a missile
strike on a port, a drone attack, a glide bomb on a flat, a summons, an air strike on a school),
and different incidents on the same day in the same city (the port strike and the drone attack on
Odesa, both on 14 October) or in the same territory (Gaza City and Khan Younis on 12 October).
Each line names its ``incident``; pairwise precision and recall of merging over documents must
reach MIN_PAIRWISE. Documents are judged by every event they yield: two documents are merged when
one incident holds an event of each."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from newsevents.store import Store

CORPUS = Path(__file__).with_name("data") / "merge_corpus.jsonl"
# the goal for pairwise merge precision and recall
MIN_PAIRWISE = 0.9


def pairwise(store: Store, truth: dict[str, str]) -> tuple[float, float, list[str]]:
    incidents: dict[str, set[str]] = {doc: set() for doc in truth}
    for e in store.events():
        for s in e["sources"]:
            incidents.setdefault(s["document"], set()).add(e["id"])
    right = merged = gold = 0
    errors = []
    for a, b in itertools.combinations(sorted(truth), 2):
        same_gold = truth[a] == truth[b]
        same = bool(incidents[a] & incidents[b])
        gold += same_gold
        merged += same
        right += same_gold and same
        if same_gold != same:
            errors.append(f"{'missed' if same_gold else 'wrong'}: {a} ~ {b}")
    return (right / merged if merged else 1.0), (right / gold if gold else 1.0), errors


@pytest.mark.slow
def test_the_corpus_merges_into_its_incidents(tmp_path: Path, pipe) -> None:  # type: ignore[no-untyped-def]
    from newsevents.ingest import ingest

    truth = {
        r["id"]: r["incident"]
        for r in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())
    }
    assert len(set(truth.values())) >= 5 and len(truth) >= 10
    with Store.open(str(tmp_path / "corpus.db")) as store:
        summary = ingest([str(CORPUS)], store, pipeline=pipe)
        assert summary.ok, summary.to_json()
        precision, recall, errors = pairwise(store, truth)
    assert precision >= MIN_PAIRWISE and recall >= MIN_PAIRWISE, (precision, recall, errors)
    # the French and English reports of one strike are one incident, not two
    assert not [e for e in errors if "odesa-port-fr-a ~ odesa-port-en-a" in e]
