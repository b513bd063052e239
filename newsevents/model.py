"""The records passed through newsevents: one `Article` in, `Event` and `Claim` records out.

Why dataclasses and not pydantic: records are built by the million inside the extraction loop and
validated once, at the export boundary, against ../shared/schema/export.schema.json. Slots keep
them small and fast; `to_json()` on each gives exactly the export contract's shape (SCHEMA.md).

Offsets: every `span` is a half-open ``(start, end)`` pair of Python string indices into the
article's *original* text (``Article.text``). Extractors work on ``Article.nlp_text`` (typography
normalised for spaCy) and convert with ``Article.to_original`` before building a record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Span = tuple[int, int]

Precision = Literal["day", "week", "month", "season", "year", "range"]
GeoPrecision = Literal["site", "city", "admin1", "region", "country"]
Stance = Literal["assert", "deny", "retract", "question", "demand", "condemn"]
Status = Literal["reported", "alleged", "disputed", "denied"]
MentionKind = Literal["time", "place", "party", "weapon", "number"]


# The store's one form of a record's JSON text (compact, non-ASCII kept), one encoder made once (json.dumps
# with arguments builds a new encoder per call). Here, not in the store, so that a worker process,
# which never imports the store, encodes its articles' mentions (Article.encode_mentions).
RECORD_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _drop_private(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if not k.startswith("_")}


@dataclass(slots=True)
class When:
    """An inclusive date interval with its precision, e.g. "l'automne 2020" -> 2020-09-22/2020-12-20."""

    start: date
    end: date
    precision: Precision
    time: str | None = None  # "HH:MM" when a clock time is stated
    text: str | None = None
    inferred: bool = False
    span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "time": self.time,
            "text": self.text,
            "inferred": self.inferred,
        }


@dataclass(slots=True)
class Near:
    """A stated offset from a site: "à environ 35 pas du bâtiment" -> what, distance_m=26.25."""

    what: str
    distance_m: float | None
    text: str
    span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {"what": self.what, "distance_m": self.distance_m, "text": self.text}


@dataclass(slots=True)
class Place:
    """A place resolved to coordinates (GeoNames where possible)."""

    name: str
    country: str | None  # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    precision: GeoPrecision
    admin1: str | None = None
    geonameid: int | None = None
    text: str | None = None
    span: Span | None = None
    near: Near | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "precision": self.precision,
            "text": self.text,
            "near": self.near.to_json() if self.near else None,
        }


PartyKind = Literal[
    "state", "government", "military", "person", "organization", "diplomatic_mission",
    "facility", "civilians", "group", "other",
]


@dataclass(slots=True)
class Party:
    """An actor, target or speaker with an English canonical name ("Russia", "Ilham Aliyev")."""

    name: str
    kind: PartyKind = "other"
    country: str | None = None  # ISO 3166-1 alpha-2
    role: str | None = None  # e.g. "implied", "president", "spokesperson"
    text: str | None = None
    span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "country": self.country, "role": self.role,
                "text": self.text}


@dataclass(slots=True)
class Weapon:
    """A weapon with its category from the lexicon ("Kalibr" -> cruise_missile)."""

    name: str
    category: str
    text: str | None = None
    span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "category": self.category, "text": self.text}


@dataclass(slots=True)
class Quantity:
    """A counted thing: "au moins onze blessés" -> value=11, minimum=True, unit="injured"."""

    value: int
    unit: str | None = None  # "killed", "injured", "metre", "pace", ... or None for a bare number
    minimum: bool = False  # "au moins", "at least", or an uncounted plural (value 1)
    approximate: bool = False


@dataclass(slots=True)
class Mention:
    """One thing found in the text by a mention stage, with the exact words it came from."""

    kind: MentionKind
    span: Span  # offsets into Article.text
    text: str
    value: When | Place | Party | Weapon | Quantity
    sentence: int = -1  # index of the sentence in Article.doc.sents, -1 when unknown

    def to_json(self, document: str) -> dict[str, Any]:
        base: dict[str, Any] = {"document": document, "kind": self.kind, "text": self.text,
                                "span": list(self.span)}
        v = self.value
        if isinstance(v, When):
            base.update(start=v.start.isoformat(), end=v.end.isoformat(), precision=v.precision,
                        time=v.time)
        elif isinstance(v, Place | Party):
            base.update({k: x for k, x in v.to_json().items() if k != "text"})
        elif isinstance(v, Weapon):
            base.update(name=v.name, category=v.category)
        elif isinstance(v, Quantity):
            base.update(value=v.value, unit=v.unit, minimum=v.minimum, approximate=v.approximate)
        return base


@dataclass(slots=True)
class Published:
    """An article's publication date: given by the input, or inferred from the text (with a basis)."""

    date: date
    precision: Precision = "day"
    inferred: bool = False
    basis: str | None = None
    end: date | None = None  # last possible day when inferred as an interval

    @property
    def dates_news(self) -> bool:
        """Whether the article's relative dates ("mardi", "hier", a yearless "le 3 mai") and its
        undated news may be read from this date. Not from a range: "fin 2021" as the newest
        reference, or a yearless date placed far after the last stated year, which only bounds
        publication from below (read/published.py). "Dimanche" read from the range's first day
        would be a confident wrong day, and news dated by an open range would span years. Dates
        the text states with their year still count."""
        return self.precision != "range"

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "precision": self.precision,
                "inferred": self.inferred, "basis": self.basis}


@dataclass(slots=True)
class Source:
    """Where a record comes from: a document id and the character spans that support it."""

    document: str
    spans: list[Span]

    def to_json(self) -> dict[str, Any]:
        return {"document": self.document, "spans": [list(s) for s in self.spans]}


@dataclass(slots=True)
class Event:
    """One real-world incident as reported in one document (merged across documents by resolve)."""

    type: str
    trigger: Span  # the words that name the incident ("frappe aérienne")
    status: Status = "reported"
    background: bool = False
    summary: str = ""
    date: When | None = None
    location: Place | None = None
    actors: list[Party] = field(default_factory=list)
    targets: list[Party] = field(default_factory=list)
    weapons: list[Weapon] = field(default_factory=list)
    fatalities: int | None = None
    injured: int | None = None
    damage: list[str] = field(default_factory=list)
    acled: dict[str, str] | None = None
    plover: dict[str, str | None] | None = None
    spans: list[Span] = field(default_factory=list)  # every supporting span in this document
    sentence: int = -1
    id: str = ""
    document: str = ""
    sources: list[Source] = field(default_factory=list)  # filled by resolve / store

    def to_json(self) -> dict[str, Any]:
        sources = self.sources or [Source(self.document, sorted(set(self.spans or [self.trigger])))]
        return {
            "kind": "event",
            "id": self.id,
            "type": self.type,
            "status": self.status,
            "background": self.background,
            "summary": self.summary,
            "date": self.date.to_json() if self.date else None,
            "location": self.location.to_json() if self.location else None,
            "actors": [p.to_json() for p in self.actors],
            "targets": [p.to_json() for p in self.targets],
            "weapons": [w.to_json() for w in self.weapons],
            "fatalities": self.fatalities,
            "injured": self.injured,
            "damage": list(self.damage),
            "acled": self.acled,
            "plover": self.plover,
            "sources": [s.to_json() for s in sources],
        }


@dataclass(slots=True)
class Claim:
    """A statement attributed to a speaker, with its stance and the events it is about."""

    speaker: Party
    stance: Stance
    content: str
    content_span: Span
    direct_quote: bool = False
    date: When | None = None
    relay: Party | None = None  # "l'agence X, se référant à Y": speaker Y, relay X
    cue: Span | None = None  # the reporting verb or "selon"
    about: list[str] = field(default_factory=list)
    contradicts: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    sentence: int = -1
    id: str = ""
    document: str = ""
    sources: list[Source] = field(default_factory=list)
    # facts of the incident the words speak of, finer than it ("direct_hit", "debris"): what a
    # denial denies (extract/stance.py facts_of; newsevents/propositions.py)
    facts: list[str] = field(default_factory=list)

    def unlink(self, other: Claim) -> None:
        """Drop the contradiction between this claim and ``other``, both ways: the stages that read a
        link as wrong (a toll against its act, a threat against a denial of facts, ...) undo it whole."""
        if other.id in self.contradicts:
            self.contradicts.remove(other.id)
        if self.id in other.contradicts:
            other.contradicts.remove(self.id)

    def to_json(self) -> dict[str, Any]:
        spans = sorted(set(self.spans or [self.content_span]))
        sources = self.sources or [Source(self.document, spans)]
        out: dict[str, Any] = {
            "kind": "claim",
            "id": self.id,
            "speaker": self.speaker.to_json(),
            "stance": self.stance,
            "content": self.content,
            "direct_quote": self.direct_quote,
            "date": self.date.to_json() if self.date else None,
            "about": list(self.about),
            "contradicts": list(self.contradicts),
            "sources": [s.to_json() for s in sources],
        }
        if self.relay is not None:
            out["relay"] = self.relay.to_json()
        if self.facts:
            out["facts"] = list(self.facts)
        return out


@dataclass(slots=True, eq=False)
class EncodedMentions:
    """An article's mentions as the store writes them (one JSON text each, in order), with what
    they were encoded from: the document id and the very list of mentions."""

    document: str
    mentions: list[Mention]
    records: list[str]


@dataclass(slots=True, eq=False)
class Article:
    """One document flowing through the stages. Readers fill the first block, stages the rest."""

    text: str  # exactly as given: every span points here
    id: str = ""
    path: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None
    published: Published | None = None
    sha256: str = ""
    # filled by read.normalize: typography normalised for the NLP, and the map back
    nlp_text: str = ""
    offsets: list[int] | None = None  # nlp index -> original index (len(nlp_text)+1); None = identity
    doc: Any = None  # spacy.tokens.Doc of nlp_text
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the mentions' stored JSON, encoded by the worker that extracted them (engine/work.py): the
    # storing process of a parallel ingest then only writes them (``mention_records``)
    encoded_mentions: EncodedMentions | None = None

    def to_original(self, start: int, end: int) -> Span:
        """Map an nlp_text span back to the original text."""
        if self.offsets is None:
            return (start, end)
        return (self.offsets[start], self.offsets[end])

    def to_nlp(self, start: int, end: int) -> Span:
        """Map an original-text span to nlp_text (inverse of to_original)."""
        if self.offsets is None:
            return (start, end)
        from bisect import bisect_left

        return (bisect_left(self.offsets, start), bisect_left(self.offsets, end))

    def words(self, span: Span) -> str:
        """The original words of a span."""
        return self.text[span[0]:span[1]]

    def mention_records(self) -> list[str]:
        """The mentions' stored JSON texts, in order: those ``encode_mentions`` kept while they
        still describe this article's mentions (the same id, the same list, as long), else
        encoded now. Why: 16,315 mentions of 300 articles took ~0.1 s CPU of the storing process
        of ``ingest --workers 2``, the process that limits it; a worker encodes them in
        parallel. The list's identity survives the trip back (one pickle holds both). A mention
        changed in place after ``encode_mentions`` would not be seen: nothing does that, the
        stages run before it."""
        kept = self.encoded_mentions
        if kept is not None and kept.mentions is self.mentions and kept.document == self.id \
                and len(kept.records) == len(self.mentions):
            return kept.records
        return [RECORD_JSON.encode(m.to_json(self.id)) for m in self.mentions]

    def encode_mentions(self) -> None:
        """Encode the mentions as the store writes them, kept for ``mention_records``."""
        self.encoded_mentions = None
        self.encoded_mentions = EncodedMentions(self.id, self.mentions, self.mention_records())

    def of_kind(self, kind: MentionKind) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    def document_json(self, with_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": "document",
            "id": self.id,
            "path": self.path,
            "url": self.url,
            "title": self.title,
            "language": self.language or "und",
            "published": self.published.to_json() if self.published else None,
            "sha256": self.sha256,
        }
        if with_text:
            out["text"] = self.text
        return out
