"""Stage `events`: an act counted from a date more than a month before the report is a campaign.

"Depuis le début de l'année, les attaques de drones ont tué plus de 300 civils dans le
Darfour-Nord", "Since July 2024, Russian drone attacks have killed 150 civilians in Kherson": the
act is told as a tally over months, and the count is the campaign's, not one incident's. The
qualifiers already read a year, a month's name or a span noun after "since"
(qualifiers.campaign); a landmark the time stage dates ("le début de l'année", "the start of the
year", "août 2023") read the same way was an incident dated the day of the report, the tally as
its toll. "Since Monday" (days) may still tell one wave, and "the deadliest attack since 2019"
ranks one incident (the landmark hangs from the noun, not from the act's verb).

Why a module of its own: qualifiers.py and events.py are at their size limits.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract.drafts import is_violent
from newsevents.extract.events_tallies import TALLY_DAYS
from newsevents.extract.triggers import OBJECT_DEPS, SUBJECT_DEPS, Trigger

if TYPE_CHECKING:
    from newsevents.extract.arguments import Ref
    from newsevents.extract.events import Context

# dependencies of a phrase of time under a verb (French UD, English ClearNLP)
SPAN_DEPS = frozenset({"obl", "obl:mod", "prep", "npadvmod", "advmod"})
# a clause hung under another act, opened by a conjunction: a span in it measures the distance
# between the two acts ("three weeks after gunmen killed 14 soldiers"), no span of acts counted
SUBORDINATE_DEPS = frozenset({"advcl", "ccomp", "acl"})
# how a clause after a rubric and a colon hangs from the rubric
RUBRIC_DEPS = frozenset({"parataxis", "appos", "dep"})


def counted_since(ctx: Context, trig: Trigger, type_: str) -> bool:
    """A violent act (an arrest "détenu depuis mars 2023" is dated by the landmark, a state since
    then) whose trigger's verb (the verb an act noun is the subject or object of: "les attaques ont
    tué", "has carried out 14 strikes"; or the act's own verb: "ont été tués") has a phrase opened
    by a word of `since_words` holding a date the time stage read, which starts more than
    TALLY_DAYS before the publication (or, with no publication known, is no single day). Or a
    phrase of the verb names weeks, months or years in the plural (_over_months). Not when the
    clause names a day of its own (_own_day)."""
    since = ctx.words("since_words")
    root = trig.root
    # the verb an act noun is the subject or the object of ("have carried out 14 strikes since")
    verb = root.head if root.dep_ in SUBJECT_DEPS or root.dep_ in OBJECT_DEPS else root
    if not since or verb.pos_ not in ("VERB", "AUX") or not is_violent(type_) or _own_day(ctx, verb):
        return False
    pub = ctx.article.published.date if ctx.article.published else None
    # a rubric before a colon parses as a root of its own or as the verb's head, the landmark under
    # it ("Soudan : depuis le début de l'année, les frappes ont fait 300 morts")
    rubrics = [t for t in verb.sent if t.head.i == t.i and t.i < verb.i] if verb.head.i == verb.i else \
        [verb.head] if verb.dep_ in RUBRIC_DEPS and verb.head.i < verb.i else []
    heads = [verb, *rubrics]
    for phrase in (p for head in heads for p in _since_phrases(head, since)):
        for ref in _times_in(ctx, phrase):
            start, end = ref.value.start, ref.value.end
            if (pub is None and start != end) or (pub is not None and (pub - start).days > TALLY_DAYS):
                return True
    units = ctx.words("tally_units")
    return bool(units) and any(_over_months(ctx, head, units, pub) for head in heads)


def _own_day(ctx: Context, verb: Token) -> bool:
    """The verb's clause dates its act to a day ("attacked the village on Monday for the second time in
    two years", "a frappé lundi, pour la première fois depuis janvier"): one incident, ranked."""
    return any(r.value.start == r.value.end and _verb_of(ctx.doc[r.start]).i == verb.i
               for r in _times_in(ctx, verb))


def _verb_of(tok: Token) -> Token:
    """The first verb above a word: a day of the report's own clause ("selon un rapport publié
    mardi") dates the report, not the act."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _times_in(ctx: Context, phrase: Token) -> list[Ref]:
    """The dates the time stage read inside the phrase."""
    lo, hi = phrase.left_edge.i, phrase.right_edge.i + 1
    return [r for r in ctx.refs.get("time", []) if lo <= r.start < hi]


def _over_months(ctx: Context, head: Token, units: frozenset[str], pub: date | None) -> bool:
    """A phrase of the verb naming weeks, months or years in the plural ("en trois mois", "au cours des six
    derniers mois", "in the first months of the campaign"): the act counted over them, unless the
    phrase dates a past moment ("il y a trois mois", "three months ago": a date the time stage read
    that ends before the publication)."""
    if any(c.dep_ == "mark" for c in head.children) and head.dep_ in SUBORDINATE_DEPS:
        return False  # "trois semaines après que des hommes armés ont tué": how long before the main act
    for child in head.children:
        if child.dep_ not in SPAN_DEPS:
            continue
        near = [child, *child.children, *(g for c in child.children for g in c.children)]
        if not any(t.lemma_.lower() in units and "Plur" in t.morph.get("Number") for t in near):
            continue
        if not any(pub is None or r.value.end < pub for r in _times_in(ctx, child)):
            return True
    return False


def _since_phrases(verb: Token, since: frozenset[str]) -> list[Token]:
    """The verb's phrases after a word of `since_words`: English hangs the noun below its
    preposition ("since July"), French the preposition below the noun ("depuis le début")."""
    out: list[Token] = []
    for child in verb.children:
        if child.lower_ in since:
            out += [c for c in child.children if c.dep_ in ("pobj", "obj", "nmod", "obl")]
        elif any(c.dep_ == "case" and c.lower_ in since for c in child.children):
            out.append(child)
    return out


def ranked_since(ctx: Context, trig: Trigger) -> bool:
    """An act noun ranked against a landmark as the predicate of a pronoun ("It was the first
    suicide bombing in the city since the fall of the government in March", "C'est la première
    attaque-suicide dans la capitale depuis ...": `rank_words` and `since_words`): it names the act
    told before again, and the landmark's date is no act's. No incident of its own when an act is
    told before it (alone, "It was the first drone strike on the port since October" is the news,
    dated by the report); the deadliest attack since 2019 told as a subject ("... killed 30") stays."""
    root, ranks, since = trig.root, ctx.words("rank_words"), ctx.words("since_words")
    if not ranks or not since or root.pos_ not in ("NOUN", "PROPN"):
        return False
    copula = root.head if root.dep_ == "attr" else root if any(c.dep_ == "cop" for c in root.children) \
        else None
    if copula is None or not any(c.lower_ in ranks for c in root.children):
        return False
    pronoun = any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" for c in copula.children)
    sent = ctx.sent_of[trig.span.start]
    told = any(ctx.sent_of[o.span.start] < sent for o in ctx.matches.triggers)
    return pronoun and told and any(t.lower_ in since for t in root.subtree)
