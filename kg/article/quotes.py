"""Finding quoted passages in raw text: straight and curly marks, several sentences, several
paragraphs (the convention of leaving a paragraph's quote open when the next one continues
it), and unbalanced marks, which close at the end of their paragraph. Never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
ALL_MARKS = OPENERS + CLOSERS + STRAIGHT + "‟″"
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_mark: int  # offset of the opening mark (== start when the mark is missing)
    close_mark: int | None  # offset of the closing mark; None when it never closed

    @property
    def outer_end(self) -> int:
        return self.close_mark + 1 if self.close_mark is not None else self.end


def find_quotes(text: str) -> list[Quote]:
    """Every quoted passage in ``text``, in order."""
    quotes: list[Quote] = []
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    pending: int | None = None  # opening mark of a quote continued from an earlier paragraph
    for index, (p_start, p_end) in enumerate(paragraphs):
        opened: int | None = pending
        first = p_start
        if pending is not None and text[p_start] in OPENERS + STRAIGHT:
            first = p_start + 1  # the mark that reopens a continued quote is not its close
        pending = None
        for pos in range(first, p_end):
            ch = text[pos]
            if opened is None:
                if ch in OPENERS or (ch == STRAIGHT and _can_open(text, pos)):
                    opened = pos
                continue
            if ch in CLOSERS or ch == STRAIGHT:
                quotes.append(Quote(_content_start(text, opened), pos, opened, pos))
                opened = None
        if opened is not None:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if nxt and text[nxt[0]] in OPENERS + STRAIGHT and _continues(text, opened, p_end):
                pending = opened  # the quote runs on into the next paragraph
                continue
            end = p_end
            while end > opened + 1 and text[end - 1].isspace():
                end -= 1
            quotes.append(Quote(_content_start(text, opened), end, opened, None))
    return [q for q in quotes if q.end > q.start]


def _content_start(text: str, mark: int) -> int:
    return mark + 1 if mark < len(text) and text[mark] in ALL_MARKS else mark


def _can_open(text: str, pos: int) -> bool:
    """A straight mark opens unless it directly follows a letter or digit (5'10", word")."""
    return pos == 0 or not text[pos - 1].isalnum()


def _continues(text: str, opened: int, p_end: int) -> bool:
    """A quote left open at a paragraph's end continues if the paragraph ends a sentence."""
    tail = text[opened:p_end].rstrip()
    return bool(tail) and tail[-1] in ".!?…"


def strip_marks(text: str) -> str:
    """Claim text: the quote without its marks or the punctuation that only closed it."""
    cleaned = "".join(ch for ch in text if ch not in ALL_MARKS)
    cleaned = re.sub(r"[ \t]*\n+[ \t]*", " ", cleaned)
    cleaned = re.sub(r"\s{2,}", " ", cleaned).strip()
    return cleaned.rstrip(",;: ").strip()


def trim_claim(text: str) -> str:
    """Strip marks, then a final comma or full stop that belongs to the host sentence."""
    cleaned = strip_marks(text)
    while cleaned and cleaned[-1] in ",;:—–-":
        cleaned = cleaned[:-1].rstrip()
    if cleaned.endswith(".") and not cleaned.endswith("..."):
        cleaned = cleaned[:-1].rstrip()
    return cleaned
