"""Evidence records: the sentence(s) a fact was read from, with offsets into the article."""

from __future__ import annotations


from kg.calibration import confidence as confidence_of
from kg.article.context import DocContext
from kg.model import Evidence
from kg.nlp import sentence_of


def sentence_bounds(ctx: DocContext, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentences covering [start, end)."""
    doc = ctx.doc
    first = doc.char_span(start, max(start + 1, min(end, len(ctx.text))), alignment_mode="expand")
    if first is None or len(first) == 0:
        return start, end
    s = sentence_of(first[0]).start_char
    e = sentence_of(first[-1]).end_char
    # Keep paragraphs apart: a "sentence" never runs across a blank line into a heading.
    return min(s, start), max(e, end)


def make_evidence(
    ctx: DocContext,
    start: int,
    end: int,
    *,
    extractor: str,
    rule: str,
    chain: tuple[str, ...] = (),
    resolved: bool | None = None,
) -> Evidence:
    """The evidence of a fact read by ``rule`` from ``ctx.text[start:end]`` (widened to whole
    sentences). ``chain`` is how a pronoun or role phrase was resolved; ``resolved`` (default:
    a chain of more than a name) whether the fact's subject was found indirectly, which
    ``kg.calibration.confidence`` weighs."""
    confidence = confidence_of(rule, len(chain) > 1 if resolved is None else resolved)
    s, e = sentence_bounds(ctx, start, end)
    text = ctx.article.text[s:e]
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    return Evidence(
        article_id=ctx.article.id,
        text=" ".join(text.split()),
        start=s + lead,
        end=e - trail,
        confidence=round(max(0.0, min(1.0, confidence)), 2),
        extractor=extractor,
        rule=rule,
        chain=chain,
    )
