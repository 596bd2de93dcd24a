"""What each mode of travel can do: the top speeds the plausibility check allows, with sources.

=========  ==========  ==========================================================================
mode       max km/h    source
=========  ==========  ==========================================================================
train      350         fastest scheduled service: Beijing-Shanghai Fuxing CR400, 350 km/h (China
                       Railway timetable; UIC high-speed rail atlas 2023)
road       200         well above any legal motorway limit (the highest posted limit, 140 km/h
                       in Poland/Bulgaria/Turkey; Wikipedia "Speed limits by country")
ship       80          fastest passenger ferries ~40 kn (74 km/h) (Incat/Austal fast-ferry specs)
air        1,000       airliner cruise ~Mach 0.85 (about 900-950 km/h; Boeing/Airbus specs) plus
                       jet-stream tailwind
foot       16          walkers, pilgrims, hikers: the 20 km race-walk world record, 1:16:36
                       (Yusuke Suzuki, 2015; World Athletics), is 15.7 km/h
run        22          runners, marathons, "on foot" (unsure: the most permissive): the marathon
                       world record pace, 42.195 km in 2:00:35 (Kelvin Kiptum, Chicago 2023;
                       World Athletics), is 21.0 km/h
bicycle    60          Tour de France average speeds are ~40-45 km/h (ASO race data)
=========  ==========  ==========================================================================
"""

from __future__ import annotations

__all__ = ["MAX_SPEED_KMH", "MODE_SOURCES"]

MAX_SPEED_KMH: dict[str, float] = {
    "train": 350.0,
    "road": 200.0,
    "ship": 80.0,
    "air": 1000.0,
    "foot": 16.0,
    "run": 22.0,
    "bicycle": 60.0,
}
MODE_SOURCES: dict[str, str] = {
    "train": "fastest scheduled service, Fuxing CR400 at 350 km/h",
    "road": "above any legal motorway limit (highest posted: 140 km/h)",
    "ship": "fastest passenger ferries, about 40 knots",
    "air": "airliner cruise about Mach 0.85 plus tailwind",
    "foot": "the 20 km race-walk world record pace, 15.7 km/h",
    "run": "the marathon world record pace, 21 km/h",
    "bicycle": "professional race averages are about 45 km/h",
}
