"""Stage `when`: every temporal expression as a ``Mention(kind="time")``, and the publication date.

What it does, in order:
1. when ``article.published`` is None, infer it from the URL and the text (read/published.py) and record
   ``inferred=True`` with a ``basis``; when nothing dates the article, a warning says that
   relative expressions ("hier", "mardi") were left out;
2. find and resolve every temporal expression (newsevents.temporal, a regex grammar compiled once
   per language from ``lang/<code>/time.yaml``; spaCy only gives sentence boundaries and future
   tense) and append one mention per expression, sorted by span, spans in ORIGINAL offsets.

For the events stage: ``nearest_time(article, offset, sentence)`` is the time mention that governs
a trigger (the nearest one in the trigger's sentence, the one before it on a tie, else the last
one before it in the paragraph; a calendar date is preferred to a present reference such as
"actuellement", see ``is_present_reference``); ``time_mentions_between(article, start, end)``
lists those inside a span; ``time_mentions(article)`` all of them, sorted; ``with_clock(date,
candidates)`` gives an incident's day the clock time one of its sentences states for it.
The tense that decides past or future for a yearless date or a weekday is read from spaCy's
morphology around the expression (``_tense_reader``), with the language's cue words as fallback.
A clock time is carried by the date it goes with and is a mention of its own: "le 14 novembre vers
01h00" gives "le 14 novembre" with ``time="01:00"`` and "01h00" on that day (a time standing alone
is dated by its sentence).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from newsevents.errors import NewsEventsError
from newsevents.extract.when_night import drop_night_adjectives
from newsevents.model import Article, Mention, When
from newsevents.read.published import infer_published
from newsevents.read.pubsignals import publication_lines
from newsevents.temporal import find_times, future_flags, paragraph_starts
from newsevents.temporal.resolve import TimeValue

# the warning of an article with no publication date (newsevents.ingest replaces it when the
# article is later dated through other sources)
UNDATED_WARNING = ("no publication date given and none could be inferred from the text: relative "
                   "dates (hier, mardi...) were left out")
# the warning of an article whose publication is only bounded from below (Published.dates_news)
FLOOR_WARNING = ("publication date known only as a lower bound: relative dates (hier, mardi, a "
                 "date without its year...) were left out")

FUTURE_TENSE = "Fut"
VERBLESS = "verbless"  # the tense reader's answer for a sentence without any verb
HEAD_CLIMB = 4  # syntactic heads climbed from a date to find its verb (deeper is rarely its own verb)


def _sentences(article: Article) -> list[tuple[int, int]] | None:
    doc = article.doc
    if doc is None:
        return None
    try:
        return [(s.start_char, s.end_char) for s in doc.sents]
    except ValueError:  # a Doc without a parser or sentencizer
        return None


def _future(article: Article, text: str, language: str,
            sentences: Sequence[tuple[int, int]] | None) -> list[bool] | None:
    """Sentences in the future: the language's cue words, or a verb spaCy tags Tense=Fut."""
    if sentences is None:
        return None
    flags = future_flags(text, language, sentences)
    if article.doc is not None:
        for i, sent in enumerate(article.doc.sents):
            if not flags[i] and any(FUTURE_TENSE in t.morph.get("Tense") for t in sent
                                    if t.pos_ in ("VERB", "AUX")):
                flags[i] = True
    return flags


def _tense_reader(article: Article, language: str) -> Callable[[int], str | None] | None:
    """tense(offset): the tense of the verb governing the word at ``offset`` (nlp_text), read from
    spaCy's morphology: Tense=Fut on the verb or an auxiliary, or a future auxiliary of the
    language ("va se dérouler", "will hold") -> "future"; Tense=Past/Imp -> "past"; Pres ->
    "present"; "verbless" in a sentence without any verb (a title, a caption); None when no verb
    governs it (then the sentence's cue words decide)."""
    doc = article.doc
    if doc is None:
        return None
    from newsevents.temporal.lexicon import lexicon

    future_aux = {w.lower() for w in lexicon(language).extra.get("future_auxiliaries") or []}
    passive_aux = {w.lower() for w in lexicon(language).extra.get("passive_auxiliaries") or []}
    motion_verbs = {w.lower() for w in lexicon(language).extra.get("verbs_with_be_perfect") or []}
    perfect = {w.lower() for w in lexicon(language).extra.get("perfect_infinitives") or []}
    reported_future = {w.lower() for w in lexicon(language).extra.get("future_in_past_auxiliaries") or []}
    past_endings = tuple(w.lower() for w in lexicon(language).extra.get("past_only_endings") or [])

    def verb_tense(verb: Any, depth: int = 0) -> str | None:
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        for child in auxes:
            if FUTURE_TENSE in child.morph.get("Tense") or child.lemma_.lower() in future_aux:
                return "future"
            if child.lower_ in reported_future and not any(a.lemma_.lower() in perfect for a in auxes):
                return "future"
        tenses = verb.morph.get("Tense")
        if FUTURE_TENSE in tenses:
            return "future"
        forms = verb.morph.get("VerbForm")
        if ("Inf" in forms or "Ger" in forms) and verb.lemma_.lower() in perfect \
                and any(c.dep_ not in ("mark", "punct") for c in verb.children):
            return "past"  # a past infinitive: "d'avoir violé", "of having struck"
        if "Inf" in verb.morph.get("VerbForm") and verb.head.i != verb.i and depth < HEAD_CLIMB \
                and verb.head.pos_ in ("VERB", "AUX"):
            return verb_tense(verb.head, depth + 1)
        if "Part" in verb.morph.get("VerbForm") and _present_passive(verb, passive_aux, motion_verbs):
            return "present"
        if "Part" in forms and "Pres" in tenses and verb.dep_ == "acl" and depth < HEAD_CLIMB \
                and (above := next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)):
            # a present participle on a noun has no time of its own: "a tué trois personnes attendant
            # un train samedi" is last Saturday, as the verb above it says
            return verb_tense(above, depth + 1)
        if "Past" in tenses or "Imp" in tenses:
            return "past"
        if "Pres" in tenses:
            # a form no present has, whatever the tagger says (time.yaml past_only_endings)
            return "past" if past_endings and verb.lower_.endswith(past_endings) else "present"
        return None

    governing = _verb_reader(doc)

    def tense(offset: int) -> str | None:
        verb = governing(offset)
        if isinstance(verb, str):
            return verb
        return verb_tense(verb) if verb is not None else None

    return tense


def _verb_reader(doc: Any) -> Callable[[int], Any]:
    """governing(offset): the verb governing the word at ``offset`` (up HEAD_CLIMB heads), VERBLESS
    in a sentence without any verb (a title, a caption: "Concert à Besançon mardi"), else None."""
    by_char: dict[int, int] = {}  # token start -> index, filled on the first call (many articles make none)

    def governing(offset: int) -> Any:
        if not by_char:
            by_char.update((t.idx, t.i) for t in doc)
        i = by_char.get(offset)
        if i is None:
            span = doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is None or len(span) == 0:
                return None
            i = span[0].i
        tok = doc[i]
        for _ in range(HEAD_CLIMB):
            if tok.pos_ in ("VERB", "AUX"):
                return tok
            if tok.head.i == tok.i:
                return VERBLESS if not any(t.pos_ in ("VERB", "AUX") for t in tok.sent) else None
            tok = tok.head
        return None

    return governing


def _reporting_reader(article: Article) -> Callable[[int], bool] | None:
    """reported(offset): the verb governing the word at ``offset`` is a verb of saying
    (where_speech.saying_verb: the claims stage's ``reporting_verbs``, "faire" only with its
    particle): "a indiqué lundi l'ONU", "the UN said on Monday" date the statement, not the act."""
    if article.doc is None:
        return None
    from newsevents.extract.where_speech import saying_verb

    governing = _verb_reader(article.doc)

    def reported(offset: int) -> bool:
        verb = governing(offset)
        return verb is not None and not isinstance(verb, str) and saying_verb(verb)

    return reported


def _present_passive(verb: Any, passive_aux: set[str], motion_verbs: set[str]) -> bool:
    """"est prévu le 3 août" is a passive in the present; "a été tué", "s'est éteinte" and "est
    tombé" (a verb whose perfect takes être) are past."""
    aux = [c for c in verb.children if c.dep_.startswith("aux")]
    if not aux or verb.lemma_.lower() in motion_verbs:
        return False
    if any("Yes" in c.morph.get("Reflex") for c in verb.children):
        return False
    return all(a.lemma_.lower() in passive_aux and "Pres" in a.morph.get("Tense") for a in aux)


def _mention(article: Article, v: TimeValue) -> Mention:
    span = article.to_original(*v.span)
    words = article.text[span[0]:span[1]]
    when = When(start=v.start, end=v.end, precision=v.precision, time=v.time,  # type: ignore[arg-type]
                text=words, inferred=False, span=span)
    return Mention(kind="time", span=span, text=words, value=when, sentence=v.sentence)


def run(article: Article) -> Article:
    text = article.nlp_text or article.text
    language = article.language or "fr"
    sentences = _sentences(article)
    try:
        future = _future(article, text, language, sentences)
        tense = _tense_reader(article, language)
        if article.published is None:
            article.published = infer_published(text, language, sentences, future, tense, url=article.url)
            if article.published is None:
                article.warnings.append(UNDATED_WARNING)
        published = article.published.date if article.published and article.published.dates_news else None
        if article.published is not None and published is None:
            article.warnings.append(FLOOR_WARNING)
        reported = _reporting_reader(article)
        values = find_times(text, language, published, sentences, future, tense, reported)
        last = _last_day(article)
        if published is not None and last is not None:
            later = find_times(text, language, last, sentences, future, tense, reported)
            values = spread(values, later)
        values = drop_night_adjectives(values, text, language, reported)
        lines = publication_lines(text, language)
        values = [v for v in values if not any(a <= v.span[0] and v.span[1] <= b for a, b in lines)]
    except (ValueError, NewsEventsError) as exc:  # no temporal grammar for this language
        article.warnings.append(f"when: {exc}")
        return article
    article.mentions.extend(_mention(article, v) for v in values)
    return article


# A publication known only to the month or the week ("/2024/06/" in the URL): its relative dates
# are read from its first and its last day, and an expression that moves between the two is the
# interval it may name (precision `range`): "on Wednesday" in a page of June 2024 is a Wednesday
# between 29 May and 26 June, never 29 May alone. A season or a year is too wide to date news.
BOUNDED_PUBLICATION_DAYS = 31


def _last_day(article: Article) -> date | None:
    """The last day of a publication known to a short interval, or None (a day, a range)."""
    pub = article.published
    if pub is None or pub.precision == "day" or pub.end is None or pub.end <= pub.date:
        return None
    return pub.end if (pub.end - pub.date).days <= BOUNDED_PUBLICATION_DAYS else None


def spread(first: list[TimeValue], last: list[TimeValue]) -> list[TimeValue]:
    """The expressions read from a publication's first and last day: one that moves with the day
    of publication becomes the interval between its two readings."""
    by_span = {v.span: v for v in last}
    out = []
    for v in first:
        w = by_span.get(v.span)
        if w is not None and (w.start, w.end) != (v.start, v.end):
            v = replace(v, start=min(v.start, w.start), end=max(v.end, w.end), precision="range", time=None)
        out.append(v)
    return out


def time_mentions(article: Article) -> list[Mention]:
    """The article's time mentions, sorted by span."""
    return sorted(article.of_kind("time"), key=lambda m: m.span)


def time_mentions_between(article: Article, start: int, end: int) -> list[Mention]:
    """Time mentions lying inside the original-text span [start, end)."""
    return [m for m in time_mentions(article) if start <= m.span[0] and m.span[1] <= end]


def is_present_reference(article: Article, mention: Mention) -> bool:
    """"actuellement", "maintenant", "currently": dated on publication, but not a calendar date."""
    return is_present_text(article.language or "fr", mention.text)


def is_present_text(language: str, text: str | None) -> bool:
    """The words of a time mention name the present ("désormais", "currently"), no day."""
    from newsevents.temporal.lexicon import lexicon, norm_key

    if not text:
        return False
    try:
        table = lexicon(language).tables.get("present_refs", {})
    except (ValueError, NewsEventsError):
        return False
    return norm_key(text) in table


def nearest_time(article: Article, offset: int, sentence: int | None = None) -> Mention | None:
    """The time mention governing the word at ``offset`` (original text): the nearest one in the
    same sentence (the earlier one on a tie), else the last one before it in the same paragraph.
    Present references ("actuellement") are taken only when no calendar date qualifies there."""
    everything = time_mentions(article)
    calendar = [m for m in everything if not is_present_reference(article, m)]
    if sentence is not None and sentence >= 0:
        for pool in (calendar, everything):
            same = [m for m in pool if m.sentence == sentence]
            if same:
                return min(same, key=lambda m: (_distance(m, offset), m.span[0] > offset))
    starts = paragraph_starts(article.text)
    para_start = max(s for s in starts if s <= offset) if starts else 0
    for pool in (calendar, everything):
        before = [m for m in pool if para_start <= m.span[0] and m.span[1] <= offset]
        if before:
            return before[-1]
    return None


def _distance(m: Mention, offset: int) -> int:
    if m.span[0] <= offset < m.span[1]:
        return 0
    return min(abs(m.span[0] - offset), abs(m.span[1] - offset))


def with_clock(when: When | None, candidates: Iterable[When]) -> When | None:
    """An incident's date with the clock time a sentence of the incident states for that same day
    ("Le 12 novembre, une frappe [...]. La frappe a eu lieu vers 4h ce jour-là"): the first
    candidate with a time whose interval is the date's single day. The date is returned unchanged
    when it already has a time, spans several days, or no candidate matches."""
    if when is None or when.time or when.start != when.end:
        return when
    clock = next((w.time for w in candidates if w.time and w.start == when.start and w.end == when.end), None)
    return replace(when, time=clock) if clock else when
