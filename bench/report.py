"""Writes docs/benchmarks.md from one run of bench/run-all.sh (its results file and captured outputs).

Every figure of the run, the targets of issue 17 next to them, and the ratios. The reading written by hand is not
generated: it lives in docs/benchmarks-reading.md (next to the output file; BENCH_READING names another), which
this script copies in as it is, so that a rerun replaces the figures and keeps the analysis.
"""
import datetime
import math
import os
import platform
import re
import shlex
import subprocess
import sys

results_file, out, participants, connections, rate, seconds, gvn, status, starts = sys.argv[1:10]
env = os.environ.get


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception:
        return ""


entries = []  # (label, fields) in the order measured
for line in open(results_file, encoding="utf-8"):
    parts = shlex.split(line)
    if parts:
        entries.append((parts[0], dict(p.split("=", 1) for p in parts[1:] if "=" in p)))


def by(label):
    return next((fields for name, fields in entries if name == label), {})


def starting(prefix):
    return [(name, fields) for name, fields in entries if name.startswith(prefix)]


def num(value):
    try:
        v = float(str(value).rstrip("s"))
        return None if math.isnan(v) else v
    except (TypeError, ValueError):
        return None


def f(value, digits=1):
    v = num(value)
    return "–" if v is None else f"{v:,.{digits}f}".replace(",", "\u202f")


def thousands(value):
    v = num(value)
    return "–" if v is None else f"{v:,.0f}".replace(",", "\u202f")


def seconds_of(answer):
    """The seconds of an "HTTP status,seconds,bytes" answer, as curl wrote it."""
    parts = (answer or "").split(",")
    return num(parts[1]) if len(parts) > 1 else None


def ratio(a, b, digits=2):
    a, b = num(a), num(b)
    return "–" if a is None or not b else f"{a / b:.{digits}f}"


def verdict(ok):
    return "not measured" if ok is None else ("met" if ok else "**missed**")


def le(value, limit):
    v = num(value)
    return None if v is None else v <= limit


def ge(value, limit):
    v = num(value)
    return None if v is None else v >= limit


def both(*oks):
    return None if any(o is None for o in oks) else all(oks)


rushes = [(n, r) for n, r in entries if "mix" in r and "throughput" in r]
ceiling = {n[len("ceiling-"):]: r for n, r in starting("ceiling-")}
propagation = by("propagation")
exports = by("exports")
growth = [(n[len("growth-"):], r) for n, r in starting("growth-") if n != "growth-check"]
levels = sorted({int(r["level"]) for _, r in growth if "level" in r})
alone = {r["service"]: r for _, r in starting("footprint-alone")}
together = {r["service"]: r for _, r in starting("footprint-together")}
stack = by("footprint-stack")


def growth_at(name, level):
    return next((r for n, r in growth if n == name and r.get("level") == str(level)), {})


# ---- gateway vs nginx: wrk's lines "name  N req/s  p50 X  p99 Y  non-2xx Z"
def duration_ms(text):
    m = re.match(r"([0-9.]+)(us|ms|s)$", text or "")
    if not m:
        return None
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]


wrk = {}
for line in gvn.splitlines():
    m = re.match(r"(\w+)\s+([0-9.]+) req/s\s+p50\s+(\S+)\s+p99\s+(\S+)", line.strip())
    if m:
        wrk[m.group(1)] = (float(m.group(2)), duration_ms(m.group(3)), duration_ms(m.group(4)))
rounds = sorted(int(k[len("gateway"):]) for k in wrk if k.startswith("gateway") and k[len("gateway"):].isdigit())
last = rounds[-1] if rounds else None
gw, ngx, direct = wrk.get(f"gateway{last}"), wrk.get(f"nginx{last}"), wrk.get("direct")

# ---- the machine and the versions
cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
mem = sh("free -g | awk '/Mem:/ {print $2}'")
java = sh("java -version 2>&1 | head -1")
quarkus = sh("sed -n 's:.*<quarkus.platform.version>\\(.*\\)</quarkus.platform.version>.*:\\1:p' pom.xml | head -1")
kafka = sh("sed -n 's:.*<kafka.version>\\(.*\\)</kafka.version>.*:\\1:p' deploy/local/kafka/pom.xml | head -1")
keycloak = env("ASSISES_KEYCLOAK_VERSION") or sh("grep -o 'ASSISES_KEYCLOAK_VERSION:-[0-9.]*' deploy/local/stack.sh | cut -d- -f2")
pg = env("BENCH_PG_VERSION") or sh("ls /usr/lib/postgresql/ 2>/dev/null | sort -V | tail -1")
commit = sh("git rev-parse --short HEAD") + (" (uncommitted changes)" if sh("git status --porcelain -- . ':!docs'") else "")
stages = env("BENCH_ONLY_RUN", "rushes,exports,ceiling,growth,gvn,footprint")

md = []
add = md.append
add("# Benchmarks\n")
add("Written by `bench/run-all.sh` (one run; rerun it to replace this file, see [How to rerun](#how-to-rerun)). "
    "The benchmarks are not tests: `./test.sh` never runs them and no timing is asserted anywhere. The reading "
    "below is written by hand in [benchmarks-reading.md](benchmarks-reading.md) and copied in by the generator.\n")
add("**The load generator shares the machine with the stack** (and, on the team's machine, with other "
    "people's builds): absolute figures say what this machine did at that moment; compare the ratios, "
    "measured in the same run. The load average at the start and the end says how quiet the machine was.\n")
add("| | |\n| --- | --- |")
add(f"| date (UTC) | {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} |")
add(f"| machine | {os.cpu_count()} cores ({cpu}), {mem} GB RAM, {platform.system()} {platform.release()} |")
add(f"| load average (1, 5, 15 min) | at the start {env('BENCH_LOAD_START', '–')}; at the end {env('BENCH_LOAD_END', '–')} |")
add(f"| versions | {java}; Quarkus {quarkus}; PostgreSQL {pg}; Kafka {kafka}; Keycloak {keycloak} |")
add(f"| commit | {commit} |")
took = ", ".join(f"{r.get('name')} {r.get('seconds')} s" for _, r in starting("stage"))
add(f"| run | stages {stages}; {participants} participants per rush, {connections} connections (closed model), "
    f"{rate} registrations/s (open model); {seconds} s in all ({took}) |")
add("")

def rush_difference():
    d, g = by("spread-direct"), by("spread-gateway")
    if not (d and g and num(d.get("p50_ms")) is not None and num(g.get("p50_ms")) is not None):
        return ""
    return (f"; in the spread rushes (section 1, under load) {num(g['p50_ms']) - num(d['p50_ms']):+.1f} ms at p50, "
            f"{num(g['p99_ms']) - num(d['p99_ms']):+.1f} ms at p99")


# ---- targets at a glance
add("## Targets (issue 17) and this run\n")
add("| target | this run | |\n| --- | --- | --- |")
sg, hg = by("spread-gateway"), by("hot-gateway")
over = sum(int(r.get("overbooked_counters", 0) or 0) + int(r.get("counters_not_equal_to_rows", 0) or 0)
           for _, r in rushes if r.get("overbooked_counters", "").isdigit())
if sg:
    add(f"| ≥300 registrations/s through the gateway, p99 ≤50 ms, no overbooking | spread, {connections} conn.: "
        f"{f(sg.get('throughput'))}/s, p99 {f(sg.get('p99_ms'))} ms; {over} counters overbooked or ≠ rows in all "
        f"rushes | {verdict(both(ge(sg.get('throughput'), 300), le(sg.get('p99_ms'), 50), over == 0))} |")
else:
    add("| ≥300 registrations/s through the gateway, p99 ≤50 ms, no overbooking | – | not measured |")
hot_figures = f"{f(hg.get('throughput'))}/s, p99 {f(hg.get('p99_ms'))} ms" if hg else "–"
add(f"| hot workshop ≥200/s, p99 ≤100 ms | {hot_figures} | "
    f"{verdict(both(ge(hg.get('throughput'), 200), le(hg.get('p99_ms'), 100)) if hg else None)} |")
if gw and direct and ngx:
    add(f"| the gateway adds ≤1 ms at p50, ≤3 ms at p99 over direct calls | wrk (section 6), round {last}: "
        f"{gw[1] - direct[1]:+.2f} ms at p50, {gw[2] - direct[2]:+.2f} ms at p99{rush_difference()} | "
        f"{verdict(both(gw[1] - direct[1] <= 1, gw[2] - direct[2] <= 3))} |")
    add(f"| the gateway reaches ≥0.85 of nginx's throughput | {gw[0] / ngx[0]:.2f} (round {last}) | "
        f"{verdict(gw[0] / ngx[0] >= 0.85)} |")
else:
    add("| the gateway adds ≤1 ms at p50, ≤3 ms at p99; ≥0.85 of nginx | – | not measured |")
add(f"| propagation registration → budget p99 ≤100 ms | "
    f"{'p99 ' + propagation.get('p99_ms', '–') + ' ms at ' + rate + '/s' if propagation else '–'} | "
    f"{verdict(le(propagation.get('p99_ms'), 100) if propagation else None)} |")
if alone:
    slowest = max(alone.values(), key=lambda r: num(r.get("first_request_s")) or 0)
    add(f"| each service ≤3 s to its first request, started alone | slowest {slowest['service']} "
        f"{f(slowest.get('first_request_s'), 2)} s | {verdict(all(le(r.get('first_request_s'), 3) for r in alone.values()))} |")
else:
    add("| each service ≤3 s to its first request, started alone | – | not measured |")
if together:
    largest = max(together.values(), key=lambda r: num(r.get("rss_mb")) or 0)
    add(f"| each service ≤250 MB resident after warm-up | largest {largest['service']} {largest.get('rss_mb')} MB | "
        f"{verdict(all(le(r.get('rss_mb'), 250) for r in together.values()))} |")
    # the memory the stack takes from the machine is its PSS sum; the RSS sum counts every shared page once per
    # process that maps it (PostgreSQL's shared buffers once per backend)
    pss = stack.get("total_pss_mb")
    measure = pss if num(pss) is not None else stack.get("total_mb")
    add(f"| the whole stack ≤3 GiB | {'PSS ' + str(pss) + ' MB; ' if num(pss) is not None else ''}RSS summed over "
        f"its processes {stack.get('total_mb', '–')} MB (the five services {stack.get('services_mb', '–')} MB) | "
        f"{verdict(le(measure, 3072))} |")
else:
    add("| each service ≤250 MB after warm-up; the stack ≤3 GiB | – | not measured |")
if levels:
    top = levels[-1]
    for name, label in (("partner-dashboard", "partner dashboard"), ("organiser-list", "organiser list")):
        r = growth_at(name, top)
        add(f"| {label} p99 ≤100 ms at {thousands(top)} registrations | p99 {f(r.get('p99_ms'))} ms | "
            f"{verdict(le(r.get('p99_ms'), 100) if r else None)} |")
export_top = growth_at("export-participants-csv", levels[-1]) if levels else {}
if exports:
    csv_s, xlsx_s = seconds_of(exports.get("participants_csv")), seconds_of(exports.get("participants_xlsx"))
    add(f"| a 5,000-registration export in ≤5 s | {exports.get('registrations', '–')} registrations: participants CSV "
        f"{f(csv_s, 2)} s, XLSX {f(xlsx_s, 2)} s, catering CSV {f(seconds_of(exports.get('catering_csv')), 2)} s | "
        f"{verdict(both(le(csv_s, 5), le(xlsx_s, 5)))} |")
elif export_top and num(export_top.get('p50_ms')) is not None:
    csv_s = num(export_top.get("p50_ms")) / 1000
    xlsx_s = num(growth_at("export-participants-xlsx", levels[-1]).get("p50_ms"))
    xlsx_s = None if xlsx_s is None else xlsx_s / 1000
    add(f"| a 5,000-registration export in ≤5 s | p50 at {thousands(levels[-1])} (section 5): participants CSV "
        f"{f(csv_s, 2)} s, XLSX {f(xlsx_s, 2)} s | {verdict(both(le(csv_s, 5), le(xlsx_s, 5)))} |")
else:
    add("| a 5,000-registration export in ≤5 s | – | not measured |")
if len(levels) > 1:
    worst = max((num(growth_at(n, levels[-1]).get("p50_ms")) or 0) / (num(growth_at(n, levels[0]).get("p50_ms")) or 1)
                for n in {n for n, _ in growth})
    add(f"| cost no worse than linear ({thousands(levels[0])} → {thousands(levels[-1])}: ×{levels[-1] / levels[0]:.0f}) | "
        f"worst p50 ratio ×{worst:.1f} | {verdict(worst <= levels[-1] / levels[0])} |")
if ceiling.get("spread") and by("spread-direct"):
    add(f"| (context) registration throughput / PostgreSQL's ceiling | spread direct "
        f"{ratio(by('spread-direct').get('throughput'), ceiling['spread'].get('tps'))}, through the gateway "
        f"{ratio(sg.get('throughput'), ceiling['spread'].get('tps'))} of pgbench's {f(ceiling['spread'].get('tps'), 0)} tps | |")
add("")

reading = env("BENCH_READING") or os.path.join(os.path.dirname(out) or ".", "benchmarks-reading.md")
if os.path.exists(reading):
    add(open(reading, encoding="utf-8").read().rstrip() + "\n")

# ---- 1. rushes
add("## 1. Registration rushes\n")
if rushes:
    add("Each participant (a Keycloak account with its own real token) registers once: two days, four meals, "
        "one workshop in each of two slots (first and second choice). *spread*: first choices spread over the "
        "ten workshops of a slot; *hot*: everyone wants the same workshop of each slot (its waiting list fills). "
        "*direct*: registration-service's port; *gateway*: through the gateway. Closed model: "
        f"{connections} senders, each sending when the previous answer came; open model: a fixed arrival rate, "
        "latency counted from when each request was due. After each rush PostgreSQL is checked: counters above "
        "capacity and counters not equal to the rows they count (both must be 0).\n")
    add("| rush | model | registrations/s | p50 ms | p99 ms | p99.9 ms | max ms | errors | statuses | overbooked counters | counters ≠ rows |")
    add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
    for label, r in rushes:
        model = f"{r.get('model')} {r.get('param')}" + ("/s" if r.get("model") == "open" else " conn.")
        add(f"| {label} | {model} | {f(r.get('throughput'))} | {f(r.get('p50_ms'))} | {f(r.get('p99_ms'))} | "
            f"{f(r.get('p999_ms'))} | {f(r.get('max_ms'))} | {r.get('errors', '–')} | {r.get('statuses', '')} | "
            f"{r.get('overbooked_counters', '–')} | {r.get('counters_not_equal_to_rows', '–')} |")
    add("")
    cpu_rushes = [(label, r) for label, r in rushes if "cpu_machine_ms" in r]
    if cpu_rushes:
        parts = ["registration", "budget", "programme", "evaluation", "gateway", "postgres", "kafka", "keycloak",
                 "other"]
        add("Where the processor time goes: milliseconds of CPU (user + system, from /proc) per registration, each "
            "component with its child processes, from just before the load generator starts to 3 s after its last "
            "answer (so the consumers' backlog is counted); *other* is the machine's busy time less the components: "
            "the load generator above all (a JVM that compiles its source, then sends with real tokens). Two cores "
            "give 2,000 ms of CPU per second of rush: compare each column with *machine*, not with the throughput.\n")
        add("| rush | " + " | ".join(parts) + " | machine |")
        add("| --- | " + " | ".join("---:" for _ in parts) + " | ---: |")
        for label, r in cpu_rushes:
            add(f"| {label} | " + " | ".join(f(r.get(f"cpu_{p}_ms")) for p in parts)
                + f" | {f(r.get('cpu_machine_ms'))} |")
        add("")
    add("Ratios (same run):\n")
    d, g = by("spread-direct"), by("spread-gateway")
    if d and g:
        add(f"- spread: gateway / direct throughput **{ratio(g.get('throughput'), d.get('throughput'))}**, "
            f"p50 {f(g.get('p50_ms'))} vs {f(d.get('p50_ms'))} ms, p99 {f(g.get('p99_ms'))} vs {f(d.get('p99_ms'))} ms")
    d, g = by("hot-direct"), by("hot-gateway")
    if d and g:
        add(f"- hot: gateway / direct throughput **{ratio(g.get('throughput'), d.get('throughput'))}**; "
            f"hot / spread (direct) **{ratio(d.get('throughput'), by('spread-direct').get('throughput'))}**")
    d, g = by("spread-direct-open"), by("spread-gateway-open")
    if d and g:
        add(f"- open model at {rate}/s: p50 gateway {f(g.get('p50_ms'))} vs direct {f(d.get('p50_ms'))} ms, "
            f"p99 {f(g.get('p99_ms'))} vs {f(d.get('p99_ms'))} ms")
    for mix in ("spread", "hot"):
        if ceiling.get(mix):
            tps = ceiling[mix].get("tps")
            add(f"- {mix}: registrations / PostgreSQL's ceiling (section 4, {f(tps, 0)} tps): direct "
                f"**{ratio(by(f'{mix}-direct').get('throughput'), tps, 3)}**, through the gateway "
                f"**{ratio(by(f'{mix}-gateway').get('throughput'), tps, 3)}**")
    for mix in ("spread", "hot"):
        b, a = by(f"before-{mix}-direct"), by(f"{mix}-direct")
        if a and b:
            add(f"- **before → after** ({env('BENCH_BASELINE_NAME', 'baseline build')} → this build), "
                f"{mix}, direct: throughput ×**{ratio(a.get('throughput'), b.get('throughput'))}** "
                f"({f(b.get('throughput'))} → {f(a.get('throughput'))}/s), p50 {f(b.get('p50_ms'))} → "
                f"{f(a.get('p50_ms'))} ms, p99 {f(b.get('p99_ms'))} → {f(a.get('p99_ms'))} ms")
    add("")
else:
    add("(not measured in this run)\n")

add("## 2. Registration → budget projection\n")
if propagation:
    add(f"From the registration's commit time (`registration.updated_at`) to budget-service's projection row "
        f"(`registration_projection.updated_at`), same PostgreSQL clock, during the open-model direct rush at {rate}/s: "
        f"{propagation.get('events', '–')} events, p50 **{propagation.get('p50_ms', '–')} ms**, p99 "
        f"**{propagation.get('p99_ms', '–')} ms**, p99.9 {propagation.get('p999_ms', '–')} ms, max "
        f"{propagation.get('max_ms', '–')} ms (target: p99 ≤100 ms).\n")
else:
    add("(not measured in this run)\n")

add("## 3. Exports of a large congress\n")
if exports:
    add(f"{exports.get('registrations', '–')} confirmed registrations (two workshops, four meals each) seeded with "
        f"batched SQL in {f(exports.get('seed_s'))} s (counters checked against the rows: "
        f"{exports.get('counters_not_equal_to_rows', '–')} differ), then each file fetched by an organiser straight from "
        "registration-service (HTTP status, seconds, bytes; target: ≤5 s):\n")
    add("| file | status, seconds, bytes |\n| --- | --- |")
    for k in ("participants_csv", "participants_xlsx", "catering_csv"):
        add(f"| {k.replace('_', '.')} | {exports.get(k, '–')} |")
    add("")
else:
    add("(not measured in this run)\n")

add("## 4. The ceiling: PostgreSQL alone (pgbench)\n")
if ceiling:
    any_c = next(iter(ceiling.values()))
    add("pgbench on the stack's PostgreSQL, in a database of its own with the registration database's schema (its "
        "indexes and the search column's trigram index included), running "
        "[`bench/registration-transaction.sql`](../bench/registration-transaction.sql): the statements one "
        "registration makes today (the congress, settings, category and session look-ups, the person's advisory "
        "lock and duplicate check, the TOTAL, category and workshop-and-meal counter updates, the registration and "
        "its six items in one pipelined batch, the outbox event, the mail request, the commit), prepared as "
        f"Hibernate's are; {any_c.get('clients')} connections, {any_c.get('seconds')} s per mix, from empty tables. "
        "*spread*: first choices over the ten workshops of each slot; *hot*: everyone on the same workshop of each "
        "slot. Latency percentiles from pgbench's per-transaction log.\n")
    add("| mix | transactions/s | transactions | failed | average ms | p50 ms | p99 ms | p99.9 ms | max ms | counters ≠ rows |")
    add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for mix, r in ceiling.items():
        add(f"| {mix} | {f(r.get('tps'), 0)} | {r.get('transactions', '–')} | {r.get('failed', '–')} | "
            f"{f(r.get('latency_avg_ms'), 2)} | {f(r.get('p50_ms'))} | {f(r.get('p99_ms'))} | {f(r.get('p999_ms'))} | "
            f"{f(r.get('max_ms'))} | {r.get('counters_not_equal_to_rows', '–')} |")
    add("")
    if rushes:
        add("Registration throughput as a fraction of this ceiling: see the ratios under section 1.\n")
else:
    add("(not measured in this run)\n")

add("## 5. Growth: 1k → 10k → 50k registrations\n")
if growth:
    add(f"Registrations added with batched SQL over {env('BENCH_GROWTH_CONGRESSES', '100')} congresses (one of them, "
        "M, made through the services' APIs with a budget and two indicators; it holds a hundredth of them), also "
        "written into budget-service's and evaluation-service's projections as their event consumers write them. "
        "At each level: M's partner dashboard (`/partenaires/{slug}` through the gateway, a partner's token), M's "
        "organiser registration list and its search for « lefevre » (`/organisation/{slug}/inscriptions`, through "
        "the gateway, the organiser's token); straight to the services, the calls of those pages that grow with the "
        "data (registration-service's list and search, 50 a page; budget-service's budget; evaluation-service's "
        "indicators); the participants exports (CSV, XLSX) of the 5,000-registration congress of section 3 (its size does "
        "not change: only the rest of the database grows), and registrations into M "
        "with participants' own tokens. The seeded rows are deleted after the run.\n")
    add("| measure | level | registrations in the database | in M | requests | conn. | p50 ms | p99 ms | max ms | bytes | statuses |")
    add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    names = list(dict.fromkeys(n for n, _ in growth))
    for name in names:
        for level in levels:
            r = growth_at(name, level)
            if r:
                add(f"| {name} | {thousands(level)} | {thousands(r.get('db_registrations'))} | "
                    f"{thousands(r.get('congress_registrations'))} | {r.get('requests', '–')} | "
                    f"{r.get('connections', r.get('param', '–'))} | {f(r.get('p50_ms'))} | {f(r.get('p99_ms'))} | "
                    f"{f(r.get('max_ms'))} | {thousands(r.get('bytes_per_answer'))} | {r.get('statuses', '')} |")
    add("")
    if len(levels) > 1:
        lo, hi = levels[0], levels[-1]
        db = ratio(growth_at("registration", hi).get("db_registrations") or growth[-1][1].get("db_registrations"),
                   growth_at("registration", lo).get("db_registrations") or growth[0][1].get("db_registrations"), 1)
        add(f"Cost at {thousands(hi)} against {thousands(lo)} seeded registrations: ×{hi / lo:.0f} seeded and in M, "
            f"×{db} in the whole registration database (which also holds the other stages' congresses, and earlier "
            f"runs' on a stack state that was not reset). \"No worse than linear\" is judged against ×{hi / lo:.0f}:\n")
        add("| measure | p50 ratio | p99 ratio | |\n| --- | ---: | ---: | --- |")
        for name in names:
            a, b = growth_at(name, hi), growth_at(name, lo)
            r50 = ratio(a.get("p50_ms"), b.get("p50_ms"))
            add(f"| {name} | ×{r50} | ×{ratio(a.get('p99_ms'), b.get('p99_ms'))} | "
                f"{verdict(le(r50, hi / lo) if r50 != '–' else None)} |")
        add("")
    c = by("growth-check")
    add(f"M's counters after the registrations: {c.get('overbooked_counters', '–')} overbooked, "
        f"{c.get('counters_not_equal_to_rows', '–')} not equal to the rows.\n")
else:
    add("(not measured in this run)\n")

add("## 6. Gateway vs nginx vs direct\n")
add("`bench/gateway-vs-nginx.sh` (wrk, a 12 KB programme document served by nginx, reached directly, through "
    "nginx as a reverse proxy and through the gateway, in that order, same run):\n")
add("```\n" + gvn.strip() + "\n```\n")

add("## 7. Footprint and start times\n")
if alone:
    add("Each service started alone (the four others stopped; PostgreSQL, Kafka, Keycloak up), with the command "
        "line and environment it ran with: seconds to its health check (ready) and to its first answer on an "
        "application path (target ≤3 s), resident memory at that moment.\n")
    add("| service | ready s | first request s | RSS MB at first request | threads |\n| --- | ---: | ---: | ---: | ---: |")
    for name, r in alone.items():
        add(f"| {name} | {f(r.get('ready_s'), 2)} | {f(r.get('first_request_s'), 2)} | {r.get('rss_mb', '–')} | {r.get('threads', '–')} |")
    add("")
if together:
    add(f"Then the five started together (as the stack starts them), {env('BENCH_WARMUP_REQUESTS', '200')} warm-up "
        "requests on each one's usual paths, 5 s to settle, resident memory (target ≤250 MB each, the stack ≤3 GiB):\n")
    add("| service | ready s | first request s | RSS MB after warm-up | threads |\n| --- | ---: | ---: | ---: | ---: |")
    for name, r in together.items():
        add(f"| {name} | {f(r.get('ready_s'), 2)} | {f(r.get('first_request_s'), 2)} | {r.get('rss_mb', '–')} | {r.get('threads', '–')} |")
    add(f"| **the whole stack** (`stack.sh status`) | | | **{stack.get('total_mb', '–')}** | |")
    add("")
    warm = starting("footprint-warmup-")
    if warm:
        add("Warm-up requests (2 connections): " + "; ".join(
            f"{n[len('footprint-warmup-'):]} p50 {f(r.get('p50_ms'))} ms {r.get('statuses', '')}" for n, r in warm) + ".\n")
    fs = env("BENCH_FOOTPRINT_STATUS", "").strip()
    if fs:
        add("```\n" + fs + "\n```\n")
add("Resident memory after the run above, before the footprint restarts (`deploy/local/stack.sh status`):\n")
add("```\n" + status.strip() + "\n```\n")
add("Start times from the stack's log (the services start together, so each waits for the others' CPU):\n")
add("```\n" + starts.strip() + "\n```\n")

add("## 8. Profile of registration-service during the rushes\n")
add("Java Flight Recorder (`settings=profile`) on the registration-service of this build through the rushes "
    "above, summarised by `bench/jfr-summary.sh`: CPU samples by method, and the waits over 10 ms on a socket "
    "(PostgreSQL) by the method that waited.\n")
add("```\n" + env("BENCH_PROFILE_TEXT", "").strip() + "\n```\n")

add("## How to rerun\n")
add("```\n"
    "# the whole suite (about 20 minutes on a quiet 2-core machine); the stack started and stopped if it is down\n"
    "flock /tmp/e2e.lock env BENCH_START_STACK=1 bench/run-all.sh [participants=600] [connections=32]\n"
    "# some stages only: BENCH_ONLY=rushes,exports,ceiling,growth,gvn,footprint (comma-separated)\n"
    "# sizes: BENCH_RATE=100 BENCH_EXPORT_SIZE=5000 BENCH_PGBENCH_CLIENTS=16 BENCH_PGBENCH_SECONDS=20\n"
    "#        BENCH_GROWTH_LEVELS='1000 10000 50000' BENCH_GROWTH_CONGRESSES=100 BENCH_GROWTH_REQUESTS=200\n"
    "#        BENCH_GROWTH_EXPORTS=3 BENCH_GROWTH_REGISTRATIONS=100 BENCH_GROWTH_CONNECTIONS=2\n"
    "#        BENCH_GVN_SECONDS=15 BENCH_WARMUP_REQUESTS=200\n"
    "# before/after: BENCH_BASELINE=<another build's registration-service/target/quarkus-app> BENCH_BASELINE_NAME=<its commit>\n"
    "# no profile (registration-service not restarted under Java Flight Recorder): BENCH_PROFILE=0\n"
    "# elsewhere: BENCH_OUT=/tmp/benchmarks.md (the reading is taken from benchmarks-reading.md next to it, or BENCH_READING)\n"
    "```\n")
open(out, "w", encoding="utf-8").write("\n".join(md) + "\n")
