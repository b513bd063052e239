"""Dating an article through other sources (newsevents/anchoring.py), end to end through ingest.

The articles are written here from the general pattern (an agency copy with "mardi" or
"yesterday" and no date, beside a dated report of the same strike), in French and English.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents import anchoring
from newsevents.export import records as export_records
from newsevents.ingest import ingest
from newsevents.store import Store

DOCS = {
    "dated": {"id": "kharkiv-dated", "published": "2024-01-16", "language": "fr",
              "text": "Deux missiles russes ont frappé mardi un immeuble résidentiel dans le centre de "
                      "Kharkiv, faisant 17 blessés, ont indiqué les autorités locales."},
    "undated": {"id": "kharkiv-undated", "language": "fr",
                "text": "Des missiles russes sont tombés mardi soir sur des immeubles d'habitation à "
                        "Kharkiv, blessant 17 personnes, a déclaré le gouverneur."},
    "week_later": {"id": "kharkiv-week-later", "published": "2024-01-23", "language": "fr",
                   "text": "Un missile russe a frappé mardi un entrepôt à Kharkiv, faisant trois blessés, "
                           "selon le maire de la ville."},
    "other_town": {"id": "odesa-dated", "published": "2024-01-16", "language": "fr",
                   "text": "Un drone russe a frappé mardi le port d'Odessa, faisant deux blessés, selon "
                           "les autorités régionales."},
    "en_dated": {"id": "kryvyi-dated", "published": "2025-04-04", "language": "en",
                 "text": "A Russian missile struck a residential area of Kryvyi Rih on Friday, killing 16 "
                         "people including six children, local authorities said."},
    "swap_dated": {"id": "swap-dated", "published": "2022-03-24", "language": "en",
                   "text": "Russia and Ukraine carried out their first exchange of prisoners of war on "
                           "Thursday, Ukraine's deputy prime minister said."},
    "swap_undated": {"id": "swap-undated", "language": "en",
                     "text": "Ukraine and Russia exchanged prisoners of war on Thursday, the first such swap "
                             "since the invasion began, Ukrainian officials said."},
    "en_yesterday": {"id": "kryvyi-yesterday", "language": "en",
                     "text": "A Russian missile attack on Kryvyi Rih killed 16 people yesterday, including "
                             "six children, the regional governor said."},
}


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, doc in DOCS.items():
        path = tmp_path / f"{name}.jsonl"
        path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
        out[name] = path
    return out


def _published(store: Store, doc_id: str) -> dict | None:
    record = store.document(doc_id)
    assert record is not None
    return record["published"]


def _events(store: Store, doc_id: str) -> list[dict]:
    return store.stored_events(doc_id)


def _register(store: Store) -> list[str]:
    """The export without paths (which name the input file), as comparable lines."""
    lines = []
    for rec in export_records(store):
        rec = {k: v for k, v in rec.items() if k != "path"}
        lines.append(json.dumps(rec, sort_keys=True, ensure_ascii=False))
    return sorted(lines)


def test_an_undated_copy_takes_the_day_of_the_strike_another_source_dates(tmp_path, files, pipe) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        summary = ingest([files["dated"], files["undated"]], store, pipeline=pipe)
        assert summary.dated == ["kharkiv-undated"]
        assert "1 undated dated through other sources" in summary.line()
        pub = _published(store, "kharkiv-undated")
        assert pub is not None and pub["date"] == "2024-01-16" and pub["inferred"] is True
        assert pub["basis"].startswith(anchoring.BASIS_MARKER) and "kharkiv-dated" in pub["basis"]
        events = _events(store, "kharkiv-undated")
        assert [(e["type"], e["date"]["start"]) for e in events] == [("missile_strike", "2024-01-16")]
        # the two reports are now one incident with two sources
        incidents = store.events(type="missile_strike")
        assert len(incidents) == 1 and len(incidents[0]["sources"]) == 2
        outcome = next(o for o in summary.outcomes if o.document == "kharkiv-undated")
        assert outcome.events == 1 and not any(w.startswith("no publication date") for w in outcome.warnings)


def test_yesterday_in_an_undated_english_copy_puts_publication_the_day_after(tmp_path, files, pipe) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest([files["en_dated"], files["en_yesterday"]], store, pipeline=pipe)
        assert _published(store, "kryvyi-yesterday")["date"] == "2025-04-05"
        assert [e["date"]["start"] for e in _events(store, "kryvyi-yesterday")] == ["2025-04-04"]


def test_a_swap_between_the_same_two_countries_dates_a_copy_that_names_no_town(tmp_path, files, pipe) -> None:
    """Types without a place of their own (a prisoner swap, a summons) anchor on their parties."""
    with Store.open(str(tmp_path / "x.db")) as store:
        summary = ingest([files["swap_dated"], files["swap_undated"]], store, pipeline=pipe)
        assert summary.dated == ["swap-undated"]
        pub = _published(store, "swap-undated")
        assert pub["date"] == "2022-03-24" and " at " not in pub["basis"]
        assert [e["type"] for e in _events(store, "swap-undated")] == ["prisoner_exchange"]


def test_a_town_struck_on_two_tuesdays_leaves_the_copy_undated(tmp_path, files, pipe) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        summary = ingest([files["dated"], files["week_later"], files["undated"]], store, pipeline=pipe)
        assert summary.dated == []
        assert _published(store, "kharkiv-undated") is None
        assert _events(store, "kharkiv-undated") == []


def test_a_report_of_another_town_dates_nothing(tmp_path, files, pipe) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        summary = ingest([files["other_town"], files["undated"]], store, pipeline=pipe)
        assert summary.dated == [] and _published(store, "kharkiv-undated") is None


@pytest.mark.parametrize("runs", [
    [["undated"], ["dated"]],
    [["dated"], ["undated"]],
    [["undated", "dated"]],
], ids=["undated-first", "dated-first", "together"])
def test_the_order_of_arrival_changes_nothing(tmp_path, files, pipe, runs) -> None:
    with Store.open(str(tmp_path / "reference.db")) as store:
        ingest([files["dated"], files["undated"]], store, pipeline=pipe)
        expected = _register(store)
    with Store.open(str(tmp_path / "x.db")) as store:
        for names in runs:
            ingest([files[n] for n in names], store, pipeline=pipe)
        assert _register(store) == expected


def test_a_later_rival_report_takes_the_date_back(tmp_path, files, pipe) -> None:
    """Dated by one source, then a report of the same town a week later makes it ambiguous:
    the copy goes back to undated, as if all three had come together."""
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest([files["dated"], files["undated"]], store, pipeline=pipe)
        assert _published(store, "kharkiv-undated")["date"] == "2024-01-16"
        ingest([files["week_later"]], store, pipeline=pipe)
        assert _published(store, "kharkiv-undated") is None
        assert _events(store, "kharkiv-undated") == []


def test_reingesting_changes_nothing(tmp_path, files, pipe) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest([files["dated"], files["undated"]], store, pipeline=pipe)
        before = _register(store)
        summary = ingest([files["dated"], files["undated"]], store, pipeline=pipe)
        assert summary.count("unchanged") == 2 and summary.dated == []
        assert _register(store) == before


def test_choose_refuses_equal_support_on_days_far_apart() -> None:
    from datetime import date

    from newsevents.model import Article

    def hyp(day: str, anchor_day: str) -> anchoring.Hypothesis:
        h = anchoring.Hypothesis(date.fromisoformat(day), Article(text=""), matched=1, own=1)
        h.anchor_days.add(date.fromisoformat(anchor_day))
        return h

    chosen, _ = anchoring.choose([hyp("2024-01-16", "2024-01-16"), hyp("2024-01-17", "2024-01-16")])
    assert chosen is not None and chosen.day.isoformat() == "2024-01-16"  # the earliest of one incident
    chosen, reason = anchoring.choose([hyp("2024-01-16", "2024-01-16"), hyp("2024-01-23", "2024-01-23")])
    assert chosen is None and "several days" in reason
    inconsistent = hyp("2024-07-08", "2024-07-08")
    inconsistent.consistent = False
    chosen, _ = anchoring.choose([inconsistent, hyp("2024-07-09", "2024-07-08")])
    assert chosen is not None and chosen.day.isoformat() == "2024-07-09"  # a stated date is not future


def test_a_weak_inferred_range_is_examined_and_floors_the_hypotheses(tmp_path) -> None:
    """A publication inferred only as a range ("le 3 mai" after "fin 2021") is weak evidence: the
    article is examined again, and no day before that range's start is tried."""
    from datetime import date

    from newsevents.model import Article, Published

    with Store.open(str(tmp_path / "x.db")) as store:
        for doc_id, pub in [("weak", Published(date(2022, 5, 3), "range", inferred=True, basis="weak")),
                            ("stated", Published(date(2024, 5, 3), "day", inferred=False, basis="given")),
                            ("own-day", Published(date(2024, 5, 3), "day", inferred=True, basis="newest")),
                            ("none", None)]:
            store.save(Article(text=f"Texte {doc_id}.", id=doc_id, language="fr", published=pub,
                               sha256=doc_id * 8))
        docs = {d["id"]: d for d in store.documents_to_date("2000-01-01", anchoring.BASIS_MARKER)}
        assert sorted(docs) == ["none", "weak"]
        assert anchoring._loose_floor(docs["weak"]) == date(2022, 5, 3)
        assert anchoring._loose_floor(docs["none"]) is None


def test_a_run_that_brings_nothing_near_an_undated_article_does_not_examine_it(tmp_path, files, pipe) -> None:
    """Only articles saved by the run, or those a report saved by the run may date, are extracted
    again: posting one unrelated article never re-examines the whole window."""
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest([files["undated"], files["other_town"]], store, pipeline=pipe)
        extracted: list[str] = []

        def process(articles):
            articles = list(articles)
            extracted.extend(a.id for a in articles)
            return pipe.process_many(articles, keep_docs=False)

        anchoring.date_through_sources(store, process, fresh={"odesa-dated"})
        assert extracted == []
        anchoring.date_through_sources(store, process, fresh={"kharkiv-undated"})
        assert set(extracted) <= {"kharkiv-undated"}  # examined (its anchors are elsewhere: none)
        ingest([files["dated"]], store, pipeline=pipe)  # a report of its town: examined, dated
        assert _published(store, "kharkiv-undated")["date"] == "2024-01-16"


def test_dating_through_sources_can_be_turned_off(tmp_path, files, pipe, monkeypatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_DATING_DAYS", "0")
    with Store.open(str(tmp_path / "x.db")) as store:
        summary = ingest([files["dated"], files["undated"]], store, pipeline=pipe)
        assert summary.dated == [] and _published(store, "kharkiv-undated") is None


def test_with_worker_processes_the_copy_is_dated_the_same(tmp_path, files) -> None:
    """The hypotheses run through the ingest's own engine (here two worker processes)."""
    with Store.open(str(tmp_path / "x.db")) as store:
        summary = ingest([files["dated"], files["undated"]], store, workers=2)
        assert summary.ok and summary.dated == ["kharkiv-undated"]
        assert _published(store, "kharkiv-undated")["date"] == "2024-01-16"


REGION_DOCS = {
    "dated": {"id": "goma-dated", "published": "2024-05-03", "language": "fr",
              "text": "Un camp de déplacés a été touché ce vendredi par une bombe à Goma, faisant au moins "
                      "quatre morts, selon des sources locales."},
    "region": {"id": "goma-region", "language": "fr",
               "text": "Le bilan du bombardement d'un camp de déplacés le 3 mai dans l'est de la République "
                       "démocratique du Congo s'est alourdi à 35 morts, selon un ministre qui s'exprimait "
                       "à Goma."},
    "country": {"id": "goma-country", "language": "fr",
                "text": "Le bilan du bombardement d'un camp de déplacés le 3 mai en République démocratique "
                        "du Congo s'est alourdi à 35 morts, selon un ministre qui s'exprimait à Goma."},
}


@pytest.mark.parametrize(("name", "dated"), [("region", True), ("country", False)])
def test_an_incident_placed_in_a_region_holding_the_named_town_anchors_a_country_does_not(
        tmp_path, pipe, name, dated) -> None:
    """"Dans l'est de la RDC" holds Goma, which the article names: the region places the incident
    near the dated report; "en RDC" alone is a whole country, where too much happens each day."""
    paths = []
    for key in ("dated", name):
        path = tmp_path / f"{key}.jsonl"
        path.write_text(json.dumps(REGION_DOCS[key], ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(path)
    with Store.open(str(tmp_path / "x.db")) as store:
        summary = ingest(paths, store, pipeline=pipe)
        doc_id = REGION_DOCS[name]["id"]
        assert summary.dated == ([doc_id] if dated else [])
        pub = _published(store, doc_id)
        assert (pub is not None and pub["date"] == "2024-05-03") is dated


def test_a_publication_long_after_the_anchor_is_no_publication_of_that_news() -> None:
    """"On September 14" read under a publication months later is the year before: such a
    hypothesis matches the anchor by its own words but publishes no news of it."""
    from datetime import date

    from newsevents.model import Article

    far = anchoring.Hypothesis(date(2026, 3, 24), Article(text=""), matched=1, own=1)
    far.anchor_days.add(date(2025, 9, 14))
    chosen, reason = anchoring.choose([far])
    assert chosen is None and "no incident" in reason
    near = anchoring.Hypothesis(date(2025, 9, 15), Article(text=""), matched=1, own=1)
    near.anchor_days.add(date(2025, 9, 14))
    chosen, _ = anchoring.choose([far, near])
    assert chosen is near
