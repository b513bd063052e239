"""Who an arrest holds when the parser loses the object: a day told between the verb and its object,
a name set after its describing noun.

Why: "La police turque a arrêté mercredi le maire d'Istanbul, Ekrem Imamoglu" had no target: the
parser hung "le maire" below "mercredi" (as a day's modifier) and read "Ekrem Imamoglu", after the
comma, as a sentence of its own. The arrested person is the object hung below the day told right
after the verb (a weekday of the language's `weekdays`), and a describing noun with no name of its
own stands for the person named right after its phrase and a comma.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.arguments import Ref
from newsevents.extract.triggers import TIME_OBJECT_DEPS
from newsevents.extract.where_spots import weekdays

# how the object hangs below the day the parser took it for a modifier of
DAY_OBJECT_DEPS = frozenset({"nmod", "obj", "dobj", "appos"})
DAY_GAP = 2  # words between the verb and the day ("a arrêté mercredi", "arrested on Monday")


def day_objects(verb: Token) -> list[Token]:
    """The object a weekday told right after the verb displaced ("a arrêté mercredi le maire"): hung
    below the day, or beside it as a bare noun phrase of time (no preposition) the parser took it for."""
    days = weekdays(verb.lang_)
    told = [t for t in verb.children
            if t.dep_ in TIME_OBJECT_DEPS and 0 < t.i - verb.i <= DAY_GAP and t.lower_ in days]
    below = [c for t in told for c in t.children
             if c.dep_ in DAY_OBJECT_DEPS and c.pos_ == "NOUN" and c.i > t.i]
    beside = [c for t in told for c in verb.children
              if c.dep_ in TIME_OBJECT_DEPS and c.pos_ == "NOUN" and c.i > t.i and c.lower_ not in days
              and not any(g.dep_ == "case" for g in c.children)]
    return below + beside


def named_after(noun: Token, parties: list[Ref]) -> list[Ref]:
    """The person named right after a noun's phrase and a comma ("le maire d'Istanbul, Ekrem
    Imamoglu"), the apposition the parser did not attach."""
    after = noun.right_edge.i + 1
    if after >= len(noun.doc) or noun.doc[after].text != ",":
        return []
    return [r for r in parties if r.start == after + 1 and r.value.kind == "person"]

