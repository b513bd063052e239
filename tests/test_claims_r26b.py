"""Round 26b (claims): contradictions, speakers and links read wrong on the lead's probe kinds.
Sentences written for these tests, in stories of their own."""

import pytest


def _claim(claims, words):
    found = [c for c in claims if words in c.content]
    assert found, [(c.speaker.name, c.stance, c.content) for c in claims]
    return found[0]


def _linked(claims, a_words, b_words) -> bool:
    a, b = _claim(claims, a_words), _claim(claims, b_words)
    return b.id in a.contradicts or a.id in b.contradicts


# (language, text, words of one claim, words of the other): two sides each counting their own
# losses, or a toll of the victims against the attackers killed, count two groups: no dispute
TWO_GROUPS = [
    ("en", "Sudanese and South Sudanese troops clashed near the border town of Heglig on Tuesday. Sudan "
           "said 14 of its soldiers were killed. South Sudan said six of their men died.",
     "14 of its soldiers", "six of their men"),
    ("fr", "Des combats ont opposé mardi les armées soudanaise et sud-soudanaise près de Heglig. Le Soudan "
           "a affirmé que 14 de ses soldats avaient été tués. Le Soudan du Sud a indiqué que six de leurs "
           "hommes étaient morts.", "14 de ses soldats", "six de leurs hommes"),
    ("fr", "L'attaque d'un marché de Gao par des hommes armés a fait au moins 18 morts samedi, ont annoncé "
           "les autorités locales. « Les forces de défense ont tué les trois assaillants », a déclaré le "
           "gouverneur de la région, Amadou Cissé.", "au moins 18 morts", "trois assaillants"),
    ("en", "A gun attack on a market in Gao killed at least 18 people on Saturday, local authorities said. "
           "\"Security forces killed the three gunmen,\" regional governor Amadou Cisse said.",
     "at least 18 people", "three gunmen"),
]


@pytest.mark.parametrize(("language", "text", "one", "other"), TWO_GROUPS)
def test_tolls_of_two_groups_do_not_contradict(analyse, language, text, one, other):
    claims = analyse(text, language, published="2025-05-07").claims
    assert not _linked(claims, one, other)


# two figures of one group still clash: one side's two counts of the victims
SAME_GROUP = [
    ("en", "A drone strike on a market in Kadugli killed 35 people on Monday, the health minister said. "
           "A local hospital director said 15 people were killed in the strike.", "35 people", "15 people"),
]


@pytest.mark.parametrize(("language", "text", "one", "other"), SAME_GROUP)
def test_tolls_of_one_group_still_contradict(analyse, language, text, one, other):
    claims = analyse(text, language, published="2025-05-07").claims
    assert _linked(claims, one, other)


# (language, text, words of the demand): a demand tells no version, so it contradicts nothing
DEMANDS = [
    ("fr", "Le Tadjikistan a accusé samedi les gardes-frontières kirghizes d'avoir tiré sur un poste près "
           "d'Isfara. Le ministère kirghize de la Défense a rejeté ces accusations. Il a invité la partie "
           "tadjike à « fournir des preuves ».", "fournir des preuves"),
    ("en", "Tajikistan accused Kyrgyz border guards on Saturday of firing on a post near Isfara. "
           "Kyrgyzstan's defence ministry rejected the accusations. "
           "It urged the Tajik side to \"provide evidence\".",
     "provide evidence"),
]


@pytest.mark.parametrize(("language", "text", "words"), DEMANDS)
def test_demand_contradicts_nothing(analyse, language, text, words):
    claims = analyse(text, language, published="2025-05-07").claims
    demand = _claim(claims, words)
    assert not demand.contradicts, [(c.speaker.name, c.content) for c in claims if c.id in demand.contradicts]


# (language, text, the denial's words, words of an account it answers, words of accounts of other
# things it must not be linked to): a denial naming a thing ("any helicopter", "le contrôle de la
# base") contradicts the accounts that speak of that thing, not a toll nor the side's own communiqué
DENIED_THINGS = [
    ("en", "Ethiopian forces struck rebel positions in the Amhara region on Tuesday. The Fano militia "
           "said it had shot down two Ethiopian helicopters, while a regional health official said 14 "
           "civilians were killed and 30 wounded in the strikes. An Ethiopian military source denied that "
           "any helicopter had been lost.", "any helicopter", "two Ethiopian helicopters", ("14 civilians",)),
    ("en", "Burkina Faso's army said on Tuesday it had repelled an attack on its base in Djibo. \"Dozens of "
           "assailants were neutralised,\" the general staff said in a statement. JNIM claimed the attack, "
           "saying it had taken control of the base. A local source said at least 20 soldiers were killed. "
           "The army denied losing control of the base.", "losing control", "taken control",
     ("Dozens of assailants", "20 soldiers")),
    ("fr", "L'armée burkinabè a affirmé mardi avoir repoussé une attaque contre sa base de Djibo, dans le "
           "nord du pays. « Plusieurs dizaines d'assaillants ont été neutralisés », indique un communiqué de "
           "l'état-major. Le JNIM a revendiqué l'attaque, affirmant avoir pris le contrôle de la base. Une "
           "source locale a fait état d'au moins 20 soldats tués. L'armée a démenti avoir perdu le contrôle "
           "de la base.", "perdu le contrôle", "pris le contrôle", ("Plusieurs dizaines", "20 soldats")),
]


@pytest.mark.parametrize(("language", "text", "denial", "answered", "others"), DENIED_THINGS)
def test_denial_of_a_thing_answers_only_its_accounts(analyse, language, text, denial, answered, others):
    claims = analyse(text, language, published="2025-05-07").claims
    assert _linked(claims, denial, answered)
    for words in others:
        assert not _linked(claims, denial, words), words


# the accused's denial of a thing still answers an accusation naming the accused, whatever it names
ACCUSED_DENIALS = [
    ("en", "A Russian drone entered Moldovan airspace overnight and crashed near Ocnita, Moldova's defence "
           "ministry said on Sunday. The Russian embassy in Chisinau said Russian forces did not target "
           "Moldovan territory.", "did not target", "A Russian drone entered"),
]


@pytest.mark.parametrize(("language", "text", "denial", "accusation"), ACCUSED_DENIALS)
def test_accused_denial_keeps_the_accusation(analyse, language, text, denial, accusation):
    claims = analyse(text, language, published="2025-05-07").claims
    assert _linked(claims, denial, accusation)


# (language, text, words of the account, words of the other side's speaker): a speaker naming both
# countries at once ("the two countries", "les deux pays") blames neither: no second version
JOINT_NAMES = [
    ("en", "Ethiopian air strikes on the Eritrean border town of Tesseney killed at least eight people on "
           "Friday, Eritrean officials said. Ethiopia's foreign minister said the two countries would hold "
           "talks in Nairobi next week.", "Tesseney", "two countries"),
    ("fr", "Des frappes aériennes éthiopiennes sur la ville frontalière érythréenne de Tessenei ont tué "
           "au moins huit personnes vendredi, ont indiqué des responsables érythréens. "
           "Le ministre éthiopien des Affaires étrangères a déclaré que les deux pays se rencontreraient "
           "à Nairobi la semaine prochaine.", "Tessenei", "deux pays"),
]


@pytest.mark.parametrize(("language", "text", "account", "joint"), JOINT_NAMES)
def test_naming_both_sides_blames_neither(analyse, language, text, account, joint):
    claims = analyse(text, language, published="2025-05-07").claims
    assert not _linked(claims, account, joint)


# (speaker, speaker, one voice?): a speaker within another's joint name is one source ("residents"
# in a headline, "residents and a local resistance group" in the body); two named countries are two
ONE_VOICE = [
    (("residents", None), ("residents and a local resistance group", None), True),
    (("habitants", None), ("habitants et une ONG locale", None), True),
    (("Sudan", "SD"), ("South Sudan", "SS"), False),
    (("police", None), ("Rapid Support Forces", "SD"), False),
]


@pytest.mark.parametrize(("a", "b", "expected"), ONE_VOICE)
def test_one_voice(a, b, expected):
    from newsevents.extract.link import _one_voice
    from newsevents.model import Party

    assert _one_voice(Party(name=a[0], country=a[1]), Party(name=b[0], country=b[1])) is expected


# (language, text, words of the claim): a negated detail coordinated with one's own act told as
# done ("the strikes hit X, and that no civilian areas have been targeted") asserts; a bare
# negated act still denies
OWN_ACT_DETAILS = [
    ("en", "Thai jets struck targets in Cambodia on Thursday, officials said. The Thai army said the "
           "strikes hit \"military command posts\" used by Cambodian artillery units, and that \"no "
           "civilian areas have been targeted\".", "command posts", "assert"),
    ("fr", "Des avions thaïlandais ont frappé jeudi des cibles au Cambodge. L'armée thaïlandaise a "
           "affirmé que les frappes avaient visé des postes de commandement de l'artillerie cambodgienne "
           "et qu'aucune zone civile n'avait été ciblée.", "postes de commandement", "assert"),
    ("en", "Thai jets struck targets in Cambodia on Thursday, officials said. The Thai army said its "
           "jets had not targeted any civilian area.", "civilian area", "deny"),
]


@pytest.mark.parametrize(("language", "text", "words", "stance"), OWN_ACT_DETAILS)
def test_negated_detail_of_own_act_asserts(analyse, language, text, words, stance):
    claims = analyse(text, language, published="2025-05-07").claims
    assert _claim(claims, words).stance == stance


# (language, text, words of the claim): a bare "the army" in a live blog's entry takes no army named
# only in a later entry (another story); a headline's bare army still takes the body's
LATER_ARMIES = [
    ("fr", "EN DIRECT - Sahel et Proche-Orient\n\n10h15 - L'armée a annoncé l'élimination, près de Ménaka, "
           "d'un chef de l'État islamique au Sahel, lors d'une opération aérienne menée dimanche.\n\n"
           "09h30 - L'armée israélienne a annoncé avoir frappé des positions du Hezbollah dans le sud du "
           "Liban dans la nuit.\n", "Ménaka"),
    ("en", "LIVE - Sahel and Middle East\n\n10:15 - The army said it had killed a senior Islamic State "
           "commander near Menaka in an air strike on Sunday.\n\n09:30 - The Israeli army said it had struck "
           "Hezbollah positions in southern Lebanon overnight.\n", "Menaka"),
]


@pytest.mark.parametrize(("language", "text", "words"), LATER_ARMIES)
def test_bare_army_takes_no_later_entrys_army(analyse, language, text, words):
    claims = analyse(text, language, published="2025-05-07").claims
    assert "israel" not in _claim(claims, words).speaker.name.lower()


# (language, text, words of the claim, the state it must not be spoken by): a demonym on a firm's
# noun ("the ship's Greek operator", "l'armateur grec") is the firm's nationality, not the state
FIRMS = [
    ("fr", "Un pétrolier a été touché par un drone lundi au large de Hodeïda, selon les autorités maritimes "
           "britanniques. L'armateur grec du navire a indiqué que trois marins avaient été blessés.",
     "trois marins", "Greece"),
    ("en", "A tanker was hit by a drone off Hodeidah on Monday, British maritime authorities said. "
           "The ship's Greek operator said three sailors had been wounded.", "three sailors", "Greece"),
    ("en", "A tanker was hit by a drone off Hodeidah on Monday, British maritime authorities said. Its "
           "Turkish manager said the crew were safe.", "crew were safe", "Turkey"),
]


@pytest.mark.parametrize(("language", "text", "words", "state"), FIRMS)
def test_firm_demonym_is_no_state_speaker(analyse, language, text, words, state):
    claims = analyse(text, language, published="2025-05-07").claims
    assert _claim(claims, words).speaker.name != state
