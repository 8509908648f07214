#!/usr/bin/env bash
# Where a JVM spent its time, from a Java Flight Recorder file (JFR ships with the JDK; async-profiler is not
# installed here).
#
#   bench/jfr-summary.sh recording.jfr [package-prefix]
#
# Prints: the hottest methods on CPU (top frame of the execution samples), the project's methods most often on
# the stack while on CPU, and the socket reads over 10 ms (waits on PostgreSQL or a service) by the project's
# method that was waiting.
set -u
FILE=$1
PREFIX=${2:-fr.assises}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
jfr print --stack-depth 64 --events jdk.ExecutionSample "$FILE" > "$TMP/cpu.txt"
jfr print --stack-depth 64 --events jdk.SocketRead "$FILE" > "$TMP/io.txt"
total=$(grep -c 'jdk.ExecutionSample' "$TMP/cpu.txt" || true)
echo "CPU samples: $total"
echo "-- hottest methods (top frame, samples)"
awk '/stackTrace = \[/ { getline; sub(/line:.*/, ""); sub(/^ +/, ""); print }' "$TMP/cpu.txt" \
  | sort | uniq -c | sort -rn | head -15
echo "-- $PREFIX methods on the stack while on CPU (samples, inclusive)"
awk -v RS='jdk.ExecutionSample' -v p="$PREFIX" '{
    delete seen
    n = split($0, lines, "\n")
    for (i = 1; i <= n; i++) if (index(lines[i], p) && lines[i] !~ /_Subclass|\$\$/) {
      m = lines[i]; sub(/\(.*/, "", m); sub(/^ +/, "", m)
      if (!(m in seen)) { seen[m] = 1; c[m]++ }
    }
  } END { for (m in c) print c[m], m }' "$TMP/cpu.txt" | sort -rn | head -15
echo "-- socket reads over 10 ms by waiting $PREFIX method (count, total ms)"
awk -v RS='jdk.SocketRead' -v p="$PREFIX" '{
    d = $0; sub(/.*duration = /, "", d); split(d, a, " "); v = a[1]; if (a[2] == "s") v *= 1000
    n = split($0, lines, "\n"); m = ""
    for (i = 1; i <= n; i++) if (index(lines[i], p) && lines[i] !~ /_Subclass|\$\$/) {
      m = lines[i]; sub(/\(.*/, "", m); sub(/^ +/, "", m); break
    }
    if (m != "") { c[m]++; s[m] += v }
  } END { for (m in c) printf "%d %.0f %s\n", c[m], s[m], m }' "$TMP/io.txt" | sort -rn | head -10
