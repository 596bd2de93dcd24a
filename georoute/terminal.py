"""The terminal report: findings grouped by document and verdict, readable at a glance (rich)."""

from __future__ import annotations

from rich.console import Console
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
    for doc in report.documents:
        fs = sorted(
            (f for f in report.findings if f.docs and f.docs[0] == doc.id),
            key=lambda f: _ORDER[f.verdict],
        )
        if not fs:
            continue
        table = Table(
            title=f"{doc.id} ({doc.date or 'no dateline'})", show_lines=False, expand=True
        )
        table.add_column("verdict", no_wrap=True)
        table.add_column("check", no_wrap=True)
        table.add_column("finding")
        for f in fs:
            table.add_row(f"[{_STYLE[f.verdict]}]{f.verdict}[/]", f.check, f.message)
        console.print(table)
