#!/usr/bin/env bash
# Skewed load: does moving sessions between workers (rebalance_period) help the light sessions?
#
#   bench/e2e/skewed.sh                  (from a clean clone: builds what is missing first)
#
# Starts the test cluster, then for each repetition and each variant (interleaved, the order
# alternating between repetitions so that machine drift hits both alike) a fresh Sluice with
# threads=2, session_placement=round_robin and a readconnroute service to the primary, and the
# client io.sluice.bench.e2e.SkewedLoadClient: HEAVY sessions that read 200-row result sets as fast
# as they can and LIGHT sessions that run a point select every 5 ms, opened in an order that puts
# every heavy session on worker 0. The light sessions' latency is measured from MEASURE_FROM
# seconds on (rebalancing has acted by then). Per run: the light sessions' p50/p95/p99 (and the p95
# of those placed with the heavy ones apart from the others'), the heavy queries per second,
# errors, the sessions moved and each worker's load over the run's last 10 s (GET /v1/maxscale/threads).
#
# Writes bench/results/skewed-<date>/{results.csv,summary.md}: the medians per variant. Leaves
# nothing running: it ends exactly the processes it started.
#
# Environment:
#   DURATION (40) seconds per run     MEASURE_FROM (15)     REPS (3)     HEAVY (4)    LIGHT (12)
#   HEAVY_KIND  rows (200 rows of 100 bytes per query) or blob (one 1 MB value: cheap for the server,
#               a megabyte for Sluice to pass on)
#   VARIANTS  ';'-separated "NAME key=value ...": [sluice] parameters per variant
#             (default "off rebalance_period=0s;on rebalance_period=1s")
#   OUT       the results directory;  SKIP_BUILD=1  use what is built
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
DURATION="${DURATION:-40}"
MEASURE_FROM="${MEASURE_FROM:-15}"
REPS="${REPS:-3}"
HEAVY="${HEAVY:-4}"
LIGHT="${LIGHT:-12}"
HEAVY_KIND="${HEAVY_KIND:-rows}"
VARIANTS="${VARIANTS:-off rebalance_period=0s;on rebalance_period=1s}"
STAMP="$(date +%Y-%m-%d-%H%M)"
OUT="${OUT:-$ROOT/bench/results/skewed-$STAMP}"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
die() { echo "skewed.sh: $*" >&2; exit 1; }

HOME_DIR="$ROOT/dist/target/sluice-0.1.0-SNAPSHOT"
BENCH_JAR="$ROOT/bench/target/benchmarks.jar"
if [ "${SKIP_BUILD:-0}" != 1 ] && { [ ! -x "$HOME_DIR/bin/sluice" ] || [ ! -f "$BENCH_JAR" ]; }; then
  log "building (mvn -B -q package -DskipTests)"
  mvn -B -q package -DskipTests
fi
[ -x "$HOME_DIR/bin/sluice" ] || die "no distribution in $HOME_DIR (mvn -B -q package -DskipTests)"
DRIVER="$(ls "$HOME_DIR"/cluster-lib/mariadb-java-client-*.jar | head -1)"
CLIENT=(java -cp "$BENCH_JAR:$DRIVER" io.sluice.bench.e2e.SkewedLoadClient)

WORK="$ROOT/bench/target/skewed"
rm -rf "$WORK" && mkdir -p "$WORK" "$OUT"
SLUICE_PID=""
CLUSTER_STARTED=0
stop_sluice() {
  [ -n "$SLUICE_PID" ] || return 0
  kill "$SLUICE_PID" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$SLUICE_PID" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$SLUICE_PID" 2>/dev/null || true
  SLUICE_PID=""
}
cleanup() {
  local rc=$?
  stop_sluice
  if [ "$CLUSTER_STARTED" = 1 ]; then "$HOME_DIR/bin/sluice-cluster" stop "$WORK/cluster" >/dev/null 2>&1 || true; fi
  mkdir -p "$OUT/logs" && cp "$WORK"/*.log "$OUT/logs/" 2>/dev/null || true
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

log "starting the cluster"
CLUSTER_STARTED=1
"$HOME_DIR/bin/sluice-cluster" start "$WORK/cluster" >"$WORK/cluster.log" 2>&1 || { cat "$WORK/cluster.log"; die "cluster start failed"; }
PROPS="$WORK/cluster/cluster.properties"
prop() { grep "^$1=" "$PROPS" | head -1 | cut -d= -f2-; }
DB1_PORT="$(prop db1.port)"
APP_USER="$(prop account.app.user)"; APP_PASS="$(prop account.app.password)"
SVC_USER="$(prop account.sluice.user)"; SVC_PASS="$(prop account.sluice.password)"
"${CLIENT[@]}" prepare "jdbc:mariadb://127.0.0.1:$DB1_PORT/test" "$APP_USER" "$APP_PASS"

run_one() { # $1 = rep, $2 = variant name, $3 = its [sluice] parameters
  local rep="$1" name="$2" params="$3" port admin conf result threads
  port="$(free_port)"; admin="$(free_port)"; conf="$WORK/$rep-$name.cnf"
  cat >"$conf" <<CNF
[sluice]
threads=2
session_placement=round_robin
admin_port=$admin
${params// /$'\n'}

[db1]
type=server
address=127.0.0.1
port=$DB1_PORT
role=master

[RCR-Service]
type=service
router=readconnroute
router_options=master
servers=db1
user=$SVC_USER
password=$SVC_PASS

[RCR-Listener]
type=listener
service=RCR-Service
protocol=MariaDBProtocol
address=127.0.0.1
port=$port
CNF
  "$HOME_DIR/bin/sluice" --config "$conf" >"$WORK/sluice-$rep-$name.log" 2>&1 &
  SLUICE_PID=$!
  for _ in $(seq 1 150); do grep -qs 'ready:' "$WORK/sluice-$rep-$name.log" && break; sleep 0.2; done
  grep -q 'ready:' "$WORK/sluice-$rep-$name.log" || { cat "$WORK/sluice-$rep-$name.log"; die "sluice did not start"; }
  result="$("${CLIENT[@]}" run "jdbc:mariadb://127.0.0.1:$port/test" "$APP_USER" "$APP_PASS" 2 "$HEAVY" "$LIGHT" \
    "$DURATION" "$MEASURE_FROM" "$HEAVY_KIND" 2>>"$WORK/client.log")"
  threads="$(curl -s -u admin:mariadb "http://127.0.0.1:$admin/v1/maxscale/threads")"
  stop_sluice
  local moved loads
  moved="$(python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print(sum(t["attributes"]["stats"]["sessions_moved_out"] for t in d))' <<<"$threads")"
  # each worker's load over the last rebalance_window (10 s) of the run, as the rebalancer saw it
  loads="$(python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print("/".join(str(round(t["attributes"]["stats"]["rebalance_window_load"])) for t in d))' <<<"$threads")"
  log "rep $rep $name: $result moved=$moved worker_loads=$loads"
  # shellcheck disable=SC2086
  eval "local $result"
  echo "$rep,$name,$light_p50_us,$light_p95_us,$light_p99_us,$light_p95_w0_us,$light_p95_others_us,$light_queries,$heavy_qps,$errors,$moved,$loads" >>"$OUT/results.csv"
}

echo "rep,variant,light_p50_us,light_p95_us,light_p99_us,light_p95_w0_us,light_p95_others_us,light_queries,heavy_qps,errors,moved,worker_loads" >"$OUT/results.csv"
IFS=';' read -ra SPECS <<<"$VARIANTS"
for rep in $(seq 1 "$REPS"); do
  order=("${SPECS[@]}")
  if [ $((rep % 2)) = 0 ]; then # alternate the order: drift hits every variant alike
    order=(); for ((i=${#SPECS[@]}-1; i>=0; i--)); do order+=("${SPECS[$i]}"); done
  fi
  for spec in "${order[@]}"; do
    read -r vname vparams <<<"$spec" || true
    run_one "$rep" "$vname" "$vparams"
  done
done

python3 - "$OUT/results.csv" "$DURATION" "$MEASURE_FROM" "$HEAVY" "$LIGHT" "$HEAVY_KIND" >"$OUT/summary.md" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
duration, measure_from, heavy, light, kind = sys.argv[2:7]
what = "200-row result sets" if kind == "rows" else "a 1 MB value per query"
print(f"Skewed load: {heavy} heavy sessions ({what} in a loop) on worker 0, {light} light ones"
      f" (a point select every 5 ms) on both; threads=2, session_placement=round_robin; {duration} s per run,"
      f" light latency from {measure_from} s on. Medians of {len(rows) // len({r['variant'] for r in rows})}"
      " interleaved runs.\n")
print("| variant | light p50 µs | light p95 µs | light p99 µs | light p95 µs: placed with the heavy / the others"
      " | heavy q/s | errors | sessions moved | worker loads % (last 10 s) |")
print("|---|---|---|---|---|---|---|---|---|")
variants = []
for r in rows:
    if r["variant"] not in variants:
        variants.append(r["variant"])
for v in variants:
    vs = [r for r in rows if r["variant"] == v]
    med = lambda k: statistics.median(float(r[k]) for r in vs)
    rng = lambda k: f"{min(int(float(r[k])) for r in vs)}–{max(int(float(r[k])) for r in vs)}"
    print(f"| {v} | {med('light_p50_us'):.0f} | **{med('light_p95_us'):.0f}** ({rng('light_p95_us')}) |"
          f" {med('light_p99_us'):.0f} | {med('light_p95_w0_us'):.0f} / {med('light_p95_others_us'):.0f} |"
          f" {med('heavy_qps'):.0f} | {sum(int(r['errors']) for r in vs)} | {med('moved'):.0f} |"
          f" {', '.join(r['worker_loads'] for r in vs)} |")
PY
cat "$OUT/summary.md"
log "results in $OUT"
