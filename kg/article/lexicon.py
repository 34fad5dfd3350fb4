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
    "commander foreign-secretary king queen pope politician statesman".split()
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
}
# verbs needing "with"/"to" to be a meeting (speak WITH, talk TO); others take an object
MEET_VERBS_PREP = frozenset({"talk", "speak", "confer", "converse", "negotiate", "sit"})
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
}
# verbs that take a meeting noun as object: "held talks with", "had a conversation with"
LIGHT_VERBS = frozenset({"hold", "have", "conduct", "host", "attend", "join", "begin", "start"})
# words marking a meeting that has not happened yet
PLANNED_MARKERS = frozenset(
    {"upcoming", "planned", "future", "next", "scheduled", "expected", "proposed", "possible", "potential"}
)
PLANNED_VERBS = frozenset({"plan", "schedule", "expect", "hope", "want", "intend", "set", "propose",
                           "seek", "due", "likely", "scheduled", "expected", "slated", "invite",
                           "aim", "wish", "offer", "agree", "arrange", "organize", "organise",
                           "prepare", "request", "try", "push", "work"})
# verbs above a meeting that say it did not (or will not) happen
REFUSE_VERBS = frozenset({"refuse", "decline", "cancel", "postpone", "reject", "call off", "scrap",
                          "snub", "avoid", "fail"})

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
