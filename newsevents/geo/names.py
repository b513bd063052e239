"""Name normalisation shared by the gazetteer build, the lookups and countries.py.

Why one function everywhere: the index stores hashes of normalised names, so the build and the
lookup must fold names identically. Folding removes case, accents, apostrophes and punctuation
("Donets'k", "Donetsk", "DONETSK" and "Donetsk," all meet), which is how GeoNames' own ASCII
alternate names and news spellings differ most of the time.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from functools import lru_cache

# letters NFKD does not decompose but that transliterations write as plain Latin letters
_FOLD = str.maketrans({
    "ı": "i", "ə": "a", "ǝ": "a", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ß": "ss",
    "ð": "d", "þ": "th", "ʻ": "", "ʼ": "", "'": "", "’": "", "`": "", "´": "", "‘": "",
})
_NON_WORD = re.compile(r"[^\w]+|_")
_COMBINING = re.compile("[\u0300-\u036f]")  # the combining accents of Latin, Greek and Cyrillic

NORMALIZE_CACHE = 200_000  # distinct names kept; a news corpus repeats a few thousand place names


@lru_cache(maxsize=NORMALIZE_CACHE)
def normalize(name: str) -> str:
    """Fold a place name for lookup: lower case, no accents, no punctuation, single spaces."""
    s = name.casefold()
    if s.isascii():  # most names: no accents to strip, only apostrophes and punctuation
        if "'" in s or "`" in s:
            s = s.replace("'", "").replace("`", "")
        return _NON_WORD.sub(" ", s).strip()
    s = _COMBINING.sub("", unicodedata.normalize("NFKD", s.translate(_FOLD)))
    if not s.isascii():
        s = "".join(c for c in s if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", s).strip()


def name_hash(normalized: str) -> int:
    """A stable 64-bit hash of a normalised name (Python's hash() is salted per process).

    CRC-32 in the high half (uniform: the index buckets on its top bits), Adler-32 in the low half;
    both are C routines of zlib, ~1 µs for a name where a cryptographic digest takes several.
    Two names of the index would have to agree on both checksums to collide.
    """
    data = normalized.encode("utf-8")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)
