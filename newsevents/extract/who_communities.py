"""Fighters named by their community, not by a state ("combattants druzes", "Druze fighters",
"tribus bédouines"), and a state's forces named by their government ("forces gouvernementales",
"government forces"): a side of its own, never the last army the text named (who_entities
otherwise takes a bare "combattants" or "forces" for the side named before).

Vocabulary: ``communities`` (an adjective of a community -> its English name) and
``government_adjectives`` of lang/<code>/parties.yaml.
"""

from __future__ import annotations

from typing import Any

from newsevents.lang import load_language, section_words
from newsevents.model import Party

# how an adjective hangs on the noun it describes
DESCRIBING_DEPS = frozenset({"amod", "compound", "nmod", "acl"})


def described_side(doc: Any, start: int, end: int, template: str | None,
                   code: str) -> tuple[Party, int, int] | None:
    """The side a bare forces word stands for when an adjective of a community or of the government
    describes it: "Druze fighters" (a group), "government forces" (the government, as the English
    "Government forces" always read), with the adjective's
    characters (part of the side's words, naming no party of its own: "government" of "government
    forces", "Yazidi" the NER tags an organisation). None otherwise."""
    if not template:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    communities = load_language(code).section("parties").get("communities") or {}
    governing = section_words(code, "parties", "government_adjectives")
    # the adjective on the noun, or right beside it when the parser hung it elsewhere ("les
    # affrontements entre combattants nouba": "nouba" read as qualifying "affrontements")
    beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    for c in [*(c for c in span.root.children if c.dep_ in DESCRIBING_DEPS), *beside]:
        if span.start <= c.i < span.end:
            continue
        word = c.text.lower()
        if word in communities:
            return Party(template.format(demonym=communities[word]), "group"), c.idx, c.idx + len(c.text)
        if word in governing:
            return Party("government", "government"), c.idx, c.idx + len(c.text)
    return None


def person_spans(ents: list[Any], labels: frozenset[str] | list[str], code: str) -> list[tuple[int, int]]:
    """Token ranges of the NER's persons, but for a community's name alone: "Druze" of "Druze
    fighters", "Bedouin" tagged PER names no one (``communities``)."""
    communities = load_language(code).section("parties").get("communities") or {}
    particles = section_words(code, "parties", "name_particles")
    return [(e.start, _whole_name_end(e, particles)) for e in ents
            if e.label_ in labels and e.text.lower() not in communities]


def _whole_name_end(ent: Any, particles: frozenset[str]) -> int:
    """The end of a person's name the NER cut after a particle ("Abdul-Malik al-" of "Abdul-Malik
    al-Houthi": the NER gave "Houthi" to the group): the particle's hyphen and the capitalised part
    after it belong to the name (``name_particles``)."""
    doc, end = ent.doc, ent.end
    if end + 1 < len(doc) and doc[end - 1].lower_ in particles and doc[end].text == "-" \
            and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 1  # "al" | "-Houthi"
    last = doc[end - 1]
    if end < len(doc) and last.text == "-" and not last.whitespace_ and doc[end - 2].lower_ in particles \
            and doc[end].is_alpha and doc[end].text[:1].isupper():
        return end + 1
    return ent.end
