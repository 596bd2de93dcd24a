"""Domain objects of extraction: claims, legs and each document's trip context."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from georoute.base.places import Place

__all__ = ["Claim", "DocumentClaims", "Leg", "TripContext"]


@dataclass(frozen=True)
class Claim:
    """One thing an article states, at ``text[start:end]`` of its document (REPORT.md ``claims``)."""

    id: str
    doc: str
    kind: str  # distance, speed, duration, direction, heading, date, time, place
    text: str
    start: int
    end: int
    value: float | str | None = None
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    hedge: str | None = None
    same_as: str | None = None
    leg: str | None = None
    places: tuple[int | None, ...] = ()
    mode: str | None = None
    relation: str | None = None  # separation, leg, departure, arrival, crossing, event, destination
    speculative: bool = False
    begin: dt.datetime | None = None  # time window (local time of the claim's place)
    until: dt.datetime | None = None
    weekday: int | None = None
    date: dt.date | None = None
    event: str | None = None  # the event a time belongs to ("forum")
    zone: str | None = None  # a time zone stated with a clock time ("10:15 BST"): IANA or UTC±hh:mm
    year: int | None = None  # a year named in the claim's sentence


@dataclass(frozen=True)
class Leg:
    """A stretch of travel some claims describe; endpoints are place ids or None when unknown."""

    id: str
    doc: str
    origin: int | None
    destination: int | None
    mode: str | None
    claims: tuple[str, ...] = ()
    open: bool = False  # the sentence named no endpoints: the document's trip fills them in
    year: int | None = None


@dataclass(frozen=True)
class TripContext:
    """What a document says about its main journey: who, how, when, where from and to."""

    traveller: str | None
    mode: str | None
    date: dt.date | None
    origins: tuple[str, ...] = ()  # claim ids of places named as where the trip began
    destinations: tuple[str, ...] = ()  # claim ids of places named as where it goes
    places: tuple[int, ...] = ()


@dataclass(frozen=True)
class DocumentClaims:
    """Everything extracted from one document."""

    doc: str
    claims: tuple[Claim, ...]
    legs: tuple[Leg, ...]
    trip: TripContext
    places: dict[int, Place] = field(default_factory=dict)
    #: per place id: why it won and the candidates that lost (name, country, lat, lon, source, score)
    resolutions: dict[int, dict] = field(default_factory=dict)
    #: names the words present as places that could not be placed (mentions.Unplaced)
    unplaced: tuple = ()
