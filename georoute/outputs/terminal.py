"""The terminal report: findings grouped by document and verdict, readable at a glance (rich).

Everything printed to a terminal goes through ``clean``: article text and file names may carry
escape sequences (retitle the terminal, clear the screen) or bidi overrides (reorder what is
shown), and none of them may reach the terminal.
"""

from __future__ import annotations

import re
import sys

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from georoute.text.textnorm import ESCAPES

__all__ = ["clean", "eprint", "print_report"]

_STYLE = {"inconsistent": "bold red", "consistent": "green", "unverifiable": "yellow"}
_ORDER = {"inconsistent": 0, "unverifiable": 1, "consistent": 2}

#: C0 and C1 controls and DEL (newline and tab kept where ``keep_lines``), bidi embeddings,
#: overrides and isolates.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROLS_NO_LINES = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: object, keep_lines: bool = False) -> str:
    """``text`` fit for a terminal: escape sequences, control characters and bidi overrides
    removed (newlines and tabs become spaces unless ``keep_lines``).

    >>> clean("a\\x1b]0;pwned\\x07b\\x1b[2Jc\\u202ed\\nx")
    'abcd x'
    """
    s = ESCAPES.sub("", str(text))
    if keep_lines:
        return _CONTROLS.sub("", s)
    return _CONTROLS_NO_LINES.sub(lambda m: " " if m.group() in "\n\t\r" else "", s)


def eprint(*parts: object) -> None:
    """Print a line to standard error, cleaned."""
    print(clean(" ".join(str(p) for p in parts), keep_lines=True), file=sys.stderr)


def print_report(report, console: Console | None = None) -> None:
    console = console or Console(highlight=False, soft_wrap=False)

    def text(value: object) -> str:
        # article text is data: rich markup in it ("[bold]", "[link=...]") must print as is
        return escape(clean(value))

    counts = {v: sum(f.verdict == v for f in report.findings) for v in _ORDER}
    console.print(
        f"[bold]georoute[/bold]: {len(report.documents)} documents, {len(report.claims)} claims, "
        f"{len(report.findings)} findings: [bold red]{counts['inconsistent']} inconsistent[/], "
        f"[yellow]{counts['unverifiable']} unverifiable[/], [green]{counts['consistent']} consistent[/]"
    )
    unplaced = {e.doc: e.unplaced for e in report.extractions}
    for doc in report.documents:
        fs = sorted(
            (f for f in report.findings if f.docs and f.docs[0] == doc.id),
            key=lambda f: _ORDER[f.verdict],
        )
        if unplaced.get(doc.id):
            names = "; ".join(f"{u.text} ({u.why})" for u in unplaced[doc.id])
            console.print(f"[dim]{text(doc.id)}: not placed: {text(names)}[/]")
        if not fs:
            continue
        table = Table(
            title=text(f"{doc.id} ({doc.date or 'no dateline'})"), show_lines=False, expand=True
        )
        table.add_column("verdict", no_wrap=True)
        table.add_column("check", no_wrap=True)
        table.add_column("finding")
        for f in fs:
            table.add_row(f"[{_STYLE[f.verdict]}]{f.verdict}[/]", f.check, text(f.message))
        console.print(table)
