"""Join documents into trips and open legs into their trip's endpoints.

Documents describe the same trip when they share the traveller (each one's traveller is named
in the other), the mode (or one says none) and their datelines lie within three days (or one
has none). Legs whose sentence names another year are their own trips.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .claims import Claim, DocumentClaims, Leg
from .places import Place

__all__ = ["Trip", "TripLeg", "group_trips"]

MAX_DATELINE_GAP_DAYS = 3
_GAP = MAX_DATELINE_GAP_DAYS
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class TripLeg:
    """A leg after joining: endpoints filled from its trip when its sentence named none."""

    id: str
    origin: int | None
    destination: int | None
    mode: str | None
    docs: tuple[str, ...]
    claims: tuple[str, ...]
    trip: str
    inferred: bool = False  # endpoints came from the trip, not the leg's own sentence


@dataclass(frozen=True)
class Trip:
    id: str
    docs: tuple[str, ...]
    origin: int | None
    destination: int | None
    legs: tuple[TripLeg, ...]


def _named_travellers(text: str, travellers: dict[str, list[str]]) -> frozenset[str]:
    """The travellers (keyed by their first word) that ``text`` names as whole words.

    Exactly what ``re.search(rf"\\b{re.escape(name)}\\b", text)`` finds, in one pass over the
    text's words: a name's words are whole words of the text wherever the name matches, so
    only names whose first word the text holds are searched for.
    """
    found = set()
    words = set(_WORD.findall(text))
    for w in words:
        for name in travellers.get(w, ()):
            if name == w or re.search(rf"\b{re.escape(name)}\b", text):
                found.add(name)
    return frozenset(found)


def _same_trip(a: DocumentClaims, b: DocumentClaims, named: dict[str, frozenset[str]]) -> bool:
    """Whether two documents report one trip (``named``: the travellers each document names)."""
    ta, tb = a.trip, b.trip
    if not ta.traveller or not tb.traveller:
        return False
    if ta.traveller not in named[b.doc] and tb.traveller not in named[a.doc]:
        return False
    if ta.mode and tb.mode and ta.mode != tb.mode:
        return False
    return not (ta.date and tb.date and abs((ta.date - tb.date).days) > MAX_DATELINE_GAP_DAYS)


class _Blocks:
    """Groups of documents indexed by blocking key: (traveller named, dateline day).

    Two documents can share a trip only when one's traveller is named by the other and their
    datelines lie within ``MAX_DATELINE_GAP_DAYS`` (or one has none): a document is compared
    with the groups filed under its own traveller and the travellers it names, on the days
    around its dateline, never with the whole corpus. Undated documents look in every day.
    """

    def __init__(self) -> None:
        self.named_by: dict[tuple[str, dt.date | None], list[int]] = {}  # a member names it
        self.travelling: dict[tuple[str, dt.date | None], list[int]] = {}  # a member's traveller
        self.days: dict[str, set[dt.date | None]] = {}  # the days filed under each name

    def add(self, gi: int, d: DocumentClaims, named: frozenset[str]) -> None:
        """File group ``gi`` under what its new document ``d`` (with a traveller) offers."""
        day = d.trip.date
        for name in named:
            self.named_by.setdefault((name, day), []).append(gi)
            self.days.setdefault(name, set()).add(day)
        self.travelling.setdefault((d.trip.traveller, day), []).append(gi)
        self.days.setdefault(d.trip.traveller, set()).add(day)

    def candidates(self, d: DocumentClaims, named: frozenset[str]) -> list[int]:
        """The groups holding a document that shares the traveller relation with ``d`` (which
        has a traveller) and could share its dates, in the order the groups were made."""
        day = d.trip.date

        near = (
            ()
            if day is None
            else (
                None,
                *(day + dt.timedelta(days=k) for k in range(-_GAP, _GAP + 1)),
            )
        )

        def days(name: str) -> Iterable[dt.date | None]:
            return self.days.get(name, ()) if day is None else near

        found: set[int] = set()
        t = d.trip.traveller
        for x in days(t):
            found.update(self.named_by.get((t, x), ()))
        for name in named:
            for x in days(name):
                found.update(self.travelling.get((name, x), ()))
        return sorted(found)


def _most_specific(ids: list[int], places: dict[int, Place]) -> int | None:
    """The most named place, cities before the countries that contain them."""
    if not ids:
        return None
    counts = Counter(ids)
    ranked = sorted(counts, key=lambda i: (places[i].is_region, -counts[i], i))
    return ranked[0]


def group_trips(
    docs: list[DocumentClaims], texts: dict[str, str], places: dict[int, Place]
) -> list[Trip]:
    """Group documents into trips and give open legs their trip's endpoints."""
    ordered = sorted(docs, key=lambda x: x.doc)
    by_first: dict[str, list[str]] = {}
    for name in sorted({d.trip.traveller for d in ordered if d.trip.traveller}):
        words = _WORD.findall(name)
        if words:
            by_first.setdefault(words[0], []).append(name)
    named = {d.doc: _named_travellers(texts[d.doc], by_first) for d in ordered}
    groups: list[list[DocumentClaims]] = []
    blocks = _Blocks()
    for d in ordered:
        # the first group (in the order they were made) whose every document shares the trip
        for gi in blocks.candidates(d, named[d.doc]) if d.trip.traveller else ():
            if all(_same_trip(d, o, named) for o in groups[gi]):
                groups[gi].append(d)
                break
        else:
            gi = len(groups)
            groups.append([d])
        if d.trip.traveller:  # a document without one never shares a trip
            blocks.add(gi, d, named[d.doc])
    trips: list[Trip] = []
    for gi, g in enumerate(groups, start=1):
        trip_id = f"T{gi}"
        claims: dict[str, Claim] = {c.id: c for d in g for c in d.claims}
        origins = [claims[cid].places[0] for d in g for cid in d.trip.origins]
        firm = [
            claims[cid].places[0]
            for d in g
            for cid in d.trip.destinations
            if not claims[cid].speculative
        ]
        origin = _most_specific(origins, places)
        destination = _most_specific(firm, places)
        if (
            origin is not None
            and destination is not None
            and places[destination].contains(places[origin])
        ):
            destination = None
        legs: list[TripLeg] = []
        extra: list[Trip] = []
        for d in g:
            for lg in d.legs:
                if lg.open and lg.id.endswith(":trip"):
                    legs.append(
                        TripLeg(
                            lg.id, origin, destination, lg.mode, (d.doc,), lg.claims, trip_id, True
                        )
                    )
                elif lg.year and d.trip.date and lg.year != d.trip.date.year:
                    tid = f"{trip_id}.{len(extra) + 1}"
                    tl = TripLeg(
                        lg.id, lg.origin, lg.destination, lg.mode, (d.doc,), lg.claims, tid
                    )
                    extra.append(Trip(tid, (d.doc,), lg.origin, lg.destination, (tl,)))
                else:
                    legs.append(
                        TripLeg(
                            lg.id, lg.origin, lg.destination, lg.mode, (d.doc,), lg.claims, trip_id
                        )
                    )
        trips.append(Trip(trip_id, tuple(d.doc for d in g), origin, destination, tuple(legs)))
        trips.extend(extra)
    return trips


def legs_match(a: TripLeg, b: TripLeg, places: dict[int, Place]) -> bool:
    """Same endpoints, or one unknown, or one containing the other ("Russia" contains Vladivostok)."""

    def end_ok(x: int | None, y: int | None) -> bool:
        if x is None or y is None or x == y:
            return True
        return places[x].contains(places[y]) or places[y].contains(places[x])

    return a.trip == b.trip and end_ok(a.origin, b.origin) and end_ok(a.destination, b.destination)


__all__ += ["Leg", "legs_match"]
