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
    named = named_turns(lex, article, segs)
    lines = _labelled_lines(lex, article.nlp_text)
    if not lines:
        return named
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
    return out + named


# The longest speaker label a transcript line opens with ("MS. BRUCE:", "Karim Pakzad :", "Mme
# Ursula von der Leyen :"), in words: longer, the colon ends a sentence's first clause.
LABEL_MAX_WORDS = 5
_NAMED_LINE = re.compile(r"^[ \t]*(?P<label>[^\W\d][\w.'’ -]*?)[ \t]*:[ \t]*(?P<words>\S[^\n]*)$",
                         re.MULTILINE)
# Lower-case words a name may hold ("Abd al-Rahman", "Ursula von der Leyen"): any other lower-case
# word makes the label a clause ("Le président a déclaré :"), not a name.
NAME_PARTICLES = frozenset({"de", "du", "des", "la", "le", "von", "van", "der", "den", "al", "el", "bin",
                            "ben", "ibn", "da", "di", "dos", "do"})


def named_turns(lex: Lexicon, article: Article, segs: list[tuple[int, int]]) -> list[Attribution]:
    """A transcript's turns (a briefing, an interview printed with names): a line opening with a
    person's name and a colon ("Karim Pakzad : Islamabad veut ...", "MS. BRUCE: We understand
    that ...") is that person's statement, a direct quote. The label is a person the who stage
    found there, or an honorific and a surname of a person the article names ("MS. BRUCE" after
    "spokesperson Tammy Bruce"). Question labels ("QUESTION:", "Q:") open the journalist's
    questions, never claims; a label naming nobody ("Guerre en Ukraine :") is no turn."""
    doc = article.doc
    if doc is None:
        return []
    from newsevents.parties import lexicon as party_lexicon  # a package importing the stages

    honorific = party_lexicon(article.language or "fr").honorific
    people = sorted((m for m in article.of_kind("party")
                     if isinstance(m.value, Party) and m.value.kind == "person"), key=lambda m: m.span[0])
    if not people:
        return []
    text = article.nlp_text
    out = []
    for found in _NAMED_LINE.finditer(text):
        label = found.group("label").strip()
        words = text[found.start("words"):found.end("words")].rstrip()
        if any(w[:1].islower() and w not in NAME_PARTICLES for w in label.replace("-", " ").split()):
            continue
        if not 0 < len(label.split()) <= LABEL_MAX_WORDS or fold(label) in lex.answer_labels \
                or fold(label) in lex.question_labels or fold(label) in lex.rubric_labels \
                or len(words.split()) < ANSWER_MIN_WORDS \
                or words.endswith("?"):  # "Explainer: what happened?": a question is nobody's claim
            continue
        who = _label_person(article, people, found.span("label"), label, honorific)
        if who is None:
            continue
        span = doc.char_span(*who, alignment_mode="expand")
        s, e = found.start("words"), found.start("words") + len(words)
        content = doc.char_span(s, e, alignment_mode="expand")
        if span is None or content is None:
            continue
        att = Attribution("quote", found.span("label"), (s, e), _answer_stance(lex, words),
                          speaker=who, speaker_head=span.root, direct_quote=True)
        att.segment = segment_of(segs, content.start)
        out.append(att)
    return out


def _label_person(article: Article, people: list[Any], label_span: tuple[int, int], label: str,
                  honorific: Any) -> tuple[int, int] | None:
    """The words (nlp offsets) of the person a turn's label names, else None."""
    for m in people:
        s, e = article.to_nlp(*m.span)
        if label_span[0] <= s and e <= label_span[1]:
            return s, e
    bare = honorific.sub("", label + " ", count=1).strip() if honorific.match(label + " ") else ""
    if not bare or len(bare.split()) > 2:
        return None  # a surname alone needs its honorific ("MS. BRUCE"), else any capital word would do
    surname = fold(bare.split()[-1])
    for m in people:
        if fold(m.value.name.split()[-1]) == surname:
            return article.to_nlp(*m.span)
    return None
