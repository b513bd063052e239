"""Stage `events`, step 6 (see extract/events.py): counts that are no incident.

Why a module of its own: a year's tally told by plural act nouns over a long span ("airstrikes
killed 1,200 civilians last year"), a war's toll with nothing of its own ("plus de 12 000 civils
ont été tués") and a report's count of acts ("documents 45 attacks on hospitals") are words of
news about incidents, not incidents; events.py decides which drafts are incidents and asks here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract import arguments as args
from newsevents.extract import casualties as cas
from newsevents.extract.drafts import Draft
from newsevents.extract.numbers_lexicon import numbers_lexicon
from newsevents.temporal import calendar as cal

if TYPE_CHECKING:
    from newsevents.extract.events import Context

# links from an act noun up to the verb of a running total it is told through ("at least 120 people
# have died in shelling": shelling -> in -> died)
TOTAL_ACT_STEPS = 2

# a span longer than a month: plural acts told over it are a tally ("airstrikes killed 1,200
# civilians last year"); over a month they may still be one wave reported ("des frappes en mars")
TALLY_DAYS = 31


# a toll this large with no day, place or side of its own is a war's count ("plus de 12 000 civils
# ont été tués", "the war has killed 10,000"), not one incident: the deadliest single strikes of
# news-dev and the seeds killed a few hundred at most
WAR_TALLY_COUNT = 1000


# acts counted this many or more with no day of their own are a report's count ("documents 45
# attacks on hospitals between January and June"), not one incident; a few ("three strikes hit
# the city") may be one wave
COUNTED_ACTS = 10


def war_tally(d: Draft) -> bool:
    """A toll or a count of acts that belongs to a war or a report, not to one incident: no day
    told, no town (a country is the war's), and a toll of WAR_TALLY_COUNT or acts counted
    COUNTED_ACTS or more."""
    # a day or a night of its own ("dans la nuit de lundi à mardi": one wave)
    told = d.date is not None and not d.date.inferred and cal.day_or_night(d.date.start, d.date.end)
    if not d.violent or told or (d.place is not None and d.place.precision not in AREA_PRECISIONS):
        return False
    plural = [t.root for t in d.triggers if t.root.pos_ == "NOUN" and "Plur" in t.root.morph.get("Number")]
    counted = any(c.dep_ == "nummod" and c.text.replace(",", "").isdigit()
                  and int(c.text.replace(",", "")) >= COUNTED_ACTS
                  for root in plural for c in root.children)  # plural: "the 2013 attack" is one
    if counted or any(_collective_count(root) >= COUNTED_ACTS for root in plural):
        # a count of acts over a region or a country ("une dizaine d'attaques de drones ont visé
        # des champs pétroliers du Kurdistan"); the toll test below keeps the country only
        return True
    return (d.place is None or d.place.precision == "country") and not d.actors \
        and max(d.fatalities or 0, d.injured or 0) >= WAR_TALLY_COUNT


# places no single act is told at: a count of acts over them is a tally
AREA_PRECISIONS = frozenset({"country", "region", "admin1"})


def _collective_count(noun: Token) -> int:
    """The count a collective numeral gives the act noun it quantifies ("une dizaine d'attaques",
    "des dizaines de frappes", "dozens of attacks"): the numeral is the noun's head in both
    parsers (collective_numerals in lang/<code>/numbers.yaml); 0 when there is none."""
    head = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    if head.i == noun.i:
        return 0
    return numbers_lexicon(noun.lang_).collective.get(head.lemma_.lower(), 0)


def _uncounted_plural(t: Token) -> bool:
    """A plural named as a whole ("airstrikes", "les frappes"): not counted ("two strikes") nor
    indefinite ("des échanges de tirs ont eu lieu": some occurrences, told as happening)."""
    return "Plur" in t.morph.get("Number") and not any(
        c.dep_ == "nummod" or (c.dep_ == "det" and "Ind" in c.morph.get("Definite")) for c in t.children)


def tallies(drafts: list[Draft]) -> list[Draft]:
    """Acts told only by uncounted plural nouns ("airstrikes", "des frappes"; not "two strikes"),
    as the trigger or as the subject of the killing verb that holds the date, over a span longer
    than TALLY_DAYS ("airstrikes by the military killed at least 1,200 civilians in 2024") are a
    year's tally, not one incident, with the noun's own draft: "the 2019 attack" stays one, and so
    does "in 2019, gunmen killed 30 villagers" (no act noun)."""
    by_root = {t.root.i: d for d in drafts for t in d.triggers}
    out: list[Draft] = []
    for d in drafts:
        if d.date is None or d.date.inferred or (d.date.end - d.date.start).days <= TALLY_DAYS:
            continue
        nouns = [t.root for t in d.triggers if t.root.pos_ in ("NOUN", "PROPN")]
        nouns += [c for t in d.triggers if t.root.pos_ in ("VERB", "AUX") for c in t.root.children
                  if c.dep_ in args.SUBJECT_DEPS and c.i in by_root]
        if nouns and all(_uncounted_plural(n) for n in nouns):
            out += [d, *(by_root[n.i] for n in nouns)]
    return out


def running_total_act(ctx: Context, d: Draft) -> bool:
    """An act told only as the verb of a running total ("Since the start of the siege in March, more
    than 400 civilians have been killed in the city", "depuis le début du siège, plus de 400 civils
    ont été tués"): every trigger of the draft (or the verb it hangs from) lies in a count the
    numbers stage read with its verb and that casualties.running_total reads as a campaign's toll.
    Its count already goes to no incident (events_effects); the act it tells is the campaign, not
    one incident, whatever date (the campaign's start) or place (the besieged city) it names."""
    totals = [r for r in ctx.numbers if cas.running_total(r, ctx.doc, ctx.lang)]
    return bool(d.violent and totals and d.triggers) and all(
        any(r.start <= w.i < r.end for r in totals for w in _up(t.root)) for t in d.triggers)


def _up(tok: Token) -> list[Token]:
    """A trigger and the words it hangs from, TOTAL_ACT_STEPS up ("died in shelling": shelling,
    in, died), within its sentence."""
    out = [tok]
    while len(out) <= TOTAL_ACT_STEPS and out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out
