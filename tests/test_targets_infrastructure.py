"""Oil and gas fields, platforms, pumping and water plants, silos, broadcast towers, orphanages,
prisons, courthouses, bakeries, aid convoys, railway lines, metro stations and freight trains are
what drone and missile campaigns hit; the target vocabularies (lang/*/targets.yaml) name them, in
the canonical English of the export."""
import pytest

CASES = [
    ("fr", "Deux drones ont frappé lundi soir le champ pétrolier de Khor Mor, au Kurdistan irakien.",
     "oil field"),
    ("fr", "Un missile russe a touché mardi un silo à grains dans le port d'Izmaïl.", "grain silo"),
    ("fr", "Une frappe a détruit jeudi la tour de télévision de Kharkiv.", "TV tower"),
    ("fr", "Un obus est tombé mercredi sur un orphelinat de Goma, blessant trois enfants.", "orphanage"),
    ("fr", "Des hommes armés ont attaqué dimanche un convoi humanitaire près de Tawila.", "aid convoy"),
    ("en", "Drones struck a gas field in Iraq's Sulaymaniyah province on Wednesday.", "gas field"),
    ("en", "A Russian missile hit a bakery in Kramatorsk on Tuesday, killing two people.", "bakery"),
    ("en", "Gunmen attacked a prison in Koton Karfe on Sunday, freeing dozens of inmates.", "prison"),
    ("en", "A drone struck a pumping station near Novorossiysk on Friday.", "pumping station"),
    ("fr", "Un drone a frappé mardi une voie ferrée près de Koursk.", "railway line"),
    ("fr", "Un missile a touché mardi une station de métro à Kharkiv.", "metro station"),
    ("en", "A drone struck a freight train near Dnipro on Tuesday.", "freight train"),
]


@pytest.mark.parametrize("language,text,target", CASES)
def test_infrastructure_targets_are_named(analyse, language, text, target):
    article = analyse(text, language, "2025-07-17")
    names = [p.name for e in article.events for p in e.targets]
    assert any(target in n for n in names), [(e.type, names) for e in article.events]
