"""Join documents into trips and open legs into their trip's endpoints.

Documents describe the same trip when they share the traveller (each one's traveller is named
in the other), the mode (or one says none) and their datelines lie within three days (or one
has none). Legs whose sentence names another year are their own trips.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .claims import Claim, DocumentClaims, Leg
from .places import Place

__all__ = ["Trip", "TripLeg", "group_trips"]

MAX_DATELINE_GAP_DAYS = 3


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


def _same_trip(a: DocumentClaims, b: DocumentClaims, texts: dict[str, str]) -> bool:
    ta, tb = a.trip, b.trip
    if not ta.traveller or not tb.traveller:
        return False
    if not (
        re.search(rf"\b{re.escape(ta.traveller)}\b", texts[b.doc])
        or re.search(rf"\b{re.escape(tb.traveller)}\b", texts[a.doc])
    ):
        return False
    if ta.mode and tb.mode and ta.mode != tb.mode:
        return False
    return not (ta.date and tb.date and abs((ta.date - tb.date).days) > MAX_DATELINE_GAP_DAYS)


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
    groups: list[list[DocumentClaims]] = []
    for d in sorted(docs, key=lambda x: x.doc):
        for g in groups:
            if all(_same_trip(d, o, texts) for o in g):
                g.append(d)
                break
        else:
            groups.append([d])
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
