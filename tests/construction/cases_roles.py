"""Constructions of country–role-in–security-guarantees, one way of giving a role per case.

Each case is (construction, passage, expected) where expected is
``{"roles": {(country label, role), ...}}``: every role a careful reader takes from the passage
(guidelines: shared/gold/README.md), roles being "Guarantor", "Opponent" and "Recipient".

Decisions the cases encode:

* The country troops are sent to is not thereby a recipient ("send troops to Ukraine"): only
  guarantees said to be for, to or given to a country make it one.
* A country that will not send its own troops is neither guarantor nor opponent.
* A person speaking for a country (by title or nationality) and a capital or institution
  standing for it ("Ankara", "the Kremlin") give the country.
* Troops, aid or sanctions outside talk of guarantees for Ukraine give nothing; Europe and NATO
  are not countries.
"""

from __future__ import annotations

import pytest

G, O, R = "Guarantor", "Opponent", "Recipient"


def case(construction: str, passage: str, *roles: tuple[str, str], xfail: str | None = None):
    """One passage and the roles it must yield; ``xfail`` names what the extractor gets wrong
    today."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(construction, passage, {"roles": set(roles)}, marks=marks)


CASES = [
    case("roles/guarantor-verb",
         "Belgium will send troops to Ukraine to help enforce a future ceasefire.",
         ("Belgium", G)),
    case("roles/guarantor-verb",
         "Finland has agreed to deploy peacekeepers in Ukraine once a ceasefire holds.",
         ("Finland", G)),
    case("roles/guarantor-verb",
         "Canada will contribute troops to a European-led security force in Ukraine.",
         ("Canada", G)),
    case("roles/guarantor-verb",
         "Japan is willing to provide security guarantees to Ukraine.",
         ("Japan", G), ("Ukraine", R)),
    case("roles/guarantor-verb",
         "Australia will join a coalition of countries sending troops to Ukraine after a "
         "ceasefire.",
         ("Australia", G)),
    case("roles/guarantor-verb",
         "Norway will deploy fighter jets to patrol Ukrainian airspace as part of the security "
         "guarantees.",
         ("Norway", G)),
    case("roles/guarantor-verb",
         "Britain and France would extend security guarantees to Ukraine under the plan.",
         ("United Kingdom", G), ("France", G), ("Ukraine", R)),
    case("roles/guarantor-verb",
         "Denmark is among the countries that have offered troops for a peacekeeping mission "
         "in Ukraine.",
         ("Denmark", G)),

    case("roles/guarantor-readiness",
         "Estonia is ready to send a company of soldiers to Ukraine if a peace deal is signed.",
         ("Estonia", G)),
    case("roles/guarantor-readiness",
         "Sweden is prepared to contribute fighter jets to protect Ukrainian airspace under a "
         "ceasefire.",
         ("Sweden", G)),
    case("roles/guarantor-readiness",
         "Lithuania said it was willing to deploy troops to Ukraine as part of a peacekeeping "
         "mission.",
         ("Lithuania", G)),

    case("roles/guarantor-national-forces",
         "British and French troops could be deployed to Ukraine as part of a reassurance "
         "force.",
         ("United Kingdom", G), ("France", G)),

    case("roles/guarantor-noun",
         "Kyiv wants security guarantees from the United States before it signs any deal.",
         ("Ukraine", R), ("United States", G)),
    case("roles/guarantor-noun",
         "Turkey's role in providing security guarantees for Ukraine was discussed at the "
         "meeting.",
         ("Turkey", G), ("Ukraine", R)),
    case("roles/guarantor-noun",
         "Turkey is ready to act as a guarantor of a ceasefire between Russia and Ukraine.",
         ("Turkey", G)),

    case("roles/guarantor-by-person",
         "Dutch Prime Minister Maarten Visser said The Hague would contribute air defence to a "
         "reassurance force in Ukraine.",
         ("Netherlands", G)),
    case("roles/guarantor-by-person",
         "Canadian Defence Minister Laura Whitfield said Ottawa was prepared to deploy troops "
         "to a reassurance force in Ukraine.",
         ("Canada", G)),
    case("roles/guarantor-by-person",
         "Swedish Prime Minister Erik Lindahl offered to send Swedish peacekeepers to Ukraine "
         "after a ceasefire.",
         ("Sweden", G)),
    case("roles/guarantor-by-person",
         "British Defence Secretary Oliver Hartley said London was ready to put troops on the "
         "ground in Ukraine to uphold a peace deal.",
         ("United Kingdom", G)),
    case("roles/guarantor-by-person",
         "Estonian President Mart Kallaste said his country would send troops to Ukraine as "
         "part of a reassurance force.",
         ("Estonia", G)),

    case("roles/guarantor-metonymy",
         "Ankara is ready to contribute naval forces to secure shipping in the Black Sea after "
         "a ceasefire in Ukraine.",
         ("Turkey", G)),
    case("roles/guarantor-metonymy",
         "Warsaw has pledged to send engineers and troops to help guard a ceasefire line in "
         "Ukraine.",
         ("Poland", G)),
    case("roles/guarantor-metonymy",
         "Paris and London are prepared to lead a reassurance force in Ukraine.",
         ("France", G), ("United Kingdom", G)),

    case("roles/opponent-metonymy",
         "The Kremlin rejected any deployment of European troops in Ukraine.",
         ("Russia", O)),
    case("roles/opponent-metonymy",
         "Moscow has ruled out any presence of NATO forces in Ukraine.",
         ("Russia", O)),

    case("roles/guarantor-coordination",
         "Estonia, Latvia and Lithuania are ready to send troops to Ukraine after a ceasefire.",
         ("Estonia", G), ("Latvia", G), ("Lithuania", G)),

    case("roles/opponent-coordination",
         "Hungary, Slovakia and Austria oppose Ukraine's accession to NATO.",
         ("Hungary", O), ("Slovakia", O), ("Austria", O)),
    case("roles/opponent-coordination",
         "Slovakia and Hungary have rejected the deployment of Western troops in Ukraine.",
         ("Slovakia", O), ("Hungary", O)),

    case("roles/negated",
         "Portugal will not send troops to Ukraine, the prime minister said."),
    case("roles/negated",
         "Ireland has no plans to deploy soldiers to Ukraine."),
    case("roles/negated",
         "Greece would never send its own soldiers to Ukraine."),
    case("roles/negated",
         "Finland does not oppose Ukraine's membership in NATO."),
    case("roles/negated",
         "Italy did not rule out sending troops to Ukraine at a later stage."),

    case("roles/opponent-verb",
         "Slovakia opposes Ukraine's membership in NATO, its foreign minister said.",
         ("Slovakia", O)),
    case("roles/opponent-verb",
         "Hungary has ruled out Ukraine's membership in NATO for the foreseeable future.",
         ("Hungary", O)),
    case("roles/opponent-verb",
         "Hungary threatened to veto Ukraine's accession to NATO.",
         ("Hungary", O)),
    case("roles/opponent-verb",
         "Russia warned against the deployment of any Western peacekeepers in Ukraine.",
         ("Russia", O)),
    case("roles/opponent-verb",
         "The United States, which opposes NATO membership for Ukraine, is pressing for a "
         "bilateral deal.",
         ("United States", O)),

    case("roles/opponent-adjective",
         "Any presence of Western troops in Ukraine is unacceptable for Russia, the Russian "
         "foreign minister said.",
         ("Russia", O)),
    case("roles/opponent-adjective",
         "A foreign peacekeeping contingent in Ukraine would be unacceptable to Moscow.",
         ("Russia", O)),
    case("roles/opponent-adjective",
         "China is against the deployment of NATO troops in Ukraine.",
         ("China", O)),
    case("roles/opponent-adjective",
         "France is ready to send troops to Ukraine, a move Russia has called unacceptable.",
         ("France", G), ("Russia", O)),

    case("roles/opponent-by-person",
         "Russian Foreign Minister Anatoly Guryev rejected the idea of European peacekeepers "
         "in Ukraine.",
         ("Russia", O)),
    case("roles/opponent-by-person",
         "Kremlin spokesman Igor Sokolov said Moscow opposed the deployment of any foreign "
         "troops in Ukraine.",
         ("Russia", O)),

    case("roles/recipient-noun",
         "The document sets out long-term security guarantees for Ukraine.",
         ("Ukraine", R)),
    case("roles/recipient-noun",
         "Ukraine's security guarantees will be discussed in London next week.",
         ("Ukraine", R)),
    case("roles/recipient-noun",
         "Leaders gathered in Poland to discuss security guarantees for Ukraine.",
         ("Ukraine", R)),

    case("roles/recipient-verb",
         "Ukraine must get reliable security guarantees before any ceasefire.",
         ("Ukraine", R)),
    case("roles/recipient-verb",
         "The coalition is committed to providing Ukraine with security guarantees.",
         ("Ukraine", R)),
    case("roles/recipient-verb",
         "Kyiv needs security guarantees that will deter another invasion.",
         ("Ukraine", R)),
    case("roles/recipient-verb",
         "The allies pledged to guarantee Ukraine's security after a ceasefire.",
         ("Ukraine", R)),
    case("roles/recipient-verb",
         "Canada is ready to provide Ukraine with security guarantees.",
         ("Canada", G), ("Ukraine", R)),

    case("roles/none-unrelated",
         "Denmark's central bank raised interest rates on Thursday."),
    case("roles/none-unrelated",
         "Germany sent troops to Lithuania to reinforce NATO's eastern flank."),
    case("roles/none-unrelated",
         "Norway and Sweden held joint military exercises in the Arctic."),
    case("roles/none-unrelated",
         "Belgium sent ambulances and generators to Ukraine."),
    case("roles/none-unrelated",
         "Finnish companies are ready to help rebuild Ukrainian cities after a ceasefire."),
]
