"""Time claims: the dates and times of a document, with the departure, arrival or crossing the
verbs around them make of each, when the verb's subject may be the traveller (``time_claims``,
a stage of ``georoute.extraction.extract``).

>>> _actor_ok("The ferry left Split at ", None, {"Split"})
True
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import TYPE_CHECKING

from georoute.base.claims import Kind, Relation, TimeClaim
from georoute.base.coverage import fired
from georoute.base.folding import folds_plainly
from georoute.base.rules import rule_rows
from georoute.text.document import (
    finditer_at_superset,
    lower_superset,
    lower_twin,
    required_strings,
    search_at_superset,
)
from georoute.text.quantities import is_pace
from georoute.text.timeexpr import CALENDAR_WORDS, find_times

if TYPE_CHECKING:
    from collections.abc import Iterator

    from georoute.extraction.extract import _Read

__all__ = ["time_claims"]


#: The verbs of a departure: a time in their clause is when the traveller left.
_DEPART = re.compile(
    # (not those "left behind" or "left over": they stayed)
    r"\b(?:(?:left|leaves?|leaving)(?!\s+(?:behind|over)\b)|depart(?:ed|s|ing)?|board(?:ed|s|ing)?|set (?:off|out|sail)"
    r"|took off|takes? off|taking off|taken off|lift(?:ed|s|ing)?(?:\s+[\w.'’]+){0,5}?\s+off|sailed from|pulled out|pull(?:s|ing) out|sets? off|setting (?:off|out)"
    r"|flagged off|start(?:ed|s|ing)? (?:from|out|off)"
    # a vessel or a crew sent out: "dispatched a cutter from Kaohsiung at 6 p.m."
    r"|dispatch(?:ed|es|ing)\b"
    # a boat sailed out of its port, named or described on the way: "sailed Ella's Pink Lady,
    # a 34-foot sloop, out through Sydney Heads on Sunday"
    r"|sail(?:ed|s|ing)\b[^.;]{0,80}?\bout\s+(?:of|through|from)\b"
    # a sailing's time as a timetable gives it: "the ship sailed on Friday, March 12, at 11
    # p.m.", "the ferry sails at 8 pm"
    r"|sail(?:ed|s)\s+(?:at\b|on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+"
    r"(?:morning|afternoon|evening|night)\b))"
    r"|cross(?:ed|es|ing)? the start(?:ing)? line"
    # a race's start as wire copy writes it: "the mass start went off at 8.00 am", "the
    # starting gun sounded at 7" (each holds "start": the verbs' gate stays one string)
    r"|start(?:\s+of(?:\s+[\w'’-]+){1,4}?)?\s+(?:went|goes|had\s+gone)\s+off|start(?:ing|er'?s|er’s)\s+gun\s+(?:went|goes|fired|sounded)\b"
    # "having started on Sydney Harbour at 1pm", "after the start on Sydney Harbour at 1 p.m."
    r"|(?:having|had|has|have|who|which|they|she|he|it)\s+started|the\s+start\s+(?:on|in|at|from|off)"
    # "started with the rest of the fleet at 1pm", "started among the field on Sunday", "started
    # with a field of 1,200 runners at 7.30am"
    r"|start(?:ed|s)\s+(?:with|among|alongside)\s+(?:the|a|an)\s+(?:rest\s+of\s+the\s+)?(?:[\w-]+\s+)?"
    r"(?:fleet|field|peloton|pack|others|other\s+\w+|boats|yachts|runners|riders|crews|cyclists"
    r"|competitors|entrants|starters)"
    # "The team started at Bretton Woods at 1:30 p.m.": a start at a place the text names
    r"|start(?:ed|s)\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
    # "Giles led the caravan out of Youldeh", "lurched down the field and into the air", "became
    # airborne at 5.38am": a caravan's start, a take-off
    r"|(?:led|leads|leading)\s+(?:[\w'’-]+\s+){1,3}?out\s+of\b"
    r"|\binto\s+the\s+(?:air|sky)\b|(?:became|becomes|become|got|gets|was)\s+airborne"
    # "some 2,500 runners started under a hail of cowbells at 6 pm": a race's field starting
    r"|(?:runners|riders|cyclists|competitors|swimmers|walkers|rowers|paddlers|skaters|skiers"
    r"|mushers|entrants|participants|racers|crews|teams|pilgrims|marchers|fleet|yachts|boats)"
    r"\s+(?:all\s+)?"
    r"(?:start(?:ed|s)?|set off|set out|began)\b"  # (few words: the verb gates the clause)
    # "the attempt began on March 2 at 4:30 a.m.": a journey's start is its departure
    r"|(?:journey|trip|attempt|voyage|ride|crossing|race|run|flight|trek|expedition|stage|drive"
    r"|walk|march|sail|relay|convoy|rally|swim|pilgrimage|caravan|procession|tour|row|paddle)s?"
    r"\s+(?:began|begins|started|starts|got\s+under\s?way)"
    # a transit starts where the ship enters the waterway: "entered the canal at Suez at 6 a.m."
    # (a canal's locks also by name: "entered the Agua Clara locks"; a named strait may be
    # where a voyage ends); a ship "got under way again at 5 am"
    r"|enter(?:ed|s|ing)?\s+the\s+(?:canal|strait|channel|waterway|locks?|tunnel|river)"
    r"|enter(?:ed|s|ing)?\s+the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:canal|locks?)"
    r"|(?:got|gets|getting|was|were)\s+under\s?way"
    # a swim starts where the swimmer goes in: "waded into the sea off Dover at 6:10 a.m."
    r"|(?:enter(?:ed|s|ing)?|wad(?:ed|es|ing)\s+into|div(?:ed|es|ing)\s+into|dove\s+into"
    r"|plung(?:ed|es|ing)\s+into)\s+the\s+(?:water|sea|ocean|surf|lake)"
    # a boat's departure as wire copy writes it: "was towed out of Callao", "weighed anchor"
    r"|tow(?:ed|s|ing)\s+out|weigh(?:ed|s|ing)\s+anchor|put(?:s|ting)?\s+(?:out\s+)?to\s+sea"
    r"|cast(?:s|ing)?\s+off|(?:push|shov)(?:ed|es|ing)?\s+off|slipp(?:ed|ing)\s+(?:her|its|their|his)?\s*moorings"
    # an amphibious or a swimming crossing starts where it goes in: "drove into the water at"
    r"|(?:[a-z]+ed|drove|rode|ran|swam|dove|went)\s+into\s+the\s+(?:water|sea|ocean|surf|waves))\b",
    re.IGNORECASE,
)


#: The verbs of an arrival: a time in their clause is when the traveller arrived.
_ARRIVE = re.compile(
    r"\b(?:arriv(?:ed|es|e|ing)|reach(?:ed|es|ing)?(?!\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?:new|all-time|record|fresh)\s+)?(?:record|records|levels?|peak|peaks|high|highs|low|"
    r"lows|agreement|deal|total|milestone|capacity|consensus|settlement|verdict|decision|"
    r"conclusion|compromise|target)\b)|pulled into"
    # (a landing's place named as a noun is no arrival: "left the landing site at 8 a.m.")
    # (nor a landing stage named as a noun: "left Tillaberi's river landing at 6 a.m.")
    r"|(?:land(?:ed|s)|(?<!\bthe\s)(?<!\ba\s)(?<!river\s)(?<!ferry\s)(?<!boat\s)(?<!['’]s\s)landing)"
    r"(?!\s+(?:sites?|strips?|stages?|craft|gear|places?|pads?|grounds?"
    r"|jett(?:y|ies)|party|card|fees?|slots?|rights|lights|zones?)\b)"
    # (the verb, not a dock's name before a time: "left King George Dock at 8.30pm")
    r"|touched down|docked|dock(?:s|ing) (?:at|in)|(?:to|will|would|could|can|may|might)\s+dock "
    r"(?:at|in)|pulled in|pull(?:s|ing) in(?:to)?"
    # a call at a stop on the way is an arrival there: "called at Hvar at 4.05 pm"
    # (not a call taken at a clock time: "was called at 11.02 pm")
    r"|call(?:ed|ing)\s+(?:in\s+)?at(?!\s*(?:(?:about|around|approximately)\s+)?(?:\d|$))"
    # so is a stop: "stopped at Malmo Central at 10.51 am" (not "stopped at 10.51 am")
    r"|(?:stopp(?:ed|ing)|stops|halt(?:ed|s|ing))\s+(?:briefly\s+)?(?:at|in)"
    r"(?!\s*(?:(?:about|around|approximately)\s+)?(?:\d|$))"
    r"|put(?:s|ting)? in (?:at|to)"
    # a traveller's own words: "made it to my sister's house in Miami at 2:45 p.m."
    r"|(?:made|makes|making)\s+it\s+(?:back\s+)?(?:to|into)\b"
    # "stepped off in Ankara at 1115", "pulled up outside a Denver recreation center at 4 a.m."
    r"|(?:stepped|steps|stepping|got|gets|getting) off|alight(?:ed|s|ing)|disembark(?:ed|s|ing)?"
    # "stepped out in Tver at 11:20 a.m." (not "stepped out of the house at 5 a.m.")
    r"|(?:stepped|steps|stepping)\s+out\s+(?:in|at)\b"
    # "stepped onto the platform at Osaka Station at 3:05 p.m.", "stepped ashore at 9"
    r"|(?:stepped|steps|stepping)\s+(?:(?:out\s+)?on\s*to\s+the\s+(?:platform|quay|quayside|"
    r"jetty|pier|tarmac|dock)|ashore)"
    r"|pull(?:ed|s|ing) up (?:outside|at|in|on)\b"
    # a road trip's end where the vehicle stops: "parked in front of the park gate in Cahuita"
    r"|park(?:ed|s|ing)\s+(?:up\s+)?(?:in\s+front\s+of|outside|beside|at|in)\b"
    # a ship's or a train's arrival as wire copy writes it: "berthed in Picton at 12:15 p.m."
    # (and a schedule's: "was due to moor at 4:00 pm", "will berth at")
    r"|berth(?:ed|s|ing)|(?:tied|ties|tying|tie) up|moor(?:ed|s|ing)"
    r"|(?:to|will|would)\s+(?:moor|berth)\b|(?:drew|draws|rolled|rolls|steamed) into"
    # "eased onto the summit platform at 10:05 a.m.", "glided into Kanazawa at 9.31 am"
    r"|(?:eased|eases|glided|glides|chugged|chugs|crept|creeps|inched|inches|nosed|noses|puffed"
    r"|slid|slides|sliding|gliding|easing|creeping|rolled|rolls|rolling|crawled|crawls|crawling)"
    r"\s+(?:into|onto|on\s+to)\b"
    # where a ship anchors or an aircraft comes down: "dropped anchor off A at noon", "came down
    # hard in a field near B at about 2.20 pm", "made landfall in King Haakon Bay"
    r"|anchor(?:ed|s|ing)\s+(?:off|at|in|near)|(?:dropped|drops|dropping)\s+anchor"
    # (not a landing only feared: "to keep it afloat if it came down at sea")
    r"|(?<!if it )(?<!if they )(?<!if she )(?<!if he )(?<!if we )"
    r"c(?:ame|omes|oming)\s+down(?:\s+hard)?\s+(?:in|at|near|on|onto)\b"
    r"|crash-land(?:ed|s|ing)|splash(?:ed|es|ing)\s+down|(?:made|makes|making)\s+landfall"
    # a transit ends where the ship comes out: "emerged at the Pacific port of Balboa at 4 pm"
    r"|emerg(?:ed|es|ing)\s+(?:at|in|into)\b"
    r"|exit(?:ed|s|ing)\s+the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:canal|locks?|strait|channel)"
    r"|cross(?:ed|es|ing)? the (?:finish(?:ing)? |same )?line|finish(?:ed|es|ing)? (?:at|in)"
    # "handed the baton over the finish line in Aviemore at 5.45 p.m."; the finish after the
    # start, the verb left out: "crossed the start line at 11.02 am and the finish at 1.16 pm"
    r"|(?:over|across) the finish(?:ing)? line|\band\s+the\s+finish(?:ing)?\b"
    r"|(?:broke|breaks|breaking|breasted|breasts)\s+the\s+tape"
    # a race's finish arch: "drove her team under the burled arch in Nome at 4:08 a.m."
    r"|under\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:finish\s+)?arch\b"
    r"|under\s+the\s+(?:[\w'’-]+\s+){0,2}?finish(?:ing)?\s+(?:banner|gantry|line)\b"
    # crowds and pilgrims at their destination: "converged on the holy city of Karbala on Sunday"
    r"|converg(?:ed|es|e|ing) on"
    # a timetable's arrival: "is due in Alice Springs at 1.45pm", "was due into Euston at 9"
    r"|due (?:in|at|into)(?! (?:the )?(?:morning|afternoon|evening|summer|winter|spring|autumn|"
    r"fall|future|coming|next|last|\d))"
    # a vehicle's arrival told by how it moves: "the sleeper eased into Hue station at 7 a.m."
    r"|(?:eas(?:ed|es|ing)|rumbl(?:ed|es|ing)|glid(?:ed|es|ing)|cruis(?:ed|es|ing)"
    r"|limp(?:ed|s|ing)|chug(?:ged|s|ging)|coast(?:ed|s|ing)|trundl(?:ed|es|ing)|swe(?:pt|eps)"
    r"|motor(?:ed|s|ing)) into"
    # a swim ends where the swimmer comes out: "climbed onto the beach at Wissant at 9 p.m."
    r"|(?:walk|climb|stagger|stumbl|clamber|crawl|scrambl)(?:ed|es|s|ing)?\s+(?:on\s*to|up)\s+"
    r"the\s+(?:rocks|beach|shore|sand|slipway|shingle)"
    r"|(?:walk|climb|stagger|stumbl|clamber|crawl|scrambl|wad)(?:ed|es|s|ing)?\s+ashore"
    # "climbed out below the white cliffs of Bonifacio at 1:05 p.m.", "clambered out of the
    # water at Cap Gris-Nez" (not "climbed out of bed at 5 a.m.")
    r"|(?:climb|clamber|crawl|scrambl|stagger|haul)(?:ed|es|s|ing)?\s+out\s+(?:of\s+the\s+"
    r"(?:water|sea|surf|waves|lake|river)\s+)?(?:below|beneath|under|at|on|onto|in)\b"
    # a round trip's return: "jogged back into town at 8 pm", "rode back into Chamonix at 9"
    r"|(?:jogg|walk|cycl|pedall?|paddl|row|limp|stagger|sail|drove|ran|rode|came|flew|swam)"
    r"(?:ed)?\s+back\s+into\b"
    r"|touch(?:ed|es|ing)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+)?"
    r"(?:rocks|shore|sand|beach|land|shingle|steps|finish|slipway|quay)|c(?:ame|omes|oming)\s+ashore"
    # a boat run up on the shore, a cape reached: "beached their kayak in Dawson City at 6:42
    # am", "rounding the Horn at 2.15 pm" (a named cape: not "rounded the corner")
    r"|beach(?:ed|es|ing)\b|round(?:ed|s|ing)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
    # a raft's or a drifting boat's voyage ends where it grounds: "ran aground on a reef at X"
    r"|r(?:an|uns|unning)\s+aground|ma(?:de|kes|king)\s+landfall|wash(?:ed|es)\s+ashore"
    # a crossing of water ends where the swimmer or the vehicle comes out: "emerged at X"
    r"|emerg(?:ed|es|ing)\s+(?:from\s+the\s+(?:water|sea|waves|surf)\s+)?(?:at|in|on|onto)"
    # any way of moving into a named town: "rode into Choibalsan", "pedalled into Samarkand's
    # main square", "swayed into the desert town of Timbuktu" (not "crashed into", "turned into")
    r"|(?:(?!(?:cross|crash|slamm|plough|plow|smash|ramm|turn|look|convert|merg|pour|invest|split"
    r"|divid|burst|transform|tapp|bump|fold|translat|insert|integrat|swallow|absorb)ed)[a-z]+ed"
    r"|rode|drove|flew|swam|came|sped|swept|strode|wound)\s+into\s+(?:the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:city|town|port|village|capital|harbou?r|square|station|oasis|camp)\b|(?-i:[A-Z])\w*))\b",
    re.IGNORECASE,
)


#: The words of a border crossing: a time in their clause is when the traveller crossed.
_CROSS = re.compile(
    r"\bcross(?:ed|es|ing)?\s+(?:into|over\s+into|the\s+border|the\s+frontier)"
    r"|\bacross\s+the\s+(?:border|frontier)\b",
    re.IGNORECASE,
)


#: The nouns of an event a time may date when no travel verb claims it ("the summit on Monday").
_EVENT = re.compile(
    r"\b(forum|summit|conference|festival|games|talks|meeting|visit|expo|exhibition)\b",
    re.IGNORECASE,
)


#: A time that opens its sentence: "At 8 p.m. on Monday, June 28, 1886, the express pulled
#: out of ...", "Shortly after 6 a.m. the ferry left ...", "On Tuesday, the convoy reached ...".
_OPENING_TIME = re.compile(
    # (a count of time later may come first: "Four and a half hours later, at 1.30 pm, it docked";
    # "In a rainstorm on Wednesday, 9 June 1909, ... set off west"; an anniversary's "One hundred
    # years ago today, on Tuesday, 27 June 1911, three men set out")
    r"\W*(?:(?:[\w-]+\s+){1,6}?(?:later|afterwards|ago(?:\s+today)?),\s*)?"
    # (and a narrative's "Then, on Friday, 12 April 1928, at 5.38am GMT, the Junkers ...")
    r"(?:(?:and\s+)?(?:then|finally|eventually|at\s+last|next),?\s+)?"
    r"(?:(?:at|on|in|by|around|about|shortly\s+(?:after|before)|just\s+(?:after|before)|"
    r"soon\s+after|early|late)\s+(?:[\w:.]+\s+){0,3}?(?:on|at|in)?\s*)?",
    re.IGNORECASE,
)


#: The place in capitals that opens a dateline ("HUE,", "LAS VEGAS (AP)"), not a sentence
#: that names an acronym in brackets ("The train left CSMT (Mumbai) at ...").
_DATELINE_CAPS = re.compile(r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*\s*[,(]")


#: A clause that is only a place's name or two after a comma ("..., Moniya, Ibadan, at 9").
_LOCATOR_ONLY = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s*){1,4}")
#: A clause that only describes the place before it: "landed at Grise Fiord, Canada's
#: northernmost civilian community, 1 hour 30 minutes later, at 11:45 a.m." (no time verb in it).
_APPOSITIVE_ONLY = re.compile(
    r"\s*(?:(?:the|a|an)\s+|(?-i:[A-Z])[\w'’.-]*['’]s\s+)(?:[a-z0-9][\w'’,.-]*\s+){0,5}[a-z][\w'’-]*\s*"
)
#: A dateline that opens the first sentence: "HUE, Vietnam, May 2 (Reuters) - ", "OSLO (AP) --".
_AGENCY_OPENER = re.compile(r"[A-Z][^\n()]{0,80}?\((?:[A-Z][\w .&-]{0,30})\)\s*(?:[-–—]+|\.-)?\s*")


#: What joins a clock time to a travel verb right after it: "gave a whistle at X at 8.15 am on
#: Sunday, November 3, and set off", "at 6 am and pulled out".
_AND_THEN = re.compile(
    r"(?:\s+on\s+[^.;!?]{1,40}?)?\s*,?\s+and\s+(?:then\s+|soon\s+|quickly\s+)?", re.IGNORECASE
)
#: A clock time or a time word soon after a verb: the verb has its own time.
_OWN_TIME = re.compile(
    r"[^.;!?]{0,40}?\b(?:at|by|around|about)\s+(?:\d|noon|midnight)", re.IGNORECASE
)


def _verb_joined_after(r: _Read, pos: int, place_words: set[str]) -> Relation | None:
    """A departure or arrival verb joined by "and" right after a clock time whose own clause
    has none ("The engine gave a whistle at New Jalpaiguri at 8.15 am on Sunday, November 3,
    and set off on ..."): the time is when the traveller left or arrived, unless the verb has
    a time of its own ("met at 9 am and set off at noon")."""
    text = r.text
    j = _AND_THEN.match(text, pos)
    if j is None:
        return None
    for name, rx, _ in _TIME_VERBS[1:]:
        m = rx.match(text, j.end())
        if m is not None and not _OWN_TIME.match(text, m.end()):
            fired("times:verb_joined_after")
            return name
    # a subject of its own that may be the traveller's vehicle: "The horn sounded at 9.00 am
    # on Monday, and the rust-streaked car ferry backed out of Padang Bai"
    det = _JOINED_DETERMINER.match(text, j.end())
    if det is None:
        return None
    at = det.end()
    for _ in range(5):
        w = _WORD_END.match(text, at)
        if w is None:
            return None
        at = w.end()
        for name, rx, _ in _TIME_VERBS[1:]:
            m = rx.match(text, at)
            if m is not None and not _OWN_TIME.match(text, m.end()):
                if not _actor_ok(text[j.end() : at], r.traveller, place_words):
                    return None
                fired("times:verb_joined_after_subject")
                return name
    return None


#: The determiner of a subject of its own after "and" ("and the rust-streaked car ferry backed
#: out of", "and its crew pulled into"): the verb is tried after each of its next 5 words.
_JOINED_DETERMINER = re.compile(r"(?:the|its|their|his|her)\s+", re.IGNORECASE)
_WORD_END = re.compile(r"[\w'’-]+\s+")


def _verb_search(
    rx: re.Pattern[str], text: str, low: str | None, pos: int, end: int
) -> re.Match[str] | None:
    """``rx.search(text, pos, end)``, found as :func:`_verb_matches` finds them (``low``: the
    whole text lower-cased, or None; the match's offset is what is read)."""
    if low is None:
        return rx.search(text, pos, end)
    twin = _TIME_VERB_TWINS[id(rx)]
    if twin is not None:
        return twin.search(low, pos, end)
    superset = _TIME_VERB_SUPERSETS[id(rx)]
    if superset is not None:
        return search_at_superset(rx, superset, text, low, pos, end)
    return rx.search(text, pos, end)


def departs_or_arrives(text: str, low: str | None, a: int, z: int) -> bool:
    """Whether ``[a, z)`` of ``text`` holds a departure or an arrival verb (``_DEPART`` or
    ``_ARRIVE``), looked for as :func:`_verb_search` does (``low``: the text lower-cased, or
    None)."""
    return (
        _verb_search(_DEPART, text, low, a, z) is not None
        or _verb_search(_ARRIVE, text, low, a, z) is not None
    )


#: Between a day and the clock time of the same moment: "Sunday, 20 June 1937, at".
_SAME_MOMENT = re.compile(r",\s*at\s+(?:(?:about|around|exactly|precisely)\s+)?")


def _verb_after_opening(r: _Read, pos: int, place_words: set[str]) -> Relation | None:
    """What the first departure, arrival or crossing verb of the sentence after a time that
    opens it makes of that time, when its subject (the words between) may be the traveller."""
    text, low = r.text, r.ad._lower
    _, z = r.ad.sentence_of(pos)
    found = [
        (m.start(), name)
        for name, rx, _ in _TIME_VERBS
        for m in [_verb_search(rx, text, low, pos, z)]
        if m is not None
    ]
    if not found:
        return None
    at, name = min(found)
    subject = text[pos:at]
    return name if _actor_ok(subject, r.traveller, place_words) else None


#: More verbs of a departure, kept apart so that each pattern keeps a gate of few strings: "the
#: bus pulled away from the staging area at 6 p.m.", "the convoy rolled out of Swakopmund at
#: 6.30am", "the ferry backed out of Padang Bai", "nosed out of the harbour".
_DEPART_MORE = re.compile(
    r"\b(?:pull(?:ed|s|ing)?\s+away\s+from|roll(?:ed|s|ing)?\s+out|back(?:ed|s|ing)?\s+out\s+of"
    r"|steam(?:ed|s|ing)?\s+out|nos(?:ed|es|ing)\s+out"
    # a vehicle's departure told by how it moves: "The red cogwheel train grinds out of
    # Garmisch-Partenkirchen at 8.15 am", "eased out of the station at 9"
    r"|(?:grind|chug|rumbl|creak|crawl|snak|slid|glid|eas|inch|lurch|clank|rattl|puff|trundl|"
    r"wheez|coast|motor|cruis|sail|slip|shudder|lumber|clatter|judder|squeal)(?:s|es|ed|d|ing)?"
    r"\s+out\s+of"
    # a driver's own vehicle between: "pulled his 34-tonne truck out of the depot at 9 pm"
    r"|(?:pull|drove|drive|steer)(?:ed|s|ing)?\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}?"
    r"out\s+of"
    # a traveller's service taken from a place: "took the Lastochka train from Moscow's
    # Leningradsky station at 9:20 a.m.", "caught the 6 a.m. ferry out of Split"
    r"|(?:took|takes|taking|caught|catches|catching|boarded)\s+(?:the|a|an|their|his|her)\s+"
    r"(?:[\w.'’-]+\s+){0,3}?(?:train|bus|coach|ferry|flight|plane|boat|ship|tram|express|sleeper"
    r"|shuttle|service)\s+(?:from|out\s+of)\b"
    # a locomotive's load or a captain's boat: "hauled its 10 carriages out of Caernarfon at
    # 10.00 am", "eased her away from the quay at 5 pm"
    r"|(?:haul|tow|tug|drag)(?:ed|s|ing)?\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}?"
    r"out\s+of"
    r"|(?:eas|nos|steer|guid|edg)(?:ed|es|ing)\s+(?:her|him|it|them)\s+(?:out\s+of|away\s+from)"
    # an airliner's start at the gate: "the regional jet pushed back from the gate at 7:15 a.m."
    r"|push(?:ed|es|ing)?\s+back\s+from"
    # "the ferry Aurora backs away from the dock at 2:15 p.m."; "slipped out of the house"; a
    # boat "was launched from a beach at Gravelines ... at about 3.10 am"
    r"|back(?:ed|s|ing)?\s+away\s+from|slipp(?:ed|ing)\s+out\s+of"
    r"|(?:was|were)\s+launched\s+from"
    # a ship's own slow start: "the overnight ferry eases away from the quay"
    r"|(?:eas|edg|slid|slip|glid|nos)(?:ed|es|s|ing)?\s+away\s+from"
    # a race's or a service's start: "the race started at 7 a.m.", "which starts at 5.30 am"
    r"|start(?:s|ed)\s+at(?=\s+\d|\s*$))\b",
    re.IGNORECASE,
)
#: More verbs of an arrival: a traveller's "got to my sister's house in Miami at 2:45 p.m." (not
#: "got to know"), a transit's end "cleared the Agigea lock into Constanta at 2 pm".
_ARRIVE_MORE = re.compile(
    r"\b(?:(?:got|gets|getting)\s+(?:back\s+)?(?:to|into)\s+(?!know\b|be\b|see\b|go\b|work\b|"
    r"grips\b|sleep\b|the\s+point\b)"
    r"|clear(?:ed|s|ing)?\s+the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:lock|locks|canal)"
    # a round trip's end: "left Alausi station at 8 am and returned at 10.30 am"
    r"|return(?:ed|s|ing)?\s+(?:(?:back|home)\s+)?(?:at|to|by)\b"
    # "left Alta ... and was back at 10 am on Friday"
    r"|(?:was|were)\s+back\s+(?:home\s+)?(?:in|at|on)\b"
    # a vessel's or a vehicle's arrival told by how it moves: "nosed into the port of Athinios
    # at 3:10 p.m.", "eased into Hvar harbour at 4 pm" (not "sailed into a storm")
    r"|(?:nos|edg|eas|glid|slid|inch|nudg|motor|putter|steam|sail|chugg?|rumbl|roll|coast|cruis|"
    r"limp|crawl|trundl)(?:ed|es|ing|s|d)?\s+into\s+(?!(?:a|an)\s)"
    r"|(?:swung|crept|drew)\s+into\s+(?!(?:a|an)\s)"
    # the end of a transit: "exited the canal at Balboa", "left it at Balboa, on the Pacific
    # side, at 2:30 p.m." (the canal it entered)
    r"|exit(?:ed|s|ing)\s+(?:the\s+)?(?:canal|locks?|tunnel|strait|channel|waterway|gorge)\b"
    r"|left\s+(?:it|the\s+(?:canal|locks?|tunnel|strait|waterway))\s+at\b"
    # a boat's end on a shore: "the lifeboat grounded in King Haakon Bay", "beached at Deal"
    r"|(?:grounded|ran\s+aground|went\s+aground|beached)\s+(?:in|at|on)\b"
    # a walk's or a race's end: "set off on Monday, June 9, and finished on Monday, June 23"
    r"|finish(?:ed|es|ing)\s+(?:on|at|in)\b"
    # a scheduled arrival in the infinitive: "was due to berth in Palermo at 6.30 am"
    r"|(?:berth|moor)\s+(?:in|at|alongside)\s+(?-i:[A-Z])"
    # "would break the tape at about 11.43 a.m."
    r"|break\s+the\s+tape"
    # an aircraft's pilot landing it: "brought the plane down in a cow pasture near San Jacinto"
    r"|(?:brought|brings|bringing|put|puts|putting)\s+(?:the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:plane|aircraft|airship|balloon|jet|seaplane|biplane|monoplane|machine|craft)\s+down\b"
    # a walk's or a run's end at a mark: "touched the trig point on Ivinghoe Beacon at 8.40 pm"
    r"|touch(?:ed|es|ing)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:trig\s+point|summit|cairn|finish|"
    r"marker|pillar|monument|post|wall|arch|sign)\b"
    # a traveller at a hotel at the end: "was checking into his hotel on the Strip by 9 a.m."
    r"|check(?:ed|s|ing)\s+(?:in\s+)?(?:into|in\s+at)\s+(?:(?:his|her|their|a|the)\s+)?"
    r"(?:[\w'’-]+\s+)?(?:hotel|hostel|guesthouse|motel|lodge|inn)\b)",
    re.IGNORECASE,
)

#: The verbs that make a time a crossing, a departure or an arrival, each with the strings one
#: of which its every match holds (lower-case; read off the pattern, which ignores case): a
#: clause holding none of them is not searched.
_TIME_VERBS = tuple(
    (name, rx, required_strings(rx) if rx.flags & re.IGNORECASE else None)
    for name, rx in (
        (Relation.CROSSING, _CROSS),
        (Relation.DEPARTURE, _DEPART),
        (Relation.ARRIVAL, _ARRIVE),
        (Relation.DEPARTURE, _DEPART_MORE),
        (Relation.ARRIVAL, _ARRIVE_MORE),
    )
)


#: Per time verb pattern (by its ``id``: a compiled pattern's hash reads its whole pattern and
#: code at every look-up, 6-9 us for ``_DEPART`` and ``_ARRIVE``, asked for each clause before
#: a time), its twin for the lower-cased clause (``text.document.lower_twin``), or None.
_TIME_VERB_TWINS = {id(rx): lower_twin(rx) for _, rx, _ in _TIME_VERBS}
#: Per time verb pattern without a twin (it requires a capital: "called at" a name), by its
#: ``id``, its superset for the lower-cased text (``text.document.lower_superset``), or None:
#: the pattern is then tried only where that finds a match (a verb's words), not at every
#: character.
_TIME_VERB_SUPERSETS = {
    id(rx): lower_superset(rx) for _, rx, _ in _TIME_VERBS if _TIME_VERB_TWINS[id(rx)] is None
}


def _search_low(rx: re.Pattern[str], twin: re.Pattern[str] | None, s: str) -> re.Match[str] | None:
    """``rx.search(s)``, by ``twin`` (its :func:`lower_twin`) in ``s`` lower-cased when there is
    one and ``s`` folds plainly: the same match at the same offsets (its groups lower-cased:
    read offsets only), found several times more quickly (a case-insensitive search tries each
    of its words at every character)."""
    if twin is not None and folds_plainly(s):
        return twin.search(s.lower())
    return rx.search(s)


def _verb_matches(rx: re.Pattern[str], clause: str, low: str | None) -> Iterator[re.Match[str]]:
    """``rx.finditer(clause)``, or the same matches found more quickly in ``low`` (the clause
    lower-cased, None when it holds a character of ``FOLD_ODD``): by ``rx``'s twin, or at the
    offsets its superset finds (read the matches' offsets only: a twin's words are lower-cased)."""
    if low is None:
        return rx.finditer(clause)
    twin = _TIME_VERB_TWINS[id(rx)]
    if twin is not None:
        return twin.finditer(low)
    superset = _TIME_VERB_SUPERSETS[id(rx)]
    if superset is not None:
        return finditer_at_superset(rx, superset, clause, low)
    return rx.finditer(clause)


def time_claims(r: _Read, first: int) -> list[TimeClaim]:
    """Dates and times, with the departure, arrival or crossing the verbs make of them: the
    verb nearest before the time in its clause (or in the clause before, when they share a
    subject; or after a time that opens its sentence), when its subject may be the traveller
    or one of the story's protagonists; else an event the sentence names. A pace written like
    a clock is no time; "the 8:01 departure" names its role, a stretch timed "from T1 to T2"
    departs at T1 and arrives at T2, "6:30 a.m. New York time" names its place's clock."""
    text, ad, out = r.text, r.ad, []
    place_words = {w for m in ad.mentions for w in m.text.split()}
    place_words |= {w for u in r.unplaced for w in u.text.split()}  # "the North Pole"
    found: list[frozenset[str]] = []  # the story's protagonists, read once when first asked

    def protagonists() -> frozenset[str]:
        if not found:
            names = _protagonists(text, place_words)
            if r.traveller and _named_in_full(text, r.traveller):
                # a story whose traveller is known follows that one: another person it names
                # in full ("Kim ... Putin arrived on Monday") times no part of the trip (a
                # traveller never named in full, "the Dolomites", is no person to prefer)
                names = names & frozenset(r.traveller.split())
            found.append(names)
        return found[0]

    # a pace written like a clock ("a 4:30 pace per km") is a speed, not a time of day
    paces = [(q.start, q.end) for q in r.quantities if is_pace(q)]
    for t in find_times(ad, r.document.date):
        if paces and any(s < t.end and t.start < e for s, e in paces):
            continue
        a, _ = ad.sentence_of(t.start)
        cs = ad.clause_start(t.start)
        # a relative clause keeps its relative word, the subject it shares with the clause
        # before ("The yacht, which started with the fleet ... at 1pm")
        rel_word = _RELATIVE_BEFORE.search(text, max(a, cs - 8), cs)
        if (
            cs == a
            and _DATELINE_CAPS.match(text, a)
            and (credit := _AGENCY_OPENER.match(text, a, t.start)) is not None
        ):
            cs = credit.end()  # "PRAGUE, May 4 (Agency) - The bus ...": the credit is no one
        if rel_word and _REPORTED_THAT.search(text, max(a, rel_word.start() - 30), cs):
            rel_word = None  # "NAN reports that the train departed ...": what is reported
        part = text[rel_word.start() if rel_word else cs : t.start]
        if (
            rel_word
            and cs > a
            and _CLOSED_ASIDE.search(part)
            and text[a : rel_word.start()].rstrip().endswith(",")
        ):
            # "stepped off in Ankara, which lies about 350 km north-east of Istanbul, at 1115":
            # the aside is closed, so the time belongs to the clause before it (not "a coach
            # that left X at 8 reached Y, the largest town, at 1.45 pm": no comma opened it)
            part = text[a : rel_word.start()].rstrip(" ,")
        role = None
        noun = _TIME_NOUN.match(text, t.end) if t.kind == "time" else None
        if (
            noun is None
            and t.kind == "time"
            and _THE_BEFORE.search(text, max(0, t.start - 5), t.start)
            and _TIME_NAMED_SERVICE.match(text, t.end)
        ):
            noun = _TIME_NAMED_SERVICE.match(text, t.end)
        if (
            noun is None
            and t.kind == "time"
            and _THE_BEFORE.search(text, max(0, t.start - 5), t.start)
        ):
            noun = _TIME_ALONE.match(text, t.end)
        if noun is not None:
            # "The 8:01 a.m. departure from London", "the 6.45pm arrival in Leeds"
            part = ""
            role = (
                Relation.ARRIVAL
                if noun.group(0).strip().casefold().startswith("arr")
                else Relation.DEPARTURE
            )
        # the verb nearest the time expression says what happened then; a clause with no verb
        # ("..., some 50 km north of Seoul, at 9:30am") takes the verb of the clause before it
        clauses = re.split(r",(?!\d{3}\b)", part)  # "20,000 other runners" is one clause
        # "arrived at the Awolowo Station, Moniya, Ibadan, at 10.35 a.m.": names that only say
        # where the place before lies are part of its clause
        clauses = [
            c
            for k, c in enumerate(clauses)
            if not k
            or not (
                _LOCATOR_ONLY.fullmatch(c)
                or (
                    # (not the clause right before the time, which may be its own: "..., the
                    # operator said on Thursday")
                    k < len(clauses) - 1
                    and _APPOSITIVE_ONLY.fullmatch(c)
                    and not _REPORTED.search(c)
                    and not any(rx.search(c) for _, rx, _ in _TIME_VERBS)
                )
            )
        ]
        for k, clause in reversed(list(enumerate(clauses))[-3:]):
            low = clause.lower() if folds_plainly(clause) else None
            verbs = [
                (m.end(), name, m.start())
                for name, rx, gate in _TIME_VERBS
                if gate is None or low is None or any(map(low.__contains__, gate))
                for m in _verb_matches(rx, clause, low)
            ]
            if not verbs and _REPORTED.search(clause):
                break  # "..., officials said on Thursday": the time dates what was said
            if verbs:
                # "..., and crossed the line at 10.58am": the verb shares the subject of the
                # clause before it; so does a clause that opens with its verb ("Lindbergh, then
                # a 25-year-old pilot, lifted the Spirit of St. Louis off ...")
                opens = not clause[: min(v[2] for v in verbs)].strip()
                shared = (_SHARED_SUBJECT.match(clause) or opens) and k > 0
                ok = (
                    _actor_ok(clause, r.traveller, place_words)
                    or (shared and _actor_ok(",".join(clauses[:k]), r.traveller, place_words))
                    # a relative clause's verb is its antecedent's: "A Kamome train that left
                    # Takeo-Onsen at 10:02 a.m."
                    or (
                        rel_word is not None
                        and k == 0
                        and (
                            _ACTORS.search(text, max(a, rel_word.start() - 40), rel_word.start())
                            if _ACTORS_LOW is None or ad._lower is None
                            else _ACTORS_LOW.search(
                                ad._lower, max(a, rel_word.start() - 40), rel_word.start()
                            )
                        )
                        is not None
                    )
                    or _protagonist_ok(clause, protagonists(), place_words)
                    or (
                        shared
                        and _protagonist_ok(",".join(clauses[:k]), protagonists(), place_words)
                    )
                )
                role = max(verbs)[1] if ok else None
                if role is not None and _REPORTED.search(clause, max(verbs)[0]):
                    role = None  # "got under way this week, officials said on Thursday"
                break
        if role is not None and _DEADLINE_BEFORE.search(text, max(a, t.start - 40), t.start):
            role = None  # "had until the 12-hour cut-off at 5.30 pm": a limit, not a start
        opener = _AGENCY_OPENER.match(text, a, t.start) if role is None else None
        if role is None and _OPENING_TIME.fullmatch(text, opener.end() if opener else a, t.start):
            role = _verb_after_opening(r, t.end, place_words)
        if role is None and t.kind == "time":
            role = _travel_range_end(text, a, t.start, t.end)
        if role is None and t.kind == "time":
            role = _verb_joined_after(r, t.end, place_words)
        if (
            role is None
            and t.kind == "time"
            and out
            and out[-1].relation in (Relation.DEPARTURE, Relation.ARRIVAL)
            and _SAME_MOMENT.fullmatch(text, out[-1].end, t.start)
        ):
            # "landed ... on Sunday, 20 June 1937, at 11:22 a.m.": the clock of the day before
            fired("times:clock_of_the_day_before")
            role = out[-1].relation
        if role is not None and out and _BRACKETED_TWIN.fullmatch(text, out[-1].end, t.start):
            role = None  # "4.47 p.m. local time (1547 GMT)": the same instant on another clock
        # (the events a sentence names before the time matter only to a time of no role)
        evs = _EVENT.findall(text[a : t.start]) if role is None else []
        event = evs[-1].casefold() if evs else None
        end, zone = t.end, t.zone
        # a place's clock right after the time or inside it ("6:30 a.m. New York time",
        # "10:22 p.m. Paris time the following day")
        pt = (
            _PLACE_TIME.search(text, t.start, t.end + 40) if t.kind == "time" and not zone else None
        )
        if pt is not None and pt.start() > t.end:
            pt = None
        named = (
            next(iter(ad.mentions_between(pt.start("name"), pt.start("name") + 1)), None)
            if pt
            else None
        )
        if named is not None and named.place is not None and named.place.timezone:
            # "6:30 a.m. New York time": the zone of the place named
            end, zone = max(t.end, pt.end()), named.place.timezone
        if zone is None and t.kind == "time" and t.begin == t.until:
            shared = _SHARED_ZONE_AFTER.match(text, t.end)
            named = _shared_zone(shared["z"], ad) if shared else None
            if named is not None:
                # "left at 5.30 am IST" in a story of India: the country the text names decides
                fired("times:shared_zone_abbreviation")
                end, zone = shared.end(), named
        if zone is None and t.kind == "time" and role is not None and t.begin == t.until:
            # "left Funchal at 8 am", "docked at Porto Santo at 10.20 am": the clock is read
            # where its own clause says the traveller was
            zone = _clock_place_zone(text, ad, cs, t.start, t.end)
        out.append(
            TimeClaim.made(
                r.claim_id(first + len(out)),
                r.doc,
                Kind(t.kind),
                text[t.start : end],
                t.start,
                end,
                relation=role or (Relation.EVENT if event else None),
                begin=t.begin,
                until=t.until,
                zone=zone,
                weekday=t.weekday,
                date=t.date,
                clock=t.clock,
                day_offset=t.day_offset,
                event=event,
                mode=ad.mode_of_sentence(t.start),
            )
        )
    return _restated(text, _days_beside(text, out))


#: What may stand between a clock and the day written beside it: "2 p.m. on Sunday, March 8",
#: "Sunday, March 8, at 2 p.m.", "4:12 a.m. Tuesday".
_DAY_BESIDE = re.compile(r"\s*(?:,\s*)?(?:on|at)?\s*")


def _days_beside(text: str, out: list[TimeClaim]) -> list[TimeClaim]:
    """The clocks whose date or weekday is written right beside them, marked ``day_written``."""
    days = [c for c in out if c.kind == "date" or c.weekday is not None]
    if not days:
        return out
    return [
        dataclasses.replace(c, day_written=True)
        if c.kind == "time"
        and c.weekday is None
        and any(
            (d.start >= c.end and _DAY_BESIDE.fullmatch(text, c.end, d.start))
            or (d.end <= c.start and _DAY_BESIDE.fullmatch(text, d.end, c.start))
            for d in days
            if d is not c
        )
        else c
        for c in out
    ]


#: What stands between a clock time and its restatement in another zone: "7:00 am (0500 GMT)".
_RESTATED_BETWEEN = re.compile(
    r"(?:\s+(?:[A-Z][\w'’-]*\s+){0,3}time)?\s*\(\s*(?:or\s+)?"  # "6:00 am Tahiti time (1600 GMT)"
)


def _restated(text: str, out: list[TimeClaim]) -> list[TimeClaim]:
    """The times with each clock restated in parentheses in another zone right after another
    clock ("left Tyre at 7:00 am (0500 GMT)") marked ``same_as`` that clock: one moment written
    twice, cited with it."""
    for k in range(1, len(out)):
        c, p = out[k], out[k - 1]
        if (
            c.kind == "time"
            and p.kind == "time"
            and c.zone is not None
            and c.zone != p.zone
            and c.begin is not None
            and c.begin == c.until
            and p.begin is not None
            and p.begin == p.until
            and _RESTATED_BETWEEN.fullmatch(text, p.end, c.start)
        ):
            fired("times:clock_restated")
            out[k] = dataclasses.replace(c, same_as=p.id)
    return out


#: A stretch of travel timed "from T1 to T2" ("the final leg ran from 9am to 1.30pm", "we
#: drove from 6 a.m. until noon"): the words of travel before "from", in the same clause.
_RANGE_TRAVEL = re.compile(
    r"\b(?:leg|legs|stage|stages|drive|ride|flight|crossing|journey|trip|voyage|sailing|run|ran|"
    r"runs|drove|drives|sailed|flew|walked|cycled|rode|travell?ed|lasted)\b[^.;:,]{0,60}?"
    r"\bfrom\s+$",
    re.IGNORECASE,
)


_RANGE_TO = re.compile(r"\s*(?:to|until|till|-|–)\s*$", re.IGNORECASE)


_RANGE_TO_AFTER = re.compile(r"\s*(?:to|until|till|-|–)\s*\d", re.IGNORECASE)


#: ``_RANGE_TRAVEL`` and ``_RANGE_TO`` for the lower-cased lead (see :func:`_search_low`).
_RANGE_TRAVEL_LOW = lower_twin(_RANGE_TRAVEL)
_RANGE_TO_LOW = lower_twin(_RANGE_TO)


def _travel_range_end(text: str, a: int, start: int, end: int) -> Relation | None:
    """The end of a stretch of travel timed "from T1 to T2" that a clock time is: T1 its
    departure, T2 its arrival; None for any other time (opening hours, "from 9am to 5pm" of a
    museum, name no travel before "from")."""
    lead = text[max(a, start - 90) : start]
    # (the clock after it first: a match at one place, where the search tries the lead's every
    # character)
    if _RANGE_TO_AFTER.match(text, end) and _search_low(_RANGE_TRAVEL, _RANGE_TRAVEL_LOW, lead):
        return Relation.DEPARTURE
    to = _search_low(_RANGE_TO, _RANGE_TO_LOW, lead)
    if to is None:
        return None
    first = re.search(r"\bfrom\s+[\w:.]+(?:\s*[ap]\.?m\.?)?$", lead[: to.start()], re.IGNORECASE)
    if first is not None and _search_low(
        _RANGE_TRAVEL, _RANGE_TRAVEL_LOW, lead[: first.start() + 5]
    ):
        return Relation.ARRIVAL
    return None


#: What stands between a clock time and the same instant on another clock in brackets right
#: after it: "arrived at 4.47 p.m. local time (1547 GMT)", "left at 10 a.m. (0800 GMT)".
_BRACKETED_TWIN = re.compile(r"\s*[(\[]\s*(?:or\s+)?")


#: A clock time that is a limit: "until the 12-hour cut-off at 5.30 pm", "the deadline of 6 pm",
#: "had until 5.30 pm" (not "did not reach Albuquerque until 9:30 p.m.": the arrival).
_DEADLINE_BEFORE = re.compile(
    r"(?:\b(?:cut-?off|deadline|curfew|closing\s+time|time\s+limit)\s+(?:time\s+)?(?:at|of)?"
    r"|\b(?:had|has|have|having|given|allowed)\s+until(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
#: What a place a clock time is read at stands after, before that time in its clause: a verb
#: of leaving or arriving, or "at", "in", "from" ("left Funchal at 8 am", "docked at Porto
#: Santo at 10.20 am"; not "left London for Tokyo at 10 am": Tokyo is not where the clock is).
_CLOCK_PLACE_LEAD = re.compile(
    r"\b(?:at|in|into|from|left|leaves|leaving|reached|reaches|reaching|departed|departs|"
    r"out\s+of|onto)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: What may stand between that place and its clock time: a few words of the place's own
#: ("Makkah's Rusaifah station", "Funchal harbour") and the "at" or "on" of the time.
_CLOCK_PLACE_GAP = re.compile(
    r"(?:['’]s)?(?:\s+[\w'’-]+){0,3}?\s+(?:at|by|shortly\s+after|just\s+after|around|about)"
    r"(?:\s+(?:about|around))?\s*$"
)
_CLOCK_PLACE_GAP_WORDS = frozenset(("for", "to", "towards", "bound", "via", "and", "or", "from"))
#: After a clock time: "at 10 am in Tokyo", "at 6.15 p.m. local time at Narita".
_CLOCK_PLACE_AFTER = re.compile(r"\s+(?:local\s+time\s+)?(?:in|at)\s+(?:the\s+)?$")


#: Zone abbreviations several zones share ("IST": India, Israel, Ireland), each with its zone
#: by country (``georoute/data/rules/times.json``, ``ambiguous_zone.*``).
_SHARED_ZONES: dict[str, dict[str, str]] = {
    r["words"][0]: r["by_country"]
    for r in rule_rows("times")
    if r["id"].startswith("ambiguous_zone.")
}
_SHARED_ZONE_AFTER = re.compile(r"\s*\(?(?P<z>" + "|".join(_SHARED_ZONES) + r")\b(?![-'’])\)?")


def _shared_zone(abbr: str, ad) -> str | None:
    """The zone a shared abbreviation names in this document: that of the one country among
    its readings that the document's places lie in ("IST" in a story of Kolkata: Asia/Kolkata),
    else None (none named, or several: not guessed)."""
    readings = _SHARED_ZONES[abbr]
    named = {
        c for m in ad.mentions if m.place is not None for c in m.place.countries if c in readings
    }
    return readings[named.pop()] if len(named) == 1 else None


def _clock_place_zone(text: str, ad, cs: int, start: int, end: int) -> str | None:
    """The time zone of the place a clock time's own clause says it was read at ("left Funchal
    at 8 am", "arrived at 10 am in Tokyo"), or None: a point placed in the gazetteer with a
    zone, named right before the time after a word of leaving, arriving or being at, or right
    after it after "in" or "at"."""
    before = [m for m in ad.mentions_between(cs, start) if m.end <= start]
    if before:
        m = max(before, key=lambda m: m.start)
        gap = text[m.end : start]
        if (
            "," not in gap
            and _CLOCK_PLACE_GAP.fullmatch(gap)
            and not _CLOCK_PLACE_GAP_WORDS.intersection(gap.casefold().split())
            and _CLOCK_PLACE_LEAD.search(text, max(cs, m.start - 20), m.start)
        ):
            return _point_zone(m)
    after = [m for m in ad.mentions_between(end, end + 30) if m.start >= end]
    if after:
        m = min(after, key=lambda m: m.start)
        if _CLOCK_PLACE_AFTER.fullmatch(text, end, m.start):
            return _point_zone(m)
    return None


def _point_zone(m) -> str | None:
    """The zone of a mention's place, when it is a point or a second-order subdivision all of
    whose places keep one zone ("docked at Porto Santo"); not a country's (its capital's: it may
    span others) nor a province's, too wide to say where the clock was."""
    p = m.place
    if p is None or not p.timezone:
        return None
    return p.timezone if not p.is_region or "admin2" in p.kinds else None


#: The relative word that opens a clause, kept with it (its verb shares the subject before).
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)\s*$", re.IGNORECASE)


#: "that" after a verb of saying opens what was said, no relative clause ("reports that").
_REPORTED_THAT = re.compile(
    r"\b(?:reports?|reported|said|says|announced|told\s+\w+|confirmed|added|noted|stated)\s+"
    r"that\s*$",
    re.IGNORECASE,
)
#: A relative clause closed by a comma right before a time ("..., which lies ..., at 1115").
_CLOSED_ASIDE = re.compile(r",\s*(?:at|on|around|about|shortly\s+after)?\s*$", re.IGNORECASE)


#: A clock time that names a service by its departure or arrival: "the 8:01 a.m. departure
#: from London", "the 7.15pm train from Leeds", "the 11:20 arrival in Paris", "the 6 a.m.
#: FlixBus from Lyon".
_TIME_NOUN = re.compile(
    r"\s+(departures?|arrivals?|(?:(?-i:[A-Z][\w'’-]+)\s+){0,2}(?:[a-z]+\s+)?"
    r"(?:train|service|flight|sailing|ferry|bus|coach|express|sleeper|shuttle|plane|boat"
    r"|catamaran|hydrofoil|special|charter)s?\s+(?=from\b|out\s+of\b|to\b|for\b)"
    # a service named by its operator or its brand: "the 8:30 a.m. Greyhound from Los Angeles"
    r"|(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?\s+(?=from\b|out\s+of\b))",
    re.IGNORECASE,
)
#: A scheduled service named by its time and its own name: "the 9:00 a.m. Alfa Pendular from
#: Lisbon", "the 7.15am Eurostar to Paris" (after "the": the time names the departure).
_TIME_NAMED_SERVICE = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?=from\b|out\s+of\b|to\b|for\b"
    # or the verb of its departure: "The 6.52 am Eurocity Direct left Brussels-South"
    r"|(?:left|leaves|departed|departs|pulled\s+out|pulls\s+out)\b)"
    # a vehicle named by its time and then its departure's verb: "the 10.25 am train set off
    # for the Brocken"
    # ... or a relative clause on it: "The 9:10 hydrofoil, which had left Como"
    r"|\s+(?:[a-z]+\s+)?(?:train|service|ferry|bus|coach|flight|boat|sailing|shuttle|express|"
    r"hydrofoil|catamaran|plane)"
    r"(?:\s+|,\s*(?:which|that)\s+(?:had\s+)?)"
    r"(?=(?:left|leaves|departed|departs|set\s+off|sets\s+off|set\s+out|pulled\s+out|"
    r"pulls\s+out|steamed\s+out|[a-z]+(?:s|es|ed|d)\s+out\s+of)\b)"
)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: A service named by its clock time alone, as British timetables and wire copy do: "the 08:00
#: from Buchanan Street", "the 06:20 to Euston" (after "the"; a place's name follows).
_TIME_ALONE = re.compile(r"\s+(?=(?:from|out\s+of|to)\s+(?:the\s+)?[A-Z])")


#: A place's clock after a clock time: "6:30 a.m. New York time", "10:22 p.m. Paris time".
_PLACE_TIME = re.compile(r"\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+time\b")


_ACTORS = re.compile(
    r"\b(?:he|she|it|they|we|i|train|convoy|motorcade|delegation|leader|plane|ship|ferry|flight"
    r"|aircraft|jet|vessel|boat|bus|coach|car|crew|passengers?|travell?ers?|team|riders?"
    r"|icebreaker|tanker|freighter|liner|yacht|helicopter|balloon|convoy|caravan"
    r"|tractor|truck|lorry|lorries|van|motorcycle|motorbike|bike|bicycle|raft|kayak|canoe"
    r"|runners?|cyclists?|walkers?|pilgrims?|athletes?|swimmers?|sailors?|peloton|pack"
    r"|express|shuttle|service|airliner|airlines?|airways|\d+-year-old"
    r"|ambulance|medevac|truck|lorry|locomotive|tram|trainset|hovercraft|catamaran"
    r"|seaplane|glider|airship|vehicles?|cars|buses|coaches|trucks|vans|motorcycles|ferries"
    r"|hydrofoil|lifeboat|tug|launch"
    # travellers wire copy names by what they are or do: "Drivers who left the capital at 6 am"
    r"|drivers?|motorists?|commuters?|holidaymakers?|tourists?|visitors?|fans|migrants?"
    r"|evacuees?|refugees?|families|skiers?|rowers?|paddlers?|hikers?|trekkers?|climbers?"
    r"|marchers?|mushers?|racers?|entrants?|competitors?|winners?|leaders|fleet|sloop|schooner"
    r"|dhow|sled|sledge|troops|soldiers|column|army|expedition|party|group|squad|players"
    # a journey named as what sets off: "The 52nd Youth Pilgrimage to Lujan set off at noon"
    r"|pilgrimage|procession|cortege|cavalcade|relay|rally|trek|voyage|journey|march"
    r"|trimaran|monohull|multihull|sailboat|dinghy|skipper|steamer|paddle-steamer|narrowboat"
    # an aircraft named by its maker: "An air force Boeing 737 ... took off"
    r"|boeing|airbus|embraer|bombardier|antonov|ilyushin|tupolev|cessna|sukhoi|comac|atr|fokker"
    r"|dornier|saab|de\s+havilland|twin\s+otter|pilatus|beechcraft|gulfstream|learjet|dassault"
    r"|lockheed|mcdonnell\s+douglas|hercules)(?:e?s)?\b",
    re.IGNORECASE,
)


#: A person named with an age, as wire copy introduces its traveller: "Hassan Kadhim, 52,".
#: (``\b`` before the capital written as ``[A-Z](?<!\w.)``: the same matches, found by a scan
#: that skips to the capitals.)
_AGED = re.compile(r"[A-Z](?<!\w.)[\w'’-]+,\s+\d{1,3},")


#: (``\b`` before the capital written as ``[A-Z](?<!\w.)``: the same matches, found by a scan
#: that skips to the capitals.)
_OTHER_PERSON = re.compile(r"[A-Z](?<!\w.)[a-z]+\b")


#: Capitalised words that open a clause and name no one ("One of the largest ferries left").
_NOT_PERSONS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "The",
        "On",
        "In",
        "At",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
        "Dozens",
        "Hundreds",
        "Thousands",
        "Some",
        "Each",
        "Both",
        "All",
        "Most",
        "Another",
        "A",
        "An",
        "It",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "Their",
        "His",
        "Her",
        "Our",
        "Every",
        "Several",
        "Many",
        # a clock's zone named in words ("at 2.45 pm Eastern time", "Central Standard Time")
        "Eastern",
        "Central",
        "Pacific",
        "Mountain",
        "Atlantic",
        "Standard",
        "Daylight",
        "Summer",
        "Time",
        "Then",
    ]
)


#: A run of capitalised words, with the particles of place names ("Gare du Nord").
#: (``\b`` before the capital written as ``[A-Z](?<!\w.)``: the same matches, found by a scan
#: that skips to the capitals.)
_CAPITAL_RUN = re.compile(
    r"[A-Z](?<!\w.)[\w'’.-]*(?:\s+(?:(?:du|de|des|la|le|del|of)\s+)?[A-Z][\w'’.-]*)*"
)


#: A capitalised name right after "the": a named vehicle or thing ("The Kaiarahi left",
#: "the Lusitania"), never a person.
#: (``\b`` before "the" written as ``[Tt](?<!\w.)``: the same matches, found by a scan that
#: skips to the t's.)
_THE_NAME = re.compile(
    r"[Tt](?<!\w.)he\s+(?:(?:first|second|third|last|new|final|inaugural|maiden|daily|morning|"
    r"evening|overnight|fastest|special)\s+)?"
    # a service named by its clock time: "the 8:30 a.m. Greyhound", "the 9pm Eurostar"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[aApP]\.?[mM]\.?)?\s+)?"
    r"(?:[a-z]+-[a-z]+\s+)?"
    # a ship's or a train's name with its particles: "The Cote d'Albatre", "the Pride of York"
    r"(?:(?:[A-Z][\w'’-]*|[dl]['’][A-Z][\w'’-]*)\s+(?:(?:de|del|della|di|da|du|des|la|le|of|van"
    r"|von)\s+)?){0,2}(?:[A-Z][\w'’-]*|[dl]['’][A-Z][\w'’-]*)"
)


#: A clause whose verb shares the subject of the clause before it.
_SHARED_SUBJECT = re.compile(r"\s*(?:and|then|before|later)\b", re.IGNORECASE)


#: Names of a place's parts, no one's name: "Madrid's Puerta del Sol", "the Mo Chit terminal".
#: A place named after its kind: "the port of Athinios", "the village of Theth".
_KIND_OF_NAME = re.compile(
    r"\b(?:port|town|village|city|island|harbou?r|resort|oasis|hamlet|settlement|outpost)\s+of\s+"
    r"(?:[A-Z][\w'’-]*\s*){1,3}"
)
_PLACE_PART = re.compile(
    # (both branches open with a capitalised word, read once before them: ``\b[A-Z]``, its
    # word boundary written as a look-behind after the capital, so that a scan skips to it)
    r"[A-Z](?<!\w.)(?:[\w-]*['’]s\s+(?:(?:[A-Z][\w'’-]*|de|del|do|da|di|la|le|des|of)\s*){1,5}"
    r"|[\w'’-]*\s+(?:\b[A-Z][\w'’-]*\s+){0,3}(?i:terminal|station|airport|port|pier|wharf|"
    r"racecourse|stadium|square|plaza|bridge|hall|harbou?r|marina|quay|depot|esplanade|field)\b)"
)


#: A service back, or a return run: its times are not the journey's.
_RETURN_SERVICE = re.compile(
    r"\b(?:last|next|final|earliest|latest|first)\s+(?:[\w-]+\s+)?(?:train|flight|bus|coach|"
    r"ferry|service|boat|ship|plane|sailing)s?\s+back\b|\breturn\s+(?:train|flight|bus|coach|"
    r"ferry|service|boat|ship|plane|sailing|journey|trip|leg|voyage)s?\b",
    re.IGNORECASE,
)


#: ``_RETURN_SERVICE`` and ``_ACTORS`` for the lower-cased clause (see :func:`_search_low`).
_RETURN_SERVICE_LOW = lower_twin(_RETURN_SERVICE)
_ACTORS_LOW = lower_twin(_ACTORS)


def _actor_ok(clause: str, traveller: str | None, places: set[str]) -> bool:
    """A departure or arrival verb counts when its clause is about the traveller (or names no one
    else: a name after "the" is a vehicle's or a thing's, "The Kaiarahi left Wellington").

    >>> _actor_ok("The Kaiarahi left Wellington at ", "KiwiRail", {"Wellington"})
    True
    >>> _actor_ok("the first Nozomi of the day left Tokyo at ", None, {"Tokyo"})
    True
    >>> _actor_ok("which left London St Pancras at ", None, {"London"})
    True
    >>> _actor_ok("Smith left Wellington at ", "KiwiRail", {"Wellington"})
    False
    >>> _actor_ok(" 2025 (Kyodo) - The 7:15 a.m. Hikari reached Osaka at ", None, {"Osaka"})
    True
    """
    if _search_low(_RETURN_SERVICE, _RETURN_SERVICE_LOW, clause):
        return False  # "the last train back leaves Gare du Nord at 21:13": another run
    if traveller and traveller in clause:
        return True
    if _search_low(_ACTORS, _ACTORS_LOW, clause) or _AGED.search(clause):
        return True
    clause = _THE_NAME.sub(" ", _PLACE_PART.sub(" ", _CREDIT.sub(" ", clause)))
    clause = _KIND_OF_NAME.sub(" ", clause)  # "into the port of Athinios": a place, no person
    # a capitalised run holding a place's word is that place's station or quarter ("London St
    # Pancras", "Varanasi Junction", "Paris Gare du Nord"), not a person
    clause = _CAPITAL_RUN.sub(
        lambda m: (
            " "
            if any(w in places or w.rstrip("'’s") in places for w in m.group().split())
            else m.group()
        ),
        clause,
    )
    names = [
        w
        for w in _OTHER_PERSON.findall(clause)
        if w not in _NOT_PERSONS and w not in places and w.casefold() not in CALENDAR_WORDS
    ]
    return not names


#: A verb of reporting after the travel verb: the time then dates what was said, not the trip.
_REPORTED = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|added|stated|tweeted|posted)\b"
    r"(?:\s+\w+){0,2}\s+(?:on|at)?\s*$"
)


#: A dateline's agency credit, "(Reuters) -": the agency is no actor of the first sentence.
_CREDIT = re.compile(r"\((?:[A-Z][\w.&-]*\s?){1,4}\)\s*(?:[-–—]+|\.-)")


#: A capitalised word, whole (as ``_FULL_NAME`` writes a name's words).
#: (``\b`` before the capital written as ``[A-Z](?<!\w.)``: the same matches, found by a scan
#: that skips to the capitals.)
_CAPITALISED_WORD = re.compile(r"[A-Z](?<!\w.)[a-z][\w-]*")


#: A person named in full: two or three capitalised words ("Ana Ruiz", "Jean-Paul Morel").
#: (``\b`` before the capital written as ``[A-Z](?<!\w.)``: the same matches, found by a scan
#: that skips to the capitals.)
_FULL_NAME = re.compile(r"[A-Z](?<!\w.)[a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}\b")


#: A name after a preposition is where something happens, not who acts ("below Cap Gris-Nez").
_AFTER_PREPOSITION = re.compile(
    r"\b(?:at|in|below|above|near|off|on|onto|from|to|of|by|into|under|beside|outside|towards?"
    r"|past|via)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:de|del|la|las|los|le|du|da|do|di|of)"
    r"\s+)*[A-Z][\w'’.-]*)*"
)


def _named_in_full(text: str, name: str) -> bool:
    """Whether ``name`` is a word of a person's full name the text writes ("Kim Jong Un"; not
    "The Dolomites")."""
    return any(
        name in words and words[0] not in _NO_FIRST_NAME
        for words in (m.group().split() for m in _FULL_NAME.finditer(text))
    )


_NO_FIRST_NAME = frozenset(("The", "A", "An", "This", "That", "These", "Those"))


def _protagonists(text: str, places: set[str]) -> frozenset[str]:
    """The names of the people a story follows: a name given in full somewhere whose last word
    the text writes again ("Ana Ruiz entered the water ... Ruiz said"). A departure or arrival
    such a person makes is the story's.

    >>> sorted(_protagonists("Ana Ruiz left. Ruiz said no. Ann Lee said.", set()))
    ['Ana', 'Ruiz']
    >>> sorted(_protagonists("Ana Ruiz left. Ruiz said no. Ann Lee said. Lee agreed.", set()))
    []
    """
    found: dict[str, set[str]] = {}
    counts: Counter[str] | None = None  # the text's capitalised words, counted once
    for m in _FULL_NAME.finditer(text):
        words = m.group().split()
        last = words[-1]
        if any(w in places or w.casefold() in CALENDAR_WORDS for w in words):
            continue
        if _WORD_CHARS.fullmatch(last):
            if counts is None:
                counts = Counter(_CAPITALISED_WORD.findall(text))
            again = counts[last] >= 2
        else:  # "O'Neil", "Ruiz-Lopez": as written, whole
            again = len(re.findall(r"\b" + re.escape(last) + r"\b", text)) >= 2
        if again:
            found.setdefault(last, set()).update(words)
    if len(found) > 1:
        # of several, the ones the text marks as people: an age after the name ("Marta
        # Zardini, 40,") or a verb of saying ("Zardini said"), not a route's name written
        # twice ("the Alta Via 1 ... the Alta Via 2")
        # (an age first: wire copy gives the travellers' ages, not the officials')
        for marks in _PERSON_MARKS:
            people = {
                last: words for last, words in found.items() if _written_before(text, last, marks)
            }
            if people:
                found = people
                break
    if len(found) == 2:
        # two people the text names as one subject travel together: "Corporal Tom Hayward
        # and Lance Corporal Josh Amankwah started from ..."
        a, b = found
        if re.search(
            rf"\b{re.escape(a)}\s+and\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}?{re.escape(b)}\b"
            rf"|\b{re.escape(b)}\s+and\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}?{re.escape(a)}\b",
            text,
        ):
            return frozenset(found[a] | found[b])
    # (two such people, "Kim ... Vladimir Putin ... Putin": which one travels is not guessed)
    return frozenset(next(iter(found.values()))) if len(found) == 1 else frozenset()


_WORD_CHARS = re.compile(r"\w+")

#: What marks a name as a person's, tried in turn: an age after it ("Marta Zardini, 40,"),
#: then an age or a verb of saying ("Zardini said").
_PERSON_MARKS = (
    re.compile(r",\s+\d{1,3}[,.;]"),
    re.compile(r"(?:,\s+\d{1,3}[,.;]|\s+(?:said|says|told|added))"),
)
#: An empty match where a word boundary lies.
_BOUNDARY = re.compile(r"\b")


def _written_before(text: str, name: str, after: re.Pattern[str]) -> bool:
    """Whether ``re.search(r"\\b" + re.escape(name) + after.pattern, text)`` finds a match: the
    name's own occurrences found by ``str.find``, and at each the word boundary and ``after``
    matched (a pattern that opens with a word boundary is tried at every character of the
    text, one with the name's letters is not).

    >>> rx = _PERSON_MARKS[1]
    >>> _written_before("Zardini said", "Zardini", rx), _written_before("Di Zardini said", "Zardini", rx)
    (True, True)
    >>> _written_before("DiZardini said", "Zardini", rx), _written_before("Zardini, 40.", "Zardini", rx)
    (False, True)
    """
    k = text.find(name)
    while k >= 0:
        if _BOUNDARY.match(text, k) and after.match(text, k + len(name)):
            return True
        k = text.find(name, k + 1)
    return False


#: A name, then "and" and another person's name of up to four words.
_COMPANION = re.compile(r"\b([A-Z][\w'’-]*)\s+and\s+(?:[A-Z][\w'’.-]*\s+){1,4}")


def _protagonist_ok(clause: str, protagonists: frozenset[str], places: set[str]) -> bool:
    """Whether the only people a clause names are the story's protagonists ("Ana Ruiz entered
    the water at Dover at "): then its verb is theirs, whoever the document's traveller is.

    >>> _protagonist_ok("Ana Ruiz entered the water at Playa Chica at ", frozenset({"Ana", "Ruiz"}), set())
    True
    >>> _protagonist_ok("Ruiz met Cruz at ", frozenset({"Ana", "Ruiz"}), set())
    False
    """
    if not protagonists or _search_low(_RETURN_SERVICE, _RETURN_SERVICE_LOW, clause):
        return False
    clause = _PLACE_PART.sub(" ", _THE_NAME.sub(" ", _AFTER_PREPOSITION.sub(" ", clause)))
    # a companion named with a protagonist shares the verb: "Corporal Tom Hayward and Lance
    # Corporal Josh Amankwah started from ..."
    clause = _COMPANION.sub(
        lambda m: m.group(1) + " " if m.group(1) in protagonists else m.group(0), clause
    )
    names = [
        w
        for w in _OTHER_PERSON.findall(clause)
        if w not in _NOT_PERSONS and w not in places and w.casefold() not in CALENDAR_WORDS
    ]
    return bool(names) and all(w in protagonists for w in names)
