"""Reading files and folders: .txt, .html/.htm and .jsonl in, ``Article`` records out.

    from kg.read import read_articles
    for article in read_articles(["seeds/", "extra/story.html"]):
        print(article.id, article.date, article.content()[:80])

A .txt file's whole content (a BOM dropped, line ends made "\\n"), the text extracted from an
HTML page (paragraphs separated by blank lines) or a JSONL record's ``text`` becomes one
``Article`` through ``kg.read.text.read_text``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.errors import DependencyError, InputError, missing_package
from kg.limits import MAX_CHARS
from kg.model import Article
from kg.read.text import read_text, sanitise

__all__ = ["SUFFIXES", "check_paths", "count_articles", "read_articles"]

log = logging.getLogger(__name__)

TEXT, HTML, JSONL = ".txt", ".html", ".jsonl"
SUFFIXES = {".txt": TEXT, ".html": HTML, ".htm": HTML, ".jsonl": JSONL}
_KINDS = ".txt, .html, .htm, .jsonl"


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


def count_articles(paths: Iterable[str | Path], *, exclude: Iterable[str | Path] = ()) -> int:
    """How many articles ``read_articles`` will at most read (files, and lines of JSONL files):
    cheap, for a progress bar's total. Never raises."""
    total = 0
    excluded = [Path(os.path.abspath(p)) for p in exclude]
    for root in [paths] if isinstance(paths, (str, Path)) else paths:
        try:
            files = _files(Path(root), lambda *_: None, excluded)
        except (InputError, OSError):
            continue
        for file in files:
            if SUFFIXES.get(file.suffix.lower()) != JSONL:
                total += 1
                continue
            try:
                with open(file, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
    return total


def check_paths(paths: Iterable[str | Path]) -> None:
    """Raise ``InputError`` for the first path named that cannot be read as input (missing,
    not a regular file or folder, of an unsupported type), before any work is done."""
    for path in [paths] if isinstance(paths, (str, Path)) else paths:
        _check(Path(path))


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
    try:
        path.open("rb").close()
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from None


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
