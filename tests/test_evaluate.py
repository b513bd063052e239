"""Scoring against a gold file: matching, field judgements, claims, contradictions, bad gold files.

A small gold file is written per test next to a store filled with records built directly, so
every rule of ../shared/README.md can be checked one change at a time.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from conftest import GOLD
from test_store import make_claim, make_event

from newsevents.errors import GoldFormatError
from newsevents.evaluate import (
    HEADLINE,
    Report,
    aliases_found,
    dates_overlap,
    distance_km,
    evaluate,
    load_gold,
    match,
    stored_keys,
)
from newsevents.model import Article, Event, Near, Party, Place, Published, Weapon, When
from newsevents.read.common import sha256_of
from newsevents.store import Store

TEXT = "Une frappe de missile a touché Kiev le 3 mars. Le ministère a dénoncé l'attaque. Démenti."

GOLD_DOC = {
    "document": "doc_a",
    "published": {"start": "2025-03-03", "end": "2025-03-05"},
    "events": [
        {"id": "g-strike", "required": True, "types": ["missile_strike", "air_strike"],
         "date": {"start": "2025-03-03", "end": "2025-03-03"}, "time": "01:00",
         "location": {"name": ["Kyiv"], "country": "UA", "lat": 50.45, "lon": 30.52, "tolerance_km": 30},
         "actors": [["Russia", "Russian"]], "targets": [["Azerbaïdjan", "Azerbaijan"]],
         "weapons": [["Tochka"]], "fatalities": 0, "injured": 0},
        {"id": "g-protest", "required": True, "types": ["diplomatic_protest"],
         "date": {"start": "2025-03-03", "end": "2025-03-05"},
         "actors": [["Azerbaijan"]], "actors_required": True, "targets": [["Russia"]]},
        {"id": "g-drone", "required": False, "types": ["drone_strike"],
         "date": {"start": "2024-12-31", "end": "2024-12-31"},
         "near": {"distance_m_min": 40, "distance_m_max": 60}, "injured_min": 1,
         "statuses": ["reported", "alleged"]},
    ],
    "claims": [
        {"id": "gc-condemn", "required": True, "speaker": ["Foreign Affairs"], "stances": ["condemn"],
         "keywords": ["frappe", "attaque"]},
        {"id": "gc-deny", "required": True, "speaker": ["Defence", "Défense"], "stances": ["deny"],
         "keywords": ["démenti"], "contradicts": ["gc-condemn"]},
    ],
}

Mutate = Callable[[Article], None]


def day(iso: str, time: str | None = None) -> When:
    d = date.fromisoformat(iso)
    return When(d, d, "day", time=time)


def _quote(words: str) -> tuple[str, tuple[int, int]]:
    start = TEXT.index(words)
    return words, (start, start + len(words))


def perfect_article(doc_id: str = "3f0a9d2c1b7e4a55", path: str = "corpus/doc_a.txt") -> Article:
    """A document whose export satisfies every judgement of GOLD_DOC."""
    art = Article(text=TEXT, id=doc_id, path=path, language="fr", sha256=sha256_of(TEXT),
                  published=Published(date(2025, 3, 4)))
    kyiv = Place("Kyiv", "UA", 50.4501, 30.5234, "city")
    art.events = [
        make_event(doc_id, "missile_strike", (4, 21), day("2025-03-03", "01:00"), kyiv,
                   actors=[Party("Russian Armed Forces", "military")],
                   targets=[Party("Embassy of Azerbaijan", "diplomatic_mission")],
                   weapons=[Weapon("Tochka-U", "ballistic_missile")], fatalities=0, injured=0),
        make_event(doc_id, "diplomatic_protest", (47, 65), day("2025-03-04"),
                   actors=[Party("Azerbaijan", "state")], targets=[Party("Russia", "state")]),
        make_event(doc_id, "drone_strike", (0, 3), day("2024-12-31"),
                   Place("Odesa", "UA", 46.48, 30.72, "city", near=Near("depot", 50.0, "à 50 m")),
                   injured=2),
    ]
    condemn = make_claim(doc_id, "Ministry of Foreign Affairs of Azerbaijan", "condemn",
                         *_quote("Le ministère a dénoncé l'attaque"))
    deny = make_claim(doc_id, "Ministry of Defence of Russia", "deny", *_quote("Démenti"))
    condemn.contradicts, deny.contradicts = [deny.id], [condemn.id]
    art.claims = [condemn, deny]
    return art


def score(tmp_path: Path, mutate: Mutate | None = None, gold_doc: dict | None = None,
          article: Article | None = None):  # type: ignore[no-untyped-def]
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps({"about": "test", "documents": [gold_doc or GOLD_DOC]}), encoding="utf-8")
    art = article or perfect_article()
    if mutate:
        mutate(art)
    with Store.open(str(tmp_path / "s.db")) as store:
        store.save(art)
        return evaluate(gold_path, store)


def event(art: Article, type_: str) -> Event:
    return next(e for e in art.events if e.type == type_)


# --- headline figures -----------------------------------------------------------------------------
def test_a_perfect_store_scores_one_everywhere(tmp_path: Path) -> None:
    report = score(tmp_path)
    assert report.headline() == dict.fromkeys(HEADLINE, 1.0)
    assert list(report.headline()) == list(HEADLINE)


def test_a_missed_required_event_lowers_recall_not_precision(tmp_path: Path) -> None:
    def drop(art: Article) -> None:
        art.events = [e for e in art.events if e.type != "diplomatic_protest"]

    h = score(tmp_path, drop).headline()
    assert h["event_recall"] == 0.5 and h["event_precision"] == 1.0
    assert h["event_f1"] == pytest.approx(2 / 3)


def test_a_missed_optional_event_costs_nothing(tmp_path: Path) -> None:
    def drop(art: Article) -> None:
        art.events = [e for e in art.events if e.type != "drone_strike"]

    h = score(tmp_path, drop).headline()
    assert (h["event_recall"], h["event_precision"]) == (1.0, 1.0)


@pytest.mark.parametrize(("change", "why"), [
    (lambda e: setattr(e, "type", "shelling"), "type not in the gold types"),
    (lambda e: setattr(e, "date", day("2025-02-01")), "dates do not overlap"),
    (lambda e: setattr(e, "date", None), "no date against a dated gold event"),
])
def test_an_event_that_does_not_match(tmp_path: Path, change: Callable[[Event], None], why: str) -> None:
    h = score(tmp_path, lambda art: change(event(art, "missile_strike"))).headline()
    assert h["event_recall"] == 0.5, why
    assert h["event_precision"] == pytest.approx(2 / 3), why


def test_the_second_accepted_type_matches(tmp_path: Path) -> None:
    h = score(tmp_path, lambda art: setattr(event(art, "missile_strike"), "type", "air_strike")).headline()
    assert h["event_recall"] == 1.0


def test_an_extra_event_lowers_precision(tmp_path: Path) -> None:
    def add(art: Article) -> None:
        art.events.append(make_event(art.id, "arrest", (30, 34), day("2025-03-03")))

    h = score(tmp_path, add).headline()
    assert (h["event_recall"], h["event_precision"]) == (1.0, 0.75)


def test_one_exported_event_is_credited_once(tmp_path: Path) -> None:
    gold = copy.deepcopy(GOLD_DOC)
    twin = copy.deepcopy(gold["events"][0]) | {"id": "g-strike-twin"}
    gold["events"].append(twin)
    report = score(tmp_path, gold_doc=gold)
    found = {e.gold_id: e.matched for e in report.documents[0].events}
    assert (found["g-strike"] is None) != (found["g-strike-twin"] is None)
    assert report.headline()["event_recall"] == pytest.approx(2 / 3)


def test_matching_is_maximal_not_greedy(tmp_path: Path) -> None:
    """Gold A accepts both exported events, gold B only the first: both must be matched."""
    gold = {"document": "doc_a", "claims": [], "events": [
        {"id": "A", "types": ["missile_strike", "diplomatic_protest"]},
        {"id": "B", "types": ["missile_strike"]},
    ]}
    report = score(tmp_path, gold_doc=gold)
    assert all(e.matched for e in report.documents[0].events)


# --- field judgements ---------------------------------------------------------------------------------
FieldChange = Callable[[Event], None]


@pytest.mark.parametrize(("change", "wrong"), [
    (lambda e: None, set()),
    (lambda e: setattr(e, "date", When(date(2025, 3, 1), date(2025, 3, 5), "range")), {"date", "time"}),
    (lambda e: setattr(e.date, "time", "02:00"), {"time"}),
    (lambda e: setattr(e, "location", Place("Lviv", "UA", 49.84, 24.03, "city")), {"location"}),
    (lambda e: setattr(e, "location", Place("Ukraine", "UA", None, None, "country")), {"location"}),
    (lambda e: setattr(e, "location", Place("Brovary", "UA", 50.51, 30.79, "city")), set()),  # 20 km
    (lambda e: setattr(e, "actors", [Party("Ukraine", "state")]), {"actors"}),
    (lambda e: setattr(e, "actors", []), {"actors"}),  # actors are required unless the gold says not
    (lambda e: setattr(e, "targets", [Party("AZERBAÏDJAN embassy", "diplomatic_mission")]), set()),
    (lambda e: setattr(e, "weapons", []), {"weapons"}),
    (lambda e: setattr(e, "weapons", [Weapon("9K720", "ballistic_missile")]), {"weapons"}),
    (lambda e: setattr(e, "fatalities", None), {"fatalities"}),
    (lambda e: setattr(e, "injured", 1), {"injured"}),
])
def test_strike_fields(tmp_path: Path, change: FieldChange, wrong: set[str]) -> None:
    report = score(tmp_path, lambda art: change(event(art, "missile_strike")))
    strike = next(e for e in report.documents[0].events if e.gold_id == "g-strike")
    assert strike.matched
    assert {f.name for f in strike.fields} == {"date", "time", "location", "actors", "targets", "weapons",
                                               "fatalities", "injured"}
    assert {f.name for f in strike.fields if not f.ok} == wrong
    total = sum(len(e.fields) for e in report.documents[0].events)
    assert report.headline()["field_accuracy"] == pytest.approx((total - len(wrong)) / total)


@pytest.mark.parametrize(("change", "wrong"), [
    (lambda e: None, set()),
    (lambda e: setattr(e, "injured", None), {"injured"}),
    (lambda e: setattr(e, "injured", 0), {"injured"}),
    (lambda e: setattr(e.location.near, "distance_m", 500.0), {"near"}),
    (lambda e: setattr(e.location, "near", None), {"near"}),
    (lambda e: setattr(e, "status", "denied"), {"status"}),
    (lambda e: setattr(e, "status", "alleged"), set()),
])
def test_optional_event_fields(tmp_path: Path, change: FieldChange, wrong: set[str]) -> None:
    report = score(tmp_path, lambda art: change(event(art, "drone_strike")))
    drone = next(e for e in report.documents[0].events if e.gold_id == "g-drone")
    assert {f.name for f in drone.fields} == {"date", "near", "injured", "status"}
    assert {f.name for f in drone.fields if not f.ok} == wrong


def test_optional_actors_are_not_judged_when_absent(tmp_path: Path) -> None:
    gold = copy.deepcopy(GOLD_DOC)
    gold["events"][0]["actors_required"] = False
    report = score(tmp_path, lambda art: setattr(event(art, "missile_strike"), "actors", []), gold)
    strike = report.documents[0].events[0]
    assert "actors" not in {f.name for f in strike.fields}
    other = tmp_path / "wrong-actor"
    other.mkdir()
    ukraine = [Party("Ukraine")]
    wrong = score(other, lambda art: setattr(event(art, "missile_strike"), "actors", ukraine), gold)
    assert not next(f for f in wrong.documents[0].events[0].fields if f.name == "actors").ok


def test_a_weapon_alias_may_name_the_category(tmp_path: Path) -> None:
    gold = copy.deepcopy(GOLD_DOC)
    gold["events"][2]["weapons"] = [["drone"]]

    def arm(art: Article) -> None:
        event(art, "drone_strike").weapons = [Weapon("Shahed-136", "drone")]

    report = score(tmp_path, arm, gold)
    drone = report.documents[0].events[2]
    assert next(f for f in drone.fields if f.name == "weapons").ok


# --- claims -------------------------------------------------------------------------------------------
def test_a_wrong_stance_is_matched_but_counted_wrong(tmp_path: Path) -> None:
    h = score(tmp_path, lambda art: setattr(art.claims[1], "stance", "assert")).headline()
    assert (h["claim_recall"], h["claim_precision"], h["stance_accuracy"]) == (1.0, 1.0, 0.5)


@pytest.mark.parametrize("change", [
    lambda c: setattr(c, "content", "rien à voir"),  # no keyword
    lambda c: setattr(c, "speaker", Party("Kremlin")),  # no speaker alias
])
def test_a_claim_that_does_not_match(tmp_path: Path, change: Callable) -> None:  # type: ignore[type-arg]
    h = score(tmp_path, lambda art: change(art.claims[1])).headline()
    assert (h["claim_recall"], h["claim_precision"]) == (0.5, 0.5)
    assert h["contradictions_linked"] == 0.0  # one side of the pair is missing


def test_keywords_and_speakers_ignore_case_and_accents(tmp_path: Path) -> None:
    def shout(art: Article) -> None:
        art.claims[1].content = "DEMENTI FORMEL"
        art.claims[1].speaker = Party("ministère de la DEFENSE")

    assert score(tmp_path, shout).headline()["claim_recall"] == 1.0


def test_contradictions_must_be_linked(tmp_path: Path) -> None:
    def unlink(art: Article) -> None:
        for c in art.claims:
            c.contradicts = []

    report = score(tmp_path, unlink)
    assert report.headline()["contradictions_linked"] == 0.0
    assert report.documents[0].contradictions == [("gc-deny", "gc-condemn", False)]


def test_a_link_on_one_side_is_enough(tmp_path: Path) -> None:
    assert score(tmp_path, lambda art: setattr(art.claims[0], "contradicts", [])).headline()[
        "contradictions_linked"] == 1.0


# --- documents ------------------------------------------------------------------------------------------
def test_a_publication_date_outside_the_gold_interval(tmp_path: Path) -> None:
    h = score(tmp_path, lambda art: setattr(art, "published", Published(date(2025, 3, 9)))).headline()
    assert h["publication_dates"] == 0.0


@pytest.mark.parametrize(("doc_id", "path"), [
    ("doc_a", None),  # by id (a JSONL record's own id)
    ("3f0a9d2c1b7e4a55", "some/where/doc_a.txt"),  # by file stem
    ("3f0a9d2c1b7e4a55", "feed.jsonl#doc_a"),  # by the JSONL record id in the path
])
def test_gold_documents_are_found_by_id_or_path(tmp_path: Path, doc_id: str, path: str | None) -> None:
    report = score(tmp_path, article=perfect_article(doc_id, path))  # type: ignore[arg-type]
    assert report.documents[0].stored == doc_id
    assert report.headline()["event_recall"] == 1.0


def test_stored_keys() -> None:
    assert stored_keys({"id": "x", "path": "a/b/000_abc.txt"}) == {"x", "000_abc.txt", "000_abc"}
    assert stored_keys({"id": "x", "path": None}) == {"x"}
    assert stored_keys({"id": "x", "path": "in.jsonl#r7"}) == {"x", "in.jsonl", "in", "r7"}


def test_a_gold_document_not_in_the_store_is_all_missed(tmp_path: Path) -> None:
    report = score(tmp_path, article=perfect_article("other", "elsewhere/other.txt"))
    d = report.documents[0]
    assert d.stored is None
    h = report.headline()
    assert (h["event_recall"], h["claim_recall"], h["publication_dates"]) == (0.0, 0.0, 0.0)
    assert "not in the store" in report.render()


def test_render_shows_detail_and_headline(tmp_path: Path) -> None:
    text = score(tmp_path, lambda art: setattr(event(art, "missile_strike"), "fatalities", 3)).render()
    for needle in ("doc_a", "g-strike", "g-protest", "gc-deny", "[XX] fatalities: 3", "headline:",
                   *HEADLINE):
        assert needle in text


def test_the_report_as_plain_data(tmp_path: Path) -> None:
    data = json.loads(json.dumps(score(tmp_path, lambda art: art.claims.pop()).to_json()))
    assert data["headline"]["claim_recall"] == 0.5
    assert data["counts"]["claims_exported"] == 1
    assert data["fields"]["date"] == {"right": 3, "judged": 3}
    assert [c["matched"] is None for c in data["documents"][0]["claims"]] == [False, True]


def test_the_confusion_table_tells_a_wrong_type_from_a_wrong_date_and_an_invention(tmp_path: Path) -> None:
    def spoil(art: Article) -> None:
        event(art, "missile_strike").type = "armed_clash"  # same dates, wrong type
        event(art, "diplomatic_protest").date = day("2024-01-01")  # right type, other dates
        art.events.append(make_event(art.id, "ceasefire", (0, 3), day("2020-01-01")))  # invented

    table = score(tmp_path, spoil).confusion()
    assert table[("missile_strike", "armed_clash")] == 1
    assert table[("diplomatic_protest", "(date)")] == 1
    assert table[("(none)", "ceasefire")] == 1
    assert table[("drone_strike", "drone_strike")] == 1  # found: counted under its own type
    assert ("(none)", "diplomatic_protest") in table  # the wrong-date event is still unmatched
    (tmp_path / "again").mkdir()
    rendered = score(tmp_path / "again", spoil).render()
    assert "missile_strike" in rendered and "-> armed_clash" in rendered


def test_several_gold_files_score_as_one_report(tmp_path: Path) -> None:
    other = copy.deepcopy(GOLD_DOC) | {"document": "doc_b"}
    paths = []
    for name, doc in (("a", GOLD_DOC), ("b", other)):
        paths.append(tmp_path / f"{name}.gold.json")
        paths[-1].write_text(json.dumps({"documents": [doc]}), encoding="utf-8")
    with Store.open(str(tmp_path / "s.db")) as store:
        store.save(perfect_article())
        report = evaluate(paths, store)
    assert [d.key for d in report.documents] == ["doc_a", "doc_b"]
    assert report.headline()["event_recall"] == 0.5  # doc_b is not in the store


def _two_reports(tmp_path: Path, same_incident: bool, clusters: list) -> Report:
    """doc_a and doc_b each report the missile strike; the store merges them or not."""
    other = copy.deepcopy(GOLD_DOC) | {"document": "doc_b"}
    gold = tmp_path / "g.gold.json"
    gold.write_text(json.dumps({"documents": [GOLD_DOC, other]}), encoding="utf-8")
    links = tmp_path / "clusters.json"
    links.write_text(json.dumps({"about": "test", "clusters": clusters}), encoding="utf-8")
    a = perfect_article()
    b = perfect_article(doc_id="4a1b2c3d4e5f6071", path="corpus/doc_b.txt")
    b.sha256 = sha256_of(TEXT + " ")  # another document (the store keys documents by content)
    if not same_incident:
        for e in b.events:  # elsewhere, and nothing named in common
            e.location, e.targets, e.weapons = Place("Lviv", "UA", 49.84, 24.03, "city"), [], []
    with Store.open(str(tmp_path / "s.db")) as store:
        store.save(a)
        store.save(b)
        report = evaluate([gold, links], store)
    merged = {e.matched for d in report.documents for e in d.events if e.gold_id == "g-strike"}
    assert (len(merged) == 1) == same_incident  # the store's resolver decided, not this test
    return report


def test_merge_pairs_are_scored_on_found_events(tmp_path: Path) -> None:
    report = _two_reports(tmp_path, True, [[["doc_a", "g-strike"], ["doc_b", "g-strike"]]])
    n = report.merge_pairs()
    assert n["gold_pairs"] == 1 and n["right_pairs"] == 1
    assert report.merging()["merge_recall"] == 1.0
    assert "merge_recall" in report.render()


def test_a_merge_that_the_gold_does_not_cluster_costs_precision(tmp_path: Path) -> None:
    report = _two_reports(tmp_path, True, [])
    n = report.merge_pairs()
    assert n["gold_pairs"] == 0 and n["merged_pairs"] >= 1
    assert report.merging()["merge_precision"] == 0.0


def test_a_missed_merge_costs_recall(tmp_path: Path) -> None:
    report = _two_reports(tmp_path, False, [[["doc_a", "g-strike"], ["doc_b", "g-strike"]]])
    n = report.merge_pairs()
    assert n["gold_pairs"] == 1 and n["right_pairs"] == 0
    assert report.merging()["merge_recall"] == 0.0


@pytest.mark.parametrize("clusters", [["doc_a", "g-strike"], [["doc_a"]], "x"])
def test_a_malformed_cluster_is_a_gold_format_error(tmp_path: Path, clusters: object) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"clusters": [clusters] if clusters != "x" else "x"}), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="clusters"):
        load_gold(path)


def test_evaluate_opens_a_database_path(tmp_path: Path) -> None:
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps({"documents": [GOLD_DOC]}), encoding="utf-8")
    db = tmp_path / "p.db"
    with Store.open(str(db)) as store:
        store.save(perfect_article())
    assert evaluate(gold_path, str(db)).headline()["event_recall"] == 1.0


# --- helpers ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("groups", "names", "expected"), [
    ([["Russia", "Russian"]], ["Russian Armed Forces"], True),
    ([["Russia"]], ["russia"], True),
    ([["Bakou"]], ["BAKOU"], True),
    ([["Azerbaïdjan"]], ["Embassy of Azerbaidjan"], True),
    ([["Scholz"], ["Macron"]], ["Olaf Scholz", "Emmanuel Macron"], True),
    ([["Scholz"], ["Macron"]], ["Olaf Scholz"], False),
    ([["Russia"]], ["Rus"], False),  # the alias must be inside the name, not the reverse
    ([], [], True),
    ([], ["Russia"], False),
])
def test_aliases_found(groups: list[list[str]], names: list[str], expected: bool) -> None:
    assert aliases_found(groups, names) is expected


@pytest.mark.parametrize(("gold", "when", "expected"), [
    ({"start": "2020-09-01", "end": "2020-12-21"}, {"start": "2020-11-10", "end": "2020-11-10"}, True),
    ({"start": "2020-09-01", "end": "2020-12-21"}, {"start": "2020-12-21", "end": "2021-01-05"}, True),
    ({"start": "2020-09-01", "end": "2020-12-21"}, {"start": "2020-12-22", "end": "2021-01-05"}, False),
    ({"start": "2020-09-01", "end": "2020-12-21"}, None, False),
    (None, None, True),
])
def test_dates_overlap(gold: dict | None, when: dict | None, expected: bool) -> None:
    assert dates_overlap(gold, when) is expected


def test_distance_km() -> None:
    assert distance_km(50.4501, 30.5234, 49.9935, 36.2304) == pytest.approx(410, abs=10)  # Kyiv-Kharkiv
    assert distance_km(10, 10, 10, 10) == 0


# --- gold files -----------------------------------------------------------------------------------------
def test_the_shared_gold_file_loads() -> None:
    gold = load_gold(GOLD)
    assert len(gold["documents"]) == 2


def test_an_empty_store_scores_zero_on_the_shared_gold(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "empty.db")) as store:
        report = evaluate(GOLD, store)
    counts = report.counts()
    assert (counts["events_required"], counts["claims_required"]) == (12, 9)
    assert set(report.headline().values()) == {0.0}


BAD_GOLD = [
    ("not json at all", "invalid JSON at line 1"),
    ("[]", '"documents" list'),
    ('{"documents": {}}', '"documents" list'),
    ('{"documents": [{"events": []}]}', r'documents\[0\].*"document" key'),
    ('{"documents": [{"document": "d", "events": [{"id": "e"}]}]}', r"events\[0\]\.types"),
    ('{"documents": [{"document": "d", "events": [{"id": "e", "types": []}]}]}', r"events\[0\]\.types"),
    ('{"documents": [{"document": "d", "events": [{"id": "e", "types": ["x"], '
     '"date": {"start": "2020-13-01", "end": "2020-12-01"}}]}]}', "not an ISO date"),
    ('{"documents": [{"document": "d", "events": [{"id": "e", "types": ["x"], '
     '"date": {"start": "2021-01-02", "end": "2021-01-01"}}]}]}', "is after end"),
    ('{"documents": [{"document": "d", "events": [{"id": "e", "types": ["x"], '
     '"location": {"lat": "50", "lon": 30, "tolerance_km": 5}}]}]}', r"location.*lat, lon"),
    ('{"documents": [{"document": "d", "events": [{"id": "e", "types": ["x"], "actors": ["Russia"]}]}]}',
     r"actors\[0\]"),
    ('{"documents": [{"document": "d", "events": [{"id": "e", "types": ["x"], "fatalities": "2"}]}]}',
     "integer or null"),
    ('{"documents": [{"document": "d", "claims": [{"id": "c", "speaker": ["X"], "stances": ["deny"]}]}]}',
     r"claims\[0\]\.keywords"),
    ('{"documents": [{"document": "d", "claims": [{"id": "c", "speaker": ["X"], "stances": ["deny"], '
     '"keywords": ["k"], "contradicts": ["nope"]}]}]}', "no claim 'nope'"),
]


@pytest.mark.parametrize(("content", "message"), BAD_GOLD)
def test_a_bad_gold_file_is_a_gold_format_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with Store.open(str(tmp_path / "s.db")) as store, pytest.raises(GoldFormatError, match=message) as caught:
        evaluate(path, store)
    assert str(path) in str(caught.value)


def test_a_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="no such file"):
        load_gold(tmp_path / "absent.json")


def test_an_optional_record_leaves_a_required_one_its_best_match() -> None:
    """Both gold records accept both exported ones and both score the first higher: the optional one,
    matched after, must not push the required one onto its worse candidate (both stay matched)."""
    gold = [{"id": "R", "required": True}, {"id": "O", "required": False}]
    exported = [{"id": "best"}, {"id": "worse"}]
    scores = {("R", "best"): 1.0, ("R", "worse"): 0.5, ("O", "best"): 0.9, ("O", "worse"): 0.4}
    held = match(gold, exported, lambda g, x: True, lambda g, x: scores[g["id"], x["id"]])
    assert held == {0: 0, 1: 1}
