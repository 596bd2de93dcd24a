"""Text reading without places: the annotated document (tokens, sentences, clauses), words,
normalisation, language, quantities, intervals and units, time expressions, hedges and
qualifiers."""
