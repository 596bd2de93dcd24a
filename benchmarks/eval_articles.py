"""Score the verifier against test articles with expectation files (``tests/expectations.py``).

    python benchmarks/eval_articles.py [FOLDER ...] [--json] [--list]

Default folders: ``tests/articles``, ``tests/wire`` and ``tests/holdout`` to ``tests/holdout98``. Prints, per check, the expected findings found; the false alarms
(each "inconsistent" on a correct article, or not expected on an article with one error); the
correct articles with any "inconsistent"; the figures used that must not be. ``--list`` prints
every expectation not met, with why; ``--write-known`` writes them to the folder's
``known_failures.lst``, the strict expected failures of ``tests/test_articles.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from georoute.base.documents import Document, document_date  # noqa: E402
from georoute.checks import CHECKS  # noqa: E402
from georoute.geo.gazetteer import default_gazetteer  # noqa: E402
from georoute.verify import verify  # noqa: E402
from tests.expectations import groups, load_articles, score  # noqa: E402

#: One unexpected "inconsistent" in an item's reason, which joins "<check>: <message>" with
#: "; " (messages hold "; " themselves, so the separators alone overcount).
_ALARM = re.compile(r"(?:^|; )(?:" + "|".join(f.__name__[6:] for f in CHECKS) + r"): ")


def evaluate(folder: Path) -> tuple[dict, list]:
    gaz = default_gazetteer()
    articles = load_articles(folder)
    expected: Counter = Counter()
    found: Counter = Counter()
    alarms = 0
    bad_correct = 0
    misuse = 0
    claims_expected = claims_found = 0
    missed = []
    for group in groups(articles):
        docs = [
            Document(a.name, a.text, str(a.path), document_date(a.text, default=a.date))
            for a in group
        ]
        report = verify(docs, gazetteer=gaz)
        items = score(group, report)
        by_article: dict[str, list] = {}
        for it in items:
            by_article.setdefault(it.id.split(":")[0], []).append(it)
        for a in group:
            for it in by_article[a.name]:
                if it.kind == "finding":
                    check = a.expect["findings"][int(it.id.rsplit(":", 1)[1])]["check"]
                    expected[check] += 1
                    found[check] += it.ok
                elif it.kind == "must_not_use":
                    misuse += not it.ok
                elif it.kind == "extract":
                    claims_expected += 1
                    claims_found += it.ok
                else:
                    n = 0 if it.ok else len(_ALARM.findall(it.why))
                    alarms += n
                    bad_correct += bool(n) and it.kind == "no_false_alarm"
                if not it.ok:
                    missed.append(it)
    correct = sum(1 for a in articles if a.expect.get("correct"))
    summary = {
        "articles": len(articles),
        "correct_articles": correct,
        "expected_findings": sum(expected.values()),
        "found": sum(found.values()),
        "false_alarms": alarms,
        "correct_articles_with_inconsistent": bad_correct,
        "must_not_use_violations": misuse,
        "by_check": {k: [found[k], expected[k]] for k in sorted(expected)},
        "claims_expected": claims_expected,
        "claims_found": claims_found,
    }
    return summary, missed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "folders",
        nargs="*",
        type=Path,
        default=[
            ROOT / "tests" / "articles",
            ROOT / "tests" / "wire",
            ROOT / "tests" / "holdout",
            ROOT / "tests" / "holdout2",
            ROOT / "tests" / "holdout3",
            ROOT / "tests" / "holdout4",
            ROOT / "tests" / "holdout5",
            ROOT / "tests" / "holdout6",
            ROOT / "tests" / "holdout7",
            ROOT / "tests" / "holdout8",
            ROOT / "tests" / "holdout9",
            ROOT / "tests" / "holdout10",
            ROOT / "tests" / "holdout11",
            ROOT / "tests" / "holdout12",
            ROOT / "tests" / "holdout13",
            ROOT / "tests" / "holdout14",
            ROOT / "tests" / "holdout15",
            ROOT / "tests" / "holdout16",
            ROOT / "tests" / "holdout17",
            ROOT / "tests" / "holdout18",
            ROOT / "tests" / "holdout19",
            ROOT / "tests" / "holdout20",
            ROOT / "tests" / "holdout21",
            ROOT / "tests" / "holdout22",
            ROOT / "tests" / "holdout23",
            ROOT / "tests" / "holdout24",
            ROOT / "tests" / "holdout25",
            ROOT / "tests" / "holdout26",
            ROOT / "tests" / "holdout27",
            ROOT / "tests" / "holdout28",
            ROOT / "tests" / "holdout29",
            ROOT / "tests" / "holdout30",
            ROOT / "tests" / "holdout31",
            ROOT / "tests" / "holdout32",
            ROOT / "tests" / "holdout33",
            ROOT / "tests" / "holdout34",
            ROOT / "tests" / "holdout35",
            ROOT / "tests" / "holdout36",
            ROOT / "tests" / "holdout37",
            ROOT / "tests" / "holdout38",
            ROOT / "tests" / "holdout39",
            ROOT / "tests" / "holdout40",
            ROOT / "tests" / "holdout41",
            ROOT / "tests" / "holdout42",
            ROOT / "tests" / "holdout43",
            ROOT / "tests" / "holdout44",
            ROOT / "tests" / "holdout45",
            ROOT / "tests" / "holdout46",
            ROOT / "tests" / "holdout47",
            ROOT / "tests" / "holdout48",
            ROOT / "tests" / "holdout49",
            ROOT / "tests" / "holdout50",
            ROOT / "tests" / "holdout51",
            ROOT / "tests" / "holdout52",
            ROOT / "tests" / "holdout53",
            ROOT / "tests" / "holdout54",
            ROOT / "tests" / "holdout55",
            ROOT / "tests" / "holdout56",
            ROOT / "tests" / "holdout57",
            ROOT / "tests" / "holdout58",
            ROOT / "tests" / "holdout59",
            ROOT / "tests" / "holdout60",
            ROOT / "tests" / "holdout61",
            ROOT / "tests" / "holdout62",
            ROOT / "tests" / "holdout63",
            ROOT / "tests" / "holdout64",
            ROOT / "tests" / "holdout65",
            ROOT / "tests" / "holdout66",
            ROOT / "tests" / "holdout67",
            ROOT / "tests" / "holdout68",
            ROOT / "tests" / "holdout69",
            ROOT / "tests" / "holdout70",
            ROOT / "tests" / "holdout71",
            ROOT / "tests" / "holdout72",
            ROOT / "tests" / "holdout73",
            ROOT / "tests" / "holdout74",
            ROOT / "tests" / "holdout75",
            ROOT / "tests" / "holdout76",
            ROOT / "tests" / "holdout77",
            ROOT / "tests" / "holdout78",
            ROOT / "tests" / "holdout79",
            ROOT / "tests" / "holdout80",
            ROOT / "tests" / "holdout81",
            ROOT / "tests" / "holdout82",
            ROOT / "tests" / "holdout83",
            ROOT / "tests" / "holdout84",
            ROOT / "tests" / "holdout85",
            ROOT / "tests" / "holdout86",
            ROOT / "tests" / "holdout87",
            ROOT / "tests" / "holdout88",
            ROOT / "tests" / "holdout89",
            ROOT / "tests" / "holdout90",
            ROOT / "tests" / "holdout91",
            ROOT / "tests" / "holdout92",
            ROOT / "tests" / "holdout93",
            ROOT / "tests" / "holdout94",
            ROOT / "tests" / "holdout95",
            ROOT / "tests" / "holdout96",
            ROOT / "tests" / "holdout97",
            ROOT / "tests" / "holdout98",
        ],
    )
    ap.add_argument("--json", action="store_true", help="print only the summary as JSON")
    ap.add_argument("--list", action="store_true", help="list every expectation not met")
    ap.add_argument(
        "--write-known",
        action="store_true",
        help="write each folder's unmet expectations to its known_failures.lst (strict xfails)",
    )
    args = ap.parse_args(argv)
    out = {}
    for folder in args.folders:
        summary, missed = evaluate(folder)
        out[folder.name] = summary
        if args.write_known:
            lines = [f"{it.id}  # {it.why[:100]}" for it in missed]
            (folder / "known_failures.lst").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if args.json:
            continue
        s = summary
        print(f"{folder}: {s['articles']} articles ({s['correct_articles']} correct)")
        print(f"  expected findings found: {s['found']} of {s['expected_findings']}")
        print(
            f"  false alarms: {s['false_alarms']}; correct articles with an inconsistent: "
            f"{s['correct_articles_with_inconsistent']}; figures misused: "
            f"{s['must_not_use_violations']}"
        )
        if s["claims_expected"]:
            print(f"  claims extracted as expected: {s['claims_found']} of {s['claims_expected']}")
        print("  by check: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in s["by_check"].items()))
        if args.list:
            for it in missed:
                print(f"  - {it.id}: {it.why[:300]}")
    if args.json:
        print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
