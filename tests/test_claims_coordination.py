"""Reporting verbs in the present tense the tagger misreads ("il indique que": lemma "indique";
"il dit que": a participle), and coordinated reporting verbs: another stance on other words is
another statement ("condemned A and accused B of C", "confirmed A but denied B"), while "condemned
A and said that B" or "said A and added B" stay one. French and English tables written from the
general patterns of wire copy."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is

# (language, text, speaker, keyword, stance)
PRESENT_TENSE = [
    pytest.param("fr", "La ministre de la Défense estime que les frappes ont visé des dépôts de carburant.",
                 "ministre", "dépôts de carburant", "assert", id="fr_estime"),
    pytest.param("fr", "Le capitaine Marc Leroy indique que vingt personnes ont été blessées dans la nuit.",
                 "Leroy", "vingt personnes", "assert", id="fr_indique_titled_name"),
    pytest.param("fr", "Le gouverneur Paul Martin dit que deux écoles ont été touchées par les tirs.",
                 "Martin", "deux écoles", "assert", id="fr_dit_read_as_participle"),
    pytest.param("fr", "Le maire de la ville demande que les responsables soient traduits en justice.",
                 "maire", "traduits en justice", "demand", id="fr_demande"),
    pytest.param("fr", "Le gouvernement conteste que ses soldats aient tiré sur la foule ce matin.",
                 "gouvernement", "tiré sur la foule", "deny", id="fr_conteste"),
    pytest.param("en", "The governor writes that two schools were hit by the shelling overnight.",
                 "governor", "two schools", "assert", id="en_writes"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "keyword", "stance"), PRESENT_TENSE)
def test_present_tense_reporting_verbs(analyse, language, text, speaker, keyword, stance):
    claim = one_claim(analyse(text, language=language), keyword)
    assert speaker_is(claim, speaker) and claim.stance == stance


def test_a_noun_spelt_like_a_verb_reports_nothing(analyse):
    """"la demande", "une note": verb_lemmas apply only to tokens tagged as verbs."""
    article = analyse("La demande du maire a été rejetée par le conseil municipal hier soir.")
    assert not [c for c in article.claims if speaker_is(c, "demande")]


# (language, text, speaker, first keyword, its stance, second keyword, its stance)
SPLIT = [
    pytest.param("fr", "Le ministère a condamné l'attaque contre le marché et accusé les rebelles de "
                       "viser des civils.",
                 "ministère", "marché", "condemn", "viser des civils", "assert", id="fr_condamne_et_accuse"),
    pytest.param("fr", "Le gouverneur a confirmé le premier échange de prisonniers mais a démenti tout autre "
                       "échange.",
                 "gouverneur", "premier échange", "assert", "autre échange", "deny",
                 id="fr_confirme_mais_dement"),
    pytest.param("en", "The ministry condemned the shelling of the market and accused the rebels of "
                       "targeting civilians.",
                 "ministry", "market", "condemn", "targeting civilians", "assert",
                 id="en_condemned_and_accused"),
    pytest.param("en", "The governor confirmed the first prisoner exchange but denied that any others had "
                       "taken place.",
                 "governor", "first prisoner exchange", "assert", "any others", "deny",
                 id="en_confirmed_but_denied"),
    pytest.param("en", 'The government condemned the raid as an "act of aggression," claiming that twelve '
                       "civilians were killed in the village.",
                 "government", "raid", "condemn", "twelve civilians", "assert",
                 id="en_participle_after_closing_quote"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "first", "stance1", "second", "stance2"), SPLIT)
def test_coordinated_verb_with_another_stance_is_its_own_claim(analyse, language, text, speaker, first,
                                                               stance1, second, stance2):
    article = analyse(text, language=language)
    a, b = one_claim(article, first), one_claim(article, second)
    assert a is not b, [(c.stance, c.content) for c in article.claims]
    assert speaker_is(a, speaker) and a.stance == stance1
    assert speaker_is(b, speaker) and b.stance == stance2
    assert second not in a.content and first not in b.content
    # the coordination belongs to neither claim
    assert not a.content.rstrip().endswith((" et", " and", " but", " mais"))


JOINED = [
    pytest.param("fr", "Le ministre a dénoncé l'attaque du convoi et a déclaré que l'armée riposterait "
                       "rapidement.", "convoi", "riposterait", id="fr_denonce_et_declare_que"),
    pytest.param("en", "The minister condemned the attack on the convoy and said that the army would respond "
                       "quickly.", "convoy", "respond", id="en_condemned_and_said_that"),
    pytest.param("en", "The spokesman said the army would respond and added that the talks were over.",
                 "respond", "talks", id="en_said_and_added"),
]


@pytest.mark.parametrize(("language", "text", "first", "second"), JOINED)
def test_coordinated_assertion_of_a_clause_stays_one_claim(analyse, language, text, first, second):
    article = analyse(text, language=language)
    assert len(article.claims) == 1, [(c.stance, c.content) for c in article.claims]
    assert first in article.claims[0].content and second in article.claims[0].content


# a relative clause on the speaker is the speaker's other statement; two subjects (a misparse of
# "Comme X, ..., Y ont accusé") leave the verb the nearer one
def test_relative_clause_is_its_own_statement_and_the_main_verb_keeps_its_subject(analyse):
    article = analyse("Comme le gouvernement, qui réclame des sanctions internationales, les Etats-Unis ont "
                      "accusé le mouvement rebelle d'être à l'origine de l'attaque.")
    demand = one_claim(article, "sanctions internationales")
    accuse = one_claim(article, "mouvement rebelle")
    assert demand is not accuse
    assert speaker_is(demand, "gouvernement") and demand.stance == "demand"
    assert "Etats-Unis" not in demand.content
    assert speaker_is(accuse, "Etats-Unis") and accuse.stance == "assert"


def test_apposition_before_the_verb_is_not_its_subject(analyse):
    claim = one_claim(analyse("Le Corps des gardiens, l'armée idéologique du régime, a annoncé que sept de "
                              "ses membres avaient été tués dans la frappe."), "sept de ses membres")
    assert speaker_is(claim, "Corps")


# "A denied B, X said": X relays A's statement rather than making one of its own
RELAYED = [
    pytest.param("fr", "Les rebelles ont nié avoir attaqué le camp de déplacés, a affirmé jeudi le "
                       "porte-parole du gouvernement, Paul Martin.", id="fr_postposed_relay"),
    pytest.param("en", "The rebels denied attacking the camp for displaced people, government spokesman Paul "
                       "Martin said on Thursday.", id="en_postposed_relay"),
]


@pytest.mark.parametrize(("language", "text"), RELAYED)
def test_postposed_reporting_clause_relays_the_statement_it_follows(analyse, language, text):
    article = analyse(text, language=language)
    assert len(article.claims) == 1, [(c.speaker.name, c.content) for c in article.claims]
    claim = article.claims[0]
    assert speaker_is(claim, "rebel") and claim.stance == "deny"
    assert claim.relay is not None and "Martin" in claim.relay.name
    assert "Martin" not in claim.content


# a quote and a later statement of the same speaker are one claim only when the later one restates
# the quote: not a denial after an assertion, nor a long statement sharing two words with it
REPEATS_APART = [
    pytest.param("en", '"The first full exchange of prisoners has taken place," minister Anna Kovac wrote. '
                       "Kovac on Wednesday confirmed the earlier swap but denied that any other exchanges "
                       "had taken place.", "any other exchanges", id="en_denial_after_quote"),
    pytest.param("en", '"In exchange for ten captured soldiers we rescued ten of our servicemen," minister '
                       "Anna Kovac said. Kovac also said that eleven civilian fishermen rescued near the "
                       "southern port city of Varna last month were exchanged for nineteen merchant sailors "
                       "held by the neighbouring country since the spring.",
                 "eleven civilian fishermen", id="en_other_matter_two_shared_words"),
    pytest.param("fr", "« Le premier échange complet de prisonniers a eu lieu », a écrit la ministre Anna "
                       "Kovac. Mercredi, Kovac a confirmé l'échange précédent mais a démenti que d'autres "
                       "échanges aient eu lieu.", "autres échanges", id="fr_denial_after_quote"),
]


@pytest.mark.parametrize(("language", "text", "keyword"), REPEATS_APART)
def test_later_statement_on_another_matter_is_not_merged_into_a_quote(analyse, language, text, keyword):
    article = analyse(text, language=language)
    later = one_claim(article, keyword)
    assert not later.direct_quote, [(c.stance, c.content) for c in article.claims]
    assert speaker_is(later, "Kovac")


# "il"/"he" after a speaker named only by a description ("un médecin") is that speaker, not a
# person merely mentioned since
DESCRIBED_PRONOUN = [
    pytest.param("fr", "Un médecin contacté vendredi affirme qu'il a soigné des blessés dans la clinique "
                       "de Karim Haddad. La mosquée est entièrement détruite, dit-il.", "mosquée",
                 id="fr_dit_il"),
    pytest.param("en", "A doctor reached on Friday said he had treated the wounded at the clinic run by "
                       "Karim Haddad. The mosque was completely destroyed, he said.", "mosque",
                 id="en_he_said"),
]


@pytest.mark.parametrize(("language", "text", "keyword"), DESCRIBED_PRONOUN)
def test_pronoun_after_a_described_speaker_is_that_speaker(analyse, language, text, keyword):
    claim = one_claim(analyse(text, language=language), keyword)
    assert speaker_is(claim, "médecin") or speaker_is(claim, "doctor"), claim.speaker


# reactions that report a quote: "s'est félicité X", "a réagi X" (a clause or a quote only)
REACTIONS = [
    pytest.param("« Il n'y a jamais eu un échange de prisonniers aussi important », s'est félicité le "
                 "conseiller Marc Dubois.", "Dubois", "échange de prisonniers", "assert",
                 id="fr_se_feliciter"),
    pytest.param("Il est « important que tous les faits soient établis », a réagi le secrétaire général de "
                 "l'alliance, Jan Kowal.", "Kowal", "faits soient établis", "demand",
                 id="fr_a_reagi_important_que"),
]


@pytest.mark.parametrize(("text", "speaker", "keyword", "stance"), REACTIONS)
def test_reactions_report_a_quote(analyse, text, speaker, keyword, stance):
    claim = one_claim(analyse(text), keyword)
    assert speaker_is(claim, speaker) and claim.stance == stance


def test_reagir_en_affirmant_is_one_claim(analyse):
    article = analyse("Le ministre Paul Girard a réagi en affirmant que l'armée avait visé un dépôt de "
                      "munitions.")
    assert len(article.claims) == 1, [(c.speaker.name, c.content) for c in article.claims]
    assert "dépôt de munitions" in article.claims[0].content


# stated positions: expressing concern, pledging, promising
POSITIONS = [
    pytest.param("en", "The UN envoy for the region, Hans Berg, expressed grave concern over the latest "
                       "attacks on merchant shipping.", "Berg", "grave concern", id="en_expressed_concern"),
    pytest.param("en", "The armed group also pledged punishment and revenge on its enemy for the strike.",
                 "armed group", "revenge", id="en_pledged"),
    pytest.param("fr", "Le ministère des Affaires étrangères a exprimé sa vive préoccupation face aux "
                       "frappes contre le port.", "ministère", "préoccupation", id="fr_exprime"),
    pytest.param("fr", "Le mouvement armé a promis de riposter à la frappe contre son quartier général.",
                 "mouvement", "riposter", id="fr_promis"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "keyword"), POSITIONS)
def test_stated_positions_are_claims(analyse, language, text, speaker, keyword):
    claim = one_claim(analyse(text, language=language), keyword)
    assert speaker_is(claim, speaker), claim.speaker
