"""Places: the gazetteer index, name resolution, place mentions in text, the geopy geocoder,
user pins."""
