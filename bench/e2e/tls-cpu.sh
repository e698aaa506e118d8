#!/usr/bin/env bash
# CPU per query of Sluice, plain vs TLS on the client side: sysbench oltp_point_select through one
# readconnroute service (db1) of one Sluice process: plain on a listener without TLS, TLS on one that
# requires it (a client that did not switch would fail with 3159). Runs alternate (plain, TLS) REPS times;
# per run: queries, QPS and Sluice's CPU (user + system, /proc/PID/stat) per query. Needs the built
# distribution (mvn -o install -DskipTests), sysbench 1.0 and openssl. Ends exactly what it started.
#
#   DURATION=10 REPS=5 THREADS=4 bench/e2e/tls-cpu.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
H=$(ls -d "$(pwd)"/dist/target/sluice-*/ | head -1)
W=$(pwd)/bench/target/tls-cpu
C=$W/tls
DURATION=${DURATION:-15}; REPS=${REPS:-3}; THREADS=${THREADS:-4}
rm -rf $W && mkdir -p $W $C $W/sb
# A CA and a server certificate for 127.0.0.1 it signed (EC P-256, PKCS#8 keys)
(cd $C
 openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca-key.pem -out ca.pem -days 2 \
   -subj /CN=bench-ca -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign
 openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server-key.pem -out server.csr \
   -subj /CN=localhost
 printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\n' > ext.cnf
 openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 -extfile ext.cnf \
   -out server-cert.pem) > $W/openssl.log 2>&1
# sysbench 1.0.20's --mysql-ssl=on reads cacert.pem, client-cert.pem and client-key.pem from its working directory
cp $C/ca.pem $W/sb/cacert.pem; cp $C/server-cert.pem $W/sb/client-cert.pem; cp $C/server-key.pem $W/sb/client-key.pem
SLUICE_PID=
cleanup() { [ -n "$SLUICE_PID" ] && kill $SLUICE_PID 2>/dev/null; sleep 1; $H/bin/sluice-cluster stop $W/cluster >/dev/null 2>&1 || true; }
trap cleanup EXIT
$H/bin/sluice-cluster start $W/cluster > $W/cluster.log 2>&1
P=$W/cluster/cluster.properties; prop() { grep "^$1=" $P | head -1 | cut -d= -f2-; }
DB1=$(prop db1.port)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
TPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > $W/sluice.cnf <<CNF
[sluice]
threads=2
admin_enabled=false

[db1]
type=server
address=127.0.0.1
port=$DB1
role=master

[S]
type=service
router=readconnroute
router_options=master
servers=db1
user=$(prop account.sluice.user)
password=$(prop account.sluice.password)

[L]
type=listener
service=S
protocol=MariaDBClient
address=127.0.0.1
port=$PORT

[LT]
type=listener
service=S
protocol=MariaDBClient
address=127.0.0.1
port=$TPORT
ssl=true
ssl_cert=$C/server-cert.pem
ssl_key=$C/server-key.pem
CNF
$H/bin/sluice --config $W/sluice.cnf > $W/sluice.log 2>&1 &
SLUICE_PID=$!
for i in $(seq 1 100); do grep -q 'ready:' $W/sluice.log && break; sleep 0.2; done
SB=(sysbench --db-driver=mysql --mysql-host=127.0.0.1 --mysql-user=$(prop account.app.user) --mysql-password=$(prop account.app.password) --mysql-db=test --tables=1 --table-size=10000)
"${SB[@]}" --mysql-port=$DB1 oltp_point_select prepare > $W/prepare.log 2>&1
cd $W/sb
TCK=$(getconf CLK_TCK)
run() { # $1 = plain|tls, $2 = seconds
  local ssl=off port=$PORT; [ "$1" = tls ] && ssl=on port=$TPORT
  local t0=$(awk '{print $14 + $15}' /proc/$SLUICE_PID/stat)
  "${SB[@]}" --mysql-port=$port --mysql-ssl=$ssl --threads=$THREADS --time=$2 --report-interval=0 oltp_point_select run > $W/run-$1.log 2>&1
  local t1=$(awk '{print $14 + $15}' /proc/$SLUICE_PID/stat)
  local q=$(grep -E '^\s+queries:' $W/run-$1.log | awk '{print $2}')
  local qps=$(grep -E '^\s+queries:' $W/run-$1.log | sed -E 's/.*\(([0-9.]+) per sec.*/\1/')
  echo "$1 queries=$q qps=$qps cpu_us_per_q=$(python3 -c "print(f'{($t1-$t0)*1e6/$TCK/$q:.2f}')")"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run plain 5 > /dev/null; run tls 5 > /dev/null   # warm-up
for r in $(seq 1 $REPS); do run plain $DURATION; run tls $DURATION; done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "errors: $(grep -h -E '^\s+errors:' $W/run-*.log | tr -s ' ' | head -2)"; grep -c 'refused' $W/sluice.log || true
