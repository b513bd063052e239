"""Tolls as stated, for the `numbers` stage: coordinated counts add up, a range gives its floor.

"Three soldiers and two civilians were killed", "killing 4 soldiers and 2 civilians", "left 5
soldiers and 7 militants dead", "tuant quatre soldats et deux civils", "Fatalities: 4 JNIM and 2
military": each count is one group of the victims and the toll of the incident is their sum, which
is what an analyst records (ACLED's fatalities are the total over every side). The parts stay
mentions of their own; the sum is one more mention over the whole coordination, so the incident's
largest count of a unit is the total.

Why the parse and not a word window: a conjunction of the counted nouns (``conj`` in the Universal
Dependencies of both models) says the groups are disjoint. A subset ("trois morts dont deux
enfants", "five killed, including two children") or a toll restated in another sentence is not a
coordination and keeps the largest figure (the events stage takes the maximum).

A count whose counted noun is no casualty word ("5 soldiers" in "left 5 soldiers and 7 militants
dead", "4 JNIM" after "Fatalities:") takes the casualty unit of its coordination or of the casualty
noun that heads its sentence before a colon; a measure ("3 km") never does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Protocol

from newsevents.extract.numbers_elided import elided_counts
from newsevents.model import Quantity

CASUALTY_UNITS = ("killed", "injured")
# "Fatalities: 4 JNIM and 2 military": at most this many words before the colon of a heading
# ("Reported fatalities:", "Bilan humain :"); a longer run is a sentence, not a heading
HEADING_WORDS = 2
# words between a subset marker and the first count of the coordination ("dont au moins 5")
SUBSET_GAP = 3
# words after the last count of a list searched for the comma that closes an apposed breakdown
# ("Trois personnes, deux soldats et un civil, ont été tuées": the last count's noun phrase)
SUBSET_REACH = 5


class Counted(Protocol):
    """What the numbers stage found: char offsets, quantity, token of the number (-1: none)."""

    start: int
    end: int
    quantity: Quantity
    token: int


@dataclass(slots=True)
class Count:
    """A count found by the numbers stage: char offsets, its quantity, the token of its number."""

    start: int
    end: int
    quantity: Quantity
    token: int  # token index of the number, -1 when the count has none ("no casualties")


def range_floor(text: str, start: int, pattern: re.Pattern[str], window: int) -> tuple[int, int] | None:
    """"entre 200 et 300 personnes", "between 200 and 300 people": (char start, lower bound); a
    range states its lower bound as a floor (what an analyst records)."""
    before = text[max(0, start - window):start]
    m = pattern.search(before)
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group(1))
    return (start - len(before) + m.start(), int(digits)) if digits else None


def drop_range_parts(found: list[Any]) -> list[Any]:
    """A count inside a range's count of the same unit ("40 and 60 people were killed" inside
    "between 40 and 60 people were killed") is the same toll read twice: the range stays."""
    def inside(f: Any, g: Any) -> bool:
        return bool(g.ranged) and g is not f and g.start <= f.start and f.end <= g.end \
            and g.quantity.unit == f.quantity.unit
    return [f for f in found if not any(inside(f, g) for g in found)]


def _anchor(tok: Any) -> Any:
    """The word that stands for a count in the parse: the noun a number (or an article read as
    one: "six workers and a guard", or a possessive: "a woman and her son") counts, else the
    number. A number written in words of several tokens starts on a compound of its last word
    ("Twenty-one hostages and four soldiers": "Twenty" hung on "one"): that last word stands for it."""
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.like_num:
        tok = tok.head
    if tok.dep_ in ("nummod", "det", "poss") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    return tok


def _first_conjunct(tok: Any) -> Any:
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _group_key(anchor: Any, anchors: set[int]) -> int:
    """The first conjunct of a count's coordination: by ``conj``, or, when the parser hangs both
    on the verb ("Deux policiers et trois passants ont été blessés": two passive subjects), the
    earlier count of the same relation to the same head, the later one opening with "et"/"and"."""
    first = _first_conjunct(anchor)
    if first.i == anchor.i and any(c.dep_ == "cc" and c.i < anchor.i for c in anchor.children):
        siblings = [t for t in anchor.head.children if t.i < anchor.i and t.dep_ == anchor.dep_
                    and t.i in anchors]
        if siblings:
            return _first_conjunct(siblings[-1]).i
    listed = _listed_sibling(first, anchors)
    return _group_key(listed, anchors) if listed is not None else first.i


def _listed_sibling(first: Any, anchors: set[int]) -> Any | None:
    """"Deux douaniers, quatre éleveurs peuls et un enfant ont été tués": the parser makes
    "éleveurs" a second subject of the verb, not a conjunct of "douaniers"; the count of the same
    relation right before it, a comma between, is the list's start. The later group must close the
    list with a conjunction ("et un enfant"), so two clauses' subjects never join."""
    if not any(c.dep_ == "conj" and any(g.dep_ == "cc" for g in c.children) for c in first.children):
        return None
    comma = first.left_edge.i - 1
    if comma < 1 or first.doc[comma].text != ",":
        return None
    return next((t for t in first.head.children if t.dep_ == first.dep_ and t.i in anchors
                 and t.right_edge.i in (comma - 1, comma) and t.i != first.i), None)


def heading_unit(doc: Any, token: int, casualty_nouns: dict[str, str]) -> str | None:
    """The casualty unit of a heading before a colon in the count's sentence ("Fatalities: 4")."""
    sent = doc[token].sent
    colon = next((t for t in doc[sent.start:token] if t.text == ":"), None)
    if colon is None:
        return None
    words = [t for t in doc[sent.start:colon.i] if not t.is_punct]
    if not 1 <= len(words) <= HEADING_WORDS:
        return None
    return casualty_nouns.get(words[-1].lower_)


def _in_subset(first: Any, markers: frozenset[str]) -> bool:
    """"12 morts, dont 5 enfants et 3 femmes", "including two children and a woman": the
    coordination breaks a total down; its sum is no toll of its own. The marker may also hang
    inside the first conjunct ("34 morts, dont deux enfants, et 117 blessés": the French parser
    makes "dont" a child of "enfants", and "117 blessés" a conjunct of the subset)."""
    start = min(t.i for t in first.subtree)
    return any(t.lower_ in markers for t in first.doc[max(first.sent.start, start - SUBSET_GAP):first.i])


def _noun_of(doc: Any, count: Counted) -> Any:
    """The noun of a count: its anchor, else the word after its number (the parse lost it)."""
    noun = _anchor(doc[count.token])
    return noun if noun.i > count.token else doc[min(len(doc) - 1, count.token + 1)]


def _apposed_breakdown(doc: Any, members: list[Counted]) -> bool:
    """"Trois personnes, deux soldats et un civil, ont été tuées", "Three people, two soldiers and a
    civilian, were killed": a list between commas right after the first count, the verb after the
    closing comma, breaks the first count down (a subset without "dont"); no sum. A list that ends
    on its verb ("Deux soldats, un policier et trois civils ont été tués") or on a source ("...,
    selon l'armée") adds up."""
    ordered = sorted(members, key=lambda c: c.token)
    first = _noun_of(doc, ordered[0])
    if first.i + 1 >= len(doc) or doc[first.i + 1].text != ",":
        return False
    last = _noun_of(doc, ordered[-1])
    for tok in doc[last.i + 1:min(len(doc) - 1, last.i + 1 + SUBSET_REACH)]:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.text == ",":
            return doc[tok.i + 1].pos_ in ("VERB", "AUX")
    return False


def _gap(doc: Any, first: Counted, second: Counted) -> str | None:
    """The one word between the first count's noun and the second count's number, None when
    there is not exactly one (the first's noun is the word after its number when the parse lost
    it: "un passant" read as a verb)."""
    noun = _noun_of(doc, first)
    return doc[noun.i + 1].lower_ if noun.i + 2 == second.token else None


def _one_verb(doc: Any, first: Counted, second: Counted, is_person: Callable[[str, Any], bool],
              lex: Any) -> bool:
    """Both counts are victims of the second's casualty word: the same unit ending on the same
    word, or a first count of people the parse left with no verb ("Au moins quatre militaires et
    deux civils ont été tués") before a second one whose casualty word is a verb with its
    auxiliary (not an adjective of the second group alone: "deux civils blessés")."""
    unit = second.quantity.unit
    if unit not in CASUALTY_UNITS:
        return False
    if first.quantity.unit == unit:
        return first.end == second.end
    if first.quantity.unit in CASUALTY_UNITS or not is_person(str(first.quantity.unit or ""), lex):
        return False
    verb = next((t for t in doc[second.token:] if t.idx + len(t.text) >= second.end), None)
    return verb is not None and verb.pos_ == "VERB" and any(c.dep_.startswith("aux") for c in verb.children)


def _joined(doc: Any, counts: list[Counted], is_person: Callable[[str, Any], bool],
            lex: Any) -> dict[int, int]:
    """Coordinated victims the parse fails to join ("Trois militaires et deux civils ont été tués":
    the French model makes "militaires" the root; "Deux policiers et un passant ont été blessés":
    "passant" read as a verb): {index of a count: index of the count before it in its list}.
    Nothing but "et"/"and" (``number_joiners``) lies between the first's noun and the second's
    number, or a comma of a list the conjunction ends ("Deux soldats, un policier et trois
    civils"), and both are victims of one casualty word (`_one_verb`); so a subset after
    "dont"/"including" or a toll restated in another clause never joins."""
    gaps = [_gap(doc, a, b) for a, b in pairwise(counts)]
    links: dict[int, int] = {}
    for k in range(len(gaps) - 1, -1, -1):
        listed = gaps[k] == "," and links.get(k + 2) == k + 1
        if (gaps[k] in lex.joiners or listed) and _one_verb(doc, counts[k], counts[k + 1], is_person, lex):
            links[k + 1] = k
    return links


def _listed_between(count: Counted, members: list[Counted], unit: str) -> bool:
    """A count of a noun no lexicon knows inside a list of victims, with a victim count of the same
    unit on each side ("Trois soldats, deux supplétifs civils et un gendarme ont été blessés"): a
    list names groups of one kind, so it counts victims too. At an end of the list ("5 soldiers and
    7 vehicles") nothing says so."""
    return any(c.quantity.unit == unit and c.token < count.token for c in members) and any(
        c.quantity.unit == unit and c.token > count.token for c in members)


def totals(doc: Any, counts: Sequence[Counted], lex: Any,
           is_person: Callable[[str, Any], bool]) -> list[Count]:
    """Relabel the counts of a heading or a coordination in place; return the sums to add, and the
    counts per place that leave their noun out with their sums (numbers_elided).

    `lex` is the numbers stage's lexicon (casualty nouns, units, subset markers); `is_person` its
    test of a noun that counts people."""
    measures = set(lex.units.values())
    groups: dict[int, list[Counted]] = {}
    kept = sorted((c for c in counts if c.token >= 0 and c.quantity.unit not in measures),
                  key=lambda c: c.token)
    for c in kept:
        if c.quantity.unit not in CASUALTY_UNITS:
            unit = heading_unit(doc, c.token, lex.casualty_nouns)
            if unit is not None:
                c.quantity.unit = unit
    links = _joined(doc, kept, is_person, lex)
    keys: list[int] = []
    for k, c in enumerate(kept):
        key = _group_key(_anchor(doc[c.token]), {_anchor(doc[x.token]).i for x in counts if x.token >= 0})
        keys.append(keys[links[k]] if k in links else key)
        groups.setdefault(keys[k], []).append(c)
    out: list[Count] = [Count(*found) for found in elided_counts(doc, counts, lex)]
    for first, members in groups.items():
        units = {c.quantity.unit for c in members if c.quantity.unit in CASUALTY_UNITS}
        if len(members) < 2 or len(units) != 1 or _in_subset(doc[first], lex.subset_markers) \
                or _apposed_breakdown(doc, members):
            continue
        unit = units.pop()
        for c in members:  # "5 soldiers and 7 militants dead": the soldiers died too
            if c.quantity.unit not in CASUALTY_UNITS and (is_person(str(c.quantity.unit or ""), lex)
                                                          or is_person(_anchor(doc[c.token]).lower_, lex)
                                                          or _listed_between(c, members, unit)):
                c.quantity.unit = unit
        parts = [c for c in members if c.quantity.unit == unit]
        if len(parts) < 2:
            continue
        out.append(Count(min(c.start for c in parts), max(c.end for c in parts), Quantity(
            sum(c.quantity.value for c in parts), unit, any(c.quantity.minimum for c in parts),
            any(c.quantity.approximate for c in parts)), -1))
    return out


def died_after(noun: Any, lex: Any) -> bool:
    """True when the wounded a noun counts then died: it is the subject of a verb of dying ("trois
    blessés ont succombé à leurs blessures", "three wounded soldiers later died") or has a relative
    clause of one ("des blessés qui ont succombé", "deux blessés sont morts"; ``intransitive_lemmas``
    and the killed ``casualty_words`` of lang/<code>/numbers.yaml). They are dead, no count of the
    injured."""
    subjects = lex.subject_deps | lex.passive_deps
    verbs = [noun.head] if noun.dep_ in subjects and noun.head.i != noun.i else []
    verbs += [c for c in noun.children if c.dep_ in lex.modifier_deps
              and any(g.dep_ in subjects and g.pos_ == "PRON" for g in c.children)]
    return any(v.lemma_.lower() in lex.intransitive or lex.casualty_words.get(v.lower_) == "killed"
               for v in verbs)



def wounded_then_died(verb: Any, lex: Any) -> bool:
    """True when the verb counting the wounded is joined to a verb of dying with no subject of its
    own ("un soldat a été blessé dimanche et a succombé à ses blessures trois jours plus tard", "was
    wounded on Sunday and died of his wounds"): the same people, dead. "Trois soldats ont été blessés
    et un est mort" gives the second verb a subject of its own, another count."""
    subjects = lex.subject_deps | lex.passive_deps
    return any(c.dep_ == "conj" and c.lemma_.lower() in lex.intransitive
               and not any(g.dep_ in subjects for g in c.children) for c in verb.children)
