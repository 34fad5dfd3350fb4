"""The model's attribute rules, applied as tables instead of through spaCy's ``Matcher``.

spaCy's English pipelines end the tagger's work with an ``AttributeRuler``: some two hundred
token patterns ("TAG is NN" → POS NOUN, "LOWER is 'd and TAG is VBD" → LEMMA have …) that set
POS, MORPH, LEMMA (and rarely TAG or DEP). It runs them through the general ``Matcher``, which
costs about a tenth of the whole parse. Nearly every pattern looks at one token, and what it
decides depends only on that token's few attributes, so the answer for each distinct
combination (lower-case form, tag, dependency label …) can be computed once per process and
laid over a document with a few array operations.

``AttributeTable.from_ruler`` compiles a ruler's patterns; it returns ``None`` for a pattern it
cannot read exactly (an operator, an attribute it does not know), and the model keeps its own
ruler. The result is the ruler's, token for token: the rules are applied in the ruler's order,
later ones overriding earlier ones, and every pattern sees the document as it was before any
rule ran (``tests/test_attributes.py`` compares both on real text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["AttributeTable", "use_attribute_table"]

# Token attributes a pattern may test: name -> (spaCy attribute ID, string-valued?).
_FLAGS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER", "IS_LOWER",
          "LIKE_NUM")
_STRINGS = ("ORTH", "LOWER", "NORM", "TAG", "DEP", "SHAPE", "ENT_TYPE")
_TESTED = {name: (IDS[name], name in _STRINGS) for name in (*_STRINGS, *_FLAGS)}
# What the table writes through Doc.from_array; anything else a rule sets is set token by token.
_COLUMNS = (POS, TAG, MORPH, LEMMA)

Predicate = Callable[[Any], bool]


def _predicate(value: Any) -> Predicate | None:
    """A test of one attribute's value (a string, or a bool for flags), or None if the pattern
    uses something this table does not read."""
    if isinstance(value, (str, bool, int)):
        return lambda v, want=value: v == want
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op == "IN":
        return lambda v, want=frozenset(arg): v in want
    if op == "NOT_IN":
        return lambda v, want=frozenset(arg): v not in want
    if op == "REGEX":
        return lambda v, rx=re.compile(arg): isinstance(v, str) and rx.search(v) is not None
    return None


class _Pattern:
    """One token pattern: a test per token, the rule it belongs to and the token it sets."""

    def __init__(self, rule: int, tests: list[list[tuple[int, Predicate]]], index: int):
        self.rule = rule
        self.tests = tests  # per token: (column in the key, predicate)
        self.index = index if index >= 0 else len(tests) + index


class AttributeTable:
    """A compiled ``AttributeRuler``: call it on a Doc as the ruler's replacement."""

    def __init__(self, vocab, rules: list[dict[int, Any]], patterns: list[_Pattern],
                 columns: list[tuple[int, bool]]):
        self.vocab = vocab
        self.rules = rules  # normalised attributes per rule (attribute ID -> value)
        self.single = [p for p in patterns if len(p.tests) == 1]
        self.longer = [p for p in patterns if len(p.tests) > 1]
        self.columns = columns  # the key: (attribute ID, string-valued?) per tested attribute
        self._single: dict[tuple, tuple[int, ...]] = {}  # key -> rules matching one token
        self._starts: dict[tuple, bool] = {}  # key -> may begin a longer pattern
        self._folded: dict[tuple[int, ...], dict[int, Any]] = {}

    @classmethod
    def from_ruler(cls, ruler: Any) -> AttributeTable | None:
        tested: list[str] = []
        patterns: list[_Pattern] = []
        for rule, pattern_set in enumerate(ruler.patterns):
            index = pattern_set.get("index", 0)
            for pattern in pattern_set["patterns"]:
                if not pattern or not -len(pattern) <= index < len(pattern):
                    return None
                tests: list[list[tuple[int, Predicate]]] = []
                for token in pattern:
                    checks = []
                    for name, value in token.items():
                        name = name.upper()
                        test = _predicate(value)
                        if name not in _TESTED or test is None:
                            return None
                        if name not in tested:
                            tested.append(name)
                        checks.append((tested.index(name), test))
                    tests.append(checks)
                patterns.append(_Pattern(rule, tests, index))
        columns = [_TESTED[name] for name in tested]
        return cls(ruler.vocab, list(ruler.attrs), patterns, columns)

    # -- matching

    def _key_values(self, key: tuple) -> tuple:
        strings = self.vocab.strings
        return tuple(strings[v] if is_string else bool(v)
                     for v, (_attr, is_string) in zip(key, self.columns))

    def _matches(self, checks: list[tuple[int, Predicate]], values: tuple) -> bool:
        return all(test(values[col]) for col, test in checks)

    def _rules_for(self, key: tuple) -> tuple[int, ...]:
        found = self._single.get(key)
        if found is None:
            values = self._key_values(key)
            found = tuple(sorted({p.rule for p in self.single if self._matches(p.tests[0], values)}))
            self._single[key] = found
            self._starts[key] = any(self._matches(p.tests[0], values) for p in self.longer)
        return found

    def _fold(self, rules: tuple[int, ...]) -> dict[int, Any]:
        """The attributes a token ends with when ``rules`` (in order) all set it."""
        folded = self._folded.get(rules)
        if folded is None:
            folded = {}
            for rule in rules:
                folded.update(self.rules[rule])
            self._folded[rules] = folded
        return folded

    # -- applying

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        keys_array = doc.to_array([attr for attr, _ in self.columns])
        if keys_array.ndim == 1:
            keys_array = keys_array.reshape((n, 1))
        unique, inverse = numpy.unique(keys_array, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        keys = [tuple(int(v) for v in row) for row in unique]
        per_key = [self._rules_for(key) for key in keys]
        extra = self._longer_matches(doc, keys_array, keys, inverse)

        current = doc.to_array(list(_COLUMNS))
        new = current.copy()
        others: list[tuple[int, dict[int, Any]]] = []
        for col, attr in enumerate(_COLUMNS):
            table = numpy.zeros(len(keys), dtype=numpy.uint64)
            has = numpy.zeros(len(keys), dtype=bool)
            for k, rules in enumerate(per_key):
                folded = self._fold(rules)
                if attr in folded:
                    table[k] = self._value(attr, folded[attr])
                    has[k] = True
            mask = has[inverse]
            new[mask, col] = table[inverse][mask]
        for k, rules in enumerate(per_key):
            rest = {a: v for a, v in self._fold(rules).items() if a not in _COLUMNS}
            if rest:
                others.extend((int(i), rest) for i in numpy.nonzero(inverse == k)[0])
        for i, rules in extra.items():
            folded = self._fold(tuple(sorted(set(per_key[inverse[i]]) | rules)))
            for col, attr in enumerate(_COLUMNS):
                new[i, col] = self._value(attr, folded[attr]) if attr in folded else current[i, col]
            rest = {a: v for a, v in folded.items() if a not in _COLUMNS}
            if rest:
                others.append((i, rest))
        changed = numpy.nonzero((new != current).any(axis=1))[0]
        if len(changed):
            doc.from_array(list(_COLUMNS), new)
        for i, attrs in sorted(others):
            set_token_attrs(doc[i], attrs)
        return doc

    @staticmethod
    def _value(attr: int, value: Any) -> int:
        return value

    def _longer_matches(self, doc: Doc, keys_array, keys: list[tuple], inverse) -> dict[int, set[int]]:
        """Token -> rules of patterns longer than one token that set it."""
        found: dict[int, set[int]] = {}
        if not self.longer:
            return found
        starts = [self._starts[key] for key in keys]
        values: dict[int, tuple] = {}

        def at(i: int) -> tuple:
            if i not in values:
                values[i] = self._key_values(tuple(int(v) for v in keys_array[i]))
            return values[i]

        for start in numpy.nonzero(numpy.array(starts, dtype=bool)[inverse])[0]:
            start = int(start)
            for pattern in self.longer:
                end = start + len(pattern.tests)
                if end <= len(doc) and all(self._matches(checks, at(start + j))
                                           for j, checks in enumerate(pattern.tests)):
                    found.setdefault(start + pattern.index, set()).add(pattern.rule)
        return found


@Language.factory("kg_attribute_table")
def _make_table(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return _Placeholder()


class _Placeholder:
    """Replaced by the compiled table as soon as the factory has added it."""

    table: AttributeTable | None = None

    def __call__(self, doc: Doc) -> Doc:
        assert self.table is not None
        return self.table(doc)


def use_attribute_table(nlp: Language, names: Iterable[str] = ("attribute_ruler",)) -> bool:
    """Run each named ``AttributeRuler`` of ``nlp`` as an ``AttributeTable`` (the ruler stays
    in the pipeline, disabled). False if none could be compiled."""
    done = False
    for name in names:
        if name not in nlp.pipe_names:
            continue
        table = AttributeTable.from_ruler(nlp.get_pipe(name))
        if table is None:
            continue
        placeholder = nlp.add_pipe("kg_attribute_table", name=f"{name}_table", after=name)
        placeholder.table = table
        nlp.disable_pipe(name)
        done = True
    return done
