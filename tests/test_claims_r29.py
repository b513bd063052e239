"""Round 29 (claims): an intention refused or excluded, the act a demand asks to stop, a reporting
verb of a "neither ... nor" pair. Sentences written for these tests, in stories of our own."""

import pytest

VIOLENT = {"air_strike", "drone_strike", "shelling", "explosion", "armed_clash", "attack", "missile_strike"}


def _article(analyse, language, text):
    return analyse(text, language, published="2025-09-12")


def _shown(article):
    return [(c.speaker.name, c.stance, c.content, c.about) for c in article.claims] + [
        (e.type, e.status) for e in article.events]


# (language, text, words of the claim): an intention ruled out ("no plans to", "no question of",
# "n'envisage pas de", "pas l'intention de") is denied, and tells no incident
RULED_OUT = [
    ("en", "Romania has no plans to shoot down Russian drones over its territory, the defence minister "
           "said on Thursday.", "no plans to"),
    ("en", '"There is no question of shelling the villages," a Cambodian army spokeswoman told reporters '
           "in Phnom Penh on Tuesday.", "no question of"),
    ("en", "We have no intention of bombing the Natanz facility, an Israeli official said on Sunday.",
     "no intention of"),
    ("fr", "Le gouvernement estonien n'envisage pas de frappe contre les bases russes de la région, a "
           "indiqué jeudi un porte-parole.", "n'envisage pas"),
    ("fr", "Belgrade n'a pas l'intention d'attaquer le nord du Kosovo, a affirmé mardi le ministre serbe "
           "de la Défense.", "pas l'intention"),
]


@pytest.mark.parametrize(("language", "text", "words"), RULED_OUT)
def test_ruled_out_intention_is_a_denial_and_no_incident(analyse, language, text, words):
    article = _article(analyse, language, text)
    claim = next((c for c in article.claims if words in c.content), None)
    assert claim is not None and claim.stance == "deny", _shown(article)
    assert not [e for e in article.events if e.type in VIOLENT], _shown(article)


# (language, text): the acts a demand asks to stop are no incident of their own
HALT_DEMANDED = [
    ("en", "Phnom Penh urged Bangkok to stop shelling villages along the frontier."),
    ("en", "Kosovo demanded that Serbia stop its drone flights near the border."),
    ("en", "The Syrian foreign ministry called on Israel to halt its air strikes on the south."),
    ("fr", "Phnom Penh a appelé Bangkok à cesser ses bombardements près de la frontière."),
    ("fr", "La Roumanie exige l'arrêt des frappes de drones russes près du Danube."),
]


@pytest.mark.parametrize(("language", "text"), HALT_DEMANDED)
def test_act_a_demand_asks_to_stop_is_no_incident(analyse, language, text):
    article = _article(analyse, language, text)
    assert [c.stance for c in article.claims] == ["demand"], _shown(article)
    assert not [e for e in article.events if e.type in VIOLENT], _shown(article)


# (language, text): an act told as such keeps its incident, and the demand to stop it is about it
HALT_DEMANDED_AFTER_ACT = [
    ("en", "Thai jets bombed two villages in Oddar Meanchey province on Monday, killing three people, "
           "Cambodian officials said. Cambodia urged Thailand to stop the air strikes."),
    ("fr", "Des frappes israéliennes ont tué quatre personnes lundi à Damas, selon l'agence officielle "
           "syrienne. Le gouvernement syrien a appelé Israël à cesser ses frappes."),
]


@pytest.mark.parametrize(("language", "text"), HALT_DEMANDED_AFTER_ACT)
def test_demand_to_stop_links_to_the_act_told(analyse, language, text):
    article = _article(analyse, language, text)
    violent = [e for e in article.events if e.type in VIOLENT]
    assert len(violent) == 1, _shown(article)
    demand = next(c for c in article.claims if c.stance == "demand")
    assert violent[0].id in demand.about, _shown(article)


# (language, text, speaker): a "neither ... nor" pair of reporting verbs tells no version: no
# claim of its speaker, no contradiction of the account it declines to judge
NEITHER_NOR = [
    ("en", "A drone crashed into a field near Tartu on Saturday, Estonian police said. A Russian embassy "
           "spokesman neither confirmed nor denied the report.", "russia"),
    ("fr", "Un drone s'est écrasé samedi dans un champ près de Tartu, selon la police estonienne. "
           "L'ambassade russe n'a ni confirmé ni démenti l'information.", "russ"),
    ("fr", "L'artillerie thaïlandaise a bombardé un village cambodgien jeudi, selon Phnom Penh. L'armée "
           "thaïlandaise n'a ni confirmé ni démenti ces tirs.", "thai"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), NEITHER_NOR)
def test_neither_confirmed_nor_denied_is_no_claim(analyse, language, text, speaker):
    article = _article(analyse, language, text)
    assert not [c for c in article.claims if speaker in c.speaker.name.lower()], _shown(article)
    assert not [c for c in article.claims if c.contradicts], _shown(article)


# (language, text, words): an intention ruled out names the other side and its land, but is about
# no incident the page tells and contradicts no account of it
RULED_OUT_BESIDE_AN_ACT = [
    ("en", "Serbian police said Kosovo forces shelled a border post near Jarinje on Monday, wounding two "
           "officers. Pristina said it had no plans to attack Serbian territory.", "no plans to"),
    ("fr", "Selon Phnom Penh, l'artillerie thaïlandaise a bombardé lundi un village cambodgien près de la "
           "frontière. Bangkok a affirmé qu'il n'est pas question de frapper le Cambodge.", "pas question"),
]


@pytest.mark.parametrize(("language", "text", "words"), RULED_OUT_BESIDE_AN_ACT)
def test_ruled_out_intention_is_about_no_incident(analyse, language, text, words):
    article = _article(analyse, language, text)
    claim = next(c for c in article.claims if words in c.content)
    assert claim.stance == "deny" and not claim.about and not claim.contradicts, _shown(article)
    assert not [c for c in article.claims if claim.id in c.contradicts], _shown(article)
