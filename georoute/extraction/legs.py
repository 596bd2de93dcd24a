"""Legs: which leg each travel figure belongs to (``legs_of``, a stage of
``georoute.extraction.extract``): the leg its sentence names by its ends, the leg of the
sentence before carried on, or the trip's open leg; a figure of another mode, a return, an
onward connection or the whole journey takes a leg of its own.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from georoute.base.claims import Kind, Leg, PlaceClaim, QuantityClaim, Relation
from georoute.base.coverage import fired
from georoute.extraction.endpoints import (
    WHOLE_TRIP,
    arrived_at,
    last_part,
    leg_endpoints,
    near_unplaced,
    waypoints,
)
from georoute.geo.mentions import Mention
from georoute.geo.readings import facility_name_only, names_landmark
from georoute.geo.resolution import Resolution
from georoute.text.document import MODE_WORDS
from georoute.text.qualifiers import NOT_TRAVEL

if TYPE_CHECKING:
    from georoute.extraction.extract import _Read

__all__ = ["legs_of", "road_as_way"]


@dataclass(frozen=True)
class _LegOf:
    """What the leg stage says of one quantity: its leg and the endpoints its sentence names."""

    leg: str | None
    places: tuple[int | None, ...]


def _dateline_year(r: _Read) -> int | None:
    return r.document.date.year if r.document.date else None


def legs_of(
    r: _Read,
    quantities: list[QuantityClaim],
    places: list[PlaceClaim] = (),
    trip_years: frozenset[int] = frozenset(),
) -> tuple[dict[int, _LegOf], list[Leg]]:
    """The leg of every travel quantity (by index): named by its sentence, carried on from the
    sentence before, a leg of another year or of another mode, or the trip's open leg; and the
    legs, with the waypoints their sentences name, without their claims yet.

    A figure's ends are those of its own clause; a name that is only part of a landmark's or a
    facility's is no end. A sentence that names one end by its pattern ("arrived in B") and
    the other only by the verb before it ("pulled out of A ... and arrived in B") gives the leg
    both ends; an end the sentence leaves out may come from the story: its one other end for
    the whole journey, its origin for a first leg, the last leg's end for "on to", home for a
    trip back; a stretch measured "after a crossing of" ends at the stop it reached. A figure
    dated in one of ``trip_years`` other than the dateline's (a story of a past trip,
    ``extract.story_years``) belongs to the story's trip, not to one of another year."""
    text, ad, doc = r.text, r.ad, r.doc
    roles = {
        c.start: c.relation
        for c in places
        if c.relation in (Relation.ORIGIN, Relation.DESTINATION) and not c.speculative
    }
    legs: list[Leg] = []
    of: dict[int, _LegOf] = {}
    leg_by_claim: dict[str, str | None] = {}
    open_leg = False
    legs_by_ends: dict[tuple[int | None, int | None, int | None], str] = {}  # ends, year
    # (end of the sentence that named a leg, that leg, its origin, its destination)
    last_named: tuple[int, Leg, Mention | None, Mention | None] | None = None
    whole: dict[int, bool] = {}  # per sentence start: a figure in it is the whole journey's
    prev: tuple[int, str] | None = None  # the end of the last travel figure's sentence, its leg
    back_of: dict[int, str] = {}  # per sentence start: the leg its "In that time" points back to
    other_mode: dict[int, str] = {}  # per sentence start: its leg of another mode
    unknown_legs: dict[int, str] = {}  # per sentence start: its leg between unknown places
    stage_to: tuple[int, Mention] | None = None  # the last stage figure's sentence and its end
    for i, c in enumerate(quantities):
        if c.relation == Relation.SEPARATION or c.relation in NOT_TRAVEL:
            continue
        a, z = ad.sentence_of(c.start)
        # a past trip the story tells is the story's own trip (its year stands for the dateline's)
        cy = None if c.year in trip_years and c.year != _dateline_year(r) else c.year
        # (a region that names a landmark, "the Brandenburg Gate", is no end)
        ments = [
            m
            for m in ad.mentions_between(a, z)
            if not names_landmark(text, m) and not facility_name_only(text, m, ad.mentions)
        ]
        origin, dest = leg_endpoints(text, a, z, ments)
        if origin is not None and dest is not None and dest.end <= c.start:
            origin, dest, ments = _past_relative_clause(text, a, z, c.start, ments, origin, dest)
        if origin is not None and dest is not None and dest.end <= c.start:
            # "the service between A and B covers 15,300 km, while Qantas flies 14,498 km
            # nonstop between C and D": the figure's clause names its own ends after it
            cut = _CONTRAST.search(text, dest.end, c.start)
            if cut is not None:
                mine = [m for m in ments if m.start >= cut.end()]
                o2, d2 = leg_endpoints(text, cut.end(), z, mine)
                if o2 is not None and d2 is not None and o2.place != d2.place:
                    fired("legs:own_clause_after_contrast")
                    origin, dest, ments = o2, d2, mine
        if origin is not None and origin.start > c.end:
            cut = _NEXT_CLAUSE.search(text, c.end, origin.start)
            if cut is not None:
                # "covers the 621 km to Barcelona in 2 hours 30 minutes, and from Barcelona
                # passengers can continue to Paris": the figure's clause, not the next one
                ments = [m for m in ments if m.end <= cut.start()]
                origin, dest = leg_endpoints(text, a, cut.start(), ments)
        if origin is not None and dest is None and _AFTER_JOURNEY.search(text, a, c.start):
            # "left A at 8 am and called at B at 10.15 am after a crossing of 60 nautical
            # miles": the crossing ends where it called, a stop of the trip but that one's end
            stops = [m for m in waypoints(text, a, ments) if origin.end <= m.start < c.start]
            dest = stops[-1] if stops else None
        if origin is not None and _SINCE_LEAVING.match(text, c.end):
            # "left A at 3 pm, called at B ..., and reached C at 5.45 pm, two hours and 45
            # minutes after leaving": the time from the start to the arrival it follows
            reached = [
                m for m in ments if origin.end <= m.start < c.start and arrived_at(text, a, m)
            ]
            if reached and reached[-1].place != origin.place:
                dest = reached[-1]
        staged = (
            _stage_end(text, c.start, c.end, (a, z), ments)
            if c.kind == "distance" and not c.same_as
            else None
        )
        if staged is None and stage_to is not None and stage_to[0] == a and c.kind != "distance":
            staged = stage_to[1]  # "..., took nine days": the time of the stage written before
        if c.kind == "distance" and not c.same_as:
            # (a figure of its own ends the stage's: "and the whole journey of some 600 km in
            # just under four hours")
            stage_to = (a, staged) if staged is not None else None
        lacks_end = origin if origin is not None and _to_unplaced(r, origin, dest) else None
        if lacks_end:
            # "We drove from St. John's to Argentia in an hour and a half, and tomorrow we'll be
            # in Halifax": the figure's end is the name the index lacks, not a place after it
            fired("legs:destination_unplaced")
            dest = None
        own = _OWN_NAMED_END.match(text, c.end) if dest is not None and not c.same_as else None
        if own is not None and not any(
            m.place == dest.place
            and (
                m.start == own.start("name")
                if own["name"]
                else own.end() <= m.start <= own.end() + _OWN_END_GAP
            )
            for m in ments
        ):
            # "runs for about 75 km from Porto Covo to Odeceixe in four stages: 20 km to Vila
            # Nova de Milfontes, 15 km to Almograve": a figure that names the place it runs
            # to measures the way there, not the sentence's journey (its start: unknown)
            fired("legs:figure_names_its_end")
            origin = None
            dest = next((m for m in ments if m.start == own.start("name")), None)
            ments = [dest] if dest is not None else []
        if (origin is None) != (dest is None):
            origin, dest = _other_end(ments, roles, origin, dest)
        elif origin is None:
            # "pulled out of A at 6 a.m. and arrived at Shin-B ..., covering 515 km"
            o, _ = _other_end(ments, roles, None, _NOWHERE)
            _, d = _other_end(ments, roles, _NOWHERE, None)
            if o is not None and d is not None and o.place != d.place:
                origin, dest = o, d
            elif (o is None) != (d is None) and _names_whole_journey(r, quantities, a, z, whole):
                origin, dest = o, d  # "set off from A ... and completed the 800-km ride"
        if origin is None and dest is None:
            origin, dest = _first_leg(r, a, z, ments, roles)
        if origin is None and dest is None:
            dest = _leg_to_elsewhere(r, a, z, ments, roles)
        if (origin is None) != (dest is None) and _names_whole_journey(r, quantities, a, z, whole):
            # one end named, the figure the whole journey's: the story's one other end
            origin, dest = _story_end(r, a, z, roles, origin, dest)
        if origin is None and dest is None and (on := _ON_TO.search(text, a, z)) is not None:
            # "Fidan flew on to Cairo, ... covering about 2,100 km": from where the last leg
            # ended
            origin, dest = _onward(r, roles, on, a)
        if (
            origin is None
            and dest is not None
            and _HOMEWARD.search(text, a, dest.start) is not None
            and _AHEAD.search(text, a, z) is None
        ):
            # "He flew home the same evening, completing the 1,700-km return leg to Ankara": a
            # trip back starts where the story's last leg ended
            origin = _last_destination(r, roles, a, dest)
            if origin is not None:
                fired("legs:homeward_from_last_destination")
        if origin is not None and dest is None and _BACK_FROM.search(text, a, origin.start):
            # "flew back from the Jordanian capital, a trip of ...": home, where the trip began
            dest = _home(r, roles, origin, a)
        # "The first phase, 1,219 km to the lakeside city of Mwanza": a figure no end claims,
        # alone in its sentence, measures the way to the place named right after it, neither
        # the story's trip nor the leg before ("covered the 344 km to B in two hours" keeps
        # its time)
        if lacks_end:
            origin, dest = lacks_end, None
        if staged is not None and (dest is None or dest.place != staged.place):
            # "The first stage, about 280 km to Kirensk, took him four days. The second,
            # roughly 700 km through the taiga to Lensk, ...": each figure runs to the place it
            # names, from where the stage before it ended (``trips``), not between the ends
            # the sentence or the story gives
            fired("legs:stage_to_its_end")
            origin, dest, ments = None, staged, [staged]
        else:
            staged = None
        runs_to = (
            None
            if origin or dest or c.same_as or _shares_sentence(quantities, c, a, z)
            else _figure_to(text, c.end, ments)
        )
        follows = (
            last_named is not None
            and not (origin or dest)
            and (
                runs_to is None
                or (last_named[3] is not None and runs_to.place == last_named[3].place)
            )
            and _nothing_between(r, quantities, last_named[0], a, z)
            and _same_mode(ad.mode_of_sentence(c.start), last_named[1].mode, text[a:z])
            and (
                cy == last_named[1].year  # "In 1990 it took six hours. Today..."
                or (
                    cy is None
                    and r.document.date is not None
                    and last_named[1].year == r.document.date.year
                )
            )
            and not WHOLE_TRIP.search(text[a:z])
            and not _OWN_TRIP.search(text, a, z)
            # (not the trip's last stretch across a paragraph: "From Cape Farewell the last
            # stretch ran north-west for about 160 km.\n\nThe three men took about six weeks")
            and not (last_named[1].last and "\n" in text[last_named[0] : a])
        )
        unknown = (
            follows
            and not (origin or dest or c.same_as)
            and (u := _UNKNOWN_ENDS.search(text, a, z)) is not None
            and not ad.mentions_between(u.start(), u.end())
        )
        if unknown:
            # "His longest day, 38 km from Salmon Gums to Grass Patch, took him eight hours":
            # a stretch between two places the index lacks, a leg of its own, not the one
            # the sentence before named
            fired("legs:unknown_ends")
            follows = False
        ranked = (
            None
            if origin or dest or c.same_as or follows or unknown or runs_to
            else _PART_OF_JOURNEY.search(text, a, z)
        )
        part = ranked is not None and _own_pair(quantities, a, z)
        first_part = part and ranked["rank"].casefold() in ("first", "1st", "opening")
        if part:
            # "The 82.5 km long stage took him 17 hours and 40 minutes": a part of the journey
            # timed on its own, a leg of its own (its ends unknown), whose figures are set
            # against each other and never against the whole trip's
            fired("legs:part_of_journey")
        refined = (
            last_named is not None
            and origin is None
            and dest is not None
            and not c.same_as
            and last_named[2] is not None
            and last_named[3] is not None
            and _inside_region(dest, last_named[3])
            and _BLANK.fullmatch(text[last_named[0] : a]) is not None
            and _same_mode(ad.mode_of_sentence(c.start), last_named[1].mode, text[a:z])
            and (
                cy == last_named[1].year
                or (
                    cy is None
                    and r.document.date is not None
                    and last_named[1].year == r.document.date.year
                )
            )
        )
        if refined:
            # "bound for Western Australia on a course of some 4,750 nautical miles. The
            # leading boat crossed the finish line off Fremantle after 24 days": the leg named
            # before ends at the town of the region it was bound for
            fired("legs:destination_refined")
            old = last_named[1]
            new_leg = dataclasses.replace(old, destination=dest.place.id)
            legs[legs.index(old)] = new_leg
            legs_by_ends[(old.origin, dest.place.id, old.year)] = old.id
            for k, lg in of.items():
                if lg.leg == old.id:
                    of[k] = _LegOf(old.id, (old.origin, dest.place.id))
            last_named = (last_named[0], new_leg, last_named[2], dest)
            follows = True
            origin = last_named[2]
        if follows:
            # "...took the train from Berlin to Warsaw. The train averaged 105 km/h.": the
            # sentence right after a named leg, naming no places, goes on about that leg
            _, _, origin, dest = last_named
        ends = (origin.place.id if origin else None, dest.place.id if dest else None)
        if runs_to is not None and not follows:
            dest = runs_to
            ends = (None, dest.place.id)
        back = (
            (back_of.get(a) or (prev[1] if _BLANK.fullmatch(text, prev[0], a) else None))
            if prev is not None
            and not (origin or dest or c.same_as or follows)
            and _IN_THAT_TIME.match(text, a)
            else None
        )
        if back is not None:
            back_of[a] = back
            # "... after 71 days, 14 hours and 18 minutes. In that time she sailed 27,354
            # nautical miles": the time the sentence before gave, the same leg
            fired("legs:in_that_time")
        if c.same_as:
            leg_id = leg_by_claim.get(c.same_as)
        elif back is not None:
            leg_id = back
        elif follows:
            leg_id = last_named[1].id
        elif origin or dest:
            leg_id = legs_by_ends.get((*ends, cy))
            if leg_id is None:
                leg_id = f"{doc}:L{len(legs) + 1}"
                legs_by_ends[(*ends, cy)] = leg_id
                via = tuple(
                    m.place.id
                    for m in waypoints(text, a, ments)
                    if origin and dest and m.place.id not in ends
                )
                # "the final 214 km from Brandon": a start alone, the trip's last part
                last = dest is None and origin is not None and last_part(text, a, c.start)
                if last:
                    fired("legs:last_part_to_trip_end")
                near = tuple(
                    (text[slice(*span)], m.place.id)
                    for m in (origin, dest)
                    if m is not None and (span := near_unplaced(text, a, m, ments)) is not None
                )
                legs.append(
                    Leg(
                        leg_id,
                        doc,
                        *ends,
                        c.mode,
                        (),
                        False,
                        cy,
                        via,
                        last,
                        stage=bool(staged),
                        near=near,
                    )
                )
        elif unknown or part:
            leg_id = unknown_legs.get(a)
            if leg_id is None:
                leg_id = unknown_legs[a] = f"{doc}:L{len(legs) + 1}"
                legs.append(Leg(leg_id, doc, None, None, c.mode, (), False, cy, first=first_part))
        elif cy is not None and r.document.date and cy != r.document.date.year:
            leg_id = f"{doc}:L{len(legs) + 1}"
            legs.append(Leg(leg_id, doc, None, None, c.mode, (), True, cy))
        elif _another_mode(r, c.start, text[a:z], c.end):
            # "The owner flew to Vilnius, a flight of about an hour and a half" in a story of a
            # stolen car: a trip of its own by the mode its sentence names, not the story's
            # ("By car the trip of roughly 360 km takes about five hours": the story's own
            # route by another mode, open for the trip's ends to fill)
            leg_id = other_mode.get(a)
            if leg_id is None:
                leg_id = other_mode[a] = f"{doc}:L{len(legs) + 1}"
                same_route = _THE_TRIP.search(text, max(a, c.start - 40), c.start) is not None
                if same_route:
                    fired("legs:other_mode_same_route")
                legs.append(Leg(leg_id, doc, None, None, c.mode, (), same_route, cy))
        else:
            leg_id = f"{doc}:trip"
            open_leg = True
        leg_by_claim[c.id] = leg_id
        prev = (z, leg_id) if leg_id is not None else None
        of[i] = _LegOf(leg_id, ends if (origin or dest) else ())
        named_leg = (
            next((lg for lg in legs if lg.id == leg_id), None)
            if origin or dest or leg_id in unknown_legs.values()
            else None
        )
        if named_leg is not None:
            last_named = (z, named_leg, origin, dest)
        elif not follows:
            last_named = None
    if open_leg:
        year = r.document.date.year if r.document.date else None
        # the mode its own figures name when they agree ("walked to the station and boarded a
        # train that covered 500 km": the train), else the story's
        own = {quantities[i].mode for i, lg in of.items() if lg.leg == f"{doc}:trip"}
        mode = own.pop() if len(own) == 1 and None not in own else r.doc_mode
        legs.append(Leg(f"{doc}:trip", doc, None, None, mode, (), True, year))
    return of, legs


@functools.cache
def _mode_words(mode: str) -> re.Pattern:
    """Any word or phrase of :data:`MODE_WORDS` that names ``mode``."""
    words = sorted((w for w, m in MODE_WORDS.items() if m == mode), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


#: The noun a figure qualifies, right after it: "two-hour flight", "45-minute bus ride".
_MODE_NOUN_AFTER = re.compile(r"[\s-]*(?:[a-z]+\s+)?[a-z]+\b")

#: How far before a figure (characters) the words that give it another mode must stand.
_OWN_MODE_WINDOW = 60


def _another_mode(r: _Read, pos: int, sentence: str, end: int | None = None) -> bool:
    """Whether a figure's sentence, naming no end of a leg, names a mode of travel other than
    the story's own (and no word of the story's), and so do the words right before the figure
    or the noun right after it ("the two-hour flight", ``end`` where the figure ends): it tells
    another trip (the mode of a leg comes from its own sentence or the story's main journey,
    never from a side remark)."""
    own = r.ad.mode_of_sentence(pos)
    if own is None or r.doc_mode is None or _same_mode(own, r.doc_mode, sentence):
        return False
    if _mode_words(r.doc_mode).search(sentence):
        return False  # the sentence names the story's mode too ("a taxi driver from Basra, set
        # out ... and walked about 80 km"): the figure may be the story's own
    a, _ = r.ad.sentence_of(pos)
    after = _MODE_NOUN_AFTER.match(r.text, end) if end is not None else None
    if r.ad.mode_in(max(a, pos - _OWN_MODE_WINDOW), pos) != own and (
        after is None or r.ad.mode_in(end, after.end()) != own
    ):
        return False  # the words right before the figure name no such mode, nor its noun
    fired("legs:another_mode")
    return True


#: Where a sentence's next clause starts: ", and", "; ", ", while".
_NEXT_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s", re.IGNORECASE)
#: A clause that sets another case against the one before: ", while ...", "; ...".
_CONTRAST = re.compile(r"(?:,\s*(?:while|whereas)|;)\s", re.IGNORECASE)

#: A relative clause between commas: ", who flew from A to B in 2019," (a comma before a
#: capital or a preposition goes on: "from Oakland, California, to Honolulu").
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:who|which|whose)\b(?:[^,;.]|,\s*(?=(?-i:[A-Z])|(?:to|from|via|and|in|on|at|for)\b))*,"
)


def _past_relative_clause(text: str, a: int, z: int, pos: int, ments: list, origin, dest) -> tuple:
    """Ends named inside a relative clause before the figure ("The pilot, who flew from A to B
    in 2019, took off from C and landed at D after flying 2,150 km") are another trip's when
    the clause names both and the sentence outside it names an end of its own: then the
    figure's ends are those outside it; else the ends as found: (origin, destination,
    mentions)."""
    for rc in _RELATIVE_CLAUSE.finditer(text, a, pos):
        if not (rc.start() <= origin.start and dest.end <= rc.end()):
            continue
        outside = [m for m in ments if not rc.start() <= m.start < rc.end()]
        o, d = leg_endpoints(text, a, z, outside)
        if o is not None or d is not None:
            return o, d, outside
    return origin, dest, ments


#: Words of the road mode that name a way, not a vehicle: a rider, runner or walker uses them.
_WAY_WORDS = re.compile(r"\b(?:road|roads|highway|highways|motorway|motorways|expressway)\b", re.I)


#: Words of the road mode that name a vehicle or its driving: a sentence holding one is about a
#: road vehicle, not about a rider, runner or walker on the road.
_ROAD_VEHICLE = re.compile(
    r"\b(?:car|cars|bus|buses|coach|coaches|drove|drive|driving|motorcade|truck|trucks|"
    r"drivers?)\b",
    re.I,
)

#: The modes whose travellers go along roads without being the road mode (``_same_mode``).
_ON_THE_ROAD = frozenset({"bicycle", "foot", "run", "horse", "sled"})


def road_as_way(own: str | None, named: str | None, sentence: str) -> bool:
    """Whether a sentence names the road mode ``own`` only by the way that a rider, runner or
    walker of the story's mode ``named`` takes ("spent 163 days on the road" in a walk)."""
    return (
        own == "road"
        and named in _ON_THE_ROAD
        and _WAY_WORDS.search(sentence) is not None
        and _ROAD_VEHICLE.search(sentence) is None
    )


def _same_mode(own: str | None, named: str | None, sentence: str) -> bool:
    """Whether a sentence's own mode words let it go on about a leg of mode ``named``: none,
    the same, or only the way a rider or walker takes ("completed the journey along the Stuart
    Highway in nine days")."""
    return own is None or own == named or road_as_way(own, named, sentence)


#: Before a figure that measures a whole journey: "completed the 800-km ride", "covered the
#: entire 22-km crossing" (a definite article, then the figure as an adjective).
_THE_FIGURE = re.compile(
    r"\bthe\s+(?:(?:whole|entire|full|total|complete|roughly|about|some|nearly|almost|around|"
    r"approximately|just\s+over|more\s+than)\s+)?$",
    re.IGNORECASE,
)


#: After it (and its conversion): the journey's noun, up to two words on ("the 50-mile (80-km)
#: charity ride", "the 22-km ferry crossing"); never a stage, a section or a lap.
_JOURNEY_NOUN = re.compile(
    r"(?:\s*\([^()]{1,40}\))?[\s-]+(?:[a-z][\w-]*\s+){0,2}?(?:ride|run|route|journey|trip|"
    r"crossing|trek|voyage|passage|flight|drive|walk|march|pilgrimage|expedition|odyssey|"
    r"haul|sail|swim|row|tour|relay|ultramarathon)s?\b",
    re.IGNORECASE,
)


def _names_whole_journey(
    r: _Read, quantities: list[QuantityClaim], a: int, z: int, seen: dict[int, bool]
) -> bool:
    """Whether the sentence ``[a, z)`` calls one of its travel figures the whole journey
    ("completed the 800-km ride in 32 days"): then its one named end and the story's other end
    are the leg's (cached per sentence in ``seen``)."""
    if a not in seen:
        text = r.text
        k = bisect.bisect_left([q.start for q in quantities], a)
        seen[a] = any(
            q.kind == Kind.DISTANCE
            and q.relation is None
            and q.same_as is None
            and _THE_FIGURE.search(text[max(a, q.start - 30) : q.start])
            and _JOURNEY_NOUN.match(text, q.end)
            for q in quantities[k:]
            if q.start < z
        )
        if seen[a]:
            fired("endpoints:whole_journey_story_end")
    return seen[a]


#: The first part of a trip named with its end alone: "The first leg, to Akureyri, covered",
#: "the opening stage to Reims".
_FIRST_LEG_TO = re.compile(
    r"\b(?:first|opening)\s+(?:leg|stage|day|section|lap|part|hop)(?:\s+of\s+the\s+\w+)?"
    r"\s*,?\s+(?:to|took\s+(?:them|him|her|it|the\s+\w+)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _first_leg(
    r: _Read, a: int, z: int, ments: list[Mention], roles: dict[int, str]
) -> tuple[Mention | None, Mention | None]:
    """The ends of a trip's first part named by its end alone ("The first leg, to Akureyri,
    covered 388 km"): it starts where the story's trip starts (its one origin); else none."""
    for m in ments:
        if m.place is None or m.place.is_region or not a <= m.start < z:
            continue
        if _FIRST_LEG_TO.search(r.text, max(a, m.start - 60), m.start):
            origin, dest = _story_end(r, a, z, roles, None, m)
            if origin is not None:
                fired("legs:first_leg_from_trip_origin")
                return origin, dest
    return None, None


#: A part of a journey named by where it goes: "the third leg, a 3,500-nautical-mile dash to
#: Auckland", "the opening stage to Cape Town".
_LEG_TO = re.compile(
    r"\b(?:leg|stage|dash|sprint|hop|passage|crossing|voyage|flight|run|drive|ride|lap|section)"
    r"\s*,?\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: "Zharov's own journey ... covered about 1,100 km": a trip set against the one told before
#: (a traveller's own, a modern re-run of a historic journey), not more about it.
_OWN_TRIP = re.compile(
    r"\b(?:own|modern|present-day|today's|this\s+year's)\s+(?:[\w-]+\s+)?"
    r"(?:journey|trip|drive|ride|voyage|crossing|walk|trek|flight|route|run|re-run|version)\b",
    re.IGNORECASE,
)


#: Nothing but white space, quotes and a closing bracket between two sentences.
_BLANK = re.compile(r"[\s\"'”’)]*")
#: The story's own route named again right before a figure ("the trip of", "the same journey
#: takes"): a figure of another mode there measures that route by the other mode.
_THE_TRIP = re.compile(
    r"\b(?:the|this|that)\s+(?:same\s+)?(?:trip|journey|drive|ride|flight|crossing)\b",
    re.IGNORECASE,
)
#: A sentence that opens by pointing back at the time the sentence before gave: "In that time",
#: "During those 40 days".
_IN_THAT_TIME = re.compile(
    r"\s*(?:In|During|Over|Within)\s+(?:that|this|the\s+same)\s+(?:time|period|span)\b"
    r"|\s*(?:In|During|Over)\s+(?:those|these)\s+(?:[\w-]+\s+)?(?:hours|days|weeks|months)\b",
    re.IGNORECASE,
)
#: At most this many characters of text between a named leg's sentence and a sentence that
#: goes on about it ("... from Hopkinton to Boston. The elite men set off at 9.37 a.m. A
#: winner running two hours and six minutes ...": one short sentence naming no place and no
#: figure of travel).
_GAP_SENTENCE = 120


def _inside_region(town: Mention, region: Mention) -> bool:
    """Whether ``town`` is a point inside ``region``, a first-order region or a country."""
    t, g = town.place, region.place
    if t is None or g is None or t.is_region or not g.is_region or g.country not in t.countries:
        return False
    return g.is_country or ("admin1" in g.kinds and g.admin1 == t.admin1)


def _nothing_between(r: _Read, quantities: list[QuantityClaim], a: int, z: int, end: int) -> bool:
    """Whether the text from ``a`` to ``z`` is blank, or one short sentence that names no place
    and states no figure of travel, before a sentence (``z`` to ``end``) that states no
    distance of its own ("On Wednesday the team covered 62 km in seven hours": a part of its
    own)."""
    gap = r.text[a:z]
    if _BLANK.fullmatch(gap) is not None:
        return True
    travel = [q for q in quantities if q.relation not in NOT_TRAVEL]
    return (
        len(gap.strip()) <= _GAP_SENTENCE
        and r.ad.sentence_before(z) is not None
        and r.ad.sentence_before(z)[0] >= a - 2
        and not r.ad.mentions_between(a, z)
        and not any(a <= q.start < z for q in travel)
        and not any(z <= q.start < end and q.kind == "distance" for q in travel)
    )


def _leg_to_elsewhere(
    r: _Read, a: int, z: int, ments: list[Mention], roles: dict[int, str]
) -> Mention | None:
    """The end of a part of a journey that its sentence names by its end alone, when that end
    is no destination of the story ("The opening leg to Cape Town took the winner 26 days" in a
    story of the next leg, from Cape Town): that part is a leg of its own, not the story's trip."""
    ends = {
        m.place.id for m in r.ad.mentions if m.place and roles.get(m.start) == Relation.DESTINATION
    }
    for m in ments:
        if m.place is None or m.place.is_region or not a <= m.start < z or m.place.id in ends:
            continue
        lead = max(a, m.start - 60)
        if _LEG_TO.search(r.text, lead, m.start) or _FIRST_LEG_TO.search(r.text, lead, m.start):
            fired("legs:leg_to_elsewhere")
            return m
    return None


def _story_end(
    r: _Read,
    a: int,
    z: int,
    roles: dict[int, str],
    origin: Mention | None,
    dest: Mention | None,
) -> tuple[Mention | None, Mention | None]:
    """The end sentence ``[a, z)`` leaves out, when the story names one place (a point, not
    the named end, nor holding or held by it) at that end of its trip; else the ends unchanged.

    A name the sentence writes on that side of its named end and that could not be placed
    ("set off from A ... docked at Nhava Sheva", "left Chhatrapati Shivaji Maharaj Terminus ...
    reached B") is that end, unknown: unless it is a short form of the story's end ("landed at
    New Chitose", the story's "New Chitose airport")."""
    known = origin or dest
    if known is None or known.place is None or known.place.is_region:
        return origin, dest
    want = Relation.ORIGIN if origin is None else Relation.DESTINATION
    found: dict[int, Mention] = {}
    for m in r.ad.mentions:
        p = m.place
        if (
            roles.get(m.start) == want
            and p is not None
            and not p.is_region
            and p != known.place
            and not p.contains(known.place)
            and not known.place.contains(p)
        ):
            found.setdefault(p.id, m)
    if len(found) != 1:
        return origin, dest
    m = next(iter(found.values()))
    words = set(m.text.casefold().split())
    for u in r.unplaced:
        side = a <= u.start < known.start if want == Relation.ORIGIN else known.end <= u.start < z
        if side and not set(u.text.casefold().split()) <= words:
            return origin, dest
    return (m, dest) if want == Relation.ORIGIN else (origin, m)


#: "from Salmon Gums to Grass Patch": a stretch between two capitalised names (which, when
#: neither is a place of the index, are its unknown ends).
#: A part of the journey named with its rank: "the fourth stage", "the 82.5 km long stage", "the
#: longest stage", "his hardest day", "the final section", "the first sector" (which starts where
#: the trip does: ``Leg.first``).
_PART_OF_JOURNEY = re.compile(
    r"\b(?P<rank>first|opening|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th)|final|last|closing|longest|shortest|hardest|toughest|queen|penultimate|"
    r"long)\s+"
    r"(?:[\w-]+\s+)?(?:stage|leg|section|sector|stretch|day|lap|segment|phase)s?\b",
    re.IGNORECASE,
)


def _own_pair(quantities: list[QuantityClaim], a: int, z: int) -> bool:
    """Whether the sentence ``[a, z)`` states two of a distance, a time and a speed of its own
    (travel figures, not conversions): a part of the journey it can be checked on."""
    kinds = {
        c.kind
        for c in quantities
        if a <= c.start < z
        and not c.same_as
        and c.relation != Relation.SEPARATION
        and c.relation not in NOT_TRAVEL
    }
    return len(kinds & {Kind.DISTANCE, Kind.DURATION, Kind.SPEED}) >= 2


_UNKNOWN_ENDS = re.compile(
    r"\bfrom\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+to\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
)


#: A way back from the place after it: "flew back from", "returned home from", "headed home
#: from the".
_BACK_FROM = re.compile(
    r"\b(?:(?:flew|flies|flying|travell?ed|drove|sailed|headed|heads|came|went|rode|returned"
    r"|returns|returning)\s+(?:back|home)|returned|returns|returning)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: An onward leg, told in the past: "flew on to Cairo", "travelled on to", "pressed on to" (not
#: a plan: "will spend three days there before flying on to").
_ON_TO = re.compile(
    r"\b(?:flew|travell?ed|drove|sailed|went|headed|pressed|moved|continued)\s+on\s+to\s+"
    r"(?:the\s+)?(?=[A-Z])"
)


def _onward(
    r: _Read, roles: dict[int, str], on: re.Match, a: int
) -> tuple[Mention | None, Mention | None]:
    """The ends of an onward leg: the place named right after "on to", from the last point the
    text made a destination before the sentence (neither when either is unknown or they are
    the same)."""
    dest = next(iter(r.ad.mentions_between(on.end(), on.end() + 1)), None)
    if dest is None or dest.place is None or dest.place.is_region:
        return None, None
    origin = next(
        (
            m
            for m in reversed(r.ad.mentions_between(0, a))
            if roles.get(m.start) == Relation.DESTINATION and m.place and not m.place.is_region
        ),
        None,
    )
    if origin is None or origin.place == dest.place:
        return None, None
    return origin, dest


#: A trip back or home, told before the end it reaches: "flew home ... the return leg to",
#: "returned to", "the homeward flight to" (a trip home still to come is none: ``_AHEAD``).
_HOMEWARD = re.compile(
    r"\b(?:(?:flew|flies|flying|travell?ed|drove|sailed|headed|heads|came|went|rode|got|"
    r"was\s+flown|were\s+flown)\s+(?:back|home)|return(?:ed|s|ing)?\s+(?:home\s+)?to|"
    r"(?:return|homeward|home-bound|homebound)\s+(?:leg|flight|trip|journey|voyage|drive|"
    r"ride|crossing|passage))\b",
    re.IGNORECASE,
)


#: Words that put a sentence's trip ahead of the report, a plan: "will sail home", "is due to
#: fly back", "the return leg, expected to take 40 days".
_AHEAD = re.compile(
    r"\b(?:will|would|shall|plans?\s+to|planned|planning|intends?\s+to|hopes?\s+to|(?:is|are)\s+"
    r"(?:due|set|scheduled|expected|to)|due\s+to|expected\s+to|scheduled\s+to|set\s+to|next)\b",
    re.IGNORECASE,
)


def _last_destination(
    r: _Read, roles: dict[int, str], before: int, dest: Mention
) -> Mention | None:
    """Where the story's last leg before ``before`` ended: the last point it made a
    destination, when that is not ``dest`` (nor holds it, nor lies in it); else None."""
    for m in reversed(r.ad.mentions_between(0, before)):
        p = m.place
        if roles.get(m.start) != Relation.DESTINATION or p is None or p.is_region:
            continue
        if p == dest.place or p.contains(dest.place) or dest.place.contains(p):
            return None
        return m
    return None


def _home(r: _Read, roles: dict[int, str], origin: Mention, before: int) -> Mention | None:
    """Where a trip back ends: the first point the story names, before the sentence at
    ``before``, as an origin (where the traveller set out), unless that is where the trip back
    starts."""
    for m in r.ad.mentions_between(0, before):
        if roles.get(m.start) == Relation.ORIGIN and m.place is not None and not m.place.is_region:
            return m if m.place != origin.place else None
    return None


#: A known end that is no place, to ask ``_other_end`` for one end of a sentence alone.
_NOWHERE = Mention(-1, -1, "", Resolution("", None))


def _other_end(
    ments: list[Mention], roles: dict[int, str], origin: Mention | None, dest: Mention | None
) -> tuple[Mention | None, Mention | None]:
    """The missing end of a sentence's leg: the one point of the sentence that its verb makes
    the origin (or the destination) and that is not the known end."""
    known = origin or dest
    want = Relation.ORIGIN if origin is None else Relation.DESTINATION
    found = {
        m.place.id: m
        for m in ments
        if roles.get(m.start) == want
        and m.place is not None
        and not m.place.is_region
        and m.place != known.place
    }
    if len(found) != 1:
        return origin, dest
    m = next(iter(found.values()))
    return (m, dest) if want == Relation.ORIGIN else (origin, m)


#: What stands between a distance and the place it leads to: "1,219 km to the lakeside city of".
_FIGURE_TO = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?to\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,4}")


#: Right after a figure, the capitalised name of the place it runs to: "20 km to Vila Nova de
#: Milfontes", "15 km (9 miles) to Almograve".
_OWN_NAMED_END = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?to\s+(?:(?P<name>(?-i:[A-Z]))|the\s+(?P<noun>[a-z]+)\b)",
    re.IGNORECASE,
)
#: How far after "to the" the sentence's destination may follow and still be the place the
#: figure runs to ("300 km to the port of Hamburg").
_OWN_END_GAP = 40


def _shares_sentence(quantities: list[QuantityClaim], c: QuantityClaim, a: int, z: int) -> bool:
    """Whether another travel figure than ``c`` (or its conversion) stands in ``[a, z)``."""
    return any(
        a <= q.start < z
        and q is not c
        and q.same_as != c.id
        and q.relation != Relation.SEPARATION
        and q.relation not in NOT_TRAVEL
        for q in quantities
    )


#: Right after a figure, the way it runs to the place named next: "(about 3,000 km) through
#: the taiga to", "north-west to", "down the Shilka and the upper Amur to" (no clause ends, no
#: figure and no start between).
_STAGE_TO = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?!from\b|back\b|or\b|and\s+(?!the\b))[\w'’-]+\s+){0,8}?to\s+"
    r"(?:the\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:(?:city|town|port|village|capital)\s+of\s+)?)?"
)


#: Before a figure in its sentence: what makes it no stage of the journey told: a part of a
#: line being built ("The first phase, 1,219 km to Mwanza"), a plan ("they plan to ride the
#: 60-odd km to Bonn"), a leg still to come ("before they head east on a leg of ...").
_NO_STAGE_BEFORE = re.compile(
    r"\b(?:phase|section|extension|branch|spur|highway|motorway|expressway|road|railway|line"
    r"|pipeline|track|canal|tunnel|plans?|planned|planning|will|would|intends?"
    r"|intended|hopes?|hoped|before\s+(?:they|he|she|it|we|the\s+\w+)\s+(?:head|leave|set|sail"
    r"|fly|continue|move|go))\b",
    re.IGNORECASE,
)


#: After a figure's place in its sentence: what is still to come ("..., is planned for next
#: year", "is still being built").
_NO_STAGE_AFTER = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:still\s+)?(?:planned|proposed|being\s+built|under\s+"
    r"construction|expected|due)|will|would)\b",
    re.IGNORECASE,
)


def _stage_end(
    text: str, start: int, end: int, sentence: tuple[int, int], ments: list[Mention]
) -> Mention | None:
    """The town a distance at ``[start, end)`` (in the ``sentence`` it stands in) runs to when
    the words right after it say so ("roughly 700 km through the taiga to Lensk"), if any."""
    a, z = sentence
    if _NO_STAGE_BEFORE.search(text, a, start) or _NO_STAGE_AFTER.search(text, end, z):
        return None
    for m in ments:
        if m.start < end:
            continue
        gap = text[end : m.start]
        if m.start - end > 80 or any(ch in gap for ch in ".,;:!?\n"):
            return None
        if any(ch.isdigit() for ch in gap.split(")")[-1]):
            return None
        if (
            m.place is not None
            and not m.place.is_region
            and _STAGE_TO.fullmatch(text, end, m.start)
        ):
            return m
    return None


#: "to" and a capitalised name right after a leg's origin: "from St. John's to Argentia".
_TO_NAME = re.compile(r"\s+to\s+(?:[Tt]he\s+)?(?=[A-Z])")


def _to_unplaced(r: _Read, origin: Mention, dest: Mention | None) -> bool:
    """Whether the name right after "from ``origin`` to" is one the index lacks (so the leg's
    end is unknown, whatever place the sentence names later as ``dest``)."""
    m = _TO_NAME.match(r.text, origin.end)
    if m is None or (dest is not None and dest.start <= m.end()):
        return False
    return any(u.start == m.end() for u in r.unplaced)


def _figure_to(text: str, end: int, ments: list[Mention]) -> Mention | None:
    """The place a figure ending at ``end`` runs to when its name follows it ("1,219 km to
    Mwanza"), if any."""
    m = next((m for m in ments if m.start >= end), None)
    if m is None or m.place is None or m.place.is_region or m.start - end > 60:
        return None
    return m if _FIGURE_TO.fullmatch(text, end, m.start) else None


#: A time counted from the start, after the arrival it times: "..., two hours and 45 minutes
#: after leaving the mainland", "some 20 hours after setting off".
_SINCE_LEAVING = re.compile(
    r"\s+(?:after|since)\s+(?:leaving|departing|setting\s+(?:off|out|sail)|pulling\s+out|"
    r"casting\s+off|its\s+departure|their\s+departure|the\s+departure)\b",
    re.IGNORECASE,
)


#: Right before a figure: the stretch of travel it measures, after an arrival ("called at
#: Roseau at 10.15 am after a crossing of about 60 nautical miles").
_AFTER_JOURNEY = re.compile(
    r"\bafter\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:crossing|voyage|flight|drive|ride|"
    r"journey|trip|run|sail|sailing|passage|trek|walk|hike)\s+of\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
