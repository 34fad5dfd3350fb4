"""Lexicons the extractors and the resolver read: data, not code.

Every list here is general English (verbs of speech, meeting nouns, titles, guarantee cues);
nothing names a person, an article or a sentence.
"""

from __future__ import annotations

# --- coreference -----------------------------------------------------------------------

PRONOUNS = frozenset({"he", "she", "him", "his", "her"})

# Nouns that refer to a person by office or role.
ROLE_HEADS = frozenset(
    "president leader minister secretary secretary-general premier chancellor spokesperson "
    "spokesman spokeswoman envoy chief head diplomat ambassador general prime-minister "
    "commander foreign-secretary king queen prince princess emir sultan counterpart pope "
    "politician statesman".split()
)
LEADER_TITLES = frozenset({"president", "prime", "premier", "chancellor", "king", "queen", "leader"})
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "leader": ("president", "prime", "premier", "chancellor", "leader"),
    "head": ("president", "prime", "premier", "chancellor", "head"),
    "chief": ("minister", "secretary", "chief", "head", "commander"),
    "premier": ("prime", "premier"),
    "spokesman": ("spokesperson", "spokeswoman", "spokesman"),
    "spokeswoman": ("spokesperson", "spokeswoman", "spokesman"),
    "spokesperson": ("spokesperson", "spokeswoman", "spokesman"),
    "secretary-general": ("secretary", "general"),
    "envoy": ("envoy", "representative"),
    "diplomat": ("minister", "secretary", "diplomat", "ambassador"),
}

# Words of an office's title, as they stand before a name or head an apposition ("Russian
# Foreign Minister", "NATO Secretary General", "the U.S. special envoy", "Ukraine's top
# diplomat"); lower case. "of" joins them ("Secretary of State").
TITLE_WORDS = frozenset(
    """president vice prime minister deputy first foreign defense defence interior finance
    economy economic trade energy justice health home affairs secretary general
    secretary-general chief head spokesman spokeswoman spokesperson press envoy special
    ambassador chancellor premier adviser advisor security national state commissioner high
    representative chairman chairwoman chair leader king queen crown prince emir sheikh sultan
    pope senator governor mayor commander army military intelligence director negotiator
    lead top official diplomat aide lawmaker legislator mp speaker parliament parliamentary
    policy presidential staff counterpart council assistant undersecretary under""".split()
)
# Words that make a title a past or a stand-in one: no affiliation is read from it.
NOT_NOW = frozenset({"former", "ex", "ex-", "late", "then", "outgoing", "would-be"})

# --- stated ------------------------------------------------------------------------------

# Verbs that attribute a proposition to a speaker (lemmas).
SPEECH_VERBS = frozenset(
    """say state note add emphasize emphasise stress insist tell write tweet post claim argue
    warn announce reveal declare explain assert affirm reaffirm reiterate remark comment
    confirm acknowledge admit concede suggest propose predict maintain contend point mention
    clarify underline underscore highlight recall recount report describe promise pledge
    vow assure reassure inform answer reply respond retort observe caution urge
    signal indicate repeat echo""".split()
)
# Verbs that ask someone to act ("X urged Y to …"): lemma -> the particles before the
# addressee ("called on Y to …"), none for a direct object.
DIRECTIVE_VERBS: dict[str, tuple[str, ...]] = {
    "urge": (), "press": (), "implore": (), "exhort": (), "encourage": (),
    "call": ("on", "upon"), "appeal": ("to",),
}
# "X expressed optimism that …": nouns of a stance whose that-clause is what was said, and the
# verbs that voice them.
ATTITUDE_NOUNS = frozenset(
    """optimism hope confidence concern belief conviction regret doubt fear satisfaction
    disappointment frustration certainty expectation view opinion""".split()
)
VOICING_VERBS = frozenset({"express", "voice", "convey", "reiterate", "state", "share"})
# "according to X's remarks", "remarks by X": nouns of something said
REMARK_NOUNS = frozenset(
    """remark comment statement word testimony interview speech post letter message address
    briefing tweet""".split()
)
# "In her opinion, P", "in the words of X": nouns whose holder the main clause is attributed to
OPINION_NOUNS = frozenset({"opinion", "view", "word", "estimation", "assessment"})
# '"…," the minister continued', "…, she went on": verbs of going on (lemma -> particle) that
# attribute only the words before them
RESUMING_VERBS: dict[str, str | None] = {"continue": None, "go": "on", "conclude": None}
# Words that negate a verb of speech ("did not say", "never said").
NEGATION_WORDS = frozenset({"not", "never", "n't", "no"})

# --- met ---------------------------------------------------------------------------------

# verb lemma -> meeting mode ("in-person", "call" or None when the verb doesn't tell)
MEET_VERBS: dict[str, str | None] = {
    "meet": "in-person",
    "host": "in-person",
    "receive": "in-person",
    "visit": "in-person",
    "talk": None,
    "speak": None,
    "confer": None,
    "converse": None,
    "negotiate": None,
    "phone": "call",
    "telephone": "call",
    "call": "call",
    "brief": None,
    "sit": "in-person",
    "welcome": "in-person",
    "greet": "in-person",
    "see": "in-person",  # only of a meeting still to come: "will see Y on Friday"
    "chat": None,
    "ring": "call",
}
# verbs needing "with"/"to" to be a meeting (speak WITH, talk TO); others take an object
MEET_VERBS_PREP = frozenset({"talk", "speak", "confer", "converse", "negotiate", "sit", "chat"})
MEET_PREPS = frozenset({"with", "to"})
# verbs whose coordinated subject alone makes a meeting: "X and Y discussed ..."
JOINT_VERBS = frozenset({"discuss", "meet", "talk", "negotiate", "confer", "speak"})

MEETING_NOUNS: dict[str, str | None] = {
    "meeting": "in-person",
    "talk": None,
    "talks": None,
    "conversation": None,
    "call": "call",
    "phone": "call",
    "phonecall": "call",
    "negotiation": None,
    "negotiations": None,
    "discussion": None,
    "dinner": "in-person",
    "lunch": "in-person",
    "breakfast": "in-person",
    "visit": "in-person",
    "encounter": "in-person",
    "tete-a-tete": "in-person",
    "conference": None,
    "videoconference": "call",
    "chat": None,
    "exchange": None,
    "dialogue": None,
    "sit-down": "in-person",
    "meet": "in-person",
    "session": None,
    "shouting match": "in-person",
    "altercation": "in-person",
}
# verbs that take a meeting noun as object: "held talks with", "had a conversation with"
LIGHT_VERBS = frozenset({"hold", "have", "conduct", "host", "attend", "join", "begin", "start",
                         "make", "place", "pay"})
# meeting nouns whose partner may follow "to": "a phone call to Y", "paid a visit to Y"
TO_PARTNER_NOUNS = frozenset({"call", "phone", "phonecall", "videoconference", "visit"})
# words marking a meeting that has not happened yet
PLANNED_MARKERS = frozenset(
    {"upcoming", "planned", "future", "next", "scheduled", "expected", "proposed", "possible", "potential"}
)
PLANNED_VERBS = frozenset({"plan", "schedule", "expect", "hope", "want", "intend", "set", "propose",
                           "seek", "due", "likely", "scheduled", "expected", "slated", "invite",
                           "aim", "wish", "offer", "agree", "arrange", "organize", "organise",
                           "prepare", "request", "try", "push", "work"})
# verbs whose object is a meeting only asked for: "suggested a call with Y", "urged talks"
PROPOSAL_VERBS = frozenset({"suggest", "propose", "demand", "urge", "request", "seek", "offer"})
# verbs above a meeting that say it did not (or will not) happen
REFUSE_VERBS = frozenset({"refuse", "decline", "cancel", "postpone", "reject", "call off", "scrap",
                          "snub", "avoid", "fail"})
# the construction (rule "met/<construction>") a meeting verb's clause is read as
MEET_VERB_CONSTRUCTIONS: dict[str, str] = {
    "meet": "verb-met", "sit": "verb-met", "see": "verb-met", "confer": "verb-met",
    "negotiate": "verb-met",
    "host": "verb-host-receive", "receive": "verb-host-receive", "welcome": "verb-host-receive",
    "greet": "verb-host-receive",
    "speak": "verb-speak-talk", "talk": "verb-speak-talk", "converse": "verb-speak-talk",
    "chat": "verb-speak-talk", "brief": "verb-speak-talk",
    "call": "verb-phone-call", "phone": "verb-phone-call", "telephone": "verb-phone-call",
    "ring": "verb-phone-call",
    "visit": "verb-visit",
}
# meeting verbs read only of a meeting still to come ("will see Y"): "saw Y" is too often not one
MEET_VERBS_PLANNED_ONLY = frozenset({"see"})
# doing something together is meeting: "X played tennis with Y", "X went jogging with Y"
ACTIVITY_VERBS = frozenset({"play", "dine", "jog", "walk", "stroll", "hike", "golf", "ski",
                            "cycle", "lunch", "breakfast", "fish", "sail"})
ACTIVITY_NOUNS: dict[str, str | None] = {
    "dinner": "in-person", "lunch": "in-person", "breakfast": "in-person",
    "supper": "in-person", "brunch": "in-person", "coffee": "in-person", "tea": "in-person",
    "drink": "in-person", "drinks": "in-person", "walk": "in-person", "stroll": "in-person",
    "tennis": "in-person", "golf": "in-person", "game": "in-person", "ride": "in-person",
}
# verbs that share or take a person along for an activity: "X and Y shared a breakfast", "X
# took Y for a walk"
SHARE_VERBS = frozenset({"share", "enjoy", "eat", "grab"})
TAKE_ALONG_VERBS = frozenset({"take", "invite"})
# gatherings that are not themselves a meeting of two: they gather many ("the summit gathered
# X and Y" is a meeting only when it gathered just the two)
GATHERING_NOUNS = frozenset({"summit", "forum", "gathering", "ceremony", "reception", "event",
                             "conference", "visit"})
# verbs with an event as subject and its participants as object: "the summit gathered X and
# Y", "a dinner brought together X and Y", "the meeting brought X and Y to the same table"
GATHER_VERBS = frozenset({"gather", "bring", "unite", "reunite", "assemble"})
# verbs of an event happening: "a meeting took place between X and Y", "talks were held"
OCCURRENCE_VERBS = frozenset({"take", "happen", "occur", "hold", "unfold", "begin", "start", "end",
                              "conclude"})
# participles naming the participants of an event: "talks were held involving X and Y"
INVOLVING_WORDS = frozenset({"involving", "between", "among"})
# participles or prepositions before a meeting noun that stand for a clause: "Following talks
# with Y, X said", "Speaking after talks with Y, X said"
FOLLOWING_WORDS = frozenset({"following", "after", "before", "ahead"})
# plural descriptions of two people: "the two leaders", "both presidents", "the sides"
PAIR_NOUNS = frozenset({"leader", "president", "minister", "man", "woman", "pair", "counterpart",
                        "chancellor", "premier", "diplomat", "official", "politician", "head"})
SIDE_NOUNS = frozenset({"side", "party"})
# ordinals and pronouns that stand for one of a series of meetings: "X held a series of
# meetings. The first was with Y"
SERIES_WORDS = frozenset({"first", "second", "third", "last", "final", "next", "latest", "one",
                          "another", "them"})

# --- roles -------------------------------------------------------------------------------

# nouns that make a sentence about security guarantees
GUARANTEE_NOUNS = frozenset({"guarantee", "guarantees", "assurance", "assurances"})
# forces a country can provide
FORCE_NOUNS = frozenset(
    """troop troops soldier soldiers force forces peacekeeper peacekeepers contingent
    contingents mission personnel army armies military jet jets aircraft
    defence defense boots""".split()
)
# verbs of providing: a country that provides (forces or guarantees) is a guarantor
PROVIDE_VERBS = frozenset(
    """send deploy provide contribute offer station commit dispatch supply give lead join
    participate guarantee ensure extend base put""".split()
)
# adjectives/nouns of readiness: "ready to send", "willingness to dispatch"
READY_WORDS = frozenset(
    """ready prepared willing open openness readiness willingness eager keen able
    commitment""".split()
)
# verbs of opposing a proposed form of guarantee
OPPOSE_VERBS = frozenset({"oppose", "reject", "block", "veto", "object", "resist", "rule", "condemn", "dismiss"})
OPPOSE_ADJECTIVES = frozenset({"unacceptable", "opposed", "against"})
# what the opposition must be about to count (membership, deployments, forces)
OPPOSE_TOPICS = frozenset(
    """membership nato accession troop troops force forces peacekeeper peacekeepers
    deployment presence contingent contingents mission guarantee guarantees soldier
    soldiers""".split()
)
# verbs of receiving guarantees: "Moldova should obtain firm guarantees"
RECEIVE_VERBS = frozenset(
    {"get", "receive", "secure", "obtain", "need", "have", "seek", "demand", "want", "require", "deserve"}
)
# words of committing above a verb of providing: "offered to send", "pledged to deploy"
PLEDGE_WORDS = READY_WORDS | {"offer", "pledge", "promise", "commit", "vow", "agree", "willing"}
# verbs of declining above a verb of providing: "declined to take part", "refused to contribute"
DECLINE_VERBS = frozenset({"decline", "refuse", "reject", "avoid", "fail", "hesitate", "balk",
                           "exclude"})
# phrasal verbs of declining: "has ruled out sending troops"
DECLINE_PHRASAL = frozenset({("rule", "out")})
# nouns of intent that "no" turns into a refusal: "has no plans to send troops"
INTENT_NOUNS = frozenset({"plan", "intention", "intent", "desire", "wish", "appetite"})
# what a country calls a deployment it opposes: "a provocation", "a direct threat"
THREAT_NOUNS = frozenset({"threat", "target", "targets", "provocation", "escalation", "line"})
# verbs that call something a threat: "X called / described / views the deployment as a threat"
REGARD_VERBS = frozenset({"call", "describe", "view", "regard", "see", "consider", "treat", "deem",
                          "brand", "label", "characterise", "characterize", "perceive", "term",
                          "dub", "interpret", "denounce", "condemn"})
# words that stand for a proposal named before: "Moscow has called the idea a provocation"
PROPOSAL_NOUNS = frozenset({"idea", "plan", "proposal", "move", "initiative", "scheme", "prospect",
                            "suggestion", "notion"})
# verbs of contributing something to a force: "pledged air cover for the force", "will run the
# logistics of the force", "will serve as the logistics hub for the force"
SUPPORT_VERBS = frozenset({"send", "deploy", "provide", "contribute", "offer", "station", "commit",
                           "dispatch", "supply", "give", "pledge", "promise", "run", "handle",
                           "organise", "organize", "operate", "lend", "serve", "act", "extend"})
# what a country contributes to: the force, coalition or guarantees themselves
SUPPORTED_NOUNS = frozenset({"force", "forces", "coalition", "mission", "contingent", "operation",
                             "guarantee", "guarantees", "peacekeeper", "peacekeepers"})
# words that make a force one that guarantees a peace: "a reassurance force", "the coalition
# guaranteeing Ukraine's security", "the force that would police a truce"
PEACE_CUES = frozenset({"guarantee", "guarantees", "guaranteeing", "assurance", "assurances",
                        "reassurance", "peacekeeping", "peacekeeper", "peacekeepers", "ceasefire",
                        "truce", "armistice", "peace", "stabilisation", "stabilization"})
# verbs before "for"/"on" of asking for or counting on guarantees: "Kyiv insists on
# guarantees", "asked Washington for guarantees", "relies on guarantees from its allies"
ASK_VERBS = frozenset({"insist", "ask", "plead", "appeal", "beg", "wait", "hold", "count",
                       "rely", "depend", "hope"})
# verbs of discussing guarantees one would get from others: "keen to discuss guarantees from
# its allies"
TALK_VERBS = frozenset({"discuss", "negotiate", "talk", "expect", "request", "ask", "hope"})
# what a guarantee protects against or keeps: "guarantees that Russia will not attack again",
# "that any ceasefire will hold" (unlike a demand made of others: "that Y will stay neutral")
SAFETY_VERBS = frozenset({"attack", "invade", "strike", "resume", "violate", "break", "hold",
                          "last", "endure", "return", "reinvade", "repeat"})
# what "guarantee" takes when a country's safety is guaranteed: "guarantee peace in Ukraine"
SAFETY_NOUNS = frozenset({"security", "safety", "sovereignty", "peace", "independence",
                          "integrity", "defence", "defense", "borders", "ceasefire", "truce"})
# words of demanding a condition: "Russia's demand for a Ukraine without foreign troops",
# "Moscow insists that no Western troops be deployed"
DEMAND_WORDS = frozenset({"demand", "insist", "condition", "precondition", "require", "call",
                          "ultimatum", "requirement", "want", "seek", "stipulate"})
# what a country gives a force when it approves of it rather than contributes: "gave its
# consent to the mission"
APPROVAL_NOUNS = frozenset({"consent", "approval", "blessing", "permission", "go-ahead",
                            "endorsement", "assent", "nod", "agreement", "approbation"})
# nouns of offering forces: "Britain's offer of troops for the reassurance force"
OFFER_NOUNS = frozenset({"offer", "pledge", "promise", "commitment", "contribution", "provision"})
