"""When things happened: the dates an article's text gives, resolved against its own date.

Every DATE entity spaCy finds is read once, in text order (``read_dates``), into a ``When``
with a precision:

- a day: "Feb. 28", "28 February 2025", "on Saturday" (the last Saturday on or before the
  article's date; for something planned, the next one on or after), "yesterday", "today",
  "two days ago", "the next day" and "three days later" (counted from the last day named
  before it);
- a month: "in March", "earlier this month", "last month", "days later" (a few days after the
  last day named: the month they fall in);
- nothing: "last week", "recently", "this year" — too vague to date an event; the fact then
  carries the article's date with precision "article".

Absolute dates are parsed by python-dateutil; the relative expressions by the small table
of rules below. ``when_of`` picks the date that belongs to an event word (a meeting verb or
noun, a verb of speech): one in its own clause, not inside a clause it governs ("X said the
war would end in June" is not said in June).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as dateutil_parser
from spacy.tokens import Doc, Token

from kg.article.syntax import governs
from kg.model import When

__all__ = ["DateMention", "read_dates", "resolve", "when_of"]

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}
# words around a date that change nothing about which day it is
NOISE = re.compile(
    r"\b(on|the|this past|past|of|at|by|during|in|since|until|from|morning|afternoon|evening|"
    r"night|midday|noon|overnight|local time|weekend|'s|’s)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int  # token span of the DATE entity
    end: int
    when: When | None


def read_dates(doc: Doc, article_date: str | None, *, skip=lambda _char: False) -> list[DateMention]:
    """Every DATE entity of ``doc``, resolved against ``article_date`` (ISO), in order. A date
    counted from another ("the next day") is counted from the last day named before it."""
    base = _date(article_date)
    out: list[DateMention] = []
    anchor: dt.date | None = None
    for ent in doc.ents:
        if ent.label_ != "DATE" or skip(ent.start_char):
            continue
        when = resolve(ent.text, base, anchor=anchor) if base else None
        out.append(DateMention(ent.start, ent.end, when))
        if when is not None and when.precision == "day":
            anchor = dt.date.fromisoformat(when.value)
    return out


def resolve(text: str, base: dt.date, *, anchor: dt.date | None = None,
            planned: bool = False) -> When | None:
    """One date expression, read on the day ``base`` (see the module docstring)."""
    raw = " ".join(text.lower().replace("’", "'").split())
    numeric = _numeric(raw)
    if numeric is not None:
        return numeric
    words = NOISE.sub(" ", raw)
    words = " ".join(words.replace(",", " ").replace(".", " ").split())
    if not words:
        return None
    if words in ("today", "earlier today", "later today", "tonight", "now", "earlier"):
        return _day(base)
    if words == "yesterday":
        return _day(base - dt.timedelta(days=1))
    if words == "day before yesterday":
        return _day(base - dt.timedelta(days=2))
    if words == "tomorrow":
        return _day(base + dt.timedelta(days=1))
    match = re.fullmatch(r"(last|next|this|coming)?\s*(\w+)", words)
    if match and match.group(2) in WEEKDAYS:
        return _day(_weekday(base, WEEKDAYS[match.group(2)], match.group(1), planned))
    match = re.fullmatch(r"(\w+) days? ago", words)
    if match and _number(match.group(1)):
        return _day(base - dt.timedelta(days=_number(match.group(1))))
    match = re.fullmatch(r"(next|following) day|day after", words)
    if match and anchor is not None:
        return _day(anchor + dt.timedelta(days=1))
    match = re.fullmatch(r"(\w+) days? (later|after|afterwards|earlier|before)", words)
    if match and anchor is not None and _number(match.group(1)):
        sign = -1 if match.group(2) in ("earlier", "before") else 1
        return _day(anchor + dt.timedelta(days=sign * _number(match.group(1))))
    if re.fullmatch(r"(a few |several )?days (later|after|afterwards)", words) and anchor:
        return _month(anchor + dt.timedelta(days=3))
    if re.fullmatch(r"(earlier |later )?this month", words):
        return _month(base)
    if words == "last month":
        return _month(base.replace(day=1) - dt.timedelta(days=1))
    if words == "next month":
        return _month((base.replace(day=28) + dt.timedelta(days=4)).replace(day=1))
    return _calendar(words, base, planned=planned)


def _calendar(words: str, base: dt.date, *, planned: bool) -> When | None:
    """Month names with or without a day and year, and numeric dates, by dateutil."""
    words = re.sub(r"\b(early|mid|late|beginning|end|middle)\b-?", " ", words).strip()
    tokens = words.replace("-", " ").split()
    month_words = [t for t in tokens if t in MONTHS]
    if not month_words:
        return None
    has_day = any(re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", t) for t in tokens)
    has_year = any(re.fullmatch(r"\d{4}", t) for t in tokens)
    try:
        parsed = dateutil_parser.parse(" ".join(tokens), default=dt.datetime(base.year, 1, 1),
                                       fuzzy=True).date()
    except (ValueError, OverflowError):
        return None
    if not has_day:
        month = parsed.replace(day=1)
        if not has_year:
            month = _nearest_year(month, base, planned=planned, monthly=True)
        return _month(month)
    if not has_year:
        parsed = _nearest_year(parsed, base, planned=planned, monthly=False)
    return _day(parsed)


def _numeric(raw: str) -> When | None:
    """ISO (2025-02-28) and day.month.year (28.02.2025) dates; month/day order with slashes is
    ambiguous and is left alone."""
    iso = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", raw)
    dmy = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", raw)
    try:
        if iso:
            return _day(dt.date(int(iso[1]), int(iso[2]), int(iso[3])))
        if dmy:
            return _day(dt.date(int(dmy[3]), int(dmy[2]), int(dmy[1])))
    except ValueError:
        return None
    return None


def _nearest_year(day: dt.date, base: dt.date, *, planned: bool, monthly: bool) -> dt.date:
    """A date given without its year: the one before the article's date (after it, when
    planned); a month is 'before' while the article's own month has not ended."""
    later = day > (base.replace(day=1) if monthly else base)
    if not planned and later and (not monthly or day > base):
        return _with_year(day, day.year - 1)
    if planned and day < (base.replace(day=1) if monthly else base):
        return _with_year(day, day.year + 1)
    return day


def _with_year(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def _weekday(base: dt.date, weekday: int, word: str | None, planned: bool) -> dt.date:
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if word == "last":
        return base - dt.timedelta(days=back or 7)
    if word in ("next", "coming"):
        return base + dt.timedelta(days=ahead or 7)
    return base + dt.timedelta(days=ahead) if planned else base - dt.timedelta(days=back)


def _number(word: str) -> int:
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word, 0)


def _day(day: dt.date) -> When:
    return When(day.isoformat(), "day")


def _month(day: dt.date) -> When:
    return When(day.isoformat()[:7], "month")


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


# Which date belongs to an event word -----------------------------------------------------------


def when_of(dates: list[DateMention], trigger: Token, *, also: Token | None = None,
            base: str | None = None, planned: bool = False) -> When | None:
    """The date of the event ``trigger`` names: a DATE entity in its own clause (or in that of
    ``also``, the verb a meeting noun is the object of), not in a clause it governs. A weekday
    is re-read forward when the event is planned. None when the text gives no usable date."""
    heads = [t for t in (trigger, also) if t is not None]
    found: list[tuple[int, DateMention]] = []
    for mention in dates:
        doc = trigger.doc
        span = doc[mention.start : mention.end]
        for head in heads:
            if governs(head, span.root):
                found.append((abs(span.root.i - trigger.i), mention))
                break
    if not found:
        return None
    _, best = min(found, key=lambda x: x[0])
    if planned and base and best.when is not None:
        doc = trigger.doc
        again = resolve(doc[best.start : best.end].text, dt.date.fromisoformat(base), planned=True)
        return again or best.when
    return best.when
