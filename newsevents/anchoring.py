"""Dating an article through other sources: an article that gives no date of its own takes the
day of the incident it reports, as other articles in the store date it.

Why: a third of news pages state no full date (agency wires, copies, live pages: "vendredi",
"ce 9 juillet", "hier soir"). Without a publication date every relative date is unresolved and
the incidents are lost. An analyst dates such a page by the incident it tells: "a missile struck
Kryvyi Rih on Friday, killing 16" is the strike other outlets date 4 April. This module does the
same, precision first, for articles with no publication date and for those whose date was
inferred only as a range from weak evidence ("le 3 mai" after "fin 2021": May 2022 or later; the
other sources' day must then respect that floor):

1. **Candidates** (store only): stored events of other documents, dated to a day or two, placed
   within ``ANCHOR_KM`` of a town or site the undated article names, or of a type without a place
   of its own (a summons, a prisoner swap) between countries it names. Each gives a candidate day;
   those placed only in a province or at a country the article names a place of come last.
2. **Hypotheses**: the article is extracted as if published on its most anchored day, through the
   same engine as the ingest (local, workers or Dask); then on the days its incidents imply
   (an incident dated the day before an anchor that matches it in all but the date implies a
   publication one day later: ``implied_days``), on the day after, and on a date it states later.
3. **Support**: under each hypothesis, the article's events that the merger joins to a candidate
   (same rules as merging: compatible types, overlapping dates, agreeing places, nothing
   contradicting; ``newsevents.resolve.match.compare``), with a place (the same town, or a region
   or province holding it), a target or a weapon as the reason. Events dated by the article's
   own words ("vendredi", "la veille") count first. A whole country holding the other's place
   counts apart and after those, only for one type, an actor of one country on both sides and
   the article's own day (``_contained``).
4. **Choice**: the best-supported hypothesis. Among equals, one that puts a date the article
   states after its own publication loses ("ce 9 juillet" is not published on the 8th), then
   the one that tells its news incidents closest together wins (a drone strike "vendredi" and
   the raid answering it "samedi" are a day apart, not six), then the earliest. When the best
   hypotheses match reports of days more than ``AMBIGUOUS_DAYS`` apart (a town struck on several
   days), the article stays undated: never a confident wrong day.

The publication date is recorded as inferred, with a basis naming the incident and the source
that dated it (``BASIS_MARKER``). Articles dated this way never date others (no chains), and
every run re-examines the undated articles of the last ``settings.DATING_DAYS`` of ingest: the result
depends on what is stored, not on the order articles arrived in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from newsevents import settings
from newsevents.anchoring_joint import date_jointly, pages, stored_article
from newsevents.extract.events_dates_unanchored import drop_wide_ranges, wide_range
from newsevents.geo.index import haversine_km
from newsevents.model import Article, Published
from newsevents.parties.countries import country_from_adjective, country_from_name
from newsevents.pipeline import Failure
from newsevents.read.published import inside_any, quoted_spans, said_on
from newsevents.resolve.config import generic_target_words, place_free_types
from newsevents.resolve.keys import Key, key_of_event
from newsevents.resolve.match import compare, places
from newsevents.temporal import calendar as cal
from newsevents.temporal import parse
from newsevents.temporal.parse import Expr

Record = dict[str, Any]
Process = Callable[[Iterable[Article]], Iterator[Article | Failure]]

# the words every basis of a date taken from other sources starts with (read back by the store)
BASIS_MARKER = "dated through the incident it reports"
# A candidate's place and the article's town: one town, or a suburb (resolve's NEIGHBOUR_KM).
ANCHOR_KM = 25.0
# Days an article is first tried on: its most anchored one (the earliest among equals); the days
# its incidents imply follow. On the 454 articles of bench/scale.py (186 undated) 1 day cost 53
# extractions and 3 days 96, for the same news-dev figures.
FIRST_DAYS = 1
# An anchor found by the name of its target weighs as this many found by a town (candidate_days):
# more than one, so that it is tried first among single anchors, not so much that two reports of
# a town outweigh nothing (news-dev: a ship named in an undated copy, its report one of three
# single anchors, was never tried with 1)
NAMED_TARGET_WEIGHT = 2
# the kinds of target a name makes one incident of: a ship, a building, a mission; not an armed
# force or a group named as the side hit ("M23", "Congolese Armed Forces" fight on many days)
NAMED_SITE_KINDS = frozenset({"facility", "diplomatic_mission", "organization"})
# Publication on the anchor's day or up to three days later: tried once a day is found, so that
# the earliest the words allow is chosen.
OFFSETS_DAYS = (0, 1, 2, 3)
# Largest shift between a hypothesis and the publication its incidents imply. Relative dates move
# by days, but a yearless "September 14" read under a publication years off moves by years: the
# implied day is verified by extraction anyway, so the bound only guards against nonsense.
MAX_SHIFT_DAYS = 4000
# Equally supported hypotheses further apart than this are two incidents' days: refuse.
AMBIGUOUS_DAYS = 2
# A page reports the incident that dates it as news: published within this many days after it (the
# toll updates of news-dev came up to 6 days later). A hypothesis further on reads a yearless date
# of the page ("On September 14") as the year before instead, and is no publication of that news.
ANCHOR_LAG_DAYS = 10
# Days tried per article after the first (the most implied first): each costs one extraction.
MAX_CANDIDATE_DAYS = 6
# A place-free report anchors only between two countries or more, all named by the article (one
# country's "demand" or "talks" happen every week).
MIN_FREE_COUNTRIES = 2
# Place precisions specific enough to anchor on (a country or province names too many incidents).
PRECISE_PLACES = frozenset({"site", "city"})
# merge reasons that tie an incident to a place or a thing, not only to a country; "parties"
# (a summons, a swap: types without a place of their own) unless their places disagree
ANCHORING_RULES = frozenset({"place", "target", "weapon"})
PLACED_RULES = frozenset({"parties"})
# "contains" anchors when the looser place is a province or a region ("l'est de la RDC" holding
# Goma, a town the article names, since candidates are near one), never a whole country.
CONTAINING_PLACES = frozenset({"admin1", "region"})
# Places of a stored report found by the province (admin1) of a place the article names, not by a
# town: a page naming a village the gazetteer misses "in Amhara region" and a dated wire's strike
# at the district town; the merger joins them ("contains"), but no town of the page is near it.
PROVINCIAL_PLACES = frozenset({"site", "city", "admin1", "region"})
# an area a report may be placed by: "eastern Romania", "the Amhara region", "Poland"
AREA_PLACES = frozenset({"admin1", "region", "country"})
# time expressions counted from the last date the text named ("le lendemain", "six jours plus
# tard"; temporal/resolve.py), not from publication
COUNTED_KINDS = frozenset({"anaphor", "shift"})
# a capitalised word of three letters or more: what may name one ship or site ("Aegean Star")
_PROPER_WORD = re.compile(r"(?<!\w)[A-ZÀ-ÝĀ-Ž][\w'’-]{2,}")


@dataclass(slots=True)
class Hypothesis:
    """The article extracted as if published on ``day``, and what that dates."""

    day: date
    article: Article
    matched: int = 0  # events joined to a candidate
    contained: int = 0  # events joined only by a country holding the other's place (_contained)
    own: int = 0  # of which dated by the article's own words
    consistent: bool = True  # no date the article states falls after its publication
    anchor: str = ""  # how the best match reads, for the basis
    anchor_days: set[date] = field(default_factory=set)  # the days of the anchors matched
    spread: int = 0  # days between the first and last news incident it dates
    later: date | None = None  # the latest date it states within a week after its publication

    @property
    def score(self) -> tuple[int, int, int, bool, int]:
        return (self.own, self.matched, self.contained, self.consistent, -self.spread)

    @property
    def supported(self) -> bool:
        return bool(self.matched or self.contained)


@dataclass(slots=True)
class Dating:
    """The outcome for one undated article: the chosen hypothesis, or None (stays undated)."""

    document: str
    chosen: Hypothesis | None
    reason: str
    changed: bool = False  # saved again by this run


def _towns(doc: Record) -> list[Record]:
    return [p for p in doc.get("places") or [] if p.get("precision") in PRECISE_PLACES
            and isinstance(p.get("lat"), int | float) and isinstance(p.get("lon"), int | float)]


def _point(event: Record) -> tuple[float, float] | None:
    """The event's coordinates when it is placed at a town (or more precisely), else None."""
    loc = event.get("location") or {}
    lat, lon = loc.get("lat"), loc.get("lon")
    if loc.get("precision") not in PRECISE_PLACES or not isinstance(lat, int | float) \
            or not isinstance(lon, int | float):
        return None
    return lat, lon


def _near_point(point: tuple[float, float] | None, towns: list[Record]) -> bool:
    return point is not None and any(haversine_km(point[0], point[1], t["lat"], t["lon"]) <= ANCHOR_KM
                                     for t in towns)


def _provinces(doc: Record) -> set[tuple[str, str]]:
    """The (country, admin1) of the places the article names, towns and provinces alike."""
    return {(str(p["country"]), str(p["admin1"])) for p in doc.get("places") or []
            if p.get("country") and p.get("admin1") and p.get("precision") in PROVINCIAL_PLACES}


def _in_provinces(event: Record, provinces: set[tuple[str, str]], countries: set[str]) -> bool:
    """The stored event is placed in a province (admin1) the article names a place of, or only by
    an area (a province, a region, the country: few reports) of a country it names a place in
    (``_contained`` says when a country may date it)."""
    loc = event.get("location") or {}
    if loc.get("precision") in AREA_PLACES:
        return loc.get("country") in countries
    return loc.get("precision") in PROVINCIAL_PLACES and (loc.get("country"), loc.get("admin1")) in provinces


def _day_of(event: Record) -> date | None:
    """The day an anchor dates, when it dates one (an interval of at most two days)."""
    when = event.get("date") or {}
    try:
        start = date.fromisoformat(str(when["start"])[:10])
        end = date.fromisoformat(str(when.get("end") or when["start"])[:10])
    except (KeyError, ValueError):
        return None
    return start if (end - start).days <= 1 else None


def _countries_named(doc: Record) -> set[str]:
    return {str(m["country"]) for m in (doc.get("places") or []) + (doc.get("parties") or [])
            if m.get("country")}


def _parties_named(event: Record, countries: set[str], own: set[str] | None = None) -> bool:
    """A place-free report (a summons, a swap) whose every party's country the article names too.
    ``own``: the report's ``_party_countries`` when the caller has them already."""
    own = _party_countries(event) if own is None else own
    return len(own) >= MIN_FREE_COUNTRIES and own <= countries


def _party_countries(event: Record) -> set[str]:
    return {str(p["country"]) for key in ("actors", "targets") for p in event.get(key) or []
            if p.get("country")}


def _sources_of(event: Record) -> set[str]:
    return {str(s.get("document")) for s in event.get("sources") or []}


def _proper_words(words: str) -> set[str]:
    """The capitalised words of a name or phrase, of three letters or more ("Eternity")."""
    return set(_PROPER_WORD.findall(words or ""))


def _place_words(doc: Record) -> set[str]:
    """Words of the places and states the article names: they name where, not what was struck."""
    states = [p for p in doc.get("parties") or [] if p.get("kind") == "state"]
    return {w for m in (doc.get("places") or []) + states
            for w in _proper_words(f"{m.get('text') or ''} {m.get('name') or ''}")}


def _state_word(word: str) -> bool:
    """A state's name or demonym, of any state ("Emirati", "Sudanese"): a target's canonical name is
    English, and a word of nationality names no particular target ("Emirati fighter jet")."""
    return country_from_adjective(word, "en") is not None or country_from_name(word, "en") is not None


def _own_names(doc: Record) -> tuple[set[str], set[str]]:
    """The article's capitalised words, and those of them that name its places and states: read
    once per article, then each stored target is a set lookup."""
    return _proper_words(doc.get("text") or ""), _place_words(doc)


def _names_target_of(event: Record, doc: Record, names: tuple[set[str], set[str]] | None = None,
                     kinds: frozenset[str] | None = None) -> bool:
    """The article names a target of the stored event by its own proper name ("the Eternity C", "the
    Okhmatdyt hospital"): a ship at sea or a site far from any town the gazetteer knows is found by
    its name. Words of places and states are no such name ("Embassy of Azerbaijan in Kyiv").
    ``names`` is ``_own_names(doc)`` when the caller has it already; ``kinds`` keeps only targets
    of those kinds."""
    return _names_in(_target_words(event), names if names is not None else _own_names(doc), kinds)


def _target_words(event: Record) -> list[tuple[Any, set[str]]]:
    """Each target's kind and the words of its proper name that may name it: not generic ("Port"),
    not a state's name or demonym. The same for every article (``_StoredAnchor``)."""
    generic = generic_target_words()
    return [(target.get("kind"), {w for w in _proper_words(str(target.get("name") or "")) - generic
                                  if not _state_word(w)})
            for target in event.get("targets") or []]


def _names_in(targets: list[tuple[Any, set[str]]], names: tuple[set[str], set[str]],
              kinds: frozenset[str] | None) -> bool:
    """``_names_target_of`` from the targets' ``_target_words``: the words of the article's places
    and states are taken out of each (as out of the name's words: the same set)."""
    words, places = names
    for kind, own in targets:
        if kinds is not None and kind not in kinds:
            continue
        own = own - places
        if own and own <= words:
            return True
    return False


def stored_anchors(store: Any, docs: list[Record], since: str) -> list[Record]:
    """One read for every article examined: stored events of self-dated documents placed in a
    country one of them names a place of, or of a type without a place of its own."""
    countries = sorted({str(t["country"]) for doc in docs for t in doc.get("places") or []
                        if t.get("country")})
    # a ship at sea or a site no gazetteer places: found by the name of what was struck
    return store.events_to_date_by(countries, since, BASIS_MARKER, types=sorted(place_free_types()),
                                   countryless=True)


@dataclass(slots=True)
class _StoredAnchor:
    """A stored report that dates a day, with what the tests of every article read of it: its
    documents, its parties' countries, its targets' name words, its town's coordinates, and its
    matching key once asked.

    Why: ``candidates`` tests every stored report against every undated article, and each test
    built those again from the record (two ISO dates parsed, sets made, each target's words
    looked up as state names): the parent's work grew as articles x reports (215 x 79 on
    bench/scale.py's corpus; a register's country holds thousands of reports). Made once per
    examination now; the tests themselves are the same functions on the same values.
    """

    record: Record
    sources: set[str]
    parties: set[str]
    targets: list[tuple[Any, set[str]]]
    point: tuple[float, float] | None
    key: Key | None = None
    keyed: bool = False

    def matching_key(self) -> Key | None:
        if not self.keyed:
            self.key, self.keyed = key_of_event(self.record), True
        return self.key


def _stored_anchors(stored: list[Record]) -> list[_StoredAnchor]:
    """The stored reports that date a day (the only ones ``candidates`` keeps), prepared once."""
    return [_StoredAnchor(e, _sources_of(e), _party_countries(e), _target_words(e), _point(e))
            for e in stored if _day_of(e) is not None]


def candidates(doc: Record, stored: list[Record]) -> list[Record]:
    """The stored events of other documents placed at a town the article names, or of a type
    without a place of its own (resolve.yaml ``place_free_types``) between countries it names, or
    whose target it names; then those placed elsewhere in a province it names a place of, or at a
    country it names a place in (tried only after the others: ``candidate_days``)."""
    return [a.record for a in _candidates(doc, _stored_anchors(stored))]


def _candidates(doc: Record, stored: list[_StoredAnchor]) -> list[_StoredAnchor]:
    towns = _towns(doc)
    named = _countries_named(doc)
    free = place_free_types()
    names = _own_names(doc)
    provinces = _provinces(doc)
    countries = {str(p["country"]) for p in doc.get("places") or [] if p.get("country")}
    return [a for a in stored if doc["id"] not in a.sources
            and (_near_point(a.point, towns) or _free_named(a, free, named)
                 or _names_in(a.targets, names, None) or _in_provinces(a.record, provinces, countries))]


def _free_named(anchor: _StoredAnchor, free: Any, named: set[str]) -> bool:
    return anchor.record.get("type") in free and _parties_named(anchor.record, named, anchor.parties)


def provincial_only(doc: Record, anchors: list[_StoredAnchor]) -> frozenset[str]:
    """The ids of the candidates found only by their province or country: no town, parties or
    name of the article finds them."""
    towns, named, names = _towns(doc), _countries_named(doc), _own_names(doc)
    free = place_free_types()
    return frozenset(str(a.record["id"]) for a in anchors
                     if not (_near_point(a.point, towns) or _free_named(a, free, named)
                             or _names_in(a.targets, names, None)))


def candidate_days(anchors: list[Record], named: frozenset[str] = frozenset(),
                   provincial: frozenset[str] = frozenset()) -> list[date]:
    """The anchors' days, the most anchored first (the earliest among equals). An anchor whose
    target the article names by its own name (``named``: "the Eternity C") counts as
    ``NAMED_TARGET_WEIGHT`` anchors: a ship or a hospital named is one incident, a town shared
    is any of its incidents. An anchor found only by its province or country (``provincial``)
    counts for nothing: its day comes after every day a town or a name gives."""
    counts: dict[date, int] = {}
    for e in anchors:
        day = _day_of(e)
        if day is not None:
            ident = str(e.get("id"))
            weight = NAMED_TARGET_WEIGHT if ident in named else 0 if ident in provincial else 1
            counts[day] = counts.get(day, 0) + weight
    return sorted(counts, key=lambda d: (-counts[d], d))[:MAX_CANDIDATE_DAYS]


def article_of(doc: Record, day: date | None) -> Article:
    """The stored document as a fresh article to extract, published on ``day`` (or undated)."""
    published = None if day is None else Published(day, "day", inferred=True, basis=BASIS_MARKER)
    return stored_article(doc, published)


def _describe(anchor: Record) -> str:
    loc = (anchor.get("location") or {}).get("name")
    doc = next(iter(s.get("document") for s in anchor.get("sources") or []), "?")
    where = f" at {loc}" if loc else ""
    return f"{anchor.get('type')}{where} on {(anchor.get('date') or {}).get('start')}, as {doc} dates it"


def _anchors(key: Key, anchor: Key) -> bool:
    """The merger joins the two, for a place or a thing they share."""
    reason = compare(key, anchor)
    if reason is None:
        return _named_alike(key, anchor)
    if reason.rule in PLACED_RULES:
        agree, _, _ = places(key, anchor)
        return agree is not False  # one town, a town in its country, or either unplaced
    if reason.rule == "contains":
        return bool({key.geo, anchor.geo} & CONTAINING_PLACES) and "country" not in {key.geo, anchor.geo}
    return reason.rule in ANCHORING_RULES


def _named_alike(key: Key, anchor: Key) -> bool:
    """One target named by its proper name in both, the incident typed differently: one outlet's
    "attack on the cargo ship Eternity C" is another's clash at sea, a sinking, a seizure. The
    merger keeps such reports apart (their types differ), but for dating the name of the ship, the
    plant or the mission hit is the incident: with the anchor's type the merger joins them by that
    named target, dates overlapping. A target named only by a common noun ("the port") never
    suffices, nor a place or a weapon shared."""
    if key.type == anchor.type or not key.named or not anchor.named:
        return False
    reason = compare(replace(key, type=anchor.type), anchor)
    return reason is not None and reason.rule == "target" \
        and any(s in key.named or s in anchor.named for s in reason.shared)


def _actor_countries(event: Record) -> set[str]:
    return {str(p["country"]) for p in event.get("actors") or [] if p.get("country")}


def _contained(key: Key, anchor: Key, event: Record, other: Record) -> bool:
    """One incident told at a town by one report and at its country by the other, which the merger
    joins ("contains") but which anchors nothing by place alone: a country holds too many
    incidents of a day (a village the gazetteer misses, "un projectile est tombé dans un village
    en Pologne", against the dated wire's strike at its town, or the reverse). It dates the page
    only with more: the same type, an actor of the same country on both sides, and the page's
    own words dating its incident to the anchor's day ("mardi", not a date inferred from the
    publication tried)."""
    when = event.get("date") or {}
    if key.type != anchor.type or when.get("inferred") is not False or key.end - key.start > 1 \
            or key.start > anchor.end or anchor.start > key.end or "country" not in {key.geo, anchor.geo}:
        return False
    reason = compare(key, anchor)
    return reason is not None and reason.rule == "contains" \
        and bool(_actor_countries(event) & _actor_countries(other))


def _readings(article: Article) -> dict[tuple[int, int], Expr]:
    """The time expressions of the article as written, by span (before any date is applied)."""
    return {e.span: e for e in parse(article.text, article.language or "fr")}


def _fixed(e: Expr | None) -> bool:
    """A day the words fix whatever the publication: a written day of a month ("le 9 mai") or a
    count from another date ("six jours plus tard"). A weekday, "hier", "this week" are counted
    from publication itself: they follow every hypothesis and contradict none ("les obsèques
    seront organisées samedi" is the next Saturday after any publication day)."""
    if e is None:  # a mention the parser does not give back as such: judged as a written day
        return True
    written_day = e.kind in ("date", "range") and e.day is not None and e.month is not None
    return e.kind in COUNTED_KINDS or written_day


def _said_before_news(hyp: Hypothesis, readings: dict[tuple[int, int], Expr]) -> date | None:
    """Under this publication, a reporting clause dated by a weekday ("a déclaré jeudi à la
    presse", "said on Monday") before the newest day the article writes out: the words report
    that day's news, so they were said on or after it (the rule of read/published.py). Returns
    the first such weekday on or after that day, the publication the words imply."""
    article = hyp.article
    days = [(m, readings.get(m.span)) for m in article.mentions if m.kind == "time"
            and getattr(m.value, "precision", None) == "day" and not getattr(m.value, "inferred", False)]
    written = [m.value.start for m, e in days if e is not None and _fixed(e) and e.kind not in COUNTED_KINDS
               and m.value.start <= hyp.day]
    if not written:
        return None
    newest = max(written)
    quotes = quoted_spans(article.text)
    language = article.language or "fr"
    implied = [cal.weekday_on_or_after(newest, e.weekday) for m, e in days
               if e is not None and e.bare_weekday and e.direction != 1 and m.value.start < newest
               and not inside_any(quotes, e.span) and said_on(article.text, language, e)]
    return max(implied) if implied else None


def _weekdays_told(hyp: Hypothesis, readings: dict[tuple[int, int], Expr]) -> list[int]:
    """The past days the article names by a bare weekday under this publication ("on Wednesday
    denied carrying out Tuesday's attack"), outside quotations. A wire tells the news of a few
    days by weekdays, the reactions after the act: a publication that puts a weekday before every
    incident it reports spreads them further than one that does not."""
    quotes = quoted_spans(hyp.article.text)
    days = []
    for m in hyp.article.mentions:
        e = readings.get(m.span)
        if m.kind != "time" or e is None or not e.bare_weekday or inside_any(quotes, m.span):
            continue
        start = getattr(m.value, "start", None)
        if isinstance(start, date) and start <= hyp.day:
            days.append(start.toordinal())
    return days


def judge(hyp: Hypothesis, anchors: list[Key], records: dict[str, Record],
          readings: dict[tuple[int, int], Expr] | None = None) -> None:
    """Count the hypothesis's events that the merger joins to an anchor, by place or thing, and
    whether the article's own dates agree with being published that day."""
    published = hyp.day
    readings = _readings(hyp.article) if readings is None else readings
    for event in hyp.article.events:
        rec = event.to_json()
        key = key_of_event(rec)
        if key is None:
            continue
        joined = next((a for a in anchors if _anchors(key, a)), None)
        if joined is not None:
            own = event.date is not None and not event.date.inferred
            hyp.matched += 1
            hyp.own += own
        else:  # only a report at its country, or in it: weaker, counted apart
            joined = next((a for a in anchors if _contained(key, a, rec, records[a.id])), None)
            if joined is None:
                continue
            own = False
            hyp.contained += 1
        hyp.anchor_days.add(date.fromordinal(joined.start))
        if not hyp.anchor or own:
            hyp.anchor = _describe(records[joined.id])
    news = [e.date.start.toordinal() for e in hyp.article.events if e.date is not None and not e.background]
    if news:  # a weekday before every news incident: told before it happened ("on Wednesday denied
        # carrying out Tuesday's attack" published on the Tuesday)
        news += [d for d in _weekdays_told(hyp, readings) if d < min(news)]
    hyp.spread = max(news) - min(news) if news else 0
    for m in hyp.article.mentions:
        value = m.value
        if m.kind == "time" and getattr(value, "precision", None) == "day" \
                and 0 < (value.start - published).days <= 7 and not getattr(value, "inferred", False) \
                and _fixed(readings.get(m.span)):
            hyp.consistent = False
            hyp.later = max(hyp.later or value.start, value.start)
    said = _said_before_news(hyp, readings)
    if said is not None and said > published:
        hyp.consistent = False
        hyp.later = max(hyp.later or said, said)


AMBIGUOUS_REASON = "its incidents match reports of several days"


def choose(hypotheses: list[Hypothesis]) -> tuple[Hypothesis | None, str]:
    """The best-supported hypothesis, or None with why."""
    supported = [h for h in hypotheses if h.supported
                 and (h.day - max(h.anchor_days)).days <= ANCHOR_LAG_DAYS]
    if not supported:
        return None, "no incident of it matches one dated by another source"
    best = max(h.score for h in supported)
    top = sorted((h for h in supported if h.score == best), key=lambda h: h.day)
    days = sorted(set().union(*(h.anchor_days for h in top)))
    if (days[-1] - days[0]).days > AMBIGUOUS_DAYS:
        listed = ", ".join(d.isoformat() for d in days)
        return None, f"{AMBIGUOUS_REASON} ({listed})"
    return top[0], ""


def _through_sources(doc: Record) -> bool:
    """Its stored publication date was taken from other sources (by this module)."""
    return BASIS_MARKER in str((doc.get("published") or {}).get("basis") or "")


def _loose_floor(doc: Record) -> date | None:
    """The earliest day a publication inferred from the article's own weak evidence allows ("le 3
    mai" after "fin 2021": 3 May 2022 or later); a date from other sources must respect it."""
    pub = doc.get("published") or {}
    if not pub.get("date") or _through_sources(doc):
        return None
    return date.fromisoformat(str(pub["date"])[:10])


def _loose_ceiling(doc: Record) -> date | None:
    """The last day a publication known only to its month or week allows (a URL's /2024/06/: 30
    June 2024); None when it is open (a range up to today) or dated through other sources."""
    pub = doc.get("published") or {}
    floor = _loose_floor(doc)
    if floor is None:
        return None
    if pub.get("precision") == "month":
        return cal.month(floor.year, floor.month)[1]
    if pub.get("precision") == "week":
        return floor + timedelta(days=6)
    return None


@dataclass(slots=True)
class _Case:
    """One article under examination: its anchors and the hypotheses tried so far."""

    doc: Record
    anchors: list[Key]
    records: dict[str, Record]
    floor: date | None
    ceiling: date | None = None
    tried: list[Hypothesis] = field(default_factory=list)
    named: frozenset[str] = frozenset()  # ids of the anchors found by the name of their target
    provincial: frozenset[str] = frozenset()  # ids of those found only by their province or country
    readings: dict[tuple[int, int], Expr] | None = None  # its time expressions, parsed once

    def allowed(self, day: date) -> bool:
        return (self.floor is None or day >= self.floor) and (self.ceiling is None or day <= self.ceiling) \
            and all(h.day != day for h in self.tried)


def _cases(docs: list[Record], since: str, store: Any, fresh: set[str] | None) -> list[_Case]:
    """The articles worth examining: those saved by this run (``fresh``; None = every one), and
    older ones only when a report saved by this run is among their anchors (else nothing
    changed for them since they were last examined)."""
    cases = []
    stored = _stored_anchors(stored_anchors(store, docs, since))
    for doc in docs:
        found = _candidates(doc, stored)
        if fresh is not None and doc["id"] not in fresh and not any(a.sources & fresh for a in found):
            continue
        anchors = [a.record for a in found]
        if candidate_days(anchors):
            keys = [k for a in found if (k := a.matching_key()) is not None]
            names = _own_names(doc)
            named = frozenset(str(a.record["id"]) for a in found
                              if _names_in(a.targets, names, NAMED_SITE_KINDS))
            cases.append(_Case(doc, keys, {str(a["id"]): a for a in anchors}, _loose_floor(doc),
                               _loose_ceiling(doc), named=named, provincial=provincial_only(doc, found)))
    return cases


def _first_days(case: _Case) -> list[date]:
    """The most anchored days the article may be published on, to try first."""
    strong = [r for i, r in case.records.items() if i not in case.provincial]
    days = candidate_days(strong, case.named)
    return [d for d in days if case.allowed(d)][:FIRST_DAYS]


def loose_days(case: _Case) -> list[date]:
    """When no day tried so far dates anything and no town, name or parties found a report: the
    most anchored day of the reports found only by a province or a country the article names (a
    page naming a village the gazetteer misses). A page whose towns found reports that date
    nothing is not tried further (one extraction per undated page saved)."""
    if any(h.supported for h in case.tried) or not case.provincial >= set(case.records):
        return []
    loose = [r for i, r in case.records.items() if i in case.provincial]
    return [d for d in candidate_days(loose) if case.allowed(d)][:FIRST_DAYS]


def implied_days(case: _Case, hyp: Hypothesis) -> list[date]:
    """The publication days that would date the hypothesis's incidents as the anchors do.

    Relative dates move with publication ("hier", "two days after" shift by whole days; a
    weekday stays put within its week), so an incident dated d under a hypothesis published on P,
    which matches an anchor of day D in everything but the date, implies a publication on
    P + (D - d). Each implied day is then verified by extracting again: an implication is a
    guess until the words date the incident that way.
    """
    found: dict[date, int] = {}
    for event in hyp.article.events:
        key = key_of_event(event.to_json())
        if key is None:
            continue
        for anchor in case.anchors:
            # not by reports found only by an area (a province's or a country's reports of one
            # type would each imply a day to try): their own day, tried in loose_days, already
            # dates the page's weekday to them
            if anchor.id in case.provincial:
                continue
            shifted = replace(key, start=anchor.start, end=anchor.end, inferred=anchor.inferred)
            if not _anchors(shifted, anchor):
                continue
            shift = anchor.start - key.start
            if abs(shift) <= MAX_SHIFT_DAYS:
                day = hyp.day + timedelta(days=shift)
                found[day] = found.get(day, 0) + 1
    if hyp.supported:  # a day that dates something: its neighbours may date it better
        if hyp.later is not None:  # a stated date after this publication: try publishing on it
            found.setdefault(hyp.later, 0)
        found.setdefault(hyp.day + timedelta(days=1), 0)  # the usual day after
    ranked = sorted(found, key=lambda d: (-found[d], d))
    return [d for d in ranked if case.allowed(d)][:MAX_CANDIDATE_DAYS]


def earliest_days(case: _Case) -> list[date]:
    """The anchor days of the best hypotheses so far and the days just after them, not yet tried."""
    best = [h for h in case.tried if h.supported and h.score == max(x.score for x in case.tried)]
    days = sorted({d + timedelta(days=k) for h in best for d in h.anchor_days for k in OFFSETS_DAYS})
    return [d for d in days if case.allowed(d)]


def later_days(case: _Case) -> list[date]:
    """The days the matched but refuted hypotheses' own words imply, not yet tried."""
    return sorted({h.later for h in case.tried if h.supported and not h.consistent and h.later is not None
                   and case.allowed(h.later)})


def _unique(pairs: Iterable[tuple[_Case, date]]) -> list[tuple[_Case, date]]:
    seen: set[tuple[str, date]] = set()
    out = []
    for case, day in pairs:
        if (case.doc["id"], day) not in seen:
            seen.add((case.doc["id"], day))
            out.append((case, day))
    return out


def _run(cases: list[tuple[_Case, date]], process: Process) -> None:
    """Extract each (case, day) hypothesis through the engine and judge it (nothing to extract:
    the engine is not called, so no worker pool or cluster starts for nothing)."""
    if not cases:
        return
    plans = [(case, Hypothesis(day, article_of(case.doc, day))) for case, day in cases]
    for (case, hyp), result in zip(plans, process(h.article for _, h in plans), strict=True):
        if isinstance(result, Failure):
            continue
        hyp.article = result
        if case.readings is None:
            case.readings = _readings(result)
        judge(hyp, case.anchors, case.records, case.readings)
        case.tried.append(hyp)


def date_through_sources(store: Any, process: Process, fresh: set[str] | None = None,
                         now: datetime | None = None) -> list[Dating]:
    """Re-examine the undated articles of the last ``settings.dating_days()``; return what each got.

    ``process`` is the ingest's engine (``processor.process_many``); ``fresh`` the documents this
    run saved (None: examine every undated article again). Only the articles whose outcome
    changes are saved again (with ``replace``): a run that adds nothing relevant rewrites nothing.
    """
    window = settings.dating_days()
    if window <= 0:
        return []
    now = now or datetime.now(UTC)
    since = (now - timedelta(days=window)).isoformat(timespec="seconds")
    docs = store.documents_to_date(since, BASIS_MARKER)
    if not docs:
        return []
    cases = _cases(docs, since, store, fresh)
    # each article as if published on its most anchored days (those of reports found by its
    # province or country when the others date nothing); then on the days its incidents imply;
    # then, once a day is found, on the anchor's own day and the few after it, so that the
    # earliest publication the words allow is among the tries ("Monday, two days after" the
    # Saturday strike holds for any publication from Monday to the next Sunday)
    _run([(c, d) for c in cases for d in _first_days(c)], process)
    _run([(c, d) for c in cases for d in loose_days(c)], process)
    _run(_unique((c, d) for c in cases for h in list(c.tried) for d in implied_days(c, h)), process)
    _run(_unique((c, d) for c in cases for d in earliest_days(c)), process)
    # a day tried there may be refuted by the article's own words ("quatre jours plus tard", "a
    # déclaré jeudi" fall after it): the day those words imply is tried last
    _run(_unique((c, d) for c in cases for d in later_days(c)), process)
    by_doc = {c.doc["id"]: c.tried for c in cases}
    outcomes: list[Dating] = []
    undo: list[Record] = []
    elsewhere: set[str] = set()  # undone pages whose incidents other reports tell on several days
    examined = {c.doc["id"] for c in cases}
    for doc in docs:
        if fresh is not None and doc["id"] not in fresh and doc["id"] not in examined:
            continue  # nothing new concerns it: it keeps what it has
        chosen, reason = choose(by_doc.get(doc["id"], []))
        outcome = Dating(doc["id"], chosen, reason)
        outcomes.append(outcome)
        was = (doc.get("published") or {}).get("date") if _through_sources(doc) else None
        if chosen is None:
            # told on several days by other reports: its wide-range copies of them go (below)
            if reason.startswith(AMBIGUOUS_REASON):
                elsewhere.add(doc["id"])
            if was is not None or (doc["id"] in elsewhere and any(
                    wide_range(e.get("date")) for e in store.stored_events(doc["id"]))):
                undo.append(doc)  # dated through sources before, no longer: back to its own evidence
                outcome.changed = True
            continue
        if was == chosen.day.isoformat():
            continue
        outcome.changed = True
        pub = chosen.article.published
        assert pub is not None
        chosen.article.published = replace(pub, basis=f"{BASIS_MARKER}: {chosen.anchor}")
        store.save(chosen.article, replace=True)
    for result in process([article_of(doc, None) for doc in undo]) if undo else ():  # its own words
        if not isinstance(result, Failure):
            store.save(drop_wide_ranges(result) if result.id in elsewhere else result, replace=True)
    # two undated pages of one incident that no stored report dates may date each other
    # ("la nuit de mardi à mercredi" and "la nuit du 9 au 10 septembre": anchoring_joint.py)
    dated = {o.document for o in outcomes if o.chosen is not None}
    for article in date_jointly([d for d in pages(docs) if d["id"] not in dated], process, fresh):
        assert article.published is not None
        store.save(article, replace=True)
        outcomes.append(Dating(article.id, Hypothesis(article.published.date, article), "", changed=True))
    return outcomes
