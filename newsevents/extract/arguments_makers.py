"""A weapon's maker is no side of the act: "a Russian-made drone used by RSF paramilitaries", "un
drone de fabrication turque utilisé par l'armée soudanaise" name who made the weapon, and the side
that fired it elsewhere (or not at all). Why apart from the national adjective of a weapon ("a
Russian drone", "un missile balistique russe"), which does name the side when no other doer is
named: the words of making (``maker_words`` of lang/<code>/arguments.yaml) turn the country into
the weapon's origin. Read by arguments.core_parties, weapon_owners and attack_agents.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.lang import section_words


def maker_words(language: str) -> frozenset[str]:
    return section_words(language, "arguments", "maker_words")


def names_maker(party: Span) -> bool:
    """A party mention whose words or head are words of making ("Russian-made", the country of
    "de fabrication turque")."""
    makers = maker_words(party.doc.lang_)
    head: Token = party.root.head
    return any(t.lemma_.lower() in makers for t in party) or head.lemma_.lower() in makers
