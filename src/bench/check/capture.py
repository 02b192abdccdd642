#!/usr/bin/env python3
"""Helpers of src/bench/check/run.sh (Python 3 standard library only).

  capture.py bodies CLAIMS_JSONL OUT              one {"text", "context"} body per line (the wrk/capture input)
  capture.py capture URL KEY BODIES LOG DB OUTDIR POST each body once, one at a time, and read what the service's
                                                  connections to DB logged meanwhile (log_min_duration_statement = 0
                                                  on those connections): writes OUTDIR/statements.jsonl (one line per
                                                  executed statement: claim, kind, duration of parse+bind+execute, SQL
                                                  with the logged parameters as literals), OUTDIR/checks.pgbench (one
                                                  pgbench transaction = the metrics/series queries of one claim, picked
                                                  uniformly, as wrk cycles uniformly), OUTDIR/explain-*.sql and a
                                                  summary on stdout
"""

import json
import os
import re
import statistics
import sys
import time
import urllib.error
import urllib.request

PREFIX = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] (\S*)@(\S*) ([A-Z]+):  (.*)$")
DURATION = re.compile(r"^duration: ([0-9.]+) ms  (parse|bind|execute) ([^:]*): (.*)$", re.S)
SIMPLE = re.compile(r"^duration: ([0-9.]+) ms  statement: (.*)$", re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")


def bodies(claims, out):
    n = 0
    with open(claims) as f, open(out, "w") as o:
        for line in f:
            if line.strip():
                c = json.loads(line)
                o.write(json.dumps({"text": c["text"], "context": c["context"]}, ensure_ascii=False) + "\n")
                n += 1
    print(n)


def entries(text, db):
    """Log entries of connections to db: (pid, level, message) with continuation lines joined (one tab removed)."""
    cur = None
    for line in text.split("\n"):
        m = PREFIX.match(line)
        if m:
            if cur:
                yield cur
            cur = [m.group(1), m.group(4), m.group(5)] if m.group(3) == db else None
        elif cur is not None:
            cur[2] += "\n" + (line[1:] if line.startswith("\t") else line)
    if cur:
        yield cur


def kind_of(sql):
    s = " ".join(sql.split()).lower()
    if s.startswith("with fit as"):
        return "metrics"
    if s.startswith("select e.id, e.metric, e.place_id") and "where e.metric = " in s:
        return "series"  # PostgresEvidenceFinder.SERIES, or LEVEL (a rank's peers: the same, for one period)
    return "other"


def literal(sql, params):
    return re.sub(r"\$(\d+)\b", lambda m: params[int(m.group(1))], sql)


def statements(text, db):
    """Executed statements: dict(pid, kind, ms, sql, literal_sql)."""
    pending = {}  # pid -> ms of parse/bind so far
    out = []
    last = None
    for pid, level, msg in entries(text, db):
        if level == "LOG":
            last = None
            m = DURATION.match(msg)
            if m:
                ms, phase, sql = float(m.group(1)), m.group(2), m.group(4)
                if phase != "execute":
                    pending[pid] = pending.get(pid, 0.0) + ms
                    continue
                st = {"pid": pid, "ms": ms + pending.pop(pid, 0.0), "exec_ms": ms, "sql": sql, "params": {}}
                st["kind"] = kind_of(sql)
                out.append(st)
                last = st
                continue
            m = SIMPLE.match(msg)
            if m:
                st = {"pid": pid, "ms": float(m.group(1)), "exec_ms": float(m.group(1)), "sql": m.group(2),
                      "params": {}, "kind": kind_of(m.group(2))}
                out.append(st)
        elif level == "DETAIL" and last is not None and last["pid"] == pid and msg.startswith("parameters: "):
            last["params"] = {int(k): v for k, v in PARAM.findall(msg[len("parameters: "):])}
            last = None
    for st in out:
        st["literal"] = literal(st["sql"], st["params"]) if st["params"] else st["sql"]
    return out


def capture(url, key, bodies_file, log, db, outdir):
    claims = [l for l in open(bodies_file) if l.strip()]
    per_claim = []
    statuses = {}
    ratings = {}
    with open(log, "rb") as lf:
        for i, body in enumerate(claims):
            lf.seek(0, os.SEEK_END)
            start = lf.tell()
            req = urllib.request.Request(url + "/api/v1/checks", data=body.encode(), method="POST", headers={
                "Content-Type": "application/json", "Accept": "application/json", "Authorization": "Bearer " + key})
            t0 = time.perf_counter()
            try:
                with urllib.request.urlopen(req, timeout=60) as r:
                    status, payload = r.status, r.read()
            except urllib.error.HTTPError as e:
                status, payload = e.code, e.read()
            ms = (time.perf_counter() - t0) * 1000
            statuses[status] = statuses.get(status, 0) + 1
            try:
                rating = json.loads(payload).get("rating", "?")
            except Exception:
                rating = "?"
            ratings[rating] = ratings.get(rating, 0) + 1
            time.sleep(0.02)  # stderr logging is synchronous; a margin for the last line anyway
            lf.seek(start)
            text = lf.read().decode("utf-8", "replace")
            sts = statements(text, db)
            for st in sts:
                st["claim"] = i + 1
            per_claim.append({"claim": i + 1, "status": status, "http_ms": ms, "statements": sts})

    with open(os.path.join(outdir, "statements.jsonl"), "w") as o:
        for c in per_claim:
            for st in c["statements"]:
                o.write(json.dumps({k: st[k] for k in ("claim", "kind", "ms", "exec_ms", "literal")}) + "\n")

    # pgbench: one transaction = the engine's candidate queries of one claim, claim picked uniformly
    lines = ["\\set claimno random(1, %d)" % len(per_claim)]
    for c in per_claim:
        lines.append(("\\if" if c["claim"] == 1 else "\\elif") + " :claimno = %d" % c["claim"])
        for st in c["statements"]:
            if st["kind"] in ("metrics", "series"):
                lines.append(st["literal"].strip().rstrip(";") + ";")
    lines.append("\\endif")
    with open(os.path.join(outdir, "checks.pgbench"), "w") as o:
        o.write("\n".join(lines) + "\n")

    allst = [st for c in per_claim for st in c["statements"]]
    cand = {k: [st for st in allst if st["kind"] == k] for k in ("metrics", "series", "other")}
    n = len(per_claim)
    q_per_check = (len(cand["metrics"]) + len(cand["series"])) / n
    summary = {
        "claims": n, "statuses": statuses, "ratings": ratings,
        "metrics": len(cand["metrics"]), "series": len(cand["series"]), "other": len(cand["other"]),
        "queries_per_check": q_per_check,
        "claims_without_queries": sum(1 for c in per_claim if not any(st["kind"] != "other" for st in c["statements"])),
    }
    with open(os.path.join(outdir, "summary.json"), "w") as o:
        json.dump(summary, o)

    print("  claims posted once each: %d  HTTP statuses %s  ratings %s" % (n, statuses, ratings))
    print("  statements logged for them: metrics %d, series %d, other %d  -> %.3f candidate queries per check"
          " (%d claims ran none)" % (len(cand["metrics"]), len(cand["series"]), len(cand["other"]), q_per_check,
                                     summary["claims_without_queries"]))
    qs = sorted(c["http_ms"] for c in per_claim)
    print("  one-at-a-time HTTP latency of the capture pass (cold-ish JVM): median %.1f ms, max %.1f ms"
          % (statistics.median(qs), qs[-1]))
    for k in ("metrics", "series", "other"):
        if cand[k]:
            d = sorted(st["ms"] for st in cand[k])
            print("  server time per %-7s query (parse+bind+execute, logged): mean %.2f ms  p50 %.2f  p90 %.2f  max %.2f"
                  % (k, statistics.mean(d), d[len(d) // 2], d[int(len(d) * 0.9)], d[-1]))
    others = {}
    for st in cand["other"]:
        s = " ".join(st["sql"].split())[:110]
        others[s] = others.get(s, 0) + 1
    for s, c in sorted(others.items(), key=lambda x: -x[1])[:8]:
        print("    other x%d: %s" % (c, s))
    per_check_db = [sum(st["ms"] for st in c["statements"] if st["kind"] != "other") for c in per_claim]
    print("  candidate-query server time per check (sum, logged): mean %.2f ms  p50 %.2f  p99 %.2f  max %.2f"
          % (statistics.mean(per_check_db), sorted(per_check_db)[n // 2], sorted(per_check_db)[int(n * 0.99)],
             max(per_check_db)))

    # EXPLAIN samples: the slowest and the median metrics query, the slowest series query
    def write(name, st):
        with open(os.path.join(outdir, name), "w") as o:
            o.write("-- claim %d, logged %.2f ms\n" % (st["claim"], st["ms"]))
            o.write("explain (analyze, buffers, settings) " + st["literal"].strip().rstrip(";") + ";\n")
    if cand["metrics"]:
        m = sorted(cand["metrics"], key=lambda s: s["ms"])
        write("explain-metrics-slowest.sql", m[-1])
        write("explain-metrics-median.sql", m[len(m) // 2])
    if cand["series"]:
        s = sorted(cand["series"], key=lambda s: s["ms"])
        write("explain-series-slowest.sql", s[-1])


if __name__ == "__main__":
    if sys.argv[1] == "bodies":
        bodies(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "capture":
        capture(*sys.argv[2:8])
    else:
        sys.exit(__doc__)
