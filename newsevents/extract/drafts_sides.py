"""One party per side when a draft gathers the parties of several sentences: "Thai and Cambodian
soldiers exchanged gunfire ... Cambodian troops had opened fire first" names Cambodia's forces
twice, "Cambodian soldiers" then "Cambodian troops", and they are one actor.

Why a key and not the name: the who stage writes a state's forces by the word the outlet used
("{demonym} soldiers", "{demonym} troops", "{demonym} army": the ``Armed Forces`` rules of
lang/*/parties.yaml), so two sentences about the same side give two names. Only those generic
names fold together, and among actors the state they serve; a named unit or service ("Israeli
Air Force", "Special Operations Forces") keeps its own name.
"""

from __future__ import annotations

from functools import cache

from newsevents.extract.who_entities import FORCES_RULE
from newsevents.lang import load_language, supported_languages
from newsevents.model import Party
from newsevents.parties import english_demonym


@cache
def _forces_templates() -> frozenset[str]:
    """The name templates of a state's forces ("{demonym} troops"), lower case, every language."""
    out: set[str] = set()
    for code in supported_languages():
        for rule in load_language(code).section("parties").get("entities") or []:
            if isinstance(rule, dict) and rule.get("name") == FORCES_RULE and rule.get("template"):
                out.add(str(rule["template"]).lower())
    return frozenset(out)


def side_key(p: Party, states: bool = False) -> str:
    """The party's key in a draft: ``forces:<ISO2>`` for a state's forces by a generic name
    ("Cambodian soldiers", "Cambodian troops"), its lower-case name otherwise. With ``states``
    (the actors), the state itself is that side too ("Thai and Cambodian soldiers": "Thai" read
    as Thailand, then "Thai soldiers"); among targets a state and its soldiers stay apart, the
    soldiers being the people hit."""
    name = p.name.lower()
    if states and p.kind == "state" and p.country:
        return f"forces:{p.country}"
    if p.kind == "military" and p.country and name in _forces_names(p.country):
        return f"forces:{p.country}"
    return name


@cache
def _forces_names(iso: str) -> frozenset[str]:
    """The generic names of a state's forces ("cambodian soldiers", "cambodian troops"), lower case:
    built once per country, not for every party of every draft merged."""
    demonym = english_demonym(iso)
    if not demonym:
        return frozenset()
    return frozenset(t.format(demonym=demonym.lower()) for t in _forces_templates())
