"""Claims made on a channel (Telegram, X, a communiqué), speakers named after a title with a
complement, and stances carried by the claimed words: French and English tables written from the
general patterns of wire copy (not from any article)."""

from __future__ import annotations

import pytest
from helpers import check_attribution, one_claim, speaker_is

# (language, text, speaker alias, stance, keyword, direct quote)
CHANNELS = [
    pytest.param(
        "fr",
        "Trois drones ont été abattus près de l'aéroport, a déclaré sur Telegram le gouverneur de "
        "la région, Anton Petrenko, sans autre précision.",
        "Petrenko", "assert", "trois drones", False, id="fr_channel_between_verb_and_speaker",
    ),
    pytest.param(
        "fr",
        "Deux entrepôts ont pris feu dans la nuit, a indiqué le maire de la ville, Olga Martchenko, "
        "sur Telegram.",
        "Martchenko", "assert", "entrepôts", False, id="fr_channel_after_speaker",
    ),
    pytest.param(
        "fr",
        "« Il est aujourd'hui fixé à 40 morts et 52 blessés », a déclaré jeudi à la presse à Bukavu "
        "le ministre des Affaires sociales, Albert Kasongo.",
        "Kasongo", "assert", "40 morts", True, id="fr_press_and_town_before_speaker",
    ),
    pytest.param(
        "en",
        "Two missiles hit the port overnight, the regional governor, Anton Petrenko, said on Telegram.",
        "Petrenko", "assert", "two missiles", False, id="en_apposed_name_and_channel",
    ),
    pytest.param(
        "en",
        "The two sides have exchanged prisoners, Kyiv announced on Thursday, in what it said was the "
        "first swap since the war began.",
        "Ukraine", "assert", "exchanged prisoners", False, id="en_postposed_clause_then_another",
    ),
    pytest.param(
        "en",
        '"We must stop this terror and protect our people," the foreign minister, Paul Kovac, said.',
        "Kovac", "demand", "protect our people", True, id="en_quote_then_apposed_name",
    ),
]


@pytest.mark.parametrize(("language", "text", "speaker", "stance", "keyword", "quote"), CHANNELS)
def test_claims_made_on_a_channel(analyse, language, text, speaker, stance, keyword, quote):
    check_attribution(analyse(text, language=language), speaker, stance, keyword, quote)


# a channel, a town or a day is never the speaker
NOT_SPEAKERS = [
    pytest.param("fr", "« Les tirs ont repris à l'aube », a-t-il ajouté sur Telegram.", "Telegram",
                 id="fr_channel"),
    pytest.param("fr", "« La situation reste tendue », a déclaré à la presse à Bunia un responsable "
                       "humanitaire.", "Bunia", id="fr_town_after_preposition"),
    pytest.param("en", '"The shelling resumed at dawn," he wrote on Telegram.', "Telegram",
                 id="en_channel"),
]


@pytest.mark.parametrize(("language", "text", "wrong"), NOT_SPEAKERS)
def test_channels_and_places_are_not_speakers(analyse, language, text, wrong):
    article = analyse(text, language=language)
    assert not [c for c in article.claims if speaker_is(c, wrong)], \
        [(c.speaker.name, c.content) for c in article.claims]


# a title's complement ("des Affaires sociales", "du Conseil européen") is not a person's name
TITLE_COMPLEMENTS = [
    pytest.param("fr", "Le ministre des Affaires sociales, Albert Kasongo, a affirmé que les blessés "
                       "seraient soignés gratuitement.", "soignés", "Albert Kasongo", "Affaires",
                 id="fr_portfolio_then_name"),
    pytest.param("fr", "Le chef de l'Organisation mondiale de la santé (OMS), Karim Haddad, a déclaré "
                       "que trois hôpitaux avaient été touchés.", "hôpitaux", "Karim Haddad",
                 "Organisation", id="fr_institution_with_acronym_then_name"),
    pytest.param("fr", "Le président du Conseil européen a affirmé que l'Union soutiendrait la "
                       "reconstruction du pays.", "reconstruction", "European Council", "Conseil",
                 id="fr_institution_without_name"),
]


@pytest.mark.parametrize(("language", "text", "keyword", "speaker", "not_name"), TITLE_COMPLEMENTS)
def test_title_complement_is_no_name(analyse, language, text, keyword, speaker, not_name):
    claim = one_claim(analyse(text, language=language), keyword)
    assert claim.speaker.name == speaker
    assert claim.speaker.name != not_name


# stance from the claimed words when the verb is neutral (or a condemnation that calls the other
# side's account false)
STANCES = [
    pytest.param("fr", "« Seuls des salauds peuvent faire une chose pareille », a déclaré le président "
                       "Marc Duval.", "salauds", "condemn", id="fr_insult_condemns"),
    pytest.param("fr", "« Nous devons mettre fin à ces bombardements », a déclaré le ministre Paul "
                       "Girard.", "bombardements", "demand", id="fr_we_must_demands"),
    pytest.param("fr", "Le porte-parole Luc Morel a dénoncé de « fausses » informations sur une frappe "
                       "contre un hôpital.", "hôpital", "deny", id="fr_false_denies_over_condemn"),
    pytest.param("fr", "« Nous nous demandons si l'ambassadeur suit les instructions de son ministère », "
                       "a déclaré le porte-parole Jan Nowak.", "ambassadeur", "question",
                 id="fr_we_wonder_is_a_question_not_a_demand"),
    pytest.param("fr", "Le ministre Paul Girard a affirmé que les accusations de l'opposition étaient "
                       "absurdes.", "accusations", "deny", id="fr_absurd_denies"),
    pytest.param("en", '"Only bastards could do such a thing," President Mark Duval said.', "bastards",
                 "condemn", id="en_insult_condemns"),
    pytest.param("en", "Minister Paul Gerard said the reports of a strike on the hospital were false "
                       "and absurd.", "hospital", "deny", id="en_false_denies"),
    pytest.param("en", "Minister Paul Gerard said the terror attack had killed twelve people in the "
                       "market.", "market", "assert", id="en_terror_attack_is_a_fact_not_a_condemnation"),
    pytest.param("en", '"We wonder whether the ambassador follows his ministry\'s orders," spokesman '
                       "Jan Nowak said.", "ambassador", "question", id="en_we_wonder_questions"),
]


@pytest.mark.parametrize(("language", "text", "keyword", "stance"), STANCES)
def test_stance_from_the_words(analyse, language, text, keyword, stance):
    assert one_claim(analyse(text, language=language), keyword).stance == stance


# an undated incident told in a dated statement happened by that statement (not on publication)
STATEMENT_DATES = [
    pytest.param("en", "Ukraine and Russia carried out a prisoner swap, the deputy prime minister, Olena "
                       "Hrytsenko, said on Thursday.", id="en_postposed_statement"),
    pytest.param("fr", "L'Ukraine et la Russie ont procédé à un échange de prisonniers, a annoncé jeudi la "
                       "vice-Première ministre Olena Hrytsenko.", id="fr_postposed_statement"),
]


@pytest.mark.parametrize(("language", "text"), STATEMENT_DATES)
def test_incident_in_a_dated_statement_takes_its_date(analyse, language, text):
    article = analyse(text, language=language)  # published Saturday 2025-11-15
    assert [c.date.start.isoformat() for c in article.claims if c.date] == ["2025-11-13"]
    assert [e.date.start.isoformat() for e in article.events] == ["2025-11-13"]
