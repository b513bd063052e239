"""Round 25 (claims): a military command's statement ("selon l'état-major", "the General Staff
said"), ... Sentences written for these tests, in stories of their own."""

import pytest

# (language, text, words of the claim, words the speaker's name must hold)
COMMANDS = [
    # "état-major" was cut in three tokens, the parser read two nouns and lost the source
    ("fr", "Selon l'état-major russe, les forces russes ont détruit un dépôt de munitions dans la région "
           "de Mykolaïv.", "dépôt de munitions", "general staff"),
    ("fr", "Deux hélicoptères ont été détruits sur la base aérienne de Millerovo, a annoncé l'état-major "
           "général des forces armées ukrainiennes.", "hélicoptères", "general staff"),
    ("fr", "D'après l'état-major de l'armée birmane, des rebelles ont attaqué un poste près de Lashio.",
     "rebelles", "general staff"),
    # "General" of "the General Staff" is no general's title
    ("en", "The Russian General Staff said its forces struck two fuel depots in the Dnipropetrovsk "
           "region overnight.", "fuel depots", "general staff"),
    ("en", "Ukraine's General Staff said on Sunday that its drones had hit a radar station in "
           "occupied Crimea.", "radar station", "general staff"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker"), COMMANDS)
def test_military_command_speaks(analyse, language, text, words, speaker):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if words in c.content]
    assert told, [(c.speaker.name, c.content) for c in claims]
    assert speaker in told[0].speaker.name.lower(), told[0].speaker
    assert "general of" not in told[0].speaker.name.lower() and "officer" not in told[0].speaker.name.lower()


# (language, text, words of the claim, the speaker's name)
FORCES = [
    # the force that spoke before speaks again
    ("en", "A drone attack hit the airport in Kassala on Monday, wounding three workers, the Sudanese "
           "army said. The force said the attack was launched from across the border.", "launched from",
     "Sudanese army"),
    ("en", "Guyana's defence force said on Monday that gunmen had fired on a patrol boat on the Mazaruni "
           "river. The force said the boat returned safely to base.", "returned safely",
     "Guyana's defence force"),
    ("en", "The IDF said it struck a Hamas command centre in Khan Younis on Monday. The military said the "
           "site was used to plan attacks.", "plan attacks", "Israel Defense Forces"),
    # else the armed group named last, not the people counted ("douze civils")
    ("fr", "Les Forces de soutien rapide ont bombardé un marché de Kadugli dimanche, tuant douze "
           "civils, selon des militants locaux. La force paramilitaire a affirmé avoir visé des positions "
           "de l'armée.",
     "positions de l'armée", "Rapid Support Forces"),
    ("en", "The Rapid Support Forces shelled a market in Babanusa on Sunday, killing 12 people, local "
           "activists said. The paramilitary force said it had targeted army positions.", "army positions",
     "Rapid Support Forces"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker"), FORCES)
def test_generic_force_noun_names_the_story_force(analyse, language, text, words, speaker):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if words in c.content]
    assert told, [(c.speaker.name, c.content) for c in claims]
    assert told[0].speaker.name == speaker, told[0].speaker


# "two peacekeepers", "deux Casques bleus" are no force that speaks: the speaker stays as written
PEOPLE_NOT_FORCES = [
    ("en", "UNIFIL said its headquarters in Naqoura was hit by tank fire on Thursday, wounding two "
           "peacekeepers. The force said it had informed the army of its positions.", "informed the army"),
    ("fr", "La Finul a indiqué jeudi que son quartier général de Naqoura avait été touché par des tirs, "
           "blessant deux Casques bleus. La force a précisé avoir informé l'armée de ses positions.",
     "informé l'armée"),
]


@pytest.mark.parametrize(("language", "text", "words"), PEOPLE_NOT_FORCES)
def test_people_counted_are_not_the_force(analyse, language, text, words):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if words in c.content]
    assert told, [(c.speaker.name, c.content) for c in claims]
    assert "peacekeeper" not in told[0].speaker.name.lower(), told[0].speaker


# (language, text, words that must be in no claim)
BACKGROUND_SOURCES = [
    # a motive the source is cited for: the act is the narration's
    ("fr", "La coalition intervient au Yémen depuis 2015 pour, selon Riyad, rétablir le gouvernement "
           "reconnu par l'ONU. Mardi, une frappe a touché un marché de Saada, tuant six civils.", "rétablir"),
    ("fr", "Les forces turques mènent des opérations dans le nord de l'Irak afin de, selon Ankara, "
           "chasser les combattants du PKK. Une frappe de drone a tué trois personnes lundi près de Dohouk.",
     "chasser les combattants"),
    ("en", "The coalition has been bombing Yemen since 2015 in order to, according to Riyadh, restore "
           "the government. On Tuesday a strike hit a market in Saada, killing six civilians.", "restore"),
    # a running tally since the war began, recalled for the reader
    ("fr", "Depuis le début de la guerre au Soudan, plus de 20 000 personnes ont été tuées, selon les "
           "Nations unies. Lundi, un obus est tombé sur un marché d'Omdourman, tuant huit civils.", "20 000"),
    ("en", "Since the war began, more than 20,000 people have been killed, according to the United Nations. "
           "On Monday a shell hit a market in Omdurman, killing eight civilians.", "20,000"),
]


@pytest.mark.parametrize(("language", "text", "words"), BACKGROUND_SOURCES)
def test_source_of_background_makes_no_claim(analyse, language, text, words):
    claims = analyse(text, language, published="2025-05-07").claims
    assert not [c for c in claims if words in c.content], [(c.speaker.name, c.content) for c in claims]


# the same markers on a statement of the day stay claims
DAY_SOURCES = [
    ("fr", "Depuis lundi, huit personnes ont été tuées dans des bombardements sur Omdourman, selon les "
           "Nations unies.", "huit personnes"),
    ("fr", "Pour le ministère, la frappe visait un dépôt d'armes près de Saada.", "dépôt d'armes"),
    ("en", "Eight people have been killed in shelling on Omdurman since Monday, according to the United "
           "Nations.", "Eight people"),
]


@pytest.mark.parametrize(("language", "text", "words"), DAY_SOURCES)
def test_source_of_the_day_still_claims(analyse, language, text, words):
    claims = analyse(text, language, published="2025-05-07").claims
    assert [c for c in claims if words in c.content], [(c.speaker.name, c.content) for c in claims]


def _status(analyse, language: str, text: str, kind: str) -> str:
    events = [e for e in analyse(text, language, published="2025-05-07").events if e.type == kind]
    assert events, "incident lost"
    return events[0].status


# (language, text, incident type): an incident only passed on as reported, by nobody named
HEARSAY = [
    ("fr", "Des explosions ont été signalées mardi soir à Zaporijjia, sans qu'aucune victime soit "
           "annoncée dans l'immédiat.", "explosion"),
    ("en", "Explosions were reported in Odesa late on Tuesday, with no immediate word on casualties.",
     "explosion"),
    # a headline's passive, then the side accusing the enemy in reported speech
    ("fr", "Un dépôt de carburant en feu près de Koursk, des frappes de drones signalées\n\nUn incendie "
           "s'est déclaré mardi dans un dépôt de carburant près de Koursk. Selon le gouverneur, des drones "
           "ukrainiens ont frappé le site.", "drone_strike"),
    ("en", "Drone strike reported on oil depot in Belgorod region\n\nA fire broke out at an oil depot "
           "near Belgorod on Tuesday. Russia's defence ministry said Ukrainian drones had hit the depot "
           "overnight.", "drone_strike"),
]


@pytest.mark.parametrize(("language", "text", "kind"), HEARSAY)
def test_incident_only_reported_as_hearsay_is_alleged(analyse, language, text, kind):
    assert _status(analyse, language, text, kind) == "alleged"


# the article's own voice, or a reporter who names whom it heard from, is no hearsay
OWN_VOICE = [
    ("fr", "Des explosions ont secoué mardi soir Zaporijjia, détruisant un entrepôt.", "air_strike"),
    ("en", "Explosions rocked Odesa late on Tuesday, destroying a warehouse.", "air_strike"),
    ("en", "A drone strike hit an oil depot near Belgorod on Tuesday, starting a large fire.",
     "drone_strike"),
    ("en", "The regional governor reported a drone strike on an oil depot near Belgorod on Tuesday.",
     "drone_strike"),
]


@pytest.mark.parametrize(("language", "text", "kind"), OWN_VOICE)
def test_incident_in_the_article_voice_stays_reported(analyse, language, text, kind):
    assert _status(analyse, language, text, kind) == "reported"


# (language, text, words of the claim, words the speaker's name holds): a rescue body named as the
# text names it, so a reader searching "emergency services" finds the one that said so
RESCUE_BODIES = [
    ("fr", "Les services d'urgence ukrainiens ont déclaré que l'un des missiles avait touché un immeuble "
           "de cinq étages à Soumy.", "cinq étages", "emergency services"),
    ("en", "A missile hit a five-storey building in Sumy, the Ukrainian emergency services said.",
     "five-storey", "emergency services"),
    ("fr", "Quatre personnes ont été tuées dans une frappe sur Soumy, selon les services de secours.",
     "Quatre personnes", "rescue services"),
    ("en", "Four people were killed in a strike on Sumy, according to rescue services.",
     "Four people", "rescue services"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker"), RESCUE_BODIES)
def test_rescue_body_named_as_written(analyse, language, text, words, speaker):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if words in c.content]
    assert told, [(c.speaker.name, c.content) for c in claims]
    assert speaker in told[0].speaker.name.lower(), told[0].speaker


# (language, text, words of the outer claim, speaker of the toll inside it, words of the toll):
# a toll another source gives in a relative clause of a speaker's words is a statement of its own
RELATIVE_TOLLS = [
    ("fr", "Le ministère qatari des Affaires étrangères a condamné les frappes, qui ont tué sept personnes "
           "selon l'Observatoire syrien des droits de l'homme (OSDH).", "frappes", "Syrian Observatory",
     "sept personnes"),
    ("en", "Jordan's foreign ministry condemned the strikes on Idlib, which killed nine people according "
           "to the Syrian Observatory for Human Rights.", "strikes", "Syrian Observatory", "nine people"),
]


@pytest.mark.parametrize(("language", "text", "outer", "source", "toll"), RELATIVE_TOLLS)
def test_toll_cited_inside_another_statement_is_its_own(analyse, language, text, outer, source, toll):
    claims = analyse(text, language, published="2025-05-07").claims
    seen = [(c.speaker.name, c.content) for c in claims]
    assert [c for c in claims if outer in c.content and source not in c.speaker.name], seen
    assert [c for c in claims if source in c.speaker.name and toll in c.content], seen


# "selon lui" inside the speaker's words is the speaker's own hedge: one statement
HEDGES = [
    ("fr", "Le ministre a déclaré que les frappes, qui ont tué selon lui sept civils, visaient un marché.",
     "ministre"),
]


@pytest.mark.parametrize(("language", "text", "words"), HEDGES)
def test_speaker_own_hedge_stays_one_statement(analyse, language, text, words):
    claims = analyse(text, language, published="2025-05-07").claims
    assert len(claims) == 1, [(c.speaker.name, c.content) for c in claims]


# "renseigner que" (Central African French: to make known) reports a statement
REGIONAL_VERBS = [
    ("fr", "Une bombe est tombée vendredi sur le camp de déplacés de Lushagala. Plusieurs sources dans la "
           "zone renseignent que cet engin a causé la mort d'au moins six personnes.", "six personnes",
     "sources"),
    ("fr", "Des tirs ont visé jeudi un marché de Bunia. Des témoins sur place renseignent que trois civils "
           "ont été tués.", "trois civils", "témoins"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker"), REGIONAL_VERBS)
def test_regional_reporting_verb(analyse, language, text, words, speaker):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if words in c.content]
    assert told, [(c.speaker.name, c.content) for c in claims]
    assert speaker in told[0].speaker.name.lower(), told[0].speaker
