"""The stated extractor on passages written for these tests (not from the seeds)."""

from __future__ import annotations

import pytest

CASES = [
    # reported speech, speech verb in every position
    ("Finance Minister Clara Voss said that inflation would fall next year.",
     [("Clara Voss", "inflation would fall next year")]),
    ("Inflation will fall next year, said Finance Minister Clara Voss.",
     [("Clara Voss", "Inflation will fall next year")]),
    ("Clara Voss, who leads the finance ministry, said the budget was balanced.",
     [("Clara Voss", "the budget was balanced")]),
    ("Clara Voss told reporters the budget was balanced.",
     [("Clara Voss", "the budget was balanced")]),
    ("Mayor Tomas Berg insisted that the bridge would open in May.",
     [("Tomas Berg", "the bridge would open in May")]),
    ("According to Mayor Tomas Berg, the bridge will open in May.",
     [("Tomas Berg", "the bridge will open in May")]),
    # direct quotes: straight, curly, after and before, several sentences
    ('"The bridge will open in May," Mayor Tomas Berg said.',
     [("Tomas Berg", "The bridge will open in May")]),
    ("“The bridge will open in May. Nothing can stop it now,” Tomas Berg said.",
     [("Tomas Berg", "The bridge will open in May. Nothing can stop it now")]),
    ('Mayor Tomas Berg said: "We have the money and we have the workers."',
     [("Tomas Berg", "We have the money and we have the workers")]),
    # pronouns and role nouns
    ("Mayor Tomas Berg visited the site. He said the work was ahead of schedule.",
     [("Tomas Berg", "the work was ahead of schedule")]),
    ("Finance Minister Clara Voss presented the budget. The minister noted that taxes would not rise.",
     [("Clara Voss", "taxes would not rise")]),
    # pronouns agree in gender with the first name
    ("Prime Minister Ingrid Dahl met President Marek Kowal. She said the talks had been useful.",
     [("Ingrid Dahl", "the talks had been useful")]),
    ('"The talks were useful," according to Prime Minister Ingrid Dahl.',
     [("Ingrid Dahl", "The talks were useful")]),
    # agency format: a Quote: line belongs to the speaker named before it
    ("Source: Mayor Tomas Berg in an interview with a local radio station\n\n"
     "Details: Tomas Berg said that the bridge would open in May.\n\n"
     "Quote: We have the money and we have the workers.",
     [("Tomas Berg", "the bridge would open in May"),
      ("Tomas Berg", "We have the money and we have the workers")]),
    # a quote that goes on after its attribution
    ('"The bridge will open in May," Mayor Tomas Berg said. "Nothing can stop it now."',
     [("Tomas Berg", "The bridge will open in May"), ("Tomas Berg", "Nothing can stop it now")]),
    # hyphenated surnames stay whole
    ("Defence Minister Ewa Nowak-Lis said the army was ready.",
     [("Ewa Nowak-Lis", "the army was ready")]),
    # a bare surname two people share goes to the one named last before it
    ("Prime Minister Ida Johansson met Chancellor Olaf Scholz. Johansson said the talks went well. "
     "Senator Per Johansson said Congress would vote. Johansson added that the vote was close.",
     [("Ida Johansson", "the talks went well"), ("Per Johansson", "Congress would vote"),
      ("Per Johansson", "the vote was close")]),
    # the attribution interrupting the sentence, and the reporter's trailing time clause
    ("Mayor Tomas Berg spoke on Monday. The bridge, he said, would open in May.",
     [("Tomas Berg", "The bridge would open in May")]),
    ("Mayor Tomas Berg said the bridge would open in May, after engineers finished the tests.",
     [("Tomas Berg", "the bridge would open in May")]),
    # a bare role noun is the nearest person with that title
    ("Defence Minister Hanno Kask spoke first. Kask said the plan was ready. Foreign Minister "
     "Mari Tamm said guarantees had to be credible. \"Strength is all that counts,\" the minister said.",
     [("Hanno Kask", "the plan was ready"), ("Mari Tamm", "guarantees had to be credible"),
      ("Mari Tamm", "Strength is all that counts")]),
    # "as X put it", "X repeated that"
    ('As Mayor Tomas Berg put it, "a bridge that never opens is not a bridge."',
     [("Tomas Berg", "a bridge that never opens is not a bridge")]),
    ("Finance Minister Clara Voss repeated that taxes would not rise.",
     [("Clara Voss", "taxes would not rise")]),
    # negation and institutions give nothing
    ("Clara Voss did not say whether taxes would rise.", []),
    ("The ministry said that taxes would not rise.", []),
    ("Sources told reporters that the minister would resign.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract_stated_cases(extract, text, expected):
    assert sorted(extract(text)["stated"]) == sorted(expected)


def test_extract_stated_floating_quote_goes_to_last_speaker(extract):
    text = (
        'Mayor Tomas Berg said the bridge would open in May.\n\n'
        '"We have the money and we have the workers. Nothing can stop it now."\n'
    )
    stated = extract(text)["stated"]
    assert ("Tomas Berg", "We have the money and we have the workers. Nothing can stop it now") in stated


@pytest.mark.parametrize(
    "text",
    ['He said "', "“Unbalanced quote that never ends, said Tomas Berg.", '""', "\u201d\u201c" * 20],
)
def test_extract_stated_unbalanced_marks_never_crash(extract, text):
    extract(text)
