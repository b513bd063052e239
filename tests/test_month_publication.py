"""A page known only to its month (a URL's /2024/06/, as blogs and small outlets write them).

Its relative dates are the interval the month allows ("on Wednesday": a Wednesday of the month,
never the one before its first day), and other sources may date it to the day within that month
(anchoring.py), never outside it. Texts written here from the general pattern (not news-dev)."""

from __future__ import annotations

from datetime import date

from helpers import write_articles

from newsevents import anchoring
from newsevents.ingest import ingest
from newsevents.model import Article
from newsevents.store import Store

STRIKE = ("A Russian missile hit a residential building in Kharkiv on Wednesday, killing four people "
          "and wounding 20, the regional governor said.")
DATED = {"id": "kharkiv-dated", "url": "https://news.example.org/2024/06/12/kharkiv-strike/",
         "language": "en", "text": STRIKE}
MONTH = {"id": "kharkiv-month", "url": "https://blog.example.net/2024/06/kharkiv-missile-four-dead",
         "language": "en", "text": "Four people were killed and 20 wounded when a Russian missile hit a "
                                   "residential building in Kharkiv on Wednesday, the governor said."}
# a page of July telling a strike of the same kind: the June report is no publication of it
JULY = {"id": "kharkiv-july", "url": "https://blog.example.net/2024/07/kharkiv-missile-four-dead",
        "language": "en", "text": "A Russian missile killed four people and wounded 20 in a residential "
                                  "building in Kharkiv on Wednesday, the governor said."}


def test_a_weekday_in_a_page_of_a_known_month_is_an_interval_of_that_month(pipe) -> None:
    article = pipe.process(Article(text=STRIKE, id="t", language="en", url=MONTH["url"]))
    assert article.published is not None and article.published.precision == "month"
    when = article.events[0].date
    assert when is not None and when.precision == "range"
    assert (when.start, when.end) == (date(2024, 5, 29), date(2024, 6, 26))


def test_other_sources_date_it_within_its_month(tmp_path, pipe) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest(write_articles(tmp_path, [DATED, MONTH, JULY]), store, pipeline=pipe)
        pub = store.document("kharkiv-month")["published"]
        assert pub["date"] == "2024-06-12" and pub["basis"].startswith(anchoring.BASIS_MARKER)
        july = store.document("kharkiv-july")["published"]
        assert (july["date"], july["precision"]) == ("2024-07-01", "month")
