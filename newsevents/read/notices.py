"""Pages that are only a notice: a cookie or consent banner, a paywall, "enable JavaScript", an
ad-blocker request, a bot check, saved instead of the article behind it.

Why: trafilatura extracts such a page's text as if it were an article (the banner is the page's
only prose), and the document was stored with no incident, leaving the user to wonder why. The
notice phrases are language data (``lang/<code>/notices.yaml``, key ``notices``: lists of lower-case
phrases), of every supported language at once: a page's banner is often in another language than
its article, and the page's language is not known yet.

The judgement is per sentence (of every line: a crawler often flattens a page to one line): a
text is only a notice when one sentence at least carries a notice phrase and every other one is a
button's or a heading's few words (``settings.NOTICE_CHROME_WORDS``). An article that merely holds
a notice sentence has sentences of its own, longer, without one, and is read whole; that guard
is strong (a news text is mostly such sentences), so the phrases may be the notices' usual words.

Pages are judged by read/html.py (``NoMainText``, which says "in the page"); any other text (a
``.txt`` file, a JSON Lines record a crawler wrote, a feed item) by ``make_article``
(``OnlyANotice``).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from newsevents import settings
from newsevents.errors import EmptyDocument, InputError
from newsevents.lang import language_dirs, load_language, supported_languages

# where a sentence ends: a line's end, or . ! ? (and French spacing before ! ?) then blank space
_SENTENCE_END = re.compile(r"\n|(?<=[.!?])\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _normal(line: str) -> str:
    return " ".join(line.translate(_APOSTROPHES).lower().split())


@cache
def _phrases(_dirs: tuple[Path, ...]) -> re.Pattern[str] | None:
    """One pattern of every language's notice phrases, whole words, longest first; None when no
    language has any. Cached per search path (``_dirs``), as the languages are."""
    found: set[str] = set()
    for code in supported_languages():
        table = load_language(code).section("notices").get("notices") or {}
        for phrases in table.values():
            found.update(p for p in (_normal(str(x)) for x in phrases or []) if p)
    if not found:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(found, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


class OnlyANotice(EmptyDocument):
    """A text that is only a notice: a crawler saved the wall shown instead of the article."""

    def __init__(self, where: str | None = None) -> None:
        InputError.__init__(self, "no article text (only a cookie, consent, paywall or 'enable JavaScript' "
                                  "notice): the notice shown instead of the article was saved", where)


def only_notices(text: str) -> bool:
    """True when ``text`` is a notice and nothing else (see the module docstring)."""
    pattern = _phrases(language_dirs())
    if pattern is None:
        return False
    noticed = False
    for sentence in _SENTENCE_END.split(text):
        words = len(sentence.split())
        if not words:
            continue
        if pattern.search(_normal(sentence)):
            noticed = True
        elif words > settings.NOTICE_CHROME_WORDS:
            return False
    return noticed
