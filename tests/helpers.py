"""Checks shared by the French and English test tables, so that one assertion serves both languages.

Import as ``from helpers import ...`` (pytest puts tests/ on sys.path, as for conftest).
"""

from __future__ import annotations

import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from newsevents.extract.stance import fold
from newsevents.temporal import find_times

# --- time -----------------------------------------------------------------------------------------

def check_time(sentence: str, words: str, expected: str, language: str, published: date) -> None:
    """Assert `find_times` finds `words` in `sentence` with the interval "start end precision [HH:MM]"."""
    start, end, precision, *time = expected.split()
    values = find_times(sentence, language, published)
    found = {v.text: v for v in values}
    assert words in found, f"{words!r} not found in {[v.text for v in values]}"
    v = found[words]
    assert sentence[v.span[0]:v.span[1]] == words
    assert (v.start.isoformat(), v.end.isoformat(), v.precision) == (start, end, precision)
    if time:
        assert v.time == time[0]


def coordinated_days(text: str, language: str, published: date) -> list[tuple[str, str]]:
    """(mention text, start day) of every time found: a coordination gives one mention a day."""
    return [(v.text, v.start.isoformat()) for v in find_times(text, language, published)]


def run_when(nlp, text: str, language: str, published: date | None):  # type: ignore[no-untyped-def]
    """Run the `when` stage alone on a parse of `text` (normalised as the pipeline does)."""
    from newsevents.extract import when
    from newsevents.model import Article, Published
    from newsevents.read.normalize import normalize_article

    article = normalize_article(Article(text=text, id="t", language=language,
                                        published=Published(published) if published else None))
    article.doc = nlp(article.nlp_text)
    return when.run(article)


# --- claims ---------------------------------------------------------------------------------------

def speaker_is(claim, alias: str) -> bool:  # type: ignore[no-untyped-def]
    """True when `alias` is part of the speaker's name or of its words in the text (accents folded)."""
    names = [claim.speaker.name, claim.speaker.text or ""]
    return any(fold(alias) in fold(n) for n in names)


def one_claim(article, keyword: str):  # type: ignore[no-untyped-def]
    """The first claim whose content holds `keyword`; fails, listing the claims, when none does."""
    hits = [c for c in article.claims if fold(keyword) in fold(c.content)]
    assert hits, f"no claim with {keyword!r}: {[(c.speaker.name, c.content) for c in article.claims]}"
    return hits[0]


def check_attribution(article, speaker: str, stance: str | None, keyword: str,  # type: ignore[no-untyped-def]
                      quote: bool) -> None:
    """Assert the claim holding `keyword` has this speaker, stance, quote flag and a tight span."""
    claim = one_claim(article, keyword)
    assert speaker_is(claim, speaker), claim.speaker
    assert claim.stance == stance
    assert claim.direct_quote is quote
    assert article.text[claim.content_span[0] : claim.content_span[1]] == claim.content


def check_speaker(article, keyword: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    """Assert the claim holding `keyword` is attributed to `speaker` (cross-sentence resolution)."""
    claim = one_claim(article, keyword)
    assert speaker_is(claim, speaker), claim.speaker


def check_stances(article, stance: str | None) -> None:  # type: ignore[no-untyped-def]
    """Assert the article has exactly one claim of `stance`, or no claim when `stance` is None."""
    assert [c.stance for c in article.claims] == ([stance] if stance else [])


# --- parties --------------------------------------------------------------------------------------

def run_who(nlp, text: str, language: str, strict: bool = False,  # type: ignore[no-untyped-def]
            published: date | None = None) -> list[tuple[str, Any]]:
    """(words, Party) of each party the `who` stage finds alone on `text`.

    `strict` also asserts every mention is a party whose span, text and value text agree;
    `published` dates the article (roles of known persons depend on it).
    """
    from newsevents.extract import who
    from newsevents.model import Article, Published
    from newsevents.read.normalize import normalize_article

    article = Article(text=text, id="t", language=language,
                      published=Published(published) if published else None)
    normalize_article(article)
    article.doc = nlp(article.nlp_text)
    who.run(article)
    out = []
    for m in article.mentions:
        if strict:
            assert m.kind == "party"
            assert article.text[m.span[0] : m.span[1]] == m.text == m.value.text
        elif m.kind != "party":
            continue
        out.append((m.text, m.value))
    return out


def has_party(found: list[tuple[str, Any]], words: str, name: str) -> bool:
    """True when the words `words` were resolved to the party named `name` (a later reference)."""
    return any(t == words and p.name == name for t, p in found)


def party_at(found: list[tuple[str, Any]], words: str):  # type: ignore[no-untyped-def]
    """The first party found on exactly `words`; fails, listing what was found, when there is none."""
    hits = [p for t, p in found if t == words]
    assert hits, found
    return hits[0]


def check_person_with_title(found: list[tuple[str, Any]], name: str, country: str | None, role: str,
                            span_starts: str) -> None:
    """Assert a person named `name` with this country and role, its words starting with the title."""
    hits = [(t, p) for t, p in found if p.name == name]
    assert hits, found
    words, party = hits[0]
    assert (party.kind, party.country, party.role) == ("person", country, role)
    assert words.startswith(span_starts)


# --- numbers --------------------------------------------------------------------------------------

def run_numbers(nlp, text: str, language: str, times: Sequence[str] = ()) -> list[tuple[str, Any]]:  # type: ignore[no-untyped-def]
    """(words, Quantity) of each count the `numbers` stage finds alone on `text`, spans checked.

    `times` are words to mark as time mentions first, as the when stage would have left them.
    """
    from newsevents.extract import numbers
    from newsevents.model import Article, Mention, When
    from newsevents.read.normalize import normalize_article

    article = Article(text=text, id="t", language=language)
    normalize_article(article)
    article.doc = nlp(article.nlp_text)
    for t in times:
        start = text.index(t)
        day = date(2024, 1, 1)
        article.mentions.append(Mention("time", (start, start + len(t)), t, When(day, day, "day")))
    numbers.run(article)
    out = []
    for m in article.of_kind("number"):
        assert text[m.span[0] : m.span[1]] == m.text
        out.append((m.text, m.value))
    return out


def quantity(value: int, unit: str | None, minimum: bool = False, approximate: bool = False):  # type: ignore[no-untyped-def]
    """A Quantity built positionally, short enough for one-line table rows."""
    from newsevents.model import Quantity

    return Quantity(value, unit, minimum, approximate)


# --- events ---------------------------------------------------------------------------------------

PUB = "2025-11-15"  # the publication date of the event tables (a Saturday)


def events_of(analyse, text: str, language: str, published: str | None = PUB) -> list[Any]:  # type: ignore[no-untyped-def]
    """The events the whole pipeline (the `analyse` fixture) codes for `text`."""
    return analyse(text, language=language, published=published).events


def event_types(analyse, text: str, language: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The sorted types of the events coded for `text`."""
    return sorted(e.type for e in events_of(analyse, text, language))


def casualty_triples(events: list[Any]) -> list[tuple[str, int | None, int | None]]:
    """(type, fatalities, injured) of each event, sorted: the casualties wherever they were stated."""
    return sorted((e.type, e.fatalities, e.injured) for e in events)


# --- interrupted ingestion ------------------------------------------------------------------------

def write_numbered_reports(folder: Path, n_docs: int, incident: str) -> None:
    """`n_docs` short distinct French reports of `incident` ("une explosion") as 000.txt, 001.txt..."""
    folder.mkdir()
    sides = ["nord", "sud", "est", "ouest", "centre"]
    for i in range(n_docs):
        (folder / f"{i:03}.txt").write_text(
            f"Le {i % 28 + 1} mars 2024, {incident} a touché un entrepôt du quartier {sides[i % 5]} "
            f"numéro {i}, selon la police, qui fait état de {i % 4} blessés.", encoding="utf-8")


def saved_documents(db: Path) -> int:
    """How many documents the store at `db` holds, read-only (0 while it does not exist yet)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def wait_for_first_save(proc: subprocess.Popen, db: Path, seconds: float) -> None:
    """Wait until `proc` has saved a document in `db`, has ended, or `seconds` have passed."""
    deadline = time.monotonic() + seconds
    while saved_documents(db) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)


# --- concurrency ----------------------------------------------------------------------------------

def run_together(target: Callable[[], None], n_threads: int = 4) -> list[BaseException]:
    """Run `target` in `n_threads` threads started at once; the exceptions they raised."""
    errors: list[BaseException] = []

    def guarded() -> None:
        try:
            target()
        except BaseException as exc:  # returned to the test, which asserts on them
            errors.append(exc)

    threads = [threading.Thread(target=guarded) for _ in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return errors


def write_articles(folder: Path, docs: Sequence[dict[str, Any]]) -> list[Path]:
    """Each article as a one-line JSONL file named by its id, in the order given."""
    import json

    paths = []
    for doc in docs:
        path = folder / f"{doc['id']}.jsonl"
        path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
