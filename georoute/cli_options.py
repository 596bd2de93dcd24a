"""Options shared by the commands, defined once (argparse parent parsers) with the exit codes.

Every output option takes a value, a FILE or ``-`` for standard output, and means the same in
every command; none has an optional value, so none can swallow a path. Paths follow
``georoute.base.fileio``: ``-`` is standard input where read, standard output where written.
"""

from __future__ import annotations

import argparse
import datetime as dt

__all__ = [
    "EXIT_CODES",
    "EXIT_FINDINGS",
    "EXIT_NOT_FOUND",
    "EXIT_OK",
    "EXIT_USAGE",
    "articles_parser",
    "json_parser",
    "output",
    "quiet_parser",
    "serve_options",
]

#: It ran (whatever the verdicts, unless --fail-on says otherwise).
EXIT_OK = 0
#: ``--fail-on inconsistent`` and some finding is inconsistent.
EXIT_FINDINGS = 1
#: A usage error, or an input or output that cannot be read or written (some document failed).
EXIT_USAGE = 2
#: A place not found, or no route between the places.
EXIT_NOT_FOUND = 3

EXIT_CODES = (
    f"exit codes: {EXIT_OK} ran; {EXIT_FINDINGS} some finding inconsistent with --fail-on; "
    f"{EXIT_USAGE} usage error or an unreadable input or unwritable output (the other inputs "
    f"are still verified); {EXIT_NOT_FOUND} place not found or no route."
)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from exc


def output(parser: argparse.ArgumentParser, flag: str, what: str) -> None:
    """Add an output option: ``flag FILE``, ``-`` for standard output."""
    parser.add_argument(flag, metavar="FILE", help=f"write {what} to FILE (- for standard output)")


def quiet_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "-q", "--quiet", action="store_true", help="print no report, only errors (to stderr)"
    )
    return p


def json_parser(what: str = "the result as JSON") -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    output(p, "--json", what)
    return p


def articles_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=".txt articles, folders of them, or - for standard input",
    )
    p.add_argument("--date", type=_date, help="dateline for articles that have none (YYYY-MM-DD)")
    p.add_argument(
        "--place",
        action="append",
        default=[],
        metavar="NAME=PLACE",
        help="pin a name to a place in every article ('Dublin=Dublin, Ohio', "
        "'Athens=geonames:4180386'); repeatable, recorded in the report",
    )
    return p


def serve_options(parser: argparse.ArgumentParser) -> None:
    """``--host`` and ``--port`` of ``georoute serve`` (here, so that building the command line
    does not import the web app)."""
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
