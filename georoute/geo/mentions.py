"""Find the place mentions in a text and resolve them in the document's own context.

Capitalisation and person-name patterns decide what is a mention; resolution itself stays
case-insensitive. Candidate spans are matched against the gazetteer index, never the other
way round, so the cost grows with the text, not with the 235,000 places.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import TYPE_CHECKING

from georoute.base.coverage import fired
from georoute.base.documents import DATELINE_CREDIT
from georoute.base.geodesy import geodesic_within, haversine_km
from georoute.base.places import Place
from georoute.base.rules import rule_row, rule_rows
from georoute.geo.gazindex import NEEDS_FEATURE_OR_CITY, SUBDIVISION_TYPE_WORDS, airport_core
from georoute.geo.namespans import (
    COMBINING_FORM,
    COMPASS_WORDS,
    CONNECTORS,
    FEATURE_TAILS_NOT_PEOPLE,
    HOLIDAY_NAMES,
    LEGISLATURE_NAMES,
    LOCATIVES,
    MAKER_NAMES,
    NAME_PREFIXES,
    NAMED_AFTER_PLACE,
    OPENERS,
    SETTLEMENT_NOUNS,
    SHORT_TITLES,
    SPEECH_VERBS,
    TITLES_OPENING_PLACES,
    TOWN_BODIES,
    VESSEL_PREFIXES,
    WAY_WORDS,
    Mention,
    Token,
    capital_runs,
    given_names,
    is_title,
    located_after,
    person_name_run,
    person_name_words,
    run_words,
    title_before,
    tokenize,
    trimmed,
)
from georoute.geo.readings import (
    NONE_OF_THE_NAME,
    airport_references,
    as_located,
    capital_references,
    country_endings,
    dateline_towns,
    facilities_of_cities,
    initialism_mentions,
    institution,
    located_by_country,
    neighbours,
    pole_references,
    regional_capitals,
    regions_in_lists,
    seats_as_points,
    short_forms,
    venue_names,
)
from georoute.geo.resolution import Resolution, ResolutionContext, feature_kinds
from georoute.geo.unplaced import Unplaced, find_unplaced
from georoute.text.textnorm import normalize_name, spelt_alike

if TYPE_CHECKING:  # the gazetteer reads a text's context with this module
    from georoute.geo.gazetteer import Gazetteer

__all__ = [
    "Mention",
    "Unplaced",
    "document_context",
    "find_mentions",
    "find_unplaced",
    "is_adjective",
    "name_runs",
    "person_tokens",
]

MAX_SPAN_TOKENS = 6
#: Ordinary words that are also the names of provinces somewhere.
GENERIC_REGION_WORDS = frozenset(rule_row("names", "generic_region_words")["words"])
_LANGUAGES = rule_row("names", "language_names")
#: Languages' names that are also places' adjectives ("English", "Arabic").
LANGUAGE_NAMES = frozenset(_LANGUAGES["words"])
#: A language's name before a closing mark or one of these words is the language.
_FOLLOWERS = "|".join(map(re.escape, _LANGUAGES["followers"]))
_AS_LANGUAGE = re.compile(rf"\s*(?:[.;:!?)\]\u2014\u2013]|(?:{_FOLLOWERS})\b)")
_PEOPLE = rule_row("names", "people_nouns")
#: Endings of a people's adjective ("American", "Chinese", "Iraqi", "Dutch").
_PEOPLE_ENDINGS = tuple(_PEOPLE["words"])
#: After a people's adjective: it names the people, not the place's thing ("an American who").
_AS_PEOPLE = re.compile(
    r"(?:[.;:!?)\]\u2014\u2013]|,(?!\s*[A-Z])|\s+(?:"
    + "|".join(map(re.escape, _PEOPLE["followers"]))
    + r")\b|\s+(?:and|or)\s+(?:an?|the)\s)"
)
#: Ordinary nouns of institutions' names that are also small towns' names ("University").
ORGANISATION_WORDS = frozenset(rule_row("names", "organisation_words")["words"])
_PATHOGENS = rule_row("names", "pathogen_words")
#: a pathogen's word right after a name, not itself before a word that places cases
_AS_PATHOGEN = re.compile(
    rf"[ \u00a0-](?:{'|'.join(map(re.escape, _PATHOGENS['words']))})\b"
    rf"(?![ \u00a0-](?:{'|'.join(map(re.escape, _PATHOGENS['not_before']))})\b)",
    re.IGNORECASE,
)
#: A surname's particle ("van Boxtel", "von der Leyen"): the word after it, behind a
#: capitalised word, is a surname; a lone word before it and a capital, a given name.
_PARTICLES = "|".join(
    re.escape(w).replace(r"\ ", r"\s+")
    for w in sorted(rule_row("names", "surname_particles")["words"], key=len, reverse=True)
)
_PARTICLE_AFTER = re.compile(rf"\s+(?:{_PARTICLES})\s+[A-Z]")
_PARTICLE_BEFORE = re.compile(rf"\b[A-Z][\w'’-]*\s+(?:{_PARTICLES})\s+$")
#: The last words of the particles: a lead that ``_PARTICLE_BEFORE`` matches ends with one of
#: them once its trailing spaces are stripped (most leads do not: they are not searched).
_PARTICLE_ENDS = tuple(
    sorted({w.split()[-1] for w in rule_row("names", "surname_particles")["words"]})
)
#: "Dr. Nestor Barroga": a shortened title, its period and the name after it.
_TITLE_PERIOD = re.compile(r"\.\s+[A-Z]")
#: "in Spring 2002": a season word before a year is a date.
_SEASON_YEAR = re.compile(r"\s+(?:1[89]|20)[0-9]{2}\b")
SEASONS = frozenset(rule_row("names", "seasons")["words"])
#: "the MoD", "the DoD", "DfT": a word of three or four letters that ends in a capital after a
#: lower-case letter is an initialism, as written ("McAllen", "DeKalb" are longer; "SoHo",
#: "NoHo" end in a lower-case letter).
_MIXED_INITIALISM = re.compile(r"[A-Z][a-z]{1,2}[A-Z]")
#: A lone word naming a small place is taken only with support from the context.
MIN_UNSUPPORTED_POPULATION = 15_000
#: A lone word naming a city this big is taken even in a text that names nothing near it.
BIG_CITY = 1_000_000
#: The least population of a city whose name, though also a surname ("Denver", "Houston"), stays
#: a place inside an organisation's or a train's name ("the Denver Zephyrs", "Houston Rockets").
SURNAME_CITY = 300_000
#: A city this big, the only place of a name that respells its main name, is taken by it.
RESPELT_CITY = 100_000
#: ... and a city this big, so named, is a sure reading that vouches for its country (a capital
#: by its modern spelling: "Ulaanbaatar"; not "Termez", whose airport carries the next name).
SURE_RESPELT_CITY = 500_000


def name_runs(text: str, gaz: Gazetteer, tokens: list[Token]) -> list[list[int]]:
    """The capitalised runs of ``tokens`` that may hold names, trimmed (``namespans.trimmed``):
    read once per document for :func:`find_mentions` and :func:`find_unplaced`."""
    return trimmed(capital_runs(text, tokens), tokens, gaz, text)


def person_tokens(
    text: str,
    gaz: Gazetteer,
    tokens: list[Token] | None = None,
    runs: list[list[int]] | None = None,
) -> set[str]:
    """Words that name people or organisations in this text (titles, multi-word non-place names)."""
    tokens = tokenize(text) if tokens is None else tokens
    runs = trimmed(capital_runs(text, tokens), tokens, gaz, text) if runs is None else runs
    return _persons(text, tokens, runs, _run_leads(text, gaz, tokens, runs), gaz)


#: A run right after a title ("Mr", "President"): a person's name.
_TITLED = -1
#: A possessive ending of a word ("Holland's").
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _run_leads(text: str, gaz: Gazetteer, tokens: list[Token], runs: list[list[int]]) -> list:
    """Per run: ``_TITLED`` after a title; for a run of two words or more that is no known name,
    how many of its leading words name a place (:func:`_named_lead`); else None. Read once for
    the person words and the spans."""
    out: list[int | None] = []
    for run in runs:
        if title_before(text, tokens, run[0]):
            out.append(_TITLED)
        elif (
            len(run) >= 2
            and not _known_whole(run_words(tokens, run), gaz)
            and not (
                _AIRPORT_AFTER.match(text, tokens[run[-1]].end)
                and (
                    _names_an_airport(run_words(tokens, run), gaz)
                    # with the particles the run leaves out: "Charles de Gaulle airport"
                    or _names_an_airport(text[tokens[run[0]].start : tokens[run[-1]].end], gaz)
                )
            )
        ):
            out.append(_named_lead(text, tokens, run, gaz))
        else:
            out.append(None)
    return out


#: An appositive after a person's name that says who the bearer is ("Banahari Saha, a stall
#: operator"; "Ann Sicilia, 54, a nurse").
_WHO_AFTER = re.compile(r",\s+(?:\d{1,3},\s+)?(?:an?|the)\s+[a-z]")


def _persons(
    text: str, tokens: list[Token], runs: list[list[int]], leads: list, gaz: Gazetteer
) -> set[str]:
    """:func:`person_tokens` of runs whose :func:`_run_leads` are read."""
    found: set[str] = set()
    placed: set[str] | None = None  # (:func:`_placed_words`, read when a run needs them)
    surnames: set[str] = set()  # the last words of people's names written in full
    for run, lead in zip(runs, leads, strict=True):
        if lead is None:
            continue
        words = [tokens[i].text for i in run]
        if lead == _TITLED:
            found.update(w.casefold() for w in words)
            if len(words) >= 2:  # "Mayor Ann Holland": her surname
                surnames.add(_POSSESSIVE_END.sub("", words[-1]))
        elif any(w.casefold() in _FACILITY_WORDS for w in words[:-1]):
            continue  # "RAAF Base Darwin", "Naval Station Norfolk": a facility, no person
        elif lead and _airport_short_name(" ".join(words[lead:]), gaz):
            continue  # "London Heathrow", "Toronto Pearson": the city's airport, no person
        elif len(words) == 2 and FACILITY_WORDS.get(words[-1].casefold()):
            continue  # "Boten Station", "Changi Airport": a facility named after its place
        else:
            title = next(
                (
                    k
                    for k, w in enumerate(words[:-1])
                    if is_title(w) and (k or w.casefold().rstrip(".") not in TITLES_OPENING_PLACES)
                ),
                None,
            )
            # "Denver District Judge Robert Hyatt": the judge is a person; so is the president
            # in "President Barack Obama's trip" (a title opening the run, not "Saint Paul")
            if title is not None:
                if words[title] not in VESSEL_PREFIXES and len(words) - title > 2:
                    surnames.add(_POSSESSIVE_END.sub("", words[-1]))
                found.update(
                    w.casefold()
                    for w in words[title + 1 :]
                    if not _well_known(w, gaz)
                    and not (words[title] in VESSEL_PREFIXES and _placed_elsewhere(tokens, w))
                )
                continue
            person = _person_run(words, gaz)  # "Victoria Beckham": Victoria is her name here
            route = _route_words(text, tokens, run, gaz)
            if placed is None:
                placed = _placed_words(text, tokens)
            if (
                not lead
                and len(words) - 1 not in route
                # "Karen Houston", or after a role: "Analyst Karen Houston", "Police Chief
                # Ann Holland"
                and (
                    person
                    or (len(words) >= 3 and _person_run(words[-2:], gaz))
                    # "Michael Sicilia": a given name before a place's name that leads no run
                    or (len(words) == 2 and words[0].casefold() in given_names())
                    # "Banahari Saha, a stall operator": a name of two words no place opens,
                    # set off by an appositive that says who its bearer is
                    or (
                        len(words) == 2
                        and not _cased_candidates(words[0], gaz)
                        and _WHO_AFTER.match(text, tokens[run[-1]].end) is not None
                    )
                )
            ):
                surnames.add(_POSSESSIVE_END.sub("", words[-1]))
            found.update(
                w.casefold()
                for k, w in enumerate(words[lead:])
                if (lead + k) not in route
                and (
                    (person and k == 0)
                    or not (
                        w.casefold() in placed
                        or _well_known(w, gaz)
                        or (not person and _sizeable_town(w, gaz))
                        or (
                            not person
                            and (
                                _after_connector(text, tokens, run, lead + k)
                                or _before_feature_tail(words, lead + k)
                            )
                            and _feature_namesake(w, gaz)
                        )
                    )
                )
            )
    if surnames and placed is None:
        placed = _placed_words(text, tokens)
    named = {w for w in surnames if w.casefold() not in (placed or ())}
    found.update(_speakers(tokens, runs, gaz, named))
    return found


#: The least population of a town that a feature's name ("Salar de Uyuni", "the Juneau
#: Icefield") keeps a place for the rest of the text: a hamlet sharing a canyon's or a
#: volcano's name ("the Colca Canyon", "Mount Etna") is rarely the town meant.
FEATURE_NAMESAKE_MIN_POPULATION = 2_500


#: How many readings of words (or of a run's words) each per-process cache below keeps: a
#: word's reading depends on the word and the index alone, as the index's own look-ups do
#: (``Gazetteer.candidates``), so it is worked out once however many texts write the word.
_WORD_READINGS = 65536


def _route_words(text: str, tokens: list[Token], run: list[int], gaz: Gazetteer) -> set[int]:
    """The positions in a run of two places joined by a hyphen, a route ("Direct Geneva-Lyon
    trains", "the Chicago-Denver run"): never a person's name, whatever else the run holds."""
    out: set[int] = set()
    for k in range(len(run) - 1):
        a, b = tokens[run[k]], tokens[run[k + 1]]
        if text[a.end : b.start] in ("-", "–") and all(
            gaz.candidates(t.text, cased=True) for t in (a, b)
        ):
            out.update((k, k + 1))
    return out


@lru_cache(maxsize=_WORD_READINGS)
def _feature_namesake(word: str, gaz: Gazetteer) -> bool:
    """Whether ``word`` is the main name of a region or a town of at least
    ``FEATURE_NAMESAKE_MIN_POPULATION``."""
    return any(
        prim and (p.is_region or (p.population or 0) >= FEATURE_NAMESAKE_MIN_POPULATION)
        for p, prim in _cased_candidates(word, gaz)
    )


def _after_connector(text: str, tokens: list[Token], run: list[int], k: int) -> bool:
    """Whether the ``k``-th word of a run follows a connector ("Salar de Uyuni", "Sierra de
    Guadarrama", "University of Exeter"): the name a feature or a body is named after, a place
    for the rest of the text."""
    if not k:
        return False
    gap = text[tokens[run[k - 1]].end : tokens[run[k]].start].strip().casefold()
    return gap in CONNECTORS


def _before_feature_tail(words: list[str], k: int) -> bool:
    """Whether the ``k``-th word of a run is the place a feature closing the run is named
    after ("the Hunza River", "the Noto Peninsula", "Dover Castle"), and no common given name
    ("the Victoria Falls" leaves Victoria a person's name where a text makes it one)."""
    return (
        k < len(words) - 1
        and words[-1].casefold() in FEATURE_TAILS_NOT_PEOPLE
        and words[k].casefold() not in given_names()
    )


def _placed_words(text: str, tokens: list[Token]) -> set[str]:
    """The words the text itself writes as places: the wire dateline's name ("BRIENZ,
    Switzerland (SDA) -") and a lone name right after "in", "at", "reached"...: inside an
    organisation's, an event's or a railway's name ("the Brienz Rothorn railway") such a word
    stays a place for the rest of the text."""
    # (as :func:`_after_locative` and :func:`_in_dateline` read each capitalised word: the
    # words after a locative found by a look-up a word, a dateline's only in the first lines)
    out = {
        t.text.casefold()
        for prev, t in pairwise(tokens)
        if prev.text in LOCATIVES
        and not t.possessive
        and t.text[:1].isupper()
        and text[prev.end : t.start] == " "
    }
    for t in tokens:
        if t.start >= _CREDIT_WITHIN:
            break
        if t.text[:1].isupper() and _in_dateline(text, t.start, t.end):
            out.add(t.text.casefold())
    # the two ends of "from Fairbanks to Bettles": "the old Bettles Lodge" leaves Bettles a place
    for m in _FROM_TO_NAMES.finditer(text):
        out.update(w.casefold() for w in m.group(1, 2))
    return out


#: A journey's two ends by their one-word names: "from Fairbanks to Bettles".
_FROM_TO_NAMES = re.compile(r"\bfrom\s+([A-Z][\w\u2019'-]*[\w])\s+to\s+([A-Z][\w\u2019'-]*[\w])\b")


def _placed_elsewhere(tokens: list[Token], word: str) -> bool:
    """Whether the text writes ``word`` as a place elsewhere, right after "in", "at", "to"...
    ("the MV Bukoba sank" in a story of a ferry "from Mwanza to Bukoba"): a ship named after a
    town the story travels to leaves the town a place."""
    return any(
        t.text == word and k and tokens[k - 1].text in LOCATIVES for k, t in enumerate(tokens)
    )


def _speakers(
    tokens: list[Token], runs: list[list[int]], gaz: Gazetteer, surnames: set[str] = frozenset()
) -> set[str]:
    """Common surnames that speak or think alone ("Nelson says", "said Moore"): people, unless
    the name is a country's, a first-order region's or a big city's ("Moscow said"). A word
    the text writes as the surname of a person it names in full, and nowhere as a place
    (``surnames``), is that person when it speaks alone, whatever place it also names
    ("reporter Bill Holland ... Holland recalled", "Sarah Houston ... Houston said")."""
    out: set[str] = set()
    for run in runs:
        if len(run) != 1:
            continue
        i = run[0]
        word = tokens[i].text
        low = word.casefold()
        named = word in surnames
        if low in out or not word[1:].islower() or not (named or low in person_name_words()):
            continue
        after = tokens[i + 1].text.casefold() if i + 1 < len(tokens) else ""
        before = tokens[i - 1].text.casefold() if i else ""
        if before in LOCATIVES or before in ("of", "and", "or"):
            continue  # "a resident of Tyler said", "police in Devon and Cornwall said"
        if after in SPEECH_VERBS or (before in SPEECH_VERBS and not after.isalpha()):
            if named or not any(  # "Moscow said": a government speaks through its capital
                prim and (p.is_country or "capital" in p.kinds or (p.population or 0) >= BIG_CITY)
                for p, prim in _cased_candidates(word, gaz)
            ):
                out.add(low)
    return out


def _cased_candidates(words: str, gaz: Gazetteer) -> tuple[tuple[Place, bool], ...]:
    """The places of ``words`` as the text writes them: a short word in capitals ("US", "UK",
    "EU") by the names the sources write in capitals, any other by the others."""
    if " " not in words and 2 <= len(words) <= 4 and words.isupper():
        return gaz.candidates(words, abbreviation=True)
    return gaz.candidates(words, cased=True)


@lru_cache(maxsize=_WORD_READINGS)
def _well_known(word: str, gaz: Gazetteer) -> bool:
    """Whether a word is the main name of a country, a first-order region or a city of a
    million: inside a longer name ("Hawaii Pacific Health", "Paris Hilton") it stays a place
    for the rest of the text."""
    return any(
        prim and (p.is_country or "admin1" in p.kinds or (p.population or 0) >= BIG_CITY)
        for p, prim in _cased_candidates(word, gaz)
    )


@lru_cache(maxsize=_WORD_READINGS)
def _sizeable_town(word: str, gaz: Gazetteer) -> bool:
    """Whether a word is the main name of a town big enough to stand alone
    (``MIN_UNSUPPORTED_POPULATION``): inside an organisation's or a road's name ("Honolulu
    Star-Advertiser", "the A429 Cirencester junction") it stays a place for the rest of the
    text, where a person's name ("Lincoln Chafee") or a surname ("Bryant") still takes it,
    unless the surname is a big city's name (``SURNAME_CITY``: "the Denver Zephyrs").
    A respelling of the main name counts as it ("Turkmenbashi International Seaport":
    Türkmenbaşy)."""
    surname = word.casefold() in person_name_words()
    return any(
        (prim or _respelling(word, p))
        and (p.population or 0) >= (SURNAME_CITY if surname else MIN_UNSUPPORTED_POPULATION)
        for p, prim in _cased_candidates(word, gaz)
    )


def _person_run(words: list[str], gaz: Gazetteer) -> bool:
    """Whether a run is a person's name that opens with a given name ("Paul Francis Floyd",
    "Mary Pitman"): a country's or a continent's name opens no person's name here."""
    return _person_words(tuple(words), gaz)


@lru_cache(maxsize=_WORD_READINGS)
def _person_words(words: tuple[str, ...], gaz: Gazetteer) -> bool:
    """:func:`_person_run` of a run's words (kept per process). A town's two-word main name
    before its own body's word ("Beverly Hills Police Department") is no person's name."""
    if not person_name_run(list(words)) or any(
        p.is_country or "continent" in p.kinds for p, _ in gaz.candidates(words[0], cased=True)
    ):
        return False
    return not (
        len(words) > 2
        and words[2].casefold() in TOWN_BODIES
        and any(
            prim and "populated_place" in p.kinds
            for p, prim in gaz.candidates(" ".join(words[:2]), cased=True)
        )
    )


def _named_lead(text: str, tokens: list[Token], run: list[int], gaz: Gazetteer) -> int:
    """How many leading words of a run that is no known name name a place: countries ("Russian
    Defence Minister"), a big city after a place word ("at London Heathrow"), or the place an
    organisation or a building is named after ("Paris High School", "Toronto Star"); none in a
    person's name ("Paul Francis Floyd", though Paul is a region of Cabo Verde)."""
    words = tuple(tokens[i].text for i in run)
    no_lead, country_lead, plain_lead = _lead_readings(words, gaz)
    if no_lead:
        return 0  # a person; a street or a square named after a place is not in it
    # (the one reading that the text around the run decides, a city after a place
    # preposition, is asked only when no country opens the run)
    lead = country_lead or _leading_place(text, tokens, run, gaz) or plain_lead
    return _region_lead_of(words, lead, gaz)


@lru_cache(maxsize=_WORD_READINGS)
def _lead_readings(words: tuple[str, ...], gaz: Gazetteer) -> tuple[bool, int, int]:
    """What :func:`_named_lead` reads of a run's words alone (kept per process): whether the
    run is a person's name or a way's (no lead), how many leading words name countries
    (:func:`_leading_country`), and the lead when neither they nor a city after a place
    preposition make one (:func:`_lead_after_title_or_tail`)."""
    listed = list(words)
    if _person_run(listed, gaz) or words[-1].casefold() in WAY_WORDS:
        return True, 0, 0
    return False, _leading_country(listed, gaz), _lead_after_title_or_tail(listed, gaz)


@lru_cache(maxsize=_WORD_READINGS)
def _region_lead_of(words: tuple[str, ...], lead: int, gaz: Gazetteer) -> int:
    """:func:`_region_lead` of a run's words (kept per process)."""
    return _region_lead(list(words), lead, gaz)


def _region_lead(words: list[str], lead: int, gaz: Gazetteer) -> int:
    """A lead that goes on into a region's longer name reaches its end ("Montgomery County
    Democrats", "Benue State Commissioner": the county and the state, not the town). The
    region's name with its type word after it is one ("Osun State Police Command")."""
    if not lead:
        return 0
    for n in range(min(lead + 2, len(words) - 1), lead, -1):
        typed = n == lead + 1 and words[n - 1] in SUBDIVISION_TYPE_WORDS
        if any(
            (prim or (typed and "admin1" in p.kinds)) and p.is_region
            for p, prim in gaz.candidates(" ".join(words[:n]), cased=True)
        ):
            return n
    return lead


def _lead_after_title_or_tail(words: list[str], gaz: Gazetteer) -> int:
    """The lead of a run that opens with no country and no city after a place preposition: a
    big place before a title ("Toronto Mayor John Tory"), or a place before a word of what is
    named after a place ("Paris High School")."""
    tail = next(
        (k for k, w in enumerate(words) if k and w.casefold() in NAMED_AFTER_PLACE),
        None,
    )
    title = next(
        (k for k, w in enumerate(words) if k and is_title(w)),
        None,
    )
    if title is not None and (tail is None or title < tail):
        # "Denver District Judge Robert Hyatt", "Toronto Mayor John Tory": a big place's name
        # before a title, not an ordinary word ("Supreme Court Justice", "Federal Judge")
        for n in range(min(3, title), 0, -1):
            if any(
                prim and (p.is_country or "admin1" in p.kinds or (p.population or 0) >= 100_000)
                for p, prim in gaz.candidates(" ".join(words[:n]), cased=True)
            ):
                return n
        return 0
    if tail is None:
        return 0
    for n in range(min(3, tail), 0, -1):
        if any(
            p.is_region or (prim and "populated_place" in p.kinds)
            for p, prim in gaz.candidates(" ".join(words[:n]), cased=True)
        ):
            return n
    return 0


def _leading_country(words: list[str], gaz: Gazetteer) -> int:
    """How many leading words of a run name countries or first-order regions ("Russian
    Defence Minister ...", "China-Laos railway": both; "Hawaii Pacific Health")."""
    i = 0
    while i < len(words):
        for n in range(min(3, len(words) - i), 0, -1):
            if any(
                prim
                and (p.is_country or "admin1" in p.kinds or "continent" in p.kinds)
                and not (i == 0 and n == 1 and _given_name_region(words, p))
                for p, prim in _cased_candidates(" ".join(words[i : i + n]), gaz)
            ):
                i += _city_named_on(words, i, n, gaz)
                break
        else:
            break
    return i


def _given_name_region(words: list[str], p: Place) -> bool:
    """Whether a run's first word is a common given name that names only a small first-order
    region (a parish of the Isle of Man, "Michael", "Patrick"; "Paul" in Cabo Verde; "Mary" in
    Turkmenistan): before another capitalised word it opens a person's name ("Michael
    Sicilia, a spokesman"), not a region's. A country, and a region of ``BIG_CITY`` people
    ("Georgia", "Victoria", "Alberta"), still lead ("Victoria Police")."""
    return (
        len(words) >= 2
        and words[0].casefold() in given_names()
        and not p.is_country
        and "continent" not in p.kinds
        and (p.population or 0) < BIG_CITY
    )


def _city_named_on(words: list[str], i: int, n: int, gaz: Gazetteer) -> int:
    """How many words from ``i`` the leading name of ``n`` words covers, read on into a town's
    longer main name that opens with it ("Mexico City Health Secretary", "New York City Mayor":
    the city, not the country or the state)."""
    for m in range(min(n + 2, len(words) - i), n, -1):
        if any(
            prim and "populated_place" in p.kinds
            for p, prim in _cased_candidates(" ".join(words[i : i + m]), gaz)
        ):
            return m
    return n


#: A run right after one of these words is where someone goes or is: its leading city counts
#: ("landed at London Heathrow", "from Paris Gare du Nord"), where "Paris Hilton" would not.
_PLACE_PREPOSITION = re.compile(
    r"\b(?:at|in|to|from|into|out\s+of|near|via|outside|towards|left|leaving|departed|departing|"
    r"reached|reaching|entered|entering)\s+$"
)


def _leading_place(text: str, tokens: list[Token], run: list[int], gaz: Gazetteer) -> int:
    """How many leading words of an unknown run name a large city, after a place preposition."""
    if not _PLACE_PREPOSITION.search(
        text[max(0, tokens[run[0]].start - 12) : tokens[run[0]].start]
    ):
        return 0
    words = [tokens[i].text for i in run]
    for n in range(min(3, len(words) - 1), 0, -1):
        if any(
            prim and (p.population or 0) >= 100_000
            for p, prim in gaz.candidates(" ".join(words[:n]))
        ):
            return n
    return 0


def _spans(
    text: str, gaz: Gazetteer, tokens: list[Token], runs: list[list[int]] | None = None
) -> list[tuple[int, int, str, bool]]:
    """Candidate (start, end, words, abbreviation) spans that the index knows (``runs``: the
    text's :func:`name_runs`, when read already)."""
    runs = name_runs(text, gaz, tokens) if runs is None else runs
    leads = _run_leads(text, gaz, tokens, runs)
    persons = _persons(text, tokens, runs, leads, gaz)
    wanted: list[tuple[int, int, str, bool, int]] = []
    for run, lead in zip(runs, leads, strict=True):
        if lead == _TITLED:
            continue
        words = [tokens[i].text for i in run]
        parts = [run]
        if lead is not None:
            trail = _trailing_country(words[lead:], gaz) or _facility_city(words[lead:], gaz)
            parts = [run[:lead], run[len(run) - trail :] if trail else []]
        for part in parts:
            _known_subspans(text, tokens, part, persons, gaz, wanted)
    return [(s, e, t, a) for s, e, t, a, _ in wanted]


#: Words after which a military or transport facility is named by its place ("RAAF Base
#: Darwin", "Naval Station Norfolk"): such a run names no person.
_FACILITY_WORDS = frozenset({"base", "airbase", "station", "barracks", "garrison"})


def _facility_city(words: list[str], gaz: Gazetteer) -> int:
    """How many closing words of an unknown run name a city after a facility word: "RAAF Base
    Darwin" lies at Darwin (a populated place of 50,000 or more, so that a village's name is
    never read as a namesake town)."""
    for n in (2, 1):
        if len(words) <= n or words[-n - 1].casefold() not in _FACILITY_WORDS:
            continue
        if any(
            prim and (p.population or 0) >= 50_000 and not p.is_region
            for p, prim in gaz.candidates(" ".join(words[-n:]), cased=True)
        ):
            return n
    return 0


def _trailing_country(words: list[str], gaz: Gazetteer) -> int:
    """How many closing words of a run that is no known name name a country: an organisation
    named with its country after it ("Taco Bell Canada", "Air Zimbabwe", "SOS Children's
    Villages Sudan") is located there, as "Paris High School" is at Paris; so is one named
    with a first-order region's initialism ("Small Business BC")."""
    if len(words) < 2 or person_name_run(words):
        return 0  # "Michael Jordan", "Tom Holland": a person's surname
    for n in range(min(3, len(words) - 1), 0, -1):
        if any(prim and p.is_country for p, prim in _cased_candidates(" ".join(words[-n:]), gaz)):
            return n
    last = words[-1]
    if len(last) >= 2 and last.isalpha() and last.isupper() and not words[-2].isupper():
        # a first-order region's initialism after an organisation's name ("FrontCounter BC",
        # "Destination NSW"): located there too (not a run of capitals: "NEW YORK CITY FC")
        if any(prim and "admin1" in p.kinds for p, prim in _cased_candidates(last, gaz)):
            return 1
    return 0


#: ", Newfoundland", " in Antigua": a region's or a country's name after a place's.
_LOCATOR_AFTER = re.compile(r"(?:['’]s)?(?:,\s*|\s+in\s+)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")


def _region_after(text: str, end: int, gaz: Gazetteer) -> bool:
    """Whether a region or a country follows the name ending at ``end`` ("St John's,
    Newfoundland"): the name is a place's, though written as a saint's possessive."""
    m = _LOCATOR_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group(1).rstrip(".")
    return any(
        prim and (p.is_country or "admin1" in p.kinds)
        for w in {words, words.split()[0]}
        for p, prim in gaz.candidates(w, cased=True)
    )


def _named_plainly(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` ("St. Petersburg", its possessive's "'s" cut off)
    stands elsewhere in the text without a possessive: then "St. Petersburg's Moskovsky
    station" is the town's, not a saint's ("St. Peter's Basilica").

    >>> _named_plainly("Trains link Moscow and St. Petersburg. At St. Petersburg's", 42, 56)
    True
    >>> _named_plainly("They prayed at St. Peter's Basilica.", 15, 24)
    False
    """
    name = re.sub(r"['’]s?$", "", text[start:end])
    return re.search(r"(?<![\w.])" + re.escape(name) + r"(?![\w'’])", text) is not None


def _known_subspans(
    text: str,
    tokens: list[Token],
    run: list[int],
    persons: set[str],
    gaz: Gazetteer,
    wanted: list[tuple[int, int, str, bool, int]],
) -> None:
    """Add the known sub-spans of a run to ``wanted``: the longest first, left to right."""
    i = 0
    while i < len(run):
        if (
            tokens[run[i]].text.casefold() in NAME_PREFIXES
            and i + 1 < len(run)
            and tokens[run[i + 1]].possessive
            and not _named_plainly(text, tokens[run[i]].start, tokens[run[i + 1]].end)
            and not _region_after(text, tokens[run[i + 1]].end, gaz)
            and not (run[-1] == run[i + 1] + 1 and _travel_before(text, tokens[run[i]].start))
        ):
            # ("sailed from St. John's": the run ends with the possessive, which
            # ``namespans.trimmed`` kept as part of a town's main name, after a journey's word)
            i += 2  # "St. Peter's Basilica": a saint's, not a town's
            continue
        caps = None  # whether the first word is in capitals: read once for every length
        for n in range(min(MAX_SPAN_TOKENS, len(run) - i), 0, -1):
            if i + n == len(run) - 1 and tokens[run[-1]].text.casefold() in WAY_WORDS:
                continue  # "Victoria Square": a square named after Victoria
            first, last = tokens[run[i]], tokens[run[i + n - 1]]
            low = first.text.casefold() if n == 1 else ""
            if n == 1 and (
                (low in persons and not _after_locative(text, tokens, run[i]))
                or low in COMPASS_WORDS
                or len(first.text) == 1
                or (low in OPENERS and _opens_sentence(text, first.start))
                or low in ORGANISATION_WORDS
            ):
                continue  # people's names, bearings, "I", "As" opening a sentence, "University"
            if (
                n == 2
                and first.text == "The"
                and tokens[run[i + 1]].text.casefold() in ORGANISATION_WORDS
            ):
                continue  # "The Center for Disease Control": no town's other name "The Center"
            if _currency(text, first.start, last.end):
                continue  # "US$1 million", "$US 15 billion", "A$": a currency's code
            span_text = text[first.start : last.end]
            air = _AIRPORT_AFTER.match(text, last.end) if i + n == len(run) else None
            if (
                air
                and not gaz.candidates(normalize_name(span_text))
                and _names_an_airport(span_text, gaz)
            ):
                # "New Chitose airport": wire copy writes the feature word in lower case (a
                # town's name before it, "Naha airport", stays the town it serves)
                wanted.append((first.start, air.end(), text[first.start : air.end()], False, n))
                i += n
                break
            if caps is None:
                caps = first.all_caps
            # (a dateline writes its town in capitals: "GAO, Mali", "HUE (VNA) -" name towns, not
            # the airports whose codes they spell)
            abbrev = (
                n == 1
                and caps
                and len(first.text) <= 4
                and not _in_dateline(text, first.start, last.end)
            )
            core = airport_core(span_text) if n > 1 else None
            if gaz.candidates(
                normalize_name(span_text),
                abbrev,
                cased=not abbrev and not caps,
                conditional=True,
            ) or (core and _names_an_airport(core, gaz)):
                wanted.append((first.start, last.end, span_text, abbrev, n))
                i += n
                break
        else:
            i += 1


#: A lower-case airport word after a name: "Haneda airport", "New Chitose airport".
_AIRPORT_AFTER = re.compile(r"\s+(?:international\s+)?(?:airport|airfield|aerodrome)\b")


def _known_whole(words: str, gaz: Gazetteer) -> bool:
    """Whether a run is a name the index knows whole, or an airport's name and "Airport"."""
    if gaz.candidates(normalize_name(words)):
        return True
    core = airport_core(words)
    return core is not None and _names_an_airport(core, gaz)


def _names_an_airport(core: str, gaz: Gazetteer) -> bool:
    """Whether the name before "Airport" is one of an airport's names in the index ("Changi
    Airport": the index knows Singapore Changi International Airport also as "Changi")."""
    return any(
        "airport" in p.kinds for p, _ in gaz.candidates(normalize_name(core), conditional=True)
    )


def _airport_short_name(words: str, gaz: Gazetteer) -> bool:
    """Whether ``words`` is an airport's short name, one that counts beside its city
    ("Heathrow", "Pearson", "Charles de Gaulle"; see ``gazindex.NEEDS_FEATURE_OR_CITY``)."""
    return NEEDS_FEATURE_OR_CITY in gaz.needs(words).values()


def _after_locative(text: str, tokens: list[Token], i: int) -> bool:
    """Whether a lone name stands right after "in", "at", "reached"... ("tour agencies in
    Uyuni"): a place there, even if the text also uses it inside a longer name."""
    tok = tokens[i]
    if not i or tok.possessive:
        return False
    prev = tokens[i - 1]
    return prev.text in LOCATIVES and text[prev.end : tok.start] == " "


_NON_LETTER = re.compile(r"[^a-z]")
_TEXT = itemgetter(2)  # a Token's text


#: A calendar era's letters after a year or a century ("500 BC", "the fifth century BC", "AD 79"):
#: no place ("BC" is also British Columbia's, "AD" Andorra's code).
_ERAS = frozenset({"BC", "B.C.", "BCE", "B.C.E.", "AD", "A.D.", "CE", "C.E."})
_ERA_BEFORE = re.compile(r"(?:\d|\bcentury|\bcenturies|\bmillennium|\bmillennia)[\s\u00a0]*$")
_ERA_AFTER = re.compile(r"[\s\u00a0]*\d")


def _era(text: str, start: int, end: int, words: str) -> bool:
    """Whether a name is a calendar era's letters, written after a year or a century or, for
    "AD", before a year.

    >>> _era("built in 500 BC by", 13, 15, "BC"), _era("the third century BC.", 18, 20, "BC")
    (True, True)
    >>> _era("in AD 79 Vesuvius", 3, 5, "AD"), _era("flew to BC on Monday", 8, 10, "BC")
    (True, False)
    """
    if words not in _ERAS:
        return False
    if _ERA_BEFORE.search(text[max(0, start - 16) : start]):
        return True
    return words in ("AD", "A.D.") and bool(_ERA_AFTER.match(text, end))


#: What follows a measure's eponym: "the Richter scale", "Newton-metres" (a unit named after a
#: person, whose name is also a town's: Richter, Beaufort, Newton).
_MEASURE_AFTER = re.compile(r"(?:\s+scales?\b|-(?:meters?|metres?)\b)")
#: Eponyms of a measure that are followed by its figure: "Mach 2" (Mach, Pakistan).
_FIGURED_EPONYMS = frozenset(["Mach"])
_FIGURE_AFTER = re.compile(r"\s+\d")


def _measure(text: str, end: int, words: str) -> bool:
    """Whether a one-word name is a measure's eponym, a scale's or a unit's ("the Beaufort
    scale", "850 Newton-meters") or a speed's before its figure ("at Mach 2"): no place.

    >>> _measure("flew at Mach 2 over", 12, "Mach"), _measure("force 9 on the Beaufort scale", 23, "Beaufort")
    (True, True)
    >>> _measure("850 Newton-meters", 10, "Newton"), _measure("near Beaufort, Sabah", 13, "Beaufort")
    (True, False)
    """
    if " " in words.strip():
        return False
    if _MEASURE_AFTER.match(text, end):
        return True
    return words in _FIGURED_EPONYMS and _FIGURE_AFTER.match(text, end) is not None


#: "the" or "State" right before a name: a parliament's article ("the Duma", "the State Duma").
_LEGISLATURE_BEFORE = re.compile(r"\b(?:[Tt]he|State)\s+$")


def _legislature(text: str, start: int, words: str) -> bool:
    """Whether a one-word name is a parliament's, written after "the" or "State" ("an open
    letter to the Duma": the Russian parliament, not Douma in Syria, which has no article).

    >>> _legislature("a letter to the Duma", 16, "Duma"), _legislature("shelling in Duma", 12, "Duma")
    (True, False)
    """
    return (
        words.casefold() in LEGISLATURE_NAMES
        and _LEGISLATURE_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def _currency(text: str, start: int, end: int) -> bool:
    """Whether a name is written against a dollar sign, as a currency's code ("US$", "$US").

    >>> _currency("cost US$5", 5, 7), _currency("a $US 15 bill", 3, 5), _currency("US 5", 0, 2)
    (True, True, False)
    """
    return text[end : end + 1] == "$" or text[max(0, start - 1) : start] == "$"


def _features_around(text: str, start: int, end: int) -> frozenset[str]:
    before_text = text[max(0, start - 40) : start].casefold()
    after_text = text[end : end + 40].casefold()
    if after_text.startswith(("'s ", "’s ")):
        after_text = ""  # "London's Heathrow Airport": the feature word is the airport's
    before, after = before_text.split()[-3:], after_text.split()[:3]
    # a casefolded word of ASCII letters is all a-z already: most words need no substitution
    words = {w if w.isascii() and w.isalpha() else _NON_LETTER.sub("", w) for w in before + after}
    return feature_kinds(words, before_text, after_text)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word at ``start`` is capitalised only because it opens a sentence, a line or a
    headline (then capitals are no sign of a name)."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;"


def _capitalised_only(text: str, span: tuple, res: Resolution, named: set[str]) -> bool:
    """Whether a lone word that opens a sentence names a small town by its capital alone
    ("Economy fares start at..." in a Saudi story): unless the text also writes it in
    mid-sentence, or names the town's country, such a word gives no context to other names."""
    start, words = span[0], span[2]
    place = res.place
    return (
        place is not None
        and len(words.split()) == 1
        and not place.is_region
        and (place.population or 0) < 100_000
        and place.countries.isdisjoint(named)
        and _opens_sentence(text, start)
        and not any(
            not _opens_sentence(text, m.start())
            for m in re.finditer(rf"\b{re.escape(words)}\b", text)
        )
    )


#: A name followed by a station's or a terminal's word and "in" a place: the facility's name.
_FACILITY_IN = re.compile(
    r"\s+(?:(?:railway|train|rail|bus|coach|metro|ferry)\s+)?(?:station|terminal|terminus)\s+in\s+"
    r"(?:the\s+)?[A-Z]"
)
#: The feature kinds of stations and terminals.
FACILITY_KINDS = frozenset(("railway_station", "bus_station", "port", "ferry_terminal"))


#: Words after a name that make it a river's, a road's or an age's, not a town's: what a town
#: matched only by another of its names is not (``_supported``).
_NO_TOWN_AFTER = re.compile(
    r"\s+(?:river|highway|motorway|freeway|expressway)\b",
    re.IGNORECASE,
)
#: One capitalised word ending in "s", as a range's or an archipelago's name is ("Andes").
_PLURAL_RANGE = re.compile(r"[A-Z][a-z]+s")
#: A capitalised word or a hyphen after a name: it opens a longer name ("the Andes Highway").
_NAMED_THING_AFTER = re.compile(r"(?:\s+[A-Z]|-)")

#: Words after a name that make it an age's ("the Edo period", "the Ming dynasty").
_AGE_AFTER = re.compile(r"\s+(?:period|dynasty|era)\b", re.IGNORECASE)

#: A town known in the text by another of its names (an alternate name, not a respelling) is
#: taken this far (km) from a place the text names, in a country it names, when this big.
OTHER_NAME_NEAR_KM = 300.0
OTHER_NAME_CITY = 50_000

#: A national capital this big is taken by its own name alone, like a city of 100,000.
CAPITAL_MIN_POPULATION = 30_000


def _supported(
    res: Resolution,
    words: str,
    lower_words: set[str],
    opener: bool = False,
    text: str = "",
    end: int = -1,
    shortened: bool = False,
    named: frozenset[str] | set[str] = frozenset(),
    sure: list[tuple[str, Place]] | None = None,
) -> bool:
    """Whether a resolved span is a place mention rather than a homonym (see module docs).

    A lone word that opens a sentence or a headline needs more than its country in the text:
    "Hurricane evacuation begins in Florida" names no Hurricane, Utah. A town of its main name
    in a country the text names needs ``MIN_UNSUPPORTED_POPULATION`` people, unless a
    settlement noun follows it at ``end`` of ``text`` ("Esperance residents", "a Nenagh
    councillor"). A ``shortened`` reading (a short part of the town's main name, see
    :func:`_shortened`) needs a place the text names within 150 km; an airport taken for the
    place it is named after needs its country ``named`` (the countries the text names, itself
    or by a first-order region)."""
    c = res.best
    if c is None:
        return False
    place = c.place
    if words.casefold() in GENERIC_REGION_WORDS and not c.in_context_country:
        return False  # "Central", "Centre": a province's name, an ordinary word
    if words.casefold() in HOLIDAY_NAMES and (end < 0 or not _LOCATOR_AFTER.match(text, end)):
        return False  # "heading home for Christmas": the feast, not Christmas, Florida
    if words.casefold() in MAKER_NAMES and not (
        end >= 0
        and (
            _LOCATOR_AFTER.match(text, end)
            or (
                _PLACE_WORD_BEFORE.search(text, max(0, end - len(words) - 12), end - len(words))
                and not text.startswith(("'s", "’s"), end)
            )
        )
    ):
        return False  # "his battered Toyota": the maker's car, not Toyota, Aichi
    if end >= 0 and _FACILITY_IN.match(text, end) and not (FACILITY_KINDS & set(place.kinds)):
        return False  # "Moskovsky railway station in St Petersburg": the station's name, which
        # the text places in another town, names no village of Moskovskiy
    if _given_name_alone(words, c):
        return False  # "Paul scored 27 points": a person, not the region of Cabo Verde
    if (
        not c.primary
        and not place.is_region
        and not c.feature_match
        and end >= 0
        and _PLURAL_RANGE.fullmatch(words)
        and text[max(0, end - len(words) - 4) : end - len(words)] == "the "
        and not _NAMED_THING_AFTER.match(text, end)
    ):
        # a plural name after "the" that a town carries only as another name is a range or a
        # group of islands: "into the Andes" is no Los Andes, Chile
        return False
    if end >= 0 and _AGE_AFTER.match(text, end) and not place.is_country:
        return False  # "the Edo period", "the Nguyen dynasty": an age, no town or state
    if (
        not c.primary
        and not place.is_region
        and not c.feature_match
        and end >= 0
        and _NO_TOWN_AFTER.match(text, end)
    ):
        # a town's other name before a river's or a road's word is that river or road: "the
        # Hunza river" (Karimabad, once Hunza), "the Stuart Highway" (Alice Springs, once
        # Stuart)
        return False
    if (
        located_after(text, end)
        and (c.in_context_country or (c.near_km is not None and c.near_km < 150))
        and not _given_name_alone(words, c)
    ):
        return True  # "Kodiak lies some 210 km south of Homer": the text says where it lies
    if (
        opener
        and " " not in words.strip()
        and not place.is_region
        and not place.source.startswith("curated:")
        and not c.feature_match
        and (place.population or 0) < 100_000
        and (c.near_km is None or c.near_km >= 150)
        and not (not c.primary and c.in_context_country and _respelling(words, place))
    ):
        # (another spelling of a town's main name, in a country the text names, is no
        # ordinary word opening a sentence: "Balkhash" for Balqash)
        return False
    if _facility_elsewhere(words, c):
        return False
    if place.is_region and not c.primary and len(normalize_name(words).replace(" ", "")) <= 3:
        return False  # "Dr", "Sa": a region's short alternate is no name in running text
    if (
        place.is_region
        or place.source.startswith("curated:")
        or ("airport" in place.kinds and " " in words.strip())
        or c.feature_match
        or c.in_context_region
    ):
        return True  # (an airport by one word, the town it serves, is judged as a town)
    pop = place.population or 0
    if (
        not c.primary
        and (c.in_context_country or not place.countries.isdisjoint(named))
        and "populated_place" in place.kinds
        and not _rivals(res)
        and (
            shortened
            or _respelling(words, place)
            or f" {normalize_name(words)} " in f" {normalize_name(place.name)} "
        )
        and _travel_before(text, end - len(words))
        and not _LOOSE_TRAVEL_BEFORE.search(text, max(0, end - len(words) - 20), end - len(words))
    ):
        # the only town of the name, in a country the text names, written as the end or a stop
        # of a journey by another spelling or a short form of its main name: "rode from
        # Kanyakumari to Leh" (Kanniyakumari), "crossed the pampas to Bariloche" (San Carlos de
        # Bariloche), as its main name would be ("skating from Kultuk to Nizhneangarsk")
        return True
    if shortened:
        # a short part of a town's main name ("La Palma" of La Palma del Condado) is as loose
        # a reading as another name: only beside the places the text names
        return c.near_km is not None and c.near_km < 150
    if (
        len(normalize_name(words).split()) >= 2
    ):  # "Santiago de Compostela", "Saint-Jean-Pied-de-Port"
        return c.primary or c.in_context_country or (c.near_km is not None and c.near_km < 500)
    if c.primary and pop >= BIG_CITY:
        return True
    if (
        "airport" in place.kinds
        and c.primary
        and not place.countries.isdisjoint(named)
        and not _rivals(res)
        and words.casefold() not in person_name_words()
    ):
        # the only place of the name is an airport named after it, in a country the text
        # names itself: the place lies there ("the Arctic port of Sabetta", "Raroia" atoll);
        # a person's name is no such place ("Ruby Tuesday"), nor are words that vouch only
        # for each other ("near Candle and Chicken")
        return True
    if words.casefold() in lower_words:
        return False  # also written as a plain word in this text ("In", "Reading")
    if (
        pop < UNMARKED_TOWN_POPULATION
        and _unmarked(words, place)
        and not (c.near_km is not None and c.near_km < 150)
        and place.countries.isdisjoint(named)
        and not any(
            n != normalize_name(words) and not p.countries.isdisjoint(place.countries)
            for n, p in sure or ()
        )
    ):
        # "God" (Göd, Hungary), "Level" (Levél): a word that names a town only once the
        # marks of its main name are dropped needs the town's country, or another place
        # there or near it ("from Oslo to Tromso")
        return False
    if c.near_km is not None and c.near_km < (500 if c.primary else 150):
        return True
    if (
        not c.primary
        and c.in_context_country
        and "populated_place" in place.kinds
        and pop >= OTHER_NAME_CITY
        and c.near_km is not None
        and c.near_km < OTHER_NAME_NEAR_KM
        and not words.isupper()  # (no code or initialism: a photo agency's "HH" is no Hamburg)
        and len(normalize_name(words).replace(" ", "")) >= 4
        and not any(r.in_context_country or r.in_context_region for r in _rivals(res))
    ):
        # a town's older or foreign name (GeoNames lists it among the town's alternate
        # names), a town of some size, in a country the text names and within a few hundred
        # km of a place it names, with no namesake there: "rode into Palmyra" in a story of
        # Damascus and Hama (Tadmur), "then Yarkand" beside Kashgar (Shache)
        return True
    if (
        ((c.near_km is not None and c.near_km < 500) or c.in_context_region)
        and c.in_context_country
        and _respelling(words, place)
    ):
        # another spelling, in a country the text names: "Boten" (Ban Botèn, Laos); or in
        # a region it names, however far the places it names lie ("Balkhash", Balqash, in
        # the Karaganda region)
        return True
    if c.primary and pop >= 100_000 and not _rivals(res):
        return True  # the only place of that name, and a city ("Vientiane")
    if c.primary and _dominant(res) and _travel_before(text, end - len(words)):
        return True  # "from Dunkirk to Delhi": the French port, not a village in Indiana
    if c.primary and "capital" in place.kinds and pop >= CAPITAL_MIN_POPULATION:
        return True  # a national capital by its own name, however small ("Suva", "Apia")
    if c.primary and "capital" in place.kinds and c.in_context_country:
        return True  # a smaller capital, in a country the text names ("Funafuti", Tuvalu)
    if c.primary and "capital" in place.kinds and _capital_of_its_namesake(res):
        return True  # "gathered in Gibraltar": the capital of the country of its own name
    town_pop, region_pop = (0, 0) if words.isupper() else _region_of_its_name(res)
    if town_pop >= REGION_NAMESAKE_POPULATION or (
        region_pop
        and town_pop >= REGION_NAMESAKE_IN_COUNTRY
        and (c.in_context_country or not place.countries.isdisjoint(named))
    ):
        # "start in Penang": the city (George Town) and its own state (Pulau Pinang) both carry
        # the name, one place either way, named as a region is (not an initialism: "Douglas
        # DC-4" is no Washington)
        return True
    if not c.primary and pop >= RESPELT_CITY and not _rivals(res) and _respelling(words, place):
        # the one place of that name, spelt another way ("Ulaanbaatar", "Misrata"; "Karaganda"
        # in a country the text names)
        return True
    if not c.primary and pop >= BIG_CITY and c.in_context_country and not words.isupper():
        return True  # a big city's other name, in a country the text names ("Medina", Saudi)
    return (
        c.primary
        and c.in_context_country
        and (
            pop >= MIN_UNSUPPORTED_POPULATION
            or ("populated_place" in place.kinds and _settlement_after(text, end))
            or ("populated_place" in place.kinds and _settlement_before(text, end - len(words)))
            or (
                "populated_place" in place.kinds
                and not _rivals_by_name(res)
                and _travel_before(text, end - len(words))
            )
        )
    )


#: Words of a journey right before a name: "aiming for", "set off from", "reached"; a stop or
#: an arrival with its preposition: "called at", "arrived in", "landed at", "put in at".
_TRAVEL_BEFORE = re.compile(
    r"\b(?:to|for|from|into|towards|via|reached|reaching|reaches|left|leaving"
    r"|(?:arrived|arriving|arrives|arrive|called|calling|calls|call|stopped|stopping|stops"
    r"|landed|landing|lands|docked|docking|docks|anchored|anchoring|put)\s+(?:at|in))\s+$"
)


#: A word of place or journey right before a name: "near Honda", "to Mercedes".
_PLACE_WORD_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|into|via|towards|outside|reached|reaching|left|leaving)\s+$"
)


#: Words before a name that make no journey of another name of a town: "Design for Recovery"
#: (Fort Recovery), "just for Newcomers", "according to Petrič" (Petrich).
_LOOSE_TRAVEL_BEFORE = re.compile(r"\b(?:for|according\s+to)\s+$", re.IGNORECASE)


def _travel_before(text: str, start: int) -> bool:
    """Whether a word of a journey stands right before a name at ``start``: a small town, the only
    place of its name, in a country the text names, is the end of a trip written so ("skating
    from Kultuk to Nizhneangarsk"), or a stop on it ("the ship called at Fremantle")."""
    return start > 0 and _TRAVEL_BEFORE.search(text, max(0, start - 20), start) is not None


def _given_name_alone(words: str, c) -> bool:
    """Whether a lone common given name ("Paul", "Mary", "Nelson") resolved to a place that
    nothing in the text supports (not in a country or region the text names, near a place it
    names, or beside a feature word): then it is far more often a person's name. A country, a
    continent, a region of a million people or a city of 100,000 (by its main name) needs no
    support."""
    if " " in words.strip() or words.casefold() not in given_names():
        return False
    p = c.place
    if p.is_country or "continent" in p.kinds:
        return False
    if c.primary and (p.population or 0) >= (BIG_CITY if p.is_region else 100_000):
        return False  # "Alberta", "Victoria" (Australia's state), "Elizabeth" (New Jersey)
    near = c.near_km is not None and c.near_km < 150
    return not (c.in_context_country or c.in_context_region or c.feature_match or near)


#: Last words of a station's or an airport's name, and the feature kinds that answer to them.
FACILITY_WORDS = {
    row["words"][0]: frozenset(row["kinds"])
    for row in rule_rows("names")
    if row["id"].startswith("facility.")
}


def _facility_elsewhere(words: str, c) -> bool:
    """Whether a name ending in "Station" or "Airport" resolved to a town that is no such
    facility and lies far from every place the text names: "Union Station" in Toronto is no
    town called Union 1,000 km away (a town's alternate name, or a generic word)."""
    last = normalize_name(words).rsplit(" ", 1)[-1]
    kinds = FACILITY_WORDS.get(last)
    if kinds is None or " " not in words.strip() or kinds & set(c.place.kinds):
        return False
    return c.near_km is None or c.near_km > 100


def _located_first(text: str, keep: list, gaz: Gazetteer) -> dict[int, Place]:
    """The places of first readings (``keep``: spans and their resolutions) that the text
    locates by the region or country written after them ("Newport, Rhode Island": not the
    Welsh city a bare reading prefers), by where they start."""
    first = [Mention(sp[0], sp[1], sp[2], res) for sp, res in keep]
    if len(first) < 2:
        return {}
    placed = {m.start: m for m in first}
    located = located_by_country(text, first, gaz)
    return {
        m.start: m.place
        for m in located
        if m.place is not None
        and m.start in placed
        and placed[m.start].place is not None
        # moved, or kept by the region or country after it ("BAINBRIDGE, N.Y.", the first
        # reading already the town in New York: the text vouches for it, as for a move)
        and (
            m.place.id != placed[m.start].place.id or m.resolution is not placed[m.start].resolution
        )
        # (a region only as the first-order region that holds the town written before it, by
        # its abbreviation: "N.Y." after "BAINBRIDGE", first read as New York City)
        and (not m.place.is_region or _holds_the_town_before(m, located, text))
        and not _shortened(normalize_name(m.text), m.place)  # "La Palma" of La Palma del Condado
    }


def _holds_the_town_before(m: Mention, mentions: list[Mention], text: str) -> bool:
    """Whether ``m`` is a first-order region written as a newspaper's abbreviation right after
    a town's mention that it holds, with a comma or a bracket between them (a locator: "Ky."
    of "Frankfort, Ky."; a region named in full after a town, "Hornell, New York", is no
    sign that the story lies there: Wilmington stays in Delaware beside Philadelphia)."""
    if (
        m.place is None
        or "admin1" not in m.place.kinds
        or not _STATE_ABBREVIATION.fullmatch(m.text)
    ):
        return False
    before = max((x for x in mentions if x.end <= m.start), key=lambda x: x.end, default=None)
    after = min((x for x in mentions if x.start >= m.end), key=lambda x: x.start, default=None)
    return (
        before is not None
        and before.place is not None
        and not before.place.is_region
        and m.start - before.end <= 3
        and before.place.country == m.place.country
        and before.place.admin1 == m.place.admin1
        # (no list going on after it: "Boston, New York and Washington")
        and (after is None or not _LIST_AFTER.fullmatch(text, m.end, after.start))
    )


#: A first-order region written as a newspaper's abbreviation ("N.Y.", "Calif.", "OH").
_STATE_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,4}\.)+|[A-Z]{2,3}")

#: Between two names of a list: "Boston, New York and Washington".
_LIST_AFTER = re.compile(r",?\s*(?:and|or|,)\s*|,\s*")


def _capital_of_its_namesake(res: Resolution) -> bool:
    """Whether the resolved capital's own country carries the same name by its main name
    (Gibraltar, 26,544 people, and the territory of Gibraltar): either reading is the same
    place, so the name needs no more support than the country's would."""
    p = res.place
    return p is not None and any(
        c.primary and c.place.is_country and c.place.country == p.country for c in res.alternatives
    )


#: A town this big in a region of its name needs no more support than the region would ...
REGION_NAMESAKE_POPULATION = 100_000
#: ... and a smaller one this big, in a country the text names (not a village of the region's
#: name far inside it: "Lanzhou-Xinjiang railway" is no hamlet called Xinjiang).
REGION_NAMESAKE_IN_COUNTRY = 15_000


def _region_of_its_name(res: Resolution) -> tuple[int, int]:
    """The populations of the resolved town and of the first- or second-order region of the
    same name that holds it (same country and first-order code), or (0, 0) without one:
    George Town and the state of Penang for "Penang", Rockingham and its city's area. The name
    then names that region's place, whichever reading wins, when the town is a city of
    ``REGION_NAMESAKE_POPULATION``, or a town of ``REGION_NAMESAKE_IN_COUNTRY`` in a country
    the text names (Corozal in Belize's Corozal District is no Corozal of a text about
    Panama, which the index lacks)."""
    p = res.place
    if p is None or p.is_region or not p.admin1:
        return 0, 0
    regions = [
        c.place.population or 0
        for c in res.alternatives
        if ("admin1" in c.place.kinds or "admin2" in c.place.kinds)
        and c.place.country == p.country
        and c.place.admin1 == p.admin1
    ]
    return (p.population or 0, max(regions)) if regions else (0, 0)


def _near_taken(res: Resolution) -> bool:
    """Whether the resolved place lies near a place the text names (500 km for a place's main
    name, 150 for an alternate): how a place already taken vouches for another."""
    c = res.best
    return c is not None and c.near_km is not None and c.near_km < (500 if c.primary else 150)


def _rivals(res: Resolution) -> tuple:
    """The other places of the name, less the subdivisions named after the winner (the
    Ulaanbaatar province around the city of Ulaanbaatar is no rival to it)."""
    p = res.place
    return tuple(
        c
        for c in res.alternatives
        if p is None
        or not (c.place.is_region and not c.place.is_country and c.place.country == p.country)
        or c.place.admin1 != p.admin1
    )


def _rivals_by_name(res: Resolution) -> tuple:
    """:func:`_rivals` less the places that carry the name only as an alternate one, in a
    country and a region the text does not name: Wellin in Belgium, once written "Uelen", is
    no rival of Uelen in Chukotka, by its main name, in a story of Russia."""
    return tuple(
        c
        for c in _rivals(res)
        if c.primary or c.in_context_country or c.in_context_region or c.feature_match
    )


#: A town this big, by its main name, ...
DOMINANT_POPULATION = 50_000
#: ... and this many times bigger than every namesake the text does not favour either.
DOMINANT_SHARE = 5


def _dominant(res: Resolution) -> bool:
    """Whether the resolved place is a town of ``DOMINANT_POPULATION`` people,
    ``DOMINANT_SHARE`` times as big as each of its namesakes, none of which lies in a country
    or region the text names: the namesakes are villages named after it (the many US towns
    named after European cities), and a leg's end written with its name alone means it."""
    p = res.place
    if p is None or p.is_region or (p.population or 0) < DOMINANT_POPULATION:
        return False
    return all(
        not (c.in_context_country or c.in_context_region)
        and (c.place.population or 0) * DOMINANT_SHARE <= p.population
        for c in _rivals(res)
        if c.place.id != p.id
    )


#: A town under this many people written without the marks of its main name ("God" for Göd)
#: needs its country named or a place near it (:func:`_supported`).
UNMARKED_TOWN_POPULATION = 100_000


def _unmarked(words: str, place: Place) -> bool:
    """Whether one plain word matches the place's one-word main name only once that name's
    marks are dropped ("God" of Göd, "Simian" of Şimian; not "Malmo" written "Malmö").

    >>> p = Place(1, "Göd", 47.7, 19.1, "HU", None, "t")
    >>> _unmarked("God", p), _unmarked("Göd", p)
    (True, False)
    """
    return (
        words.isascii()
        and " " not in words.strip()
        and not place.name.isascii()
        and normalize_name(words) == normalize_name(place.name)
    )


def _respelling(words: str, place: Place) -> bool:
    """Whether ``words`` is another spelling of the place's main name, not an unrelated alias.

    Vowels are where romanisations differ most ("Murun" and "Muren" for Mörön): names whose
    consonants run alike (three at least) are one spelling too.

    >>> p = Place(1, "Ulan Bator", 47.9, 106.9, "MN", None, "t")
    >>> _respelling("Ulaanbaatar", p), _respelling("The", p)
    (True, False)
    >>> _respelling("Murun", Place(2, "Mörön", 49.6, 100.2, "MN", None, "t"))
    True
    """
    norm = normalize_name(words).replace(" ", "")
    if len(norm) < 4:
        return False
    if spelt_alike(words, place.name):
        return True
    mine = _CONSONANTS.sub("", norm)
    return len(mine) >= 3 and mine == _CONSONANTS.sub(
        "", normalize_name(place.name).replace(" ", "")
    )


#: What :func:`_respelling` drops to compare two names' consonants: vowels, and letters doubled.
_CONSONANTS = re.compile(r"[aeiouy\W_]+|(?<=(.))\1")


def _confident(res: Resolution) -> bool:
    place = res.place
    if place is None or res.best is None:
        return False
    return (
        place.is_region
        or place.source.startswith("curated:")
        or (res.best.primary and (place.population or 0) >= 100_000)
        # a big city's other spelling, the only place of the name ("Ulaanbaatar", Ulan Bator)
        or (
            (place.population or 0) >= SURE_RESPELT_CITY
            and not _rivals(res)
            and _respelling(res.query, place)
        )
        or (
            res.best.primary
            and (len(res.query.split()) >= 2 or not _rivals(res))
            and not _outgrown(res)
        )
    )


def _outgrown(res: Resolution) -> bool:
    """Whether a namesake town by its main name in another country is bigger than the winner
    (a small capital, "Saint John's" of Antigua, beside St. John's, Newfoundland): the first
    reading is then no evidence of its country."""
    p = res.place
    size = p.population or 0
    return any(
        c.primary
        and "populated_place" in c.place.kinds
        and c.place.country != p.country
        and (c.place.population or 0) > size
        for c in res.alternatives
    )


#: A town this small, alone in its country and this far from every other place a document
#: names, is more likely a namesake than the place meant (see :func:`_without_far_loners`).
LONER_POPULATION = 100_000
LONER_KM = 1_000.0


def _far_loner(place: Place, others: list[Place], alternate: bool = False) -> bool:
    """A small town in none of the countries the document's other sure names agree on (each
    given by at least two of them), more than ``LONER_KM`` from all of them: the only "Aguas
    Calientes" in the index is in Mexico, but an article whose other places are all in Peru
    means the Peruvian one, which the index lacks. A place of any size reached by an
    ``alternate`` name only is held to the same test ("Kanto", an alternate name of Cần Thơ in
    Vietnam, in a story about Tokyo). No agreed country, no loner: when the others are
    scattered, they may be the misreadings.

    >>> cusco = Place(1, "Cusco", -13.5, -72.0, "PE", None, "doc", population=312_140)
    >>> peru = Place(3, "Peru", -9.2, -74.4, "PE", None, "doc", ("country",), 29_907_003)
    >>> town = Place(2, "Aguas Calientes", 16.8, -99.6, "MX", None, "doc", population=2_000)
    >>> _far_loner(town, [cusco, peru]), _far_loner(town, [cusco]), _far_loner(cusco, [town])
    (True, False, False)
    >>> city = Place(4, "Can Tho", 10.0, 105.8, "VN", None, "doc", population=1_200_000)
    >>> _far_loner(city, [cusco, peru]), _far_loner(city, [cusco, peru], alternate=True)
    (False, True)
    """
    if not others or not _may_be_loner(place, alternate):
        return False
    counts: dict[str, int] = {}
    for o in others:
        for c in o.countries:
            counts[c] = counts.get(c, 0) + 1
    agreed = {c for c, n in counts.items() if n >= 2}
    if not agreed or place.countries & set(counts):
        return False
    points = {(o.lat, o.lon) for o in others if not o.is_region}  # a place named twice: once
    # (the ellipsoid's geodesic asked only of a point near ``LONER_KM``: the sphere decides the
    # rest, with the same answers)
    if any(geodesic_within(place.lat, place.lon, lat, lon, LONER_KM) for lat, lon in points):
        return False
    # nor is a town beside a country or region the text names: Luxembourg after Belgium and
    # France, Saipan beside Guam (within LONER_AREA_KM of its point; continents and seas
    # are too wide for their points to say where their places lie)
    lat, lon = place.lat, place.lon
    return not any(
        abs(o.lat - lat) <= _AREA_DEG  # (a cheap test in latitude first)
        and o.is_region
        and _AREA_WITHOUT_POINT.isdisjoint(o.kinds)
        and haversine_km(lat, lon, o.lat, o.lon) <= LONER_AREA_KM
        for o in others
    )


#: Areas whose point is no evidence of where a document's places lie.
_AREA_WITHOUT_POINT = frozenset(["continent", "macro_region", "water_body"])
#: A town this near a named country's or region's point is no far loner.
LONER_AREA_KM = 500.0
#: Degrees of latitude beyond which a point lies more than ``LONER_AREA_KM`` away.
_AREA_DEG = (LONER_AREA_KM + 1.0) / 111.19  # km in a degree of latitude, a little under


def _shortened(norm: str, place: Place) -> bool:
    """Whether a normalised name is a proper part of the place's main name, which the index
    reads as a main name ("Salt Lake" of Salt Lake City), and the place is smaller than a city
    of ``BIG_CITY`` (whose short name is the city's: "New York"): a short name is as loose a
    reading as an alternate one ("the Salt Lake bus terminus" in a story about Kolkata names its
    suburb, not the city in Utah).

    >>> slc = Place(1, "Salt Lake City", 40.8, -111.9, "US", None, "t", population=215_548)
    >>> _shortened("salt lake", slc), _shortened("salt lake city", slc)
    (True, False)
    """
    full = normalize_name(place.name)
    return (
        norm != full
        and " " in norm
        and f" {norm} " in f" {full} "
        and (place.population or 0) < BIG_CITY
    )


def _may_be_loner(place: Place, alternate: bool = False) -> bool:
    """Whether :func:`_far_loner` may hold of ``place`` whatever the others (a small town, or a
    place reached by an alternate name, that is no region): asked before the list of the others
    is made. A national capital named by its main name is none: it is named for its country
    ("Luxembourg" in a list of countries); nor is a geographic pole, which has no namesake
    ("the South Pole" in a story told from Oslo)."""
    return (
        not place.is_region
        and "geographic_pole" not in place.kinds
        and (
            alternate
            or ((place.population or 0) < LONER_POPULATION and "capital" not in place.kinds)
        )
    )


def _without_far_loners(
    sure: list[tuple[str, Place]], dateline: set[str] = frozenset()
) -> list[tuple[str, Place]]:
    """The sure readings minus far loners (:func:`_far_loner`): they neither vouch for their
    own country nor for their neighbours. A name of the ``dateline`` is none: the story is
    filed from there, however far its other places lie ("PAPEETE, Tahiti (AP) -" in a story
    of a canoe from Hawaii). A shortened main name (:func:`_shortened`) is held to the test as
    an alternate name is."""
    memo: dict[tuple[str, int], bool] = {}  # one answer a name and place (a text repeating them)
    for n, p in sure:
        if p is not None and n in dateline:
            memo[n, p.id] = False
        elif p is not None and (n, p.id) not in memo:
            alt = _shortened(n, p)
            memo[n, p.id] = _may_be_loner(p, alt) and _far_loner(  # (others listed only then)
                p, [o for m, o in sure if o is not None and m != n], alternate=alt
            )
    return [(n, p) for n, p in sure if p is None or not memo[n, p.id]]


def find_mentions(
    text: str,
    gaz: Gazetteer,
    tokens: list[Token] | None = None,
    runs: list[list[int]] | None = None,
) -> list[Mention]:
    """Every place mention in ``text``, resolved in the context of the other mentions
    (``tokens``: the text's words, and ``runs`` its :func:`name_runs`, when the document has
    them already)."""
    tokens = tokenize(text) if tokens is None else tokens
    brands = brand_lists(text)
    spans = [
        (s, e, t, a, _features_around(text, s, e))
        for s, e, t, a in _spans(text, gaz, tokens, runs)
        if not _in_designation(text, s, e)
        and not any(a <= s < b for a, b in brands)
        and not _in_agency_credit(text, s)
        and not _as_language(text, e, t)
        and not _as_pathogen(text, e)
        and not _era(text, s, e, t)
        and not _measure(text, e, t)
        and text[s - 1 : s] != "@"  # "@Gillette": an account's handle, no town
        and not _legislature(text, s, t)
        and not _in_persons_name(text, s, e, t, gaz)
        and not _no_name_as_written(text, e, t)
    ]
    memo: dict[tuple, Resolution] = {}  # the same name with the same feature words resolves once
    # per words as written (and whether an abbreviation): the name's key and whether it is
    # read as written, worked out once however many times, and in however many passes, it is
    written: dict[tuple[str, bool], tuple[str, bool]] = {}

    def resolve(
        t: str, ctx: ResolutionContext | None, feats: frozenset[str], a: bool
    ) -> Resolution:
        norm_cased = written.get((t, a))
        if norm_cased is None:
            cased = not a and not any(w.isupper() and len(w) > 1 for w in t.split())
            norm_cased = written[t, a] = (normalize_name(t), cased)
        norm, cased = norm_cased
        key = (norm, feats, a, cased, ctx is None)
        if key not in memo:
            # the first reading, without a context, only ranks: no report shows its reasons
            memo[key] = gaz.resolve(
                t, ctx, features=feats, abbreviation=a, cased=cased, explain=ctx is not None
            )
        return memo[key]

    first = [resolve(t, None, f, a) for _, _, t, a, f in spans]
    # "the White House" is no town, and vouches for none
    # ... nor, in a text that writes "the White House", "White House aides" (the name before a
    # lower-case word, as an institution's name is used)
    # ... unless the text also writes the name as a town's, after a place word or opening its
    # dateline ("arrived in Flin Flon" beside "the Flin Flon fire hall")
    institutions = {
        normalize_name(sp[2])
        for sp, res in zip(spans, first, strict=True)
        if institution(text, sp, res)
    }
    if institutions:
        institutions -= {
            normalize_name(sp[2])
            for sp in spans
            if _PLACE_WORD_BEFORE.search(text, max(0, sp[0] - 12), sp[0])
            or _in_dateline(text, sp[0], sp[1])
        }
    keep = [
        (sp, res)
        for sp, res in zip(spans, first, strict=True)
        if not institutions
        or normalize_name(sp[2]) not in institutions
        or (not _attributive(text, sp[1]) and not institution(text, sp, res))
    ]
    spans = [sp for sp, _ in keep]
    lower_words = set(filter(str.islower, map(_TEXT, tokens)))
    confident = [_confident(res) for _, res in keep]
    unsure = [sp[2] for (sp, _), c in zip(keep, confident, strict=True) if not c]
    named = {
        c for _, res in keep if res.place and res.place.is_country for c in res.place.countries
    }
    # "Newport, Rhode Island", "Perth in Scotland": the place the text locates, not the first
    # reading's namesake, gives the context (``located_by_country``, later, reads the mentions)
    located = _located_first(text, keep, gaz)
    sure = [
        (normalize_name(sp[2]), located.get(sp[0], res.place))
        for (sp, res), c in zip(keep, confident, strict=True)
        # (a town the text locates by the region after it is no word capitalised only:
        # "BAINBRIDGE, N.Y." opening a dateline)
        if sp[0] in located or (c and not _capitalised_only(text, sp, res, named))
    ]
    dateline = {normalize_name(sp[2]) for sp in spans if _in_dateline(text, sp[0], sp[1])}
    sure = _without_far_loners(sure, dateline)
    sure_places = [(n, p) for n, p in sure if p is not None]
    # (the countries ``ResolutionContext.from_places(sure)`` would read, without the rest of
    # a context: a dozen countries' macro-region vouches for none)
    sure_countries = frozenset(
        c for _, p in sure if "macro_region" not in p.kinds for c in p.country.split("|") if c
    )
    ctx = ResolutionContext.from_places(sure + neighbours(unsure, gaz, lower_words, sure_countries))
    resolved = [(sp, resolve(sp[2], ctx, sp[4], sp[3])) for sp in spans]
    out, left, unsupported = [], [], []
    loners: dict[tuple, bool] = {}  # one answer a name, place and reading
    # the countries the text names, itself or by a first-order region of theirs
    named_areas = named | {
        c
        for _, res in keep
        if res.place and "admin1" in res.place.kinds
        for c in res.place.countries
    }
    # the openings of the text's longer names: "San Pedro" after "San Pedro de Atacama" is
    # its short form (``short_forms``), not a shortened main name to hold to the loner test
    openings = {
        " ".join(words[:n])
        for words in (normalize_name(sp[2]).split() for sp in spans)
        for n in range(1, len(words))
    }
    for k, ((s, e, t, _, _), res) in enumerate(resolved):
        norm = normalize_name(t)
        alternate = res.best is not None and (
            not res.best.primary
            or (res.place is not None and norm not in openings and _shortened(norm, res.place))
        )
        if res.place is not None and (key := (norm, res.place.id, alternate)) not in loners:
            loners[key] = (
                norm not in dateline
                and _may_be_loner(res.place, alternate)
                and _far_loner(
                    res.place, [p for n, p in sure_places if n != norm], alternate=alternate
                )
            )
        if res.place is not None and loners[norm, res.place.id, alternate]:
            left.append(Mention(s, e, t, res))
        elif _bare_water(text, s, t, res):
            unsupported.append((spans[k], res))
        elif _supported(
            res,
            t,
            lower_words,
            _opens_sentence(text, s),
            text,
            e,
            alternate and res.best.primary,
            named_areas,
            sure_places,
        ) or _country_follows(text, resolved, k, gaz):
            out.append(Mention(s, e, t, res))
        elif (
            norm in dateline
            and res.best is not None
            and res.best.primary
            and _CREDIT_RIGHT_AFTER.match(text, e) is not None
        ):
            # the town the story is filed from, by its main name, the credit right after it
            # ("Munich (dpa) -"; "MANNING PARK, British Columbia" is no Manning)
            out.append(Mention(s, e, t, res))
        else:
            unsupported.append((spans[k], res))
    vouched = bool(unsupported and out)
    if vouched:
        # the places taken vouch for the rest: "from Ulaanbaatar to Kharkhorin" (a small town
        # 320 km from a city the text names, which was itself too unsure to vouch for it)
        ctx = ResolutionContext.from_places(
            sure + [(normalize_name(m.text), m.place) for m in out if m.place is not None]
        )
    for (s, e, t, a, f), res in unsupported:
        if vouched:
            # not through the memo, which keys on whether there is a context, not on which
            cased = not a and not any(w.isupper() and len(w) > 1 for w in t.split())
            res = gaz.resolve(t, ctx, features=f, abbreviation=a, cased=cased)
        if (
            vouched
            and _near_taken(res)
            and _supported(res, t, lower_words, _opens_sentence(text, s), text, e)
        ):
            out.append(Mention(s, e, t, res))
        else:
            left.append(Mention(s, e, t, res))
    out.sort(key=lambda m: m.start)
    out = facilities_of_cities(
        text,
        as_located(
            text,
            regions_in_lists(
                text, located_by_country(text, country_endings(short_forms(out), gaz), gaz, left)
            ),
        ),
    )
    # a town the text locates where the index has none of the name is no mention: the name is
    # reported among the unplaced ones
    out = [m for m in out if m.place is not None or NONE_OF_THE_NAME not in m.resolution.reason]
    out = counties_by_their_towns(out, gaz)
    # one name, one place in one text: "off Pylos in Greece ... Pylos is about 900 km..."
    placed = {normalize_name(m.text): m for m in out}
    taken = [(m.start, m.end) for m in out]
    airports = {m.place.id: m for m in out if m.place is not None and "airport" in m.place.kinds}
    for m in left:
        same = placed.get(normalize_name(m.text)) or _named_airport(m, airports, gaz)
        if same is not None and not any(a < m.end and m.start < b for a, b in taken):
            out.append(Mention(m.start, m.end, m.text, same.resolution))
    out.sort(key=lambda m: m.start)
    out += initialism_mentions(text, out, gaz)
    out = venue_names(text, tokens, sorted(out, key=lambda m: m.start))
    # "an American who": the people, no place of the story (their country gave its context);
    # "Xinhua News Agency": an agency, no town
    out = [m for m in out if not as_people(text, m) and not _names_agency(text, m)]
    out = _without_hyphen_halves(text, out)
    out = _with_combining_forms(text, out, gaz)
    out = _with_epithets(text, out, gaz)
    out = dateline_towns(seats_as_points(text, regional_capitals(text, out)), dateline)
    refs = (
        capital_references(text, out, gaz)
        + airport_references(text, out)
        + pole_references(text, out)
    )
    return sorted(out + refs, key=lambda m: m.start)


#: "the Islamic Republic", "the Kingdom": a country called by the form of state its official
#: name opens with, no longer name going on after it ("the Republic of Ireland" is read as such).
_EPITHET = re.compile(
    r"\b[Tt]he ((?:[A-Z][a-z]+ ){0,2}(?:Republic|Kingdom|Federation|Principality|Sultanate))\b"
    r"(?!\s+(?:of\b|[A-Z])|-)"
)


def _with_epithets(text: str, out: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions with the countries the text calls by their form of state ("Exports from
    Iran ... the Islamic Republic's trade": Iran), where the text names exactly one country so
    called officially (``Gazetteer.epithet_country``) and no mention covers the words; a town
    read from such words is dropped ("senators said the Republic would endure" names no
    Republic, Missouri)."""
    found = [m for m in _EPITHET.finditer(text)]
    if not found:
        return out
    countries = {c for m in out if m.place is not None for c in m.place.countries}
    added = []
    towns = set()  # "the Republic" is no town named Republic (Missouri), whatever it names
    for m in found:
        s, e = m.span(1)
        same = [o for o in out if (o.start, o.end) == (s, e)]
        if same and all(o.place is not None and not o.place.is_region for o in same):
            towns.update(id(o) for o in same)
        elif any(o.start < e and s < o.end for o in out):
            continue
        place = gaz.epithet_country(m.group(1), countries)
        if place is not None:
            why = (
                f"'the {m.group(1)}' is {place.name}, the one country the text names so called "
                "officially"
            )
            added.append(Mention(s, e, m.group(1), Resolution(m.group(1), place, (), why)))
    if not added and not towns:
        return out
    return sorted([o for o in out if id(o) not in towns] + added, key=lambda x: x.start)


def _with_combining_forms(text: str, out: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions with the countries' combining forms the text writes before a hyphen and a
    capitalised word ("the Sino-Japanese war": China, beside Japan's "Japanese"), where no
    mention covers them already."""
    added = []
    for m in COMBINING_FORM.finditer(text):
        s, e = m.span(1)
        if any(o.start < e and s < o.end for o in out):
            continue
        res = gaz.combining_form(m.group(1), text)
        if res is not None:
            added.append(Mention(s, e, m.group(1), res))
    return sorted(out + added, key=lambda x: x.start) if added else out


def _without_hyphen_halves(text: str, out: list[Mention]) -> list[Mention]:
    """The mentions less those that are half of a longer hyphenated name the index lacks: a name
    joined by a hyphen to a capitalised word that is no mention of its own, whose place lies far
    from every other place of the text ("Golfe-Juan", where Napoleon landed before marching on
    Grenoble, is no Golfe of Angola; "Ny-Alesund" in Svalbard no Alesund). Two places so joined
    are both kept ("Paris-Roubaix", "the Dakar-Ziguinchor ferry").

    >>> from georoute.geo.gazetteer import Gazetteer
    >>> text = "He landed at Golfe-Juan and rode the Paris-Roubaix course."
    >>> [m.text for m in find_mentions(text, Gazetteer())]
    ['Paris', 'Roubaix']
    >>> [m.text for m in find_mentions("The train left Shin-Osaka for Tokyo.", Gazetteer())]
    ['Osaka', 'Tokyo']
    """
    starts = {m.start for m in out}
    ends = {m.end for m in out}
    # the text's distinct points, and per place whether it lies far from all the others (read
    # once a place: a text may write the same hyphenated name thousands of times)
    points = {m.place.id: m.place for m in out if m.place is not None and not m.place.is_region}
    far: dict[int, bool] = {}
    kept = []
    for m in out:
        after = text[m.end : m.end + 2]
        before = text[max(0, m.start - 2) : m.start]
        joined_after = (
            len(after) == 2 and after[0] in "-‐" and after[1].isupper() and m.end + 1 not in starts
        )
        joined_before = (
            len(before) == 2
            and before[1] in "-‐"
            and before[0].isalpha()
            and m.start - 1 not in ends
        )
        if (joined_after or joined_before) and m.place is not None:
            if m.place.id not in far:
                far[m.place.id] = _far_from_the_rest(m.place, points)
            if far[m.place.id]:
                fired("places:hyphen_half_dropped")
                continue
        kept.append(m)
    return kept


#: A half of a hyphenated name is dropped only when its place lies farther than this from every
#: other place the text names (km): "Shin-Osaka", "Brussels-Midi" or "Takeo-Onsen" name
#: stations of their towns, which lie among the story's places.
HYPHEN_HALF_FAR_KM = 1000.0


def _far_from_the_rest(p: Place, points: dict[int, Place]) -> bool:
    """Whether ``p`` lies more than ``HYPHEN_HALF_FAR_KM`` from every other of the text's
    ``points`` (a text naming no other place: False)."""
    others = [q for pid, q in points.items() if pid != p.id]
    return bool(others) and all(
        haversine_km(p.lat, p.lon, q.lat, q.lon) > HYPHEN_HALF_FAR_KM for q in others
    )


#: A county read again by the towns a text names lies this near one of them (km): as near as
#: a county's point counts for its score at all (``gazetteer.COUNTY_NEAR_KM``).
COUNTY_BY_TOWNS_KM = 100.0


def counties_by_their_towns(out: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A county whose name other counties share ("Lake County", "Washington County"), read
    again once the text's other names are placed: the first reading had only the names the
    text vouched for at once, often none but the county itself, so the most populous county of
    the name won ("Two men from Gary were charged in Lake County court in Crown Point": Lake
    County, Illinois). Against the places of the other mentions, the county of the name that
    lies within ``COUNTY_BY_TOWNS_KM`` of a town the text names replaces it (Indiana's).

    >>> from georoute.geo.gazetteer import Gazetteer
    >>> text = "The Washington County jury in Hagerstown convicted a Frederick man."
    >>> [m.place.admin1 for m in find_mentions(text, Gazetteer())]
    ['MD', 'MD', 'MD']
    """
    if not any(m.place is not None and "admin2" in m.place.kinds for m in out):
        return out
    placed = [(normalize_name(m.text), m.place) for m in out if m.place is not None]
    if not any(not p.is_region for _, p in placed):
        return out
    memo: dict[str, Resolution | None] = {}
    moved: dict[int, tuple[str, Place]] = {}  # a county read again: its name and new place
    read = []
    for m in out:
        p = m.place
        if (
            p is None
            or "admin2" not in p.kinds
            or not any("admin2" in c.place.kinds for c in m.resolution.alternatives)
        ):
            read.append(m)
            continue
        norm = normalize_name(m.text)
        if norm not in memo:
            # less the county itself by any of its names ("Suffolk" for "Suffolk County")
            ctx = ResolutionContext.from_places(
                [(n, q) for n, q in placed if n != norm and q.id != p.id]
            )
            res = gaz.resolve(m.text, ctx)
            best = res.best
            memo[norm] = (
                res
                if best is not None
                and res.place is not None
                and "admin2" in res.place.kinds
                and best.near_km is not None
                and best.near_km <= COUNTY_BY_TOWNS_KM
                else None
            )
        again = memo[norm]
        if again is None or again.place.id == p.id:
            read.append(m)
        else:
            moved[p.id] = (m.text, again.place)
            read.append(Mention(m.start, m.end, m.text, again, m.place_span))
    # its short forms go with it ("Suffolk" after "Suffolk County")
    return [
        Mention(
            m.start,
            m.end,
            m.text,
            Resolution(
                m.text,
                moved[m.place.id][1],
                (),
                f"'{m.text}' read as the short form of '{moved[m.place.id][0]}', named in "
                "the same text",
            ),
            m.place_span,
        )
        if m.place is not None and m.place.id in moved
        else m
        for m in read
    ]


#: A name between a type letter and a number in a slashed designation: an influenza strain
#: ("A/California/7/2009", "B/Victoria/2/87") names where the virus was isolated, no place
#: of the story.
_DESIGNATION_BEFORE = re.compile(r"(?<![\w/])[A-Z]/$")
_DESIGNATION_AFTER = re.compile(r"/\d")


#: A news agency's word right after a name ("Xinhua News Agency") or right before it ("the
#: news agency Xinhua reported").
_AGENCY_AFTER = re.compile(r"\s+(?:News\s+Agency|news\s+agency)\b")
_AGENCY_BEFORE = re.compile(r"\bnews\s+agency,?\s+$", re.IGNORECASE)


def _names_agency(text: str, m: Mention) -> bool:
    """Whether a town's name is a news agency's ("Xinhua News Agency", "the official news agency
    Xinhua"): a populated place that is no national capital, before "News Agency" or after
    "news agency". A country's or a region's agency ("Kenya News Agency", "Fars News Agency")
    stays a mention of its place, as an organisation opened by its place does.

    >>> from georoute.geo.gazetteer import Gazetteer
    >>> text = "According to Xinhua News Agency, Beijing shut two markets."
    >>> [m.text for m in find_mentions(text, Gazetteer())]
    ['Beijing']
    """
    p = m.place
    if p is None or "populated_place" not in p.kinds or "capital" in p.kinds:
        return False
    return (
        _AGENCY_AFTER.match(text, m.end) is not None
        or _AGENCY_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
    )


#: How far into the text a wire dateline's credit (``DATELINE_CREDIT``: "SUVA, Aug 12 (AFP) -")
#: may stand: within its first lines.
_CREDIT_WITHIN = 400
#: An agency's credit right after a dateline's name: " (dpa) -".
_CREDIT_RIGHT_AFTER = re.compile(r"[ \t]*\([^()\n]{2,40}\)[ \t]*[-–—]")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether a name written in capitals opens a wire dateline ("SUVA, Aug 12 (AFP) -",
    "PAPEETE, Tahiti (AP) —"): at the start of a line in the text's first lines, the line
    closed by an agency's credit; or a name as written elsewhere right before that credit
    ("Munich (dpa) -", "Hue (VNA) –": some agencies write the dateline so)."""
    if start >= _CREDIT_WITHIN:
        return False
    if not text[start:end].isupper() and _CREDIT_RIGHT_AFTER.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 3:
        return False
    return DATELINE_CREDIT.match(text, line_start, min(len(text), _CREDIT_WITHIN)) is not None


def _in_agency_credit(text: str, start: int) -> bool:
    """Whether a name stands in the agency credit of a wire dateline ("(Xinhua) --"): the
    agency that filed the story, no place ("Xinhua" is also a town in Yunnan)."""
    if start >= _CREDIT_WITHIN or "(" not in text[max(0, start - 45) : start]:
        return False
    return any(
        m.start(1) <= start < m.end(1)
        for m in DATELINE_CREDIT.finditer(text, 0, min(len(text), _CREDIT_WITHIN))
    )


def _as_language(text: str, end: int, words: str) -> bool:
    """Whether a language's name is written as the language, not as its place's adjective:
    before a closing mark or a word such as "is", "into", "speakers".

    >>> _as_language("She answered in English.", 23, "English")
    True
    >>> _as_language("English is taught there.", 7, "English")
    True
    >>> _as_language("an English village", 10, "English")
    False
    """
    return words.casefold() in LANGUAGE_NAMES and _AS_LANGUAGE.match(text, end) is not None


def as_people(text: str, m: Mention) -> bool:
    """Whether a mention is a people's adjective used as the noun for that people ("an
    American who", "the Emirati, whose", "were British."), not as a modifier of a thing of its
    country ("Russian troops", "British and American politicians"): one word (or a compass word
    and one: "South African") that is not the name of the country, continent or macro-region
    it reads as, before what closes a noun phrase (``names.json``: ``people_nouns``).

    >>> from georoute.geo.gazetteer import Gazetteer
    >>> gaz = Gazetteer()
    >>> [m.text for m in find_mentions("A Canadian who flew to Chile met a Canadian team.", gaz)]
    ['Chile', 'Canadian']
    """
    return is_adjective(m) and _AS_PEOPLE.match(text, m.end) is not None


def is_adjective(m: Mention) -> bool:
    """Whether a mention is a people's adjective of a country, continent or macro-region
    ("Japanese", "South African"), not its name: one word, or a compass word and one, that ends
    as such adjectives do (``names.json``: ``people_nouns``)."""
    p = m.place
    words = m.text.split()
    return not (
        p is None
        or not (p.is_country or "continent" in p.kinds or "macro_region" in p.kinds)
        or not words[-1].casefold().endswith(_PEOPLE_ENDINGS)
        or (len(words) > 1 and (len(words) > 2 or words[0].casefold() not in COMPASS_WORDS))
        or normalize_name(m.text) == normalize_name(p.name)
    )


def _as_pathogen(text: str, end: int) -> bool:
    """Whether a name is a pathogen's, written before its word ("the Reston ebolavirus").

    >>> _as_pathogen("known as the Reston ebolavirus.", 19)
    True
    >>> _as_pathogen("the Texas flu outbreak", 9)
    False
    """
    return _AS_PATHOGEN.match(text, end) is not None


def _in_persons_name(text: str, start: int, end: int, words: str, gaz: Gazetteer) -> bool:
    """Whether a name is written as part of a person's: a shortened title with its period
    ("Dr. Nestor", not "St. Louis"), a surname after its particle ("Roger van Boxtel"), or a
    given name before one ("Dennis van Engelsdorp"; not a country's, a region's or a big
    city's name)."""
    low = words.casefold()
    if low in SHORT_TITLES and low not in NAME_PREFIXES and _TITLE_PERIOD.match(text, end):
        return True
    lead = max(0, start - 40)
    if text[lead:start].rstrip().endswith(_PARTICLE_ENDS) and _PARTICLE_BEFORE.search(
        text, lead, start
    ):
        return True
    return (
        " " not in words
        and _PARTICLE_AFTER.match(text, end) is not None
        and not _well_known(words, gaz)
    )


def _no_name_as_written(text: str, end: int, words: str) -> bool:
    """Whether a capitalised word is, as written, no name at all: an initialism with a capital
    after a lower-case letter ("the MoD"), or a season before a year ("in Spring 2002").

    >>> _no_name_as_written("The MoD said", 7, "MoD"), _no_name_as_written("in Spring 2002", 9, "Spring")
    (True, True)
    >>> _no_name_as_written("flew to McAllen", 15, "McAllen"), _no_name_as_written("in SoHo", 7, "SoHo")
    (False, False)
    """
    if 3 <= len(words) <= 4 and _MIXED_INITIALISM.fullmatch(words):  # (its only lengths)
        return True
    return words.casefold() in SEASONS and _SEASON_YEAR.match(text, end) is not None


_BRAND_ITEM = r"[A-Z0-9][\w'’&!.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z0-9][\w'’&!.-]*)*"
#: A list of names right after a word of trade names ("sold under the labels Lucerne, Sun
#: Valley and Bayview", "the brands included Power 1 Walnut and ..."): products, no places.
_BRAND_LIST = re.compile(
    r"\b(?:brand[ \t]+names?|brands?|labels?|trade[ \t]*names?|trademarks?)"
    r"(?:[ \t]+(?:such[ \t]+as|including|included|include|like))?:?[ \t]+"
    rf"({_BRAND_ITEM}(?:(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+){_BRAND_ITEM})*)"
)


def brand_lists(text: str) -> list[tuple[int, int]]:
    """The spans of the lists of products' names after a word of trade names, whose names
    are no places ("sold under the labels Lucerne, Sun Valley and Bayview": none is the town).

    >>> text = "The eggs were sold under the labels Lucerne, Sun Valley and Bayview in Ohio."
    >>> [text[a:b] for a, b in brand_lists(text)]
    ['Lucerne, Sun Valley and Bayview']
    """
    return [m.span(1) for m in _BRAND_LIST.finditer(text)]


def _in_designation(text: str, start: int, end: int) -> bool:
    """Whether a name stands inside a slashed designation ("A/California/7/2009")."""
    return (
        text[end : end + 1] == "/"  # (what ``_DESIGNATION_AFTER`` opens with: rarely there)
        and _DESIGNATION_AFTER.match(text, end) is not None
        and _DESIGNATION_BEFORE.search(text, max(0, start - 3), start) is not None
    )


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


#: A settlement noun and "of" right before a name ("the town of Southold", "the village of
#: Greenport"; ``names.json``: ``settlement_words``).
_SETTLEMENT_OF = re.compile(
    r"\b(?:"
    + "|".join(map(re.escape, rule_row("names", "settlement_words")["words"]))
    + r")\s+of\s+$"
)


def _settlement_before(text: str, start: int) -> bool:
    """Whether the text calls the name at ``start`` a village, a town or a quarter right before
    it ("in the town of Southold", "the hamlet of Orient"): a small town, by its main name, in
    a country the text names, is a place written so.

    >>> _settlement_before("in the town of Southold", 15), _settlement_before("Mayor of X", 9)
    (True, False)
    """
    return start > 0 and _SETTLEMENT_OF.search(text, max(0, start - 30), start) is not None


def _settlement_after(text: str, end: int) -> bool:
    """Whether a settlement noun follows a name ("Esperance residents", "the Dadaab camps")."""
    if end < 0:
        return False
    m = _WORD_AFTER.match(text, end)
    return m is not None and m.group(1) in SETTLEMENT_NOUNS


def _named_airport(m: Mention, airports: dict[int, Mention], gaz: Gazetteer) -> Mention | None:
    """The mention of an airport the text names elsewhere by its name, for a short name or code
    of that airport that needs its feature word alone ("John F. Kennedy airport ... landed at
    JFK")."""
    if not airports or m.place is not None:
        return None
    abbrev = m.text.isupper() and len(m.text) <= 4
    for p, _ in gaz.candidates(normalize_name(m.text), abbrev, conditional=True):
        if p.id in airports:
            return airports[p.id]
    return None


#: A lower-case word right after a name: the name used before a noun ("White House aides"),
#: unless a function word ("Centennial Park in Sydney").
_ATTRIBUTIVE = re.compile(r" ([a-z]+)")


def _attributive(text: str, end: int) -> bool:
    m = _ATTRIBUTIVE.match(text, end)
    return m is not None and m.group(1) not in OPENERS


_THE_BEFORE = re.compile(r"(?:(?<![A-Za-z])[Tt]he\s+(?:[a-z]+\s+)?|-)$")


def _bare_water(text: str, start: int, words: str, res: Resolution) -> bool:
    """Whether a sea's one-word short name stands without "the" (or "the eastern") before it,
    nor after a hyphen ("Asia-Pacific"): an adjective ("Russia's Pacific port", "Atlantic
    salmon"), where "the Pacific" names the ocean."""
    p = res.place
    return (
        p is not None
        and "water_body" in p.kinds
        and " " not in words.strip()
        and _THE_BEFORE.search(text[max(0, start - 30) : start]) is None
    )


_COUNTRY_GAP = re.compile(r"\s*(?:,|\bin\b|,\s*in\b)\s*")


def _country_follows(text: str, resolved: list, k: int, gaz: Gazetteer) -> bool:
    """Whether the name is followed by a country that has a place of that name: "off Pylos in
    Greece" is the Greek Pylos, however small."""
    if k + 1 >= len(resolved):
        return False
    (_, end, words, _, _), _ = resolved[k]
    (start, _, _, _, _), nxt = resolved[k + 1]
    if (
        nxt.place is None
        or not nxt.place.is_country
        or not _COUNTRY_GAP.fullmatch(text, end, start)
    ):
        return False
    return any(nxt.place.country in p.countries for p, _ in gaz.candidates(words))


def focus_town(text: str, gaz: Gazetteer) -> Place | None:
    """The town a text is about: the populated place it names most often, when no other town
    is named as often (where a street or a building it names, and the index lacks, stands:
    "Royal Street" in a story about New Orleans).

    >>> from georoute.geo.gazetteer import Gazetteer
    >>> text = "Lyon reopened its bridges. In Lyon, crowds came; Paris sent help."
    >>> focus_town(text, Gazetteer()).name
    'Lyon'
    """
    counts: dict[int, list] = {}
    for m in find_mentions(text, gaz):
        p = m.place
        if p is not None and "populated_place" in p.kinds and not p.is_region:
            counts.setdefault(p.id, [p, 0])[1] += 1
    ranked = sorted(counts.values(), key=lambda pk: -pk[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def document_context(text: str, gaz: Gazetteer) -> ResolutionContext:
    """The context a whole text gives for resolving one more name."""
    mentions = find_mentions(text, gaz)
    return ResolutionContext.from_places(
        (normalize_name(text[slice(*m.place_span)] if m.place_span else m.text), m.place)
        for m in mentions
        if m.place is not None
    )
