"""French temporal expressions: detection, span and interval, from the patterns of the language.

Publication date of every case: Saturday 15 November 2025 (unless the case says otherwise).
Most cases run the grammar without spaCy (``find_times``); the last ones run the stage on a parse.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers import check_time, coordinated_days, run_when

from newsevents.temporal import find_times

PUB = date(2025, 11, 15)

# (sentence, expected mention text, "start end precision [HH:MM]")
CASES = [
    # full and numeric dates
    ("L'attaque a eu lieu le 2 janvier 2024.", "le 2 janvier 2024", "2024-01-02 2024-01-02 day"),
    ("Une frappe le 10 mars 2022 a détruit le bâtiment.", "le 10 mars 2022", "2022-03-10 2022-03-10 day"),
    ("Le 28 août 2025, une frappe a visé la mairie.", "Le 28 août 2025", "2025-08-28 2025-08-28 day"),
    ("Elle est née le 3 février 1998 à Lyon.", "le 3 février 1998", "1998-02-03 1998-02-03 day"),
    ("Le document daté du 15.03.2021 a été publié.", "15.03.2021", "2021-03-15 2021-03-15 day"),
    ("Le décret du 2021-03-15 est entré en vigueur.", "2021-03-15", "2021-03-15 2021-03-15 day"),
    ("Les faits remontent au 15/03/2021.", "15/03/2021", "2021-03-15 2021-03-15 day"),
    ("Le concert a eu lieu le jeudi 7 octobre 1999.", "le jeudi 7 octobre 1999", "1999-10-07 1999-10-07 day"),
    ("Un accord a été signé le 14 févr. 2023 à Genève.", "le 14 févr. 2023", "2023-02-14 2023-02-14 day"),
    # partial dates: the year from publication, never after it unless the future is said
    ("Le 1er avril, il a appelé son homologue.", "Le 1er avril", "2025-04-01 2025-04-01 day"),
    ("Le 14 novembre, un missile est tombé.", "Le 14 novembre", "2025-11-14 2025-11-14 day"),
    ("Le 20 novembre, un drone a frappé la ville.", "Le 20 novembre", "2024-11-20 2024-11-20 day"),
    ("Le sommet aura lieu le 20 novembre.", "le 20 novembre", "2025-11-20 2025-11-20 day"),
    ("Le 8 mars dernier, une manifestation a eu lieu.", "Le 8 mars dernier", "2025-03-08 2025-03-08 day"),
    ("La réunion se tiendra le 1er septembre prochain.",
     "le 1er septembre prochain", "2026-09-01 2026-09-01 day"),
    ("Le mardi 11 novembre, le ministre a parlé.", "Le mardi 11 novembre", "2025-11-11 2025-11-11 day"),
    # the governing year
    ("En 2019, l'usine a fermé le 3 mars.", "le 3 mars", "2019-03-03 2019-03-03 day"),
    ("À la fin du mois de septembre 2020, les combats ont repris. L'accord a été signé le 10 novembre.",
     "le 10 novembre", "2020-11-10 2020-11-10 day"),
    ("À l'automne 2020, les combats ont repris. Des débris ont été retrouvés le 15 mars.",
     "le 15 mars", "2025-03-15 2025-03-15 day"),
    ("En 2019, l'usine a fermé.\nLe 3 mars, une grève a commencé.", "Le 3 mars", "2025-03-03 2025-03-03 day"),
    # clock times: the date carries its time, and the clock time is a mention of its own, on that day
    ("Le missile est tombé le 14 novembre vers 01h00.",
     "le 14 novembre", "2025-11-14 2025-11-14 day 01:00"),
    ("Le missile est tombé le 14 novembre vers 01h00.", "01h00", "2025-11-14 2025-11-14 day 01:00"),
    ("Les combats ont repris vers 3 h 30 le 12 novembre.",
     "le 12 novembre", "2025-11-12 2025-11-12 day 03:30"),
    ("Les combats ont repris vers 3 h 30 le 12 novembre.", "3 h 30", "2025-11-12 2025-11-12 day 03:30"),
    ("L'explosion a eu lieu à 7 heures du matin mardi.",
     "mardi", "2025-11-11 2025-11-11 day 07:00"),
    ("L'explosion a eu lieu à 7 heures du matin mardi.",
     "7 heures du matin", "2025-11-11 2025-11-11 day 07:00"),
    ("Il a été arrêté hier à 22 h 15.", "hier", "2025-11-14 2025-11-14 day 22:15"),
    ("Il a été arrêté hier à 22 h 15.", "22 h 15", "2025-11-14 2025-11-14 day 22:15"),
    ("La séance aura lieu le jeudi 20 novembre, de 19 h 30 à 20 h 30.",
     "19 h 30", "2025-11-20 2025-11-20 day 19:30"),
    ("La séance aura lieu le jeudi 20 novembre, de 19 h 30 à 20 h 30.",
     "20 h 30", "2025-11-20 2025-11-20 day 20:30"),
    ("Les tirs ont commencé à minuit.", "minuit", "2025-11-15 2025-11-15 day 00:00"),
    ("La sirène a retenti vers 14:30.", "14:30", "2025-11-15 2025-11-15 day 14:30"),
    ("Le 3 mars 2024, le feu a pris à 9 h.", "9 h", "2024-03-03 2024-03-03 day 09:00"),
    ("Le 3 mars 2024, le feu a pris. Les pompiers sont arrivés à 9 h.",
     "9 h", "2024-03-03 2024-03-03 day 09:00"),
    ("Il est rentré à 8 heures du soir.", "8 heures du soir", "2025-11-15 2025-11-15 day 20:00"),
    # weekdays and parts of the day, relative to publication
    ("Il a déclaré mardi que la ville était encerclée.", "mardi", "2025-11-11 2025-11-11 day"),
    ("Vendredi matin, une explosion a secoué le quartier.", "Vendredi matin", "2025-11-14 2025-11-14 day"),
    ("Ce lundi, le ministre a démissionné.", "Ce lundi", "2025-11-10 2025-11-10 day"),
    ("Jeudi dernier, les secours sont intervenus.", "Jeudi dernier", "2025-11-13 2025-11-13 day"),
    ("Le vote aura lieu jeudi prochain.", "jeudi prochain", "2025-11-20 2025-11-20 day"),
    ("Samedi, des milliers de personnes ont manifesté.", "Samedi", "2025-11-15 2025-11-15 day"),
    ("Le conseil se réunira dimanche.", "dimanche", "2025-11-16 2025-11-16 day"),
    ("Les frappes ont repris mercredi soir.", "mercredi soir", "2025-11-12 2025-11-12 day"),
    ("Dans la nuit de vendredi à samedi, des drones ont frappé.",
     "la nuit de vendredi à samedi", "2025-11-14 2025-11-15 range"),
    ("Des tirs ont été entendus dans la nuit du 7 au 8 août.",
     "la nuit du 7 au 8 août", "2025-08-07 2025-08-08 range"),
    ("L'accord a été conclu dans la nuit du 10 novembre.",
     "la nuit du 10 novembre", "2025-11-10 2025-11-10 day"),
    # ranges
    ("Le festival s'est tenu du 10 au 12 mars.", "du 10 au 12 mars", "2025-03-10 2025-03-12 range"),
    ("Les inscriptions ont eu lieu entre le 1er et le 5 mai.",
     "entre le 1er et le 5 mai", "2025-05-01 2025-05-05 range"),
    ("La trêve a duré du 28 décembre 2024 au 3 janvier 2025.",
     "du 28 décembre 2024 au 3 janvier 2025", "2024-12-28 2025-01-03 range"),
    ("La trêve a duré du 28 décembre au 3 janvier.",
     "du 28 décembre au 3 janvier", "2024-12-28 2025-01-03 range"),
    ("Le chômage a baissé entre 2015 et 2019.", "entre 2015 et 2019", "2015-01-01 2019-12-31 range"),
    # vague spans
    ("Il en a parlé à propos de l'automne dernier.", "l'automne dernier", "2024-09-22 2024-12-20 season"),
    ("Les missiles ont été utilisés à l'automne 2020.", "l'automne 2020", "2020-09-22 2020-12-20 season"),
    ("À la fin du mois de septembre 2020, les hostilités ont repris.",
     "la fin du mois de septembre 2020", "2020-09-21 2020-09-30 range"),
    ("Les combats ont éclaté fin septembre 2020.", "fin septembre 2020", "2020-09-21 2020-09-30 range"),
    ("Les travaux ont commencé début mars.", "début mars", "2025-03-01 2025-03-10 range"),
    ("La croissance a ralenti mi-2023.", "mi-2023", "2023-05-01 2023-08-31 range"),
    ("Le général a parlé en novembre 2020.", "novembre 2020", "2020-11-01 2020-11-30 month"),
    ("Les travaux ont commencé en mars.", "mars", "2025-03-01 2025-03-31 month"),
    ("Les prix ont augmenté l'année dernière.", "l'année dernière", "2024-01-01 2024-12-31 year"),
    ("Il a été élu l'an dernier.", "l'an dernier", "2024-01-01 2024-12-31 year"),
    ("Les combats ont repris la semaine dernière.", "la semaine dernière", "2025-11-03 2025-11-09 week"),
    ("La ville a été bombardée il y a deux jours.", "il y a deux jours", "2025-11-13 2025-11-13 day"),
    ("Le village a été évacué il y a une semaine.", "il y a une semaine", "2025-11-08 2025-11-08 day"),
    ("Le barrage a cédé il y a trois mois.", "il y a trois mois", "2025-08-01 2025-08-31 month"),
    ("Le ministre est arrivé hier.", "hier", "2025-11-14 2025-11-14 day"),
    ("Le convoi a été attaqué avant-hier.", "avant-hier", "2025-11-13 2025-11-13 day"),
    ("Le ministre se rendra demain à Kiev.", "demain", "2025-11-16 2025-11-16 day"),
    ("Plus tôt cette année, le port a été bombardé.", "Plus tôt cette année", "2025-01-01 2025-11-15 range"),
    ("Cette année, les exportations ont chuté.", "Cette année", "2025-01-01 2025-12-31 year"),
    ("Le loyer a augmenté le mois dernier.", "le mois dernier", "2025-10-01 2025-10-31 month"),
    ("Des manifestations ont eu lieu ce week-end.", "ce week-end", "2025-11-15 2025-11-16 range"),
    ("Les incendies ont ravagé la région cet été.", "cet été", "2025-06-21 2025-09-21 season"),
    ("La récolte a eu lieu au printemps 2021.", "printemps 2021", "2021-03-20 2021-06-20 season"),
    ("Les bombardements ont repris l'hiver dernier.", "l'hiver dernier", "2024-12-21 2025-03-19 season"),
    ("Le chantier sera terminé d'ici la fin de l'année.", "la fin de l'année", "2025-09-01 2025-12-31 range"),
    ("Les ventes ont chuté fin 2020.", "fin 2020", "2020-09-01 2020-12-31 range"),
    ("Il est arrivé en avril dernier.", "avril dernier", "2025-04-01 2025-04-30 month"),
    ("Les troupes partiront dans deux semaines.", "dans deux semaines", "2025-11-29 2025-11-29 day"),
    ("Il est arrivé en France en 1998.", "1998", "1998-01-01 1998-12-31 year"),
    ("La ville est occupée depuis 2014.", "2014", "2014-01-01 2014-12-31 year"),
    ("Le 3 mars 2024, une frappe a eu lieu. Le lendemain, une autre a suivi.",
     "Le lendemain", "2024-03-04 2024-03-04 day"),
    ("Le 3 mars 2024, le traité a été signé. La veille, les délégations étaient arrivées.",
     "La veille", "2024-03-02 2024-03-02 day"),
    ("Le 13 octobre 2020, un camion a été saisi. Le vol avait eu lieu une semaine plus tôt.",
     "une semaine plus tôt", "2020-10-06 2020-10-06 day"),
    ("Le 13 octobre 2020, un camion a été saisi. Une semaine plus tôt, un vol. Deux jours plus tard, "
     "un aveu.",
     "Deux jours plus tard", "2020-10-15 2020-10-15 day"),
    ("Le 3 mars 2019, une frappe a touché le port. Ce jour-là, il pleuvait.", "Ce jour-là",
     "2019-03-03 2019-03-03 day"),
    ("Le 3 mars 2019, une frappe a touché le port. Cette année-là, la guerre a repris.", "Cette année-là",
     "2019-01-01 2019-12-31 year"),
    # decades, centuries and two-digit years after a cue
    ("La fonte ductile est utilisée depuis les années 60.", "les années 60", "1960-01-01 1969-12-31 range"),
    ("Le réseau date de la fin du XIXe siècle.", "la fin du XIXe siècle", "1866-09-02 1899-12-31 range"),
    ("Deux ruptures en 97 (en janvier et en octobre).", "97", "1997-01-01 1997-12-31 year"),
    ("Il a manifesté en mai 68.", "mai 68", "1968-05-01 1968-05-31 month"),
    # a part of the day alone is a part of the day last named
    ("Le 24 mars 2002, elle est sortie. Dans la nuit, elle a été agressée.", "la nuit",
     "2002-03-24 2002-03-24 day"),
    # holidays
    ("Il est rentré chez lui à Noël.", "Noël", "2024-12-25 2024-12-25 day"),
    ("Le cimetière a été profané à la Toussaint 2019.", "la Toussaint 2019", "2019-11-01 2019-11-01 day"),
    ("Le pèlerinage a eu lieu le lundi de Pâques 2021.",
     "le lundi de Pâques 2021", "2021-04-05 2021-04-05 day"),
]


@pytest.mark.parametrize(("sentence", "words", "expected"), CASES)
def test_french_expression(sentence: str, words: str, expected: str) -> None:
    check_time(sentence, words, expected, "fr", PUB)


# durations, counts and other numbers that must not become dates
NOT_DATES = [
    "La guerre a duré pendant 44 jours.",
    "La guerre de 44 jours a fait des milliers de morts.",
    "Un tube des années 80 passait à la radio.",
    "Il a couru le 100 mètres en 30,4 secondes.",
    "Le 1er a franchi la ligne en tête.",
    "Il a passé 24 heures en garde à vue.",
    "Près de 2000 personnes ont manifesté.",
    "Plus de 1500 soldats ont été déployés.",
    "Il habite en France depuis dix ans.",
    "Une trêve de 72 heures a été proposée.",
    "Le bilan s'élève à 1999 morts selon la police.",
    "Un cratère de 3 mètres est apparu à 35 pas du bâtiment.",
    "Le convoi comptait 12 camions et 2025 soldats.",
    "Noël Dupont a été élu maire.",
    "La résolution 1701 a été adoptée.",
    "L'accord du Vendredi saint reste fragile.",
    "Une fête de fin d'année a réuni les élus.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_french_non_dates(sentence: str) -> None:
    assert [v.text for v in find_times(sentence, "fr", PUB)] == []


def test_coordination_gives_one_mention_per_day() -> None:
    assert coordinated_days("De plus, les 8 et 18 août 2025, des dépôts ont été touchés.", "fr", PUB) == [
        ("8", "2025-08-08"), ("18 août 2025", "2025-08-18")]


def test_coordination_of_three_days() -> None:
    values = find_times("Les grèves des 3, 4 et 5 mai 2024 ont paralysé le pays.", "fr", PUB)
    assert [v.start.isoformat() for v in values] == ["2024-05-03", "2024-05-04", "2024-05-05"]


def test_mentions_are_sorted_and_tight() -> None:
    text = "Le 2 janvier 2024, puis le 10 mars 2022 et enfin hier, des frappes ont eu lieu."
    values = find_times(text, "fr", PUB)
    spans = [v.span for v in values]
    assert spans == sorted(spans)
    assert [text[s:e] for s, e in spans] == ["Le 2 janvier 2024", "le 10 mars 2022", "hier"]


def test_without_publication_date_only_absolute_values() -> None:
    values = find_times("Le 2 janvier 2024, puis hier et mardi, des frappes.", "fr", None)
    assert [v.text for v in values] == ["Le 2 janvier 2024"]


def _stage(nlp, text: str, published: date | None):  # type: ignore[no-untyped-def]
    return run_when(nlp, text, "fr", published)


def test_stage_mentions_use_original_offsets(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = "À l’automne 2020, « la guerre » a repris ; le 14 novembre vers 01h00, un missile est tombé."
    article = _stage(nlp_fr, text, PUB)
    times = article.of_kind("time")
    assert [m.text for m in times] == ["l’automne 2020", "le 14 novembre", "01h00"]
    for m in times:
        assert text[m.span[0]:m.span[1]] == m.text
        assert m.sentence >= 0
    assert times[1].value.time == "01:00"  # type: ignore[union-attr]
    assert (times[2].value.start, times[2].value.time) == (times[1].value.start, "01:00")  # type: ignore[union-attr]
    # the explicit year of the same sentence governs the partial date
    shape = times[1].to_json("t")
    assert shape == {"document": "t", "kind": "time", "text": "le 14 novembre",
                     "span": list(times[1].span), "start": "2020-11-14", "end": "2020-11-14",
                     "precision": "day", "time": "01:00"}


def test_stage_reads_future_tense_from_the_parse(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    article = _stage(nlp_fr, "Le président visitera l'usine le 20 novembre.", PUB)
    assert [m.value.start.isoformat() for m in article.of_kind("time")] == ["2025-11-20"]  # type: ignore[union-attr]
    article = _stage(nlp_fr, "Le président a visité l'usine le 20 novembre.", PUB)
    assert [m.value.start.isoformat() for m in article.of_kind("time")] == ["2024-11-20"]  # type: ignore[union-attr]


def test_nearest_time_governs_a_trigger(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    from newsevents.extract.when import nearest_time, time_mentions_between

    text = "Le 2 janvier 2024, une frappe a touché la ville. Le 5 mars 2024, un drone a été abattu."
    article = _stage(nlp_fr, text, PUB)
    drone = text.index("drone")
    sentence = next(i for i, s in enumerate(article.doc.sents) if s.start_char <= drone < s.end_char)
    got = nearest_time(article, drone, sentence)
    assert got is not None and got.text == "Le 5 mars 2024"
    assert [m.text for m in time_mentions_between(article, 0, text.index("."))] == ["Le 2 janvier 2024"]


def test_nearest_time_prefers_a_calendar_date_to_the_present(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    from newsevents.extract.when import is_present_reference, nearest_time

    text = "Le 5 mars 2024, un dépôt a été touché et l'incendie est actuellement maîtrisé."
    article = _stage(nlp_fr, text, PUB)
    present = [m for m in article.of_kind("time") if is_present_reference(article, m)]
    assert [m.text for m in present] == ["actuellement"]
    got = nearest_time(article, text.index("maîtrisé"), present[0].sentence)
    assert got is not None and got.text == "Le 5 mars 2024"


# a weekday in a title without any verb is the nearest such day (publication Sunday 16 November
# 2025: Tuesday 18 is two days ahead, Tuesday 11 five days back); with a verb in the past, the last one
VERBLESS = [
    ("Concert de jazz à Besançon mardi.", "mardi", "2025-11-18"),
    ("Frappes sur le port vendredi soir.", "vendredi soir", "2025-11-14"),
    ("Le ministre a parlé mardi devant les députés.", "mardi", "2025-11-11"),
]


@pytest.mark.parametrize(("text", "words", "day"), VERBLESS)
def test_weekday_of_a_verbless_title_is_the_nearest(nlp_fr, text: str, words: str,  # type: ignore[no-untyped-def]
                                                     day: str) -> None:
    article = _stage(nlp_fr, text, date(2025, 11, 16))
    got = {m.text: m.value.start.isoformat() for m in article.of_kind("time")}  # type: ignore[union-attr]
    assert got.get(words) == day, got


def test_clock_times_are_mentions_of_their_own_in_the_stage(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = "La réunion aura lieu le jeudi 20 novembre, de 19 h 30 à 20 h 30, à la mairie."
    article = _stage(nlp_fr, text, PUB)
    got = [(m.text, m.value.start.isoformat(), m.value.time) for m in article.of_kind("time")]  # type: ignore[union-attr]
    assert got == [("le jeudi 20 novembre", "2025-11-20", "19:30"), ("19 h 30", "2025-11-20", "19:30"),
                   ("20 h 30", "2025-11-20", "20:30")]
