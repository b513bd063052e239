"""Who owns a weapon, read from the words hung on it: "Russian drones", "les drones de l'armée", "a
Hezbollah drone" name who fired it; "une frappe de drone contre Tinzaouatine" does not, whatever
"contre X" hangs from: a complement marked by another preposition than "of"/"de" names what the
weapon was aimed at, the target (French parses hang it on the weapon as a plain ``nmod``). Not a
maker either (arguments_makers). Read by arguments.weapon_owners and arguments.attack_agents.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.extract.arguments_makers import names_maker
from newsevents.lang import section_words

WEAPON_OWNER_DEPS = frozenset({"amod", "nmod", "compound", "nmod:poss", "poss"})
CASE_DEPS = frozenset({"case"})


def owns_weapon(party: Span) -> bool:
    """The party mention hangs on a weapon as its owner: a modifier, a possessive, or a complement
    with no preposition but "of"/"de" (``of_prepositions``); not its maker."""
    root = party.root
    if root.dep_ not in WEAPON_OWNER_DEPS or names_maker(party):
        return False
    of_words = section_words(party.doc.lang_, "arguments", "of_prepositions")
    return all(c.lower_ in of_words for c in root.children if c.dep_ in CASE_DEPS)
