"""Reading articles: files or folders of ``.txt``, decoded text, dateline, unique ids."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from georoute.base.errors import InputError
from georoute.base.fileio import MAX_BYTES, STDIO, file_kind, read_bytes
from georoute.base.words import MONTHS, WEEKDAYS

__all__ = [
    "DATELINE_CREDIT",
    "MAX_BYTES",
    "Document",
    "LoadResult",
    "article_date",
    "decode",
    "document_date",
    "load_documents",
    "parse_dateline",
    "sentence_around",
]

_DATELINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")
#: A wire dateline's line, closed by the agency's credit in brackets before the dash: "BEIJING,
#: Dec. 30, 2019 (Xinhua) --", "SUVA, Aug 12 (AFP) -" (the agency is group 1).
DATELINE_CREDIT = re.compile(r"^[^\n(]{3,80}?\(([^()\n]{2,40})\)\s*[-–—]", re.MULTILINE)
#: How far into the text a dateline may sit (a headline and a byline may come first).
_DATELINE_LINES = 4
_MON = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?\.?,?\s+)?"
#: A line that opens with a full date: "Published: Tuesday, 12 September 2023",
#: "MOSCOW, Sept. 12, 2023 —", "KINGSTON, Ontario, Nov. 12, 2024 (AP) —", "2023-09-12"; a place
#: written with accented capitals too ("A CORUÑA, Jan 22, 2025 (Europa Press) -"). The date must
#: end the line or be followed by a separator, so a body sentence that starts with a date is not
#: taken for the dateline.
_LINE_DATE = re.compile(
    r"^\s*(?:(?:published|updated|posted|dated?|first\s+published)(?:\s+on)?\s*:?\s*"
    r"|[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017d][A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017d .'-]{1,40},\s*"
    r"(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Za-z\u00c0-\u017e .'-]{1,40},\s*)?)?"
    + _WEEKDAY
    + r"(?:(?P<iso>\d{4}-\d{2}-\d{2})"
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


#: A wire dateline without its year: "NAIROBI, May 30 (Reuters) -", "KUMASI, Ghana (AP) —",
#: "BRIGHTON, England, May 24 (PA) -", "(ANSA) - ROME, JUN 3 -", "NELSON, March 14 NZPA -" (an
#: optional agency in brackets before it, the place in capitals, an optional region, an optional
#: month and day, then the agency in brackets or in capitals, or a dash).
_YEARLESS_DATELINE = re.compile(
    r"^\s*(?:\([A-Za-z .-]{2,20}\)\s*[-\u2013\u2014]\s*)?[A-Z][A-Z .'-]{1,40}"
    rf"(?:,\s*(?!(?i:{_MON})\s+\d)[A-Z][A-Za-z .'-]{{1,40}}?)?"
    rf"(?:,\s*(?P<mon>(?i:{_MON}))\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?"
    r"\s*(?:\([^()\n]{1,40}\)\s*|[A-Z]{2,8}\s+)?[-\u2013\u2014]",
    re.MULTILINE,
)
#: A full date written in running text: "October 18, 2025", "Oct. 18, 2025", "18 October 2025".
_FULL_DATE = re.compile(
    rf"\b(?:(?P<mon1>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MON}),?\s+(?P<y2>\d{{4}}))\b",
    re.IGNORECASE,
)


#: A full date with its weekday: wire copy names the weekday only of the days around its own
#: date ("on Sunday, July 14, 2024"), so such a date fixes the year a dateline leaves out.
_WEEKDAY_FULL_DATE = re.compile(
    r"\b(?:" + "|".join(w for w in WEEKDAYS if w.endswith("day")) + r"),?\s+" + _FULL_DATE.pattern,
    re.IGNORECASE,
)
#: How many days before its dateline a weekday-dated event may lie: a story reports its
#: journey's start as well as its end (a voyage left a month before it docked).
_REPORTED_WITHIN_DAYS = 62
#: How far after the dateline a weekday-dated full date is still read (characters).
_LEAD_CHARS = 1500


def _near_dateline(text: str, start: int, mon: int, day: int) -> dt.date | None:
    """The dateline's date in the year that puts it at most ``_REPORTED_WITHIN_DAYS`` after a
    weekday-dated full date of the lead ("JULY 15 ... on Sunday, July 14, 2024": 2024)."""
    for m in _WEEKDAY_FULL_DATE.finditer(text, start, start + _LEAD_CHARS):
        event = _date_of(m)
        if event is None:
            continue
        for year in (event.year, event.year + 1):
            try:
                date = dt.date(year, mon, day)
            except ValueError:
                continue
            if 0 <= (date - event).days <= _REPORTED_WITHIN_DAYS:
                return date
    return None


def article_date(text: str) -> dt.date | None:
    """The date of an article whose dateline gives no year, from the full date its lead
    paragraph writes: the one with the dateline's month and day, or (a dateline with no date at
    all) the first one; else the year of a weekday-dated full date soon after the dateline that
    falls in the days before it (``_near_dateline``). None when the dateline gives its own year
    (see ``parse_dateline``), when there is no wire dateline, or when the lead writes no such
    date.

    >>> article_date("Headline\\n\\nNAIROBI, May 30 (Reuters) - A train left on Friday, May 30, 2025.")
    datetime.date(2025, 5, 30)
    >>> article_date("KUMASI, Ghana (AP) — She set off on Saturday, Nov. 15, 2025, at dawn.")
    datetime.date(2025, 11, 15)
    >>> article_date("NAIROBI, May 30 (Reuters) - The line opened on June 1, 2017.") is None
    True
    >>> article_date("The line opened on June 1, 2017.") is None
    True
    >>> article_date("OSH, Aug. 28 (Reuters) - He left on Saturday, Aug. 24, 2024, and rode on.")
    datetime.date(2024, 8, 28)
    """
    lines = [ln for ln in text[:1000].splitlines() if ln.strip()][:_DATELINE_LINES]
    for line in lines:
        m = _YEARLESS_DATELINE.match(line)
        if m is None:
            continue
        lead = line[m.end() :]
        for d in _FULL_DATE.finditer(lead):
            date = _date_of(d)
            if date is None:
                continue
            if m["mon"] is None:
                return _looking_back(lead, date)  # no date in the dateline: the lead's first
            if date.month == MONTHS[m["mon"].rstrip(".").lower()] and date.day == int(m["day"]):
                return _looking_back(lead, date)
        if m["mon"] is None:
            return None
        start = text.find(line) + m.end()  # the lead, and the paragraphs soon after it
        near = _near_dateline(text, start, MONTHS[m["mon"].rstrip(".").lower()], int(m["day"]))
        return _looking_back(lead, near) if near is not None else None
    return None


#: A lead that looks back on its event by a span of years: "A hundred years ago today",
#: "Fifty years ago this week", "a century ago", "marks the 75th anniversary".
_YEARS_AGO = re.compile(
    r"\b(?:(?P<n>\d{1,4}|a\s+hundred|one\s+hundred|two\s+hundred|fifty|sixty|seventy|eighty|"
    r"ninety|forty|thirty|twenty|ten|twenty-five|seventy-five|a\s+century|two\s+centuries)"
    r"\s+(?:years?\s+)?ago|(?P<nth>\d{1,3})(?:st|nd|rd|th)\s+anniversary|"
    r"(?P<round>centenary|centennial|bicentenary|bicentennial))\b",
    re.IGNORECASE,
)
_YEARS_IN_WORDS = {
    "a hundred": 100, "one hundred": 100, "two hundred": 200, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "forty": 40, "thirty": 30, "twenty": 20, "ten": 10,
    "twenty-five": 25, "seventy-five": 75, "a century": 100, "two centuries": 200,
}  # fmt: skip
_ROUND_ANNIVERSARIES = {
    "centenary": 100,
    "centennial": 100,
    "bicentenary": 200,
    "bicentennial": 200,
}


def _looking_back(lead: str, event: dt.date) -> dt.date | None:
    """The dateline's date when the lead looks back on the event whose date gave its year ("A
    hundred years ago today, ... left on Sunday, April 6, 1924": 2024-04-06): the event's date
    that many years on; the event's own date when the lead does not look back; None when it
    does but says not by how much (the year is then not guessed).

    >>> _looking_back("A hundred years ago today, four planes left.", dt.date(1924, 4, 6))
    datetime.date(2024, 4, 6)
    >>> _looking_back("Four planes left on Sunday.", dt.date(2024, 4, 6))
    datetime.date(2024, 4, 6)
    """
    m = _YEARS_AGO.search(lead)
    if m is None:
        return event
    if m["n"]:
        word = " ".join(m["n"].casefold().split())
        years = int(word) if word.isdigit() else _YEARS_IN_WORDS[word]
    elif m["nth"]:
        years = int(m["nth"])
    else:
        years = _ROUND_ANNIVERSARIES[m["round"].casefold()]
    try:
        return event.replace(year=event.year + years)
    except ValueError:  # a 29 February with no such day that many years on
        return None


def document_date(
    text: str, given: dt.date | None = None, default: dt.date | None = None
) -> dt.date | None:
    """An article's date: the one given with it (a corpus column), else its dateline's, else
    the ``default`` (``--date``), else the year a wire dateline leaves out, read from its lead
    (``article_date``)."""
    return given or parse_dateline(text) or default or article_date(text)


def _date_of(m: re.Match) -> dt.date | None:
    try:
        if m.re.groupindex.get("iso") and m["iso"]:
            return dt.date.fromisoformat(m["iso"])
        mon = MONTHS[(m["mon1"] or m["mon2"]).rstrip(".").lower()]
        return dt.date(int(m["y1"] or m["y2"]), mon, int(m["d1"] or m["d2"]))
    except (ValueError, KeyError):
        return None


def decode(data: bytes, name: str) -> str:
    """Article text from its bytes: UTF-8 (a BOM allowed), not binary, not empty."""
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (byte {exc.start})") from exc
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return text


def _walk_errors(root: Path, errors: list[tuple[str, str]]):
    def onerror(exc: OSError) -> None:
        where = exc.filename or str(root)
        errors.append((str(where), f"folder cannot be read ({exc.strerror or exc})"))

    return onerror


def _folder(root: Path, errors: list[tuple[str, str]]) -> list[Path]:
    """Every ``.txt`` regular file under ``root``; unreadable folders and special files named.
    Symlinked folders are not followed (no cycles)."""
    found: list[Path] = []
    n_errors = len(errors)
    for folder, dirs, names in os.walk(root, onerror=_walk_errors(root, errors)):
        dirs.sort()
        for name in sorted(names):
            if not name.endswith(".txt"):
                continue
            f = Path(folder) / name
            try:
                mode = f.stat().st_mode
            except OSError as exc:
                errors.append((str(f), f"cannot read ({exc.strerror or exc})"))
                continue
            if stat.S_ISREG(mode):
                found.append(f)
            else:
                errors.append((str(f), f"a {file_kind(mode)}, not a regular file: skipped"))
    if not found and len(errors) == n_errors:
        errors.append((str(root), "folder holds no .txt article"))
    return found


def _expand(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files the paths name, sorted and without repeats, and the paths that name none."""
    files: list[Path] = []
    errors: list[tuple[str, str]] = []
    for raw in paths:
        if not os.fspath(raw).strip():
            # Path("") is the working folder: an empty string names no article
            errors.append((repr(os.fspath(raw)), "an empty path names no file or folder"))
            continue
        p = Path(raw)
        if os.fspath(raw) == STDIO:
            files.append(Path(STDIO))
            continue
        try:
            mode = p.stat().st_mode
        except FileNotFoundError:
            errors.append((str(p), "no such file or folder"))
            continue
        except OSError as exc:
            errors.append((str(p), f"cannot read ({exc.strerror or exc})"))
            continue
        if stat.S_ISDIR(mode):
            files.extend(_folder(p, errors))
        else:
            files.append(p)  # read_bytes names a special file
    unique: dict[str, Path] = {}
    for f in files:
        key = STDIO if str(f) == STDIO else os.path.realpath(f)
        unique.setdefault(key, f)
    return sorted(unique.values(), key=str), errors


def _unique_ids(files: list[Path]) -> list[str]:
    def stem(f: Path) -> str:
        return "stdin" if str(f) == STDIO else f.stem

    stems: dict[str, int] = {}
    for f in files:
        stems[stem(f)] = stems.get(stem(f), 0) + 1
    ids, used = [], set()
    for f in files:
        doc_id = stem(f) if stems[stem(f)] == 1 else f"{f.parent.name}/{stem(f)}"
        base, n = doc_id, 2
        while doc_id in used:
            doc_id, n = f"{base}-{n}", n + 1
        used.add(doc_id)
        ids.append(doc_id)
    return ids


def load_documents(
    paths: Iterable[str | os.PathLike], default_date: dt.date | None = None
) -> LoadResult:
    """Read every article under ``paths`` (files, folders of ``.txt``, ``-`` for standard input),
    in path order; unreadable ones are listed in ``errors``, not raised."""
    files, errors = _expand(paths)
    docs = []
    for f, doc_id in zip(files, _unique_ids(files), strict=True):
        name = "standard input" if str(f) == STDIO else str(f)
        try:
            text = decode(read_bytes(f), name)
        except InputError as exc:
            errors.append((str(f), str(exc)))
            continue
        docs.append(Document(doc_id, text, str(f), document_date(text, default=default_date)))
    return LoadResult(tuple(docs), tuple(errors))


def sentence_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The span of the sentence around ``[start, end)`` told by its full stops (". ") and line
    breaks alone, for readers that hold no annotated document (``text.document`` reads
    abbreviations and quotes too).

    >>> t = "It rained. Dandi lies near Navsari. It is small."
    >>> t[slice(*sentence_around(t, t.index("Dandi")))]
    'Dandi lies near Navsari'
    """
    end = start if end is None else end
    dot = text.rfind(". ", 0, start)
    a = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, start) + 1)
    z = min((k for k in (text.find(". ", end), text.find("\n", end)) if k >= 0), default=len(text))
    return a, z
