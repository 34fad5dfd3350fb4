"""Rule-based coreference for attribution: pronouns and role nouns to the person they mean.

coreferee would be the maintained choice, but its English model is fetched from GitHub at
install time, which our machines cannot reach; this resolver is deliberately small:

* every person mention collects *descriptors* from its title words and appositions
  ("Chilean President Juan Ortega", "Anna Lindqvist, the Secretary General of NATO"):
  title words, nationality (ISO code) and organisation words;
* a role noun ("the Head of State", "the Ukrainian leader", "the prime minister") resolves to
  the earlier person whose descriptors fit best, nearest first;
* a personal pronoun (he, she, him, his, her) resolves to the nearest earlier person that is
  a subject in its own sentence, else in the closest earlier sentence, else the nearest person.

Each resolution keeps its chain (``"he" -> "Ortega" -> "Juan Ortega"``) for
``kg explain``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.names import fold
from kg.article.people import PersonCluster, PersonMention
from kg.article.lexicon import LEADER_TITLES, PRONOUNS, ROLE_HEADS, ROLE_SYNONYMS
from kg.nlp import sentence_of, tokens_of

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class Resolution:
    cluster: int
    chain: tuple[str, ...]  # surface forms from the referring word back to the name


DESCRIPTOR_POS = frozenset({"PROPN", "NOUN", "ADJ"})


def _descriptor_tokens(doc: Doc, mention: PersonMention, taken: set[int]) -> list[Token]:
    """Title words around a name: the run of modifiers before it and its appositions."""
    out: list[Token] = []
    i = mention.start - 1
    while i >= 0 and mention.start - i <= 7:
        tok = doc[i]
        if tok.tag_ == "POS" and i > 0:  # "Hungary's Lajos Kertész": the possessor is a cue
            i -= 1
            continue
        if tok.text == "-" and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_:
            i -= 1  # "President-elect": the hyphen inside a title word
            continue
        if tok.i in taken or tok.pos_ not in DESCRIPTOR_POS or "\n" in tok.whitespace_:
            break
        out.append(tok)
        i -= 1
    root = mention.span(doc).root

    def appos_tokens(head: Token) -> list[Token]:
        """The appositive noun, its modifiers and its "of" complement ("Head of State")."""
        picked = [head]
        for child in head.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i not in taken:
                picked.append(child)
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i not in taken:
                        picked.append(pobj)
                        picked.extend(g for g in pobj.children if g.dep_ in ("compound", "amod"))
        return [t for t in picked if t.pos_ in DESCRIPTOR_POS and t.i not in taken]

    for child in root.children:
        if child.dep_ == "appos":
            out.extend(appos_tokens(child))
    if root.dep_ == "appos" and root.head.i not in taken:
        head = root.head
        out.extend(t for t in appos_tokens(head) if not (root.left_edge.i <= t.i <= root.right_edge.i))
    return out


def describe(
    doc: Doc,
    clusters: list[PersonCluster],
    mentions: list[PersonMention],
    *,
    country_of: Callable[[Token], str | None],
) -> None:
    """Fill each cluster's descriptors, countries and organisations from its mentions."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for mention in mentions:
        cluster = clusters[mention.cluster]
        for tok in _descriptor_tokens(doc, mention, taken):
            iso = country_of(tok)
            if iso:
                cluster.countries.add(iso)
                continue
            word = fold(tok.lemma_ if tok.pos_ == "NOUN" else tok.text)
            if tok.pos_ == "PROPN" and tok.text.isupper() and len(tok.text) > 1:
                cluster.orgs.add(word)
            if word and word not in cluster.descriptors:
                cluster.descriptors.append(word)


def _role_phrase(tok: Token, country_of: Callable[[Token], str | None]) -> tuple[set[str], set[str]]:
    """Words and countries modifying a role noun ("the Ukrainian leader", "Head of State")."""
    words: set[str] = set()
    countries: set[str] = set()
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss"):
            iso = country_of(child)
            if iso:
                countries.add(iso)
            else:
                words.add(fold(child.lemma_))
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    iso = country_of(pobj)
                    if iso:
                        countries.add(iso)
                    else:
                        words.add(fold(pobj.lemma_))
                    for grand in pobj.children:
                        iso = country_of(grand)
                        if iso:
                            countries.add(iso)
    return words, countries


def _score(head: str, words: set[str], countries: set[str], cluster: PersonCluster) -> int:
    desc = set(cluster.descriptors)
    titles = {head, *ROLE_SYNONYMS.get(head, ())}
    score = 0
    if titles & desc:
        score += 3
    if head in ("leader", "head") and (desc & LEADER_TITLES):
        score += 3
    if "state" in words and "president" in desc:
        score += 1
    score += 2 * len((words - {"state"}) & (desc | cluster.orgs))
    if countries:
        if countries & cluster.countries:
            score += 3
        elif cluster.countries:
            score -= 5
    return score


def resolve(
    doc: Doc,
    clusters: list[PersonCluster],
    mentions: list[PersonMention],
    *,
    country_of: Callable[[Token], str | None],
    inside_quote: Callable[[int], bool],
) -> dict[int, Resolution]:
    """Token index → resolution, for name tokens, role nouns and pronouns alike."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    resolved: dict[int, Resolution] = {}
    # (token index, cluster, is_subject, sentence start) for everything resolved so far
    events: list[tuple[int, int, bool, int]] = []

    def name_of(cluster_id: int) -> str:
        return clusters[cluster_id].full_name

    for tok in tokens_of(doc):
        mention = by_token.get(tok.i)
        if mention is not None:
            span = mention.span(doc)
            res = Resolution(mention.cluster, (span.text,))
            resolved[tok.i] = res
            if tok.i == span.root.i and not clusters[mention.cluster].tentative:
                events.append((tok.i, mention.cluster, _is_subject(tok), sentence_of(tok).start))
            continue
        lower = tok.lower_
        found: Resolution | None = None
        if lower in PRONOUNS and not inside_quote(tok.idx):
            # the people named inside someone's quotation are the speaker's words, not the
            # narrative's: '"I asked Y …," he said' — "he" is not Y
            outside = [e for e in events if not inside_quote(doc[e[0]].idx)]
            earlier_subject = any(e[3] == sentence_of(tok).start and e[2] for e in outside)
            ahead = (_main_subject_ahead(tok, by_token)
                     if tok.dep_ == "poss" and not earlier_subject else None)
            if ahead is not None:
                found = Resolution(ahead.cluster, (tok.text, name_of(ahead.cluster)))
            else:
                found = _resolve_pronoun(tok, _agreeing(outside, lower, clusters), name_of)
        elif _age_epithet(tok) and not inside_quote(tok.idx):
            # "the 58-year-old said": the person the last sentence with a person subject is about
            outside = [e for e in events if not inside_quote(doc[e[0]].idx)]
            found = _resolve_pronoun(tok, outside, name_of)
            if found is not None:
                phrase = doc[tok.left_edge.i : tok.i + 1].text
                found = Resolution(found.cluster, (phrase, found.chain[-1]))
        elif (tok.pos_ in ("NOUN", "PROPN") and fold(tok.lemma_) in ROLE_HEADS
              and (named := _named_in_phrase(tok, by_token)) is not None):
            # "the former Prime Minister of Sweden Anna Lindqvist": the name is in the phrase
            found = Resolution(named.cluster, (named.span(doc).text,))
        elif (
            tok.pos_ in ("NOUN", "PROPN")
            and fold(tok.lemma_) in ROLE_HEADS
            and tok.tag_ not in ("NNS", "NNPS")
            and not any(c.dep_ == "appos" for c in tok.children)
            and tok.dep_ != "compound"
            and not (tok.dep_ == "appos" and tok.head.i in by_token)
            and not _names_follow(tok, by_token)
        ):
            found = _resolve_role(tok, clusters, events, country_of, name_of)
        if found is not None:
            resolved[tok.i] = found
            events.append((tok.i, found.cluster, _is_subject(tok), sentence_of(tok).start))
    return resolved


def _age_epithet(tok: Token) -> bool:
    """"the 58-year-old", "the 71-year-old veteran" as a subject: the word "old" after
    NUMBER-year- with a definite article in its phrase."""
    if tok.lower_ != "old" or tok.i < 3 or tok.dep_ not in SUBJECT_DEPS:
        return False
    doc = tok.doc
    return (doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "year"
            and (doc[tok.i - 3].text == "-" and doc[tok.i - 4].like_num if tok.i >= 4 else False)
            and any(t.lower_ == "the" for t in doc[max(0, tok.i - 6) : tok.i]))


def _named_in_phrase(tok: Token, by_token: dict[int, PersonMention]) -> PersonMention | None:
    """A person named inside a role noun's own phrase: its "of" object or that object's
    apposition ("President of Chile Juan Ortega")."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.i in by_token:
                    return by_token[pobj.i]
    for child in tok.children:
        if child.dep_ == "appos" and child.i in by_token:
            return by_token[child.i]
    return None


def _is_subject(tok: Token) -> bool:
    """A subject, or a name in apposition to / compounded with one ("Minister X said")."""
    current = tok
    for _ in range(3):
        if current.dep_ in SUBJECT_DEPS:
            return True
        if current.dep_ not in ("appos", "compound", "flat") or current.head == current:
            return False
        current = current.head
    return False


def _names_follow(tok: Token, by_token: dict[int, PersonMention]) -> bool:
    """A title directly before a name ("President Ortega") is a descriptor, not a reference."""
    nxt = tok.i + 1
    doc = tok.doc
    while nxt < len(doc) and doc[nxt].pos_ in ("PROPN", "NOUN") and nxt not in by_token:
        nxt += 1
        if nxt - tok.i > 3:
            return False
    return nxt in by_token or tok.head.i in by_token and tok.dep_ in ("compound", "amod")


def _main_subject_ahead(tok: Token, by_token: dict[int, PersonMention]) -> PersonMention | None:
    """Cataphora: "After his meeting with X, Ortega said …" — a pronoun in a phrase fronted
    before the main clause refers to that clause's subject when it is a person."""
    root = sentence_of(tok).root
    if tok.i > root.i:
        return None
    for subj in root.children:
        if subj.dep_ in SUBJECT_DEPS and subj.i > tok.i and subj.i in by_token:
            return by_token[subj.i]
    return None


FEMININE = frozenset({"she", "her", "hers", "herself"})
MASCULINE = frozenset({"he", "him", "his", "himself"})


def _agreeing(
    events: list[tuple[int, int, bool, int]], pronoun: str, clusters: list[PersonCluster]
) -> list[tuple[int, int, bool, int]]:
    """Drop people whose known gender disagrees with the pronoun."""
    clash = "male" if pronoun in FEMININE else "female" if pronoun in MASCULINE else None
    return [e for e in events if clusters[e[1]].gender != clash]


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:  # spaCy makes a new Token per access: compare indices
        tok = tok.head
        depth += 1
    return depth


def _resolve_pronoun(
    tok: Token, events: list[tuple[int, int, bool, int]], name_of: Callable[[int], str]
) -> Resolution | None:
    """Nearest subject in the same sentence; else any earlier person in it ("According to
    X, he …"); else the main-clause subject of the closest earlier sentence with one."""
    if not events:
        return None
    doc = tok.doc
    sent_start = sentence_of(tok).start
    same = [e for e in events if e[3] == sent_start]
    subjects_here = [e for e in same if e[2]]
    if subjects_here:
        pick = subjects_here[-1]
    elif same:
        pick = same[-1]
    else:
        subjects = [e for e in events if e[3] < sent_start and e[2]]
        if subjects:
            last_sent = subjects[-1][3]
            in_sent = [e for e in subjects if e[3] == last_sent]
            pick = min(in_sent, key=lambda e: (_depth(doc[e[0]]), e[0]))
        else:
            pick = events[-1]
    return Resolution(pick[1], (tok.text, name_of(pick[1])))


def _resolve_role(
    tok: Token,
    clusters: list[PersonCluster],
    events: list[tuple[int, int, bool, int]],
    country_of: Callable[[Token], str | None],
    name_of: Callable[[int], str],
) -> Resolution | None:
    head = fold(tok.lemma_)
    words, countries = _role_phrase(tok, country_of)
    seen: list[int] = []
    salience: dict[int, int] = {}
    for _i, cluster_id, subj, _s in reversed(events):
        if cluster_id not in seen:
            seen.append(cluster_id)
        salience[cluster_id] = salience.get(cluster_id, 0) + (2 if subj else 1)
    bare = not (words - {"the"}) and not countries  # "the minister": the nearest one fits
    best: tuple[int, int, int] | None = None
    for cluster_id in seen:  # nearest first; a tie goes to the more salient, then the nearer
        score = _score(head, words, countries, clusters[cluster_id])
        cand = (score, 0 if bare else salience[cluster_id], cluster_id)
        if score >= 3 and (best is None or cand[:2] > best[:2]):
            best = cand
    if best is None:
        return None
    phrase = " ".join(t.text for t in tok.subtree if t.i <= tok.i + 4 and t.dep_ != "punct")
    return Resolution(best[2], (phrase, name_of(best[2])))
