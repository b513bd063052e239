"""Interviews in question-and-answer form: each answer is a statement of the person interviewed.

    Question : L'armée a-t-elle frappé des civils ?
    Réponse : Non. Nos frappes visent uniquement des positions militaires.

Why: an interview prints the answers with no reporting verb and no quote marks: the label
("Réponse :", "R :", "A:", "Answer:") is the attribution. Without this reading the answers are
lost, though they are the interviewee's own words (a direct quote). The questions are the
journalist's and are never claims. The interviewee is the first person the article names (the
title or the introduction presents him: "Entretien avec X", "X a répondu à nos questions"), or,
failing a person, the first party named; with nobody named the answers are left out. The labels
are the language's (claims.yaml ``answer_labels``).
"""

from __future__ import annotations

import re
from typing import Any

from newsevents.extract.attribution import Attribution, segment_of
from newsevents.extract.stance import Lexicon, fold
from newsevents.model import Article, Party

# Fewest words (after the label) an answer needs to be a statement: "Non." alone says nothing
# an analyst records; a short sentence ("Nos frappes visent des positions.") does.
ANSWER_MIN_WORDS = 3


def _labelled_lines(lex: Lexicon, text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The label and the words (start, end) of every line opening with an answer label ("R :",
    "Answer:")."""
    if not lex.answer_labels:
        return []
    labels = "|".join(re.escape(w) for w in sorted(lex.answer_labels, key=len, reverse=True))
    pattern = re.compile(rf"^[ \t]*(?P<label>{labels})[ \t]*[.]?[ \t]*:[ \t]*(?P<words>\S[^\n]*)$",
                         re.IGNORECASE | re.MULTILINE)
    out = []
    for m in pattern.finditer(text):
        s, e = m.span("words")
        while e > s and text[e - 1].isspace():
            e -= 1
        if len(text[s:e].split()) >= ANSWER_MIN_WORDS:
            out.append((m.span("label"), (s, e)))
    return out


def _answer_stance(lex: Lexicon, words: str) -> str:
    """An answer opening with a refusal ("Non.", "Absolutely not.") denies what the question put
    to the interviewee; any other answer asserts (its words may still set another stance)."""
    first = re.split(r"[.!,;:]", words, maxsplit=1)[0]
    return "deny" if " ".join(fold(first).split()) in lex.negative_answers else "assert"


def _interviewee(article: Article, before: int) -> tuple[tuple[int, int], Any] | None:
    """The words (nlp offsets) and head token of the person interviewed: the first person named
    before the first answer, else the first named anywhere, else the first party named."""
    parties = sorted((m for m in article.of_kind("party") if isinstance(m.value, Party)),
                     key=lambda m: m.span[0])
    people = [m for m in parties if m.value.kind == "person"]
    chosen = next((m for m in people if m.span[0] < before), None) or (people or parties or [None])[0]
    if chosen is None or article.doc is None:
        return None
    s, e = article.to_nlp(*chosen.span)
    words = article.doc.char_span(s, e, alignment_mode="expand")
    return ((s, e), words.root) if words is not None else None


def interview_attributions(lex: Lexicon, article: Article, segs: list[tuple[int, int]]) -> list[Attribution]:
    """One attribution per labelled answer, given to the interviewee (nlp offsets)."""
    doc = article.doc
    if doc is None:
        return []
    lines = _labelled_lines(lex, article.nlp_text)
    if not lines:
        return []
    who = _interviewee(article, lines[0][0][0])
    if who is None:
        return []
    out = []
    for label, (s, e) in lines:
        words = doc.char_span(s, e, alignment_mode="expand")
        if words is None or words[0].text.lower() in lex.answer_labels:
            continue
        att = Attribution("quote", label, (s, e), _answer_stance(lex, article.nlp_text[s:e]),
                          speaker=who[0], speaker_head=who[1], direct_quote=True)
        att.segment = segment_of(segs, words.start)
        out.append(att)
    return out
