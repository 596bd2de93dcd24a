"""``georoute verify`` for corpora: JSON Lines / CSV / Parquet inputs, ``--engine dask``, ``--parquet``.

Kept apart from ``cli_verify`` so that wiring it there is two lines: :func:`add_options` on the
``verify`` parser, and :func:`wants` / :func:`cmd_verify` at the top of its command. Dask and
pyarrow are imported only when a corpus file, ``--parquet`` or ``--engine dask`` asks for them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys

__all__ = ["add_options", "cmd_verify", "wants"]


def add_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("corpora (.jsonl, .csv, .parquet inputs) and engines")
    g.add_argument(
        "--engine",
        choices=["inprocess", "dask"],
        default="inprocess",
        help="where to verify: this process (default) or a Dask cluster",
    )
    where = g.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler")
    where.add_argument(
        "--workers", type=int, metavar="N", help="start N single-threaded Dask workers for the run"
    )
    g.add_argument(
        "--spill-dir",
        metavar="DIR",
        help="with --engine dask: where partitions wait between stages, a folder the workers "
        "can reach (default: a temporary folder, removed after the run)",
    )
    g.add_argument("--parquet", metavar="DIR", help="write claims, legs and findings as Parquet")
    g.add_argument("--id-column", default="id", metavar="NAME", help="corpus id column (id)")
    g.add_argument("--text-column", default="text", metavar="NAME", help="text column (text)")
    g.add_argument("--date-column", default="date", metavar="NAME", help="date column (date)")
    g.add_argument(
        "--stdin-format",
        choices=["text", "jsonl", "csv"],
        default="text",
        help="read - (standard input) as one article (text, the default) or as a corpus of "
        "JSON Lines or CSV rows",
    )


def wants(args: argparse.Namespace) -> bool:
    """Whether this ``verify`` call is for :func:`cmd_verify` (corpus, Parquet or Dask)."""
    from georoute.corpus import is_corpus

    return (
        getattr(args, "engine", "inprocess") == "dask"
        or bool(getattr(args, "parquet", None))
        or any(is_corpus(p) for p in args.paths)
        or (getattr(args, "stdin_format", "text") != "text" and "-" in map(str, args.paths))
    )


def _fail(msg: str) -> int:
    print(f"georoute: error: {msg}", file=sys.stderr)
    return 2


def cmd_verify(args: argparse.Namespace) -> int:
    from georoute.corpus import Columns, read_inputs

    if args.engine != "dask" and (args.scheduler or args.workers):
        return _fail("--scheduler and --workers need --engine dask")
    if args.workers is not None and args.workers < 1:
        return _fail(f"--workers must be at least 1, got {args.workers}")
    cols = Columns(args.id_column, args.text_column, args.date_column)
    if args.engine == "dask":
        return _verify_dask(args, _dask_inputs(args, cols), cols)
    items = read_inputs(args.paths, cols, args.date, args.stdin_format)
    return _verify_inprocess(args, items)


def _dask_inputs(args: argparse.Namespace, cols):
    """The inputs of a Dask run, in order: each corpus file as slices its tasks read from the
    file (the client reads no text of it), anything else (articles, standard input) read here."""
    from georoute.base.errors import InputError
    from georoute.corpus import RowError, is_corpus, plan_slices, read_inputs
    from georoute.engine_dask import PARTITION_SIZE

    for raw in args.paths:
        if str(raw) != "-" and is_corpus(raw):
            try:
                yield from plan_slices(raw, columns=cols, rows=PARTITION_SIZE)
            except InputError as exc:
                yield RowError(str(raw), str(exc).removeprefix(f"{raw}: "))
        else:
            yield from read_inputs([raw], cols, args.date, args.stdin_format)


def _write_text(path: str, text: str) -> None:
    """``text`` to ``path`` (atomically), or to standard output for ``-``."""
    if path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from georoute.outputs.report import atomic_write

    atomic_write(path, text)


def _to_stdout(args: argparse.Namespace) -> bool:
    """Whether an output goes to standard output (the report is then not printed there)."""
    return "-" in (args.json, args.csv, getattr(args, "geojson", None), getattr(args, "html", None))


def _progress(args: argparse.Namespace):
    """A progress bar on standard error counting documents, as ``verify`` of articles shows."""
    from georoute.cli_verify import progress_bar

    return progress_bar(args, "verifying documents")


def _exit_code(args, errors, n_docs: int, findings) -> int:
    for where, why in errors:
        print(f"georoute: cannot verify {where}: {why}", file=sys.stderr)
    if errors or not n_docs:
        return 2
    if args.fail_on == "inconsistent" and any(f.verdict == "inconsistent" for f in findings):
        return 1
    return 0


def _verify_inprocess(args, items) -> int:
    from georoute.base.documents import Document
    from georoute.outputs.corpus_out import (
        claim_row,
        finding_row,
        leg_row,
        report_sections,
        write_json_stream,
        write_parquet_part,
    )
    from georoute.outputs.report import to_csv_text, to_geojson
    from georoute.outputs.terminal import print_report
    from georoute.verify import verify

    docs, errors = [], []
    for item in items:
        (docs if isinstance(item, Document) else errors).append(item)
    report = None
    if docs:
        with _progress(args) as step:
            report = verify(docs, pins=args.place, progress=step)
    if report is None:
        return _exit_code(args, [tuple(e) for e in errors], 0, ())
    report = dataclasses.replace(report, errors=tuple(tuple(e) for e in errors) + report.errors)
    if args.json:
        write_json_stream(args.json, report_sections(report))
    if args.csv:
        _write_text(args.csv, to_csv_text(report))
    if args.geojson:
        _write_text(args.geojson, to_geojson(report))
    if args.parquet:
        write_parquet_part(args.parquet, "claims", 0, (claim_row(c) for c in report.claims))
        write_parquet_part(
            args.parquet, "legs", 0, (leg_row(lg) for t in report.trips for lg in t.legs)
        )
        write_parquet_part(
            args.parquet,
            "findings",
            0,
            (finding_row(f, f"F{i}") for i, f in enumerate(report.findings, start=1)),
        )
    if args.map:
        from georoute.outputs.render import render_map

        render_map(report, args.map)
    if args.html:
        from georoute.outputs.reportpage import report_page

        _write_text(args.html, report_page(report))
    if not args.quiet and not _to_stdout(args):
        print_report(report)
    return _exit_code(args, report.errors, len(report.documents), report.findings)


def _verify_dask(args, items, cols) -> int:
    from georoute import engine_dask

    if args.geojson or args.map or args.html:
        return _fail("--geojson, --map and --html need the in-process engine (the default)")
    if args.place:
        return _fail("--place needs the in-process engine (the default)")
    with _progress(args) as step:
        out = engine_dask.run(
            items,
            scheduler=args.scheduler,
            workers=None if args.scheduler else (args.workers or 1),
            parquet_dir=args.parquet,
            json_path=args.json,
            spill_dir=args.spill_dir,
            progress=step,
            columns=cols,
            default_date=args.date,
        )
    if args.csv:
        import pandas as pd

        from georoute.outputs.corpus_out import finding_row

        cols = ["id", "check", "verdict", "docs", "claims", "message", "computed"]
        rows = [finding_row(f, f"F{i}") for i, f in enumerate(out.findings, start=1)]
        for r in rows:  # the columns of report.to_csv_text
            r.update(docs=";".join(r["docs"]), claims=";".join(r["claims"]))
            r["computed"] = json.dumps(r["computed"], ensure_ascii=False)
        _write_text(args.csv, pd.DataFrame(rows, columns=cols).to_csv(index=False))
    if args.quiet or _to_stdout(args):
        return _exit_code(args, out.errors, out.documents, out.findings)
    counts = {
        v: sum(f.verdict == v for f in out.findings) for v in ("inconsistent", "unverifiable")
    }
    print(
        f"georoute (dask, {out.partitions} partitions): {out.documents} documents, "
        f"{out.trips} trips, {len(out.findings)} findings: {counts['inconsistent']} inconsistent, "
        f"{counts['unverifiable']} unverifiable"
    )
    for f in out.findings:
        if f.verdict == "inconsistent":
            print(f"inconsistent  {f.check:<20} {', '.join(f.docs)}: {f.message}")
    return _exit_code(args, out.errors, out.documents, out.findings)
