"""Corpus benchmark: cost per document as the corpus grows, in one process.

A generator writes wire-style articles (dateline, traveller, mode, a real city pair, figures
computed from the pair's geodesic, some deliberately off, background paragraphs and quotes),
a fixed number of articles per trip, trips spread over the years so that no trip grows with
the corpus. Each size runs in a fresh child process (so its peak memory is its own) that first
verifies a small warm-up corpus (the gazetteer, the rail network and the regular expressions
are loaded then), and takes the CPU time of extraction, trip grouping and the checks
separately (CPU time, not wall time: the cores may be shared). Costs are printed as ratios
against the cost per document of the smallest size, measured in the same run.

Run: ``python benchmarks/bench_corpus.py`` (1,000 and 10,000 documents),
``--max 100000`` to add 100,000, ``--sizes 1000,2000`` for other sizes, ``--json`` for JSON,
``--write DIR N`` to write a corpus of N articles as ``.txt`` files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from georoute.base.documents import Document

#: Real city pairs by mode (the names the gazetteer resolves); travel distances are the
#: geodesic times a detour factor typical of the mode.
PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "train": (
        ("Paris", "Lyon"),
        ("Madrid", "Barcelona"),
        ("Berlin", "Munich"),
        ("Rome", "Milan"),
        ("Vienna", "Budapest"),
        ("Warsaw", "Krakow"),
        ("Beijing", "Shanghai"),
        ("Tokyo", "Osaka"),
        ("Moscow", "Saint Petersburg"),
        ("Prague", "Vienna"),
        ("Amsterdam", "Brussels"),
        ("Stockholm", "Oslo"),
    ),
    "flight": (
        ("London", "New York"),
        ("Paris", "Dakar"),
        ("Tokyo", "Sydney"),
        ("Dubai", "Nairobi"),
        ("Delhi", "Singapore"),
        ("Lagos", "Johannesburg"),
        ("Toronto", "Mexico City"),
        ("Cairo", "Istanbul"),
        ("Seoul", "Bangkok"),
        ("Lima", "Buenos Aires"),
    ),
    "ferry": (
        ("Dover", "Calais"),
        ("Helsinki", "Tallinn"),
        ("Piraeus", "Heraklion"),
        ("Barcelona", "Palma"),
        ("Stockholm", "Turku"),
        ("Kiel", "Oslo"),
    ),
    "bus": (
        ("Lagos", "Abuja"),
        ("Lima", "Cusco"),
        ("Bangkok", "Chiang Mai"),
        ("Nairobi", "Kampala"),
        ("Santiago", "Mendoza"),
        ("Hanoi", "Hue"),
    ),
}
#: (detour over the geodesic, typical average speed in km/h, mode words) per mode
MODES: dict[str, tuple[float, float, tuple[str, ...]]] = {
    "train": (1.2, 140.0, ("by train", "aboard a high-speed train", "on an overnight train")),
    "flight": (1.0, 820.0, ("on a chartered flight", "by plane", "aboard a government jet")),
    "ferry": (1.05, 35.0, ("by ferry", "aboard a car ferry", "on the overnight ferry")),
    "bus": (1.25, 60.0, ("by bus", "aboard a coach", "on a long-distance bus")),
}
SURNAMES = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Kowalski",
    "Haddad",
    "Silva",
    "Novak",
    "Mensah",
    "Petrov",
    "Ferreira",
    "Nakamura",
    "Dubois",
    "Achebe",
    "Varga",
    "Jensen",
    "Rossi",
    "Kaur",
    "Oyelaran",
    "Castillo",
    "Horvat",
    "Ibrahim",
    "Sato",
    "Lindgren",
    "Mwangi",
    "Duarte",
    "Kovacs",
    "Nguyen",
    "Aziz",
    "Brennan",
    "Quispe",
    "Halvorsen",
    "Ortega",
    "Babatunde",
    "Fischer",
    "Popescu",
    "Yilmaz",
    "Sorensen",
    "Mbeki",
    "Alvarez",
    "Kim",
    "Laurent",
    "Bianchi",
    "Wojcik",
    "Eriksen",
    "Otieno",
    "Ramos",
    "Hoffmann",
    "Chaudhry",
    "Petersen",
    "Mendes",
    "Ivanova",
    "Koroma",
    "Santos",
    "Weber",
    "Abe",
    "Nilsson",
    "Farouk",
    "Morales",
    "Dimitrov",
]
TITLES = (
    "Foreign Minister",
    "Prime Minister",
    "Trade Minister",
    "President",
    "opposition leader",
    "envoy",
    "Health Minister",
    "Mayor",
)
AGENCIES = ("Reuters", "AFP", "AP", "dpa", "Xinhua", "Kyodo")
MONTHS = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
#: Trips that start on one day: the corpus spans ``trips / TRIPS_PER_DAY`` days.
TRIPS_PER_DAY = 4
ARTICLES_PER_TRIP = 4
START = dt.date(2001, 1, 1)


@dataclass(frozen=True)
class TripSpec:
    """One generated trip: who travels how from where to where, when, with what true figures."""

    id: int
    traveller: str
    title: str
    mode: str
    origin: str
    destination: str
    date: dt.date
    km: float
    kmh: float


def _coords() -> dict[str, tuple[float, float]]:
    from georoute.geo.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    out = {}
    for pairs in PAIRS.values():
        for name in {n for p in pairs for n in p}:
            if name not in out:
                p = gaz.resolve(name).place
                out[name] = (p.lat, p.lon)
    return out


def _trip(k: int, coords: dict[str, tuple[float, float]], rng: random.Random) -> TripSpec:
    from georoute.base.geodesy import geodesic_km

    mode = ("train", "flight", "ferry", "bus")[k % 4]
    origin, destination = rng.choice(PAIRS[mode])
    if rng.random() < 0.5:
        origin, destination = destination, origin
    detour, kmh, _ = MODES[mode]
    g = geodesic_km(*coords[origin], *coords[destination])
    # travellers cycle so that no traveller has two trips within two weeks of each other
    return TripSpec(
        k,
        SURNAMES[k % len(SURNAMES)],
        TITLES[(k // 7) % len(TITLES)],
        mode,
        origin,
        destination,
        START + dt.timedelta(days=k // TRIPS_PER_DAY),
        g * detour,
        kmh * rng.uniform(0.85, 1.15),
    )


def _km(x: float, rng: random.Random) -> str:
    r = round(x, -1)
    return rng.choice((f"{r:,.0f} km", f"{r:,.0f}km", f"about {r:,.0f} kilometres"))


def _hours(h: float, rng: random.Random) -> str:
    if h < 1:
        return f"{round(h * 60):d} minutes"
    whole = int(h)
    mins = round((h - whole) * 60 / 5) * 5
    if mins in (0, 60):
        return "one hour" if round(h) == 1 else f"{round(h):d} hours"
    return rng.choice((f"{whole} hours {mins} minutes", f"about {round(h):d} hours"))


def _article(trip: TripSpec, i: int, rng: random.Random) -> tuple[str, str]:
    """Article ``i`` of a trip: (id, text). Some state a wrong figure (a quarter of articles)."""
    words = MODES[trip.mode][2]
    day = trip.date + dt.timedelta(days=rng.choice((0, 0, 1, 1, 2)))
    agency = rng.choice(AGENCIES)
    place = (trip.destination if day > trip.date else trip.origin).upper()
    if rng.random() < 0.5:
        head = f"{place}, {MONTHS[day.month - 1]} {day.day}, {day.year} ({agency}) -"
    else:
        head = f"date {day.isoformat()}\n{place} ({agency}) -"
    km, hours = trip.km, trip.km / trip.kmh
    wrong = rng.random() < 0.25
    if wrong:
        if rng.random() < 0.5:
            hours *= rng.choice((0.4, 2.5))
        else:
            km *= rng.choice((0.5, 2.0))
    name, title = trip.traveller, trip.title
    wd = WEEKDAYS[trip.date.weekday()]
    mode_words = rng.choice(words)
    first = rng.choice(
        (
            f"{title} {name} left {trip.origin} {mode_words} on {wd} for {trip.destination}, "
            f"a journey of {_km(km, rng)}.",
            f"{title} {name} travelled {mode_words} from {trip.origin} to {trip.destination} "
            f"on {wd}, covering {_km(km, rng)} in {_hours(hours, rng)}.",
            f"{title} {name} arrived in {trip.destination} on {WEEKDAYS[day.weekday()]} after a "
            f"{_km(km, rng)} trip {mode_words} from {trip.origin}.",
        )
    )
    second = rng.choice(
        (
            f"{name} spent {_hours(hours, rng)} on the way, officials said.",
            f"The trip took {_hours(hours, rng)}, according to the ministry.",
            f"{name}'s party averaged about {round(km / hours, -1):,.0f} km/h.",
            f"{name} was accompanied by a delegation of {rng.randint(8, 60)} officials.",
        )
    )
    other = SURNAMES[(trip.id * 7 + i + 13) % len(SURNAMES)]
    background = rng.sample(
        (
            f"The visit is the first by a {title.lower()} in {rng.randint(3, 30)} years.",
            f"Talks with {other} are expected to focus on trade, energy and a new port "
            f"worth ${rng.randint(2, 90)}m.",
            f"{trip.destination} has a population of about {rng.randint(2, 19)} million people.",
            f'"We have much to discuss," {name} told reporters before leaving.',
            f"Critics said the {rng.randint(2, 5)}-day visit would achieve little.",
            f"Ticket prices rose {rng.randint(3, 15)} percent last year.",
            f"The government said {name} would return on {WEEKDAYS[(day.weekday() + 3) % 7]}.",
        ),
        k=rng.randint(2, 4),
    )
    body = "\n\n".join([f"{head} {first} {second}", *background])
    return f"t{trip.id:06d}_{i}", body


def generate(n_docs: int, seed: int = 0) -> list[Document]:
    """``n_docs`` articles, ``ARTICLES_PER_TRIP`` per trip, in a shuffled order."""
    from georoute.base.documents import parse_dateline

    coords = _coords()
    rng = random.Random(seed)
    docs = []
    n_trips = -(-n_docs // ARTICLES_PER_TRIP)
    for k in range(n_trips):
        trip = _trip(k, coords, rng)
        for i in range(ARTICLES_PER_TRIP):
            if len(docs) == n_docs:
                break
            doc_id, text = _article(trip, i, rng)
            docs.append(Document(doc_id, text, None, parse_dateline(text)))
    rng.shuffle(docs)
    return docs


def run(docs: list[Document]) -> dict:
    """Extraction, grouping and checks on ``docs``: CPU seconds per stage, findings by verdict."""
    from collections import Counter

    from georoute.checks import CheckInput, run_checks
    from georoute.extraction.extract import extract_document
    from georoute.geo.gazetteer import default_gazetteer
    from georoute.rail import rail_network
    from georoute.trips import group_trips

    gaz = default_gazetteer()
    clock = time.process_time  # CPU time: the machine's other processes do not count
    w0, t0 = time.perf_counter(), clock()
    extractions = [extract_document(d, gaz) for d in docs]
    t1 = clock()
    places = {}
    for e in extractions:
        places.update(e.places)
    texts = {d.id: d.text for d in docs}
    trips = group_trips(extractions, texts, places)
    t2 = clock()
    claims = {c.id: c for e in extractions for c in e.claims}
    findings = run_checks(
        CheckInput(claims, places, tuple(trips), router=lambda ps: rail_network().route(ps))
    )
    t3 = clock()
    return {
        "docs": len(docs),
        "wall_s": time.perf_counter() - w0,
        "extract_s": t1 - t0,
        "group_s": t2 - t1,
        "checks_s": t3 - t2,
        "trips": len(trips),
        "claims": len(claims),
        "findings": dict(Counter(f.verdict for f in findings)),
    }


def child(n: int) -> dict:
    """One size in this process: warm up on another small corpus, then time ``n`` documents."""
    run(generate(40, seed=99))
    docs = generate(n)
    base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = run(docs)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["rss_before_mb"] = base_kb / 1024
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    ap.add_argument("--max", type=int, default=0, help="add this size (e.g. 100000)")
    ap.add_argument("--json", action="store_true", help="print JSON only")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--write", nargs=2, metavar=("DIR", "N"), help="write N articles to DIR")
    a = ap.parse_args(argv)
    if a.child:
        print(json.dumps(child(a.child)))
        return 0
    if a.write:
        folder = Path(a.write[0])
        folder.mkdir(parents=True, exist_ok=True)
        for d in generate(int(a.write[1])):
            (folder / f"{d.id}.txt").write_text(d.text, encoding="utf-8")
        return 0
    sizes = sorted({int(s) for s in a.sizes.split(",") if s} | ({a.max} if a.max else set()))
    results = []
    for n in sizes:
        p = subprocess.run(
            [sys.executable, __file__, "--child", str(n)], capture_output=True, text=True
        )
        if p.returncode != 0:
            print(f"{n:,} documents failed:\n{p.stderr[-2000:]}", file=sys.stderr)
            continue
        r = json.loads(p.stdout.strip().splitlines()[-1])
        results.append(r)
        print(json.dumps(r), file=sys.stderr, flush=True)
    if not results:
        return 1
    base = results[0]
    for r in results:
        for stage in ("extract", "group", "checks"):
            per = r[f"{stage}_s"] / r["docs"]
            r[f"{stage}_ms_per_doc"] = round(per * 1000, 4)
            r[f"{stage}_ratio"] = round(per / (base[f"{stage}_s"] / base["docs"]), 3)
        total = sum(r[f"{s}_s"] for s in ("extract", "group", "checks"))
        r["docs_per_s"] = round(r["docs"] / total, 1)
        r["total_ratio"] = round(
            (total / r["docs"])
            / (sum(base[f"{s}_s"] for s in ("extract", "group", "checks")) / base["docs"]),
            3,
        )
    if a.json:
        print(json.dumps(results, indent=1))
        return 0
    print(
        f"{'docs':>7} {'docs/s':>8} {'extract':>16} {'group':>16} {'checks':>16} "
        f"{'total':>7} {'peak MB':>8} trips findings"
    )
    for r in results:
        cols = " ".join(
            f"{r[f'{s}_ms_per_doc']:>8.3f}ms {r[f'{s}_ratio']:>5.2f}x"
            for s in ("extract", "group", "checks")
        )
        print(
            f"{r['docs']:>7} {r['docs_per_s']:>8.1f} {cols} {r['total_ratio']:>6.2f}x "
            f"{r['peak_rss_mb']:>8.0f} {r['trips']:>5} {r['findings']}"
        )
    print(
        f"(CPU ms per document per stage, ratio against {base['docs']:,} documents in this run; "
        "docs/s on CPU time; peak resident memory of the process)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
