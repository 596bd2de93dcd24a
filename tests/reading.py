"""What the reading-class tests ask of the verifier: a text's findings of one check, what each
figure of a text describes (its relation), and the places it resolves."""

from __future__ import annotations

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
