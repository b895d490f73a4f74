#!/usr/bin/env bash
# Memory check (not part of the test suite): builds the release binary, starts it on a
# throwaway database with the demo data, and reports the server's resident memory
#   - at rest,
#   - after 1,000 logins (960 correct, 40 wrong: each one hashes a password),
#   - during and after a mixed load of logged-in pages, the login page and more logins
#     for MINUTES minutes (default 1; the figure in BENCHMARKS.md used 10).
# Usage: ./scripts/memory-check.sh [MINUTES]
# Needs curl and wrk (apt-get install curl wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-1}
if [ "${INSIDE_DB_EXEC:-}" != 1 ]; then
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  cargo build --release --quiet
  exec env INSIDE_DB_EXEC=1 target/release/pledges db-exec -- "$0" "$minutes"
fi

bin=target/release/pledges
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT

"$bin" migrate --demo >/dev/null 2>&1
RUST_LOG=warn "$bin" serve --bind "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "$base/health" >/dev/null && break; sleep 0.1; done

rss() { awk '/VmRSS/ {printf "%.1f MB", $2/1024}' "/proc/$server/status"; }
echo "resident memory at rest:                $(rss)"

# One login: fetch the form (visitor cookie and token), then post it.
login() {
  local who=$1 password=$2 jar
  jar=$(mktemp -p "$work")
  token=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="csrf_token" value="\([0-9a-f]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -w '%{http_code}\n' -b "$jar" -c "$jar" \
    --data-urlencode "login=$who" --data-urlencode "password=$password" \
    --data-urlencode "csrf_token=$token" --data-urlencode "next=/" "$base/login"
  rm -f "$jar"
}
export -f login
export base work

logins=$(psql "$DATABASE_URL" -Atc "select login from accounts order by id")
{
  for i in $(seq 960); do echo "$(echo "$logins" | sed -n "$(( (i % $(echo "$logins" | wc -l)) + 1 ))p") demo2017"; done
  for i in $(seq 40); do echo "khong-co-$i sai-mat-khau"; done
} | shuf --random-source=<(yes) | xargs -P 8 -n 2 bash -c 'login "$0" "$1"' >"$work/codes"
echo "after 1,000 logins:                     $(rss)   (answers: $(sort "$work/codes" | uniq -c | awk '{printf "%s×%s ", $1, $2}'))"

# A logged-in browser for the mixed load.
jar="$work/jar"
token=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="csrf_token" value="\([0-9a-f]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -b "$jar" -c "$jar" --data "login=bithu.kp3&password=demo2017&next=/&csrf_token=$token" "$base/login"
cookie=$(awk '$6 == "pledges_session" {print "pledges_session=" $7}' "$jar")

seconds=$((minutes * 60))
end=$((SECONDS + seconds))
( while [ $SECONDS -lt $end ]; do login bithu.kp3 demo2017 >/dev/null; login dangvien.kp3 sai >/dev/null; done ) &
logins_pid=$!
loads=()
wrk -t1 -c16 -d"${seconds}s" -H "Cookie: $cookie" "$base/" >"$work/wrk-home" 2>&1 & loads+=($!)
wrk -t1 -c16 -d"${seconds}s" -H "Cookie: $cookie" "$base/queue" >"$work/wrk-queue" 2>&1 & loads+=($!)
wrk -t1 -c8 -d"${seconds}s" "$base/login" >"$work/wrk-login" 2>&1 & loads+=($!)
step=$(( seconds / 6 > 0 ? seconds / 6 : 1 ))
for i in $(seq 6); do
  sleep "$step"
  echo "mixed load, $((i * step)) s:                  $(rss)"
done
wait "${loads[@]}" 2>/dev/null || true
kill "$logins_pid" 2>/dev/null || true
for f in home queue login; do
  echo "  wrk /$f: $(awk '/Requests\/sec/ {print $2 " req/s"}' "$work/wrk-$f"), $(grep -c 'Non-2xx' "$work/wrk-$f" | sed 's/^0$/no errors/;s/^1$/SOME ERRORS/')"
done
sleep 5
echo "after the mixed load (5 s later):       $(rss)"
