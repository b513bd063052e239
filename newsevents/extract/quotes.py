"""Quotation spans in a text, with nesting and a tolerance for unbalanced marks.

Why not a regex over ``"..."``: the normalised text turns « » “ ” into a straight ``"``, so the
direction of a mark is lost there; and press text is messy (« used as a closing mark at the end of
a paragraph, »word used as an opening one, a quote inside a quote, a mark never closed). We read
the *original* text, decide each mark's direction from its glyph and the spacing around it, pair
marks with a stack, and close whatever is still open at the end of a paragraph (flagged
``balanced=False``) instead of letting one stray mark swallow the rest of the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsevents.nlp import doc_text

OPENERS = "«“„‹"
CLOSERS = "»”›"
NEUTRAL = '"‟″'
MARKS = OPENERS + CLOSERS + NEUTRAL
# characters after which a mark is read as opening, before which as closing
_LEFT_BOUND = "([{-—–/"
_RIGHT_BOUND = ".,;:!?)]}…-—–"


@dataclass(slots=True, frozen=True)
class Quote:
    """The words between a pair of quotation marks (offsets exclude the marks and edge spaces)."""

    start: int
    end: int
    open_mark: int
    close_mark: int
    depth: int  # 0 for a top-level quote, 1 for a quote inside a quote...
    balanced: bool = True
    statement: bool = True  # long enough and not a title (set by the claims stage)

    def words(self, text: str) -> int:
        return len(text[self.start:self.end].split())


def _context_direction(text: str, i: int) -> str | None:
    """'open' / 'close' from the spacing around the mark at i; None when spacing cannot tell."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    left_free = before.isspace() or before in _LEFT_BOUND
    right_free = after.isspace() or after in _RIGHT_BOUND
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    return None


def _glyph_direction(ch: str) -> str | None:
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    return None


def _ends_paragraph(text: str, i: int) -> bool:
    """True when only spaces separate the mark at i from a line break or the end of the text."""
    j = i + 1
    while j < len(text) and text[j] in " \t\u00a0\u202f":
        j += 1
    return j >= len(text) or text[j] in "\r\n"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without edge spaces, nor the comma English puts inside the closing mark ("...," he said)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def _decide(text: str, i: int, open_stack: list[int]) -> str | None:
    """The direction of the mark at i given the marks still open (None: a stray closing mark)."""
    ch = text[i]
    context = _context_direction(text, i)
    glyph = _glyph_direction(ch)
    if not open_stack:
        if context == "close" and glyph != "open":
            return None
        return "open"
    if _ends_paragraph(text, i):
        return "close"
    if context == "open" and glyph != "close":
        return "open"  # a quote inside a quote
    if context is None and glyph == "open":
        return "open"  # « inside « ... »: French nests guillemets
    if context is None and ch in NEUTRAL and text[open_stack[-1]] in OPENERS:
        return "open"  # a straight quote inside a guillemet quote
    return "close"


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text`` (original text), in order of their opening marks."""
    quotes: list[Quote] = []
    stack: list[int] = []

    def close(open_at: int, close_at: int, balanced: bool) -> None:
        start, end = _trim(text, open_at + 1, close_at)
        if end > start:
            quotes.append(Quote(start, end, open_at, close_at, len(stack), balanced))

    for i, ch in enumerate(text):
        if ch == "\n" and stack:
            while stack:  # a paragraph closes every quote left open in it
                close(stack.pop(), i, False)
            continue
        if ch not in MARKS:
            continue
        direction = _decide(text, i, stack)
        if direction == "open":
            stack.append(i)
        elif direction == "close":
            close(stack.pop(), i, True)
    while stack:
        close(stack.pop(), len(text), False)
    quotes.sort(key=lambda q: q.open_mark)
    return quotes


def top_level(quotes: list[Quote]) -> list[Quote]:
    """Quotes that are not inside another quote."""
    return [q for q in quotes if q.depth == 0]


def inside(quotes: list[Quote], pos: int) -> Quote | None:
    """The top-level quote whose words contain the offset ``pos``, if any."""
    for q in quotes:
        if q.depth == 0 and q.open_mark < pos < q.close_mark:
            return q
    return None


def new_sentence_after(doc: Any, q: Quote, after: int) -> bool:
    """A quote closed by its own full stop and followed by a capitalised word ("« ... États. »
    Les dirigeants rappellent que ...") ends its sentence: what follows reports something else.
    "?" and "!" may close a quote before its reporting clause ("Pourquoi ? », a-t-il demandé")."""
    inner = doc_text(doc)[q.start:q.end].rstrip()
    if not inner.endswith(".") or after >= len(doc):
        return False
    nxt = doc[after]
    return nxt.text[:1].isupper() and not nxt.is_punct



DENYING = ("deny", "retract")


def stance_parts(doc: Any, content: tuple[int, int], stance_of: Any,
                 relays: Any = None) -> list[tuple[int, int]]:
    """A quote of several sentences cut where it turns from denying to telling or back ("We do
    not strike homes. You could see statements that the building was hit by an air-defence
    missile"), and where it turns to relaying another side's version or back ("Our strikes only
    aim at military targets. You could see statements that the disaster was caused by an
    air-defence missile"): each part is a statement of its own, which a contradiction needs (the
    denial answers one side, the version another). ``stance_of(text, tokens)`` is the stance of
    one sentence's words, ``relays(tokens)`` whether they relay a version (relayed_version).
    A retraction goes on with the words that tell what was wrong ("J'ai parlé trop vite. Les
    premières informations étaient erronées"): one statement, unless they deny or relay.
    The spans of the parts; the whole quote when it does not turn."""
    sents = [s for s in doc.sents if s.end_char > content[0] and s.start_char < content[1]]
    if len(sents) < 2:
        return [content]
    parts: list[tuple[int, int]] = []
    denying: list[tuple[bool, bool]] = []
    retracting = False
    for s in sents:
        start, end = max(s.start_char, content[0]), min(s.end_char, content[1])
        tokens = [t for t in s if start <= t.idx < end]
        stance = stance_of(doc_text(doc)[start:end], tokens)
        against = (stance in DENYING, bool(relays is not None and relays(tokens)))
        if parts and (denying[-1] == against or (retracting and against == (False, False))):
            parts[-1] = (parts[-1][0], end)
        else:
            parts.append((start, end))
            denying.append(against)
            retracting = stance == "retract"
    return parts


def relayed_version(tokens: list[Any], speech_nouns: frozenset[str], complementisers: frozenset[str],
                    fold: Any) -> bool:
    """The words relay another's version of the facts: a speech or version noun ("statements",
    "reports", "la thèse") followed by the clause it holds ("... that the disaster happened
    because of", "... selon lesquelles"): a complementiser or a relative pronoun after it."""
    seen = False
    for t in tokens:
        if t.pos_ == "NOUN" and fold(t.lemma_) in speech_nouns:
            seen = True
        elif seen and ((fold(t.text) in complementisers and t.dep_ == "mark")
                       or "Rel" in t.morph.get("PronType")):
            return True
    return False
