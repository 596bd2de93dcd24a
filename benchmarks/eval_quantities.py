"""Quantity extraction against gold sentences: georoute and quantulum3 in the same run.

Reads JSON Lines in the format of ``shared/eval/quantities/`` (one sentence a line:
``{"id", "text", "quantities": [{"start", "end", "value", "unit", "category", ...}]}``,
``value`` a number or ``[low, high]`` for a range, ``category`` one of distance, speed,
duration, other). Each system's quantities are matched one to one with the gold ones: a pair
must overlap in the text (a gold quantity without offsets overlaps anything) and agree in value
within a relative 1e-6 once both are in a common unit (a range matches when both ends do); the
pairs with the most overlap are taken first. Scores are per category of the gold quantity
(a prediction nobody matched counts against its own category); ``length`` is the part of
``distance`` below a kilometre and ``travel`` is distance, speed and duration together.
Figures are percentages; a score with nothing to divide by is 0.

Run: ``python benchmarks/eval_quantities.py [FILE.jsonl ...] [--json]``; without files, every
``*.jsonl`` of ``GEOROUTE_EVAL_DIR/quantities`` (or of ``GEOROUTE_EVAL_DIR`` itself when it
holds the files), by default ``../shared/eval/quantities`` beside the repository. Needs the
``bench`` extra (quantulum3).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "quantities"
CATEGORIES = ("distance", "speed", "duration", "length", "travel")
TRAVEL = ("distance", "speed", "duration")
REL_TOL = 1e-6

#: Unit name (the gold files' and quantulum3's) -> (dimension, factor to the SI unit).
#: Exact definitions: international yard and pound (1959), nautical mile (1929), Julian year.
UNIT_NAMES: dict[str, tuple[str, float]] = {
    "metre": ("distance", 1.0),
    "kilometre": ("distance", 1000.0),
    "centimetre": ("distance", 0.01),
    "millimetre": ("distance", 0.001),
    "decimetre": ("distance", 0.1),
    "micrometre": ("distance", 1e-6),
    "nanometre": ("distance", 1e-9),
    "picometre": ("distance", 1e-12),
    "mile": ("distance", 1609.344),
    "nautical mile": ("distance", 1852.0),
    "yard": ("distance", 0.9144),
    "foot": ("distance", 0.3048),
    "inch": ("distance", 0.0254),
    "league": ("distance", 3 * 1609.344),
    "kilometre per hour": ("speed", 1 / 3.6),
    "mile per hour": ("speed", 1609.344 / 3600),
    "metre per second": ("speed", 1.0),
    "knot": ("speed", 1852.0 / 3600),
    "kilometre per second": ("speed", 1000.0),
    "foot per second": ("speed", 0.3048),
    "second": ("duration", 1.0),
    "millisecond": ("duration", 0.001),
    "minute": ("duration", 60.0),
    "hour": ("duration", 3600.0),
    "day": ("duration", 86400.0),
    "week": ("duration", 7 * 86400.0),
    "fortnight": ("duration", 14 * 86400.0),
    "month": ("duration", 365.25 * 86400.0 / 12),
    "year": ("duration", 365.25 * 86400.0),
    "decade": ("duration", 3652.5 * 86400.0),
    "century": ("duration", 36525 * 86400.0),
}
#: quantulum3 entity -> category
Q3_ENTITY = {"length": "distance", "speed": "speed", "time": "duration"}
#: georoute's canonical unit of each kind -> factor to the SI unit
GEOROUTE_SI = {"km": 1000.0, "km/h": 1 / 3.6, "h": 3600.0}


@dataclass(frozen=True)
class Item:
    """One quantity, gold or predicted: span (None when unknown), value(s) in a common unit."""

    start: int | None
    end: int | None
    values: tuple[float, ...]  # one value, or the two ends of a range
    dim: str  # a category of TRAVEL, or "other:<unit name>"
    category: str  # distance, speed, duration or other

    @property
    def is_length(self) -> bool:
        return self.category == "distance" and self.dim == "distance" and max(self.values) < 1000


def _si(value: float, unit: str) -> tuple[float, str]:
    dim, factor = UNIT_NAMES.get(unit, (f"other:{unit}", 1.0))
    return value * factor, dim


def gold_items(row: dict) -> list[Item]:
    """The gold quantities of one sentence."""
    out = []
    for q in row["quantities"]:
        raw = q["value"] if isinstance(q["value"], list) else [q["value"]]
        vals = [_si(float(v), q["unit"]) for v in raw]
        out.append(
            Item(q.get("start"), q.get("end"), tuple(v for v, _ in vals), vals[0][1], q["category"])
        )
    return out


def georoute_items(text: str) -> list[Item]:
    """georoute's quantities of a sentence."""
    from georoute.text.quantities import find_quantities
    from georoute.text.units import to_canonical

    out = []
    for q in find_quantities(text):
        ends = getattr(q, "ends", None) or (q.value,)
        vals = [to_canonical(v, q.unit) for v in ends]
        values = tuple(v * GEOROUTE_SI[u] for v, u in vals)
        out.append(Item(q.start, q.end, values, q.kind, q.kind))
    return out


def quantulum3_items(text: str) -> list[Item]:
    """quantulum3's quantities of a sentence (a range as value +- uncertainty)."""
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        name = q.unit.name
        unc = q.uncertainty
        raw = (q.value - unc, q.value + unc) if unc else (q.value,)
        vals = [_si(float(v), name) for v in raw]
        dim = vals[0][1]
        cat = dim if dim in TRAVEL else Q3_ENTITY.get(q.unit.entity.name, "other")
        out.append(Item(q.span[0], q.span[1], tuple(v for v, _ in vals), dim, cat))
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b)) or a == b


def _overlap(g: Item, p: Item) -> int | None:
    """Characters shared by two spans; 0 for a gold item without offsets; None if disjoint."""
    if g.start is None or g.end is None or p.start is None or p.end is None:
        return 0
    n = min(g.end, p.end) - max(g.start, p.start)
    return n if n > 0 else None


def match(gold: list[Item], pred: list[Item]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index): overlapping spans, equal values."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = _overlap(g, p)
            if (
                ov is not None
                and g.dim == p.dim
                and len(g.values) == len(p.values)
                and all(_same(a, b) for a, b in zip(g.values, p.values, strict=True))
            ):
                cands.append((-ov, i, j))
    pairs, used_g, used_p = [], set(), set()
    for _, i, j in sorted(cands):
        if i not in used_g and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    return pairs


def _cats(item: Item) -> set[str]:
    cats = {item.category}
    if item.category in TRAVEL:
        cats.add("travel")
    if item.is_length:
        cats.add("length")
    return cats


def score(
    rows: Iterable[dict], system: Callable[[str], list[Item]], errors: list | None = None
) -> dict[str, dict]:
    """Support, true positives, predictions and P/R/F1 (percent) per category for one system;
    with ``errors``, the travel quantities missed and the spurious ones are appended to it."""
    keys = (*CATEGORIES, "other")
    tp = dict.fromkeys(keys, 0)
    support = dict.fromkeys(keys, 0)
    predicted = dict.fromkeys(keys, 0)
    for row in rows:
        gold, pred = gold_items(row), system(row["text"])
        pairs = match(gold, pred)
        matched_pred = {j for _, j in pairs}
        if errors is not None:
            matched_gold = {i for i, _ in pairs}
            for i, g in enumerate(gold):
                if i not in matched_gold and g.category in TRAVEL:
                    errors.append(("missed", row["id"], row["text"], g))
            for j, p in enumerate(pred):
                if j not in matched_pred and p.category in TRAVEL:
                    errors.append(("spurious", row["id"], row["text"], p))
        for g in gold:
            for c in _cats(g):
                support[c] += 1
        for i, _ in pairs:
            for c in _cats(gold[i]):
                tp[c] += 1
                predicted[c] += 1
        for j, p in enumerate(pred):
            if j not in matched_pred:
                for c in _cats(p):
                    predicted[c] += 1
    out = {}
    for c in keys:
        p = 100 * tp[c] / predicted[c] if predicted[c] else 0.0
        r = 100 * tp[c] / support[c] if support[c] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[c] = {
            "support": support[c],
            "tp": tp[c],
            "predicted": predicted[c],
            "precision": round(p, 1),
            "recall": round(r, 1),
            "f1": round(f, 1),
        }
    return out


SYSTEMS: dict[str, Callable[[str], list[Item]]] = {
    "georoute": georoute_items,
    "quantulum3": quantulum3_items,
}


def _files(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    env = os.environ.get("GEOROUTE_EVAL_DIR")
    base = Path(env) if env else DEFAULT_DIR
    if env and (base / "quantities").is_dir():
        base = base / "quantities"
    files = sorted(base.glob("*.jsonl"))
    if not files:
        raise SystemExit(
            f"no *.jsonl in {base}: pass FILE.jsonl or set GEOROUTE_EVAL_DIR to the eval folder"
        )
    return files


def evaluate(path: Path, errors: dict[str, list] | None = None) -> dict[str, dict]:
    """Scores of every system on one file (``errors``: per system, its travel errors)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {
        name: score(rows, fn, None if errors is None else errors.setdefault(name, []))
        for name, fn in SYSTEMS.items()
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", help="JSON Lines files (default: the eval folder)")
    ap.add_argument("--json", action="store_true", help="print only the scores as JSON")
    ap.add_argument("--errors", action="store_true", help="also list travel quantities missed")
    ns = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    errors: dict[str, list] | None = {} if ns.errors else None
    results = {p.name: evaluate(p, errors) for p in _files(ns.files)}
    if ns.json:
        print(
            json.dumps(
                {
                    f: {
                        s: {
                            c: {k: r[c][k] for k in ("precision", "recall", "f1")}
                            for c in CATEGORIES
                        }
                        for s, r in res.items()
                    }
                    for f, res in results.items()
                },
                indent=2,
            )
        )
        return 0
    for f, res in results.items():
        print(f"{f}")
        head = "".join(f"{s:>24}" for s in res)
        print(f"  {'category':<10}{'support':>8}{head}")
        print(f"  {'':<10}{'':>8}" + "".join(f"{'P':>8}{'R':>8}{'F1':>8}" for _ in res))
        first = next(iter(res.values()))
        for c in (*CATEGORIES, "other"):
            cells = "".join(
                f"{r[c]['precision']:>8.1f}{r[c]['recall']:>8.1f}{r[c]['f1']:>8.1f}"
                for r in res.values()
            )
            print(f"  {c:<10}{first[c]['support']:>8}{cells}")
    for system, errs in (errors or {}).items():
        print(f"\n{system}: {len(errs)} travel errors")
        for what, rid, text, item in errs:
            span = text[item.start : item.end] if item.start is not None else "?"
            print(f"  {what:<8} {rid} {span!r} {item.category} {item.values}  | {text[:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
