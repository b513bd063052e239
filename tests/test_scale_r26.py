"""Round 26 (scale): the time grammar's gate tests the characters a match can start with first
(newsevents/temporal/first_chars.py): the positions it finds, hence the time expressions, must be
those of the plain alternation of the grammar's patterns, in French and in English, whatever the
case of the text."""

from __future__ import annotations

import re

import pytest

from newsevents.temporal.first_chars import first_chars_class
from newsevents.temporal.parse import _GROUP_NAME, _WORD_START, _gate, lexicon, parse

SENTENCES = [
    ("fr", "Le 14 novembre 2025, deux frappes ont touché la ville vers 3h30 du matin."),
    ("fr", "Mardi soir, puis de nouveau le lendemain, les tirs ont repris (vers 22 heures)."),
    ("fr", "Depuis début mars et jusqu'au 2 avril, l'armée dit avoir abattu 40 drones."),
    ("fr", "« Hier, à l'aube », a déclaré le porte-parole ; la semaine dernière, rien."),
    ("fr", "LE 3 JUIN 2024, À 6H15, UNE EXPLOSION A SECOUÉ LE PORT — 1er/06/2024."),
    ("en", "On Tuesday night, two drones struck a depot, the ministry said on Nov. 4, 2025."),
    ("en", "Early on the 3rd of June, shelling resumed; by 14:30 GMT it had stopped."),
    ("en", "Between Jan. 2 and Feb. 10 last year, 12 ships were seized (2024-02-10T08:00Z)."),
    ("en", "EARLIER THIS WEEK, and again on Christmas Eve, rockets hit the border town."),
    ("en", "The strikes, which began last month, continued overnight and into Saturday."),
]


def _plain_gate(language: str) -> re.Pattern[str]:
    """The gate as it was built before this round: the patterns' bare alternation."""
    lex = lexicon(language)
    sources = [_GROUP_NAME.sub("(?:", p.regex.pattern) for p in lex.patterns]
    lead = _WORD_START if all(s.startswith(_WORD_START) for s in sources) else ""
    flags = lex.patterns[0].regex.flags
    return re.compile(f"{lead}(?=(?:{'|'.join(f'(?:{s[len(lead):]})' for s in sources)}))", flags)


@pytest.mark.parametrize(("language", "text"), SENTENCES)
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_gate_finds_the_plain_alternations_positions(language: str, text: str, case) -> None:
    gate = _gate(lexicon(language))
    assert gate is not None
    assert "(?=[" in gate.pattern  # the first characters are tested
    text = case(text)
    expected = [m.start() for m in _plain_gate(language).finditer(text)]
    assert expected  # each sentence holds time expressions
    assert [m.start() for m in gate.finditer(text)] == expected


@pytest.mark.parametrize(("language", "text"), SENTENCES)
def test_time_expressions_found(language: str, text: str) -> None:
    assert [e.span for e in parse(text, language)]


@pytest.mark.parametrize(("patterns", "flags", "accepts", "refuses"), [
    ([r"(?<![\w])mardi", r"\d+\s*h"], 0, "m7", "Mxa "),
    ([r"(?<![\w])mardi", r"\d+\s*h"], re.IGNORECASE, "mM7", "xa "),
    ([r"(?:le\s+)?(?:\d+|premier)"], 0, "l5p", "Lx"),
    ([r"(?-i:S)eptember|(?:the\s+)?night"], re.IGNORECASE, "sStTnN", "xe"),
    ([r"[A-Ca-c]x|(?=z)z\w"], 0, "aBcz", "dZ"),
    ([r"(?>ab|cd)e"], 0, "ac", "be"),
])
def test_first_chars_class(patterns: list[str], flags: int, accepts: str, refuses: str) -> None:
    cls = first_chars_class(patterns, flags)
    assert cls is not None
    rx = re.compile(cls, flags)
    assert all(rx.fullmatch(c) for c in accepts)
    assert not any(rx.fullmatch(c) for c in refuses)


@pytest.mark.parametrize("pattern", [
    r".x", r"[^a]b", r"(?P<x>a)?(?P=x)b", r"(?:x)?", r"\b", r"a*", r"(?:a|)", r"(?i:a)b",
])
def test_first_chars_class_none_when_anything_may_start(pattern: str) -> None:
    """No class when a match may begin with any character or be empty (or fold case where the
    caller does not): a class would hide matches."""
    assert first_chars_class([pattern]) is None


# --- per-text and per-word lookups kept across the stages ------------------------------------------

PHRASE_TEXTS = [
    "Le ministre de la Défense et le ministre des Affaires étrangères ont parlé au chef d'état-major.",
    "The Defence Minister said the defence ministry's spokesman and the foreign minister disagreed.",
    "Missiles Iskandr-M et missile de croisière : le ministère affirme que les missiles ont été abattus.",
    "UN MINISTRE DE LA DÉFENSE, un porte-parole du ministère ; la ministre de la défense nationale.",
    "Drone strikes and drones: a drone strike hit the port, then more drones struck the drone base.",
    "Ministre, ministre de, ministre de la : des phrases coupées en fin de ligne\nministre de la Défense",
]


def _phrase_index():
    from newsevents.parties.vocabulary import PhraseIndex

    rows = [("ministre", re.compile(r"ministre\s+de\s+la\s+d[ée]fense", re.I), "defence-fr"),
            ("ministre", re.compile(r"ministre", re.I), "minister-fr"),
            ("minister", re.compile(r"minister", re.I), "minister-en"),
            ("defence", r"(?i)defence\s+minist(?:er|ry)", "defence-en"),
            ("missile", re.compile(r"missiles?(?:\s+de\s+croisi[èe]re)?", re.I), "missile"),
            ("drone", re.compile(r"drones?(?:\s+strikes?)?", re.I), "drone")]
    return PhraseIndex(rows, plurals=("s",))


def _fresh_scan(index, text: str) -> list[tuple[tuple[int, int], str]]:
    """PhraseIndex.finditer as it read each text before this round: its own scan of the words."""
    out, end = [], 0
    for w in re.finditer(r"\w+", text):
        if w.start() < end:
            continue
        for rx, payload in index.index.get(w.group(0).casefold(), ()):
            m = (re.compile(rx) if isinstance(rx, str) else rx).match(text, w.start())
            if m:
                out.append((m.span(), payload))
                end = m.end()
                break
    return out


def test_phrase_index_words_kept_per_text_give_the_same_matches() -> None:
    """The words of a text are split once for every index reading it (vocabulary._text_words):
    several indexes, texts read in turn and again after others pushed them out of the memo."""
    from newsevents.parties.vocabulary import _text_words

    indexes = [_phrase_index(), _phrase_index()]
    for _round in range(2):
        for text in PHRASE_TEXTS + PHRASE_TEXTS[::-1]:
            for index in indexes:
                got = [(m.span(), payload) for m, payload in index.finditer(text)]
                assert got == _fresh_scan(index, text)
    assert _text_words.cache_info().hits > 0
    assert any(_fresh_scan(indexes[0], t) for t in PHRASE_TEXTS)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_country_adjective_kept_per_word_same_answer(language: str) -> None:
    """country_from_adjective keeps its answer per word: asked twice, and against the bare lookup,
    the same ISO2 (or None) for demonyms in every form, names, common words and odd strings."""
    from newsevents.parties.countries import country_from_adjective

    words = ["russe", "Russes", "ukrainiennes", "azerbaïdjanais", "AMÉRICAIN", " iranien ", "Russian",
             "Ukrainians", "ISRAELI", "Turkish", "russes-ukrainiens", "le", "the", "Paris", "",
             "d'Iran", "états-unien", "Syrian", "syriens"]
    bare = country_from_adjective.__wrapped__
    first = [country_from_adjective(w, language) for w in words]
    again = [country_from_adjective(w, language) for w in words]
    assert first == again == [bare(w, language) for w in words]
    assert any(first)
    assert country_from_adjective.cache_info().hits >= len(words)
