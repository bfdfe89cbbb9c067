"""Opening files for the readers and writers: atomic writes, decoding that never stops a
stream, and the checks that turn file-system failures into :class:`FileError`.

Writers given a path write a temporary file in the target's folder and rename it over the
target (``os.replace``) only when everything was written: a failure, an exception or an
interrupt (KeyboardInterrupt) removes the temporary file and leaves the target as it was.

Readers decode UTF-8 with ``surrogateescape``: a byte that is not UTF-8 becomes a lone
surrogate instead of stopping the stream, so the reader can report the one bad row (with its
line and byte offset) and go on with the rest.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator
from typing import IO, Any, TypeVar

from conflict_events._errors import FileError

__all__ = [
    "BAD_BYTE_RE",
    "Lines",
    "Stream",
    "atomic_path",
    "atomic_text",
    "bad_byte_reason",
    "check_not_same",
    "open_source",
    "path_of",
    "show_bytes",
]

T = TypeVar("T")

#: A byte the UTF-8 decoder could not read, as ``surrogateescape`` leaves it in the text.
BAD_BYTE_RE = re.compile("[\udc80-\udcff]")


def path_of(target: Any) -> str | None:
    """The file-system path of ``target`` (a path, or an open file with a ``name``), or None."""
    if isinstance(target, (str, os.PathLike)):
        return os.fspath(target)
    name = getattr(target, "name", None)
    return name if isinstance(name, str) else None


def check_not_same(source: Any, target: Any) -> None:
    """Raise :class:`FileError` when ``target`` is the file ``source`` reads (the same path,
    or a hard or symbolic link to it): writing it would destroy the input.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.csv"
    >>> _ = p.write_text("x")
    >>> check_not_same(p, p.parent / "b.csv")
    >>> check_not_same(p, p)
    Traceback (most recent call last):
    ...
    conflict_events.FileError: '...a.csv': the output is the input file; write to another file
    """
    src, dst = path_of(source), path_of(target)
    if src is None or dst is None:
        return
    try:
        same = os.path.samefile(src, dst)
    except OSError:  # either does not exist (yet): not the same file
        return
    if same:
        raise FileError("the output is the input file; write to another file", path=dst)


def _file_error(exc: OSError, path: str, doing: str) -> FileError:
    reason = exc.strerror or type(exc).__name__
    return FileError(f"cannot {doing}: {reason}", path=path)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary path beside ``target``; renamed to ``target`` when the block ends without
    an exception, removed when it raises (including KeyboardInterrupt).  A symbolic link is
    followed, so the file it points at is replaced and the link stays."""
    path = os.fspath(target)
    final = os.path.realpath(path)
    folder = os.path.dirname(final)
    if not os.path.isdir(folder):
        raise FileError(f"cannot write: the folder {folder!r} does not exist", path=path)
    if os.path.isdir(final):
        raise FileError("cannot write: it is a folder", path=path)
    if os.path.exists(final) and not os.access(final, os.W_OK):
        # the rename would replace it; open() would have refused, and so does this
        raise FileError("cannot write: Permission denied", path=path)
    temporary = os.path.join(folder, f".{os.path.basename(final)}.{secrets.token_hex(4)}.tmp")
    try:
        # O_EXCL: never reuse a file someone else made; 0o666 lets the umask decide, as open()
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise _file_error(exc, path, "write") from None
    os.close(fd)
    try:
        yield temporary
        with contextlib.suppress(OSError):  # keep the mode of the file being replaced
            os.chmod(temporary, os.stat(final).st_mode & 0o7777)
        try:
            os.replace(temporary, final)
        except OSError as exc:
            raise _file_error(exc, path, "write") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def atomic_text(target: str | os.PathLike[str] | IO[str]) -> Iterator[IO[str]]:
    """A UTF-8 text file to write ``target`` through :func:`atomic_path`; an open file is
    handed back as it is (the caller owns it)."""
    if not isinstance(target, (str, os.PathLike)):
        yield target
        return
    with atomic_path(target) as temporary:
        try:
            fh = open(temporary, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise _file_error(exc, os.fspath(target), "write") from None
        with fh:
            yield fh


@contextlib.contextmanager
def open_source(source: str | os.PathLike[str] | IO[str]) -> Iterator[IO[str]]:
    """``source`` opened for reading as UTF-8 text (bytes that are not UTF-8 kept as
    surrogates for the reader to report; a byte-order mark is left for :func:`lines` to skip,
    so byte offsets stay true); an open file as it is."""
    if not isinstance(source, (str, os.PathLike)):
        yield source
        return
    path = os.fspath(source)
    try:
        fh = open(path, encoding="utf-8", errors="surrogateescape", newline="")  # noqa: SIM115
    except OSError as exc:
        raise _file_error(exc, path, "read") from None
    with fh:
        yield fh


class Stream(Iterator[T]):
    """What a reader streams, with the path it reads (``source``, None for an open file
    without a name) so that a writer can refuse to overwrite its own input."""

    def __init__(self, inner: Iterator[T], source: str | None) -> None:
        self._inner = inner
        self.source = source

    def __iter__(self) -> Stream[T]:
        return self

    def __next__(self) -> T:
        return next(self._inner)

    def close(self) -> None:
        """Stop reading and close the file (as a generator's ``close``)."""
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


class Lines:
    """The lines of a text file, counted: ``number`` is the 1-based number of the last line
    handed out, ``offset`` the byte offset (in UTF-8) where it starts, and ``bad`` the
    reasons for the lines since :meth:`take_bad` that hold bytes that were not UTF-8.  A
    byte-order mark at the start is skipped (and counted)."""

    def __init__(self, inner: Any) -> None:
        self._inner = iter(inner)
        self.number = 0
        self.offset = 0
        self._next_offset = 0
        self.bad: list[tuple[int, str]] = []

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line: str = next(self._inner)
        self.number += 1
        self.offset = self._next_offset
        if line.isascii():  # the common case: one byte a character, nothing to check
            self._next_offset += len(line)
            return line
        if self.number == 1 and line.startswith("\ufeff"):
            line = line[1:]
            self.offset += 3
            self._next_offset += 3
        self._next_offset += len(line.encode("utf-8", "surrogateescape"))
        if BAD_BYTE_RE.search(line):
            self.bad.append((self.number, bad_byte_reason(line, self.offset)))
        return line

    def take_bad(self) -> list[tuple[int, str]]:
        """The bad lines found since the last call."""
        bad, self.bad = self.bad, []
        return bad


def show_bytes(text: str) -> str:
    """``text`` with the bytes that were not UTF-8 written as ``\\xNN``.

    >>> show_bytes("Caf\\udce9")
    'Caf\\\\xe9'
    """
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def bad_byte_reason(text: str, offset: int) -> str:
    """Why a line holding an undecodable byte is an error: the first bad byte and its byte
    offset in the file (``offset`` is the byte offset where ``text`` starts)."""
    found = BAD_BYTE_RE.search(text)
    assert found is not None
    at = offset + len(text[: found.start()].encode("utf-8", "surrogateescape"))
    byte = ord(found.group()) - 0xDC00
    hint = ""
    if text.startswith(("\udcff\udcfe", "\udcfe\udcff")) and offset == 0:
        hint = " (the file is UTF-16; save it as UTF-8)"
    elif byte >= 0x80:
        hint = " (Latin-1 or Windows-1252 text? save the file as UTF-8)"
    return f"not UTF-8: byte 0x{byte:02x} at byte offset {at}{hint}"
