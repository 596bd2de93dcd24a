"""What the reading-class tests ask of the verifier: a text's findings of one check, what each
figure of a text describes (its relation), and the places it resolves."""

from __future__ import annotations

from georoute.geo.gazetteer import Gazetteer
from georoute.geo.mentions import find_mentions
from georoute.verify import verify


def findings(text: str, check: str) -> list[dict]:
    """The report's findings of ``check`` for ``text`` alone."""
    return [f for f in verify(texts=[text]).to_dict()["findings"] if f["check"] == check]


def relations(text: str) -> dict[str, str | None]:
    """Each distance, duration and speed of ``text`` by its words, with its relation."""
    return {
        c["text"]: c.get("relation")
        for c in verify(texts=[text]).to_dict()["claims"]
        if c["kind"] in ("distance", "duration", "speed")
    }


def place_relations(text: str) -> dict[str, str | None]:
    """Each place mention of ``text`` by its words, with its relation (origin, destination...)."""
    return {
        c["text"]: c.get("relation")
        for c in verify(texts=[text]).to_dict()["claims"]
        if c["kind"] == "place"
    }


def places(text: str) -> list[str]:
    """The names of the places the report resolves for ``text`` alone."""
    return [p["name"] for p in verify(texts=[text]).to_dict()["places"]]


def time_zones(text: str) -> dict[str, str | None]:
    """Each date and time of ``text`` by its words, with the zone the report reads it in."""
    return {
        c["text"]: c.get("zone")
        for c in verify(texts=[text]).to_dict()["claims"]
        if c["kind"] == "time"
    }


def mentions(text: str) -> list:
    """The place mentions ``find_mentions`` reports for ``text``: (words, place or None)."""
    return [(m.text, m.place) for m in find_mentions(text, Gazetteer())]


def placed(text: str) -> dict:
    """Each mention's words with its place (the last of its words' mentions)."""
    return {t: p for t, p in mentions(text)}


def mentions_of(text: str, name: str) -> list:
    """The places of every mention of ``name`` (any case) in ``text``."""
    return [p for t, p in mentions(text) if t.casefold() == name.casefold()]
