"""Dating through other sources by the name of what was struck (newsevents/anchoring.py).

A ship at sea has no town within reach: the undated copy names the ship, and the dated report of
the same attack is found by that name. Texts written here from the general pattern (not news-dev).
"""

from __future__ import annotations

from helpers import write_articles

from newsevents import anchoring
from newsevents.ingest import ingest
from newsevents.store import Store

DATED = {"id": "ship-dated", "published": "2025-08-03", "language": "en",
         "text": "Houthi rebels fired two missiles at the Greek-owned bulk carrier Aegean Star in the Red "
                 "Sea on Sunday, setting it ablaze and injuring three crew members, the British maritime "
                 "agency UKMTO said."}
COPIES = [
    {"id": "ship-undated", "language": "en",
     "text": "Houthi missiles struck the bulk carrier Aegean Star in the Red Sea on Sunday, leaving it "
             "ablaze, its operator said. Three sailors were injured."},
    {"id": "ship-undated-fr", "language": "fr",
     "text": "Des missiles houthis ont frappé dimanche le vraquier Aegean Star en mer Rouge, provoquant un "
             "incendie à bord, a indiqué son armateur. Trois marins ont été blessés."},
]
# another ship, another day: its name is not the dated report's
OTHER = {"id": "other-ship", "language": "en",
         "text": "Houthi missiles struck the tanker Sounion Spirit in the Red Sea on Wednesday, its operator "
                 "said. No one was hurt."}



def test_a_copy_naming_the_ship_is_dated_by_the_report_of_that_ship(tmp_path, pipe) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest(write_articles(tmp_path, [DATED, *COPIES, OTHER]), store, pipeline=pipe)
        for copy in COPIES:
            pub = store.document(copy["id"])["published"]
            assert pub is not None and pub["date"] == "2025-08-03", (copy["id"], pub)
            assert pub["basis"].startswith(anchoring.BASIS_MARKER) and "ship-dated" in pub["basis"]
        assert store.document("other-ship")["published"] is None  # never a confident wrong day
        strikes = store.events(type="missile_strike")
        assert any(len(e["sources"]) == 3 for e in strikes)


def test_words_of_places_and_kinds_name_no_target() -> None:
    doc = {"text": "The Embassy of Azerbaijan in Kyiv was damaged.",
           "places": [{"text": "Kyiv", "name": "Kyiv"}], "parties": [{"kind": "state", "text": "Azerbaijan",
                                                                      "name": "Azerbaijan"}]}
    event = {"targets": [{"name": "Embassy of Azerbaijan in Kyiv", "text": "embassy"}]}
    assert not anchoring._names_target_of(event, doc)
    event = {"targets": [{"name": "Aegean Star bulk carrier", "text": "bulk carrier"}]}
    assert not anchoring._names_target_of(event, doc)
    assert anchoring._names_target_of(event, {**doc, "text": "The Aegean Star was hit."})


def test_a_word_of_nationality_names_no_target() -> None:
    """Any state's demonym, named in the article or not: "an Emirati ship rescued the crew" names
    no "Emirati fighter jet" struck elsewhere."""
    doc = {"text": "The crew was rescued by an Emirati ship; Sudanese sailors were aboard.", "places": [],
           "parties": []}
    assert not anchoring._names_target_of({"targets": [{"name": "Emirati fighter jet"}]}, doc)
    assert not anchoring._names_target_of({"targets": [{"name": "Sudanese army"}]}, doc)


def test_an_anchor_found_by_its_target_s_name_is_tried_first() -> None:
    """Single anchors tie: the one whose target the article names outweighs one found by a town."""
    by_town = {"id": "a", "date": {"start": "2025-05-04", "end": "2025-05-04", "precision": "day"}}
    by_name = {"id": "b", "date": {"start": "2025-07-09", "end": "2025-07-09", "precision": "day"}}
    assert anchoring.candidate_days([by_town, by_name])[0].isoformat() == "2025-05-04"
    assert anchoring.candidate_days([by_town, by_name], frozenset({"b"}))[0].isoformat() == "2025-07-09"
    two_by_town = [by_town, {**by_town, "id": "c"}, by_name]
    assert anchoring.candidate_days(two_by_town, frozenset({"b"}))[0].isoformat() == "2025-05-04"


def test_only_a_named_site_weighs_as_one_incident() -> None:
    """A ship or a building named is one incident; an armed group named as the side hit is not."""
    doc = {"text": "M23 rebels shelled the Aegean Star off Goma.", "places": [], "parties": []}
    group = {"targets": [{"name": "M23", "kind": "group"}]}
    ship = {"targets": [{"name": "Aegean Star", "kind": "organization"}]}
    assert anchoring._names_target_of(group, doc)
    assert not anchoring._names_target_of(group, doc, kinds=anchoring.NAMED_SITE_KINDS)
    assert anchoring._names_target_of(ship, doc, kinds=anchoring.NAMED_SITE_KINDS)
