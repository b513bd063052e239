"""A craft word telling no day of its own retells the act already told: "l'attaque au drone qui a
tué onze civils mercredi à X ... Selon des responsables locaux, l'appareil a frappé un marché vers 11
heures" is one strike (a clock alone states no day), not a second one dated by publication; a
craft word with a day of its own ("Mardi, l'un de ces appareils est tombé sur une maison") tells a
new act (tests/test_events_r21.py). Sentences written here from the general pattern of wire copy."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2026, 3, 12))


ARTICLE = (
    "Le Soudan dément toute implication dans l'attaque d'Adré\n\n"
    "KHARTOUM, 12 mars (Reuters) - Le gouvernement soudanais a démenti jeudi toute implication dans "
    "l'attaque au drone qui a tué neuf civils mercredi à Adré, dans l'est du Tchad, près de la frontière.\n\n"
    "« Nos forces n'ont mené aucune opération dans cette zone », a déclaré le porte-parole de l'armée lors "
    "d'une conférence de presse.\n\n"
    "Selon des responsables locaux, {craft} a frappé un marché bondé vers 10 heures. Les secours ont fait "
    "état de neuf morts.")


@pytest.mark.parametrize("craft", ["l'appareil", "l'engin"])
def test_a_craft_word_with_no_day_of_its_own_retells_the_strike(pipe, craft):
    text = ARTICLE.format(craft=craft)
    events = pipe.process(Article(text=text, id="t", language="fr", published=PUBLISHED)).events
    assert [e.date.start for e in events if e.type == "drone_strike"] == [date(2026, 3, 11)], \
        [(e.type, e.date) for e in events]
