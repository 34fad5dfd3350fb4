"""Meeting events: the mentions of one meeting, across sentences and articles, grouped.

Two mentions can be the same meeting when they agree:

- **status**: both held, or both planned;
- **participants**: one's people are all among the other's ("Berg met Lind" and "Berg, Dahl
  and Lind met" can be one meeting; "Berg met Lind" and "Berg met Dahl" cannot);
- **mode** and **place**, where both say one (a call is not a visit; Paris is not Rome; a
  city agrees with its own country);
- **date**: two days are equal; a day lies in a month; a mention the text does not date
  ("article" precision) agrees with a dated one reported up to ``REPORT_WINDOW`` days later
  (for a held meeting; up to that many days earlier for a planned one), and with an undated
  one of the same article or of another article of the same day.

A mention joins the event all of whose mentions it agrees with, if there is exactly one such
event; when two events would take it, it is a conflict and starts an event of its own. The
mentions are taken in an order that depends only on what they say (most precise date first),
so the events do not depend on the order the articles came in.

An event's date is the most precise one its mentions give (a day, else a month, else the
earliest article date, precision "article"); its participants are all of theirs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from kg.model import When

REPORT_WINDOW = 7  # days between a meeting and an undated report of it
PRECISION_RANK = {"day": 0, "month": 1, "article": 2}


@dataclass(frozen=True)
class MeetingEvent:
    participants: tuple[str, ...]  # entity keys, sorted
    mentions: tuple[Any, ...]  # the Meeting facts, in the order they were grouped
    date: When | None
    status: str
    mode: str | None = None
    place: str | None = None


def build_events(meetings: Sequence[Any],
                 places_in: Mapping[str, str] | None = None) -> list[MeetingEvent]:
    """Group meeting mentions (facts with ``participants``, ``status``, ``mode``, ``date``,
    ``place`` and ``evidence``) into events. ``places_in`` maps a city's key to its country's
    key. An undated mention carries its article's date with precision "article"."""
    places_in = places_in or {}
    events: list[list[Any]] = []
    by_pair: dict[frozenset[str], list[int]] = {}
    for mention in sorted(meetings, key=_order):
        people = set(mention.participants)
        seen: set[int] = set()
        candidates = []
        for pair in combinations(sorted(people), 2):
            for index in by_pair.get(frozenset(pair), ()):
                if index in seen:
                    continue
                seen.add(index)
                if all(_agree(mention, other, places_in) for other in events[index]):
                    candidates.append(index)
        if len(candidates) == 1:
            index = candidates[0]
            events[index].append(mention)
        else:
            index = len(events)
            events.append([mention])
        for pair in combinations(sorted(people), 2):
            by_pair.setdefault(frozenset(pair), [])
            if index not in by_pair[frozenset(pair)]:
                by_pair[frozenset(pair)].append(index)
    return sorted((_event(group, places_in) for group in events), key=_event_order)


def _order(mention: Any) -> tuple:
    when = mention.date
    ev = mention.evidence
    return (PRECISION_RANK.get(when.precision, 3) if when else 3, when.value if when else "",
            -len(mention.participants), mention.participants, mention.status, ev.article_id,
            ev.start, ev.end, repr(mention))


def _event_order(event: MeetingEvent) -> tuple:
    return (event.date.value if event.date else "", event.participants, event.status,
            tuple(_order(m) for m in event.mentions))


def _agree(a: Any, b: Any, places_in: Mapping[str, str]) -> bool:
    if a.status != b.status:
        return False
    pa, pb = set(a.participants), set(b.participants)
    if not (pa <= pb or pb <= pa):
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if a.place and b.place and a.place != b.place:
        if places_in.get(a.place) != b.place and places_in.get(b.place) != a.place:
            return False
    return _dates_agree(a, b)


def _dates_agree(a: Any, b: Any) -> bool:
    wa, wb = a.date, b.date
    same_article = a.evidence.article_id == b.evidence.article_id
    if wa is None or wb is None:
        return same_article and wa == wb
    ra, rb = wa.precision, wb.precision
    if ra != "article" and rb != "article":
        if ra == rb:
            return wa.value == wb.value
        return wa.value[:7] == wb.value[:7]  # a day in a month
    if ra == "article" and rb == "article":
        return same_article or wa.value == wb.value
    undated, dated = (a, b) if ra == "article" else (b, a)
    return _reported_on(undated.date.value, dated.date, planned=a.status == "planned")


def _reported_on(article_day: str, when: When, *, planned: bool) -> bool:
    """Whether an article of ``article_day`` can report (undated) a meeting of ``when``."""
    try:
        reported = dt.date.fromisoformat(article_day)
        if when.precision == "month":
            year, month = map(int, when.value.split("-"))
            first = dt.date(year, month, 1)
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        else:
            first = last = dt.date.fromisoformat(when.value)
    except ValueError:
        return False
    window = dt.timedelta(days=REPORT_WINDOW)
    if planned:
        return first - window <= reported <= last
    return first <= reported <= last + window


def _event(group: list[Any], places_in: Mapping[str, str]) -> MeetingEvent:
    people = sorted({p for m in group for p in m.participants})
    dated = [m.date for m in group if m.date is not None]
    date = min(dated, key=lambda w: (PRECISION_RANK.get(w.precision, 3), w.value), default=None)
    modes = sorted({m.mode for m in group if m.mode})
    places = sorted({m.place for m in group if m.place}, key=lambda p: (p not in places_in, p))
    return MeetingEvent(
        participants=tuple(people),
        mentions=tuple(group),
        date=date,
        status=group[0].status,
        mode=modes[0] if modes else None,
        place=places[0] if places else None,  # a city before the country it is in
    )
