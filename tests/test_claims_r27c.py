"""Round 27, third task (claims): speakers' names and a source named by its complement. Sentences
written for these tests, in stories of their own."""

import pytest


def _claims(analyse, language, text):
    return analyse(text, language, published="2025-05-07").claims


def _shown(claims):
    return [(c.speaker.name if c.speaker else None, c.stance, c.content) for c in claims]


# (language, text, speaker, country): national emergency services whose names the model reads
# as persons or splits ("Magen David Adom" -> "David Adom") are named bodies of their country
# (newsevents/data/organizations.yaml)
RESCUE_SERVICES = [
    ("fr", "Les secouristes du Magen David Adom ont fait état de deux blessés graves mercredi à Haïfa.",
     "Magen David Adom", "IL"),
    ("fr", "Selon les Casques blancs, neuf civils ont été tués mardi dans des frappes sur Idleb.",
     "Syria Civil Defence", "SY"),
    ("en", "The Palestinian Red Crescent said four people were killed on Tuesday in Jenin.",
     "Palestine Red Crescent Society", "PS"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "country"), RESCUE_SERVICES)
def test_rescue_services_are_named_bodies(analyse, language, text, speaker, country):
    claims = _claims(analyse, language, text)
    assert [(c.speaker.name, c.speaker.country) for c in claims if c.speaker] == [(speaker, country)], \
        _shown(claims)


# (language, text, name): a country's name that is a first name, right after a title the model
# swallowed with the name into one organisation ("ministre de la Défense Israël Katz"), opens
# the person's name: not a country and a lone surname
FIRST_NAMES_AFTER_TITLES = [
    ("fr", "Le ministre de la Défense Israël Katz a affirmé mardi que l'armée avait détruit un dépôt "
           "d'armes à Beyrouth.", "Israël Katz"),
    ("fr", "La ministre des Affaires étrangères Georgia Meloni a affirmé mardi que deux soldats "
           "avaient été tués à Rome.", "Georgia Meloni"),
]


@pytest.mark.parametrize(("language", "text", "name"), FIRST_NAMES_AFTER_TITLES)
def test_country_first_name_after_title_opens_the_name(analyse, language, text, name):
    claims = _claims(analyse, language, text)
    assert [c.speaker.name for c in claims if c.speaker] == [name], _shown(claims)


# (text, speaker, words): "selon" a capitalised noun with its lower-case complement names a body
# the model reads as nothing or a place ("Centre"): a source, its clause the claim; a rule so
# named is none
NAMED_BODY_SOURCES = [
    ("Selon le Centre de médecine d'urgence, douze personnes ont été blessées mercredi à Tripoli.",
     "Centre de médecine d'urgence", "douze personnes ont été blessées mercredi à Tripoli"),
    ("Selon l'Agence de gestion des catastrophes, sept villageois ont péri dimanche dans la crue.",
     "Agence de gestion des catastrophes", "sept villageois ont péri dimanche dans la crue"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), NAMED_BODY_SOURCES)
def test_source_named_by_its_complement(analyse, text, speaker, words):
    claims = _claims(analyse, "fr", text)
    assert [(c.speaker.name, c.content) for c in claims if c.speaker] == [(speaker, words)], _shown(claims)


def test_rule_named_by_its_complement_is_no_source(analyse):
    claims = _claims(analyse, "fr", "Selon le Code de procédure pénale, douze personnes peuvent être "
                                    "détenues sans jugement.")
    assert not claims, _shown(claims)


# (language, text, speaker, country): a bare government ("le gouvernement d'union nationale",
# "the government") in a story told under a dateline in one country only is that country's
GOVERNMENTS_AT_HOME = [
    ("fr", "Tripoli, 7 mai 2025 - Des affrontements ont éclaté mercredi à Tripoli, a annoncé le "
           "gouvernement d'union nationale (GNU), qui fait état de quatre morts.", "Libyan government", "LY"),
    ("fr", "KHARTOUM, 7 mai 2025 - Le gouvernement a affirmé mercredi que des paramilitaires avaient tué "
           "douze civils à Omdurman.", "Sudanese government", "SD"),
    ("en", "TRIPOLI, May 7 (Reuters) - The government said on Wednesday that clashes between rival "
           "militias had killed four people in Tripoli.", "Libyan government", "LY"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "country"), GOVERNMENTS_AT_HOME)
def test_bare_government_of_a_one_country_story(analyse, language, text, speaker, country):
    claims = _claims(analyse, language, text)
    assert [(c.speaker.name, c.speaker.country) for c in claims if c.speaker] == [(speaker, country)], \
        _shown(claims)


# a second country named, or no dateline: the government stays bare
@pytest.mark.parametrize("text", [
    "TRIPOLI, 7 mai 2025 - Le gouvernement a accusé mercredi l'Égypte d'avoir armé des milices qui ont "
    "tué quatre personnes à Tripoli.",
    "Le gouvernement a affirmé mercredi que des paramilitaires avaient tué douze civils à Omdurman.",
])
def test_bare_government_elsewhere_stays_bare(analyse, text):
    claims = _claims(analyse, "fr", text)
    assert [c.speaker.country for c in claims if c.speaker] == [None], _shown(claims)


# one outlet states a strike, another gives it only as a side's allegation ("selon Moscou, ...");
# the merged incident keeps the most conservative status, as for its figures: alleged. A denial
# beside a statement still disputes it.
def _report(eid: str, doc: str, status: str) -> dict:
    day = "2025-05-06"
    return {"id": eid, "type": "drone_strike", "status": status,
            "date": {"start": day, "end": day, "precision": "day"},
            "location": {"name": "Belgorod", "country": "RU", "admin1": "Belgorod", "lat": 50.6,
                         "lon": 36.59, "precision": "city"},
            "actors": [], "targets": [{"name": "Belgorod refinery", "kind": "facility", "country": "RU"}],
            "weapons": [], "sources": [{"document": doc, "spans": [[0, 10]]}], "language": "fr"}


@pytest.mark.parametrize(("statuses", "merged"), [
    (("reported", "alleged"), "alleged"),
    (("alleged", "reported", "reported"), "alleged"),
    (("reported", "reported"), "reported"),
    (("reported", "denied"), "disputed"),
])
def test_merged_incident_keeps_the_most_conservative_status(analyse, statuses, merged):
    from newsevents.resolve import merge_events

    stated = analyse("Une attaque de drones a touché mardi la raffinerie de Belgorod, faisant deux blessés.")
    alleged = analyse("Selon Moscou, une attaque de drones ukrainiens a touché mardi la raffinerie de "
                      "Belgorod, faisant deux blessés.")
    assert [e.status for e in stated.events] == ["reported"]
    assert [e.status for e in alleged.events] == ["alleged"]
    incidents, _ = merge_events([_report(f"ev_{i}", f"d{i}", s) for i, s in enumerate(statuses)])
    assert [i["status"] for i in incidents] == [merged]
