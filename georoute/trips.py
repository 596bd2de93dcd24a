"""Join documents into trips and open legs into their trip's endpoints.

Documents describe the same trip when they share the traveller (one's traveller is named in
the other), the mode (or one says none) and their datelines lie within three days (or one has
none); or when one names no traveller and both state the same mode, end points and dates.
Documents are compared only within blocks of these keys. Legs whose sentence names another
year are their own trips.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from georoute.base.claims import Claim, DocumentClaims, Leg, Relation
from georoute.base.coverage import fired
from georoute.base.documents import sentence_around
from georoute.base.places import Place
from georoute.base.rules import rule_row, words_pattern

__all__ = ["Trip", "TripLeg", "group_trips"]

MAX_DATELINE_GAP_DAYS = 3
_GAP = MAX_DATELINE_GAP_DAYS
#: Words that stand for a traveller a report does not name: a group ("the delegation",
#: "delegates", "the minister's party", "his entourage") or a role ("the minister", "the
#: Kazakh president"). A report that names its traveller only so joins another report of the
#: same mode, end points and dates; "the couple" or "the bus" do not.
PARTY_WORDS = (
    "delegation",
    "delegations",
    "delegates",
    "entourage",
    "motorcade",
    "minister",
    "president",
    "premier",
    "chancellor",
    "leader",
    "envoy",
    "monarch",
    "king",
    "queen",
    "pope",
)
_PARTY = re.compile(
    r"\b(?:(?:the|a|an|his|her|their|its|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}(?:"
    + "|".join(PARTY_WORDS)
    + r")|(?:[\w-]+['’]s|his|her|their)\s+party|delegates)\b",
    re.IGNORECASE,
)
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
    submodes: tuple[str, ...] = ()  # vehicles its documents name (georoute.base.modes.SUBMODES)
    via: tuple[int, ...] = ()  # places passed on the way, in order, when its own ends are named
    basis: str = ""  # how its inferred ends were found, when not from its trip's ends
    #: a distance of it names the whole journey by its noun ("the 290-km trip", "a voyage of
    #: 8,500 miles"): its inferred ends are the trip's own, not those of a part
    whole: bool = False


@dataclass(frozen=True)
class Trip:
    id: str
    docs: tuple[str, ...]
    origin: int | None
    destination: int | None
    legs: tuple[TripLeg, ...]


def _named_travellers(text: str, travellers: dict[str, list[str]]) -> frozenset[str]:
    """The travellers (keyed by their first word, accents dropped) that ``text`` names as
    whole words, accents aside.

    Exactly what ``re.search(rf"\\b{re.escape(name)}\\b", text)`` finds on the texts without
    their accents, in one pass over the text's words: a name's words are whole words of the
    text wherever the name matches, so only names whose first word the text holds are searched
    for.
    """
    found = set()
    text = _plain(text)  # (accents dropped: "Cholotío" in one report, "Cholotio" in another)
    words = set(_WORD.findall(text))
    for w in words:
        for name in travellers.get(w, ()):
            plain = _plain(name)
            if plain == w or any(
                re.search(
                    rf"\b{re.escape(form)}\b"
                    if form == plain
                    else rf"\b(?<!-){re.escape(form)}\b(?!-)",
                    text,
                )
                for form in _written_forms(plain)
                if form.startswith(w)
            ):
                found.add(name)
    return frozenset(found)


def _plain(text: str) -> str:
    """``text`` without its accents ("Cholotío" as "Cholotio"), for comparing names."""
    if text.isascii():
        return text
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def _written_forms(name: str) -> tuple[str, ...]:
    """How another report may write a traveller's name: as it is, or a double-barrelled
    surname by its last part ("Nobbs-Christian" as "Christian")."""
    last = name.rsplit("-", 1)[-1]
    return (name, last) if "-" in name and last[:1].isupper() and len(last) > 2 else (name,)


@dataclass(frozen=True)
class _Doc:
    """What grouping reads of one document."""

    doc: str
    traveller: str | None
    mode: str | None
    date: dt.date | None
    named: frozenset[str]  # the corpus's travellers this document's text names
    ends: tuple[int, int] | None  # its own firm origin and destination, both points
    party: bool  # its text stands for a traveller with a group or role word (PARTY_WORDS)
    vehicles: frozenset[str] = frozenset()  # the vehicles its words name (sub-modes)
    #: its legs' distances as written, (whole number, unit): what two reports of a trip that
    #: name no traveller share ("98 km" and "98 km", "430 km" beside "232 nautical miles")
    distances: frozenset[tuple[int, str]] = frozenset()


def _ends(d: DocumentClaims, places: dict[int, Place]) -> tuple[int, int] | None:
    """The document's own origin and firm destination when both are known points."""
    claims = {c.id: c for c in d.claims}
    origins = [claims[cid].places[0] for cid in d.trip.origins if claims[cid].places]
    firm = [
        claims[cid].places[0]
        for cid in d.trip.destinations
        if claims[cid].places and not claims[cid].speculative
    ]
    o, de = _most_specific(origins, places), _most_specific(firm, places, last=True)
    if o is None or de is None or o == de or places[o].is_region or places[de].is_region:
        return None
    # an airport or a station ends a trip at the town it serves: JFK and New York are one end
    o, de = places[o].serves or o, places[de].serves or de
    return None if o == de else (o, de)


def _close(a: dt.date | None, b: dt.date | None) -> bool:
    return not (a and b and abs((a - b).days) > MAX_DATELINE_GAP_DAYS)


def _same_trip(a: _Doc, b: _Doc) -> bool:
    """Whether two documents report one trip.

    Either one names a traveller whom the other's text names, with modes that do not
    differ and datelines within ``MAX_DATELINE_GAP_DAYS``; or one names no traveller ("the
    delegation", "the minister's party": a party word, see ``PARTY_WORDS``) and both state the
    same mode, the same two end points (however written: "Tbilisi" and "the Georgian capital"
    resolve to one place; an airport is the town it serves, ``Place.serves``) and datelines
    within the gap. One report naming the other's traveller is enough (a double-barrelled
    surname may be written by its last part, ``_written_forms``). Two named travellers neither
    of whom the other names are two trips. Two reports that name no traveller and no party are
    one trip when they state the same mode and end points, no different vehicles and one leg
    distance (or the length of the line they run) alike, and are filed at most ``SAME_ROUTE_DAYS`` apart.
    """
    if (a.traveller and a.traveller in b.named) or (b.traveller and b.traveller in a.named):
        # one report names the other's traveller (the other may name none it makes a subject)
        return not (a.mode and b.mode and a.mode != b.mode) and _close(a.date, b.date)
    if a.traveller and b.traveller:
        return False
    same_route = bool(
        a.ends and a.ends == b.ends and a.mode and a.mode == b.mode and a.date and b.date
    )
    if not (a.traveller or a.party or b.traveller or b.party):
        # two reports that name no traveller at all ("The ferry left Weihai at 18:30 ...") of
        # one mode between the same two points, filed at most ``SAME_ROUTE_DAYS`` apart, in
        # no different vehicles ("the couple drove" and "the bus" are two journeys) and giving
        # one distance alike (a leg's or the line's): one trip reported twice
        return (
            same_route
            and bool(a.distances & b.distances)
            and not (a.vehicles and b.vehicles and a.vehicles.isdisjoint(b.vehicles))
            and abs((a.date - b.date).days) <= SAME_ROUTE_DAYS
        )
    return (
        same_route
        and bool(a.traveller or a.party)
        and bool(b.traveller or b.party)
        and _close(a.date, b.date)
    )


#: How many days apart two reports that name no traveller may be filed and tell one trip.
SAME_ROUTE_DAYS = 1


#: A document is tried against at most this many candidate groups that refuse it, then starts
#: its own trip. Only a corpus of many undated reports of one traveller in conflicting modes
#: reaches it; a report kept apart is compared with fewer others, never judged falsely.
MAX_REFUSALS = 100


class _Sorted:
    """Group indexes in increasing order, each once (groups join buckets out of order)."""

    __slots__ = ("items", "seen")

    def __init__(self) -> None:
        self.items: list[int] = []
        self.seen: set[int] = set()

    def add(self, gi: int) -> None:
        if gi not in self.seen:
            self.seen.add(gi)
            if self.items and gi < self.items[-1]:
                bisect.insort(self.items, gi)
            else:
                self.items.append(gi)


class _Blocks:
    """Groups of documents indexed by blocking keys, so a document is compared with the groups
    it could join, never with the whole corpus: (traveller named, dateline day) and (mode, end
    points, dateline day).

    Two documents can share a trip only when one's traveller is named by the other (which
    may make no one its subject) or both
    state the same mode and end points, and their datelines lie within
    ``MAX_DATELINE_GAP_DAYS`` (or one has none, for named travellers): a document looks on the
    days around its dateline; an undated one under its names on any day. Each bucket holds a
    group once, so many reports of one trip make it no longer.
    """

    def __init__(self) -> None:
        # (name, day): the groups a member of which names it, or travels as it, that day
        self.named_by: dict[tuple[str, dt.date | str | None], _Sorted] = {}
        self.travelling: dict[tuple[str, dt.date | str | None], _Sorted] = {}
        self.routes: dict[tuple, _Sorted] = {}  # (mode, origin, destination, day)

    @staticmethod
    def _file(index: dict, key: tuple, gi: int) -> None:
        bucket = index.get(key)
        if bucket is None:
            bucket = index[key] = _Sorted()
        bucket.add(gi)

    def add(self, gi: int, d: _Doc) -> None:
        """File group ``gi`` under what its new document ``d`` offers."""
        day = d.date
        for name in d.named:
            for x in {day, _ANY}:  # _ANY: every day, where undated documents look
                self._file(self.named_by, (name, x), gi)
        if d.traveller:
            for x in {day, _ANY}:
                self._file(self.travelling, (d.traveller, x), gi)
        if d.ends and d.mode and day:
            self._file(self.routes, (d.mode, *d.ends, day), gi)

    def candidates(self, d: _Doc) -> Iterator[int]:
        """The groups holding a document that ``d`` could share a trip with, in the order the
        groups were made (lazily: the first that accepts ``d`` ends the search)."""
        day = d.date
        near = (
            (_ANY,)
            if day is None
            else (None, *(day + dt.timedelta(days=k) for k in range(-_GAP, _GAP + 1)))
        )
        lists: list[list[int]] = []
        for x in near:
            if d.traveller:
                lists.append(self._items(self.named_by, (d.traveller, x)))
            for name in d.named:
                lists.append(self._items(self.travelling, (name, x)))
        if d.ends and d.mode and day:
            for x in near[1:]:
                lists.append(self._items(self.routes, (d.mode, *d.ends, x)))
        last = -1
        for gi in heapq.merge(*(x for x in lists if x)):
            if gi != last:
                yield gi
                last = gi

    @staticmethod
    def _items(index: dict, key: tuple) -> list[int]:
        bucket = index.get(key)
        return bucket.items if bucket is not None else []


#: The key under which a group is filed for every day (what an undated document searches).
_ANY = "any day"


def _most_specific(
    ids: list[int], places: dict[int, Place], first: bool = False, last: bool = False
) -> int | None:
    """The most named place, cities before the countries that contain them; among places
    named as often, with ``first`` the one named first (``ids`` in text order: a trip starts
    where it is first said to leave), with ``last`` the one named last (it ends where it is
    last said to arrive: "reached A at 9.36 am and arrived in B at 11.22 am"), else the lowest
    id."""
    if not ids:
        return None
    counts = Counter(ids)
    order = {p: k for k, p in reversed(list(enumerate(ids)))}
    latest = {p: -k for k, p in enumerate(ids)}
    ranked = sorted(
        counts,
        key=lambda i: (
            places[i].is_region,
            -counts[i],
            order[i] if first else latest[i] if last else i,
        ),
    )
    return ranked[0]


def _offer(v: _Doc) -> tuple:
    """What ``_same_trip`` reads of a document: everything but its id."""
    return (v.traveller, v.mode, v.date, v.named, v.ends, v.party, v.vehicles, v.distances)


def _new_group(groups: list, members: list, d: DocumentClaims, v: _Doc) -> int:
    groups.append([d])
    members.append({_offer(v): v})
    return len(groups) - 1


def group_trips(
    docs: list[DocumentClaims], texts: dict[str, str], places: dict[int, Place]
) -> list[Trip]:
    """Group documents into trips and give open legs their trip's endpoints."""
    ordered = sorted(docs, key=lambda x: x.doc)
    by_first: dict[str, list[str]] = {}
    for name in sorted({d.trip.traveller for d in ordered if d.trip.traveller}):
        for form in _written_forms(_plain(name)):
            words = _WORD.findall(form)
            if words:
                by_first.setdefault(words[0], []).append(name)
    views = [
        _Doc(
            d.doc,
            d.trip.traveller,
            d.trip.mode,
            d.trip.date,
            _named_travellers(texts[d.doc], by_first),
            _ends(d, places),
            bool(_PARTY.search(texts[d.doc])),
            frozenset(d.trip.submodes),
            frozenset(
                (round(float(c.value)), c.unit)
                for c in d.claims
                # (or the length of the line or road it runs: "the 248 km Transandine")
                if c.kind == "distance" and c.relation in (Relation.LEG, Relation.FEATURE)
            ),
        )
        for d in ordered
    ]
    groups: list[list[DocumentClaims]] = []
    # what each group's documents offer, once per distinct offer: whether a document joins a
    # group depends only on these, so many reports alike cost one comparison
    members: list[dict[tuple, _Doc]] = []
    blocks = _Blocks()
    for d, v in zip(ordered, views, strict=True):
        # the first group (in the order they were made) whose every document shares the trip
        for refused, gi in enumerate(blocks.candidates(v), start=1):
            if all(_same_trip(v, o) for o in members[gi].values()):
                groups[gi].append(d)
                members[gi].setdefault(_offer(v), v)
                break
            if refused >= MAX_REFUSALS:
                gi = _new_group(groups, members, d, v)
                break
        else:
            gi = _new_group(groups, members, d, v)
        blocks.add(gi, v)
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
        origin = _most_specific(origins, places, first=True)
        # a place the words make both ends ("service between Mexico City and Guadalajara ...
        # left Mexico City") is the origin: the destination is the other one, if any
        destination = _most_specific([p for p in firm if p != origin] or firm, places, last=True)
        if (
            origin is not None
            and destination is not None
            and places[destination].contains(places[origin])
        ):
            destination = None
        if destination is None and origin is not None:
            # no verb names the end, but a leg from the trip's origin does ("completing the
            # 87-kilometre run from Durban to Pietermaritzburg")
            named = [
                lg.destination
                for d in g
                for lg in d.legs
                if lg.origin == origin
                and lg.destination is not None
                and lg.destination != origin
                and not places[lg.destination].contains(places[origin])
            ]
            destination = _most_specific(named, places, first=True)
        fill_o, fill_d = _straight_line_end(g, claims, texts, origin, destination, places)
        if origin is None and fill_o is None:
            # no verb names either end, but one leg does, from one point to another ("finished
            # a six-day run from Quito to the Pacific port of Guayaquil"): the ends its legs
            # without their own take (the trip's times are not set on them: those times may be
            # of a stop on the way)
            pairs = {
                (lg.origin, lg.destination)
                for d in g
                for lg in d.legs
                if lg.origin is not None
                and lg.destination is not None
                and lg.origin != lg.destination
                and destination in (None, lg.destination)
                and not places[lg.origin].is_region
                and not places[lg.destination].is_region
            }
            if len(pairs) == 1:
                fill_o, fill_d = next(iter(pairs))
        open_o, open_d, open_basis = fill_o, fill_d, ""
        if fill_o is None and fill_d is None:
            # no verb and no leg names either end, but the article sets one straight line
            # against the route ("The box travelled some 270 miles ... Philadelphia lies about
            # 330 km north-east of Richmond in a straight line"): its two places end the
            # trip's open legs, inferred (a leg with an end of its own reads its other end
            # from that line itself, ``_other_end``)
            open_o, open_d = _straight_line_pair(g, texts, places)
            if open_o is not None and open_d is not None:
                open_basis = (
                    f"{places[open_o].name} and {places[open_d].name} taken as the ends: the "
                    "article sets its straight line between them against the route"
                )
        legs: list[TripLeg] = []
        extra: list[Trip] = []
        for d in g:
            stage_end: int | None = None  # where the document's last stage (or leg) ended
            for lg in d.legs:
                other_year = bool(lg.year and d.trip.date and lg.year != d.trip.date.year)
                if lg.open and (lg.id.endswith(":trip") or not other_year):
                    # the trip's open leg, and a leg of another mode over the trip's own route
                    # ("By car the trip takes about five hours"): the trip's ends, inferred
                    whole = (
                        not open_basis
                        and (open_o, open_d) == (origin, destination)
                        and _names_the_whole(texts[d.doc], [claims[c] for c in lg.claims])
                    )
                    legs.append(
                        TripLeg(
                            lg.id,
                            open_o,
                            open_d,
                            lg.mode,
                            (d.doc,),
                            lg.claims,
                            trip_id,
                            True,
                            d.trip.submodes,
                            basis=open_basis,
                            whole=whole,
                        )
                    )
                elif other_year:
                    tid = f"{trip_id}.{len(extra) + 1}"
                    tl = TripLeg(
                        lg.id,
                        lg.origin,
                        lg.destination,
                        lg.mode,
                        (d.doc,),
                        lg.claims,
                        tid,
                        submodes=d.trip.submodes,
                        via=lg.via,
                    )
                    extra.append(Trip(tid, (d.doc,), lg.origin, lg.destination, (tl,)))
                else:
                    o, de, filled, basis = _own_ends(
                        d, claims, texts, lg, (fill_o, fill_d), stage_end, places
                    )
                    legs.append(
                        TripLeg(
                            lg.id,
                            o,
                            de,
                            lg.mode,
                            (d.doc,),
                            lg.claims,
                            trip_id,
                            filled,
                            d.trip.submodes,
                            () if filled else lg.via,
                            basis,
                        )
                    )
                    if lg.destination is not None and (lg.stage or lg.destination != fill_d):
                        stage_end = lg.destination
        trips.append(Trip(trip_id, tuple(d.doc for d in g), origin, destination, tuple(legs)))
        trips.extend(extra)
    return trips


#: The nouns of a whole journey, and what after one makes it a part or another trip's ("the
#: 45 km stretch", "a trek of about 950 km to Timbuktu", "the 200-km drive of the last day").
_JOURNEY = r"(?:trip|journey|voyage|drive|crossing|flight|passage|ride|run|trek|route)"
_NOT_WHOLE_AFTER = (
    r"(?!\s+(?:to|from|between|across|along|over|through|of|up|down|around|into|via|on|in|"
    r"back|home|out|each|every|per|a|an)\b)"
)
#: "the 290-km trip", "the 700-mile (1,127-km) drive", "a 380 km drive of about seven hours".
_JOURNEY_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?" + _JOURNEY + r"\b" + _NOT_WHOLE_AFTER)
_ARTICLE_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?:(?:about|some|roughly|around|nearly|almost|just|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
#: "a voyage of 8,500 miles", "after a flight of some 60 kilometres" (a trip told, not the
#: route described: "The flight of 4,000 km" may be any day's).
_JOURNEY_OF = re.compile(
    r"\b(?:a|an)\s+" + _JOURNEY + r"\s+of\s+"
    r"(?:(?:about|some|roughly|around|nearly|almost|just|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_HABITUAL = re.compile(r"\b(?:normally|usually|typically|generally|regularly|often)\b", re.I)
_OWN_END_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?" + _NOT_WHOLE_AFTER)


def _names_the_whole(text: str, claims: list[Claim]) -> bool:
    """Whether a distance among ``claims`` names the whole journey by its noun (``_JOURNEY``):
    "the 290-km trip", "a voyage of 8,500 miles"; not a stretch, nor a journey the words give
    an end or a course of its own ("a trek of about 950 km to Timbuktu")."""
    for c in claims:
        if c.kind != "distance":
            continue
        before = text[max(0, c.start - 40) : c.start]
        a, z = sentence_around(text, c.start, c.end)
        if _HABITUAL.search(text, a, z):
            continue  # "The flight of some 4,000 km normally takes": the usual trip's
        if (_ARTICLE_BEFORE.search(before) and _JOURNEY_AFTER.match(text, c.end)) or (
            _JOURNEY_OF.search(before) and _OWN_END_AFTER.match(text, c.end)
        ):
            fired("legs:whole_journey_figure")
            return True
    return False


def _own_ends(
    d: DocumentClaims,
    claims: dict[str, Claim],
    texts: dict[str, str],
    lg: Leg,
    fill: tuple[int | None, int | None],
    stage_end: int | None,
    places: dict[int, Place],
) -> tuple[int | None, int | None, bool, str]:
    """The ends of a leg of the trip's own year that is not its open leg, given the ends its
    trip's open legs take (``fill``) and where the document's last stage ended: (origin,
    destination, whether an end was inferred, how the inferred ends were found)."""
    fill_o, fill_d = fill
    if lg.stage and lg.origin is None and (stage_end or fill_o) not in (None, lg.destination):
        # a journey told in stages: this one starts where the one before ended
        start = stage_end if stage_end is not None else fill_o
        fired("trips:stage_from_stage_before")
        basis = f"{places[start].name} taken as the start: where " + (
            "the stage before it ended" if stage_end else "the trip starts"
        )
        return start, lg.destination, True, basis
    o, de, filled = _fill_one_end(lg.origin, lg.destination, fill_o, fill_d, lg.last)
    if lg.first and o is None and de is None and fill_o is not None:
        o, filled = fill_o, True  # the trip's first part starts where it does
    o, de, narrowed = _narrow_ends(o, de, fill_o, fill_d, places)
    filled = filled or narrowed
    basis = ""
    if (o is None) != (de is None):
        o, de, basis = _other_end(d, claims, texts, lg, o, de, places)
        filled = filled or bool(basis)
    if lg.near and not basis and (o, de) == (lg.origin, lg.destination):
        # "from Les Baraques, near Calais": the end is where the text puts the name it could
        # not place, approximately
        fired("trips:end_near_unplaced")
        filled = True
        basis = "; ".join(
            f"{places[p].name} taken for {name}, which the text puts near it" for name, p in lg.near
        )
    return o, de, filled, basis


def _other_end(
    d: DocumentClaims,
    claims: dict[str, Claim],
    texts: dict[str, str],
    lg: Leg,
    o: int | None,
    de: int | None,
    places: dict[int, Place],
) -> tuple[int | None, int | None, str]:
    """A leg of one end of its own that is not the trip's takes its other end, inferred, from
    its document's straight line from the known end ("covered the 110-km stage from Brest ...
    Quimper lies about 50 km south-east of Brest as the crow flies"), else from the one service
    pair that names the known end ("extra trains between Casablanca and Fes ... left
    Casa-Voyageurs station at 9.15 am and arrived in Fes"): (origin, destination, how the end
    was found, or "" when neither names it)."""
    readings = (
        (
            "trips:leg_straight_line_end",
            lambda: _straight_line_end([d], claims, texts, o, de, places),
            "the article sets its straight line from {known} against the route",
        ),
        (
            "trips:leg_between_end",
            lambda: _between_end(d, texts[d.doc], lg, o, de, places),
            "the article names the service between it and {known}",
        ),
    )
    for rule, read, why in readings:
        o2, d2 = read()
        if (o2, d2) != (o, de):
            fired(rule)
            known, other = (o, d2) if o is not None else (de, o2)
            basis = f"{places[other].name} taken as the other end: " + why.format(
                known=places[known].name
            )
            return o2, d2, basis
    return o, de, ""


#: Right after a separation's figure, up to the place it is measured from: "(1,200 miles)
#: almost due south of ".
_SEPARATION_OF = (
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:almost\s+|nearly\s+|roughly\s+|due\s+|almost\s+due\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:of|from)\s+"
)
#: Right after a separation: words that set its straight line against the route travelled.
_STRAIGHT_LINE_AFTER = re.compile(
    _SEPARATION_OF
    + r"(?:[\w'’.-]+\s+){1,4}?(?:"
    + words_pattern(rule_row("endpoints", "straight_line_end")["words"])
    + r")\b",
    re.IGNORECASE,
)


#: Right after a separation: a comma and a contrast ("lies about 30 km north-west of Foligno,
#: but the course ran ...").
_CONTRAST_AFTER = re.compile(
    _SEPARATION_OF
    + r"(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+,\s+(?:"
    + words_pattern(rule_row("endpoints", "straight_line_contrast")["words"])
    + r")\b",
    re.IGNORECASE,
)


def _straight_line_end(
    g: list[DocumentClaims],
    claims: dict[str, Claim],
    texts: dict[str, str],
    origin: int | None,
    destination: int | None,
    places: dict[int, Place],
) -> tuple[int | None, int | None]:
    """The trip's ends for its legs, the missing one taken from a separation that sets the
    straight line from the known end against the route ("left Jaisalmer ... covered roughly
    3,500 km ... Kochi lies nearly 2,000 km south of Jaisalmer as the crow flies, but ..."):
    the place it separates from the known end is the other end, when exactly one is so named
    (the legs that take it are inferred, so never called short); so does a contrast right
    after it ("Papeete lies about 4,200 km due south of Hilo, but a canoe must first ...")."""
    if (origin is None) == (destination is None):
        return origin, destination
    known = origin if origin is not None else destination
    found = set()
    for ref, sub in _lines_set_against_route(g, texts):
        other = sub if ref == known else ref if sub == known else None
        if other is None or other == known or places[other].is_region:
            continue
        if places[other].contains(places[known]) or places[known].contains(places[other]):
            continue
        found.add(other)
    return _with_the_one(found, origin, destination)


def _lines_set_against_route(
    g: list[DocumentClaims], texts: dict[str, str]
) -> Iterator[tuple[int, int]]:
    """The two places (reference, subject) of every separation the group's articles set as a
    straight line against the route ("... as the crow flies", "..., but the course ran")."""
    for d in g:
        text = texts[d.doc]
        for c in d.claims:
            if c.relation != Relation.SEPARATION or len(c.places) != 2 or None in c.places:
                continue
            if _STRAIGHT_LINE_AFTER.match(text, c.end) or _CONTRAST_AFTER.match(text, c.end):
                yield c.places[0], c.places[1]


def _straight_line_pair(
    g: list[DocumentClaims], texts: dict[str, str], places: dict[int, Place]
) -> tuple[int | None, int | None]:
    """A trip whose ends no words name takes the two places of the one separation its
    articles set as a straight line against the route (:func:`_straight_line_end`'s words): the
    place measured from as its origin, the other as its destination; (None, None) when they
    set none or several."""
    found = set()
    for ref, sub in _lines_set_against_route(g, texts):
        a, b = places[ref], places[sub]
        if ref == sub or a.is_region or b.is_region or a.contains(b) or b.contains(a):
            continue
        found.add((ref, sub))
    if len({frozenset(p) for p in found}) != 1:
        return None, None
    fired("trips:straight_line_pair")
    return min(found)


#: An unplaced name of a station or a port ("Casa-Voyageurs station"): a facility of a town,
#: which the service's pair of towns may name.
_FACILITY_END = re.compile(
    r"[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+(?:station|terminal|terminus|airport|port|pier|wharf|"
    r"quay|depot)\b",
    re.IGNORECASE,
)
#: "between A and B": the pair of places a service, a route or a line runs between.
#: Only a service's pair: "extra trains between", "ferry services between", "flights between"
#: (not "the sections between Mwanza and Isaka" a line is built in).
_BETWEEN = re.compile(
    r"\b(?:trains?|services?|flights?|ferr(?:y|ies)|bus(?:es)?|coach(?:es)?|sailings?|"
    r"shuttles?|journeys?|trips?|runs?)\b(?:\s+[\w'’-]+){0,2}?\s+between\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BETWEEN_AND = re.compile(r"\s+and\s+(?:the\s+)?$", re.IGNORECASE)


def _between_end(
    d: DocumentClaims,
    text: str,
    lg: Leg,
    origin: int | None,
    destination: int | None,
    places: dict[int, Place],
) -> tuple[int | None, int | None]:
    """A leg's missing end taken from the one pair of towns its document names "between A and
    B" with the leg's known end ("added trains between Casablanca and Fes ... arrived in Fes"):
    the other town of that pair, when exactly one such pair names one (regions are not
    ends: "the border between France and Spain"), and the leg's own sentences name no place
    the gazetteer could not place but a station or a port (another may be its end: "from the
    Kelebija border crossing to Budapest")."""
    if (origin is None) == (destination is None):
        return origin, destination
    own = [c for c in d.claims if c.id in set(lg.claims)]
    for c in own:
        a, z = sentence_around(text, c.start, c.end)
        if any(
            a <= u.start < z and not _FACILITY_END.match(text[u.start : u.end + 12])
            for u in d.unplaced
        ):
            return origin, destination
    known = origin if origin is not None else destination
    named = [c for c in d.claims if c.kind == "place" and len(c.places) == 1]
    found = set()
    for a, b in pairwise(named):
        if not (
            _BETWEEN.search(text, max(0, a.start - 60), a.start)
            and _BETWEEN_AND.fullmatch(text, a.end, b.start)
        ):
            continue
        pa, pb = a.places[0], b.places[0]
        if pa not in places or pb not in places or places[pa].is_region or places[pb].is_region:
            continue
        if pa == known and pb != known:
            found.add(pb)
        elif pb == known and pa != known:
            found.add(pa)
    return _with_the_one(found, origin, destination)


def _with_the_one(
    found: set[int], origin: int | None, destination: int | None
) -> tuple[int | None, int | None]:
    """The leg's ends with its missing one filled by the one place ``found``, if exactly one."""
    if len(found) != 1:
        return origin, destination
    other = next(iter(found))
    return (origin, other) if origin is not None else (other, destination)


def _fill_one_end(
    o: int | None, d: int | None, trip_o: int | None, trip_d: int | None, last: bool = False
) -> tuple[int | None, int | None, bool]:
    """A leg that names one end of its trip ("arriving in Kandy ... the 120-kilometre route"),
    or names its start and is the trip's last part (``last``: "the final 214 km from Brandon"),
    takes the trip's other end, marked inferred: (origin, destination, inferred).

    >>> _fill_one_end(None, 2, 1, 2), _fill_one_end(None, 3, 1, 2), _fill_one_end(1, 2, 1, 2)
    ((1, 2, True), (None, 3, False), (1, 2, False))
    >>> _fill_one_end(3, None, 1, 2), _fill_one_end(3, None, 1, 2, last=True)
    ((3, None, False), (3, 2, True))
    """
    if o is None and d is not None and d == trip_d and trip_o is not None and trip_o != d:
        return trip_o, d, True
    if d is None and o is not None and (o == trip_o or last) and trip_d is not None and trip_d != o:
        return o, trip_d, True
    return o, d, False


def _narrow_ends(
    o: int | None, d: int | None, trip_o: int | None, trip_d: int | None, places: dict
) -> tuple[int | None, int | None, bool]:
    """A leg end that is a country or region holding the trip's own end on that side gives
    way to it ("between Kazakhstan's largest city and the Kyrgyz capital", the trip leaving
    Almaty): (origin, destination, whether an end was replaced)."""

    def narrow(end: int | None, trip_end: int | None) -> int | None:
        if end is None or trip_end is None or end == trip_end:
            return end
        pe, pt = places.get(end), places.get(trip_end)
        if pe is None or pt is None or not pe.is_region or pt.is_region or not pe.contains(pt):
            return end
        return trip_end

    no, nd = narrow(o, trip_o), narrow(d, trip_d)
    if no is not None and no == nd:
        return o, d, False
    return no, nd, (no, nd) != (o, d)


def legs_match(a: TripLeg, b: TripLeg, places: dict[int, Place]) -> bool:
    """Same endpoints, or one unknown, or one containing the other ("Russia" contains Vladivostok)."""

    def end_ok(x: int | None, y: int | None) -> bool:
        if x is None or y is None or x == y:
            return True
        return places[x].contains(places[y]) or places[y].contains(places[x])

    return a.trip == b.trip and end_ok(a.origin, b.origin) and end_ok(a.destination, b.destination)


__all__ += ["Leg", "legs_match"]
