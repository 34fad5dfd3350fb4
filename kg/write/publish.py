"""Publishing a build as a unit: readers see the old output folder or the new one, never a mix.

    with Publisher("out") as pub:                 # takes the lock, cleans stale staging
        write_bytes(pub.stage / "graph.ttl", …)   # everything a build makes goes in the stage
        pub.publish()                             # one atomic step

``--out out`` becomes a symbolic link, ``out -> .out.kg/build-…``; the build folders, the
staging folders and the lock live in ``.out.kg/`` beside it. Publishing renames the staged
folder to its final name (invisible to readers), then replaces the link with
``os.replace`` (atomic on POSIX), then removes the folders of earlier builds. A build that
dies at any point leaves the old link, hence the old output, whole; its staging folder is
removed by the next build, which holds the lock while it cleans.

The lock (``flock`` on ``.out.kg/lock``) is released by the kernel when its holder dies, so a
killed build never blocks the next one. A second build on the same ``--out`` waits with a
message, or with ``wait=False`` raises ``BusyError`` (exit status 3).

An ``out`` that already exists as a plain folder (from an older newskg) is adopted when it
holds only files a build writes; one holding anything else is refused rather than moved.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.errors import BusyError, OutputError

HOME_SUFFIX = ".kg"
MANIFEST = "build.json"
# Names a build writes at the top of its folder; a plain folder holding only these is ours.
OWN_NAMES = frozenset({"graph.ttl", "graph.html", MANIFEST, "cache", "store", "exports",
                       "stats", "plots"})


def home_of(out: str | Path) -> Path:
    """The folder beside ``out`` that holds its builds, staging folders and lock."""
    out = _absolute(out)
    return out.parent / f".{out.name}{HOME_SUFFIX}"


def _absolute(out: str | Path) -> Path:
    path = Path(os.path.abspath(os.fspath(out)))
    if not path.name or path == path.parent:
        raise OutputError(out, "--out must name a folder of its own (not '.', '..' or '/')")
    return path


def reserved_paths(out: str | Path) -> tuple[Path, Path]:
    """``out`` and its home: never read as input (an --out inside an input folder)."""
    out = _absolute(out)
    return out, home_of(out)


class Publisher:
    """Owns one ``--out`` for the length of a build (see the module docstring)."""

    def __init__(self, out: str | Path, *, wait: bool = True,
                 on_wait: Callable[[str], None] | None = None) -> None:
        self.out = _absolute(out)
        self.home = home_of(self.out)
        self.wait = wait
        self.on_wait = on_wait
        self._lock_fd: int | None = None
        self.stage: Path | None = None
        self.published: Path | None = None

    # -- the lock ---------------------------------------------------------------------------

    def __enter__(self) -> Publisher:
        self._check_out()
        try:
            self._lock()
            self._clean_stale()
            stage = tempfile.mkdtemp(prefix="stage-", dir=self.home)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(stage, 0o777 & ~umask)  # mkdtemp makes 0700; the output is for everyone
        except OSError as exc:
            self._unlock()
            raise OutputError(self.home, exc.strerror or str(exc)) from None
        self.stage = Path(stage)
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self.stage is not None and self.stage.exists():
                shutil.rmtree(self.stage, ignore_errors=True)  # not published: leave no trace
        finally:
            self._unlock()

    def _lock(self) -> None:
        path = self.home / "lock"
        waited = False
        while True:
            self.home.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    os.close(fd)
                    raise
                holder = _read_holder(fd)
                if not self.wait:
                    os.close(fd)
                    raise BusyError(self.out, f"another build is writing it{holder}; "
                                              "try again when it ends (or drop --no-wait)") from None
                if self.on_wait is not None and not waited:
                    self.on_wait(f"{self.out}: waiting for another build{holder} to finish …")
                waited = True
                fcntl.flock(fd, fcntl.LOCK_EX)
            if _same_file(fd, path):
                break
            os.close(fd)  # the holder removed the lock file as it left: take the new one
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is None:
            return
        if not self.out.exists() and not self.out.is_symlink():
            self._tidy_unused_home()
        fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
        os.close(self._lock_fd)
        self._lock_fd = None

    def _tidy_unused_home(self) -> None:
        """A build that published nothing where nothing was published leaves no trace (the lock
        file goes while still held; a waiter notices the file changed and takes a new one)."""
        try:
            if any(p.name != "lock" for p in self.home.iterdir()):
                return
            os.unlink(self.home / "lock")
            os.rmdir(self.home)
        except OSError:
            pass

    # -- the folders ------------------------------------------------------------------------

    def _check_out(self) -> None:
        out = self.out
        if out.is_symlink():
            target = Path(os.readlink(out))
            if not target.is_absolute():
                target = out.parent / target
            if Path(os.path.normpath(target)).parent != self.home:
                raise OutputError(out, "is a link newskg did not make; choose another --out")
        elif out.exists():
            if not out.is_dir():
                raise OutputError(out, "exists and is not a folder")
            strangers = sorted(p.name for p in out.iterdir()
                               if p.name not in OWN_NAMES and not _is_temp(p.name))
            if strangers:
                raise OutputError(out, f"holds files newskg did not write ({', '.join(strangers[:3])}"
                                       f"{', …' if len(strangers) > 3 else ''}); choose another --out")

    def _clean_stale(self) -> None:
        """Staging folders and links of builds that died (we hold the lock: none is running)."""
        for entry in self.home.iterdir():
            if entry.name.startswith("stage-"):
                shutil.rmtree(entry, ignore_errors=True)
            elif entry.name.startswith("link-"):
                entry.unlink(missing_ok=True)
        current = self.current()
        for entry in self.home.iterdir():  # builds no link points to (a kill after the rename)
            if entry.name.startswith("build-") and entry != current:
                shutil.rmtree(entry, ignore_errors=True)

    def current(self) -> Path | None:
        """The build folder ``out`` points to now, if any."""
        if not self.out.is_symlink():
            return None
        return Path(os.path.normpath(self.out.parent / os.readlink(self.out)))

    def previous_manifest(self) -> dict[str, Any] | None:
        """The manifest of the build published now (``out/build.json``), if readable."""
        try:
            data = json.loads((self.out / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def publish(self) -> Path:
        """Make the staged folder the output, in one atomic step; returns the build folder."""
        if self.stage is None or self._lock_fd is None:
            raise RuntimeError("Publisher.publish() runs inside its 'with' block, once")
        _fsync_tree(self.stage)
        checkpoint("publish:staged")
        final = self.home / f"build-{os.getpid()}-{os.urandom(4).hex()}"
        try:
            os.rename(self.stage, final)
            _fsync_dir(self.home)
            checkpoint("publish:renamed")
            if self.out.exists() and not self.out.is_symlink():
                self._adopt_plain_folder()
            link = self.home / f"link-{os.getpid()}"
            link.unlink(missing_ok=True)
            os.symlink(os.path.relpath(final, self.out.parent), link)
            checkpoint("publish:linked")
            os.replace(link, self.out)  # the one step readers can see
            _fsync_dir(self.out.parent)
        except OSError as exc:
            raise OutputError(self.out, exc.strerror or str(exc)) from None
        checkpoint("publish:switched")
        self.stage = None
        for entry in self.home.iterdir():
            if entry.name.startswith("build-") and entry != final:
                shutil.rmtree(entry, ignore_errors=True)
        self.published = final
        return final

    def _adopt_plain_folder(self) -> None:
        """An output folder from an older newskg (checked in ``_check_out``): moved aside so the
        link can take its name. The only moment ``out`` is briefly absent; it happens once."""
        aside = self.home / f"build-plain-{os.getpid()}"
        os.rename(self.out, aside)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except OSError:
        return False


def _read_holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode().strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""


def _is_temp(name: str) -> bool:
    return name.startswith(".") and name.endswith(".tmp")


def _fsync_tree(root: Path) -> None:
    for folder, _dirs, files in os.walk(root):
        for name in files:
            fd = os.open(os.path.join(folder, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(folder))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def checkpoint(name: str) -> None:
    """A named point in publishing where the kill test (tests/test_reliability.py) can make
    this process die: ``KG_KILL_AT=publish:linked`` sends SIGKILL to itself there."""
    if os.environ.get("KG_KILL_AT") == name:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def write_manifest(stage: Path, data: dict[str, Any]) -> None:
    from kg.write.atomic import write_text

    write_text(stage / MANIFEST, json.dumps(data, indent=2, sort_keys=True) + "\n")
