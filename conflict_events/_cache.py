"""Signed cache files of derived plain data, written once under a lock: the on-disk store
that spares a new process the slow derivations (the default gazetteer, the date grammars'
derived data and the derived date scanner's start pattern, the grammars' compiled patterns,
the built-in registry's indexes; docs/architecture.md, "Caches").

A cache file is a ``marshal`` document of named byte sections, the key of what it was
built from (a hash of the package's version, data and code, computed by the caller) and a
keyed BLAKE2b digest of the sections under that key.  Only plain data is stored (str,
bytes, int, float, None, tuple, list, dict: marshal reads them back without running any
code).  A file is used only when its key is the expected one and its digest checks out: a
file built from other data or code, a truncated or garbage file, or one whose sections were
edited afterwards is never trusted, it is rebuilt.  (This guards against damage, staleness
and edits that do not recompute the digest; whoever can rewrite the digest with the scheme
in hand can as well edit the package itself.)  A file that another user could have written
(not owned by this user, or writable by group or others) is not trusted either.

Builders take an exclusive lock (``fcntl.flock``, ``msvcrt.locking`` on Windows, else a
lock file made with ``O_EXCL`` and broken when stale) so that processes starting together
build once: the first builds and writes, the others wait, then read its file.  The file
is written to a temporary name and renamed into place, so a reader sees the old file or
the new one, never half of one.

:func:`cached_data` builds once and reads ever after; :func:`merge_data` adds to a file that
several processes extend (the pattern store of ``text._accel.compiled``).  The gazetteer's
cache and village store use ``read_signed``, ``write_signed`` and ``build_lock`` from here
too.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import marshal
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from conflict_events._lazy import paused_collection

__all__ = [
    "CACHE_DIR_ENV",
    "NO_CACHE_ENV",
    "build_lock",
    "cache_directory",
    "cached_data",
    "content_key",
    "installed_version",
    "merge_data",
    "read_data",
    "read_signed",
    "write_signed",
]

#: Set this environment variable to ``1`` to neither read nor write any on-disk cache.
NO_CACHE_ENV = "CONFLICT_EVENTS_NO_CACHE"
#: The cache directory, when this environment variable is set (else
#: ``$XDG_CACHE_HOME/conflict_events``, else ``~/.cache/conflict_events``).
CACHE_DIR_ENV = "CONFLICT_EVENTS_CACHE_DIR"

# A lock file older than this is a crashed builder's (only the O_EXCL fallback needs this:
# flock and msvcrt locks die with their process).
_STALE_SECONDS = 600.0
# How long a process waits for another one's build before building on its own.
_WAIT_SECONDS = 300.0
_POLL_SECONDS = 0.05
_SUFFIX = ".marshal"
# Files of one kind kept side by side; older ones are removed.  A kind is built once per
# lexicon (a date grammar per language), so this must hold every shipped language's file with
# room for a user's or a test's lexicons and the build before an upgrade: with fewer, a
# process that reads all nine languages evicts one of its own files each run and rebuilds it.
_KEEP_PER_KIND = 32


def cache_directory() -> Path | None:
    """Where the on-disk caches live, or None when caching is switched off with
    ``CONFLICT_EVENTS_NO_CACHE=1``.

    >>> import os
    >>> cache_directory() is None or cache_directory().name == "conflict_events" or bool(
    ...     os.environ.get("CONFLICT_EVENTS_CACHE_DIR"))
    True
    """
    if os.environ.get(NO_CACHE_ENV, "").strip() not in ("", "0"):
        return None
    explicit = os.environ.get(CACHE_DIR_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    return root / "conflict_events"


def installed_version(distribution: str) -> str:
    """The version of the installed ``distribution`` (a package imported by that name),
    for cache keys: read from the name of its ``.dist-info`` folder beside the package
    without importing either it or ``importlib.metadata`` (both cost a new process more than
    the check they serve), else from ``importlib.metadata``; ``"-"`` when it is not
    installed.

    >>> import anyascii
    >>> installed_version("anyascii") == anyascii.__version__
    True
    """
    from importlib import util

    spec = util.find_spec(distribution)
    if spec is None:
        return "-"
    if spec.origin:
        found = list(Path(spec.origin).parent.parent.glob(f"{distribution}-*.dist-info"))
        if len(found) == 1:
            return found[0].name[len(distribution) + 1 : -len(".dist-info")]
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "-"


def content_key(parts: Iterable[bytes | str]) -> str:
    """A SHA-256 (hex) of ``parts``, each length-prefixed so that no two lists of parts
    share a key; the Python version and marshal's format are always part of it.

    >>> content_key(["a", "bc"]) == content_key(["ab", "c"])
    False
    """
    digest = hashlib.sha256()
    every = [f"{sys.version} marshal {marshal.version}".encode()]
    every.extend(p.encode() if isinstance(p, str) else p for p in parts)
    for part in every:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def cached_data(
    kind: str,
    key: str,
    build: Callable[[], object],
    *,
    check: Callable[[object], bool],
    directory: Path | None = None,
) -> object:
    """The plain data ``build()`` returns, read from the cache file of ``kind`` and ``key``
    when one is intact (and passes ``check``), else built, then written for the next
    process.  ``directory`` defaults to :func:`cache_directory`; without one, it is built.

    >>> import pathlib, tempfile
    >>> where = pathlib.Path(tempfile.mkdtemp())
    >>> calls = []
    >>> def build():
    ...     calls.append(1)
    ...     return ("derived", 1)
    >>> ok = lambda data: isinstance(data, tuple)
    >>> cached_data("demo", "k", build, check=ok, directory=where)
    ('derived', 1)
    >>> cached_data("demo", "k", build, check=ok, directory=where), len(calls)
    (('derived', 1), 1)
    """
    where = cache_directory() if directory is None else directory
    if where is None:
        return build()
    name = f"{kind}-{key[:24]}"
    path = where / f"{name}{_SUFFIX}"
    found = _read_data(path, key, check)
    if found is not None:
        return found[0]
    with build_lock(where / f".{name}.lock") as held:
        if held:  # another process may have written it while this one waited
            found = _read_data(path, key, check)
            if found is not None:
                return found[0]
        data = build()
        if held:
            try:
                encoded = marshal.dumps(data)  # type: ignore[arg-type]
            except ValueError:  # not plain data: not cached
                return data
            if write_signed(path, key, {"data": encoded}):
                _prune(where, kind, path)
    return data


def read_data(
    kind: str, key: str, *, check: Callable[[object], bool], directory: Path | None = None
) -> object | None:
    """The data of the intact cache file of ``kind`` and ``key`` that passes ``check``, or
    None (no such file, caching off, or a file that is not trusted).

    >>> import pathlib, tempfile
    >>> where = pathlib.Path(tempfile.mkdtemp())
    >>> read_data("demo", "k", check=bool, directory=where) is None
    True
    """
    where = cache_directory() if directory is None else directory
    if where is None:
        return None
    found = _read_data(where / f"{kind}-{key[:24]}{_SUFFIX}", key, check)
    return None if found is None else found[0]


def merge_data(
    kind: str,
    key: str,
    merge: Callable[[object | None], object],
    *,
    check: Callable[[object], bool],
    directory: Path | None = None,
) -> bool:
    """Replace the data of the cache file of ``kind`` and ``key`` by ``merge(current)``
    (``current`` None when there is no trusted file), under the build lock so that
    processes writing together lose none of each other's additions.  False when nothing
    was written (caching off, the lock not taken, the disk refused, not plain data).

    >>> import pathlib, tempfile
    >>> where = pathlib.Path(tempfile.mkdtemp())
    >>> add = lambda word: lambda old: sorted({*(old or ()), word})
    >>> merge_data("demo", "k", add("b"), check=bool, directory=where)
    True
    >>> merge_data("demo", "k", add("a"), check=bool, directory=where)
    True
    >>> read_data("demo", "k", check=bool, directory=where)
    ['a', 'b']
    """
    where = cache_directory() if directory is None else directory
    if where is None:
        return False
    name = f"{kind}-{key[:24]}"
    path = where / f"{name}{_SUFFIX}"
    with build_lock(where / f".{name}.lock") as held:
        if not held:
            return False
        found = _read_data(path, key, check)
        try:
            encoded = marshal.dumps(merge(None if found is None else found[0]))  # type: ignore[arg-type]
        except ValueError:  # not plain data: not cached
            return False
        if not write_signed(path, key, {"data": encoded}):
            return False
    _prune(where, kind, path)
    return True


def _read_data(path: Path, key: str, check: Callable[[object], bool]) -> tuple[object] | None:
    sections = read_signed(path, key, ("data",))
    if sections is None:
        return None
    with paused_collection():
        try:
            data = marshal.loads(sections["data"])
        except Exception:  # damaged: rebuilt
            return None
        return (data,) if check(data) else None


def _prune(directory: Path, kind: str, keep: Path) -> None:
    """Remove all but the newest files of ``kind`` (stale builds of older data or code)."""
    with contextlib.suppress(OSError):
        files = sorted(
            (p for p in directory.glob(f"{kind}-*{_SUFFIX}") if p != keep),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for stale in files[_KEEP_PER_KIND - 1 :]:
            with contextlib.suppress(OSError):
                stale.unlink()


def _digest(key: str, sections: Mapping[str, bytes]) -> bytes:
    mac = hashlib.blake2b(key=hashlib.sha256(key.encode()).digest(), digest_size=32)
    for name in sorted(sections):
        data = sections[name]
        for part in (name.encode(), data):
            mac.update(len(part).to_bytes(8, "little"))
            mac.update(part)
    return mac.digest()


def _trusted_owner(path: Path) -> bool:
    if os.name != "posix":
        return True
    status = path.stat()
    return status.st_uid == os.geteuid() and not status.st_mode & 0o022


def read_signed(path: Path, key: str, names: tuple[str, ...]) -> dict[str, bytes] | None:
    """The sections ``names`` of the cache file at ``path`` if it was written for ``key``
    and is intact, else None (missing, stale, damaged, edited or foreign).

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "demo.marshal"
    >>> write_signed(path, "key-1", {"a": b"data"})
    True
    >>> read_signed(path, "key-1", ("a",)), read_signed(path, "key-2", ("a",))
    ({'a': b'data'}, None)
    """
    try:
        if not _trusted_owner(path):
            return None
        document = marshal.loads(path.read_bytes())
        if not isinstance(document, dict) or document.get("key") != key:
            return None
        sections = document["sections"]
        if not isinstance(sections, dict) or set(sections) != set(names):
            return None
        found = {name: bytes(sections[name]) for name in names}
        signature = document["digest"]
        if isinstance(signature, bytes) and hmac.compare_digest(signature, _digest(key, found)):
            return found
    except Exception:  # unreadable, truncated or foreign: rebuilt
        return None
    return None


def write_signed(path: Path, key: str, sections: Mapping[str, bytes]) -> bool:
    """Write ``sections`` signed for ``key`` to ``path`` atomically; False when the disk
    would not take it (the cache is an optimisation, never required)."""
    import tempfile  # only a process that writes needs it (and shutil, which it imports)

    document = {"key": key, "sections": dict(sections), "digest": _digest(key, sections)}
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "wb") as fh:
            fh.write(marshal.dumps(document))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)  # atomic: readers see the old file or the new one
        temporary = None
        return True
    except OSError:
        return False
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


@contextlib.contextmanager
def build_lock(lock_path: Path, *, wait: float = _WAIT_SECONDS) -> Iterator[bool]:
    """Hold the exclusive build lock ``lock_path`` for the ``with`` block; yields whether
    it was taken (False: the directory is not writable, or another builder held it for
    ``wait`` seconds, and the caller builds without it).

    >>> import pathlib, tempfile
    >>> lock = pathlib.Path(tempfile.mkdtemp()) / "demo.lock"
    >>> with build_lock(lock) as held:
    ...     held
    True
    """
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        yield False
        return
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        def take(handle: int) -> None:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)

        def release(handle: int) -> None:
            msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

    else:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - a system without flock
            with _exclusive_file(lock_path, wait) as held:
                yield held
            return

        def take(handle: int) -> None:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)

        def release(handle: int) -> None:
            fcntl.flock(handle, fcntl.LOCK_UN)

    with _locked(lock_path, wait, take, release) as held:
        yield held


@contextlib.contextmanager
def _locked(
    lock_path: Path, wait: float, take: Callable[[int], object], release: Callable[[int], object]
) -> Iterator[bool]:
    # An OS lock on an open file: released by the OS if the process dies.
    try:
        handle = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield False
        return
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                take(handle)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(_POLL_SECONDS)
        try:
            yield True
        finally:
            os.lseek(handle, 0, os.SEEK_SET)
            release(handle)
    finally:
        os.close(handle)


@contextlib.contextmanager
def _exclusive_file(lock_path: Path, wait: float) -> Iterator[bool]:
    deadline = time.monotonic() + wait
    while True:
        try:
            handle = os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            break
        except FileExistsError:
            with contextlib.suppress(OSError):
                if time.time() - lock_path.stat().st_mtime > _STALE_SECONDS:
                    lock_path.unlink()  # a crashed builder's
                    continue
            if time.monotonic() >= deadline:
                yield False
                return
            time.sleep(_POLL_SECONDS)
        except OSError:
            yield False
            return
    os.close(handle)
    try:
        yield True
    finally:
        with contextlib.suppress(OSError):
            lock_path.unlink()
