#!/usr/bin/env python3
"""Replays the SQL of ImportService on PostgreSQL with psql, statement by statement, to see where an import's time goes.

The SQL is read from src/main/java/org/factcheck/evidence/importer/ImportService.java (its text-block constants), so
the profile follows the code. Two commands (Python 3 stdlib only):

  import-sql.py script  --java ImportService.java --csv FILE [--explain] [--experiments] > profile.psql
      writes a psql script: one transaction (rolled back at the end), the staging temp tables of STAGING, `\\copy` of
      the CSV into import_row (in place of the service's COPY FROM STDIN: the same rows, no Java), then every
      statement of RESOLVE_PLACES, FIND_ERRORS, CREATE_PLACES, LINK_NEW_PLACES, CREATE_SOURCES and INSERT_EVIDENCE
      in the service's order, each under EXPLAIN (ANALYZE, BUFFERS, WAL) with --explain, each wrapped in markers that
      record wall time (psql \\timing) and the backend's CPU time (/proc/<backend pid>/stat: psql must run on the
      database host). With --experiments, before the statements that an alternative is proposed for, the
      alternative runs inside a savepoint that is rolled back, then the statement as the service runs it (so the
      service's version runs second, on warm caches: the comparison is, if anything, biased against the alternative);
      for LINK_NEW_PLACES the order is reversed (see the comment there).

  import-sql.py report < psql-output
      prints a table of wall and CPU milliseconds per step (and per alternative).
"""
import argparse
import re
import sys

CONSTANTS = ["STAGING", "COPY", "RESOLVE_PLACES", "FIND_ERRORS", "DROP_BAD_ROWS", "CREATE_PLACES",
             "LINK_NEW_PLACES", "CREATE_SOURCES", "INSERT_EVIDENCE"]

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
        ("duplicate of line", "FIND_ERRORS  duplicates within the file"),
        ("already stored as evidence", "FIND_ERRORS  already stored"),
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
        label = label_of(stmt)
        if args.experiments and "duplicates" in label:
            s.alternative("duplicates check with work_mem = 256MB (sorts in memory)",
                          ["set local work_mem = '256MB'", stmt])
            s.raw("set local work_mem = default;")
        s.step(label, stmt)
    s.raw("select count(*) as import_errors from import_error;")
    s.step("DROP_BAD_ROWS (the service runs it only when there are bad rows)", statements(c["DROP_BAD_ROWS"])[0])
    s.step("CREATE_PLACES", statements(c["CREATE_PLACES"])[0])
    link = statements(c["LINK_NEW_PLACES"])[0]
    if args.experiments:
        # ANALYZE writes pg_class.reltuples in place (not undone by ROLLBACK TO SAVEPOINT) and its effect on plans
        # inside a savepoint is unreliable, so here the service's statement runs first, in the savepoint, and the
        # alternative is the one kept (later steps then see statistics on place: a small difference for them)
        s.raw("savepoint alt;")
        s.step("LINK_NEW_PLACES (as the service runs it; rolled back)", link)
        s.raw("rollback to savepoint alt;")
        s.raw("release savepoint alt;")
        s.step("  alt: ANALYZE place (kept)", "analyze place")
        s.step("  alt: LINK_NEW_PLACES after ANALYZE place (kept)", link)
    else:
        s.step("LINK_NEW_PLACES", link)
    sources = statements(c["CREATE_SOURCES"])[0]
    if args.experiments:
        s.alternative("CREATE_SOURCES: distinct raw source tuples first, then fingerprints",
                      ["""insert into source (title, publisher, url, published_on)
select distinct on (source_fingerprint(source_title, source_publisher, source_url, source_published_on))
       source_title, source_publisher, source_url, source_published_on
from (select distinct source_title, source_publisher, source_url, source_published_on
      from import_row where source_id is null) d
on conflict (fingerprint) do nothing"""])
    s.step("CREATE_SOURCES", sources)
    insert = statements(c["INSERT_EVIDENCE"])[0]
    if args.experiments:
        s.alternative("the search tsvector alone: computed for every row, nothing stored", [
            "select sum(length(evidence_search_vector(r.metric, r.place, r.source_title, r.quote))) "
            "from import_row r"])
        s.alternative("INSERT_EVIDENCE, work_mem 256MB, sources matched per distinct tuple (no per-row md5)",
                      ["set local work_mem = '256MB'", """insert into evidence (metric, place_id, period_start, period_end, period_label, value, unit, source_id,
                      quote, notes, search)
select r.metric, p.id, r.period_start, r.period_end, r.period_label, r.value, r.unit,
       coalesce(s1.id, s2.id), r.quote, r.notes,
       evidence_search_vector(r.metric, p.name, coalesce(s1.title, s2.title), r.quote)
from import_row r
join import_place ip on coalesce(r.place, '') = coalesce(ip.place, '')
                    and coalesce(r.place_code, '') = coalesce(ip.place_code, '')
join place p on p.id = ip.place_id
left join source s1 on s1.id = r.source_id
left join (select d.*, s.id, s.title
           from (select distinct coalesce(source_title, '') t, coalesce(source_publisher, '') pu,
                        coalesce(source_url, '') u, coalesce(source_published_on::text, '') po,
                        source_title, source_publisher, source_url, source_published_on
                 from import_row where source_id is null) d
           join source s on s.fingerprint = source_fingerprint(d.source_title, d.source_publisher, d.source_url,
                                                               d.source_published_on)) s2
     on r.source_id is null and coalesce(r.source_title, '') = s2.t and coalesce(r.source_publisher, '') = s2.pu
    and coalesce(r.source_url, '') = s2.u and coalesce(r.source_published_on::text, '') = s2.po"""])
        s.raw("set local work_mem = default;")
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
