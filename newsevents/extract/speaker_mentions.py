"""Which party mentions inside a speaker's noun phrase may name the speaker.

Why apart from speakers.py: the who stage links words inside a description to parties of the
context ("the agency" to the agency named before, "militaires" to the army of the page, a
title to the person it named earlier); a description's own words often say it is someone else.
These filters drop such mentions before the resolver ranks what is left (split out of
speakers.py, which had grown to its size limit).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsevents.extract.stance import Lexicon, fold, folded_words
from newsevents.model import Article, Party
from newsevents.parties import country_of_adjective

Mention = tuple[int, int, Party]


def own_mentions(article: Article, lex: Lexicon, head: Any | None, start: int, end: int,
                 inside: list[Mention]) -> list[Mention]:
    """The mentions inside [start, end) that may name the speaker whose phrase has this head."""
    if head is None:
        return inside
    head_at = head.idx
    if head.pos_ == "NOUN" and head.text.islower():
        # "the civil defence agency" after "(Reuters)": the who stage took the bare noun for
        # the agency named before; words of its own qualifying it name another one
        qualified = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
        bare = (head_at, head_at + len(head.text))
        inside = [m for m in inside if not (qualified and (m[0], m[1]) == bare)]
    if head.pos_ == "PROPN" and inside and all(p.kind == "state" for _s, _e, p in inside) \
            and not any(s <= head_at < e for s, e, _p in inside):
        return []  # "le média russe Rybar": the name, not the country of its adjective
    if head.pos_ == "NOUN" and head.text.islower() and any(
            c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in head.children):
        # "Un porte-parole militaire israélien a affirmé": an indefinite title introduces
        # someone new, not the person the who stage linked the title to before
        # (a name in apposition inside the title's own mention is this person: "A Pentagon
        # spokesman, Major General Pat Ryder, told reporters")
        words = fold(article.nlp_text[start:end])
        text = article.nlp_text
        inside = [m for m in inside if not (m[0] <= head_at < m[1] and m[2].kind == "person"
                                            and m[2].name and fold(m[2].name) not in words
                                            and fold(m[2].name) not in fold(text[m[0]:m[1]]))]
    if fold(head.text) in lex.anonymous_sources or fold(head.lemma_) in lex.anonymous_sources:
        inside = [m for m in inside if not _kind_word(article, m, head_at)]
    firms = folded_words(article.language or "", "claims", "company_nouns")
    if head.pos_ == "NOUN" and fold(head.lemma_) in firms \
            and not any(s <= head_at < e for s, e, _p in inside):
        # "the ship's Greek operator", "its Turkish manager": a firm's nationality, not the state
        inside = [m for m in inside if m[2].kind != "state"]
    return inside


def _kind_word(article: Article, mention: Mention, head_at: int) -> bool:
    """A common word qualifying unnamed sources ("des sources militaires", "military sources",
    "sources sécuritaires"): it says what kind of source speaks, not which party of the page (the
    who stage links "militaires" to the army named before). A nationality ("des sources militaires
    soudanaises") or a name ("sources in Hamas") still says whose sources."""
    s, e, _party = mention
    words = article.nlp_text[s:e]
    if s <= head_at < e or not words.islower():
        return False
    language = article.language or "fr"
    return all(country_of_adjective(w, language) is None for w in words.split())


def named_facility(mentions: list[Mention], party: Party, head: Any, start: int) -> Party:
    """"Un incendie s'est déclaré à la raffinerie de Saratov. L'usine a confirmé que ...": a
    facility speaker named only by a definite common noun is the facility named before with a
    name of its own (the latest), not a generic "factory"."""
    if party.kind != "facility" or head.pos_ != "NOUN" or not head.text.islower() \
            or fold(party.text or "") != fold(head.text) \
            or not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in head.children):
        return party
    named = [p for s, _e, p in mentions if s < start and p.kind == "facility" and p.name != party.name
             and any(w[:1].isupper() for w in (p.text or "").split())]
    return replace(named[-1], text=party.text, span=party.span) if named else party
