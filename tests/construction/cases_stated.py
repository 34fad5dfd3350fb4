"""Constructions of person–stated–claim, one way of reporting speech per case.

Each case is (construction, passage, expected) where expected is
``{"stated": [(speaker label, claim), ...]}``: every statement a careful reader takes from the
passage (guidelines: shared/gold/README.md). Claims are compared after collapsing whitespace and
dropping trailing punctuation; otherwise the words must be exact.

Decisions the cases encode:

* "X denied that P" gives nothing: the schema has no negated claims, and recording P as X's
  claim would state the opposite of what X said.
* "X did not say …" and "X did not rule out that P" give nothing: X asserted nothing.
* Hedged speech is still speech: "X suggested that P could …" gives (X, "P could …").
* A partial quote inside reported speech keeps its words and loses its marks.
* Institutions, sources and documents ("the ministry said", "sources told Reuters",
  "the statement said", "the Kremlin said") are not people and give nothing.
"""

from __future__ import annotations

import pytest


def case(construction: str, passage: str, *facts: tuple[str, str], xfail: str | None = None):
    """One passage and the statements it must yield; ``xfail`` names what the extractor gets
    wrong today."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(construction, passage, {"stated": sorted(facts)}, marks=marks)


CASES = [
    case("stated/verb-after",
         "Finnish Prime Minister Aino Koskinen said the border would stay closed through the "
         "winter.",
         ("Aino Koskinen", "the border would stay closed through the winter")),
    case("stated/verb-after",
         "Danish Foreign Minister Henrik Dalgaard said that Copenhagen would double its aid "
         "next year.",
         ("Henrik Dalgaard", "Copenhagen would double its aid next year")),
    case("stated/verb-after",
         "In an interview with the BBC, British Defence Secretary Oliver Hartley said the navy "
         "would receive two new frigates.",
         ("Oliver Hartley", "the navy would receive two new frigates")),
    case("stated/verb-after",
         "Canadian Defence Minister Laura Whitfield said in a statement that the drills would "
         "continue until Friday.",
         ("Laura Whitfield", "the drills would continue until Friday")),
    case("stated/verb-after",
         "Lithuanian Foreign Minister Darius Jankus emphasised that sanctions must stay in "
         "place.",
         ("Darius Jankus", "sanctions must stay in place")),
    case("stated/verb-after",
         "Romanian President Mihai Popescu warned that energy prices could rise sharply this "
         "winter.",
         ("Mihai Popescu", "energy prices could rise sharply this winter")),
    case("stated/verb-after",
         "Czech Foreign Minister Jana Dvorakova said on Monday that Prague would host the "
         "next round.",
         ("Jana Dvorakova", "Prague would host the next round")),
    case("stated/verb-after",
         "Estonian President Mart Kallaste said the plan was ready, adding that the funding "
         "had been secured.",
         ("Mart Kallaste", "the plan was ready"),
         ("Mart Kallaste", "the funding had been secured")),
    case("stated/verb-after",
         "Dutch Foreign Minister Jeroen de Vries said the embassy in Kyiv would stay open.",
         ("Jeroen de Vries", "the embassy in Kyiv would stay open")),
    case("stated/verb-after",
         "Danish Foreign Minister Henrik Dalgaard said the plan was realistic, while Czech "
         "Foreign Minister Jana Dvorakova said it came too late.",
         ("Henrik Dalgaard", "the plan was realistic"),
         ("Jana Dvorakova", "it came too late")),

    case("stated/verb-inverted",
         "The sanctions package is ready, said Estonian President Mart Kallaste.",
         ("Mart Kallaste", "The sanctions package is ready")),
    case("stated/verb-inverted",
         "The talks will resume in May, Spanish Foreign Minister Lucia Serrano said on Tuesday.",
         ("Lucia Serrano", "The talks will resume in May")),

    case("stated/verb-interrupted",
         "Greek Prime Minister Nikos Andreou, who returned from Brussels on Monday, said the "
         "deal was fair to Athens.",
         ("Nikos Andreou", "the deal was fair to Athens")),
    case("stated/verb-interrupted",
         "Stefan Gruber, the Austrian chancellor, said Vienna would remain neutral.",
         ("Stefan Gruber", "Vienna would remain neutral")),
    case("stated/verb-interrupted",
         "Japanese Prime Minister Kenji Morita, speaking in Osaka, said the tariffs would be "
         "lifted by spring.",
         ("Kenji Morita", "the tariffs would be lifted by spring")),

    case("stated/verb-told",
         "Canadian Defence Minister Laura Whitfield told reporters the first aircraft would "
         "arrive in June.",
         ("Laura Whitfield", "the first aircraft would arrive in June")),
    case("stated/verb-told",
         "Polish President Tomasz Wielgosz told the Financial Times that Warsaw would buy "
         "more tanks.",
         ("Tomasz Wielgosz", "Warsaw would buy more tanks")),

    case("stated/participle-saying",
         "Swedish Prime Minister Erik Lindahl defended the decision, saying it would protect "
         "jobs in the north.",
         ("Erik Lindahl", "it would protect jobs in the north")),

    case("stated/quoted-as-saying",
         "Lithuanian Foreign Minister Darius Jankus was quoted as saying that the pipeline "
         "would be closed by March.",
         ("Darius Jankus", "the pipeline would be closed by March")),
    case("stated/quoted-as-saying",
         'Turkish Foreign Minister Kemal Aydin was quoted by the Anadolu agency as saying: '
         '"Ankara wants a lasting ceasefire in the region."',
         ("Kemal Aydin", "Ankara wants a lasting ceasefire in the region")),

    case("stated/social-media",
         "Polish President Tomasz Wielgosz wrote on X that the shipment had reached the "
         "border.",
         ("Tomasz Wielgosz", "the shipment had reached the border")),
    case("stated/social-media",
         'Swedish Prime Minister Erik Lindahl wrote on Twitter: "Sweden stands ready to help '
         'our neighbours."',
         ("Erik Lindahl", "Sweden stands ready to help our neighbours")),
    case("stated/social-media",
         "Estonian President Mart Kallaste tweeted that the vote was a historic step for "
         "Tallinn.",
         ("Mart Kallaste", "the vote was a historic step for Tallinn")),
    case("stated/social-media",
         "Ukrainian Foreign Minister Oleh Marchenko said in a post on Telegram that the "
         "ambassadors had been recalled.",
         ("Oleh Marchenko", "the ambassadors had been recalled")),

    case("stated/quote-then-verb",
         '"The door remains open to everyone," said Greek Prime Minister Nikos Andreou.',
         ("Nikos Andreou", "The door remains open to everyone")),
    case("stated/quote-then-verb",
         '"We are not there yet," Estonian President Mart Kallaste added.',
         ("Mart Kallaste", "We are not there yet")),
    case("stated/quote-then-verb",
         '"Nobody in this government wants a second lockdown," Austrian Chancellor Stefan '
         "Gruber told reporters.",
         ("Stefan Gruber", "Nobody in this government wants a second lockdown")),

    case("stated/verb-colon-quote",
         'Greek Prime Minister Nikos Andreou said: "We will not accept any further delay to '
         'the payments."',
         ("Nikos Andreou", "We will not accept any further delay to the payments")),
    case("stated/verb-colon-quote",
         "Portuguese Prime Minister Rui Carvalho said: “The reform is finished. Now it must "
         "work.”",
         ("Rui Carvalho", "The reform is finished. Now it must work")),

    case("stated/colon-headline",
         "Finnish Prime Minister Aino Koskinen: Finland will keep the border closed all winter",
         ("Aino Koskinen", "Finland will keep the border closed all winter")),

    case("stated/agency-format",
         "Source: Ukrainian Foreign Minister Oleh Marchenko in an interview with Reuters\n\n"
         'Quote: "Our partners have promised the first systems by autumn."',
         ("Oleh Marchenko", "Our partners have promised the first systems by autumn")),
    case("stated/agency-format",
         "Details: Danish Foreign Minister Henrik Dalgaard stated that the new package would "
         "include artillery shells.",
         ("Henrik Dalgaard", "the new package would include artillery shells")),

    case("stated/quote-two-paragraphs",
         'Swedish Prime Minister Erik Lindahl said: "The decision was not easy. We weighed '
         'every option.\n\n'
         '"In the end, the safety of our citizens comes first."',
         ("Erik Lindahl", "The decision was not easy. We weighed every option. In the end, the "
                          "safety of our citizens comes first")),

    case("stated/floating-quote",
         "Romanian President Mihai Popescu said the new bridge would open in June.\n\n"
         '"The money is there and the builders are ready."',
         ("Mihai Popescu", "the new bridge would open in June"),
         ("Mihai Popescu", "The money is there and the builders are ready")),
    case("stated/floating-quote",
         "Italian Prime Minister Francesca Rinaldi said the talks had been useful. Belgian "
         "Prime Minister Luc Vermeulen said they had achieved nothing.\n\n"
         '"We have heard the same promises for two years."',
         ("Francesca Rinaldi", "the talks had been useful"),
         ("Luc Vermeulen", "they had achieved nothing"),
         ("Luc Vermeulen", "We have heard the same promises for two years")),

    case("stated/partial-quote",
         'Czech Foreign Minister Jana Dvorakova said the proposal was "dead on arrival" in its '
         "current form.",
         ("Jana Dvorakova", "the proposal was dead on arrival in its current form")),
    case("stated/partial-quote",
         "Italian Prime Minister Francesca Rinaldi said Rome would “never abandon” its "
         "partners in the south.",
         ("Francesca Rinaldi", "Rome would never abandon its partners in the south")),

    case("stated/according-to",
         "According to Japanese Prime Minister Kenji Morita, the agreement will be signed in "
         "Tokyo next month.",
         ("Kenji Morita", "the agreement will be signed in Tokyo next month")),
    case("stated/according-to",
         "The agreement will be signed next month, according to Japanese Prime Minister Kenji "
         "Morita.",
         ("Kenji Morita", "The agreement will be signed next month")),

    case("stated/denied",
         "Kremlin spokesman Igor Sokolov denied that troops had been moved to the border."),

    case("stated/negated",
         "Austrian Chancellor Stefan Gruber did not say when the talks would resume."),
    case("stated/negated",
         "Belgian Prime Minister Luc Vermeulen has not said that Brussels will leave the "
         "project."),

    case("stated/hedged",
         "Norwegian Prime Minister Ingrid Haugland did not rule out that Norway could raise "
         "its contribution."),
    case("stated/hedged",
         "Belgian Prime Minister Luc Vermeulen suggested that the summit could be moved to "
         "Ghent.",
         ("Luc Vermeulen", "the summit could be moved to Ghent")),

    case("stated/pronoun-speaker",
         "Portuguese Prime Minister Rui Carvalho arrived in Luxembourg on Thursday. He said the "
         "budget talks had stalled.",
         ("Rui Carvalho", "the budget talks had stalled")),
    case("stated/pronoun-speaker",
         "Spanish Foreign Minister Lucia Serrano visited a school in Seville. She told pupils "
         "that the exchange programme would be expanded.",
         ("Lucia Serrano", "the exchange programme would be expanded")),
    case("stated/pronoun-speaker",
         "German Chancellor Markus Brandt opened the trade fair in Hanover. "
         '"This is a good day for industry," he said.',
         ("Markus Brandt", "This is a good day for industry")),

    case("stated/role-noun-speaker",
         "Dutch Prime Minister Maarten Visser visited a shipyard in Rotterdam. The prime "
         "minister said the orders would secure thousands of jobs.",
         ("Maarten Visser", "the orders would secure thousands of jobs")),
    case("stated/role-noun-speaker",
         "French Foreign Minister Claire Dubois flew to Dakar on Sunday. The foreign minister "
         "told reporters that the embassy would reopen.",
         ("Claire Dubois", "the embassy would reopen")),
    case("stated/role-noun-speaker",
         "Ukrainian President Andriy Kovalenko addressed parliament on Friday. The Ukrainian "
         "leader said the grain corridor was working again.",
         ("Andriy Kovalenko", "the grain corridor was working again")),
    case("stated/role-noun-speaker",
         "Kremlin spokesman Igor Sokolov held a briefing on Wednesday. The Kremlin spokesman "
         "said Moscow had received no proposal.",
         ("Igor Sokolov", "Moscow had received no proposal")),
    case("stated/role-noun-speaker",
         "British Defence Secretary Oliver Hartley toured the base in Portsmouth. The defence "
         "secretary said the fleet was ready.",
         ("Oliver Hartley", "the fleet was ready")),
    case("stated/role-noun-speaker",
         "Lithuanian Foreign Minister Darius Jankus opened the conference in Vilnius. "
         '"Our region has never been more united," the minister said.',
         ("Darius Jankus", "Our region has never been more united")),

    case("stated/institution",
         "The Finnish foreign ministry said the ambassador had been summoned."),
    case("stated/institution",
         "The statement said the two countries would deepen cooperation on energy."),
    case("stated/institution",
         "The Kremlin said the talks had been constructive."),
    case("stated/institution",
         "The Polish government stated that the border crossing would reopen on Monday."),
    case("stated/institution",
         "The office of Greek Prime Minister Nikos Andreou said the meeting had been "
         "postponed."),

    case("stated/unnamed-speaker",
         "Two diplomatic sources told Reuters the vote had been postponed."),
    case("stated/unnamed-speaker",
         "A spokesman for Finnish Prime Minister Aino Koskinen said the trip had been "
         "cancelled."),
]
