"""The textacy 0.13 baseline, as kg.model facts, so that it is scored like newskg itself.

- stated: ``textacy.extract.triples.direct_quotations``; the speaker span becomes a person, the
  quotation (without its marks) the claim. Reported speech is out of its reach.
- met: ``textacy.extract.subject_verb_object_triples`` whose verb lemma is a meeting verb;
  each PERSON entity in the subject meets each PERSON entity in the object ("Macron calls
  Starmer and Zelenskyy" is Macron–Starmer, and Macron–Zelenskyy if NER calls him a PERSON).
- roles: nothing.

Entities get no resolution: the span text is the label, its slug the key, so "he" or
"President Macron" is a person of its own. textacy is a benchmark-only dependency
(``pip install textacy==0.13.0``); import this module only after checking ``available()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.iri import slug
from kg.model import PERSON, Article, Build, Entity, Evidence
from kg.relations.met import Meeting
from kg.relations.stated import Statement

MEETING_VERBS = frozenset({"meet", "host", "talk", "speak", "call", "visit", "hold"})
QUOTE_RULE = "textacy.direct_quotations"
SVO_RULE = "textacy.svo.meeting-verb"

Found = Iterator[tuple[Meeting | Statement, list[Entity]]]  # a fact and the people it names
Warn = Callable[[str], None]


def available() -> bool:
    """Whether textacy can be imported here (it is not a newskg dependency)."""
    try:
        import textacy.extract.triples  # noqa: F401
    except ImportError:
        return False
    return True


def extract_articles(articles: list[Article], nlp: Language, *, batch_size: int = 16) -> Build:
    """Run the baseline over already-read articles with the given spaCy pipeline."""
    result = Build(articles=list(articles))
    texts = (a.content() for a in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size)):
        for fact, people in _article_facts(article, doc, warn=result.warnings.append):
            result.facts.append(fact)
            for entity in people:
                result.entities.setdefault(entity.key, entity)
    result.entities = dict(sorted(result.entities.items()))
    return result


def _article_facts(article: Article, doc: Doc, *, warn: Warn) -> Found:
    yield from _statements(article, doc, warn=warn)
    yield from _meetings(article, doc)


def _statements(article: Article, doc: Doc, *, warn: Warn) -> Found:
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError as err:  # an odd number of quotation marks: textacy bails out
        warn(f"{article.id}: textacy quotations skipped ({err})")
        return
    for speaker_toks, cue, content in triples:
        speaker = _person(speaker_toks)
        if speaker is None:
            continue
        claim = content[1:-1].text if len(content) > 2 else content.text
        ev = _evidence(article, doc, [*speaker_toks, *cue], content, "stated", QUOTE_RULE)
        yield Statement(speaker.key, claim.strip(), "direct", ev), [speaker]


def _meetings(article: Article, doc: Doc) -> Found:
    from textacy.extract.triples import subject_verb_object_triples

    for subj, verb, obj in subject_verb_object_triples(doc):
        if not any(t.lemma_.lower() in MEETING_VERBS for t in verb if t.pos_ == "VERB"):
            continue
        ev = _evidence(article, doc, [*subj, *verb, *obj], None, "met", SVO_RULE)
        for s in _person_ents(subj):
            for o in _person_ents(obj):
                a, b = _person(list(s)), _person(list(o))
                if a is not None and b is not None and a.key != b.key:
                    yield Meeting(tuple(sorted((a.key, b.key))), ev), [a, b]


def _person_ents(tokens: list[Token]) -> list[Span]:
    """The PERSON entities among a subject's (or object's) tokens, in order."""
    found: list[Span] = []
    for tok in sorted(tokens, key=lambda t: t.i):
        if tok.ent_type_ != "PERSON":
            continue
        ent = next(e for e in tok.doc.ents if e.start <= tok.i < e.end)
        if ent not in found:
            found.append(ent)
    return found


def _person(tokens: list[Token]) -> Entity | None:
    """Simple name normalisation: the span's words, joined by single spaces."""
    label = " ".join(t.text for t in sorted(tokens, key=lambda t: t.i)).strip()
    if not label:
        return None
    return Entity(key=f"person/{slug(label)}", type=PERSON, label=label)


def _evidence(
    article: Article, doc: Doc, tokens: Iterable[Token], span: Span | None, extractor: str,
    rule: str,
) -> Evidence:
    """The sentence(s) holding the tokens (and span), with offsets into the article text."""
    idxs = [t.i for t in tokens]
    if span is not None:
        idxs += [span.start, span.end - 1]
    first, last = doc[min(idxs)].sent, doc[max(idxs)].sent
    start, end = first.start_char, last.end_char
    text = article.text[start:end]
    start += len(text) - len(text.lstrip())
    end -= len(text) - len(text.rstrip())
    return Evidence(
        article_id=article.id, text=article.text[start:end], start=start, end=end,
        confidence=1.0, extractor=extractor, rule=rule,
    )
