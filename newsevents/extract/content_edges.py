"""Where claimed words start and end at their edges: shared by the attribution finders.

Why a module of its own: clauses.py decides which token reports and which clause is claimed;
this trims the words at their edges, the same for every construction: punctuation and fragments
too short to claim (``trim_content``), a trailing phrase of the channel or occasion ("in a post on
X", "lors d'une conférence de presse": ``before_channel``, ``without_channel``), an aside opening
them ("de son côté", "sur X": ``after_aside``), and whom a verb of telling told ("told Reuters the
two men were civilians": ``after_addressee``). Token indices in, character offsets out.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.stance import Lexicon, fold

# Claimed words shorter than this are a fragment the parse split off or a bare topic ("de cette
# grève" after "parler"), not a proposition: the shortest claims in the seeds and test tables
# have 5+ words.
CONTENT_MIN_WORDS = 4
# The object of a verb that carries a stance other than assert ("denied any involvement", "a
# condamné l'attaque") is a claim from this many words: the stance, not the words, is the point.
STANCE_CONTENT_MIN_WORDS = 2
# words between the preposition after a comma and the channel noun ("in a statement", "dans un
# communiqué", "in a post on")
CHANNEL_REACH = 2


def trim_content(doc: Any, s: int, e: int, min_words: int = CONTENT_MIN_WORDS) -> tuple[int, int] | None:
    """Token range -> char span, without edge punctuation; None when too short."""
    while s < e and (doc[s].is_punct or doc[s].is_space) and doc[s].text not in ('"',):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space) and doc[e - 1].text not in ('"',):
        e -= 1
    if s > 0 and e - s > 1 and doc[e - 1].text == '"' and doc[s - 1].text == '"' \
            and not any(t.text == '"' for t in doc[s:e - 1]):
        s -= 1  # "s'est dit « horrifié »": the quotation's opening mark with its closing one
    # an elided "l'" counts, and so does a count ("said 12 civilians were killed": four words)
    if sum(1 for t in doc[s:e] if t.is_alpha or t.pos_ in ("DET", "NUM")) < min_words:
        return None
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)


def before_channel(lex: Lexicon, doc: Any, start: int, end: int) -> int:
    """Claimed words end before a trailing phrase naming the channel of the statement ("said it had
    struck 20 targets, in a post on X", "a affirmé avoir tiré, dans un communiqué publié sur
    Telegram"): how it was said, not what (`channels`)."""
    for t in doc[start:end]:
        # ", in a post on X" after the words, or with no comma after a stance's object ("a nié
        # toute responsabilité dans un communiqué publié sur Telegram")
        bare = t.pos_ == "ADP" and t.i > start and doc[t.i - 1].text != ","
        opening = t.i + (0 if bare else 1)
        fewest = STANCE_CONTENT_MIN_WORDS if bare else CONTENT_MIN_WORDS
        if (t.text != "," and not bare) or opening >= end or doc[opening].pos_ != "ADP" \
                or sum(w.is_alpha for w in doc[start:t.i]) < fewest \
                or any("Fin" in w.morph.get("VerbForm") for w in doc[t.i + 1:end]):
            continue  # an aside before the words ("a déclaré, dans un communiqué, avoir demandé")
        window = doc[opening + 1:min(end, opening + 1 + CHANNEL_REACH)]
        if any(_channel_word(lex, w)
               # with no comma, a channel word with a complement is a thing ("au site de l'explosion"),
               # unless the complement names a channel too ("sur sa chaîne Telegram")
               and not (bare and any(c.dep_ in ("nmod", "prep") and not _channel_word(lex, c)
                                     for c in w.children)) for w in window):
            return t.i
    return _before_channel_phrase(lex, doc, start, end)


def _channel_word(lex: Lexicon, w: Any) -> bool:
    return w.pos_ in ("NOUN", "PROPN") and (fold(w.lemma_) in lex.channels or fold(w.text) in lex.channels)


def _before_channel_phrase(lex: Lexicon, doc: Any, start: int, end: int) -> int:
    """Before a trailing phrase of the occasion (``channel_phrases``: "lors d'une conférence de
    presse", "at a news conference"), after at least a stance's words, the phrase followed by no
    clause before a comma (else it is an aside before the words: "a déclaré lors d'un point de
    presse que ...")."""
    if not lex.channel_phrases:
        return end
    words = [fold(t.text) for t in doc[start:end]]
    for i in range(len(words)):
        if sum(t.is_alpha for t in doc[start:start + i]) < STANCE_CONTENT_MIN_WORDS:
            continue
        for phrase in lex.channel_phrases:
            after = start + i + len(phrase)
            if tuple(words[i:i + len(phrase)]) != phrase:
                continue
            stop = next((t.i for t in doc[after:end] if t.text in (",", ";")), end)
            # what follows up to a comma is a time or a place ("on Monday"), no clause
            if not any(t.pos_ in ("VERB", "AUX") or fold(t.text) in lex.complementisers
                       for t in doc[after:stop]):
                return start + i
    return end


# the objects of a verb of telling (`addressee_verbs`) that name whom it told, before a clause with
# no "that" ("told Reuters the two men were civilians", "assured reporters the strike had missed";
# ClearNLP/UD); other verbs' objects are what they claim ("claiming the Gulf nation was behind")
ADDRESSEE_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "obj"})


def after_addressee(verb: Any, start: int, end: int) -> int:
    """The first word of the reported clause when only the verb's addressee stands before it ("told
    Reuters the two men were civilians": "the two men ..."), else ``start``."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and start < c.left_edge.i < end), None)
    if clause is None:
        return start
    between = range(start, clause.left_edge.i)
    objects = [c for c in verb.children if c.dep_ in ADDRESSEE_OBJECT_DEPS and c.i in between]
    covered = {t.i for c in objects for t in c.subtree}
    if objects and all(i in covered or verb.doc[i].is_punct for i in between):
        return clause.left_edge.i
    return start


def without_channel(lex: Lexicon, doc: Any, content: tuple[int, int], shortest: int) -> tuple[int, int]:
    """Claimed words found by any construction ("a qualifié X de « fausses » dans un message publié
    sur Telegram", "rejected the claims at a news conference") end before the trailing phrase that
    says where they were said (`channels`, `channel_phrases`)."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return content
    end = before_channel(lex, doc, span.start, span.end)
    return trim_content(doc, span.start, end, shortest) or content if end < span.end else content


def after_aside(lex: Lexicon, doc: Any, start: int, end: int) -> int:
    """The first token after an aside phrase opening at ``start`` ("de son côté", "for its part")
    and the punctuation after it; ``start`` when none opens there."""
    words = [fold(t.text) for t in doc[start:min(end, start + ASIDE_WORDS)]]
    for phrase in lex.aside_phrases:
        if tuple(w for w in words[:len(phrase)]) == phrase:
            i = start + len(phrase)
            while i < end and doc[i].is_punct:
                i += 1
            return i
    # "a dénoncé sur X un « acte terroriste »", "denounced on Telegram the ...": the channel
    # opening the words is where it was said (a preposition, at most a determiner, the channel)
    if start < end and doc[start].pos_ == "ADP":
        for i in range(start + 1, min(end - 1, start + 1 + CHANNEL_REACH)):
            t = doc[i]
            channel = fold(t.lemma_) in lex.channels or fold(t.text) in lex.channels
            if t.pos_ in ("NOUN", "PROPN") and channel \
                    and not any(c.dep_ in ("nmod", "prep") for c in t.children):
                i += 1
                while i < end and doc[i].is_punct:
                    i += 1
                return i
            if t.pos_ != "DET":
                break
    return start


# the longest aside phrase, in tokens ("for his own part")
ASIDE_WORDS = 5
