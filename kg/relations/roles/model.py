"""The roles relation's fact, and what a construction is: a row of data naming its rule, the
role it gives, the words that trigger it and the finder of its countries."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.article.context import CountryMention, DocContext
from kg.model import Evidence
from kg.relations import Rule

GUARANTOR = "Guarantor"
OPPONENT = "Opponent"
RECIPIENT = "Recipient"
ROLES = (GUARANTOR, OPPONENT, RECIPIENT)


@dataclass(frozen=True)
class RoleAssertion:
    """A country plays a role (one of ``ROLES``) in security guarantees."""

    country: str  # entity key
    role: str
    evidence: Evidence


@dataclass(frozen=True)
class Scene:
    """What a construction sees besides its trigger: the article, the sentence, and whether the
    article (``article_context``) or the last sentences (``recent_guarantees``) speak of
    guarantees or peacekeeping."""

    ctx: DocContext
    sent: Span
    article_context: bool
    recent_guarantees: bool


@dataclass(frozen=True)
class Construction:
    """One way a text gives a role: ``trigger`` picks the tokens that may carry it (cheap, on
    the token alone), ``find`` the countries that then play ``role``. ``topical``: only in a
    sentence that names forces, guarantees or what is opposed."""

    rule: Rule
    role: str
    trigger: Callable[[Token], bool]
    find: Callable[[Scene, Token], Iterable[CountryMention]]
    topical: bool = True
