"""Whose side a speaker is on, and the contradictions it decides: a person takes the country of
his own words or of his first mention; two assertions about one incident whose attacked side is
unknown are the attacker's and the other country's versions; a denial by someone another claim
names ("a note handed to X" / X: "a set-up") answers that claim. French and English sentences
written from the general patterns of wire copy (not from any article)."""

from __future__ import annotations

import pytest

from newsevents.extract import link
from newsevents.model import Article, Claim, Event, Mention, Party, Place, Weapon

TEXT = (
    "L'armée a tiré des missiles Scud sur la ville, a affirmé le gouvernement. "
    "Les missiles Scud ont tué des civils, selon le ministère voisin."
)


def _claim(cid: str, speaker: Party, stance: str, first: str, last: str) -> Claim:
    s = TEXT.index(first)
    e = TEXT.index(last, s) + len(last)
    return Claim(speaker=speaker, stance=stance, content=TEXT[s:e], content_span=(s, e), id=cid)  # type: ignore[arg-type]


def _strike_without_attacked_side() -> Event:
    """A strike by IN, located in IN (as a contested region is often geocoded), targets with no
    country: the attacked side is unknown."""
    i = TEXT.index("tiré")
    return Event(type="missile_strike", trigger=(i, i + 4), weapons=[Weapon("Scud", "ballistic_missile")],
                 actors=[Party("India", "state", "IN")],
                 location=Place("Kashmir", "IN", 33.7, 74.8, "admin1"), id="ev_strike", spans=[(i, i + 4)])


def _article(claims: list[Claim]) -> Article:
    first = TEXT.index("Scud")
    second = TEXT.index("Scud", first + 4)
    mentions = [Mention("weapon", (first, first + 4), "Scud", Weapon("Scud", "ballistic_missile")),
                Mention("weapon", (second, second + 4), "Scud", Weapon("Scud", "ballistic_missile"))]
    return Article(text=TEXT, id="doc", mentions=mentions, events=[_strike_without_attacked_side()],
                   claims=claims)


def test_two_accounts_of_an_incident_with_unknown_attacked_side_contradict():
    a = _claim("cl_a", Party("India", "state", "IN"), "assert", "L'armée", "la ville")
    b = _claim("cl_b", Party("Pakistan", "state", "PK"), "assert", "Les missiles", "des civils")
    art = link.run(_article([a, b]))
    assert a.about == ["ev_strike"] and b.about == ["ev_strike"]
    assert a.contradicts == ["cl_b"] and b.contradicts == ["cl_a"]
    assert art.events[0].status == "disputed"


@pytest.mark.parametrize("stance", ["condemn", "demand"])
def test_a_third_country_reacting_is_no_version_of_its_own(stance):
    a = _claim("cl_a", Party("India", "state", "IN"), "assert", "L'armée", "la ville")
    b = _claim("cl_b", Party("France", "state", "FR"), stance, "Les missiles", "des civils")
    link.run(_article([a, b]))
    assert a.contradicts == [] and b.contradicts == []


def test_same_side_accounts_do_not_contradict():
    a = _claim("cl_a", Party("India", "state", "IN"), "assert", "L'armée", "la ville")
    b = _claim("cl_b", Party("Ministry of Defence of India", "government", "IN"), "assert",
               "Les missiles", "des civils")
    link.run(_article([a, b]))
    assert a.contradicts == [] and b.contradicts == []


# (language, text): a claim naming a person, then that person's denial
NAMED_THEN_DENYING = [
    pytest.param("fr", "Le ministère moldave des Affaires étrangères a annoncé avoir remis à Oleg Ivanov une "
                 "note de protestation contre le survol illégal de son territoire. Oleg Ivanov a démenti "
                 "toute implication de la Russie.", id="fr_note_then_denial"),
    pytest.param("en", "Moldova's foreign ministry said it had handed Oleg Ivanov a protest note over the "
                 "illegal overflight of its territory. Oleg Ivanov denied any involvement by Russia.",
                 id="en_note_then_denial"),
]


@pytest.mark.parametrize("language,text", NAMED_THEN_DENYING)
def test_denial_by_the_person_a_claim_names_contradicts_it(analyse, language, text):
    article = analyse(text, language=language)
    denial = next(c for c in article.claims if c.stance == "deny")
    other = next(c for c in article.claims if c is not denial)
    assert "Ivanov" in denial.speaker.name
    assert other.id in denial.contradicts and denial.id in other.contradicts


# (language, text, speaker surname, country): a person's side from his own words
SIDES = [
    pytest.param("fr", "Le représentant du Kremlin, Oleg Ivanov, a évoqué un coup monté, le drone ayant été "
                 "retrouvé intact sur un toit.", "Ivanov", "RU", id="fr_representative_of_institution"),
    pytest.param("en", "Russia's ambassador Oleg Ivanov said the drone had been planted on the roof as a "
                 "provocation.", "Ivanov", "RU", id="en_country_before_title"),
]


@pytest.mark.parametrize("language,text,surname,country", SIDES)
def test_person_takes_the_country_of_his_words(analyse, language, text, surname, country):
    claim = analyse(text, language=language).claims[0]
    assert surname in claim.speaker.name
    assert claim.speaker.country == country


@pytest.mark.parametrize("language,text", [
    ("fr", "La vice-Première ministre ukrainienne Iryna Kovalenko a déclaré jeudi que dix prisonniers "
     "avaient été échangés. Kovalenko a également affirmé que les discussions reprendraient la semaine "
     "prochaine."),
    ("en", "Ukrainian Deputy Prime Minister Iryna Kovalenko said on Thursday that ten prisoners had been "
     "exchanged. Kovalenko also said that the talks would resume next week."),
])
def test_surname_keeps_the_country_of_the_first_mention(analyse, language, text):
    claims = analyse(text, language=language).claims
    assert len(claims) == 2
    assert [c.speaker.country for c in claims] == ["UA", "UA"]


NOTE = ("Le ministère a remis une note de protestation à Oleg Ivanov pour le survol de la nuit. "
        "Oleg Ivanov a démenti toute responsabilité dans cette affaire.")


def test_denial_by_the_person_named_in_the_other_claim_answers_it():
    """Neither claim is tied to an incident and no country is known: the first names the
    speaker of the second, who denies."""
    i = NOTE.index("Oleg Ivanov")
    s1, e1 = NOTE.index("une note"), NOTE.index("de la nuit") + len("de la nuit")
    s2, e2 = NOTE.index("toute"), NOTE.index("affaire") + len("affaire")
    a = Claim(speaker=Party("Ministry"), stance="assert", content=NOTE[s1:e1], content_span=(s1, e1),
              id="cl_a")
    b = Claim(speaker=Party("Oleg Ivanov", "person"), stance="deny", content=NOTE[s2:e2],
              content_span=(s2, e2), id="cl_b")
    ivanov = Party("Oleg Ivanov", "person")
    art = Article(text=NOTE, id="doc", claims=[a, b],
                  mentions=[Mention("party", (i, i + len("Oleg Ivanov")), "Oleg Ivanov", ivanov)])
    link.run(art)
    assert a.contradicts == ["cl_b"] and b.contradicts == ["cl_a"]


def test_denial_by_someone_the_claim_does_not_name_stays_apart():
    s1, e1 = NOTE.index("une note"), NOTE.index("de la nuit") + len("de la nuit")
    s2, e2 = NOTE.index("toute"), NOTE.index("affaire") + len("affaire")
    a = Claim(speaker=Party("Ministry"), stance="assert", content=NOTE[s1:e1], content_span=(s1, e1),
              id="cl_a")
    b = Claim(speaker=Party("Anna Petrova", "person"), stance="deny", content=NOTE[s2:e2],
              content_span=(s2, e2), id="cl_b")
    i = NOTE.index("Oleg Ivanov")
    art = Article(text=NOTE, id="doc", claims=[a, b],
                  mentions=[Mention("party", (i, i + 11), "Oleg Ivanov", Party("Oleg Ivanov", "person"))])
    link.run(art)
    assert a.contradicts == [] and b.contradicts == []


def test_versions_naming_each_other_with_one_tied_to_the_incident_contradict():
    """One side blames a third party for the incident ("the rocket was theirs", about it); the
    other, tied to no incident found, blames the first side: each names the other's side."""
    text = ("Le Jihad islamique est responsable du tir de roquette sur l'hôpital, selon l'armée. "
            "Le Hamas a dénoncé un crime de guerre d'Israël.")
    i = text.index("tir")
    strike = Event(type="missile_strike", trigger=(i, i + 3), id="ev_strike", spans=[(i, i + 3)])
    s1, e1 = 0, text.index("hôpital") + len("hôpital")
    s2, e2 = text.index("un crime"), text.index("Israël") + len("Israël")
    a = Claim(speaker=Party("Israeli army", "military", "IL"), stance="assert", content=text[s1:e1],
              content_span=(s1, e1), id="cl_a")
    b = Claim(speaker=Party("Hamas", "group", "PS"), stance="condemn", content=text[s2:e2],
              content_span=(s2, e2), id="cl_b")
    j, k = text.index("Jihad islamique"), text.index("Israël")
    mentions = [Mention("party", (j, j + 15), "Jihad islamique", Party("Islamic Jihad", "group", "PS")),
                Mention("party", (k, k + 6), "Israël", Party("Israel", "state", "IL"))]
    art = Article(text=text, id="doc", claims=[a, b], events=[strike], mentions=mentions)
    link.run(art)
    assert a.about == ["ev_strike"] and b.about == []
    assert a.contradicts == ["cl_b"] and b.contradicts == ["cl_a"]


def _report(eid: str, type_: str, place: str, day: int) -> Event:
    from datetime import date

    from newsevents.model import When
    when = When(date(2024, 7, day), date(2024, 7, day), "day")
    return Event(type=type_, trigger=(0, 1), location=Place(place, "UA", 50.45, 30.52, "city"), date=when,
                 id=eid, spans=[(0, 1)])


def test_alike_reports_of_one_article_are_one_incident_for_contradictions():
    """The events stage told the strike on the hospital twice (lede and body): Moscow's version
    ("a Ukrainian anti-aircraft missile fell on the hospital", tied to one) and Kyiv's ("a
    deliberate Russian strike", tied to the other) are the two sides' versions of one incident."""
    events = [_report("ev_b", "air_strike", "Kyiv", 8), _report("ev_a", "air_strike", "Kyiv", 8),
              _report("ev_c", "air_strike", "Kharkiv", 8), _report("ev_d", "shelling", "Kyiv", 8),
              _report("ev_e", "air_strike", "Kyiv", 9)]
    rep = link.alike_reports(events)
    assert rep["ev_a"] == rep["ev_b"] == "ev_a"
    assert len({rep["ev_a"], rep["ev_c"], rep["ev_d"], rep["ev_e"]}) == 4
    moscow = Claim(speaker=Party("Kremlin", "government", "RU"), stance="condemn", content="x",
                   content_span=(0, 1), id="cl_m", about=["ev_a"])
    kyiv = Claim(speaker=Party("Ukraine", "state", "UA"), stance="assert", content="y", content_span=(2, 3),
                 id="cl_k", about=["ev_b"])
    feats = [link.Features(countries={"UA"}), link.Features(countries={"RU"})]
    link.link_contradictions([moscow, kyiv], feats, events)
    assert moscow.contradicts == ["cl_k"] and kyiv.contradicts == ["cl_m"]
    moscow.contradicts, kyiv.contradicts = [], []
    kyiv.about = ["ev_e"]  # a strike the next day is another incident
    link.link_contradictions([moscow, kyiv], feats, events)
    assert moscow.contradicts == [] and kyiv.contradicts == []
