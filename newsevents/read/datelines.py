"""Wire datelines: "VILNIUS, Oct 27 (Reuters) - ", "KYIV (AP) — ", "BAKOU, 14 novembre (AFP) - ".

Why a module of its own: the dateline is the outlet's, not the story's. Its words are never a
claim's (extract/claims.py cuts them off a claim), and the parser must not read them as the first
sentence's subject ("BAKU, Nov 14 (Reuters) - Azerbaijan's agency said ...": "BAKU" became the
subject of "said", and the speaker Reuters). The format is the wires', not a language's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsevents.temporal.parse import Expr

# A place in capitals, maybe its country in brackets, maybe a date, maybe the agency in brackets,
# then a dash ("KHERSON (Ukraine), 12 août 2023 (Reuters) - ").
# Or the agency alone in brackets ("(Reuters) - ", "(AFP) — "). Two places filed from share one
# dateline with a slash ("ISLAMABAD/KABUL, Oct 12 (Reuters) - "): it is still the outlet's.
DATELINE = re.compile(r"(?:[A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž'’. /-]{2,40}(?:\s*\([^()\n]{1,30}\))?"
                      r"(?:,\s*[^()\n\-–—]{1,30})?(?:\s*\([^()\n]{1,30}\))?"
                      r"|\((?:[A-Z][\w.&-]*)(?: [A-Z][\w.&-]*){0,3}\))\s*[-–—]\s+"
                      # or a day with no place before its agency ("June 2 (Reuters) - ", "2 juin (AFP) - ")
                      r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}(?:er)?\s+[a-zéû]{3,9})(?:,?\s+\d{4})?"
                      r"\s*\([A-Z][^()\n]{1,29}\)\s*[-–—]\s+")


# A release's or a letter's dateline on a line of its own: a place (maybe a second one), a comma and
# a date with its year, nothing after ("Paris, le 12 mars 2025", "Kinshasa, 20 décembre 2024",
# "Washington, March 3, 2025"): where and when the text was issued, not an incident's.
LINE_DATELINE = re.compile(r"(?m)^[ \t]*[A-ZÀ-ÝĀ-Ž][\w'’. -]{1,40}(?:,[ \t]*[A-ZÀ-ÝĀ-Ž][\w'’. -]{1,40})?,"
                           r"[ \t]*(?:[^\W\d_]{1,9}\.?[ \t]+){0,2}"  # "le", "lundi", "March"
                           r"\d{1,2}(?:er|st|nd|rd|th)?,?[ \t]+(?:[^\W\d_]{3,10}\.?[ \t]+)?"  # day, month
                           r"(?:1[89]|2\d)\d{2}[ \t]*$")


def line_datelines(text: str) -> Iterator[re.Match[str]]:
    """Each dateline that is a line of its own (``LINE_DATELINE``)."""
    return LINE_DATELINE.finditer(text)


def datelines(text: str) -> Iterator[re.Match[str]]:
    """Each dateline opening a line of ``text`` (its match ends where the story starts)."""
    for line in re.finditer(r"(?m)^[ \t]*(?=\S)", text):
        found = DATELINE.match(text, line.end())
        head = found.group(0)[:3] if found is not None else ""
        if found is not None and (any(c.isupper() for c in head) or head[:1].isdigit()):  # "(AFP)", "2 juin"
            yield found


# a wire dateline opens a line: a place (maybe after the outlet's name), a comma, the day of
# filing, the agency, a dash, a colon or a full stop ("BAKOU, 6 avril 2021 (AFP) -", "Kinshasa,
# 20 décembre 2024 (ACP).-", "KYIV, Jan 16 (Reuters) -", "Erevan, 10 mars 2021. Le Premier
# ministre...", "ISLAMABAD, May 7: ...", "Daily Post, New Delhi, 07 May 2025: ..." as the South
# Asian press writes it); the format is the wires', not a language's
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-ZÀ-ÝĀ-Ž][\w'’. /-]{1,40}"
                              r"(?:,[ \t]*[A-ZÀ-ÝĀ-Ž][\w'’. -]{1,40})?,[ \t]*$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:\.?[ \t]*[-–—:]|\.(?=\s))")
# a dateline is at the top of the story: within this many characters of the start (after a headline)
DATELINE_REACH_CHARS = 400


def dated_dateline(text: str, exprs: list[Expr]) -> Expr | None:
    """The date of a dateline near the top of the text, with or without its year. Wider than
    ``DATELINE`` (which marks where a claim or a sentence starts): a place in any case, ending
    with a full stop too ("Erevan, 10 mars 2021. Le Premier ministre ..."), as long as a date
    follows its comma."""
    for e in exprs:
        if e.span[0] > DATELINE_REACH_CHARS:
            break
        if e.kind == "date" and e.month is not None and e.day is not None \
                and _DATELINE_BEFORE.search(text, max(0, e.span[0] - 60), e.span[0]) \
                and _DATELINE_AFTER.match(text, e.span[1]):
            return e
    return None
