"""Round 29, second task, faults: a database that stops the run says why once; a PostgreSQL user
without write rights is refused before any NLP; a page that is only a cookie, consent, paywall or
"enable JavaScript" notice is no article (pages of our own, not news-dev's), while an article that
holds such a sentence is read.
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_postgres import pg_server, store_url  # noqa: F401  (fixtures: the real server)
from test_scale_r29 import write_reports
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.ingest import open_store
from newsevents.lang import load_language
from newsevents.model import Article
from newsevents.read.common import make_article
from newsevents.read.files import count_documents, expand, read_listing, read_paths
from newsevents.read.html import NoMainText, parse_html
from newsevents.read.notices import OnlyANotice, only_notices

LOCKED = "locked by another process"


@pytest.mark.slow
def test_a_database_locked_past_the_busy_timeout_says_why_once(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Every document of the batch names itself as not saved; the reason is the summary's, once;
    the exit status stays 1 and --json keeps the reason per document."""
    db = tmp_path / "held.db"
    folder = tmp_path / "in"
    write_reports(folder, 3)
    open_store(str(db)).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another writer, for longer than the run waits
    monkeypatch.setenv("NEWSEVENTS_LOCK_TIMEOUT", "0.1")
    try:
        shown = CliRunner().invoke(app, ["--db", str(db), "ingest", str(folder)])
        as_json = CliRunner().invoke(app, ["--db", str(db), "ingest", str(folder), "--json"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert shown.exit_code == 1 and as_json.exit_code == 1 and "Traceback" not in shown.output
    text = " ".join(shown.output.split())
    assert text.count(LOCKED) == 1, shown.output
    assert "stopped: the database" in text and text.count("not saved") == 3
    outcomes = json.loads(as_json.stdout)["outcomes"]
    assert [o["status"] for o in outcomes] == ["failed"] * 3 and all(LOCKED in o["reason"] for o in outcomes)


# --- a PostgreSQL user that may only read ---------------------------------------------------------

def _admin(url: str) -> sa.Engine:
    return sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"),
                            isolation_level="AUTOCOMMIT")


READERS = {
    "select only": ("SELECT", "", "is not writable for this user (no INSERT, UPDATE and DELETE rights on "),
    "read-only sessions": ("ALL", " SET default_transaction_read_only = on", "the server takes no writes"),
}


@pytest.fixture(params=sorted(READERS))
def reader_url(store_url: str, request: pytest.FixtureRequest) -> Iterator[str]:  # noqa: F811
    """The URL of a role that may connect to and read the test's database, and not write it:
    its rights are SELECT only, or its sessions are read-only."""
    rights, setting, _ = READERS[request.param]
    open_store(store_url).close()  # the schema, made by its owner
    role = f"reader_{os.getpid()}_{Path(store_url).name}"
    admin = _admin(store_url)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
        conn.exec_driver_sql(f'GRANT {rights} ON ALL TABLES IN SCHEMA public TO "{role}"')
        if setting:
            conn.exec_driver_sql(f'ALTER ROLE "{role}"{setting}')
    try:
        yield store_url.replace("postgres@", f"{role}@", 1)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
            conn.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()


@pytest.mark.slow
def test_a_postgresql_user_that_cannot_write_is_one_error_line_before_any_nlp(
        reader_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    folder = tmp_path / "in"
    write_reports(folder, 2)
    result = CliRunner().invoke(app, ["--db", reader_url, "ingest", str(folder)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    # said once, before any document is read: not a failure per document of the first batch
    assert result.output.startswith("error: ") and len(result.output.strip().splitlines()) == 1, result.output
    assert READERS[request.node.callspec.params["reader_url"]][2] in " ".join(result.output.split())
    # reading still works for that user
    listed = CliRunner().invoke(app, ["--db", reader_url, "events"])
    assert listed.exit_code == 0, listed.output


def test_the_owner_of_a_postgresql_database_passes_the_write_check(store_url: str) -> None:  # noqa: F811
    with open_store(store_url) as store:
        store.check_writable()


# --- a page that is only a notice -----------------------------------------------------------------

def _notice_page(lang: str, *blocks: str) -> bytes:
    """A page whose body is ``blocks``: a heading (``# ``), a button (``[ ]``) or a paragraph."""
    body = "".join(f"<h2>{b[2:]}</h2>" if b.startswith("# ") else f"<button>{b[1:-1]}</button>"
                   if b.startswith("[") else f"<p>{b}</p>" for b in blocks)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>La Voix du Port</title>'
            f"</head><body><div class='wall'>{body}</div></body></html>").encode()


NOTICE_PAGES = {
    "consent fr": _notice_page(
        "fr", "# Le respect de votre vie privée est notre priorité",
        "Avec nos partenaires, ce site utilise des cookies pour mesurer sa fréquentation et afficher des "
        "contenus adaptés à vos centres d’intérêt.",
        "Vous pourrez modifier vos choix à tout moment en cliquant sur le lien Cookies en bas de "
        "chaque page.",
        "[Accepter et fermer]", "[Refuser]"),
    "consent en": _notice_page(
        "en", "# Your privacy",
        "By continuing to browse this site you agree to the use of cookies for analytics and advertising.",
        "You can change your mind at any time from the cookie settings link in the footer of every page.",
        "[I agree]", "[Options]"),
    "javascript fr": _notice_page(
        "fr", "Ce service nécessite JavaScript : merci de l'autoriser dans votre navigateur et de "
        "recharger."),
    "javascript en": _notice_page(
        "en", "JavaScript is required to view this page. Turn on JavaScript in your browser preferences."),
    "paywall fr": _notice_page(
        "fr", "# Article abonné",
        "La suite de cet article est réservée aux abonnés de l'édition numérique, à partir de 2,49 € "
        "par mois, sans engagement.", "Déjà abonné ? Identifiez-vous"),
    "paywall en": _notice_page(
        "en", "# Premium",
        "Subscribe to read the full story and enjoy unlimited digital access on all your devices for "
        "99p a month.",
        "Already a subscriber? Log in"),
    "ad blocker fr": _notice_page(
        "fr", "Nous avons détecté un bloqueur de publicité. Notre rédaction vit de la publicité : "
        "désactivez votre bloqueur sur notre site pour continuer."),
}

# an article that holds a notice sentence, and an article about cookies: read, whole
ARTICLES_WITH_A_NOTICE = {
    "cookie line en": _notice_page(
        "en", "# Bridge collapse in Da Nang",
        "Two workers died when a footbridge under construction collapsed into the Han river in Da Nang on "
        "Monday, the city's people's committee said.",
        "We use cookies to give you the best experience on our website.",
        "Police have detained the site manager, state media reported on Tuesday."),
    "paywall line fr": _notice_page(
        "fr", "Trois pêcheurs sont portés disparus au large de Dakhla depuis dimanche soir après le "
        "naufrage de leur barque, a annoncé mardi la marine royale marocaine.",
        "Abonnez-vous pour lire la suite de cet article."),
    "about cookies fr": _notice_page(
        "fr", "La Commission nationale de l'informatique et des libertés a infligé jeudi une amende de "
        "20 millions d'euros à un site de petites annonces qui déposait des cookies publicitaires avant "
        "tout accord des internautes."),
}


@pytest.mark.parametrize("name", sorted(NOTICE_PAGES))
def test_a_page_that_is_only_a_notice_has_no_article_text(name: str) -> None:
    with pytest.raises(NoMainText, match=r"no article text found in the page .*notice"):
        parse_html(NOTICE_PAGES[name], "wall.html")


@pytest.mark.parametrize("name", sorted(ARTICLES_WITH_A_NOTICE))
def test_an_article_holding_a_notice_sentence_is_read_whole(name: str) -> None:
    html_text = ARTICLES_WITH_A_NOTICE[name].decode()
    text = parse_html(ARTICLES_WITH_A_NOTICE[name], "article.html").text
    last = html_text.rsplit("<p>", 1)[1].split("</p>")[0]
    assert last.split()[-2] in text


def test_a_notice_page_in_a_batch_is_one_line_and_the_article_is_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_wall.html").write_bytes(NOTICE_PAGES["consent fr"])
    (folder / "b_article.html").write_bytes(ARTICLES_WITH_A_NOTICE["cookie line en"])
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "n.db"), "ingest", str(folder), "--json"])
    assert result.exit_code == 1
    outcomes = {Path(o["where"]).name: o for o in json.loads(result.stdout)["outcomes"]}
    assert outcomes["a_wall.html"]["status"] == "failed"
    assert outcomes["a_wall.html"]["reason"].startswith("no article text found in the page (only a cookie")
    assert outcomes["b_article.html"]["status"] == "new"


def test_the_notice_phrases_are_language_data() -> None:
    """Each language's phrases are lists under ``notices`` in lang/<code>/notices.yaml."""
    for code in ("fr", "en"):
        table = load_language(code).section("notices")["notices"]
        assert {"cookies", "javascript", "paywall"} <= set(table)
        assert all(isinstance(p, str) and p == p.lower() and p.strip() for ps in table.values() for p in ps)
    assert not only_notices("Le préfet a annoncé mardi l'évacuation de deux villages menacés par le feu.")


# --- a crawler's text that is only a notice; a web page saved as .txt ------------------------------

NOTICE_TEXTS = [
    "Pour lire cet article, abonnez-vous : vous bénéficierez d'un accès à tous nos contenus en illimité.\n"
    "Déjà abonné ? Se connecter",
    "Please enable JavaScript and reload the page.\nPowered by a content platform",
    "Checking your browser before accessing the site. This process is automatic.\nRay ID 7f3a",
]


@pytest.mark.parametrize("text", NOTICE_TEXTS)
def test_a_text_that_is_only_a_notice_is_no_article(text: str) -> None:
    with pytest.raises(OnlyANotice, match="no article text"):
        make_article(text, "crawl.jsonl#3")


def test_a_crawl_record_that_is_a_notice_fails_and_the_next_one_is_stored(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.jsonl"
    records = [{"id": "wall", "text": NOTICE_TEXTS[0]},
               {"id": "brief", "text": "Un glissement de terrain a enseveli trois maisons dimanche à "
                                       "Chamoson, en Valais, a indiqué la police cantonale, qui ne fait "
                                       "état d'aucune victime. Déjà abonné ? Se connecter"}]
    crawl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "c.db"), "ingest", str(crawl), "--json",
                                      "--published", "2025-06-01"])
    outcomes = {o["where"].rsplit("#", 1)[1]: o for o in json.loads(result.stdout)["outcomes"]}
    assert result.exit_code == 1 and outcomes["wall"]["status"] == "failed"
    assert "only a cookie, consent, paywall" in outcomes["wall"]["reason"]
    assert outcomes["brief"]["status"] == "new"


def test_a_web_page_saved_as_txt_is_read_as_a_page(tmp_path: Path) -> None:
    saved = tmp_path / "saved.txt"
    saved.write_bytes(b"\xef\xbb\xbf\n  " + ARTICLES_WITH_A_NOTICE["cookie line en"])
    [article] = read_paths([saved])
    assert isinstance(article, Article) and "<" not in article.text and "footbridge" in article.text
    assert "an HTML page in a text file: read as a web page" in article.warnings
    prose = tmp_path / "prose.txt"  # a text that quotes markup further on is text
    prose.write_text("Le site a été piraté mardi : sa page d'accueil affichait <html><body>un message"
                     "</body></html> pendant deux heures, selon la mairie de Thonon.", encoding="utf-8")
    [article] = read_paths([prose])
    assert isinstance(article, Article) and "<html>" in article.text and not article.warnings


# --- gzipped JSON Lines -------------------------------------------------------------------------------

CRAWL = [{"id": f"r{i}", "text": text} for i, text in enumerate([
    "Un camion-citerne a explosé jeudi sur la route nationale près de Bouaké, tuant quatre personnes, "
    "a indiqué la gendarmerie ivoirienne.",
    "Flash floods swept away a bridge near Kasese on Friday and left two people missing, the Uganda Red "
    "Cross said in a statement.",
] * 40)]


def _gz(path: Path, records: list[dict[str, str]], keep: float = 1.0) -> Path:
    data = gzip.compress("".join(json.dumps(dict(r, id=f"{r['id']}_{i}")) + "\n"
                                 for i, r in enumerate(records)).encode())
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def test_a_gzipped_json_lines_file_is_read_and_counted(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    _gz(folder / "day.jsonl.gz", CRAWL[:6])
    listing = expand([folder])
    assert count_documents(listing) == 6 and not listing.skipped
    read = list(read_listing(listing))
    assert [a.id for a in read if isinstance(a, Article)] == [f"r{i}_{i}" for i in range(6)]


def test_a_gzipped_json_lines_file_cut_short_gives_its_first_records_then_says_so(tmp_path: Path) -> None:
    crawl = _gz(tmp_path / "day.jsonl.gz", CRAWL, keep=0.6)
    read = list(read_paths([crawl]))
    articles = [a for a in read if isinstance(a, Article)]
    failures = [f for f in read if not isinstance(f, Article)]
    assert articles and len(articles) < len(CRAWL) and len(failures) == 1
    assert "cut short or corrupt after line" in failures[0].reason
