"""What every extractor gets besides the parse: people, countries, quotes and coreference of
one article, worked out once.

Extractors refer to people by article-local keys (``"p:3"``, cluster 3 of this article);
the pipeline maps them to corpus-wide entities afterwards. Countries are already global
(``"country/UA"``) because the gazetteer names them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from kg.article.coref import Resolution, describe, resolve
from kg.article.dates import DateMention, read_dates, when_of
from kg.gazetteer.countries import get_gazetteer
from kg.gazetteer.places import find_organisations
from kg.article.people import PersonCluster, PersonMention, find_people
from kg.article.quotes import Quote, find_quotes
from kg.article.syntax import conjuncts
from kg.model import Article, When

COUNTRY_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC"})


def person_key(cluster: int) -> str:
    return f"p:{cluster}"


def country_key(iso2: str) -> str:
    return f"country/{iso2}"


@dataclass(frozen=True)
class CountryMention:
    iso2: str
    kind: str  # name | alias | demonym | capital | institution
    start: int  # token index
    end: int


@dataclass
class DocContext:
    article: Article
    doc: Doc
    clusters: list[PersonCluster]
    mentions: list[PersonMention]
    quotes: list[Quote]
    countries: list[CountryMention]
    resolved: dict[int, Resolution] = field(default_factory=dict)
    text: str = ""  # doc.text, computed once (spaCy rebuilds it on every access)
    organisations: list[tuple[str, int, int]] = field(default_factory=list)  # (key, start, end)
    places_seen: list[tuple[str, str]] = field(default_factory=list)  # (city key, spelling)
    _country_at: dict[int, CountryMention] = field(default_factory=dict)
    _org_at: dict[int, str] = field(default_factory=dict)
    _quote_starts: list[int] = field(default_factory=list)
    _mention_starts: frozenset[int] = frozenset()

    # --- people ---------------------------------------------------------------------
    def person(self, tok: Token) -> Resolution | None:
        """The person a token names or refers to (name, pronoun, role noun), if any."""
        res = self.resolved.get(tok.i)
        if res is not None:
            return res
        if tok.lower_ in ("who", "whom", "that") and tok.head.dep_ == "relcl":
            return self.person(tok.head.head)  # "X, who met Y, said …"
        for child in tok.children:  # "President Ortega": the title heads the name
            if child.dep_ in ("compound", "appos", "flat") and child.i in self.resolved:
                if tok.pos_ in ("NOUN", "PROPN"):
                    return self.resolved[child.i]
        nxt = tok.i + 1  # "his counterpart Andrii Sybiha", however the parser attached the name
        if tok.pos_ == "NOUN" and nxt < len(self.doc) and tok.whitespace_:
            if nxt in self._mention_starts:
                return self.resolved.get(nxt)
        return None

    def people(self, tok: Token) -> list[Resolution]:
        """The person of ``tok`` and of everything coordinated with it ("X and Y")."""
        out: list[Resolution] = []
        for t in [tok, *_conjuncts(tok)]:
            res = self.person(t)
            if res is not None and all(r.cluster != res.cluster for r in out):
                out.append(res)
        return out

    # --- countries ------------------------------------------------------------------
    def country(self, tok: Token) -> CountryMention | None:
        found = self._country_at.get(tok.i)
        if found is None and tok.lower_ in ("which", "that", "who") and tok.head.dep_ == "relcl":
            antecedent = tok.head.head
            found = self.country(antecedent)  # "the United States, which opposes …"
            if found is None and antecedent.dep_ == "pobj" and antecedent.head.lower_ == "among":
                # "Denmark is among the countries that have offered troops"
                verb = antecedent.head.head
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                found = self.country(subj) if subj is not None else None
        return found

    def countries_of(self, tok: Token) -> list[CountryMention]:
        out: list[CountryMention] = []
        for t in [tok, *_conjuncts(tok)]:
            c = self.country(t)
            if c is not None and all(o.iso2 != c.iso2 for o in out):
                out.append(c)
        return out

    # --- organisations and places ----------------------------------------------------
    def organisation(self, tok: Token) -> str | None:
        """The key of the organisation a token names ("org/nato"), if any."""
        return self._org_at.get(tok.i)

    def place(self, tok: Token) -> str | None:
        """The key of the place a token names: a country ("country/FR"), or a city
        ("city/2988507": a capital, or a place NER calls GPE that GeoNames knows). An
        institution ("the White House") is no place."""
        from kg.gazetteer.places import capital_city, find_city

        if tok.lemma_.lower() in ("city", "capital", "town"):  # "the Saudi city of Jeddah"
            named = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"]
            return self.place(named[0]) if named else None
        country = self._country_at.get(tok.i)
        if country is not None:
            if country.kind in ("name", "alias"):
                return f"country/{country.iso2}"
            if country.kind != "capital":
                return None
            surface = self.doc[country.start : country.end].text
            city = find_city(surface)
            if city is None or city.country != country.iso2:
                city = capital_city(country.iso2)
        elif tok.ent_type_ == "GPE" and tok.ent_iob_ != "O":
            ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
            surface = ent.text if ent is not None else tok.text
            city = find_city(surface)
        else:
            return None
        if city is None:
            return None
        self.places_seen.append((city.key, surface))
        return city.key

    # --- quotes ---------------------------------------------------------------------
    def quote_at(self, char: int) -> Quote | None:
        i = bisect.bisect_right(self._quote_starts, char) - 1
        if i >= 0:
            q = self.quotes[i]
            if q.open_mark <= char < q.outer_end:
                return q
        return None

    def inside_quote(self, char: int) -> bool:
        return self.quote_at(char) is not None

    @property
    def article_when(self) -> When | None:
        """The article's date, standing in for a date the text does not give."""
        return When(self.article.date, "article") if self.article.date else None

    @cached_property
    def dates(self) -> list[DateMention]:
        """The article's DATE entities, resolved against its date (``kg.article.dates``)."""
        skips = sorted(self.article.skip)
        return read_dates(self.doc, self.article.date,
                          skip=lambda c: any(s <= c < e for s, e in skips))

    def when(self, trigger: Token, *, also: Token | None = None, planned: bool = False) -> When | None:
        """When the event ``trigger`` names happened: the date its clause gives, else the
        article's (precision "article")."""
        found = when_of(self.dates, trigger, also=also, base=self.article.date, planned=planned)
        return found or self.article_when

    def span(self, start_char: int, end_char: int) -> Span | None:
        return self.doc.char_span(start_char, end_char, alignment_mode="expand")


def _conjuncts(tok: Token) -> list[Token]:
    """Coordinated words, and an apposition that is not itself inside a coordination."""
    appositions = [c for c in tok.children if c.dep_ == "appos" and c.head.dep_ != "conj"]
    return [*conjuncts(tok), *appositions]


_MATCHERS: dict[int, object] = {}


def find_countries(doc: Doc, skip_char=lambda _c: False, *, nlp=None) -> list[CountryMention]:
    """Country names, short names, demonyms, capitals and institutions in ``doc``
    (the gazetteer's PhraseMatcher; longest match wins, blocked phrases such as
    "Latin American" hide the country word inside them)."""
    gazetteer = get_gazetteer()
    if nlp is None:
        from kg.nlp import load_model

        nlp = load_model()
    matcher = _MATCHERS.get(id(nlp.vocab))
    if matcher is None:
        matcher = _MATCHERS[id(nlp.vocab)] = gazetteer.phrase_matcher(nlp)
    found: list[CountryMention] = []
    for span, match in gazetteer.find(doc, matcher):
        if skip_char(span.start_char) or "\n" in span.text:
            continue
        if match.ambiguous and not _ner_agrees(span, match.kind):
            continue
        found.append(CountryMention(match.country.iso2, match.kind, span.start, span.end))
    return found


def _ner_agrees(span: Span, kind: str) -> bool:
    """An ambiguous surface is a place when NER says so; a capital also when it is not part of
    a longer name ("Washington Post", "George Washington") — the small model often calls
    capitals people ("Kyiv", "Vilnius")."""
    if any(t.ent_type_ in ("GPE", "NORP", "LOC") for t in span):
        return True
    if kind not in ("capital", "institution"):
        return False
    doc = span.doc
    for ent in doc.ents:
        if ent.start <= span.start and span.end <= ent.end:
            return len(ent) <= len(span)
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    return not any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() for t in (prev, nxt))


def build_context(article: Article, doc: Doc, *, nlp=None) -> DocContext:
    """Work out people, countries, quotes and coreference for one parsed article (this article
    alone: nothing here looks at other articles)."""
    skips = sorted(article.skip)
    starts = [s for s, _ in skips]

    def skip_char(char: int) -> bool:
        i = bisect.bisect_right(starts, char) - 1
        return i >= 0 and char < skips[i][1]

    countries = find_countries(doc, skip_char, nlp=nlp)
    country_at = {i: c for c in countries for i in range(c.start, c.end)}
    if nlp is None:
        from kg.nlp import load_model

        nlp = load_model()
    organisations = [(k, s, e) for k, s, e in find_organisations(doc, nlp)
                     if not skip_char(doc[s].idx)]
    org_at = {i: key for key, s, e in organisations for i in range(s, e)}
    place_words = {doc[c.start : c.end].text for c in countries}
    gazetteer = get_gazetteer()

    def is_place(text: str) -> bool:
        return text in place_words or gazetteer.lookup(text) is not None

    clusters, mentions = find_people(
        doc, is_place=is_place, skip=skip_char, place_tokens=frozenset(country_at) | set(org_at),
    )
    text = doc.text
    quotes = find_quotes(text)
    ctx = DocContext(
        text=text,
        article=article,
        doc=doc,
        clusters=clusters,
        mentions=mentions,
        quotes=quotes,
        countries=countries,
        organisations=organisations,
        _country_at=country_at,
        _org_at=org_at,
        _quote_starts=[q.open_mark for q in quotes],
        _mention_starts=frozenset(m.start for m in mentions),
    )

    def country_of(tok: Token) -> str | None:
        c = country_at.get(tok.i)
        return c.iso2 if c else None

    describe(doc, clusters, mentions, country_of=country_of)
    ctx.resolved = resolve(
        doc, clusters, mentions, country_of=country_of, inside_quote=ctx.inside_quote
    )
    return ctx
