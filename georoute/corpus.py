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
import io
import json
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
    "is_corpus",
    "read_corpus",
    "read_inputs",
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
    p = Path(path)
    suffix = f".{fmt}" if fmt else p.suffix.lower()
    if suffix not in CORPUS_SUFFIXES:
        raise InputError(f"{p}: expected a corpus file ({', '.join(CORPUS_SUFFIXES)})")
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    if suffix == ".parquet":
        rows = _parquet_rows(p, columns)
    else:
        fh = _open(p)
        rows = _csv_rows(fh, str(p), columns) if suffix == ".csv" else _jsonl_rows(fh)
    yield from _documents(rows, p.name, str(p), columns, default_date)


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
) -> Iterator[Document | RowError]:
    seen: dict[str, int] = {}
    for n, row in enumerate(rows, start=1):
        if row is None:  # a blank line: counted, so that ROW is the line of the file
            continue
        where = f"{name}#{n}"
        if isinstance(row, str):  # the reader could not make a row of it: why
            yield RowError(where, row)
            continue
        try:
            doc = _document(row, columns, where, path, default_date)
        except InputError as exc:
            yield RowError(where, str(exc))
            continue
        first = seen.setdefault(doc.id, n)
        if first != n:
            yield RowError(where, f"id {doc.id!r} already used by row {first}")
            continue
        yield doc


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


def _jsonl_rows(fh) -> Iterator[dict[str, Any] | str | None]:
    """The rows of a binary stream of JSON Lines (closed at the end, unless standard input)."""
    with _closing(fh):
        first = True
        while True:
            line = fh.readline(_MAX_LINE)
            if not line:
                return
            if len(line) == _MAX_LINE and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the long line
                    line = fh.readline(_MAX_LINE)
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


def _csv_rows(raw, p: str, columns: Columns) -> Iterator[dict[str, Any] | str | None]:
    """The rows of a binary CSV stream ``raw`` named ``p`` (a header row first)."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES + 1))
    # surrogateescape keeps undecodable bytes as lone surrogates: the row says so, the file goes on
    fh = io.TextIOWrapper(raw, "utf-8-sig", errors="surrogateescape", newline="")
    with _Detached(fh) if raw is getattr(sys.stdin, "buffer", None) else fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{p}: not CSV ({exc})") from exc
        if columns.text not in header:
            raise InputError(f"{p}: no column {columns.text!r} (columns: {', '.join(header)})")
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


class _Detached:
    """A text wrapper over standard input that detaches instead of closing it."""

    def __init__(self, fh: io.TextIOWrapper) -> None:
        self.fh = fh

    def __enter__(self) -> io.TextIOWrapper:
        return self.fh

    def __exit__(self, *exc: object) -> None:
        self.fh.detach()


def _parquet_rows(p: Path, columns: Columns) -> Iterator[dict[str, Any] | str]:
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
    wanted = [c for c in dict.fromkeys((columns.id, columns.text, columns.date)) if c in names]
    return _parquet_batches(pf, wanted)


def _parquet_batches(pf, wanted: list[str]) -> Iterator[dict[str, Any] | str]:
    for batch in pf.iter_batches(batch_size=_PARQUET_BATCH, columns=wanted):
        cols = {name: batch.column(name).to_pylist() for name in wanted}
        for i in range(batch.num_rows):
            yield {name: cols[name][i] for name in wanted}
