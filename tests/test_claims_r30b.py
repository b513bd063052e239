"""Round 30b (claims): the subject of the speech verb speaks -- a plural noun after a place told
first ("À Ségou, des commerçants ont raconté"), the noun phrase after a headline's rubric ("Burkina :
l'État islamique revendique"), the postposed speaker of a sentence that labels its victims ("people
it described as 'drug smugglers', X said"). Sentences written for these tests, in stories of our own."""

import pytest


def _article(analyse, language, text):
    return analyse(text, language, published="2025-05-08")


def _shown(article):
    return [(c.speaker.name, c.speaker.country, c.stance, c.content, c.about, c.contradicts)
            for c in article.claims] + [(e.id, e.type, e.status, e.location and e.location.name,
                                         [p.name for p in e.actors]) for e in article.events]


# (language, text, words of the claim, letters of its speaker's name, letters no speaker may have)
SPEAKERS = [
    ("fr", "Des hommes armés ont attaqué mardi un poste de police à Ségou.\n\nÀ Ségou, des commerçants "
           "ont raconté avoir entendu des explosions pendant deux heures.", "explosions", "commerçants",
     "Ségou"),
    ("fr", "Des rebelles ont attaqué lundi un dépôt de vivres à Bunia.\n\nÀ Bunia, des habitants ont "
           "affirmé avoir vu des maisons brûler toute la nuit.", "maisons", "habitants", "Bunia"),
    ("fr", "Burkina : l'État islamique revendique l'attaque d'un convoi militaire près de Djibo\n\n"
           "Des hommes armés ont tendu mardi une embuscade à un convoi militaire près de Djibo, selon des "
           "sources sécuritaires.", "convoi", "Islamic State", "Burkina"),
    ("fr", "RDC : les ADF affirment avoir tué dix soldats près de Beni\n\nDes combats ont eu lieu mardi "
           "près de Beni, selon l'armée.", "dix soldats", "Allied Democratic Forces", "RDC"),
    ("en", "Somalia: Al-Shabaab claims deadly attack on army base\n\nFighters attacked an army base near "
           "Baidoa on Tuesday, killing nine soldiers, a military official said.", "army base", "Shabaab",
     "Somalia"),
    ("en", "The U.S. military struck a boat in the eastern Pacific on Tuesday, killing four people it "
           "described as 'drug smugglers', Defense Secretary Pete Hegseth said.", "struck a boat", "Hegseth",
     "military"),
    ("en", "The navy sank a speedboat off the coast on Friday, killing two men it called \"pirates,\" "
           "the defence minister said.", "sank a speedboat", "minister", "navy"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker", "not_speaker"), SPEAKERS)
def test_the_subject_of_the_speech_verb_speaks(analyse, language, text, words, speaker, not_speaker):
    article = _article(analyse, language, text)
    claim = next((c for c in article.claims if words in c.content), None)
    assert claim is not None, _shown(article)
    assert speaker in claim.speaker.name, _shown(article)
    assert not any(not_speaker in c.speaker.name for c in article.claims), _shown(article)
    assert not any(c.content.rstrip(".").endswith("said") for c in article.claims), _shown(article)


# (language, text, words the denial must be, the accused's name it must not hold): "a charge X
# denies", "ce que X dément" after an accusation denies the charged act only, and is about the
# incident told before only when that act is the incident
CHARGES_DENIED = [
    ("en", "Paramilitary fighters stormed a displacement camp near El Fasher on Saturday, killing at least "
           "40 people, according to local activists. Sudan's army-aligned government has repeatedly accused "
           "Chad of arming the paramilitaries, a charge N'Djamena denies.", "arming the paramilitaries",
     "Chad"),
    ("fr", "Des paramilitaires ont pris d'assaut samedi un camp de déplacés près d'El Fasher, tuant au moins "
           "40 personnes, selon des militants. Le gouvernement soudanais accuse régulièrement le Tchad "
           "d'armer les paramilitaires, ce que N'Djamena dément.", "armer les paramilitaires", "Tchad"),
    ("en", "Rebels attacked a village near Beni on Monday, killing 15 civilians, the army said. Kinshasa "
           "accuses Rwanda of backing the rebels, an accusation Kigali rejects.", "backing the rebels",
     "Rwanda"),
]


@pytest.mark.parametrize(("language", "text", "charge", "accused"), CHARGES_DENIED)
def test_a_charge_denied_is_the_charged_act_only(analyse, language, text, charge, accused):
    article = _article(analyse, language, text)
    denial = next((c for c in article.claims if c.stance == "deny"), None)
    assert denial is not None and denial.content == charge, _shown(article)
    assert accused not in denial.content, _shown(article)
    assert denial.about == [], _shown(article)  # the charge is no incident of the article
    accusation = next(c for c in article.claims if c.content.endswith(charge) and c is not denial)
    assert denial.contradicts == [accusation.id], _shown(article)


def test_a_charge_that_is_the_incident_is_about_it(analyse):
    text = ("Gunmen attacked a village near Beni on Monday, killing 15 civilians, the army said. Local "
            "officials blamed the ADF for the massacre, a charge the ADF denies.")
    article = _article(analyse, "en", text)
    denial = next(c for c in article.claims if c.stance == "deny")
    assert denial.content == "the massacre" and len(denial.about) == 1, _shown(article)


# (language, text, words of one claim, words of the other, whether they contradict): two tolls of
# one side's dead, one counting its own ("23 of its soldiers"), the other that side's by its
# demonym ("58 Pakistani soldiers"), contradict; a condemnation of an act its doer tells it did
# does not (both say it happened)
PAIRS = [
    ("en", "Indian and Chinese troops clashed in the Himalayas on Monday. India's army said 12 of its "
           "soldiers were killed in the fighting. A Chinese military spokesman said 40 Indian soldiers "
           "were killed.", "12 of its", "40 Indian", True),
    ("fr", "Des soldats indiens et chinois se sont affrontés lundi dans l'Himalaya. L'armée indienne a "
           "indiqué que 12 de ses soldats avaient été tués. Un porte-parole de l'armée chinoise a affirmé "
           "que 40 soldats indiens avaient été tués.", "12 de ses", "40 soldats", True),
    ("fr", "L'armée israélienne a affirmé avoir frappé mardi un dépôt d'armes du Hezbollah à Nabatiyé. Le "
           "président libanais a dénoncé une attaque qui viole le cessez-le-feu.", "frappé", "viole", False),
    ("fr", "L'armée russe a affirmé avoir frappé jeudi un centre de commandement ukrainien à Soumy. Le "
           "ministère ukrainien des Affaires étrangères a condamné une attaque barbare contre la ville.",
     "frappé", "barbare", False),
]


@pytest.mark.parametrize(("language", "text", "one", "other", "contradict"), PAIRS)
def test_tolls_of_one_side_contradict_a_condemnation_of_a_told_act_does_not(analyse, language, text, one,
                                                                            other, contradict):
    article = _article(analyse, language, text)
    a = next(c for c in article.claims if one in c.content)
    b = next(c for c in article.claims if other in c.content)
    assert (b.id in a.contradicts) is contradict and (a.id in b.contradicts) is contradict, _shown(article)


# (language, text, words of the attribution, words of the claim of responsibility, whether they
# contradict): a claim of responsibility against the attribution of the act to another group is
# two versions of who did it; against the attribution to the claimant itself, none
RIVAL_DOERS = [
    ("en", "A suicide bomber attacked a mosque in Peshawar on Friday, killing 30 people. The government "
           "blamed the Pakistani Taliban for the bombing. The Islamic State group claimed responsibility "
           "for the attack on Saturday, contradicting the government's account.", "Pakistani Taliban",
     "responsibility", True),
    ("en", "A suicide bomber attacked a church in Homs on Sunday, killing 12 worshippers. The interior "
           "ministry blamed the Islamic State group for the attack. A rival jihadist group, Hurras al-Din, "
           "claimed responsibility on Tuesday.", "Islamic State group", "responsibility", True),
    ("fr", "Un kamikaze s'est fait exploser vendredi dans une mosquée de Peshawar, tuant 30 personnes. Le "
           "gouvernement a attribué l'attentat aux talibans pakistanais. Le groupe État islamique a "
           "revendiqué l'attentat samedi.", "talibans", "samedi", True),
    ("en", "A suicide bomber attacked a mosque in Peshawar on Friday, killing 30 people. The government "
           "blamed the Islamic State group for the bombing. The Islamic State group claimed responsibility "
           "for the attack on Saturday.", "Islamic State group for", "responsibility", False),
]


@pytest.mark.parametrize(("language", "text", "blame", "claimed", "contradict"), RIVAL_DOERS)
def test_a_claim_of_responsibility_against_another_doer_contradicts(analyse, language, text, blame,
                                                                    claimed, contradict):
    article = _article(analyse, language, text)
    a = next(c for c in article.claims if blame in c.content)
    b = next(c for c in article.claims if claimed in c.content and c is not a)
    assert b.about and set(b.about) == set(a.about), _shown(article)
    assert (b.id in a.contradicts) is contradict and (a.id in b.contradicts) is contradict, _shown(article)


# (language, text, words of the claim, letters of the place of the incident it must be about):
# each claim links to the act its words name -- a generic noun resuming the incident
# ("l'incident", "cet événement"), a condemnation beside a demand in its sentence (the act
# condemned, not the demand), an act named by its kind ("the helicopter attack")
LINKS = [
    ("fr", "Une frappe israélienne a tué dimanche 15 personnes dans une école de Rafah, selon la défense "
           "civile. Le Premier ministre a qualifié l'incident de « regrettable erreur ».", "regrettable",
     "Rafa"),
    ("fr", "Un drone a frappé lundi un marché de Kharkiv, tuant huit personnes, selon le gouverneur. Le "
           "porte-parole du Kremlin a qualifié cet événement de « provocation ».", "provocation", "Kharkiv"),
    ("fr", "Une frappe a touché mardi un hôpital de Deir el-Balah, tuant 20 personnes, selon la défense "
           "civile. Le ministère des Affaires étrangères a dénoncé « un crime de guerre » et réclamé une "
           "enquête internationale.", "crime de guerre", "Bala"),
    ("en", "A police helicopter was shot down by a drone in Antioquia on Thursday, killing 13 officers. "
           "Hours later, a truck bomb exploded near an air base in Cali, killing six people. The Gulf Clan "
           "denied any involvement in the helicopter attack.", "helicopter attack", "Antioquia"),
]


@pytest.mark.parametrize(("language", "text", "words", "place"), LINKS)
def test_a_claim_links_to_the_act_its_words_name(analyse, language, text, words, place):
    article = _article(analyse, language, text)
    claim = next(c for c in article.claims if words in c.content)
    events = {e.id: e for e in article.events}
    assert claim.about, _shown(article)
    assert all(events[e].location is not None and place in events[e].location.name for e in claim.about), \
        _shown(article)


# (language, text, expected status): an act told only as what a source called it ("in what X
# described as", "dans ce que X a présenté comme") is alleged; the explosions the article vouches
# for, their kind and doer named by nobody's frame, stay reported
DESCRIBED = [
    ("en", "Heavy blasts shook the Libyan capital late on Friday in what militia leaders described as "
           "Turkish drone strikes.", "alleged"),
    ("fr", "De fortes détonations ont secoué vendredi soir la capitale libyenne, dans ce que des chefs de "
           "milice ont présenté comme des frappes de drones turcs.", "alleged"),
    ("en", "Heavy blasts shook the Libyan capital late on Friday, killing three people, police said.",
     "reported"),
]


@pytest.mark.parametrize(("language", "text", "status"), DESCRIBED)
def test_an_act_told_only_as_what_a_source_called_it_is_alleged(analyse, language, text, status):
    article = _article(analyse, language, text)
    assert article.events and all(e.status == status for e in article.events), _shown(article)
