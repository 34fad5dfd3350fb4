"""kg.attributes: the model's attribute rules as tables give what spaCy's AttributeRuler gives,
token for token, on real text and on the contractions and constructions its rarer rules are
for."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from conftest import SEEDS
from kg.attributes import AttributeTable, use_attribute_table
from kg.read import read_articles

RARE = (
    "I ain't gonna do it, y'all know that. Let's go! C'mon, we gotta leave. There is a problem "
    "and there are two. There's nothing. Nothin' doin'. He'd said so; I'd have gone. She's "
    "goin' home, ol' friend. Ca n't and sha n't.\n\n   Spaces   here.\tTabs too. \"Quoted,\" he "
    "said. It's 5 p.m. on Tuesday, Sept. 3rd. I am here; you are there; they were, we was."
)
COLUMNS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]


def _before_ruler(nlp, text: str):
    """``text`` through the pipeline up to (not including) the attribute ruler."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name.startswith("attribute_ruler"):
            return doc
        doc = component(doc)
    raise AssertionError("no attribute ruler in the pipeline")


def _texts():
    return [a.content() for a in read_articles([SEEDS])] + [RARE]


def test_attributes_table_replaces_the_ruler_in_the_pipeline(nlp):
    assert "attribute_ruler_table" in nlp.pipe_names
    assert "attribute_ruler" in nlp.disabled


@pytest.mark.parametrize("index", range(len(_texts())))
def test_attributes_table_gives_what_the_ruler_gives(nlp, index):
    ruler = nlp.get_pipe("attribute_ruler")
    table = AttributeTable.from_ruler(ruler)
    assert table is not None
    doc = _before_ruler(nlp, _texts()[index])
    by_ruler, by_table = ruler(doc.copy()), table(doc.copy())
    assert (by_table.to_array(COLUMNS) == by_ruler.to_array(COLUMNS)).all()
    assert [str(t.morph) for t in by_table] == [str(t.morph) for t in by_ruler]
    assert len({t.pos_ for t in by_ruler}) > 8  # the rules did set something


def test_attributes_rules_apply_in_order_later_ones_win(nlp):
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "bank"}]], {"POS": "NOUN", "LEMMA": "first"})
    ruler.add([[{"LOWER": {"IN": ["bank", "river"]}}]], {"LEMMA": "second"})
    ruler.add([[{"LOWER": "the"}, {"LOWER": {"REGEX": "^ban"}}]], {"POS": "PROPN"}, index=1)
    ruler.add([[{"IS_SPACE": True}]], {"LEMMA": "space"})
    table = AttributeTable.from_ruler(ruler)
    doc = nlp.make_doc("The bank by the river bank.  Bank")
    by_ruler, by_table = ruler(doc.copy()), table(doc.copy())
    assert [(t.pos_, t.lemma_) for t in by_table] == [(t.pos_, t.lemma_) for t in by_ruler]
    assert [t.lemma_ for t in by_table][1] == "second"
    assert by_table[4].pos_ == "" and by_table[1].pos_ == "PROPN"


def test_attributes_pattern_it_cannot_read_keeps_the_ruler(nlp):
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"LEMMA": "good"})
    assert AttributeTable.from_ruler(ruler) is None


def test_attributes_use_table_leaves_a_pipeline_without_ruler_alone(nlp):
    import spacy

    blank = spacy.blank("en")
    assert use_attribute_table(blank) is False
    assert blank.pipe_names == []
