#!/usr/bin/env python3
"""Replays the SQL of ImportService on PostgreSQL with psql, statement by statement, to see where an import's time goes.

The SQL is read from src/main/java/org/factcheck/evidence/importer/ImportService.java (its text-block constants), so
the profile follows the code. Two commands (Python 3 stdlib only):

  import-sql.py script  --java ImportService.java --csv FILE [--explain] [--experiments] > profile.psql
      writes a psql script: one transaction (rolled back at the end), the staging temp tables of STAGING, `\\copy` of
      the CSV into import_row (in place of the service's COPY FROM STDIN: the same rows, no Java), then every
      statement of RESOLVE_PLACES, FIND_ERRORS, CREATE_PLACES, LINK_NEW_PLACES, COLLECT_SOURCES, CREATE_SOURCES,
      LINK_SOURCES, SEARCH_PARTS and INSERT_EVIDENCE in the service's order (FIND_DUPLICATES's first statement inside a
      savepoint that is rolled back: the service runs it only when the insert meets the unique key), each under
      EXPLAIN (ANALYZE, BUFFERS, WAL) with --explain, each wrapped in markers that record wall time (psql \\timing) and the backend's CPU time (/proc/<backend pid>/stat: psql must run on the
      database host). With --experiments, the cost of the search tsvector alone is timed too, inside a savepoint
      that is rolled back, before INSERT_EVIDENCE.

  import-sql.py report < psql-output
      prints a table of wall and CPU milliseconds per step (and per alternative).
"""
import argparse
import re
import sys

CONSTANTS = ["STAGING", "COPY", "RESOLVE_PLACES", "FIND_ERRORS", "FIND_DUPLICATES", "DROP_BAD_ROWS", "CREATE_PLACES",
             "LINK_NEW_PLACES", "COLLECT_SOURCES", "CREATE_SOURCES", "LINK_SOURCES", "SEARCH_PARTS", "INSERT_EVIDENCE"]

CSV_COLUMNS = ("metric, place, place_code, period_start, period_end, period_label, value, unit, source_title, "
               "source_publisher, source_url, source_published_on, quote, notes")


def read_constants(java_path):
    src = open(java_path, encoding="utf-8").read()
    out = {}
    for m in re.finditer(r'private static final String (\w+) =\s*(?:"""\n(.*?)""";|((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+);)',
                         src, re.S):
        name, block, concat = m.group(1), m.group(2), m.group(3)
        if block is not None:
            text = block
        else:
            text = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', concat))
        out[name] = text
    missing = [c for c in CONSTANTS if c not in out]
    if missing:
        raise SystemExit("ImportService.java no longer has %s: update src/bench/lib/import-sql.py" % ", ".join(missing))
    return out


def statements(sql):
    """Splits on ';' at the end of a line (the constants hold no ';' inside literals)."""
    parts = [p.strip() for p in re.split(r";\s*(?:\n|$)", sql)]
    return [p for p in parts if p]


def label_of(stmt):
    t = " ".join(stmt.split()).lower()
    rules = [
        ("analyze import_row", "RESOLVE_PLACES  analyze import_row"),
        ("create temp table import_place", "RESOLVE_PLACES  distinct places -> import_place"),
        ("update import_place set place_id = coalesce", "RESOLVE_PLACES  update import_place"),
        ("name different places", "FIND_ERRORS  place/code conflicts"),
        ("no source with id", "FIND_ERRORS  unknown sourceId"),
        ("has code", "FIND_ERRORS  one code per new place name"),
        ("duplicate of line", "FIND_DUPLICATES  within the file"),
        ("already stored as evidence", "FIND_DUPLICATES  already stored"),
        ("analyze import_place", "RESOLVE_PLACES  analyze import_place"),
    ]
    for needle, label in rules:
        if needle in t:
            return label
    return t[:60]


class Script:
    def __init__(self, explain):
        self.explain = explain
        self.lines = []

    def raw(self, text):
        self.lines.append(text)

    def step(self, label, stmt, explain=None):
        explain = self.explain if explain is None else explain
        can_explain = explain and not stmt.lower().startswith(("analyze", "drop", "set", "savepoint", "rollback"))
        self.raw("\\echo '@@step %s'" % label.replace("'", ""))
        self.raw("\\! awk '{print \"@@cpu0\", $14 + $15}' /proc/$BPID/stat")
        self.raw(("explain (analyze, buffers, wal) " if can_explain else "") + stmt + ";")
        self.raw("\\! awk '{print \"@@cpu1\", $14 + $15}' /proc/$BPID/stat")

    def alternative(self, label, stmts):
        """Runs stmts inside a savepoint that is rolled back."""
        self.raw("savepoint alt;")
        for i, s in enumerate(stmts):
            self.step("  alt: %s%s" % (label, "" if i == len(stmts) - 1 else " (prep %d)" % (i + 1)), s)
        self.raw("rollback to savepoint alt;")
        self.raw("release savepoint alt;")


def build(args):
    c = read_constants(args.java)
    s = Script(args.explain)
    s.raw("\\set ON_ERROR_STOP 1")
    s.raw("\\timing on")
    s.raw("select pg_backend_pid() as bpid \\gset")
    s.raw("\\setenv BPID :bpid")
    s.raw("begin;")
    for stmt in statements(c["STAGING"]):
        s.raw(stmt + ";")
    # the service's COPY sends line numbers; here a sequence numbers the rows in file order
    s.raw("create temp sequence import_line_no;")
    s.raw("alter table import_row alter line_no set default nextval('import_line_no');")
    s.raw("\\echo '@@step COPY  \\\\copy CSV -> temp import_row (psql; no Java)'")
    s.raw("\\! awk '{print \"@@cpu0\", $14 + $15}' /proc/$BPID/stat")
    s.raw("\\copy import_row (%s) from '%s' with (format csv, header true)" % (CSV_COLUMNS, args.csv.replace("'", "''")))
    s.raw("\\! awk '{print \"@@cpu1\", $14 + $15}' /proc/$BPID/stat")

    for stmt in statements(c["RESOLVE_PLACES"]):
        s.step(label_of(stmt), stmt)
    for stmt in statements(c["FIND_ERRORS"]):
        s.step(label_of(stmt), stmt)
    s.raw("select count(*) as import_errors from import_error;")
    # the service runs these only when the insert meets evidence_key_uk (or the file is refused anyway)
    s.alternative("FIND_DUPLICATES (the service runs it only when the insert hits evidence_key_uk)",
                  statements(c["FIND_DUPLICATES"])[:1])
    s.step("CREATE_PLACES", statements(c["CREATE_PLACES"])[0])
    s.step("CREATE_PLACES  analyze place (when places were created)", "analyze place")
    s.step("LINK_NEW_PLACES", statements(c["LINK_NEW_PLACES"])[0])
    s.step("COLLECT_SOURCES", statements(c["COLLECT_SOURCES"])[0])
    s.step("CREATE_SOURCES", statements(c["CREATE_SOURCES"])[0])
    s.step("LINK_SOURCES", statements(c["LINK_SOURCES"])[0])
    for stmt in statements(c["SEARCH_PARTS"]):
        s.step("SEARCH_PARTS  " + " ".join(stmt.split())[:50], stmt)
    insert = statements(c["INSERT_EVIDENCE"])[0]
    if args.experiments:
        s.alternative("the search tsvector alone: computed for every row, nothing stored", [
            "select sum(length(evidence_search_vector(r.metric, r.place, r.source_title, r.quote))) "
            "from import_row r"])
    s.step("INSERT_EVIDENCE", insert)
    s.raw("rollback;")
    return "\n".join(s.lines) + "\n"


def report(stream):
    rows = []
    cur = None
    for line in stream:
        line = line.rstrip("\n")
        if line.startswith("@@step "):
            cur = {"label": line[7:], "wall": 0.0, "cpu0": None, "cpu1": None}
            rows.append(cur)
        elif cur is not None and line.startswith("@@cpu0 "):
            cur["cpu0"] = float(line.split()[1])
        elif cur is not None and line.startswith("@@cpu1 "):
            cur["cpu1"] = float(line.split()[1])
        elif cur is not None and line.startswith("Time: ") and cur["cpu1"] is None:
            cur["wall"] += float(line.split()[1])
    import os
    hz = os.sysconf("SC_CLK_TCK")
    print("  %-92s %11s %11s" % ("step (alt: an alternative, run first and rolled back)", "wall ms", "CPU ms"))
    for r in rows:
        cpu = (r["cpu1"] - r["cpu0"]) * 1000 / hz if r["cpu0"] is not None and r["cpu1"] is not None else float("nan")
        wall = r["wall"]
        if r["label"].startswith("COPY") and wall == 0.0:
            wall = float("nan")
        print("  %-92s %11.0f %11.0f" % (r["label"][:92], wall, cpu))


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sc = sub.add_parser("script")
    sc.add_argument("--java", required=True)
    sc.add_argument("--csv", required=True)
    sc.add_argument("--explain", action="store_true")
    sc.add_argument("--experiments", action="store_true")
    sub.add_parser("report")
    args = ap.parse_args()
    if args.cmd == "script":
        sys.stdout.write(build(args))
    else:
        report(sys.stdin)


if __name__ == "__main__":
    main()
