"""The object of a verb the parser hung below the weekday before it.

Why: French wire copy puts the day between the verb and its object ("ont tué dimanche 12 insurgés",
"a lancé vendredi des frappes"), and the parser often reads the day as a modifier of the verb and
the object as a noun modifier of the day ("insurgés" nmod of "dimanche"). A rule reading the verb's
object (the victims of a killing verb, the act noun of a light verb) looks there too. A weekday
only: a noun below another time word ("la nuit des combats") is that word's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lang import section_words

DAY_DEPS = frozenset({"obl:mod", "obl", "npadvmod"})
HUNG_DEPS = frozenset({"nmod"})


def hung_below_day(verb: Token) -> list[Token]:
    """The nouns hung below a weekday modifier of the verb, after the verb (module docstring)."""
    days = section_words(verb.lang_, "time", "weekdays")
    partitive = section_words(verb.lang_, "events", "partitive_articles")  # "des frappes": no preposition
    return [c for d in verb.children if d.i > verb.i and d.dep_ in DAY_DEPS and d.lower_ in days
            for c in d.children if c.dep_ in HUNG_DEPS and c.pos_ in ("NOUN", "PROPN")
            and not any(g.dep_ == "case" and g.lower_ not in partitive for g in c.children)]
