"""Measure place recognition and resolution on geoparsing corpora (Gritta et al.'s metrics).

Reads JSON-lines corpora, one article a line: ``{"id", "text", "toponyms": [{"start", "end",
"name", "lat", "lon", "geonameid"?}]}``. Default: every ``*.jsonl`` in
``../shared/eval/geoparse/`` beside the repository (or ``$GEOROUTE_EVAL_DIR``).

- Recognition: the place mentions the verifier reports (:func:`georoute.geo.mentions.find_mentions`
  on the article text) against every gold span, by exact span: precision, recall, F1.
- Resolution: ``Gazetteer.resolve(gold_name, context=text)`` for every gold span: the share
  within 161 km of the gold point (``acc161``), the share resolved to the gold GeoNames id
  (``same_id``, over the spans that have one; null when none has), the median error in km of
  the answered spans and the share answered. An unanswered span counts as a miss.
- Baseline, same run: the most populous place of the gold name in the index.

Per file it prints these figures, broken down by the gold feature class (populated places;
countries and regions; other), and the 20 most frequent errors of each kind. With ``--json`` it
prints only ``{FILE: {"recognition": {"precision", "recall", "f1"}, "resolution": {"acc161",
"same_id", "median_km", "answered"}, "baseline": {"acc161"}}}`` (shares from 0 to 1).

Run: ``python benchmarks/eval_places.py [--json] [FILE.jsonl ...]`` or ``make eval``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from georoute.base.geodesy import haversine_km
from georoute.base.places import Place
from georoute.geo.gazetteer import Gazetteer
from georoute.geo.mentions import find_mentions
from georoute.text.textnorm import normalize_name

ACC_KM = 161.0
CLASSES = ("populated places", "countries and regions", "other")


def default_dir() -> Path:
    """``$GEOROUTE_EVAL_DIR``, else ``shared/eval/geoparse`` beside the repository."""
    env = os.environ.get("GEOROUTE_EVAL_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "geoparse"


@dataclass
class Tally:
    """Counts for one file (or one feature class of it)."""

    gold: int = 0
    within: int = 0
    answered: int = 0
    with_id: int = 0
    same_id: int = 0
    base_within: int = 0
    errors_km: list[float] = field(default_factory=list)

    def add(self, d: float | None, has_id: bool, same: bool, base_d: float | None) -> None:
        self.gold += 1
        if d is not None:
            self.answered += 1
            self.errors_km.append(d)
            self.within += d <= ACC_KM
        self.with_id += has_id
        self.same_id += same
        self.base_within += base_d is not None and base_d <= ACC_KM

    def figures(self) -> dict:
        n = self.gold or 1
        return {
            "acc161": round(self.within / n, 4),
            "same_id": round(self.same_id / self.with_id, 4) if self.with_id else None,
            "median_km": round(statistics.median(self.errors_km), 1) if self.errors_km else None,
            "answered": round(self.answered / n, 4),
        }


def _gold_class(gaz: Gazetteer, top: dict, text_norm: str) -> str:
    """The gold feature class: by the gold GeoNames id when the index has that place, else by
    the places of the gold name near the gold point (a region of the name counts as a region)."""
    gid = top.get("geonameid")
    place = gaz.place(int(gid)) if gid else None
    if place is not None:
        return CLASSES[1] if place.is_region else CLASSES[0]
    cands = [p for p, _ in gaz.candidates(text_norm)]
    if any(p.is_region for p in cands):
        return CLASSES[1]
    if any(
        "populated_place" in p.kinds
        and haversine_km(p.lat, p.lon, top["lat"], top["lon"]) <= ACC_KM
        for p in cands
    ):
        return CLASSES[0]
    return CLASSES[2]


def _baseline(gaz: Gazetteer, name: str) -> Place | None:
    """The most populous place of that name in the index (population prior, no context)."""
    cands = [p for p, _ in gaz.candidates(name)]
    return max(cands, key=lambda p: (p.population or 0, -p.id), default=None)


def _dist(place: Place | None, top: dict) -> float | None:
    if place is None:
        return None
    return haversine_km(place.lat, place.lon, float(top["lat"]), float(top["lon"]))


def evaluate(path: Path, gaz: Gazetteer) -> dict:
    """Every figure for one corpus file, with the error lists for the human output."""
    tp = n_pred = n_gold = 0
    total = Tally()
    by_class = {c: Tally() for c in CLASSES}
    res_errors: Counter = Counter()
    missed: Counter = Counter()
    spurious: Counter = Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            art = json.loads(line)
            text = art["text"]
            gold_spans = {(t["start"], t["end"]) for t in art["toponyms"]}
            pred = {(m.start, m.end): m for m in find_mentions(text, gaz)}
            tp += len(gold_spans & pred.keys())
            n_pred += len(pred)
            n_gold += len(gold_spans)
            for s, e in gold_spans - pred.keys():
                missed[text[s:e]] += 1
            for s, e in pred.keys() - gold_spans:
                spurious[text[s:e]] += 1
            for top in art["toponyms"]:
                if top.get("lat") is None or top.get("lon") is None:
                    continue
                name = top["name"]
                res = gaz.resolve(name, context=text)
                d = _dist(res.place, top)
                gid = top.get("geonameid")
                same = bool(gid) and res.place is not None and res.place.id == int(gid)
                base_d = _dist(_baseline(gaz, name), top)
                cls = _gold_class(gaz, top, normalize_name(name))
                for t in (total, by_class[cls]):
                    t.add(d, bool(gid), same, base_d)
                if d is None or d > ACC_KM:
                    got = res.place.label() if res.place else "no answer"
                    res_errors[f"{name} -> {got}"] += 1
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "recognition": {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
        },
        "resolution": total.figures(),
        "baseline": {"acc161": round(total.base_within / (total.gold or 1), 4)},
        "_classes": {c: (t.gold, t.figures(), t.base_within) for c, t in by_class.items()},
        "_errors": {
            "resolution (gold name -> answer, beyond 161 km)": res_errors,
            "recognition misses (gold span not reported)": missed,
            "recognition false alarms (reported, not gold)": spurious,
        },
        "_counts": {"gold": n_gold, "predicted": n_pred, "exact": tp},
    }


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{100 * x:5.1f}"


def _print_human(name: str, r: dict) -> None:
    rec, res, c = r["recognition"], r["resolution"], r["_counts"]
    print(f"== {name}: {c['gold']} gold spans, {c['predicted']} reported, {c['exact']} exact")
    print(f"recognition  P {_pct(rec['precision'])}  R {_pct(rec['recall'])}  F1 {_pct(rec['f1'])}")
    print(
        f"resolution   acc@161 {_pct(res['acc161'])}  same id {_pct(res['same_id'])}  "
        f"median {res['median_km']} km  answered {_pct(res['answered'])}  "
        f"(baseline acc@161 {_pct(r['baseline']['acc161'])})"
    )
    for cls, (n, fig, base) in r["_classes"].items():
        print(
            f"  {cls:<22} n={n:<5} acc@161 {_pct(fig['acc161'])}  same id {_pct(fig['same_id'])}  "
            f"median {fig['median_km']} km  answered {_pct(fig['answered'])}  "
            f"baseline {_pct(base / n if n else None)}"
        )
    for title, counter in r["_errors"].items():
        print(f"  20 most frequent {title}:")
        for what, k in counter.most_common(20):
            print(f"    {k:>4}  {what}")
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("files", nargs="*", type=Path, help="corpus files (JSON lines)")
    ap.add_argument("--json", action="store_true", help="print only the figures as JSON")
    args = ap.parse_args(argv)
    files = args.files or sorted(default_dir().glob("*.jsonl"))
    if not files:
        print(f"eval_places: no corpus files (looked in {default_dir()})", file=sys.stderr)
        return 2
    gaz = Gazetteer()
    out = {}
    for path in files:
        try:
            r = evaluate(path, gaz)
        except (OSError, ValueError, KeyError) as exc:
            print(f"eval_places: cannot read {path}: {exc}", file=sys.stderr)
            return 2
        out[path.name] = r
        if not args.json:
            _print_human(path.name, r)
    if args.json:
        print(
            json.dumps(
                {
                    k: {x: v[x] for x in ("recognition", "resolution", "baseline")}
                    for k, v in out.items()
                }
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
