"""Participial clauses that carry a further statement (", soutenant avoir", ", accusing X of",
"en affirmant avoir"), the ones that only go on (", ajoutant que", ", adding that"), and claimed
words that are no statement (a headline, words cut inside a name): French and English tables
written from the general patterns of wire copy."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is

# (language, text, speaker, first keyword, its stance, second keyword, its stance): two claims
SPLIT = [
    pytest.param(
        "fr",
        "Le ministère de la Défense a affirmé que l'explosion avait été causée par un missile de la "
        "défense aérienne, soutenant avoir uniquement visé des dépôts militaires.",
        "Défense", "explosion", "assert", "dépôts militaires", "assert", id="fr_soutenant",
    ),
    pytest.param(
        "fr",
        "Le ministère a réagi en affirmant avoir ciblé une réunion d'officiers dans la ville.",
        "ministère", "réunion d'officiers", "assert", None, None, id="fr_en_affirmant",
    ),
    pytest.param(
        "fr",
        "« Nous avons saisi le Conseil de sécurité », a déclaré le ministre Paul Kasongo accusant "
        "le pays voisin de crimes de guerre.",
        "Kasongo", "Conseil de sécurité", "assert", "crimes de guerre", "condemn",
        id="fr_quote_then_accusant",
    ),
    pytest.param(
        "fr",
        "Le porte-parole Ivan Petrov a souligné que l'armée ne visait jamais de civils, qualifiant de "
        "« fausses » les informations sur une frappe contre un hôpital.",
        "Petrov", "civils", "deny", "hôpital", "deny", id="fr_qualifiant_de_fausses",
    ),
    pytest.param(
        "en",
        "The defence ministry said its forces had hit only military targets, denying that any "
        "residential building was struck.",
        "ministry", "military targets", "assert", "residential building", "deny", id="en_denying",
    ),
    pytest.param(
        "en",
        '"We have referred the case to the Security Council," said minister Paul Kasongo, accusing '
        "the neighbouring country of war crimes.",
        "Kasongo", "Security Council", "assert", "war crimes", "condemn", id="en_quote_then_accusing",
    ),
]


@pytest.mark.parametrize(("language", "text", "speaker", "first", "stance1", "second", "stance2"), SPLIT)
def test_participial_statement_is_a_claim_of_its_own(analyse, language, text, speaker, first, stance1,
                                                      second, stance2):
    article = analyse(text, language=language)
    a = one_claim(article, first)
    assert speaker_is(a, speaker) and a.stance == stance1
    if second is not None:
        b = one_claim(article, second)
        assert b is not a and speaker_is(b, speaker) and b.stance == stance2
        assert second not in a.content


# an elaborating participle goes on with the same claim: one claim holding both parts
JOINED = [
    pytest.param("fr", "L'armée a indiqué que trois soldats avaient été tués dans l'embuscade, ajoutant "
                       "que les assaillants avaient fui vers la frontière.", id="fr_ajoutant"),
    pytest.param("en", "The army said three soldiers were killed in the ambush, adding that the "
                       "attackers had fled towards the border.", id="en_adding"),
]


@pytest.mark.parametrize(("language", "text"), JOINED)
def test_elaborating_participle_joins_the_claim(analyse, language, text):
    article = analyse(text, language=language)
    assert len(article.claims) == 1
    claim = article.claims[0]
    assert "tués" in claim.content or "killed" in claim.content
    assert "fui" in claim.content or "fled" in claim.content


def test_opening_participle_is_still_no_claim(analyse):
    assert analyse("Commentant la situation, le colonel a quitté la salle sans un mot.").claims == []


# claimed words that are no statement
NO_STATEMENT = [
    pytest.param("en", "Health Ministry: Three Dead In Overnight Strike On Border Village",
                 id="en_headline"),
    pytest.param("en", "The ministry did not confirm Tuesday's attack on the convoy.",
                 id="en_possessive_cut"),
]


@pytest.mark.parametrize(("language", "text"), NO_STATEMENT)
def test_fragments_are_no_claims(analyse, language, text):
    article = analyse(text, language=language)
    assert not [c for c in article.claims if c.content.startswith(("'s", "’s")) or c.content.istitle()], \
        [(c.speaker.name, c.content) for c in article.claims]


def test_determiner_that_opens_no_clause(analyse):
    claim = one_claim(analyse("The health ministry reported four dead in that strike, including a woman.",
                              language="en"), "four dead")
    assert claim.content.startswith("four dead")


@pytest.mark.parametrize(("language", "text", "speaker", "relay"), [
    pytest.param("en", "According to Reuters, governor Anton Petrenko told local television that shelling "
                       "had resumed in the city.", "Petrenko", "Reuters", id="en_according_to_relays"),
    pytest.param("fr", "Selon l'AFP, le gouverneur Anton Petrenko a déclaré à la télévision que les "
                       "bombardements avaient repris dans la ville.", "Petrenko", "AFP",
                 id="fr_selon_relays"),
])
def test_source_marker_before_a_reported_statement_is_its_relay(analyse, language, text, speaker, relay):
    article = analyse(text, language=language)
    assert len(article.claims) == 1, [(c.speaker.name, c.content) for c in article.claims]
    claim = article.claims[0]
    assert speaker_is(claim, speaker) and claim.relay is not None and relay in claim.relay.name


# reporting verbs of the genre: naming a culprit, answering
MORE_VERBS = [
    pytest.param("fr", "Le Premier ministre Jan Nowak a pointé du doigt la responsabilité de l'armée "
                       "voisine.",
                 "Nowak", "armée voisine", id="fr_pointer_du_doigt"),
    pytest.param("en", "Prime Minister Jan Nowak blamed the neighbouring army for the attack on the depot.",
                 "Nowak", "depot", id="en_blame"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "keyword"), MORE_VERBS)
def test_more_reporting_verbs(analyse, language, text, speaker, keyword):
    claim = one_claim(analyse(text, language=language), keyword)
    assert speaker_is(claim, speaker) and claim.stance == "assert"


def test_mettre_without_its_particle_reports_nothing(analyse):
    assert analyse("Le ministre Paul Girard a mis un terme aux négociations avec les rebelles.").claims == []


# The participle right after an inverted speaker with no comma, parsed as a complement of the
# reporting verb: the same speaker's further statement.
@pytest.mark.parametrize(("language", "text", "keyword"), [
    pytest.param("fr", "« Nous venons de saisir le Conseil de sécurité », a déclaré Lutamba accusant le "
                 "Burundi de crimes de guerre et de violation du droit international.", "crimes de guerre",
                 id="fr"),
    pytest.param("en", '"We have just referred the matter to the Security Council," said Lutamba accusing '
                 "Burundi of war crimes and of violating international law.", "war crimes", id="en"),
])
def test_participle_after_an_inverted_speaker_without_comma(analyse, language, text, keyword):
    claims = analyse(text, language=language).claims
    accusation = [c for c in claims if keyword in c.content]
    assert len(claims) == 2 and len(accusation) == 1, [(c.speaker.name, c.content) for c in claims]
    assert "Lutamba" in accusation[0].speaker.name and accusation[0].stance == "condemn"
