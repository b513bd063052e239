"""Stage `numbers`: casualty counts and other counted measures.

Output (appended to ``article.mentions``)::

    Mention(kind="number", span, text, sentence,
            value=Quantity(value, unit, minimum, approximate))

- Casualties: ``unit`` is "killed" or "injured". "quatre morts et onze blessés" gives two
  mentions; "une personne a été tuée" gives killed=1; "au moins 11 blessés" gives minimum=True;
  "environ 20 morts" approximate=True; "aucune victime" / "no casualties" gives killed=0 AND
  injured=0 (two mentions on the same span); an uncounted plural ("des employés ont été
  blessés", "plusieurs blessés", "several people were killed") gives value=1, minimum=True.
  Collectives: "une dizaine de morts" 10 approximate; "des dizaines de" 20 minimum; "des
  dizaines de milliers de" 20 000 minimum; "tens of thousands" 20 000 minimum.
- ``unit`` "casualties" (added; neither killed nor injured): dead and injured together, "12
  casualties", and "victimes" when the sentence breaks the total down ("huit victimes, dont trois
  morts"). Counted "victimes" alone is read as killed; "les victimes" is never a count (the
  rule is documented in lang/fr/numbers.yaml, ``victim_nouns``).
- Other counts: ``unit`` is "metre", "kilometre", "pace", "percent"... from the language's unit
  table, else the lemma of the counted noun ("deux missiles" -> 2 "missile").
- Numbers inside time mentions (dates, clock times) are skipped; words are read with text2num.

Events read the casualty mentions of their sentence (``m.value.unit in ("killed", "injured")``),
the ``near`` distances read the metre/kilometre/pace ones.

Why dependency relations and not a word window: "trois soldats ont tué deux civils" has a
casualty verb right after a counted noun, yet the soldiers are the killers. A counted noun is a
casualty when it is the passive subject of a casualty verb, the plain subject of an intransitive
one ("sont morts", "ont perdu la vie"), the object of an active one ("tuant trois civils"),
modified by a casualty participle ("11 personnes blessées"), the complement of a death noun
("la mort de trois civils") or the subject of a headline participle ("Three soldiers killed in");
the dependency labels are language data. Nouns outside the person list count only as subjects of
unambiguous casualty words ("cinquante chauffeurs de taxi ont été tués", not "deux drones ont été
abattus" nor "tuer les microbes"); negated casualty words never count. Tolls per side add up
("three soldiers and two civilians were killed": 5, tolls.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsevents.extract.numbers_bearing import bearing_injury
from newsevents.extract.numbers_lexicon import NumbersLexicon as _Lexicon
from newsevents.extract.numbers_lexicon import forms as _forms
from newsevents.extract.numbers_lexicon import numbers_lexicon as _lexicon
from newsevents.extract.numbers_nouns import misread_adjective, modified_noun
from newsevents.extract.numbers_tolls import clause_toll
from newsevents.extract.numbers_window import participle_after
from newsevents.extract.numbers_written import Number as _Number
from newsevents.extract.numbers_written import number_at as _number_at
from newsevents.extract.tolls import (
    died_after,
    drop_range_parts,
    heading_unit,
    range_floor,
    totals,
    wounded_then_died,
)
from newsevents.extract.tolls_sources import listed_apposition, telling_conjunct
from newsevents.lang import load_language
from newsevents.model import Article, Mention, Quantity, Span
from newsevents.parties.countries import country_from_adjective

CASUALTY_UNITS = ("killed", "injured")
# a cue ("au moins", "at least") must end this close before the number, in characters
CUE_WINDOW = 30
# words between a number and the noun it counts ("deux jeunes filles"); tuned on POPCORN
NOUN_REACH = 2
NUMBER_MODIFIER_WORDS = 3  # between a verb and its number: "au moins", "at least", "pas moins de"
# tokens from a counted noun to the comma of an apposed participle ("trois membres de
# l'association X, grièvement blessés,"): the noun's complements fit in 10 on the test tables
APPOSITION_REACH = 10
# words looked at after "dont"/"including" for the subset's noun ("dont trois jeunes enfants")
SUBSET_REACH = 5
# heads climbed from a bare number to the verb whose subject is a toll ("s'élève à 15")
TOLL_REACH = 3
# longest person noun of several words in the lexicons ("casques bleus", "soldats de la paix")
PERSON_NOUN_WORDS = 4
# unit of "victimes" when the sentence breaks the total into dead and injured
VICTIM_TOTAL = "casualties"
# four-digit numbers in this range with no unit after them are years, not counts
YEAR_RANGE = (1800, 2100)



# --- numbers ---------------------------------------------------------------------------------

def _is_person_noun(word: str, lex: _Lexicon) -> bool:
    """A noun that counts people: the lexicon's, or any demonym ("trois Syriens", "two Germans"),
    from the country tables rather than a list of the nationalities seen so far."""
    return word in lex.person_nouns or country_from_adjective(word, lex.code) is not None


def _person_at(tok: Any, lex: _Lexicon) -> bool:
    """The noun counts people alone ("soldats") or as the first word of a person noun of several
    words in the lexicon ("casques bleus", "peace keepers"): "a blessé deux casques bleus"."""
    if _is_person_noun(tok.lower_, lex):
        return True
    doc = tok.doc
    return any(" ".join(t.lower_ for t in doc[tok.i:tok.i + n]) in lex.person_nouns
               for n in range(2, PERSON_NOUN_WORDS + 1) if tok.i + n <= len(doc))


# --- casualty relations ----------------------------------------------------------------------

def _phrase_match(tok: Any, lex: _Lexicon) -> tuple[str, int] | None:
    """(unit, word count) of a multiword casualty form starting at the token ("perdu la vie")."""
    if not lex.casualty_phrases or tok.lower_ not in lex.phrase_heads:
        return None
    rest = " ".join(t.lower_ for t in tok.doc[tok.i:tok.i + 4])
    for phrase, unit in lex.casualty_phrases:
        if rest.startswith(phrase):
            return unit, len(phrase.split())
    return None


def _casualty_phrase(tok: Any, lex: _Lexicon) -> str | None:
    """The unit of a multiword casualty form starting at the token, if any."""
    found = _phrase_match(tok, lex)
    return found[0] if found else None


def _phrase_end(tok: Any, lex: _Lexicon) -> Any:
    """The last word of the casualty form starting at the token (itself for a single word)."""
    found = _phrase_match(tok, lex)
    return tok.doc[min(len(tok.doc), tok.i + found[1]) - 1] if found else tok


def _casualty_word(tok: Any, lex: _Lexicon) -> str | None:
    """The casualty unit a word (or a multiword form starting there) names, if any."""
    return lex.casualty_words.get(tok.lower_) or _casualty_phrase(tok, lex)


def _governor(tok: Any, lex: _Lexicon) -> Any:
    """The word a noun depends on, looking through a preposition ("death of three people")."""
    head = tok.head
    if head.pos_ == "ADP" and head.lower_ in lex.of_words and head.head.i != head.i:
        return head.head
    return head


def _death_of(tok: Any, lex: _Lexicon) -> tuple[str, Any] | None:
    """"la mort de trois civils", "the deaths of two journalists": a counted complement of a
    death noun, introduced by "de"/"of" (not "la mort ... dans un accident")."""
    if tok.dep_ not in lex.nmod_deps:
        return None
    governor = _governor(tok, lex)
    if governor.lower_ not in lex.death_nouns:
        return None
    via_of = tok.head.lower_ in lex.of_words or any(
        c.dep_ == "case" and c.lower_ in lex.of_words for c in tok.children)
    return (lex.death_nouns[governor.lower_], governor) if via_of else None


def _phrase_object(tok: Any, lex: _Lexicon) -> tuple[str, Any] | None:
    """"claimed the lives of four civilians", "cost the lives of seven people": the counted noun
    is the object of the preposition that ends a multiword casualty form (the form's verb starts
    it, its noun and preposition lie between)."""
    if tok.dep_ not in lex.nmod_deps or tok.head.pos_ != "ADP":
        return None
    noun = tok.head.head
    verb = noun.head
    if noun.i == tok.head.i or verb.i == noun.i or not verb.i < noun.i < tok.head.i:
        return None
    unit = _casualty_phrase(verb, lex)
    return (unit, verb) if unit and _phrase_end(verb, lex).i == tok.head.i else None


def _negated(tok: Any, lex: _Lexicon) -> bool:
    """"afin de ne pas blesser les manifestants", "was not injured": no casualty."""
    return any(c.lower_ in lex.negations for c in tok.children)


def _relation(tok: Any, lex: _Lexicon) -> tuple[str, Any] | None:
    """(unit, casualty word token) when a counted noun is a casualty."""
    found = _relation_of(tok, lex)
    return None if found is None or _negated(found[1], lex) else found


def _relation_of(tok: Any, lex: _Lexicon) -> tuple[str, Any] | None:
    head = tok.head
    num = tok if tok.like_num else next((c for c in tok.children if c.dep_ in ("nummod", "det")
                                         and c.i < tok.i), None)
    prev = _before_modifiers(num) if num is not None else None
    if prev is not None and prev.lower_ not in lex.casualty_nouns and _casualty_word(prev, lex):
        return _casualty_word(prev, lex), prev  # type: ignore[return-value]  # "blessant cinq autres"
    if tok.dep_ in lex.passive_deps or tok.dep_ in lex.object_deps:
        unit = _casualty_word(head, lex)
        if unit:
            return unit, head
    if _after_day(tok, lex):  # "a tué mercredi quatre membres du PKK"
        unit = _casualty_word(head.head, lex)
        if unit:
            return unit, head.head
    found = _subject_relation(tok, lex)
    if found:
        return found
    if tok.dep_ in lex.indirect_deps and _casualty_phrase(head, lex):  # "coûté la vie à 12 personnes"
        return _casualty_phrase(head, lex) or "killed", head
    if tok.dep_ in lex.bare_object_deps and _casualty_word(head, lex) and head.pos_ == "VERB" \
            and not any(c.dep_ == "case" or c.lower_ in lex.subset_markers for c in tok.children) \
            and not any(c.dep_.endswith("pass") for c in head.children):
        # "a tué lundi au moins 15 personnes", "ont tué neuf villageois dimanche": the parser reads
        # the day (or "neuf" as "new") off the object, the victims become an oblique with no
        # preposition of their own (an active verb: a passive one's oblique is a subset, "dont")
        return _casualty_word(head, lex), head  # type: ignore[return-value]
    # "31 people with gunshot wounds": the injured, whatever else the sentence counts
    found = _phrase_object(tok, lex) or _death_of(tok, lex) or bearing_injury(tok, lex.bearing_words,
                                                                              lex.death_nouns)
    if found:
        return found
    for child in tok.children:
        if child.dep_ in lex.modifier_deps and child.i > tok.i:
            unit = _casualty_word(child, lex)
            # "three soldiers killed two civilians": a participle with an object is active
            if unit and not any(c.dep_ in lex.object_deps for c in child.children):
                return unit, child
    if (tok.dep_ == "conj" or listed_apposition(tok)) and head.i < tok.i:
        found = _relation_of(head, lex) if head.dep_ != "conj" else None
        if found:
            return found
    return participle_after(tok, lex, _casualty_word) or _apposed_participle(tok, lex)


def _before_modifiers(num: Any) -> Any | None:
    """The word before a number and its modifiers, adverbs or fixed words of its phrase ("en
    blessant au moins 40 autres", "wounding at least 40 others")."""
    doc = num.doc
    k = num.i - 1
    while k > 0 and num.i - k <= NUMBER_MODIFIER_WORDS and doc[k].dep_ in ("advmod", "fixed", "quantmod") \
            and num.i - NUMBER_MODIFIER_WORDS <= doc[k].head.i <= num.head.i:
        k -= 1
    return doc[k] if k >= 0 else None


def _apposed_participle(tok: Any, lex: _Lexicon) -> tuple[str, Any] | None:
    """"Deux policiers, légèrement blessés, ont été soignés": a casualty participle between
    commas after the noun phrase (the parser often hangs it elsewhere)."""
    doc = tok.doc
    for j in range(tok.i + 1, min(len(doc) - 1, tok.i + APPOSITION_REACH)):
        if (doc[j].pos_ in ("VERB", "AUX") and doc[j].dep_ not in lex.modifier_deps) \
                or doc[j].text in (".", ";", ":"):
            return None
        if doc[j].text != ",":
            continue
        k = j + 1
        while k < len(doc) and doc[k].pos_ == "ADV":
            k += 1
        if k + 1 < len(doc) and doc[k + 1].text in (",", ".", ";"):
            unit = _casualty_word(doc[k], lex)
            if unit and doc[k].pos_ in ("ADJ", "VERB") and not _person_only(doc[k], lex):
                return unit, doc[k]
        return None
    return None


def _thing_relation(tok: Any, lex: _Lexicon) -> tuple[str, Any] | None:
    """The relation of a noun that is not a person noun: only as the subject of a casualty word
    ("cinquante chauffeurs de taxi ont été tués"), never as an object ("tuer les microbes"),
    and not with a word also said of things ("deux drones ont été abattus")."""
    found = None
    if tok.dep_ in lex.passive_deps:
        unit = _casualty_word(tok.head, lex)
        found = (unit, tok.head) if unit else None
    found = found or _death_of(tok, lex) or _subject_relation(tok, lex)
    if found is None or _person_only(found[1], lex) or _negated(found[1], lex):
        return None
    return found


def _person_only(tok: Any, lex: _Lexicon) -> bool:
    """A casualty word also said of things ("abattus", "pris en charge")."""
    if tok.lower_ in lex.person_only:
        return True
    rest = " ".join(t.lower_ for t in tok.doc[tok.i:tok.i + 3])
    return any(" " in p and rest.startswith(p) for p in lex.person_only)


def _is_partitive_total(doc: Any, n: _Number, lex: _Lexicon) -> bool:
    """The number is the group a count is taken from: "3 des 10 otages", "three of the 10"."""
    i = n.start - 1
    if i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    return i >= 1 and doc[i].lower_ in lex.of_words and doc[i - 1].like_num


def _partitive_people(doc: Any, n: _Number, lex: _Lexicon) -> Any | None:
    """The person noun of "N des M otages" / "N of the M hostages" (a total between), the
    noun whose casualty relation the count N takes; None otherwise."""
    i = n.end
    if i >= len(doc) or doc[i].lower_ not in lex.of_words:
        return None
    i += 1 + (i + 1 < len(doc) and doc[i + 1].pos_ == "DET")
    total = _number_at(doc, i, lex) if i < len(doc) else None
    if total is None or total.end >= len(doc):
        return None
    noun = doc[total.end]
    return noun if _is_person_noun(noun.lower_, lex) else None


def _of_people(doc: Any, n: _Number, lex: _Lexicon) -> bool:
    """A bare number whose "de"/"of" complement names people ("18 des 25 soldats")."""
    if n.end >= len(doc) or doc[n.end].lower_ not in lex.of_words:
        return False
    noun = next((t for t in doc[n.end + 1:n.end + NOUN_REACH + 2] if t.pos_ in ("NOUN", "PROPN")), None)
    return noun is not None and _is_person_noun(noun.lower_, lex)


def _bare_participle(verb: Any, lex: _Lexicon) -> bool:
    """Headline style "Three soldiers killed in ...": a casualty verb with neither object nor
    auxiliary reads as a passive participle (an active "killed" would have an object)."""
    return verb.tag_ in lex.participle_tags and not any(
        c.dep_ in lex.object_deps or c.dep_.startswith("aux") or c.dep_ == "dative"
        for c in verb.children)


def _subject_relation(tok: Any, lex: _Lexicon) -> tuple[str, Any] | None:
    """Subjects: "sont morts", "ont perdu la vie", "sont déclarées mortes", "were found dead"."""
    head = tok.head
    if tok.dep_ in lex.subject_deps:
        if head.lemma_.lower() in lex.intransitive:
            return "killed", head
        unit = _casualty_word(head, lex)
        if unit and (head.pos_ == "ADJ" or _casualty_phrase(head, lex)
                     or any(c.dep_.endswith("pass") or c.dep_ == "cop" for c in head.children)
                     or (lex.headline_passive and _bare_participle(head, lex))):
            return unit, head
    if tok.dep_ in lex.subject_deps or tok.dep_ in lex.passive_deps:
        for child in head.children:
            if child.dep_ in lex.complement_deps and child.i > head.i:
                unit = _casualty_word(child, lex)
                if unit:
                    return unit, child
    return None


def _counted(doc: Any, n: _Number, lex: _Lexicon) -> Any | None:
    """The token the number counts: the next token, else the noun it modifies; never a day or a
    time of day (``time_nouns``: "en a blessé cinq dimanche" counts no Sundays)."""
    if n.end < len(doc):
        return None if _time_noun(doc[n.end], lex) else doc[n.end]
    head = doc[n.start].head
    return head if head.i > n.start else None


def _time_noun(tok: Any, lex: _Lexicon) -> bool:
    return tok.lower_ in lex.time_nouns


def _after_day(tok: Any, lex: _Lexicon) -> bool:
    """The object of a verb that the parser hung on the day word between them ("a tué mercredi
    quatre membres", "ont frappé dimanche une école": the noun an ``nmod`` of "mercredi", with no
    preposition of its own)."""
    head = tok.head
    return tok.dep_ in lex.nmod_deps and head.i < tok.i and _time_noun(head, lex) \
        and head.head.pos_ == "VERB" and head.head.i < head.i \
        and not any(c.dep_ == "case" and c.lower_ not in lex.partitive_cases for c in tok.children)


def _time_object(doc: Any, n: _Number, lex: _Lexicon) -> Any | None:
    """The day the parser took for the counted noun of a bare count ("et en a blessé cinq
    dimanche", "killed five Saturday"): it stands where the count's noun would, so the verb it
    hangs on says what the number counts; so does a day after a person noun read as the count's
    adjective ("a tué au moins 23 civils mardi": numbers_nouns.misread_adjective)."""
    after = n.end + (misread_adjective(doc[n.end - 1], lambda t: _is_person_noun(t.lower_, lex)) is not None)
    while after < len(doc) - 1 and doc[after].lower_ in lex.other_words:  # "cinq autres dimanche"
        after += 1
    if after < len(doc) and _time_noun(doc[after], lex) and doc[n.end - 1].head.i == after:
        return doc[after]
    return None


def _unit(doc: Any, n: _Number, lex: _Lexicon) -> str | None:
    if doc[n.start].text.endswith("%"):
        return "percent"
    if n.end >= len(doc):
        return None
    nxt = doc[n.end]
    rest = " ".join(t.lower_ for t in doc[n.end:n.end + 3])
    for phrase, unit in lex.unit_phrases:
        if rest.startswith(phrase):
            return unit
    return lex.units.get(nxt.lower_)


@dataclass(slots=True)
class _Found:
    start: int  # char offsets in nlp_text
    end: int
    quantity: Quantity
    ranged: bool = False  # the floor of a range ("entre 200 et 300 morts")
    token: int = -1  # token index of the number (tolls.py), -1 for "no casualties" and plurals


def _cues(text: str, start: int, n: _Number, lex: _Lexicon) -> tuple[int, bool, bool]:
    """The number's start extended over a minimum/approximate cue, and the two flags."""
    before = text[max(0, start - CUE_WINDOW):start]
    minimum, approximate = n.minimum, n.approximate
    m = lex.minimum.search(before)
    if m:
        return start - len(before) + m.start(), True, approximate
    m = lex.approximate.search(before)
    if m:
        return start - len(before) + m.start(), minimum, True
    return start, minimum, approximate


def _is_time_or_year(doc: Any, n: _Number, lex: _Lexicon, unit: str | None) -> bool:
    if n.end < len(doc) and doc[n.end].lower_ in lex.not_counted:
        return True
    if n.end + 1 < len(doc) and doc[n.end].text == "-" and doc[n.end + 1].lower_ in lex.not_counted:
        return True  # "a 52-year-old man": an age
    if n.start > 0 and doc[n.start - 1].text in (":", "h") and doc[n.start - 1].whitespace_ == "":
        return True
    return unit is None and len(doc[n.start].text) == 4 and YEAR_RANGE[0] <= n.value <= YEAR_RANGE[1]


def _numbers(doc: Any, lex: _Lexicon, text: str, busy: list[Span]) -> list[_Found]:
    found: list[_Found] = []
    i = 0
    while i < len(doc):
        n = _number_at(doc, i, lex)
        if n is None:
            i += 1
            continue
        i = n.end
        start_char = doc[n.start].idx
        if any(s <= start_char < e for s, e in busy):
            continue
        result = _read_number(doc, n, lex, text)
        if result is not None:
            found.append(result)
    return found


def _counted_noun(doc: Any, n: _Number, lex: _Lexicon) -> Any | None:
    """The noun a number counts: the noun it modifies a few words on ("deux jeunes filles",
    "four police officers"), else the next word when it is a noun."""
    head = modified_noun(doc[n.end - 1].head)  # "Three Thai soldiers": "Thai" a compound
    reach = len(doc) if n.weak and doc[n.start].dep_ == "det" else n.end + NOUN_REACH  # "a 52-year-old man"
    if _time_noun(head, lex) or (n.end < len(doc) and _time_noun(doc[n.end], lex)):
        # "23 civils mardi": a person noun read as the count's adjective
        return misread_adjective(doc[n.end - 1], lambda t: _is_person_noun(t.lower_, lex))
    if n.end <= head.i <= reach and head.pos_ in ("NOUN", "PROPN"):
        return head
    if n.end < len(doc) and (doc[n.end].pos_ in ("NOUN", "PROPN") or _is_person_noun(doc[n.end].lower_, lex)):
        return doc[n.end]  # "blessé 24 autres": "autres" stands for people
    return None


def _subset_relation(noun: Any, lex: _Lexicon) -> tuple[str, Any] | None:
    """"Huit civils, dont trois enfants, ont été blessés": the parser hangs the verb on the
    subset; the whole count shares its relation."""
    doc = noun.doc
    i = noun.i + 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in lex.subset_markers:
        return None
    for j in range(i + 2, min(len(doc), i + 2 + SUBSET_REACH)):
        if doc[j].text == ",":
            break
        if doc[j].pos_ in ("NOUN", "PROPN") or _is_person_noun(doc[j].lower_, lex):
            found = _relation(doc[j], lex)
            if found:
                return found
    return None


def _victim_unit(noun: Any, lex: _Lexicon, counted: bool) -> str | None:
    """"victimes": dead when counted ("l'attaque a fait trois victimes") or made by a verb of
    the incident ("a fait de nombreuses victimes"); the total of dead and injured when the
    sentence breaks it down ("trois victimes, dont deux morts"); nothing otherwise ("aider les
    victimes", "parmi les victimes": people affected, not a count)."""
    if not counted and _governor(noun, lex).lemma_.lower() not in lex.victim_verbs:
        return None
    rest = noun.doc[noun.i + 1:noun.sent.end]
    if any(t.lower_ in lex.casualty_nouns for t in rest):
        return VICTIM_TOTAL
    return "killed"


def _toll(doc: Any, n: _Number, lex: _Lexicon) -> tuple[str, Any] | None:
    """A bare number that a death toll amounts to: "le bilan s'élève à 15", "the toll rose to 25"."""
    tok = doc[n.head if n.head >= 0 else n.start]
    for _ in range(TOLL_REACH):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        found = clause_toll(tok, lex)  # the phrase starts at the subject's first modifier ("death toll")
        if found is not None:
            return found if found[0] else None
    return None


def _group_of(doc: Any, n: _Number, lex: _Lexicon) -> Any | None:
    """The group noun whose "de"/"of" complement the number counts: "une famille de cinq
    personnes", "a family of five" (`group_nouns`): the casualty relation is the group's."""
    tok = _counted_noun(doc, n, lex) or doc[n.end - 1]
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.pos_ == "ADP" else tok.head
    return head if head.i < tok.i and head.lower_ in lex.group_nouns else None


def _casualty_of(doc: Any, n: _Number, lex: _Lexicon, unit: str | None) -> tuple[str, Any] | None:
    """(casualty unit, last word of the phrase) when the number counts casualties."""
    day = _time_object(doc, n, lex)
    if day is not None:
        verb = day.head
        unit = _casualty_word(verb, lex) if verb.pos_ == "VERB" and not _negated(verb, lex) else None
        return (unit, verb) if unit else None
    group = _group_of(doc, n, lex)
    if group is not None:  # "tuant une famille de cinq personnes", "killing a family of five"
        rel = _relation(group, lex)
        return (rel[0], max(doc[n.end - 1], rel[1], key=lambda t: t.i)) if rel else None
    counted = _counted(doc, n, lex)
    if counted is not None and counted.lower_ in lex.group_nouns and any(
            t.like_num and t.i > counted.i for t in counted.subtree):
        return None  # "une famille de cinq personnes": the family is no count of one
    if counted is not None and counted.lower_ in lex.other_words and counted.i + 1 < len(doc):
        counted = doc[counted.i + 1]  # "cinq autres blessés"
    if counted is not None and counted.lower_ in lex.casualty_nouns:
        return lex.casualty_nouns[counted.lower_], counted
    noun = _counted_noun(doc, n, lex)
    if noun is not None and noun.lower_ in lex.victim_nouns:
        cas = _victim_unit(noun, lex, counted=not n.weak)
        return (cas, noun) if cas else None
    if noun is not None and unit is None and noun.lower_ not in lex.collective:
        person = _person_at(noun, lex)
        rel = _relation(noun, lex) if person else _thing_relation(noun, lex)
        if rel and rel[1] not in noun.children and _is_partitive_total(doc, n, lex):
            return None  # "3 des 10 otages ont été tués": 10 is the group, 3 the dead
        rel = rel or (_subset_relation(noun, lex) if person else None)
        if rel:
            return rel[0], max(noun, rel[1], key=lambda t: t.i)
    part = _partitive_people(doc, n, lex)
    if part is not None and noun is None:
        rel = _relation(part, lex)
        if rel and rel[1] not in part.children:  # not the group's own ("12 personnes blessées")
            return rel[0], max(part, rel[1], key=lambda t: t.i)
    carrier = n.head if n.head >= 0 else n.start
    if n.end - n.start == 1 or n.head >= 0:
        rel = _relation(doc[carrier], lex)
        thing = noun is None or not _person_at(noun, lex)  # "abattu 45 drones": no person counted
        if rel and thing and _person_only(rel[1], lex) and not _of_people(doc, n, lex):
            rel = None  # "abattu 18 des 25 drones", "dont 18 ont été abattus": things, or unknown
        if rel:
            # "killing at least 12": with no counted noun the verb before is part of the phrase
            return rel[0], rel[1] if rel[1].i > n.start or noun is None else noun
    if unit is None and noun is None and not n.weak:
        toll = _toll(doc, n, lex)
        if toll is None and n.start > 0 and doc[n.start - 1].text == ":":
            # a bare count right after a casualty heading ("Fatalities: 7.", "Blessés : 3")
            heading = heading_unit(doc, n.start, lex.casualty_nouns)
            toll = (heading, doc[n.end - 1]) if heading in ("killed", "injured") else None
        return toll
    return None


def _estimated(tok: Any, lex: _Lexicon) -> bool:
    """True when the first verb above a count carries a modal of possibility ("le bilan pourrait
    dépasser 20 morts", "the toll could rise to 25", "30 people may have been killed"): the figure is
    someone's estimate of what the toll may become, no count of the incident; the stated figure
    ("au moins seize civils ont été tués") stays its toll. The modal is the verb itself, its
    auxiliary, or the verb it complements (French "pourrait" takes the infinitive as xcomp)."""
    if not lex.estimate_modals:
        return False
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lower_ in lex.estimate_modals:
        return True
    if any(c.lower_ in lex.estimate_modals and c.dep_.startswith("aux") for c in verb.children):
        return True
    return verb.dep_ in lex.complement_deps and verb.head.lower_ in lex.estimate_modals


def _read_number(doc: Any, n: _Number, lex: _Lexicon, text: str) -> _Found | None:
    unit = _unit(doc, n, lex)
    if _is_time_or_year(doc, n, lex, unit):
        return None
    found = _casualty_of(doc, n, lex, unit)
    if found and telling_conjunct(doc[n.start], lex.code):
        return None  # "killing 12 civilians, three residents ... told AFP": who told, not victims
    cas: str | None = None
    last = doc[n.end - 1]
    if found:
        cas, last = found
        noun = _counted_noun(doc, n, lex) if cas == "injured" else None
        cas = "killed" if noun is not None and died_after(noun, lex) else cas  # "trois blessés ont succombé"
        cas = "killed" if cas == "injured" and wounded_then_died(last, lex) else cas  # "... et a succombé"
    elif n.weak:
        return None
    else:
        counted = _counted(doc, n, lex)
        if unit is None and counted is not None and counted.pos_ == "ADJ":  # "3 Russian soldiers"
            counted = _counted_noun(doc, n, lex)
        if unit is None and counted is not None and counted.pos_ in ("NOUN", "PROPN") and counted.i >= n.end:
            unit, last = counted.lemma_.lower(), counted
        elif unit is not None and n.end < len(doc):
            last = doc[n.end]
    first_char = doc[n.start].idx
    if cas is not None and last.i < n.start:  # "tuant trois civils": the verb comes first
        first_char = last.idx
        noun = _counted_noun(doc, n, lex)
        last = noun if noun is not None else doc[n.end - 1]
    if cas is None and unit is None:  # a bare number ("magnitude 7,6"): not a count
        return None
    cue_start, minimum, approximate = _cues(text, doc[n.start].idx, n, lex)
    if cas and (any(t.lower_ in lex.hedges for t in doc[n.end:last.i]) or _estimated(doc[n.start], lex)):
        approximate = True  # "100 people are feared to have been killed": feared, not counted
    start = min(first_char, cue_start)
    last = _phrase_end(last, lex) if cas else last
    end = last.idx + len(last.text)
    ranged = range_floor(text, doc[n.start].idx, lex.range_floor, CUE_WINDOW) if cas else None
    if ranged is not None and ranged[1] < n.value:  # a range states its lower bound as a floor
        return _Found(min(start, ranged[0]), end, Quantity(ranged[1], cas, True, approximate), True, n.start)
    return _Found(start, end, Quantity(n.value, cas or unit, minimum, approximate), token=n.start)


def _vague_unit(tok: Any, lex: _Lexicon, cue: str) -> tuple[str, Any] | None:
    """(unit, last word) of an uncounted plural, or None when it is no casualty."""
    lower = tok.lower_
    if lower in lex.victim_nouns:
        unit = None if cue.strip().lower() in lex.definite else _victim_unit(tok, lex, counted=False)
        return (unit, tok) if unit else None
    if lower in lex.casualty_nouns and tok.pos_ in ("NOUN", "PROPN", "ADJ"):
        if any(_governor(c, lex).i == tok.i and c.dep_ in lex.nmod_deps
               and (lower in lex.death_nouns or any(x.dep_ == "nummod" for x in c.children))
               for c in tok.subtree if c.i != tok.i):
            return None  # "the deaths of two journalists", "the lives of 9 people": the complement counts
        unit = lex.casualty_nouns[lower]
        return ("killed" if unit == "injured" and died_after(tok, lex) else unit), tok
    rel = _relation(tok, lex) if _person_at(tok, lex) else _thing_relation(tok, lex)
    if not rel:
        return None
    return rel[0], max(tok, rel[1], key=lambda t: t.i)


def _vague(doc: Any, lex: _Lexicon, text: str, taken: list[Span]) -> list[_Found]:
    """Uncounted plurals: "des employés ont été blessés", "plusieurs blessés" -> 1, minimum."""
    found: list[_Found] = []
    for tok in doc:
        lower = tok.lower_
        if lower not in lex.casualty_nouns and not _is_person_noun(lower, lex) \
                and lower not in lex.victim_nouns and tok.pos_ != "NOUN":
            continue
        inside = any(s <= tok.idx < e for s, e in taken)
        own = next((c for c in tok.children if c.i < tok.i and "Yes" in c.morph.get("Poss")), None)
        if inside and (own is None or doc[own.i - 1].lower_ not in lex.joiners):
            continue  # but "Un homme et sa fille ont été tués" inside the man's count: the daughter too
        rel = _relation(tok, lex) if own is not None and "Sing" in tok.morph.get("Number") else None
        if rel and _is_person_noun(lower, lex):  # "wounding his wife", "son fils a été blessé": one
            first, last = min(own, rel[1], key=lambda t: t.i), max(tok, rel[1], key=lambda t: t.i)
            found.append(_Found(first.idx, last.idx + len(last.text), Quantity(1, rel[0]), token=own.i))
        plural = lower.endswith(("s", "x")) or "Plur" in tok.morph.get("Number")  # the morphology last
        if inside or not plural:
            continue
        before = text[max(0, tok.idx - CUE_WINDOW):tok.idx]
        cue = lex.vague.search(before)
        if not cue:
            continue
        result = _vague_unit(tok, lex, cue.group(0))
        if result is None:
            continue
        unit, last = result
        start = tok.idx - len(before) + cue.start()
        found.append(_Found(start, last.idx + len(last.text), Quantity(1, unit, minimum=True)))
    return found


def _zero(text: str, lex: _Lexicon) -> tuple[list[_Found], list[_Found]]:
    """The statements of none: of everyone ("Personne n'a été tué"), and of one side only ("Aucun
    civil n'a été tué", "No soldiers were hurt", "Aucun membre d'équipage n'a été blessé")."""
    found: list[_Found] = []
    of_a_side: list[_Found] = []
    claimed: list[Span] = []
    for pattern, units in lex.zero:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in claimed):
                continue
            claimed.append((m.start(), m.end()))
            side = any(w in lex.zero_subgroups for w in re.findall(r"[\w-]+", m.group(0).lower()))
            (of_a_side if side else found).extend(
                _Found(m.start(), m.end(), Quantity(0, unit)) for unit in units)
    return found, of_a_side


@cache
def _vague_start(code: str) -> re.Pattern[str]:
    forms = _forms(load_language(code).section("numbers").get("vague_quantifiers"))
    body = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(forms, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{body})(?!\w)", re.IGNORECASE) if body else re.compile(r"(?!x)x")


def is_vague(text: str, quantity: Quantity, language: str) -> bool:
    """True when a count is not stated by the text but read into it: an uncounted plural ("des
    blessés", "several people were killed" -> 1, minimum) or a plural collective numeral ("des
    dizaines de morts", "dozens were killed" -> 20 or 24, minimum). An analyst records such a
    toll as unknown; the numbers stage keeps the reading (a floor) for other uses."""
    lex = _lexicon(language)
    if quantity.value == 1 and quantity.minimum and _vague_start(language).match(text):
        return True
    if not quantity.minimum:
        return False
    words = re.findall(r"\w+", text.lower())
    for i, w in enumerate(words):
        plural = w in lex.plural_collective or (w.endswith("s") and w[:-1] in lex.collective)
        if plural and not (i > 0 and words[i - 1].isdigit()):
            return True
    return False


def find_quantities(article: Article) -> list[tuple[Span, Quantity]]:
    """Every count in the parsed article as (nlp_text span, Quantity), in text order."""
    doc = article.doc
    if doc is None:
        return []
    lex = _lexicon(article.language or "fr")
    text = article.nlp_text or doc.text  # the doc is nlp(nlp_text); Doc.text is rebuilt per call
    times = [article.to_nlp(*m.span) for m in article.mentions if m.kind == "time"]
    zero, of_a_side = _zero(text, lex)
    busy = times + [(f.start, f.end) for f in zero + of_a_side]
    counted = _numbers(doc, lex, text, busy)
    taken = busy + [(f.start, f.end) for f in counted]
    found = drop_range_parts(zero + counted + _vague(doc, lex, text, taken))
    found += [_Found(c.start, c.end, c.quantity) for c in totals(doc, found, lex, _is_person_noun)]
    # a none of one side is the toll's zero only when the text counts no other people: "Aucun membre
    # d'équipage n'a été blessé" after a missile hit a ship, not "Aucun civil n'a été tué" beside
    # "l'armée dit avoir neutralisé une soixantaine d'assaillants"
    if not any(f.quantity.value and f.quantity.unit and (f.quantity.unit in CASUALTY_UNITS
                                                         or _is_person_noun(f.quantity.unit, lex))
               for f in found):
        found += of_a_side
    found.sort(key=lambda f: (f.start, f.end))
    return [((f.start, f.end), f.quantity) for f in found]


def run(article: Article) -> Article:
    """Append one number mention per count found."""
    if article.doc is None:
        return article
    starts = [s.start_char for s in article.doc.sents]
    for (start, end), quantity in find_quantities(article):
        span = article.to_original(start, end)
        article.mentions.append(Mention(
            kind="number", span=span, text=article.text[span[0]:span[1]], value=quantity,
            sentence=bisect_right(starts, start) - 1))
    return article
