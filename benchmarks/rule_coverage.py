"""Rule coverage: how often each extraction rule fires, on travel articles and on development sets.

    python benchmarks/rule_coverage.py [--json] [--all]

Rules by family, each with an id ``family:name``:

- ``relations``: the rows of ``georoute/data/rules/qualifiers.json`` (``georoute.text.qualifiers``,
  by their ``id``), its rules and its fallbacks (``former.from_to``, ``length.unit``,
  ``span.unit``), counted where they decide a figure's relation (``georoute.base.coverage``);
- ``endpoints``: the module-level patterns of ``georoute.extraction.endpoints`` (origins, destinations,
  waypoints, locators);
- ``times``: the patterns of ``georoute.text.timeexpr`` and the departure/arrival/crossing words of
  ``georoute.extraction.times`` (and ``extract``'s ``_SPECULATIVE``); the rows of ``georoute/data/rules/times.json`` (``times:month.jan``,
  ``times:weekday.mon``, ``times:part.night``, ``times:relative.yesterday``, ``times:zone.GMT``,
  ``times:local_time``) where a time expression reads them;
- ``separations``: the direction and position patterns of ``georoute.extraction.extract``;
- ``modes``: the rows of ``georoute/data/rules/modes.json``: each mode word
  (``modes:word:...``) and each mode (``modes:mode:...``, any of its words) a sentence names,
  and each sub-mode named by a document (``modes:sub:...``);
- ``hedges``: each hedge of ``georoute.text.intervals.HEDGES`` on an extracted figure.

A pattern fires when it matches (a ``finditer`` fires once a match). Texts: the test articles
(``tests/articles``, ``tests/wire``, ``tests/holdout``) and the development sets (the texts of
``../shared/eval/geoparse/*.jsonl`` and the sentences of ``../shared/eval/quantities/*.jsonl``,
or ``$GEOROUTE_EVAL_DIR``). Only counts are printed, never the texts.

Dead rules fire on neither. Over-eager rules fire, per 100,000 characters, more than
``EAGER_RATIO`` times as often on the development sets (general news) as on the travel
articles, at least ``EAGER_MIN`` times: a travel rule that general prose triggers that much
more likely reads something else as travel.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from georoute.base import coverage  # noqa: E402
from georoute.base.claims import QuantityClaim  # noqa: E402
from georoute.base.documents import Document, parse_dateline  # noqa: E402
from georoute.base.modes import MAX_SPEED_KMH, SUBMODES  # noqa: E402
from georoute.base.rules import rule_rows  # noqa: E402
from georoute.extraction import endpoints, extract, times  # noqa: E402
from georoute.geo.gazetteer import default_gazetteer  # noqa: E402
from georoute.text import document, timeexpr  # noqa: E402
from georoute.text.intervals import HEDGES  # noqa: E402
from georoute.text.qualifiers import RULES  # noqa: E402

EAGER_RATIO = 3.0
EAGER_MIN = 5
FAMILIES = ("relations", "endpoints", "times", "separations", "modes", "hedges")
_EXTRACT_TIMES = ("_SPECULATIVE",)
_TIME_CLAIM_WORDS = ("_DEPART", "_ARRIVE", "_CROSS", "_EVENT")
_EXTRACT_SEPARATIONS = (
    "_DIRECTION_OF",
    "_TO_THE",
    "_DIRECTION_OF_UNKNOWN",
    "_AWAY",
    "_DIRECTION_ONLY",
    "_RELATIVE_POSITION",
    "_HEADING",
)


class _Counting:
    """A compiled pattern that counts its matches under ``rid`` (everything else delegated)."""

    def __init__(self, rx: re.Pattern, rid: str) -> None:
        self._rx, self._rid = rx, rid

    def _hit(self, m):
        if m:
            coverage.FIRES[self._rid] += 1
        return m

    def search(self, *a, **k):
        return self._hit(self._rx.search(*a, **k))

    def match(self, *a, **k):
        return self._hit(self._rx.match(*a, **k))

    def fullmatch(self, *a, **k):
        return self._hit(self._rx.fullmatch(*a, **k))

    def finditer(self, *a, **k):
        for m in self._rx.finditer(*a, **k):
            coverage.FIRES[self._rid] += 1
            yield m

    def findall(self, *a, **k):
        found = self._rx.findall(*a, **k)
        coverage.FIRES[self._rid] += len(found)
        return found

    def __getattr__(self, name):
        return getattr(self._rx, name)


class _CountingWords(dict):
    """A word table (``MODE_WORDS``) that counts each word looked up in it."""

    def __getitem__(self, key):
        value = super().__getitem__(key)
        coverage.FIRES[f"modes:word:{key}"] += 1
        coverage.FIRES[f"modes:mode:{value}"] += 1
        return value


class _CountingRows(dict):
    """A table read as a dict (``timeexpr.MONTHS``...) that counts, per key looked up, the id
    of the table row the key comes from."""

    def __init__(self, table: dict, ids: dict[str, str]) -> None:
        super().__init__(table)
        self._ids = ids

    def _count(self, key):
        rid = self._ids.get(key)
        if rid is not None:
            coverage.FIRES[rid] += 1

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self._count(key)
        return value

    def get(self, key, default=None):
        if key in self:
            self._count(key)
        return super().get(key, default)


def _counting_find_times(find_times):
    """``find_times`` counting the times it reads "local time" after a clock time."""

    def counted(*a, **k):
        found = find_times(*a, **k)
        coverage.FIRES["times:local_time"] += sum(1 for t in found if t.local_time)
        return found

    return counted


def _patterns(module, names=None) -> dict[str, re.Pattern | tuple]:
    out = {}
    for name, value in vars(module).items():
        if names is not None and name not in names:
            continue
        if isinstance(value, re.Pattern) or (
            isinstance(value, tuple) and value and all(isinstance(v, re.Pattern) for v in value)
        ):
            out[name] = value
    return out


def instrument() -> list[str]:
    """Enable counting; return every rule id (so that dead rules show)."""
    coverage.FIRES = Counter()
    ids = [f"relations:{r.id or r.relation}" for r in RULES]
    ids += ["relations:former.from_to", "relations:length.unit", "relations:span.unit"]
    for family, module, names in (
        ("endpoints", endpoints, None),
        ("times", timeexpr, None),
        ("times", times, _TIME_CLAIM_WORDS),
        ("times", extract, _EXTRACT_TIMES),
        ("separations", extract, _EXTRACT_SEPARATIONS),
    ):
        for name, value in _patterns(module, names).items():
            mod = module.__name__.rsplit(".", 1)[1]
            if isinstance(value, tuple):
                rids = [f"{family}:{mod}.{name}[{k}]" for k in range(len(value))]
                setattr(
                    module,
                    name,
                    tuple(_Counting(rx, rid) for rx, rid in zip(value, rids, strict=True)),
                )
            else:
                rids = [f"{family}:{mod}.{name}"]
                setattr(module, name, _Counting(value, rids[0]))
                # a pattern imported by name elsewhere ("from .endpoints import WHOLE_TRIP")
                for other in (extract, endpoints, timeexpr, times):
                    for oname, ovalue in list(vars(other).items()):
                        if ovalue is value:
                            setattr(other, oname, getattr(module, name))
            ids += rids
    # the annotated document looks mode words up in its module's table at call time
    counting = _CountingWords(document.MODE_WORDS)
    document.MODE_WORDS = extract.MODE_WORDS = counting
    ids += [f"modes:word:{w}" for w in counting]
    ids += [f"modes:sub:{sm.id}" for sm in SUBMODES]
    ids += [f"modes:mode:{m}" for m in MAX_SPEED_KMH]
    # the time-word table (georoute/data/rules/times.json), counted per row where a key of it is
    # read; its rows month_only, weekday_edge and future count as the patterns they make
    # (times:timeexpr._MONTH_ONLY, _WEEKDAY, _FUTURE)
    for name, prefix in (
        ("MONTHS", "month."),
        ("WEEKDAYS", "weekday."),
        ("PARTS_OF_DAY", "part."),
        ("_RELATIVE_DAYS", "relative."),
        ("ZONES", "zone."),
    ):
        rows = [r for r in rule_rows("times") if r["id"].startswith(prefix)]
        keys = {w: f"times:{r['id']}" for r in rows for w in r["words"]}
        setattr(timeexpr, name, _CountingRows(getattr(timeexpr, name), keys))
        ids += [f"times:{r['id']}" for r in rows]
    times.find_times = _counting_find_times(timeexpr.find_times)
    ids.append("times:local_time")
    ids += [f"hedges:{h}" for h in HEDGES]
    return list(dict.fromkeys(ids))


def _count_claims(dc) -> None:
    for c in dc.claims:
        if not isinstance(c, QuantityClaim):
            continue
        if c.hedge and c.same_as is None and c.hedge.casefold() in HEDGES:
            coverage.FIRES[f"hedges:{c.hedge.casefold()}"] += 1
    for sid in dc.trip.submodes:
        coverage.FIRES[f"modes:sub:{sid}"] += 1


def run(texts: list[tuple[str, str]], gaz) -> tuple[Counter, int]:
    """Extract every text with counting on; the fires and the characters read."""
    coverage.FIRES = Counter()
    chars = 0
    for name, text in texts:
        dc = extract.extract_document(Document(name, text, None, parse_dateline(text)), gaz)
        _count_claims(dc)
        chars += len(text)
    fires, coverage.FIRES = coverage.FIRES, Counter()
    return fires, chars


def test_texts() -> list[tuple[str, str]]:
    out = []
    for folder in ("articles", "wire", "holdout"):
        for p in sorted((ROOT / "tests" / folder).glob("*.txt")):
            out.append((p.stem, p.read_text(encoding="utf-8")))
    return out


def dev_dir() -> Path:
    env = os.environ.get("GEOROUTE_EVAL_DIR")
    return Path(env) if env else ROOT.parent / "shared" / "eval"


def dev_texts(base: Path) -> list[tuple[str, str]]:
    out = []
    for sub in ("geoparse", "quantities"):
        for p in sorted((base / sub).glob("*.jsonl")):
            with p.open(encoding="utf-8") as fh:
                for k, line in enumerate(fh):
                    if line.strip():
                        out.append((f"{p.stem}#{k}", json.loads(line)["text"]))
    return out


def report(ids: list[str], test: Counter, test_chars: int, dev: Counter, dev_chars: int) -> dict:
    rules = {}
    for rid in ids:
        t, d = test[rid], dev[rid]
        rt = t / test_chars * 1e5 if test_chars else 0.0
        rd = d / dev_chars * 1e5 if dev_chars else 0.0
        rules[rid] = {
            "test": t,
            "dev": d,
            "test_per_100k_chars": round(rt, 2),
            "dev_per_100k_chars": round(rd, 2),
            "dead": t == 0 and d == 0,
            "over_eager": d >= EAGER_MIN and rd > EAGER_RATIO * rt,
        }
    families = {}
    for fam in FAMILIES:
        mine = {k: v for k, v in rules.items() if k.startswith(fam + ":")}
        families[fam] = {
            "rules": len(mine),
            "fired_test": sum(1 for v in mine.values() if v["test"]),
            "fired_dev": sum(1 for v in mine.values() if v["dev"]),
            "fires_test": sum(v["test"] for v in mine.values()),
            "fires_dev": sum(v["dev"] for v in mine.values()),
            "dead": sorted(k for k, v in mine.items() if v["dead"]),
            "over_eager": sorted(k for k, v in mine.items() if v["over_eager"]),
        }
    return {
        "texts": {"test_chars": test_chars, "dev_chars": dev_chars},
        "families": families,
        "rules": rules,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the whole report as JSON")
    ap.add_argument("--all", action="store_true", help="print every rule's counts")
    args = ap.parse_args(argv)
    gaz = default_gazetteer()
    ids = instrument()
    tests = test_texts()
    test, test_chars = run(tests, gaz)
    base = dev_dir()
    devs = dev_texts(base)
    if not devs:
        print(f"(no development sets under {base}: dev counts are 0)", file=sys.stderr)
    dev, dev_chars = run(devs, gaz)
    out = report(ids, test, test_chars, dev, dev_chars)
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    print(
        f"test articles: {len(tests)} texts, {test_chars:,} characters; development sets: "
        f"{len(devs)} texts, {dev_chars:,} characters"
    )
    print(
        f"{'family':<12} {'rules':>5} {'fired test':>10} {'fired dev':>9} {'fires test':>10} "
        f"{'fires dev':>9} {'dead':>5} {'eager':>5}"
    )
    for fam, f in out["families"].items():
        print(
            f"{fam:<12} {f['rules']:>5} {f['fired_test']:>10} {f['fired_dev']:>9} "
            f"{f['fires_test']:>10} {f['fires_dev']:>9} {len(f['dead']):>5} {len(f['over_eager']):>5}"
        )
    for fam, f in out["families"].items():
        if f["dead"]:
            print(f"dead ({fam}): " + ", ".join(k.split(":", 1)[1] for k in f["dead"]))
    for f in out["families"].values():
        for k in f["over_eager"]:
            r = out["rules"][k]
            print(
                f"over-eager: {k} fires {r['dev']} times on the development sets "
                f"({r['dev_per_100k_chars']}/100k chars) vs {r['test']} on the articles "
                f"({r['test_per_100k_chars']}/100k chars)"
            )
    if args.all:
        for k, r in out["rules"].items():
            print(f"  {k:<50} test {r['test']:>5}  dev {r['dev']:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
