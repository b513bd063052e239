"""Round 22 (claims): a misread reporting verb coordinated with a second one ("Kigali dément A et
accuse B de ...": the tagger reads "dément" as an adverb) gives two claims of one subject, each
with its own words; a noun the who stage linked back to a wire's dateline agency speaks as the
name it carries ("The UK Maritime Trade Operations (UKMTO) agency said", after "(Reuters)"); a
time phrase opening the words ("a insisté plus tôt dans la journée sur ...") is not claimed;
"soutenir" reports only with a clause ("soutient que ..."), not as "backs" ("selon lequel
l'armée soutiendrait les rebelles"). Sentences written for these tests, not from any article."""

from __future__ import annotations

import pytest
from helpers import speaker_is


def _rows(article):
    return [(c.speaker.name, c.stance, c.content) for c in article.claims]


# (text, speaker, first words of the denial, first words of the second statement)
COORDINATED = [
    pytest.param("Les rebelles, soutenus par l'Ouganda selon des experts, ont pris la ville de Baraka mardi. "
                 "Kampala dément tout soutien militaire aux rebelles et accuse Kinshasa de collaborer "
                 "avec des milices.", "Uganda", "tout soutien militaire", "Kinshasa de collaborer",
                 id="name_after_a_sentence_naming_a_backer"),
    pytest.param("Le ministère ghanéen de la Défense dément toute incursion au Togo et accuse Lomé de "
                 "mener une campagne de désinformation.", "Ghana", "toute incursion au Togo",
                 "Lomé de mener", id="institution"),
    pytest.param("Le gouvernement malien dément toute présence de mercenaires à Kidal et dénonce une "
                 "campagne de dénigrement orchestrée depuis l'étranger.", "Mali", "toute présence",
                 "une campagne de dénigrement", id="deny_and_condemn"),
    pytest.param("L'armée soudanaise dément avoir bombardé le marché et accuse les paramilitaires d'avoir "
                 "tiré sur les civils.", "army", "avoir bombardé le marché", "les paramilitaires",
                 id="infinitive_denied"),
]


@pytest.mark.parametrize(("text", "speaker", "denied", "second"), COORDINATED)
def test_a_misread_verb_and_its_coordinated_report_are_two_claims(analyse, text, speaker, denied, second):
    article = analyse(text)
    deny = [c for c in article.claims if c.stance == "deny" and c.content.startswith(denied)]
    other = [c for c in article.claims if c.content.startswith(second)]
    assert deny and other, _rows(article)
    assert second not in deny[0].content, _rows(article)
    assert speaker_is(deny[0], speaker) and speaker_is(other[0], speaker), _rows(article)


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("DUBAI (Reuters) - A tanker was struck by a drone off the coast of Oman on Friday. The "
                 "British military's UK Maritime Trade Operations (UKMTO) agency said the crew were safe.",
                 "Maritime Trade Operations", id="name_and_acronym"),
    pytest.param("CAIRO (AFP) - Fighting resumed in the capital overnight. The Sudan Doctors Network "
                 "agency said at least twelve civilians had been killed in the shelling.",
                 "Doctors Network", id="compound_name"),
])
def test_a_named_agency_is_not_the_dateline_agency(analyse, text, speaker):
    article = analyse(text, language="en")
    said = [c for c in article.claims if c.content.startswith(("the crew", "at least twelve"))]
    assert said and speaker_is(said[0], speaker), _rows(article)


@pytest.mark.parametrize(("language", "text", "start"), [
    pytest.param("fr", "Le ministre a insisté plus tôt dans la journée sur la nécessité d'un cessez-le-feu "
                       "immédiat.", "sur la nécessité", id="fr_dans_la_journee"),
    pytest.param("fr", "Le porte-parole de l'armée a affirmé en fin de journée avoir repoussé une attaque "
                       "près de la frontière.", "avoir repoussé", id="fr_en_fin_de_journee"),
    pytest.param("en", "The governor said earlier in the day three people had been killed in the shelling "
                       "of the town.", "three people", id="en_in_the_day"),
])
def test_the_time_of_a_statement_is_not_claimed(analyse, language, text, start):
    article = analyse(text, language=language)
    assert [c for c in article.claims if c.content.startswith(start)], _rows(article)


@pytest.mark.parametrize("text", [
    pytest.param("Le gouvernement a publié mardi un rapport selon lequel l'armée voisine soutiendrait les "
                 "rebelles dans la province.", id="selon_lequel"),
    pytest.param("La France soutient la résolution présentée par le Ghana au Conseil de sécurité.",
                 id="backs_a_resolution"),
])
def test_backing_is_no_statement(analyse, text):
    article = analyse(text)
    assert not [c for c in article.claims if c.content.startswith(("les rebelles", "la résolution"))], \
        _rows(article)


def test_soutenir_que_still_reports(analyse):
    article = analyse("Le ministre soutient que l'armée a respecté le droit international.")
    assert [c.content for c in article.claims] == ["l'armée a respecté le droit international"], \
        _rows(article)


def test_soutenir_with_an_infinitive_still_reports(analyse):
    article = analyse("Le ministère a affirmé que les dégâts avaient été causés par un missile de la défense "
                      "aérienne, soutenant avoir uniquement visé des dépôts de carburant.")
    assert [c for c in article.claims if "dépôts de carburant" in c.content], _rows(article)
