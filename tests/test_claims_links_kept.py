"""Contradictions a document's link stage made must survive the merger: when a later report of
the same incident rewrites the incident, the claims about it are re-decided, and a partner of one
of them about no incident of its own (a denial answering the article's accusations, link.py
``_answers``) must keep its link -- the loss made news-dev contradictions fragile (found with gold
publication dates, where more incidents are found and merge across documents)."""

from __future__ import annotations

from datetime import date

import pytest
from test_store import make_claim, make_event

from newsevents.model import Article, Party, Place, Published, When
from newsevents.read.common import sha256_of
from newsevents.store import Store

DAY = When(date(2022, 11, 15), date(2022, 11, 15), "day", text="mardi")
VILLAGE = Place("Przewodow", "PL", 50.47, 23.93, "village", text="Przewodow")


def report(doc: str, text: str, statements: list[tuple[str, str, str, bool]]) -> Article:
    """A report of one strike and its statements ``(speaker, stance, content, about the strike)``;
    the document's two first statements are linked as the link stage links them."""
    art = Article(text=text, id=doc, path=f"{doc}.txt", language="fr", sha256=sha256_of(text),
                  published=Published(date(2022, 11, 16)))
    ev = make_event(doc, "missile_strike", (0, 6), DAY, VILLAGE, actors=[Party("Russia", "state", "RU")])
    art.events.append(ev)
    for speaker, stance, content, about in statements:
        s = text.index(content)
        art.claims.append(make_claim(doc, speaker, stance, content, (s, s + len(content)),
                                     about=[ev.id] if about else []))
    if len(art.claims) > 1:
        a, b = art.claims[0], art.claims[1]
        a.contradicts, b.contradicts = [b.id], [a.id]
    return art


@pytest.mark.parametrize("later_first", [False, True])
def test_a_link_to_a_claim_about_no_incident_survives_a_later_report(tmp_path, later_first: bool) -> None:  # type: ignore[no-untyped-def]
    t1 = ("Frappe sur Przewodow. Le président a dit que des missiles russes ont frappé le village. "
          "Moscou a dénoncé une provocation délibérée.")
    d1 = report("d1", t1, [
        ("Volodymyr Zelensky", "assert", "des missiles russes ont frappé le village", True),
        ("Ministry of Defence of Russia", "deny", "une provocation délibérée", False)])
    t2 = "Frappe sur Przewodow mardi : deux morts, selon la police locale."
    d2 = report("d2", t2, [("police", "assert", "deux morts", True)])
    with Store.open(str(tmp_path / "links.db")) as store:
        for art in ([d2, d1] if later_first else [d1, d2]):
            store.save(art)
        assert len(store.events()) == 1  # the two reports are one incident
        claims = {c["speaker"]["name"]: c for c in store.claims()}
        zelensky, moscow = claims["Volodymyr Zelensky"], claims["Ministry of Defence of Russia"]
        assert zelensky["contradicts"] == [moscow["id"]]
        assert moscow["contradicts"] == [zelensky["id"]]
        assert claims["police"]["contradicts"] == []
