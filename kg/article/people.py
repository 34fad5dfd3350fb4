"""People in one parsed article: name mentions, grouped into one cluster per person.

spaCy's small model mislabels names (a surname as GPE or ORG), so a
name is first collected wherever NER says PERSON, then every other occurrence of that name or
its surname is a mention whatever label NER gave it: the label is outvoted by the name.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.nlp import tokens_of
from kg.names import HONORIFICS, family_first, fold, name_words, same_person, strip_possessive

# Words that NER sometimes takes for names in news furniture.
NOT_NAMES = frozenset(
    "background details source recall addition photo photos video update read also related "
    "advertisement author editor reporter share comments live breaking news quote".split()
)


@dataclass
class PersonCluster:
    """One person in one article."""

    id: int
    names: list[str] = field(default_factory=list)  # surface forms, in order seen
    descriptors: list[str] = field(default_factory=list)  # title words: "president", ...
    countries: set[str] = field(default_factory=set)  # iso2 of nationality cues
    orgs: set[str] = field(default_factory=set)  # organisation cue words ("nato")
    gender: str | None = None  # "male" | "female" from the first name, when a name list knows it
    tentative: bool = False  # a lone word that may be a surname (see find_people)
    _words: tuple[int, list[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def words(self) -> list[str]:
        if self._words is None or self._words[0] != len(self.names):  # names only grow
            self._words = (len(self.names), max((name_words(n) for n in self.names), key=len))
        return self._words[1]

    @property
    def full_name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), -self.names.index(n)))


@dataclass(frozen=True)
class PersonMention:
    cluster: int
    start: int  # token index
    end: int  # token index (exclusive)

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


def _clean_name(span: Span) -> tuple[int, int] | None:
    """Trim a NER span to its name tokens: drop honorifics, possessives and line breaks."""
    start, end = span.start, span.end
    doc = span.doc
    for i in range(start, end):  # cut at a line break or a possessive
        tok = doc[i]
        if "\n" in tok.text or tok.tag_ == "POS" or tok.text in ("'s", "’s", "ʼs"):
            end = i
            break
        if "\n" in tok.whitespace_ and i + 1 < end:
            end = i + 1
            break
    while start < end and (fold(doc[start].text) in HONORIFICS
                           or fold(doc[start].text).removesuffix("s") in HONORIFICS):
        start += 1  # "Prime Ministers Anna Berg and …": a plural title is no name either
    while end > start and (
        fold(doc[end - 1].text) in HONORIFICS
        or not (is_name_word(doc[end - 1].text) or _hyphen_piece(doc, end - 1))
    ):
        end -= 1
    if start >= end:
        return None
    words = [doc[i].text for i in range(start, end)]
    if not all(is_name_word(doc[i].text) or doc[i].text == "-" or doc[i].text in NAME_PARTICLES
               or _hyphen_piece(doc, i) or f"{doc[i].lower_}-" in _NAME_PREFIXES
               for i in range(start, end)):
        return None
    if not any(ch.isalpha() for ch in "".join(words)):
        return None
    if len(words) == 1 and fold(words[0]) in NOT_NAMES:
        return None
    if words[0] in ("The", "A", "An") or any(fold(w) in PUBLICATION_WORDS for w in words):
        return None  # "The Telegraph", "Daily Mirror": a title, not a person
    return start, end


# Nouns that name a programme, a show or a publication before its title ("the radio
# programme Morning Call", "the podcast Inside Politics"): what follows is no person.
PROGRAMME_NOUNS = frozenset({"programme", "program", "show", "podcast", "broadcast", "series",
                             "newspaper", "magazine", "channel", "documentary", "newsletter"})


def _programme_names(doc: Doc) -> set[str]:
    """The folded titles that follow a programme noun in ``doc`` (two to four capitalised
    words on the same line)."""
    names: set[str] = set()
    for tok in tokens_of(doc):
        if tok.lemma_.lower() not in PROGRAMME_NOUNS or tok.pos_ != "NOUN":
            continue
        end = tok.i + 1
        while (end < len(doc) and end - tok.i <= 4 and doc[end].text[:1].isupper()
               and "\n" not in doc[end - 1].whitespace_):
            end += 1
        # two words or more, not opening with a first name: "the broadcast Ortega gave",
        # "the show Anna Berg hosts" still name people
        if end > tok.i + 2 and _gender_detector().get_gender(doc[tok.i + 1].text) in (
                "unknown", "andy"):
            names.add(fold(doc[tok.i + 1 : end].text))
    return names


def _in_title(name: str, works: set[str]) -> bool:
    """Whether a name is a programme's title or its last words ("Lördag" of "Ekot Lördag")."""
    return any(name == w or w.endswith(" " + name) for w in works)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside a longer one ("Tariq bin Saleh" inside "Tariq bin Saleh
    Al-Harbi": one name, two rules that found it)."""
    spans = sorted(set(spans), key=lambda se: (se[0], -se[1]))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if not any(s <= start and end <= e for s, e in out):
            out.append((start, end))
    return out


def _hyphen_piece(doc: Doc, i: int) -> bool:
    """A lower-case word hyphened to the capitalised name word before it: "taek" of
    "Jong-taek"."""
    return (i >= 2 and doc[i].text[:1].islower() and doc[i].text.isalpha()
            and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_ and doc[i - 2].text[:1].isupper())


def find_people(
    doc: Doc,
    *,
    is_place: Callable[[str], bool],
    skip: Callable[[int], bool] = lambda _char: False,
    place_tokens: frozenset[int] = frozenset(),
    tentative: bool = True,
) -> tuple[list[PersonCluster], list[PersonMention]]:
    """Person clusters and their mentions in ``doc``.

    ``tentative``: a lone capitalised word in a person's place in the sentence ("Ortega
    said …") that NER calls something else becomes a *tentative* cluster: extractors use it
    like any person, coreference never resolves to it, and the corpus stage keeps its facts
    only if another article names a person with that surname (``kg.corpus.people``). So a
    bare surname NER mislabels still counts, without one article depending on another.

    ``is_place(text)`` says whether a surface is a country, demonym or capital (never a
    person); ``skip(char)`` whether a character offset is page furniture.
    """
    seeds: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or skip(ent.start_char):
            continue
        cleaned = _clean_name(ent)
        if cleaned is None:
            continue
        cleaned = _extend_name(doc, ent.start, cleaned, is_place)
        text = doc[cleaned[0] : cleaned[1]].text
        if is_place(text) or is_place(strip_possessive(text)):
            continue
        seeds.append(cleaned)

    seeds.extend(_titled_names(doc, is_place, skip, place_tokens))
    seeds.extend(_first_named(doc, is_place, skip, place_tokens))
    seeds.extend(_coordinated_names(doc, seeds, is_place, skip, place_tokens))
    seeds = _outermost(seeds)
    works = _programme_names(doc)
    seeds = [(s, e) for s, e in seeds if not _in_title(fold(doc[s:e].text), works)]
    clusters: list[PersonCluster] = []

    def cluster_for(words: list[str]) -> PersonCluster | None:
        full = [c for c in clusters if len(c.words) > 1 and same_person(c.words, words)]
        if full:
            return full[-1]
        bare = [c for c in clusters if same_person(c.words, words)]
        if bare:
            return bare[-1]
        if len(words) == 1:  # a first name alone ("Jonas") for the one person who has it
            firsts = [c for c in clusters if len(c.words) > 1 and c.words[0] == words[0]]
            if len(firsts) == 1:
                return firsts[0]
        return None

    # Longest names first, so surnames attach to the full name they abbreviate.
    for start, end in sorted(set(seeds), key=lambda se: (-(se[1] - se[0]), se[0])):
        text = doc[start:end].text
        words = name_words(text)
        found = cluster_for(words)
        if found is None:
            found = PersonCluster(id=len(clusters))
            clusters.append(found)
        if text not in found.names:
            found.names.append(text)
    if tentative:
        covered = {i for start, end in seeds for i in range(start, end)}
        for start, end in _candidate_surnames(doc, is_place, skip, place_tokens, covered):
            words = name_words(doc[start:end].text)
            if cluster_for(words) is None:
                clusters.append(PersonCluster(id=len(clusters), names=[doc[start:end].text],
                                              tentative=True))

    # Every occurrence of a known name or surname is a mention, whatever NER said. A bare
    # surname two people share goes to the one mentioned last before it (or to no one).
    surnames = {c.words[-1]: c for c in clusters}
    surnames.update({c.words[0]: c for c in clusters if family_first(c.words)})
    mentions: list[PersonMention] = []
    last_seen: dict[int, int] = {}

    def nearest(words: list[str], found: PersonCluster | None) -> PersonCluster | None:
        if len(words) > 1 or found is None:
            return found
        rivals = [c for c in clusters if len(c.words) > 1 and same_person(c.words, words)]
        if len(rivals) < 2:
            return found
        seen = [c for c in rivals if c.id in last_seen]
        return max(seen, key=lambda c: last_seen[c.id]) if seen else None
    toks = tokens_of(doc)
    hyphened = frozenset(w for c in clusters for n in c.names for w in fold(n).split() if "-" in w)
    i = 0
    while i < len(doc):
        if not _name_token(toks[i], is_place, hyphened) or skip(toks[i].idx) or i in place_tokens:
            i += 1
            continue
        run, words_in_run = i, 0
        def place_in_name(k: int) -> bool:
            """A place word that is the surname of a known name, after that name's word
            ("Mendes Santiago" of "Carlos Mendes Santiago")."""
            word, prev = name_words(toks[k].text), name_words(toks[k - 1].text)
            owner = surnames.get(word[-1]) if word else None
            return (owner is not None and len(owner.words) > 2 and bool(prev)
                    and prev[-1] in owner.words[:-1])

        while (run < len(doc) and words_in_run < 4 and run - i < 9
               and (_name_token(toks[run], is_place, hyphened) and run not in place_tokens
                    or run > i and place_in_name(run))):
            if run > i and "\n" in toks[run - 1].whitespace_:
                break
            if toks[run].text != "-" and toks[run].text not in NAME_PARTICLES:
                words_in_run += 1
            run += 1
        best: tuple[int, PersonCluster] | None = None
        for length in range(run - i, 0, -1):
            words = name_words(doc[i : i + length].text)
            if not words or (words[-1] not in surnames and not (
                    length == 1 and any(same_person(c.words, words) for c in clusters))):
                continue  # a lone surname may carry one typo ("same_person")
            cluster = nearest(words, cluster_for(words))
            if cluster is not None:
                best = (length, cluster)
                break
        if best is None and i > 0 and fold(toks[i - 1].text) in ("sir", "dame"):
            # "Sir Edmund", "Dame Agatha": a knight is called by title and given name
            given = name_words(toks[i].text)
            holders = [c for c in clusters if len(c.words) > 1 and given and c.words[0] == given[0]]
            if len(holders) == 1:
                best = (1, holders[0])
        if best is None:
            i += 1
            continue
        length, cluster = best
        surface = strip_possessive(doc[i : i + length].text)
        if surface and surface not in cluster.names:
            cluster.names.append(surface)
        mentions.append(PersonMention(cluster.id, i, i + length))
        last_seen[cluster.id] = i
        i += length
    for cluster in clusters:
        cluster.gender = first_name_gender(cluster.full_name)
    return clusters, mentions


# Titles that, directly before a capitalised name, make it a person's name whatever NER said.
PERSON_TITLES = frozenset(
    "mr mrs ms dr sir dame president chancellor minister premier senator governor mayor "
    "secretary spokesman spokeswoman spokesperson ambassador envoy general colonel pope king "
    "queen prince princess sheikh emir commissioner taoiseach tanaiste".split()
)


def _extend_name(
    doc: Doc, ent_start: int, span: tuple[int, int], is_place: Callable[[str], bool]
) -> tuple[int, int]:
    """NER sometimes stops inside a name ("Anke von der" + "Heide"): carry on through
    particles and capitalised name words, ending on a capitalised one."""
    start, end = span
    if end < ent_start:
        return span
    j = end
    while j < len(doc) and j - start < 6 and "\n" not in doc[j - 1].whitespace_:
        tok = doc[j]
        if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
            break
        if tok.text in NAME_PARTICLES or (tok.pos_ == "PROPN" and _name_token(tok, is_place)):
            j += 1
            if doc[j - 1].text[:1].isupper():
                end = j
            continue
        if _place_surname(doc, j, end):
            end = j + 1  # "Carlos Mendes Santiago said": a surname that is also a place
        break
    return start, end


def _place_surname(doc: Doc, j: int, end: int) -> bool:
    """Whether the capitalised word at ``j``, right after a name ending at ``end``, is the
    name's last word though it is also a place: the name's words hang on it as its compound
    and it is not the object of a preposition or followed by more capitalised words."""
    if j != end or j >= len(doc) or not doc[j].text[:1].isupper() or doc[j].pos_ != "PROPN":
        return False
    prev, tok = doc[j - 1], doc[j]
    if prev.dep_ not in ("compound", "flat") or prev.head.i != j or prev.whitespace_ != " ":
        return False
    if tok.dep_ not in ("nsubj", "nsubjpass", "appos", "dobj", "conj"):
        return False
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return nxt is None or not (nxt.pos_ == "PROPN" and nxt.text[:1].isupper())


def _titled_names(
    doc: Doc, is_place: Callable[[str], bool], skip: Callable[[int], bool], place_tokens: frozenset[int]
) -> list[tuple[int, int]]:
    """Names NER missed or mislabelled, recognised by a title before them ("Chancellor
    Olaf Scholz", "Foreign Minister Tomas Novak"): two or three name words after a title."""
    found: list[tuple[int, int]] = []
    toks = tokens_of(doc)
    for tok in toks:
        if fold(tok.text) not in PERSON_TITLES or skip(tok.idx) or "\n" in tok.whitespace_:
            continue
        start = tok.i + 1
        # "Minister of Foreign Affairs of Ukraine Andrii Sybiha": skip the title's of-phrases
        j = start
        while j + 1 < len(doc) and toks[j].lower_ == "of" and j - start < 8:
            k = j + 1
            while k < len(doc) and (k in place_tokens or toks[k].text[:1].isupper()) and k - j <= 3:
                if k in place_tokens:
                    k += 1
                    break
                k += 1
            if k - 1 in place_tokens or toks[k - 1].text[:1].isupper():
                j = k
            else:
                break
        if j > start and (j - 1) in place_tokens:
            start = j
        end, words = start, 0
        while (end < len(doc) and words < 3 and end not in place_tokens
               and _name_token(toks[end], is_place) and toks[end].ent_type_ not in ("DATE", "TIME")):
            if toks[end].text != "-" and toks[end].text not in NAME_PARTICLES:
                words += 1
            end += 1
            if "\n" in toks[end - 1].whitespace_:
                break
        while end > start and (toks[end - 1].text == "-" or toks[end - 1].text in NAME_PARTICLES):
            end -= 1
        if words >= 2 and all(toks[i].pos_ == "PROPN" or not is_name_word(toks[i].text)
                              for i in range(start, end)):
            found.append((start, end))
    return found


@functools.lru_cache(maxsize=1)
def _gender_detector():
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=False)


def first_name_gender(name: str) -> str | None:
    """"male" or "female" when a first-name list (gender-guesser) is sure or mostly sure."""
    words = [w for w in strip_possessive(name).split() if w[:1].isupper()]
    if len(words) < 2:
        return None
    guess = _gender_detector().get_gender(words[0])
    return {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(guess)


NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "del", "della", "la",
                            "le", "du", "dos", "das", "bin", "al", "el", "ter", "ten", "zu"})


# Words that make a capitalised phrase an institution, not a person ("Marshall Fund").
# Words of a newspaper's, agency's or broadcaster's name: never part of a person's name.
PUBLICATION_WORDS = frozenset(
    "telegraph guardian herald tribune gazette observer chronicle courier journal times post "
    "news newsweek reuters bloomberg interfax xinhua tass ria novosti anadolu afp dpa "
    "broadcasting television radio tv channel newspaper magazine daily weekly".split()
)
INSTITUTION_WORDS = frozenset(
    "fund bank club church station institute university college party council ministry agency "
    "group post times news journal foundation company corporation inc ltd airlines airport "
    "street square avenue road bridge hospital school center centre museum house office "
    "committee commission union league association army navy force forces court".split()
) | PUBLICATION_WORDS


def _first_named(
    doc: Doc, is_place: Callable[[str], bool], skip: Callable[[int], bool], place_tokens: frozenset[int]
) -> list[tuple[int, int]]:
    """Names NER mislabelled (ORG, GPE) or missed, recognised by a known first name
    (gender-guesser's list) opening two or three capitalised name words: "Olaf Scholz met …"."""
    found: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"):
            continue
        start = ent.start
        while start < ent.end and fold(doc[start].text) in HONORIFICS:
            start += 1  # "Taoiseach Ciarán Ó Briain": the title before the name
        tokens = [t for t in doc[start : ent.end] if t.text != "-"]
        words = [t for t in tokens if fold(t.text) not in GAELIC_PARTICLES]
        if skip(ent.start_char) or "\n" in ent.text or not 2 <= len(words) <= 3:
            continue
        if any(t.i in place_tokens or not _name_token(t, is_place)
               or not (t.pos_ == "PROPN" or t.i == t.sent.start and t.text[:1].isupper())
               for t in words):
            continue  # a sentence's first word may be tagged a noun ("Seán Ó Maoláin said")
        if any(fold(t.text) in INSTITUTION_WORDS for t in tokens):
            continue
        if _gender_detector().get_gender(fold(words[0].text)) in ("male", "female", "mostly_male", "mostly_female"):
            found.append((start, ent.end))
    return found


def _coordinated_names(
    doc: Doc, seeds: list[tuple[int, int]], is_place: Callable[[str], bool],
    skip: Callable[[int], bool], place_tokens: frozenset[int],
) -> list[tuple[int, int]]:
    """Names NER left unlabelled that are coordinated with a person's name: "Anna
    Berg and Rustam Vekilov held talks", "Berg, Vekilov and Oduya" — a run of one to
    three name words (the conjunct and its compounds) that NER gave no label, is no place and
    no institution."""
    covered = {i for start, end in seeds for i in range(start, end)}
    found: list[tuple[int, int]] = []
    for start, end in seeds:
        for conj in doc[end - 1].conjuncts:
            if conj.i in covered or conj.i in place_tokens or conj.pos_ != "PROPN":
                continue
            first = conj.i
            while (first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head == conj
                   and doc[first - 1].pos_ == "PROPN"):
                first -= 1
            tokens = doc[first : conj.i + 1]
            if (len(tokens) > 3 or skip(tokens[0].idx) or "\n" in tokens.text
                    or any(t.ent_type_ or t.i in covered or t.i in place_tokens
                           or not _name_token(t, is_place) or fold(t.text) in INSTITUTION_WORDS
                           for t in tokens)
                    or is_place(tokens.text) or not name_words(tokens.text)):
                continue
            found.append((first, conj.i + 1))
            covered.update(range(first, conj.i + 1))
    return found


# Gaelic name particles ("Seán Ó Maoláin", "Niamh Mac Giolla Bhríde", "Máire Ní Bhriain"):
# part of the name, not words of it
GAELIC_PARTICLES = frozenset({"o", "mac", "mc", "ni", "nic", "ua", "uí", "ui", "giolla"})


# Where in a sentence a lone name can stand for a person.
PERSON_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj",
                           "dative", "attr"})
NOT_PERSON_ENTS = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL", "PERSON", "MONEY",
                             "PERCENT", "QUANTITY", "LAW", "LANGUAGE", "EVENT", "GPE", "LOC",
                             "FAC", "NORP"})


def _candidate_surnames(
    doc: Doc, is_place: Callable[[str], bool], skip: Callable[[int], bool],
    place_tokens: frozenset[int], covered: set[int],
) -> list[tuple[int, int]]:
    """Lone capitalised words in a person's place that no other rule took: possible bare
    surnames NER labelled as something else (see ``find_people``)."""
    found: list[tuple[int, int]] = []
    for tok in tokens_of(doc):
        if (tok.pos_ == "PROPN" and len(tok.text) >= 3 and tok.i not in place_tokens
                and tok.i not in covered and tok.dep_ in PERSON_PLACES
                and tok.ent_type_ not in NOT_PERSON_ENTS and not tok.text.isupper()
                and not any(c.dep_ == "compound" for c in tok.children)
                and not (tok.i > 0 and doc[tok.i - 1].dep_ == "compound"
                         and doc[tok.i - 1].head == tok)
                and not skip(tok.idx) and _name_token(tok, is_place)
                and fold(tok.text) not in INSTITUTION_WORDS and name_words(tok.text)):
            found.append((tok.i, tok.i + 1))
    return found


# Lower-case prefixes joined to a capitalised surname by an apostrophe or a hyphen:
# "d'Estrelle", "al-Rawahi", "el-Sayed", "ul-Haq".
_NAME_PREFIXES = ("d'", "d’", "l'", "l’", "dell'", "dell’", "al-", "el-", "ad-", "as-", "ash-",
                  "at-", "an-", "ul-", "ar-", "az-", "ud-", "bin-", "ibn-")


def is_name_word(text: str) -> bool:
    """A word that can be written in a name: a capital letter, then letters, with apostrophes,
    hyphens and dots inside ("O'Donnelly", "Fitzgerald-Hale", "J."), or a lower-case prefix
    joined to such a word ("d'Estrelle", "al-Rawahi")."""
    text = strip_possessive(text)
    for prefix in _NAME_PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix):
            text = text[len(prefix):]
            break
    if not text[:1].isupper():
        return False
    core = text.replace("-", "").replace("'", "").replace("’", "").replace(".", "")
    return core.isalpha() and not text.endswith(("-", "'", "’"))


def _name_token(tok: Token, is_place: Callable[[str], bool],
                hyphened: frozenset[str] = frozenset()) -> bool:
    """A word that can be part of a person's name: a name word (``is_name_word``), not a
    title; or a particle ("de", "van") between two such words ("Jeroen de Vries"); or the
    pieces of a hyphenated name word: "Kosiniak-Kamysz", "al-Rawahi", and "Jong-taek" when
    ``hyphened`` (the folded hyphenated words of the names found) holds it."""
    text = strip_possessive(tok.text)
    doc = tok.doc
    if text == "-" and 0 < tok.i < len(doc) - 1:  # "Kosiniak-Kamysz", "al-Rawahi"
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        if before.whitespace_ or tok.whitespace_:
            return False
        if after.text[:1].isupper():
            return before.text[:1].isupper() or f"{before.lower_}-" in _NAME_PREFIXES
        return before.text[:1].isupper() and fold(f"{before.text}-{after.text}") in hyphened
    if (text[:1].islower() and tok.i > 1 and doc[tok.i - 1].text == "-"
            and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_):
        return fold(f"{doc[tok.i - 2].text}-{text}") in hyphened  # "Jong-taek"
    if (f"{text.lower()}-" in _NAME_PREFIXES and tok.i < len(doc) - 2 and not tok.whitespace_
            and doc[tok.i + 1].text == "-" and doc[tok.i + 2].text[:1].isupper()):
        return True  # "al" of "al-Rawahi"
    if text in NAME_PARTICLES and 0 < tok.i < len(doc) - 1:
        # "Jeroen de Vries", "Anke von der Heide": between a name word and a name word
        before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
        if after.text in NAME_PARTICLES and tok.i + 2 < len(tok.doc):
            after = tok.doc[tok.i + 2]
        return (before.text[:1].isupper() or before.text in NAME_PARTICLES) and after.text[:1].isupper()
    return (
        is_name_word(text)
        and fold(text) not in HONORIFICS and fold(text).removesuffix("s") not in HONORIFICS
        and not is_place(text)
    )
