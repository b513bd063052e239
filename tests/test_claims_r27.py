"""Round 27 (claims): speakers named wrong or not at all on the lead's probe kinds.
Sentences written for these tests, in stories of their own."""

import pytest


def _claims(analyse, language, text):
    return analyse(text, language, published="2025-05-07").claims


def _shown(claims):
    return [(c.speaker.name if c.speaker else None, c.speaker.country if c.speaker else None,
             c.stance, c.content) for c in claims]


# (language, text, words of a claim, speaker name part, country): a joint staff named with its
# country's possessive or adjective speaks, and carries that country; named again bare ("the Joint
# Chiefs said"), it is the same body, country and all
JOINT_STAFFS = [
    ("en", "North Korea fired a ballistic missile into the sea on Tuesday, South Korea's Joint Chiefs "
           "of Staff said.", "North Korea fired", "Joint Chiefs of Staff", "KR"),
    ("en", "North Korea fired a ballistic missile into the sea on Tuesday, South Korea's Joint Chiefs "
           "of Staff said. The missile flew about 900 km before it fell, the Joint Chiefs said.",
     "The missile flew", "Joint Chiefs of Staff", "KR"),
    ("en", "Two cruise missiles were launched toward the sea on Sunday, the Japanese Joint Chiefs of "
           "Staff said.", "cruise missiles", "Joint Chiefs of Staff", "JP"),
    ("en", "Japan's Joint Staff said the drones flew between Okinawa and Miyako on Friday.",
     "the drones flew", "Joint Chiefs of Staff", "JP"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker", "country"), JOINT_STAFFS)
def test_joint_staff_speaks_with_its_country(analyse, language, text, words, speaker, country):
    claims = _claims(analyse, language, text)
    assert any(words in c.content and speaker in c.speaker.name and c.speaker.country == country
               for c in claims if c.speaker is not None), _shown(claims)


# (language, text, speaker, stance, words of the claim): a United Nations office named in full
# without its acronym ("Le Bureau des Nations unies pour la coordination des affaires
# humanitaires a condamné") is that office, not a bare "Bureau" nor the speaker before it
UN_OFFICES = [
    ("fr", "L'OMS a dit avoir reçu des informations sur une attaque contre un dispensaire à Malakal "
           "lundi. Le Bureau des Nations unies pour la coordination des affaires humanitaires a "
           "condamné l'attaque.", "OCHA", "condemn", "l'attaque"),
    ("fr", "Un convoi d'aide a été pillé jeudi près de Tawila. Le Bureau de l'ONU pour la "
           "coordination des affaires humanitaires a dénoncé ce pillage.", "OCHA", "condemn", "pillage"),
    ("fr", "Des frappes ont touché un entrepôt à Hodeïda mardi. Le Programme alimentaire mondial a "
           "affirmé que 300 tonnes de vivres avaient été détruites.", "World Food Programme", "assert",
     "300 tonnes"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "stance", "words"), UN_OFFICES)
def test_un_office_named_in_full_speaks(analyse, language, text, speaker, stance, words):
    claims = _claims(analyse, language, text)
    assert any(speaker in c.speaker.name and c.stance == stance and words in c.content
               for c in claims if c.speaker is not None), _shown(claims)


# (language, text, wrong speaker, words of the claim): an armed group named by its noun only ("le
# groupe armé", "the militia") with no armed group named before is not the institution that spoke
# in the sentence before
ARMED_GROUP_NOUNS = [
    ("fr", "Au moins neuf personnes ont été tuées mardi lors d'affrontements à Zaouïa. L'ONU a appelé "
           "au calme. Le groupe armé a nié avoir attaqué des civils.", "United Nations",
     "attaqué des civils"),
    ("fr", "Des combats ont fait six morts jeudi à Gharyan. La Mission d'appui des Nations unies en Libye "
           "a appelé à la retenue. La milice visée a démenti avoir tiré sur la foule.", "United Nations",
     "tiré sur la foule"),
    ("en", "Nine people were killed in clashes in Zawiya on Tuesday. The UN mission urged calm. The "
           "armed group denied attacking civilians.", "United Nations", "attacking civilians"),
]


@pytest.mark.parametrize(("language", "text", "wrong", "words"), ARMED_GROUP_NOUNS)
def test_armed_group_noun_is_not_the_institution_before(analyse, language, text, wrong, words):
    claims = _claims(analyse, language, text)
    said = [c for c in claims if words in c.content]
    assert said and all(c.speaker is None or wrong not in c.speaker.name for c in said), _shown(claims)


# a group noun with no armed word still resumes the organisation named before it ("the group said"
# after Human Rights Watch): the armed reading takes the armed word
def test_rights_group_noun_still_resumes_its_organisation(analyse):
    claims = _claims(analyse, "en", "A drone strike hit a market in Kafr Nabl on Friday, killing five "
                     "civilians. Human Rights Watch said the strike appeared to be unlawful. The group "
                     "said the attack must be investigated.")
    assert any("Human Rights Watch" in c.speaker.name and "investigated" in c.content
               for c in claims if c.speaker is not None), _shown(claims)


# (language, text, speaker, country): a group whose name holds another group's name ("Kataib
# Hezbollah") is itself, of its own country, not the group its name contains
NAMES_HOLDING_NAMES = [
    ("en", "Rockets hit a military base near Erbil on Tuesday. Kataib Hezbollah denied any role in the "
           "rocket attack.", "Kataib Hezbollah", "IQ"),
    ("fr", "Des roquettes ont touché mardi une base près d'Erbil. Les Kataëb Hezbollah ont nié toute "
           "implication.", "Kataib Hezbollah", "IQ"),
    ("en", "A drone hit a base in eastern Syria on Sunday. The Islamic Resistance in Iraq said it had "
           "launched the drone.", "Islamic Resistance in Iraq", "IQ"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "country"), NAMES_HOLDING_NAMES)
def test_group_named_within_another_name_is_itself(analyse, language, text, speaker, country):
    claims = _claims(analyse, language, text)
    assert any(c.speaker.name == speaker and c.speaker.country == country
               for c in claims if c.speaker is not None), _shown(claims)


# (language, text, words of the later claim, speaker name part, country): a force named again by its
# bare noun ("selon l'état-major", "la marine a ajouté") after its full name with its country is
# that force, country and all
FORCES_NAMED_AGAIN = [
    ("fr", "La Corée du Nord a tiré mardi un missile balistique en mer, a indiqué l'état-major "
           "interarmées sud-coréen. Le missile a parcouru environ 900 km, selon l'état-major.",
     "Le missile a parcouru", "General Staff", "KR"),
    ("fr", "Un navire chinois a heurté lundi un patrouilleur près d'un récif contesté, a indiqué la "
           "marine philippine. La marine a ajouté qu'aucun marin n'avait été blessé.",
     "aucun marin", "navy", "PH"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker", "country"), FORCES_NAMED_AGAIN)
def test_force_named_again_keeps_its_country(analyse, language, text, words, speaker, country):
    claims = _claims(analyse, language, text)
    assert any(words in c.content and speaker in c.speaker.name and c.speaker.country == country
               for c in claims if c.speaker is not None), _shown(claims)


# (language, text, speaker words, words of the claim): two speakers listed before a final "said"
# that the parser ran on as more items of the clause's object ("killing 20 people, witnesses and
# doctors said") still speak: the sentence is their claim
LISTED_SPEAKERS = [
    ("en", "A drone strike hit a market in the town of Kemise on Sunday, killing 20 people, witnesses "
           "and doctors said.", "witnesses", "killing 20 people"),
    ("en", "A drone strike hit a camp in the town of Shire on Friday, killing 31 civilians, aid workers "
           "and hospital staff said.", "aid workers", "killing 31 civilians"),
    ("en", "Artillery shells hit a school near Sirte on Monday, wounding seven children, residents and "
           "medics said.", "residents", "wounding seven children"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "words"), LISTED_SPEAKERS)
def test_speakers_listed_after_the_object_speak(analyse, language, text, speaker, words):
    claims = _claims(analyse, language, text)
    assert any(speaker in (c.speaker.text or c.speaker.name) and words in c.content
               for c in claims if c.speaker is not None), _shown(claims)


# (language, text, words of the denial): saying one has no connection, no part in or nothing to do
# with an act ("has no connection to the launches", "n'avoir aucun rapport avec cet attentat") denies it
NO_CONNECTION = [
    ("en", "Three rockets hit the town of Shlomi on Saturday. \"The Islamic Resistance has no connection "
           "to the launches,\" Hezbollah said in a statement.", "no connection"),
    ("en", "A car bomb killed five people in Azaz on Friday. The Syrian Democratic Forces said they had "
           "no part in the bombing.", "no part in"),
    ("fr", "Une voiture piégée a tué cinq personnes vendredi à Azaz. Les Forces démocratiques syriennes "
           "ont affirmé n'avoir aucun rapport avec cet attentat.", "aucun rapport"),
]


@pytest.mark.parametrize(("language", "text", "words"), NO_CONNECTION)
def test_no_connection_is_a_denial(analyse, language, text, words):
    claims = _claims(analyse, language, text)
    assert any(words in c.content and c.stance == "deny" for c in claims), _shown(claims)
