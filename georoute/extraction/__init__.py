"""Extraction: a document's claims and legs, from the text readers and the place mentions
(the annotated document, orchestration, endpoints of legs)."""
