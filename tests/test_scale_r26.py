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


# --- round 26b: tables kept per language, costly reads asked of candidates only ---------------------

SITE_TEXTS = [
    ("fr", "Une frappe a touché un dépôt de carburant à 40 km au nord de Kharkiv, près de l'ambassade."),
    ("fr", "Les entrepôts et les hôpitaux situés à une dizaine de kilomètres du poste-frontière sont vides."),
    ("fr", "Trois drones ont visé une raffinerie à 12 milles nautiques au large des côtes d'Odessa."),
    ("en", "A drone hit a fuel depot 12 nautical miles off the coast of Aden and two schools nearby."),
    ("en", "Shelling struck warehouses about 5 km north-east of the city and a hospital in Kherson."),
]


def _nlp(language: str, nlp_fr, nlp_en):
    return nlp_fr if language == "fr" else nlp_en


def _place_tables(data: dict) -> list[tuple[str, ...]]:
    """The words of every table the site and distance readers index, as they pass them."""
    table = {str(k).lower(): v for k, v in (data.get("sites") or {}).items()}
    links = tuple(w.lower().strip() for w in data.get("distance_links") or [])
    return [tuple(table.keys() | {p + "s" for p in table}), links,
            tuple(k.lower() for k in data.get("directions") or {}),
            tuple(str(k).lower() for k in data.get("distance_units") or {}),
            tuple(str(w) for w in data.get("crossing_nouns") or ())]


def test_site_phrases_kept_per_table_match_as_fresh_ones(nlp_fr, nlp_en) -> None:
    """One Phrases is kept per table (where_sites.phrases_of) and shared by every document: at
    every token it matches as a Phrases built afresh, and reading other documents in between
    changes no document's sites or distances."""
    from newsevents.extract.where_sites import Phrases, Tokens, find_distances, find_sites, phrases_of
    from newsevents.lang import load_language

    docs = [(language, _nlp(language, nlp_fr, nlp_en)(text)) for language, text in SITE_TEXTS]
    first = [(find_sites(doc, load_language(lg).section("places")),
              find_distances(doc, load_language(lg).section("places"))) for lg, doc in docs]
    assert all(sites for sites, _ in first) and sum(bool(d) for _, d in first) >= 3
    matched = 0
    for language, doc in docs[::-1]:
        data = load_language(language).section("places")
        toks = Tokens.of(doc)
        for words in _place_tables(data):
            kept, fresh = phrases_of(words), Phrases(list(words))
            assert phrases_of(words) is kept
            got = [kept.match(toks, i) for i in range(len(doc) + 1)]
            assert got == [fresh.match(toks, i) for i in range(len(doc) + 1)]
            matched += any(got)
    assert matched >= 8
    again = [(find_sites(doc, load_language(lg).section("places")),
              find_distances(doc, load_language(lg).section("places"))) for lg, doc in docs]
    assert again == first


CUE_TEXTS = [
    ("fr", "Des frappes ont visé la région de Kherson, l'oblast russe de Belgorod et la province d'Idleb."),
    ("fr", "Le gouvernorat de Deir ez-Zor, le district de Kupiansk et l'État de Borno ont été touchés."),
    ("en", "Strikes hit the region of Kherson, the Russian province of Belgorod and the state of Borno."),
    ("en", "Shelling hit the governorate of Deir ez-Zor and the province of Idlib, officials said."),
]


def _cue_before_per_cue(doc, name_start: int, data: dict) -> int | None:
    """where._cue_before as it read the words before a name before this round: once per cue."""
    from newsevents.parties.countries import country_from_adjective

    links = {w.strip().lower() for w in data.get("admin1_links") or []}
    j = name_start - (name_start > 0 and doc[name_start - 1].lower_ in links)
    if j > 1 and country_from_adjective(doc[j - 1].text, doc.lang_):
        j -= 1
    for cue in data.get("admin1_before") or []:
        n = len(cue.split())
        if j - n >= 0 and doc[j - n:j].text.lower() == cue.lower():
            return j - n
    return None


@pytest.mark.parametrize(("language", "text"), CUE_TEXTS)
def test_admin1_cue_before_reads_each_length_once(language: str, text: str, nlp_fr, nlp_en) -> None:
    """The words before a name are read once per cue length, not once per cue: the same cue start
    at every token, one-word and several-word cues alike."""
    from newsevents.extract.where import _cue_before
    from newsevents.lang import load_language

    doc = _nlp(language, nlp_fr, nlp_en)(text)
    data = load_language(language).section("places")
    got = [_cue_before(doc, j, data) for j in range(len(doc))]
    assert got == [_cue_before_per_cue(doc, j, data) for j in range(len(doc))]
    assert sum(g is not None for g in got) >= 2


DATELINE_TEXTS = [
    ("fr", "KHARKIV, 4 novembre (AFP) - Deux frappes ont touché la ville.\nODESSA - Le port est visé."),
    ("fr", "Mise à jour 10h15\n\nZAPORIJIA, 5 juin - Des tirs ont repris.  \n  KHERSON : le maire parle."),
    ("en", "KYIV, Ukraine (AP) — Russia launched drones overnight.\n\nLONDON\nThe talks were delayed."),
    ("en", "Updated 14:30 GMT\nBEIRUT, Nov 4 (Reuters) - Strikes hit the south.\nNo one was hurt."),
]


@pytest.mark.parametrize(("language", "text"), DATELINE_TEXTS)
def test_dateline_tokens_read_line_starts_in_one_walk(language: str, text: str, analyse) -> None:
    """dateline_tokens takes the line starts from one walk of the Doc: the same dateline tokens as
    asking line_start of every token."""
    from newsevents.extract.where_dateline import _time_tokens, dateline_at, dateline_tokens, line_start

    article = analyse(text, language)
    doc, timed = article.doc, _time_tokens(article)
    expected: set[int] = set()
    for k in range(len(doc)):
        if line_start(doc, k):
            expected.update(dateline_at(doc, k, timed))
    assert expected
    assert dateline_tokens(article) == expected


STANCE_TEXTS = [
    ("fr", "Le ministère a démenti ces informations, qualifiées de « mensonges » par Kiev, et a "
           "affirmé que la frappe visait un dépôt. L'armée a appelé les civils à partir.",
     {"démenti": "deny", "qualifiées": "assert", "affirmé": "assert", "appelé": "demand"},
     {"démenti": "deny", "qualifiées": "assert", "affirmé": "assert", "appelé": "demand"}),
    ("fr", "Une attaque jugée « délibérée » par l'ONU, a indiqué le porte-parole, qui a dénoncé un crime.",
     {"indiqué": "assert", "dénoncé": "condemn"},
     {"jugée": "assert", "indiqué": "assert", "dénoncé": "condemn"}),
    ("en", "The ministry denied the reports, which were described as lies by Kyiv, and said the strike "
           "hit a depot. The army called on civilians to leave.",
     {"denied": "deny", "described": "assert", "said": "assert", "called": "demand"},
     {"described": "assert"}),
    ("en", "An attack deemed deliberate by the UN, the spokesman said, condemning what he called a crime.",
     {"said": "assert", "condemning": "condemn"}, {}),
]


@pytest.mark.parametrize(("language", "text", "verbs", "participles"), STANCE_TEXTS)
def test_stance_of_verbs_and_participles_read_for_verbs_only(language: str, text: str, verbs: dict,
                                                             participles: dict, nlp_fr, nlp_en) -> None:
    """verb_stance reads the lemma, participle_stance the morphology, of verbs only (they are asked
    of every token): the reporting verbs and participles keep their stances (as on main), every
    other token is none, the forms the tagger misreads included ("qualifiées")."""
    from newsevents.extract.clauses import verb_stance
    from newsevents.extract.embedded import participle_stance
    from newsevents.extract.stance import fold, lexicon

    doc = _nlp(language, nlp_fr, nlp_en)(text)
    lex = lexicon(language)
    got = {t.i: verb_stance(lex, t) for t in doc}
    assert {doc[i].text: s for i, s in got.items() if s} == verbs
    assert {t.text: s for t in doc if (s := participle_stance(lex, t))} == participles
    assert all(s is None for i, s in got.items()
               if doc[i].pos_ not in ("VERB", "AUX") and fold(doc[i].text) not in lex.verb_forms)


# the lexicons' phrase patterns, as the stages build them (32 to 200 characters)
PHRASE_PATTERNS = [
    r"(?i)(?<![\w\-])avion(?:s|x)?\s+sans(?:s|x)?\s+pilote(?:s|x)?(?![\w\-])",
    r"(?i)(?<![\w\-])état\-major\s+général(?:\s+(?P<adj>[^\W\d_][\w\-]*))?(?![\w\-])",
    r"(?<![\w\-])(?i:Long[\s\-‐‑–]?Range[\s\-‐‑–]?Artillery[\s\-‐‑–]?missile)(?:s|'s)?(?![\w\-])",
    r"(?<![\w])(?P<day>(?:0?[1-9]|[12]\d|3[01])(?!\d))[./](?P<monthnum>(?:0?[1-9]|1[0-2])(?!\d))",
    r"(?i)(?<![\w\-])gare\s+ferroviaire(?![\w\-])",
]
PHRASE_PATTERN_TEXTS = [
    "Des avions sans pilote ont survolé la gare  ferroviaire ; l'État-major général russe dément.",
    "The Long-Range Artillery missiles (GMLRS) were fired on 14/11 and again on 3.12, per the ETAT-MAJOR.",
]


def test_lexicon_phrase_patterns_kept_compile_as_from_source(tmp_path) -> None:
    """Patterns of 32 characters or more are kept across processes (nlp_regex.KEPT_REGEX_MIN_CHARS):
    a later process answers the lexicons' phrase patterns from the kept code, and each finds what
    the same pattern compiled from source finds, groups included; the shortest are not kept."""
    from re import _compiler

    from newsevents import nlp_regex

    path = tmp_path / "regex.marshal"
    first = nlp_regex._KeptRegexes(_compiler.compile, path)
    for p in [*PHRASE_PATTERNS, r"\w+", r"\s*[,(]\s*"]:
        first(p)
    first.save()
    later = nlp_regex._KeptRegexes(_compiler.compile, path)
    for p in PHRASE_PATTERNS:
        kept, source = later(p), _compiler.compile(p, 0)
        assert (p, 0) in later.used and (p, 0) not in later.new
        for text in PHRASE_PATTERN_TEXTS:
            got = [(m.span(), m.groupdict()) for m in kept.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in source.finditer(text)]
    assert sum(bool(later(p).search(t)) for p in PHRASE_PATTERNS for t in PHRASE_PATTERN_TEXTS) >= 5
    later(r"\w+")
    assert (r"\w+", 0) not in later.used


ORGANIZATION_TEXTS = [
    "Le Conseil de sécurité de l'ONU s'est réuni ; le Quai d’Orsay et l'Élysée ont réagi, selon l'AFP.",
    "Selon le Haut-Commissariat des Nations unies pour les réfugiés, le CICR et la Croix-Rouge aident.",
    "Hezbollah's fighters and Hamas' armed wing, anti-Hamas militias and the UN Security Council.",
    "The Kremlin, Downing Street and the African Union; al-Shabaab and Al-Shabaab; ONUSIDA, M23, PKK.",
    "Reuters and Agence France-Presse quoted the OSCE, UNIFIL and Doctors Without Borders (MSF).",
]


@pytest.mark.parametrize("text", ORGANIZATION_TEXTS)
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_organizations_found_by_first_word_as_by_the_alternation(text: str, case) -> None:
    """organization_matches tries only the aliases whose first word is the text's word: the same
    matches as the alternation of every alias (longest first, none after a hyphen or inside a word)."""
    from newsevents.parties.vocabulary import known_organizations, organization_matches

    text = case(text)
    expected = [(m.span(), m.group(0)) for m in known_organizations()[0].finditer(text)]
    assert [(m.span(), m.group(0)) for m in organization_matches(text)] == expected
    if case is str:
        assert len(expected) >= 3
