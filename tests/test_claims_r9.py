"""Round 9 patterns of claims and contradictions, found on wire copy written for the purpose
(stories outside news-dev and the seeds). Each table states the general pattern in French and
English; none of the sentences comes from a development document."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is

# -- "a affirmé avoir frappé A et démenti B": the denial is the speaker's second statement ---------
# The parser hangs the second reporting verb on the verb of the first one's complement (an
# infinitive, or in English a participle under "had"); it is the speaker's own verb all the same.
COMPLEMENT_CONJUNCT = [
    pytest.param(
        "fr",
        "Le ministère de la Défense a affirmé avoir frappé des dépôts de carburant et démenti "
        "toute attaque contre des habitations.",
        "ministère",
        "dépôts de carburant",
        "assert",
        "habitations",
        "deny",
        id="fr_affirme_et_dementi",
    ),
    pytest.param(
        "fr",
        "L'armée a assuré avoir visé un poste de commandement et a démenti avoir frappé l'hôpital.",
        "armée",
        "poste de commandement",
        "assert",
        "hôpital",
        "deny",
        id="fr_assure_et_a_dementi",
    ),
    pytest.param(
        "fr",
        "Le mouvement rebelle a revendiqué l'embuscade contre le convoi et nié avoir tué des civils.",
        "mouvement",
        "embuscade",
        "assert",
        "tué des civils",
        "deny",
        id="fr_revendique_et_nie",
    ),
    pytest.param(
        "en",
        "The defence ministry said it had struck fuel depots and denied any attack on homes.",
        "ministry",
        "fuel depots",
        "assert",
        "homes",
        "deny",
        id="en_said_had_struck_and_denied",
    ),
    pytest.param(
        "en",
        "The army said it had targeted a command post and denied hitting the hospital.",
        "army",
        "command post",
        "assert",
        "hospital",
        "deny",
        id="en_said_and_denied_hitting",
    ),
    pytest.param(
        "fr",
        "Le Hamas a démenti que ses combattants se trouvaient dans l'école et a qualifié la frappe "
        "de « massacre »",
        "Hamas",
        "combattants",
        "deny",
        "massacre",
        "condemn",
        id="fr_dementi_que_et_a_qualifie",
    ),
    pytest.param(
        "en",
        'Hamas denied that any of its fighters were in the school and called the strike "a '
        'horrific massacre".',
        "Hamas",
        "fighters",
        "deny",
        "massacre",
        "condemn",
        id="en_denied_that_were_and_called",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker", "first", "stance1", "second", "stance2"), COMPLEMENT_CONJUNCT
)
def test_reporting_verb_coordinated_with_the_complement_is_a_second_claim(
    analyse, language, text, speaker, first, stance1, second, stance2
):
    article = analyse(text, language=language)
    a, b = one_claim(article, first), one_claim(article, second)
    assert a is not b, [(c.stance, c.content) for c in article.claims]
    assert speaker_is(a, speaker) and a.stance == stance1
    assert speaker_is(b, speaker) and b.stance == stance2
    assert second not in a.content and first not in b.content


# the complement's own coordinated verbs (no reporting verb, or one sharing a subject of its own
# in a "que" clause) stay inside the one claim
ONE_CLAUSE = [
    pytest.param(
        "fr",
        "Le porte-parole a déclaré que l'armée avait frappé un dépôt et détruit deux blindés.",
        "dépôt",
        "blindés",
        id="fr_two_acts_one_claim",
    ),
    pytest.param(
        "en",
        "The spokesman said the army had struck a depot and destroyed two armoured vehicles.",
        "depot",
        "armoured vehicles",
        id="en_two_acts_one_claim",
    ),
    # one tense form for the three verbs: whose the denial is stays unsaid, one claim
    pytest.param(
        "en",
        "The ministry said the rebels attacked the village and denied any responsibility.",
        "village",
        "responsibility",
        id="en_same_form_stays_one",
    ),
]


@pytest.mark.parametrize(("language", "text", "first", "second"), ONE_CLAUSE)
def test_two_acts_in_the_complement_stay_one_claim(analyse, language, text, first, second):
    article = analyse(text, language=language)
    assert len(article.claims) == 1, [(c.stance, c.content) for c in article.claims]
    assert first in article.claims[0].content and second in article.claims[0].content


# -- the fact a claim speaks of, finer than its incident --------------------------------------------
# A denial of a direct hit grants the rest of the incident: it answers an account of a direct hit,
# not one of falling debris or of drones shot down.
FACTS = [
    ("fr", "la centrale n'a pas été touchée directement par les missiles", ["direct_hit"]),
    ("fr", "il n'y a eu aucune frappe directe sur le port", ["direct_hit"]),
    ("fr", "des fragments d'un missile intercepté sont tombés sur une école", ["debris", "interception"]),
    ("fr", "la défense aérienne a détruit au total 14 drones pendant la nuit", ["interception"]),
    ("fr", "une frappe a touché un entrepôt de la zone industrielle", []),
    ("en", "the power plant was not hit directly by the missiles", ["direct_hit"]),
    ("en", "there was no direct strike on the port", ["direct_hit"]),
    ("en", "falling debris from an intercepted missile damaged a school", ["debris", "interception"]),
    ("en", "air defences destroyed 14 drones overnight", ["interception"]),
    ("en", "a strike hit a warehouse in the industrial zone", []),
]


@pytest.mark.parametrize(("language", "words", "facts"), FACTS)
def test_facts_the_words_speak_of(language, words, facts):
    from newsevents.extract.stance import facts_of, lexicon

    assert facts_of(lexicon(language), words) == facts


def test_a_denial_of_one_fact_answers_that_fact_only():
    from newsevents.extract.stance import one_fact

    assert one_fact("deny", ["direct_hit"], "assert", ["direct_hit"])
    assert not one_fact("deny", ["direct_hit"], "assert", ["debris", "interception"])
    assert not one_fact("assert", [], "deny", ["direct_hit"])  # an account naming no fact
    assert one_fact("deny", [], "assert", ["debris"])  # a denial of the whole incident
    assert one_fact("assert", ["debris"], "condemn", [])  # no denial: not judged here


# (language, text, linked): the other side's account and a denial of a direct hit, one article
ONE_FACT_IN_AN_ARTICLE = [
    pytest.param(
        "fr",
        "Le gouverneur ukrainien de la région a affirmé que des drones russes avaient touché "
        "directement le dépôt pétrolier. Le ministère russe de la Défense a démenti que le dépôt "
        "ait été touché directement.",
        True,
        id="fr_same_fact",
    ),
    pytest.param(
        "fr",
        "Le gouverneur ukrainien de la région a affirmé que des débris d'un drone russe étaient "
        "tombés sur le dépôt pétrolier. Le ministère russe de la Défense a démenti que le dépôt "
        "ait été touché directement.",
        False,
        id="fr_debris_against_no_direct_hit",
    ),
    pytest.param(
        "en",
        "The Ukrainian regional governor said Russian drones had hit the oil depot directly. "
        "The Russian Defence Ministry denied that the depot had been hit directly.",
        True,
        id="en_same_fact",
    ),
    pytest.param(
        "en",
        "The Ukrainian regional governor said Russian drones had struck the oil depot, and "
        "that debris from a Russian drone had fallen on the pier. The Russian Defence Ministry "
        "denied that the pier had been hit directly.",
        False,
        id="en_debris_against_no_direct_hit",
    ),
]


@pytest.mark.parametrize(("language", "text", "linked"), ONE_FACT_IN_AN_ARTICLE)
def test_a_denial_of_a_direct_hit_in_an_article(analyse, language, text, linked):
    article = analyse(text, language=language)
    denial = next(c for c in article.claims if c.stance == "deny")
    account = next(c for c in article.claims if c.stance == "assert")
    assert denial.facts == ["direct_hit"]
    assert (account.id in denial.contradicts) is linked, [
        (c.stance, c.content, c.facts) for c in article.claims
    ]


# a participle that only describes a noun names no fact of the claim ("des drones abattus"): the
# denial is of the drones' origin and still answers the accusation
DESCRIBED = [
    pytest.param(
        "fr",
        "Le Premier ministre lituanien a accusé la Russie d'avoir envoyé les drones. "
        "L'ambassadeur russe a affirmé que Vilnius n'avait fourni aucune preuve de l'origine "
        "russe des drones abattus.",
        id="fr_drones_abattus",
    ),
    pytest.param(
        "en",
        "The Lithuanian prime minister accused Russia of sending the drones. The Russian "
        "ambassador said Vilnius had provided no proof of the Russian origin of the downed "
        "drones.",
        id="en_downed_drones",
    ),
]


@pytest.mark.parametrize(("language", "text"), DESCRIBED)
def test_a_participle_describing_a_noun_names_no_fact(analyse, language, text):
    article = analyse(text, language=language)
    denial = next(c for c in article.claims if "preuve" in c.content or "proof" in c.content)
    assert "interception" not in denial.facts, denial.facts


# -- across documents: the same fact, one side against the other ------------------------------------
def _record(
    cid: str, doc: str, speaker: str, country: str | None, stance: str, content: str, facts: list[str]
) -> dict:
    rec = {
        "kind": "claim",
        "id": cid,
        "speaker": {"name": speaker, "kind": "organization", "country": country},
        "stance": stance,
        "content": content,
        "direct_quote": False,
        "about": ["ev_1"],
        "contradicts": [],
        "sources": [{"document": doc, "spans": [[0, len(content)]]}],
    }
    if facts:
        rec["facts"] = facts
    return rec


INCIDENT = {
    "kind": "event",
    "id": "ev_1",
    "type": "drone_strike",
    "date": {"start": "2025-03-17"},
    "location": {"name": "Ryazan"},
    "weapons": [],
    "actors": [],
    "targets": [{"name": "oil refinery", "text": "refinery"}],
}


def test_across_documents_a_denial_answers_the_same_fact_only():
    from newsevents.resolve.claims import link_claims

    denial = _record("c1", "d1", "Kremlin", "RU", "deny", "the refinery was not hit directly", ["direct_hit"])
    hit = _record(
        "c2", "d2", "SBU", "UA", "assert", "the refinery was hit directly by our drones", ["direct_hit"]
    )
    debris = _record(
        "c3",
        "d3",
        "Ukrainian Air Force",
        "UA",
        "assert",
        "debris from a downed drone fell on the refinery",
        ["debris", "interception"],
    )
    out = {c["id"]: c for c in link_claims([denial, hit, debris], [INCIDENT], {})}
    assert out["c1"]["contradicts"] == ["c2"]
    assert out["c3"]["contradicts"] == []
    proposition = out["c1"]["contradicts_on"][0]["proposition"]
    assert "direct hit" in proposition and "oil refinery" in proposition


def test_across_documents_one_side_does_not_dispute_itself():
    from newsevents.resolve.claims import link_claims

    denial = _record("c1", "d1", "Kremlin", "RU", "deny", "the refinery was not hit directly", ["direct_hit"])
    governor = _record(
        "c2",
        "d2",
        "regional governor of Ryazan",
        "RU",
        "assert",
        "the refinery was hit directly",
        ["direct_hit"],
    )
    other = _record("c3", "d3", "SBU", "UA", "assert", "our drones attacked the refinery", [])
    whole = _record("c4", "d4", "Russian embassy", "BY", "deny", "no attack took place", [])
    out = {c["id"]: c for c in link_claims([denial, governor, other, whole], [INCIDENT], {})}
    assert out["c2"]["contradicts"] == ["c4"]  # one country's speakers are one side (Kremlin)
    assert "c1" not in out["c3"]["contradicts"]  # an account naming no fact: not the denied one
    assert out["c4"]["contradicts"] == ["c2", "c3"]  # the whole incident denied: every account


# -- a quote that turns from a denial to a version is two statements --------------------------------
TURNING_QUOTES = [
    pytest.param(
        "fr",
        "« Notre armée ne frappe pas les hôpitaux. Certains responsables à Kiev ont dit que "
        "l'école avait été touchée par un missile de la défense antiaérienne », a déclaré le "
        "porte-parole du Kremlin.",
        "hôpitaux",
        "défense antiaérienne",
        id="fr_denial_then_version",
    ),
    pytest.param(
        "fr",
        "« Les rebelles n'ont jamais attaqué le camp. Ce sont les soldats qui ont ouvert le feu "
        "sur les habitants », a affirmé leur porte-parole.",
        "camp",
        "ouvert le feu",
        id="fr_never_then_version",
    ),
    pytest.param(
        "en",
        '"Our army does not strike hospitals or schools. Some officials in Kyiv have said the '
        'school was hit by an air-defence missile," the Kremlin spokesman said.',
        "hospitals",
        "air-defence missile",
        id="en_denial_then_version",
    ),
    pytest.param(
        "en",
        '"The rebels never attacked the camp. It was the soldiers who opened fire on the '
        'residents," their spokesman said.',
        "camp",
        "opened fire",
        id="en_never_then_version",
    ),
]


@pytest.mark.parametrize(("language", "text", "denied", "told"), TURNING_QUOTES)
def test_a_quote_turning_from_denial_to_version_is_two_claims(analyse, language, text, denied, told):
    article = analyse(text, language=language)
    denial, version = one_claim(article, denied), one_claim(article, told)
    assert denial is not version, [(c.stance, c.content) for c in article.claims]
    assert denial.stance == "deny" and version.stance == "assert"
    assert denial.direct_quote and version.direct_quote
    assert told not in denial.content and denied not in version.content


STEADY_QUOTES = [
    pytest.param(
        "fr",
        "« Les frappes ont visé des dépôts de munitions. Nos forces ont détruit deux lanceurs », "
        "a déclaré le porte-parole.",
        id="fr_two_assertions",
    ),
    pytest.param(
        "en",
        '"We did not fire on the convoy. We never target aid workers," the army spokesman said.',
        id="en_two_denials",
    ),
]


@pytest.mark.parametrize(("language", "text"), STEADY_QUOTES)
def test_a_quote_that_does_not_turn_stays_one_claim(analyse, language, text):
    article = analyse(text, language=language)
    assert len(article.claims) == 1, [(c.stance, c.content) for c in article.claims]


# -- the accused side justifying its act stands against the accusation ------------------------------
JUSTIFICATIONS = [
    ("fr", "il s'agit d'une opération professionnelle, mesurée et irréprochable", True),
    ("fr", "l'armée a agi en état de légitime défense", True),
    ("fr", "une attaque contre une infrastructure civile n'est pas conforme au droit international", False),
    ("fr", "le gouvernement légitime du pays a condamné l'attaque", False),
    ("en", "troops acted in self-defence", True),
    ("en", "the compound was a legitimate military target", True),
    ("en", "the strike was not in line with international law", False),
    ("en", "the legitimate government condemned the attack", False),
]


@pytest.mark.parametrize(("language", "words", "expected"), JUSTIFICATIONS)
def test_words_that_justify_an_act(language, words, expected):
    from newsevents.extract.stance import justifies, lexicon

    assert justifies(lexicon(language), words) is expected


# (language, text, keyword of the accusation, keyword of the answer, linked)
ANSWERED_BY_A_JUSTIFICATION = [
    pytest.param(
        "fr",
        "Les garde-côtes vietnamiens ont accusé la marine chinoise d'avoir éperonné un bateau de "
        "pêche près des îles Paracels. Pour Pékin, il s'agissait d'une opération « professionnelle "
        "et conforme au droit international ».",
        "éperonné",
        "opération",
        True,
        id="fr_conforme_au_droit_international",
    ),
    pytest.param(
        "fr",
        "Le Pakistan a affirmé que des soldats indiens avaient ouvert le feu sur des villageois le "
        "long de la ligne de contrôle. L'armée indienne a assuré que ses soldats avaient agi en état "
        "de légitime défense.",
        "villageois",
        "légitime défense",
        True,
        id="fr_legitime_defense",
    ),
    pytest.param(
        "en",
        "Vietnam's coast guard accused the Chinese navy of ramming a fishing boat near the Paracel "
        "Islands. Beijing said the operation was professional and restrained.",
        "ramming",
        "operation",
        True,
        id="en_professional_and_restrained",
    ),
    pytest.param(
        "en",
        "Vietnam's coast guard accused the Chinese navy of ramming a fishing boat near the Paracel "
        "Islands. Beijing said the operation took place in its own waters.",
        "ramming",
        "operation",
        False,
        id="en_no_justification_no_link",
    ),
]


@pytest.mark.parametrize(("language", "text", "accusation", "answer", "linked"), ANSWERED_BY_A_JUSTIFICATION)
def test_a_justification_answers_the_accusation(analyse, language, text, accusation, answer, linked):
    article = analyse(text, language=language)
    a, b = one_claim(article, accusation), one_claim(article, answer)
    assert a is not b and b.stance == "assert"
    assert (b.id in a.contradicts) is linked, [
        (c.speaker.name, c.content, c.contradicts) for c in article.claims
    ]


# -- who speaks: an institution of a place, and a qualified noun after a wire dateline --------------
# (language, text, speaker name, country)
INSTITUTIONS = [
    pytest.param(
        "en",
        "An air strike on a market killed at least 12 people, Gaza's civil defence agency said on Friday.",
        "Gaza's civil defence agency",
        "PS",
        id="en_place_s_agency",
    ),
    pytest.param(
        "en",
        "Sudan's health ministry said the shelling killed nine people in El Fasher.",
        "Sudan's health ministry",
        "SD",
        id="en_state_s_ministry",
    ),
    pytest.param(
        "en",
        "KHARTOUM, Nov 14 (Reuters) - Shelling killed nine people in Omdurman, Sudan's health "
        "ministry said on Friday.",
        "Sudan's health ministry",
        "SD",
        id="en_after_dateline",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), INSTITUTIONS)
def test_an_institution_of_a_place_speaks_for_itself(analyse, language, text, name, country):
    claims = analyse(text, language=language).claims
    assert len(claims) == 1
    assert claims[0].speaker.name == name and claims[0].speaker.country == country


# "the civil defence agency" after "(Reuters)": its own words say it is another agency
QUALIFIED_AFTER_DATELINE = [
    pytest.param(
        "en",
        "GAZA, Nov 14 (Reuters) - An air strike killed at least 12 people, the civil defence "
        "agency said on Friday.",
        "civil defence agency",
        id="en_civil_defence_agency",
    ),
    pytest.param(
        "en",
        "KYIV, Nov 14 (Reuters) - A missile struck a power plant overnight, the regional "
        "military administration said.",
        "military administration",
        id="en_military_administration",
    ),
]


@pytest.mark.parametrize(("language", "text", "name"), QUALIFIED_AFTER_DATELINE)
def test_a_qualified_noun_is_not_the_wire_agency(analyse, language, text, name):
    claims = analyse(text, language=language).claims
    assert len(claims) == 1 and claims[0].speaker.name == name, [c.speaker for c in claims]


def test_a_bare_agency_after_a_dateline_is_still_the_wire_agency(analyse):
    claims = analyse(
        "LONDON, Nov 14 (Reuters) - The strike killed 18 people, the agency said, citing its correspondent.",
        language="en",
    ).claims
    assert len(claims) == 1 and claims[0].speaker.name == "Reuters"


# -- an armed group and its country's army are two sides -------------------------------------------
GROUP_AGAINST_STATE = [
    pytest.param(
        "fr",
        "Les islamistes d'al-Shabaab ont affirmé avoir tué plus de 30 soldats dans l'attaque d'une "
        "base militaire à Bulo Marer. L'armée somalienne a démenti ce bilan.",
        "30 soldats",
        "bilan",
        id="fr_shabaab_somali_army",
    ),
    pytest.param(
        "en",
        "Al-Shabaab militants said they had killed more than 30 soldiers in an attack on a military "
        "base in Bulo Marer. The Somali army denied the toll.",
        "30 soldiers",
        "toll",
        id="en_shabaab_somali_army",
    ),
]


@pytest.mark.parametrize(("language", "text", "told", "denied"), GROUP_AGAINST_STATE)
def test_an_armed_group_is_no_side_of_its_country_s_state(analyse, language, text, told, denied):
    article = analyse(text, language=language)
    a, b = one_claim(article, told), one_claim(article, denied)
    assert a.speaker.kind == "group" and a.speaker.country == b.speaker.country
    assert b.stance == "deny" and b.id in a.contradicts


# -- "denied X, saying Y": the denial and the speaker's own version are two statements -------------
DENIAL_THEN_VERSION = [
    pytest.param(
        "fr",
        "L'armée somalienne a démenti ce bilan, assurant que seuls deux soldats avaient été blessés.",
        "bilan",
        "deux soldats",
        id="fr_dementi_assurant",
    ),
    pytest.param(
        "en",
        "The Somali army denied the toll, saying only two soldiers had been wounded.",
        "toll",
        "two soldiers",
        id="en_denied_saying",
    ),
    pytest.param(
        "en",
        "The Kremlin denied any involvement, saying the drones had been launched from Ukraine.",
        "involvement",
        "launched from Ukraine",
        id="en_denied_involvement_saying",
    ),
]


@pytest.mark.parametrize(("language", "text", "denied", "told"), DENIAL_THEN_VERSION)
def test_a_denial_and_the_version_after_it_are_two_claims(analyse, language, text, denied, told):
    article = analyse(text, language=language)
    d, v = one_claim(article, denied), one_claim(article, told)
    assert d is not v, [(c.stance, c.content) for c in article.claims]
    assert d.stance == "deny" and v.stance == "assert"
    assert told not in d.content


def test_a_retraction_goes_on_with_its_reason(analyse):
    """ "retracted his apology, saying ...": the reason belongs to the retraction (one claim)."""
    article = analyse(
        "The minister later retracted his apology, saying that his conclusion had only been a "
        "preliminary theory.",
        language="en",
    )
    assert len(article.claims) == 1, [(c.stance, c.content) for c in article.claims]


# -- stances read from the words: a verdict on a claim denies it; an act with a negated object -----
WORD_STANCES = [
    pytest.param(
        "fr",
        "Moscou a affirmé que les accusations ukrainiennes relevaient de la pure propagande.",
        "propagande",
        "deny",
        id="fr_accusations_propagande",
    ),
    pytest.param(
        "fr",
        "Le ministère a déclaré que cette attaque était un crime odieux et atroce.",
        "crime odieux",
        "condemn",
        id="fr_attack_crime_condemns",
    ),
    pytest.param(
        "fr",
        "Kigali a affirmé que son armée n'avait mené aucune opération en territoire congolais.",
        "aucune opération",
        "deny",
        id="fr_mene_aucune_operation",
    ),
    pytest.param(
        "en",
        "Moscow said the Ukrainian claims were pure propaganda.",
        "propaganda",
        "deny",
        id="en_claims_propaganda",
    ),
    pytest.param(
        "en",
        "The ministry said the attack was a shameful crime.",
        "shameful crime",
        "condemn",
        id="en_attack_crime_condemns",
    ),
    pytest.param(
        "en",
        "The ministry said its forces had carried out no strikes in the area.",
        "no strikes",
        "deny",
        id="en_carried_out_no_strikes",
    ),
]


@pytest.mark.parametrize(("language", "text", "keyword", "stance"), WORD_STANCES)
def test_stance_from_the_claimed_words(analyse, language, text, keyword, stance):
    claim = one_claim(analyse(text, language=language), keyword)
    assert claim.stance == stance, claim.content
