"""A spaCy token ``Matcher`` that skips the Docs where a pattern cannot match.

Why: the trigger patterns with a gap ("frapper {0,3} cible", ~20 labels per language, one LOWER
and one LEMMA pattern each) went through spaCy's ``Matcher``, which starts every pattern at every
token and forks a state at each optional token of the gap: 0.47 s CPU on the 454 articles of
bench/scale.py (64,000 tokens), the largest single cost of the extraction stages, for a handful
of matches. A pattern matches only in a Doc that contains, for each of its required tokens, one
of the values that token accepts; the set of a Doc's LOWER and LEMMA values is one NumPy call
away. So each label gets its own ``Matcher``, called only on the Docs that contain every word
one of its patterns requires: the same matches (without ``greedy``, a ``Matcher``'s matches are
the union of its patterns' matches, so splitting by label changes nothing), in a few
milliseconds.

Gated token specs: ``{ATTR: value}`` and ``{ATTR: {"IN": [values]}}`` on ``ORTH``, ``LOWER``,
``LEMMA`` or ``NORM``, without ``OP`` or with ``OP`` "1"/"+"; every other spec (gaps, other
attributes, other operators) requires nothing, and a pattern with no gated spec is always run.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.attrs import IDS
from spacy.matcher import Matcher

GATED_ATTRS = ("ORTH", "LOWER", "LEMMA", "NORM")
# the OP values under which a token must be present (None: no OP, exactly one)
REQUIRED_OPS = (None, "1", "+")

# one requirement: (attribute, the hashes it may take); a pattern requires all of its own
Requirement = tuple[str, frozenset[int]]


def requirements(vocab: Any, pattern: list[dict[str, Any]]) -> list[Requirement]:
    """What a Doc must contain for the token pattern to match anywhere in it."""
    out: list[Requirement] = []
    for spec in pattern:
        if spec.get("OP") not in REQUIRED_OPS:
            continue
        for attr, value in spec.items():
            if attr == "OP" or attr.upper() not in GATED_ATTRS:
                continue
            if isinstance(value, str):
                values: Iterable[Any] = [value]
            elif isinstance(value, dict) and set(value) == {"IN"}:
                values = value["IN"]
            else:
                continue
            if all(isinstance(v, str) for v in values):
                out.append((attr.upper(), frozenset(vocab.strings.add(v) for v in values)))
    return out


class GatedMatcher:
    """``Matcher``-like: ``add(label, patterns)``, then ``matcher(doc)`` -> (id, start, end) list."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        # label -> (its Matcher, each pattern's requirements)
        self._labels: dict[str, tuple[Any, list[list[Requirement]]]] = {}

    def add(self, label: str, patterns: list[list[dict[str, Any]]]) -> None:
        if label in self._labels:
            matcher, reqs = self._labels[label]
        else:
            matcher, reqs = Matcher(self.vocab), []
            self._labels[label] = (matcher, reqs)
        matcher.add(label, patterns)
        reqs.extend(requirements(self.vocab, p) for p in patterns)

    def __len__(self) -> int:
        return len(self._labels)

    def __contains__(self, label: str) -> bool:
        return label in self._labels

    def __call__(self, doc: Any) -> list[tuple[int, int, int]]:
        present: dict[str, set[int]] = {}

        def has(req: Requirement) -> bool:
            attr, values = req
            if attr not in present:
                present[attr] = set(doc.to_array(IDS[attr]).tolist()) if len(doc) else set()
            return not values.isdisjoint(present[attr])

        out: list[tuple[int, int, int]] = []
        for matcher, reqs in self._labels.values():
            if any(all(has(r) for r in pattern) for pattern in reqs):
                out.extend(matcher(doc))
        return out
