"""A speaker's name never starts with the closing quote mark the parser hung on its noun.

'"...," one resident, who asked not to be named for fear of reprisals, told Reuters by phone.': the
relative clause's noun speaks (attribution._relative_described), and its words are "one resident",
not '" one resident' (attribution.np_span skips leading punctuation, as it skips a preposition).
"""

from __future__ import annotations

import pytest

CASES = [
    ("en", "A drone struck a minibus near the market on Saturday, killing at least 12 civilians.\n\n"
     "\"They were farmers and traders. There were no fighters in that bus,\" one resident, who asked not "
     "to be named for fear of reprisals, told Reuters by phone.", "farmers and traders"),
    ("en", "Shelling hit the hospital on Monday, killing four patients.\n\n\"We had no warning at all,\" a "
     "nurse, who did not want to be named, told AFP.", "no warning"),
]


@pytest.mark.parametrize(("language", "text", "words"), CASES)
def test_speaker_name_has_no_quote_mark(analyse, language: str, text: str, words: str) -> None:
    claims = [c for c in analyse(text, language, published="2025-06-03").claims if words in c.content]
    assert claims, "the quote is lost"
    name = claims[0].speaker.name
    assert name[0].isalnum() and name[-1].isalnum(), name
