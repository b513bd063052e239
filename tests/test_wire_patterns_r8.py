"""Patterns of wire copy found missing when checking the system on articles written for the purpose
(stories outside news-dev and the seeds). Each test states the general pattern, in French and
English where the pattern exists in both; none of the sentences comes from a development document.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _claims(article):
    return [c.to_json() for c in article.claims]


# -- a subject under a negative determiner speaks for nobody -------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("No group immediately claimed responsibility, but similar attacks have hit the capital.", "en"),
    ("No official has commented on the report so far.", "en"),
    ("Aucun groupe n'a revendiqué l'attaque dans l'immédiat.", "fr"),
    ("Aucun responsable n'a commenté ces informations jeudi.", "fr"),
])
def test_nobody_claims(analyse, text, language):
    assert _claims(analyse(text, language)) == []


def test_a_real_speaker_after_a_negated_one_still_speaks(analyse):
    claims = _claims(analyse("No official commented on the report, but the ministry said it had struck "
                             "a depot.", "en"))
    assert [c["stance"] for c in claims] == ["assert"]
    assert "struck a depot" in claims[0]["content"]


# -- offsets: collective numerals, and a site nothing located -------------------------------------

@pytest.mark.parametrize(("text", "language", "metres", "city"), [
    ("Une voiture piégée a explosé lundi à une cinquantaine de mètres de l'ambassade de Turquie "
     "dans le centre de Mogadiscio, tuant quatre personnes.", "fr", 50.0, "Mogadishu"),
    ("Un obus est tombé samedi à Kherson, à une centaine de mètres de la gare, tuant deux personnes.",
     "fr", 100.0, "Kherson"),
    ("A car bomb exploded about 50 metres from the Turkish embassy in central Mogadishu on Monday, "
     "killing at least four people, police said.", "en", 50.0, "Mogadishu"),
])
def test_offset_from_a_site_keeps_the_town(analyse, text, language, metres, city):
    events = _events(analyse(text, language))
    assert len(events) == 1
    loc = events[0]["location"]
    assert loc["name"] == city and loc["lat"] is not None
    assert loc["near"] is not None and loc["near"]["distance_m"] == metres


# -- a count before a day counts the verb's patient ------------------------------------------------

@pytest.mark.parametrize(("text", "language", "fatalities", "injured"), [
    ("Une frappe a tué deux personnes et en a blessé cinq dimanche à Kharkiv.", "fr", 2, 5),
    ("Des bombardements ont tué trois civils et en ont blessé quatre autres samedi matin à Kherson.",
     "fr", 3, 4),
    ("Gunmen killed five Saturday in an attack on a village near Maiduguri, police said.", "en", 5, None),
    ("A suicide bomber killed 12 people and wounded 30 others Friday at a market in Baghdad.", "en",
     12, 30),
])
def test_count_before_a_day(analyse, text, language, fatalities, injured):
    events = _events(analyse(text, language))
    assert len(events) == 1
    assert (events[0]["fatalities"], events[0]["injured"]) == (fatalities, injured)


def test_a_number_before_a_month_is_still_a_date(analyse):
    events = _events(analyse("Une frappe a tué deux personnes le 5 novembre à Kharkiv.", "fr"))
    assert events and events[0]["fatalities"] == 2
    assert events[0]["date"]["start"] == "2025-11-05"


# -- killings by armed men are incidents; killings of them need their own trigger ------------------

@pytest.mark.parametrize(("text", "language", "types"), [
    ("Gunmen killed 12 people at a market in Baghdad on Friday.", "en", {"attack_on_civilians"}),
    ("A suicide bomber killed 12 people on Friday at a market in Baghdad.", "en",
     {"attack_on_civilians", "explosion"}),
    ("A suicide bomber blew himself up at a market in Baghdad on Friday, killing 12 people.", "en",
     {"explosion"}),
    ("Des hommes armés ont tué douze personnes vendredi sur un marché de Bagdad.", "fr",
     {"attack_on_civilians"}),
    ("Un kamikaze a tué douze personnes vendredi sur un marché de Bagdad.", "fr",
     {"attack_on_civilians", "explosion"}),
])
def test_killing_by_armed_men(analyse, text, language, types):
    events = _events(analyse(text, language))
    assert len(events) == 1
    assert events[0]["type"] in types
    assert events[0]["fatalities"] == 12
    assert events[0]["location"]["name"] == "Baghdad"


@pytest.mark.parametrize(("text", "language"), [
    ("The army said it killed 30 militants near Kandahar on Friday.", "en"),
    ("Six assaillants ont été tués par les forces de sécurité à Mogadiscio dimanche.", "fr"),
    ("L'armée a tué trente djihadistes vendredi près de Djibo.", "fr"),
])
def test_the_armed_side_killed_is_no_attack_on_civilians(analyse, text, language):
    assert all(e["type"] != "attack_on_civilians" for e in _events(analyse(text, language)))


# -- a violent incident needs an anchor of its own ------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("The depot could explode at any moment, officials warned.", "en"),
    ("Le dépôt pourrait exploser à tout moment.", "fr"),
])
def test_unanchored_violence_is_no_incident(analyse, text, language):
    assert _events(analyse(text, language)) == []


# -- answers in the compound past, and pacts concluded on a day in a place ------------------------

@pytest.mark.parametrize("text", [
    "Moscou affirme avoir visé une réunion de militaires, ce que Kiev a nié.",
    "Le Cambodge a affirmé que l'armée thaïlandaise avait largué des bombes, ce que Bangkok a nié.",
])
def test_answer_in_the_compound_past_denies(analyse, text):
    claims = _claims(analyse(text, "fr"))
    assert sorted(c["stance"] for c in claims) == ["assert", "deny"]
    deny = next(c for c in claims if c["stance"] == "deny")
    assert "ce que" not in deny["content"]


def test_concluding_a_pact_is_an_act_not_a_statement(analyse):
    article = analyse("La Thaïlande et le Cambodge ont conclu lundi à Putrajaya un accord de cessez-le-feu "
                      "immédiat, après cinq jours de combats frontaliers, a annoncé le Premier ministre "
                      "malaisien Anwar Ibrahim.", "fr")
    claims = _claims(article)
    assert [c["speaker"]["name"] for c in claims] == ["Anwar Ibrahim"]
    ceasefire = next(e for e in _events(article) if e["type"] == "ceasefire")
    assert ceasefire["date"]["start"] == "2025-11-10"


def test_concluding_to_a_finding_is_still_a_statement(analyse):
    claims = _claims(analyse("Les enquêteurs ont conclu à un accident technique survenu lors du décollage.",
                             "fr"))
    assert [c["stance"] for c in claims] == ["assert"]


# -- a noun naming the clause opens an answer; a semicolon opens another report -------------------

@pytest.mark.parametrize(("text", "language", "denier"), [
    ("Hamas accused Israel of violating the ceasefire, a charge Israel rejected.", "en", "Israel"),
    ("Kyiv says Russian troops executed prisoners, claims Moscow denies.", "en", "Russia"),
    ("Le Hamas accuse Israël d'avoir violé le cessez-le-feu, une accusation qu'Israël rejette.", "fr",
     "Israel"),
])
def test_answer_opened_by_a_noun(analyse, text, language, denier):
    claims = _claims(analyse(text, language))
    deny = [c for c in claims if c["stance"] == "deny"]
    assert [c["speaker"]["name"] for c in deny] == [denier]
    assert any(c["stance"] in ("assert", "condemn") and c["speaker"]["name"] != denier for c in claims)


@pytest.mark.parametrize(("text", "language"), [
    ("Israel's military said the strike targeted a Hezbollah commander; Lebanese media said three "
     "civilians were killed.", "en"),
    ("L'armée israélienne a affirmé avoir visé un commandant du Hezbollah ; les médias libanais ont "
     "indiqué que trois civils avaient été tués.", "fr"),
])
def test_semicolon_opens_another_report(analyse, text, language):
    claims = _claims(analyse(text, language))
    assert len(claims) == 2
    first, second = claims
    assert "Hezbollah" in first["content"] and "civil" not in first["content"]
    assert "Lebanese" in second["speaker"]["name"]


# -- bombardment verbs typed by their weapon; a vehicle on a mine ---------------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Russian forces pounded Kharkiv overnight with glide bombs, killing three.", "en", "air_strike"),
    ("Israeli artillery pounded villages in southern Lebanon on Monday.", "en", "shelling"),
    ("Les forces russes ont pilonné Kharkiv dans la nuit avec des bombes planantes, tuant trois "
     "personnes.", "fr", "air_strike"),
    ("L'armée a pilonné les positions rebelles mardi près de Goma.", "fr", "shelling"),
    ("Au moins quinze personnes ont été tuées jeudi lorsqu'un bus a sauté sur une mine dans la région "
     "de Mopti.", "fr", "explosion"),
])
def test_bombardment_verbs(analyse, text, language, expected):
    assert [e["type"] for e in _events(analyse(text, language))] == [expected]


def test_pounding_weather_is_no_attack(analyse):
    assert _events(analyse("Heavy rain pounded the coast on Monday.", "en")) == []


# -- an army striking a facility, weapon unnamed, is a strike; a fire or a crisis is not ----------

@pytest.mark.parametrize(("text", "language", "target"), [
    ("Ukraine's general staff said on Friday it had hit an oil depot in Russia's Bryansk region "
     "overnight.", "en", "oil depot"),
    ("Ukraine said it struck a Russian airfield in Crimea on Tuesday.", "en", "airfield"),
    ("L'état-major ukrainien a affirmé vendredi avoir frappé dans la nuit un dépôt pétrolier dans la "
     "région russe de Briansk.", "fr", "oil depot"),
    ("L'armée israélienne a frappé mardi un entrepôt d'armes du Hezbollah près de Tyr, dans le sud du "
     "Liban.", "fr", "warehouse"),
])
def test_striking_a_facility_is_a_strike(analyse, text, language, target):
    events = _events(analyse(text, language))
    assert [e["type"] for e in events] == ["air_strike"]
    assert target in [t["name"] for t in events[0]["targets"]]


@pytest.mark.parametrize(("text", "language"), [
    ("A fire hit an oil depot in Bryansk on Friday.", "en"),
    ("The crisis hit the Renault factory in Flins.", "en"),
    ("La crise a frappé l'usine de Renault à Flins.", "fr"),
    ("L'une de ces positions a été frappée mardi, endommageant des véhicules.", "fr"),
])
def test_no_strike_without_an_army_striking(analyse, text, language):
    assert all(e["type"] != "air_strike" for e in _events(analyse(text, language)))


# -- a side reporting its own strike is its actor ------------------------------------------------

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Russia said on Monday its missiles had struck a Ukrainian command post in Sumy on Sunday.", "en",
     "Russia"),
    ("La Russie a affirmé lundi que ses missiles avaient frappé dimanche un poste de commandement "
     "ukrainien à Soumy.", "fr", "Russia"),
    ("Le Hezbollah a affirmé qu'il avait tiré des roquettes sur une base israélienne mardi.", "fr",
     "Hezbollah"),
])
def test_a_side_reporting_its_own_strike_is_its_actor(analyse, text, language, actor):
    events = _events(analyse(text, language))
    assert len(events) == 1
    assert [p["name"] for p in events[0]["actors"]] == [actor]


def test_an_official_reporting_is_no_actor(analyse):
    events = _events(analyse("The governor said it hit a school in Sumy on Sunday, killing two.", "en"))
    assert all("governor" not in [p["name"] for p in e["actors"]] for e in events)


# -- an act dated only by the day it was denied happened that day or the days before ------------

@pytest.mark.parametrize(("text", "language"), [
    ("Le Kremlin a démenti mercredi que la raffinerie de Riazan ait été touchée directement par des "
     "drones ukrainiens.", "fr"),
    ("The Kremlin on Wednesday denied that the Ryazan refinery had been hit directly by Ukrainian "
     "drones.", "en"),
    ("Russia on Wednesday denied striking a hospital in Kyiv.", "en"),
])
def test_a_denied_act_is_dated_up_to_its_denial(analyse, text, language):
    events = _events(analyse(text, language))  # published Saturday 2025-11-15
    assert len(events) == 1
    when = events[0]["date"]
    assert (when["start"], when["end"], when["precision"]) == ("2025-11-09", "2025-11-12", "range")


def test_a_denied_act_with_its_own_date_keeps_it(analyse):
    events = _events(analyse("Russia denied on Wednesday that its missile struck a hospital in Kyiv on "
                             "Monday.", "en"))
    assert [(e["date"]["start"], e["date"]["end"]) for e in events] == [("2025-11-10", "2025-11-10")]


# -- an act said not to exist is denied -----------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "stance"), [
    ("« Il n'y a pas eu de frappe directe », a déclaré le porte-parole du Kremlin, Dmitri Peskov.", "fr",
     "deny"),
    ("« Il n'y a eu aucune attaque contre des civils », a affirmé le ministère.", "fr", "deny"),
    ("« Il y a eu une frappe directe sur la raffinerie », a affirmé le SBU.", "fr", "assert"),
    ("\"There was no direct strike,\" Kremlin spokesman Dmitry Peskov said.", "en", "deny"),
    ("The ministry said there had been a strike on the refinery.", "en", "assert"),
])
def test_an_act_said_not_to_exist_is_denied(analyse, text, language, stance):
    assert [c["stance"] for c in _claims(analyse(text, language))] == [stance]


# -- an attack said not to have happened is no incident -------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("There were no strikes on Kyiv overnight, the city administration said.", "en"),
    ("No attack on civilians took place in Kharkiv on Monday.", "en"),
    ("Il n'y a pas eu de frappe sur Kiev dans la nuit, a indiqué l'administration municipale.", "fr"),
    ("Aucune attaque n'a eu lieu lundi à Kharkiv.", "fr"),
])
def test_an_attack_that_did_not_happen_is_no_incident(analyse, text, language):
    assert _events(analyse(text, language)) == []


@pytest.mark.parametrize(("text", "language"), [
    ("There was a drone attack on Kyiv overnight, the city administration said.", "en"),
    ("Il y a eu une frappe sur Kiev dans la nuit, a indiqué l'administration municipale.", "fr"),
    ("Aucune victime n'a été signalée après la frappe sur Kiev lundi.", "fr"),
])
def test_an_attack_that_happened_stays(analyse, text, language):
    assert len(_events(analyse(text, language))) == 1


# -- "l'armée" after soldiers named by their country is that country's army ----------------------

@pytest.mark.parametrize(("text", "language", "speaker"), [
    ("Au moins vingt soldats burkinabè ont été tués mardi dans une embuscade près de Djibo, ont indiqué "
     "des sources sécuritaires. L'armée a affirmé dans un communiqué avoir neutralisé plusieurs dizaines "
     "de terroristes.", "fr", "Burkinabe army"),
    ("At least 20 Burkinabe soldiers were killed on Tuesday in an ambush near Djibo, security sources "
     "said. The army said in a statement it had killed dozens of terrorists.", "en", "Burkinabe army"),
    ("Les forces armées maliennes ont affirmé mardi avoir repoussé une attaque près de Mopti. L'armée a "
     "précisé que dix assaillants avaient été tués.", "fr", "Malian Armed Forces"),
])
def test_the_army_after_its_soldiers(analyse, text, language, speaker):
    claims = _claims(analyse(text, language))
    assert claims[-1]["speaker"]["name"] == speaker


# -- a wire dateline is the outlet's words, not the claim's ---------------------------------------

@pytest.mark.parametrize(("text", "language", "first_words"), [
    ("VILNIUS, Oct 27 (Reuters) - Lithuania summoned Belarus's envoy on Monday to protest against "
     "smuggling balloons, the foreign ministry said.", "en", "Lithuania summoned"),
    ("KYIV (AP) — Russian drones struck Odesa overnight, killing two people, the governor said.", "en",
     "Russian drones"),
    ("KHERSON (Ukraine), 12 août 2023 (Reuters) - Des bombardements russes ont tué trois civils samedi "
     "à Kherson, a annoncé le gouverneur.", "fr", "Des bombardements"),
])
def test_a_dateline_is_not_claimed(analyse, text, language, first_words):
    claims = _claims(analyse(text, language))
    assert claims and claims[0]["content"].startswith(first_words)


@pytest.mark.parametrize("text", [
    "Lithuania summoned Belarus's charge d'affaires on Monday to protest against smuggling balloons.",
    "Lithuania summoned Belarus's chargé d'affaires on Monday to protest against smuggling balloons.",
])
def test_a_summoned_charge_d_affaires_is_the_target(analyse, text):
    events = _events(analyse(text, "en"))
    assert [e["type"] for e in events] == ["diplomatic_protest"]
    assert any("Belarus" in t["name"] for t in events[0]["targets"])


# -- the channel of a statement is how it was said, not what -------------------------------------

@pytest.mark.parametrize(("text", "language", "content"), [
    ("Hezbollah denied it had fired the rockets, in a statement on Telegram.", "en",
     "it had fired the rockets"),
    ("The army said it had struck 20 targets overnight, in a post on X.", "en",
     "it had struck 20 targets overnight"),
    ("Le Hezbollah a affirmé avoir tiré les roquettes sur une base militaire, dans un communiqué publié sur "
     "Telegram.", "fr", "avoir tiré les roquettes sur une base militaire"),
    ("Le ministère a déclaré, dans un communiqué, avoir demandé au Pakistan d'enquêter immédiatement sur "
     "ces actes.", "fr", "avoir demandé au Pakistan d'enquêter immédiatement sur ces actes"),
    ("The ministry said the video, posted on Telegram, showed the strike.", "en",
     "the video, posted on Telegram, showed the strike"),
])
def test_the_channel_is_not_the_claim(analyse, text, language, content):
    assert [c["content"] for c in _claims(analyse(text, language))] == [content]


@pytest.mark.parametrize(("text", "actor"), [
    ("Les Houthis ont affirmé avoir tiré samedi un missile balistique sur une cible militaire à Jaffa.",
     "Houthis"),
    ("L'état-major ukrainien a affirmé vendredi avoir frappé dans la nuit un dépôt pétrolier dans la "
     "région russe de Briansk.", "Ukrainian General Staff"),
])
def test_a_side_claiming_to_have_struck_is_its_actor(analyse, text, actor):
    events = _events(analyse(text, "fr"))
    assert [[p["name"] for p in e["actors"]] for e in events] == [[actor]]



# -- "military" modifying a noun is no party ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russia said it struck military infrastructure in Kharkiv on Monday.",
    "Yemen's Houthis said they had fired a ballistic missile at a military target in Jaffa on Saturday.",
])
def test_a_military_modifier_is_no_party(analyse, text):
    events = _events(analyse(text, "en"))
    assert events and all("military" not in [t["name"] for t in e["targets"]] for e in events)


def test_the_military_as_a_noun_is_a_party(analyse):
    claims = _claims(analyse("The military said it had struck 20 targets near Kandahar on Friday.", "en"))
    assert [c["speaker"]["name"] for c in claims] == ["military"]


# -- a facility noun that begins a town's name is the town ----------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("A drone strike hit a fuel depot near the airport in Port Sudan on Tuesday, the army said.", "en"),
    ("Port Sudan was hit by drones on Tuesday, the army said.", "en"),
    ("Gunmen attacked a police station in Port Harcourt on Monday, killing two officers.", "en"),
    ("Un drone a frappé mardi un dépôt de carburant à Port-Soudan, a indiqué l'armée.", "fr"),
])
def test_a_town_named_port_is_no_port(analyse, text, language):
    events = _events(analyse(text, language))
    assert events and all("port" not in t["name"].lower().split() for e in events for t in e["targets"])


def test_a_port_is_still_a_port(analyse):
    events = _events(analyse("Drones struck the port of Odesa on Tuesday.", "en"))
    assert any("port" in t["name"] for e in events for t in e["targets"])


# -- a hyphen inside a name keeps the name whole ---------------------------------------------------

@pytest.mark.parametrize(("text", "language", "speaker"), [
    ("\"We have no connection to the attack,\" RSF spokesman Al-Fateh Qurashi said in a statement.", "en",
     "Al-Fateh Qurashi"),
    ("« Nous n'avons aucun lien avec cette attaque », a déclaré le porte-parole Al-Fateh Qurashi.", "fr",
     "Al-Fateh Qurashi"),
    ("« C'est faux », a dit Vladimir Poutine – ndlr – devant la presse.", "fr", "Vladimir Putin"),
])
def test_a_hyphenated_name_stays_whole(analyse, text, language, speaker):
    assert [c["speaker"]["name"] for c in _claims(analyse(text, language))] == [speaker]
