"""Sentences as token ranges for the claims stage: spaCy's sentences, also cut at line breaks,
mended where the parser cuts inside a name or before a live blog's comma, and with an opening quote
mark moved to the sentence it opens. A module of its own beside attribution.py (which re-exports
`segments` and `segment_of` for the finders): where a sentence ends is read apart from who says
what in it."""

from __future__ import annotations

from typing import Any

from newsevents.extract.attribution_edges import after_clock, opening_marks_ahead

_SEGMENTS_KEY = "newsevents_segments"


def segments(doc: Any) -> list[tuple[int, int]]:
    """Sentences as token ranges, also cut at line breaks (spaCy sometimes runs over them).

    Computed once per Doc (kept in ``doc.user_data``): the claims stage asks for every claim,
    and walking every token each time made a 3,000-word article cost seconds.
    """
    user_data = getattr(doc, "user_data", None)
    if user_data is not None and _SEGMENTS_KEY in user_data:
        return list(user_data[_SEGMENTS_KEY])
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start
        if out and out[-1][1] == start and start > 0 and not _ends_sentence(doc[start - 1]) \
                and (doc[start - 1].pos_ == doc[start].pos_ == "PROPN"
                     or (doc[start].text == "," and after_clock(doc, *out[-1]) > out[-1][0])
                     or (_verbless(doc, *out[-1]) and any(t.pos_ in ("VERB", "AUX") for t in sent))):
            # "Des jihadistes de Boko | Haram ont tué": a cut inside a name, no sentence's end;
            # "16h40 Selon le ministère | , quatorze personnes": the parser, taking a live blog's
            # time for the root, ends its sentence before the comma; "Selon les médias d'État, le
            # chef d'état-major | Mohammad X a été tué": a cut after a word leaves a verbless fragment
            # of the verb's sentence (a verbless headline cut in two stays as it was)
            start = out.pop()[0]
        for tok in sent:
            if "\n" in tok.text:
                if tok.i > start:
                    out.append((start, tok.i))
                start = tok.i + 1
        if sent.end > start:
            out.append((start, sent.end))
    out = opening_marks_ahead(doc, [(after_clock(doc, s, e), e) for s, e in out])
    if user_data is not None:
        user_data[_SEGMENTS_KEY] = tuple(out)
    return out


# Tokens a sentence may end on: its closing punctuation, a closing quote or bracket, a colon, the
# dash of a dateline or a live blog's time ("(AFP) - ", "09:40 — ").
_SENTENCE_END_TOKENS = frozenset('.!?…»"”):;-–—')


def _ends_sentence(tok: Any) -> bool:
    return tok.is_space or tok.text[-1:] in _SENTENCE_END_TOKENS


def segment_of(segs: list[tuple[int, int]], token_i: int) -> int:
    for n, (s, e) in enumerate(segs):
        if s <= token_i < e:
            return n
    return -1


def _verbless(doc: Any, start: int, end: int) -> bool:
    """A parser "sentence" with no verb and no line break before the next: a fragment of the
    sentence a reader sees (a source and the subject's title cut from its verb)."""
    return end - start > 1 and not any(t.pos_ in ("VERB", "AUX") or "\n" in t.text for t in doc[start:end])
