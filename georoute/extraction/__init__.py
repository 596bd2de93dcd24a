"""Extraction: a document's claims and legs, from the text readers and the place mentions
(orchestration of the stages, endpoints of legs)."""
