"""Domain objects of extraction: claims, legs and each document's trip context."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import KW_ONLY, dataclass, field
from enum import StrEnum

from georoute.base.places import Place

__all__ = [
    "CLAIM_TYPES",
    "Claim",
    "DirectionClaim",
    "DocumentClaims",
    "Kind",
    "Leg",
    "PlaceClaim",
    "QuantityClaim",
    "Relation",
    "TimeClaim",
    "TripContext",
    "new_claim",
]


class Kind(StrEnum):
    """What a claim states (a ``str``: the report writes its value)."""

    DISTANCE = "distance"
    SPEED = "speed"
    DURATION = "duration"
    DIRECTION = "direction"
    HEADING = "heading"
    DATE = "date"
    TIME = "time"
    PLACE = "place"


class Relation(StrEnum):
    """What a claim is about (a ``str``: the report writes its value). Quantities: a leg, a
    separation of two places, or something that is no leg of the journey (``NOT_TRAVEL`` in
    ``qualifiers``: a stay, a former figure, a height...); places: where the trip starts or goes;
    times: a departure, an arrival, a crossing, an event; directions: a separation or a heading."""

    LEG = "leg"
    SEPARATION = "separation"
    HEADING = "heading"
    ORIGIN = "origin"
    DESTINATION = "destination"
    DEPARTURE = "departure"
    ARRIVAL = "arrival"
    CROSSING = "crossing"
    EVENT = "event"
    STAY = "stay"
    FORMER = "former"
    ELEVATION = "elevation"
    INSTANT = "instant"
    FEATURE = "feature"
    FREQUENCY = "frequency"
    MARGIN = "margin"
    DELAY = "delay"
    EXTRA = "extra"
    STRAIGHT_LINE = "straight_line"
    LENGTH = "length"
    SPAN = "span"
    LIMIT = "limit"
    OFFSET = "offset"
    WEATHER = "weather"
    PLANNED = "planned"
    PART = "part"
    USUAL = "usual"
    OTHER = "other"
    QUOTED = "quoted"


@dataclass(frozen=True)
class Claim:
    """One thing an article states, at ``text[start:end]`` of its document (REPORT.md ``claims``).

    The base of the four claim types; each kind has exactly one (``CLAIM_TYPES``), and a claim
    made with another type than its kind's is refused:

    >>> QuantityClaim("c1", "a", "date", "May 5", 0, 5)
    Traceback (most recent call last):
    ...
    TypeError: a date claim is a TimeClaim, not a QuantityClaim
    """

    id: str
    doc: str
    kind: Kind  # a plain string is taken and made a Kind
    text: str
    start: int
    end: int
    _: KW_ONLY
    same_as: str | None = None
    leg: str | None = None
    places: tuple[int | None, ...] = ()
    mode: str | None = None
    relation: Relation | None = None  # a plain string is taken and made a Relation
    speculative: bool = False
    year: int | None = None  # a year named in the claim's sentence

    def __post_init__(self) -> None:
        kind = self.kind
        if type(kind) is not Kind:  # (the enum's call costs more than the test)
            kind = Kind(kind)
            object.__setattr__(self, "kind", kind)
        if type(self) is not CLAIM_TYPES[kind]:
            raise TypeError(
                f"a {kind} claim is a {CLAIM_TYPES[kind].__name__}, not a {type(self).__name__}"
            )
        if self.relation is not None and type(self.relation) is not Relation:
            object.__setattr__(self, "relation", Relation(self.relation))

    @classmethod
    def made(
        cls, id: str, doc: str, kind: Kind, text: str, start: int, end: int, **fields: object
    ) -> Claim:
        """The claim the constructor would make (``__post_init__`` included), without a frozen
        dataclass's ``object.__setattr__`` call a field: the extractor makes one for every
        place a text names.

        >>> c = PlaceClaim.made("c1", "a", Kind.PLACE, "Oslo", 0, 4, relation="origin")
        >>> c == PlaceClaim("c1", "a", Kind.PLACE, "Oslo", 0, 4, relation="origin"), c.relation
        (True, <Relation.ORIGIN: 'origin'>)
        """
        defaults = _DEFAULTS.get(cls)
        if defaults is None:
            defaults = _DEFAULTS[cls] = {
                f.name: f.default for f in dataclasses.fields(cls) if f.init and f.name not in _AT
            }
        if not fields.keys() <= defaults.keys():
            raise TypeError(f"{cls.__name__} has no field {sorted(fields.keys() - defaults)}")
        obj = object.__new__(cls)
        d = obj.__dict__
        d.update(id=id, doc=doc, kind=kind, text=text, start=start, end=end)  # (in field order)
        d.update(defaults)
        d.update(fields)
        obj.__post_init__()
        return obj

    def _own(self) -> dict:
        """The fields of REPORT.md's claim that the type fills in (the others are None)."""
        return {}

    def to_dict(self) -> dict:
        """The claim as REPORT.md's ``claims`` array writes it (an open end of an interval, which
        strict JSON cannot hold, is None; the time window as two ISO strings)."""
        d = {
            "id": self.id,
            "doc": self.doc,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": None,
            "unit": None,
            "low": None,
            "high": None,
            "hedge": None,
            "same_as": self.same_as,
            "leg": self.leg,
            "places": list(self.places),
            "mode": self.mode,
            "relation": self.relation,
            "speculative": self.speculative,
            "window": None,
            "zone": None,
        }
        d.update(self._own())
        return d


@dataclass(frozen=True)
class QuantityClaim(Claim):
    """A distance, speed or duration: its value in ``unit``, the interval ``low``-``high`` its
    words allow (after the hedge) and ``figure``, the interval the figure allows as written."""

    value: float | None = None
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    hedge: str | None = None
    #: a figure's interval as written, before its hedge (``low``/``high`` are after it)
    figure: tuple[float, float] | None = None
    #: a speed its words call an average ("averaging about 80 km per hour", "an average speed
    #: of 120 km/h"), not a cruising or a top speed
    averaged: bool = False

    def _own(self) -> dict:
        return {
            "value": self.value,
            "unit": self.unit,
            "low": _finite(self.low),
            "high": _finite(self.high),
            "hedge": self.hedge,
        }


@dataclass(frozen=True)
class TimeClaim(Claim):
    """A date or a clock time: the window it allows (local time of the claim's place)."""

    begin: dt.datetime | None = None
    until: dt.datetime | None = None
    weekday: int | None = None
    date: dt.date | None = None
    event: str | None = None  # the event a time belongs to ("forum")
    zone: str | None = None  # a time zone stated with a clock time ("10:15 BST"): IANA or UTC±hh:mm
    #: a clock time's time of day when its day is unknown (no date, no dateline: ``begin`` is None)
    clock: dt.time | None = None
    day_offset: int = 0  # days after the trip's previous time that a dateless clock names
    #: a clock with its date or weekday written right beside it ("2 p.m. on Sunday, March 8"):
    #: its day is read, not guessed
    day_written: bool = False

    def _own(self) -> dict:
        return {
            "value": self.begin.isoformat() if self.begin else None,
            "window": (
                [self.begin.isoformat(), self.until.isoformat()]
                if self.begin and self.until
                else None
            ),
            "zone": self.zone,
        }


@dataclass(frozen=True)
class PlaceClaim(Claim):
    """A place named; ``name`` is the resolved place's (``places`` holds its id)."""

    name: str | None = None

    def _own(self) -> dict:
        return {"value": self.name}


@dataclass(frozen=True)
class DirectionClaim(Claim):
    """A compass direction (a separation: "north of Y") or a heading ("headed east"): ``sector``
    is its compass point ("N", "NE", ...)."""

    sector: str | None = None

    def _own(self) -> dict:
        return {"value": self.sector}


#: The fields :meth:`Claim.made` takes by position; per claim type, the others' defaults.
_AT = ("id", "doc", "kind", "text", "start", "end")
_DEFAULTS: dict[type, dict[str, object]] = {}

#: The one claim type of each kind.
CLAIM_TYPES: dict[Kind, type[Claim]] = {
    Kind.DISTANCE: QuantityClaim,
    Kind.SPEED: QuantityClaim,
    Kind.DURATION: QuantityClaim,
    Kind.DIRECTION: DirectionClaim,
    Kind.HEADING: DirectionClaim,
    Kind.DATE: TimeClaim,
    Kind.TIME: TimeClaim,
    Kind.PLACE: PlaceClaim,
}


def new_claim(
    id: str, doc: str, kind: Kind | str, text: str, start: int, end: int, **fields
) -> Claim:
    """A claim of the type its kind calls for (an unknown kind is a ValueError).

    >>> type(new_claim("c1", "a", "speed", "5 km/h", 0, 6, value=5.0, unit="km/h")).__name__
    'QuantityClaim'
    """
    return CLAIM_TYPES[Kind(kind)](id, doc, kind, text, start, end, **fields)


def _finite(x):
    return None if isinstance(x, float) and not math.isfinite(x) else x


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
    via: tuple[int, ...] = ()  # places its sentence says are passed on the way, in order
    #: its figure is the trip's last part ("the final 214 km from Brandon"): the leg ends where
    #: the trip does, when its sentence names only its start
    last: bool = False
    #: it is the trip's first part, timed on its own ("The first sector ... took four hours and
    #: fifteen minutes"): the leg starts where the trip does
    first: bool = False
    #: a stage of a journey told in stages, its figure running to the place it names ("The
    #: second, roughly 700 km through the taiga to Lensk, took nine days"): it starts where the
    #: stage before it ended, or where the trip does
    stage: bool = False
    #: an end stands for an unplaced name the text puts near it ("from Les Baraques, near
    #: Calais"): (that name, the end's place id), approximate
    near: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class TripContext:
    """What a document says about its main journey: who, how, when, where from and to."""

    traveller: str | None
    mode: str | None
    date: dt.date | None
    origins: tuple[str, ...] = ()  # claim ids of places named as where the trip began
    destinations: tuple[str, ...] = ()  # claim ids of places named as where it goes
    places: tuple[int, ...] = ()
    submodes: tuple[str, ...] = ()  # vehicles its words name (georoute.base.modes.SUBMODES ids)


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
    #: per place id: the namesakes its resolution scored almost as high (towns, not regions)
    namesakes: dict[int, tuple[Place, ...]] = field(default_factory=dict)
