"""Which toll a bare number amounts to, read from the subject of the clause it ends.

"The death toll rose to seven, and the number of injured climbed to 35": climbing from "35" to the
verb of the toll ("rose"), the number was read as the dead of "death toll"; it is the injured of its
own clause. A clause's subject says what its number counts: a toll noun ("toll", "bilan") the dead;
a count noun whose complement names casualties ("the number of injured", "le nombre de blessés")
those casualties; any other subject ends the climb, the number is not a toll.
"""

from __future__ import annotations

from typing import Any

# the word a count noun's complement hangs on: "number" -> "of" -> "injured" (English), "nombre"
# -> "blessés" (French nmod)
COMPLEMENT_DEPS = frozenset({"prep", "nmod", "pobj"})


def _counted_casualty(noun: Any, lex: Any) -> str | None:
    """The casualty unit a count noun's complement names ("number of injured": injured)."""
    for c in noun.children:
        if c.dep_ not in COMPLEMENT_DEPS:
            continue
        word = next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "prep" else c
        if word.lower_ in lex.casualty_nouns:
            return str(lex.casualty_nouns[word.lower_])
    return None


def clause_toll(tok: Any, lex: Any) -> tuple[str, Any] | None:
    """(unit, first word of the phrase) when the subject of ``tok`` says what a number ending its
    clause counts, or its object does ("the UN put the death toll at 70", "put the number of dead
    at 70"); ("", tok) when ``tok`` is a verb with a subject of another kind and no such object (the
    number is its clause's, no toll); None when ``tok`` has no subject (climb on)."""
    foreign = False
    for c in tok.children:
        subject = c.dep_ in lex.subject_deps or c.dep_ in lex.passive_deps  # French reads "le
        # nombre de blessés est monté à 35" as a passive
        if not subject and c.dep_ not in lex.object_deps:
            continue
        first = next(t for t in c.subtree if t.pos_ != "DET" or t.i == c.i)
        if c.lower_ in lex.toll_nouns:
            return "killed", first
        unit = _counted_casualty(c, lex) if c.pos_ == "NOUN" else None
        if unit is not None:
            return unit, first
        foreign = foreign or (subject and tok.pos_ in ("VERB", "AUX") and c.pos_ in ("NOUN", "PROPN"))
    return ("", tok) if foreign else None
