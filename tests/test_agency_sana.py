"""Syria's official agency, written "Sana" in French copy ("selon l'agence officielle Sana"), is
the agency (organizations.yaml), not Yemen's capital taken for its government."""


def test_sana_is_the_syrian_agency(analyse):
    article = analyse("Le bilan s'élève désormais à cinq morts, selon l'agence officielle Sana.", "fr",
                      "2025-07-16")
    assert [c.speaker.name for c in article.claims] == ["SANA"]


def test_sanaa_stays_yemens_capital(analyse):
    article = analyse("Des frappes ont visé mardi l'aéroport de Sanaa, selon les Houthis.", "fr",
                      "2025-07-16")
    assert [e.location.country for e in article.events if e.location] == ["YE"]
