"""Round 25, second task (claims): a rubric opening a headline is no speaker ("Explainer: ...",
"Décryptage : ..."), ... Sentences written for these tests, in stories of their own."""

import pytest

# (language, text, rubric): a newsroom's rubric before a colon names the kind of article
RUBRICS = [
    ("en", "Explainer: a year of attacks on merchant ships in the Red Sea\n\nADEN, May 6 (AFP) - Gunmen "
           "attacked a cargo ship off the port of Mukalla on Monday, killing two sailors, the coast guard "
           "said.",
     "explainer"),
    ("en", "Factbox: the armed groups fighting for control of the Sahel border zone\n\nGunmen killed five "
           "soldiers near Menaka on Sunday, the army said.", "factbox"),
    ("en", "EXCLUSIVE: drones launched from across the lake hit a fuel depot near Goma\n\nA drone struck a "
           "fuel depot near Goma on Sunday, police said.", "exclusive"),
    ("fr", "Décryptage : une année d'attaques contre les navires marchands en mer Rouge\n\nDes hommes armés "
           "ont attaqué un cargo au large de Moukalla lundi, tuant deux marins, a indiqué la garde côtière.",
     "décryptage"),
    ("fr", "Analyse : pourquoi les frappes de drones se multiplient dans le nord du Mali\n\nUne frappe de "
           "drone a tué six civils près de Kidal dimanche, selon des sources locales.", "analyse"),
]


@pytest.mark.parametrize(("language", "text", "rubric"), RUBRICS)
def test_rubric_is_no_speaker(analyse, language, text, rubric):
    claims = analyse(text, language, published="2025-05-07").claims
    assert not [c for c in claims if c.speaker.name.lower() == rubric], \
        [(c.speaker.name, c.content) for c in claims]


# (language, text, words of the first claim, words of the denial): "a affirmé que A et a démenti B",
# the denial parsed as the clause of the first verb, is the speaker's second claim
COORDINATED_DENIALS = [
    ("fr", "Une frappe aérienne a tué au moins 20 personnes lundi sur un marché de Djibo, selon des sources "
           "locales. L'armée de l'air a affirmé que ses avions avaient « neutralisé de nombreux "
           "terroristes » "
           "et a démenti avoir touché des civils.", "neutralisé", "touché des civils"),
    ("fr", "Des obus sont tombés dimanche sur un camp de déplacés près de Kadugli, tuant neuf personnes. "
           "L'armée a assuré que ses unités avaient riposté à une attaque rebelle et a nié avoir visé le "
           "camp.", "riposté", "visé le camp"),
    ("en", "An air strike killed at least 20 people at a market in Djibo on Monday, local sources said. The "
           "air force said its aircraft had \"neutralised many terrorists\" and denied hitting civilians.",
     "neutralised", "hitting civilians"),
]


@pytest.mark.parametrize(("language", "text", "first", "denied"), COORDINATED_DENIALS)
def test_coordinated_denial_is_a_claim(analyse, language, text, first, denied):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if first in c.content]
    denial = [c for c in claims if denied in c.content and c.stance == "deny"]
    assert told and denial, [(c.speaker.name, c.stance, c.content) for c in claims]
    assert denied not in told[0].content and told[0].stance == "assert", told[0]
    assert denial[0].speaker.name == told[0].speaker.name, denial[0].speaker


# (language, text, words of the claim of responsibility, words of the denial): "A faction of X said
# it was behind the attack, but the main X group denied involvement": two subjects, two stances
FACTION_DENIALS = [
    ("en", "A suicide bomber killed 14 people at a market in Bannu on Monday, police said. A faction of the "
           "Baloch Liberation Army later said it was behind the attack, but the main BLA group denied "
           "involvement.", "behind the attack", "involvement"),
    ("en", "Gunmen killed six police officers in Tillaberi on Sunday. A splinter cell of Islamic State Sahel "
           "Province said it carried out the attack, but the group's central command denied any involvement.",
     "carried out", "involvement"),
    ("fr", "Un kamikaze a tué 14 personnes sur un marché de Bannu lundi, selon la police. Une faction de "
           "l'Armée de libération du Baloutchistan a ensuite affirmé être derrière l'attaque, mais le groupe "
           "principal a nié toute implication.", "derrière l'attaque", "implication"),
    ("fr", "Des hommes armés ont tué six policiers à Tillabéri dimanche. Une branche de l'État islamique au "
           "Sahel a revendiqué l'attaque, mais le commandement central du groupe a démenti toute "
           "implication.",
     "revendiqué", "implication"),
]


@pytest.mark.parametrize(("language", "text", "claimed", "denied"), FACTION_DENIALS)
def test_faction_claim_and_group_denial_are_two_claims(analyse, language, text, claimed, denied):
    article = analyse(text, language, published="2025-05-07")
    claims = article.claims
    told = [c for c in claims if claimed in c.content and c.stance == "assert"]
    denial = [c for c in claims if denied in c.content and c.stance == "deny"]
    assert told and denial, [(c.speaker.name, c.stance, c.content) for c in claims]
    assert denied not in told[0].content and claimed not in denial[0].content
    # a denial of involvement leaves the attack itself told as it happened
    assert article.events and "disputed" not in [e.status for e in article.events], \
        [(e.type, e.status) for e in article.events]


# (language, text, words the claim must hold besides the quoted fragment, the fragment): a quotation
# ending a reported clause is part of the clause, not a claim of its own
QUOTED_ENDINGS = [
    ("en", "A Russian drone strike killed three people in Sumy on Monday, the regional governor said. "
           "Defence Minister Rustem Umerov said the army would respond \"with all its force\".",
     "army would respond", "with all its force"),
    ("en", "Gunmen attacked a police post in Garissa on Sunday, killing two officers. Interior Minister "
           "Amina "
           "Odhiambo said the attackers would be hunted down \"wherever they hide\".",
     "hunted down", "wherever they hide"),
    ("fr", "Une frappe de drone russe a tué trois personnes à Soumy lundi, a indiqué le gouverneur régional. "
           "Le ministre de la Défense a déclaré que l'armée répondrait « avec toute sa force ».",
     "armée répondrait", "avec toute sa force"),
    ("fr", "Des hommes armés ont attaqué un poste de police à Garissa dimanche, tuant deux agents. La "
           "ministre de l'Intérieur a assuré que les assaillants seraient poursuivis « où qu'ils se "
           "cachent ».", "seraient poursuivis", "où qu'ils se cachent"),
]


@pytest.mark.parametrize(("language", "text", "clause", "fragment"), QUOTED_ENDINGS)
def test_quoted_fragment_ends_the_reported_clause(analyse, language, text, clause, fragment):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if fragment in c.content]
    assert len(told) == 1, [(c.speaker.name, c.content) for c in claims]
    assert clause in told[0].content, told[0].content


# (language, text, words of the earlier denial): a denial dated before the incident is background
EARLIER_DENIALS = [
    ("en", "A car bomb killed four soldiers at a base in Tibu on Monday, the army said. The ELN did not "
           "claim "
           "the attack. In a statement last week, the rebel group had denied targeting civilians in "
           "Catatumbo.", "targeting civilians"),
    ("fr", "Une voiture piégée a tué quatre soldats sur une base de Tibu lundi, a indiqué l'armée. L'ELN n'a "
           "pas revendiqué l'attaque. La semaine dernière, le groupe avait démenti viser des civils dans le "
           "Catatumbo.", "viser des civils"),
    ("en", "Gunmen killed seven villagers near Djibo on Saturday, local officials said. In April, the "
           "jihadist "
           "group had denied attacking civilians in the province.", "attacking civilians"),
]


@pytest.mark.parametrize(("language", "text", "denied"), EARLIER_DENIALS)
def test_denial_dated_before_incident_does_not_deny_it(analyse, language, text, denied):
    article = analyse(text, language, published="2025-05-07")
    denial = [c for c in article.claims if denied in c.content and c.stance == "deny"]
    assert denial, [(c.speaker.name, c.stance, c.content) for c in article.claims]
    assert article.events, "the incident"
    assert not set(denial[0].about) & {e.id for e in article.events}, denial[0].about
    assert not denial[0].contradicts
    assert "disputed" not in [e.status for e in article.events]


# (language, text, words of the claim, words of its speaker): a dateline naming two cities is no
# subject of the lede's reporting verb
DOUBLE_DATELINES = [
    ("en", "BEIRUT/JERUSALEM, March 3 (Reuters) - Lebanon's Hezbollah movement said on Monday it had fired "
           "a barrage of rockets at an army base near Safed, while the Israeli military said it had "
           "intercepted most of the rockets launched from Lebanon.", "barrage of rockets", "hezbollah"),
    ("en", "SANAA/ADEN, March 3 (Reuters) - Yemen's Houthi movement said on Monday it had fired a ballistic "
           "missile at an airport near Eilat, while the Israeli military said it had intercepted a missile "
           "launched from Yemen.", "ballistic missile", "houthi"),
    ("en", "KYIV/MOSCOW, May 6 (Reuters) - Ukraine's air force said on Tuesday it had shot down 40 of 55 "
           "drones "
           "launched by Russia overnight.", "shot down", "air force"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker"), DOUBLE_DATELINES)
def test_double_dateline_is_no_speaker(analyse, language, text, words, speaker):
    claims = analyse(text, language, published="2025-03-04").claims
    told = [c for c in claims if words in c.content]
    assert told, [(c.speaker.name, c.content) for c in claims]
    assert speaker in told[0].speaker.name.lower(), told[0].speaker


# (language, text, words of the claim, the agency of the dateline): a bare "the army", "l'armée",
# "the government" after a dateline names no news agency
AGENCY_DATELINES = [
    ("en", "BOGOTA, May 6 (Reuters) - A car bomb killed four soldiers at a base in Tibu on Monday, the army "
           "said.", "car bomb", "reuters"),
    ("fr", "BOGOTA, 6 mai (AFP) - Une voiture piégée a tué quatre soldats sur une base de Tibu lundi, a "
           "indiqué l'armée.", "voiture piégée", "afp"),
    ("en", "MOGADISHU, May 6 (AFP) - Al-Shabaab fighters attacked a military base near Baidoa on Monday, "
           "killing three soldiers, the government said.", "military base", "afp"),
]


@pytest.mark.parametrize(("language", "text", "words", "agency"), AGENCY_DATELINES)
def test_bare_force_noun_is_not_the_dateline_agency(analyse, language, text, words, agency):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if words in c.content]
    assert told, [(c.speaker.name, c.content) for c in claims]
    assert agency not in told[0].speaker.name.lower(), told[0].speaker


# (language, text, words of the claim, the speaker): a personal pronoun after a state's statements
# resumes the state, not a town named in passing (one the NER took for a person)
STATE_PRONOUNS = [
    ("fr", "La France condamne fermement la frappe de drone qui a tué des civils près d'El Geneina. La "
           "France "
           "présente ses condoléances aux familles. Elle appelle toutes les parties au conflit à "
           "respecter le "
           "droit international.", "respecter le droit", "France"),
    ("fr", "Le Canada condamne la frappe qui a tué huit civils près de Bunia. Le Canada exprime sa "
           "solidarité "
           "avec les familles. Il appelle à une enquête indépendante sur cette attaque.", "enquête "
           "indépendante",
     "Canada"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker"), STATE_PRONOUNS)
def test_pronoun_resumes_the_state_that_spoke(analyse, language, text, words, speaker):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if words in c.content]
    assert told, [(c.speaker.name, c.content) for c in claims]
    assert told[0].speaker.name == speaker, told[0].speaker


# (language, text): the attacked side's media and the attacker both tell a strike on military
# targets: they agree it happened, no contradiction, the strike is reported
AGREEING_SIDES = [
    ("fr", "L'armée israélienne a mené dans la nuit des frappes contre des positions militaires près de "
           "Homs, "
           "a rapporté l'agence SANA, qui fait état de deux soldats tués. Dans un communiqué, l'armée "
           "israélienne a indiqué avoir frappé « des centres de commandement »."),
    ("en", "Israeli jets struck military positions near Homs overnight, killing two soldiers, the state news "
           "agency SANA reported. The Israeli military said in a statement it had struck \"command centres\" "
           "used by the Syrian army."),
]


@pytest.mark.parametrize(("language", "text"), AGREEING_SIDES)
def test_two_sides_telling_the_same_military_strike_agree(analyse, language, text):
    article = analyse(text, language, published="2025-05-07")
    assert article.events and len(article.claims) >= 2, [(c.speaker.name, c.content) for c in article.claims]
    assert not any(c.contradicts for c in article.claims), \
        [(c.speaker.name, c.content, c.contradicts) for c in article.claims]
    assert "disputed" not in [e.status for e in article.events]
