"""An act and its toll told by the two sides of one strike: the attacker's "avoir mené des frappes
contre des installations militaires" and the struck side's "45 morts dans les frappes
israéliennes". The attacker tells the strike, the struck side what it cost: they agree, and the
toll adds what the act left out. No two versions (link.py's
two-sides rule would read them as such); a toll of civilians against an act on military targets
still is one (victims differ, stance.victim_kind), and so are two tolls that clash. A toll of
civilians against an act that says nothing of whom it struck ("l'Inde a lancé des frappes contre
neuf sites" / "31 civils ont été tués") is none: the act's words leave the victims open. A toll named
rather than counted is one too: "Iranian state media said General Salami was killed in the
strikes" (a victim verb, ``victim_verbs`` of lang/*/claims.yaml, in the passive or intransitive,
with no agent) tells what the act "the army said it struck nuclear sites" cost.

Why a module of its own: link.py is at its size limit."""

from __future__ import annotations

from typing import Any

from newsevents.extract.claim_acts import claimed_span
from newsevents.extract.stance import Lexicon, victim_kind
from newsevents.lang import section_words
from newsevents.model import Article, Claim


def unlink_act_and_toll(lex: Lexicon | None, article: Article, tolls: dict[str, Any], acts: set[str]) -> None:
    """Drop the links between an assertion telling an act with no toll and another side's
    assertion of a toll (``acts``: the claims whose words tell an act, claim_acts.tells_act; the
    toll's own "dans les frappes israéliennes" is the act told), unless both say who was struck and
    differ (civilians killed against strikes on militant hideouts: two versions)."""
    if lex is None:
        return
    by_id = {c.id: c for c in article.claims}
    for toll in article.claims:
        if not _toll_told(toll, tolls) and not _victims_named(article, toll):
            continue
        victims = victim_kind(lex, toll.content)
        for other_id in list(toll.contradicts):
            act = by_id.get(other_id)
            if act is None or act.stance != "assert" or tolls.get(act.id) or act.id not in acts:
                continue
            if victims is not None and victim_kind(lex, act.content) not in (None, victims):
                continue
            toll.unlink(act)


def _toll_told(claim: Claim, tolls: dict[str, Any]) -> bool:
    """An assertion stating a toll."""
    return claim.stance == "assert" and bool(tolls.get(claim.id))


# the dependencies of the victim of a passive or intransitive victim verb, and of its agent
_VICTIM_SUBJECTS = frozenset({"nsubj:pass", "nsubjpass", "nsubj"})
_AGENTS = frozenset({"obl:agent", "agent"})


def _victims_named(article: Article, claim: Claim) -> bool:
    """An assertion whose words tell who died or was hurt, not who did it: a victim verb
    (``victim_verbs``: "was killed", "a été tué", "died") with a subject and no agent or object."""
    verbs = section_words(article.language, "claims", "victim_verbs") if article.language else frozenset()
    span = claimed_span(article, claim) if verbs and claim.stance == "assert" else None
    if span is None:
        return False
    for t in span:
        if t.pos_ not in ("VERB", "ADJ") or t.lemma_.lower() not in verbs:
            continue
        deps = {c.dep_ for c in t.children}
        if deps & _VICTIM_SUBJECTS and not deps & _AGENTS and not deps & {"obj", "dobj"}:
            return True
    return False
