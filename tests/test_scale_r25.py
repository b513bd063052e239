"""Round 25 (scale): start-up work kept between runs must give exactly what it replaces.

The workers' preload (engine/preload.py), the path both workers of ``ingest --workers 2`` wait for,
and a one-article ingest parsed the lexicons' YAML files and the events lexicon's phrases at every
start. Both are now kept in the cache folder (datafiles.load_yaml, nlp_phrases.parse_phrases):
a kept copy must give the same values as a fresh parse, never a stale one when the source changes,
and the matchers built from it must find the same things in a text.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import yaml

from newsevents import datafiles
from newsevents.datafiles import load_yaml

PACKAGE = Path(datafiles.__file__).resolve().parent


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(folder))
    return folder


def _no_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(yaml, "load", refuse)


# --- YAML files ---------------------------------------------------------------------------------------
YAML_CASES = [
    # (text, what a fresh parse gives)
    ("a: 1\nb: [x, y]\n", {"a": 1, "b": ["x", "y"]}),
    ("day: 2024-03-04\nratio: 0.5\nflag: yes\nnothing: ~\n", None),
    ("base: &b {k: v}\nfirst: *b\nsecond: *b\n", None),
    ("- 'quoted: colon'\n- \"é à ç\"\n- |\n  two\n  lines\n", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), YAML_CASES)
def test_kept_yaml_is_the_fresh_parse(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      text: str, expected: object) -> None:
    path = tmp_path / "data.yaml"
    path.write_text(text, encoding="utf-8")
    fresh = yaml.load(text, Loader=yaml.SafeLoader)
    if expected is not None:
        assert fresh == expected
    first = load_yaml(path)
    assert first == fresh and type(first) is type(fresh)
    _no_parse(monkeypatch)
    kept = load_yaml(path)  # from the copy: yaml.load is not called
    assert kept == fresh and pickle.dumps(kept) == pickle.dumps(fresh)


def test_kept_yaml_keeps_shared_nodes_and_gives_new_objects(cache: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "anchors.yaml"
    path.write_text("base: &b {k: [1, 2]}\nfirst: *b\nsecond: *b\n", encoding="utf-8")
    load_yaml(path)
    _no_parse(monkeypatch)
    one, two = load_yaml(path), load_yaml(path)
    assert one["first"] is one["second"]  # an alias is the same object, as the parser gives it
    one["first"]["k"].append(3)
    assert two["first"]["k"] == [1, 2]  # each call its own objects: a caller may change them


def test_an_edited_yaml_file_is_parsed_again(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("words: [frappe, tir]\n", encoding="utf-8")
    assert load_yaml(path) == {"words": ["frappe", "tir"]}
    path.write_text("words: [frappe, tir, obus]\n", encoding="utf-8")
    assert load_yaml(path) == {"words": ["frappe", "tir", "obus"]}
    path.write_text("words: [frappe, tir]\n", encoding="utf-8")  # back: the first copy again
    assert load_yaml(path) == {"words": ["frappe", "tir"]}
    copies = list((cache / datafiles.YAML_PREFIX).glob("words-*.pickle"))
    assert len(copies) == 2


def test_a_damaged_yaml_copy_is_parsed_again(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "cues.yaml"
    path.write_text("cues: [selon, d'après]\n", encoding="utf-8")
    load_yaml(path)
    for copy in (cache / datafiles.YAML_PREFIX).glob("cues-*.pickle"):
        copy.write_bytes(b"\x80\x05cut")
    assert load_yaml(path) == {"cues": ["selon", "d'après"]}


def test_a_yaml_file_without_a_cache_folder_is_parsed(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(blocker / "cache"))
    path = tmp_path / "x.yaml"
    path.write_text("x: [1]\n", encoding="utf-8")
    assert load_yaml(path) == {"x": [1]}


def test_every_package_yaml_file_kept_is_its_parse(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted(PACKAGE.rglob("*.yaml"))
    assert len(files) > 20
    fresh = {f: yaml.load(f.read_text(encoding="utf-8"), Loader=yaml.SafeLoader) for f in files}
    for f in files:
        load_yaml(f)
    _no_parse(monkeypatch)
    for f in files:
        assert pickle.dumps(load_yaml(f)) == pickle.dumps(fresh[f]), f


# --- the events lexicon's phrases ---------------------------------------------------------------------
PHRASES = {
    "fr": ["frappe de drone", "a été tué", "tirs d'artillerie", "selon le gouverneur", "bombardements",
           "ont été blessées", "l'armée a riposté"],
    "en": ["drone strike", "was killed", "opened fire", "according to officials", "shelling",
           "were wounded", "the army retaliated"],
}
SKIPPED = ("parser", "ner")


def _fresh(nlp: object, phrases: list[str]) -> list[list[tuple[str, str, str]]]:
    with nlp.select_pipes(disable=[n for n in SKIPPED if n in nlp.pipe_names]):  # type: ignore[attr-defined]
        return [[(t.text, t.lower_, t.lemma_) for t in doc] for doc in nlp.pipe(phrases)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_kept_phrases_are_the_fresh_parse(cache: Path, monkeypatch: pytest.MonkeyPatch,
                                          language: str) -> None:
    from newsevents.nlp import pipeline
    from newsevents.nlp_phrases import parse_phrases

    nlp = pipeline(language)
    skip = [n for n in SKIPPED if n in nlp.pipe_names]
    phrases = PHRASES[language]
    fresh = _fresh(nlp, phrases)
    first = parse_phrases(nlp, phrases, skip, 16)
    assert [[tuple(t) for t in first[p]] for p in phrases] == fresh
    assert len(list(cache.glob(f"phrases-{language}-*.marshal"))) == 1

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(type(nlp), "pipe", refuse)
    kept = parse_phrases(nlp, phrases, skip, 16)  # from the copy: nlp.pipe is not called
    assert [[tuple(t) for t in kept[p]] for p in phrases] == fresh
    assert all(t.text and t.lemma_ is not None for p in phrases for t in kept[p])


def test_other_phrases_or_a_damaged_copy_are_parsed_again(cache: Path) -> None:
    from newsevents.nlp import pipeline
    from newsevents.nlp_phrases import parse_phrases

    nlp = pipeline("fr")
    skip = [n for n in SKIPPED if n in nlp.pipe_names]
    parse_phrases(nlp, PHRASES["fr"], skip, 16)
    more = [*PHRASES["fr"], "un obus est tombé"]
    got = parse_phrases(nlp, more, skip, 16)  # one phrase more: another copy, every phrase parsed
    assert [[tuple(t) for t in got[p]] for p in more] == _fresh(nlp, more)
    copies = list(cache.glob("phrases-fr-*.marshal"))
    assert len(copies) == 2
    for copy in copies:
        copy.write_bytes(b"cut")
    got = parse_phrases(nlp, more, skip, 16)
    assert [[tuple(t) for t in got[p]] for p in more] == _fresh(nlp, more)


SENTENCES = {
    "fr": ["Une frappe de drone a touché un dépôt de carburant près de Kherson mardi, blessant trois civils.",
           "Des tirs d'artillerie ont visé le village dans la nuit, selon le gouverneur de la région.",
           "Le ministère a convoqué l'ambassadeur après le bombardement d'un hôpital."],
    "en": ["Gunmen attacked a police checkpoint in the north on Sunday, killing four officers.",
           "The ministry summoned the ambassador after shelling damaged a hospital in the city.",
           "A drone strike hit a fuel depot overnight, officials said, wounding two guards."],
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_events_lexicon_from_kept_phrases_matches_the_same(cache: Path, language: str) -> None:
    """The trigger and cue matchers built from the kept parse find what those of a fresh parse find."""
    from newsevents.extract import triggers
    from newsevents.nlp import pipeline

    nlp = pipeline(language)
    built = triggers.lexicon.__wrapped__(language)  # parses the phrases, keeps them
    assert list(cache.glob(f"phrases-{language}-*.marshal"))
    kept = triggers.lexicon.__wrapped__(language)  # from the copy
    for text in SENTENCES[language]:
        doc = nlp(text)
        assert kept.matcher(doc) == built.matcher(doc)
    assert any(built.matcher(nlp(text)) for text in SENTENCES[language])


def test_a_yaml_syntax_error_names_its_file(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("words: [frappe, tir\nother: 1\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError) as error:
        load_yaml(path)
    assert str(path) in str(error.value)
