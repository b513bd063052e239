"""Stage `events` (see extract/events.py): a generic craft noun resumed by a determiner is the
weapon named before it.

Why a module of its own: a page names the weapon once and then resumes it by a word of any
craft ("Six drones ont violé l'espace aérien ... La veille, ce même appareil était tombé sur une
maison", "l'un de ces appareils", "cet engin", "the craft", "the device"). The weapons stage
finds weapons by their own words, so the fall told by "appareil" had no weapon and gave no
incident, while "ce même drone était tombé" gave a drone strike. Which weapon a craft word stands
for is a question of the discourse (the nearest weapon told before it, within
settings.RESUMED_WEAPON_SENTENCES), so it is answered here, on the events stage's own copy of the
weapon mentions; the article's mentions are left as the weapons stage found them.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from newsevents.extract.arguments import Ref
from newsevents.settings import RESUMED_WEAPON_SENTENCES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsevents.extract.drafts import Draft
    from newsevents.extract.triggers import Lexicon
    from newsevents.model import Article


@cache
def _craft_table(items: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, frozenset[str]]:
    return {word.lower(): frozenset(kinds) for word, kinds in items}


def craft_nouns(lex: Lexicon) -> dict[str, frozenset[str]]:
    """`craft_nouns` of the language's events.yaml: word -> weapon categories it may resume."""
    raw = lex.data.get("craft_nouns") or {}
    return _craft_table(tuple((str(w), tuple(str(k) for k in v or [])) for w, v in raw.items()))


def resumed_weapons(article: Article, weapons: list[Ref], sent_of: list[int],
                    lex: Lexicon, times: list[Ref] | None = None) -> tuple[list[Ref], dict[int, Ref]]:
    """The weapon mentions with one more for each craft noun (`craft_nouns` of events.yaml) that
    a determiner resumes (`anaphoric_determiners`: "ce même appareil", "l'un de ces appareils",
    "the device"), valued as the nearest weapon told before it in the last sentences, of a
    category the word may name ("appareil": a drone or an aircraft, not the "bombe" of "peint à
    la bombe"). Only in a sentence that states a day of its own (``times``, a clock alone is none):
    a craft word telling no day of its own retells the act already told ("l'attaque au drone qui a
    tué onze civils mercredi ... Selon des responsables locaux, l'appareil a frappé un marché vers
    11 heures": one strike), which the definite noun resumes as it is. Also, by the craft noun's
    token, the weapon mention it resumes."""
    days = {r.sent for r in times or [] if getattr(r.value, "time", None) is None}
    doc: Doc = article.doc
    craft, determiners = craft_nouns(lex), lex.words("anaphoric_determiners")
    inside = {i for r in weapons for i in range(r.start, r.end)}
    added: list[Ref] = []
    antecedents: dict[int, Ref] = {}
    for tok in doc:
        kinds = craft.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if not kinds or tok.i in inside or not _resumed(tok, determiners) or sent_of[tok.i] not in days:
            continue
        before = [r for r in weapons if r.end <= tok.i and r.value.category in kinds
                  and sent_of[tok.i] - r.sent <= RESUMED_WEAPON_SENTENCES]
        if not before:
            continue
        ante = max(before, key=lambda r: r.start)
        span = article.to_original(tok.idx, tok.idx + len(tok.text))
        value = replace(ante.value, text=tok.text, span=span)
        mention = replace(ante.mention, span=span, text=tok.text, value=value, sentence=sent_of[tok.i])
        added.append(Ref(mention, tok.i, tok.i + 1, sent_of[tok.i]))
        antecedents[tok.i] = ante
    return sorted([*weapons, *added], key=lambda r: (r.start, r.end)), antecedents


def craft_place(places: list[Ref], antecedents: dict[int, Ref], sent_of: list[int], d: Draft,
                own: list[Ref]) -> list[Ref]:
    """The places of a violent act (`own`, those its draft gathered), or, when none is in its own
    sentences and a resumed craft tells it ("La veille, ce même appareil était tombé sur une maison,
    dans un village du nord-est du pays"), the place nearest the weapon it resumes in that
    weapon's sentence ("dont l'un s'était posé sur un toit dans le village de X"), which told of
    the same craft."""
    if not d.violent or any(r.sent in d.sents for r in own):
        return own
    for i, ante in antecedents.items():
        near = [r for r in places if r.sent == ante.sent] if sent_of[i] in d.sents else []
        if near:
            return [min(near, key=lambda r: abs(r.start - ante.start))]
    return own


def _resumed(tok: Token, determiners: frozenset[str]) -> bool:
    return any(c.dep_ == "det" and c.lower_ in determiners for c in tok.children)
