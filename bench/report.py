"""Writes docs/benchmarks.md from one run of bench/run-all.sh (its results file and captured outputs)."""
import datetime
import os
import platform
import re
import shlex
import subprocess
import sys

results_file, out, participants, connections, rate, seconds, gvn, status, starts = sys.argv[1:10]


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception:
        return ""


rows = []
extra = {}
for line in open(results_file, encoding="utf-8"):
    parts = shlex.split(line)
    if not parts:
        continue
    fields = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
    if parts[0] in ("propagation", "exports"):
        extra[parts[0]] = fields
    else:
        fields["label"] = parts[0]
        rows.append(fields)


def f(value, digits=1):
    try:
        return f"{float(value):.{digits}f}"
    except (TypeError, ValueError):
        return "–"


def ratio(a, b):
    try:
        return f"{float(a) / float(b):.2f}"
    except (TypeError, ValueError, ZeroDivisionError):
        return "–"


def by(label):
    return next((r for r in rows if r["label"] == label), {})


cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
mem = sh("free -g | awk '/Mem:/ {print $2}'")
java = sh("java -version 2>&1 | head -1")
pg = sh("ls /usr/lib/postgresql/ 2>/dev/null | sort -V | tail -1")
commit = sh("git rev-parse --short HEAD") + (" (uncommitted changes)" if sh("git status --porcelain -- . ':!docs'") else "")
load = sh("cat /proc/loadavg")

md = []
md.append("# Benchmarks\n")
md.append("Written by `bench/run-all.sh` (one run; rerun it to replace this file). The benchmarks are not tests: "
          "`./test.sh` never runs them and no timing is asserted anywhere.\n")
md.append("**The load generator shares the machine with the stack** (and, on the team's machine, with other "
          "people's builds): absolute figures say what this machine did at that moment; compare the ratios, "
          "measured in the same run with the targets alternated.\n")
md.append("| | |\n| --- | --- |")
md.append(f"| date (UTC) | {datetime.datetime.utcnow():%Y-%m-%d %H:%M} |")
md.append(f"| machine | {os.cpu_count()} cores ({cpu}), {mem} GB RAM, {platform.system()} {platform.release()} |")
md.append(f"| load average at the end | {load} |")
md.append(f"| Java | {java} |")
md.append(f"| PostgreSQL | {pg} |")
md.append(f"| commit | {commit} |")
md.append(f"| run | {participants} participants per rush, {connections} connections (closed model), "
          f"{rate} registrations/s (open model), {seconds} s in all |")
md.append("")
md.append("## 1. Registration rushes\n")
md.append("Each participant (a Keycloak account with its own real token) registers once: two days, four meals, "
          "one workshop in each of two slots (first and second choice). *spread*: first choices spread over the "
          "ten workshops of a slot; *hot*: everyone wants the same workshop of each slot (its waiting list fills). "
          "*direct*: registration-service's port; *gateway*: through the gateway. Closed model: "
          f"{connections} senders, each sending when the previous answer came; open model: a fixed arrival rate, "
          "latency counted from when each request was due. After each rush PostgreSQL is checked: counters above "
          "capacity and counters not equal to the rows they count (both must be 0).\n")
md.append("| rush | model | registrations/s | p50 ms | p99 ms | p99.9 ms | max ms | errors | statuses | overbooked counters | counters ≠ rows |")
md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
for r in rows:
    model = f"{r.get('model')} {r.get('param')}" + ("/s" if r.get("model") == "open" else " conn.")
    md.append(f"| {r['label']} | {model} | {f(r.get('throughput'))} | {f(r.get('p50_ms'))} | {f(r.get('p99_ms'))} | "
              f"{f(r.get('p999_ms'))} | {f(r.get('max_ms'))} | {r.get('errors', '–')} | {r.get('statuses', '')} | "
              f"{r.get('overbooked_counters', '–')} | {r.get('counters_not_equal_to_rows', '–')} |")
md.append("")
md.append("Ratios (same run):\n")
d, g = by("spread-direct"), by("spread-gateway")
if d and g:
    md.append(f"- spread: gateway / direct throughput **{ratio(g.get('throughput'), d.get('throughput'))}**, "
              f"p50 {f(g.get('p50_ms'))} vs {f(d.get('p50_ms'))} ms, p99 {f(g.get('p99_ms'))} vs {f(d.get('p99_ms'))} ms")
d, g = by("hot-direct"), by("hot-gateway")
if d and g:
    md.append(f"- hot: gateway / direct throughput **{ratio(g.get('throughput'), d.get('throughput'))}**; "
              f"hot / spread (direct) **{ratio(d.get('throughput'), by('spread-direct').get('throughput'))}**")
d, g = by("spread-direct-open"), by("spread-gateway-open")
if d and g:
    md.append(f"- open model at {rate}/s: p50 gateway {f(g.get('p50_ms'))} vs direct {f(d.get('p50_ms'))} ms, "
              f"p99 {f(g.get('p99_ms'))} vs {f(d.get('p99_ms'))} ms")
for mix in ("spread", "hot"):
    b, a = by(f"before-{mix}-direct"), by(f"{mix}-direct")
    if a and b:
        md.append(f"- **before → after** ({os.environ.get('BENCH_BASELINE_NAME', 'baseline build')} → this build), "
                  f"{mix}, direct: throughput ×**{ratio(a.get('throughput'), b.get('throughput'))}** "
                  f"({f(b.get('throughput'))} → {f(a.get('throughput'))}/s), p50 {f(b.get('p50_ms'))} → "
                  f"{f(a.get('p50_ms'))} ms, p99 {f(b.get('p99_ms'))} → {f(a.get('p99_ms'))} ms")
md.append("")
md.append("## 2. Registration → budget projection\n")
p = extra.get("propagation", {})
md.append(f"From the registration's commit time (`registration.updated_at`) to budget-service's projection row "
          f"(`registration_projection.updated_at`), same PostgreSQL clock, during the open-model direct rush at {rate}/s: "
          f"{p.get('events', '–')} events, p50 **{p.get('p50_ms', '–')} ms**, p99 **{p.get('p99_ms', '–')} ms**, "
          f"p99.9 {p.get('p999_ms', '–')} ms, max {p.get('max_ms', '–')} ms.\n")
md.append("## 3. Exports of a large congress\n")
e = extra.get("exports", {})
md.append(f"{e.get('registrations', '–')} confirmed registrations (two workshops, four meals each) seeded with "
          f"batched SQL in {f(e.get('seed_s'))} s (counters checked against the rows: "
          f"{e.get('counters_not_equal_to_rows', '–')} differ), then each file fetched by an organiser straight from "
          "registration-service (HTTP status, seconds, bytes):\n")
md.append("| file | status, seconds, bytes |\n| --- | --- |")
for k in ("participants_csv", "participants_xlsx", "catering_csv"):
    md.append(f"| {k.replace('_', '.')} | {e.get(k, '–')} |")
md.append("")
md.append("## 4. Gateway vs nginx vs direct\n")
md.append("`bench/gateway-vs-nginx.sh` (wrk, a 12 KB programme document served by nginx, reached directly, through "
          "nginx as a reverse proxy and through the gateway, in that order, same run):\n")
md.append("```\n" + gvn.strip() + "\n```\n")
md.append("## 5. Footprint and start times\n")
md.append("Resident memory after the run (`deploy/local/stack.sh status`):\n")
md.append("```\n" + status.strip() + "\n```\n")
md.append("Start times from the stack's log (the services start together, so each waits for the others' CPU):\n")
md.append("```\n" + starts.strip() + "\n```\n")
md.append("## 6. Profile of registration-service during the rushes\n")
md.append("Java Flight Recorder (`settings=profile`) on the registration-service of this build through the rushes "
          "above, summarised by `bench/jfr-summary.sh`: CPU samples by method, and the waits over 10 ms on a socket "
          "(PostgreSQL) by the method that waited.\n")
md.append("```\n" + os.environ.get("BENCH_PROFILE_TEXT", "").strip() + "\n```\n")
md.append("## How to rerun\n")
md.append("```\nflock /tmp/e2e.lock env BENCH_START_STACK=1 bench/run-all.sh 400 32   # participants, connections\n"
          "# before/after: BENCH_BASELINE=<another build's registration-service/target/quarkus-app> "
          "BENCH_BASELINE_NAME=<its commit>\n# BENCH_RATE (open model, default 100/s), BENCH_EXPORT_SIZE (5000)\n```\n")
extra_notes = os.environ.get("BENCH_NOTES_FILE")
if extra_notes and os.path.exists(extra_notes):
    md.append(open(extra_notes, encoding="utf-8").read())
open(out, "w", encoding="utf-8").write("\n".join(md) + "\n")
