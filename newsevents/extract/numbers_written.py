"""Stage `numbers` (see extract/numbers.py): a number as it is written.

Why a module of its own: reading the value at a token (digits with thousands separators, French
thousands written with a space, words through text2num, articles read as one, collective numerals
"une dizaine de", "des dizaines de milliers de") is one job; numbers.py decides what a number
counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from text_to_num import text2num

from newsevents.extract.numbers_lexicon import NumbersLexicon as _Lexicon

# longest run of number words tried with text2num ("deux cent trente-quatre mille" is 5)
MAX_NUMBER_WORDS = 6
# "des dizaines de": a plural collective numeral is read as at least two of it (20, minimum);
# POPCORN's annotators write "des centaines" as 200 and "plusieurs morts" as 2 the same way
PLURAL_COLLECTIVE_FACTOR = 2
_DIGITS = re.compile(r"^(\d+)(?:([.,])(\d+))?(%?)$")


@dataclass(slots=True)
class Number:
    """A number read at a token range, with how it was written (an article, a minimum, about)."""

    value: int
    start: int  # token index
    end: int  # token index, exclusive
    weak: bool = False  # an article ("une") read as a number
    head: int = -1  # the token that carries the number (a collective noun), -1: start
    minimum: bool = False
    approximate: bool = False


def digits(doc: Any, i: int) -> Number | None:
    m = _DIGITS.match(doc[i].text)
    if not m:
        return None
    whole, sep, frac, _pct = m.groups()
    if sep and frac and len(frac) == 3:  # "1,200" / "1.200": thousands
        return Number(int(whole + frac), i, i + 1)
    value = float(f"{whole}.{frac}") if frac else int(whole)
    j = i + 1
    # French thousands written with a space: "1 200" (two tokens)
    while j < len(doc) and not sep and re.fullmatch(r"\d{3}", doc[j].text) \
            and doc[j - 1].whitespace_ == " " and doc[j].idx == doc[j - 1].idx + len(doc[j - 1].text) + 1:
        value = int(value) * 1000 + int(doc[j].text)
        j += 1
    return Number(round(value), i, j)


def is_number_word(tok: Any, joiners: frozenset[str] = frozenset()) -> bool:
    """A number written in words, hyphenated ones included ("soixante-deux", "twenty-two"), with a
    joiner (``number_joiners``) between two of its words ("vingt-et-un", one token to the French model)."""
    if tok.is_alpha:
        return bool(tok.like_num)
    parts = tok.lower_.split("-")
    inner = range(1, len(parts) - 1)
    return len(parts) > 1 and all(p.isalpha() and (tok.vocab[p].like_num or (k in inner and p in joiners))
                                  for k, p in enumerate(parts))


def words(doc: Any, i: int, lex: _Lexicon) -> Number | None:
    tok = doc[i]
    lower = tok.lower_
    if lower in lex.article_numbers:
        if i > 0 and doc[i - 1].lower_ in ("l'", "l", "the"):  # "l'un des missiles": a pronoun
            return None
        return Number(1, i, i + 1, weak=True)  # an article read as a number is always one
    if not is_number_word(tok, lex.joiners):
        return None
    j = i
    while j < len(doc) and j - i < MAX_NUMBER_WORDS and (
            is_number_word(doc[j], lex.joiners) or doc[j].text == "-"
            or (doc[j].lower_ in lex.joiners and j + 1 < len(doc) and doc[j + 1].like_num)):
        j += 1
    for end in range(j, i, -1):
        try:
            return Number(int(text2num(doc[i:end].text, lex.code)), i, end)
        except ValueError:
            continue
    return None


def collective_base(tok: Any, lex: _Lexicon) -> tuple[int, bool] | None:
    """(value, plural) of a collective numeral ("dizaine" 10, "dizaines" 10 plural), else None."""
    lower = tok.lower_
    if lower in lex.collective:
        return lex.collective[lower], False
    if lower in lex.plural_collective:
        return lex.plural_collective[lower], True
    if lower.endswith("s") and lower[:-1] in lex.collective:
        return lex.collective[lower[:-1]], True
    return None


def collective(doc: Any, i: int, lex: _Lexicon) -> Number | None:
    """"une dizaine de" -> 10 approximate; "des dizaines de" -> 20 minimum; "des dizaines de
    milliers de" -> 20 000 minimum (each collective multiplies the next one)."""
    found = collective_base(doc[i], lex)
    if found is None:
        return None
    value, plural = found
    end, head = i + 1, i
    while True:
        if end < len(doc) and doc[end].lower_ in lex.of_words:
            end += 1
        nxt = collective_base(doc[end], lex) if end < len(doc) else None
        if nxt is None:
            break
        # the first collective says how many; the next ones only multiply ("de milliers")
        value, head, end = value * nxt[0], end, end + 1
    if plural:
        return Number(value * PLURAL_COLLECTIVE_FACTOR, i, end, minimum=True, head=head)
    start = i - 1 if i > 0 and doc[i - 1].lower_ in lex.article_numbers else i
    return Number(value, start, end, approximate=True, head=head)


def number_at(doc: Any, i: int, lex: _Lexicon) -> Number | None:
    if doc[i].lower_ in lex.article_numbers and i + 1 < len(doc):  # "une dizaine de"
        found = collective(doc, i + 1, lex)
        if found is not None:
            return found
    return digits(doc, i) or collective(doc, i, lex) or words(doc, i, lex)
