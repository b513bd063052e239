"""Round 28, second task (claims): denials of involvement, denials in so many words, capitals
named with a hyphen, apologies, "without admitting", "blamed X". Sentences written for these
tests, in stories of our own."""

import pytest


def _article(analyse, language, text):
    return analyse(text, language, published="2025-05-07")


def _shown(article):
    return [(c.speaker.name, c.stance, c.content, c.contradicts) for c in article.claims] + [
        (e.type, e.status) for e in article.events]


def _by_speaker(article, words):
    return next(c for c in article.claims if words in c.speaker.name.lower())


# (language, text, witness, denier): a monitor telling a blast with no doer, and a side denying
# any part in it: the denial does not answer the monitor's words
INVOLVEMENT_AND_WITNESS = [
    ("en", "A drone hit the roof of the Zaporizhzhia plant's turbine hall overnight, the IAEA said, adding "
           "that its inspectors heard a blast at around 2:10 a.m. The Kremlin denied any involvement.",
     "iaea", "kremlin"),
    ("fr", "L'AIEA a indiqué que ses inspecteurs avaient entendu une explosion vers 2 heures près du barrage "
           "de Kakhovka. Moscou dément toute implication.", "iaea", "russia"),
]


@pytest.mark.parametrize(("language", "text", "witness", "denier"), INVOLVEMENT_AND_WITNESS)
def test_denial_of_involvement_does_not_answer_a_witness(analyse, language, text, witness, denier):
    article = _article(analyse, language, text)
    told, denial = _by_speaker(article, witness), _by_speaker(article, denier)
    assert denial.id not in told.contradicts and told.id not in denial.contradicts, _shown(article)


# (language, text, accuser, denier): words naming the denier's side as the doer keep the link
INVOLVEMENT_AND_ACCUSER = [
    ("en", "Kyiv accused Moscow of the attack on the dam. The Kremlin denied any involvement.",
     "ukraine", "kremlin"),
    ("fr", "Selon Kiev, des drones russes ont frappé la centrale lundi. Moscou dément toute implication.",
     "ukraine", "russia"),
]


@pytest.mark.parametrize(("language", "text", "accuser", "denier"), INVOLVEMENT_AND_ACCUSER)
def test_denial_of_involvement_answers_the_accuser(analyse, language, text, accuser, denier):
    article = _article(analyse, language, text)
    told, denial = _by_speaker(article, accuser), _by_speaker(article, denier)
    assert denial.id in told.contradicts, _shown(article)


# (language, text, words of the claim): an act ruled out in so many words ("there is no talk of",
# "il n'est pas question de") and reports called a provocation are denials
RULED_OUT = [
    ("en", '"There is no talk of sending warships into the strait," a Chinese foreign ministry spokeswoman '
           "told reporters on Tuesday.", "no talk"),
    ("fr", "« Il n'est pas question de bombarder le barrage », a assuré mardi le porte-parole du ministère "
           "chinois de la Défense.", "pas question"),
    ("fr", "Le porte-parole du ministère chinois de la Défense a démenti mardi toute manœuvre, qualifiant "
           "l'article de provocation.", "provocation"),
    ("en", "The Venezuelan defence minister spoke to reporters on Tuesday, calling the newspaper's story a "
           "provocation.", "provocation"),
]


@pytest.mark.parametrize(("language", "text", "words"), RULED_OUT)
def test_ruled_out_and_provocation_deny(analyse, language, text, words):
    article = _article(analyse, language, text)
    claim = next((c for c in article.claims if words in c.content), None)
    assert claim is not None and claim.stance == "deny", _shown(article)


# (text, country): a capital written with a hyphen is one name, its government by metonymy
HYPHENATED_CAPITALS = [
    ("Kuala-Lumpur dément avoir laissé passer le pétrolier iranien.", "Malaysia"),
    ("Abou-Dhabi dément avoir livré des drones aux paramilitaires.", "United Arab Emirates"),
    ("Selon Addis-Abeba, aucun soldat n'a franchi la frontière érythréenne mardi.", "Ethiopia"),
]


@pytest.mark.parametrize(("text", "country"), HYPHENATED_CAPITALS)
def test_hyphenated_capital_speaks_for_its_government(analyse, text, country):
    article = _article(analyse, "fr", text)
    assert [c.speaker.name for c in article.claims] == [country], _shown(article)


# (language, text, speaker): an apology is a claim of its speaker (assert); what follows "sans
# reconnaître que" / "without admitting that" is neither its words nor an incident
APOLOGY_WITHOUT_ADMITTING = [
    ("fr", "Le président iranien a présenté ses excuses à l'Ukraine pour la perte de l'appareil mardi, sans "
           "reconnaître que les Gardiens de la révolution avaient tiré deux missiles sur l'avion.",
     "iranian president"),
    ("en", "The Iranian president apologised to Ukraine on Tuesday for a tragic accident, without admitting "
           "that Revolutionary Guards missiles had shot down the airliner.", "iranian president"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), APOLOGY_WITHOUT_ADMITTING)
def test_apology_is_a_claim_without_what_it_does_not_admit(analyse, language, text, speaker):
    article = _article(analyse, language, text)
    claims = [c for c in article.claims if speaker in c.speaker.name.lower()]
    assert [c.stance for c in claims] == ["assert"], _shown(article)
    assert "missiles" not in claims[0].content, _shown(article)
    assert article.events == [], _shown(article)


# (language, text, speaker, content): "blamed X (for Y)" is an accusation whose words are X (for Y);
# they end where a verb coordinated with it begins ("and vowed retaliation", "et a promis")
BLAMED_THEN_VOWED = [
    ("en", "The Kosovo government blamed Serbia for the raid on the monastery and vowed a firm response.",
     "kosovar", "Serbia for the raid on the monastery"),
    ("en", "Hamas blamed Israel and pledged revenge.", "hamas", "Israel"),
    ("fr", "Le gouvernement kosovar a accusé la Serbie de l'attaque contre le monastère et a promis une "
           "réponse ferme.", "kosovar", "la Serbie de l'attaque contre le monastère"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "content"), BLAMED_THEN_VOWED)
def test_blame_ends_at_the_coordinated_verb(analyse, language, text, speaker, content):
    article = _article(analyse, language, text)
    assert [c.content for c in article.claims if speaker in c.speaker.name.lower()] == [content], \
        _shown(article)
