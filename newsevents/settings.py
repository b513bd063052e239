"""Named limits and defaults, in one place (like trafilatura's ``settings.cfg``).

Every number here says where it comes from. Values that a user may need to change at run time
are read from an environment variable named next to them; the CLI's options win over both.
Other modules add their own tuned constants here, each with a comment on how it was tuned.
"""

from __future__ import annotations

import os
from pathlib import Path

# --- environment variables -------------------------------------------------------------------
ENV_DB = "NEWSEVENTS_DB"  # database path or postgresql:// URL (the CLI's --db wins)
ENV_MAX_BYTES = "NEWSEVENTS_MAX_BYTES"  # per-article size limit, in bytes
ENV_LOCK_TIMEOUT = "NEWSEVENTS_LOCK_TIMEOUT"  # seconds a write waits for another process's lock
# days of ingest within which undated articles are dated through other sources (0 turns it off)
ENV_DATING_DAYS = "NEWSEVENTS_DATING_DAYS"
# extra folders of language data (manifests <code>.yaml and <code>/<stage>.yaml), separated like
# PATH, searched before the built-in newsevents/lang/ (see newsevents/lang/__init__.py)
ENV_LANG_PATH = "NEWSEVENTS_LANG_PATH"
# 1/0: screen extracted incidents with the trained classifier (newsevents/learn/screen.py)
ENV_SCREEN = "NEWSEVENTS_SCREEN"

# --- database --------------------------------------------------------------------------------
# SQLite file in the working directory, like sqlite-utils: visible, easy to delete, per project.
DEFAULT_DB = "newsevents.db"

# --- input limits ----------------------------------------------------------------------------
# One article's text, as UTF-8 bytes. News articles are 2-50 kB (the seeds 3-4 kB). 1,000,000
# matches spaCy's own ``nlp.max_length`` (1,000,000 characters, and a UTF-8 text never has more
# characters than bytes), above which spaCy refuses a text because its parser and NER need about
# 1 GB of memory per 100,000 characters. A bigger file is refused before it is read, so memory
# stays bounded.
MAX_DOCUMENT_BYTES = 1_000_000

# An HTML page carries markup, inline scripts and styles around its text, so the page may be a
# multiple of the text limit (not measured here: chosen generously so that a heavy page around a
# full-size article still fits); the extracted text is then held to the text limit.
HTML_PAGE_FACTOR = 40

# Bytes read at the start of a file to recognise binary formats (magic numbers, NUL bytes).
SNIFF_BYTES = 8192

# Share of control characters (other than tab, newline, carriage return, form feed) above which
# decoded "text" is treated as binary: real text has none, while random bytes read as a
# single-byte encoding give about 11 % (29 of the 256 byte values are such controls).
MAX_CONTROL_CHAR_RATIO = 0.01

# Legacy (non-UTF) text: French and English files that are not UTF-8 are nearly always
# Windows-1252 (a superset of Latin-1). charset-normalizer ties cp1250/cp1252 on short French
# text and picks cp1250, turning "è" into "č"; so cp1252 is tried first and kept when its
# decoding looks like text: charset-normalizer's mess ratio measured 0.0-0.36 on French and
# English cp1252 samples (17-3000 chars) and >= 1.0 on Cyrillic cp1251/KOI8-R read as cp1252.
PREFERRED_LEGACY_ENCODING = "cp1252"
LEGACY_MAX_MESS = 0.5

# File extensions with a reader (files.py dispatches on them); directories are walked for them.
TEXT_EXTENSIONS = (".txt",)
HTML_EXTENSIONS = (".html", ".htm")
# a crawler's JSON Lines often ship gzipped: read as they are, streamed
JSONL_EXTENSIONS = (".jsonl", ".jsonl.gz")
# web archives as crawls ship them (Common Crawl's CC-NEWS, Heritrix, wget --warc-file): one
# file of many records, gzipped record by record or not at all; ARC is WARC's predecessor
WARC_EXTENSIONS = (".warc", ".warc.gz", ".arc", ".arc.gz")
# RSS and Atom feeds saved as files; ".xml" is read as a feed only when the file is named
# explicitly (a directory's .xml files are more often sitemaps or exports than feeds)
FEED_EXTENSIONS = (".rss", ".atom")
FEED_EXPLICIT_EXTENSIONS = (".xml",)
SUPPORTED_EXTENSIONS = (TEXT_EXTENSIONS + HTML_EXTENSIONS + JSONL_EXTENSIONS + WARC_EXTENSIONS
                        + FEED_EXTENSIONS)

# A feed file is parsed whole by feedparser (it has no streaming mode), so its size is capped.
# Live feeds hold 10-100 entries of a few kB (a full-content feed of 100 long articles is about
# 2 MB); 64 MB leaves room for archived feeds while keeping feedparser's memory (about 10x the
# file) well under a gigabyte. Bigger collections belong in JSON Lines or WARC, which stream.
MAX_FEED_BYTES = 64 * 1024 * 1024

# --- language detection ----------------------------------------------------------------------
# lingua reads at most this many characters. Measured on the 456 French dev articles (seeds,
# POPCORN, TimeBank) restricted to fr/en: 1 error at 50 characters, none from 100 on, about
# 1.4 ms per article at 2000; a long prefix keeps headlines and bylines from deciding alone.
LANGUAGE_SAMPLE_CHARS = 2000

# The language used when detection cannot tell (very short or language-less text): the
# project's first language. Such documents carry a warning.
FALLBACK_LANGUAGE = "fr"

# Fewer letters than this and detection is a guess: the fallback is used, with a warning.
MIN_LETTERS_FOR_DETECTION = 20

# --- ingest ----------------------------------------------------------------------------------
# Show a progress bar when a run has more documents than this (below, it would only flicker).
PROGRESS_MIN_DOCUMENTS = 5
# Undated articles are dated through other sources' reports of their incident (anchoring.py)
# when both were ingested within this many days: reports of one incident arrive within days, and
# the bound keeps each run's extra work small however large the store grows.
DATING_DAYS = 30

# --- statistical component -------------------------------------------------------------------
# Whether the incident screen (newsevents/learn/screen.py) runs when NEWSEVENTS_SCREEN is unset.
# Decided by its held-out figures (bench/classifier_cv.py, bench/RESULTS.md "Statistical
# component"): on only if it adds where the classifier never saw the text.
SCREEN_DEFAULT = False

# --- incidents -------------------------------------------------------------------------------
# A headline's strike and the body's first sentence telling it may name two towns of one scene
# ("Israeli strike on Gaza school shelter" / "in Jabalia in the northern Gaza Strip", 4 km apart):
# within this distance they are one incident (extract/drafts.py _headline_scene). A headline
# names the best-known town of the scene, its district or a suburb, a few kilometres off.
HEADLINE_SCENE_KM = 15.0
# A craft word resumed by a determiner ("ce même appareil", "the device") stands for the nearest
# weapon told at most this many sentences before it (extract/events_craft.py): a page resumes its
# drone a paragraph or two later, a news item of a few sentences.
RESUMED_WEAPON_SENTENCES = 6
# A toll told over a period longer than this many days ("in 2024", "l'an dernier", "since
# January") is a running total of many incidents: the toll of none (claim_tolls.toll_about). A
# month's count may still be one incident's retold ("killed in March"); a year's is not.
RUNNING_TOTAL_MIN_DAYS = 32
# Distinct words whose answer a per-word lookup keeps (parties.countries.country_from_adjective,
# asked of every token by the place and party stages): news repeats a few thousand words, and
# 20,000 short strings and answers hold ~3 MB.
WORD_LOOKUP_CACHE = 20_000
# "two weeks after an attack", "deux mois après": the press rounds a count of weeks or months, so
# the recalled act is dated within half a unit on either side of the count (extract/events_days_after.py;
# the lead's probe: "two weeks" for 15 days). A unit of at most WEEK_DAYS days gives a date of
# precision "week", a longer one "month".
WEEK_DAYS = 7
# "Le siège a pris fin samedi ... L'attaque a commencé vendredi soir": an incident whose onset is
# told after its end, at most this many days before it, runs from one to the other
# (extract/events_onset.py); a siege or a hostage-taking lasts a day or two, rarely longer.
ONSET_MAX_DAYS = 3


def max_document_bytes() -> int:
    """The per-article limit: ``NEWSEVENTS_MAX_BYTES`` when set to a positive integer."""
    raw = os.environ.get(ENV_MAX_BYTES, "").strip().replace("_", "")
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return MAX_DOCUMENT_BYTES


def default_db() -> str:
    """The database to use when --db is not given: ``NEWSEVENTS_DB`` or ./newsevents.db."""
    return os.environ.get(ENV_DB) or str(Path(DEFAULT_DB))


def lock_timeout() -> float | None:
    """``NEWSEVENTS_LOCK_TIMEOUT`` in seconds, or None for the store's default (store/engine.py)."""
    raw = os.environ.get(ENV_LOCK_TIMEOUT, "").strip()
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if value >= 0 else None



def dating_days() -> int:
    """``NEWSEVENTS_DATING_DAYS`` when set to a whole number of days (0: no dating through other
    sources), else ``DATING_DAYS``."""
    raw = os.environ.get(ENV_DATING_DAYS, "").strip()
    return int(raw) if raw.isdigit() else DATING_DAYS

# A text that is only a notice (cookies, consent, paywall, "enable JavaScript": read/notices.py)
# has, besides its notice sentences, only a button's or a heading's few words ("Accept", "Already a
# subscriber? Sign in", "Before you continue"). A sentence longer than this without a notice
# phrase is article text, and the text is read: news sentences are nearly all longer.
NOTICE_CHROME_WORDS = 8

# --- dates -----------------------------------------------------------------------------------
# An article with no publication date and no year anywhere ("mardi soir", "last night") may keep
# an incident that has its own place and participant or toll, dated by a wide interval of this
# many days ending on the reading day, precision "range" (extract/events_dates_unanchored.py):
# never a day. 0 (the default) drops such incidents, as before round 30. Measured on news-dev
# with 5 * 365 (its four yearless pages were read one to four years after they appeared): event
# recall fr 0.874 -> 0.903, en 0.898 -> 0.939, but field accuracy fr 0.912 -> 0.904, en 0.903 ->
# 0.897, since a range of years is never inside a gold day (the quality floors forbid it as yet).
UNDATED_LOOKBACK_DAYS = 0
