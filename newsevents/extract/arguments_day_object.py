"""The object of a verb the parser lost to the day word after it: "a tué mercredi à Saïda, dans le
sud du Liban, Khalil Mansour, un commandant du Hamas" is parsed with "mercredi" as the object and
the person as a bare modifier of the verb, or as an apposition of the place before him.

Why a rule of its own: French wire copy puts the day between the verb and its object, and the
parser then reads the day as the object; the verb's real patient is the bare noun phrase after it
(no preposition of its own), or a person's name apposed to a place phrase of the verb (a place is
never apposed to a person's name). Read by arguments.object_parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.where_spots import weekdays

DAY_OBJECT_DEPS = frozenset({"obj", "dobj"})
BARE_DEPS = frozenset({"obl:mod", "obl", "npadvmod", "tmod"})
PERSON_LABELS = frozenset({"PER", "PERSON"})


def day_read_objects(verb: Token, language: str) -> list[Token]:
    """The tokens that hold the verb's real object when its parsed object is a weekday word."""
    if not any(c.dep_ in DAY_OBJECT_DEPS and c.lower_ in weekdays(language) for c in verb.children):
        return []
    out: list[Token] = []
    for c in verb.children:
        if c.i < verb.i or (not c.dep_.startswith("obl") and c.dep_ not in BARE_DEPS):
            continue
        bare = not any(g.dep_ == "case" for g in c.children)
        if c.dep_ in BARE_DEPS and c.pos_ in ("NOUN", "PROPN") and bare:
            out.append(c)  # "a tué mercredi, à Saïda, Khalil Mansour": no preposition of its own
        else:  # "... dans le sud du Liban, Hassan Fadlallah": the name apposed to the place phrase
            out += [g for g in c.subtree
                    if g.dep_ == "appos" and g.pos_ == "PROPN" and g.ent_type_ in PERSON_LABELS]
    return out
