# The ceiling: what PostgreSQL alone does on this machine with registration-shaped transactions
# (bench/registration-transaction.sql), so that the registration rushes read as a fraction of it.
# Sourced by bench/run-all.sh (stage "ceiling"); needs bench/lib.sh.
#
# A bench congress is made through the services' APIs like the rushes' congresses, then its rows (congress,
# sessions, settings, categories, seat counters) are copied into a database of its own, bench_ceiling, created with
# the registration database's schema as its migrations left it (indexes, the search column and its trigram index
# included), so that the outbox rows pgbench writes are never relayed to Kafka. Its sessions get fixed ids for the
# script, and capacities no run can reach. Then pgbench runs the transaction for BENCH_PGBENCH_SECONDS with
# BENCH_PGBENCH_CLIENTS connections in each mix, from empty tables each time; latency percentiles come from
# pgbench's per-transaction log. Counters are then checked against the rows, as after a rush.

stage_ceiling() {
  local db=bench_ceiling seconds=${BENCH_PGBENCH_SECONDS:-20} clients=${BENCH_PGBENCH_CLIENTS:-16}
  local pgbench=$PG_BIN_DIR/pgbench pgdump=$PG_BIN_DIR/pg_dump ids congress table mix hot out figures
  [[ -x "$pgbench" && -x "$pgdump" ]] \
    || die "pgbench and pg_dump are needed: they come with Debian's PostgreSQL server package, which deploy/local/stack.sh installs (apt-get install postgresql)"
  log "ceiling: pgbench, registration-shaped transaction, $clients connections, ${seconds} s per mix"
  ids=$(new_congress ceiling 1000 1000)
  congress=${ids%% *}
  sql_admin "drop database if exists $db" >/dev/null
  sql_admin "create database $db owner assises" >/dev/null
  PGPASSWORD=assises "$pgdump" --schema-only --no-owner --no-privileges -h $HOST -p "$PG_PORT" -U assises registration \
    | PGPASSWORD=assises "$PSQL" -X -q -h $HOST -p "$PG_PORT" -U assises -d $db >"$WORK/ceiling-schema.log" 2>&1
  [[ $(sql $db "select count(*) from information_schema.tables where table_name in
      ('registration', 'registration_item', 'seat_counter', 'outbox_event', 'mail_outbox')") == 5 ]] \
    || { cat "$WORK/ceiling-schema.log" >&2; die "the registration schema could not be copied into $db"; }
  for table in congress:id programme_session:congress_id registration_settings:congress_id \
      registration_category:congress_id seat_counter:congress_id; do
    sql registration "copy (select * from ${table%%:*} where ${table#*:} = '$congress') to stdout" \
      | PGPASSWORD=assises "$PSQL" -X -q -h $HOST -p "$PG_PORT" -U assises -d $db -c "copy ${table%%:*} from stdin"
  done
  # the ids the script names (workshop k of slot s, meal m in time order, the slots' series), unreachable capacities
  sql $db "
    create temporary table remap as
      select id as old, case when kind = 'MEAL'
          then ('e0000000-0000-4000-8000-00000000000' || row_number() over (partition by kind order by start_at, title))::uuid
          else ('a000000' || case when title like 'Atelier A%' then 1 else 2 end || '-0000-4000-8000-00000000000'
                || substr(title, 10))::uuid end as new,
        case when title like 'Atelier A%' then 'b0000001-0000-4000-8000-000000000000'::uuid
             when title like 'Atelier B%' then 'b0000002-0000-4000-8000-000000000000'::uuid end as series
      from programme_session where congress_id = '$congress';
    update seat_counter c set counter_key = 'session:' || r.new, ref = r.new::text
      from remap r where c.counter_key = 'session:' || r.old;
    update programme_session s set id = r.new, series_id = r.series from remap r where s.id = r.old;
    delete from seat_counter where stripe > 0;
    update seat_counter set capacity = 2000000000 where capacity is not null" >/dev/null
  [[ $(sql $db "select count(*) from seat_counter where congress_id = '$congress'") == 27 ]] \
    || die "the ceiling's congress does not have its 27 counters (total, 2 categories, 24 sessions)"
  for mix in spread hot; do
    [[ $mix == hot ]] && hot=1 || hot=0
    sql $db "set client_min_messages = warning; truncate registration_item, registration, outbox_event, mail_outbox cascade;
      update seat_counter set taken = 0" >/dev/null
    sql $db "vacuum (analyze) registration_item, registration, outbox_event, mail_outbox, seat_counter" >/dev/null
    rm -f "$WORK"/pgbench-$mix.*
    out=$(cd "$WORK" && PGPASSWORD=assises "$pgbench" -n -M prepared -c "$clients" -j 2 -T "$seconds" \
      -D congress="$congress" -D hot=$hot -f "$REPO/bench/registration-transaction.sql" \
      -l --log-prefix="pgbench-$mix" -h $HOST -p "$PG_PORT" -U assises $db 2>"$WORK/pgbench-$mix.err") \
      || { cat "$WORK/pgbench-$mix.err" >&2; die "pgbench failed ($mix)"; }
    echo "$out" > "$WORK/pgbench-$mix.out"
    figures=$(python3 - "$WORK" "$mix" <<'PY'
import glob, math, re, sys
work, mix = sys.argv[1:]
out = open(f"{work}/pgbench-{mix}.out").read()
def find(pattern):
    m = re.search(pattern, out)
    return m.group(1) if m else "nan"
lat = sorted(int(line.split()[2]) / 1000 for f in glob.glob(f"{work}/pgbench-{mix}.*")
             if not f.endswith((".out", ".err")) for line in open(f) if line.strip())
q = lambda p: lat[min(len(lat) - 1, max(0, math.ceil(p * len(lat)) - 1))] if lat else float("nan")
transactions = find(r"actually processed: (\d+)")
failed = find(r"number of failed transactions: (\d+)") if "failed transactions" in out else "0"
tps = float(find(r"tps = ([0-9.]+)"))
average = find(r"latency average = ([0-9.]+) ms")
print(f"transactions={transactions} failed={failed} tps={tps:.0f} latency_avg_ms={average} "
      f"p50_ms={q(0.5):.1f} p99_ms={q(0.99):.1f} p999_ms={q(0.999):.1f} max_ms={lat[-1] if lat else float('nan'):.1f}")
PY
)
    result "ceiling-$mix clients=$clients seconds=$seconds $figures $(check "$congress" $db)"
  done
  [[ ${BENCH_KEEP_CEILING:-0} == 1 ]] || sql_admin "drop database $db" >/dev/null
}
