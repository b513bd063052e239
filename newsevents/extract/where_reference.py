"""A place the gazetteer lacks keeps its name over a town named as a reference beside it.

Why: "the X displacement camp in North Darfur, south of the besieged city of Y", "une église à X,
dans la province de l'Ituri, près de Y": the text names the scene (the camp, the village: kept at
its unit's point by where_unlisted.py) and a known town to say roughly where it lies. The town is
the finer place, so best_place took it, and the register said "Y": the camp's name was lost and the
act was put in a town it did not happen in. A town told after a near cue (``near_cues`` of
lang/<code>/places.yaml) or a compass bearing (``directions``: "south of", "au sud de"), in the
act's clause after the named place, is a reference: the act keeps the named place (its unit's point
and precision) and the town goes to its ``near``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span

from newsevents.extract.arguments import Ref, clause_tokens
from newsevents.lang import section_words
from newsevents.model import Mention, Near, Place

# precisions of a place where_unlisted kept under the text's name at its unit's point
UNIT_PRECISIONS = frozenset({"admin1", "admin2", "region"})
# precisions of a town named as a reference
REFERENCE_PRECISIONS = frozenset({"city"})
# lower-case words between the cue and the town: "south of the besieged city of", "près de la ville de"
MAX_LINK_TOKENS = 6


@cache
def _cues(language: str) -> tuple[tuple[str, ...], ...]:
    """The near cues and compass bearings of a language, as word tuples, longest first."""
    words = section_words(language, "places", "near_cues") | section_words(language, "places", "directions")
    return tuple(sorted({tuple(w.replace("’", "'").split()) for w in words}, key=len, reverse=True))


def named_over_reference(places: list[Ref], best: Ref, trigger: Span) -> Ref:
    """`best`, or the unlisted place named before it in the act's clause when `best` is a town told
    as a reference (see the module's docstring); the town becomes that place's ``near``."""
    if best.value.precision not in REFERENCE_PRECISIONS:
        return best
    doc = trigger.doc
    cue = _reference_cue(doc, best.start)
    if cue is None:
        return best
    lo, _ = clause_tokens(trigger)
    named = [r for r in places if lo <= r.start < cue and r.start < best.start and _unlisted(r)]
    if not named:
        return best
    own = named[-1]
    near = best.value.near or Near(what=best.value.name, distance_m=None, text=doc[cue:best.end].text)
    place = replace(own.value, near=near)
    m = own.mention
    return Ref(Mention(m.kind, m.span, m.text, place, m.sentence), own.start, own.end, own.sent)


def _unlisted(ref: Ref) -> bool:
    """A place where_unlisted kept under the name the text gave, at its unit's point: no gazetteer
    id, a unit's precision, a name that is neither the unit's nor a border's."""
    v = ref.value
    return isinstance(v, Place) and v.geonameid is None and v.precision in UNIT_PRECISIONS \
        and v.country is not None and v.name != v.admin1 and v.name == ref.mention.text


def _reference_cue(doc: object, start: int) -> int | None:
    """The first token of a near cue or a bearing that ends, up to a few link words, right before
    token `start` ("south of the besieged city of", "près de"), or None."""
    words = [t.lower_.replace("’", "'") for t in doc[max(0, start - MAX_LINK_TOKENS - 4):start]]
    base = start - len(words)
    for end in range(len(words), max(0, len(words) - MAX_LINK_TOKENS) - 1, -1):
        if end < len(words):
            t = doc[base + end]
            if not (t.is_lower or not t.is_alpha) or t.pos_ in ("PROPN", "NUM"):
                return None  # a name or a number between: not a reference phrase
        for cue in _cues(doc.lang_):
            n = len(cue)
            if end >= n and tuple(words[end - n:end]) == cue:
                return base + end - n
    return None
