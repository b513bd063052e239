"""Nationals counted as people, not their state: "killed at least 14 Palestinians who were waiting
for flour", "a tué neuf Ukrainiens qui faisaient la queue" name victims of a country, so the
mention is civilians of that country (a target the object of the act yields), never the state
(which arguments.object_parties rightly drops as a place where the attack fell).

Why by syntax and not by a word list: every demonym of lang/<code>/places.yaml can be used as a
plural noun; what makes it people is the noun use itself, counted ("14 Palestinians") or
qualified by a relative clause ("Ukrainians who were queuing"). The adjective ("Palestinian
civilians", "des soldats russes") stays the country's. Read by who._countries_as_parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lang import section_words
from newsevents.model import Party

# the canonical name of nationals counted as victims (what analysts record: civilians of a country)
NATIONALS_NAME = "civilians"
_COUNT_DEPS = frozenset({"nummod"})
_RELATIVE_DEPS = frozenset({"relcl", "acl:relcl"})


def counted_nationals(tok: Token) -> bool:
    """A demonym used as a plural noun, with a count or a relative clause of its own, in a sentence
    that tells no battle: "Ukrainian forces killed 30 Russians in fighting near X" counts fighters,
    not civilians (``battle_words`` of lang/<code>/arguments.yaml)."""
    if tok.pos_ not in ("NOUN", "PROPN") or "Plur" not in tok.morph.get("Number"):
        return False
    if not any(c.dep_ in _COUNT_DEPS or c.dep_ in _RELATIVE_DEPS for c in tok.children):
        return False
    battle = section_words(tok.doc.lang_, "arguments", "battle_words")
    return not any(t.lemma_.lower() in battle or t.lower_ in battle for t in tok.sent)


def nationals_party(iso2: str) -> Party:
    """The people of a country a count names ("14 Palestinians" -> civilians, PS)."""
    return Party(NATIONALS_NAME, "civilians", iso2)
