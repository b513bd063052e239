"""Dating through other sources when the undated copy is a follow-up told days later.

A toll update ("le bilan de la frappe de vendredi dernier est passé à 20 morts, ont indiqué les
autorités quatre jours plus tard"), a minister who "a déclaré jeudi" the toll of a strike "du 3
mai": the other source dates the strike; the copy's own words date its writing after it. The
articles are written here from the general pattern (not from news-dev), in French and English.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers import write_articles

from newsevents import anchoring
from newsevents.ingest import ingest
from newsevents.store import Store

# the strike every copy below reports: Friday 7 March 2025, at Sloviansk (Donetsk oblast)
STRIKE = {"id": "strike-dated", "published": "2025-03-07", "language": "fr",
          "text": "Un missile russe a frappé vendredi un marché de Sloviansk, dans l'est de l'Ukraine, "
                  "faisant huit morts, selon les autorités régionales."}
STRIKE_EN = {"id": "strike-dated-en", "published": "2025-03-07", "language": "en",
             "text": "A Russian missile struck a market in Sloviansk in eastern Ukraine on Friday, "
                     "killing eight people, regional authorities said."}

FOLLOW_UPS = [
    # a count of days from the strike dates the authorities' words; a funeral "samedi" is ahead
    ({"id": "toll-days-later", "language": "fr",
      "text": "Le bilan de la frappe de missile qui avait touché vendredi dernier le marché de "
              "Sloviansk est passé de 8 à 20 morts, ont indiqué les autorités régionales quatre jours "
              "plus tard. Les obsèques des victimes seront organisées samedi à Sloviansk."},
     date(2025, 3, 11)),
    # a written day without a year and a reporting weekday after it: the first Thursday after
    ({"id": "toll-said-thursday", "language": "fr",
      "text": "Le bilan de la frappe de missile du 7 mars sur le marché de Sloviansk, dans l'est de "
              "l'Ukraine, s'est alourdi à 20 morts, a déclaré jeudi le gouverneur de la région."},
     date(2025, 3, 13)),
    ({"id": "toll-said-thursday-en", "language": "en",
      "text": "The death toll from the March 7 missile strike on a market in Sloviansk in eastern "
              "Ukraine has risen to 20, the regional governor said on Thursday."},
     date(2025, 3, 13)),
]



@pytest.mark.parametrize(("doc", "expected"), FOLLOW_UPS, ids=[d["id"] for d, _ in FOLLOW_UPS])
def test_a_follow_up_is_published_when_its_words_were_said_not_on_the_strike_day(
        tmp_path, pipe, doc, expected) -> None:
    source = STRIKE_EN if doc["language"] == "en" else STRIKE
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest(write_articles(tmp_path, [source, doc]), store, pipeline=pipe)
        pub = store.document(doc["id"])["published"]
        assert pub is not None and pub["basis"].startswith(anchoring.BASIS_MARKER), pub
        assert pub["date"] == expected.isoformat()
        # the strike the copy tells is still the one the other source dates
        strikes = [e for e in store.stored_events(doc["id"]) if e["type"] in ("missile_strike", "air_strike")]
        assert strikes and strikes[0]["date"]["start"] == "2025-03-07"


def test_a_weekday_counted_from_publication_never_contradicts_a_hypothesis() -> None:
    """'samedi' (the funeral ahead) moves with each publication day: only a written day or a count
    from another date can fall after one and refute it."""
    from newsevents.temporal import parse

    text = ("Le bilan de la frappe qui avait touché vendredi dernier le marché est passé à 20 morts, "
            "ont indiqué les autorités quatre jours plus tard. Les obsèques auront lieu samedi, le 15 mars.")
    readings = {text[e.span[0]:e.span[1]]: e for e in parse(text, "fr")}
    assert not anchoring._fixed(readings["samedi"])
    assert not anchoring._fixed(readings["vendredi dernier"])
    assert anchoring._fixed(readings["quatre jours plus tard"])
    assert anchoring._fixed(readings["le 15 mars"])


# a reaction told by a weekday placed before the act it answers ("on Wednesday denied carrying out
# Tuesday's attack"): published on the Tuesday, the denial would precede the attack
TERMINAL = {"id": "terminal-dated", "published": "2025-05-06", "language": "en",
            "text": "A drone struck a grain terminal in the port of Odesa on Tuesday, setting it ablaze and "
                    "injuring two workers, the regional governor said."}
REACTIONS = [
    ({"id": "denial-wednesday-en", "language": "en",
      "text": "Russia's defence ministry on Wednesday denied carrying out Tuesday's drone attack on a grain "
              "terminal in Odesa, saying its forces struck only military targets."}, date(2025, 5, 7)),
    ({"id": "denial-wednesday-fr", "language": "fr",
      "text": "Le ministère russe de la Défense a démenti mercredi avoir mené l'attaque de drones de mardi "
              "contre un terminal céréalier du port d'Odessa, affirmant n'avoir visé que des cibles "
              "militaires."}, date(2025, 5, 7)),
]


@pytest.mark.parametrize(("doc", "expected"), REACTIONS, ids=[d["id"] for d, _ in REACTIONS])
def test_a_reaction_is_not_published_before_the_act_it_answers(tmp_path, pipe, doc, expected) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest(write_articles(tmp_path, [TERMINAL, doc]), store, pipeline=pipe)
        pub = store.document(doc["id"])["published"]
        assert pub is not None and pub["basis"].startswith(anchoring.BASIS_MARKER), pub
        assert pub["date"] == expected.isoformat()
