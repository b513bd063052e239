"""Stage `events`: the date of a wire dateline dates the dispatch, not the incident told after it.

Wire copy opens its first paragraph with where and when the reporter files from: "ADEN, July 16
(Reuters) - A missile struck a tanker on Monday ...", "BAMAKO, 3 septembre (AFP) - Au moins vingt
soldats ont été tués dimanche ...". The parser hangs that date on the first clause, so read as a
stated date it dates the incident told there (the day of filing, not "Monday"), splits one incident
told in the headline and the lead into two, or beats the weekday that really dates it. So its value
is kept as an inferred date, as the publication date is: an incident the dispatch tells with no day
of its own happened by then, and any date the text states for it wins (events_dates.pick_date,
drafts.better_date; two incidents are not told apart by it, drafts.dates_compatible).

What counts as a dateline date: a time mention on a line that starts with a capitalised place
(one to DATELINE_LEAD words: names and commas, "GUSAU, Nigeria,"), followed within DATELINE_TAIL
tokens (names, numbers, commas) by the mark that ends the dateline: a dash or a colon, or the
opening bracket of the agency. A date at the very start of a line ("Lundi 3 mars -") is a heading
of its own, not a dateline (no place before it), and is left alone. The shape is the same in every
language of wire copy, so no language data is needed; the marks are the ones the `where` stage
uses for the dateline's place (extract/where.py, DATELINE_MARKS).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsevents.extract.arguments import Ref
from newsevents.model import When

# words of the place (and its country or state) before the date: "GUSAU, Nigeria," is four tokens,
# "WASHINGTON, D.C.," or "PORT-AU-PRINCE," (tokenised on hyphens) a few more
DATELINE_LEAD = 8
# tokens between the date's end and the mark ending the dateline: "2024 (Reuters) -" reaches the
# bracket within two
DATELINE_TAIL = 4
DATELINE_END_MARKS = frozenset({":", "-", "–", "—", "("})


def _line_start(doc: Doc, k: int) -> bool:
    return k == 0 or "\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text


def _place_word(tok: Token) -> bool:
    """A word of a dateline's place: capitalised, or the punctuation names carry."""
    return tok.text in (",", ".", "-", "'", "’") or tok.text[:1].isupper()


def in_dateline(doc: Doc, start: int, end: int) -> bool:
    """The token range [start, end) is the date of a dateline (see the module's docstring)."""
    if start == 0 or _line_start(doc, start):
        return False  # no place before it: a heading's date, not a dateline
    j = start
    while not _line_start(doc, j):
        j -= 1
        if start - j > DATELINE_LEAD or not _place_word(doc[j]):
            return False
    if not doc[j].text[:1].isupper():
        return False
    for tok in doc[end:end + DATELINE_TAIL]:
        if tok.text in DATELINE_END_MARKS:
            return tok.i + 1 < len(doc) and not _line_start(doc, tok.i + 1)
        if not (tok.text == "," or tok.like_num or tok.text[:1].isupper()):
            return False
    return False


def dispatch_dates(doc: Doc, refs: list[Ref]) -> list[Ref]:
    """The time mentions, a dateline's date turned into an inferred one (see the module)."""
    out: list[Ref] = []
    for r in refs:
        if isinstance(r.value, When) and not r.value.inferred and in_dateline(doc, r.start, r.end):
            r = Ref(replace(r.mention, value=replace(r.value, inferred=True)), r.start, r.end, r.sent)
        out.append(r)
    return out
