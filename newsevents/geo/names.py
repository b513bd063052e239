"""Name normalisation shared by the gazetteer build, the lookups and countries.py.

Why one function everywhere: the index stores hashes of normalised names, so the build and the
lookup must fold names identically. Folding removes case, accents, apostrophes and punctuation
("Donets'k", "Donetsk", "DONETSK" and "Donetsk," all meet), which is how GeoNames' own ASCII
alternate names and news spellings differ most of the time.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

# letters NFKD does not decompose but that transliterations write as plain Latin letters
_FOLD = str.maketrans({
    "ı": "i", "ə": "a", "ǝ": "a", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ß": "ss",
    "ð": "d", "þ": "th", "ʻ": "", "ʼ": "", "'": "", "’": "", "`": "", "´": "", "‘": "",
})
_NON_WORD = re.compile(r"[^\w]+|_")

NORMALIZE_CACHE = 200_000  # distinct names kept; a news corpus repeats a few thousand place names


@lru_cache(maxsize=NORMALIZE_CACHE)
def normalize(name: str) -> str:
    """Fold a place name for lookup: lower case, no accents, no punctuation, single spaces."""
    s = unicodedata.normalize("NFKD", name.casefold().translate(_FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", s).strip()


def name_hash(normalized: str) -> int:
    """A stable 63-bit hash of a normalised name (Python's hash() is salted per process)."""
    digest = hashlib.blake2b(normalized.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little") >> 1
