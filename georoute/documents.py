"""Reading articles: files or folders of ``.txt``, decoded text, dateline, unique ids."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .timeexpr import MONTHS

__all__ = ["Document", "LoadResult", "load_documents", "parse_dateline"]

#: Articles larger than this are refused rather than read (no news article is this long).
MAX_BYTES = 5_000_000
_DATELINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")
#: How far into the text a dateline may sit (a headline and a byline may come first).
_DATELINE_LINES = 4
_MON = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?\.?,?\s+)?"
#: A line that opens with a full date: "Published: Tuesday, 12 September 2023",
#: "MOSCOW, Sept. 12, 2023 —", "KINGSTON, Ontario, Nov. 12, 2024 (AP) —", "2023-09-12". The date must end the line or be followed by a
#: separator, so a body sentence that starts with a date is not taken for the dateline.
_LINE_DATE = re.compile(
    r"^\s*(?:(?:published|updated|posted|dated?|first\s+published)(?:\s+on)?\s*:?\s*"
    r"|[A-Z][A-Z .'-]{1,40},\s*(?:[A-Z][A-Za-z .'-]{1,40},\s*)?)?" + _WEEKDAY + r"(?:(?P<iso>\d{4}-\d{2}-\d{2})"
    rf"|(?P<mon1>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MON}),?\s+(?P<y2>\d{{4}}))"
    r"\s*(?:$|[-\u2013\u2014|:/(]|\d{1,2}[:.]\d{2})",
    re.IGNORECASE | re.MULTILINE,
)


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
    """The article's date from its top lines, or None.

    A ``date YYYY-MM-DD`` line as in the seeds, or one of the first lines opening with a full
    date (after "Published:", a weekday or an upper-case place name).

    >>> parse_dateline(" date 2023-09-12 Kim was accompanied")
    datetime.date(2023, 9, 12)
    >>> parse_dateline("Storm delays ship\\nPublished: Tuesday, 14 March 2023\\nThe ship...")
    datetime.date(2023, 3, 14)
    >>> parse_dateline("LONDON, Sept. 5, 2021 — The train left.")
    datetime.date(2021, 9, 5)
    >>> parse_dateline("Headline\\n\\nLA PAZ, Bolivia, Nov 4, 2024 (Reuters) - A bus left.")
    datetime.date(2024, 11, 4)
    >>> parse_dateline("Headline\\nSeptember 5, 2021 was the day the train left.") is None
    True
    """
    m = _DATELINE.match(text[:100])
    if m:
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            return None
    lines = [ln for ln in text[:1000].splitlines() if ln.strip()][:_DATELINE_LINES]
    for line in lines:
        d = _LINE_DATE.match(line)
        if d:
            return _date_of(d)
    return None


def _date_of(m: re.Match) -> dt.date | None:
    try:
        if m["iso"]:
            return dt.date.fromisoformat(m["iso"])
        mon = MONTHS[(m["mon1"] or m["mon2"]).rstrip(".").lower()]
        return dt.date(int(m["y1"] or m["y2"]), mon, int(m["d1"] or m["d2"]))
    except (ValueError, KeyError):
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
