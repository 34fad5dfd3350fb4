"""Constructions of person–met–person, one way of reporting a meeting per case.

Each case is (construction, passage, expected) where expected is
``{"met": {pair, ...}, "planned": {pair, ...}}`` with pairs as frozensets of person labels:
every meeting a careful reader takes from the passage (guidelines: shared/gold/README.md),
held ones and planned ones kept apart. Both sets are compared for equality.

Decisions the cases encode:

* "X visited Y in Z" is a meeting: to visit a person is to see them. "X visited Z" is not.
* "will meet", "plans to meet", "is expected to meet", "upcoming meeting" are planned, not held.
* A group without a named person ("met EU foreign ministers"), convening, attending the same
  event, refusing to meet and negated meetings give nothing.
* A meeting told in the first person inside a quote ("I met Y," X said) is a meeting of X and Y.
"""

from __future__ import annotations

import pytest


def case(construction: str, passage: str, *pairs: tuple[str, str],
         planned: tuple[tuple[str, str], ...] = (), xfail: str | None = None):
    """One passage and the meetings it must yield; ``xfail`` names what the extractor gets
    wrong today."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    expected = {"met": {frozenset(p) for p in pairs}, "planned": {frozenset(p) for p in planned}}
    return pytest.param(construction, passage, expected, marks=marks)


CASES = [
    case("met/verb-met",
         "Estonian President Mart Kallaste met Finnish Prime Minister Aino Koskinen in Tallinn "
         "on Friday.",
         ("Mart Kallaste", "Aino Koskinen")),
    case("met/verb-met",
         "Danish Foreign Minister Henrik Dalgaard met with his Lithuanian counterpart Darius "
         "Jankus in Vilnius.",
         ("Henrik Dalgaard", "Darius Jankus")),
    case("met/verb-met",
         "After meeting Polish President Tomasz Wielgosz, Lithuanian Foreign Minister Darius "
         "Jankus flew to Riga.",
         ("Tomasz Wielgosz", "Darius Jankus")),
    case("met/verb-met",
         "Belgian Prime Minister Luc Vermeulen, who met Italian Prime Minister Francesca "
         "Rinaldi on Monday, said the talks had been useful.",
         ("Luc Vermeulen", "Francesca Rinaldi")),

    case("met/verb-host-receive",
         "Portuguese Prime Minister Rui Carvalho hosted Spanish Foreign Minister Lucia Serrano "
         "in Lisbon on Monday.",
         ("Rui Carvalho", "Lucia Serrano")),
    case("met/verb-host-receive",
         "Romanian President Mihai Popescu received Turkish Foreign Minister Kemal Aydin at the "
         "Cotroceni Palace.",
         ("Mihai Popescu", "Kemal Aydin")),
    case("met/verb-host-receive",
         "Ukrainian President Andriy Kovalenko was received by Japanese Prime Minister Kenji "
         "Morita in Tokyo.",
         ("Andriy Kovalenko", "Kenji Morita")),
    case("met/verb-host-receive",
         "Polish President Tomasz Wielgosz welcomed Canadian Defence Minister Laura Whitfield "
         "to Warsaw on Monday.",
         ("Tomasz Wielgosz", "Laura Whitfield")),

    case("met/verb-speak-talk",
         "Italian Prime Minister Francesca Rinaldi spoke with Greek Prime Minister Nikos "
         "Andreou on Tuesday about migration.",
         ("Francesca Rinaldi", "Nikos Andreou")),
    case("met/verb-speak-talk",
         "German Chancellor Markus Brandt spoke to Polish President Tomasz Wielgosz by phone on "
         "Saturday.",
         ("Markus Brandt", "Tomasz Wielgosz")),
    case("met/verb-speak-talk",
         "Swedish Prime Minister Erik Lindahl talked with Norwegian Prime Minister Ingrid "
         "Haugland about the power grid.",
         ("Erik Lindahl", "Ingrid Haugland")),
    case("met/verb-speak-talk",
         "Belgian Prime Minister Luc Vermeulen sat down with Austrian Chancellor Stefan Gruber "
         "for two hours on Thursday.",
         ("Luc Vermeulen", "Stefan Gruber")),

    case("met/verb-phone-call",
         "Canadian Defence Minister Laura Whitfield phoned British Defence Secretary Oliver "
         "Hartley on Thursday.",
         ("Laura Whitfield", "Oliver Hartley")),
    case("met/verb-phone-call",
         "French Foreign Minister Claire Dubois called Turkish Foreign Minister Kemal Aydin on "
         "Wednesday evening.",
         ("Claire Dubois", "Kemal Aydin")),

    case("met/verb-visit",
         "Estonian President Mart Kallaste visited Polish President Tomasz Wielgosz in Warsaw.",
         ("Mart Kallaste", "Tomasz Wielgosz")),
    case("met/verb-visit",
         "Estonian President Mart Kallaste visited Warsaw on Tuesday."),

    case("met/light-verb-noun-with",
         "Japanese Prime Minister Kenji Morita held talks with US Secretary of State Daniel "
         "Whitaker in Tokyo.",
         ("Kenji Morita", "Daniel Whitaker")),
    case("met/light-verb-noun-with",
         "Czech Foreign Minister Jana Dvorakova had a phone call with Ukrainian Foreign "
         "Minister Oleh Marchenko on Sunday.",
         ("Jana Dvorakova", "Oleh Marchenko")),
    case("met/light-verb-noun-with",
         "Austrian Chancellor Stefan Gruber had a long conversation with Belgian Prime Minister "
         "Luc Vermeulen on the sidelines of the summit.",
         ("Stefan Gruber", "Luc Vermeulen")),
    case("met/light-verb-noun-with",
         "Finnish Prime Minister Aino Koskinen held a video call with Ukrainian President "
         "Andriy Kovalenko on Monday.",
         ("Aino Koskinen", "Andriy Kovalenko")),

    case("met/joint-subject",
         "Finnish Prime Minister Aino Koskinen and Swedish Prime Minister Erik Lindahl "
         "discussed Baltic security in Stockholm.",
         ("Aino Koskinen", "Erik Lindahl")),
    case("met/joint-subject",
         "Danish Foreign Minister Henrik Dalgaard and French Foreign Minister Claire Dubois met "
         "in Paris on Monday.",
         ("Henrik Dalgaard", "Claire Dubois")),
    case("met/joint-subject",
         "Lithuanian Foreign Minister Darius Jankus and French Foreign Minister Claire Dubois "
         "spoke by phone on Monday.",
         ("Darius Jankus", "Claire Dubois")),
    case("met/joint-subject",
         "Swedish Prime Minister Erik Lindahl and Estonian President Mart Kallaste had a "
         "telephone conversation on Friday.",
         ("Erik Lindahl", "Mart Kallaste")),
    case("met/joint-subject",
         "Turkish Foreign Minister Kemal Aydin and Greek Prime Minister Nikos Andreou held "
         "talks in Ankara on Tuesday.",
         ("Kemal Aydin", "Nikos Andreou")),

    case("met/noun-with",
         "Romanian President Mihai Popescu's meeting with Italian Prime Minister Francesca "
         "Rinaldi ran late into the evening.",
         ("Mihai Popescu", "Francesca Rinaldi")),
    case("met/noun-with",
         "Ukrainian President Andriy Kovalenko described his talks with US Secretary of State "
         "Daniel Whitaker as frank.",
         ("Andriy Kovalenko", "Daniel Whitaker")),
    case("met/noun-with",
         "Greek Prime Minister Nikos Andreou raised the question of the islands during his "
         "negotiations with Turkish Foreign Minister Kemal Aydin.",
         ("Nikos Andreou", "Kemal Aydin")),
    case("met/noun-with",
         "In a conversation with Ukrainian President Andriy Kovalenko, Dutch Prime Minister "
         "Maarten Visser promised more ammunition.",
         ("Andriy Kovalenko", "Maarten Visser")),
    case("met/noun-with",
         "At a joint press conference with Estonian President Mart Kallaste, Lithuanian "
         "Foreign Minister Darius Jankus announced new funding.",
         ("Mart Kallaste", "Darius Jankus")),

    case("met/noun-between",
         "Talks between Spanish Foreign Minister Lucia Serrano and Portuguese Prime Minister "
         "Rui Carvalho ended without agreement.",
         ("Lucia Serrano", "Rui Carvalho")),
    case("met/noun-between",
         "The call between German Chancellor Markus Brandt and Japanese Prime Minister Kenji "
         "Morita lasted forty minutes.",
         ("Markus Brandt", "Kenji Morita")),

    case("met/coreferent-participant",
         "Canadian Defence Minister Laura Whitfield landed in Oslo on Monday. She met Norwegian "
         "Prime Minister Ingrid Haugland the same evening.",
         ("Laura Whitfield", "Ingrid Haugland")),
    case("met/coreferent-participant",
         "Japanese Prime Minister Kenji Morita arrived in Washington on Thursday. The prime "
         "minister met US Secretary of State Daniel Whitaker on Friday.",
         ("Kenji Morita", "Daniel Whitaker")),

    case("met/in-quote",
         '"I met Finnish Prime Minister Aino Koskinen last week and we agreed on the plan," '
         "Swedish Prime Minister Erik Lindahl said.",
         ("Erik Lindahl", "Aino Koskinen")),

    case("met/planned",
         "Italian Prime Minister Francesca Rinaldi will meet Romanian President Mihai Popescu "
         "in Bucharest next month.",
         planned=(("Francesca Rinaldi", "Mihai Popescu"),)),
    case("met/planned",
         "Portuguese Prime Minister Rui Carvalho plans to meet German Chancellor Markus Brandt "
         "before the summit.",
         planned=(("Rui Carvalho", "Markus Brandt"),)),
    case("met/planned",
         "Czech Foreign Minister Jana Dvorakova is expected to meet Danish Foreign Minister "
         "Henrik Dalgaard on Thursday.",
         planned=(("Jana Dvorakova", "Henrik Dalgaard"),)),
    case("met/planned",
         "Ukrainian President Andriy Kovalenko hopes to meet Japanese Prime Minister Kenji "
         "Morita before the end of the year.",
         planned=(("Andriy Kovalenko", "Kenji Morita"),)),
    case("met/planned",
         "Officials are preparing the upcoming meeting between Japanese Prime Minister Kenji "
         "Morita and Ukrainian President Andriy Kovalenko.",
         planned=(("Kenji Morita", "Andriy Kovalenko"),)),
    case("met/planned",
         "A call between Swedish Prime Minister Erik Lindahl and Estonian President Mart "
         "Kallaste is scheduled for Friday.",
         planned=(("Erik Lindahl", "Mart Kallaste"),)),
    case("met/planned",
         "Norwegian Prime Minister Ingrid Haugland is due to meet Canadian Defence Minister "
         "Laura Whitfield in Ottawa on Friday.",
         planned=(("Ingrid Haugland", "Laura Whitfield"),)),

    case("met/none-unnamed",
         "Spanish Foreign Minister Lucia Serrano met NATO defence ministers in Brussels."),
    case("met/none-unnamed",
         "Estonian President Mart Kallaste met his Polish counterpart in Warsaw on Tuesday."),

    case("met/none-convened-attended",
         "The emergency summit in Prague was convened by Czech Foreign Minister Jana "
         "Dvorakova."),
    case("met/none-convened-attended",
         "Both Austrian Chancellor Stefan Gruber and Belgian Prime Minister Luc Vermeulen "
         "attended the opening ceremony in Vienna."),
    case("met/none-convened-attended",
         "Swedish Prime Minister Erik Lindahl and Finnish Prime Minister Aino Koskinen were "
         "among the leaders at the summit in Vilnius."),

    case("met/none-negated",
         "Romanian President Mihai Popescu has not met Ukrainian President Andriy Kovalenko "
         "since the election."),
    case("met/none-negated",
         "French Foreign Minister Claire Dubois never spoke with Turkish Foreign Minister Kemal "
         "Aydin during the crisis."),
    case("met/none-negated",
         "Greek Prime Minister Nikos Andreou refused to meet Turkish Foreign Minister Kemal "
         "Aydin in Athens."),

    case("met/none-other-relation",
         "Danish Foreign Minister Henrik Dalgaard talked about Lithuanian Foreign Minister "
         "Darius Jankus in his speech to parliament."),
    case("met/none-other-relation",
         "Dutch Prime Minister Maarten Visser praised the reforms of Romanian President Mihai "
         "Popescu."),
]
