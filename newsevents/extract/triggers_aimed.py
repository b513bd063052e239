"""An act noun a light verb carries out against a site or a country is an act of war.

Why: an ambiguous act noun ("strike", "frappe") waits for a context word of war (its `requires`),
else "workers launched a strike" would be one. "Israel launched strikes against nuclear facilities
in Iran" / "Israël a lancé des frappes contre des installations nucléaires" name none of those
words, yet the syntax says it: a light verb of doing (``light_act_verbs``: launch, carry out,
lancer, mener) takes the noun as its object, and the noun or the verb has a complement opened by a
preposition of aim (``aimed_prepositions``: against, contre) whose head is a struck site
(``struck_objects``) or a place or country name. A strike "against the pension reform" aims at
neither and stays out. With no light verb, the noun's own complement aimed at a struck site is
enough ("Lundi, une frappe contre la raffinerie avait déjà provoqué un incendie", "a strike on the
depot had caused a fire"); a bare place is not ("a strike against France" may be a labour one).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.extract.triggers import lexicon
from newsevents.extract.triggers_day import hung_below_day

# dependency labels of a light verb's object (French: also hung below the day before it, "a lancé
# vendredi des frappes": "frappes" under "vendredi"; extract/triggers_day.py)
_OBJECT_DEPS = frozenset({"obj", "dobj"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC"})


def _light_verb(noun: Token, verbs: frozenset[str]) -> Token | None:
    """The light verb whose object the noun is, directly or under a day read as the object."""
    head = noun.head
    if noun.dep_ in _OBJECT_DEPS and head.lemma_.lower() in verbs:
        return head
    if head.head.lemma_.lower() in verbs and noun in hung_below_day(head.head):
        return head.head
    return None


def _aimed(word: Token, preps: frozenset[str], sites: frozenset[str], places: bool = True) -> bool:
    """A complement of the word opened by a preposition of aim, naming a site or (`places`) a place."""
    for child in word.children:
        if child.pos_ == "ADP" and child.lower_ in preps:  # English: against -> pobj
            objs = [c for c in child.children if c.dep_ == "pobj"]
        elif any(m.dep_ == "case" and m.lower_ in preps for m in child.children):  # French: case
            objs = [child]
        else:
            continue
        if any(o.lemma_.lower() in sites or (places and o.ent_type_ in _PLACE_ENTITIES) for o in objs):
            return True
    return False


def aimed_act(span: Span) -> bool:
    """The act noun is a light verb's object aimed at a site or a place (module docstring)."""
    lex = lexicon(span.doc.lang_)
    noun = span.root
    if noun.pos_ != "NOUN":
        return False
    verb = _light_verb(noun, lex.words("light_act_verbs"))
    preps, sites = lex.words("aimed_prepositions"), lex.words("struck_objects")
    if verb is None:
        return _aimed(noun, preps, sites, places=False)
    return _aimed(noun, preps, sites) or _aimed(verb, preps, sites)
