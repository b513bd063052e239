"""Stage `link` (runs last): what each claim is about, which claims contradict, event statuses.

Why here and not in claims/events: a claim speaks of incidents the events stage finds after it,
and a contradiction is between two claims about the same incident. So once both exist (and ids
are assigned), each claim gets ``about`` = the events whose words lie inside its claimed words
(strong) or, failing that, the events sharing the most of its weapon, place, date and actor
mentions (weak); an assertion and a denial of the same incident, or of the same act with the same
weapon, by different speakers are linked both ways in ``contradicts``; an event asserted and denied
becomes ``disputed``, one only denied ``denied``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from newsevents.model import Article, Claim, Event, Party, Place, Weapon, When
from newsevents.resolve import is_generic_weapon

# Weights of the features a claim and an event share (generic weapons, "missile", "drone", are
# no feature: newsevents/data/resolve.yaml), and the least total that makes the claim
# "about" the event when no event word lies inside the claim. A weapon is the most specific
# (few incidents share one in an article), a place or a date alone is too common: tuned on the
# seeds and the test tables, 2 links "the Scud was not used" to the Scud strike and keeps
# "talks in Moscow" off the Moscow-dated strikes.
WEAPON_WEIGHT = 2
PLACE_WEIGHT = 1
DATE_WEIGHT = 1
ACTOR_WEIGHT = 1
ABOUT_MIN_SCORE = 2

NEGATIVE = frozenset({"deny"})
POSITIVE = frozenset({"assert", "condemn", "question", "demand"})


@dataclass(slots=True)
class Features:
    """What a claim's words or an event mention: weapon, place and party names, date intervals."""

    weapons: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)
    dates: list[tuple[date, date]] = field(default_factory=list)


def run(article: Article) -> Article:
    """Fill ``about``/``contradicts`` on the claims and set disputed/denied statuses."""
    if not article.claims:
        return article
    feats = [_claim_features(article, c) for c in article.claims]
    for claim, f in zip(article.claims, feats, strict=True):
        claim.about = _about(article, claim, f)
    link_contradictions(article.claims, feats)
    set_statuses(article.claims, article.events)
    return article


# --- features -----------------------------------------------------------------------------------
def _norm(name: str) -> str:
    return name.strip().lower()


def _inside(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _content_spans(claim: Claim) -> list[tuple[int, int]]:
    """The claimed words (the main span and merged ones; not the cue or the speaker's words)."""
    spans = [claim.content_span]
    for s in claim.spans:
        if s != claim.cue and (s[1] - s[0]) > 20 and s not in spans:
            spans.append(s)
    return spans


def _claim_features(article: Article, claim: Claim) -> Features:
    f = Features()
    spans = _content_spans(claim)
    for m in article.mentions:
        if not any(_inside(m.span, s) for s in spans):
            continue
        v = m.value
        if isinstance(v, Weapon):
            if not is_generic_weapon(v.name):
                f.weapons.add(_norm(v.name))
        elif isinstance(v, Place):
            f.places.add(_norm(v.name))
        elif isinstance(v, Party) and _norm(v.name) != _norm(claim.speaker.name):
            f.parties.add(_norm(v.name))
        elif isinstance(v, When):
            f.dates.append((v.start, v.end))
    return f


def event_features(event: Event) -> Features:
    f = Features(weapons={_norm(w.name) for w in event.weapons
                          if not is_generic_weapon(w.name)},
                 parties={_norm(p.name) for p in event.actors + event.targets})
    if event.location is not None:
        f.places.add(_norm(event.location.name))
    if event.date is not None:
        f.dates.append((event.date.start, event.date.end))
    return f


def shared_score(a: Features, b: Features) -> int:
    """How much two feature sets have in common (weights above)."""
    score = WEAPON_WEIGHT * bool(a.weapons & b.weapons) + PLACE_WEIGHT * bool(a.places & b.places)
    score += ACTOR_WEIGHT * bool(a.parties & b.parties)
    if any(s1 <= e2 and s2 <= e1 for s1, e1 in a.dates for s2, e2 in b.dates):
        score += DATE_WEIGHT
    return score


# --- about --------------------------------------------------------------------------------------
def _about(article: Article, claim: Claim, f: Features) -> list[str]:
    spans = _content_spans(claim)
    strong = [e.id for e in article.events
              if any(_inside(e.trigger, s) for s in spans)
              or any(_inside(x, s) for x in e.spans for s in spans if x != e.trigger and x[1] - x[0] > 2)]
    if strong:
        return sorted(set(strong))
    scored = [(shared_score(f, event_features(e)), e.id) for e in article.events]
    best = max((s for s, _ in scored), default=0)
    if best < ABOUT_MIN_SCORE:
        return []
    return sorted({i for s, i in scored if s == best})


# --- contradictions -----------------------------------------------------------------------------
def opposed(a_stance: str, b_stance: str) -> bool:
    """One denies what the other stands by."""
    return (a_stance in NEGATIVE and b_stance in POSITIVE) or (b_stance in NEGATIVE and a_stance in POSITIVE)


def link_contradictions(claims: list[Claim], feats: list[Features]) -> None:
    """Link (both ways) opposed claims of different speakers about the same incident or act."""
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if not opposed(a.stance, b.stance) or _norm(a.speaker.name) == _norm(b.speaker.name):
                continue
            same_event = bool(set(a.about) & set(b.about))
            same_weapon = bool(feats[i].weapons & feats[j].weapons)
            if same_event or same_weapon:
                _link(a, b)


def _link(a: Claim, b: Claim) -> None:
    if b.id not in a.contradicts:
        a.contradicts.append(b.id)
    if a.id not in b.contradicts:
        b.contradicts.append(a.id)


# --- statuses -----------------------------------------------------------------------------------
def set_statuses(claims: list[Claim], events: list[Event]) -> None:
    """An event asserted by one source and denied by another is disputed; only denied, denied."""
    for e in events:
        pos = {_norm(c.speaker.name) for c in claims if e.id in c.about and c.stance in POSITIVE}
        neg = {_norm(c.speaker.name) for c in claims if e.id in c.about and c.stance in NEGATIVE}
        if neg and (pos - neg or (e.status == "reported" and pos)):
            e.status = "disputed"
        elif neg and not pos:
            e.status = "denied"
