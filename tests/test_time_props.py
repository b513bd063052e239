"""Property tests: any generated date phrase resolves to an interval that contains the true date;
arbitrary Unicode never makes the parser or the publication-date inference raise."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.read.published import infer_published
from newsevents.temporal import find_times
from newsevents.temporal.lexicon import lexicon

DATES = st.dates(min_value=date(1950, 1, 1), max_value=date(2045, 12, 31))
LANGS = st.sampled_from(["fr", "en"])


def _names(language: str, table: str) -> dict[int, list[str]]:
    """Month or weekday names of a language, by number, from its own YAML (no list in code),
    written as the language writes them (English capitalises them)."""
    capitalized = table in (lexicon(language).extra.get("capitalized") or [])
    out: dict[int, list[str]] = {}
    for word, n in lexicon(language).tables[table].items():
        if not word.endswith("."):
            out.setdefault(int(n), []).append(word.capitalize() if capitalized else word)
    return out


def _phrase(language: str, d: date, form: int, pick: int) -> tuple[str, str]:
    """A sentence naming ``d`` in one of several written forms, and the precision expected."""
    months = _names(language, "months")[d.month]
    month = months[pick % len(months)]
    day = str(d.day) if not (language == "fr" and d.day == 1 and pick % 2) else "1er"
    if form == 0:
        return (f"Le {day} {month} {d.year}, il a parlé." if language == "fr"
                else f"On {day} {month} {d.year}, he spoke."), "day"
    if form == 1:
        return (f"Les faits du {d.day:02d}.{d.month:02d}.{d.year} sont connus." if language == "fr"
                else f"The facts of {d.day:02d}.{d.month:02d}.{d.year} are known."), "day"
    if form == 2:
        return (f"Décret {d.isoformat()} publié." if language == "fr"
                else f"Decree {d.isoformat()} published."), "day"
    if form == 3:
        return (f"Il est venu en {month} {d.year}." if language == "fr"
                else f"He came in {month} {d.year}."), "month"
    if form == 4:
        return (f"Il est venu en {d.year}." if language == "fr" else f"He came in {d.year}."), "year"
    return (f"Il est venu fin {month} {d.year}." if language == "fr"
            else f"He came in late {month} {d.year}."), "range"


def _contains(d: date, values) -> bool:  # type: ignore[no-untyped-def]
    return any(v.start <= d <= v.end for v in values)


@settings(max_examples=300, deadline=None)
@given(d=DATES, language=LANGS, form=st.integers(0, 4), pick=st.integers(0, 10), lag=st.integers(0, 400))
def test_written_dates_contain_the_true_date(d: date, language: str, form: int, pick: int, lag: int) -> None:
    text, _precision = _phrase(language, d, form, pick)
    values = find_times(text, language, d + timedelta(days=lag))
    assert values, text
    for v in values:
        assert v.start <= v.end
    assert _contains(d, values), (text, [(v.text, v.start, v.end) for v in values])


@settings(max_examples=200, deadline=None)
@given(d=DATES, language=LANGS, pick=st.integers(0, 10))
def test_late_month_is_the_last_third(d: date, language: str, pick: int) -> None:
    text, precision = _phrase(language, d, 5, pick)
    values = find_times(text, language, d + timedelta(days=30))
    assert [v.precision for v in values] == [precision]
    v = values[0]
    assert v.start.day == 21 and v.end.month == d.month and (v.end + timedelta(days=1)).day == 1


@settings(max_examples=200, deadline=None)
@given(pub=DATES, language=LANGS, back=st.integers(0, 6))
def test_weekday_names_point_back_to_the_day(pub: date, language: str, back: int) -> None:
    true = pub - timedelta(days=back)
    name = _names(language, "weekdays")[true.weekday()][0]
    text = f"Il a parlé {name}." if language == "fr" else f"He spoke on {name}."
    values = find_times(text, language, pub)
    assert [(v.start, v.end) for v in values] == [(true, true)]


@settings(max_examples=200, deadline=None)
@given(pub=DATES, n=st.integers(1, 30))
def test_days_ago(pub: date, n: int) -> None:
    for language, text in (("fr", f"Il est parti il y a {n} jours."), ("en", f"He left {n} days ago.")):
        values = find_times(text, language, pub)
        assert [(v.start, v.precision) for v in values] == [(pub - timedelta(days=n), "day")]


@settings(max_examples=200, deadline=None)
@given(d=DATES, language=LANGS, pick=st.integers(0, 10), lag=st.integers(0, 300))
def test_partial_dates_are_never_after_publication(d: date, language: str, pick: int, lag: int) -> None:
    months = _names(language, "months")[d.month]
    text = (f"Le {d.day} {months[pick % len(months)]}, il a parlé." if language == "fr"
            else f"On {d.day} {months[pick % len(months)]}, he spoke.")
    pub = d + timedelta(days=lag)
    values = find_times(text, language, pub)
    assert len(values) == 1
    v = values[0]
    assert v.start <= pub and (pub - v.start).days < 367
    assert (v.start.month, v.start.day) == (d.month, d.day)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), language=LANGS, pub=st.one_of(st.none(), st.dates()))
def test_never_raises_on_arbitrary_unicode(text: str, language: str, pub: date | None) -> None:
    for v in find_times(text, language, pub):
        assert v.start <= v.end
        assert 0 <= v.span[0] < v.span[1] <= len(text)
    infer_published(text, language)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(["le", "14", "novembre", "mardi", "2020", "vers", "01h00", "et",
                                       "du", "au", "fin", "mi-", "dernier", "il y a", "deux", "jours",
                                       "nuit", "de", "à", "l'automne", ",", ".", "\n", "1er", "2024",
                                       "on", "March", "last", "ago", "at", "1", "a.m.", "Christmas"]),
                      max_size=25),
       language=LANGS, pub=st.dates())
def test_never_raises_on_date_word_salad(words: list[str], language: str, pub: date) -> None:
    text = " ".join(words)
    values = find_times(text, language, pub)
    assert [v.span for v in values] == sorted(v.span for v in values)
    for v in values:
        assert v.start <= v.end
    infer_published(text, language)
