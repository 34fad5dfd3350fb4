"""Progress of a build on stderr: a bar on a terminal, plain lines otherwise, nothing if quiet.

    progress = Progress(total=1050)
    progress.update(done=10, warnings=0)   # as results come in
    progress.close()

On a terminal (rich): articles done/total, articles per second, time left, warnings so far.
Elsewhere (a log, CI): one line every ``every`` seconds and one at the end, so a long build
is never silent and a short one prints one line.
"""

from __future__ import annotations

import sys
import time
from typing import IO


class Progress:
    def __init__(self, total: int | None, *, stream: IO[str] | None = None, quiet: bool = False,
                 every: float = 10.0, label: str = "articles") -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet
        self.every = every
        self.label = label
        self.start = time.monotonic()
        self.last = self.start
        self.done = 0
        self.warnings = 0
        self._bar = None
        if not quiet and _is_terminal(self.stream):
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, TextColumn,
                                       TimeRemainingColumn)
            from rich.progress import Progress as Bar

            self._bar = Bar(TextColumn("[bold]{task.description}"), BarColumn(),
                            MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                            TimeRemainingColumn(), TextColumn("{task.fields[warnings]}"),
                            console=Console(file=self.stream), transient=True)
            self._task = self._bar.add_task(label, total=total, rate="", warnings="")
            self._bar.start()

    def update(self, *, done: int, warnings: int) -> None:
        self.done, self.warnings = done, warnings
        now = time.monotonic()
        if self._bar is not None:
            self._bar.update(self._task, completed=done, rate=f"{self._rate(now):.1f}/s",
                             warnings=f"{warnings} warnings" if warnings else "")
        elif not self.quiet and now - self.last >= self.every:
            self.last = now
            self._line(now)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        elif not self.quiet and self.done and time.monotonic() - self.start >= self.every:
            self._line(time.monotonic())

    def _rate(self, now: float) -> float:
        return self.done / max(now - self.start, 1e-6)

    def _line(self, now: float) -> None:
        rate = self._rate(now)
        parts = [f"{self.done}{f'/{self.total}' if self.total else ''} {self.label}"]
        if self.total:
            parts[0] += f" ({100 * self.done // max(self.total, 1)}%)"
        parts.append(f"{rate:.1f} {self.label}/s")
        if self.total and rate > 0 and self.done < self.total:
            parts.append(f"about {_duration((self.total - self.done) / rate)} left")
        parts.append(f"{self.warnings} warning{'' if self.warnings == 1 else 's'}")
        print("kg: " + ", ".join(parts), file=self.stream, flush=True)


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
