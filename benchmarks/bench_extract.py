"""Extraction benchmark: georoute against quantulum3 on the seeds, in one run, plus scaling.

Prints per-article medians, the speed ratio, recall/precision on the seeds' nine travel figures,
and the time per KB as the text grows (pathological inputs included). Also the cost of the
annotated document (spaCy's tokenizer and the sentence rule, ``document.annotate``) apart, and
its share of the whole extractor. Needs ``pip install quantulum3`` (its plain install; the
classifier extra fails with current scikit-learn).

With ``--baseline DIR`` (a checkout of another commit, e.g. made by ``git worktree add``), that
checkout's extractor is loaded beside this one under another package name and timed in the same
rounds, so the two are compared on the same machine load.

With ``--rounds N`` (default 1), the paired timing of the whole extractor against quantulum3 is
repeated N times and the ratios reported are the medians of the rounds' ratios (wall and CPU
time; each round's own are listed), so one busy moment does not make the figure.

With ``--profile``, also each stage's share of the extractor's CPU time on the seeds (the
mention finder, ``Gazetteer.resolve`` apart, the document, quantities, times, claims...).

With ``--ratio-only``, only the timing on the seeds is run (not the scaling with text size).

Run: ``python benchmarks/bench_extract.py [--baseline /tmp/old] [--rounds 5] [--profile]``
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
import time
import warnings
from pathlib import Path

from georoute.base.documents import Document, parse_dateline
from georoute.extraction.extract import extract_document
from georoute.geo.gazetteer import default_gazetteer
from georoute.text.document import annotate
from georoute.text.qualifiers import not_travel
from georoute.text.quantities import find_quantities

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
#: The travel figures a fact-checker underlines in the seeds (surface text, hedge).
EXPECTED = {
    ("20 hours", None),
    ("1,180km", None),
    ("733 miles", None),
    ("50km/h", "about"),
    ("31mph", "about"),
    ("425 miles", "about"),
    ("680 kilometres", "about"),
    ("24 hours", "nearly"),
    ("60-hour", None),
}


def _median_time(fn, arg, repeats: int = 7) -> float:
    fn(arg)
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _paired_medians(fns, arg, repeats: int = 10, clock=time.perf_counter) -> list[float]:
    """Median time of each function on ``arg``, the functions taking turns in every round so
    that a busy machine slows them alike (the ratio is what the benchmark reports). The order
    rotates from round to round, so that no function always runs right after the same one (a
    slow one before it leaves it the cold caches and the garbage collections)."""
    for fn in fns:
        fn(arg)
    times: list[list[float]] = [[] for _ in fns]
    n = len(fns)
    for r in range(repeats):
        for j in range(n):
            k = (r + j) % n
            t = clock()
            fns[k](arg)
            times[k].append(clock() - t)
    return [statistics.median(ts) for ts in times]


#: The extractor's stages, by module: their shares are what ``--profile`` prints.
STAGES = {
    "georoute.extraction.extract": (
        "annotate",
        "name_runs",
        "find_mentions",
        "find_unplaced",
        "find_quantities",
        "place_claims",
        "quantity_claims",
        "separations",
        "separation_directions",
        "bare_directions",
        "headings",
        "legs_of",
        "time_claims",
        "_traveller",
        "_left_stations",
        "_station_mentions",
        "_trip_context",
    ),
    # (wrapped where the time stage calls it)
    "georoute.extraction.times": ("find_times",),
    # the document's word split for the place stage (``ArticleText.words``)
    "georoute.text.document": ("tokenize",),
}


def stage_shares(docs, gaz, repeats: int = 20) -> dict[str, float]:
    """The share of the extractor's CPU time spent in each stage on ``docs`` (each stage's own
    time: ``Gazetteer.resolve`` apart from the mention finder that calls it; "rest" is the
    orchestration and what no stage listed holds). Stages are timed by wrapping them for the
    run and unwrapping them after."""
    from georoute.geo.gazetteer import Gazetteer

    own: dict[str, float] = {}
    stack: list[float] = []

    def timed(fn, label):
        def run(*a, **kw):
            t = time.process_time()
            stack.append(0.0)
            try:
                return fn(*a, **kw)
            finally:
                spent = time.process_time() - t
                inner = stack.pop()
                own[label] = own.get(label, 0.0) + spent - inner
                if stack:
                    stack[-1] += spent

        return run

    patched = [(Gazetteer, "resolve", Gazetteer.resolve, "Gazetteer.resolve")]
    for mod, names in STAGES.items():
        m = importlib.import_module(mod)
        patched += [(m, n, getattr(m, n), n) for n in names]
    for obj, name, fn, label in patched:
        setattr(obj, name, timed(fn, label))
    try:
        for d in docs:
            extract_document(d, gaz)
        own.clear()
        whole = timed(extract_document, "rest")
        for _ in range(repeats):
            for d in docs:
                whole(d, gaz)
    finally:
        for obj, name, fn, _ in patched:
            setattr(obj, name, fn)
    total = sum(own.values())
    return {k: round(v / total, 3) for k, v in sorted(own.items(), key=lambda kv: -kv[1])}


def _load_baseline(root: Path):
    """The extractor of another checkout, imported under its own ``georoute`` name and set
    aside: the package's modules import each other absolutely, so the checkout is put first on
    the path, imported (and run once, for its lazy imports), and this package's modules are put
    back. Works for the package in layers and for the flat package before them."""
    if not (root / "georoute" / "__init__.py").is_file():
        raise SystemExit(f"no georoute package under {root}")

    def ours() -> dict:
        return {
            k: m for k, m in sys.modules.items() if k == "georoute" or k.startswith("georoute.")
        }

    saved = ours()
    for k in saved:
        del sys.modules[k]
    sys.path.insert(0, str(root))
    # an editable install's finder would otherwise find this package before the path entry
    editable = [f for f in sys.meta_path if "__editable__" in getattr(f, "__module__", "")]
    for f in editable:
        sys.meta_path.remove(f)
    try:
        try:
            extract = importlib.import_module("georoute.extraction.extract")
            documents = importlib.import_module("georoute.base.documents")
            gazetteer = importlib.import_module("georoute.geo.gazetteer")
        except ModuleNotFoundError:
            extract = importlib.import_module("georoute.extract")
            documents = importlib.import_module("georoute.documents")
            gazetteer = importlib.import_module("georoute.gazetteer")
        if not Path(extract.__file__).resolve().is_relative_to(root.resolve()):
            raise SystemExit(f"could not import the extractor of {root}")
        base_gaz = gazetteer.default_gazetteer()

        def run(d):
            return extract.extract_document(
                documents.Document(d.id, d.text, None, d.date), base_gaz
            )

        run(Document("warm", "It left Paris for Rome, 1,420 km, on Monday at 7pm.", None, None))
    finally:
        sys.meta_path.extend(editable)
        sys.path.remove(str(root))
        for k in ours():
            del sys.modules[k]
        sys.modules.update(saved)
    return run


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", type=Path, help="a checkout whose extractor to time alongside")
    ap.add_argument(
        "--rounds", type=int, default=1, help="paired timing rounds (the ratios' median is kept)"
    )
    ap.add_argument(
        "--profile", action="store_true", help="also print each stage's share of the extractor"
    )
    ap.add_argument(
        "--ratio-only",
        action="store_true",
        help="only the timing and figures on the seeds (no scaling with text size)",
    )
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    from quantulum3 import parser

    gaz = default_gazetteer()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    docs = [Document(f"d{i}", t, None, parse_dateline(t)) for i, t in enumerate(texts)]
    fns = [
        lambda d: parser.parse(d.text),
        lambda d: find_quantities(d.text),
        lambda d: extract_document(d, gaz),
        lambda d: annotate(d.text, d.date),
    ]
    if args.baseline:
        fns.append(_load_baseline(args.baseline))
    walls, cpus = [], []
    for _ in range(max(1, args.rounds)):
        walls.append([_paired_medians(fns, d) for d in docs])
        # the same in CPU time: on a machine that other work keeps busy, the wall clock of each
        # run depends on what else ran then; the CPU time much less (the document apart)
        skip = {3}
        cpu_fns = [fn for k, fn in enumerate(fns) if k not in skip]
        cpus.append([_paired_medians(cpu_fns, d, clock=time.process_time) for d in docs])
    paired = walls[len(walls) // 2] if len(walls) % 2 else walls[0]
    q3, ours_q, ours_full, ours_doc = ([p[k] for p in paired] for k in range(4))

    def ratio(rounds, num: int, den: int) -> list[float]:
        """Per round: the summed times of function ``num`` over those of ``den``."""
        return [sum(p[num] for p in r) / sum(p[den] for p in r) for r in rounds]

    found_q3 = [(q.surface, None) for t in texts for q in parser.parse(t)]
    # figures read but marked as no journey ("75 years ago": a span) are not spurious travel
    found_ours, described = [], 0
    for t in texts:
        qs = find_quantities(t)
        for i, q in enumerate(qs):
            if q.same_as is None and not_travel(t, qs, i):
                described += 1
            else:
                found_ours.append((q.text, q.hedge))
    q3_hits = {s for s, _ in found_q3} & {s for s, _ in EXPECTED}
    result = {
        "quantulum3_ms_per_article": [round(x * 1000, 2) for x in q3],
        "georoute_quantities_ms_per_article": [round(x * 1000, 3) for x in ours_q],
        "georoute_full_extract_ms_per_article": [round(x * 1000, 2) for x in ours_full],
        "speedup_quantities": round(sum(q3) / sum(ours_q), 1),
        "speedup_full_extract": round(statistics.median(ratio(walls, 0, 2)), 1),
        "speedup_full_extract_cpu_time": round(statistics.median(ratio(cpus, 0, 2)), 1),
        "rounds": len(walls),
        "speedup_full_extract_per_round": [round(x, 2) for x in ratio(walls, 0, 2)],
        "speedup_full_extract_cpu_time_per_round": [round(x, 2) for x in ratio(cpus, 0, 2)],
        "document_ms_per_article": [round(x * 1000, 2) for x in ours_doc],
        "document_share_of_full_extract": round(sum(ours_doc) / sum(ours_full), 2),
        "quantulum3": {
            "travel_figures_found": len(q3_hits),
            "hedges_found": 0,
            "spurious": len([s for s, _ in found_q3 if s not in {e for e, _ in EXPECTED}]),
        },
        "georoute": {
            "travel_figures_found": len({s for s, _ in found_ours} & {s for s, _ in EXPECTED}),
            "hedges_found": len(set(found_ours) & {e for e in EXPECTED if e[1]}),
            "spurious": len([s for s, _ in found_ours if s not in {e for e, _ in EXPECTED}]),
            "read_as_no_journey": described,
        },
    }
    if args.baseline:
        old = [p[4] for p in paired]
        result["baseline_full_extract_ms_per_article"] = [round(x * 1000, 2) for x in old]
        result["baseline_speedup_full_extract"] = round(statistics.median(ratio(walls, 0, 4)), 1)
        # in the CPU rounds the document's timing is left out: the baseline is the fourth
        result["baseline_speedup_full_extract_cpu_time"] = round(
            statistics.median(ratio(cpus, 0, 3)), 1
        )
        result["baseline_speedup_full_extract_per_round"] = [
            round(x, 2) for x in ratio(walls, 0, 4)
        ]
        result["baseline_speedup_full_extract_cpu_time_per_round"] = [
            round(x, 2) for x in ratio(cpus, 0, 3)
        ]
        result["full_extract_time_over_baseline"] = round(statistics.median(ratio(walls, 2, 4)), 2)
        result["full_extract_cpu_time_over_baseline"] = round(
            statistics.median(ratio(cpus, 2, 3)), 2
        )
    if args.profile:
        result["stage_shares_of_full_extract"] = stage_shares(docs, gaz)
    if args.ratio_only:
        print(json.dumps(result, indent=2))
        return result
    base = "\n\n".join(texts)
    scaling = {}
    for mult in (1, 4, 16, 64):
        t = base * mult
        secs = _median_time(find_quantities, t, repeats=3)
        scaling[f"seeds x{mult} ({len(t) // 1024} KB)"] = round(secs / (len(t) / 1024) * 1e6, 1)
    for name, t in {
        "1 MB of digits and commas": ("1,234," * 180_000)[:1_000_000],
        "1 MB of digits": "9" * 1_000_000,
        "1 MB of 'km km km'": ("km " * 340_000)[:1_000_000],
        "1 MB of number words": ("twenty one hundred and " * 50_000)[:1_000_000],
    }.items():
        secs = _median_time(find_quantities, t, repeats=1)
        scaling[name] = round(secs / (len(t) / 1024) * 1e6, 1)
    result["find_quantities_us_per_kb"] = scaling
    full = {}
    for name, unit in {
        "seeds": base + "\n\n",
        "digits and commas": "1,234," * 100,
        "capitalised names": "Paris London " * 50,
        "weekdays": "Monday " * 100,
        "clock times": "10:30 " * 100,
        "weekdays with clock times": "He left on Monday at 7pm and came back. " * 20,
        "from A to B 5 km": "from Paris to London 5 km " * 30,
    }.items():
        row = []
        for kb in (32, 128):
            t = (unit * (kb * 1024 // len(unit) + 1))[: kb * 1024]
            doc = Document("x", t, None, None)
            secs = _median_time(lambda d: extract_document(d, gaz), doc, repeats=1)
            row.append(round(secs / kb * 1e6, 1))
        full[name] = {"32 KB": row[0], "128 KB": row[1]}
    result["full_extract_us_per_kb"] = full
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
