"""Reading articles: files and folders of .txt, .html/.htm and .jsonl in, ``Article`` records out.

    from kg.read import read_articles, read_text
    for article in read_articles(["seeds/", "extra/story.html"]):
        print(article.id, article.date, article.content()[:80])

``Article.text`` is the text as read, and every offset points into it: a .txt file's whole
content (a BOM dropped, line ends made "\\n"), the text extracted from an HTML page (paragraphs
separated by blank lines), a JSONL record's ``text``. Front matter and page furniture are not
removed but listed in ``Article.skip`` (see ``kg.furniture``).

Text files may start with front matter in one of two styles:

- a first line `` date 2025-02-19 Rest of the line`` (the ``date …`` prefix is furniture, the
  rest stays text and is the title if it reads as a headline);
- ``key: value`` lines (lowercase keys, optionally between ``---`` fences) ending with a blank
  line: ``source``/``url``, ``outlet``/``publisher``, ``date``, ``title``, ``author`` ….
"""

from __future__ import annotations


import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date as Date
from pathlib import Path

from kg.errors import DependencyError, InputError, missing_package
from kg.limits import MAX_CHARS
from kg.furniture import FURNITURE, find_furniture, is_headline, merge
from kg.model import Article

__all__ = ["FURNITURE", "SUFFIXES", "normalise_date", "read_articles", "read_text", "sanitise"]

log = logging.getLogger(__name__)

TEXT, HTML, JSONL = ".txt", ".html", ".jsonl"
SUFFIXES = {".txt": TEXT, ".html": HTML, ".htm": HTML, ".jsonl": JSONL}
_KINDS = ".txt, .html, .htm, .jsonl"

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


# Files ---------------------------------------------------------------------------------------

def read_articles(
    paths: Iterable[str | Path],
    *,
    warn: Callable[[str], None] | None = None,
    skip: Callable[[str], None] | None = None,
    strict: bool = False,
    exclude: Iterable[str | Path] = (),
) -> Iterator[Article]:
    """Every article under ``paths`` (files, or folders read recursively in sorted order).

    A path named here that is missing, unreadable, not a regular file, not UTF-8 or of an
    unsupported type raises ``InputError`` before anything is read. Inside a folder, such a
    file (or an unlistable subfolder) is left out through ``skip``; so is any article that
    cannot be read (an empty one, a JSONL line that is not an article, one over
    ``MAX_CHARS``), wherever it is. ``strict`` turns every left-out article into an
    ``InputError``. Other notes (HTML read as plain text) go to ``warn``. ``skip`` defaults
    to ``warn``, which defaults to logging. Folders under ``exclude`` (a build's own output)
    are never read.
    """
    report = warn if warn is not None else log.warning
    leave_out = skip if skip is not None else report

    def skipped(where: str | Path, reason: str) -> None:
        if strict:
            raise InputError(where, f"{reason} (--strict)")
        leave_out(f"{where}: skipped, {reason}")

    if isinstance(paths, (str, Path)):  # read_articles("seeds") means one folder, not 5 letters
        paths = [paths]
    roots = [Path(p) for p in paths]
    for root in roots:  # fail on a bad argument before reading anything
        _check(root)
    excluded = [Path(os.path.abspath(p)) for p in exclude]
    ids: dict[str, str] = {}
    done: set[Path] = set()
    for root in roots:
        is_folder = root.is_dir()
        for file in _files(root, skipped, excluded):
            key = file.resolve()
            if key in done:
                continue
            done.add(key)
            try:
                articles = list(_read_file(file, report, skipped))
            except InputError as exc:
                if not is_folder:
                    raise  # a file the user named: stop with its one-line reason
                skipped(exc.where or file, exc.reason)  # one bad file spoils nothing else
                continue
            for article in articles:
                where = article.where
                if not article.content().strip():
                    skipped(where, f"an empty article ({article.id})")
                    continue
                if len(article.text) > MAX_CHARS:
                    skipped(where, f"longer than {MAX_CHARS:,} characters ({article.id})")
                    continue
                if article.id in ids and is_folder:
                    # same file name in two subfolders: the path inside the folder tells them apart
                    article = replace(article, id=file.relative_to(root).as_posix()
                                      + article.id[len(file.name):])
                if article.id in ids:
                    raise InputError(
                        article.path,
                        f"duplicate article id '{article.id}' (also in {ids[article.id]})",
                    )
                ids[article.id] = str(article.path)
                yield article


def _check(path: Path) -> None:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(path, "no such file or folder") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from None
    if stat.S_ISDIR(info.st_mode):
        return
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, f"not a regular file ({_file_kind(info.st_mode)})")
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(path, f"unsupported file type '{path.suffix}' (expected {_KINDS})")


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a file"


def _files(path: Path, skipped: Callable[[str | Path, str], None],
           excluded: list[Path]) -> list[Path]:
    """The article files under a folder, sorted; anything else is reported and left out."""
    if not path.is_dir():
        return [path]

    def unlistable(exc: OSError) -> None:
        skipped(exc.filename or path, f"folder not read ({exc.strerror or exc})")

    found: list[Path] = []
    for folder, dirs, names in os.walk(path, onerror=unlistable):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and Path(os.path.abspath(here / d)) not in excluded)
        for name in names:
            if not name.startswith("."):
                found.append(here / name)
    files = []
    for file in sorted(found):
        if file.suffix.lower() not in SUFFIXES:
            skipped(file, f"not an article file ({_KINDS})")
            continue
        try:
            info = file.stat()
        except OSError as exc:  # a dangling link, or a folder we may list but not search
            skipped(file, exc.strerror or "cannot be read")
            continue
        if not stat.S_ISREG(info.st_mode):
            skipped(file, f"not a regular file ({_file_kind(info.st_mode)})")
            continue
        files.append(file)
    if not files:
        raise InputError(path, f"no articles found ({_KINDS})")
    return files


def _read_bytes(path: Path) -> bytes:
    """A regular file's bytes; opened without blocking, so a FIFO swapped in never hangs."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, f"not a regular file ({_file_kind(info.st_mode)})")
        if info.st_size > 4 * MAX_CHARS + 4:  # more bytes than MAX_CHARS characters can take
            raise InputError(path, f"longer than {MAX_CHARS:,} characters")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from None
    finally:
        os.close(fd)


def _read_file(path: Path, warn: Callable[[str], None],
               skipped: Callable[[str | Path, str], None]) -> Iterator[Article]:
    kind = SUFFIXES[path.suffix.lower()]
    data = _read_bytes(path)
    if kind == HTML:
        yield _read_html(path, data, warn)
        return
    text = _decode(path, data)
    if kind == JSONL:
        yield from _read_jsonl(path, text, skipped)
    else:
        yield read_text(text, id=path.name, path=str(path))


def _decode(path: Path | str, data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = f"0x{data[exc.start]:02x}"
        raise InputError(path, f"not UTF-8 text (byte {byte} at offset {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_jsonl(path: Path, text: str,
                skipped: Callable[[str | Path, str], None]) -> Iterator[Article]:
    """One article per line; a line that is not one is left out, the others are read."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            article = _jsonl_article(path, number, line)
        except InputError as exc:
            skipped(where, exc.reason)
            continue
        except (RecursionError, MemoryError, ValueError) as exc:  # nesting too deep, huge numbers
            skipped(where, f"not an article ({type(exc).__name__})")
            continue
        yield article


def _jsonl_article(path: Path, number: int, line: str) -> Article:
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(where, 'expected a JSON object with a "text" string')
    meta = {k: record.get(k) for k in ("title", "date", "url", "publisher")}
    bad = [k for k, v in meta.items() if v is not None and not isinstance(v, str)]
    if bad or not isinstance(record.get("id", ""), (str, int)) or isinstance(record.get("id"), bool):
        raise InputError(where, f"'{(bad or ['id'])[0]}' must be a string")
    article_id = sanitise(str(record.get("id") or f"{path.name}:{number}"))
    clean = {k: sanitise(v) if isinstance(v, str) else v for k, v in meta.items()}
    return read_text(record["text"], id=article_id, path=str(path), line=number, **clean)


_TAG = re.compile(r"<\s*[a-zA-Z!/][^>]*>")


def _read_html(path: Path, data: bytes, warn: Callable[[str], None]) -> Article:
    """The main text of a web page (trafilatura), paragraphs separated by blank lines."""
    sample = data[:4096].decode("utf-8", errors="ignore")
    if not sample.strip():
        return Article(id=path.name, text="", path=str(path))
    if not _TAG.search(sample):
        warn(f"{path}: no HTML markup, read as plain text")
        return read_text(_decode(path, data), id=path.name, path=str(path))
    try:
        import trafilatura  # slow to import; only needed for HTML

        doc = trafilatura.bare_extraction(
            data,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except ImportError as exc:  # jusText needs lxml_html_clean, which old pips do not pull in
        package = missing_package(exc)
        raise DependencyError(
            path, f"reading HTML needs the package '{package}', which is not installed "
            f"(pip install {package})"
        ) from None
    except Exception as exc:  # noqa: BLE001 - a third-party parser on untrusted input
        raise InputError(path, f"cannot parse HTML ({type(exc).__name__})") from None
    if doc is None:
        return Article(id=path.name, text="", path=str(path))
    body = getattr(doc, "text", None) or ""
    text = "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
    return read_text(
        text,
        id=path.name,
        path=str(path),
        title=getattr(doc, "title", None) or None,
        date=getattr(doc, "date", None) or None,
        url=getattr(doc, "url", None) or None,
        publisher=getattr(doc, "sitename", None) or None,
    )
