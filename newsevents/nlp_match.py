"""spaCy token ``Matcher``s that skip the Docs where their patterns cannot match.

Why: the trigger patterns with a gap ("frapper {0,3} cible", ~20 labels per language, one LOWER
and one LEMMA pattern each) went through spaCy's ``Matcher``, which starts every pattern at every
token and forks a state at each optional token of the gap: 0.47 s CPU on the 454 articles of
bench/scale.py (64,000 tokens), the largest single cost of the extraction stages, for a handful
of matches. A pattern matches only in a Doc that contains, for each of its required tokens, one
of the values that token accepts; the set of a Doc's LOWER and LEMMA values is one NumPy call
away. So each label gets its own ``Matcher``, called only on the Docs that contain every word
one of its patterns requires: the same matches (without ``greedy``, a ``Matcher``'s matches are
the union of its patterns' matches, so splitting by label changes nothing), in a few
milliseconds.

``DocGate`` does the same for a ``Matcher`` whose callers read the order of its matches (spaCy's
entity ruler sorts them with a stable sort, so two matches of one span keep the Matcher's
order): the Matcher is left whole and called as before on a Doc where one of its patterns may
match, and not at all elsewhere (an empty list, which is what it would have returned). Our
entity ruler's token patterns (weapon names the NER mislabels, ~30 one-word patterns on the
exact text) cost 0.18 s CPU on the same articles, most of which name none of them.

Gated token specs: ``{ATTR: value}`` and ``{ATTR: {"IN": [values]}}`` on ``ORTH`` (``TEXT``),
``LOWER``, ``LEMMA`` or ``NORM``, without ``OP`` or with ``OP`` "1"/"+"; every other spec (gaps,
other attributes, other operators) requires nothing, and a pattern with no gated spec is always
run.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.attrs import IDS
from spacy.matcher import Matcher

GATED_ATTRS = ("ORTH", "LOWER", "LEMMA", "NORM")
ALIASES = {"TEXT": "ORTH"}  # spaCy's pattern keys that name the same attribute
# the OP values under which a token must be present (None: no OP, exactly one)
REQUIRED_OPS = (None, "1", "+")

# one requirement: (attribute, the hashes it may take); a pattern requires all of its own
Requirement = tuple[str, frozenset[int]]


def requirements(vocab: Any, pattern: list[dict[str, Any]]) -> list[Requirement]:
    """What a Doc must contain for the token pattern to match anywhere in it."""
    out: list[Requirement] = []
    for spec in pattern:
        if spec.get("OP") not in REQUIRED_OPS:
            continue
        for key, value in spec.items():
            attr = ALIASES.get(key.upper(), key.upper())
            if attr not in GATED_ATTRS:
                continue
            if isinstance(value, str):
                values: Iterable[Any] = [value]
            elif isinstance(value, dict) and set(value) == {"IN"}:
                values = value["IN"]
            else:
                continue
            if all(isinstance(v, str) for v in values):
                out.append((attr, frozenset(vocab.strings.add(v) for v in values)))
    return out


class GatedMatcher:
    """``Matcher``-like: ``add(label, patterns)``, then ``matcher(doc)`` -> (id, start, end) list."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        # label -> (its Matcher, each pattern's requirements)
        self._labels: dict[str, tuple[Any, list[list[Requirement]]]] = {}

    def add(self, label: str, patterns: list[list[dict[str, Any]]]) -> None:
        if label in self._labels:
            matcher, reqs = self._labels[label]
        else:
            matcher, reqs = Matcher(self.vocab), []
            self._labels[label] = (matcher, reqs)
        matcher.add(label, patterns)
        reqs.extend(requirements(self.vocab, p) for p in patterns)

    def __len__(self) -> int:
        return len(self._labels)

    def __contains__(self, label: str) -> bool:
        return label in self._labels

    def __call__(self, doc: Any) -> list[tuple[int, int, int]]:
        present = _Present(doc)
        out: list[tuple[int, int, int]] = []
        for matcher, reqs in self._labels.values():
            if present.may_match(reqs):
                out.extend(matcher(doc))
        return out


class _Present:
    """The values a Doc (or Span) holds, per attribute, computed when first asked."""

    def __init__(self, doclike: Any) -> None:
        self.doclike = doclike
        self.values: dict[str, set[int]] = {}

    def has(self, req: Requirement) -> bool:
        attr, accepted = req
        if attr not in self.values:
            doclike = self.doclike
            # a list of one attribute: Span.to_array takes no single attribute
            self.values[attr] = set(doclike.to_array([IDS[attr]]).ravel().tolist()) if len(doclike) else set()
        return not accepted.isdisjoint(self.values[attr])

    def may_match(self, patterns: list[list[Requirement]]) -> bool:
        """Whether one of the patterns (each given by its requirements) may match."""
        return any(all(self.has(r) for r in pattern) for pattern in patterns)


class DocGate:
    """A spaCy ``Matcher`` called only on the Docs where one of its patterns may match.

    Everything else (``add``, ``remove``, ``len``, ``in``, spaCy's private helpers) is the
    Matcher's own; ``add`` also records the requirements of the patterns it adds.
    """

    def __init__(self, matcher: Any) -> None:
        self.matcher = matcher
        self.vocab = matcher.vocab
        self._reqs: dict[int, list[list[Requirement]]] = {}
        for key in list(matcher._patterns):
            self._reqs[key] = [requirements(self.vocab, p) for p in matcher.get(key)[1]]

    def add(self, key: Any, patterns: list[list[dict[str, Any]]], **kwargs: Any) -> None:
        self.matcher.add(key, patterns, **kwargs)
        reqs = self._reqs.setdefault(self.vocab.strings.add(key) if isinstance(key, str) else key, [])
        reqs.extend(requirements(self.vocab, p) for p in patterns)

    def remove(self, key: Any) -> None:
        self.matcher.remove(key)
        self._reqs.pop(self.vocab.strings.add(key) if isinstance(key, str) else key, None)

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key: Any) -> bool:
        return key in self.matcher

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["matcher"], name)

    def __call__(self, doclike: Any, *args: Any, **kwargs: Any) -> Any:
        present = _Present(doclike)
        if any(present.may_match(reqs) for reqs in self._reqs.values()):
            return self.matcher(doclike, *args, **kwargs)
        return []


# --- spaCy's attribute ruler: its token patterns matched column-wise ------------------------------
# Why: the French model's attribute ruler maps every token's part of speech to its tag with 23
# one-token patterns, and spaCy's Matcher tries each of them on each token: 0.17 s CPU of its
# 0.24 s on the 454 articles of bench/scale.py. Patterns of fixed length whose token specs test
# plain values (equal to, in a set, not in a set) on a token attribute are the same test on a
# column of ``Doc.to_array``; the ruler then sorts its matches and sets the attributes as before.
# A ruler with any other pattern (operators, regexes, MORPH, ENT_IOB...) keeps spaCy's matching.
ARRAY_ATTRS = ("ORTH", "TEXT", "LOWER", "NORM", "LEMMA", "POS", "TAG", "DEP", "IS_SPACE",
               "IS_PUNCT", "IS_DIGIT", "IS_ALPHA")

# one token spec as tests on columns: (attribute id, "==" | "in" | "not in", value or set)
TokenTest = tuple[int, str, Any]


def _token_tests(vocab: Any, spec: dict[str, Any]) -> list[TokenTest] | None:
    """A token spec as column tests, None when it is not of the plain kind (see above)."""
    tests: list[TokenTest] = []
    for key, value in spec.items():
        name = ALIASES.get(key.upper(), key.upper())
        if key.upper() not in ARRAY_ATTRS:
            return None
        attr = IDS[name]
        if isinstance(value, bool):
            tests.append((attr, "==", int(value)))
        elif isinstance(value, str):
            tests.append((attr, "==", vocab.strings.add(value)))
        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN"):
            op, values = next(iter(value.items()))
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                return None
            tests.append((attr, "in" if op == "IN" else "not in",
                          [vocab.strings.add(v) if v else 0 for v in values]))
        else:
            return None
    return tests


class ArrayMatch:
    """``AttributeRuler.match`` for rulers whose patterns are all plain (see above)."""

    def __init__(self, ruler: Any, compiled: list[tuple[int, list[list[TokenTest]]]]) -> None:
        self.ruler = ruler
        self.compiled = compiled  # (label hash, one list of token tests per token of the pattern)
        self.attrs = sorted({t[0] for _key, pattern in compiled for tests in pattern for t in tests})
        self.size = len(ruler.attrs)
        # one-token patterns testing equalities only (all 23 of the French model's ruler: a part
        # of speech each): a table from the tested values to their matches, read token by token.
        # Why: one NumPy pass per pattern costs ~6 us even on a Doc of two tokens (the ~1,500
        # trigger phrases parsed at start-up: 60 ms against spaCy's 5 ms), and 23 of them ~230 us
        # on an article; a dict look-up per token and group of attributes costs far less.
        self.tables: dict[tuple[int, ...], dict[Any, list[tuple[int, int]]]] = {}
        self.others: list[tuple[int, list[list[TokenTest]]]] = []
        strings = ruler.vocab.strings
        for key, pattern in compiled:
            if len(pattern) == 1 and all(op == "==" for _a, op, _v in pattern[0]):
                tests = sorted(pattern[0])
                columns = tuple(self.attrs.index(a) for a, _op, _v in tests)
                values = tuple(int(v) for _a, _op, v in tests)
                value = values[0] if len(values) == 1 else values
                self.tables.setdefault(columns, {}).setdefault(value, []).append((int(strings[key]), key))
            else:
                self.others.append((key, pattern))

    @classmethod
    def of(cls, ruler: Any) -> ArrayMatch | None:
        """The column-wise matching of the ruler's patterns; None if one is not plain."""
        compiled: list[tuple[int, list[list[TokenTest]]]] = []
        matcher = ruler.matcher
        for key in list(matcher._patterns):
            for pattern in matcher.get(key)[1]:
                if not pattern or any("OP" in spec for spec in pattern):
                    return None
                tests = [_token_tests(ruler.vocab, spec) for spec in pattern]
                if any(t is None for t in tests):
                    return None
                compiled.append((key, tests))  # type: ignore[arg-type]
        return cls(ruler, compiled)

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.size:  # patterns added since: spaCy's own matching
            return type(self.ruler).match(self.ruler, doc)
        import numpy

        n = len(doc)
        if not n or not self.compiled:
            return []
        table = doc.to_array(self.attrs).reshape(n, len(self.attrs))
        found: list[tuple[int, int, int, int]] = []
        for where, index in self.tables.items():
            # one attribute (the usual case): keyed by its value alone, no tuple per token
            values = table[:, where[0]].tolist() if len(where) == 1 else \
                zip(*(table[:, i].tolist() for i in where), strict=True)
            get, add = index.get, found.append
            for s, value in enumerate(values):
                hits = get(value)
                if hits is not None:
                    for label, key in hits:
                        add((label, key, s, s + 1))
        if not self.others:
            return sorted(set(found))
        columns = {attr: table[:, i] for i, attr in enumerate(self.attrs)}
        strings = self.ruler.vocab.strings
        for key, pattern in self.others:
            size = len(pattern)
            if size > n:
                continue
            hits = numpy.ones(n - size + 1, dtype=bool)
            for offset, tests in enumerate(pattern):
                for attr, op, value in tests:
                    column = columns[attr][offset:offset + n - size + 1]
                    if op == "==":
                        hits &= column == value
                    else:  # a few values: compared one by one (numpy.isin sorts: ~20 us a call)
                        inside = numpy.zeros(len(column), dtype=bool)
                        for one in value:
                            inside |= column == one
                        hits &= inside if op == "in" else ~inside
            label = int(strings[key])
            found.extend((label, key, int(s), int(s) + size) for s in numpy.flatnonzero(hits))
        return sorted(set(found))  # the Matcher gives a span once per label, whichever patterns match it


def fast_attribute_ruler(nlp: Any, name: str = "attribute_ruler") -> bool:
    """Match the attribute ruler's patterns column-wise when they are all plain; whether it does."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    match = ArrayMatch.of(ruler)
    if match is None:
        return False
    ruler.match = match
    return True
