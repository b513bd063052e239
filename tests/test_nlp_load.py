"""Model-loading shortcuts (newsevents/nlp_load.py): faster start-up, the same annotations."""

from __future__ import annotations

import importlib

import pytest

from newsevents.lang import load_language
from newsevents.nlp import UNUSED_COMPONENTS
from newsevents.nlp_load import SKIPPED_VOCAB_FIELDS, cached_entry_points, fast_lookup_tables, fast_model_load

# sentences of news kinds: names, numbers, elisions, quotes, dates; the words are rare enough that
# most of them are not yet in the store when the sentence is parsed
TEXTS = {
    "fr": [
        "Le 14 novembre 2024, une frappe de drone a touché un dépôt près de Kharkiv, selon le gouverneur.",
        "« Nous n'avons rien à voir avec cette attaque », a déclaré jeudi le porte-parole du ministère.",
        "Trois civils ont été tués et onze autres blessés, d'après un bilan provisoire publié mardi soir.",
        "L'armée a affirmé avoir intercepté 27 missiles sur les 35 tirés au cours de la nuit.",
        "Les pourparlers d'Istanbul, entamés le 2 juin, ont été suspendus sine die par les négociateurs.",
    ],
    "en": [
        "On 14 November 2024 a drone strike hit a depot near Kharkiv, the governor said.",
        "\"We have nothing to do with this attack,\" the ministry's spokesman said on Thursday.",
        "Three civilians were killed and eleven others wounded, according to a provisional toll.",
        "The army said it had intercepted 27 of the 35 missiles fired during the night.",
        "The talks in Istanbul, which began on 2 June, were suspended indefinitely by the negotiators.",
    ],
}


def annotations(doc) -> list[tuple]:
    return [(t.text, t.lemma_, t.norm_, t.pos_, t.tag_, t.dep_, t.head.i, str(t.morph), t.ent_type_,
             t.ent_iob_, t.is_sent_start, t.like_num, t.is_stop, t.shape_, t.is_oov) for t in doc]


def parse_all(nlp, texts: list[str]) -> list[list[tuple]]:
    """The first text outside a memory zone, the others inside one each (as ingest parses)."""
    out = [annotations(nlp(texts[0]))]
    for text in texts[1:]:
        with nlp.memory_zone():
            out.append(annotations(nlp(text)))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_model_loaded_without_its_strings_annotates_exactly_as_spacy_does(language) -> None:
    model = importlib.import_module(load_language(language).spacy_model)
    stock = model.load(exclude=list(UNUSED_COMPONENTS))
    with fast_model_load():
        fast = model.load(exclude=[*UNUSED_COMPONENTS, *SKIPPED_VOCAB_FIELDS])
    assert len(fast.vocab.strings) < len(stock.vocab.strings) / 10  # the strings were not read
    assert parse_all(fast, TEXTS[language]) == parse_all(stock, TEXTS[language])
    # and again, once the words of the first round left the store with their memory zones
    assert parse_all(fast, TEXTS[language][::-1]) == parse_all(stock, TEXTS[language][::-1])


def test_lookup_tables_built_in_bulk_equal_spacys() -> None:
    import spacy.lookups as lookups

    data = {"chevaux": ["cheval"], "tirés": ["tirer"], "été": ["être", "été"], 17: ["dix-sept"]}
    plain = lookups.Table("t", data)
    with fast_lookup_tables():
        fast = lookups.Lookups()
        fast.from_bytes(lookups.Lookups().to_bytes())  # empty round trip still works
        bulk = lookups.Table("t", data)
    assert lookups.Table is not type(bulk)  # restored after the load
    assert isinstance(bulk, lookups.Table)
    assert list(bulk.items()) == list(plain.items())
    assert bulk.bloom.to_bytes() == plain.bloom.to_bytes()
    assert bulk.get("chevaux") == ["cheval"] and "tirés" in bulk and "absent" not in bulk
    assert bulk.name == plain.name and bulk.default_size == plain.default_size


def test_a_bulk_table_behaves_as_spacys_table_through_every_change() -> None:
    """The dict-held table answers, changes and serialises as spaCy's own, step by step."""
    import spacy.lookups as lookups

    data = {"chevaux": ["cheval"], "tirés": ["tirer"], "été": ["être", "été"], 17: ["dix-sept"]}
    with fast_lookup_tables():
        bulk = lookups.Table("t", data)
    plain = lookups.Table("t", data)

    def same() -> None:
        assert list(bulk.items()) == list(plain.items()) and list(bulk) == list(plain)
        assert list(bulk.keys()) == list(plain.keys()) and list(bulk.values()) == list(plain.values())
        assert len(bulk) == len(plain) and dict(bulk) == dict(plain) and bool(bulk) == bool(plain)
        for key in ("chevaux", "tirés", "absent", 17, 18, "obus"):
            assert (key in bulk) == (key in plain) and bulk.get(key, "-") == plain.get(key, "-")
        assert bulk.to_bytes() == plain.to_bytes()

    same()
    for table in (bulk, plain):
        table["obus"] = ["obus"]
        table.set("tirés", ["tirer", "tiré"])
        del table[17]  # spaCy's Table deletes by the key as stored (a string's hash, an int)
        assert table.pop(17, None) is None
        table.update({"frappes": ["frappe"]})
    same()
    assert bulk["obus"] == ["obus"]
    reloaded = lookups.Table().from_bytes(bulk.to_bytes())
    with fast_lookup_tables():
        bulk = lookups.Table().from_bytes(plain.to_bytes())
    plain = reloaded
    same()
    bulk.clear()
    plain.clear()
    same()


def test_cached_entry_points_give_what_catalogue_gives() -> None:
    import catalogue

    original = catalogue.AVAILABLE_ENTRY_POINTS
    groups = ["spacy_factories", "spacy_languages", "no_such_group"]
    expected = {g: list(original.select(group=g)) for g in groups}
    with cached_entry_points():
        assert catalogue.AVAILABLE_ENTRY_POINTS is not original
        for _ in range(2):  # the second round comes from the cache
            assert {g: list(catalogue.AVAILABLE_ENTRY_POINTS.select(group=g)) for g in groups} == expected
    assert catalogue.AVAILABLE_ENTRY_POINTS is original


class _Node:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_long_lived_objects_are_built_without_collections_then_frozen() -> None:
    """Inside the block no automatic collection runs, even when a library calls ``gc.enable()``
    on its way (srsly's msgpack reader does); after it, the objects made are out of the
    collector's generations and its thresholds are back."""
    import gc

    from newsevents.nlp_load import long_lived_objects

    runs: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            runs.append(info["generation"])

    thresholds = gc.get_threshold()
    frozen = gc.get_freeze_count()
    gc.callbacks.append(count)
    try:
        with long_lived_objects():
            gc.disable()
            gc.enable()  # what srsly does around each msgpack read
            kept = [_Node() for _ in range(50_000)]  # ~70 collections' worth of allocations
            assert runs == []
        assert gc.get_threshold() == thresholds
        assert gc.get_freeze_count() >= frozen + len(kept)
        tracked = {id(o) for o in gc.get_objects()}
        assert not any(id(node) in tracked for node in kept[:100])
        for _ in range(20_000):  # afterwards the collector runs again on new objects
            _Node()
        assert runs
    finally:
        gc.callbacks.remove(count)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_built_pipeline_is_out_of_the_collectors_reach(language, request) -> None:
    """The spaCy model and its patterns (built with ``long_lived_objects``) are frozen: full
    collections no longer walk them."""
    import gc

    nlp = request.getfixturevalue(f"nlp_{language}")
    tracked = {id(o) for o in gc.get_objects()}
    assert id(nlp) not in tracked and id(nlp.vocab) not in tracked
    assert id(nlp.get_pipe("newsevents_ruler")) not in tracked
