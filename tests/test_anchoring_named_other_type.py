"""Dating through other sources by a named target when the two reports type the incident apart
(newsevents/anchoring.py ``_named_alike``).

One outlet tells a drone hitting a tanker, another gunmen firing on it in a clash: the merger keeps
them apart (their types differ), but the ship's own name, on overlapping days, is the incident
that dates the undated copy. Texts written here from the general pattern (not news-dev).
"""

from __future__ import annotations

import pytest
from helpers import write_articles

from newsevents import anchoring
from newsevents.ingest import ingest
from newsevents.store import Store

DATED = {"id": "tanker-dated", "published": "2025-10-14", "language": "en",
         "text": "A naval drone struck the oil tanker Baltic Meridian in the Black Sea on Tuesday, "
                 "setting its engine room on fire, the ship's operator said. Two crew members were injured."}
# the same ship, told as another type of incident (a clash, an armed attack)
COPIES = [
    {"id": "tanker-undated", "language": "en",
     "text": "Gunmen on speedboats opened fire on the oil tanker Baltic Meridian in the Black Sea "
             "on Tuesday, the crew said, and two sailors were wounded in the clash."},
    {"id": "tanker-undated-fr", "language": "fr",
     "text": "Des hommes armés ont attaqué mardi le pétrolier Baltic Meridian en mer Noire lors d'un "
             "affrontement avec des garde-côtes, a rapporté l'équipage. Deux marins ont été blessés."},
]
# another ship's clash: no name in common, stays undated
OTHER = {"id": "other-tanker", "language": "en",
         "text": "Gunmen on speedboats opened fire on the oil tanker Caspian Dawn in the Black Sea "
                 "on Tuesday, the crew said, and two sailors were wounded in the clash."}


@pytest.mark.parametrize("copy", COPIES, ids=lambda c: c["id"])
def test_a_copy_naming_the_ship_under_another_type_is_dated_by_its_report(tmp_path, pipe, copy) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest(write_articles(tmp_path, [DATED, copy, OTHER]), store, pipeline=pipe)
        pub = store.document(copy["id"])["published"]
        assert pub is not None and pub["date"] == "2025-10-14", pub
        assert pub["basis"].startswith(anchoring.BASIS_MARKER) and "tanker-dated" in pub["basis"]
        assert store.document("other-tanker")["published"] is None  # never a confident wrong day


# one named site told as two types on two days (a drone on Tuesday, shells on Friday): the name
# alone dates nothing, the days must overlap
PLANT_DATED = {"id": "plant-dated", "published": "2025-10-14", "language": "en",
               "text": "A drone struck the Zaporizhzhia nuclear power plant on Tuesday, damaging a training "
                       "centre, the plant's management said. No one was hurt."}
PLANT_OTHER_DAY = {"id": "plant-undated", "language": "en",
                   "text": "Artillery shells hit the Zaporizhzhia nuclear power plant on Friday, the plant's "
                           "management said, cutting an external power line. Two workers were wounded."}


def test_a_named_site_hit_on_another_day_under_another_type_dates_nothing(tmp_path, pipe) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest(write_articles(tmp_path, [PLANT_DATED, PLANT_OTHER_DAY]), store, pipeline=pipe)
        assert store.document("plant-undated")["published"] is None
