"""The public API: ``verify(paths_or_texts) -> Report``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .checks import CheckInput, run_checks
from .claims import Claim, DocumentClaims
from .documents import Document, load_documents, parse_dateline
from .extract import extract_document
from .findings import Finding
from .gazetteer import Gazetteer, default_gazetteer
from .places import Place
from .trips import Trip, group_trips

__all__ = ["Report", "verify"]


@dataclass(frozen=True)
class Report:
    """Everything a verification found: documents, places, claims, trips, findings, errors."""

    documents: tuple[Document, ...]
    extractions: tuple[DocumentClaims, ...]
    places: dict[int, Place]
    trips: tuple[Trip, ...]
    findings: tuple[Finding, ...]
    errors: tuple[tuple[str, str], ...] = ()

    @property
    def claims(self) -> list[Claim]:
        return [c for e in self.extractions for c in e.claims]

    def to_dict(self) -> dict:
        from .report import report_dict

        return report_dict(self)


def verify(
    inputs: Iterable[str | Path | Document] | str | Path,
    date: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Verify articles given as paths (files or folders), Documents, or raw texts.

    A string that names an existing path is read as a path; any other string is an article text.
    ``progress(done, total)`` is called after each document is read.
    """
    if isinstance(inputs, (str, Path, Document)):
        inputs = [inputs]
    gaz = gazetteer or default_gazetteer()
    docs: list[Document] = []
    errors: list[tuple[str, str]] = []
    paths: list[str | Path] = []
    for i, item in enumerate(inputs):
        if isinstance(item, Document):
            docs.append(item)
        elif isinstance(item, Path) or (
            isinstance(item, str) and len(item) < 4096 and "\n" not in item and Path(item).exists()
        ):
            paths.append(item)
        elif isinstance(item, str) and ("\n" in item or not item.endswith(".txt")):
            docs.append(Document(f"text{i + 1}", item, None, parse_dateline(item) or date))
        else:
            errors.append((str(item), "no such file or folder"))
    if paths:
        loaded = load_documents(paths, date)
        docs.extend(loaded.documents)
        errors.extend(loaded.errors)
    extractions = []
    for i, d in enumerate(docs, start=1):
        extractions.append(extract_document(d, gaz))
        if progress is not None:
            progress(i, len(docs))
    places: dict[int, Place] = {}
    for e in extractions:
        places.update(e.places)
    texts = {d.id: d.text for d in docs}
    trips = group_trips(extractions, texts, places)
    claims = {c.id: c for e in extractions for c in e.claims}
    from .rail import rail_network

    findings = run_checks(CheckInput(claims, places, tuple(trips), router=rail_network().route))
    return Report(
        tuple(docs), tuple(extractions), places, tuple(trips), tuple(findings), tuple(errors)
    )
