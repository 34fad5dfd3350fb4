"""A store over the SPARQL 1.1 protocol, served by the Oxigraph server.

    serve("out/store", bind="127.0.0.1:7878", on_ready=print)   # until Ctrl-C

The server is the ``oxigraph`` program of the PyPI package ``oxigraph`` (``pip install
'newskg[server]'``), the same engine and store format as our pyoxigraph, run as a child
process: ``serve-read-only`` by default, ``serve`` with ``writable=True``, and with
``--union-default-graph`` so that queries see the union of the store's graphs, as
``kg query`` does. Once it answers, ``on_ready`` gets its URLs (``Endpoints``); then it runs
until it is interrupted (Ctrl-C, or SIGTERM), and is stopped with it. A server that cannot
start (a port in use, a store another process writes) or that stops by itself is a one-line
``ServerError`` with what it said.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, NamedTuple

from kg.errors import DependencyError, ServerError, UsageError
from kg.graphio import check_store

DEFAULT_BIND = "127.0.0.1:7878"
STARTUP = 30.0  # seconds a server may take to answer
STOPPING = 10.0  # seconds it may take to stop before it is killed
INSTALL = "pip install 'newskg[server]' (or: pip install oxigraph)"


class Server(NamedTuple):
    """A running Oxigraph server: its process, and the file its messages go to."""

    process: subprocess.Popen
    said: IO[bytes]


class Endpoints(NamedTuple):
    """The URLs of a served store."""

    query: str  # SPARQL queries (GET or POST)
    update: str  # SPARQL updates (refused unless writable)
    store: str  # the Graph Store protocol (kg push; writes refused unless writable)


def oxigraph_binary() -> str:
    """The Oxigraph server program: beside this Python (a virtual environment's bin/, even
    when it is not activated), else on PATH (DependencyError if neither)."""
    for folder in _beside_python():
        candidate = folder / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("oxigraph")
    if found is None:
        raise DependencyError("kg serve", f"the Oxigraph server is not installed: {INSTALL}")
    return found


def _beside_python() -> list[Path]:
    return [Path(sys.executable).parent, Path(sys.prefix) / "bin"]


def parse_bind(bind: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:PORT`` for IPv6) as (host, port)."""
    host, sep, port = bind.rpartition(":")
    bracketed = host.startswith("[") and host.endswith("]")
    host = host[1:-1] if bracketed else host
    if (not sep or not host or (":" in host and not bracketed) or not port.isdigit()
            or not 0 < int(port) < 65536):
        raise UsageError("--bind", f"expected HOST:PORT with a port from 1 to 65535, not {bind!r}")
    return host, int(port)


def endpoints(bind: str) -> Endpoints:
    host, port = parse_bind(bind)
    base = f"http://{f'[{host}]' if ':' in host else host}:{port}"
    return Endpoints(f"{base}/query", f"{base}/update", f"{base}/store")


def serve(
    store: str | Path,
    *,
    bind: str = DEFAULT_BIND,
    writable: bool = False,
    on_ready: Callable[[Endpoints], None] | None = None,
) -> None:
    """Serve ``store`` until interrupted (KeyboardInterrupt, also raised for SIGTERM, ends it
    quietly: the server is stopped and ``serve`` returns)."""
    with _sigterm_interrupts(), running(store, bind=bind, writable=writable) as server:
        if on_ready is not None:
            on_ready(endpoints(bind))
        try:
            status = server.process.wait()
        except KeyboardInterrupt:
            return
        if status in (0, -signal.SIGINT, -signal.SIGTERM):  # stopped by a signal to us both
            return
        raise ServerError(bind, f"the Oxigraph server stopped (exit status {status})"
                          f"{_said(server)}")


@contextmanager
def running(
    store: str | Path, *, bind: str = DEFAULT_BIND, writable: bool = False
) -> Iterator[Server]:
    """The Oxigraph server on ``store``, answering on ``bind``, inside the ``with``; stopped
    when it is left, however that happens."""
    store = check_store(store)
    host, port = parse_bind(bind)
    program = oxigraph_binary()
    _check_free(host, port, bind)
    command = [program, "serve" if writable else "serve-read-only", "--location", str(store),
               "--bind", bind, "--union-default-graph"]
    env = {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}
    with tempfile.TemporaryFile() as said:
        arrange = _die_with_parent()  # only a prctl call between fork and exec
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=said, env=env, preexec_fn=arrange)  # noqa: PLW1509
        server = Server(process, said)
        try:
            _wait_until_it_answers(server, host, port, bind)
            yield server
        finally:
            stop(process)


def stop(server: subprocess.Popen) -> None:
    """Stop a server: SIGTERM, then SIGKILL if it is still there after ``STOPPING`` s."""
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(STOPPING)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _check_free(host: str, port: int, bind: str) -> None:
    """A port another program listens on fails now, not after we took its answers for ours."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        raise UsageError("--bind", f"{bind}: unknown host ({exc.strerror})") from None
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise ServerError(bind, f"cannot listen there: {exc.strerror or exc}") from None


def _wait_until_it_answers(server: Server, host: str, port: int, bind: str) -> None:
    deadline = time.monotonic() + STARTUP
    while time.monotonic() < deadline:
        status = server.process.poll()
        if status is not None:
            raise ServerError(bind, f"the Oxigraph server did not start (exit status {status})"
                              f"{_said(server)}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                if server.process.poll() is None:
                    return
        except OSError:
            time.sleep(0.05)
    raise ServerError(bind, f"the Oxigraph server did not answer in {STARTUP:g} s{_said(server)}")


def _said(server: Server) -> str:
    """The server's error message (its first line saying ``Error``, else its first line)."""
    server.said.seek(0)
    text = server.said.read(65536).decode("utf-8", "replace")
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    errors = [line for line in lines if line.startswith("Error")]
    line = (errors or lines or [""])[0].removeprefix("Error:").strip()
    return f": {line}" if line else ""


def _die_with_parent() -> Callable[[], None] | None:
    """On Linux, a child that gets SIGTERM when its parent dies, even by SIGKILL (no server is
    left holding the port)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up here, not after the fork
    except (OSError, AttributeError):
        return None
    return lambda: prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM raises KeyboardInterrupt, as Ctrl-C does, so that the server is stopped too."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
