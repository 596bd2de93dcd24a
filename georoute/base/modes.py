"""What each mode of travel can do: the top speeds the plausibility check allows, with sources.

=========  ==========  ==========================================================================
mode       max km/h    source
=========  ==========  ==========================================================================
train      350         fastest scheduled service: Beijing-Shanghai Fuxing CR400, 350 km/h (China
                       Railway timetable; UIC high-speed rail atlas 2023)
road       200         well above any legal motorway limit (the highest posted limit, 140 km/h
                       in Poland/Bulgaria/Turkey; Wikipedia "Speed limits by country")
ship       80          fastest passenger ferries ~40 kn (74 km/h) (Incat/Austal fast-ferry specs)
air        1,000       airliner cruise ~Mach 0.85 (about 900-950 km/h; Boeing/Airbus specs) plus
                       jet-stream tailwind
foot       16          walkers, pilgrims, hikers: the 20 km race-walk world record, 1:16:36
                       (Yusuke Suzuki, 2015; World Athletics), is 15.7 km/h
run        22          runners, marathons, "on foot" (unsure: the most permissive): the marathon
                       world record pace, 42.195 km in 2:00:35 (Kelvin Kiptum, Chicago 2023;
                       World Athletics), is 21.0 km/h
bicycle    60          Tour de France average speeds are ~40-45 km/h (ASO race data)
=========  ==========  ==========================================================================

Sub-modes narrow a mode's limit when the article's words name the vehicle (``SUBMODES``). When
the words name none, or several, the most permissive applies: the mode's own limit, or the
highest among those named.

=============  =====  ========  ===============================================================
sub-mode       mode   max km/h  source
=============  =====  ========  ===============================================================
car            road   200       as road (cars, taxis, motorcades)
coach          road   130       coaches and buses: the highest posted motorway limits (130-140
                                km/h) bind them, and EU coaches are limited to 100 km/h
                                (Directive 2002/85/EC)
truck          road   130       lorries and trucks: same motorway limits; EU trucks limited to
                                90 km/h (Directive 2002/85/EC)
high_speed     train  350       as train (bullet trains, Shinkansen, TGV, ICE, Eurostar, AVE)
intercity      train  200       conventional passenger lines: UIC counts 200 km/h and above on
                                upgraded lines as high-speed (UIC high-speed definition)
freight        train  130       freight trains: US FRA track class 5 allows freight 80 mph
                                (129 km/h); Japan's M250 Super Rail Cargo runs at 130 km/h
ferry          ship   80        as ship (ferries, catamarans, hydrofoils)
cargo_ship     ship   62        container ships, tankers, bulk carriers: the fastest ever built,
                                the SL-7 class (1972), made about 33 knots (61 km/h)
helicopter     air    330       the fastest production helicopters (CH-47F Chinook 315 km/h)
airliner       air    1,000     as air (airliners, jets)
=============  =====  ========  ===============================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as _C
from re import _parser

__all__ = [
    "MAX_SPEED_KMH",
    "MODE_SOURCES",
    "SUBMODES",
    "SpeedLimit",
    "SubMode",
    "speed_limit",
    "submodes_in",
]

MAX_SPEED_KMH: dict[str, float] = {
    "train": 350.0,
    "road": 200.0,
    "ship": 80.0,
    "air": 1000.0,
    "foot": 16.0,
    "run": 22.0,
    "bicycle": 60.0,
}
MODE_SOURCES: dict[str, str] = {
    "train": "fastest scheduled service, Fuxing CR400 at 350 km/h",
    "road": "above any legal motorway limit (highest posted: 140 km/h)",
    "ship": "fastest passenger ferries, about 40 knots",
    "air": "airliner cruise about Mach 0.85 plus tailwind",
    "foot": "the 20 km race-walk world record pace, 15.7 km/h",
    "run": "the marathon world record pace, 21 km/h",
    "bicycle": "professional race averages are about 45 km/h",
}


@dataclass(frozen=True)
class SubMode:
    """A vehicle within a mode, named by ``words``, with its own top speed and source."""

    id: str
    mode: str
    words: re.Pattern
    max_kmh: float
    noun: str
    source: str


def _w(pattern: str) -> re.Pattern:
    return re.compile(r"\b(?:" + pattern + r")\b", re.IGNORECASE)


#: Sub-modes, each named by the words of the text (see the table above).
SUBMODES: tuple[SubMode, ...] = (
    SubMode(
        "car",
        "road",
        _w(r"cars?|taxis?|drove\s+(?:his|her|their)\s+own|SUVs?|motorcade|sports\s+car"),
        200.0,
        "a car",
        MODE_SOURCES["road"],
    ),
    SubMode(
        "coach",
        "road",
        _w(r"coach|coaches|bus|buses|minibus(?:es)?"),
        130.0,
        "a coach",
        "the highest motorway limits, 130-140 km/h, bind coaches; EU coaches are limited to "
        "100 km/h",
    ),
    SubMode(
        "truck",
        "road",
        _w(r"trucks?|lorry|lorries|tractor-trailers?|18-wheelers?|tankers?\s+trucks?"),
        130.0,
        "a truck",
        "the highest motorway limits bind trucks; EU trucks are limited to 90 km/h",
    ),
    SubMode(
        "high_speed",
        "train",
        _w(
            r"high-speed|high\s+speed|bullet\s+trains?|shinkansen|(?-i:TGV|ICE|AVE|KTX)|Eurostar|"
            r"Frecciarossa|Fuxing|Nozomi|Hikari|maglev"
        ),
        350.0,
        "a high-speed train",
        MODE_SOURCES["train"],
    ),
    SubMode(
        "intercity",
        "train",
        _w(
            r"intercity|inter-city|night\s+trains?|sleeper\s+trains?|overnight\s+trains?|"
            r"passenger\s+trains?|commuter\s+trains?|regional\s+trains?|express\s+trains?"
        ),
        200.0,
        "a conventional passenger train",
        "conventional lines: the UIC counts 200 km/h and above as high-speed",
    ),
    SubMode(
        "freight",
        "train",
        _w(r"freight\s+trains?|goods\s+trains?|cargo\s+trains?|ore\s+trains?|coal\s+trains?"),
        130.0,
        "a freight train",
        "US track class 5 allows freight 80 mph; Japan's fastest freight runs at 130 km/h",
    ),
    SubMode(
        "ferry",
        "ship",
        _w(r"ferry|ferries|catamarans?|hydrofoils?|hovercraft"),
        80.0,
        "a ferry",
        MODE_SOURCES["ship"],
    ),
    SubMode(
        "cargo_ship",
        "ship",
        _w(
            r"container\s+ships?|boxships?|cargo\s+ships?|freighters?|bulk\s+carriers?|"
            r"oil\s+tankers?|ore\s+carriers?|car\s+carriers?|container\s+vessels?"
        ),
        62.0,
        "a cargo ship",
        "the fastest container ships ever built, the SL-7 class, made about 33 knots",
    ),
    SubMode(
        "helicopter",
        "air",
        _w(r"helicopters?|choppers?"),
        330.0,
        "a helicopter",
        "the fastest production helicopters, such as the CH-47F at 315 km/h",
    ),
    SubMode(
        "airliner",
        "air",
        _w(r"airliners?|jets?|jetliners?|Boeing|Airbus"),
        1000.0,
        "an airliner",
        MODE_SOURCES["air"],
    ),
)
_SUBMODE = {sm.id: sm for sm in SUBMODES}


def _prefixes(items) -> set[str]:
    """The lower-case word prefixes one of which a match of the parsed pattern ``items`` starts
    with ("" when the pattern does not say)."""
    items = list(items)
    while items and items[0][0] is _C.AT:  # \b
        items.pop(0)
    if not items:
        return {""}
    op, av = items[0]
    if op is _C.LITERAL:
        out = ""
        for op2, av2 in items:
            ch = chr(av2) if op2 is _C.LITERAL else ""
            if not (ch.isalnum() or ch == "_"):
                break
            out += ch
        return {out.lower()}
    if op is _C.SUBPATTERN:
        return _prefixes(av[-1])
    if op is _C.BRANCH:
        return set().union(*(_prefixes(b) for b in av[1]))
    return {""}


#: Per sub-mode, the words its matches start with ("cars?" starts with "car").
_STARTS = tuple(
    (sm, tuple(sorted(_prefixes(_parser.parse(sm.words.pattern, sm.words.flags)))))
    for sm in SUBMODES
)
#: Any of those words at a word start, in the lower-cased text: one case-sensitive scan finds
#: every place a sub-mode's words may begin (a case-insensitive alternation scans slowly).
_ANY_START = re.compile(
    r"\b(?:"
    + "|".join(sorted({re.escape(w) for _, ws in _STARTS for w in ws}, key=len, reverse=True))
    + ")"
)
#: Characters that a case-insensitive pattern matches to an ASCII letter but ``str.lower`` does
#: not lower to one (the Kelvin sign, dotted and dotless i, long s): a text with one of them is
#: searched the slow way.
_ODD_CASE = frozenset("\u212a\u0130\u0131\u017f")


def submodes_in(text: str) -> tuple[str, ...]:
    """The ids of the sub-modes the text's words name, in table order.

    Each sub-mode's pattern is tried only where the lower-cased text has one of its first words
    at a word start; the answers are those of searching the whole text with every pattern.

    >>> submodes_in("The container ship docked at Busan.")
    ('cargo_ship',)
    """
    if not _ODD_CASE.isdisjoint(text):
        return tuple(sm.id for sm in SUBMODES if sm.words.search(text))
    low = text.lower()
    starts = [m.start() for m in _ANY_START.finditer(low)]
    if not starts:
        return ()
    return tuple(
        sm.id
        for sm, words in _STARTS
        if any(low.startswith(words, s) and sm.words.match(text, s) for s in starts)
    )


@dataclass(frozen=True)
class SpeedLimit:
    """The top speed a leg is held to, what it is held as, and why."""

    max_kmh: float
    noun: str
    source: str
    submode: str | None = None


_NOUN = {
    "train": "a train",
    "road": "a road vehicle",
    "ship": "a ship",
    "air": "an airliner",
    "foot": "a walker",
    "run": "a runner",
    "bicycle": "a cyclist",
}


def speed_limit(mode: str, submodes: tuple[str, ...] = ()) -> SpeedLimit:
    """The limit of ``mode`` narrowed by the sub-modes named: the most permissive of those of
    this mode, or the mode's own limit when none is named.

    >>> speed_limit("road", ("coach",)).max_kmh, speed_limit("road", ("coach", "car")).max_kmh
    (130.0, 200.0)
    >>> speed_limit("train", ("coach",)).max_kmh
    350.0
    """
    mine = [_SUBMODE[s] for s in submodes if s in _SUBMODE and _SUBMODE[s].mode == mode]
    if not mine:
        return SpeedLimit(MAX_SPEED_KMH[mode], _NOUN.get(mode, mode), MODE_SOURCES[mode])
    top = max(mine, key=lambda sm: sm.max_kmh)
    return SpeedLimit(top.max_kmh, top.noun, top.source, top.id)
