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
* Air cover, air policing, surveillance, logistics or ships pledged to the force or coalition
  that guarantees a ceasefire in Ukraine make a guarantor, with or without ground troops.
* The scheme has no Threat role: a country that calls foreign troops in Ukraine a provocation,
  a threat or a target opposes that form of guarantee, and is an Opponent.
* Declining to take part, refusing to contribute and staying out give nothing (like "will not
  send troops"); so does being asked whether one will send troops.
* A country that hosts, attends or is merely mentioned beside talks on guarantees gets no role,
  and one that rejects something other than the guarantee (a budget, tariffs, a demand to keep
  troops out) is not an Opponent.
* Kyiv asking for, wanting or insisting on guarantees is Ukraine as Recipient; a country asked
  for guarantees is not thereby a guarantor. So is a country that will not act without them,
  or discusses or expects guarantees from others — unless the guarantees are said to be for
  another country, or are a demand that others behave ("guarantees that Y stays neutral").
* Guaranteeing peace or security in a country makes it a Recipient; guaranteeing a ceasefire
  in it does not (a ceasefire binds both sides).
* A question or a decision still open ("will decide whether to send troops") commits nobody.
* "The country" in a leader's reported pledge is the leader's own.
* A country that contributes to something other than the force or coalition guaranteeing a
  peace (a Red Cross mission, a naval operation elsewhere, a conference) is no guarantor; nor
  is one that calls its rival's own troops a threat.
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

    case("roles/guarantor-verb",
         "Estonia is ready to send a company of soldiers to Ukraine if a peace deal is signed.",
         ("Estonia", G)),
    case("roles/guarantor-verb",
         "Sweden is prepared to contribute fighter jets to protect Ukrainian airspace under a "
         "ceasefire.",
         ("Sweden", G)),
    case("roles/guarantor-verb",
         "Lithuania said it was willing to deploy troops to Ukraine as part of a peacekeeping "
         "mission.",
         ("Lithuania", G)),

    case("roles/guarantor-national-forces",
         "British and French troops could be deployed to Ukraine as part of a reassurance "
         "force.",
         ("United Kingdom", G), ("France", G)),

    case("roles/guarantor-support",
         "Norway has pledged air cover for a European reassurance force in Ukraine.",
         ("Norway", G)),
    case("roles/guarantor-support",
         "The Netherlands offered to provide logistics and airlift for the multinational force "
         "that would guarantee a ceasefire in Ukraine.",
         ("Netherlands", G)),
    case("roles/guarantor-verb",
         "Sweden will contribute air policing and surveillance aircraft to the security "
         "guarantees for Ukraine.",
         ("Sweden", G), ("Ukraine", R)),
    case("roles/guarantor-verb",
         "Canada said it would provide logistical support to the coalition force that would "
         "back up a peace deal in Ukraine.",
         ("Canada", G)),
    case("roles/guarantor-support",
         "Denmark offered to run the logistics of the multinational force that would police a "
         "truce in Ukraine.",
         ("Denmark", G)),
    case("roles/guarantor-support",
         "Finland pledged naval mine-clearing ships to the coalition guaranteeing Ukraine's "
         "security.",
         ("Finland", G), ("Ukraine", R)),
    case("roles/guarantor-verb",
         "Lithuania will provide medical evacuation and logistics to the coalition guaranteeing "
         "Ukraine's security.",
         ("Lithuania", G), ("Ukraine", R)),
    case("roles/guarantor-support",
         "Poland will serve as the logistics hub for a reassurance force in Ukraine.",
         ("Poland", G)),
    # Logistics for the force is taking part in providing the guarantee, even without soldiers.
    case("roles/guarantor-support",
         "Poland will act as the logistics hub for a reassurance force in Ukraine but will not "
         "send its own soldiers.",
         ("Poland", G)),
    case("roles/guarantor-verb",
         "Germany will provide air defence systems and logistics to the reassurance force in "
         "Ukraine, but no combat troops.",
         ("Germany", G)),

    case("roles/guarantor-from",
         "Kyiv wants security guarantees from the United States before it signs any deal.",
         ("Ukraine", R), ("United States", G)),
    case("roles/guarantor-role-noun",
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

    case("roles/none-declined",
         "Hungary declined to take part in the reassurance force for Ukraine."),
    case("roles/none-declined",
         "Ireland declined to take part in the security guarantees for Ukraine, citing its "
         "neutrality.",
         ("Ukraine", R)),
    case("roles/none-declined",
         "Bulgaria has refused to contribute soldiers to the planned peacekeeping force in "
         "Ukraine."),
    case("roles/none-declined",
         "Austria, citing its neutrality, said it would stay out of any security force in "
         "Ukraine."),
    case("roles/none-declined",
         "Croatia will not join the coalition of countries offering troops to Ukraine."),
    case("roles/none-declined",
         "The Slovak prime minister has ruled out sending a single soldier to a ceasefire "
         "force in Ukraine."),
    case("roles/none-declined",
         "Malta has no plans to contribute troops to any force deployed in Ukraine."),
    case("roles/none-declined",
         "Cyprus has no intention of sending peacekeepers to Ukraine after a truce."),
    case("roles/none-declined",
         "Luxembourg has excluded sending troops to the reassurance force for Ukraine."),
    case("roles/none-declined",
         "Switzerland will stay out of the coalition that is to guarantee Ukraine's security.",
         ("Ukraine", R)),

    # A question commits nobody.
    case("roles/none-question",
         "Is Norway ready to send troops to Ukraine? Nobody in Oslo will say."),
    case("roles/none-question",
         "Estonian Prime Minister Liina Saar was asked whether Tallinn would send troops to "
         "Ukraine. She did not answer."),
    case("roles/none-question",
         "MODERATOR: Will Estonia send troops to Ukraine?\n\n"
         "Prime Minister Liina Saar: That decision has not been made yet."),

    case("roles/opponent-verb",
         "Slovakia opposes Ukraine's membership in NATO, its foreign minister said.",
         ("Slovakia", O)),
    case("roles/opponent-verb",
         "Hungary has ruled out Ukraine's membership in NATO for the foreseeable future.",
         ("Hungary", O)),
    case("roles/opponent-verb",
         "Hungary threatened to veto Ukraine's accession to NATO.",
         ("Hungary", O)),
    case("roles/opponent-warn",
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
    case("roles/opponent-against",
         "China is against the deployment of NATO troops in Ukraine.",
         ("China", O)),
    case("roles/opponent-called",
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

    # No Threat role in the scheme: calling troops in Ukraine a provocation or a threat
    # opposes that form of guarantee (Opponent).
    case("roles/opponent-called-threat",
         "Belarus called the possible presence of foreign troops on Ukrainian soil a provocation.",
         ("Belarus", O)),
    case("roles/opponent-threat",
         "Belarus said that foreign soldiers stationed in Ukraine would be a provocation.",
         ("Belarus", O)),
    case("roles/opponent-called-threat",
         "MINSK, March 12 (BelTA) - The deployment of NATO contingents on the territory of "
         "Ukraine would be regarded as a provocation, the Belarusian Defence Ministry stated.",
         ("Belarus", O)),
    case("roles/opponent-threat",
         "The Kremlin said the stationing of British and French soldiers in Ukraine would be a "
         "provocation.",
         ("Russia", O)),
    case("roles/opponent-called-threat",
         "Russia described any deployment of Western soldiers in Ukraine as a direct threat to "
         "its security.",
         ("Russia", O)),
    case("roles/opponent-threat",
         "Russia's defence ministry said NATO troops in Ukraine would be a threat that Moscow "
         "could not ignore.",
         ("Russia", O)),
    case("roles/opponent-called-threat",
         "Moscow views any Western military contingent in Ukraine as a threat.",
         ("Russia", O)),
    case("roles/opponent-called-threat",
         "Moscow would regard European peacekeepers in Ukraine as legitimate military targets, "
         "the Russian foreign ministry warned.",
         ("Russia", O)),
    case("roles/opponent-verb",
         "Iran condemned plans for a Western peacekeeping mission in Ukraine as a provocation.",
         ("Iran", O)),
    case("roles/opponent-called-threat",
         "Belgium will send troops to Ukraine if the Kremlin agrees, but Moscow has called the "
         "idea a provocation.",
         ("Belgium", G), ("Russia", O)),

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
    case("roles/recipient-provide-with",
         "The coalition is committed to providing Ukraine with security guarantees.",
         ("Ukraine", R)),
    case("roles/recipient-verb",
         "Kyiv needs security guarantees that will deter another invasion.",
         ("Ukraine", R)),
    case("roles/recipient-guarantee-verb",
         "The allies pledged to guarantee Ukraine's security after a ceasefire.",
         ("Ukraine", R)),
    case("roles/recipient-provide-with",
         "Canada is ready to provide Ukraine with security guarantees.",
         ("Canada", G), ("Ukraine", R)),

    case("roles/recipient-verb",
         "Kyiv wants guarantees.",
         ("Ukraine", R)),
    case("roles/recipient-verb",
         "Kyiv wants guarantees that any ceasefire will hold.",
         ("Ukraine", R)),
    case("roles/recipient-verb",
         "What Kyiv wants, above all, are guarantees that Russia will not attack again.",
         ("Ukraine", R)),
    case("roles/recipient-verb",
         "Kyiv is seeking binding guarantees from its Western partners before it signs a "
         "ceasefire.",
         ("Ukraine", R)),
    case("roles/recipient-ask",
         "Kyiv insists on security guarantees backed by foreign troops.",
         ("Ukraine", R)),
    case("roles/recipient-without",
         "Kyiv will not sign anything without guarantees.",
         ("Ukraine", R)),
    case("roles/recipient-ask",
         "Kyiv has asked Washington for written security guarantees.",
         ("Ukraine", R)),

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
    # A report of troops sent to a front is no guarantee, even beside talk of a ceasefire.
    case("roles/none-unrelated",
         "Russia sent more troops to the front line despite the ceasefire talks."),
    case("roles/guarantor-verb",
         "France deployed peacekeepers to Ukraine after the truce.",
         ("France", G)),

    case("roles/none-mentioned-nearby",
         "Ministers from Germany and Japan discussed trade on the sidelines of the conference "
         "on security guarantees for Ukraine.",
         ("Ukraine", R)),
    case("roles/none-mentioned-nearby",
         "The talks on security guarantees for Ukraine were held in Brazil.",
         ("Ukraine", R)),
    case("roles/none-mentioned-nearby",
         "The security guarantees will be discussed at a summit in Turkey next month."),
    case("roles/none-mentioned-nearby",
         "Turkey hosted the talks on security guarantees for Ukraine.",
         ("Ukraine", R)),
    case("roles/none-mentioned-nearby",
         "Portugal sent a delegation to the London meeting on security guarantees for Ukraine.",
         ("Ukraine", R)),
    case("roles/none-mentioned-nearby",
         "Security guarantees for Ukraine dominated the agenda in Brussels, while Italy's "
         "parliament debated pension reform.",
         ("Ukraine", R)),

    case("roles/none-rejects-other",
         "Hungary rejected the EU's new budget proposal, while other capitals debated "
         "guarantees for Ukraine.",
         ("Ukraine", R)),
    case("roles/none-rejects-other",
         "Slovakia rejected the tariffs on Ukrainian grain."),
    case("roles/none-rejects-other",
         "Romania opposed the plan to cut farm subsidies, a day after backing security guarantees "
         "for Ukraine.",
         ("Ukraine", R)),
    case("roles/none-rejects-other",
         "Greece rejected the proposed cap on olive oil exports on the day the coalition "
         "discussed Ukraine's security guarantees.",
         ("Ukraine", R)),
    # Spain rejects the demand to keep troops out; Russia, whose demand it is, is the Opponent.
    case("roles/none-rejects-other",
         "Spain rejected Russia's demand for a neutral Ukraine without foreign troops.",
         ("Russia", O)),
    case("roles/opponent-demand-exclusion",
         "Moscow demands that no Western troops be deployed in Ukraine.",
         ("Russia", O)),
    case("roles/opponent-demand-exclusion",
         "The Kremlin insists on a settlement without European peacekeepers.",
         ("Russia", O)),
    case("roles/opponent-demand-exclusion",
         "Belarus said there should be no foreign troops in Ukraine.",
         ("Belarus", O)),
    # An invader's troops are not a form of guarantee; a report is not a demand.
    case("roles/none-demand-other",
         "Kyiv wants a peace without Russian troops on its soil."),
    case("roles/none-demand-other",
         "Ukraine demands the withdrawal of all Russian forces."),
    case("roles/none-demand-other",
         "Belarus said there were no foreign troops in Ukraine at present."),
    case("roles/negated",
         "Poland does not demand a Ukraine without foreign troops."),

    case("roles/guarantor-offer-noun",
         "Britain's offer of troops for the reassurance force was welcomed in Kyiv.",
         ("United Kingdom", G)),
    case("roles/guarantor-offer-noun",
         "Norway's pledge of two hundred soldiers to the peacekeeping mission surprised its "
         "allies.",
         ("Norway", G)),
    case("roles/guarantor-offer-noun",
         "The Dutch contribution of air defence to the reassurance force was praised.",
         ("Netherlands", G)),
    case("roles/guarantor-offer-noun",
         "Ukraine welcomed the offer of peacekeepers from Britain.",
         ("United Kingdom", G)),
    case("roles/none-offer-other",
         "Russia's offer of troops to Belarus worried its neighbours."),
    case("roles/none-offer-other",
         "Britain's offer of loans to Ukraine was welcomed."),
    case("roles/none-declined",
         "Italy withdrew its offer of troops for the peacekeeping force."),

    case("roles/guarantor-readiness",
         "Oslo's willingness to deploy troops to Ukraine after a truce was welcomed by its "
         "allies.",
         ("Norway", G)),

    # Contributing anything to the force or coalition that guarantees a peace.
    case("roles/guarantor-support",
         "Iceland has promised surveillance aircraft for the multinational force that will "
         "monitor a truce in Ukraine.",
         ("Iceland", G)),
    case("roles/guarantor-support",
         "Portugal offered to operate the supply convoys of the reassurance force.",
         ("Portugal", G)),
    case("roles/guarantor-support",
         "Romania will serve as the staging base for the peacekeeping contingent in Ukraine.",
         ("Romania", G)),
    case("roles/guarantor-support",
         "Sweden will train Ukrainian soldiers, and Finland will provide air cover for the "
         "reassurance force.",
         ("Finland", G)),
    case("roles/none-support-other",
         "Belgium sent ambulances to the Red Cross mission in Sudan."),
    case("roles/none-support-other",
         "Greece contributed two frigates to the EU naval operation in the Red Sea."),
    case("roles/none-support-other",
         "Norway pledged funding for a peace conference in Geneva."),
    case("roles/none-support-other",
         "Austria provided humanitarian aid to the Ukrainian people during the war."),
    case("roles/none-support-other",
         "Moldova gave its consent to the peacekeeping mission on its border."),
    case("roles/none-support-other",
         "Qatar will provide a venue for talks on the peacekeeping force."),
    case("roles/guarantor-verb",
         "Austria will provide mine-clearing experts to the peacekeeping mission in Ukraine.",
         ("Austria", G)),
    case("roles/none-declined",
         "Italy refused to provide logistics to the reassurance force in Ukraine."),
    case("roles/none-declined",
         "Malta declined to contribute to the reassurance force for Ukraine."),
    case("roles/none-declined",
         "Hungary refused to take any part in the reassurance force for Ukraine."),
    case("roles/negated",
         "Spain will not send aircraft to the peacekeeping force in Ukraine."),
    case("roles/none-question",
         "Is Portugal ready to offer air cover for the reassurance force?"),
    case("roles/none-question",
         "Poland will decide later whether to send troops to Ukraine."),

    # "The country" in a leader's reported pledge is the leader's own.
    case("roles/guarantor-by-person",
         "Danish Prime Minister Sofie Lund said the country would send peacekeepers to Ukraine "
         "after a truce.",
         ("Denmark", G)),
    case("roles/none-unrelated",
         "Finnish President Aino Koski said that the country had already sent weapons to "
         "Ukraine."),

    # Calling foreign forces in Ukraine a threat, a provocation or a target.
    case("roles/opponent-called-threat",
         "Belarus branded the stationing of Western soldiers in Ukraine a provocation.",
         ("Belarus", O)),
    case("roles/opponent-called-threat",
         "The Kremlin considers any European peacekeeping contingent in Ukraine a legitimate "
         "target.",
         ("Russia", O)),
    case("roles/opponent-called-threat",
         "Iran described the plan to deploy NATO forces to Ukraine as an escalation.",
         ("Iran", O)),
    case("roles/none-called-threat-other",
         "Britain called Russia's troop buildup near the border a threat."),
    case("roles/none-called-threat-other",
         "Moscow called the new sanctions a provocation."),
    case("roles/none-called-threat-other",
         "Lithuania described the drone incursion as a provocation."),
    case("roles/negated",
         "Russia does not view the peacekeeping mission in Ukraine as a threat."),

    case("roles/recipient-ask",
         "Chisinau has asked Brussels for firm security guarantees.",
         ("Moldova", R)),
    case("roles/recipient-ask",
         "Georgia insists on binding guarantees before any deal with Moscow.",
         ("Georgia", R)),
    case("roles/recipient-ask",
         "Moldova is counting on guarantees from its neighbours.",
         ("Moldova", R)),
    case("roles/recipient-ask",
         "Georgia hopes for firm security guarantees before the vote.",
         ("Georgia", R)),
    case("roles/none-asked-for-others",
         "Britain relies on guarantees for Ukraine to deter another invasion.",
         ("Ukraine", R)),
    case("roles/recipient-verb",
         "Tbilisi wants guarantees that Russia will never invade again.",
         ("Georgia", R)),
    # Whoever calls for guarantees for another country is not their recipient; guarantees
    # that another country behave are a demand, not protection.
    case("roles/none-asked-for-others",
         "Britain called for security guarantees for Ukraine.",
         ("Ukraine", R)),
    case("roles/none-asked-for-others",
         "Hungary insisted on guarantees that Ukraine would protect its minorities."),
    case("roles/none-asked-for-others",
         "France discussed guarantees from the United States for Ukraine.",
         ("United States", G), ("Ukraine", R)),

    case("roles/recipient-without",
         "Kyiv will never agree to a ceasefire without security guarantees.",
         ("Ukraine", R)),
    case("roles/none-without",
         "Britain will not send troops without an American backstop."),
    case("roles/none-without",
         "Moldova signed the deal without guarantees."),

    case("roles/recipient-from",
         "Georgia hopes to negotiate security guarantees from its Western partners.",
         ("Georgia", R)),
    case("roles/recipient-from",
         "Moldovan President Ana Ciobanu expects guarantees from the European Union.",
         ("Moldova", R)),
    case("roles/guarantor-from",
         "Analysts discussed guarantees from the United States.",
         ("United States", G)),

    # Guaranteeing peace or security in a country is for that country; a ceasefire binds both
    # sides and names no recipient.
    case("roles/recipient-guarantee-verb",
         "A multinational force would guarantee peace in Moldova.",
         ("Moldova", R)),
    case("roles/none-guarantee-ceasefire",
         "A multinational force would guarantee a ceasefire in Georgia."),
]
