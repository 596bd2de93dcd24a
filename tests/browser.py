"""Headless Chromium for the page tests: Debian's browser, the network blocked, and every
refused request, console error, page error and dialog recorded."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: Outside CI a machine without Chromium skips the browser tests; CI (.ci/run) sets
#: GEOROUTE_REQUIRE_BROWSER so that a missing browser fails them instead.
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("GEOROUTE_REQUIRE_BROWSER"),
    reason="needs Debian's chromium (installed by .ci/run)",
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def local_only(url: str) -> bool:
    """Requests a self-contained page may make: its own file and inline data."""
    return url.startswith(("file:", "data:", "blob:"))


@dataclass
class Guard:
    """What the page tried that it should not have: requests refused, errors, dialogs."""

    leaked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def guarded_page(allow: Callable[[str], bool] = local_only) -> Iterator[tuple[object, Guard]]:
    """A 1280x900 page whose requests are aborted unless ``allow(url)``; yields (page, guard)."""
    from playwright.sync_api import sync_playwright

    guard = Guard()

    def route(r):
        if allow(r.request.url):
            r.continue_()
        else:
            guard.leaked.append(r.request.url)
            r.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.route("**/*", route)
            page.on("console", lambda m: guard.errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda exc: guard.errors.append(str(exc)))
            page.on("dialog", lambda d: (guard.dialogs.append(d.message), d.dismiss()))
            yield page, guard
        finally:
            browser.close()
