"""Claims of round 7: a subject with an apposition that the parser cut off its verb ("Rome,
premier contributeur de la force, avec 900 soldats déployés, a dénoncé ..."), a name with a word
the tagger cannot read ("le Sudan Doctors Network"), and a short restatement of a statement made
before ("ont revendiqué l'attaque" after the lede) being that statement. French and English
sentences written from the general patterns of wire copy (not from any article)."""

from __future__ import annotations

import pytest

APPOSED = [
    pytest.param("fr", "Rome, premier pays contributeur de la force en termes d'effectifs, avec près de "
                 "900 soldats mobilisés, a dénoncé des actes « intolérables » et convoqué l'ambassadeur.",
                 "Italy", "intolérables", id="fr_capital"),
    pytest.param("fr", "Madrid, deuxième contributeur de la mission, avec 600 militaires déployés, a dénoncé "
                 "une « violation grave » du droit international.", "Spain", "violation grave",
                 id="fr_capital_2"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "keyword"), APPOSED)
def test_a_subject_with_its_apposition_speaks(analyse, language, text, speaker, keyword):
    claims = analyse(text, language=language).claims
    assert [c.speaker.name for c in claims] == [speaker], [(c.speaker.name, c.content) for c in claims]
    assert keyword in claims[0].content


def test_an_apposition_is_no_speaker_after_a_preposition(analyse):
    """"À Kiev, ..., a déclaré le ministre": the place before the apposition is not the subject."""
    text = ("À Kiev, capitale du pays, a déclaré le ministre Paul Girard, les frappes ont détruit trois "
            "immeubles.")
    claims = analyse(text, language="fr").claims
    assert all(c.speaker.name != "Kyiv" and "Ukraine" not in c.speaker.name for c in claims), \
        [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "Le Sudan Doctors Network a dénoncé cette attaque comme un « crime atroce » contre des civils.",
     "Sudan Doctors Network"),
])
def test_a_name_with_a_foreign_word_speaks(analyse, language, text, name):
    claims = analyse(text, language=language).claims
    assert [c.speaker.name for c in claims] == [name], [(c.speaker.name, c.content) for c in claims]


RESTATED = [
    pytest.param("fr", "Les rebelles ont revendiqué une attaque de drone qui a fait un mort vendredi dans le "
                 "port. L'armée a déclaré que ses systèmes de défense n'avaient pas été activés. Les "
                 "rebelles, alliés du Hamas, ont revendiqué l'attaque.", "revendiqué une attaque de drone",
                 id="fr"),
    pytest.param("en", "The rebels claimed a drone attack that killed one person on Friday in the port city. "
                 "The army said its defence systems had not been activated. The rebels, allies of Hamas, "
                 "claimed the attack.", "claimed a drone attack", id="en"),
]


@pytest.mark.parametrize(("language", "text", "first"), RESTATED)
def test_a_short_restatement_is_the_statement_made_before(analyse, language, text, first):
    claims = analyse(text, language=language).claims
    rebels = [c for c in claims if c.speaker.name.lower().endswith("rebels") or "rebelles" in c.speaker.name]
    assert len(rebels) == 1, [(c.speaker.name, c.content) for c in claims]
    assert first in rebels[0].content


def test_two_statements_of_one_speaker_on_two_matters_stay_two(analyse):
    text = ("Le gouverneur a déclaré que trois immeubles avaient été détruits dans la nuit. Le gouverneur "
            "a ensuite déclaré que les écoles resteraient fermées jusqu'à lundi.")
    claims = analyse(text, language="fr").claims
    assert len(claims) == 2, [(c.speaker.name, c.content) for c in claims]


DESCRIBED = [
    pytest.param("fr", "La chaîne a cité un responsable du bureau du Premier ministre Marc Lefort affirmant "
                 "que « l'ennemi a violé le cessez-le-feu et devra en payer le prix ».", "Lefort", "violé",
                 id="fr_official_of_office"),
    pytest.param("en", "The channel cited a senior official saying that the enemy had violated the "
                 "ceasefire.", "official", "violated", id="en_official"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "keyword"), DESCRIBED)
def test_a_participle_gives_words_to_the_noun_it_describes(analyse, language, text, speaker, keyword):
    claims = analyse(text, language=language).claims
    assert len(claims) == 1 and speaker in claims[0].speaker.name, \
        [(c.speaker.name, c.content) for c in claims]
    assert keyword in claims[0].content


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "L'armée a démenti des informations affirmant que des civils avaient été tués."),
    ("en", "The army denied reports saying that civilians had been killed."),
])
def test_a_participle_on_reports_gives_them_no_voice(analyse, language, text):
    claims = analyse(text, language=language).claims
    assert [c.stance for c in claims] == ["deny"], [(c.speaker.name, c.content) for c in claims]


LEAD = "L'ONU a dénoncé dans un communiqué des tirs répétés contre ses positions dans le sud du pays. "
CLAUSE_OR_QUOTE = [
    pytest.param("en", "The spokesman suggested that the strike had been the result of an interceptor "
                 "missile falling on the building.", "interceptor", 1, id="en_suggest_that"),
    pytest.param("en", "The minister suggested a meeting of the two delegations next week.", "meeting", 0,
                 id="en_suggest_act"),
    pytest.param("en", '"We will not retreat from the border villages," the minister continued.',
                 "retreat", 1, id="en_continued_quote"),
    pytest.param("en", "The army continued its offensive in the east on Monday.", "offensive", 0,
                 id="en_continue_act"),
    pytest.param("fr", "Le porte-parole a suggéré que la frappe avait été menée par erreur contre le "
                 "bâtiment.", "erreur", 1, id="fr_suggerer_que"),
    pytest.param("fr", LEAD + "« Les soldats ont également tiré sur une position de l'ONU, touchant l'entrée "
                 "du bunker », poursuit le texte.", "bunker", 1, id="fr_poursuit_quote"),
    pytest.param("fr", "Les paramilitaires poursuivent leur offensive pour chasser l'armée de la ville.",
                 "offensive", 0, id="fr_poursuivre_act"),
]


@pytest.mark.parametrize(("language", "text", "keyword", "count"), CLAUSE_OR_QUOTE)
def test_verbs_that_report_only_a_clause_or_a_quote(analyse, language, text, keyword, count):
    claims = analyse(text, language=language).claims
    assert sum(keyword in c.content for c in claims) == count, [(c.speaker.name, c.content) for c in claims]


def test_two_quotations_of_one_speaker_are_two_statements(analyse):
    text = LEAD + ("« Les soldats ont tiré sur une position de la mission, touchant l'entrée du bunker et "
                   "endommageant des véhicules », poursuit le texte. Selon la même source, « des soldats ont "
                   "délibérément tiré sur les caméras de la position, les mettant hors d'usage ».")
    claims = analyse(text, language="fr").claims
    quoted = [c for c in claims if c.direct_quote]
    assert len(quoted) == 2, [(c.speaker.name, c.content) for c in claims]
    assert "bunker" in quoted[0].content and "caméras" in quoted[1].content


OWN_REPORTER = [
    pytest.param("fr", "D'après notre correspondant à Jérusalem, Marc Lefort, les secours ont parlé de "
                 "centaines de morts dans le quartier. Des images ont circulé, et « elles sont très dures », "
                 "rapporte Marc Lefort. « Le ministère affirme que la vérification est en cours. »", id="fr"),
    pytest.param("en", "Our correspondent in Kyiv, Anna Smith, said that the shelling went on all night. "
                 '"The streets are empty," Anna Smith reported. "Nobody dares to go out."', id="en"),
]


@pytest.mark.parametrize(("language", "text"), OWN_REPORTER)
def test_the_outlets_own_reporter_is_the_narration(analyse, language, text):
    """News-dev convention: what the outlet's own reporter ("notre correspondant", "our
    correspondent") tells is the article's narration, under his name too, and so is a quote that
    goes on with his words; a journalist introduced otherwise speaks for himself."""
    claims = analyse(text, language=language).claims
    assert not any("Lefort" in c.speaker.name or "Smith" in c.speaker.name for c in claims), \
        [(c.speaker.name, c.content) for c in claims]
    assert not any(c.direct_quote for c in claims), [(c.speaker.name, c.content) for c in claims]


def test_a_journalist_introduced_otherwise_speaks(analyse):
    text = "Le journaliste Evan Smith a déclaré que les soldats l'avaient frappé pendant sa détention."
    claims = analyse(text, language="fr").claims
    assert [c.speaker.name for c in claims] == ["Evan Smith"]


def test_a_particle_after_the_verb_is_no_postposed_reporting_clause(analyse):
    text = "Selon un responsable, Marc Lefort, le mouvement a parlé de centaines de morts dans le quartier."
    claims = analyse(text, language="fr").claims
    assert all("Selon" not in c.content for c in claims), [(c.speaker.name, c.content) for c in claims]


NOUN_CLAIMS = [
    pytest.param("fr", "Le ministère a déclaré que la frappe visait des militaires, tandis que Kiev a évoqué "
                 "des victimes civiles.", "victimes civiles", 1, id="fr_evoquer"),
    pytest.param("fr", "Le ministre a évoqué la question.", "question", 0, id="fr_topic"),
    pytest.param("en", "The governor mentioned heavy civilian losses.", "losses", 1, id="en_mention"),
    pytest.param("en", "The governor mentioned the talks.", "talks", 0, id="en_topic"),
]


@pytest.mark.parametrize(("language", "text", "keyword", "count"), NOUN_CLAIMS)
def test_a_noun_object_that_names_the_claim(analyse, language, text, keyword, count):
    """"Kiev a évoqué des victimes civiles": the object of a verb that names what it claims is a
    claim from three words; two ("la question") name a topic."""
    claims = analyse(text, language=language).claims
    assert sum(keyword in c.content for c in claims) == count, [(c.speaker.name, c.content) for c in claims]


def test_the_two_versions_of_a_strike_in_one_sentence_contradict(analyse):
    text = ("Le ministère a déclaré que la frappe visait des militaires en réunion, tandis que Kiev a évoqué "
            "des victimes civiles.")
    claims = analyse(text, language="fr").claims
    assert len(claims) == 2 and claims[0].contradicts == [claims[1].id], \
        [(c.speaker.name, c.content, c.contradicts) for c in claims]


ACTING_STATE = [
    pytest.param("en", "Pakistan on Wednesday summoned India's deputy high commissioner over the firing. It "
                 "was the second day in a row that the envoy was summoned by the Foreign Office. \"A strong "
                 "protest was lodged against the unprovoked violations,\" the Foreign Office said in a "
                 "statement.",
                 "Pakistan", id="en"),
    pytest.param("fr", "La Pologne a convoqué mercredi l'ambassadeur de Russie après l'incursion. « Cette "
                 "violation de notre espace aérien est inacceptable », a déclaré le ministère des Affaires "
                 "étrangères dans un communiqué.", "Poland", id="fr"),
]


@pytest.mark.parametrize(("language", "text", "country"), ACTING_STATE)
def test_a_ministry_without_its_country_is_the_acting_states(analyse, language, text, country):
    claims = analyse(text, language=language).claims
    ministry = [c for c in claims if c.speaker.name.startswith("Ministry of")]
    assert ministry and all(c.speaker.name.endswith(country) for c in ministry), \
        [(c.speaker.name, c.content) for c in claims]


def test_a_state_inside_the_claimed_words_gives_the_ministry_no_country(analyse):
    text = "Russia launched forty missiles overnight, the Defence Ministry said."
    claims = analyse(text, language="en").claims
    assert [c.speaker.country for c in claims] == [None], [(c.speaker.name, c.content) for c in claims]


RELATIVE_SPEAKER = [
    pytest.param("en", "The Kremlin said on Monday that its forces did not strike residential buildings, two "
                 "days after a missile attack that Kyiv says killed at least 36 people.", "Ukraine",
                 "36 people", "Kremlin", id="en_says"),
    pytest.param("en", "The apartment block was hit by a cruise missile, which the air force says it cannot "
                 "shoot down with the systems it has.", "air force", "shoot down", None, id="en_which_says"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "keyword", "outer"), RELATIVE_SPEAKER)
def test_a_relative_clause_with_its_own_speaker_is_a_claim(analyse, language, text, speaker, keyword, outer):
    """"an attack that Kyiv says killed 36": the relative's subject speaks, and the statement
    around it stays its own speaker's."""
    claims = analyse(text, language=language).claims
    inner = [c for c in claims if speaker in c.speaker.name]
    assert inner and keyword in inner[0].content, [(c.speaker.name, c.content) for c in claims]
    if outer is not None:
        assert any(c.speaker.name == outer for c in claims), [(c.speaker.name, c.content) for c in claims]


def test_what_another_side_should_do_is_a_demand(analyse):
    text = ("\"It was conveyed to the other side that it should investigate the incident and share the "
            "findings,\" the ministry said.")
    claims = analyse(text, language="en").claims
    assert [c.stance for c in claims] == ["demand"], [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize(("text", "count"), [
    ("Several UN reports have pinned Rwanda on sending thousands of troops and weapons to the rebels.", 1),
    ("The soldiers were pinned down by heavy fire near the village for two days.", 0),
])
def test_pinning_an_act_on_someone_is_a_claim(analyse, text, count):
    claims = analyse(text, language="en").claims
    assert len(claims) == count, [(c.speaker.name, c.content) for c in claims]




SAME_SIDE = [
    pytest.param("fr", "Le gouvernement indien a accusé les troupes voisines d'avoir franchi la ligne de "
                 "contrôle. Le ministère pakistanais des Affaires étrangères a nié ces allégations mercredi. "
                 "« Nous sommes prêts à mener une enquête sur les récentes violations », a déclaré le "
                 "gouvernement dans un communiqué.", "PK", id="fr_after_ministry"),
    pytest.param("fr", "Le gouvernement indien a accusé les troupes voisines d'avoir franchi la ligne de "
                 "contrôle. Le ministère pakistanais des Affaires étrangères a nié ces allégations mercredi. "
                 "Trois jours plus tard, une autre patrouille a été visée près de la frontière, selon la "
                 "presse "
                 "locale. Des villages ont été évacués. « Nous ne laisserons pas faire », a déclaré le "
                 "gouvernement.", "IN", id="fr_far_after"),
]


@pytest.mark.parametrize(("language", "text", "country"), SAME_SIDE)
def test_a_bare_government_right_after_a_ministry_goes_on_with_its_side(analyse, language, text, country):
    """"le gouvernement" right after another country's ministry spoke is that country's; further
    on, the government the article named."""
    claims = analyse(text, language=language).claims
    quoted = [c for c in claims if c.direct_quote]
    assert len(quoted) == 1 and quoted[0].speaker.country == country, \
        [(c.speaker.name, c.content) for c in claims]


SOURCE_PRONOUNS = [
    pytest.param("fr", "Le représentant de l'ambassade, Oleg Ivanov, a évoqué un coup monté. Selon lui, "
                 "l'incident n'est qu'une des nombreuses tentatives destinées à nuire aux relations "
                 "bilatérales.",
                 "Ivanov", "tentatives", id="fr"),
    pytest.param("en", "The embassy's spokesman, Oleg Ivanov, spoke of a set-up. According to him, the "
                 "incident was one of many attempts to harm bilateral relations.", "Ivanov", "attempts",
                 id="en"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "keyword"), SOURCE_PRONOUNS)
def test_according_to_him_goes_on_with_the_speaker_before(analyse, language, text, speaker, keyword):
    claims = analyse(text, language=language).claims
    assert any(speaker in c.speaker.name and keyword in c.content for c in claims), \
        [(c.speaker.name, c.content) for c in claims]


def test_according_to_him_inside_a_statement_is_its_hedge(analyse):
    text = "Le ministre a déclaré que, selon lui, les frappes visaient des dépôts."
    claims = analyse(text, language="fr").claims
    assert len(claims) == 1, [(c.speaker.name, c.content) for c in claims]


def test_not_providing_a_confirmation_denies(analyse):
    text = ("The embassy said that Bucharest did not provide convincing confirmation that the aircraft "
            "belonged to Russia.")
    claims = analyse(text, language="en").claims
    assert [c.stance for c in claims] == ["deny"], [(c.speaker.name, c.content) for c in claims]
