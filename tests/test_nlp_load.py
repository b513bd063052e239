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


# --- packed lookup tables (nlp_load.packed_lookups) ---------------------------------------------------
def _lemma_tables() -> dict:
    """Lookups as spaCy's French models ship them: a table keyed by word hashes, one keyed by
    part of speech holding word maps (one big, one small), and a small plain one."""
    from spacy.strings import get_string_id

    stems = ("tir", "frapp", "bombard", "touch", "vis", "abatt", "intercept")
    ends = ("ait", "aient", "é", "ée", "és", "ées", "ant", "ons", "ez", "èrent")
    words = {f"{stem}{end}": [f"{stem}er"] for stem in stems for end in ends}
    words |= {f"mot{i}": [f"lemme{i}"] for i in range(600)}
    words["été"] = ["être", "été"]  # two lemmas
    lookup = {get_string_id(w): lemmas for w, lemmas in words.items()}
    lookup["chevaux"] = ["cheval"]  # a key the file gives as a string
    return {
        "lemma_lookup": lookup,
        "lemma_exc": {get_string_id("verb"): dict(words),
                      get_string_id("noun"): {"yeux": ["œil"], "cieux": ["ciel"]}},
        "lemma_rules": {get_string_id("noun"): [["aux", "al"], ["s", ""]]},
        "lemma_index": {get_string_id("noun"): ["cheval", "drone", "obus"]},
    }


def _write_lookups(folder, data: dict) -> None:
    import srsly

    folder.mkdir(parents=True, exist_ok=True)
    srsly.write_msgpack(folder / "lookups.bin", data)


QUERIES = ["tirait", "frappées", "été", "chevaux", "mot17", "mot599", "yeux", "cieux", "absent", "", "obus",
           "Tirait", 12345, "noun", "verb"]


def test_packed_lookups_answer_as_spacys_tables_and_keep_their_order(tmp_path, monkeypatch) -> None:
    import marshal

    import spacy.lookups as lookups

    import newsevents.nlp_load as nl
    import newsevents.nlp_packed as packing

    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(packing, "PACKED_LOOKUPS_MIN_BYTES", 0)
    monkeypatch.setattr(packing, "PACK_MIN_ENTRIES", 50)
    _write_lookups(tmp_path / "model", _lemma_tables())
    stock = lookups.Lookups().from_disk(tmp_path / "model")
    for round_ in ("made", "read from the cache"):
        with nl.packed_lookups():
            packed = lookups.Lookups().from_disk(tmp_path / "model")
        assert lookups.Lookups.from_disk is not None and list(packed.tables) == stock.tables, round_
        assert type(packed.get_table("lemma_lookup")).__name__ == "PackedTable"  # packed, not decoded
        assert isinstance(packed.get_table("lemma_exc").get("verb"), packing.PackedWords)
        assert isinstance(packed.get_table("lemma_exc").get("noun"), dict)  # small: kept as it is
        for name in stock.tables:
            ours, theirs = packed.get_table(name), stock.get_table(name)
            assert len(ours) == len(theirs), (round_, name)
            for key in QUERIES:
                assert (key in ours) == (key in theirs) and ours.get(key, "-") == theirs.get(key, "-")
            for pos in ("verb", "noun"):
                inner, expected = ours.get(pos), theirs.get(pos)
                if isinstance(expected, dict):
                    assert len(inner) == len(expected) and bool(inner)
                    for key in QUERIES:
                        assert (key in inner) == (key in expected)
                        assert inner.get(key, "-") == expected.get(key, "-")
                    word, lemma = ("tirait", "tirer") if pos == "verb" else ("yeux", "œil")
                    assert inner[word] == [lemma]
                    with pytest.raises(KeyError):
                        inner["absent"]
                    assert list(inner) == list(expected) and list(inner.items()) == list(expected.items())
                    assert inner == expected
        table = packed.get_table("lemma_lookup")
        assert table.get("été") is table.get("été")  # memoised: one list object, as from a dict
        with pytest.raises(KeyError):
            table["absent"]
        assert list(table.items()) == list(stock.get_table("lemma_lookup").items())  # decoded whole, in order
        table["obus"] = ["obus"]  # and changed like any table
        assert table["obus"] == ["obus"] and len(table) == len(stock.get_table("lemma_lookup")) + 1
    assert len(list((tmp_path / "cache").glob("lookups-*.marshal"))) == 1
    for damaged in (b"", b"\x00\x01garbage", marshal.dumps((b"", {"lemma_lookup": (1, 2)}))):
        next((tmp_path / "cache").glob("lookups-*.marshal")).write_bytes(damaged)
        with nl.packed_lookups():  # a damaged copy is made again
            again = lookups.Lookups().from_disk(tmp_path / "model")
        assert list(again.get_table("lemma_lookup").items()) == list(stock.get_table("lemma_lookup").items())


def test_lookups_that_cannot_be_packed_are_read_as_spacy_reads_them(tmp_path, monkeypatch) -> None:
    """A separator inside a word, an empty list of lemmas, a file under the size or a cache
    folder that cannot be written (packing costs more than reading once): spaCy's own tables."""
    import spacy.lookups as lookups

    import newsevents.nlp_load as nl
    import newsevents.nlp_packed as packing

    monkeypatch.setattr(packing, "PACK_MIN_ENTRIES", 50)
    data = _lemma_tables()
    from spacy.strings import get_string_id

    data["lemma_exc"][get_string_id("verb")]["mot3"] = ["lem\x00me"]
    data["lemma_exc"][get_string_id("verb")]["mot4"] = []
    _write_lookups(tmp_path / "model", data)
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(blocked / "cache"))
    stock = lookups.Lookups().from_disk(tmp_path / "model")
    monkeypatch.setattr(packing, "PACKED_LOOKUPS_MIN_BYTES", 10**9)
    with nl.packed_lookups():
        table = lookups.Lookups().from_disk(tmp_path / "model").get_table("lemma_lookup")
        assert type(table).__name__ != "PackedTable"
    monkeypatch.setattr(packing, "PACKED_LOOKUPS_MIN_BYTES", 0)
    with nl.packed_lookups():
        unkept = lookups.Lookups().from_disk(tmp_path / "model")
    assert type(unkept.get_table("lemma_lookup")).__name__ != "PackedTable"
    assert not (blocked / "cache").exists()
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path / "cache"))
    with nl.packed_lookups():
        packed = lookups.Lookups().from_disk(tmp_path / "model")
    assert type(packed.get_table("lemma_lookup")).__name__ == "PackedTable"
    verbs = packed.get_table("lemma_exc").get("verb")
    assert isinstance(verbs, dict) and verbs["mot4"] == [] and verbs["mot3"] == ["lem\x00me"]
    assert packed.get_table("lemma_lookup").get("tirait") == stock.get_table("lemma_lookup").get("tirait")


def test_the_french_model_reads_its_big_tables_packed(nlp_fr) -> None:
    """What the one-article start-up saves (0.35 -> 0.03 s CPU) is in use in the loaded model."""
    import newsevents.nlp_packed as packing

    lookups = nlp_fr.get_pipe("lemmatizer").lookups
    assert type(lookups.get_table("lemma_lookup")).__name__ == "PackedTable"
    assert isinstance(lookups.get_table("lemma_exc").get("verb"), packing.PackedWords)
    rows = nlp_fr.vocab.vectors.key2row
    assert isinstance(rows, packing.PackedRows) and not rows.loading
    doc = nlp_fr("Les drones abattus visaient des entrepôts, ont affirmé les militaires.")
    from pathlib import Path

    import srsly

    model = importlib.import_module(load_language("fr").spacy_model)
    stock = srsly.read_msgpack(next(Path(model.__file__).parent.glob("*/vocab/key2row")))
    assert [t.has_vector for t in doc] == [t.orth in stock for t in doc] and doc[1].has_vector
    assert [rows.get(t.orth, -1) for t in doc] == [stock.get(t.orth, -1) for t in doc]
    assert [t.lemma_ for t in doc] == ["le", "drone", "abattre", "viser", "de", "entrepôt", ",", "avoir",
                                       "affirmer", "le", "militaire", "."]


def test_packed_vector_rows_answer_as_the_dict_and_load_as_spacy_does(tmp_path, monkeypatch) -> None:
    """Vectors saved by spaCy, loaded back with their rows packed: the same rows for every key,
    the same rows in use (a vector added afterwards takes the same free row), the same dict."""
    import numpy
    import srsly
    from spacy.vectors import Vectors
    from spacy.vocab import Vocab

    import newsevents.nlp_packed as packing
    from newsevents.nlp_load import packed_vectors_rows

    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(packing, "PACKED_ROWS_MIN_BYTES", 0)
    words = [f"{w}{i}" for w in ("drone", "missile", "frappe", "obus", "char") for i in range(40)]
    vectors = Vectors(strings=Vocab().strings, shape=(150, 4))  # 200 words on 140 rows, 10 free
    for i, word in enumerate(words):
        vectors.add(word, vector=numpy.full(4, i % 140, dtype="f"), row=i % 140)
    vectors.to_disk(tmp_path / "vectors")
    stock = Vectors(strings=Vocab().strings).from_disk(tmp_path / "vectors")
    for round_ in ("made", "read from the cache"):
        with packed_vectors_rows():
            ours = Vectors(strings=Vocab().strings).from_disk(tmp_path / "vectors")
        rows = ours.key2row
        assert isinstance(rows, packing.PackedRows) and not rows.loading, round_
        keys = [*stock.key2row, 12345, 2**64 - 1]
        assert list(ours.find(keys=keys)) == list(stock.find(keys=keys))
        assert all((k in ours) == (k in stock) for k in keys) and len(ours) == len(stock)
        assert ours.is_full == stock.is_full is False
        one = numpy.ones(4, dtype="f")
        assert ours.add("nouveau", vector=one) == stock.add("nouveau", vector=one)
        assert ours.key2row == stock.key2row and list(ours.key2row.items()) == list(stock.key2row.items())
        stock = Vectors(strings=Vocab().strings).from_disk(tmp_path / "vectors")
    assert srsly.read_msgpack(tmp_path / "vectors" / "key2row") == stock.key2row  # srsly restored
    assert len(list((tmp_path / "cache").glob("key2row-*.marshal"))) == 1


def _python(code: str) -> str:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          check=True)
    return done.stdout.strip()


def test_spacys_command_line_is_imported_only_when_used() -> None:
    """Loading newsevents' spaCy side imports no spaCy command line (0.13 s CPU of every
    process that parses); ``spacy.info`` and ``spacy.cli`` still give spaCy's own."""
    out = _python(
        "import sys, newsevents.nlp_load, spacy\n"
        "print('jinja2' in sys.modules, 'spacy.cli.download' in sys.modules, type(spacy.cli).__name__)\n"
        "info = spacy.info()\n"
        "print(info['spacy_version'] == spacy.__version__, type(spacy.cli).__name__,\n"
        "      callable(spacy.cli.download))\n"
        "print(spacy.cli is sys.modules['spacy.cli'], spacy.cli.info is spacy.cli.info)\n")
    assert out.splitlines() == ["False False _StandIn", "True module True", "True True"]
    # a command module imported by name, and an attribute read first
    assert _python("import newsevents.nlp_load, spacy\nimport spacy.cli.download as d\n"
                   "print(spacy.cli.download.download is d.download)") == "True"
    assert _python("import newsevents.nlp_load, spacy, sys\nfrom spacy.cli import init_config\n"
                   "print(callable(init_config), type(sys.modules['spacy.cli']).__name__)") == "True module"


def test_the_command_line_stays_when_spacy_was_imported_first() -> None:
    assert _python("import spacy, sys, newsevents.nlp_load as n\n"
                   "print(n.lazy_spacy_cli(), type(spacy.cli).__name__, 'jinja2' in sys.modules)") == \
        "False module True"


def _model_copy(root, version: str = "3.8.0", size: int = 40):  # type: ignore[no-untyped-def]
    """A model folder as a package installs it: meta.json beside a lookups file."""
    folder = root / "fr_core_news_md" / f"fr_core_news_md-{version}"
    (folder / "lemmatizer" / "lookups").mkdir(parents=True)
    (folder / "meta.json").write_text(f'{{"lang": "fr", "name": "core_news_md", "version": "{version}"}}',
                                      encoding="utf-8")
    file = folder / "lemmatizer" / "lookups" / "lookups.bin"
    file.write_bytes(b"x" * size)
    return file


def test_packed_copies_are_shared_by_every_install_of_one_model(tmp_path, monkeypatch) -> None:
    """Two environments' copies of one model version name one packed copy (their paths and times
    differ); another version, another size or a file of no model do not."""
    import os

    from newsevents import nlp_packed
    from newsevents.geo import build

    monkeypatch.setattr(build, "cache_dir", lambda: tmp_path / "cache")
    one = _model_copy(tmp_path / "venv1")
    two = _model_copy(tmp_path / "venv2")
    os.utime(two, (1_000_000, 1_000_000))
    assert nlp_packed.model_identity(one) == nlp_packed.model_identity(two)
    assert nlp_packed._pack_file("lookups", one) == nlp_packed._pack_file("lookups", two)
    other_version = _model_copy(tmp_path / "venv3", version="3.8.1")
    other_size = _model_copy(tmp_path / "venv4", size=41)
    loose = tmp_path / "lookups.bin"
    loose.write_bytes(b"x" * 40)
    names = {nlp_packed._pack_file("lookups", f) for f in (one, other_version, other_size, loose)}
    assert len(names) == 4


def test_a_packed_copy_read_is_marked_as_used(tmp_path, monkeypatch) -> None:
    """Reading a packed copy renews its time, so that the copies dropped when the shared folder
    is full are the ones no start read lately, not the ones written first."""
    import os

    import srsly

    from newsevents import nlp_packed
    from newsevents.geo import build

    monkeypatch.setattr(build, "cache_dir", lambda: tmp_path / "cache")
    source = _model_copy(tmp_path / "venv")
    source.write_bytes(srsly.msgpack_dumps({"a": 1}))
    packed: list[int] = []

    def pack(decoded):  # type: ignore[no-untyped-def]
        packed.append(1)
        return (sorted(decoded.items()),)

    first = nlp_packed._read_packed("test", source, 1, pack, lambda items: dict(items))
    kept = nlp_packed._pack_file("test", source)
    os.utime(kept, (1_000_000, 1_000_000))
    again = nlp_packed._read_packed("test", source, 1, pack, lambda items: dict(items))
    assert first == again == {"a": 1} and packed == [1]
    assert kept.stat().st_mtime > 1_000_000



def _model_nodes(nlp) -> list:
    return [node for _, component in nlp.pipeline if hasattr(getattr(component, "model", None), "walk")
            for node in component.model.walk()]


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "en"])
def test_products_through_numpy_annotate_exactly_as_through_blis(language) -> None:
    """numpy_gemm: every layer's matrix products go through numpy's BLAS (one thread), and texts
    get the same annotations as with spaCy's own blis products (two loads of the model).

    Fresh loads, not the process's pipeline: the NER adds a layer when a text first brings an
    entity label of our ruler (spaCy resizes its output), made with thinc's default ops."""
    from newsevents.nlp_load import numpy_blas_single_threaded, numpy_gemm

    model = importlib.import_module(load_language(language).spacy_model)
    stock = model.load(exclude=list(UNUSED_COMPONENTS))
    ours = model.load(exclude=list(UNUSED_COMPONENTS))
    assert numpy_blas_single_threaded()  # the wheels' OpenBLAS of this environment is found
    assert numpy_gemm(ours)
    nodes = _model_nodes(ours)
    assert nodes and all(node.ops.use_blis is False for node in nodes)
    assert all(node.ops.use_blis for node in _model_nodes(stock))
    texts = [" ".join(TEXTS[language]), *TEXTS[language]]
    assert [annotations(d) for d in ours.pipe(texts)] == [annotations(d) for d in stock.pipe(texts)]
