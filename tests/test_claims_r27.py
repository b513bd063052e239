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
