"""Round 29, second task (claims): a body's whole name, "the group said" after a speaker, denials
of an alleged act, a negated intent of the accused, a postposed source's whole clause, a
condemnation with no act of its own. Sentences written for these tests, in stories of our own."""

import pytest


def _article(analyse, language, text):
    return analyse(text, language, published="2025-09-12")


def _shown(article):
    return [(c.speaker.name, c.speaker.country, c.stance, c.content, c.about, c.contradicts)
            for c in article.claims] + [(e.id, e.type, e.status) for e in article.events]


# (language, text, the speaker's name, its country or None): an organisation's name runs through
# its "of the ..." / "de la ..." complement, and a ministry keeps the place that qualifies it
WHOLE_NAMES = [
    ("en", "Two paramedics were wounded near Khan Younis on Sunday, the International Council of the "
           "Red Crescent said in a statement.", "International Council of the Red Crescent", None),
    ("en", "The National Union of Journalists of Ukraine said two reporters had been wounded in Kherson.",
     "National Union of Journalists of Ukraine", "UA"),
    ("en", "The Sweida health ministry said 14 people had been wounded in the shelling.",
     "Sweida health ministry", None),
    ("en", "The Syrian health ministry said 14 people had been wounded in the shelling of the town.",
     "Syrian health ministry", "SY"),
    ("fr", "La Fédération internationale des ligues des droits de l'homme a affirmé que les détenus "
           "avaient été torturés.", "Fédération internationale des ligues des droits de l'homme", None),
    ("fr", "Le ministère de la Santé de Sweida a indiqué que 14 personnes avaient été blessées.",
     "Ministry of Health of Sweida", None),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), WHOLE_NAMES)
def test_speaker_keeps_its_whole_name(analyse, language, text, name, country):
    article = _article(analyse, language, text)
    assert [c.speaker.name for c in article.claims] == [name], _shown(article)
    if country is not None:
        assert article.claims[0].speaker.country == country, _shown(article)


# (language, text, the speaker of every claim): a bare "the group" / "le groupe" that goes on
# speaking after a body spoke is that body, not the armed group its words blamed; and in "X said,
# accusing Y of Z" the accuser is X
GROUP_RESUMES_SPEAKER = [
    ("en", "A drone strike by the Rapid Support Forces on a clinic in Dilling killed at least 11 people "
           "on Sunday, the Nuba Mountains Medics Network said. The strike destroyed the clinic's pharmacy, "
           "the group said, accusing the paramilitary force of a war crime.",
     "Nuba Mountains Medics Network"),
    ("fr", "Une frappe de drone des Forces de soutien rapide sur une clinique de Dilling a tué au moins 11 "
           "personnes dimanche, a indiqué l'Alliance des médecins des monts Nouba. La frappe a détruit la "
           "pharmacie de la clinique, a ajouté le groupe, accusant les paramilitaires d'un crime de guerre.",
     "Alliance des médecins des monts Nouba"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), GROUP_RESUMES_SPEAKER)
def test_bare_group_noun_resumes_the_speaker(analyse, language, text, speaker):
    article = _article(analyse, language, text)
    assert len(article.claims) >= 2, _shown(article)
    assert all(speaker in c.speaker.name for c in article.claims), _shown(article)


# (language, text, words of the denial, words of the account it answers, words of an account of
# another incident): a denial of "the violation" / "the allegations" / "toute incursion" is about
# the act alleged before it, and contradicts only the claims about that act
ALLEGED_ACT_DENIED = [
    ("en", "Two Romanian border guards were wounded on Monday when a drone exploded near Galati, the "
           "Romanian defence ministry said. Bucharest summoned the Russian ambassador on Tuesday, the "
           "Romanian foreign ministry said. Russia's defence ministry rejected the allegations as a "
           "provocation.", "allegations", "border guards", "summoned"),
    ("fr", "Deux chasseurs russes ont violé jeudi l'espace aérien de la Finlande au-dessus du golfe de "
           "Finlande, a affirmé l'armée finlandaise. Helsinki a convoqué vendredi l'ambassadeur russe, a "
           "indiqué le ministère finlandais des Affaires étrangères. Le ministère russe de la Défense a "
           "démenti toute incursion.", "incursion", "chasseurs", "convoqué"),
]


@pytest.mark.parametrize(("language", "text", "denied", "account", "other"), ALLEGED_ACT_DENIED)
def test_denial_of_the_allegation_is_about_the_act_alleged(analyse, language, text, denied, account, other):
    article = _article(analyse, language, text)
    denial = next(c for c in article.claims if denied in c.content)
    told = next(c for c in article.claims if account in c.content)
    unrelated = next(c for c in article.claims if other in c.content)
    assert denial.stance == "deny" and told.about and denial.about == told.about, _shown(article)
    assert told.id in denial.contradicts and unrelated.id not in denial.contradicts, _shown(article)


# (language, text, words of the claim): a negated intent of the accused side about the act ("had
# not planned to strike", "n'a pas voulu frapper"), a negated act ("did not target", "n'a pas
# visé") and an act restricted by "ne ... que" ("n'avoir frappé que des positions") are denials
NEGATED_INTENT = [
    ("en", "A drone hit a warehouse in Rzeszow on Sunday, Polish police said. Belarus's defence ministry "
           "said it had not planned to strike any targets in Poland.", "not planned"),
    ("en", "A missile hit a grain terminal near Izmail on Sunday, Ukrainian officials said. Moscow said "
           "its forces had not meant to hit civilian sites.", "not meant"),
    ("en", "A missile hit a grain terminal near Izmail on Sunday, Ukrainian officials said. The Russian "
           "army said it did not target the port.", "did not target"),
    ("fr", "Un missile a touché dimanche un terminal céréalier près d'Izmaïl, selon les autorités "
           "ukrainiennes. L'armée russe a affirmé n'avoir frappé que des positions militaires.",
     "que des positions"),
    ("fr", "Un missile a touché dimanche un terminal céréalier près d'Izmaïl, selon les autorités "
           "ukrainiennes. Moscou a assuré que son armée n'avait pas visé le port.", "pas visé"),
]


@pytest.mark.parametrize(("language", "text", "words"), NEGATED_INTENT)
def test_negated_intent_of_the_act_is_a_denial(analyse, language, text, words):
    article = _article(analyse, language, text)
    claim = next((c for c in article.claims if words in c.content), None)
    assert claim is not None and claim.stance == "deny", _shown(article)


# (language, text, the words the claim opens on, the speaker's name): the content of a postposed
# "selon X" / "according to X" / "a annoncé X" is the whole clause it closes, subject included
WHOLE_CLAUSE = [
    ("fr", "Les gendarmes ont tiré sur des manifestants qui tentaient de franchir le cordon devant la "
           "présidence à Nairobi, selon un porte-parole de l'opposition.", "Les gendarmes ont tiré", None),
    ("fr", "Des soldats ont ouvert le feu sur des habitants qui voulaient rejoindre le marché de Djibo, "
           "selon un élu local.", "Des soldats ont ouvert", None),
    ("en", "Soldiers opened fire on villagers who were trying to reach the market in Djibo, according to "
           "a local official.", "Soldiers opened fire", None),
    ("fr", "Le palais présidentiel a été touché par des débris lors de la plus longue attaque de drones "
           "de l'été, a annoncé la Première ministre.", "Le palais présidentiel", "Première ministre"),
]


@pytest.mark.parametrize(("language", "text", "opening", "speaker"), WHOLE_CLAUSE)
def test_postposed_source_claims_the_whole_clause(analyse, language, text, opening, speaker):
    article = _article(analyse, language, text)
    assert len(article.claims) == 1 and article.claims[0].content.startswith(opening), _shown(article)
    if speaker is not None:
        assert article.claims[0].speaker.name == speaker, _shown(article)


# (language, text, words of an account of the act condemned): a condemnation naming no act of
# its own is about the act the article tells (the sole one, or the one that struck the speaker's
# country)
CONDEMNED_ACT = [
    ("fr", "Des frappes israéliennes ont touché mardi un dépôt de l'armée près de Soueïda, tuant deux "
           "soldats, selon l'agence officielle syrienne. Le gouvernement syrien a condamné une « agression "
           "caractérisée » contre la souveraineté nationale.", "Des frappes israéliennes"),
    ("en", "Israeli jets struck an army depot near Sweida on Tuesday, killing two soldiers, Syrian state "
           "media said. The Syrian foreign ministry condemned a blatant aggression against the country.",
     "Israeli jets"),
    ("en", "A Houthi missile hit a cargo ship off Hodeidah on Monday, the British maritime agency said. "
           "Israeli jets struck an army depot near Sweida on Tuesday, killing two soldiers, Syrian state "
           "media said. The Syrian foreign ministry condemned a blatant aggression against the country.",
     "Israeli jets"),
]


@pytest.mark.parametrize(("language", "text", "account"), CONDEMNED_ACT)
def test_condemnation_with_no_act_is_about_the_act_told(analyse, language, text, account):
    article = _article(analyse, language, text)
    told = next(c for c in article.claims if c.content.startswith(account))
    condemnation = next(c for c in article.claims if c.stance == "condemn")
    assert told.about and condemnation.about == told.about, _shown(article)
