#!/usr/bin/env python3
"""Per-step timing of a factcheck import from the PostgreSQL server log.

Reads log lines (log_min_duration_statement output) for one database on stdin and prints how long each
ImportService step took. Python 3 stdlib only.

usage: step-timing.py DBNAME < log-excerpt
"""
import re
import sys

# (label, pattern on the statement text), first match wins; in the order ImportService runs them
STEPS = [
    ("STAGING      create temp tables", r"create temp table import_(row|error)|drop table if exists pg_temp"),
    ("COPY         stream rows (Java parse + COPY)", r"^copy import_row"),
    ("RESOLVE      analyze import_row", r"^analyze import_row"),
    ("RESOLVE      distinct places -> import_place", r"create temp table import_place"),
    ("RESOLVE      update import_place", r"update import_place set place_id = coalesce"),
    ("FIND_ERRORS  place/code conflicts", r"' name different places'"),
    ("FIND_ERRORS  one code per new place name", r"' has code '"),
    ("FIND_ERRORS  unknown sourceId", r"'no source with id '"),
    ("FIND_DUPLICATES within the file (only after a unique violation)", r"'duplicate of line '"),
    ("FIND_DUPLICATES already stored (only after a unique violation)", r"'already stored as evidence '"),
    ("             read import_error", r"from import_error"),
    ("DROP_BAD_ROWS", r"delete from import_row"),
    ("CREATE_PLACES", r"insert into place "),
    ("LINK_NEW_PLACES", r"update import_place ip set place_id = p.id"),
    ("COLLECT_SOURCES", r"create temp table import_source"),
    ("CREATE_SOURCES", r"insert into source "),
    ("LINK_SOURCES", r"update import_source i set source_id"),
    ("SEARCH_PARTS metric, place and source documents", r"create temp table import_metric|set doc = setweight"
                                                         r"|^analyze import_(metric|place|source)"),
    ("INSERT_EVIDENCE", r"insert into evidence "),
    ("COMMIT", r"^commit"),
]

HEAD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
DUR = re.compile(r"duration: ([0-9.]+) ms\s+(?:(statement|execute [^:]*|parse [^:]*|bind [^:]*):\s*)?(.*)$")


def main():
    db = sys.argv[1]
    entries = []  # (ms, kind, text)
    current = None
    for line in sys.stdin:
        line = line.rstrip("\n")
        if HEAD.match(line):
            current = None
            if ("@" + db + " ") not in line:
                continue
            m = DUR.search(line)
            if m:
                current = [float(m.group(1)), (m.group(2) or "").split(" ")[0], m.group(3)]
                entries.append(current)
        elif current is not None:
            current[2] += "\n" + line
    totals = {}
    order = []
    for ms, kind, text in entries:
        if kind in ("parse", "bind"):
            label = "(parse/bind)"
        else:
            t = " ".join(text.split()).lower()
            label = next((name for name, pat in STEPS if re.search(pat, t)), "other: " + t[:50])
        if label not in totals:
            totals[label] = [0.0, 0]
            order.append(label)
        totals[label][0] += ms
        totals[label][1] += 1
    known = [name for name, _ in STEPS]
    order.sort(key=lambda l: known.index(l) if l in known else len(known))
    total = sum(v[0] for v in totals.values())
    for label in order:
        ms, n = totals[label]
        print("  %-50s %10.1f ms %5.1f %%%s" % (label, ms, 100 * ms / total if total else 0,
                                               "" if n == 1 else "  (%d statements)" % n))
    print("  %-50s %10.1f ms" % ("sum of logged statements", total))


if __name__ == "__main__":
    main()
