"""The terminal report: findings grouped by document and verdict, readable at a glance (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

__all__ = ["print_report"]

_STYLE = {"inconsistent": "bold red", "consistent": "green", "unverifiable": "yellow"}
_ORDER = {"inconsistent": 0, "unverifiable": 1, "consistent": 2}


def print_report(report, console: Console | None = None) -> None:
    console = console or Console(highlight=False, soft_wrap=False)
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
            console.print(f"[dim]{escape(doc.id)}: not placed: {escape(names)}[/]")
        if not fs:
            continue
        table = Table(
            title=escape(f"{doc.id} ({doc.date or 'no dateline'})"), show_lines=False, expand=True
        )
        table.add_column("verdict", no_wrap=True)
        table.add_column("check", no_wrap=True)
        table.add_column("finding")
        for f in fs:
            # article text is data: rich markup in it ("[bold]", "[link=...]") must print as is
            table.add_row(f"[{_STYLE[f.verdict]}]{f.verdict}[/]", f.check, escape(f.message))
        console.print(table)
