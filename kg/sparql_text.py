"""A query made ready for another SPARQL server, as text: the predeclared prefixes written
out, and the bindings as a ``VALUES`` block.

    text, form = for_endpoint(sparql, substitutions, prefixes=QUERY_PREFIXES)

Locally the bindings go to Oxigraph as substitutions; a server over HTTP takes only text, so
each bound term is written by the SPARQL grammar (``term_text``) — an IRI between ``<>``
once it is checked to hold none of the characters IRIREF forbids, a literal between double
quotes with every quote, backslash and control character escaped — and the block
(``VALUES (?name) { ("Anna Lindqvist") }``) goes first in the query's WHERE clause, where its
FILTERs see it as they see a substitution. Variable names are Oxigraph ``Variable``s
(VARNAME by construction). No value can close the string or the block it is written in.

Where the WHERE clause starts is found by a small lexer (``_tokens``) that knows what may
hide a brace: strings (short and long), IRIs and comments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import NamedTuple

import pyoxigraph as ox

from kg.errors import QueryError

Term = ox.NamedNode | ox.BlankNode | ox.Literal

FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_NOT_IN_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_LANGTAG = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*")
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
          "\f": "\\f"}
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
                | '''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
                | "(?:[^"\\\n\r]|\\.)*"
                | '(?:[^'\\\n\r]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][^\s{}()<>"'\#,;.=!&|+*/\[\]^]+)
    | (?P<word>(?:[^\s{}()<>"'\#,;=!&|+*/\[\]^?$\\]|\\.)+)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


class Token(NamedTuple):
    kind: str  # space, comment, string, iri, var, word, other
    text: str
    start: int
    end: int


class Shape(NamedTuple):
    """Where things are in a query's text."""

    form: str  # SELECT, CONSTRUCT, DESCRIBE or ASK
    prefixes: frozenset[str]  # prefix names it declares itself
    where: Token | None  # the "{" opening its WHERE clause
    where_end: Token | None  # the "}" closing it
    subselect: bool  # whether that clause is a sub-SELECT (which must stand alone in it)
    short_construct: Token | None  # "WHERE" of a CONSTRUCT WHERE { … }


def term_text(term: Term) -> str:
    """One RDF term as SPARQL text (ValueError for a term no query text can carry, TypeError
    for what is not a term)."""
    if isinstance(term, ox.NamedNode):
        return _iri(term.value)
    if isinstance(term, ox.Literal):
        if getattr(term, "direction", None) is not None:
            raise ValueError("a literal with a base direction cannot be sent")
        text = _string(term.value)
        if term.language:
            if not _LANGTAG.fullmatch(term.language):
                raise ValueError(f"not a language tag: {term.language!r}")
            return f"{text}@{term.language}"
        if term.datatype.value == _XSD_STRING:
            return text
        return f"{text}^^{_iri(term.datatype.value)}"
    if isinstance(term, ox.BlankNode):
        # a term, but one no query text can name: the value is wrong, not its type
        message = "a blank node cannot be sent to another server (bind an IRI)"
        raise ValueError(message)  # noqa: TRY004
    raise TypeError(f"cannot write a {type(term).__name__} in a query")


def _iri(value: str) -> str:
    bad = _NOT_IN_IRI.search(value)
    if bad is not None or ":" not in value:
        what = f"the character {bad.group()!r}" if bad else "no scheme"
        raise ValueError(f"not an IRI ({what}): {value!r}")
    return f"<{value}>"


def _string(value: str) -> str:
    out = []
    for char in value:
        if char in _ECHAR:
            out.append(_ECHAR[char])
        elif ord(char) < 0x20 or char == "\x7f":
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def values_block(substitutions: Mapping[ox.Variable, Term]) -> str:
    """``VALUES (?a ?b) { (… …) }``: one row, the bound terms."""
    names = " ".join(f"?{ox.Variable(var.value).value}" for var in substitutions)
    terms = " ".join(term_text(term) for term in substitutions.values())
    return f"VALUES ({names}) {{ ({terms}) }}"


def prologue(prefixes: Mapping[str, str], *, skip: frozenset[str] = frozenset()) -> str:
    """``PREFIX`` lines for ``prefixes``, but for the names in ``skip``."""
    lines = [f"PREFIX {name}: {_iri(iri)}" for name, iri in prefixes.items() if name not in skip]
    return "".join(line + "\n" for line in lines)


def for_endpoint(
    sparql: str,
    substitutions: Mapping[ox.Variable, Term] | None = None,
    *,
    prefixes: Mapping[str, str] | None = None,
    source: str | None = None,
) -> tuple[str, str]:
    """The query text to send (``prefixes`` declared unless the query declares them itself,
    the bindings as a VALUES block) and its form (SELECT, ASK, CONSTRUCT, DESCRIBE)."""
    shape = scan(sparql)
    text = sparql
    if substitutions:
        try:
            text = with_values(sparql, shape, values_block(substitutions))
        except (TypeError, ValueError) as exc:
            raise QueryError(source, f"binding: {exc}") from None
    return prologue(prefixes or {}, skip=shape.prefixes) + text, shape.form


def with_values(sparql: str, shape: Shape, block: str) -> str:
    """``sparql`` with ``block`` first in its WHERE clause."""
    if shape.short_construct is not None and shape.where is not None and shape.where_end:
        # CONSTRUCT WHERE { T } takes triple patterns only: CONSTRUCT { T } WHERE { VALUES … T }
        template = sparql[shape.where.start : shape.where_end.end]
        inside = sparql[shape.where.end : shape.where_end.start]
        return (sparql[: shape.short_construct.start] + template + " WHERE {\n" + block + "\n"
                + inside + "}" + sparql[shape.where_end.end :])
    if shape.where is None or shape.where_end is None:
        raise ValueError(f"the {shape.form} query has no WHERE clause to bind in")
    at, end = shape.where.end, shape.where_end.start
    if shape.subselect:  # { SELECT … } → { VALUES … { SELECT … } }
        return sparql[:at] + "\n" + block + " {" + sparql[at:end] + "\n}" + sparql[end:]
    return sparql[:at] + "\n" + block + "\n" + sparql[at:]


def calls_service(sparql: str) -> bool:
    """Whether the query calls another endpoint (the keyword ``SERVICE`` outside strings,
    IRIs and comments)."""
    return any(t.kind == "word" and t.text.upper() == "SERVICE" for t in _tokens(sparql))


def scan(sparql: str) -> Shape:
    """The shape of a query (which must parse: ``kg.query.check_query`` first)."""
    tokens = [t for t in _tokens(sparql) if t.kind not in ("space", "comment")]
    words = [t.text.upper() if t.kind == "word" else "" for t in tokens]
    form_at = next((i for i, w in enumerate(words) if w in FORMS), None)
    if form_at is None:
        raise QueryError(None, "not a query: no SELECT, CONSTRUCT, DESCRIBE or ASK")
    prefixes = frozenset(
        tokens[i + 1].text[:-1] for i in range(form_at)
        if words[i] == "PREFIX" and i + 1 < form_at and tokens[i + 1].text.endswith(":")
    )
    form = words[form_at]
    at = form_at + 1
    short = None
    if form == "CONSTRUCT" and at < len(tokens):
        if words[at] == "WHERE":
            short = tokens[at]
        elif tokens[at].text == "{":
            at = _closing(tokens, at) + 1
    where = _first_open(tokens, at)
    if where is None:
        return Shape(form, prefixes, None, None, False, short)
    end = _closing(tokens, where)
    subselect = where + 1 < len(tokens) and words[where + 1] == "SELECT"
    return Shape(form, prefixes, tokens[where], tokens[end], subselect, short)


def _first_open(tokens: list[Token], start: int) -> int | None:
    """The first ``{`` outside parentheses (a projection's ``EXISTS { … }`` is inside them)."""
    depth = 0
    for i in range(start, len(tokens)):
        text = tokens[i].text if tokens[i].kind == "other" else ""
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif text == "{" and depth == 0:
            return i
    return None


def _closing(tokens: list[Token], opening: int) -> int:
    """The ``}`` matching the ``{`` at ``opening``."""
    depth = 0
    for i in range(opening, len(tokens)):
        if tokens[i].kind != "other":
            continue
        if tokens[i].text == "{":
            depth += 1
        elif tokens[i].text == "}":
            depth -= 1
            if depth == 0:
                return i
    raise QueryError(None, "SPARQL syntax error: a '{' is never closed")


def _tokens(sparql: str) -> Iterator[Token]:
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        yield Token(kind, match.group(), match.start(), match.end())
