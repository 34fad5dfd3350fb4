"""One article from a string: sanitising, front matter, furniture, dates.

``Article.text`` is the text as read, and every offset points into it. Front matter and page
furniture are not removed but listed in ``Article.skip`` (see ``kg.read.furniture``).

Text may start with front matter in one of two styles:

- a first line `` date 2025-02-19 Rest of the line`` (the ``date …`` prefix is furniture, the
  rest stays text and is the title if it reads as a headline);
- ``key: value`` lines (lowercase keys, optionally between ``---`` fences) ending with a blank
  line: ``source``/``url``, ``outlet``/``publisher``, ``date``, ``title``, ``author`` ….
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date as Date

from kg.model import Article
from kg.read.furniture import find_furniture, is_headline, merge

__all__ = ["body_digest", "normalise_date", "parse_front_matter", "read_text", "sanitise"]


# Front matter --------------------------------------------------------------------------------

_SEED_DATE = re.compile(r"\ufeff?[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|(?=\n)|$)")
_KEY_VALUE = re.compile(r"([a-z][a-z0-9_-]{0,30})[ \t]*:[ \t]*(.*?)[ \t\r]*")
_ANY_KEY = re.compile(r"([A-Za-z][\w-]{0,30})[ \t]*:[ \t]*(.*?)[ \t\r]*")
_FENCE = re.compile(r"\ufeff?---[ \t\r]*")
_URL = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"[(\[].*[)\]]|n/?a|none|null|unknown|-+", re.IGNORECASE)

# Which Article field a front-matter key fills ("source" is a url if it looks like one).
FIELDS = {
    "url": "url",
    "link": "url",
    "canonical": "url",
    "permalink": "url",
    "source_url": "url",
    "outlet": "publisher",
    "publisher": "publisher",
    "site": "publisher",
    "sitename": "publisher",
    "site_name": "publisher",
    "publication": "publisher",
    "media": "publisher",
    "date": "date",
    "published": "date",
    "published_at": "date",
    "publish_date": "date",
    "pubdate": "date",
    "datetime": "date",
    "created": "date",
    "title": "title",
    "headline": "title",
    "source": "source",
    "author": "author",
    "authors": "author",
    "byline": "author",
}


@dataclass(frozen=True)
class FrontMatter:
    end: int = 0  # where the body starts
    skip: tuple[tuple[int, int], ...] = ()
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None


def parse_front_matter(text: str) -> FrontMatter:
    """The front matter at the top of ``text`` (an empty ``FrontMatter`` if there is none)."""
    seed = _SEED_DATE.match(text)
    if seed:  # the rest of the line is text; read_text takes it as title if it is a headline
        end = seed.end()
        return FrontMatter(end=end, skip=((0, end),), date=normalise_date(seed.group(1)))
    lines = _split_lines(text)
    fenced = bool(lines) and _FENCE.fullmatch(lines[0][2]) is not None
    values: dict[str, str] = {}
    for start, end, line in lines[1:] if fenced else lines:
        if fenced and _FENCE.fullmatch(line):
            return _fields(values, end, require_known=False)
        if not line.strip():
            return FrontMatter() if fenced else _fields(values, start, require_known=True)
        match = (_ANY_KEY if fenced else _KEY_VALUE).fullmatch(line.lstrip("\ufeff"))
        if match is None:
            return FrontMatter()
        values.setdefault(match.group(1).lower(), match.group(2).strip("\"'"))
    if fenced or (lines and lines[-1][1] < len(text)):  # unclosed, or too long to be a header
        return FrontMatter()
    return _fields(values, len(text), require_known=True)


def _split_lines(text: str, limit: int = 60) -> list[tuple[int, int, str]]:
    """The first ``limit`` lines as (start, end, line)."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    while pos <= len(text) and len(out) < limit:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        out.append((pos, end, text[pos:end]))
        pos = end + 1
    return out


def _fields(values: dict[str, str], end: int, *, require_known: bool) -> FrontMatter:
    if not values or (require_known and not any(key in FIELDS for key in values)):
        return FrontMatter()
    found: dict[str, str] = {}
    for key, value in values.items():
        field = FIELDS.get(key)
        if field == "source":
            field = "url" if _URL.match(value) else "publisher"
        if field and value:
            found.setdefault(field, value)
    title = found.get("title")
    return FrontMatter(
        end=end,
        skip=((0, end),),
        title=None if title is None or _PLACEHOLDER.fullmatch(title) else title,
        date=normalise_date(found.get("date")),
        url=found.get("url"),
        publisher=found.get("publisher"),
    )


# Dates ---------------------------------------------------------------------------------------

_MONTHS = {
    m: n + 1
    for n, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_M = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"), "ymd"),
    (
        re.compile(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{_M},?\s+(\d{{4}})\b", re.IGNORECASE
        ),
        "dMy",
    ),
    (re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE), "Mdy"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "slash"),
)


def normalise_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from common news date formats, or None if unsure.

    "2025-02-19T10:00Z", "19 February 2025", "Feb. 19, 2025", "19.02.2025" all give
    "2025-02-19"; "02/03/2025" is ambiguous (day or month first) and gives None.
    """
    if not value:
        return None
    for pattern, order in _DATE_PATTERNS:
        match = pattern.search(value)
        if match is None:
            continue
        g = match.groups()
        if order == "ymd":
            y, m, d = int(g[0]), int(g[1]), int(g[2])
        elif order == "dMy":
            y, m, d = int(g[2]), _MONTHS[g[1].lower()[:3]], int(g[0])
        elif order == "Mdy":
            y, m, d = int(g[2]), _MONTHS[g[0].lower()[:3]], int(g[1])
        elif order == "dmy":
            y, m, d = int(g[2]), int(g[1]), int(g[0])
        else:  # d/m/y or m/d/y: only when one reading is impossible
            a, b, y = int(g[0]), int(g[1]), int(g[2])
            if a > 12 >= b:
                d, m = a, b
            elif b > 12 >= a:
                m, d = a, b
            else:
                return None
        try:
            return Date(y, m, d).isoformat()
        except ValueError:
            return None
    return None


# Sanitising ----------------------------------------------------------------------------------


def _sanitise_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        table[code] = " "  # controls: no later stage, serializer or terminal should see them
    for code in (0x09, 0x0A):
        del table[code]  # tab and line feed are text
    for code in (0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029):
        table[code] = "\n"  # what str.splitlines() calls a line break is a line break
    for code in (*range(0xD800, 0xE000), 0xFFFE, 0xFFFF):
        table[code] = "\ufffd"  # lone surrogates (from JSON escapes) and non-characters
    return table


_SANITISE = _sanitise_table()
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def sanitise(text: str) -> str:
    """``text`` with nothing a later stage cannot take: C0 and C1 controls become spaces (line
    breaks of other kinds become ``\\n``; a carriage return before a line feed, a space),
    lone surrogates and non-characters U+FFFD. One character for one, so offsets hold."""
    if not _UNSAFE.search(text):
        return text
    return text.replace("\r\n", " \n").translate(_SANITISE)


# One text ------------------------------------------------------------------------------------


def read_text(
    text: str,
    *,
    id: str,
    path: str | None = None,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    line: int | None = None,
) -> Article:
    """One article from a string: front matter and furniture are found and listed in ``skip``.

    Fields given here win over what the front matter says; ``date`` is normalised to ISO.
    The text is sanitised first (``sanitise``: same length). Never raises on odd text: at
    worst nothing is skipped.
    """
    text = sanitise(text)
    title, url, publisher = (sanitise(v) if v else v for v in (title, url, publisher))
    front = parse_front_matter(text)
    spans = find_furniture(text, front.end)
    skip = merge([*front.skip, *((s.start, s.end) for s in spans)])
    found_title = front.title or _first_headline(text, front.end, skip)
    return Article(
        id=id,
        text=text,
        title=title or found_title,
        date=normalise_date(date) if date else front.date,
        url=url or front.url,
        publisher=publisher or front.publisher,
        path=path,
        skip=skip,
        line=line,
        digest=body_digest(text[front.end :]),
    )


def body_digest(body: str) -> str:
    """What makes two articles the same: their text after any front matter, whitespace aside."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8", "surrogatepass")).hexdigest()


def _first_headline(text: str, start: int, skip: tuple[tuple[int, int], ...]) -> str | None:
    """The first line of content, if it reads as a headline and more text follows it."""
    blank = Article(id="", text=text, skip=skip).content()
    lines = [line.strip() for line in blank[start:].split("\n") if line.strip()]
    if len(lines) >= 2 and is_headline(lines[0]):
        return lines[0]
    return None


