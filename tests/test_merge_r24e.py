"""Round 24e: incidents from the lead's probe articles.

1. Detainees freed in an attack (a jailbreak) are part of the attack, no prisoner exchange, also
   when the freeing participle hangs from a place told in apposition, when the report's date is in
   reach ("a annoncé mardi la police"), or when a headline coordinates the two verbs; an exchange
   of its own stays (events_split._participle_of_attack).
"""
import pytest

JAILBREAKS = [
    ("fr", "Des rebelles du M23 ont attaqué dimanche la ville de Kalehe, dans l'est de la RDC, tuant au "
           "moins quinze personnes et libérant plus de 300 détenus de la prison centrale, a indiqué lundi "
           "l'armée."),
    ("fr", "Des hommes armés ont attaqué vendredi la prison de Koutiala, libérant près de 200 prisonniers, "
           "a annoncé samedi le ministère de la Justice."),
    ("fr", "Tchad : des rebelles attaquent la prison de Moundou et libèrent des dizaines de détenus"),
    ("en", "Gang members stormed the town of Pilate, in northern Haiti, on Monday, killing at least nine "
           "people and freeing more than 400 inmates from the local jail, police said on Tuesday."),
]
EXCHANGES = [
    ("fr", "Des frappes aériennes ont visé samedi la ville de Kidal. Les rebelles ont libéré dimanche "
           "douze soldats capturés, en échange de vingt prisonniers."),
    ("en", "Russia and Ukraine exchanged 150 prisoners of war on Friday, the defence ministry said."),
]


@pytest.mark.parametrize("language,text", JAILBREAKS)
def test_jailbreak_in_an_attack_is_the_attack(analyse, language, text):
    events = analyse(text, language, "2025-04-02").events
    types = [e.type for e in events]
    assert "prisoner_exchange" not in types and len(types) == 1, types
    # its doers are the attack's: no country read off the place the participle hangs from
    assert all(a.kind != "state" for a in events[0].actors), events[0].actors


@pytest.mark.parametrize("language,text", EXCHANGES)
def test_exchange_of_its_own_stays(analyse, language, text):
    assert "prisoner_exchange" in [e.type for e in analyse(text, language, "2025-04-02").events]


# 2. An incident recalled in a pluperfect with a date of its own (a month holding the news day)
#    is not the news incident, even in the same town (drafts_recalled.recalled_apart).
RECALLED = [
    ("fr", "L'armée burkinabè a affirmé mardi avoir tué une quarantaine de terroristes lors d'une frappe "
           "aérienne menée dimanche près de Djibo. En juin, une attaque du JNIM contre une base militaire "
           "à Djibo avait fait une cinquantaine de morts parmi les soldats."),
    ("en", "Nigeria's air force said on Tuesday it had killed dozens of fighters in an air strike carried "
           "out on Sunday near Monguno. In June, an attack by Boko Haram on an army base in Monguno had "
           "killed 25 soldiers."),
]
RETOLD = [
    ("fr", "Une frappe aérienne a touché dimanche un marché de Djibo, tuant douze civils. La frappe de "
           "dimanche avait été précédée de survols de drones, selon des habitants."),
    ("en", "An air strike hit a market in Monguno on Sunday, killing 12 civilians. The strike had followed "
           "days of drone flights over the town, residents said."),
]


@pytest.mark.parametrize("language,text", RECALLED)
def test_recalled_incident_with_its_own_date_stays_apart(analyse, language, text):
    events = analyse(text, language, "2025-06-24").events
    precisions = sorted(e.date.precision for e in events if e.date)
    assert len(events) == 2 and precisions == ["day", "month"], [(e.type, e.date) for e in events]
    strike = next(e for e in events if e.date and e.date.precision == "day")
    # the recalled attack's target is no target of the strike
    assert not any("base" in t.name for t in strike.targets), strike.targets


@pytest.mark.parametrize("language,text", RETOLD)
def test_incident_retold_in_a_pluperfect_is_one(analyse, language, text):
    assert len(analyse(text, language, "2025-06-24").events) == 1
