"""The sides of a diplomatic measure told by a noun or a verb of expulsion: who expels, who is expelled.

Why: "l'expulsion par l'Algérie de douze fonctionnaires de l'ambassade de France" and "Algeria's
expulsion of 12 French embassy employees" had no actor (the clause roles read only a verb's subject),
so the expulsion joined the other side's answer told in the next sentence, one state's measure in
the other's incident; and "La France a expulsé douze agents du réseau consulaire algérien" had no
target. Of an expulsion (mode `expel`):
- the agent of the noun ("par l'Algérie", "by Algeria") or its possessor ("Algeria's") expels;
- the state or mission named in what is expelled (the verb's object, the noun's "de"/"of" phrase:
  "agents ... algériens", "fonctionnaires de l'ambassade de France") is the one the measure is
  against.
Summons keep their own reading (arguments_sides.summons_roles), which this one extends.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.extract.arguments import Ref, parties_at, parties_in
from newsevents.extract.arguments_sides import summons_roles
from newsevents.extract.triggers_state import NAME_DEPS
from newsevents.lang import section_words

EXPEL_MODE = "expel"
POSSESSOR_DEPS = frozenset({"poss", "nmod:poss"})
OBJECT_DEPS = frozenset({"obj", "dobj"})
# a noun's complement: French nmod with its case word, English prep with its object
NOUN_COMPLEMENT_DEPS = frozenset({"nmod", "prep"})
# the kinds of party a measure is taken by or against: a state, its government or its missions
MEASURE_SIDE_KINDS = frozenset({"state", "government", "diplomatic_mission", "organization"})


def measure_sides(trigger: Span, mode: str | None, parties: list[Ref],
                  language: str) -> tuple[list[Ref], list[Ref]]:
    """(actors, targets) of a summons (summons_roles) or an expulsion the clause roles miss."""
    summoners, summoned = summons_roles(trigger, parties, language)
    if mode != EXPEL_MODE:
        return summoners, summoned
    root = trigger.root
    agents = _agents(root, language)
    actors = [*summoners, *(r for t in agents for r in parties_in(parties, *_name_range(t)))]
    # the parser may hang what is expelled on the agent ("par l'Algérie de douze fonctionnaires")
    expelled = [e for t in [root, *agents] for e in _expelled(t, language)]
    targets = [r for t in expelled for r in parties_at(parties, t)
               if r not in actors and r.value.kind in MEASURE_SIDE_KINDS]
    return actors, [*summoned, *targets]


def _name_range(token: Token) -> tuple[int, int]:
    """The token range of a noun's own name ("l'Algérie", "South Korea"), without its complements."""
    words = [token, *(c for c in token.children if c.dep_ in NAME_DEPS or c.dep_ == "det")]
    return min(t.i for t in words), max(t.i for t in words) + 1


def _complements(noun: Token) -> list[tuple[str, Token]]:
    """A noun's complements as (preposition, noun): "par l'Algérie" -> ("par", Algérie)."""
    out = []
    for child in noun.children:
        if child.dep_ == "prep":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                out.append((child.lower_, obj))
        elif child.dep_ in NOUN_COMPLEMENT_DEPS:
            case = next((c for c in child.children if c.dep_ == "case"), None)
            if case is not None:
                out.append((case.lower_.replace("’", "'"), child))
    return out


def _agents(root: Token, language: str) -> list[Token]:
    if root.pos_ != "NOUN":
        return []
    by = section_words(language, "events", "agent_prepositions")
    return [c for c in root.children if c.dep_ in POSSESSOR_DEPS] + \
        [noun for prep, noun in _complements(root) if prep in by]


def _expelled(root: Token, language: str) -> list[Token]:
    if root.pos_ not in ("NOUN", "PROPN"):
        return [c for c in root.children if c.dep_ in OBJECT_DEPS]
    of = section_words(language, "events", "expelled_prepositions")
    return [noun for prep, noun in _complements(root) if prep in of]
