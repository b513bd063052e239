"""Round 24, casualty counts of incidents: whose toll a count is. Sentences written for the test
(French and English), in stories of their own.

1. A defence ministry boasting of its forces' kills is the attacker's voice: the toll the other
   side's emergency service states is the incident's (casualties.victims_tolls).
2. A count in a clause describing an earlier act the news is placed against ("a week after the
   bombing that killed 26 people", "in response to the attack, which killed 9") is that act's toll,
   not the incident's (tolls_recalled.py).
3. A toll only witnesses, residents or survivors give gives way to the officials' or medics' one,
   and the injured the officials give are kept (casualties.victims_tolls).
4. A count of the attackers ("one attacker was wounded") is no victim (casualties.assailants).
5. A sum told after two incidents ("Au total, ... 16 morts") and a siege's or a year's running
   total are no incident's toll (casualties.summed, running_total_cues).
6. "None of the eight fishermen on board was injured": a statement of none (zero_phrases).
7. A statement of no victims at all merged into an incident whose own victims contradict it
   gives it no 0 (casualties._drop_contradicted_nones).
8. The hospitalised are some of the injured: beside a larger approximate count of the injured
   they are no floor of the injured (casualties._hospitalised_within).
9. "tuant une famille de cinq personnes", "killing a family of five": five dead (numbers._group_of).
"""

from __future__ import annotations

import pytest

VIOLENT = {"missile_strike", "air_strike", "drone_strike", "armed_clash", "attack_on_civilians",
           "explosion", "shelling", "suicide_bombing", "bombing"}


def _incidents(art):
    return [e for e in art.events if e.type in VIOLENT]


BOASTS = [
    pytest.param(
        "fr",
        "KIEV, 3 mars -- Le ministère russe de la Défense a déclaré lundi que la frappe menée la veille "
        "sur la ville de Tchernihiv visait une réunion d'officiers ukrainiens.\n\n"
        "Le ministère a indiqué que les forces russes avaient tiré deux missiles sur le bâtiment, "
        "tuant plus de 50 militaires ukrainiens.\n\n"
        "De son côté, le service ukrainien des situations d'urgence a fait savoir que le bilan de la "
        "frappe était monté à 21 morts, dont trois enfants, et 85 blessés.",
        21, 85, id="fr_defence_ministry_boast",
    ),
    pytest.param(
        "en",
        "The Russian Defence Ministry said on Monday that its forces had struck a meeting of "
        "Ukrainian commanders in the city of Chernihiv with two missiles, killing more than 50 "
        "servicemen.\n\nUkraine's emergency service said the death toll from the strike had risen "
        "to 21, including three children, with 85 people injured.",
        21, 85, id="en_defence_ministry_boast",
    ),
]


@pytest.mark.parametrize(("language", "text", "killed", "injured"), BOASTS)
def test_a_defence_ministry_boast_gives_way_to_the_victims_toll(analyse, language, text, killed, injured):
    art = analyse(text, language=language, published="2025-03-03")
    found = [(e.type, e.fatalities, e.injured) for e in art.events]
    strikes = _incidents(art)
    assert strikes, found
    assert (strikes[0].fatalities, strikes[0].injured) == (killed, injured), found


RECALLED = [
    pytest.param(
        "en",
        "A gunman opened fire at a bus station in Quetta on Friday, killing five passengers, police "
        "said.\n\nThe attack came a week after the bombing of a railway station in the city that "
        "killed 26 people.",
        5, id="en_a_week_after_the_bombing_that_killed",
    ),
    pytest.param(
        "fr",
        "Un homme armé a ouvert le feu vendredi dans une gare routière de Quetta, tuant cinq "
        "passagers, selon la police.\n\nL'attaque survient une semaine après l'attentat contre la gare "
        "ferroviaire de la ville, qui avait fait 26 morts.",
        5, id="fr_une_semaine_apres_l_attentat_qui_avait_fait",
    ),
    pytest.param(
        "en",
        "Militants stormed a police post in the town of Bannu on Thursday, killing four officers, "
        "a local official said.\n\nIt was the deadliest assault in the district since the bombing of "
        "a market that killed 31 people.",
        4, id="en_the_deadliest_since_the_bombing_that_killed",
    ),
    pytest.param(
        "fr",
        "Des hommes armés ont attaqué jeudi un poste de police de la ville de Bannu, tuant quatre "
        "policiers, selon un responsable local.\n\nC'est l'assaut le plus meurtrier dans le district "
        "depuis l'attentat contre un marché qui avait fait 31 morts.",
        4, id="fr_le_plus_meurtrier_depuis_l_attentat_qui_avait_fait",
    ),
]


@pytest.mark.parametrize(("language", "text", "killed"), RECALLED)
def test_a_recalled_acts_toll_is_not_the_incidents(analyse, language, text, killed):
    art = analyse(text, language=language, published="2025-05-07")
    found = [(e.type, e.fatalities, e.date) for e in art.events]
    news = [e for e in _incidents(art) if e.fatalities == killed]
    assert news, found
    assert not any(e.fatalities and e.fatalities > killed and e.date == news[0].date
                   for e in _incidents(art)), found


WITNESSED = [
    pytest.param(
        "fr",
        "Une explosion a frappé mercredi un marché de Maiduguri, dans le nord-est du Nigeria. Le bilan "
        "officiel fait état de 18 morts et 42 blessés, selon la police.\n\nDes témoins sur place "
        "affirment toutefois qu'au moins 30 personnes ont péri.",
        18, 42, id="fr_witnesses_larger_toll",
    ),
    pytest.param(
        "en",
        "A bomb exploded on Wednesday in a crowded market in Kano, in northern Nigeria. Police said "
        "18 people were killed and 42 injured.\n\nWitnesses at the scene said at least 30 people had "
        "died.",
        18, 42, id="en_witnesses_larger_toll",
    ),
    pytest.param(
        "en",
        "A suicide bomber blew himself up at a mosque in Peshawar on Friday. Survivors said at least "
        "40 worshippers were killed. A hospital spokesman said 23 people had died and 61 were wounded.",
        23, 61, id="en_survivors_first_hospital_after",
    ),
]


@pytest.mark.parametrize(("language", "text", "killed", "injured"), WITNESSED)
def test_the_officials_toll_over_the_witnesses(analyse, language, text, killed, injured):
    art = analyse(text, language=language, published="2025-05-07")
    found = [(e.type, e.fatalities, e.injured) for e in art.events]
    blasts = _incidents(art)
    assert len(blasts) == 1, found
    assert (blasts[0].fatalities, blasts[0].injured) == (killed, injured), found


ASSAILANTS = [
    pytest.param(
        "en",
        "Gunmen attacked a checkpoint outside Maiduguri on Saturday, killing three soldiers, the army "
        "said. One attacker was wounded and arrested.",
        3, id="en_one_attacker_wounded",
    ),
    pytest.param(
        "fr",
        "Des hommes armés ont attaqué samedi un poste de contrôle près de Maiduguri, tuant trois "
        "soldats, a indiqué l'armée. Un assaillant a été blessé et arrêté.",
        3, id="fr_un_assaillant_blesse",
    ),
]


@pytest.mark.parametrize(("language", "text", "killed"), ASSAILANTS)
def test_a_wounded_attacker_is_no_victim(analyse, language, text, killed):
    art = analyse(text, language=language, published="2025-05-07")
    found = [(e.type, e.fatalities, e.injured) for e in art.events]
    attacks = _incidents(art)
    assert attacks, found
    assert (attacks[0].fatalities, attacks[0].injured) == (killed, None), found


TOTALS = [
    pytest.param(
        "fr",
        "Deux frappes aériennes ont touché lundi la région de Khartoum, au Soudan.\n\n"
        "La première a visé un marché d'Omdurman en fin de matinée, faisant 13 morts, selon un comité "
        "de médecins.\n\nDans la soirée, un raid a frappé un camp de déplacés à Bahri. Trois personnes "
        "ont été tuées, dont un enfant.\n\nAu total, les bombardements de la journée ont fait 16 morts "
        "dans la capitale et ses environs, selon le comité.",
        {13, 3}, id="fr_au_total_after_two_strikes",
    ),
    pytest.param(
        "en",
        "Two air strikes hit the Khartoum area on Monday.\n\nThe first hit a market in Omdurman in the "
        "late morning, killing 13 people, according to a doctors' committee.\n\nIn the evening, a raid "
        "struck a displacement camp in Bahri. Three people were killed, including a child.\n\nIn "
        "total, the day's bombardments killed 16 people in the capital and its outskirts, the "
        "committee said.",
        {13, 3}, id="en_in_total_after_two_strikes",
    ),
    pytest.param(
        "en",
        "A drone struck a fuel depot on the eastern edge of El Obeid on Monday morning, killing 13 "
        "workers, according to local medics.\n\nSince the start of the siege in March, more than 400 "
        "civilians have been killed in the city, according to the UN.",
        {13}, id="en_since_the_start_of_the_siege",
    ),
]


@pytest.mark.parametrize(("language", "text", "tolls"), TOTALS)
def test_a_sum_or_a_siege_total_is_no_strikes_toll(analyse, language, text, tolls):
    art = analyse(text, language=language, published="2025-05-07")
    found = [(e.type, e.fatalities) for e in art.events]
    assert {e.fatalities for e in _incidents(art) if e.fatalities is not None} == tolls, found


NONE_OF = [
    pytest.param("en", "A mortar round hit a fishing boat on Lake Kivu on Wednesday. None of the eight "
             "fishermen on board was injured, the local administrator said.", id="en_none_of_the_eight"),
    pytest.param("fr", "Mercredi, un bateau de pêche a été touché par un tir de mortier sur le lac Kivu. "
             "Aucun des huit pêcheurs à bord n'a été blessé, selon l'administrateur du territoire.",
             id="fr_aucun_des_huit"),
]


@pytest.mark.parametrize(("language", "text"), NONE_OF)
def test_none_of_the_people_on_board_was_hurt(analyse, language, text):
    art = analyse(text, language=language, published="2025-05-07")
    found = [(e.type, e.fatalities, e.injured) for e in art.events]
    assert [e.injured for e in _incidents(art)] == [0], found


PEACEKEEPERS = [
    pytest.param(
        "fr",
        "Deux attaques ont visé jeudi des positions de la Monusco dans l'est de la RDC, a annoncé la "
        "mission.\n\nÀ Beni, des miliciens ont ouvert le feu sur une base de la mission. Deux casques "
        "bleus ont été blessés, dont un grièvement.\n\nPrès de Bunia, une patrouille a été prise dans "
        "une embuscade. Aucun casque bleu n'a été tué, a précisé la mission.",
        id="fr_aucun_casque_bleu_n_a_ete_tue",
    ),
    pytest.param(
        "en",
        "Two attacks targeted UN positions in eastern Congo on Thursday, the mission said.\n\nIn Beni, "
        "militiamen opened fire on a UN base. Two peacekeepers were wounded, one of them seriously."
        "\n\nNear Bunia, a patrol was ambushed. No peacekeeper was killed, the mission said.",
        id="en_no_peacekeeper_was_killed",
    ),
]


@pytest.mark.parametrize(("language", "text"), PEACEKEEPERS)
def test_none_killed_only_where_it_is_stated(analyse, language, text):
    art = analyse(text, language=language, published="2025-05-08")
    found = {e.location.name if e.location else None: (e.fatalities, e.injured) for e in _incidents(art)}
    assert found.get("Beni") == (None, 2), found
    assert found.get("Bunia") == (0, None), found


def test_a_running_total_since_the_start_of_anything_is_no_strikes_toll(analyse):
    text = ("An Israeli strike hit a house in the town of Nabatieh in southern Lebanon on Tuesday, the "
            "health ministry said.\n\nA separate strike on a car near Tyre killed two men.\n\nSince the "
            "start of the escalation, Israeli strikes have killed more than 3,000 people in Lebanon, "
            "according to the ministry.")
    art = analyse(text, language="en", published="2025-05-08")
    found = [(e.type, e.fatalities) for e in art.events]
    assert [e.fatalities for e in _incidents(art) if e.fatalities is not None] == [2], found


MERGED_NONE = [
    pytest.param(
        "fr",
        "Deux casques bleus de la Finul ont été blessés jeudi par un tir de char israélien sur une tour "
        "d'observation de la mission à Marjayoun, a indiqué la force onusienne.\n\nDes tirs répétés\n\n"
        "La mission a signalé que plusieurs de ses positions ont été visées par des tirs ces derniers "
        "jours, sans faire de victimes.",
        id="fr_sans_faire_de_victimes_merged_into_the_wounding",
    ),
    pytest.param(
        "en",
        "Two UN peacekeepers were wounded on Thursday when an Israeli tank fired at an observation "
        "tower of the mission in Marjayoun, the force said.\n\nRepeated attacks\n\nThe mission said "
        "several of its positions had come under fire in recent days, without causing any casualties.",
        id="en_without_casualties_after_the_wounding",
    ),
]


@pytest.mark.parametrize(("language", "text"), MERGED_NONE)
def test_a_contradicted_no_victims_is_not_the_wounding_incidents(analyse, language, text):
    art = analyse(text, language=language, published="2025-05-08")
    found = [(e.type, e.fatalities, e.injured) for e in art.events]
    wounded = [e for e in _incidents(art) if e.injured == 2]
    assert wounded, found
    assert wounded[0].fatalities is None, found


HOSPITALISED = [
    pytest.param(
        "fr",
        "Un missile russe a frappé vendredi un quartier résidentiel de Poltava, tuant au moins neuf "
        "personnes, selon les autorités locales.\n\nLa frappe a également fait une quarantaine de "
        "blessés, selon les services de secours. Plus de vingt personnes, dont deux enfants, ont été "
        "hospitalisées, a précisé le gouverneur.",
        None, id="fr_une_quarantaine_de_blesses_vingt_hospitalises",
    ),
    pytest.param(
        "en",
        "A Russian missile struck a residential area of Poltava on Friday, killing at least nine "
        "people, local authorities said.\n\nAround 40 people were wounded, according to rescuers. More "
        "than 20 people, including two children, were hospitalised, the governor said.",
        None, id="en_around_40_wounded_20_hospitalised",
    ),
    pytest.param(
        "en",
        "A Russian missile struck a residential area of Poltava on Friday, killing at least nine "
        "people, local authorities said.\n\nMore than 20 people, including two children, were "
        "hospitalised, the governor said.",
        20, id="en_only_the_hospitalised_told",
    ),
]


@pytest.mark.parametrize(("language", "text", "injured"), HOSPITALISED)
def test_the_hospitalised_are_some_of_the_injured(analyse, language, text, injured):
    art = analyse(text, language=language, published="2025-05-10")
    found = [(e.type, e.fatalities, e.injured) for e in art.events]
    strikes = _incidents(art)
    assert strikes, found
    assert (strikes[0].fatalities, strikes[0].injured) == (9, injured), found


FAMILIES = [
    pytest.param("fr", "Une frappe israélienne a touché mardi une maison de Nabatiyé, dans le sud du Liban, "
                 "tuant une famille de cinq personnes, selon le ministère de la Santé.",
                 id="fr_une_famille_de_cinq"),
    pytest.param("en", "An Israeli strike hit a house in Nabatieh in southern Lebanon on Tuesday, killing a "
                 "family of five, the health ministry said.", id="en_a_family_of_five"),
]


@pytest.mark.parametrize(("language", "text"), FAMILIES)
def test_a_family_of_five_killed_is_five_dead(analyse, language, text):
    art = analyse(text, language=language, published="2025-05-08")
    found = [(e.type, e.fatalities) for e in art.events]
    assert [e.fatalities for e in _incidents(art)] == [5], found
