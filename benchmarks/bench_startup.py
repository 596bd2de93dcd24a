"""Start-up benchmark: ``georoute verify seeds/`` against the bare import of its libraries.

Times whole processes (median of ``--runs``, default 5, interleaved so that a burst of load on
a shared machine hits both alike): the baseline is ``python -c "import geopy, shapely, pyproj,
folium, pandas, numpy, scipy, spacy"`` (the libraries a user of georoute has installed anyway),
the subject ``georoute verify seeds/ -q --json FILE`` (or ``--command``). Prints both medians,
each run, and the ratio subject / baseline (goal: at most 1.2). A library that is not installed
is left out of the baseline, and said so. One warm-up run of each fills the OS file cache and
georoute's index cache first, and writes georoute's bytecode cache as any first run does: both
commands run without ``PYTHONDONTWRITEBYTECODE`` (the libraries' bytecode was written when they
were installed; a georoute compiled from source on every run would measure the compiler),
unless ``--as-is``.

Run: ``python benchmarks/bench_startup.py [--runs 7] [--command "georoute verify seeds/ -q"]``
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: The libraries of the baseline import (issue 14).
LIBRARIES = ("geopy", "shapely", "pyproj", "folium", "pandas", "numpy", "scipy", "spacy")
ROOT = Path(__file__).resolve().parents[1]


def _wall(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run of ``cmd``."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - t
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def main() -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--command", help="the georoute command to time (default: verify the seeds)")
    ap.add_argument(
        "--exclude", default="", help="libraries left out of the baseline (comma-separated)"
    )
    ap.add_argument(
        "--as-is",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE if set (georoute is then compiled on every run)",
    )
    args = ap.parse_args()
    env = dict(os.environ)
    if not args.as_is:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    left_out = {m.strip() for m in args.exclude.split(",") if m.strip()}
    present = [
        m for m in LIBRARIES if m not in left_out and importlib.util.find_spec(m) is not None
    ]
    baseline = [sys.executable, "-c", f"import {', '.join(present)}"]
    with tempfile.TemporaryDirectory() as tmp:
        if args.command:
            subject = shlex.split(args.command)
            if subject[0] == "georoute":
                subject = [sys.executable, "-m", "georoute", *subject[1:]]
        else:
            report = os.path.join(tmp, "report.json")
            subject = [sys.executable, "-m", "georoute", "verify", "seeds/", "-q"]
            subject += ["--json", report]
        _wall(baseline, env), _wall(subject, env)  # warm-up: file, index and bytecode caches
        base_runs, subj_runs = [], []
        for _ in range(args.runs):
            base_runs.append(_wall(baseline, env))
            subj_runs.append(_wall(subject, env))
    base, subj = [w for w, _ in base_runs], [w for w, _ in subj_runs]
    base_cpu, subj_cpu = [c for _, c in base_runs], [c for _, c in subj_runs]
    result = {
        "baseline": " ".join(baseline[1:]),
        "left_out_of_baseline": [m for m in LIBRARIES if m not in present],
        "subject": " ".join(subject[1:]),
        "baseline_runs_s": [round(x, 3) for x in base],
        "subject_runs_s": [round(x, 3) for x in subj],
        "baseline_median_s": round(statistics.median(base), 3),
        "subject_median_s": round(statistics.median(subj), 3),
        "ratio": round(statistics.median(subj) / statistics.median(base), 2),
        # the spread: each run's subject over the median baseline
        "ratio_min_max": [
            round(min(subj) / statistics.median(base), 2),
            round(max(subj) / statistics.median(base), 2),
        ],
        "bytecode_cache": "PYTHONDONTWRITEBYTECODE" not in env,
        # CPU seconds (user + system) of the same runs: on a loaded machine wall time mostly
        # measures the other jobs; CPU time much less so
        "baseline_cpu_runs_s": [round(x, 3) for x in base_cpu],
        "subject_cpu_runs_s": [round(x, 3) for x in subj_cpu],
        "cpu_ratio": round(statistics.median(subj_cpu) / statistics.median(base_cpu), 2),
        "load_average": [round(x, 1) for x in os.getloadavg()],
    }
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
