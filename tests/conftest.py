"""Shared fixtures: models are loaded once per test session (they take seconds to load)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.gold.json"
SCHEMA = SHARED / "schema" / "export.schema.json"
TIMEBANK = SHARED / "data" / "fr-timebank-dev"
POPCORN = SHARED / "data" / "popcorn" / "train.json"
NEWS_DEV = SHARED / "data" / "news-dev"


@pytest.fixture(scope="session")
def nlp_fr():
    from newsevents.pipeline import parser as pipeline

    return pipeline("fr")


@pytest.fixture(scope="session")
def nlp_en():
    from newsevents.pipeline import parser as pipeline

    return pipeline("en")


@pytest.fixture(scope="session")
def pipe():
    """The whole extraction pipeline (all stages), loaded once."""
    from newsevents.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def locate():
    """locate(text, language="fr") -> the Article after the `where` stage alone (published
    2025-01-01); the place tests read its place mentions each their own way."""
    from datetime import date

    from newsevents.model import Article, Published
    from newsevents.pipeline import Pipeline

    only_places = Pipeline(stages=("where",))

    def _locate(text: str, language: str = "fr"):
        return only_places.process(Article(text=text, id="t", language=language,
                                           published=Published(date(2025, 1, 1))))

    return _locate


@pytest.fixture(scope="session")
def analyse(pipe):
    """analyse(text, language="fr", published="2025-11-15") -> processed Article."""
    from datetime import date

    from newsevents.model import Article, Published

    def _analyse(text: str, language: str = "fr", published: str | None = "2025-11-15"):
        pub = Published(date.fromisoformat(published)) if published else None
        return pipe.process(Article(text=text, id="test", language=language, published=pub))

    return _analyse


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, pipe) -> Path:
    """A database holding examples/ as `make demo` ingests it (the web tests read it; copy it
    before writing)."""
    from newsevents.ingest import ingest
    from newsevents.store import Store

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with Store.open(str(path)) as store:
        summary = ingest([ROOT / "examples"], store, pipeline=pipe)
    assert summary.ok and summary.count("new") == 2, summary.line()
    return path


@pytest.fixture(scope="session")
def numbers():
    """numbers(text, language) -> the number mentions the `numbers` stage alone finds (one pipeline
    of that stage for the session; six test files had a copy of it)."""
    from newsevents.model import Article
    from newsevents.pipeline import Pipeline

    pipe = Pipeline(stages=("numbers",))

    def _run(text: str, language: str):  # type: ignore[no-untyped-def]
        return pipe.process(Article(text=text, id="t", language=language)).of_kind("number")

    return _run


@pytest.fixture(scope="module")
def casualty_counts(numbers):
    """counts(text, language) -> {(value, unit)} of the casualty counts the `numbers` stage finds."""

    def _run(text: str, language: str) -> set[tuple[int, str]]:
        return {(m.value.value, m.value.unit) for m in numbers(text, language)
                if m.value.unit in ("killed", "injured")}

    return _run
