"""Claims indexed by document, so that a check reads only its own trip's claims.

Built once per check in one pass over the claims: a check over every trip then costs the sum
of the trips' sizes, not the number of trips times the number of claims.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable

from georoute.base.claims import Claim
from georoute.checks.common import CheckInput

__all__ = ["ClaimsByDoc"]


class ClaimsByDoc:
    """The claims of ``inp`` grouped by document, each in the order of ``inp.claims``.

    >>> from georoute.base.claims import PlaceClaim, TimeClaim
    >>> cs = {c.id: c for c in (TimeClaim("a1", "a", "date", "x", 0, 1),
    ...                         TimeClaim("b1", "b", "time", "y", 0, 1),
    ...                         PlaceClaim("a2", "a", "place", "z", 2, 3))}
    >>> idx = ClaimsByDoc(CheckInput(cs, {}, ()))
    >>> [c.id for c in idx.of(("b", "a"))]
    ['a1', 'b1', 'a2']
    """

    def __init__(self, inp: CheckInput) -> None:
        self._by_doc: dict[str, list[tuple[int, Claim]]] = {}
        for i, c in enumerate(inp.claims.values()):
            self._by_doc.setdefault(c.doc, []).append((i, c))

    def of(self, docs: Iterable[str]) -> list[Claim]:
        """The claims of these documents, in the order of ``inp.claims``."""
        runs = [self._by_doc.get(d, []) for d in dict.fromkeys(docs)]
        return [c for _, c in heapq.merge(*runs, key=lambda ic: ic[0])]
