"""Stage `events`: the date of a wire dateline dates the dispatch, not the incident told after it.

Wire copy opens its first paragraph with where and when the reporter files from: "ADEN, July 16
(Reuters) - A missile struck a tanker on Monday ...", "BAMAKO, 3 septembre (AFP) - Au moins vingt
soldats ont été tués dimanche ...". The parser hangs that date on the first clause, so read as a
stated date it dates the incident told there (the day of filing, not "Monday"), splits one incident
told in the headline and the lead into two, or beats the weekday that really dates it. So its value
is kept as an inferred date, as the publication date is: an incident the dispatch tells with no day
of its own happened by then, and any date the text states for it wins (events_dates.pick_date,
drafts.better_date; two incidents are not told apart by it, drafts.dates_compatible).

What a dateline is, is the read layer's (newsevents/read/datelines.py: a place in capitals, maybe
a date and the agency in brackets, then a dash, opening a line): a time mention inside one is its
date. The format is the wires', not a language's, so no language data is needed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsevents.extract.arguments import Ref
from newsevents.extract.when import is_present_text
from newsevents.model import Article, When
from newsevents.read.datelines import datelines, line_datelines

# a live blog's entry opens on its clock time and a dash at the start of a line ("09:15 GMT - ",
# "14h32 | "): the time the entry was posted, a format of the genre as a dateline is the wires'
_BLANK = r"[^\S\n]*"  # spaces and tabs, not a line break
ENTRY_STAMP = re.compile(rf"(?m)^{_BLANK}\d{{1,2}}{_BLANK}[:hH.]{_BLANK}\d{{2}}(?:{_BLANK}[A-Za-z]{{2,4}})?"
                         rf"{_BLANK}[-–—|][^\S\n]")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the datelines of a text, and of the time stamps of live blog entries
    (the time of posting dates an incident told in the entry no more than a dateline does)."""
    found = [*datelines(text), *line_datelines(text), *ENTRY_STAMP.finditer(text)]
    return [(m.start(), m.end()) for m in found]


def dispatch_dates(article: Article, refs: list[Ref]) -> list[Ref]:
    """The time mentions, a dateline's date turned into an inferred one (see the module). Its clock
    goes too: "08h47 - Une frappe a touché ..." was posted at 08:47, the strike's hour is untold
    (the act's own clock, "vers 6 h", is a time mention of its clause and stays).

    A word of the present ("désormais", "currently": ``present_refs`` of lang/<code>/time.yaml) is
    inferred the same way: "Le bilan s'élève désormais à quatre morts" dates the count, no day of
    the act, and read as a stated date it told the toll's update apart from the strike of Tuesday."""
    spans = dateline_spans(article.text)
    language = article.language or "fr"
    out: list[Ref] = []
    for r in refs:
        a, b = r.mention.span
        if isinstance(r.value, When) and not r.value.inferred \
                and (any(s <= a and b <= e for s, e in spans) or is_present_text(language, r.value.text)):
            value = replace(r.value, inferred=True, time=None)
            r = Ref(replace(r.mention, value=value), r.start, r.end, r.sent)
        out.append(r)
    return out
