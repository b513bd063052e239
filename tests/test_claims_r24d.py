"""Round 24, fourth part (claims): a headline's subject the parser hung on its verb as a noun
("l'armée revendique la mort d'un chef"); an institution whose place is a modifier ("the Gaza
civil defence agency") or a place noun resuming the area told before ("the territory's health
ministry"). Sentences written for these tests, in stories of their own."""

import pytest

# (language, text, words of the claim, words of its speaker's name, words its name must not be)
HEADLINE_SUBJECTS = [
    ("fr", "Mali : la junte revendique la reprise d'une localité près de Tessalit", "revendique la reprise",
     "junta", "tessalit"),
    ("fr", "Mali : l'armée revendique la mort d'un chef rebelle dans une frappe près de Gao",
     "revendique la mort", "army", "rebel"),
    ("fr", "Mali : l'armée revendique la destruction d'un dépôt d'armes près de Tombouctou",
     "revendique la destruction", "army", "tombouctou"),
    ("fr", "Soudan : l'armée revendique la reprise d'un pont stratégique à Khartoum", "revendique la reprise",
     "army", "khartoum"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker", "not_speaker"), HEADLINE_SUBJECTS)
def test_headline_noun_before_a_finite_verb_speaks(analyse, language, text, words, speaker, not_speaker):
    text += "\n\nLe communiqué a été publié mardi."
    claims = [c for c in analyse(text, language, published="2025-05-07").claims if words in c.content]
    assert claims, "headline claim lost"
    name = claims[0].speaker.name.lower()
    assert speaker in name, claims[0].speaker
    assert not_speaker not in name, claims[0].speaker


# (language, text, words of the claim, the speaker's name)
OWNED_INSTITUTIONS = [
    # a place name as a modifier of the institution: the institution speaks, not the place
    ("en", "Shelling of a market in Kharkiv killed four people on Monday, the Kharkiv regional health "
           "department said.", "Shelling of a market", "Kharkiv regional health department"),
    ("en", "Shelling of a camp near Goma killed six people on Friday, the Goma civil protection agency said.",
     "Shelling of a camp", "Goma civil protection agency"),
    ("en", "Guyana's defence force said on Monday that Venezuelan troops had fired on a patrol boat on the "
           "Cuyuni river, wounding two soldiers.", "Venezuelan troops", "Guyana's defence force"),
    # a place noun owning the institution resumes the area named before
    ("en", "Floods and fighting displaced thousands in Tigray this week. At least 30 people were killed "
           "in clashes near Mekele on Saturday, according to the region's health bureau.",
     "At least 30 people", "Tigray health bureau"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker"), OWNED_INSTITUTIONS)
def test_institution_owned_by_a_place_speaks(analyse, language, text, words, speaker):
    claims = [c for c in analyse(text, language, published="2025-05-07").claims if words in c.content]
    assert claims, "claim lost"
    assert claims[0].speaker.name == speaker, claims[0].speaker


# (language, text, words of the denial, words of the account it resumes, words of a later, unrelated claim)
RESUMED_REPORTS = [
    ("fr", "Le ministère tchadien de la Défense a affirmé mardi que des soldats soudanais avaient ouvert "
           "le feu sur un poste frontière près d'Adré, blessant deux militaires. Le ministère soudanais des "
           "Affaires étrangères a démenti ces informations, les qualifiant de « mensonges ». Par ailleurs, "
           "le Premier ministre tchadien a déclaré que l'accord commercial pourrait être signé d'ici "
           "quelques mois.",
     "ces informations", "soldats soudanais", "accord commercial"),
    ("en", "Guyana's defence force said on Monday that Venezuelan troops had fired on a patrol boat on the "
           "Cuyuni river, wounding two soldiers. Venezuela's foreign ministry rejected the report as a "
           "provocation. Separately, Guyana's president said a trade agreement with Brazil could be signed "
           "within weeks.", "the report", "Venezuelan troops", "trade agreement"),
]


@pytest.mark.parametrize(("language", "text", "denial", "account", "later"), RESUMED_REPORTS)
def test_denial_of_the_report_answers_the_account_before_it(analyse, language, text, denial, account, later):
    claims = analyse(text, language, published="2025-05-07").claims
    seen = [(c.speaker.name, c.stance, c.content) for c in claims]
    denials = [c for c in claims if c.content.startswith(denial)]
    told = [c for c in claims if account in c.content]
    after = [c for c in claims if later in c.content]
    assert denials and told and after, seen
    assert told[0].id in denials[0].contradicts, seen
    assert after[0].id not in denials[0].contradicts and denials[0].id not in after[0].contradicts, seen


# (language, text, words of a running total's claim): a toll over a year sums many incidents
RUNNING_TOTALS = [
    ("fr", "Des hommes armés ont attaqué lundi un marché de Culiacán, tuant au moins neuf personnes, selon "
           "la police. Selon l'ONU, plus de 3 200 personnes ont été tuées dans l'Etat de Sinaloa en 2024 "
           "dans les violences liées aux cartels.", "plus de 3 200 personnes"),
    ("fr", "Des hommes armés ont attaqué lundi un marché de Culiacán, tuant au moins neuf personnes, selon "
           "la police. Les autorités ont indiqué que plus de 3 200 personnes avaient été tuées dans la "
           "région l'an dernier.", "plus de 3 200 personnes"),
    ("en", "Gunmen attacked a market in Culiacan on Monday, killing at least nine people, police said. More "
           "than 3,200 people were killed in Sinaloa in 2024 in cartel violence, according to the UN.",
     "More than 3,200 people"),
    ("en", "Gunmen attacked a market in Culiacan on Monday, killing at least nine people, police said. More "
           "than 3,200 people were killed across the state last year, the UN said.",
     "More than 3,200 people"),
]


@pytest.mark.parametrize(("language", "text", "words"), RUNNING_TOTALS)
def test_running_total_over_a_year_is_about_no_incident(analyse, language, text, words):
    article = analyse(text, language, published="2025-05-07")
    claims = [c for c in article.claims if c.content.startswith(words)]
    assert claims, [(c.speaker.name, c.content) for c in article.claims]
    assert article.events, "the attack lost"
    assert claims[0].about == [], claims[0].about
