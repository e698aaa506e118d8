#!/usr/bin/env bash
# The end-to-end benchmark: what a query costs through Sluice against the same query sent
# directly to the primary and through HAProxy in TCP mode (the floor of what any proxy costs).
#
#   bench/e2e/run.sh                     (from a clean clone: builds what is missing first)
#
# Starts the test cluster (a primary and two replicas), Sluice with a readconnroute service to the
# primary and a readwritesplit service over all three servers (one Sluice process per VARIANT, all
# running side by side; each service is an endpoint of its own), HAProxy (Debian's package;
# installed when running as root, otherwise skipped with a message), and sysbench (installed the
# same way). Prepares the tables once, waits for the replicas, warms every endpoint up, then runs
# every workload against every endpoint, round-robin, REPS times, so that machine drift hits
# every endpoint alike. Per run it records QPS, p95 latency, errors, and for each proxy process
# its CPU microseconds per query (/proc/PID/stat), its voluntary and involuntary context switches
# per query (summed over /proc/PID/task/*/status), for Sluice its poll calls per query (the
# workers' own counters, GET /v1/maxscale/threads), the Questions each server answered, and
# sysbench's errors and reconnects. The logs (sysbench's, Sluice's, readwritesplit's counters after
# each of its runs, each Sluice worker's sessions and period load half-way through each run) are
# kept in <OUT>/logs.
#
# Writes bench/results/<date>/{results.csv,summary.md,chart.png} (medians, ratios to direct and to
# HAProxy) and, with UPDATE_DOCS=1 (the default when every workload runs), copies the summary into
# docs/benchmarks.md. Leaves nothing running: it ends exactly the processes it started.
#
# Environment:
#   DURATION   seconds per run (20)            REPS      repetitions (3)
#   WARMUP     seconds of warm-up per endpoint before the first repetition (5)
#   WORKLOADS  any of (space- or comma-separated): ps ps_noprep ro_skiptrx ro rw ps_1t (all); ps = oltp_point_select
#              (prepared), ps_noprep = the same with --db-ps-mode=disable, ro_skiptrx =
#              oltp_read_only --skip_trx=on, ro = oltp_read_only, rw = oltp_read_write,
#              ps_1t = oltp_point_select with one thread
#   THREADS    sysbench threads (16; ps_1t always 1)   TABLE_SIZE (10000), TABLES (4)
#   ENDPOINTS  any of: direct sluice sluice-rws haproxy (all that are available); sluice is the
#              readconnroute service (router_options=master, db1), sluice-rws the readwritesplit
#              service (db1, db2, db3; its defaults), both in the same Sluice process
#   VARIANTS   Sluice variants, ';'-separated, each "NAME [key=value ...] [-Dprop=value ...]":
#              key=value goes into [sluice], rws.key=value into the readwritesplit service
#              (e.g. rws.transaction_replay=true), -D/-X options to its JVM. Default "base". Each
#              variant but the first is the endpoints sluice-NAME and sluice-rws-NAME.
#   OUT        the results directory (bench/results/<date>)
#   UPDATE_DOCS=1  copy the summary into docs/benchmarks.md (the default when every workload runs),
#              between the markers named DOCS_SECTION (e2e-summary; appended when missing)
#   SYSCALLS=1 also count each proxy's system calls per query with `perf stat` tracepoints
#              (epoll_wait, reads, writes; costs the traced process a little; needs perf and root)
#   PROFILE=1  record each Sluice run with JFR (settings=profile) into <OUT>/logs/jfr-REP-WORKLOAD-ENDPOINT.jfr;
#              bench/e2e/jfr-top.py FILE.jfr prints where the workers' samples fall
#   SKIP_BUILD=1  use the build as it is
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"

DURATION="${DURATION:-20}"
REPS="${REPS:-3}"
WARMUP="${WARMUP:-5}"
THREADS="${THREADS:-16}"
TABLE_SIZE="${TABLE_SIZE:-10000}"
TABLES="${TABLES:-4}"
ALL_WORKLOADS="ps ps_noprep ro_skiptrx ro rw ps_1t"
WORKLOADS="${WORKLOADS:-$ALL_WORKLOADS}"
WORKLOADS="${WORKLOADS//,/ }"
ENDPOINTS="${ENDPOINTS:-direct sluice sluice-rws haproxy}"
ENDPOINTS="${ENDPOINTS//,/ }"
DOCS_SECTION="${DOCS_SECTION:-e2e-summary}"
VARIANTS="${VARIANTS:-base}"
STAMP="$(date +%Y-%m-%d-%H%M)"
OUT="${OUT:-$ROOT/bench/results/$STAMP}"
if [ -z "${UPDATE_DOCS:-}" ]; then
  if [ "$WORKLOADS" = "$ALL_WORKLOADS" ]; then UPDATE_DOCS=1; else UPDATE_DOCS=0; fi
fi

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
die() { echo "run.sh: $*" >&2; exit 1; }

# ---- build and tools --------------------------------------------------------------------------
HOME_DIR="$ROOT/dist/target/sluice-0.1.0-SNAPSHOT"
BENCH_JAR="$ROOT/bench/target/benchmarks.jar"
if [ "${SKIP_BUILD:-0}" != 1 ] && { [ ! -x "$HOME_DIR/bin/sluice" ] || [ ! -f "$BENCH_JAR" ]; }; then
  log "building (mvn -B -q package -DskipTests)"
  mvn -B -q package -DskipTests
fi
[ -x "$HOME_DIR/bin/sluice" ] || die "no distribution in $HOME_DIR (mvn -B -q package -DskipTests)"
[ -f "$BENCH_JAR" ] || die "no $BENCH_JAR (mvn -B -q package -DskipTests)"

APT_UPDATED=0
install_pkg() { # $1 = command, $2 = Debian package; returns 1 when it cannot be had
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "$1 is not installed and this is not root with apt-get: install Debian's '$2' to include it"
    return 1
  fi
  log "installing $2"
  if [ "$APT_UPDATED" = 0 ]; then apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null || return 1
  # The package may start its own service; that one is not ours to leave running, and not ours to
  # stop either: it is only noted.
  command -v "$1" >/dev/null 2>&1
}
install_pkg sysbench sysbench || die "sysbench is needed"
install_pkg mariadb mariadb-client || die "the mariadb client is needed"
HAVE_HAPROXY=0
if [[ " $ENDPOINTS " == *" haproxy "* ]] && install_pkg haproxy haproxy; then HAVE_HAPROXY=1; fi

# ---- processes we start, and the cleanup that ends exactly them --------------------------------
WORK="$ROOT/bench/target/e2e"
rm -rf "$WORK" && mkdir -p "$WORK" "$OUT"
PIDS=()
CLUSTER_STARTED=0
cleanup() {
  local rc=$?
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$CLUSTER_STARTED" = 1 ]; then "$HOME_DIR/bin/sluice-cluster" stop "$WORK/cluster" >/dev/null 2>&1 || true; fi
  mkdir -p "$OUT/logs" && cp "$WORK"/*.log "$WORK"/*.json "$WORK"/*.jfr "$WORK"/workers-*.txt "$OUT/logs/" 2>/dev/null || true
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
DB_PORTS=("$(prop db1.port)" "$(prop db2.port)" "$(prop db3.port)")
APP_USER="$(prop account.app.user)"; APP_PASS="$(prop account.app.password)"
ROOT_USER="$(prop account.root.user)"; ROOT_PASS="$(prop account.root.password)"
SVC_USER="$(prop account.sluice.user)"; SVC_PASS="$(prop account.sluice.password)"
sql() { # $1 = port, $2 = statement: prints the first column of the result
  mariadb --skip-ssl -N -B -h127.0.0.1 -P"$1" -u"$ROOT_USER" -p"$ROOT_PASS" -e "$2"
}

# ---- Sluice: one process per variant -----------------------------------------------------------
HAS_RWSPLIT=0
if "$HOME_DIR/bin/sluice" --list-modules 2>/dev/null | grep -qi 'readwritesplit'; then HAS_RWSPLIT=1; fi
WANT_RCR=0
WANT_RWS=0
if [[ " $ENDPOINTS " == *" sluice "* ]]; then WANT_RCR=1; fi
if [[ " $ENDPOINTS " == *" sluice-rws "* ]]; then
  if [ "$HAS_RWSPLIT" = 1 ]; then WANT_RWS=1; else log "no readwritesplit module in $HOME_DIR/plugins: sluice-rws skipped"; fi
fi

declare -A EP_PORT EP_PID EP_ADMIN EP_SERVICE
EP_LIST=()
if [[ " $ENDPOINTS " == *" direct "* ]]; then EP_LIST+=(direct); EP_PORT[direct]="${DB_PORTS[0]}"; fi

start_sluice() { # $1 = endpoint name, $2 = variant spec after its name
  local name="$1" spec="$2" port rwport admin conf opts="" globals="" rwsparams=""
  port="$(free_port)"; admin="$(free_port)"; conf="$WORK/$name.cnf"
  for word in $spec; do
    case "$word" in
      -*) opts="$opts $word" ;;
      rws.*=*) rwsparams="$rwsparams"$'\n'"${word#rws.}" ;;
      *=*) globals="$globals"$'\n'"$word" ;;
      *) die "variant $name: '$word' is neither key=value nor a JVM option" ;;
    esac
  done
  cat >"$conf" <<CNF
[sluice]
admin_port=$admin$globals

[db1]
type=server
address=127.0.0.1
port=${DB_PORTS[0]}
role=master

[db2]
type=server
address=127.0.0.1
port=${DB_PORTS[1]}
role=slave

[db3]
type=server
address=127.0.0.1
port=${DB_PORTS[2]}
role=slave

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
  if [ "$HAS_RWSPLIT" = 1 ]; then
    rwport="$(free_port)"
    cat >>"$conf" <<CNF

[RWS-Service]
type=service
router=readwritesplit
servers=db1,db2,db3
user=$SVC_USER
password=$SVC_PASS$rwsparams

[RWS-Listener]
type=listener
service=RWS-Service
protocol=MariaDBProtocol
address=127.0.0.1
port=$rwport
CNF
  fi
  SLUICE_JAVA_OPTS="$opts" "$HOME_DIR/bin/sluice" --config "$conf" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  for _ in $(seq 1 150); do grep -qs 'ready:' "$WORK/$name.log" && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  grep -q 'ready:' "$WORK/$name.log" || { cat "$WORK/$name.log"; die "$name did not start"; }
  if [ "$WANT_RCR" = 1 ]; then
    EP_LIST+=("$name"); EP_PORT[$name]="$port"; EP_PID[$name]="$pid"; EP_ADMIN[$name]="$admin"
    EP_SERVICE[$name]=RCR-Service
  fi
  local rws="${name/sluice/sluice-rws}"
  if [ "$WANT_RWS" = 1 ]; then
    EP_LIST+=("$rws"); EP_PORT[$rws]="$rwport"; EP_PID[$rws]="$pid"; EP_ADMIN[$rws]="$admin"
    EP_SERVICE[$rws]=RWS-Service
  fi
  log "$name: pid $pid, port $port (readconnroute)${rwport:+, $rwport (readwritesplit, $rws)}, admin $admin${opts:+, JVM$opts}${globals:+, [sluice]${globals//$'\n'/ }}${rwsparams:+, readwritesplit${rwsparams//$'\n'/ }}"
}

if [ "$WANT_RCR" = 1 ] || [ "$WANT_RWS" = 1 ]; then
  first=1
  IFS=';' read -ra VARIANT_SPECS <<<"$VARIANTS"
  for v in "${VARIANT_SPECS[@]}"; do
    read -r vname vrest <<<"$v" || true
    [ -n "$vname" ] || continue
    if [ "$first" = 1 ]; then start_sluice sluice "${vrest:-}"; first=0; else start_sluice "sluice-$vname" "${vrest:-}"; fi
  done
fi

if [ "$HAVE_HAPROXY" = 1 ]; then
  HA_PORT="$(free_port)"
  cat >"$WORK/haproxy.cfg" <<CFG
global
  maxconn 4096
defaults
  mode tcp
  timeout connect 5s
  timeout client 1h
  timeout server 1h
frontend fe
  bind 127.0.0.1:$HA_PORT
  default_backend be
backend be
  server db1 127.0.0.1:${DB_PORTS[0]}
CFG
  haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
  HA_PID=$!
  PIDS+=("$HA_PID")
  for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$HA_PORT") 2>/dev/null && break; sleep 0.1; done
  EP_LIST+=(haproxy); EP_PORT[haproxy]="$HA_PORT"; EP_PID[haproxy]="$HA_PID"
  log "haproxy $(haproxy -v | head -1 | awk '{print $3}'): pid $HA_PID, port $HA_PORT"
fi
[ "${#EP_LIST[@]}" -gt 0 ] || die "no endpoint to measure"

# ---- tables ------------------------------------------------------------------------------------
SB=(sysbench --db-driver=mysql --mysql-host=127.0.0.1 --mysql-user="$APP_USER" --mysql-password="$APP_PASS"
    --mysql-db=test --tables="$TABLES" --table-size="$TABLE_SIZE" --rand-type=uniform --mysql-ssl=off)
log "preparing $TABLES tables of $TABLE_SIZE rows"
"${SB[@]}" oltp_read_write --mysql-port="${DB_PORTS[0]}" prepare >"$WORK/prepare.log" 2>&1 \
  || { cat "$WORK/prepare.log"; die "sysbench prepare failed"; }
GTID="$(sql "${DB_PORTS[0]}" 'SELECT @@gtid_binlog_pos')"
for p in "${DB_PORTS[1]}" "${DB_PORTS[2]}"; do
  [ "$(sql "$p" "SELECT MASTER_GTID_WAIT('$GTID', 60)")" = 0 ] || die "replica on port $p did not catch up"
done

# ---- measuring ---------------------------------------------------------------------------------
TCK="$(getconf CLK_TCK)"
cpu_ticks() { awk '{print $14 + $15, $15}' "/proc/$1/stat"; } # user+system, system
ctx() { # voluntary and involuntary switches of every thread of $1
  cat /proc/"$1"/task/*/status 2>/dev/null | awk '/^voluntary_ctxt_switches/ {v += $2} /^nonvoluntary_ctxt_switches/ {n += $2} END {print v + 0, n + 0}'
}
poll_counters() { # polls blocking_polls events, summed over Sluice's workers
  curl -s -u admin:mariadb "http://127.0.0.1:$1/v1/maxscale/threads" | python3 -c '
import json, sys
d = json.load(sys.stdin)["data"]
s = lambda k: sum(t["attributes"]["stats"].get(k, 0) for t in d)
print(s("polls"), s("blocking_polls"), s("events"))'
}
worker_snapshot() { # one line per Sluice worker: its sessions and its last period's load
  curl -s -u admin:mariadb "http://127.0.0.1:$1/v1/maxscale/threads" | python3 -c '
import json, sys
for t in json.load(sys.stdin)["data"]:
    st = t["attributes"]["stats"]
    print("worker-%s sessions=%d period_load=%.1f" % (t["id"], st["sessions"], st["load"]["last_second"]))'
}
questions() { for p in "${DB_PORTS[@]}"; do sql "$p" "SHOW GLOBAL STATUS LIKE 'Questions'" | awk '{printf "%s ", $2}'; done; }

workload_args() { # $1 = workload: prints the sysbench test and options
  case "$1" in
    ps) echo "oltp_point_select --threads=$THREADS" ;;
    ps_noprep) echo "oltp_point_select --threads=$THREADS --db-ps-mode=disable" ;;
    ro_skiptrx) echo "oltp_read_only --threads=$THREADS --skip_trx=on" ;;
    ro) echo "oltp_read_only --threads=$THREADS" ;;
    rw) echo "oltp_read_write --threads=$THREADS" ;;
    ps_1t) echo "oltp_point_select --threads=1" ;;
    *) die "unknown workload $1" ;;
  esac
}

CSV="$OUT/results.csv"
echo "rep,workload,threads,endpoint,qps,p95_ms,errors,queries,cpu_us_per_q,vcs_per_q,ivcs_per_q,polls_per_q,blocking_polls_per_q,events_per_poll,q_db1,q_db2,q_db3,sc_epoll_wait_per_q,sc_read_per_q,sc_write_per_q,cpu_sys_us_per_q,reconnects" >"$CSV"
SYSCALLS="${SYSCALLS:-0}"
if [ "$SYSCALLS" = 1 ] && ! perf stat -e syscalls:sys_enter_epoll_wait true >/dev/null 2>&1; then
  log "SYSCALLS=1 needs perf with the syscalls tracepoints: not counting system calls"; SYSCALLS=0
fi
SC_EVENTS="syscalls:sys_enter_epoll_wait,syscalls:sys_enter_epoll_pwait,syscalls:sys_enter_read,syscalls:sys_enter_recvfrom,syscalls:sys_enter_write,syscalls:sys_enter_sendto"

run_one() { # $1 = rep (0 = warm-up), $2 = workload, $3 = endpoint, $4 = seconds
  local rep="$1" wl="$2" ep="$3" secs="$4" pid="${EP_PID[$3]:-}" admin="${EP_ADMIN[$3]:-}"
  local args logf="$WORK/run-$rep-$wl-$ep.log"
  # shellcheck disable=SC2207
  args=($(workload_args "$wl"))
  local c0="" x0="" p0="" q0="" c1="" x1="" p1="" q1="" perf_pid="" perf_out="$WORK/perf-$rep-$wl-$ep.txt"
  rm -f "$perf_out"
  q0="$(questions)"
  if [ -n "$pid" ]; then c0="$(cpu_ticks "$pid")"; x0="$(ctx "$pid")"; fi
  if [ -n "$admin" ]; then p0="$(poll_counters "$admin")"; fi
  if [ "$SYSCALLS" = 1 ] && [ -n "$pid" ]; then
    perf stat -x, -e "$SC_EVENTS" -p "$pid" -o "$perf_out" >/dev/null 2>&1 &
    perf_pid=$!
    PIDS+=("$perf_pid")
  fi
  local jfr=""
  if [ "${PROFILE:-0}" = 1 ] && [ -n "$admin" ] && [ "$rep" != 0 ]; then
    jfr="$WORK/jfr-$rep-$wl-$ep.jfr"
    jcmd "$pid" JFR.start name=e2e settings=profile >/dev/null || jfr=""
  fi
  local snap_pid=""
  if [ -n "$admin" ] && [ "$rep" != 0 ]; then # where the sessions are, half-way (session_placement)
    (sleep $((secs / 2)); worker_snapshot "$admin" >"$WORK/workers-$rep-$wl-$ep.txt" 2>/dev/null || true) &
    snap_pid=$!
  fi
  local rc=0
  timeout $((secs + 60)) "${SB[@]}" "${args[@]}" --mysql-port="${EP_PORT[$ep]}" --time="$secs" \
    --percentile=95 --report-interval=0 run >"$logf" 2>&1 || rc=$?
  if [ -n "$snap_pid" ]; then wait "$snap_pid" 2>/dev/null || true; fi
  if [ -n "$pid" ]; then c1="$(cpu_ticks "$pid")"; x1="$(ctx "$pid")"; fi
  if [ -n "$admin" ]; then p1="$(poll_counters "$admin")"; fi
  q1="$(questions)"
  if [ -n "$perf_pid" ]; then kill -INT "$perf_pid" 2>/dev/null || true; wait "$perf_pid" 2>/dev/null || true; fi
  if [ -n "$jfr" ]; then jcmd "$pid" JFR.stop name=e2e filename="$jfr" >/dev/null || true; fi
  if [ "${EP_SERVICE[$ep]:-}" = RWS-Service ]; then # the router's counters so far (routes, failed statements)
    curl -s -u admin:mariadb "http://127.0.0.1:$admin/v1/services/RWS-Service" >"$WORK/rws-$rep-$wl-$ep.json" || true
  fi
  [ "$rep" = 0 ] && return 0
  python3 - "$logf" "$rc" "$rep" "$wl" "${args[1]#--threads=}" "$ep" "$TCK" "$c0" "$c1" "$x0" "$x1" "$p0" "$p1" "$q0" "$q1" "$perf_out" >>"$CSV" <<'PY'
import os, re, sys
(logf, rc, rep, wl, threads, ep, tck, c0, c1, x0, x1, p0, p1, q0, q1, perf_out) = sys.argv[1:]
text = open(logf).read()
def grab(pattern, default=""):
    m = re.search(pattern, text)
    return m.group(1) if m else default
queries = int(grab(r"queries:\s+(\d+)", "0"))
qps = grab(r"queries:\s+\d+\s+\(([0-9.]+) per sec", "0")
p95 = grab(r"95th percentile:\s+([0-9.]+)", "")
errors = int(grab(r"ignored errors:\s+(\d+)", "0")) + (0 if rc == "0" else 1)
reconnects = int(grab(r"reconnects:\s+(\d+)", "0"))
if "FATAL" in text:
    errors += text.count("FATAL")
per_q = lambda d: "" if queries == 0 else f"{d / queries:.4f}"
cpu = sys_cpu = ""
if c0:
    (t0, s0), (t1, s1) = map(int, c0.split()), map(int, c1.split())
    cpu = f"{(t1 - t0) * 1e6 / int(tck) / max(queries, 1):.2f}"
    sys_cpu = f"{(s1 - s0) * 1e6 / int(tck) / max(queries, 1):.2f}"
vcs = ivcs = ""
if x0:
    a, b = map(int, x0.split()), map(int, x1.split())
    (v0, n0), (v1, n1) = a, b
    vcs, ivcs = per_q(v1 - v0), per_q(n1 - n0)
polls = bpolls = epp = ""
if p0:
    (a0, b0, e0), (a1, b1, e1) = map(int, p0.split()), map(int, p1.split())
    polls, bpolls = per_q(a1 - a0), per_q(b1 - b0)
    epp = "" if a1 == a0 else f"{(e1 - e0) / (a1 - a0):.2f}"
qd = [int(b) - int(a) for a, b in zip(q0.split(), q1.split())]
sc = ["", "", ""]
if os.path.exists(perf_out):
    counts = {}
    for line in open(perf_out):
        f = line.strip().split(",")
        if len(f) > 2 and f[0].isdigit():
            counts[f[2].split(":")[-1]] = int(f[0])
    g = lambda *ks: sum(counts.get("sys_enter_" + k, 0) for k in ks)
    sc = [per_q(g("epoll_wait", "epoll_pwait")), per_q(g("read", "recvfrom")), per_q(g("write", "sendto"))]
print(",".join(str(x) for x in [rep, wl, threads, ep, qps, p95, errors, queries, cpu, vcs, ivcs, polls, bpolls, epp] + qd + sc + [sys_cpu, reconnects]))
PY
  tail -1 "$CSV" >&2
}

# Endpoint order rotates by one each repetition, so none always runs first or right after another.
ordered() { # $1 = rep
  local n="${#EP_LIST[@]}" i
  for ((i = 0; i < n; i++)); do echo "${EP_LIST[$(((i + $1) % n))]}"; done
}

log "endpoints: ${EP_LIST[*]}; workloads: $WORKLOADS; $REPS x ${DURATION}s; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$WARMUP" -gt 0 ]; then
  for ep in "${EP_LIST[@]}"; do run_one 0 ps "$ep" "$WARMUP"; done
fi
for rep in $(seq 1 "$REPS"); do
  for wl in $WORKLOADS; do
    for ep in $(ordered "$rep"); do run_one "$rep" "$wl" "$ep" "$DURATION"; done
  done
done
LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- report ------------------------------------------------------------------------------------
CMD="bench/e2e/run.sh"
ENVS=""
for v in DURATION REPS WARMUP WORKLOADS VARIANTS ENDPOINTS THREADS TABLE_SIZE DOCS_SECTION; do
  if env | grep -q "^$v="; then ENVS="$ENVS$v='${!v}' "; fi
done
java -cp "$BENCH_JAR" io.sluice.bench.e2e.E2eReport "$CSV" "$OUT" "$ENVS$CMD" \
  "$(nproc) cores; load average at the end $LOADAVG; $(uname -r); $(java -version 2>&1 | head -1)"
if [ "$UPDATE_DOCS" = 1 ]; then
  mkdir -p docs
  java -cp "$BENCH_JAR" io.sluice.bench.e2e.E2eReport --docs "$OUT" docs/benchmarks.md "$DOCS_SECTION"
fi
log "results in ${OUT#"$ROOT"/}"
