"""Claims indexed by document, so that a check reads only its own trip's claims.

Built once per check in one pass over the claims: a check over every trip then costs the sum
of the trips' sizes, not the number of trips times the number of claims.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from georoute.base.claims import Claim
from georoute.checks.common import CheckInput

__all__ = ["ClaimsByDoc"]

T = TypeVar("T")


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
        # trips of the same documents (many in one long article) read the same claims: each
        # list, and each value derived from one, is made once
        self._of: dict[tuple[str, ...], tuple[Claim, ...]] = {}
        self._derived: dict[tuple[tuple[str, ...], Callable], Any] = {}

    def of(self, docs: Iterable[str]) -> tuple[Claim, ...]:
        """The claims of these documents, in the order of ``inp.claims``."""
        key = tuple(dict.fromkeys(docs))
        if key not in self._of:
            runs = [self._by_doc.get(d, []) for d in key]
            self._of[key] = tuple(c for _, c in heapq.merge(*runs, key=lambda ic: ic[0]))
        return self._of[key]

    def derived(self, docs: Iterable[str], fn: Callable[[tuple[Claim, ...]], T]) -> T:
        """``fn`` of the claims of these documents, computed once for the same documents
        (``fn`` must depend on the claims only).

        >>> from georoute.base.claims import TimeClaim
        >>> idx = ClaimsByDoc(CheckInput({"a1": TimeClaim("a1", "a", "date", "x", 0, 1)}, {}, ()))
        >>> idx.derived(["a"], len), idx.derived(("a", "a"), list) is idx.derived(["a"], list)
        (1, True)
        """
        key = (tuple(dict.fromkeys(docs)), fn)
        if key not in self._derived:
            self._derived[key] = fn(self.of(key[0]))
        return self._derived[key]
