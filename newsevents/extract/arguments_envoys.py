"""The diplomats a summons calls in, with the state they serve (arguments_settle.settle_parties).

Why a module of its own: a summons protests to a state through its envoys, and the register names
both, the state and its diplomats ("Kinshasa a convoqué les ambassadeurs du Togo": Togo and the
Togolese ambassadors; "summoned Belarusian diplomats": Belarus and the Belarusian diplomats). The
who stage names one envoy with his country ("Algerian ambassador"), but not a plural or coordinated
one, whose states then stood alone.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.extract.arguments import Ref, after_day, party_value
from newsevents.lang import load_language
from newsevents.model import Party

# how the summoned diplomat hangs from the summons verb: its object or passive subject
SUMMONED_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})
# who an envoy serves, when the parser hangs him from the envoy noun ("ambassadeurs du Togo",
# "Belarusian diplomats", "Uganda's envoys")
SERVED_KINDS = frozenset({"state", "government"})


@functools.cache
def _envoy_names(language: str) -> dict[str, tuple[str, str]]:
    """``envoy_names`` of lang/<code>/arguments.yaml: lemma -> (English singular, plural)."""
    data = load_language(language).section("arguments").get("envoy_names") or {}
    return {str(k).lower(): (str(v[0]), str(v[1])) for k, v in data.items()}


def _envoy_nouns(trigger: Span, names: dict[str, tuple[str, str]]) -> list[Token]:
    """The envoy nouns a summons takes: the verb's object or passive subject and what is
    coordinated with it, the noun a participle of it qualifies ("le chargé d'affaires, convoqué
    lundi"), or an envoy word inside the trigger ("called in the ambassador")."""
    root = trigger.root
    found = [c for c in root.children if c.dep_ in SUMMONED_DEPS]
    # the object hung on the day word between ("a convoqué vendredi les ambassadeurs")
    found += [g for c in root.children for g in c.children if after_day(g)]
    if root.dep_ in ("acl", "amod") and root.head.i != root.i:
        found.append(root.head)
    found += [t for t in trigger if t.i != root.i]
    out: list[Token] = []
    for tok in found + [c for t in found for c in t.conjuncts]:
        word = tok.lemma_.lower() if tok.lemma_.lower() in names else tok.lower_
        own = any(c.pos_ in ("PRON", "DET") and (c.dep_ == "poss" or "Yes" in c.morph.get("Poss"))
                  for c in tok.children)
        if tok.pos_ in ("NOUN", "PROPN") and word in names and not own and tok not in out:
            out.append(tok)  # "ses ambassadeurs", "its envoy": the state's own, recalled, not summoned
    return out


def _served(noun: Token, parties: list[Ref]) -> list[Ref]:
    """The states named on an envoy noun, directly or coordinated with one that is ("les
    ambassadeurs du Togo et du Ghana")."""
    doc = noun.doc
    out: list[Ref] = []
    for r in parties:
        tok = doc[r.start:r.end].root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "pobj":  # "the ambassadors of Togo": through the preposition
            tok = tok.head
        if tok.head.i == noun.i and tok.i != noun.i and r.value.kind in SERVED_KINDS and r.value.country:
            out.append(r)
    return out


def summoned_envoys(trigger: Span, parties: list[Ref], language: str,
                    to_original: Callable[[int, int], tuple[int, int]]) -> list[Party]:
    """The diplomats a summons calls in and the states they serve: one party for the envoys of
    each state named on the envoy noun ("Togolese ambassadors", with Togo), the bare envoys when
    none is ("les ambassadeurs des pays européens": ambassadors). A noun already a person's mention
    is that person ("Algerian ambassador", whose party carries his country), and adds nothing.
    `to_original` maps a token's characters to the article's."""
    from newsevents.parties.vocabulary import english_demonym

    names = _envoy_names(language)
    doc = trigger.doc
    out: list[Party] = []
    for noun in _envoy_nouns(trigger, names):
        word = noun.lemma_.lower() if noun.lemma_.lower() in names else noun.lower_
        singular, plural = names[word]
        title = plural if "Plur" in noun.morph.get("Number") else singular
        if any(r.start <= noun.i < r.end and r.value.kind == "person" for r in parties):
            continue  # one envoy the who stage named with his country ("Algerian ambassador")
        span = to_original(noun.idx, noun.idx + len(noun))
        served = _served(noun, parties)
        out += [party_value(r) for r in served]
        for r in served:
            demonym = english_demonym(r.value.country)
            name = f"{demonym} {title}" if demonym else title
            out.append(Party(name, "person", r.value.country, singular, doc[noun.i].text, span))
        if not served:
            out.append(Party(title, "person", None, singular, noun.text, span))
    return out
