"""Typography normalisation for the NLP, with a map back to the original offsets.

French press writes l’automne, « guillemets », non-breaking and thin spaces before ; : ! ? and
inside numbers; spaCy's French model and every date tagger tried here read "l’automne" worse than
"l'automne". We normalise a copy (``Article.nlp_text``) and keep ``Article.text`` untouched, so
every span stays a span of the original. Most replacements are one character for one character;
ligatures (ﬁ -> fi) grow the text, and then an offset map is kept.
"""

from __future__ import annotations

from newsevents.model import Article

# one character for one character: offsets do not move
_SAME_LENGTH = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2039": '"', "\u203a": '"',
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
    "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u200a": " ", "\u3000": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2026": ".", "\r": " ", "\t": " ", "\u200b": " ", "\ufeff": " ", "\u00ad": " ",
})

# one character for several: offsets move, so we keep a map
_EXPANDING = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}


def normalize_text(text: str) -> tuple[str, list[int] | None]:
    """The normalised text and its offset map (None when every offset is unchanged)."""
    out = text.translate(_SAME_LENGTH)
    if not any(ch in _EXPANDING for ch in out):
        return out, None
    pieces: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(out):
        rep = _EXPANDING.get(ch, ch)
        pieces.append(rep)
        offsets.extend([i] * len(rep))
    offsets.append(len(out))
    # a span ending inside an expansion must end after the original character
    return "".join(pieces), offsets


def normalize_article(article: Article) -> Article:
    """Fill ``nlp_text`` and ``offsets``."""
    article.nlp_text, article.offsets = normalize_text(article.text)
    return article
