"""A state as the doer a trigger's context words name, and an exclusion written as two words.

Why: a ship seized by a state's forces is a seizure, no abduction of its crew; the entry's context
words (`requires`: "forces", "guards", "naval") find it when the forces are named, but a headline
names the state alone ("Iran seizes tanker in Gulf of Oman", "L'Iran arraisonne un pétrolier"), and
its generic verb then typed the same act as an abduction beside the body's seizure. An entry with
`state_doer` also takes a country or a people heading the verb's subject or agent as its context
word, by the country tables (not the entity type: the English model tags "Pirates" GPE, the French
one a country LOC as it does a sea). And an entry's `excludes` may name a compound ("coast guard"):
the lone word "coast" excluded "seized a tanker off the coast of Somalia" with the coastguard.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsevents.parties.vocabulary import country_of_adjective, country_of_name

# the verb's doer: its subject, or a passive's agent (English "by" -> noun; French obl:agent)
DOER_DEPS = frozenset({"nsubj", "obl:agent", "agent"})
COMPOUND_DEPS = frozenset({"compound"})
NAME_DEPS = COMPOUND_DEPS | {"flat", "flat:name"}  # the words of a name before or after its head


def state_doer(verb: Token) -> bool:
    """The verb's subject or agent is a country or a people ("Iran seizes", "saisi par l'Iran")."""
    doers = [c for c in verb.children if c.dep_ in DOER_DEPS]
    doers += [p for c in doers if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(_country(d) for d in doers)


def _country(token: Token) -> bool:
    """A country's name ("Iran", "South Korea" with its compound) or demonym ("the Iranians"): the
    French model tags countries LOC, as it does seas and towns, so the country tables decide."""
    name = " ".join(t.text for t in token.subtree if t.dep_ in NAME_DEPS or t is token)
    return bool(country_of_name(name, token.lang_) or country_of_adjective(token.lower_, token.lang_))


def excluded_compound(near: Iterable[Token], excludes: frozenset[str]) -> bool:
    """A word of ``near`` read with the compound before it names an excluded thing ("coast guard")."""
    return any(f"{c.lower_} {t.lower_}" in excludes or f"{c.lower_} {t.lemma_.lower()}" in excludes
               for t in near for c in t.children if c.dep_ in COMPOUND_DEPS)
