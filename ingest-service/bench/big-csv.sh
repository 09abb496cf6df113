#!/bin/bash
# The ingest benchmark of docs/benchmarks.md (Ingest): a big synthetic cables.csv streamed into a packaged
# ingest-service with a small heap, then a kill -9 mid-import and the CLI's re-send, counted on cables.raw.v1.
#   ingest-service/bench/big-csv.sh [CABLES=330000] [HEAP=96m] [KILL_AFTER_SECONDS=70]
# Needs a build (./mvnw -o package -DskipTests); writes to $BENCH_DIR (default /tmp/ingest-bench) and deletes
# the generated file and broker data at the end.
set -u
CABLES=${1:-330000}; HEAP=${2:-96m}; KILL_AFTER=${3:-70}
H=$(cd "$(dirname "$0")/../.." && pwd); B=${BENCH_DIR:-/tmp/ingest-bench}
J=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java; JSTAT=$(dirname "$J")/jstat
CP="$H/stack/target/lib/*:$H/stack/target/classes"
PORT=18091; KAFKA=19392
mkdir -p "$B"
# an access token signed with a key of the bench's own ($B/auth/keys), which ingest verifies
TOKEN=$(CABLESTREAM_DATA="$B/auth" "$J" -cp "$CP" io.cablestream.stack.TokenCommand --roles ingest --collections '*' --ttl 12h) || exit 1
trap 'kill $(jobs -p) 2>/dev/null' EXIT

broker() { # fresh broker with the contract topics
  [ -f "$B/broker.pid" ] && kill "$(cat "$B/broker.pid")" 2>/dev/null && sleep 5
  rm -rf "$B/data"; mkdir -p "$B/data"
  "$J" -cp "$CP" "$H/ingest-service/bench/BenchBroker.java" "$H" "$B/data" $KAFKA > "$B/broker.out" 2>&1 &
  local pid=$!; echo $pid > "$B/broker.pid"
  until grep -q ready "$B/broker.out"; do
    kill -0 $pid 2>/dev/null || { echo "the broker did not start:"; cat "$B/broker.out"; exit 1; }
    sleep 1
  done
}
ingest() { # starts ingest-service, prints its pid once it is ready
  "$J" -Xmx"$HEAP" -XX:+UseSerialGC -Dquarkus.http.port=$PORT -Dkafka.bootstrap.servers=127.0.0.1:$KAFKA \
    -Dcablestream.ingest.query-service.url=http://127.0.0.1:1 -Dmp.jwt.verify.publickey.location="file:$B/auth/keys/jwt-public.pem" \
    -jar "$H/ingest-service/target/quarkus-app/quarkus-run.jar" > "$B/ingest-$1.log" 2>&1 &
  local pid=$!
  until curl -sf localhost:$PORT/q/health/ready > /dev/null; do
    kill -0 $pid 2>/dev/null || { echo "ingest-service did not start: see $B/ingest-$1.log" >&2; exit 1; }
    sleep 0.5
  done
  echo $pid
}
sample() { # heap used (S0U+S1U+EU+OU) and RSS every 0.5 s until the process ends
  while kill -0 "$1" 2>/dev/null; do
    echo "$("$JSTAT" -gc "$1" 2>/dev/null | awk 'NR==2{printf "%.0f", $3+$4+$6+$8}') $(awk '/VmRSS/{print $2}' /proc/"$1"/status 2>/dev/null)"
    sleep 0.5
  done > "$2"
}
peaks() { awk '{ if ($1>h) h=$1; if ($2>r) r=$2 } END { printf "heap used peak %.1f MB, RSS peak %.1f MB\n", h/1024, r/1024 }' "$1"; }
now() { date +%s.%N; }

"$J" -cp "$CP" io.cablestream.stack.corpus.GenerateCommand --count "$CABLES" --format csv --out "$B/cables.csv"
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2), ingest -Xmx$HEAP"

echo "== 1. import into an empty broker"
broker; pid=$(ingest first) || exit 1; sample "$pid" "$B/heap-first.txt" &
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"; t0=$(now)
curl -s -o "$B/answer.json" -w 'HTTP %{http_code}\n' -X POST -H 'Content-Type: text/csv' -H "Authorization: Bearer $TOKEN" -T "$B/cables.csv" \
  "localhost:$PORT/imports?name=cables.csv"
t1=$(now); echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v s="$(echo "$t1 - $t0" | bc)" -v b="$(stat -c %s "$B/cables.csv")" -v n="$CABLES" \
  'BEGIN { printf "wall %.1f s, %.1f MB/s, %.0f cables/s\n", s, b / 1e6 / s, n / s }'
grep -o '"accepted":[0-9]*,"duplicate":[0-9]*,"rejected":[0-9]*' "$B/answer.json" | head -1
kill "$pid"; wait "$pid" 2>/dev/null; peaks "$B/heap-first.txt"

echo "== 2. kill -9 after $KILL_AFTER s, restart, the CLI re-sends"
broker; pid=$(ingest killed) || exit 1; echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$J" -XX:+UseSerialGC -cp "$CP" io.cablestream.stack.ImportCommand --url "http://localhost:$PORT" --token "$TOKEN" --no-wait \
  "$B/cables.csv" > "$B/cli.log" 2>&1 &
cli=$!; sleep "$KILL_AFTER"; kill -9 "$pid"; t0=$(now)
pid=$(ingest restarted) || exit 1; echo "restarted ingest ready after $(echo "$(now) - $t0" | bc) s"
sample "$pid" "$B/heap-restarted.txt" &
wait $cli; echo "CLI exit code $?"; echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
tail -c 600 "$B/cli.log"; echo
grep -ho 'ingest state loaded: [0-9]* cable versions known' "$B/ingest-restarted.log"
kill "$pid"; wait "$pid" 2>/dev/null; peaks "$B/heap-restarted.txt"
"$J" --enable-native-access=ALL-UNNAMED -cp "$CP" "$H/ingest-service/bench/CountRaw.java" 127.0.0.1:$KAFKA

kill "$(cat "$B/broker.pid")"; sleep 5; rm -rf "$B/data" "$B/cables.csv"
