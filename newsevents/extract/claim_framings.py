"""One act told with opposite words by two sources: two versions, a contradiction.

Why: "the Houthis said they rescued the crew" and "the crew had been kidnapped, the operator
said", "Moscow says the children were evacuated" and "Kyiv says they were deported", "the strike
was an act of self-defence" and "an unprovoked attack": neither claim denies the other in so many
words, both assert, and the operator or a ministry may have no country for link._two_sides to
oppose. The words frame one act two incompatible ways; the frames are language data
(``opposed_framings`` of lang/<code>/claims.yaml: pairs of word groups, lemmas or phrases).

Two claims of two speakers (not one voice, not one country) telling (assert, condemn) with words
of the two groups of one pair, neither negated ("did not kidnap"), contradict when they speak of
one thing: one incident, or, one of them tied to none, a common noun of both ("crew", "enfants")
or speakers on the two sides of the incident ("obliterated", says the attacker; "only minor
damage", says the struck side).

Why apart from link.py: link.py is at its size limit, and this reading is of a pair's words.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.claim_acts import claimed_span
from newsevents.extract.stance import Lexicon, fold, is_negated
from newsevents.extract.status import TELLING
from newsevents.lang import load_language
from newsevents.model import Article, Claim, Event, Party

Frames = tuple[tuple[frozenset[str], frozenset[str]], ...]
_CACHE: dict[str, Frames] = {}


def _frames(language: str) -> Frames:
    """``opposed_framings`` of the language, folded (cached per language code)."""
    if language not in _CACHE:
        raw = load_language(language).section("claims").get("opposed_framings") or []
        _CACHE[language] = tuple((frozenset(" ".join(fold(str(w)).split()) for w in a),
                                  frozenset(" ".join(fold(str(w)).split()) for w in b))
                                 for a, b in raw)
    return _CACHE[language]


def _sides(lex: Lexicon, span: Any, frames: Frames) -> set[tuple[int, int]]:
    """(pair index, group index) of each frame the claimed words use, unnegated: a word by its
    lemma or text, a phrase by the folded words."""
    lemmas = {fold(t.lemma_) for t in span if not is_negated(lex, t if t.pos_ != "NOUN" else t.head)} \
        | {fold(t.text) for t in span if not is_negated(lex, t if t.pos_ != "NOUN" else t.head)}
    text = " " + " ".join(fold(span.text).replace("-", " - ").split()) + " "
    found: set[tuple[int, int]] = set()
    for i, groups in enumerate(frames):
        for g, words in enumerate(groups):
            if any((w in lemmas) if " " not in w and "-" not in w
                   else f" {w.replace('-', ' - ')} " in text for w in words):
                found.add((i, g))
    return found


def link_framings(lex: Lexicon | None, article: Article, nouns: dict[str, set[str]]) -> None:
    """Link (both ways) two sources' claims that frame one act with opposite words."""
    if lex is None or not article.language:
        return
    frames = _frames(article.language)
    if not frames:
        return
    told: list[tuple[Claim, set[tuple[int, int]]]] = []
    for claim in article.claims:
        span = claimed_span(article, claim) if claim.stance in TELLING and claim.speaker else None
        sides = _sides(lex, span, frames) if span is not None else set()
        if sides:
            told.append((claim, sides))
    for i, (a, sa) in enumerate(told):
        for b, sb in told[i + 1:]:
            if not any((p, 1 - g) in sb for p, g in sa) or not _two_sources(a, b) \
                    or not _one_thing(a, b, nouns, article.events):
                continue
            if b.id not in a.contradicts:
                a.contradicts.append(b.id)
            if a.id not in b.contradicts:
                b.contradicts.append(a.id)


def _two_sources(a: Claim, b: Claim) -> bool:
    """Two speakers, not of one country when both have one."""
    sa, sb = a.speaker, b.speaker
    assert sa is not None and sb is not None
    if sa.name.strip().lower() == sb.name.strip().lower():
        return False
    return sa.country is None or sb.country is None or sa.country != sb.country


def _one_thing(a: Claim, b: Claim, nouns: dict[str, set[str]], events: list[Event]) -> bool:
    """One incident; or, one of them tied to none, a common noun of both words, or speakers on two
    sides of the incident the other is tied to (of any incident of the page, both tied to none):
    "the sites were obliterated", says Washington, "only minor damage", says Tehran's agency."""
    if a.about and b.about:
        return bool(set(a.about) & set(b.about))
    if nouns.get(a.id, set()) & nouns.get(b.id, set()):
        return True
    tied = set(a.about) | set(b.about)
    return any(_two_sides(a.speaker, b.speaker, e) for e in events if not tied or e.id in tied)


def _two_sides(a: Party, b: Party, event: Event) -> bool:
    """One speaker of the incident's doers' country, the other of the struck side (its targets'
    country, or the country it happened in), neither of both."""
    if a.country is None or b.country is None or a.country == b.country:
        return False
    doers = {p.country for p in event.actors if p.country}
    struck = {p.country for p in event.targets if p.country} | (
        {event.location.country} if event.location is not None and event.location.country else set())
    struck -= doers
    return (a.country in doers and b.country in struck) or (b.country in doers and a.country in struck)
