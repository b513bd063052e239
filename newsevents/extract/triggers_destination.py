"""A sending told with the place it goes to: a deployment ("to Poland", "en Estonie").

Why: "NATO allies agreed to deploy fighter jets and air defence systems to Poland" came out an air
strike (aircraft deployed in an operation are used in it) and "Britain sent 300 troops to Estonia"
no incident: the verb alone cannot tell forces moved to a country from aircraft sent to strike it.
The destination can: an entry with `destination` counts only when a preposition of the language's
`destination_prepositions` below the verb, its object or its conjuncts, heads a country or a place
("to Poland", "en Pologne", "vers la Lituanie"); "sent jets to strike the port" (an infinitive) and
"sent 100 drones" (no place) stay what they were. The other way round, an entry with `undirected`
(a use of arms) counts only with no such place: aircraft deployed to a country under an operation
are no strike.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.triggers_state import NAME_DEPS
from newsevents.lang import section_words
from newsevents.parties.vocabulary import country_of_name

PLACE_ENTITIES = frozenset({"GPE", "LOC"})
# the words below a verb that may carry its destination: its objects, their conjuncts and modifiers
# (the parser hangs "to Poland" on "systems" in "deploy jets and systems to Poland"); never a clause
# of its own, whose places are its own verb's
CARRIER_DEPS = frozenset({"obj", "dobj", "conj", "nmod", "obl", "obl:arg", "obl:mod", "prep", "pobj", "cc",
                          "nummod", "amod", "compound", "det", "case", "appos", "dative"})
DESTINATION_OBJECT_DEPS = frozenset({"pobj", "obl", "obl:arg", "obl:mod", "nmod"})


def sent_to_place(root: Token) -> bool:
    """A preposition of destination below ``root`` (a verb or a noun such as "envoi") heads a country
    or a place entity."""
    words = section_words(root.lang_, "events", "destination_prepositions")
    todo, seen = [root], {root.i}
    while todo:
        token = todo.pop()
        for child in token.children:
            if child.i in seen or child.dep_ not in CARRIER_DEPS:
                continue
            seen.add(child.i)
            todo.append(child)
            if child.lower_ in words and _names_place(_prep_object(child)):
                return True
    return False


def _prep_object(prep: Token) -> Token | None:
    """The noun a preposition introduces: its object (English) or the noun it is the case of (French)."""
    if prep.dep_ == "case":
        return prep.head
    return next((c for c in prep.children if c.dep_ in DESTINATION_OBJECT_DEPS), None)


def _names_place(token: Token | None) -> bool:
    if token is None:
        return False
    if token.ent_type_ in PLACE_ENTITIES:
        return True
    name = " ".join(t.text for t in token.subtree if t.dep_ in NAME_DEPS or t is token)
    return bool(country_of_name(name, token.lang_))
