"""A third language is a data folder plus a spaCy pipeline: no extractor code (issue 13 item 4).

The test writes a minimal Spanish into a temporary folder: a manifest, a temporal grammar of a
few lines, two event triggers, and a spaCy pipeline built from ``spacy.blank("es")`` with a
sentencizer and a lookup lemmatizer (the trigger matcher matches lemmas too; a lookup table is
data). ``NEWSEVENTS_LANG_PATH`` points newsevents at the folder, and a short article yields a
dated, placed missile strike through the ordinary command line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.errors import ModelNotInstalled, UnsupportedLanguage
from newsevents.lang import ENV_LANG_PATH, LANG_DIR, load_language, supported_languages

ROOT = Path(__file__).resolve().parent.parent

MANIFEST = """\
name: Spanish (a test's minimal language)
spacy_model: ./model
"""

TIME = r"""
months: {enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
         septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12}
weekdays: {lunes: 0, martes: 1, miércoles: 2, jueves: 3, viernes: 4, sábado: 5, domingo: 6}
relative_days: {hoy: 0, ayer: -1}
time_after_date: "\\s*,?\\s*(?:(?:a las|hacia las)\\s+)?"
time_before_date: "\\s*,?\\s*(?:el\\s+)?"
patterns:
  - kind: date
    pattern: "(?:el )?{day} de {month}(?: de {year})?"
  - kind: relday
    pattern: "{rel}"
"""

EVENTS = """
triggers:
  - {phrase: "ataque con misiles", type: missile_strike}
  - {phrase: "bombardeo", type: shelling}
  - {phrase: "misil ... impactar", type: missile_strike, max_gap: 3}
"""

# word forms -> lemmas: what a lookup lemmatizer reads (spaCy's own tables are data of this shape)
LEMMAS = {"misiles": "misil", "impactó": "impactar", "impactaron": "impactar", "bombardeos": "bombardeo"}

ARTICLE = ("El 3 de marzo de 2024, un ataque con misiles alcanzó un depósito de combustible en Odesa, "
           "según las autoridades locales. Nadie resultó herido.")


@pytest.fixture(scope="module")
def lang_folder(tmp_path_factory) -> Path:
    import spacy
    from spacy.lookups import Lookups

    folder = tmp_path_factory.mktemp("languages")
    (folder / "es").mkdir()
    (folder / "es.yaml").write_text(MANIFEST, encoding="utf-8")
    (folder / "es" / "time.yaml").write_text(TIME, encoding="utf-8")
    (folder / "es" / "events.yaml").write_text(EVENTS, encoding="utf-8")
    nlp = spacy.blank("es")
    nlp.add_pipe("sentencizer")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lookups = Lookups()
    lookups.add_table("lemma_lookup", LEMMAS)
    lemmatizer.initialize(lookups=lookups)
    nlp.to_disk(folder / "model")
    return folder


def _cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, ENV_LANG_PATH: str(folder)}
    env.pop("NEWSEVENTS_DB", None)
    return subprocess.run([sys.executable, "-m", "newsevents", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=600, check=False)


def test_the_folder_adds_a_language_and_only_with_the_setting(lang_folder, monkeypatch) -> None:
    monkeypatch.delenv(ENV_LANG_PATH, raising=False)
    assert "es" not in supported_languages()
    with pytest.raises(UnsupportedLanguage):
        load_language("es")
    monkeypatch.setenv(ENV_LANG_PATH, str(lang_folder))
    assert {"es", "fr", "en"} <= set(supported_languages())
    spanish = load_language("es")
    assert spanish.folder == lang_folder
    assert spanish.section("time")["months"]["marzo"] == 3
    assert spanish.section("claims") == {}  # a stage without data gets an empty section
    assert spanish.model_path() == (lang_folder / "model").resolve()
    assert load_language("fr").folder == LANG_DIR  # built-in languages are still there


def test_a_folder_earlier_on_the_path_replaces_a_builtin_language(tmp_path, monkeypatch) -> None:
    (tmp_path / "fr").mkdir()
    manifest = "name: French, edited\nspacy_model: fr_core_news_md\n"
    (tmp_path / "fr.yaml").write_text(manifest, encoding="utf-8")
    (tmp_path / "fr" / "weapons.yaml").write_text("generic: {}\n", encoding="utf-8")
    monkeypatch.setenv(ENV_LANG_PATH, os.pathsep.join([str(tmp_path / "absent"), str(tmp_path)]))
    french = load_language("fr")
    assert french.folder == tmp_path and french.manifest["name"] == "French, edited"
    assert french.section("weapons") == {"generic": {}}


def test_a_missing_model_folder_is_a_clear_error(tmp_path, monkeypatch) -> None:
    (tmp_path / "xx.yaml").write_text("spacy_model: ./no-model-here\n", encoding="utf-8")
    monkeypatch.setenv(ENV_LANG_PATH, str(tmp_path))
    with pytest.raises(ModelNotInstalled, match="no-model-here"):
        load_language("xx").load_spacy(exclude=[])


def test_files_that_are_not_manifests_are_ignored(tmp_path, monkeypatch) -> None:
    (tmp_path / "README.yaml").write_text("spacy_model: x\n", encoding="utf-8")
    (tmp_path / "notes.yaml").write_text("spacy_model: x\n", encoding="utf-8")
    monkeypatch.setenv(ENV_LANG_PATH, str(tmp_path))
    assert not {"README", "notes"} & set(supported_languages())


@pytest.mark.slow
def test_a_dated_strike_is_extracted_in_the_third_language(lang_folder, tmp_path) -> None:
    article = tmp_path / "noticia.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "es.db"
    # no --language: the language is detected among fr, en and the new es
    done = _cli(lang_folder, "ingest", str(article), "--db", str(db), "--published", "2024-03-05", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"]["new"] == 1
    listed = _cli(lang_folder, "--db", str(db), "events", "--json")
    assert listed.returncode == 0, listed.stderr
    (event,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert event["type"] == "missile_strike"
    assert (event["date"]["start"], event["date"]["end"], event["date"]["precision"]) == \
        ("2024-03-03", "2024-03-03", "day")
    assert event["date"]["text"] == "El 3 de marzo de 2024"
    assert event["location"]["country"] == "UA"
    (source,) = event["sources"]
    words = [ARTICLE[s:e] for s, e in source["spans"]]
    assert "ataque con misiles" in words and "El 3 de marzo de 2024" in words
    stats = json.loads(_cli(lang_folder, "--db", str(db), "stats", "--json").stdout)
    assert stats["documents_by_language"] == {"es": 1}


@pytest.mark.slow
def test_mentions_of_the_third_language_through_the_cli(lang_folder, tmp_path) -> None:
    article = tmp_path / "breve.txt"
    article.write_text("Ayer, dos misiles impactaron en Járkov.", encoding="utf-8")
    done = _cli(lang_folder, "mentions", str(article), "--language", "es", "--published", "2024-05-10",
                "--json")
    assert done.returncode == 0, done.stderr
    times = [json.loads(line) for line in done.stdout.splitlines() if '"kind": "time"' in line]
    assert [(t["text"], t["start"]) for t in times] == [("Ayer", "2024-05-09")]


def test_languages_command_lists_the_added_language(lang_folder, tmp_path) -> None:
    from typer.testing import CliRunner

    from newsevents.cli import app

    runner = CliRunner()
    (tmp_path / "de.yaml").write_text("name: German\nspacy_model: de_no_such_model\n", encoding="utf-8")
    path = os.pathsep.join([str(lang_folder), str(tmp_path)])
    result = runner.invoke(app, ["languages", "--json"], env={ENV_LANG_PATH: path})
    assert result.exit_code == 0, result.output
    found = {r["code"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert {"fr", "en", "es", "de"} <= set(found)
    assert found["es"]["builtin"] is False and found["es"]["folder"] == str(lang_folder)
    assert found["es"]["stages"] == ["events", "time"] and found["es"]["model_installed"] is True
    assert found["de"]["model_installed"] is False  # named, not installed: said, not loaded
    assert found["fr"]["builtin"] is True and found["fr"]["model_installed"] is True
    table = runner.invoke(app, ["languages", "-c", "code,installed"],
                          env={ENV_LANG_PATH: path, "COLUMNS": "60"})
    rows = {cells[0]: cells[1] for cells in ([c.strip() for c in line.strip("│").split("│")]
                                             for line in table.stdout.splitlines() if line.startswith("│"))}
    assert rows["de"] == "no" and rows["es"] == rows["fr"] == "yes"
