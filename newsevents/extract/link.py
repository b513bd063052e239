"""Stage `link` (runs last): what each claim is about, which claims contradict, event statuses.

Why here and not in claims/events: a claim speaks of incidents the events stage finds after it,
and a contradiction is between two claims about the same incident. So once both exist (and ids
are assigned), each claim gets ``about`` = the events whose words lie inside its claimed words
(strong) or, failing that, the events sharing the most of its weapon, place, date and actor
mentions (weak); an assertion and a denial of the same incident, or of the same act with the same
weapon, by different speakers are linked both ways in ``contradicts``; an event asserted and denied
becomes ``disputed``, one only denied ``denied``.

Two more shapes of contradiction, common in conflict news: a denial naming no incident ("Moscow
called the accusations a provocation") answers the article's accusations, so it contradicts
another side's assertions about its incidents; and the two sides' versions of one incident
("we hit a military meeting" / "civilians were killed") contradict, though neither denies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsevents.extract.claim_act_toll import unlink_act_and_toll
from newsevents.extract.claim_acts import (
    answered_reasons,
    claimed_span,
    link_answers,
    own_act_about,
    tells_act,
)
from newsevents.extract.claim_alleged import link_alleged_acts
from newsevents.extract.claim_charges import answer_charges, rival_claims
from newsevents.extract.claim_condemned import (
    condemned_about,
    condemns_own_act,
    hostile_about,
    resumed_incident_about,
)
from newsevents.extract.claim_described import allege_described
from newsevents.extract.claim_earlier import unlink_earlier_denials
from newsevents.extract.claim_followups import follow_up_about
from newsevents.extract.claim_framings import link_framings
from newsevents.extract.claim_halts import halted_about
from newsevents.extract.claim_intentions import unlink_ruled_out
from newsevents.extract.claim_involvement import unlink_uninvolved
from newsevents.extract.claim_matter import unlink_other_matters
from newsevents.extract.claim_resumed import unlink_later_accounts
from newsevents.extract.claim_threats import unlink_threats
from newsevents.extract.claim_toll_groups import grouped_tolls, unlink_own_losses
from newsevents.extract.claim_tolls import Figure, claim_tolls, told_before, toll_about, tolls_clash
from newsevents.extract.drafts import type_info
from newsevents.extract.stance import (
    Lexicon,
    declines_comment,
    doubt_frame,
    doubts,
    facts_of,
    fold,
    is_negated,
    justifies,
    lexicon,
    negative_determiner,
    one_fact,
    victim_kind,
)
from newsevents.extract.status import NEGATIVE, POSITIVE, TELLING, set_statuses
from newsevents.extract.status import inside as _inside
from newsevents.extract.status import norm as _norm
from newsevents.extract.status_own_acts import allege_own_acts
from newsevents.extract.weapon_names import is_generic_weapon
from newsevents.extract.weapons_voice import drop_versions_weapons
from newsevents.model import Article, Claim, Event, Party, Place, Weapon, When

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

# PLOVER classes (data/event_types.yaml ``plover``) of acts of cooperation, on which two sides'
# accounts are no two versions (_all_peaceful): verbal and material cooperation in the PLOVER
# codebook (Schrodt 2021), and a release of prisoners (RETREAT with mode "release").
COOPERATIVE = frozenset({"AGREE", "CONSULT", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "RETREAT/release"})
# Stances whose claim, when its words doubt ("improbable que", "unlikely"), stands against another
# side's assertion as a denial does (only for contradictions: a doubt disputes no incident alone).
DOUBTABLE = frozenset({"assert", "question"})
# Stances whose words tell no version of anything: a demand ("called for their release", "a invité
# la partie adverse à présenter des preuves") contradicts no account and no denial.
UNTOLD = frozenset({"demand"})


@dataclass(slots=True)
class Features:
    """What a claim's words or an event mention: weapon, place and party names, date intervals."""

    weapons: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)
    dates: list[tuple[date, date]] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)  # of the parties named (ISO codes)
    arms: set[str] = field(default_factory=set)  # every weapon named, generic ones too ("ce missile")


def run(article: Article) -> Article:
    """Fill ``about``/``contradicts`` on the claims and set disputed/denied statuses."""
    allege_described(article)  # "in what the Taliban described as Pakistani airstrikes"
    if not article.claims:
        return article
    feats = [_claim_features(article, c) for c in article.claims]
    lex = lexicon(article.language) if article.language else None
    for claim, f in zip(article.claims, feats, strict=True):
        claim.about = hostile_about(article, claim, _about(article, claim, f)) \
            or toll_about(article, claim, _content_spans(claim)) \
            or own_act_about(lex, article, claim) or halted_about(lex, article, claim) \
            or condemned_about(article, claim) or resumed_incident_about(article, claim)
    reasons = answered_reasons(article)
    nouns = {c.id: _nouns(article, c) for c in article.claims}
    follow_up_about(article.claims, feats, nouns, article.events, event_features)
    if lex is not None:
        for claim in article.claims:
            claim.facts = facts_of(lex, _asserted_words(article, claim))
    doubting = {c.id for c in article.claims if lex is not None and _doubting(lex, article.text, c)}
    # a demand or a question tells nobody struck ("called on all parties to protect civilians")
    victims = [victim_kind(lex, c.content) if lex is not None and c.stance in TELLING else None
               for c in article.claims]
    negative = {c.id for c in article.claims if lex is not None and _negative_words(lex, article, c)}
    negated = {c.id: _negated_facts(lex, article, c) for c in article.claims} if lex is not None else {}
    things = {c.id: _denied_things(lex, article, c, c.id in doubting) for c in article.claims} \
        if lex is not None else {}
    agents = {c.id: _agents(article, c) for c in article.claims}
    tolls = {c.id: grouped_tolls(article, c, _content_spans(c), claim_tolls(article, c, _content_spans(c)))
             for c in article.claims
             if c.stance in TELLING and not told_before(article, c)}
    parties = [(m.span, _norm(m.value.name)) for m in article.mentions if isinstance(m.value, Party)]
    acts = {c.id for c in article.claims if lex is not None and tells_act(lex, article, c)}
    acts |= {f"{c.id}:{p.country}" for c in article.claims for p in _doers(article, c, agents[c.id])}
    link_contradictions(article.claims, feats, article.events, doubting, victims, negative, negated,
                        nouns, agents, tolls, things, parties, acts, undated=article.published is None)
    link_framings(lex, article, nouns)  # "rescued the crew" / "kidnapped the crew" (claim_framings)
    link_answers(article, reasons)
    unlink_later_accounts(lex, article)  # "denied the report": the account told before it
    link_alleged_acts(lex, article)  # "a démenti toute violation": the act alleged before it
    unlink_threats(lex, article)  # a promised response tells no version (claim_threats)
    unlink_ruled_out(lex, article)  # "had no plans to attack": no version either (claim_intentions)
    unlink_own_losses(article, tolls)  # each side counting its own dead (claim_toll_groups)
    unlink_act_and_toll(lex, article, tolls, acts)  # the attacker's act, its toll told by the struck
    unlink_other_matters(lex, article)  # "denied any aircraft was lost": not the toll (claim_matter)
    unlink_uninvolved(article, agents, acts)  # "denied any involvement": only words naming it the doer
    unlink_earlier_denials(article)  # "last week, the group had denied ...": before the incident
    answer_charges(lex, article)  # "accused X of arming Y, a charge X denies": that charge only
    rival_claims(lex, article)  # "blamed X for the bombing" / "Y claimed responsibility"
    silent = {c.id for c in article.claims if lex is not None and declines_comment(lex, c.content)}
    set_statuses(article.claims, article.events, silent)
    allege_own_acts(article.claims, article.events, article.language)  # the doer's word only
    drop_versions_weapons(article)  # a weapon only one side's version names is no fact of the incident
    return article


# Dependencies of a participle that only describes a noun ("des drones abattus", "a downed
# drone"): it names no fact the claim asserts or denies.
_NOUN_MODIFIERS = ("amod", "acl")


def _asserted_words(article: Article, claim: Claim) -> str:
    """The claimed words without the participles that only describe a noun: "aucune preuve de
    l'origine russe des drones abattus" denies the origin of the drones, not that they were shot
    down (see stance.facts_of)."""
    span = claimed_span(article, claim)
    if span is None:
        return claim.content
    return " ".join(t.text for t in span if not (
        t.dep_ in _NOUN_MODIFIERS and "Part" in t.morph.get("VerbForm") and t.head.pos_ in ("NOUN", "PROPN")))


def _doubting(lex: Lexicon, text: str, claim: Claim) -> bool:
    """The claim's words, or the words framing them after its verb ("said it was unlikely that"),
    doubt what they say; or they justify an act ("une opération irréprochable", "in
    self-defence"), rejecting the wrongdoing another side's words tell."""
    if claim.stance not in DOUBTABLE:
        return False
    start, end = claim.content_span
    return doubts(lex, text[start:end]) or doubts(lex, doubt_frame(text, claim.cue, claim.content_span)) \
        or justifies(lex, text[start:end])


def _negative_words(lex: Lexicon, article: Article, claim: Claim) -> bool:
    """The claimed words negate what they say ("ce missile n'était pas à nous", "aucune cible
    n'était prévue", "no target was planned"): a verb (or a copula's predicate) of them negated,
    or a noun under a negative determiner ("aucune", "no")."""
    span = claimed_span(article, claim) if claim.stance in POSITIVE else None
    if span is None:
        return False
    return any((_predicate(t) and is_negated(lex, t)) or negative_determiner(lex, t) for t in span)


# Dependencies that leave the words a negation governs: another clause (said, after, and), or the
# subject ("the missile that was shot down did not hit the school" negates no interception).
_OUT_OF_NEGATION = frozenset({"ccomp", "advcl", "conj", "parataxis", "csubj", "nsubj", "nsubjpass",
                              "nsubj:pass", "punct", "cc", "mark"})


def _negated_facts(lex: Lexicon, article: Article, claim: Claim) -> set[str]:
    """The facts (stance.facts_of) the claimed words say did not or could not happen: a fact's
    words governed by a negated verb ("cannot shoot down", "does not have the equipment to shoot
    down", "n'a pas été intercepté", "ne pas avoir les moyens d'abattre") or by a noun under a
    negative determiner ("no means to intercept")."""
    span = claimed_span(article, claim)
    if span is None:
        return set()
    found: set[str] = set()
    for tok in span:
        if not ((_predicate(tok) and is_negated(lex, tok)) or negative_determiner(lex, tok)):
            continue
        words, stack = [], [tok]
        while stack:
            t = stack.pop()
            words.append(t)
            stack.extend(c for c in t.children if c.dep_ not in _OUT_OF_NEGATION)
        found.update(facts_of(lex, " ".join(t.text for t in sorted(words, key=lambda t: t.i))))
    return found


# Dependencies of the thing an act befalls: the object of an active verb, the subject of a passive
# ("any military airfield had been hit", "des installations portuaires aient été touchées").
_PATIENT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass"})
# Named-entity labels of people: a denial of victims ("no civilians were killed") is answered by
# counts and victim kinds (tolls, stance.victim_kind), whatever noun the other side uses.
_PERSON_LABELS = frozenset({"PERSON", "PER", "NORP"})


def _denied_things(lex: Lexicon, article: Article, claim: Claim, doubting: bool = False) -> set[str]:
    """What a denial is about: the thing the denied act befalls ("denied that any military
    airfield had been hit", "a démenti que des installations portuaires aient été touchées"), by
    its noun's lemma and the names of the parties it is a mention of ("residential buildings"
    and "an apartment complex" are one kind of target), when an incident of the article has it
    among its words (a target the events stage found) or it names a facility (a target whatever
    the events stage made of the denied words): "denied that Estonia had provided any
    evidence" is about no thing an incident struck, "denied having fired missiles" about a
    weapon, not a target. The denied act is the head of a denial's words (or of a doubting
    claim's). People are no such thing (see _PERSON_LABELS). Empty when the words name no such
    thing (a denial of "any involvement"). A denied act noun (``act_nouns``: "denied any strike on
    the port", "dément toute frappe contre le port") is about its complement."""
    span = claimed_span(article, claim)
    if span is None or not (claim.stance in NEGATIVE or doubting):
        return set()
    root = span.root
    if root.pos_ == "VERB":
        patients = [c for c in root.children if c.dep_ in _PATIENT_DEPS]
    elif root.pos_ == "NOUN" and fold(root.lemma_) in lex.act_nouns:  # "denied any strike on the port"
        patients = [g for c in root.children if c.dep_ in ("nmod", "prep")
                    for g in ([c] if c.dep_ == "nmod" else [x for x in c.children if x.dep_ == "pobj"])]
        # the French parser hangs the complement on the denying verb ("toute frappe contre le port")
        patients += [t for t in span if t.i > root.i and not span.start <= t.head.i < span.end
                     and t.dep_ in ("obl", "obl:arg")]
    else:
        return set()
    struck = [x for e in article.events for x in e.spans if x != e.trigger]
    struck += [m.span for m in article.mentions if isinstance(m.value, Party) and m.value.kind == "facility"]
    arms = [m.span for m in article.mentions if isinstance(m.value, Weapon)]
    found: set[str] = set()
    for c in patients:
        if c.pos_ != "NOUN" or not span.start <= c.i < span.end \
                or c.ent_type_ in _PERSON_LABELS or victim_kind(lex, c.text) is not None:
            continue
        where = article.to_original(c.idx, c.idx + len(c.text))
        if any(_inside(where, x) for x in struck) and not any(_inside(where, x) for x in arms):
            found.add(c.lemma_.lower())
            found.update(_norm(m.value.name) for m in article.mentions
                         if isinstance(m.value, Party) and _inside(where, m.span))
    return found


def _named(parties: list[tuple[tuple[int, int], str]], claim: Claim) -> set[str]:
    """The normalised names of the parties (targets too: "residential building") the claim's
    words mention."""
    spans = _content_spans(claim)
    return {name for where, name in parties if any(_inside(where, s) for s in spans)}


def _nouns(article: Article, claim: Claim) -> set[str]:
    """The lemmas of the common nouns of the claimed words ("crew", "ship"): what they speak of."""
    span = claimed_span(article, claim)
    return set() if span is None else {t.lemma_.lower() for t in span if t.pos_ == "NOUN"}


# Dependencies of a word naming the doer of an act: the subject ("Houthi rebels seized"), the
# agent of a passive ("seized by the rebels", "enlevés par les rebelles"); and of a word only
# qualifying that subject ("the Houthi terrorists", "les terroristes houthis").
_DOER_DEPS = ("nsubj", "obl:agent")
_QUALIFIER_DEPS = ("compound", "amod", "nmod", "poss", "appos", "flat", "flat:name")


def _agents(article: Article, claim: Claim) -> set[str]:
    """The parties the claimed words name as doers of an act (the subject of a verb or the agent
    of a passive, or a word qualifying it), by normalised name."""
    if article.doc is None:
        return set()
    spans = _content_spans(claim)
    found: set[str] = set()
    for m in article.mentions:
        if not isinstance(m.value, Party) or not any(_inside(m.span, s) for s in spans):
            continue
        words = article.doc.char_span(*article.to_nlp(*m.span), alignment_mode="expand")
        if words is None:
            continue
        tok = words.root
        if tok.dep_ in _QUALIFIER_DEPS and tok.head.i != tok.i:
            tok = tok.head
        if (tok.dep_.startswith(_DOER_DEPS) and tok.dep_ not in ("nsubjpass", "nsubj:pass")) \
                or (tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
            found.add(_norm(m.value.name))
    return found


def _predicate(tok: Any) -> bool:
    """A verb, or the predicate of a copula, where the parser hangs its negation ("ce drone
    n'était pas le nôtre": "pas" on "nôtre")."""
    return tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in tok.children)


# --- features -----------------------------------------------------------------------------------
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
    # words naming the speaker's country with another ("the two countries", "les deux pays"):
    # naming both sides at once blames neither, so the other's country is not named there
    own = {m.span for m in article.mentions if isinstance(m.value, Party) and claim.speaker.country
           and m.value.country == claim.speaker.country}
    for m in article.mentions:
        if not any(_inside(m.span, s) for s in spans):
            continue
        v = m.value
        if isinstance(v, Weapon):
            f.arms.add(_norm(v.name))
            if not is_generic_weapon(v.name):
                f.weapons.add(_norm(v.name))
        elif isinstance(v, Place):
            f.places.add(_norm(v.name))
        elif isinstance(v, Party) and _norm(v.name) != _norm(claim.speaker.name):
            f.parties.add(_norm(v.name))
            if v.country and (v.country == claim.speaker.country or m.span not in own):
                f.countries.add(v.country)
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


def link_contradictions(claims: list[Claim], feats: list[Features],
                        events: list[Event] | None = None, doubting: set[str] | None = None,
                        victims: list[str | None] | None = None,
                        negative: set[str] | None = None,
                        negated: dict[str, set[str]] | None = None,
                        nouns: dict[str, set[str]] | None = None,
                        agents: dict[str, set[str]] | None = None,
                        tolls: dict[str, dict[str, Figure]] | None = None,
                        things: dict[str, set[str]] | None = None,
                        parties: list[tuple[tuple[int, int], str]] | None = None,
                        acts: set[str] | None = None, undated: bool = False) -> None:
    """Link (both ways) contradicting claims of different speakers: opposed stances about the
    same incident or act or on the very same words ("…, arguant d'une ingérence, ce que Paris
    dément"), a denial naming no incident against another side's assertion about
    one, and the two sides' versions of one incident (see the module docstring). A claim in
    ``doubting`` (its words doubt: "improbable", "unlikely") stands as a denial here.
    ``victims``: per claim, who its words say the incident struck (stance.victim_kind): one
    incident told as striking civilians by one speaker and combatants by another is told two
    ways. ``negative``: claims whose words negate ("was not ours", "no target was planned"),
    which stand as denials against another side's words that name the speaker's side.
    ``negated``: per claim id, the facts its words say did not or could not happen
    (_negated_facts): one speaker telling a fact of an incident the other's words negate ("shot
    down by air defences" / "a missile Kyiv cannot shoot down") contradict, even of one country.
    ``nouns`` and ``agents``: per claim id, the common nouns of its words and the parties they
    name as doers (_accused_version). ``tolls``: per claim id, the casualty figures its words
    state (_tolls): two sources stating tolls of one incident that cannot both hold (35 dead
    against 15) contradict, even of one country (a minister and a camp official). ``things``:
    per claim id, what its denial or negation is about (_denied_things): a denial of one thing
    ("no military airfield was hit") does not contradict words telling of another ("missiles
    struck a residential area"), though both are of one strike. ``acts``: the claims whose words
    tell of an act (claim_acts.tells_act), and "claim id:country" for the countries of the doers they name;
    a claimant of no country answers a denial only through one of these. ``undated``: the article
    gives no publication date, so its incidents may have been dropped for want of a day; a
    denial then answers another side's words telling an act though they are tied to no incident."""
    told = {c.id for c in claims if c.id in acts} if undated and acts else set()
    nouns, agents, tolls, things = nouns or {}, agents or {}, tolls or {}, things or {}
    article_parties = parties or []

    def other_thing(denial: Claim, teller: Claim) -> bool:
        """The denial is about a thing the teller's words do not name: two things of one strike."""
        denied = things.get(denial.id, set())
        return bool(denied) and not denied & (nouns.get(teller.id, set()) | _named(article_parties, teller))

    def accuses(claim: Claim, denial: Claim, fc: Features, fd: Features) -> bool:
        """A claimant of no country answers a denial only through words telling of an act or
        naming the denier's side as doer (see ``acts``). A doubt naming whose words it doubts
        ("she doubted the Russian version", "douter de la version de Bakou") answers only the
        claims of that side's speakers."""
        if denial.id in doubting and fd.countries and claim.speaker.country not in fd.countries:
            return False
        country = denial.speaker.country
        return country is None or claim.speaker.country is not None or acts is None or claim.id in acts \
            or f"{claim.id}:{country}" in acts or bool(fc.arms)

    def counts_only(claim: Claim, fc: Features, fd: Features) -> bool:
        """A claim stating only a toll (no party, place or weapon), answered by a denial that
        names parties: the denial rejects an accusation, not a count."""
        return bool(tolls.get(claim.id)) and not (fc.parties or fc.places or fc.weapons) and bool(fd.parties)

    by_id = {e.id: e for e in events or []}
    doubting = doubting or set()
    negative = negative or set()
    victims = victims or [None] * len(claims)
    stances = ["deny" if c.id in doubting else c.stance for c in claims]
    rep = alike_reports(events or [])
    incidents = [{rep.get(e, e) for e in c.about or _sentence_about(claims, c)} for c in claims]
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if _one_voice(a.speaker, b.speaker) or UNTOLD & {a.stance, b.stance}:
                continue  # one speaker; a demand ("présenter des preuves") tells no version
            if a.stance == b.stance and _same_words(a, b):
                continue  # one joint statement of several speakers ("France and Germany condemned")
            shared = incidents[i] & incidents[j]
            if shared and negated and (_fact_negated(a, b, negated) or _fact_negated(b, a, negated)):
                _link(a, b)
                continue
            if shared and a.id in tolls and b.id in tolls and tolls_clash(a, b, tolls[a.id], tolls[b.id]):
                _link(a, b)
                continue
            if _same_country(a.speaker, b.speaker):
                continue
            sa, sb = stances[i], stances[j]
            if opposed(sa, sb):
                if not one_fact(sa, a.facts, sb, b.facts):
                    continue  # "not hit directly" against "debris fell on it": two facts, no dispute
                if other_thing(a, b) if sa in NEGATIVE else other_thing(b, a):
                    continue  # "no airfield was hit" against "a residential area was struck"
                same_weapon = bool(feats[i].weapons & feats[j].weapons)
                if shared or same_weapon or _same_words(a, b) \
                        or (_answers(a, b, sa, told) and not counts_only(b, feats[j], feats[i])
                            and accuses(b, a, feats[j], feats[i])) \
                        or (_answers(b, a, sb, told) and not counts_only(a, feats[i], feats[j])
                            and accuses(a, b, feats[i], feats[j])) \
                        or _counters(a, b, feats[i], feats[j], sa, acts) \
                        or _counters(b, a, feats[j], feats[i], sb, acts) \
                        or _accused_denies(a, feats[j], sa, b) or _accused_denies(b, feats[i], sb, a) \
                        or _denies_accuser(a, feats[i], sa, b, by_id) \
                        or _denies_accuser(b, feats[j], sb, a, by_id):
                    _link(a, b)
            elif a.stance in POSITIVE and b.stance in POSITIVE and not _tells(a, b) \
                    and not _all_peaceful(shared, by_id) and not victims[i] == victims[j] is not None and (
                    # two sides' accounts that name the same kind struck agree ("frappes contre des
                    # positions militaires" / "avoir frappé des centres de commandement")
                    (not condemns_own_act(a, b, shared, by_id) and (
                        any(_two_sides(a.speaker, b.speaker, by_id[e], a.stance == b.stance == "assert")
                            for e in shared if e in by_id)
                        or _blame_each_other(a, b, feats[i], feats[j], bool(shared))))
                    or _accused_version(a, b, agents, nouns) or _accused_version(b, a, agents, nouns)
                    or (bool(shared) and None is not victims[i] != victims[j] is not None
                        and not _both_fighting(a.speaker, b.speaker, shared, by_id))
                    or (a.id in negative and b.id not in negative
                        and _negative_answer(a, b, feats[i], feats[j]))
                    or (b.id in negative and a.id not in negative
                        and _negative_answer(b, a, feats[j], feats[i]))):
                _link(a, b)


def _one_voice(a: Party, b: Party) -> bool:
    """One speaker, or one within the other: "residents" and "residents and a local resistance
    group" (a headline and its body), "the army" and "the army's general staff"; two named
    countries are two sides whatever their names ("Sudan", "South Sudan")."""
    x, y = _norm(a.name), _norm(b.name)
    if x == y:
        return True
    if a.country is not None and b.country is not None and a.country != b.country:
        return False
    short, long = sorted((x, y), key=len)
    return bool(short) and f" {short} " in f" {long} "


def _fact_negated(teller: Claim, negator: Claim, negated: dict[str, set[str]]) -> bool:
    """One claim tells a fact of the incident (an interception) that the other's words say did
    not or could not happen: one proposition, two answers, whoever the speakers are."""
    told = set(teller.facts) - negated.get(teller.id, set())
    return bool(told & negated.get(negator.id, set()))


def _accused_version(accusation: Claim, account: Claim, agents: dict[str, set[str]],
                     nouns: dict[str, set[str]]) -> bool:
    """The side another country's speaker names as the doer of an act tells the same matter its
    own way, tied to no incident ("Houthi terrorists have kidnapped the crew", says an embassy;
    the Houthis say they rescued the crew and gave them medical care): two versions. Its words
    must speak of a thing the accusation speaks of (a common noun of both: "crew"), else it may
    be on another matter."""
    ca, cb = accusation.speaker.country, account.speaker.country
    if account.about or ca is None or cb is None or ca == cb \
            or _norm(account.speaker.name) not in agents.get(accusation.id, set()):
        return False
    return bool(nouns.get(accusation.id, set()) & nouns.get(account.id, set()))


def _both_fighting(a: Party, b: Party, shared: set[str], by_id: dict[str, Event]) -> bool:
    """Both speakers' sides fight in the incidents they speak of (a clash between two armies):
    each counts its own losses ("three of our soldiers wounded", "four civilians killed"), two
    counts of two sides' victims, not two versions of whom one attack struck."""
    if a.country is None or b.country is None or a.country == b.country:
        return False
    return any({a.country, b.country} <= {p.country for p in by_id[e].actors if p.country}
               for e in shared if e in by_id)


def _all_peaceful(shared: set[str], by_id: dict[str, Event]) -> bool:
    """The incidents two claims share are all acts of cooperation (a prisoner exchange, a
    meeting, an agreement: COOPERATIVE): two sides telling one exchange each their way ("the
    largest exchange since the Cold War", "26 people from seven countries") give no two versions
    of it; only a denial disputes it. Strikes, interceptions, ceasefires (each side blames the
    other for breaking it) and protests keep their two versions."""
    known = [by_id[e] for e in shared if e in by_id]
    return bool(known) and all(_cooperative(e.type) for e in known)


def _cooperative(event_type: str) -> bool:
    plover = type_info(event_type).get("plover") or {}
    kind = str(plover.get("event_type"))
    return kind in COOPERATIVE or f"{kind}/{plover.get('mode')}" in COOPERATIVE


def _same_words(a: Claim, b: Claim) -> bool:
    """The two claims are on the very same words (one side's, and the answer to them)."""
    return a.content_span == b.content_span and a.content == b.content


def _tells(a: Claim, b: Claim) -> bool:
    """One claim's words hold the other's ("the White House saw nothing to contradict the
    hypothesis, put forward by Warsaw, that ..."): it tells, and here endorses, the other side's
    words; it is no second version of them (a denial of them is linked as one)."""
    if a.content_span == b.content_span:
        return False
    return _inside(a.content_span, b.content_span) or _inside(b.content_span, a.content_span)


def _sentence_about(claims: list[Claim], claim: Claim) -> list[str]:
    """The incidents a claim tied to none speaks of through its speaker's other words in the
    sentence ("« Nous parlons de la chute d'un système antimissile », a insisté X, soulignant que
    l'armée ne visait jamais de cibles civiles": one matter, one sentence)."""
    if claim.sentence < 0:
        return []
    name = _norm(claim.speaker.name)
    return sorted({e for c in claims if c is not claim and c.sentence == claim.sentence
                   and _norm(c.speaker.name) == name for e in c.about})


def _negative_answer(neg: Claim, claim: Claim, fn: Features, fc: Features) -> bool:
    """Words that negate ("ce missile n'était pas à nous", "aucune cible sur le territoire
    polonais n'était prévue") answer, as a denial would, another side's words naming the
    speaker's side, when one of the two is tied to an incident of the article and the other to
    none (it may be telling of that one); when both are tied to incidents, or neither, both
    must name each other's side or one weapon (a negation on another matter, "no further details
    were given", "there has never been such an exchange", answers no accusation). A side of no
    country ("l'Otan accrédite la thèse d'un missile ukrainien") is answered when both name one
    weapon, generic or not: the thing one side says is not its own and the other says is."""
    a, b = neg.speaker.country, claim.speaker.country
    if a is None or a == b or a not in fc.countries:
        return False
    one_weapon = bool(fn.arms & fc.arms)  # "ce missile n'était pas à nous" / "un missile ukrainien"
    if b is None:  # a side of no country (an alliance, witnesses): the words must share the weapon
        return one_weapon
    if bool(neg.about) != bool(claim.about):
        return True
    return b in fn.countries or one_weapon


def _accused_denies(denial: Claim, fc: Features, stance: str, claim: Claim) -> bool:
    """The side another speaker's words accuse denies: the claim, by a speaker of another
    country, names the denier's country ("un missile de croisière russe a violé l'espace aérien",
    says the Polish army; "absurde, faute de preuves", says Russia's ambassador). Whatever
    incidents each is tied to: the denial may be tied to the summons where it was made, the
    accusation to the incursion itself."""
    if stance not in NEGATIVE:
        return False
    a, b = denial.speaker.country, claim.speaker.country
    return a is not None and b is not None and a != b and a in fc.countries


def _denies_accuser(denial: Claim, fd: Features, stance: str, claim: Claim, by_id: dict[str, Event]) -> bool:
    """A denial or doubt naming the side whose claim it answers ("the Lithuanian army hastened to
    announce that it was our drone", says Minsk's embassy), against that side's claim about an
    incident the denier's side takes part in (Vilnius protesting at the summons of Minsk's
    envoy), or one the claimant's side takes part in when the denial is tied to an incident
    whose two sides the two speakers are (the drone Vilnius protests at, by Minsk's account):
    an exchange between the two, whichever incidents each is tied to."""
    if stance not in NEGATIVE:
        return False
    a, b = denial.speaker.country, claim.speaker.country
    if a is None or b is None or a == b or b not in fd.countries:
        return False
    tied = [{p.country for p in by_id[e].actors + by_id[e].targets} for e in claim.about if e in by_id]
    if any(a in sides for sides in tied):
        return True
    return any(b in sides for sides in tied) and any(
        _two_sides(denial.speaker, claim.speaker, by_id[e]) for e in denial.about if e in by_id)


def alike_reports(events: list[Event]) -> dict[str, str]:
    """Event id -> the smallest id of the events of the article alike to it: one type, one place,
    one date. The events stage may tell one incident twice (the lede and the body, "the strike on
    the hospital" and "the strikes on Kyiv"); a claim tied to one and a claim tied to the other
    speak of one incident."""
    groups: dict[tuple[str, str, date, date], list[str]] = {}
    for e in events:
        if e.location is not None and e.date is not None:
            key = (e.type, _norm(e.location.name), e.date.start, e.date.end)
            groups.setdefault(key, []).append(e.id)
    return {x: min(ids) for ids in groups.values() for x in ids}


def _same_country(a: Party, b: Party) -> bool:
    """Two speakers of one country (a minister and his ministry) do not contradict each other here.
    An armed group is no side of its country's state ("al-Shabaab claimed 30 soldiers killed",
    "the Somali army denied the toll"): a group and another speaker are two sides (PartyKind
    "group": a non-state armed group)."""
    return a.country is not None and a.country == b.country and "group" not in (a.kind, b.kind)


def _answers(denial: Claim, claim: Claim, stance: str | None = None, told: set[str] | None = None) -> bool:
    """A denial about no incident of its own answers the assertions about the article's incidents
    (``stance``: the denial's, when it stands as one without saying so -- a doubt), and in an
    undated article the claims whose words tell an act (``told``: "Des tirs ont frappé le village
    de X, a affirmé le ministère" / "Erevan a démenti ces informations", no day for the incident)."""
    return (stance or denial.stance) in NEGATIVE and not denial.about \
        and (bool(claim.about) or claim.id in (told or ())) \
        and claim.stance in TELLING  # a demand ("protect civilians") is no account to answer


def _counters(denial: Claim, claim: Claim, fd: Features, fc: Features, stance: str | None = None,
              acts: set[str] | None = None) -> bool:
    """A denial and another side's claim that speak of each other or of the same thing.

    One names the other's speaker ("a protest note handed to ambassador X" / X: "a set-up"): an
    exchange between the two, whatever incidents each is tied to. Else the claim must be tied to
    no incident found (it may be telling of the denial's): one names the other's country
    ("Varsovie n'a fourni aucune preuve" against Warsaw's accusation; "Russia rejects the
    accusations" against a statement naming Russia); when neither is tied to an incident, both
    naming one party, place or weapon is enough too. Which incidents the denial is tied to must
    not decide: a denial tied to one found late (more incidents found with better dates) answers
    the same accusation. ``stance``: the denial's, as in _answers. A claimant of no country (a
    UN agency, witnesses) naming the denier's country answers it only when its words tell of an
    act (``acts``): "thousands of Sudanese refugees live in camps near the town" accuses nobody."""
    if (stance or denial.stance) not in NEGATIVE:
        return False
    if _norm(denial.speaker.name) in fc.parties or _norm(claim.speaker.name) in fd.parties:
        return True
    a, b = denial.speaker.country, claim.speaker.country
    if claim.about or (a is None and b is None):
        return False
    named = (b is not None and b in fd.countries) or (a is not None and a in fc.countries and (
        b is not None or acts is None or claim.id in acts or f"{claim.id}:{a}" in acts or bool(fc.arms)))
    return named or (not denial.about and _name_alike(fd, fc))


def _doers(article: Article, claim: Claim, names: set[str]) -> list[Party]:
    """The parties with a country among a claim's doers (_agents): "assisted by Rwandan forces"."""
    spans = _content_spans(claim)
    return [m.value for m in article.mentions if isinstance(m.value, Party) and m.value.country
            and _norm(m.value.name) in names and any(_inside(m.span, s) for s in spans)]


def _blame_each_other(a: Claim, b: Claim, fa: Features, fb: Features,
                      one_incident: bool | None = None) -> bool:
    """Two accounts of one thing, each naming the other speaker's side ("the damage was caused by
    a Ukrainian anti-aircraft missile", says Moscow; "a Russian strike hit the hospital", says
    Kyiv; "the drones came from Ukraine" against "Russian drones"): incompatible versions, though
    neither denies in so many words. About one incident, one naming the other's side is enough;
    otherwise (at most one tied to an incident) both must, and share a party, place or weapon.
    ``one_incident``: whether they speak of one incident, when the caller knows better than their
    ``about`` (two alike reports of one incident, see alike_reports)."""
    ca, cb = a.speaker.country, b.speaker.country
    if ca is None or cb is None or ca == cb:
        return False
    if one_incident is None:
        one_incident = bool(set(a.about) & set(b.about))
    if one_incident:  # one incident: one side blaming the other is enough
        return cb in fa.countries or ca in fb.countries
    if (a.about and b.about) or cb not in fa.countries or ca not in fb.countries:
        return False  # two incidents; else the one tied to none may be telling of the other's
    # each names the other's side: about the one incident either is tied to, that is enough
    # ("le Jihad islamique est responsable", says Israel's army; "un crime de guerre d'Israël",
    # says Hamas); tied to none, they must also share a party, place or weapon
    return bool(a.about or b.about) or _name_alike(fa, fb)


def _name_alike(a: Features, b: Features) -> bool:
    """Two claims' words name one party, place or weapon (dates alone are too common)."""
    return bool(a.parties & b.parties) or bool(a.places & b.places) or bool(a.weapons & b.weapons)


def _two_sides(a: Party, b: Party, event: Event, accounts: bool = False) -> bool:
    """One speaker is of the attacker's country, the other of the attacked (its targets or the
    country it happened in): their two accounts are two versions of the incident. When the
    attacked side is unknown, two assertions (``accounts``), one by the attacker's side and one
    by another country, are the two versions; a condemnation by a third country is not one."""
    if a.country is None or b.country is None:
        return False
    attackers = {p.country for p in event.actors if p.country}
    attacked = {p.country for p in event.targets if p.country}
    if event.location is not None and event.location.country:
        attacked.add(event.location.country)
    attacked -= attackers
    if not attacked and accounts:
        # the attacked side is unknown (its targets have no country, the place is written as the
        # attacker's): any other country's account is the other version ("70 terrorists killed",
        # says the attacker; "26 civilians killed", says its neighbour)
        return (a.country in attackers) != (b.country in attackers)
    return (a.country in attackers and b.country in attacked) \
        or (b.country in attackers and a.country in attacked)


def _link(a: Claim, b: Claim) -> None:
    if b.id not in a.contradicts:
        a.contradicts.append(b.id)
    if a.id not in b.contradicts:
        b.contradicts.append(a.id)
