"""Wire datelines: "VILNIUS, Oct 27 (Reuters) - ", "KYIV (AP) — ", "BAKOU, 14 novembre (AFP) - ".

Why a module of its own: the dateline is the outlet's, not the story's. Its words are never a
claim's (extract/claims.py cuts them off a claim), and the parser must not read them as the first
sentence's subject ("BAKU, Nov 14 (Reuters) - Azerbaijan's agency said ...": "BAKU" became the
subject of "said", and the speaker Reuters). The format is the wires', not a language's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A place in capitals, maybe its country in brackets, maybe a date, maybe the agency in brackets,
# then a dash ("KHERSON (Ukraine), 12 août 2023 (Reuters) - ").
# Or the agency alone in brackets ("(Reuters) - ", "(AFP) — ").
DATELINE = re.compile(r"(?:[A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž'’. -]{2,40}(?:\s*\([^()\n]{1,30}\))?"
                      r"(?:,\s*[^()\n\-–—]{1,30})?(?:\s*\([^()\n]{1,30}\))?"
                      r"|\((?:[A-Z][\w.&-]*)(?: [A-Z][\w.&-]*){0,3}\))\s*[-–—]\s+")


def datelines(text: str) -> Iterator[re.Match[str]]:
    """Each dateline opening a line of ``text`` (its match ends where the story starts)."""
    for line in re.finditer(r"(?m)^[ \t]*(?=\S)", text):
        found = DATELINE.match(text, line.end())
        if found is not None and any(c.isupper() for c in found.group(0)[:3]):  # "(AFP)" too
            yield found
