"""Postcode centroids and travel estimates.

Travel is estimated from four-digit postcode (PC4) centroids: the straight-line (great-circle)
distance times :data:`DETOUR_FACTOR` gives road kilometres; road kilometres divided by the
door-to-door speed of the travel mode (:data:`SPEED_KMH`) give minutes.

* ``DETOUR_FACTOR = 1.3``: Dutch road distance is typically 1.2-1.4 times the straight line
  (the usual "detour index" of a dense road network); 1.3 is the common planning value.
* ``SPEED_KMH``: effective door-to-door speeds over that road distance, including getting to
  the car or stop, waiting and transfers: car 50 km/h, public transport 30 km/h, bicycle
  15 km/h. A client without a travel mode is assumed to go by car when they have a driving
  licence and by public transport otherwise.
* ``DEFAULT_MAX_TRAVEL_MINUTES = 90``: when a client states no limit the legal norm applies
  (3 hours travel a day, i.e. 90 minutes one way; SPEC §3.2).

Centroids load from the CSV shipped in ``data/geonames/nl_pc4.csv`` (``pc4, place,
latitude, longitude``) or from GeoNames ``NL.txt`` (tab-separated; postal code in column 2,
latitude and longitude in columns 10 and 11). ``"8431 AB"`` and ``"8431AB"`` use ``8431``.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "DEFAULT_MAX_TRAVEL_MINUTES",
    "DETOUR_FACTOR",
    "EARTH_RADIUS_KM",
    "SPEED_KMH",
    "PostcodeIndex",
    "haversine_km",
    "max_road_km",
    "pc4",
    "travel_minutes",
]

DETOUR_FACTOR = 1.3
SPEED_KMH: dict[str, float] = {"auto": 50.0, "ov": 30.0, "fiets": 15.0}
DEFAULT_MAX_TRAVEL_MINUTES = 90.0
EARTH_RADIUS_KM = 6371.0088
_PC4_RE = re.compile(r"^\s*([1-9]\d{3})(?:\s*[a-zA-Z]{2})?\s*$")


def pc4(postcode: Any) -> str | None:
    """The four digits of a Dutch postcode (``"8431 AB"`` -> ``"8431"``), ``None`` if invalid."""
    if postcode is None:
        return None
    match = _PC4_RE.match(str(postcode))
    return match.group(1) if match else None


def haversine_km(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> Any:
    """Great-circle distance in km; works element-wise on numpy arrays."""
    lat1, lon1, lat2, lon2 = (
        np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2)
    )
    a = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def travel_mode(mode: str | None, has_licence: bool) -> str:
    """The travel mode used for minutes: the client's, else car with licence, else transit."""
    if mode in SPEED_KMH:
        return mode
    return "auto" if has_licence else "ov"


def travel_minutes(road_km: float, mode: str) -> float:
    """Door-to-door minutes for ``road_km`` by ``mode``."""
    return road_km / SPEED_KMH[mode] * 60.0


def max_road_km(max_km: float | None, max_minutes: float | None, mode: str) -> float:
    """The client's travel limit in road km (stricter of km and minutes; default 90 minutes)."""
    limits = []
    if max_km is not None:
        limits.append(max_km)
    if max_minutes is not None:
        limits.append(max_minutes / 60.0 * SPEED_KMH[mode])
    if not limits:
        limits.append(DEFAULT_MAX_TRAVEL_MINUTES / 60.0 * SPEED_KMH[mode])
    return min(limits)


class PostcodeIndex:
    """PC4 centroids with vectorised distance look-ups.

    >>> idx = PostcodeIndex.from_rows([("8431", 53.11, 6.09, "Oosterwolde"), ("9201", 53.10, 6.10)])
    >>> round(idx.road_km("8431 AB", "9201AA"), 1)
    1.0
    """

    def __init__(
        self,
        codes: Sequence[str],
        lat: Sequence[float],
        lon: Sequence[float],
        places: Sequence[str] | None = None,
    ) -> None:
        self.codes: tuple[str, ...] = tuple(codes)
        self.lat = np.asarray(lat, dtype=np.float64)
        self.lon = np.asarray(lon, dtype=np.float64)
        self.places: tuple[str, ...] = tuple(places) if places else ("",) * len(self.codes)
        self._pos = {code: i for i, code in enumerate(self.codes)}
        self._cache: dict[int, np.ndarray] = {}

    # ------------------------------------------------------------------ loading

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[Any]]) -> PostcodeIndex:
        """Build from ``(postcode, lat, lon[, place])`` rows; PC4 duplicates are averaged."""
        sums: dict[str, list[float]] = {}
        places: dict[str, str] = {}
        for row in rows:
            code = pc4(row[0])
            if code is None:
                continue
            try:
                lat, lon = float(row[1]), float(row[2])
            except (TypeError, ValueError):
                continue
            acc = sums.setdefault(code, [0.0, 0.0, 0.0])
            acc[0] += lat
            acc[1] += lon
            acc[2] += 1
            if len(row) > 3 and row[3]:
                places.setdefault(code, str(row[3]))
        codes = sorted(sums)
        return cls(
            codes,
            [sums[c][0] / sums[c][2] for c in codes],
            [sums[c][1] / sums[c][2] for c in codes],
            [places.get(c, "") for c in codes],
        )

    @classmethod
    def from_csv(cls, path: str | os.PathLike[str]) -> PostcodeIndex:
        """Load ``pc4,place,latitude,longitude`` CSV (header names: pc4/postcode, lat/lon too)."""
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            fields = {name.lower().strip(): name for name in reader.fieldnames or ()}

            def column(*names: str) -> str | None:
                """The first of ``names`` that is a column of the file."""
                return next((fields[n] for n in names if n in fields), None)

            code_col = column("pc4", "postcode", "postal_code", "postalcode")
            lat_col, lon_col = column("latitude", "lat"), column("longitude", "lon", "lng")
            place_col = column("place", "plaats", "place_name", "woonplaats")
            if not (code_col and lat_col and lon_col):
                raise ValueError("CSV mist kolommen pc4, latitude en longitude.")
            rows = [
                (r[code_col], r[lat_col], r[lon_col], r[place_col] if place_col else "")
                for r in reader
            ]
        return cls.from_rows(rows)

    @classmethod
    def from_geonames(cls, path: str | os.PathLike[str]) -> PostcodeIndex:
        """Load GeoNames ``NL.txt``: tab-separated, code in column 2, lat/lon in columns 10/11."""
        rows = []
        with Path(path).open(encoding="utf-8") as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 11:
                    rows.append((parts[1], parts[9], parts[10], parts[2]))
        return cls.from_rows(rows)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> PostcodeIndex:
        """Load either format, detected from the first line (tabs mean GeoNames)."""
        with Path(path).open(encoding="utf-8-sig") as handle:
            first = handle.readline()
        return cls.from_geonames(path) if "\t" in first else cls.from_csv(path)

    # ------------------------------------------------------------------ look-ups

    def __len__(self) -> int:
        return len(self.codes)

    def __contains__(self, postcode: object) -> bool:
        return self.position(postcode) >= 0

    def position(self, postcode: Any) -> int:
        """Row of the postcode's PC4, or -1 when unknown or invalid."""
        code = pc4(postcode)
        return self._pos.get(code, -1) if code else -1

    def positions(self, postcodes: Iterable[Any]) -> np.ndarray:
        """Rows for many postcodes (-1 for unknown)."""
        return np.fromiter((self.position(p) for p in postcodes), dtype=np.int64)

    def place(self, postcode: Any) -> str | None:
        """Place name of the postcode's PC4, if known."""
        position = self.position(postcode)
        return self.places[position] or None if position >= 0 else None

    def distance_km(self, a: Any, b: Any) -> float | None:
        """Straight-line km between two postcodes' centroids, ``None`` if either is unknown."""
        i, j = self.position(a), self.position(b)
        if i < 0 or j < 0:
            return None
        return float(haversine_km(self.lat[i], self.lon[i], self.lat[j], self.lon[j]))

    def road_km(self, a: Any, b: Any) -> float | None:
        """Estimated road km (straight line times :data:`DETOUR_FACTOR`), ``None`` if unknown."""
        distance = self.distance_km(a, b)
        return None if distance is None else distance * DETOUR_FACTOR

    def road_km_from(self, position: int) -> np.ndarray:
        """Road km from the PC4 at ``position`` to every PC4 of the index (cached per origin)."""
        cached = self._cache.get(position)
        if cached is None:
            cached = haversine_km(self.lat[position], self.lon[position], self.lat, self.lon)
            cached = cached * DETOUR_FACTOR
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[position] = cached
        return cached
