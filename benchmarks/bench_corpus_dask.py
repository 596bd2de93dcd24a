"""Dask engine benchmark: documents per second on one and two single-threaded worker processes.

Generates N travel articles (default 10,000; ``--n``), several articles per trip, dates spread
over ten years, with varied wording, datelines, modes, units and hedges, and some figures that
do not add up. Then, for one and for two worker processes (``LocalCluster``, one thread each),
it starts the cluster, warms every worker (imports, gazetteer index, a small run: start-up is
excluded), and times ``georoute.engine_dask.run`` on the corpus: by default written to a JSON
Lines file whose slices the tasks read themselves (``corpus.plan_slices``, planning included in
the time), or with ``--input memory`` handed over as documents that the client spills for the
tasks. Prints documents per second,
the ratio two/one (goal: at least 1.7) both by wall time and by the busiest worker's CPU time
(what two idle cores would give; wall time on a machine shared with other jobs is not), the
client's CPU time (the serial part), peak memory (max RSS) per worker, for ``--n`` and for the
smaller ``--memory-sizes`` on two workers (goal: independent of the corpus size), and the
findings count of each run, which must agree. Self-contained: its generator is its own.

Run: ``python benchmarks/bench_corpus_dask.py [--n 10000] [--partition-size 100]
[--memory-sizes 1000,30000] [--input jsonl|memory]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import time

from georoute.base.documents import Document
from georoute.base.geodesy import geodesic_km

#: Cities the generator travels between (name, country, lat, lon, land mass reachable by rail
#: and road): GeoNames coordinates, rounded. The distances written are computed from them, so no figure is hard-coded.
CITIES = [
    ("Berlin", "Germany", 52.52, 13.405, "eu"),
    ("Warsaw", "Poland", 52.23, 21.012, "eu"),
    ("Paris", "France", 48.857, 2.352, "eu"),
    ("Lyon", "France", 45.764, 4.836, "eu"),
    ("Madrid", "Spain", 40.417, -3.704, "eu"),
    ("Barcelona", "Spain", 41.389, 2.159, "eu"),
    ("Vienna", "Austria", 48.208, 16.372, "eu"),
    ("Prague", "Czech Republic", 50.088, 14.421, "eu"),
    ("Budapest", "Hungary", 47.498, 19.040, "eu"),
    ("Milan", "Italy", 45.464, 9.190, "eu"),
    ("Rome", "Italy", 41.894, 12.483, "eu"),
    ("Munich", "Germany", 48.137, 11.575, "eu"),
    ("Hamburg", "Germany", 53.551, 9.994, "eu"),
    ("Amsterdam", "Netherlands", 52.374, 4.890, "eu"),
    ("Brussels", "Belgium", 50.850, 4.349, "eu"),
    ("Copenhagen", "Denmark", 55.676, 12.568, "eu"),
    ("Stockholm", "Sweden", 59.329, 18.069, "eu"),
    ("Oslo", "Norway", 59.913, 10.739, "eu"),
    ("Moscow", "Russia", 55.752, 37.616, "eu"),
    ("Saint Petersburg", "Russia", 59.939, 30.314, "eu"),
    ("Beijing", "China", 39.907, 116.397, "ea"),
    ("Shanghai", "China", 31.222, 121.458, "ea"),
    ("Tokyo", "Japan", 35.690, 139.692, "jp"),
    ("Osaka", "Japan", 34.694, 135.502, "jp"),
    ("Seoul", "South Korea", 37.566, 126.978, "kr"),
    ("Busan", "South Korea", 35.103, 129.040, "kr"),
    ("Delhi", "India", 28.652, 77.231, "in"),
    ("Mumbai", "India", 19.073, 72.883, "in"),
    ("Chicago", "United States", 41.850, -87.650, "na"),
    ("Denver", "United States", 39.739, -104.985, "na"),
    ("Toronto", "Canada", 43.700, -79.416, "na"),
    ("Montreal", "Canada", 45.509, -73.588, "na"),
]
#: (mode word, vehicle phrase, plausible average speed km/h, detour factor over the geodesic)
MODES = [
    ("train", "the overnight train", 90, 1.25),
    ("train", "a high-speed train", 220, 1.15),
    ("road", "a convoy of buses", 70, 1.3),
    ("air", "a chartered flight", 750, 1.05),
]
TRAVELLERS = [
    "President Alvarez",
    "Prime Minister Okafor",
    "Chancellor Lindqvist",
    "the delegation led by Minister Haddad",
    "Governor Petrovic",
    "the national orchestra",
    "Archbishop Moreau",
    "Senator Whitcombe",
    "the Olympic team",
    "Secretary-General Nakamura",
]
HEDGES = ["", "about ", "nearly ", "more than ", "roughly "]


def _dateline(rng: random.Random, city: str, day: dt.date) -> str:
    fmt = rng.randrange(4)
    if fmt == 0:
        return f"date {day.isoformat()}"
    if fmt == 1:
        return f"{city.upper()}, {day.strftime('%b')}. {day.day}, {day.year} —"
    if fmt == 2:
        return f"Published: {day.strftime('%A')}, {day.day} {day.strftime('%B')} {day.year}"
    return f"{day.isoformat()}"


def _article(rng: random.Random, trip: dict, k: int) -> str:
    o, d = trip["origin"], trip["destination"]
    mode_word, vehicle, _, _ = trip["mode"]
    km, hours = trip["km"], trip["hours"]
    day = trip["date"] + dt.timedelta(days=rng.randrange(0, 3))
    miles = km / 1.609344
    who = trip["traveller"]
    dist = (
        f"{rng.choice(HEDGES)}{km:,.0f} km"
        if rng.random() < 0.6
        else f"{rng.choice(HEDGES)}{miles:,.0f} miles"
    )
    if rng.random() < 0.3:
        dist = f"{km:,.0f}km ({miles:,.0f} miles)"
    dur = f"{hours:.0f} hours" if hours >= 2 else f"{hours * 60:.0f} minutes"
    openers = [
        f"{who[0].upper() + who[1:]} left {o[0]} for {d[0]} on {vehicle}, officials said.",
        f"{who[0].upper() + who[1:]} arrived in {d[0]} after travelling from {o[0]} by {mode_word}.",
        f"The journey of {who} from {o[0]} to {d[0]} drew crowds at every stop.",
    ]
    middles = [
        f"The trip from {o[0]} to {d[0]} covers {dist} and took {dur}.",
        f"The {dist} journey took {dur}, an average of {trip['stated_speed']:.0f} km/h.",
        f"Officials said the party travelled {dist} in {dur}.",
        f"{d[0]} lies {rng.choice(HEDGES)}{trip['geodesic']:,.0f} km from {o[0]}, in {d[1]}.",
    ]
    fillers = [
        f"Talks in {d[0]} are expected to focus on trade and energy.",
        f"Security was tight at the station in {o[0]} as the party departed.",
        "Local newspapers published photographs of the departure on their front pages.",
        f"It is the first such visit to {d[1]} in more than a decade.",
        "A spokesperson declined to give further details of the schedule.",
        f"Residents of {d[0]} lined the streets to watch the arrival.",
    ]
    rng.shuffle(fillers)
    body = [openers[k % len(openers)], rng.choice(middles), *fillers[: rng.randrange(2, 5)]]
    return "\n\n".join(
        [f"{who[0].upper() + who[1:]} travels to {d[0]}", _dateline(rng, o[0], day), *body]
    )


def generate(n: int, per_trip: int = 4, seed: int = 7) -> list[Document]:
    """``n`` articles, ``per_trip`` a trip, dates over 2015-2024; a fifth of trips misreported."""
    rng = random.Random(seed)
    docs: list[Document] = []
    t = 0
    while len(docs) < n:
        mode = rng.choice(MODES)
        o, d = rng.sample(CITIES, 2)
        while mode[0] != "air" and o[4] != d[4]:  # trains and buses stay on their land mass
            o, d = rng.sample(CITIES, 2)
        geodesic = geodesic_km(o[2], o[3], d[2], d[3])
        km = geodesic * mode[3]
        hours = km / mode[2]
        stated = mode[2] * (2.0 if rng.random() < 0.2 else 1.0)  # a fifth with a wrong speed
        trip = {
            "origin": o,
            "destination": d,
            "mode": mode,
            "km": km,
            "geodesic": geodesic,
            "hours": hours,
            "stated_speed": stated,
            "traveller": rng.choice(TRAVELLERS),
            "date": dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650)),
        }
        for k in range(per_trip):
            if len(docs) >= n:
                break
            docs.append(Document(f"t{t:05d}-{k}", _article(rng, trip, k), None, None))
        t += 1
    from georoute.base.documents import parse_dateline

    return [Document(x.id, x.text, None, parse_dateline(x.text)) for x in docs]


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _rss_mb() -> float:
    """This process's resident memory now (MB)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _warm_rail() -> None:
    """Load the rail network now (a worker loads it on its first route, once): start-up."""
    from georoute.rail import rail_network

    rail_network()


def _cache_entries() -> dict[str, int]:
    """Entries in the bounded look-up caches of this process (they fill, then stay full), and
    the lexemes spaCy's vocabulary gained (replaced past ``VOCAB_LIMIT``)."""
    from georoute import engine_dask
    from georoute.text import document
    from georoute.text.textnorm import normalize_name

    out = {"normalize_name": normalize_name.cache_info().currsize}
    if document._nlp.cache_info().currsize:
        reader = document._nlp()
        out["tokenizer_vocab_gained"] = len(reader.vocab) - reader.fresh
    for res in engine_dask._RESOURCES.values():
        out["gazetteer_candidates"] = res.gazetteer._candidates.cache_info().currsize
    return out


def _write_jsonl(docs: list[Document], path: str) -> str:
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            row = {"id": d.id, "date": d.date and d.date.isoformat(), "text": d.text}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _measure(
    docs: list[Document], workers: int, partition_size: int, source: str = "jsonl"
) -> dict:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bench-dask-") as tmp:
        corpus = (
            _write_jsonl(docs, os.path.join(tmp, "corpus.jsonl")) if source == "jsonl" else None
        )
        return _measure_on(docs, corpus, workers, partition_size)


def _inputs(docs: list[Document], corpus: str | None, partition_size: int):
    """What the engine is given: the slices of the corpus file, or the documents."""
    if corpus is None:
        return iter(docs)
    from georoute.corpus import plan_slices

    return iter(plan_slices(corpus, rows=partition_size))


def _measure_on(
    docs: list[Document], corpus: str | None, workers: int, partition_size: int
) -> dict:
    from distributed import Client

    from georoute import engine_dask

    # the cluster ``run(workers=N)`` (``georoute verify --engine dask --workers N``) starts
    with engine_dask.local_cluster(workers) as cluster, Client(cluster) as client:
        # start-up, excluded: imports, the gazetteer index, one small run on every worker
        engine_dask.run(iter(docs[: 4 * workers]), client=client, partition_size=2)
        client.run(_warm_rail)
        base = client.run(_rss_mb)
        cpu0 = client.run(_cpu_seconds)
        client_cpu0 = time.process_time()
        t = time.perf_counter()
        out = engine_dask.run(
            _inputs(docs, corpus, partition_size), client=client, partition_size=partition_size
        )
        elapsed = time.perf_counter() - t
        client_cpu = time.process_time() - client_cpu0
        cpu = {w: v - cpu0.get(w, 0.0) for w, v in client.run(_cpu_seconds).items()}
        rss = client.run(_peak_rss_mb)
        caches = client.run(_cache_entries)
    return {
        "workers": workers,
        "input": "memory" if corpus is None else "jsonl slices",
        "documents": out.documents,
        "seconds": round(elapsed, 2),
        "docs_per_second": round(out.documents / elapsed, 1),
        # resident memory of each worker after start-up (gazetteer, imports), and its peak
        "rss_after_startup_mb_per_worker": sorted(round(v) for v in base.values()),
        "peak_rss_mb_per_worker": sorted(round(v) for v in rss.values()),
        # entries in the bounded caches (normalised names, gazetteer look-ups) after the run
        "cache_entries_per_worker": list(caches.values()),
        # CPU seconds each worker spent: their sum is the work, their max the critical path;
        # on a machine shared with other jobs, wall time can exceed it by far
        "worker_cpu_seconds": sorted(round(v, 1) for v in cpu.values()),
        "docs_per_worker_cpu_second": round(out.documents / max(cpu.values()), 1),
        # the client's own CPU (reading, blocking, merging): the serial part of the run
        "client_cpu_seconds": round(client_cpu, 1),
        "findings": len(out.findings),
        "trips": out.trips,
        "phases_seconds": out.phases,
    }


def main() -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--partition-size", type=int, default=100)
    ap.add_argument(
        "--memory-sizes",
        default="1000",
        help="smaller corpora (comma-separated) run on two workers too, to compare peak memory "
        "per worker with the --n run (default 1000; '' for none)",
    )
    ap.add_argument(
        "--memory-only", action="store_true", help="only the --memory-sizes runs, on two workers"
    )
    ap.add_argument(
        "--input",
        choices=["jsonl", "memory"],
        default="jsonl",
        help="a JSON Lines file read by the tasks as slices (default), or documents in memory",
    )
    args = ap.parse_args()
    sizes = sorted({int(x) for x in args.memory_sizes.split(",") if x.strip()})
    memory = {}
    if args.memory_only:
        for n in sizes:
            run = _measure(generate(n), 2, args.partition_size, args.input)
            memory[str(n)] = {
                k: run[k]
                for k in (
                    "rss_after_startup_mb_per_worker",
                    "peak_rss_mb_per_worker",
                    "cache_entries_per_worker",
                    "docs_per_worker_cpu_second",
                    "findings",
                )
            }
        print(json.dumps({"two_workers_by_size": memory}, indent=2))
        return memory
    docs = generate(args.n)
    one = _measure(docs, 1, args.partition_size, args.input)
    two = _measure(docs, 2, args.partition_size, args.input)
    for n in sizes:
        small = _measure(generate(n), 2, args.partition_size, args.input)
        memory[str(n)] = small["peak_rss_mb_per_worker"]
    memory[str(args.n)] = two["peak_rss_mb_per_worker"]
    result = {
        "articles": len(docs),
        "one_worker": one,
        "two_workers": two,
        # documents per second of two workers over one, by wall time (start-up excluded)
        "speedup_by_wall_time": round(two["docs_per_second"] / one["docs_per_second"], 2),
        # the same ratio from the busiest worker's CPU time: what two idle cores would give
        "speedup_by_worker_cpu_time": round(
            two["docs_per_worker_cpu_second"] / one["docs_per_worker_cpu_second"], 2
        ),
        # peak resident memory of each of two workers, by corpus size
        "peak_rss_mb_per_worker_by_size": memory,
        "load_average": [round(x, 1) for x in os.getloadavg()],
        "same_findings": one["findings"] == two["findings"],
    }
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
