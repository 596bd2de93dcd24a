"""What a figure describes when it describes no leg of the journey: a stay, an earlier figure,
a height, a speed at one moment, the size of a feature, a strike, a margin, a delay, an extra
distance, a straight line, a short length, a span of years. Such quantities stay in the report
with a ``relation`` that says so, and out of the checks.

The rules are data (``RULES``): for each relation, the kinds of quantity it applies to and the
words before or after the figure that make it; the first rule that matches wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from georoute.base.coverage import fired
from georoute.text.quantities import Quantity
from georoute.text.units import LENGTH_UNITS

__all__ = ["NOT_TRAVEL", "RULES", "Rule", "not_travel"]

#: Relations of quantities that describe no leg of the journey (kept in the report, unchecked).
NOT_TRAVEL = {
    "stay": "how long someone stays or visits ('a three-day state visit'), not the journey",
    "former": "an earlier figure a change starts from ('cut from two days to ten hours')",
    "elevation": "a height or depth ('3,400 metres above sea level'), not a distance travelled",
    "instant": "a speed at one moment ('travelling at 79 mph when it derailed'), not an average",
    "feature": "the size of a feature or the length of a line, road or border ('the 34-kilometre "
    "strait', 'the 2,000 km Baikal-Amur Mainline'), not the distance travelled",
    "frequency": "how often something runs ('every two hours'), not how long it takes",
    "event": "how long an event lasts ('a 24-hour walkout', 'a 48-hour ceasefire'), not the journey",
    "margin": "a gap between competitors or a change ('four minutes ahead', 'won by 12 seconds')",
    "delay": "a delay ('two hours late', 'a fortnight of detours'), not the journey's length",
    "extra": "an alternative's extra length or time ('going round Africa adds 3,500 nautical "
    "miles'), not the journey",
    "straight_line": "a straight-line distance given beside the travelled one ('900 km as the "
    "crow flies')",
    "length": "a size or a short length in metres, feet, yards, inches ('a 776-foot airship'), "
    "not a leg",
    "span": "a span of months or years (an age, a history, a term), not a journey's duration",
    "limit": "a limit ('the 100 m.p.h. limit on that stretch', 'limited to 80 km/h'), a bound, "
    "not the leg's speed",
    "planned": "a figure of something planned, proposed or hoped for ('plans a 1,000-km race "
    "next summer', 'a proposed 300 km line'), not the journey reported",
    "weather": "the speed of a wind, a current or a storm ('winds gusting to 90 km/h'), not "
    "the vehicle's",
    "offset": "how long before or after another moment ('sailed on two days later'), not the "
    "journey's duration",
    "part": "a figure for each part or for each day or week ('turns of 5 km each', '200 km per "
    "stage', 'trains 130 km a week'), not the whole journey",
    "usual": "how long such a journey often or usually takes ('often spending 12 hours or more "
    "on the way'), not this journey",
}

_I = re.IGNORECASE
_HEDGE_WORDS = r"(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?"


@dataclass(frozen=True)
class Rule:
    """Quantity of one of ``kinds`` (and, if set, ``units``) whose words before (``before``,
    searched in the 40 characters before the figure) or after (``after``, matched right after
    it and its conversion) say it is ``relation``, unless the words before match ``unless``."""

    relation: str
    kinds: frozenset[str]
    before: re.Pattern | None = None
    after: re.Pattern | None = None
    units: frozenset[str] | None = None
    unless: re.Pattern | None = None
    id: str = ""  # stable id for the rule-coverage report; default: relation#position
    both: bool = False  # the words before and those after must both match


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, _I)


_D, _T, _V = frozenset({"distance"}), frozenset({"duration"}), frozenset({"speed"})
_JOURNEY = (
    r"journey|trip|trek|route|ride|drive|flight|voyage|walk|march|hike|crossing|run|race|swim|"
    r"sail|passage|expedition|circumnavigation|odyssey|pilgrimage|tour|cruise|transit|commute|"
    r"ferry|train|bus|stage|leg"
)
_LINE_WORDS = (
    r"line|lines|railway|railroad|mainline|road|highway|motorway|expressway|pipeline|border|"
    r"frontier|trail|canal|network|corridor|coastline|wall|fence"
)

#: Rules in the order they are tried.
RULES: tuple[Rule, ...] = (
    Rule(
        "stay",
        _T,
        before=_rx(
            r"\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining|wait|waits|waited|"
            r"waiting|rested|resting|holiday|vacation|detained|held|lasting)\b"
            r"(?:\s+[\w'’-]+){0,3}?\s+(?:for\s+)?" + _HEDGE_WORDS + "$"
        ),
        after=_rx(
            r"[\s-]+(?:long\s+)?(?:(?:state|official|working|private|royal|papal|pastoral|"
            r"diplomatic)\s+)?(?:visit|visits|stay|stopover|layover|summit|conference|forum|"
            r"festival|holiday|vacation|break|retreat|residency)\b"
        ),
        id="stay.words",
    ),
    Rule("frequency", _T, before=_rx(r"\b(?:every|each)\s+(?:other\s+)?$"), id="frequency.every"),
    Rule(
        "event",
        _T,
        after=_rx(
            r"[\s-]+(?:long\s+)?(?:general\s+|hunger\s+|national\s+|nationwide\s+)?(?:strike|"
            r"strikes|walkout|stoppage|shutdown|closure|blockade|protest|ceasefire|truce|curfew|"
            r"lockdown|blackout|outage|siege|vigil|standoff|talks|meeting|session|debate|trial|"
            r"festival|celebration|ceremony|match|game|shift|sit-in)\b"
        ),
        id="event.after",
    ),
    Rule(
        "delay",
        _T,
        before=_rx(
            r"\b(?:delayed|held\s+up|late|postponed|behind\s+schedule)\s+(?:by\s+|for\s+)?$"
        ),
        after=_rx(
            r"[\s-]+(?:long\s+)?(?:delay|delays|late|behind\s+schedule|hold-up|wait|"
            r"of\s+(?:detours?|delays?|waiting))\b"
        ),
        id="delay.words",
    ),
    Rule(
        "margin",
        _D | _T | _V,
        before=_rx(
            r"\b(?:won|wins|winning|win|lead|leads|led|leading|beat|beats|margin)\s+(?:\w+\s+)?"
            r"(?:by|of)\s+" + _HEDGE_WORDS + "$"
        ),
        after=_rx(
            r"\s*(?:\)\s*)?(?:ahead|behind|clear|adrift|faster|slower|quicker|shorter|longer|"
            r"less|more)\b(?!\s+(?:journey|trip|ride|drive|flight|voyage|walk))"
        ),
        id="margin.words",
    ),
    # something planned, proposed or hoped for, not the journey reported: "plans a 1,000-km
    # race next summer", "a proposed 300 km line", "hopes to cut the trip to four hours"
    Rule(
        "planned",
        _D | _T | _V,
        before=_rx(
            r"(?:\b(?:plans?|planning|proposes?|proposing|envisag\w+|"
            r"hopes?\s+to\s+\w+|aims?\s+to\s+\w+|intends?\s+to\s+\w+)\s+"
            r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:new\s+)?(?:\w+\s+)?(?:to\s+)?"
            r"|\b(?:a|an|the)\s+(?:planned|proposed|projected)\s+)" + _HEDGE_WORDS + "$"
        ),
        id="planned.words",
    ),
    Rule(
        "extra",
        _D | _T,
        before=_rx(
            r"\b(?:adds?|added|adding|extra|additional|another|saves?|saved|saving|cuts?\s+\w+\s+by"
            r"|detour\s+of|longer\s+by|shorter\s+by)\s+(?:an?\s+)?(?:extra\s+)?"
            + _HEDGE_WORDS
            + "$"
        ),
        after=_rx(r"[\s-]+(?:detour|diversion|extra|more|longer|shorter)\b"),
        id="extra.words",
    ),
    Rule(
        "straight_line",
        _D,
        before=_rx(r"\b(?:straight[\s-]+line|direct\s+distance|as\s+the\s+crow\s+flies)\b.{0,20}$"),
        after=_rx(
            r"\s*(?:\)\s*)?(?:apart\s*)?(?:,\s*)?(?:as\s+the\s+crow\s+flies|in\s+a\s+straight\s+line|"
            r"(?:in\s+)?straight[\s-]+line)\b"
        ),
        id="straight_line.words",
    ),
    Rule(
        "elevation",
        _D,
        before=_rx(
            r"\b(?:stands?\s+at|rises?\s+to|(?:altitude|elevation|height|depth)\s+of|"
            r"at\s+an\s+altitude\s+of|orbit\w*\s+(?:at\s+)?)\s+" + _HEDGE_WORDS + "$"
        ),
        after=_rx(
            r"\s*(?:\)\s*)?(?:(?:above|below)\s+(?:sea[\s-]+level|ground|the\s+\w+)|high\b|tall\b|"
            r"deep\b|(?:in|of)\s+(?:altitude|elevation|height|depth)|up\b|underground|"
            r"below\s+ground|down\b|beneath\b|under\s+(?:water|the\s+sea|ground))"
        ),
        id="elevation.words",
    ),
    Rule(
        "feature",
        _D,
        after=_rx(
            r"(?:[-\s]+(?:long|wide|deep))?\s+(?:[a-z]+\s+)?(?:strait|channel|bridge|tunnel|river|"
            r"lake|border|frontier|coastline|coast|island|canal|wall|fence|runway|gorge|valley|bay|"
            r"pipeline|glacier|reef|dam|ridge|mountain\s+range)s?\b"
            # "a 2 km-long queue": a size, unless what is that long is a way travelled
            r"|[-\s]+(?:long|wide|high|tall|deep)\s+(?!(?:" + _JOURNEY + r"|line|railway|road|"
            r"motorway|highway|track)\b)[a-z]"
            # "the 2,000 km Baikal-Amur Mainline", "the 4,000-mile US-Canada border"
            r"|(?:[-\s]+long)?\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:"
            + _LINE_WORDS
            + r")\b(?!\s+(?:"
            + _JOURNEY
            + r")\b)"
        ),
        # "a drive along the 200-kilometre Reunification Highway": the way travelled
        unless=_rx(r"\balong\s+(?:the\s+|its\s+)?(?:entire\s+|whole\s+|full\s+)?$"),
        id="feature.after",
    ),
    Rule(
        "instant",
        _V,
        before=_rx(
            r"\b(?:crawl\w*|slow\w*\s+to|dropp\w*\s+to|fell\s+to|reduced\s+to|at\s+times|briefly|"
            r"clocked|recorded)\s+(?:at\s+)?(?:about\s+|around\s+|just\s+)?$"
        ),
        after=_rx(
            r"\s*(?:\)\s*)?(?:when|as\s+(?:it|the)|at\s+the\s+(?:time|moment)|before\s+(?:it|the))\b"
        ),
        id="instant.words",
    ),
    # the weather's speed, not the vehicle's: "winds gusting to 90 km/h", "90 km/h gusts",
    # "a four-knot current"
    Rule(
        "weather",
        _V,
        before=_rx(
            r"\b(?:winds?|gusts?|gusting|gales?|storms?|hurricanes?|typhoons?|cyclones?|currents?|"
            r"tides?)\b(?:\s+\w+){0,2}?\s+(?:of|at|to|up\s+to|reaching|exceeding|topping)\s+"
            + _HEDGE_WORDS
            + "$"
        ),
        after=_rx(r"[\s-]+(?:winds?|gusts?|gales?|currents?|tides?)\b"),
        id="weather.words",
    ),
    # a limit is a bound, not the leg's speed: "below the 100 m.p.h. limit", "limited to 80"
    Rule(
        "limit",
        _V,
        before=_rx(
            r"\b(?:(?:speed\s+)?limit\s+(?:of|is|was)|limited\s+to|capped\s+at|restricted\s+to|"
            r"maximum\s+(?:speed\s+)?(?:of|is))\s+" + _HEDGE_WORDS + "$"
        ),
        after=_rx(r"\s*(?:\)\s*)?(?:speed\s+)?(?:limit|limits|cap|restriction)\b"),
        id="limit.speed",
    ),
    # a threshold opening a sentence or a quote is a bound, not a figure of the journey:
    # '"Below four and a half hours, rail starts to win," said ...'
    Rule(
        "limit",
        _D | _T | _V,
        before=_rx(r"(?:[.!?:]\s+|[\"“‘]\s*|\n\s*)(?:below|above|beyond|under|over)\s+$"),
        after=_rx(r"\s*,"),
        both=True,
        id="limit.threshold",
    ),
    # a requirement is a bound too: "walking at least 100 km is required"
    Rule(
        "limit",
        _D | _T | _V,
        after=_rx(
            r"\s*(?:\)\s*)?(?:is|are|was|were)\s+(?:(?:still|also|now)\s+)?(?:required|needed|"
            r"necessary|compulsory|mandatory|the\s+minimum|the\s+maximum)\b"
        ),
        id="limit.required",
    ),
    # what a vehicle can do, not what it did: "a range of 400 km on one charge"
    Rule(
        "limit",
        _D | _V,
        before=_rx(
            r"\b(?:range|endurance|autonomy|top\s+speed|design\s+speed|capable\s+of)\s+"
            r"(?:of\s+)?(?:up\s+to\s+)?" + _HEDGE_WORDS + "$"
        ),
        after=_rx(r"[\s-]+(?:range|on\s+(?:a|one)\s+(?:single\s+)?(?:charge|tank))\b"),
        id="limit.capability",
    ),
    # how long the journey took before, quoted: "Before, the journey took more than three
    # hours", "Back then it took four hours", "it used to take ten hours"
    Rule(
        "former",
        _D | _T,
        before=_rx(
            r"(?:\b(?:before|back\s+then|used\s+to|once|previously|formerly|in\s+the\s+past|"
            r"in\s+those\s+days|at\s+the\s+time)\b,?[^.;]{0,30}?\b(?:took|take|lasted|was|were)|"
            r"\bused\s+to\s+(?:take|last|be))\s+" + _HEDGE_WORDS + "$"
        ),
        id="former.back_then",
    ),
    # a stop, halt or side trip within the journey: "a 15-minute rest stop", "a 10-minute halt
    # at Kota", "a four-hour tour of Broken Hill", "two hours at the border post"
    Rule(
        "stay",
        _T,
        after=_rx(
            r"[\s-]+(?:long\s+)?(?:(?:rest|refuel(?:l)?ing|comfort|pit|technical|brief|short|"
            r"scheduled|unscheduled|meal|lunch|dinner|photo)\s+)?(?:stop|stops|halt|halts|pause|"
            r"tour|tours|excursion|excursions|sightseeing|stopover)\b"
            r"|\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?(?:border|checkpoint|customs|"
            r"immigration)\b"
        ),
        id="stay.stop_or_tour",
    ),
    # a suspension of service: "after a 48-hour suspension", "suspended for two days"
    Rule(
        "event",
        _T,
        before=_rx(
            r"\b(?:suspended|halted|closed|shut|cancelled|canceled|grounded|stopped|disrupted|"
            r"blocked|cut\s+off|out\s+of\s+(?:action|service|commission)|laid\s+up|sidelined)\s+"
            r"(?:\w+\s+){0,3}?(?:for\s+)?" + _HEDGE_WORDS + "$"
        ),
        after=_rx(r"[\s-]+(?:long\s+)?(?:suspension|suspensions|disruption|interruption)\b"),
        id="event.suspension",
    ),
    # a lead over a rival: "some five weeks before Scott's party", "broke the record by 38
    # minutes"
    Rule(
        "margin",
        _D | _T | _V,
        before=_rx(
            r"\b(?:record|best|time|mark|rival|rivals)\s+(?:\w+\s+){0,2}?by\s+" + _HEDGE_WORDS + "$"
        ),
        after=_rx(
            r"\s+(?:before|after|ahead\s+of|behind)\s+(?:(?-i:[A-Z])[\w-]*['’]s?\b|"
            r"(?:his|her|their|the)\s+(?:nearest\s+)?(?:rivals?|competitors?|challengers?|"
            r"runners?-up|field|record)\b)"
        ),
        id="margin.rival",
    ),
    # a difference: "beat the record, set by an Argentine rider, by 38 minutes", "cut by two
    # hours", "shaving roughly 20 minutes off the timetable" (a journey takes "in" or "for")
    Rule(
        "margin",
        _D | _T | _V,
        before=_rx(r"\bby\s+" + _HEDGE_WORDS + r"(?:roughly\s+)?$"),
        after=_rx(r"\s+off\s+(?:the|its|their|his|her|a|an)\b"),
        id="margin.by_or_off",
    ),
    # the time to a later departure, not an arrival: "due to sail on for Colombo two days
    # later" (but "reached Paris 2 hours 16 minutes later" times the journey)
    Rule(
        "offset",
        _T,
        after=_rx(r"\s+(?:later|afterwards|earlier)\b"),
        unless=_rx(
            r"\b(?:reach\w*|arriv\w*|dock\w*|land\w*|into|touch\w*\s+down|got\s+to|"
            r"completed?|finish\w*|cross\w*)\b|\d[:.]\d\d"
        ),
        id="offset.later",
    ),
    # what begins when the journey ends: "at the start of a six-week expedition", "at the
    # start of a five-day trade mission"
    Rule(
        "stay",
        _T,
        before=_rx(
            r"\bat\s+the\s+(?:start|beginning|outset|opening)\s+of\s+(?:a|an|the|his|her|their|"
            r"its)\s+" + _HEDGE_WORDS + "$"
        ),
        id="stay.start_of",
    ),
    # a time limit: "inside the 12-hour cut-off"
    Rule(
        "limit",
        _T,
        after=_rx(r"[\s-]+(?:cut-?offs?|time\s+limits?|deadlines?)\b"),
        id="limit.cutoff",
    ),
    # the time to an event, not a journey: "three days before the Africa Cup of Nations"
    Rule(
        "offset",
        _T,
        after=_rx(
            r"\s+(?:before|ahead\s+of|after)\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:tournament|summit|"
            r"talks|election|vote|final|ceremony|opening|match|game|kick-?off)\b)"
        ),
        id="offset.before_event",
    ),
    # "the 3-kilometre Cristo Redentor tunnel": a named feature after the figure
    Rule(
        "feature",
        _D,
        after=_rx(
            r"(?:[-\s]+long)?\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:strait|channel|bridge|tunnel|"
            r"pass|river|lake|canal|gorge|valley|bay|glacier|reef|dam|ridge|breakwater|pier|"
            r"causeway|viaduct)s?\b"
        ),
        unless=_rx(r"\balong\s+(?:the\s+|its\s+)?(?:entire\s+|whole\s+|full\s+)?$"),
        id="feature.named_after",
    ),
    # "the Delhi-Mumbai Expressway, roughly 1,350 km long": the figure after the feature
    Rule(
        "feature",
        _D,
        before=_rx(
            r"(?:\b(?:" + _LINE_WORDS + r"|strait|channel|bridge|tunnel|river|breakwater|pier|"
            r"runway|section|stretch)\b|(?-i:[A-Z])[\w-]+),?\s+(?:which\s+is\s+|is\s+|was\s+|"
            r"runs\s+(?:for\s+)?|stretches\s+(?:for\s+)?)?" + _HEDGE_WORDS + r"(?:roughly\s+)?$"
        ),
        after=_rx(r"[\s-]+long\b(?!\s+(?:" + _JOURNEY + r")\b)"),
        both=True,
        id="feature.named_then_length",
    ),
)
# Issue 13 (wire copy): figures for each part, usual durations, speeds a vehicle can reach,
# the wind on a crossing, the length of a border written after it.
RULES += (
    # "taking turns of roughly 5 km each", "200 km per stage", "trains about 130 km a week"
    Rule(
        "part",
        _D | _T,
        before=_rx(
            r"\b(?:every|each)\s+(?:other\s+)?$|"  # "stations set roughly every 30 km"
            r"\b(?:(?:legs|stages|laps|turns|shifts|sections|segments|stints|relays)\s+of|"
            r"each\s+(?:leg|stage|lap|turn|shift|section|segment|stint|day|runner|rider)\b"
            r"[^.;:]{0,20}?\b(?:of|was|is|covered|covers|lasted|lasts|took|takes|measured))\s+"
            + _HEDGE_WORDS
            + r"(?:roughly\s+)?$"
        ),
        after=_rx(
            r"\s*(?:\)\s*)?(?:each|apiece|a\s+piece|per\s+(?:leg|stage|lap|turn|shift|section|"
            r"segment|stint|day|week|month|year|night|person|head|runner|rider)|a\s+(?:day|week|"
            r"month|year|night|lap|leg|stage|turn|shift))\b"
        ),
        id="part.each",
    ),
    # "often spending 12 hours or more on the way": a usual figure, not this journey's
    Rule(
        "usual",
        _T,
        before=_rx(
            r"\b(?:often|usually|typically|normally|generally|routinely|sometimes)\s+"
            r"(?:[\w'’-]+\s+){0,2}?" + _HEDGE_WORDS + r"(?:roughly\s+)?$"
        ),
        id="usual.often",
    ),
    # what a vehicle can reach, not its average: "can reach about 30 knots", "the trains reach
    # 300 km/h on the high-speed lines", "a design speed of 350 km/h" ("reaching 285 km/h",
    # "a top speed of", "a cruising speed of" are upper bounds of the leg's average: the hedge
    # table's "upper" words)
    Rule(
        "limit",
        _V,
        before=_rx(
            r"(?:\b(?:can|could|will|would|able\s+to)\s+(?:reach|hit|do|touch|top|exceed|"
            r"attain|manage)|\b(?:reach|hit|hits|touch|touches|tops?\s+out\s+at)|"
            r"\b(?:design|service|rated)\s+speeds?\s+(?:of|is|was|are|were)|"
            # "designed to run at up to 350 km/h", "a top operating speed of", "the speed limit
            # for buses remains 100 km/h"
            r"\bdesigned\s+to\s+(?:run|travel|operate|reach|fly|sail)(?:\s+at)?(?:\s+up\s+to)?|"
            r"\b(?:top|maximum|max)\s+(?:operating|commercial|service)\s+speeds?\s+(?:of|is|was)|"
            r"\bspeed\s+limits?\b[^.;]{0,30}?\b(?:remains?|is|was|are|were|"
            r"stands\s+at|of|at))\s+(?:speeds\s+of\s+)?" + _HEDGE_WORDS + r"(?:roughly\s+)?$"
        ),
        after=_rx(r"[\s-]+(?:design|rated)\s+speeds?\b"),
        unless=_rx(r"\baverag\w*\b[^.;]*$"),
        id="limit.can_reach",
    ),
    # the wind on a crossing: "We had 40 knots on the nose", "20 knots of breeze"
    Rule(
        "weather",
        _V,
        before=_rx(r"\b(?:headwinds?|tailwinds?|crosswinds?|breeze|squalls?)\b[^.;]{0,40}$"),
        after=_rx(
            r"\s*(?:of\s+(?:wind|breeze)|on\s+the\s+(?:nose|beam|bow|quarter|stern)|"
            r"(?:head|tail|cross)winds?)\b"
        ),
        id="weather.on_the_nose",
    ),
    # what a vehicle can do: "can fly nonstop for more than 15,000 kilometers", "freight
    # trains can stretch more than 3 kilometres"
    Rule(
        "limit",
        _D | _T,
        before=_rx(
            r"\b(?:can|could)\s+(?:fly|sail|run|travel|go|drive|cover|stretch|extend|last)\s+"
            r"(?:non-?stop\s+)?(?:for\s+)?(?:up\s+to\s+)?" + _HEDGE_WORDS + "$"
        ),
        id="limit.can_go",
    ),
    # "after two weeks of repairs", "a 12-hour hold": a repair, a maintenance or a hold
    Rule(
        "event",
        _T,
        after=_rx(
            r"\s+of\s+(?:repairs?|maintenance|works?|refurbishment|overhaul|testing|trials)\b|"
            r"[\s-]+(?:long\s+)?(?:(?:mandatory|compulsory|veterinary)\s+)?(?:holds?|vet\s+checks?)\b"
        ),
        id="event.repairs_or_hold",
    ),
    # "The 1,035-km railway links Vientiane with Kunming": the length of the line
    Rule(
        "feature",
        _D,
        after=_rx(
            r"[\s-]+(?:long\s+)?(?:railway|railroad|rail\s+line|line|pipeline|highway|motorway|"
            r"expressway|canal|border|river|road)\s+(?:links|connects|joins|runs|stretches|spans|"
            r"crosses|winds)\b"
        ),
        id="feature.line_links",
    ),
    # "share a border of about 1,300 km", "a coastline of some 7,000 km"
    Rule(
        "feature",
        _D,
        before=_rx(
            r"\b(?:border|frontier|boundary|coastline|coast|shoreline|river|canal|pipeline|"
            r"wall|fence|network|tunnel|bridge)s?\s+(?:(?:that|which)\s+(?:is|runs|stretches)\s+"
            r"(?:for\s+)?|of|stretching|running|spanning|measuring)\s+"
            + _HEDGE_WORDS
            + r"(?:roughly\s+)?$"
        ),
        id="feature.border_of",
    ),
)
#: A short length describes the leg only when a verb of travel takes it or a journey word follows.
_LENGTH_TRAVELLED_BEFORE = _rx(
    r"\b(?:walk\w*|ran|run|runs|swam|swim\w*|row\w*|sail\w*|drove|driv\w*|cycl\w*|rode|ride|"
    r"travel\w*|covered|cover|hik\w*|march\w*|crawl\w*|taxi\w*|moved|move|went|go|goes|"
    r"traveled|sprint\w*|dragged|carried|towed)\s+(?:\w+\s+){0,2}" + _HEDGE_WORDS + "$"
)
_LENGTH_TRAVELLED_AFTER = _rx(r"[\s-]+(?:long\s+)?(?:" + _JOURNEY + r"|sprint|dash)\b")
#: Months and years are a journey's duration only with a journey's words around them.
_SPAN_JOURNEY_BEFORE = _rx(
    r"\b(?:sail\w*|walk\w*|cycl\w*|rode|ride|travel\w*|journey\w*|trek\w*|drove|drive|took|"
    r"take|takes|taking|voyage|march\w*|hik\w*|row\w*|flew|fly|circumnavigat\w*)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:for\s+|in\s+)?" + _HEDGE_WORDS + "$"
)
_CHANGE_TO = re.compile(r"^\s*to\s+(?:[\w'’-]+\s+){0,2}$", _I)


def not_travel(text: str, quantities: list[Quantity], i: int) -> str | None:
    """Why quantity ``i`` describes no leg ("stay", "former", ...), or None.

    >>> from georoute.text.quantities import find_quantities
    >>> t = "He will stay for four days. The line cut travel time from two days to under 10 hours."
    >>> qs = find_quantities(t)
    >>> [not_travel(t, qs, i) for i in range(len(qs))]
    ['stay', 'former', None]
    """
    q = quantities[i]
    lead = text[max(0, q.start - 40) : q.start]
    tail = (
        quantities[i + 1].end
        if i + 1 < len(quantities) and quantities[i + 1].same_as == i
        else q.end
    )
    for rule in RULES:
        if q.kind not in rule.kinds or (rule.units is not None and q.unit not in rule.units):
            continue
        hits = (
            rule.before is not None and rule.before.search(lead),
            rule.after is not None and rule.after.match(text, tail),
        )
        if (all(hits) if rule.both else any(hits)) and not (
            rule.unless is not None and rule.unless.search(lead)
        ):
            fired(f"relations:{rule.id or rule.relation}")
            return rule.relation
    nxt = next((p for p in quantities[i + 1 :] if p.same_as is None), None)
    if (
        nxt is not None
        and nxt.kind == q.kind
        and re.search(r"\bfrom\s+(?:about\s+|some\s+|more\s+than\s+|over\s+)?$", lead)
        and _CHANGE_TO.match(text[q.end : nxt.start])
    ):
        fired("relations:former.from_to")
        return "former"
    if q.unit in LENGTH_UNITS and not (
        _LENGTH_TRAVELLED_BEFORE.search(lead) or _LENGTH_TRAVELLED_AFTER.match(text, tail)
    ):
        fired("relations:length.unit")
        return "length"
    if q.unit in ("yr", "mo") and not (
        _SPAN_JOURNEY_BEFORE.search(lead) or _LENGTH_TRAVELLED_AFTER.match(text, tail)
    ):
        fired("relations:span.unit")
        return "span"
    return None
