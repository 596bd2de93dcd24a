"""Size benchmark: time per KB and peak memory of verification on one article, 10 KB to 5 MB.

Realistic text repeats the seeds and the test articles (numbers varied on each repetition, so
no two paragraphs state the same figure); pathological text floods the extractor with digits,
"about" hedges, capitalised runs, parentheses and weekdays with clock times. Each size is
reported as its time per KB over the 10 KB time per KB of the same text, measured in the same
process (goal: within a factor 2 up to 5 MB), and the peak memory traced while it ran
(tracemalloc; goal: under 1 GB at 5 MB). Times are CPU times unless ``--clock wall``; the rail
network is routed until it searches compiled before any timing (a once-per-process cost). Each
stage (extraction, trips, each check) is timed apart, so a super-linear stage shows by name; a
text whose run exceeds ``--budget`` seconds is not grown further.

Run: ``python benchmarks/bench_size.py`` (all sizes, several minutes), or
``python benchmarks/bench_size.py --sizes 10,100,1000 --kinds realistic,digits`` for a part.
Prints a table and, with ``--json FILE``, writes the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import re
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from georoute.base.documents import Document
from georoute.base.errors import GeorouteError
from georoute.checks import CHECKS, CheckInput
from georoute.extraction.extract import extract_document
from georoute.geo.gazetteer import default_gazetteer
from georoute.rail import rail_network
from georoute.text.quantities import MAX_TEXT
from georoute.trips import group_trips

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "articles").glob("*.txt")
)
SIZES_KB = (10, 100, 1000, 5000)
DATE = dt.date(2023, 9, 12)


def _vary(text: str, i: int) -> str:
    """The text with every number shifted by ``i`` (a new paragraph, not a copy)."""
    if i == 0:
        return text
    return re.sub(r"\d+", lambda m: str(int(m.group()) + i % 7), text)


def realistic(size: int) -> str:
    """Seeds and test articles one after another, datelines dropped, numbers varied."""
    bodies = [
        "\n".join(
            ln for ln in p.read_text(encoding="utf-8").splitlines() if not ln.startswith("date ")
        )
        for p in SOURCES
    ]
    out, n, i = [], 0, 0
    while n < size:
        t = _vary(bodies[i % len(bodies)], i // len(bodies))
        out.append(t)
        n += len(t) + 2
        i += 1
    return "\n\n".join(out)[:size]


def _flood(unit: Callable[[int], str]) -> Callable[[int], str]:
    def make(size: int) -> str:
        out, n, i = [], 0, 0
        while n < size:
            s = unit(i)
            out.append(s)
            n += len(s)
            i += 1
        return "".join(out)[:size]

    return make


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
KINDS: dict[str, Callable[[int], str]] = {
    "realistic": realistic,
    "digits": _flood(lambda i: f"{i % 997} "),
    "about": _flood(lambda i: "about " if i % 50 else "about 5 km "),
    "capitals": _flood(lambda i: f"Big{i % 13} Red Fox Station "),
    "parentheses": _flood(lambda i: "(" if i % 3 else "(5 km) )"),
    "weekdays": _flood(lambda i: f"{_WEEKDAYS[i % 7]} at {i % 24}:{i % 60:02d} "),
}


#: City pairs routed before any timing (see :func:`warm_rail`).
_WARM_ROUTES = (
    ("Paris", "Berlin"),
    ("Madrid", "Warsaw"),
    ("Moscow", "Novosibirsk"),
    ("Beijing", "Shanghai"),
    ("Chicago", "Los Angeles"),
    ("Delhi", "Chennai"),
    ("Lisbon", "Rome"),
    ("Vienna", "Stockholm"),
)


def warm_rail() -> bool:
    """Route a few long trips until the rail network searches with scipy's compiled Dijkstra:
    a process's first searches run in Python (``rail.COMPILED_AFTER_NODES``), a cost paid once
    per process that would otherwise land on whichever size routes first. Whether it now
    searches compiled."""
    net, gaz = rail_network(), default_gazetteer()
    for a, b in _WARM_ROUTES:
        if net.compiled:
            break
        ends = [gaz.resolve(a).place, gaz.resolve(b).place]
        if None in ends:
            continue
        try:
            net.route(ends)
        except GeorouteError:
            continue
    return net.compiled


def measure(text: str, clock: Callable[[], float] = time.process_time) -> dict:
    """Seconds of each stage (extraction, trips, each check; CPU time by default: on a shared
    machine the wall clock of a stage depends on what else ran then), peak traced bytes and the
    number of findings of one article, through the same stages as ``verify``."""
    gc.collect()
    tracemalloc.start()
    times: dict[str, float] = {}
    t = clock()
    e = extract_document(Document("bench", text, None, DATE), default_gazetteer())
    times["extract"] = clock() - t
    t = clock()
    trips = group_trips([e], {"bench": text}, e.places)
    times["trips"] = clock() - t
    inp = CheckInput({c.id: c for c in e.claims}, e.places, tuple(trips), rail_network().route)
    findings = 0
    for check in CHECKS:
        t = clock()
        findings += len(check(inp))
        times[check.__name__.removeprefix("check_")] = clock() - t
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"s": sum(times.values()), "stages": times, "peak": peak, "findings": findings}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES_KB)), help="sizes in KB")
    ap.add_argument("--kinds", default=",".join(KINDS), help="texts: " + ", ".join(KINDS))
    ap.add_argument(
        "--budget", type=float, default=300.0, help="seconds; a text over it is not grown further"
    )
    ap.add_argument(
        "--clock",
        choices=("cpu", "wall"),
        default="cpu",
        help="time each stage by the process's CPU time (default) or by the wall clock",
    )
    ap.add_argument("--json", help="write the figures to this file")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    base = min(sizes)
    kinds = args.kinds.split(",")
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    for kind in kinds:  # indexes, rail graph and unit registry loaded before any timing
        measure(KINDS[kind](base * 1000))
    if not warm_rail():
        print("note: the rail network still searches in Python: the first sizes pay for it")
    results: dict = {
        "sizes_kb": sizes,
        "clock": args.clock,
        "extraction_reads_chars": MAX_TEXT,
        "kinds": {},
    }
    print(
        f"{'text':<12} {'KB':>6} {'s':>8} {'ms/KB':>8} {'ratio':>6} {'peak MB':>8} {'findings':>8}  slowest stages (ratio)"
    )
    for kind in kinds:
        rows: list[dict] = []
        for kb in sizes:
            if rows and rows[-1]["s"] > args.budget:
                print(
                    f"{kind:<12} {kb:>6} skipped: {rows[-1]['kb']} KB took over {args.budget:g} s"
                )
                rows.append({"kb": kb, "skipped": True})
                break
            m = measure(KINDS[kind](kb * 1000), clock)
            first = rows[0] if rows else None
            per_kb = m["s"] / kb
            ratio = per_kb / (first["s"] / first["kb"]) if first else 1.0
            stage_ratio = {
                k: (v / kb) / max(first["stages"][k] / first["kb"], 1e-4 / base) if first else 1.0
                for k, v in m["stages"].items()
            }
            row = {
                "kb": kb,
                "ratio": ratio,
                "peak_mb": m["peak"] / 1e6,
                "stage_ratio": stage_ratio,
                **m,
            }
            rows.append(row)
            slow = sorted(m["stages"], key=m["stages"].get, reverse=True)[:3]
            print(
                f"{kind:<12} {kb:>6} {m['s']:>8.2f} {per_kb * 1000:>8.2f} {ratio:>6.2f} "
                f"{m['peak'] / 1e6:>8.0f} {m['findings']:>8}  "
                + ", ".join(f"{k} {m['stages'][k]:.1f}s ({stage_ratio[k]:.1f})" for k in slow),
                flush=True,
            )
        results["kinds"][kind] = rows
    done = [r for rows in results["kinds"].values() for r in rows if not r.get("skipped")]
    worst = max(r["ratio"] for r in done)
    peak = max(r["peak_mb"] for r in done)
    print(f"worst ratio to {base} KB: {worst:.2f} (goal <= 2); peak {peak:.0f} MB (goal < 1000)")
    if max(sizes) * 1000 > MAX_TEXT:
        print(f"note: extraction reads the first {MAX_TEXT:,} characters of an article")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
