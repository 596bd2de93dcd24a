"""Text reading without places: normalisation, language, quantities, intervals and units, time
expressions, hedges and qualifiers, the annotated document."""
