"""The public API: ``verify(paths=..., texts=..., documents=...) -> Report``.

Nothing is guessed: a path is read as a path (``-`` is standard input), a text is only ever
verified as text, a Document as given; positionally, a ``str`` or ``Path`` is a path. Every document is verified in isolation: one that cannot
be read or extracted becomes an entry in ``Report.errors`` and the others are verified; a check
that fails becomes an ``unverifiable`` finding naming the check and the exception.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from georoute.base.claims import Claim, DocumentClaims
from georoute.base.documents import Document, document_date, load_documents
from georoute.base.errors import InputError
from georoute.base.fileio import MAX_BYTES
from georoute.base.findings import Finding
from georoute.base.places import Place
from georoute.checks import CHECKS, CheckInput, run_checks
from georoute.extraction.extract import extract_document
from georoute.geo.gazetteer import Gazetteer, default_gazetteer
from georoute.geo.pins import pinned
from georoute.text.language import english_share, is_english
from georoute.trips import Trip, group_trips

__all__ = ["LazyRouter", "Report", "verify"]


@dataclass(frozen=True)
class Report:
    """Everything a verification found: documents, places, claims, trips, findings, errors.

    ``errors`` holds ``(path or document id, why)`` for every input that could not be verified.
    """

    documents: tuple[Document, ...]
    extractions: tuple[DocumentClaims, ...]
    places: dict[int, Place]
    trips: tuple[Trip, ...]
    findings: tuple[Finding, ...]
    errors: tuple[tuple[str, str], ...] = ()
    #: the person's corrections: names pinned to places (georoute.geo.pins.Pin)
    pins: tuple = ()

    @property
    def claims(self) -> list[Claim]:
        return [c for e in self.extractions for c in e.claims]

    def to_dict(self) -> dict:
        from georoute.outputs.report import report_dict

        return report_dict(self)

    def claims_frame(self):
        """The claims as a pandas DataFrame, one row a claim (columns as in the JSON report)."""
        from georoute.outputs.report import frame

        return frame(self, "claims")

    def findings_frame(self):
        """The findings as a pandas DataFrame, one row a finding (id F1, F2, ... as in the JSON)."""
        from georoute.outputs.report import frame

        return frame(self, "findings")

    def legs_frame(self):
        """The legs of every trip as a pandas DataFrame, with their endpoints' names."""
        from georoute.outputs.report import frame

        return frame(self, "legs")


class LazyRouter:
    """``rail_network().route``, loading the rail network only when a check first asks for a
    route (most runs never do)."""

    def __init__(self) -> None:
        self._route: Callable[..., Any] | None = None

    @property
    def loaded(self) -> bool:
        return self._route is not None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._route is None:
            from georoute import rail

            self._route = rail.rail_network().route
        return self._route(*args, **kwargs)


def _one_or_many(value, name: str) -> list:
    if value is None:
        return []
    if isinstance(value, (str, bytes, os.PathLike, Document)):
        return [value]
    try:
        return list(value)
    except TypeError:
        raise TypeError(f"{name}= takes a list, got {type(value).__name__}") from None


def _positional(inputs) -> tuple[list, list]:
    """Split the positional form: Documents, and paths (``str`` or ``pathlib.Path``). A ``str``
    there is always a path, never read as text; one with a line break or a NUL cannot name a
    file and is refused (TypeError) rather than looked up."""
    docs, paths = [], []
    for item in _one_or_many(inputs, "inputs"):
        if isinstance(item, Document):
            docs.append(item)
        elif isinstance(item, os.PathLike):
            paths.append(item)
        elif isinstance(item, str):
            if any(ch in item for ch in "\n\r\x00"):
                raise TypeError(
                    "a str given to verify() positionally is a path, and this one holds a line "
                    "break or NUL: pass article texts as texts=[...]"
                )
            paths.append(item)
        else:
            raise TypeError(f"verify() takes paths or Documents, got {type(item).__name__}")
    return docs, paths


def _natural(doc_id: str) -> tuple:
    """'text2' before 'text10'."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", doc_id))


def _unique(docs: list[Document]) -> list[Document]:
    used: set[str] = set()
    out = []
    for d in docs:
        doc_id, n = d.id, 2
        while doc_id in used:
            doc_id, n = f"{d.id}-{n}", n + 1
        used.add(doc_id)
        out.append(d if doc_id == d.id else dataclasses.replace(d, id=doc_id))
    return out


def _size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _failure(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def verify(
    inputs: Iterable[str | os.PathLike | Document] | str | os.PathLike | Document | None = None,
    /,
    *,
    paths: Iterable[str | os.PathLike] | str | os.PathLike | None = None,
    texts: Iterable[str] | str | None = None,
    documents: Iterable[Document] | Document | None = None,
    date: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    progress: Callable[[int, int], None] | None = None,
    pins: Iterable[str] = (),
) -> Report:
    """Verify articles given as ``paths`` (files, folders of ``.txt``, ``-`` for standard
    input), ``texts`` (article texts, never opened as paths) or ``documents``.

    The positional form takes Documents and paths (``verify([SEEDS])``, ``verify(["seeds/"])``):
    a ``str`` there is always a path, never an article text. ``date`` is the dateline
    of articles that have none. ``progress(done, total)`` is called after each document is
    extracted. ``pins`` ("Dublin=Dublin, Ohio") say which place a name means; they are
    applied to every article and recorded in the report. The report does not depend on the order the inputs are given in (documents are
    verified sorted by id; texts are numbered ``text1``, ``text2``, ... in the order given).

    Nothing here raises for a bad article: an input that cannot be read, is larger than
    ``MAX_BYTES`` or makes extraction fail is listed in ``Report.errors`` (path or id, why), and
    a check that fails gives an ``unverifiable`` finding naming the check and the exception.

    >>> r = verify(texts=["The 390 km trip from Paris to Lyon took two hours at 195 km/h."])
    >>> [(d.id, d.path) for d in r.documents], [f.verdict for f in r.findings][:1]
    ([('text1', None)], ['consistent'])
    """
    pos_docs, pos_paths = _positional(inputs)
    docs: list[Document] = pos_docs + _one_or_many(documents, "documents")
    for d in docs:
        if not isinstance(d, Document):
            raise TypeError(f"documents= takes Documents, got {type(d).__name__}")
    for i, text in enumerate(_one_or_many(texts, "texts"), start=1):
        if not isinstance(text, str):
            raise TypeError(f"texts= takes str, got {type(text).__name__}")
        docs.append(Document(f"text{i}", text, None, document_date(text, default=date)))
    errors: list[tuple[str, str]] = []
    all_paths = pos_paths + _one_or_many(paths, "paths")
    if all_paths:
        loaded = load_documents(all_paths, date)
        docs.extend(loaded.documents)
        errors.extend(loaded.errors)
    docs = sorted(
        _unique(sorted(docs, key=lambda d: (_natural(d.id), d.path or ""))),
        key=lambda d: _natural(d.id),
    )
    gaz = pinned(gazetteer or default_gazetteer(), pins)
    extractions: list[DocumentClaims] = []
    verified: list[Document] = []
    for i, d in enumerate(docs, start=1):
        try:
            if len(d.text) > MAX_BYTES // 4 and _size(d.text) > MAX_BYTES:
                raise InputError(f"more than the {MAX_BYTES:,} bytes an article may have")
            extractions.append(extract_document(d, gaz))
            verified.append(d)
        except InputError as exc:
            errors.append((d.path or d.id, str(exc)))
        except Exception as exc:  # one article must not take the run down
            errors.append((d.path or d.id, f"extraction failed: {_failure(exc)}"))
        if progress is not None:
            progress(i, len(docs))
    places: dict[int, Place] = {}
    for e in extractions:
        places.update(e.places)
    trips = _trips(extractions, {d.id: d.text for d in verified}, places, errors)
    kept = {e.doc for e in extractions}
    verified = [d for d in verified if d.id in kept]
    places = {pid: p for e in extractions for pid, p in e.places.items()}
    claims = {c.id: c for e in extractions for c in e.claims}
    failed: list[tuple[str, str]] = []
    dates = {e.doc: e.trip.date for e in extractions if e.trip.date is not None}
    namesakes = {pid: ps for e in extractions for pid, ps in e.namesakes.items()}
    inp = CheckInput(
        claims,
        places,
        tuple(trips),
        router=LazyRouter(),
        dates=dates,
        namesakes=namesakes,
        zones_within=gaz.zones_within,
    )
    findings = _not_english(check_isolated(inp, failed), verified)
    paths = {d.id: d.path or d.id for d in verified}
    errors.extend((paths.get(doc, doc), why) for doc, why in failed)
    return Report(
        tuple(verified),
        tuple(extractions),
        places,
        tuple(trips),
        tuple(findings),
        tuple(sorted(errors)),
        getattr(gaz, "pins", ()),
    )


def _not_english(findings: list[Finding], docs: list[Document]) -> list[Finding]:
    """Findings that rest on an article not in English become unverifiable: georoute reads
    English only, and a figure read from another language may be misread."""
    return mark_not_english(findings, not_english_shares(docs))


def not_english_shares(docs: Iterable[Document]) -> dict[str, float]:
    """The documents that do not read as English, each with its share of English function
    words (what :func:`mark_not_english` needs; the Dask engine gathers it per partition)."""
    return {d.id: english_share(d.text)[0] for d in docs if not is_english(d.text)}


def mark_not_english(findings: list[Finding], other: dict[str, float]) -> list[Finding]:
    """``findings`` with every one resting on a document of ``other`` (id -> share of English
    function words) made unverifiable, saying what it would have found. Applied once, after
    findings are merged, so a merged finding is marked as a whole."""
    if not other:
        return findings
    out = []
    for f in findings:
        bad = [doc for doc in f.docs if doc in other]
        if not bad or f.verdict == "unverifiable":
            out.append(f)
            continue
        why = ", ".join(f"{doc} ({other[doc]:.0%} English function words)" for doc in bad)
        out.append(
            dataclasses.replace(
                f,
                verdict="unverifiable",
                message=f"Not decided: {why} does not read as English, the only language "
                f"georoute reads. It would have said: {f.message}",
                computed={**f.computed, "not_english": bad, "would_be": f.verdict},
            )
        )
    return out


def _trips(
    extractions: list[DocumentClaims],
    texts: dict[str, str],
    places: dict[int, Place],
    errors: list[tuple[str, str]],
) -> list[Trip]:
    """Trips across documents; when joining fails, each document is its own trip, and a
    document that fails even alone is dropped and listed in ``errors``."""
    try:
        return group_trips(extractions, texts, places)
    except Exception:
        pass
    trips: list[Trip] = []
    for e in list(extractions):
        try:
            own = group_trips([e], texts, places)
        except Exception as exc:
            errors.append((e.doc, f"trip grouping failed: {_failure(exc)}"))
            extractions.remove(e)
            continue
        prefix = f"{e.doc}:"
        trips.extend(_rename_trips(own, prefix))
    return trips


def _rename_trips(trips: list[Trip], prefix: str) -> list[Trip]:
    out = []
    for t in trips:
        legs = tuple(dataclasses.replace(lg, trip=prefix + lg.trip) for lg in t.legs)
        out.append(dataclasses.replace(t, id=prefix + t.id, legs=legs))
    return out


def check_isolated(inp: CheckInput, errors: list[tuple[str, str]] | None = None) -> list[Finding]:
    """``run_checks``, but a check that raises costs only its own findings: it is run again
    document by document, and where it still fails an ``unverifiable`` finding names the check
    and the exception, and ``(document id, why)`` is added to ``errors``."""
    errors = [] if errors is None else errors
    try:
        return run_checks(inp, CHECKS)
    except Exception:
        pass
    findings: list[Finding] = []
    for check in CHECKS:
        try:
            findings.extend(run_checks(inp, (check,)))
        except Exception as exc:
            findings.extend(_per_document(check, inp, exc, errors))
    return findings


def _check_name(check: Callable) -> str:
    return check.__name__.removeprefix("check_")


def _crashed(name: str, docs: tuple[str, ...], where: str, exc: BaseException) -> Finding:
    return Finding(
        name,
        "unverifiable",
        docs,
        (),
        f"The {name} check could not run on {where} ({_failure(exc)}).",
        {"error": type(exc).__name__, "exception": str(exc)},
    )


def _per_document(
    check: Callable, inp: CheckInput, whole: BaseException, errors: list[tuple[str, str]]
) -> list[Finding]:
    name = _check_name(check)
    docs = tuple(sorted({c.doc for c in inp.claims.values()}, key=_natural))
    out: list[Finding] = []
    failed = False
    for doc in docs:
        try:
            out.extend(run_checks(_only(doc, inp), (check,)))
        except Exception as exc:
            failed = True
            out.append(_crashed(name, (doc,), "this article", exc))
            errors.append((doc, f"{name} check failed: {_failure(exc)}"))
    if not failed:  # it fails only across documents: say so, or the failure would vanish
        out.append(_crashed(name, docs, "the articles together", whole))
        errors.append((", ".join(docs), f"{name} check failed across documents: {_failure(whole)}"))
    return out


def _only(doc: str, inp: CheckInput) -> CheckInput:
    """The check input restricted to one document's claims and legs."""
    claims = {cid: c for cid, c in inp.claims.items() if c.doc == doc}
    trips = []
    for t in inp.trips:
        legs = tuple(
            dataclasses.replace(lg, docs=(doc,), claims=tuple(c for c in lg.claims if c in claims))
            for lg in t.legs
            if doc in lg.docs
        )
        if legs:
            trips.append(dataclasses.replace(t, docs=(doc,), legs=legs))
    dates = {doc: inp.dates[doc]} if doc in inp.dates else {}
    return CheckInput(
        claims, inp.places, tuple(trips), inp.router, dates, inp.namesakes, inp.zones_within
    )
