"""Page furniture: the lines of a news page that are not the story.

Language switchers, photo credits, bylines, view counters, datelines, tag lists, adverts,
section labels and repeated headlines are found here and returned as character ranges; the
text itself is never changed, so every offset into it still holds (``Article.content()``
blanks the ranges). The patterns are data (``FURNITURE``); each has a scope:

- ``line``: the whole line (stripped) matches, anywhere in the article;
- ``end``: the whole line matches and sits in the block of short lines closing the article
  (tag lists, an author's name repeated at the foot of the page);
- ``suffix``: only the matched tail of a line is furniture ("… Photo: X (Getty Images)").

One rule is structural rather than a pattern: a line that repeats an earlier line exactly
is a repeated headline (the first occurrence stays text). Headlines themselves are text.
Patterns only ever match short lines, so a real sentence is not dropped by accident.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple


class Furniture(NamedTuple):
    name: str
    scope: str  # "line" | "end" | "suffix"
    pattern: re.Pattern[str]


class Span(NamedTuple):
    start: int
    end: int
    kind: str


_I = re.IGNORECASE
MAX_LINE = 300  # furniture is short; longer lines are always text

# Building blocks -----------------------------------------------------------------------------

# ISO 639-1 codes as sites show them ("ua" for Ukrainian), minus English words ("it", "no")
_LANG = (
    r"en|ua|uk|ru|de|fr|es|pl|pt|nl|tr|ar|zh|ja|ko|cs|cz|sk|hu|ro|bg|el|gr|sv|se|da|dk|fi|et|"
    r"lv|lt|ka|ge|az|hy|kk|kz|fa|sr|hr|sl|bs|mk|sq|uz"
)
_LANG_NAMES = (
    r"english|українська|украинский|русский|русская|deutsch|français|español|"
    r"polski|italiano|türkçe|português|nederlands|română|čeština|ελληνικά"
)
_LANG_TOKEN = rf"(?:{_LANG}|{_LANG_NAMES})"
_WORD = r"[A-Z][\w'’.-]*"  # a capitalised word ("Kyiv", "UNN", "O'Brien", "J.")
_CAPS = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"  # up to four capitalised words
_NAMES = rf"{_CAPS}(?:\s*(?:,|\band\b|&)\s*{_CAPS}){{0,3}}"  # "Jane Doe and John Roe"
# A credit after "Photo:": no sentence break inside ("J. Smith" is too unsure, so it is kept).
_CREDIT = r"(?:[^.!?\n]|\.(?=\S)){1,150}\.?"
# After "Photo by": names, then an agency ("Jane Doe/AFP via Getty Images", "John Roe for Reuters")
_BY_CREDIT = rf"{_NAMES}(?:\s*(?:/|for|via)\s*{_CAPS}){{0,2}}"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_TIME_WORD = r"(?:at|am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|cet|cest|eet|eest|msk|bst|today|yesterday)"
_NUMBERS = r"\d{1,4}(?:[:./-]\d{1,4}){0,2}"  # "14:05", "05.11.2024", "2024-11-05"
_SEGMENT = rf"(?:{_CAPS}|{_NUMBERS}(?:,?\s+{_NUMBERS})?)"  # "Kyiv", "UNN", "12:30, 17.02.25"
_TIME_TOKEN = rf"(?:{_NUMBERS}|{_MONTH}|{_WEEKDAY}|{_TIME_WORD}|[+-]\d{{2}}:?\d{{2}})"
_SOCIAL = (
    r"(?:facebook|twitter|x|telegram|whatsapp|linkedin|viber|e-?mail|print|copy link|reddit|"
    r"messenger|pinterest|threads|bluesky|youtube|instagram|tiktok)"
)
_LABELS = (
    r"(?:recall|background|addition|additionally|details|context|reference|for reference|"
    r"read also|read more|also read|see also|related|related (?:news|articles|stories|topics)|"
    r"more on (?:this|the topic|this topic)|more news|latest news|top stories|most read|"
    r"popular|trending|recommended|you may also like|source|sources|update|updated|"
    r"editor'?s note|key points|what we know(?: so far)?|in brief|summary|highlights|"
    r"quote|video|photo|photos|gallery|live|breaking|breaking news|comments?|tags|topics)"
)
_AGENCY = (
    r"(?:AFP|AP|Reuters|Getty Images|EPA(?:-EFE)?|Anadolu(?: Agency)?|Shutterstock|Pool|"
    r"Sputnik|TASS|Ukrinform|UNIAN|Xinhua|Bloomberg)"
)

# The table -----------------------------------------------------------------------------------


def _rule(name: str, scope: str, *parts: str, flags: int = 0) -> Furniture:
    return Furniture(name, scope, re.compile("".join(parts), flags))


FURNITURE: tuple[Furniture, ...] = (
    # "ua en ru", "EN | PL", "English · Українська"
    _rule(
        "language-switcher",
        "line",
        rf"{_LANG_TOKEN}(?:(?:\s*[|/•·,]\s*|\s+){_LANG_TOKEN}){{1,9}}",
        flags=_I,
    ),
    # "• 1204 views", "12K views", "Views: 1,204", "3 min read"
    _rule(
        "views",
        "line",
        r"(?:[•·|]\s*)?\d[\d,.\s]*[km]?\+?\s*(?:views?|reads?|comments?|shares?)",
        flags=_I,
    ),
    _rule("views", "line", r"(?:views?|reads?)\s*:?\s*\d[\d,.\s]*[km]?\+?", flags=_I),
    _rule(
        "views",
        "line",
        r"(?:reading time\s*:?\s*)?\d{1,3}\s*(?:min|mins|minutes?)(?:\s+read)?",
        flags=_I,
    ),
    # "Photo: Ministry of Defence", "(Photo by Jane Doe/AFP via Getty Images)", "© Reuters 2025"
    _rule(
        "photo-credit",
        "line",
        r"\(?\s*(?:photo|photos|image|picture|illustration|illustrative photo|cover photo|",
        r"main photo|photo credit|credits?)\s*(?::|©)\s*",
        _CREDIT,
        r"\)?",
        flags=_I,
    ),
    _rule("photo-credit", "line", r"\(?(?:[Pp]hotos?|[Ii]mage|[Pp]icture) by ", _BY_CREDIT, r"\)?"),
    _rule(
        "photo-credit", "line", r"(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))[^\n]{0,80}", flags=_I
    ),
    _rule(
        "photo-credit",
        "line",
        rf"\(?(?:{_CAPS}\s*/\s*)?{_AGENCY}(?:\s+via\s+Getty Images)?(?:\s*/\s*{_CAPS})?\)?",
    ),
    _rule(
        "photo-credit",
        "suffix",
        r"(?<=\s)\(?(?:Photo|Photos|Image|Picture|Illustration|Illustrative photo|Photo credit)",
        rf"(?:\s*(?::|©)\s*{_CREDIT}| by {_BY_CREDIT})\)?$",
    ),
    # "Author: Jane Doe", "By Jane Doe and John Roe, Example Wire", "Reporting by X; Editing by Y"
    _rule(
        "byline",
        "line",
        r"(?:by|written by|reported by|story by|authors?|byline|reporter|correspondent|editor|",
        r"edited by)\s*:\s*[^\n]{1,100}",
        flags=_I,
    ),
    _rule("byline", "line", rf"(?:By|BY)\s+{_NAMES}(?:\s*[,|•—–-]\s*{_CAPS})?"),
    _rule(
        "byline",
        "line",
        r"(?:(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch)",
        rf"(?: and (?:reporting|writing|editing))? by {_NAMES}(?: in {_CAPS})?\s*[;.]?\s*)+",
    ),
    # "Warsaw • PAP", "Oslo | NTB | 14:05"
    _rule("dateline", "line", rf"{_SEGMENT}(?:\s*[•·|]\s*{_SEGMENT}){{1,3}}"),
    # "17 February 2025, 12:30", "Updated: Feb. 17, 2025 at 10:30 a.m. EST"
    _rule(
        "timestamp",
        "line",
        r"(?:(?:updated|published|posted|last updated|modified)\s*:?\s*)?",
        rf"(?=[^\n]*\d)(?:{_TIME_TOKEN}[\s,]*){{1,8}}",
        flags=_I,
    ),
    # "Advertisement", "Contact us about advertising", "Subscribe to our newsletter"
    _rule(
        "advert",
        "line",
        r"(?:advertisement|advertising|advertise with us|sponsored(?: content)?|",
        r"promoted(?: content)?|ad|paid (?:content|partnership)|",
        r"(?:contact us )?(?:about|for) advertising|scroll to continue(?: reading)?|",
        r"continue reading(?: below)?|story continues below(?: advertisement)?)\s*:?",
        flags=_I,
    ),
    _rule(
        "advert",
        "line",
        r"(?!.*\b(?:said|says|told|urged|added|stated|wrote)\b)",  # reported speech is content
        r"(?:subscribe|sign up|get our newsletter|donate (?:now|today|to (?:us|our|support))|",
        r"support (?:us|our (?:work|journalism)))\b[^\n\"“]{0,100}",
        flags=_I,
    ),
    # "Share", "Follow us on Telegram", "Facebook Twitter Telegram"
    _rule(
        "share",
        "line",
        r"(?:share|share (?:this|on|via)\b[^\n]{0,40}|follow us\b[^\n]{0,60})",
        flags=_I,
    ),
    _rule("share", "line", rf"{_SOCIAL}(?:[\s|•·,/]+{_SOCIAL}){{0,9}}", flags=_I),
    # "Recall", "Background:", "Read also: <another article's headline>", "Tags: NATO, Ukraine"
    _rule("label", "line", rf"[—–-]?\s*{_LABELS}\s*[:.—–-]?", flags=_I),
    _rule(
        "label",
        "line",
        r"(?:read also|read more|also read|see also|related(?: news)?)\s*:[^\n]{0,200}",
        flags=_I,
    ),
    _rule(
        "label",
        "line",
        r"(?:tags?|topics?|keywords?|categories|category|filed under)\s*:[^\n]{0,200}",
        flags=_I,
    ),
    _rule("label", "line", r"(?:#\w+[\s,]*)+"),
    # At the foot of the page: "jane-doeJane Doe", "WorldPolitics", "Jane Doe", "air-defence"
    _rule(
        "trailing-tags",
        "end",
        rf"(?:[a-z0-9]+(?:-[a-z0-9]+)*)?(?:{_WORD}|\d+)(?:\s+(?:{_WORD}|\d+)){{0,4}}",
    ),
    _rule("trailing-tags", "end", r"[a-z0-9]+(?:-[a-z0-9]+)+"),
)


# Finding it ----------------------------------------------------------------------------------


class _Line(NamedTuple):
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # the stripped line


def _lines(text: str, start: int) -> Iterator[_Line]:
    for match in re.finditer(r"[^\n]+", text[start:]):
        raw = match.group()
        body = raw.strip()
        if body:
            lead = len(raw) - len(raw.lstrip())
            s = start + match.start() + lead
            yield _Line(s, s + len(body), body)


def line_kind(line: str, scope: str = "line") -> str | None:
    """The furniture name a whole (stripped) line matches in ``scope``, or None."""
    line = line.strip()
    if not line or len(line) > MAX_LINE:
        return None
    for entry in FURNITURE:
        if entry.scope == scope and entry.pattern.fullmatch(line):
            return entry.name
    return None


def _suffix(line: str) -> re.Match[str] | None:
    for entry in FURNITURE:
        if entry.scope == "suffix":
            match = entry.pattern.search(line)
            if match and match.start() > 0:
                return match
    return None


def find_furniture(text: str, start: int = 0) -> list[Span]:
    """Furniture ranges in ``text[start:]`` (after any front matter), sorted."""
    seen: set[str] = set()
    spans: list[Span] = []
    kept: list[_Line] = []
    for line in _lines(text, start):
        kind = line_kind(line.text)
        if kind:
            spans.append(Span(line.start, line.end, kind))
            continue
        body = line.text
        credit = _suffix(body) if len(body) <= MAX_LINE else None
        if credit:
            spans.append(Span(line.start + credit.start(), line.end, "photo-credit"))
            body = body[: credit.start()].rstrip()
        if body in seen:
            spans.append(Span(line.start, line.start + len(body), "repeated"))
        else:
            seen.add(body)
            kept.append(line)
    spans.extend(_trailing(kept))
    return sorted(spans)


def _trailing(kept: list[_Line]) -> list[Span]:
    """The run of tag-like lines closing the article (never the only text there is)."""
    out: list[Span] = []
    for i in range(len(kept) - 1, 0, -1):
        kind = line_kind(kept[i].text, "end")
        if kind is None:
            break
        out.append(Span(kept[i].start, kept[i].end, kind))
    return out


def merge(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted, non-overlapping, non-empty ranges."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out)


# Headlines -----------------------------------------------------------------------------------

_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+[\"“(]?[A-Z0-9]")


def is_headline(line: str) -> bool:
    """A short line with no sentence break and no final period: a headline, not a lead."""
    line = line.strip()
    words = line.split()
    return (
        0 < len(words) <= 20
        and len(line) <= 200
        and not line.endswith((".", ",", ";", ":", "…"))
        and not _SENTENCE_BREAK.search(line)
    )
