"""The temporal grammar of a language, compiled once from ``lang/<code>/time.yaml``.

Why a grammar in data: word order ("14 novembre" / "November 14"), month names, cue words and the
guards that keep durations out ("pendant 44 jours") all differ per language, while the meaning of a
match (a day, a month, a range, "N units ago") does not. Each YAML pattern is a regex template
with slots such as ``{day}``, ``{month}``, ``{weekday}``; a slot expands to a named group built
from the vocabulary lists in the same file, and the interpretation of the groups is
language-independent (``parse.py``). A third language is a new YAML file.

Template conventions: a literal space means "one or more spaces"; write ``\\s*`` for an optional
one; an apostrophe matches both ' and ’. A slot name may end with a digit (``{day2}``) to get a
second group of the same kind. Guards per pattern: ``lead`` (a cue that must precede the match,
kept out of the span), ``not_lead``, ``not_trail`` (regexes tested right before/after the match).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from newsevents.lang import load_language

GUARD_WINDOW = 40  # characters looked at before/after a match by lead/not_lead/not_trail guards

_SLOT = re.compile(r"\{([a-z_]+?)(\d?)\}")

# slots whose vocabulary is a YAML mapping word -> value (the group is looked up in that table)
TABLE_SLOTS = {
    "month": "months", "weekday": "weekdays", "season": "seasons", "part": "parts_of_day",
    "rel": "relative_days", "anaphor": "anaphors", "unit": "units", "dir": "directions",
    "dirpre": "directions_before", "mod": "modifiers", "clock": "clock_words", "ampm": "ampm",
    "this": "this", "det": "determiners", "holiday": "holidays", "shift": "shifts",
    "present": "present_refs",
}

NUMERIC_SLOTS = {
    "dnum": r"(?:0?[1-9]|[12]\d|3[01])(?!\d)",
    "yy": r"\d\d(?![\d,.]\d)",
    "decade": r"(?:1[89]|20)?\d0(?!\d)",
    "roman": r"(?=[XVI])X{0,2}(?:IX|IV|V?I{0,3})(?=[eè])",
    "monthnum": r"(?:0?[1-9]|1[0-2])(?!\d)",
    "year": r"(?:1[89]\d\d|20\d\d)(?!\d)",
    "hour": r"(?:[01]?\d|2[0-3])(?!\d)",
    "minute": r"(?:[0-5]\d)(?!\d)",
}

# slots that only shape a match (no value read from them): they may repeat in a template
UNCAPTURED = {"det"}

# slot -> name of the group it produces (dnum is a day written as digits only)
GROUP_OF = {"dnum": "day", "yy": "year"}


def _words_regex(words: list[str], trailing: bool = False, capitalized: bool = False) -> str:
    """An alternation of vocabulary entries, longest first; spaces flexible, apostrophes both ways.

    ``trailing`` entries (determiners, "ce/cette") carry their own trailing space unless they end
    with an apostrophe or hyphen ("l'", "mi-"). ``capitalized`` entries must start with a capital
    letter (English "May" the month, not "may" the verb; "MAY" in a headline still matches)."""
    alts = []
    # longest first; among equals by spelling, so that the pattern is the same in every process
    # (set order changes with the string hash seed: nlp_regex keeps compiled patterns by source)
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        body = re.escape(w.strip()).replace("'", "['’]").replace(r"\ ", r"\s+")
        if capitalized and w.strip()[:1].isalpha():
            body = f"(?-i:{re.escape(w.strip()[0].upper())})" + body[1:]
        if trailing and not re.search(r"['’\-]$", w.strip()):
            body += r"\s+"
        alts.append(body)
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


# two-digit years: "en 98" is 1998, "en 05" 2005 (00..TWO_DIGIT_PIVOT are this century); two-digit
# decades ("les années 60") are always the 1900s
TWO_DIGIT_PIVOT = 40
_ROMAN = {"i": 1, "v": 5, "x": 10}


def full_year(n: int, decade: bool = False) -> int:
    if n >= 100:
        return n
    if decade:
        return 1900 + n
    return 2000 + n if n <= TWO_DIGIT_PIVOT else 1900 + n


def roman(text: str) -> int | None:
    """The value of a (small) Roman numeral: XIX -> 19."""
    values = [_ROMAN.get(c) for c in text.lower()]
    if not values or None in values:
        return None
    total = 0
    for i, v in enumerate(values):
        nxt = values[i + 1] if i + 1 < len(values) else 0
        total += -v if nxt and v < nxt else v  # type: ignore[operator]
    return total


def norm_key(text: str) -> str:
    """The lookup form of a matched word: lower case, one space, straight apostrophe."""
    return re.sub(r"\s+", " ", text.replace("’", "'").strip().lower())


@dataclass(slots=True)
class Pattern:
    kind: str
    regex: re.Pattern[str]
    lead: re.Pattern[str] | None = None
    not_lead: re.Pattern[str] | None = None
    not_trail: re.Pattern[str] | None = None
    source: str = ""


@dataclass(slots=True)
class Lexicon:
    """A language's compiled temporal grammar and the tables that give matched words a value."""

    language: str
    tables: dict[str, dict[str, Any]]
    numbers: dict[str, int]
    day_words: dict[str, int]
    patterns: list[Pattern]
    time_after_date: re.Pattern[str]
    time_before_date: re.Pattern[str]
    future_cues: re.Pattern[str] | None
    extra: dict[str, Any] = field(default_factory=dict)

    def value(self, slot: str, text: str) -> Any:
        """The value of a matched slot word (None when unknown)."""
        key = norm_key(text)
        if slot == "num":
            return int(key) if key.isdigit() else self.numbers.get(key)
        if slot == "day":
            digits = re.match(r"\d+", key)
            return int(digits.group()) if digits else self.day_words.get(key)
        if slot == "year":
            return full_year(int(key))
        if slot == "decade":
            return full_year(int(key), decade=True)
        if slot == "roman":
            return roman(key)
        if slot == "century":
            return int(re.match(r"\d+", key).group())  # type: ignore[union-attr]
        table_name = TABLE_SLOTS.get(slot)
        if table_name is None:
            return int(key) if key.isdigit() else key
        table = self.tables.get(table_name, {})
        if key in table:
            return table[key]
        return table.get(key.rstrip("."), table.get(key.replace("-", " ")))


class _Builder:
    """Expands slots in templates into regex fragments for one language."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        tables = {name: _as_table(data.get(name)) for name in TABLE_SLOTS.values()}
        self.tables = tables
        self.numbers = {norm_key(k): int(v) for k, v in (data.get("numbers") or {}).items()}
        self.day_words = {norm_key(k): int(v) for k, v in (data.get("day_words") or {}).items()}
        suffix = data.get("ordinal_suffix") or ""
        day_digits = r"(?:0?[1-9]|[12]\d|3[01])" + (f"(?:{suffix})?" if suffix else "") + r"(?![\d\w])"
        day_alts = [day_digits]
        if self.day_words:
            day_alts.append(_words_regex(list(self.day_words)))
        self.fragments: dict[str, str] = {
            "day": "(?:" + "|".join(day_alts) + ")",
            "num": "(?:\\d{1,3}(?![\\d,.]\\d)|" + _words_regex(list(self.numbers)) + ")",
            "century": r"(?:1\d|2[01]|[1-9])(?:" + (suffix or "th") + ")",
            **NUMERIC_SLOTS,
        }
        trailing = {"this", "det", "dirpre"}
        capitalized = set(data.get("capitalized") or [])
        for slot, table_name in TABLE_SLOTS.items():
            self.fragments[slot] = _words_regex(list(tables[table_name]), trailing=slot in trailing,
                                                capitalized=table_name in capitalized)

    def expand(self, template: str, groups: bool = True) -> str:
        out = template.replace("'", "['’]")
        out = re.sub(r"(?<!\\) ", r"\\s+", out)

        def slot(m: re.Match[str]) -> str:
            name, suffix = m.group(1), m.group(2)
            if name not in self.fragments:
                raise ValueError(f"unknown slot {{{name}}} in time grammar template {template!r}")
            body = self.fragments[name]
            if not groups or name in UNCAPTURED:
                return f"(?:{body})"
            return f"(?P<{GROUP_OF.get(name, name)}{suffix}>{body})"

        return _SLOT.sub(slot, out)


def _as_table(raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    if isinstance(raw, list):
        return {norm_key(str(w)): True for w in raw}
    return {norm_key(str(k)): v for k, v in raw.items()}


def _compile(regex: str) -> re.Pattern[str]:
    return re.compile(regex, re.IGNORECASE)


@cache
def lexicon(language: str) -> Lexicon:
    """The compiled grammar for an ISO 639-1 code (cached: compiled once per process)."""
    data = load_language(language).section("time")
    if not data.get("patterns"):
        raise ValueError(f"no temporal grammar for language {language!r} (lang/{language}/time.yaml)")
    b = _Builder(data)
    patterns = []
    for spec in data["patterns"]:
        core = b.expand(spec["pattern"])
        regex = _compile(r"(?<![\w])" + core + r"(?![\w])")
        patterns.append(Pattern(
            kind=spec.get("kind", "date"), regex=regex, source=spec["pattern"],
            lead=_compile(r"(?<!\w)(?:" + b.expand(spec["lead"], groups=False) + r")\s*$")
            if spec.get("lead") else None,
            not_lead=_compile(r"(?<!\w)(?:" + b.expand(spec["not_lead"], groups=False) + r")\s*$")
            if spec.get("not_lead") else None,
            not_trail=_compile("(?:" + b.expand(spec["not_trail"], groups=False) + ")")
            if spec.get("not_trail") else None,
        ))
    cues = data.get("future_cues")
    return Lexicon(
        language=language,
        tables=b.tables,
        numbers=b.numbers,
        day_words=b.day_words,
        patterns=patterns,
        time_after_date=_compile("^(?:" + b.expand(data["time_after_date"], groups=False) + r")$"),
        time_before_date=_compile("^(?:" + b.expand(data["time_before_date"], groups=False) + r")$"),
        future_cues=_compile(r"(?<!\w)(?:" + b.expand(cues, groups=False) + r")(?!\w)") if cues else None,
        extra={k: v for k, v in data.items() if k not in {"patterns"}},
    )
