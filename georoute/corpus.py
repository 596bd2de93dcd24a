"""Reading corpora: JSON Lines, CSV and Parquet files with id, date and text columns.

Rows are read lazily, one at a time (JSON Lines and CSV line by line, Parquet batch by batch
through pyarrow), so memory stays flat however long the file. Each row becomes a
:class:`georoute.base.documents.Document`; a row that cannot be one (no text, not UTF-8, a bad date,
a text above :data:`georoute.base.documents.MAX_BYTES`, a repeated id) becomes a :class:`RowError`
``(FILE#ROW, why)`` in the same stream, never a traceback and never a silent drop.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "wire.jsonl"
>>> _ = p.write_text('{"id": "a1", "date": "2023-09-12", "text": "The train left."}\\n{"text": ""}\\n')
>>> for item in read_corpus(p):
...     print(item)
Document(id='a1', text='The train left.', path='...wire.jsonl', date=datetime.date(2023, 9, 12))
RowError(where='wire.jsonl#2', why='no text in column text')
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from georoute.base.documents import (
    MAX_BYTES,
    Document,
    document_date,
    load_documents,
)
from georoute.base.errors import InputError

__all__ = [
    "CORPUS_SUFFIXES",
    "STDIN_FORMATS",
    "Columns",
    "RowError",
    "Slice",
    "is_corpus",
    "plan_slices",
    "read_corpus",
    "read_inputs",
    "read_slice",
    "read_slice_numbered",
]

#: File suffixes read as corpora (one article per row); anything else is read as articles.
CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")
#: A JSON line may escape every character (``\\uXXXX``): six bytes a byte of text, at most.
_MAX_LINE = 6 * MAX_BYTES + 4096
_PARQUET_BATCH = 512
#: How standard input (``-``) is read: one article (``text``, the default) or a corpus.
STDIN_FORMATS = ("text", "jsonl", "csv")
#: The name standard input goes by in ``FILE#ROW``.
STDIN_NAME = "stdin"


@dataclass(frozen=True)
class Columns:
    """The names of a corpus's id, text and date columns (``--id-column`` and friends)."""

    id: str = "id"
    text: str = "text"
    date: str = "date"


@dataclass(frozen=True)
class Slice:
    """A part of one corpus file that a task reads itself (``read_slice``): for JSON Lines and
    CSV the bytes ``[start, end)``, both at the start of a row; for Parquet the row groups
    ``[start, end)``. ``first_row`` is the number of its first row in the file (from 1), so
    that its rows keep the ``FILE#ROW`` of a reading of the whole file."""

    path: str
    fmt: str  # "jsonl", "csv" or "parquet"
    start: int
    end: int
    first_row: int
    rows: int = 0  # how many rows it holds (blank lines and bad rows too), known by planning


class RowError(NamedTuple):
    """A row that is not a document: where and why.

    ``where`` is ``FILE#ROW``: the line for JSON Lines, the record after the header for CSV, the
    row for Parquet, counted from 1.
    """

    where: str
    why: str


def is_corpus(path: str | Path) -> bool:
    """Whether ``path`` is read as a corpus (by its suffix).

    >>> is_corpus("news.jsonl"), is_corpus("news.PARQUET"), is_corpus("seeds/001.txt")
    (True, True, False)
    """
    return Path(path).suffix.lower() in CORPUS_SUFFIXES


def read_corpus(
    path: str | Path,
    columns: Columns = Columns(),
    default_date: dt.date | None = None,
    fmt: str | None = None,
) -> Iterator[Document | RowError]:
    """Documents and row errors of one corpus file, in file order, read lazily.

    A row's id is its id column, or ``FILE#ROW`` when the column is absent or empty; its date
    is the date column (ISO), else the text's dateline, else ``default_date``. A file that
    cannot be opened, or has no text column at all, raises :class:`InputError`. ``fmt``
    (``jsonl``, ``csv``, ``parquet``) overrides the suffix; ``-`` with ``fmt`` ``jsonl`` or
    ``csv`` reads standard input (rows are then ``stdin#ROW``).
    """
    if str(path) == "-":
        if fmt not in ("jsonl", "csv"):
            raise InputError("-: standard input is read as a corpus only as jsonl or csv")
        raw = sys.stdin.buffer
        rows = _csv_rows(raw, STDIN_NAME, columns) if fmt == "csv" else _jsonl_rows(raw)
        yield from _documents(rows, STDIN_NAME, "-", columns, default_date)
        return
    p, kind = _corpus_file(path, fmt)
    if kind == "parquet":
        rows = _parquet_rows(p, columns)
    else:
        fh = _open(p)
        rows = _csv_rows(fh, str(p), columns) if kind == "csv" else _jsonl_rows(fh)
    yield from _documents(rows, p.name, str(p), columns, default_date)


def _corpus_file(path: str | Path, fmt: str | None) -> tuple[Path, str]:
    """The file and its format (``jsonl``, ``csv`` or ``parquet``); InputError if it is none."""
    p = Path(path)
    suffix = f".{fmt}" if fmt else p.suffix.lower()
    if suffix not in CORPUS_SUFFIXES:
        raise InputError(f"{p}: expected a corpus file ({', '.join(CORPUS_SUFFIXES)})")
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    return p, "jsonl" if suffix == ".ndjson" else suffix[1:]


def plan_slices(
    path: str | Path, fmt: str | None = None, columns: Columns = Columns(), rows: int = 100
) -> list[Slice]:
    """The file cut into slices of about ``rows`` rows each, in file order, for tasks that read
    them themselves (``read_slice``): their documents and row errors, put end to end, are
    those of ``read_corpus`` (but an id repeated in two slices, which the caller checks).

    Planning reads no text: JSON Lines are cut at line starts after counting lines (bytes
    only); CSV at the starts of records, found by one pass of the csv module (a quoted field
    may hold line breaks, so lines are not records); Parquet by row groups, from the footer.
    An empty file has no slice. Raises InputError as ``read_corpus`` does (no such file, no
    text column).
    """
    if rows < 1:
        raise ValueError(f"rows must be at least 1, got {rows!r}")
    p, kind = _corpus_file(path, fmt)
    if kind == "parquet":
        pf = _parquet_file(p, columns)
        out, first, start, n = [], 1, 0, 0
        for g in range(pf.metadata.num_row_groups):
            n += pf.metadata.row_group(g).num_rows
            if n >= rows or g == pf.metadata.num_row_groups - 1:
                out.append(Slice(str(p), kind, start, g + 1, first, n))
                first, start, n = first + n, g + 1, 0
        return out
    with _open(p) as fh:
        cuts = _csv_cuts(fh, str(p), columns, rows) if kind == "csv" else _line_cuts(fh, rows)
    return [
        Slice(str(p), kind, a, b, first, after - first)
        for (a, first), (b, after) in itertools.pairwise(cuts)
    ]


#: How much of a file planning reads at a time.
_CHUNK = 1 << 20


def _line_cuts(fh, rows: int) -> list[tuple[int, int]]:
    """(offset, number of its line) every ``rows`` lines, and (end of file, -) last."""
    cuts = [(0, 1)]
    pos = line = 0  # bytes and line ends read
    since = 0  # lines since the last cut
    last = b"\n"
    while chunk := fh.read(_CHUNK):
        last = chunk[-1:]
        k = chunk.count(b"\n")
        if since + k < rows:
            since += k
        else:
            at = -1
            for j in range(k):  # the j-th line end of the chunk ends line ``line + j + 1``
                at = chunk.index(b"\n", at + 1)
                since += 1
                if since == rows:
                    cuts.append((pos + at + 1, line + j + 2))
                    since = 0
        pos += len(chunk)
        line += k
    if cuts[-1][0] == pos:  # the file ends with a cut: no empty slice after it
        cuts.pop()
    lines = line + (last != b"\n")  # a last line without a line break is a line
    return [*cuts, (pos, lines + 1)] if pos else []


def _csv_cuts(fh, name: str, columns: Columns, rows: int) -> list[tuple[int, int]]:
    """(offset, number of its record) every ``rows`` records after the header, and (end, -)."""
    offsets: list[int] = []
    reader = csv.reader(_lines(fh, 0, None, offsets))
    _csv_header(reader, name, columns)
    cuts = [(offsets[reader.line_num], 1)]
    n = 0
    while True:
        try:
            next(reader)
        except StopIteration:
            break
        except csv.Error:
            pass
        n += 1
        if n % rows == 0:
            cuts.append((offsets[reader.line_num], n + 1))
    end = offsets[-1]
    if cuts[-1][0] == end:
        cuts.pop()
    return [*cuts, (end, n + 1)] if cuts else []


def read_slice(
    part: Slice, columns: Columns = Columns(), default_date: dt.date | None = None
) -> Iterator[Document | RowError]:
    """The documents and row errors of one slice, as ``read_corpus`` reads them (rows keep
    their ``FILE#ROW``); an id repeated inside the slice is refused as there."""
    numbered = read_slice_numbered(part, columns, default_date)
    return (item for _, item in numbered if item is not None)


def read_slice_numbered(
    part: Slice, columns: Columns = Columns(), default_date: dt.date | None = None
) -> Iterator[tuple[int, Document | RowError | None]]:
    """``read_slice`` with the ROW of each item; None for a blank row (counted, not read)."""
    p = Path(part.path)
    if part.fmt == "parquet":
        pf = _parquet_file(p, columns)
        wanted = _parquet_columns(pf, columns)
        rows = _parquet_batches(pf, wanted, range(part.start, part.end))
    elif part.fmt == "csv":
        with _open(p) as fh:
            header = _csv_header(csv.reader(_lines(fh, 0, None, [])), str(p), columns)
        fh = _open(p)
        fh.seek(part.start)
        rows = _csv_rows(fh, str(p), columns, header=header, start=part.start, end=part.end)
    elif part.fmt == "jsonl":
        fh = _open(p)
        fh.seek(part.start)
        rows = _jsonl_rows(fh, start=part.start, end=part.end)
    else:
        raise ValueError(f"unknown slice format {part.fmt!r}")
    yield from _numbered(rows, p.name, str(p), columns, default_date, first=part.first_row)


def _open(p: Path):
    try:
        return p.open("rb")
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from exc


def _documents(
    rows: Iterator[dict[str, Any] | str | None],
    name: str,
    path: str,
    columns: Columns,
    default_date: dt.date | None,
    first: int = 1,
) -> Iterator[Document | RowError]:
    for _, item in _numbered(rows, name, path, columns, default_date, first):
        if item is not None:
            yield item


def _numbered(
    rows: Iterator[dict[str, Any] | str | None],
    name: str,
    path: str,
    columns: Columns,
    default_date: dt.date | None,
    first: int = 1,
) -> Iterator[tuple[int, Document | RowError | None]]:
    seen: dict[str, int] = {}
    for n, row in enumerate(rows, start=first):
        if row is None:  # a blank line: counted, so that ROW is the line of the file
            yield n, None
            continue
        where = f"{name}#{n}"
        if isinstance(row, str):  # the reader could not make a row of it: why
            yield n, RowError(where, row)
            continue
        try:
            doc = _document(row, columns, where, path, default_date)
        except InputError as exc:
            yield n, RowError(where, str(exc))
            continue
        earlier = seen.setdefault(doc.id, n)
        if earlier != n:
            yield n, RowError(where, f"id {doc.id!r} already used by row {earlier}")
            continue
        yield n, doc


def read_inputs(
    paths: Iterable[str | Path],
    columns: Columns = Columns(),
    default_date: dt.date | None = None,
    stdin_format: str = "text",
) -> Iterator[Document | RowError]:
    """Documents of every input: corpus files row by row, other files and folders as articles.

    ``-`` is standard input: one article (``stdin_format`` ``text``) or a corpus (``jsonl``,
    ``csv``). Unreadable inputs come as :class:`RowError` with the path as ``where``.
    """
    if stdin_format not in STDIN_FORMATS:
        raise ValueError(f"stdin_format must be one of {STDIN_FORMATS}, got {stdin_format!r}")
    articles: list[str | Path] = []
    for raw in paths:
        stdin_corpus = str(raw) == "-" and stdin_format != "text"
        if not (is_corpus(raw) or stdin_corpus):
            articles.append(raw)
            continue
        try:
            yield from read_corpus(
                raw, columns, default_date, stdin_format if stdin_corpus else None
            )
        except InputError as exc:
            yield RowError(str(raw), str(exc).removeprefix(f"{raw}: "))
    if articles:
        loaded = load_documents(articles, default_date)
        yield from loaded.documents
        yield from (RowError(p, why) for p, why in loaded.errors)


def _document(
    row: dict[str, Any], columns: Columns, where: str, path: str, default: dt.date | None
) -> Document:
    text = row.get(columns.text)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"text is not UTF-8 (byte {exc.start})") from exc
    if text is None or (isinstance(text, str) and not text.strip()):
        raise InputError(f"no text in column {columns.text}")
    if not isinstance(text, str):
        raise InputError(f"column {columns.text} holds {type(text).__name__}, not text")
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:  # lone surrogates: bytes that were not UTF-8
        raise InputError(f"text is not UTF-8 (character {exc.start})") from exc
    if size > MAX_BYTES:
        raise InputError(f"text of {size:,} bytes, more than the {MAX_BYTES:,} an article may have")
    raw_id = row.get(columns.id)
    doc_id = where if raw_id is None or str(raw_id).strip() == "" else str(raw_id).strip()
    date = _date(row.get(columns.date), columns.date)
    return Document(doc_id, text, path, document_date(text, date, default))


def _date(value: Any, column: str) -> dt.date | None:
    """A date cell: a date, a datetime, or an ISO string (a time after the date is allowed)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            return dt.date.fromisoformat(s)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(s).date()
        except ValueError:
            pass
    raise InputError(f"bad date {value!r} in column {column} (expected YYYY-MM-DD)")


def _jsonl_rows(
    fh, start: int = 0, end: int | None = None
) -> Iterator[dict[str, Any] | str | None]:
    """The rows of a binary stream of JSON Lines, positioned at byte ``start`` (a line start),
    up to byte ``end`` (a line start, or the end); closed at the end, unless standard input."""
    with _closing(fh):
        first = start == 0
        pos = start
        while end is None or pos < end:
            line = fh.readline(_MAX_LINE)
            pos += len(line)
            if not line:
                return
            if len(line) == _MAX_LINE and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the long line
                    line = fh.readline(_MAX_LINE)
                    pos += len(line)
                yield f"line longer than {_MAX_LINE:,} bytes"
                continue
            if first and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            first = False
            if not line.strip():
                yield None  # blank lines separate nothing in JSON Lines
                continue
            try:
                obj = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield f"not UTF-8 (byte {exc.start})"
                continue
            except json.JSONDecodeError as exc:
                yield f"not JSON ({exc.msg} at column {exc.colno})"
                continue
            yield obj if isinstance(obj, dict) else f"a JSON {type(obj).__name__}, not an object"


def _closing(fh):
    """``fh`` as a context that closes it, except standard input (left open for the caller)."""
    import contextlib

    return contextlib.nullcontext(fh) if fh is getattr(sys.stdin, "buffer", None) else fh


_EOL = re.compile(rb"\r\n|\r|\n")


def _lines(raw, start: int, end: int | None, offsets: list[int]) -> Iterator[str]:
    """The lines of a binary stream from byte ``start`` to ``end`` (or its end), as a text file
    opened with ``newline=""`` gives them to the csv module: split after ``\\n``, ``\\r\\n`` or
    ``\\r``, kept, decoded as UTF-8 (a BOM at the file's start dropped, undecodable bytes kept
    as lone surrogates). ``offsets`` receives the byte offset after every line, after
    ``start``: ``offsets[k]`` is where the line after the first ``k`` begins."""
    offsets.append(start)
    buf, at, read_at, eof = b"", start, start, False
    while True:
        want = _CHUNK if end is None else min(_CHUNK, end - read_at)
        chunk = raw.read(want) if want > 0 else b""
        read_at += len(chunk)
        eof = not chunk
        buf += chunk
        i = 0
        while m := _EOL.search(buf, i):
            if m.end() == len(buf) and m.group() == b"\r" and not eof:
                break  # a \n may follow in the next chunk
            line, i = buf[i : m.end()], m.end()
            offsets.append(at + i)
            yield _decode(line, at + i - len(line) == 0)
        buf, at = buf[i:], at + i
        if eof:
            if buf:
                offsets.append(at + len(buf))
                yield _decode(buf, at == 0)
            return


def _decode(line: bytes, file_start: bool) -> str:
    if file_start and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    return line.decode("utf-8", "surrogateescape")


def _csv_header(reader, p: str, columns: Columns) -> list[str] | None:
    """The header record (None for an empty file); InputError without the text column."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES + 1))
    try:
        header = next(reader)
    except StopIteration:
        return None
    except csv.Error as exc:
        raise InputError(f"{p}: not CSV ({exc})") from exc
    if columns.text not in header:
        raise InputError(f"{p}: no column {columns.text!r} (columns: {', '.join(header)})")
    return header


def _csv_rows(
    raw,
    p: str,
    columns: Columns,
    header: list[str] | None = None,
    start: int = 0,
    end: int | None = None,
) -> Iterator[dict[str, Any] | str | None]:
    """The rows of a binary CSV stream ``raw`` named ``p``: a header row first, or, given
    ``header``, the records from byte ``start`` (a record start) to ``end``."""
    # surrogateescape keeps undecodable bytes as lone surrogates: the row says so, the file goes on
    with _closing(raw):
        reader = csv.reader(_lines(raw, start, end, []))
        if header is None:
            header = _csv_header(reader, p, columns)
            if header is None:
                return
        csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES + 1))
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield f"not CSV ({exc})"
                continue
            if not cells:
                yield None
                continue
            if len(cells) != len(header):
                yield f"{len(cells)} fields, the header has {len(header)}"
                continue
            yield dict(zip(header, cells, strict=True))


def _parquet_file(p: Path, columns: Columns):
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - the extra is installed with [test]
        raise InputError(
            f"{p}: reading Parquet needs pyarrow: pip install 'georoute[corpus]'"
        ) from exc
    try:
        pf = pq.ParquetFile(p)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError...: translate at the boundary
        raise InputError(f"{p}: not a Parquet file ({exc})") from exc
    names = pf.schema_arrow.names
    if columns.text not in names:
        raise InputError(f"{p}: no column {columns.text!r} (columns: {', '.join(names)})")
    return pf


def _parquet_columns(pf, columns: Columns) -> list[str]:
    names = pf.schema_arrow.names
    return [c for c in dict.fromkeys((columns.id, columns.text, columns.date)) if c in names]


def _parquet_rows(p: Path, columns: Columns) -> Iterator[dict[str, Any] | str]:
    pf = _parquet_file(p, columns)
    return _parquet_batches(pf, _parquet_columns(pf, columns))


def _parquet_batches(pf, wanted: list[str], groups=None) -> Iterator[dict[str, Any] | str]:
    for batch in pf.iter_batches(batch_size=_PARQUET_BATCH, columns=wanted, row_groups=groups):
        cols = {name: batch.column(name).to_pylist() for name in wanted}
        for i in range(batch.num_rows):
            yield {name: cols[name][i] for name in wanted}
