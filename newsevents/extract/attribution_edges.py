"""The edges of an attribution: words next to the speaker or the claimed words that are neither.

Why a module of its own beside attribution.py: each is a small reading of one shape that opens an
entry or the claimed words (a live blog's time, "14h32"; the addressee, "a raconté à l'AFP avoir
entendu", "told Reuters he heard"; a quoted manner phrase, "a condamné « dans les termes les plus
forts » l'attaque") and is cut off before the words are claimed or the speaker named.
"""

from __future__ import annotations

import re
from typing import Any

from newsevents.extract.quotes import Quote
from newsevents.extract.stance import Lexicon, fold

# A live blog's time opening an entry ("14h32", "9h", "15:25"), maybe followed by a colon or dash.
_CLOCK = re.compile(r"\d{1,2}(?:[hH]\d{2}|:\d{2}|[hH])")
_CLOCK_TRAIL = frozenset(":-–—")


def after_clock(doc: Any, start: int, end: int) -> int:
    """Where the words of an entry opening at ``start`` begin once a live blog's time is passed
    ("14h32 L'état-major affirme que ...", "15:25 Japan's chief cabinet secretary condemned"):
    the time dates the entry and is neither the speaker's name nor the claimed words, and the
    tagger hangs it on the first noun phrase (the French one reads "14h32" as a noun, the subject's
    head). ``start`` itself when the entry does not open with a time."""
    if start + 1 >= end or not _CLOCK.fullmatch(doc[start].text):
        return start
    nxt = start + 1
    while nxt + 1 < end and doc[nxt].text in _CLOCK_TRAIL:
        nxt += 1
    return nxt


# The most words of an addressee between a reporting verb and its words ("à la radio locale").
ADDRESSEE_WORDS = 5


def past_addressee(lex: Lexicon, verb: Any, content: tuple[int, int]) -> tuple[int, int]:
    """Claimed words without the addressee opening them: "a raconté à l'AFP avoir entendu des
    tirs" (the parser hangs the infinitive on the addressee), "told Reuters he heard gunfire" (the
    addressee then a clause of the verb's): to whom it was said is not what was said."""
    doc = verb.doc
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or len(span) < 3:
        return content
    first = span[0]
    if first.pos_ == "ADP":
        # "à l'AFP avoir ...": a preposition, a short name, then an infinitive
        for t in span[1:ADDRESSEE_WORDS + 2]:
            if "Inf" in t.morph.get("VerbForm"):
                return (t.idx, content[1]) if t.i > first.i + 1 else content
            if t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN"):
                return content
        return content
    if fold(verb.lemma_) in lex.addressee_verbs and first.head.i == verb.i \
            and first.dep_ in ("dobj", "dative", "obj", "iobj") and first.pos_ in ("PROPN", "NOUN", "PRON"):
        after = max(t.i for t in first.subtree) + 1
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == after), None)
        if clause is not None and after < span.end:
            return doc[after].idx, content[1]
    return content


def quoted_manner(doc: Any, q: Quote) -> bool:
    """"a condamné « dans les termes les plus forts » l'attaque", "condemned "in the strongest
    terms" the attack": a quoted prepositional phrase between the verb and its object says how it
    was said; the object after it is what was claimed (reported_attributions)."""
    inside = doc.char_span(q.start, q.end, alignment_mode="expand")
    close = doc.char_span(q.close_mark, q.close_mark + 1, alignment_mode="expand")
    if inside is None or close is None or close.end >= len(doc) or inside[0].pos_ != "ADP":
        return False
    after = doc[close.end]
    return not (after.is_punct or after.is_space)


def past_manner(doc: Any, quotes: list[Quote], content: tuple[int, int]) -> tuple[int, int]:
    """Claimed words without a quoted manner phrase opening them (quoted_manner), nor the rest of
    a quote that opened on the reporting verb ("a « condamné avec fermeté » l'attaque") or a quoted
    word before the object's determiner ("a condamné « fermement » cette attaque")."""
    for q in quotes:
        if q.depth == 0 and q.open_mark < content[0] < q.close_mark and q.close_mark + 1 < content[1] \
                and ((content[0] <= q.start and quoted_manner(doc, q))
                     or _manner_before_object(doc, q, content)):
            rest = doc.char_span(q.close_mark, content[1], alignment_mode="expand")
            if rest is not None and len(rest) > 1:
                return rest[1].idx, content[1]
    return content


def _manner_before_object(doc: Any, q: Quote, content: tuple[int, int]) -> bool:
    """The quoted words in the claim say how (a preposition opens them, or one word alone) and the
    object's determiner follows the closing mark: "« fermement » cette attaque"."""
    inside = doc.char_span(content[0], q.end, alignment_mode="expand")
    close = doc.char_span(q.close_mark, q.close_mark + 1, alignment_mode="expand")
    if inside is None or close is None or close.end >= len(doc) or doc[close.end].pos_ != "DET":
        return False
    return len(inside) == 1 or (content[0] > q.start and inside[0].pos_ == "ADP")


def opening_marks_ahead(doc: Any, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A straight quote mark the parser hung on the end of a sentence ('... durant la nuit. "Il
    n'y a pas de dégâts", a-t-il précisé') opens the next one: after the sentence's final stop and
    a space (a closing mark follows the stop with none). Left there, it made the sentence's claim
    run on to the end of the next quotation."""
    fixed = list(out)
    for n in range(len(fixed) - 1):
        s, e = fixed[n]
        if e - s > 2 and fixed[n + 1][0] == e and doc[e - 1].text in _OPENING_AHEAD \
                and doc[e - 2].text in (".", "!", "?", "…") and doc[e - 2].whitespace_:
            fixed[n], fixed[n + 1] = (s, e - 1), (e - 1, fixed[n + 1][1])
    return fixed


# Quote marks that may open as well as close a quotation (the normalised text's straight marks).
_OPENING_AHEAD = frozenset({'"', "'"})


def aside_auxiliary(lex: Lexicon, verb: Any) -> Any | None:
    """"Le ministère a de son côté affirmé avoir frappé", "a pour sa part indiqué": an aside
    between the auxiliary and the participle makes the French parser take the auxiliary for the
    main verb and the participle for a dependent of the aside's noun ("côté"), so the reporting
    verb looked like a bare participle with no speaker. Returns the auxiliary (whose subject
    speaks) when the participle has none of its own and the aside (`aside_phrases`) stands right
    between them; else None."""
    if "Part" not in verb.morph.get("VerbForm") or "Pres" in verb.morph.get("Tense") \
            or any(c.dep_.startswith("aux") for c in verb.children):
        return None
    doc = verb.doc
    for phrase in lex.aside_phrases:
        start = verb.i - len(phrase)
        if start < 1 or tuple(fold(t.text) for t in doc[start:verb.i]) != phrase:
            continue
        aux = doc[start - 1]
        if fold(aux.lemma_) in lex.perfect_auxiliaries and "Fin" in aux.morph.get("VerbForm"):
            return aux
    return None


def before_relative(verb: Any, seg: tuple[int, int]) -> tuple[int, int]:
    """The segment cut before a relative clause after the verb (", a assuré un commerçant qui a
    requis l'anonymat": the inverted subject and what describes it), so that the postposed
    reporting clause reads as short."""
    rel = next((t.i for t in verb.doc[verb.i + 1:seg[1]] if "Rel" in t.morph.get("PronType")), seg[1])
    return seg[0], rel


def before_relay(lex: Lexicon, doc: Any, content: tuple[int, int]) -> tuple[int, int]:
    """Claimed words end before a trailing ", citing local officials" / ", citant des responsables
    locaux" (`relay_markers`): whom the speaker relays is no part of what is claimed."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return content
    folded = [fold(t.text) for t in span]
    for k, t in enumerate(span):
        if t.text != "," or k == 0:
            continue
        if any(tuple(folded[k + 1:k + 1 + len(p)]) == p for p in lex.relay_markers) \
                and not any("Fin" in w.morph.get("VerbForm") for w in span[k + 1:]):
            last = span[k - 1]
            return content[0], last.idx + len(last.text)
    return content


def fragment_of_report(verb: Any, reports: Any) -> bool:
    """'Defence Minister X said the army would respond "with all its force"', "a déclaré que
    l'armée répondrait « avec toute sa force »": a quotation right after a verb (no colon, no comma)
    that is itself the clause another reporting verb reports ("respond" under "said") is the end of
    that clause, quoted; the verb before it is the reported words, not the quotation's frame. The
    claim is the whole reported clause (reported_attributions), not the fragment. `reports` tells
    a reporting verb."""
    head = verb.head
    return verb.dep_ in ("ccomp", "xcomp") and head.i < verb.i and head.i != verb.i and reports(head)
