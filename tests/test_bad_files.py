"""Nothing lost under faults: a table-driven suite of bad files over every reader and the
command line.

Each family of bad input (bytes that are not UTF-8, UTF-16, binary, a file cut off inside a
quoted cell, a bare carriage return, a stray quote, deep nesting, duplicate keys, integers
beyond 64 bits, huge cells, broken Parquet) is read strict and lenient: strict raises a library
error naming the line, lenient reports every bad row and reads the rest.  Every file that reads
is written back and compared with what was read (zero values changed).  The command line never
shows a traceback, never leaves a partial output, and refuses to write over its input.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner

from conflict_events import ConflictEventsError, Engagement, RowError
from conflict_events.cli import main
from conflict_events.io import FileError, acled, ucdp
from conflict_events.io.json import loads, read_jsonl, write_jsonl

FIXTURES = Path(__file__).parent / "fixtures"
ACLED_TEXT = (FIXTURES / "acled_variants.csv").read_bytes()
UCDP_TEXT = (FIXTURES / "ucdp_variants.csv").read_bytes()
CSV_READERS = {"acled": acled, "ucdp": ucdp}
BASES = {"acled": ACLED_TEXT, "ucdp": UCDP_TEXT}
KEYS = {"acled": "event_id_cnty", "ucdp": "id"}
BINARY = bytes(range(128, 256)) + bytes(range(128))


# -- helpers -------------------------------------------------------------------------------
def _records(data: bytes) -> list[tuple[int, list[str]]]:
    """(first line, cells) of each record of a well-formed CSV text, the header included."""
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    out, end = [], 0
    for cells in reader:
        out.append((end + 1, cells))
        end = reader.line_num
    return out


def _replace_row(data: bytes, index: int, edit: Callable[[list[str]], list[str]]) -> bytes:
    """``data`` with data row ``index`` (0-based) rewritten by ``edit`` and written by csv."""
    rows = [cells for _, cells in _records(data)]
    rows[index + 1] = edit(rows[index + 1])
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode()


def _line_of_row(data: bytes, index: int) -> int:
    return _records(data)[index + 1][0]


def _row_count(data: bytes) -> int:
    return len(_records(data)) - 1


def _read_csv(fmt: str, path: Path, lenient: bool) -> tuple[list[Engagement], list[RowError]]:
    errors: list[RowError] = []
    return list(CSV_READERS[fmt].read(path, lenient=lenient, errors=errors)), errors


def _rows_by_key(text: str, key: str) -> dict[str, dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return {row[key]: row for row in reader if row.get(key) is not None}


def _assert_written_as_read(fmt: str, original: bytes, engagements: list[Engagement]) -> None:
    """Writing what was read changes no value: each written row has the cells it was read
    from, and reads back as the same engagement."""
    out = io.StringIO()
    assert CSV_READERS[fmt].write(engagements, out) == len(engagements)
    written = out.getvalue()
    assert list(CSV_READERS[fmt].read(io.StringIO(written))) == engagements
    text = original.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    before = _rows_by_key(text, KEYS[fmt])
    after = _rows_by_key(written, KEYS[fmt])
    assert len(after) == len(engagements)
    changed = [
        (key, column, before[key][column], cell)
        for key, row in after.items()
        for column, cell in row.items()
        if before[key][column] != cell
    ]
    assert changed == []


# -- the CSV families ----------------------------------------------------------------------
def _cp1252_byte(data: bytes) -> tuple[bytes, int]:
    """One Windows-1252 byte (é) in the second data row; returns the file and the byte's
    offset."""
    line_start = data.index(b"\n") + 1
    line_start = data.index(b"\n", line_start) + 1  # the second data row
    at = data.index(b"a", line_start)
    return data[:at] + b"\xe9" + data[at + 1 :], at


def _truncated_in_quote(fmt: str) -> bytes:
    data = BASES[fmt]
    last = _row_count(data) - 1
    edited = _replace_row(data, last, lambda cells: [*cells[:-1], "placeholder"])
    return edited.rstrip(b"\n")[: -len("placeholder")] + b'"cut off, no closing quote'


def _bare_cr(fmt: str) -> bytes:
    # as the old writer wrote it: a cell holding "\r", unquoted
    data = BASES[fmt]
    line_start = data.index(b"\n") + 1
    comma = data.index(b",", line_start)
    return data[: comma + 1] + b"a\rb" + data[comma + 1 :]


def _quote_then_text(fmt: str) -> bytes:
    data = BASES[fmt]
    line_start = data.index(b"\n") + 1
    comma = data.index(b",", line_start)
    end = data.index(b",", comma + 1)
    return data[: comma + 1] + b'"quoted"then text' + data[end:]


@pytest.mark.parametrize("fmt", ["acled", "ucdp"])
@pytest.mark.parametrize("lenient", [False, True])
def test_a_byte_that_is_not_utf8_is_one_bad_row(fmt: str, lenient: bool, tmp_path: Path) -> None:
    data, offset = _cp1252_byte(BASES[fmt])
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    line = _line_of_row(BASES[fmt], 1)
    if not lenient:
        with pytest.raises(RowError) as info:
            _read_csv(fmt, path, lenient)
        err = info.value
    else:
        good, errors = _read_csv(fmt, path, lenient)
        assert len(good) == _row_count(BASES[fmt]) - 1
        [err] = errors
        _assert_written_as_read(fmt, data, good)
    assert err.line == line
    assert f"byte 0xe9 at byte offset {offset}" in err.reason
    assert err.value is not None
    assert "\\xe9" in err.value


def test_every_bad_byte_row_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    data = ACLED_TEXT
    rows = _row_count(data)
    lines = data.split(b"\n")
    for i in (1, 3):
        lines[i] = lines[i].replace(b"a", b"\xe4", 1)
    path = tmp_path / "two.csv"
    path.write_bytes(b"\n".join(lines))
    good, errors = _read_csv("acled", path, True)
    assert (len(good), [e.line for e in errors]) == (rows - 2, [2, 4])


def test_the_shared_benin_export_with_one_cp1252_byte(shared_data: Path, tmp_path: Path) -> None:
    source = shared_data / "acled" / "benin-2022.csv"
    raw = source.read_bytes()
    lines = raw.split(b"\n")
    lines[300] = lines[300].replace(b"a", b"\xe9", 1)  # line 301
    path = tmp_path / "benin.csv"
    path.write_bytes(b"\n".join(lines))
    total = len(list(acled.read(source)))
    good, errors = _read_csv("acled", path, True)
    assert (len(good), len(errors), errors[0].line) == (total - 1, 1, 301)


@pytest.mark.parametrize("fmt", ["acled", "ucdp"])
@pytest.mark.parametrize("lenient", [False, True])
@pytest.mark.parametrize(
    ("family", "make", "needle"),
    [
        ("utf16", lambda d: d.decode().encode("utf-16"), "UTF-16"),
        ("binary", lambda d: BINARY * 16, "not UTF-8"),
        ("empty", lambda d: b"", "empty"),
        ("header cut", lambda d: d[:40], "lacks required"),
    ],
)
def test_files_that_are_not_the_format_fail_on_line_one(
    fmt: str,
    lenient: bool,
    family: str,
    make: Callable[[bytes], bytes],
    needle: str,
    tmp_path: Path,
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(make(BASES[fmt]))
    with pytest.raises(RowError) as info:
        _read_csv(fmt, path, lenient)
    assert info.value.line == 1
    assert needle in str(info.value)


@pytest.mark.parametrize("fmt", ["acled", "ucdp"])
def test_a_file_cut_off_inside_a_quoted_last_cell(fmt: str, tmp_path: Path) -> None:
    data = _truncated_in_quote(fmt)
    path = tmp_path / "cut.csv"
    path.write_bytes(data)
    last_line = data.count(b"\n") + 1
    with pytest.raises(RowError, match="unexpected end of data") as info:
        _read_csv(fmt, path, False)
    assert info.value.line == last_line
    good, errors = _read_csv(fmt, path, True)
    assert len(good) == _row_count(BASES[fmt]) - 1
    assert [e.line for e in errors] == [last_line]
    _assert_written_as_read(fmt, data, good)


@pytest.mark.parametrize("fmt", ["acled", "ucdp"])
@pytest.mark.parametrize("make", [_bare_cr, _quote_then_text], ids=["bare-cr", "quote-then-text"])
def test_broken_quoting_is_a_bad_row_not_a_silent_change(
    fmt: str, make: Callable[[str], bytes], tmp_path: Path
) -> None:
    data = make(fmt)
    path = tmp_path / "q.csv"
    path.write_bytes(data)
    with pytest.raises(RowError) as info:
        _read_csv(fmt, path, False)
    assert info.value.line == 2
    good, errors = _read_csv(fmt, path, True)
    assert len(good) == _row_count(BASES[fmt]) - 1
    assert errors
    assert errors[0].line == 2
    _assert_written_as_read(fmt, data, good)


@pytest.mark.parametrize("fmt", ["acled", "ucdp"])
@pytest.mark.parametrize(
    ("family", "make"),
    [
        ("bom", lambda d: b"\xef\xbb\xbf" + d),
        ("crlf", lambda d: d.replace(b"\n", b"\r\n")),
        ("no final newline", lambda d: d.rstrip(b"\n")),
    ],
)
def test_harmless_variants_read_every_row(
    fmt: str, family: str, make: Callable[[bytes], bytes], tmp_path: Path
) -> None:
    path = tmp_path / "ok.csv"
    path.write_bytes(make(BASES[fmt]))
    good, errors = _read_csv(fmt, path, False)
    assert errors == []
    assert good == list(CSV_READERS[fmt].read(io.StringIO(BASES[fmt].decode())))


@pytest.mark.parametrize("fmt", ["acled", "ucdp"])
def test_a_cell_over_131072_characters_reads_and_writes_back(fmt: str, tmp_path: Path) -> None:
    huge = "x" * 300_000 + ', "quoted" and\nsplit'
    column = "notes" if fmt == "acled" else "source_article"
    header = _records(BASES[fmt])[0][1]
    i = header.index(column)
    data = _replace_row(BASES[fmt], 0, lambda cells: [*cells[:i], huge, *cells[i + 1 :]])
    path = tmp_path / "huge.csv"
    path.write_bytes(data)
    good, _ = _read_csv(fmt, path, False)
    assert len(good) == _row_count(BASES[fmt])
    _assert_written_as_read(fmt, data, good)


# -- UCDP gives back what it read -------------------------------------------------------------
def _ucdp_edit(column: str, value: str) -> Callable[[list[str]], list[str]]:
    header = _records(UCDP_TEXT)[0][1]
    i = header.index(column)
    return lambda cells: [*cells[:i], value, *cells[i + 1 :]]


@pytest.mark.parametrize(
    "edits",
    [
        [("low", "003")],
        [("high", " 4")],
        [("low", "003"), ("high", " 4")],
        [("side_a", "   ")],
        [("side_b", " ")],
        [("latitude", "-3.705"), ("longitude", "128.17"), ("geom_wkt", "POINT (128.17 3.705)")],
        [("geom_wkt", "POINT (1 2)")],
        [("geom_wkt", "not a point")],
    ],
    ids=lambda e: ";".join(f"{c}={v!r}" for c, v in e),
)
def test_ucdp_cells_come_back_as_written(edits: list[tuple[str, str]]) -> None:
    data = UCDP_TEXT
    for column, value in edits:
        data = _replace_row(data, 0, _ucdp_edit(column, value))
    read = list(ucdp.read(io.StringIO(data.decode())))
    out = io.StringIO()
    ucdp.write(read, out)
    assert out.getvalue() == data.decode()


def test_a_moved_point_rewrites_a_disagreeing_geom_wkt() -> None:
    import attrs

    from conflict_events import Point

    data = UCDP_TEXT
    for column, value in [
        ("latitude", "-3.705"),
        ("longitude", "128.17"),
        ("geom_wkt", "POINT (128.17 3.705)"),
    ]:
        data = _replace_row(data, 0, _ucdp_edit(column, value))
    [first, *rest] = ucdp.read(io.StringIO(data.decode()))
    assert first.location is not None
    moved = attrs.evolve(
        first, location=attrs.evolve(first.location, point=Point(lat=-3.8, lon=128.17))
    )
    out = io.StringIO()
    ucdp.write([moved, *rest], out)
    assert "POINT (128.17 -3.8)" in out.getvalue()
    assert "POINT (128.17 3.705)" not in out.getvalue()


# -- writing: quoting, the loss check on the written text, atomic files ------------------------
@pytest.mark.parametrize("fmt", ["acled", "ucdp"])
@pytest.mark.parametrize("text", ["a\rb", "a\nb", "a\r\nb", "\r", 'say "x"\r'])
def test_line_breaks_in_cells_are_quoted_and_read_back(fmt: str, text: str) -> None:
    import attrs

    [e, *_] = CSV_READERS[fmt].read(io.StringIO(BASES[fmt].decode()))
    edited = attrs.evolve(e, extras={**e.extras, f"{fmt}.region": text})
    out = io.StringIO()
    assert CSV_READERS[fmt].write([edited], out) == 1
    assert list(CSV_READERS[fmt].read(io.StringIO(out.getvalue()))) == [edited]


def test_acled_description_with_a_bare_cr_reads_back() -> None:
    import attrs

    [e, *_] = acled.read(io.StringIO(ACLED_TEXT.decode()))
    edited = attrs.evolve(e, description="a\rb")
    out = io.StringIO()
    acled.write([edited], out)
    assert list(acled.read(io.StringIO(out.getvalue()))) == [edited]


def test_a_row_that_cannot_be_encoded_is_reported_not_a_crash(tmp_path: Path) -> None:
    import attrs

    [e, *rest] = acled.read(io.StringIO(ACLED_TEXT.decode()))
    edited = attrs.evolve(e, description="lone \ud800 surrogate")
    target = tmp_path / "out.csv"
    with pytest.raises(RowError, match="UTF-8 cannot hold"):
        acled.write([edited, *rest], target)
    assert not target.exists()
    errors: list[RowError] = []
    assert acled.write([edited, *rest], target, lenient=True, errors=errors) == len(rest)
    assert [err.line for err in errors] == [2]


def _interrupting(items: list[Engagement], after: int) -> Iterator[Engagement]:
    for i, item in enumerate(items):
        if i == after:
            raise KeyboardInterrupt
        yield item


def _writers() -> dict[str, Callable[[Any, Path], object]]:
    writers: dict[str, Callable[[Any, Path], object]] = {
        "acled": lambda es, p: acled.write(es, p, lenient=True),
        "jsonl": write_jsonl,
    }
    try:
        from conflict_events.io import arrow

        arrow.schema()
        writers["parquet"] = lambda es, p: arrow.write_parquet(es, p, batch_size=1)
    except ImportError:  # pragma: no cover - without the arrow extra
        pass
    return writers


@pytest.mark.parametrize("writer", sorted(_writers()))
@pytest.mark.parametrize("failure", [KeyboardInterrupt, RowError])
def test_an_interrupted_or_failed_write_leaves_nothing(
    writer: str, failure: type[BaseException], tmp_path: Path
) -> None:
    engagements = list(acled.read(io.StringIO(ACLED_TEXT.decode())))
    target = tmp_path / "out"
    target.write_text("old content")

    def failing() -> Iterator[Engagement]:
        yield from engagements[:2]
        raise failure("stop", line=1) if failure is RowError else failure()  # type: ignore[call-arg]

    with pytest.raises(failure):
        _writers()[writer](failing(), target)
    assert target.read_text() == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("writer", sorted(_writers()))
def test_a_write_into_a_missing_folder_is_a_file_error(writer: str, tmp_path: Path) -> None:
    engagements = list(acled.read(io.StringIO(ACLED_TEXT.decode())))
    with pytest.raises(FileError, match="does not exist"):
        _writers()[writer](engagements, tmp_path / "missing" / "out")


@pytest.mark.parametrize("link", ["same", "symlink", "hardlink"])
@pytest.mark.parametrize(
    ("fmt", "read", "write"),
    [
        ("acled", acled.read, acled.write),
        ("ucdp", ucdp.read, ucdp.write),
        ("jsonl", lambda p: read_jsonl(p, Engagement), write_jsonl),
    ],
)
def test_writing_the_file_being_read_is_refused(
    fmt: str, read: Any, write: Any, link: str, tmp_path: Path
) -> None:
    source = tmp_path / "in"
    if fmt == "jsonl":
        write_jsonl(acled.read(io.StringIO(ACLED_TEXT.decode())), source)
    else:
        source.write_bytes(BASES[fmt])
    before = source.read_bytes()
    target = _link(source, link)
    with pytest.raises(FileError, match="the output is the input file"):
        write(read(source), target)
    assert source.read_bytes() == before


def _link(source: Path, how: str) -> Path:
    if how == "same":
        return source
    target = source.parent / f"{how}.out"
    if how == "symlink":
        target.symlink_to(source.name)
    else:
        os.link(source, target)
    return target


def test_reading_a_folder_or_a_missing_file_is_a_file_error(tmp_path: Path) -> None:
    for path in (tmp_path, tmp_path / "missing.csv"):
        with pytest.raises(FileError, match="cannot read"):
            list(acled.read(path))
        with pytest.raises(FileError, match="cannot read"):
            list(read_jsonl(path, Engagement))


def test_a_symlinked_output_keeps_its_link(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real.name)
    acled.write(acled.read(io.StringIO(ACLED_TEXT.decode())), link)
    assert link.is_symlink()
    assert real.read_bytes() == ACLED_TEXT


# -- JSON and JSON Lines ---------------------------------------------------------------------
def _jsonl_base() -> bytes:
    out = io.StringIO()
    write_jsonl(acled.read(io.StringIO(ACLED_TEXT.decode())), out)
    return out.getvalue().encode()


JSONL = _jsonl_base()
JSONL_LINES = JSONL.splitlines()


def _with_line(index: int, line: bytes) -> bytes:
    lines = list(JSONL_LINES)
    lines[index] = line
    return b"\n".join(lines) + b"\n"


def _huge_description() -> bytes:
    record = orjson.loads(JSONL_LINES[1])
    record["description"] = "y" * 300_000
    return orjson.dumps(record)


JSONL_FAMILIES: list[tuple[str, bytes, int | None, str]] = [
    # (family, file, the bad line or None when every line reads, what the error says)
    ("cp1252", _with_line(1, JSONL_LINES[1].replace(b"a", b"\xe9", 1)), 2, "byte 0xe9"),
    ("deep nesting", _with_line(2, b"[" * 1000 + b"]" * 1000), 3, "expected an object"),
    ("deeper than orjson", _with_line(2, b"[" * 5000 + b"]" * 5000), 3, "not valid JSON"),
    (
        "duplicate key",
        _with_line(1, JSONL_LINES[1].replace(b'{"id"', b'{"id":"engagement:x","id"', 1)),
        2,
        "appears twice",
    ),
    (
        "integer beyond 64 bits",
        _with_line(
            1,
            re.sub(
                rb'"confidence":\d+|}$',
                rb',"confidence":18446744073709551616}',
                JSONL_LINES[1],
                count=1,
            ),
        ),
        2,
        "18446744073709551616",
    ),
    ("cut off", JSONL[: len(JSONL) - 40], len(JSONL_LINES), "not valid JSON"),
    ("binary", BINARY * 4, 1, ""),
    ("utf16", JSONL.decode().encode("utf-16"), 1, ""),
    ("bom", b"\xef\xbb\xbf" + JSONL, None, ""),
    ("crlf", JSONL.replace(b"\n", b"\r\n"), None, ""),
    ("huge string", _with_line(1, _huge_description()), None, ""),
]


@pytest.mark.parametrize(
    ("family", "data", "bad_line", "needle"), JSONL_FAMILIES, ids=[f[0] for f in JSONL_FAMILIES]
)
def test_json_lines_families(
    family: str, data: bytes, bad_line: int | None, needle: str, tmp_path: Path
) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(data)
    errors: list[RowError] = []
    good = list(read_jsonl(path, Engagement, lenient=True, errors=errors))
    if bad_line is None:
        assert errors == []
        assert len(good) == len(JSONL_LINES)
        out = io.StringIO()
        write_jsonl(good, out)
        expected = [orjson.loads(line) for line in data.decode("utf-8-sig").splitlines()]
        assert [orjson.loads(line) for line in out.getvalue().splitlines()] == expected
        return
    assert errors, family
    assert errors[0].line == bad_line
    assert needle in str(errors[0])
    if family not in ("binary", "utf16"):  # the other lines are fine
        assert len(good) == len(JSONL_LINES) - 1
        for engagement in good:  # zero values changed
            assert orjson.loads(write_jsonl_line(engagement)) in [
                orjson.loads(line) for line in JSONL_LINES
            ]
    with pytest.raises(RowError) as info:
        list(read_jsonl(path, Engagement))
    assert info.value.line == bad_line


def write_jsonl_line(engagement: Engagement) -> str:
    out = io.StringIO()
    write_jsonl([engagement], out)
    return out.getvalue()


def test_loads_deep_nesting_is_a_validation_error_not_recursion() -> None:
    from conflict_events import ValidationError

    for text in ("[" * 1000 + "]" * 1000, '{"id": ' + "[" * 1000 + "]" * 1000 + "}"):
        with pytest.raises(ValidationError) as info:
            loads(text, Engagement)
        assert len(str(info.value)) < 1000


# -- Parquet ------------------------------------------------------------------------------------
def _parquet_base(tmp_path: Path) -> Path:
    arrow = pytest.importorskip("conflict_events.io.arrow")
    pytest.importorskip("pyarrow")
    path = tmp_path / "good.parquet"
    arrow.write_parquet(acled.read(io.StringIO(ACLED_TEXT.decode())), path, batch_size=2)
    return path


@pytest.mark.parametrize(
    ("family", "make"),
    [
        ("garbage", lambda d: b"PAR1 not really parquet PAR1"),
        ("empty", lambda d: b""),
        ("cut in half", lambda d: d[: len(d) // 2]),
        ("csv", lambda d: ACLED_TEXT),
    ],
)
@pytest.mark.parametrize("lenient", [False, True])
def test_files_that_are_not_parquet(
    family: str, make: Callable[[bytes], bytes], lenient: bool, tmp_path: Path
) -> None:
    from conflict_events.io import arrow

    path = tmp_path / "bad.parquet"
    path.write_bytes(make(_parquet_base(tmp_path).read_bytes()))
    with pytest.raises(FileError, match="cannot read as Parquet"):
        list(arrow.read_parquet(path, lenient=lenient))


def test_damaged_parquet_pages_give_library_errors_only(tmp_path: Path) -> None:
    from conflict_events.io import arrow

    good = _parquet_base(tmp_path)
    data = good.read_bytes()
    expected = list(arrow.read_parquet(good))
    path = tmp_path / "damaged.parquet"
    seen: set[str] = set()
    for at in range(8, len(data) - 8, max(1, len(data) // 60)):
        path.write_bytes(data[:at] + bytes(b ^ 0x5A for b in data[at : at + 24]) + data[at + 24 :])
        for lenient in (False, True):
            errors: list[RowError] = []
            try:  # anything but a library error fails the test
                got = list(arrow.read_parquet(path, lenient=lenient, errors=errors))
            except ConflictEventsError as exc:
                seen.add(type(exc).__name__)
                continue
            assert len(got) <= len(expected)
            assert all(1 <= err.line <= len(expected) for err in errors)
            if any("unreadable Parquet row group" in err.reason for err in errors):
                seen.add("lenient row group")
    # the sweep reaches a broken footer, a broken page (strict) and a skipped row group
    assert seen == {"FileError", "RowError", "lenient row group"}


def test_parquet_reads_back_what_was_written(tmp_path: Path) -> None:
    from conflict_events.io import arrow

    good = _parquet_base(tmp_path)
    engagements = list(arrow.read_parquet(good))
    assert engagements == list(acled.read(io.StringIO(ACLED_TEXT.decode())))


# -- the shared exports: zero values changed ---------------------------------------------------
@pytest.mark.parametrize(
    ("fmt", "name"), [("acled", "acled/benin-2022.csv"), ("ucdp", "ucdp/ged-sample.csv")]
)
def test_shared_exports_write_back_unchanged(fmt: str, name: str, shared_data: Path) -> None:
    path = shared_data / name
    if not path.exists():
        pytest.skip(f"{path} not found")
    good, errors = _read_csv(fmt, path, False)
    assert errors == []
    _assert_written_as_read(fmt, path.read_bytes(), good)


@pytest.mark.parametrize("name", ["acled_variants.csv", "acled_old_layout.csv"])
def test_fixtures_write_back_unchanged(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    _assert_written_as_read("acled", data, list(acled.read(FIXTURES / name)))


def test_ucdp_fixture_writes_back_unchanged() -> None:
    _assert_written_as_read("ucdp", UCDP_TEXT, list(ucdp.read(FIXTURES / "ucdp_variants.csv")))


# -- the command line ------------------------------------------------------------------------
def _bad_inputs(tmp_path: Path) -> list[tuple[str, Path]]:
    files: list[tuple[str, bytes]] = [
        ("cp1252.csv", _cp1252_byte(ACLED_TEXT)[0]),
        ("utf16.csv", ACLED_TEXT.decode().encode("utf-16")),
        ("binary.csv", BINARY * 16),
        ("empty.csv", b""),
        ("cut.csv", _truncated_in_quote("acled")),
        ("bare-cr.csv", _bare_cr("ucdp")),
        ("quote.csv", _quote_then_text("acled")),
    ]
    files += [(f"{family.replace(' ', '-')}.jsonl", data) for family, data, *_ in JSONL_FAMILIES]
    files += [
        ("garbage.parquet", b"PAR1 not really parquet PAR1"),
        ("empty.parquet", b""),
        ("csv.parquet", ACLED_TEXT),
    ]
    out = []
    for name, data in files:
        path = tmp_path / name
        path.write_bytes(data)
        out.append((name, path))
    return out


def _no_traceback(result: Any) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1, 2)


@pytest.mark.parametrize("to", ["acled", "jsonl", "parquet"])
@pytest.mark.parametrize("lenient", [False, True])
def test_cli_convert_never_shows_a_traceback(to: str, lenient: bool, tmp_path: Path) -> None:
    if to == "parquet":
        pytest.importorskip("pyarrow")
    inputs = tmp_path / "in"
    inputs.mkdir()
    outputs = tmp_path / "out"
    outputs.mkdir()
    for name, path in _bad_inputs(inputs):
        target = outputs / f"{name}.{to}"
        target.write_text("old")
        args = ["convert", str(path), str(target), "--to", to] + (["--lenient"] * lenient)
        result = CliRunner().invoke(main, args)
        _no_traceback(result)
        if result.exit_code != 0:
            assert target.read_text() == "old", name  # nothing partial, the old file kept
            assert result.output.strip().count("\n") < 15
    leftovers = [p.name for p in outputs.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_cli_validate_never_shows_a_traceback(tmp_path: Path) -> None:
    readable = {f"{f[0].replace(' ', '-')}.jsonl" for f in JSONL_FAMILIES if f[2] is None}
    for name, path in _bad_inputs(tmp_path):
        result = CliRunner().invoke(main, ["validate", str(path)])
        _no_traceback(result)
        assert (result.exit_code == 0) == (name in readable), name


@pytest.mark.parametrize("link", ["same", "symlink", "hardlink"])
@pytest.mark.parametrize("to", ["acled", "jsonl"])
def test_cli_refuses_to_write_over_its_input(link: str, to: str, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(ACLED_TEXT)
    target = _link(source, link)
    result = CliRunner().invoke(main, ["convert", str(source), str(target), "--to", to])
    _no_traceback(result)
    assert result.exit_code == 1
    assert "the output is the input file" in result.output
    assert source.read_bytes() == ACLED_TEXT


def test_cli_missing_output_folder_is_one_line(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(ACLED_TEXT)
    result = CliRunner().invoke(
        main, ["convert", str(source), str(tmp_path / "no" / "out.csv"), "--to", "acled"]
    )
    _no_traceback(result)
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error:")
    assert "does not exist" in result.output
    assert result.output.strip().count("\n") == 0


def test_cli_lenient_reports_every_bad_row(tmp_path: Path) -> None:
    data = ACLED_TEXT.split(b"\n")
    for i in (1, 3):
        data[i] = data[i].replace(b"a", b"\xe9", 1)
    source = tmp_path / "in.csv"
    source.write_bytes(b"\n".join(data))
    result = CliRunner().invoke(
        main, ["convert", str(source), str(tmp_path / "o.jsonl"), "--to", "jsonl", "--lenient"]
    )
    assert result.exit_code == 0, result.output
    assert "2 bad input rows skipped" in result.output
    assert f"wrote {_row_count(ACLED_TEXT) - 2} engagements" in result.output


# (SIGINT as an interactive process has it: a process started in the background by a shell
# without job control inherits it ignored, and would run on)
_INTERRUPT = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
from conflict_events.io import acled
real = acled.read
def read(*args, **kwargs):
    for i, e in enumerate(real(*args, **kwargs)):
        if i == 2:
            os.kill(os.getpid(), signal.{signal})
        yield e
acled.read = read
from conflict_events.cli import main
sys.argv = ["conflict-events", "convert", sys.argv[1], sys.argv[2], "--to", sys.argv[3]]
main()
"""


@pytest.mark.parametrize(("signal", "code"), [("SIGINT", 130), ("SIGTERM", 143)])
@pytest.mark.parametrize("to", ["acled", "jsonl", "parquet"])
def test_cli_interrupt_exits_with_one_line_and_leaves_nothing(
    signal: str, code: int, to: str, tmp_path: Path
) -> None:
    if to == "parquet":
        pytest.importorskip("pyarrow")
    source = tmp_path / "in.csv"
    source.write_bytes(ACLED_TEXT)
    target = tmp_path / "out"
    target.write_text("old")
    run = subprocess.run(
        [sys.executable, "-c", _INTERRUPT.format(signal=signal), str(source), str(target), to],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parents[1],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )
    assert run.returncode == code, run.stderr
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert "interrupted" in run.stderr or "terminated" in run.stderr
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "out"]
