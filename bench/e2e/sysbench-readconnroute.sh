#!/usr/bin/env bash
# End-to-end throughput: sysbench oltp_point_select against the primary directly and through
# Sluice's readconnroute (router_options=master), interleaved ROUNDS times, on the demo cluster.
# Prints QPS, p95 latency and Sluice's CPU microseconds per query (utime+stime from
# /proc/PID/stat), and the medians with the QPS ratio.
#
#   bench/e2e/sysbench-readconnroute.sh            (after: mvn -B -q install -DskipTests)
#
# Environment: THREADS (16), SECONDS_PER_RUN (20), ROUNDS (3), TABLE_SIZE (10000).
# Installs sysbench from Debian's packages when it is missing (needs root, as on these machines).
set -euo pipefail
cd "$(dirname "$0")/../.."

THREADS="${THREADS:-16}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-20}"
ROUNDS="${ROUNDS:-3}"
TABLE_SIZE="${TABLE_SIZE:-10000}"
HOME_DIR="$(ls -d dist/target/sluice-*/ | head -1)"
HOME_DIR="${HOME_DIR%/}"
[ -x "$HOME_DIR/bin/sluice" ] || { echo "build first: mvn -B -q install -DskipTests" >&2; exit 1; }

if ! command -v sysbench >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sysbench >/dev/null
fi

WORK="$(pwd)/bench/target/e2e"
rm -rf "$WORK" && mkdir -p "$WORK"
"$HOME_DIR/bin/sluice-cluster" start "$WORK/cluster" >"$WORK/cluster.log"
SLUICE_PID=""
cleanup() {
  [ -n "$SLUICE_PID" ] && kill "$SLUICE_PID" 2>/dev/null && wait "$SLUICE_PID" 2>/dev/null || true
  "$HOME_DIR/bin/sluice-cluster" stop "$WORK/cluster" >/dev/null || true
}
trap cleanup EXIT

PROPS="$WORK/cluster/cluster.properties"
prop() { grep "^$1=" "$PROPS" | head -1 | cut -d= -f2-; }
PRIMARY_PORT="$(prop db1.port)"
USER="$(prop account.app.user)"
PASS="$(prop account.app.password)"
SLUICE_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

cat >"$WORK/sluice.cnf" <<CNF
[sluice]
threads=auto
[db1]
type=server
address=127.0.0.1
port=$PRIMARY_PORT
role=master
[Write-Service]
type=service
router=readconnroute
router_options=master
servers=db1
user=$(prop account.sluice.user)
password=$(prop account.sluice.password)
[Write-Listener]
type=listener
service=Write-Service
protocol=MariaDBProtocol
address=127.0.0.1
port=$SLUICE_PORT
CNF
"$HOME_DIR/bin/sluice" --config "$WORK/sluice.cnf" >"$WORK/sluice.log" 2>&1 &
SLUICE_PID=$!
for _ in $(seq 1 100); do grep -q 'ready:' "$WORK/sluice.log" && break; sleep 0.2; done
grep -q 'ready:' "$WORK/sluice.log" || { cat "$WORK/sluice.log"; exit 1; }

SB=(sysbench oltp_point_select --db-driver=mysql --mysql-host=127.0.0.1 --mysql-user="$USER" --mysql-password="$PASS"
    --mysql-db=test --tables=4 --table-size="$TABLE_SIZE" --rand-type=uniform)
"${SB[@]}" --mysql-port="$PRIMARY_PORT" prepare >"$WORK/prepare.log"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SLUICE_PID/stat"; }
TCK=$(getconf CLK_TCK)

run() { # $1 = label, $2 = port; prints: label qps p95 queries
  "${SB[@]}" --mysql-port="$2" --threads="$THREADS" --time="$SECONDS_PER_RUN" --percentile=95 --report-interval=0 run \
    >"$WORK/run-$1-$3.log"
  local qps p95 queries
  qps=$(grep -oP 'queries:\s+\d+\s+\(\K[0-9.]+' "$WORK/run-$1-$3.log")
  queries=$(grep -oP 'queries:\s+\K\d+' "$WORK/run-$1-$3.log")
  p95=$(grep -oP '95th percentile:\s+\K[0-9.]+' "$WORK/run-$1-$3.log")
  echo "$qps $p95 $queries"
}

printf '%-8s %-7s %12s %10s %16s\n' round path qps p95_ms sluice_cpu_us/q | tee "$WORK/results.txt"
for r in $(seq 1 "$ROUNDS"); do
  read -r qps p95 _ < <(run direct "$PRIMARY_PORT" "$r")
  printf '%-8s %-7s %12s %10s %16s\n' "$r" direct "$qps" "$p95" "-" | tee -a "$WORK/results.txt"
  before=$(cpu_ticks)
  read -r qps p95 queries < <(run sluice "$SLUICE_PORT" "$r")
  after=$(cpu_ticks)
  cpu=$(python3 -c "print(round(($after - $before) * 1e6 / $TCK / $queries, 1))")
  printf '%-8s %-7s %12s %10s %16s\n' "$r" sluice "$qps" "$p95" "$cpu" | tee -a "$WORK/results.txt"
done

python3 - "$WORK/results.txt" <<'PY'
import sys, statistics
rows = [l.split() for l in open(sys.argv[1]).read().splitlines()[1:]]
def med(path, col): return statistics.median(float(r[col]) for r in rows if r[1] == path)
d, s = med("direct", 2), med("sluice", 2)
print(f"median qps: direct {d:.0f}, sluice {s:.0f}, ratio {s / d:.3f}")
print(f"median p95 ms: direct {med('direct', 3)}, sluice {med('sluice', 3)}")
print(f"median sluice cpu us/query: {med('sluice', 4)}")
PY
