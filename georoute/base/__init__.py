"""Base that every layer may use: value objects (places, claims, findings, documents), errors,
geodesy, country shapes, travel modes, word lists, file handling, data credits."""
