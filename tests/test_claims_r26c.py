"""Round 26c (claims): statements missed or read wrong on the lead's probe kinds.
Sentences written for these tests, in stories of their own."""

import pytest


def _claims(analyse, language, text):
    return analyse(text, language, published="2025-05-07").claims


def _shown(claims):
    return [(c.speaker.name if c.speaker else None, c.stance, c.content) for c in claims]


# (language, text, the quoted words): a short quotation whose only long word is its first ("This
# is an act of war") is a statement, not a title: its words are the claim, without the marks
QUOTED_SENTENCES = [
    ("en", "Drones struck a refinery near Tuapse overnight. \"This is an act of war,\" Governor Anna "
           "Petrova said in a post on Telegram.", "This is an act of war"),
    ("en", "A bus was hit by a roadside bomb near Kalat on Monday. \"That was no accident,\" Chief "
           "Minister Tariq Baig said.", "That was no accident"),
    ("en", "Shelling hit a school in Kharkiv on Friday. \"This is not a war on us,\" Mayor Ivan "
           "Kovalenko wrote on X.", "This is not a war on us"),
]


@pytest.mark.parametrize(("language", "text", "words"), QUOTED_SENTENCES)
def test_short_quoted_sentence_is_a_claim(analyse, language, text, words):
    claims = _claims(analyse, language, text)
    assert any(c.content == words for c in claims), _shown(claims)


# (language, text, speaker, stance, words of the claim): the reporting verb itself quoted after its
# auxiliary ('a « condamné sans réserve » cette attaque') is the article's sentence, not a quote:
# the statement is the speaker's, its object the claim
QUOTED_VERBS = [
    ("fr", "Une embuscade a visé mardi une patrouille près de Ménaka. Le président de la Commission "
           "de la Cédéao, Omar Touray, a « condamné sans réserve » cette attaque.",
     "Omar Touray", "condemn", "cette attaque"),
    ("fr", "Un drone a frappé dimanche un hôpital à El-Facher. Le directeur général de l'OMS, Tedros "
           "Adhanom Ghebreyesus, a « fermement dénoncé » cette frappe.",
     "Tedros Adhanom Ghebreyesus", "condemn", "cette frappe"),
    ("fr", "Un drone a frappé dimanche un hôpital à El-Facher. Le ministère soudanais des Affaires "
           "étrangères a « condamné avec la plus grande fermeté » cette frappe.",
     "Sudan", "condemn", "cette frappe"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "stance", "words"), QUOTED_VERBS)
def test_quoted_reporting_verb_keeps_its_statement(analyse, language, text, speaker, stance, words):
    claims = _claims(analyse, language, text)
    assert any(speaker in c.speaker.name and c.stance == stance and words in c.content
               for c in claims if c.speaker is not None), _shown(claims)


# (language, text, speaker, words of the claim): an accusation with its object only, the accused
# party, and no "of" clause ("a accusé les miliciens Maï-Maï", "blamed ADF rebels") is a claim
ACCUSED_ONLY = [
    ("fr", "Six civils ont été tués lundi dans l'attaque d'un village du Nord-Kivu. Aucun groupe n'a "
           "revendiqué l'attaque, mais l'armée congolaise a accusé les miliciens Maï-Maï.",
     "Congolese army", "miliciens Maï-Maï"),
    ("fr", "Un poste militaire a été attaqué dimanche près de Diffa. Les autorités nigériennes ont "
           "accusé les jihadistes.", "Niger", "les jihadistes"),
    ("en", "An ambush killed six soldiers near Beni on Tuesday. No group claimed the ambush, but the "
           "Congolese army blamed ADF rebels.", "Congolese army", "ADF rebels"),
    ("en", "A car bomb killed four police officers in Mogadishu on Friday. The Somali government "
           "accused al-Shabaab militants.", "Somali", "al-Shabaab"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "words"), ACCUSED_ONLY)
def test_accused_object_alone_is_a_claim(analyse, language, text, speaker, words):
    claims = _claims(analyse, language, text)
    assert any(speaker in c.speaker.name and words in c.content
               for c in claims if c.speaker is not None), _shown(claims)


# (language, text, speaker, words of the claim): an institution noun with its own acronym after it
# ("Le Bureau ... en Haïti (BINUH)") names itself: not the institution that spoke before
OWN_ACRONYM = [
    ("fr", "Des membres d'un gang ont attaqué jeudi le commissariat de Mirebalais, tuant trois policiers, "
           "a indiqué la police nationale. Le Bureau intégré des Nations unies en Haïti (BINUH) a condamné "
           "cette attaque.", "BINUH", "cette attaque"),
    ("fr", "Des hommes armés ont attaqué samedi un convoi près de Kidal, a indiqué l'armée malienne. Le "
           "Bureau régional des Nations unies pour l'Afrique de l'Ouest (UNOWAS) a dénoncé cette attaque.",
     "UNOWAS", "cette attaque"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "words"), OWN_ACRONYM)
def test_institution_with_its_acronym_names_itself(analyse, language, text, speaker, words):
    claims = _claims(analyse, language, text)
    assert any(c.speaker.name == speaker and words in c.content
               for c in claims if c.speaker is not None), _shown(claims)


# (language, text, speaker, words of the claim): "selon le parquet régional" names its own source
# where it stands: not the institution of the entry before
SOURCE_NAMED_HERE = [
    ("fr", "Un policier a été blessé par balle lundi soir à Marseille, a indiqué la préfecture de police.\n\n"
           "Un homme a été tué mardi à Nîmes lors d'une fusillade dans le quartier de Pissevin, selon le "
           "parquet régional.", "Prosecutor", "Un homme a été tué"),
    ("fr", "Trois militaires ont été blessés par une mine dimanche près de Gao, a annoncé l'armée malienne. "
           "Un civil a été tué lundi dans une frappe de drone à Kidal, selon le parquet régional.",
     "Prosecutor", "Un civil a été tué"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "words"), SOURCE_NAMED_HERE)
def test_source_named_where_it_stands(analyse, language, text, speaker, words):
    claims = _claims(analyse, language, text)
    assert any(speaker in c.speaker.name and words in c.content
               for c in claims if c.speaker is not None), _shown(claims)


# (language, text, words the claim is): a quoted manner inside the reporting clause ("a condamné
# « fermement » cette attaque") is no part of the claimed words
QUOTED_MANNER = [
    ("fr", "Une embuscade a visé mardi une patrouille près de Ménaka. Le Bureau intégré des Nations unies "
           "au Mali (BINUMA) a condamné « fermement » cette attaque.", "cette attaque"),
    ("fr", "Un drone a frappé dimanche un hôpital à El-Facher. Le ministère soudanais des Affaires "
           "étrangères a « condamné avec la plus grande fermeté » cette frappe.", "cette frappe"),
]


@pytest.mark.parametrize(("language", "text", "words"), QUOTED_MANNER)
def test_quoted_manner_is_not_claimed(analyse, language, text, words):
    claims = _claims(analyse, language, text)
    assert any(c.content == words for c in claims), _shown(claims)
