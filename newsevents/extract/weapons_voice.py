"""Weapons of one side's version of a disputed incident are no fact of the incident.

Why: when the sides tell an incident differently ("Hamas blamed an Israeli air strike on the
hospital; the Israeli army said a misfired rocket of Islamic Jihad hit it"), a weapon named only
in one version is that side's account, not what the article states: an analyst leaves the weapon
unknown (news-dev's gold: "none"). Kept: a weapon the article names in its own voice (outside every
claim's words), and a weapon both versions agree on ("a missile hit the market", say officials;
"a Ukrainian air-defence missile fell on it", says Moscow: a missile either way).

Read after the claims are linked (their ``about`` and ``contradicts``): a weapon lying in the words
of a version (an assertion) that another speaker's claim contradicts, that other claim naming no
weapon of its family, is dropped from the incident when the version is the accused side's own
account (its speaker an actor of the incident, of an actor's country, or named by the other claim:
"the army said a misfired rocket of Islamic Jihad hit the hospital" against "a war crime of
Israel"), or when the other claim is a version naming another weapon (an assertion, not a bare
denial: "Hamas said an Israeli missile hit it" against "a rocket"). A denial naming the weapon
("Iran denied firing missiles") names what it is accused of; a bare denial of the accuser's account
("Moscow denied any involvement") or a dispute over the victims leaves the weapon standing.
"""

from __future__ import annotations

from newsevents.extract.drafts import weapon_families
from newsevents.extract.status import TELLING
from newsevents.model import Article, Claim, Event, Party, Weapon

# stances of a claim that tells a version of the incident: a bare denial ("Moscow denied any
# involvement") tells none, so it leaves the weapon of the version it denies standing
VERSIONS = TELLING


def _inside(span: tuple[int, int] | None, outer: tuple[int, int]) -> bool:
    return span is not None and outer[0] <= span[0] and span[1] <= outer[1]


def _weapons_in(article: Article, claim: Claim) -> list[Weapon]:
    return [m.value for m in article.mentions
            if m.kind == "weapon" and isinstance(m.value, Weapon) and _inside(m.span, claim.content_span)]


def _one_version(article: Article, event: Event, weapon: Weapon, by_id: dict[str, Claim]) -> bool:
    """The weapon is named only in the words of a side's contested version (see module)."""
    holders = [c for c in article.claims if _inside(weapon.span, c.content_span)]
    family = _families(weapon)
    if not holders or _own_voice(article, event, family):
        return False
    for claim in holders:
        # one reading of the words may carry the links of another ("a démenti, affirmant que ...")
        links = {o for c in article.claims if c.id == claim.id for o in c.contradicts}
        rivals = [by_id[o] for o in links if o in by_id
                  and by_id[o].speaker.name != claim.speaker.name
                  and event.id in (*by_id[o].about, *claim.about)]
        named = [w for r in rivals for w in _weapons_in(article, r)]
        if claim.stance not in VERSIONS or not rivals or any(family & _families(w) for w in named):
            continue  # a denial's weapon is what it is accused of; both versions name it: no dispute
        accused = _accused(claim.speaker, event) or any(_names_side(article, r, claim.speaker)
                                                         for r in rivals)
        # the accused side's account of what hit ("a misfired rocket of X"); not its own strike told
        # as its own ("its forces had struck a meeting of commanders with two missiles": an admission,
        # its weapon the best word on it, whatever toll the other side gives)
        admits = _names_side(article, claim, claim.speaker)
        if accused and not admits and not all(_accused(r.speaker, event) for r in rivals):
            return True
        if any(r.stance in VERSIONS for r in rivals) and named:
            return True  # the other version names another weapon ("an Israeli missile" / "a rocket")
    return False


def _accused(speaker: Party, event: Event) -> bool:
    """The speaker is (of) a side the incident is attributed to: an actor by name, or of its country."""
    return any(a.name == speaker.name or (speaker.country is not None and a.country == speaker.country)
               for a in event.actors)


def _names_side(article: Article, claim: Claim, side: Party) -> bool:
    """The claim's words name the side (by name, or a party of its country): it accuses that side."""
    return any(m.kind == "party" and isinstance(m.value, Party) and _inside(m.span, claim.content_span)
               and (m.value.name == side.name
                    or (side.country is not None and m.value.country == side.country))
               for m in article.mentions)


def _families(weapon: Weapon) -> set[str]:
    return weapon_families([weapon]) or {weapon.category}


def _own_voice(article: Article, event: Event, family: set[str]) -> bool:
    """A weapon of the family named among the incident's words outside every claim's words."""
    return any(m.kind == "weapon" and isinstance(m.value, Weapon) and m.span in event.spans
               and family & _families(m.value)
               and not any(_inside(m.span, c.content_span) for c in article.claims) for m in article.mentions)


def drop_versions_weapons(article: Article) -> None:
    """Drop from each incident the weapons only one side's disputed version names (see module)."""
    by_id = {c.id: c for c in article.claims}
    for event in article.events:
        gone = [w for w in event.weapons if _one_version(article, event, w, by_id)]
        if not gone:
            continue
        spans = {w.span for w in gone}
        event.weapons = [w for w in event.weapons if w.span not in spans]
        event.spans = [s for s in event.spans if s not in spans]
