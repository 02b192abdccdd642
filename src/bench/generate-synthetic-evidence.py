#!/usr/bin/env python3
"""Writes SYNTHETIC evidence rows (and a matching synthetic gazetteer) for benchmarking the factcheck import.

Nothing this script writes is a real statistic. Every source title, publisher and note says
"SYNTHETIC benchmark data - not real statistics", every place is called "Synthetic ...", every URL is under
https://example.invalid/ and every place code starts with X (no real GSS code does).

What it looks like (so that the import is exercised the way real data would exercise it):

* places: a hierarchy countries > regions > local authorities > wards (default 5,000 places: 4 countries,
  40 regions, 400 local authorities, 4,556 wards), names like "Synthetic Ward 0412", ONS-shaped codes like X05000412;
* evidence: the real metric names and units of the demo pack (src/main/resources/demo-data: count, percent, GBP,
  count_per_1000_people, ratio, years), each with its own kind of period (calendar years, financial years,
  academic years, months, 31 March / 30 September snapshots, census days, three-year spans) and a plausible range
  of values for the kind of place; ~200 rows per place (default N / places, +-25 %); a few popular metrics are much
  more common than the rest (Zipf-like weights: the top metric, monthly house prices, is ~1/4 of all rows,
  the top 3 ~45 %, the rarest ~0.4 % each);
* each place/metric series covers a run of consecutive periods; each period is stated by the release of its
  source family that covers it, and ~4 % of the figures are stated again, revised, by the next release (two
  sources, same metric, place and period: allowed, as in the real pack);
* unique per (metric, place, periodStart, periodEnd, source); deterministic for a given --seed and arguments.

Usage:
  generate-synthetic-evidence.py [-n ROWS] [--places N] [--seed S] [-o evidence.csv] [--places-out places.csv]
                                 [--place-columns both|name|code] [--places-sql preload.sql] [--verify]
                                 [--place-prefix "Synthetic"] [--code-prefix X] [--revisions 0.04]

--place-columns both (default): rows carry place name and code. Imported into a database without the synthetic
  places, the import creates them (kind 'unknown'); with them pre-loaded, it resolves them.
--place-columns name: names only (creates or resolves by name). code: codes only (needs pre-loaded places).
--places-sql FILE: also write SQL that pre-loads the synthetic gazetteer (kinds and parents) into the service's
  place table: psql -v ON_ERROR_STOP=1 -f FILE.

Python 3 standard library only.
"""

import argparse
import bisect
import csv
import datetime
import io
import random
import sys

SYNTHETIC = "SYNTHETIC benchmark data - not real statistics"
HEADER = ["metric", "place", "placeCode", "periodStart", "periodEnd", "periodLabel", "value", "unit", "sourceTitle",
          "sourcePublisher", "sourceUrl", "sourcePublishedOn", "quote", "notes"]

FIRST_YEAR = 1995
LAST_YEAR = 2024
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# ---------------------------------------------------------------------------------------------------------------------
# Periods: (start, end, label, year) per kind, oldest first
# ---------------------------------------------------------------------------------------------------------------------
def _periods():
    d = datetime.date
    out = {}
    out["year"] = [(d(y, 1, 1), d(y, 12, 31), str(y), y) for y in range(FIRST_YEAR, LAST_YEAR + 1)]
    out["fy"] = [(d(y, 4, 1), d(y + 1, 3, 31), "%d/%02d" % (y, (y + 1) % 100), y)
                 for y in range(FIRST_YEAR, LAST_YEAR)]
    out["academic"] = [(d(y, 9, 1), d(y + 1, 8, 31), "%d/%02d" % (y, (y + 1) % 100), y)
                       for y in range(FIRST_YEAR, LAST_YEAR)]
    months = []
    for y in range(FIRST_YEAR, LAST_YEAR + 1):
        for m in range(1, 13):
            last = (d(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1))
            months.append((d(y, m, 1), last, "%s %d" % (MONTHS[m - 1], y), y))
    out["month"] = months
    snaps = []
    for y in range(2006, LAST_YEAR + 1):
        snaps.append((d(y, 3, 31), d(y, 3, 31), "31 March %d" % y, y))
        snaps.append((d(y, 9, 30), d(y, 9, 30), "30 September %d" % y, y))
    out["snapshot"] = snaps
    out["census"] = [(d(1991, 4, 21), d(1991, 4, 21), "1991", 1991), (d(2001, 4, 29), d(2001, 4, 29), "2001", 2001),
                     (d(2011, 3, 27), d(2011, 3, 27), "2011", 2011), (d(2021, 3, 21), d(2021, 3, 21), "2021", 2021)]
    out["span3"] = [(d(y, 1, 1), d(y + 2, 12, 31), "%d-%02d" % (y, (y + 2) % 100), y + 2)
                    for y in range(FIRST_YEAR, LAST_YEAR - 1)]
    out["autumn"] = [(d(y, 10, 1), d(y, 11, 30), "Autumn %d" % y, y) for y in range(2010, LAST_YEAR + 1)]
    return out


PERIODS = _periods()

# ---------------------------------------------------------------------------------------------------------------------
# Source families: one synthetic source per release; a release covers `every` years of periods and is published the
# year after the last one
# ---------------------------------------------------------------------------------------------------------------------
FAMILIES = {
    "hpi": ("House price index (monthly)", 5),
    "pop": ("Mid-year population estimates", 5),
    "crime": ("Recorded crime by area", 5),
    "ashe": ("Earnings by place of residence", 5),
    "waste": ("Household waste statistics", 10),
    "police": ("Police workforce", 3),
    "census": ("Census: religion and population", 100),
    "jobs": ("Jobs and job density", 10),
    "dwell": ("Dwelling stock estimates", 10),
    "prof": ("Area profiles", 10),
    "lfs": ("Labour market statistics", 5),
    "rough": ("Rough sleeping statistics", 5),
    "fin": ("Local government finance", 10),
}


def _slug(s):
    return "-".join("".join(c if c.isalnum() else " " for c in s.lower()).split())


class Family:
    __slots__ = ("key", "name", "every", "sources")

    def __init__(self, key, name, every):
        self.key, self.name, self.every = key, name, every
        self.sources = {}

    def release(self, year):
        """(title, publisher, url, publishedOn) of the release covering `year`, offset releases later."""
        first = FIRST_YEAR if self.every < 100 else 1991
        r = (year - first) // self.every
        s = self.sources.get(r)
        if s is None:
            pub_year = min(first + (r + 1) * self.every, LAST_YEAR + 1)
            pub = datetime.date(pub_year, 1 + (r * 5 + len(self.key)) % 12, 10 + r % 18).isoformat()
            s = ("%s: %s, release %d" % (SYNTHETIC, self.name, pub_year), SYNTHETIC,
                 "https://example.invalid/synthetic/%s/release-%d.csv" % (_slug(self.name), pub_year), pub)
            self.sources[r] = s
        return s


# ---------------------------------------------------------------------------------------------------------------------
# Metrics: real names and units from the demo pack; period kind; source family; value model
#   value model (kind, lo, hi, decimals): 'pop' scales with the place's population, 'abs' is a plain range
# ---------------------------------------------------------------------------------------------------------------------
# Ordered by popularity: the weight of the i-th metric is 1 / (i + 1) ** ZIPF_S
METRICS = [
    ("Average house price (UK HPI)", "GBP", "month", "hpi", ("abs", 60000, 1400000, 0)),
    ("Population", "count", "year", "pop", ("pop", 1.0, 1.0, 0)),
    ("Recorded crimes (Metropolitan Police) in month", "count", "month", "crime", ("pop", 0.004, 0.012, 0)),
    ("Median annual salary of residents", "GBP", "year", "ashe", ("abs", 14000, 52000, 0)),
    ("Houses sold (UK HPI sales volume)", "count", "month", "hpi", ("pop", 0.0004, 0.0015, 0)),
    ("Household waste recycling rate", "percent", "fy", "waste", ("abs", 8, 62, 0)),
    ("Number of jobs", "count", "year", "jobs", ("pop", 0.35, 0.9, -3)),
    ("Police officers (FTE)", "count", "snapshot", "police", ("pop", 0.0015, 0.0045, 2)),
    ("Number of dwellings", "count", "year", "dwell", ("pop", 0.38, 0.46, 0)),
    ("Recorded crimes (Metropolitan Police) in year", "count", "year", "crime", ("pop", 0.05, 0.14, 0)),
    ("Crime rate (offences per 1,000 population)", "count_per_1000_people", "fy", "prof", ("abs", 30, 180, 1)),
    ("Police staff (FTE)", "count", "snapshot", "police", ("pop", 0.0008, 0.0028, 2)),
    ("Police community support officers (FTE)", "count", "snapshot", "police", ("pop", 0.0001, 0.0005, 2)),
    ("Employment rate", "percent", "year", "lfs", ("abs", 60, 82, 1)),
    ("Unemployment rate", "percent", "year", "lfs", ("abs", 2.5, 12, 1)),
    ("Usual resident population (Census 2011)", "count", "census", "census", ("pop", 0.97, 1.0, 0)),
    ("Christian population share (Census 2011)", "percent", "census", "census", ("abs", 30, 75, 2)),
    ("Muslim population share (Census 2011)", "percent", "census", "census", ("abs", 0.1, 35, 2)),
    ("No religion share (Census 2011)", "percent", "census", "census", ("abs", 10, 45, 2)),
    ("Christian population (Census 2011)", "count", "census", "census", ("pop", 0.3, 0.75, 0)),
    ("Median house price", "GBP", "year", "prof", ("abs", 80000, 1200000, 0)),
    ("Fires per 1,000 population", "count_per_1000_people", "year", "prof", ("abs", 0.5, 12, 1)),
    ("Population density (people per hectare)", "ratio", "year", "prof", ("abs", 0.2, 150, 1)),
    ("Jobs density", "ratio", "year", "jobs", ("abs", 0.4, 3.5, 2)),
    ("Male life expectancy at birth", "years", "span3", "prof", ("abs", 74, 84, 1)),
    ("Female life expectancy at birth", "years", "span3", "prof", ("abs", 79, 87, 1)),
    ("Average age", "years", "year", "prof", ("abs", 31, 48, 1)),
    ("Gross annual pay", "GBP", "year", "ashe", ("abs", 18000, 60000, 0)),
    ("Average Band D council tax charge", "GBP", "fy", "fin", ("abs", 900, 2200, 2)),
    ("Pupils achieving 5+ A*-C GCSEs incl. English and Maths (share)", "percent", "academic", "prof",
     ("abs", 40, 80, 1)),
    ("Childhood obesity prevalence", "percent", "academic", "prof", ("abs", 12, 28, 1)),
    ("New homes (net, provisional)", "count", "fy", "dwell", ("pop", 0.001, 0.008, 0)),
    ("Number of active businesses", "count", "year", "jobs", ("pop", 0.03, 0.09, 0)),
    ("Households (GLA estimate)", "count", "year", "pop", ("pop", 0.38, 0.44, 0)),
    ("Population aged 65 and over (share)", "percent", "year", "pop", ("abs", 7, 28, 1)),
    ("Population aged 0-15 (share)", "percent", "year", "pop", ("abs", 13, 24, 1)),
    ("Homes owned outright (share)", "percent", "year", "prof", ("abs", 10, 45, 1)),
    ("Homes rented from private landlord (share)", "percent", "year", "prof", ("abs", 8, 40, 1)),
    ("Turnout at 2014 local elections", "percent", "year", "prof", ("abs", 25, 50, 1)),
    ("Rough sleeping: autumn single-night count or estimate", "count", "autumn", "rough", ("pop", 0.00001, 0.0002, 0)),
    ("Hindu population share (Census 2011)", "percent", "census", "census", ("abs", 0.05, 20, 2)),
    ("Jewish population share (Census 2011)", "percent", "census", "census", ("abs", 0.01, 8, 2)),
    ("Sikh population share (Census 2011)", "percent", "census", "census", ("abs", 0.01, 6, 2)),
    ("Buddhist population share (Census 2011)", "percent", "census", "census", ("abs", 0.05, 2, 2)),
    ("Religion not stated share (Census 2011)", "percent", "census", "census", ("abs", 5, 10, 2)),
    ("Adults who cycle at least once per month (share)", "percent", "year", "prof", ("abs", 5, 35, 1)),
    ("Resident population born abroad (share)", "percent", "year", "prof", ("abs", 3, 55, 1)),
    ("Modelled household median income", "GBP", "year", "ashe", ("abs", 22000, 70000, 0)),
    ("Cars per household", "ratio", "year", "prof", ("abs", 0.3, 1.6, 2)),
    ("Area that is greenspace (share)", "percent", "year", "prof", ("abs", 5, 70, 1)),
]
ZIPF_S = 1.05

# place kind: (name, code prefix, population lo, hi)
KINDS = {
    "country": ("Synthetic Country", "92", 3_000_000, 60_000_000),
    "region": ("Synthetic Region", "12", 1_000_000, 9_000_000),
    "local_authority": ("Synthetic Local Authority", "06", 40_000, 1_200_000),
    "ward": ("Synthetic Ward", "05", 2_000, 25_000),
}


def make_places(n, rng, prefix="Synthetic", code_prefix="X"):
    """[(name, code, kind, parent name or '', population)], parents before children."""
    if n < 4:
        raise SystemExit("--places must be at least 4 (one of each kind)")
    countries = max(1, round(n * 0.0008))
    regions = max(1, round(n * 0.008))
    las = max(1, round(n * 0.08))
    wards = n - countries - regions - las
    counts = {"country": countries, "region": regions, "local_authority": las, "ward": wards}
    out = []
    previous = []
    for kind in ("country", "region", "local_authority", "ward"):
        label, ccode, lo, hi = KINDS[kind]
        width = max(2, len(str(counts[kind])))
        current = []
        for i in range(1, counts[kind] + 1):
            name = "%s %0*d" % (label.replace("Synthetic", prefix, 1), width, i)
            code = "%s%s%06d" % (code_prefix, ccode, i)
            # spread children evenly over the parents of the kind above, in order
            parent = previous[(i - 1) * len(previous) // counts[kind]] if previous else ""
            pop = int(lo * (hi / lo) ** rng.random())
            out.append((name, code, kind, parent, pop))
            current.append(name)
        previous = current
    return out


def fmt(value, decimals):
    if decimals <= 0:
        q = 10 ** (-decimals)
        return str(int(round(value / q)) * q)
    return "%.*f" % (decimals, value)


def generate(args, out, places):
    rng = random.Random(args.seed)
    families = {k: Family(k, *v) for k, v in FAMILIES.items()}
    weights = [1.0 / (i + 1) ** ZIPF_S for i in range(len(METRICS))]
    cum = []
    total_w = 0.0
    for w in weights:
        total_w += w
        cum.append(total_w)

    # rows per place: ~N / places, +-25 %, summing to exactly N
    shares = [rng.uniform(0.75, 1.25) for _ in places]
    ssum = sum(shares)
    counts = [int(args.rows * s / ssum) for s in shares]
    for i in range(args.rows - sum(counts)):
        counts[i % len(counts)] += 1

    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    notes_base = SYNTHETIC + "; generated by src/bench/generate-synthetic-evidence.py (seed %d)" % args.seed
    written = 0
    seen = set() if args.verify else None
    rows = []
    for (name, code, kind, _parent, pop), want in zip(places, counts):
        place_col = "" if args.place_columns == "code" else name
        code_col = "" if args.place_columns == "name" else code
        # how many rows of each metric this place gets: multinomial draw, capped by what the metric can hold
        per_metric = [0] * len(METRICS)
        for _ in range(want):
            per_metric[bisect.bisect_left(cum, rng.random() * total_w)] += 1
        spill = 0
        for mi in range(len(METRICS)):
            cap = len(PERIODS[METRICS[mi][2]])
            if per_metric[mi] > cap:
                spill += per_metric[mi] - cap
                per_metric[mi] = cap
        mi = 0
        while spill > 0:  # give what did not fit to the metrics with room, most popular first
            room = len(PERIODS[METRICS[mi][2]]) - per_metric[mi]
            take = min(room, spill)
            per_metric[mi] += take
            spill -= take
            mi += 1
        left = want
        for mi, k in enumerate(per_metric):
            if k == 0 or left <= 0:
                continue
            metric, unit, pkind, fam, (model, lo, hi, dec) = METRICS[mi]
            family = families[fam]
            periods = PERIODS[pkind]
            # revisions take rows from the same budget: k figures of which r are stated twice
            r = sum(1 for _ in range(k) if rng.random() < args.revisions) if k > 1 else 0
            r = min(r, k // 2)
            k_first = min(k - r, left)
            start = rng.randrange(0, len(periods) - k_first + 1)
            base = pop * rng.uniform(lo, hi) if model == "pop" else lo + (hi - lo) * rng.random()
            trend = rng.uniform(-0.015, 0.03)
            revised = set(rng.sample(range(k_first), min(r, k_first, max(0, left - k_first)))) if r else ()
            for j in range(k_first):
                p_start, p_end, label, year = periods[start + j]
                v = base * (1 + trend) ** (year - FIRST_YEAR) * rng.uniform(0.97, 1.03)
                if unit == "percent" and v > 100:
                    v = 100.0
                value = fmt(v, dec)
                src = family.release(year)
                ps, pe = p_start.isoformat(), p_end.isoformat()
                quote = "%s | row %s (%s) | column %s, %s: %s" % (src[0][len(SYNTHETIC) + 2:], name, code, metric,
                                                                  label, value)
                rows.append((metric, place_col, code_col, ps, pe, label, value, unit, src[0], src[1], src[2],
                             src[3], quote, notes_base))
                if j in revised:
                    later = family.release(year + family.every)
                    if later[0] != src[0]:
                        value2 = fmt(v * rng.uniform(0.98, 1.02), dec)
                        quote2 = "%s | row %s (%s) | column %s, %s: %s" % (later[0][len(SYNTHETIC) + 2:], name,
                                                                           code, metric, label, value2)
                        rows.append((metric, place_col, code_col, ps, pe, label, value2, unit, later[0], later[1],
                                     later[2], later[3], quote2,
                                     notes_base + "; revised: an earlier release gave " + value))
            left = want - len(rows)
        # top up with yearly figures of synthetic extra releases if caps or revisions left the place short
        extra = 0
        while len(rows) < want:
            metric, unit, pkind, fam, (model, lo, hi, dec) = METRICS[1]
            p_start, p_end, label, year = PERIODS["year"][extra % len(PERIODS["year"])]
            rel = 1000 + extra // len(PERIODS["year"])
            src = ("%s: Population estimates, supplementary release %d" % (SYNTHETIC, rel), SYNTHETIC,
                   "https://example.invalid/synthetic/supplementary/release-%d.csv" % rel, "")
            value = fmt(pop * rng.uniform(0.95, 1.05), 0)
            rows.append((metric, place_col, code_col, p_start.isoformat(), p_end.isoformat(), label, value, unit,
                         src[0], src[1], src[2], src[3], "%s | row %s | column %s, %s: %s" % (
                             src[0][len(SYNTHETIC) + 2:], name, metric, label, value), notes_base))
            extra += 1
        del rows[want:]
        if seen is not None:
            for row in rows:
                key = (row[0], row[1] or row[2], row[3], row[4], row[8], row[9], row[10], row[11])
                if key in seen:
                    raise SystemExit("duplicate key %r" % (key,))
                seen.add(key)
        writer.writerows(rows)
        written += len(rows)
        rows.clear()
    return written


def write_places(path, places):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["name", "code", "kind", "parent"])
        for name, code, kind, parent, _pop in places:
            w.writerow([name, code, kind, parent])


def write_places_sql(path, places):
    """SQL that adds the synthetic gazetteer (kinds, codes, parents) to the service's place table."""
    def q(s):
        return "'" + s.replace("'", "''") + "'" if s else "null"

    with open(path, "w", encoding="utf-8") as f:
        f.write("-- %s: synthetic places for the factcheck import benchmark\nbegin;\n" % SYNTHETIC)
        for i in range(0, len(places), 1000):
            chunk = places[i:i + 1000]
            f.write("insert into place (name, code, kind) values\n")
            f.write(",\n".join("(%s, %s, %s)" % (q(n), q(c), q(k)) for n, c, k, _p, _pop in chunk))
            f.write(";\n")
        f.write("update place c set parent_id = p.id from (values\n")
        pairs = [(n, p) for n, _c, _k, p, _pop in places if p]
        f.write(",\n".join("(%s, %s)" % (q(n), q(p)) for n, p in pairs))
        f.write("\n) v(child, parent) join place p on p.name = v.parent where c.name = v.child;\ncommit;\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--rows", type=int, default=1_000_000, help="evidence rows (default 1,000,000)")
    ap.add_argument("--places", type=int, default=None,
                    help="synthetic places (default ROWS / 200, at least 4: 5,000 for the default 1,000,000 rows)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("-o", "--out", default="synthetic-evidence.csv", help="evidence CSV ('-' for stdout)")
    ap.add_argument("--places-out", default=None, help="places CSV (name,code,kind,parent); default: none")
    ap.add_argument("--places-sql", default=None, help="also write SQL pre-loading the places into table place")
    ap.add_argument("--place-columns", choices=("both", "name", "code"), default="both",
                    help="what identifies the place in each row (default both)")
    ap.add_argument("--place-prefix", default="Synthetic",
                    help="first word(s) of place names (default Synthetic: 'Synthetic Ward 0412')")
    ap.add_argument("--code-prefix", default="X", help="first letter of place codes (default X: X05000412)")
    ap.add_argument("--revisions", type=float, default=0.04, help="share of figures restated by a later release")
    ap.add_argument("--verify", action="store_true", help="check key uniqueness while writing (uses memory)")
    args = ap.parse_args()
    if args.rows < 0:
        raise SystemExit("--rows must be >= 0")

    if args.places is None:
        args.places = max(4, round(args.rows / 200))
    if "synthetic" not in args.place_prefix.lower():
        raise SystemExit("--place-prefix must say 'Synthetic'")
    if not args.code_prefix.isalnum():
        raise SystemExit("--code-prefix must be letters or digits")
    places = make_places(args.places, random.Random(args.seed ^ 0x5EED), args.place_prefix, args.code_prefix)
    if args.places_out:
        write_places(args.places_out, places)
    if args.places_sql:
        write_places_sql(args.places_sql, places)
    if args.out == "-":
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=False)
        n = generate(args, out, places)
        out.flush()
    else:
        with open(args.out, "w", encoding="utf-8", newline="", buffering=1 << 20) as out:
            n = generate(args, out, places)
    print("wrote %d synthetic evidence rows for %d synthetic places (seed %d)" % (n, len(places), args.seed),
          file=sys.stderr)


if __name__ == "__main__":
    main()
