"""Text for a terminal: article text shown to a person must not drive their terminal.

Escape sequences inside a claim (``\\x1b]0;…\\a`` retitles a window, ``\\x1b[2J`` clears it),
other control characters, and the Unicode controls that reorder or hide text (bidirectional
overrides and isolates, line and paragraph separators) are shown as visible escapes:
``\\x1b``, ``\\u202e``. CSV and JSON output keep the exact text; only what a terminal renders
goes through ``printable``.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with control characters shown as escapes (tabs kept; newlines kept only when
    ``keep_newlines``, else shown as ``\\n``)."""
    if not keep_newlines:
        text = text.replace("\n", "\\n")
    return _CONTROL.sub(_escape, text)
