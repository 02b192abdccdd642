#!/usr/bin/env python3
"""Helpers of src/bench/load/run.sh (Python 3 standard library only).

  report.py inputs CLAIMS_JSONL DIR          the wrk inputs from the labelled claims: DIR/submissions.jsonl (one
                                             ClaimRequest per line, tagged synthetic-load) and DIR/texts.txt (the
                                             texts URL-encoded, for claims/similar); bodies.jsonl comes from
                                             check/capture.py
  report.py scripts LOG DB WINDOWS OUTDIR    reads the statements that the service's connections to DB logged in each
                                             operation's window of the server log (WINDOWS: lines "op start end",
                                             byte offsets), splits them into requests (each request starts with the
                                             API key lookup), writes OUTDIR/<op>.pgbench (one pgbench transaction =
                                             one captured request, picked uniformly; requests that write run inside
                                             BEGIN ... ROLLBACK so that they can be replayed) and prints statements per
                                             request
  report.py wrk TIMINGS SECONDS JSON         per-operation throughput, p50/p99/max and errors of one wrk run (the "op
                                             status ms" lines mixed.lua wrote); the summary also goes to JSON
  report.py pgbench LOGPREFIX SECONDS OPS JSON   the same from pgbench's per-transaction logs (-l); OPS lists the
                                             operations in the order of pgbench's -f options
  report.py compare SERVICE_JSON PGBENCH_JSON   service / pgbench: throughput ratio and latency per operation
"""

import glob
import importlib.util
import json
import os
import random
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
# the server-log parser of the check benchmark: log entries -> executed statements with their parameters
_spec = importlib.util.spec_from_file_location("capture", os.path.join(HERE, "..", "check", "capture.py"))
capture = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(capture)

SUCCESS = {"check": 200, "claim_submit": 201, "claim_similar": 200, "evidence_search": 200, "evidence_get": 200,
           "claim_get": 200, "claims_list": 200, "verdict_get": 200, "verdict_put": 200}
KEY_LOOKUP = re.compile(r"from\s+api_key\s+where\s+key_hash", re.I)
CONTROL = re.compile(r"^\s*(begin|commit|rollback|set\s|show\s|select\s+1\s*$)", re.I)
WRITES = re.compile(r"\b(insert\s+into|update\s+\w+\s+set|delete\s+from|for\s+update)\b", re.I)
MAX_REQUESTS_PER_SCRIPT = 80


def inputs(claims, outdir):
    with open(claims) as f, open(os.path.join(outdir, "submissions.jsonl"), "w") as sub, \
            open(os.path.join(outdir, "texts.txt"), "w") as texts:
        for line in f:
            if not line.strip():
                continue
            c = json.loads(line)
            ctx = c.get("context") or {}
            body = {"text": c["text"], "speaker": "SYNTHETIC load test", "tags": ["synthetic-load"]}
            if ctx.get("statedOn"):
                body["statedOn"] = ctx["statedOn"]
            if ctx.get("place"):
                body["place"] = ctx["place"]
            sub.write(json.dumps(body, ensure_ascii=False) + "\n")
            texts.write(urllib.parse.quote_plus(c["text"]) + "\n")


def requests_in(log, db, start, end):
    with open(log, "rb") as f:
        f.seek(start)
        text = f.read(end - start).decode("utf-8", "replace")
    groups = []
    for st in capture.statements(text, db):
        sql = st["literal"].strip().rstrip(";")
        if CONTROL.match(sql):
            continue
        if KEY_LOOKUP.search(sql) or not groups:
            groups.append([])
        if not KEY_LOOKUP.search(sql):  # the measured service finds the key in its cache, not in the database
            groups[-1].append(sql)
    return [g for g in groups if g]


def scripts(log, db, windows, outdir):
    random.seed(7)
    for line in open(windows):
        op, start, end = line.split()
        groups = requests_in(log, db, int(start), int(end))
        if op == "verdict_put":  # the editor's GET of the claim comes first; keep the PUTs
            groups = [g for g in groups if any(WRITES.search(s) for s in g)]
        if not groups:
            sys.exit("no statements captured for %s: is log_min_duration_statement=0 reaching the log?" % op)
        sizes = sorted(len(g) for g in groups)
        writes = sum(1 for g in groups if any(WRITES.search(s) for s in g))
        print("  %-16s %4d requests captured: %.1f statements per request (median %d, max %d), %d write"
              % (op, len(groups), sum(sizes) / len(sizes), sizes[len(sizes) // 2], sizes[-1], writes))
        sample = random.sample(groups, min(len(groups), MAX_REQUESTS_PER_SCRIPT))
        out = ["\\set r random(1, %d)" % len(sample)]
        for i, g in enumerate(sample):
            out.append(("\\if" if i == 0 else "\\elif") + " :r = %d" % (i + 1))
            write = any(WRITES.search(s) for s in g)
            if write:
                out.append("BEGIN;")
            out.extend(s + ";" for s in g)
            if write:
                out.append("ROLLBACK;")
        out.append("\\endif")
        with open(os.path.join(outdir, op + ".pgbench"), "w") as o:
            o.write("\n".join(out) + "\n")


def pct(sorted_ms, p):
    if not sorted_ms:
        return float("nan")
    return sorted_ms[min(len(sorted_ms) - 1, max(0, int(round(p / 100.0 * len(sorted_ms) + 0.5)) - 1))]


def summarise(rows, seconds):
    """rows: (op, ok, ms). Per operation: count, rate, p50, p99, max, errors."""
    ops = {}
    for op, ok, ms, status in rows:
        o = ops.setdefault(op, {"ms": [], "errors": {}})
        o["ms"].append(ms)
        if not ok:
            o["errors"][status] = o["errors"].get(status, 0) + 1
    out = {}
    for op, o in ops.items():
        ms = sorted(o["ms"])
        out[op] = {"n": len(ms), "rate": len(ms) / seconds, "p50": pct(ms, 50), "p99": pct(ms, 99), "max": ms[-1],
                   "mean": sum(ms) / len(ms), "errors": o["errors"]}
    allms = sorted(ms for _, _, ms, _ in rows)
    out["ALL"] = {"n": len(allms), "rate": len(allms) / seconds, "p50": pct(allms, 50), "p99": pct(allms, 99),
                  "max": allms[-1] if allms else float("nan"), "mean": sum(allms) / max(1, len(allms)),
                  "errors": {}}
    for op, o in out.items():
        if op != "ALL":
            for k, v in o["errors"].items():
                out["ALL"]["errors"][k] = out["ALL"]["errors"].get(k, 0) + v
    return out


def table(summary, unit="requests"):
    print("    %-16s %8s %9s %9s %9s %9s  %s" % ("operation", unit, "per s", "p50 ms", "p99 ms", "max ms", "errors"))
    for op in sorted(summary, key=lambda k: (k == "ALL", k)):
        o = summary[op]
        errs = ", ".join("%s x%d" % (k, v) for k, v in sorted(o["errors"].items())) or "0"
        print("    %-16s %8d %9.1f %9.1f %9.1f %9.1f  %s" % (op, o["n"], o["rate"], o["p50"], o["p99"], o["max"], errs))


def wrk(timings, seconds, out):
    rows = []
    for line in open(timings):
        op, status, ms = line.split()
        status = int(status)
        rows.append((op, status == SUCCESS[op], float(ms), str(status)))
    s = summarise(rows, float(seconds))
    table(s)
    json.dump(s, open(out, "w"))


def pgbench(prefix, seconds, ops, out):
    ops = ops.split(",")
    rows = []
    for f in glob.glob(prefix + ".*"):
        for line in open(f):
            p = line.split()
            # client_id transaction_no time script_no time_epoch time_us [schedule_lag] [retries]
            if len(p) < 6:
                continue
            op = ops[int(p[3])]
            if p[2] in ("failed", "skipped"):
                rows.append((op, False, 0.0, p[2]))
            else:
                rows.append((op, True, int(p[2]) / 1000.0, "ok"))
    s = summarise(rows, float(seconds))
    table(s, "xacts")
    json.dump(s, open(out, "w"))


def compare(service_json, pgbench_json):
    svc, pgb = json.load(open(service_json)), json.load(open(pgbench_json))
    print("    %-16s %12s %12s %9s %14s %14s" % ("operation", "service /s", "pgbench /s", "ratio", "p50 svc/pgb ms",
                                                 "p99 svc/pgb ms"))
    for op in sorted(svc, key=lambda k: (k == "ALL", k)):
        if op not in pgb:
            continue
        s, p = svc[op], pgb[op]
        print("    %-16s %12.1f %12.1f %9.3f %7.1f/%-6.1f %7.1f/%-6.1f" % (op, s["rate"], p["rate"],
              s["rate"] / p["rate"] if p["rate"] else float("nan"), s["p50"], p["p50"], s["p99"], p["p99"]))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "inputs":
        inputs(*args)
    elif cmd == "scripts":
        scripts(*args)
    elif cmd == "wrk":
        wrk(*args)
    elif cmd == "pgbench":
        pgbench(*args)
    elif cmd == "compare":
        compare(*args)
    else:
        sys.exit(__doc__)
