"""Round 24e: incidents from the lead's probe articles.

1. Detainees freed in an attack (a jailbreak) are part of the attack, no prisoner exchange, also
   when the freeing participle hangs from a place told in apposition, when the report's date is in
   reach ("a annoncé mardi la police"), or when a headline coordinates the two verbs; an exchange
   of its own stays (events_split._participle_of_attack).
"""
import pytest

JAILBREAKS = [
    ("fr", "Des rebelles du M23 ont attaqué dimanche la ville de Kalehe, dans l'est de la RDC, tuant au moins "
           "quinze personnes et libérant plus de 300 détenus de la prison centrale, a indiqué lundi "
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
