"""One statement, one claim, its whole clause and the right speaker: a source marker after a
clause vouches for the whole clause (its subject too); a headline, a lede and the quote they
sum up are one statement; a participle that only goes on ("insistant sur") joins its sentence's
claim; a described speaker posted somewhere ("le nonce à Kiev") is not that place's country.
French and English tables written from the general patterns of wire copy (not from any article)."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is

# (language, text, keyword that must be in the claimed words, speaker alias)
WHOLE_CLAUSE = [
    pytest.param("fr", "Trois soldats figurent parmi les personnes blessées, selon l'armée.",
                 "Trois soldats", "arm", id="fr_marker_on_a_noun"),
    pytest.param("fr", "Deux infirmiers figurent également parmi les victimes, toujours selon la police.",
                 "Deux infirmiers", "police", id="fr_marker_after_adverb"),
    pytest.param("fr", "Attaque contre un dépôt\n\nQuatre ouvriers figurent parmi les personnes tuées jeudi "
                 "par un tir de drone à Kherson, selon le ministère de l'Intérieur.",
                 "Quatre ouvriers", "int", id="fr_after_a_headline"),
    pytest.param("en", "Three soldiers were among the people wounded in the shelling, according to the army.",
                 "Three soldiers", "army", id="en_marker_after_clause"),
]


@pytest.mark.parametrize("language,text,keyword,speaker", WHOLE_CLAUSE)
def test_postposed_source_vouches_for_the_whole_clause(analyse, language, text, keyword, speaker):
    claim = one_claim(analyse(text, language=language), keyword)
    assert speaker_is(claim, speaker), claim.speaker


# (language, text, keyword of the quote): headline, lede and quote of one speaker on one matter
RESTATED = [
    pytest.param(
        "fr",
        "Le maire Jean Dupont réclame l'aide de l'Etat pour le pont\n\n"
        "Le maire Jean Dupont a réclamé mardi l'aide de l'Etat pour reconstruire le pont détruit "
        "par la crue.\n\n« Nous voulons connaître le calendrier », a-t-il souligné. « Il faut que "
        "l'Etat nous apporte son aide pour reconstruire le pont », a-t-il déclaré.",
        "apporte son aide", id="fr_headline_lede_quote"),
    pytest.param(
        "en",
        "Mayor John Smith demands state aid for the bridge\n\n"
        "Mayor John Smith on Tuesday demanded state aid to rebuild the bridge destroyed by the flood.\n\n"
        "\"We want to know the timetable,\" he stressed. \"The state must give us aid to rebuild "
        "the bridge,\" he said.",
        "give us aid", id="en_headline_lede_quote"),
]


@pytest.mark.parametrize("language,text,keyword", RESTATED)
def test_headline_and_lede_restating_a_quote_are_one_claim(analyse, language, text, keyword):
    article = analyse(text, language=language)
    about_aid = [c for c in article.claims if "aid" in c.content.lower()]
    assert len(about_aid) == 1, [(c.speaker.name, c.content) for c in article.claims]
    assert keyword in about_aid[0].content
    assert about_aid[0].direct_quote


# (language, text, keyword): a participle that only insists goes on with the quote before it
INSISTING = [
    pytest.param("fr", "« Ce n'était pas une cible militaire », a déclaré le maire, insistant sur le "
                 "caractère civil du quartier touché.", "cible militaire", id="fr_insistant"),
    pytest.param("en", "\"This was not a military target,\" the mayor said, insisting on the civilian "
                 "character of the district.", "military target", id="en_insisting"),
]


@pytest.mark.parametrize("language,text,keyword", INSISTING)
def test_insisting_participle_joins_the_quote(analyse, language, text, keyword):
    article = analyse(text, language=language)
    assert len(article.claims) == 1, [(c.speaker.name, c.content) for c in article.claims]
    assert keyword in article.claims[0].content


# (language, text, keyword, alias the speaker must have, country it must not be)
POSTED = [
    pytest.param("fr", "« La situation humanitaire est très grave », a affirmé le nonce apostolique à Kiev.",
                 "situation humanitaire", "nonce", "UA", id="fr_nonce_a_kiev"),
    pytest.param("fr", "« Les négociations reprendront la semaine prochaine », a indiqué l'envoyé "
                 "spécial au Soudan.",
                 "négociations", "envoy", "SD", id="fr_envoye_au_soudan"),
    pytest.param("en", "\"The humanitarian situation is very serious,\" said the papal nuncio in Kyiv.",
                 "humanitarian situation", "nuncio", "UA", id="en_nuncio_in_kyiv"),
]


@pytest.mark.parametrize("language,text,keyword,alias,country", POSTED)
def test_place_of_posting_is_not_the_speaker(analyse, language, text, keyword, alias, country):
    claim = one_claim(analyse(text, language=language), keyword)
    assert claim.speaker.country != country, claim.speaker
    assert speaker_is(claim, alias), claim.speaker


@pytest.mark.parametrize("text,keyword,speaker", [
    ("« Nous avons tout perdu dans l'incendie », a confié une habitante du quartier.", "tout perdu",
     "habitante"),
    ("Un médecin a confié à l'AFP que l'hôpital manquait de sang pour les blessés.", "manquait de sang",
     "médecin"),
])
def test_words_confided_are_a_claim(analyse, text, keyword, speaker):
    claim = one_claim(analyse(text), keyword)
    assert speaker_is(claim, speaker), claim.speaker
    assert claim.stance == "assert"


# (language, text, keyword of the first claim, first speaker, keyword of the second, second speaker)
COORDINATED_SPEAKERS = [
    pytest.param("fr", "Le président turc a appelé à l'arrêt des combats, et le ministère qatari a dénoncé "
                 "un massacre contre des civils sans défense.", "arrêt des combats", "turc", "massacre",
                 "Qatar", id="fr_et_new_subject"),
    pytest.param("fr", "Le président turc a appelé à « l'arrêt immédiat des combats à Gaza », et le "
                 "ministère qatari a dénoncé un « massacre » contre des civils.", "arrêt immédiat", "turc",
                 "massacre", "Qatar", id="fr_quote_then_et_new_subject"),
    pytest.param("en", "The Turkish president called for an end to the fighting, and Qatar's foreign "
                 "ministry condemned a massacre of defenceless civilians.", "end to the fighting", "Turk",
                 "massacre", "Qatar", id="en_and_new_subject"),
]


@pytest.mark.parametrize("language,text,first,first_speaker,second,second_speaker", COORDINATED_SPEAKERS)
def test_coordinated_clause_with_its_own_subject_is_another_claim(analyse, language, text, first,
                                                                   first_speaker, second, second_speaker):
    article = analyse(text, language=language)
    a, b = one_claim(article, first), one_claim(article, second)
    assert a is not b
    assert speaker_is(a, first_speaker) and speaker_is(b, second_speaker), (a.speaker, b.speaker)
    assert second not in a.content and first not in b.content


# (language, text, keyword of the quote, its speaker, speaker it must not get)
QUOTE_ENDS_ITS_SENTENCE = [
    pytest.param("fr", "Le ministre a souligné la gravité de l'incident : « La destruction du drone a "
                 "compromis une opération importante. » Les dirigeants de l'alliance rappellent que leurs "
                 "espaces aériens sont unifiés.", "compromis une opération", "ministre", "alliance",
                 id="fr_next_sentence_verb_with_que"),
    pytest.param("en", "The minister stressed the gravity of the incident: \"The loss of the drone ruined an "
                 "important operation.\" The alliance's leaders recalled that their airspaces are unified.",
                 "ruined an important", "minister", "alliance", id="en_next_sentence_verb_with_that"),
]


@pytest.mark.parametrize("language,text,keyword,speaker,wrong", QUOTE_ENDS_ITS_SENTENCE)
def test_quote_is_not_reported_by_the_next_sentence(analyse, language, text, keyword, speaker, wrong):
    hits = [c for c in analyse(text, language=language).claims if keyword in c.content]
    assert hits and all(speaker_is(c, speaker) and not speaker_is(c, wrong) for c in hits), \
        [(c.speaker.name, c.content) for c in hits]


# (language, text, keyword, speaker alias, alias it must not get): one statement, one claim
ONE_STATEMENT_TWO_CLAUSES = [
    pytest.param("fr", "Le gouverneur Ivan Petrov a indiqué que l'incendie avait été éteint. « Les "
                 "opérations de la raffinerie reprendront lundi », a-t-il ajouté, rapporte l'AFP.",
                 "opérations", "Petrov", "AFP", id="fr_relayed_by_agency"),
    pytest.param("en", "Governor Ivan Petrov said the fire had been put out. \"Operations at the refinery "
                 "will resume on Monday,\" he added, AFP reported.", "Operations", "Petrov", "AFP",
                 id="en_relayed_by_agency"),
    pytest.param("fr", "Moscou dément : « Les déclarations des médias polonais sur une chute de missiles "
                 "relèvent de la provocation intentionnelle », a déclaré le ministère russe de la Défense.",
                 "provocation", "Defence", "zzz", id="fr_frame_and_reporting_clause"),
    pytest.param("en", "Moscow denied it: \"The statements by Polish media about a missile falling are a "
                 "deliberate provocation,\" the Russian defence ministry said.", "provocation", "Defence",
                 "zzz", id="en_frame_and_reporting_clause"),
]


@pytest.mark.parametrize("language,text,keyword,speaker,wrong", ONE_STATEMENT_TWO_CLAUSES)
def test_one_statement_with_two_reporting_clauses_is_one_claim(analyse, language, text, keyword, speaker,
                                                              wrong):
    hits = [c for c in analyse(text, language=language).claims if keyword in c.content]
    assert len(hits) == 1, [(c.speaker.name, c.content) for c in hits]
    assert speaker_is(hits[0], speaker) and not speaker_is(hits[0], wrong), hits[0].speaker


def test_denial_quoting_the_accusation_stays_apart(analyse):
    """"X a mis en cause Y, une accusation qualifiée de ridicule par Z": Z answers X."""
    text = ("Washington a même directement mis en cause « les forces armées du Rwanda », une accusation "
            "qualifiée de « ridicule » par Kigali.")
    claims = analyse(text).claims
    assert {c.stance for c in claims} >= {"assert", "deny"}, [(c.speaker.name, c.stance) for c in claims]


# (language, text, claims expected): a headline restated by its lede is one statement; two
# reported statements of one speaker on two matters stay two
REPORTED_TWICE = [
    pytest.param("fr", "Le Kremlin affirme qu'un missile anti-aérien ukrainien est tombé sur l'hôpital "
                 "pour enfants\n\nLe Kremlin a affirmé mardi qu'un missile anti-aérien ukrainien était "
                 "tombé sur un hôpital pour enfants à Kiev.", 1, id="fr_headline_and_lede"),
    pytest.param("en", "Kremlin says a Ukrainian anti-aircraft missile fell on the children's hospital"
                 "\n\nThe Kremlin said on Tuesday that a Ukrainian anti-aircraft missile had fallen on a "
                 "children's hospital in Kyiv.", 1, id="en_headline_and_lede"),
    pytest.param("fr", "Le ministère a affirmé que deux personnes avaient été tuées par un missile à "
                 "Kharkiv. Le ministère a aussi affirmé que trois personnes avaient été blessées par un "
                 "drone à Odessa.", 2, id="fr_two_matters"),
    pytest.param("en", "The ministry said two people had been killed by a missile in Kharkiv. The ministry "
                 "also said three people had been wounded by a drone in Odesa.", 2, id="en_two_matters"),
]


@pytest.mark.parametrize("language,text,expected", REPORTED_TWICE)
def test_reported_restatement_is_one_claim(analyse, language, text, expected):
    claims = analyse(text, language=language).claims
    assert len(claims) == expected, [(c.speaker.name, c.content) for c in claims]


# (language, text, speaker alias, stance): a verdict on someone's claim is a statement
VERDICTS = [
    pytest.param("en", "Kigali called the accusation 'unacceptable'.", "Rwanda", "condemn",
                 id="en_called_adj"),
    pytest.param("en", "Rwanda termed as false accusations by the UN that its forces took part in the "
                 "killings.", "Rwanda", "deny", id="en_termed_as"),
    pytest.param("en", "The minister called the report baseless.", "minister", "deny",
                 id="en_called_baseless"),
    pytest.param("fr", "Kigali a qualifié l'accusation d'« inacceptable ».", "Rwanda", "condemn",
                 id="fr_qualifie_de"),
]


@pytest.mark.parametrize("language,text,speaker,stance", VERDICTS)
def test_verdict_on_a_claim_is_a_statement(analyse, language, text, speaker, stance):
    claims = [c for c in analyse(text, language=language).claims if speaker_is(c, speaker)]
    assert [c.stance for c in claims] == [stance], [(c.speaker.name, c.stance, c.content) for c in claims]


def test_calling_something_that_is_no_claim_reports_nothing(analyse):
    assert analyse("They called the meeting a success.", language="en").claims == []


# (language, text, keyword, speaker alias): a short opening quote and the same speaker's next one
SHORT_THEN_FULL = [
    pytest.param("fr", "« Il a évolué », a déclaré jeudi à la presse à Goma le ministre des Affaires "
                 "sociales. « Il est aujourd'hui fixé à 35 morts et 37 blessés », a-t-il dit après une "
                 "réunion.",
                 "35 morts", "ministre", id="fr_short_then_full"),
    pytest.param("en", "\"It has changed,\" the social affairs minister, John Mbala, told reporters in Goma. "
                 "\"It now stands at 35 dead and 37 injured,\" he said after a meeting.",
                 "35 dead", "Mbala", id="en_short_then_full"),
]


@pytest.mark.parametrize("language,text,keyword,speaker", SHORT_THEN_FULL)
def test_short_opening_quote_joins_the_next_one(analyse, language, text, keyword, speaker):
    claims = analyse(text, language=language).claims
    assert len(claims) == 1, [(c.speaker.name, c.content) for c in claims]
    assert keyword in claims[0].content and speaker_is(claims[0], speaker), claims[0].speaker


def test_inverted_subject_after_day_and_complements(analyse):
    """"a déclaré jeudi à la presse à Goma le ministre": the speaker stands 8 words after the verb."""
    text = ("« Le bilan s'est alourdi dans la nuit », a déclaré jeudi à la presse à Goma le ministre "
            "des Affaires sociales.")
    claim = one_claim(analyse(text), "bilan")
    assert speaker_is(claim, "ministre"), claim.speaker


# (language, text, keyword, speaker alias, alias it must not get): the source named before a
# participle on it; a document noun whose issuer is named in its own words
SOURCE_NAMES = [
    pytest.param("fr", "L'armée a démenti toute frappe. Selon le communiqué du ministère de la Santé du "
                 "territoire contrôlé par le groupe armé, « entre 200 et 300 » personnes sont mortes.",
                 "200 et 300", "Health", "arm", id="fr_participle_after_source"),
]


@pytest.mark.parametrize("language,text,keyword,speaker,wrong", SOURCE_NAMES)
def test_source_named_before_a_participle(analyse, language, text, keyword, speaker, wrong):
    claim = one_claim(analyse(text, language=language), keyword)
    assert claim.content.startswith("«") or claim.content.startswith(keyword[:3]), claim.content
    assert speaker_is(claim, speaker) and not speaker_is(claim, wrong), claim.speaker


@pytest.mark.parametrize("language,text,keyword,speaker", [
    pytest.param("en", "The Indian envoy was summoned by the Foreign Office on Wednesday. \"It was conveyed "
                 "to the Indian side that it should investigate the incident,\" FO said.", "investigate",
                 "Foreign", id="en_fo"),
    pytest.param("fr", "Le Bureau national des enquêtes a ouvert une procédure. « Les premiers éléments "
                 "montrent une défaillance du moteur », a précisé le BNE.", "défaillance", "Bureau",
                 id="fr_bne"),
])
def test_acronym_speaker_is_the_institution_named_before(analyse, language, text, keyword, speaker):
    claim = one_claim(analyse(text, language=language), keyword)
    assert speaker_is(claim, speaker), claim.speaker


@pytest.mark.parametrize("language,text", [
    ("en", "It was not clear if and when Iran would respond, but any retaliation from Tehran would risk a "
     "dangerous confrontation."),
    ("en", "It is unclear whether the ministry confirmed that two soldiers were killed."),
    ("fr", "On ignore si le ministère a confirmé que deux soldats avaient été tués."),
])
def test_reporting_verb_under_if_or_whether_reports_nothing(analyse, language, text):
    claims = analyse(text, language=language).claims
    assert claims == [], [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize("language,text,keyword", [
    ("en", "The army said that two soldiers were killed.", "two soldiers"),
    ("fr", "L'armée a affirmé que deux soldats avaient été tués.", "deux soldats"),
])
def test_plain_statement_still_reports(analyse, language, text, keyword):
    one_claim(analyse(text, language=language), keyword)


# (language, text, claims expected): a quote with no reporting clause after its speaker's quote
CONTINUED_QUOTES = [
    pytest.param("fr", "« Nous n'avons aucun doute sur l'origine de ce missile », a déclaré le président "
                 "ukrainien. « Je crois que c'était un missile russe ».", 1, id="fr_same_stance_goes_on"),
    pytest.param("en", "\"We have no doubt about where this missile came from,\" the Ukrainian president "
                 "said. \"I believe it was a Russian missile.\"", 1, id="en_same_stance_goes_on"),
    pytest.param("fr", "« Les soldats ont ouvert le feu sans sommation », a déclaré le maire. « Cette "
                 "attaque est inacceptable et doit être condamnée ».", 2, id="fr_stance_of_its_own"),
    pytest.param("en", "\"The soldiers opened fire without warning,\" the mayor said. \"This attack is "
                 "unacceptable and must be condemned.\"", 2, id="en_stance_of_its_own"),
]


@pytest.mark.parametrize("language,text,expected", CONTINUED_QUOTES)
def test_quote_without_reporting_clause_goes_on_with_the_quote_before(analyse, language, text, expected):
    claims = analyse(text, language=language).claims
    assert len(claims) == expected, [(c.speaker.name, c.stance, c.content) for c in claims]
    assert len({c.speaker.name for c in claims}) == 1
