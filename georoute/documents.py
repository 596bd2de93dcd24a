"""Reading articles: files or folders of ``.txt``, decoded text, dateline, unique ids."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

__all__ = ["Document", "LoadResult", "load_documents", "parse_dateline"]

#: Articles larger than this are refused rather than read (no news article is this long).
MAX_BYTES = 5_000_000
_DATELINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True)
class Document:
    """One article: its id (file stem, made unique), path, decoded text and dateline."""

    id: str
    text: str
    path: str | None = None
    date: dt.date | None = None


@dataclass(frozen=True)
class LoadResult:
    documents: tuple[Document, ...]
    errors: tuple[tuple[str, str], ...]  # (path, why it could not be read)


def parse_dateline(text: str) -> dt.date | None:
    """The ISO date of a ``date YYYY-MM-DD`` dateline at the top of the text, or None.

    >>> parse_dateline(" date 2023-09-12 Kim was accompanied")
    datetime.date(2023, 9, 12)
    """
    m = _DATELINE.match(text[:100])
    if not m:
        return None
    try:
        return dt.date.fromisoformat(m.group(1))
    except ValueError:
        return None


def _decode(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path}: {size:,} bytes, more than the {MAX_BYTES:,} an article may have"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return text


def _expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    files: list[Path] = []
    errors: list[tuple[str, str]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*.txt") if q.is_file())
            if not found:
                errors.append((str(p), "folder holds no .txt article"))
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            errors.append((str(p), "no such file or folder"))
    return files, errors


def _unique_ids(files: list[Path]) -> list[str]:
    stems: dict[str, int] = {}
    for f in files:
        stems[f.stem] = stems.get(f.stem, 0) + 1
    ids, used = [], set()
    for f in files:
        doc_id = f.stem if stems[f.stem] == 1 else f"{f.parent.name}/{f.stem}"
        base, n = doc_id, 2
        while doc_id in used:
            doc_id, n = f"{base}-{n}", n + 1
        used.add(doc_id)
        ids.append(doc_id)
    return ids


def load_documents(paths: Iterable[str | Path], default_date: dt.date | None = None) -> LoadResult:
    """Read every article under ``paths``; unreadable ones are listed in ``errors``, not raised."""
    files, errors = _expand(paths)
    docs = []
    for f, doc_id in zip(files, _unique_ids(files), strict=True):
        try:
            text = _decode(f)
        except InputError as exc:
            errors.append((str(f), str(exc)))
            continue
        docs.append(Document(doc_id, text, str(f), parse_dateline(text) or default_date))
    return LoadResult(tuple(docs), tuple(errors))
