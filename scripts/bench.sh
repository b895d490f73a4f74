#!/usr/bin/env bash
# Benchmark (not part of the test suite). Builds the release binary, starts a throwaway
# PostgreSQL cluster, generates a province or a city on top of the demo, starts the server
# and measures with wrk on 127.0.0.1:
#   - the generator (seconds per 100,000 members, against COPY of the same rows);
#   - a trivial route (a static file: no database) as the yardstick;
#   - every page of each role's daily work, logged in as that role, at 64 connections
#     (capacity, p50, p99) and again paced at half that capacity (p99 there);
#   - writes (a comment on a plan; adding an item; submit; approve);
#   - a print view and a PDF;
#   - two server processes on one database: a session made on one works on the other,
#     and their combined capacity;
#   - the peak resident memory of the server and of PostgreSQL during each run.
# The table is printed and written to target/bench/<scale>.md.
#   - year-end scoring of the open year (`pledges score`), against a plain set-based UPDATE
#     of the same rating rows;
# Usage: ./scripts/bench.sh [tiny|province|city|<members>] [SECONDS per run, default 10]
# With PAGES=0 only the jobs (generator, scoring) are measured.
# Needs wrk, curl and psql (apt-get install wrk curl postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-province}
seconds=${2:-10}
case $scale in
  tiny) members=2000 ;;
  province) members=130000 ;;
  city) members=500000 ;;
  *[!0-9]*) echo "scale: tiny, province, city or a number of members" >&2; exit 2 ;;
  *) members=$scale ;;
esac
if [ "${INSIDE_DB_EXEC:-}" != 1 ]; then
  for tool in wrk curl psql; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install wrk curl postgresql-client)" >&2; exit 1; }
  done
  cargo build --release --quiet
  exec env INSIDE_DB_EXEC=1 target/release/pledges db-exec -- "$0" "$@"
fi

bin=target/release/pledges
out=target/bench
mkdir -p "$out"
report="$out/$scale.md"
work=$(mktemp -d)
chmod 777 "$work" # PostgreSQL (another user) writes and reads the COPY files here
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
q() { psql "$DATABASE_URL" -Atqc "$1"; }
say() { echo "$*" | tee -a "$report"; }

: >"$report"
say "## $scale: $members members — $(date -u '+%d/%m/%Y %H:%M') UTC"
say ""
say "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); PostgreSQL $(q 'show server_version') on the same machine (fsync off: a throwaway cluster); wrk, 2 threads; $seconds s a run."
say ""

# --- The generator, and COPY of the same rows as its floor -------------------------------
"$bin" migrate >/dev/null 2>&1
start=$(date +%s.%N)
RUST_LOG=warn "$bin" generate --members "$members" 2>&1 | tee "$work/generate.log" >&2
generated=$(echo "$(date +%s.%N) - $start" | bc)
tables="members accounts cell_memberships plans plan_items plan_events plan_revisions"
for t in $tables; do
  q "copy (select * from $t) to '$work/$t.copy'"
done
start=$(date +%s.%N)
for t in $tables; do
  q "create table bench_$t (like $t); copy bench_$t from '$work/$t.copy'; drop table bench_$t"
done
floor=$(echo "$(date +%s.%N) - $start" | bc)
rows=$(q "select (select count(*) from members) + (select count(*) from accounts) + (select count(*) from plans) + (select count(*) from plan_items) + (select count(*) from plan_events) + (select count(*) from plan_revisions)")
say "Dataset: $(q "select count(*) from members") members, $(q "select count(*) from org_units") units, $(q "select count(*) from plans") plans, $(q "select count(*) from plan_items") items, $(q "select count(*) from plan_events") history events; database $(q "select pg_size_pretty(pg_database_size(current_database()))")."
say ""
say "| job | seconds | per 100,000 members | floor (COPY of the same $rows rows, no index or trigger) | ratio |"
say "|---|---|---|---|---|"
say "| generate (demo + $members members, 3 years) | $(printf %.1f "$generated") | $(echo "scale=1; $generated * 100000 / $members" | bc) | $(printf %.1f "$floor") s | $(echo "scale=1; $generated / $floor" | bc) |"

# --- Year-end scoring, and a plain set-based UPDATE of the same rows as its floor --------
# The open year's assessments were filled in by the generator; `score` proposes a rating
# for every member and unit of the province and stores them with their explanations.
open_year=$(q "select max(year) from years where phase <> 'closed'")
timed() { local s; s=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $s" | bc; }
computed=$(timed "$bin" score --year "$open_year" --dry-run)
scored=$(timed "$bin" score --year "$open_year")
rated=$(q "select count(*) from ratings where year = $open_year")
rated_members=$(q "select count(*) from ratings where year = $open_year and member_id is not null")
floor=$(timed q "update ratings set points = points where year = $open_year")
say "| score $open_year: proposals for $rated_members members and $((rated - rated_members)) units, stored with their cases | $(printf %.2f "$scored") | $(echo "scale=2; $scored * 100000 / $rated_members" | bc) | $(printf %.2f "$floor") s (UPDATE of the same $rated rows) | $(echo "scale=1; $scored / $floor" | bc) |"
say "| score $open_year --dry-run: the same, computed and counted, nothing stored | $(printf %.2f "$computed") | $(echo "scale=2; $computed * 100000 / $rated_members" | bc) | | |"
say "| rating distribution of the proposals | $(q "select string_agg(coalesce(level, 'not rated') || ' ' || n, ', ' order by level) from (select level, count(*) n from ratings where year = $open_year and member_id is not null group by level) d") | | | |"
say ""
if [ "${PAGES:-1}" = 0 ]; then
  echo "PAGES=0: the jobs only; written to $report"
  exit 0
fi

# --- Servers --------------------------------------------------------------------------
port=$(free_port)
base="http://127.0.0.1:$port"
RUST_LOG=warn "$bin" serve --bind "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
servers+=("$server")
for _ in $(seq 300); do curl -sf "$base/health" >/dev/null && break; sleep 0.1; done

# Logs in; prints the session cookie and a form token of a page of that session.
login() {
  local who=$1 on=${2:-$base} jar
  jar=$(mktemp -p "$work")
  token=$(curl -s -c "$jar" "$on/login" | sed -n 's/.*name="csrf_token" value="\([0-9a-f]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "login=$who" --data-urlencode "password=demo2017" \
    --data-urlencode "csrf_token=$token" --data-urlencode "next=/" -H "Origin: $on" "$on/login"
  awk '$6 == "pledges_session" {print "pledges_session=" $7}' "$jar"
}
token_of() { curl -s -H "Cookie: $1" "$base$2" | sed -n 's/.*name="csrf_token" value="\([0-9a-f]*\)".*/\1/p' | head -1; }

member=$(q "select a.login || ' ' || p.id from accounts a join plans p on p.member_id = a.member_id where a.login like 'g%' and p.year = 2026 and p.state = 'approved' order by a.id limit 1")
member_plan=${member#* }; member=${member% *}
secretary=$(q "select a.login || ' ' || r.org_unit_id from role_assignments r join accounts a on a.id = r.account_id join cell_memberships m on m.cell_id = r.org_unit_id and m.valid_to is null where r.role = 'cell_secretary' and a.login like 'g%' group by a.login, r.org_unit_id order by count(*) desc, a.login limit 1")
cell=${secretary#* }; secretary=${secretary% *}
commune=$(q "select a.login || ' ' || r.org_unit_id from role_assignments r join accounts a on a.id = r.account_id where r.role = 'upper_secretary' and a.login like 'g%' order by r.org_unit_id limit 1")
commune_unit=${commune#* }; commune=${commune% *}
province=$(q "select id from org_units where kind = 'province' order by id limit 1")
asset=$(curl -s "$base/login" | grep -o '/static/app[^"]*\.css' | head -1)

cookie_member=$(login "$member")
cookie_secretary=$(login "$secretary")
cookie_commune=$(login "$commune")
cookie_province=$(login tinhuy)

# name | cookie | path
targets=(
  "trivial: static file (no database)||$asset"
  "anonymous: login page||/login"
  "member: home|$cookie_member|/"
  "member: own plan|$cookie_member|/plans/$member_plan"
  "member: print view|$cookie_member|/plans/$member_plan/print"
  "cell secretary: home|$cookie_secretary|/"
  "cell secretary: queue|$cookie_secretary|/queue"
  "cell secretary: cell page ($(q "select count(*) from cell_memberships where cell_id = $cell and valid_to is null") members)|$cookie_secretary|/cells/$cell"
  "commune secretary: home|$cookie_commune|/"
  "commune secretary: commune tree|$cookie_commune|/units/$commune_unit"
  "province: home|$cookie_province|/"
  "province: province tree|$cookie_province|/units/$province"
  "province: review page|$cookie_province|/review"
  "province: a commune's members list|$cookie_province|/units/$commune_unit/members?filter=expected"
)

# Each target answers once before it is measured.
for t in "${targets[@]}"; do
  IFS='|' read -r name cookie path <<<"$t"
  code=$(curl -s -o /dev/null -w '%{http_code}' ${cookie:+-H "Cookie: $cookie"} "$base$path")
  [ "$code" = 200 ] || { echo "$name ($path) answered $code" >&2; exit 1; }
done

# Peak resident memory of the server and of PostgreSQL while a command runs.
postgres_rss() { ps -C postgres -o rss= | awk '{s += $1} END {printf "%d", s / 1024}'; }
with_memory() {
  local peak_s=0 peak_p=0 s p
  "$@" &
  local job=$!
  while kill -0 "$job" 2>/dev/null; do
    s=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$server/status")
    p=$(postgres_rss)
    [ "$s" -gt "$peak_s" ] && peak_s=$s
    [ "$p" -gt "$peak_p" ] && peak_p=$p
    sleep 0.5
  done
  wait "$job"
  echo "$peak_s $peak_p" >"$work/memory"
}

cat >"$work/pace.lua" <<'EOF'
local pause = tonumber(os.getenv("PAUSE_MS") or "0")
function delay() return pause end
EOF
# Runs wrk; prints "rps p50 p99 errors".
measure() {
  local connections=$1 cookie=$2 url=$3 script=${4:-}
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s --latency ${script:+-s "$script"} \
    ${cookie:+-H "Cookie: $cookie"} -H "Origin: $base" "$url" >"$work/wrk.out" 2>&1
  awk '
    /Requests\/sec/ {rps = $2}
    /^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2}
    /Non-2xx/ {errors += $5} /Socket errors/ {gsub(",", ""); errors += $4 + $6 + $8 + $10}
    END {printf "%s %s %s %d\n", rps, p50, p99, errors}' "$work/wrk.out"
}
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.1f", v + 0; else printf "%.0f", v * 1000 }'; }

say "| page or action | requests/s (64 conn.) | × trivial | p50 ms | p99 ms | p99 ms at half capacity | errors | server MB | PostgreSQL MB |"
say "|---|---|---|---|---|---|---|---|---|"
trivial=0
row() {
  local name=$1 cookie=$2 url=$3 script=${4:-} connections=${5:-64}
  with_memory measure "$connections" "$cookie" "$url" "$script" >"$work/m"
  read -r rps p50 p99 errors <"$work/m"
  read -r mem_s mem_p <"$work/memory"
  [ "$trivial" = 0 ] && trivial=$rps
  # Half capacity: each of 64 connections waits so that together they ask rps/2.
  local pause half="—"
  if [ -z "$script" ] && [ "$connections" = 64 ]; then
    pause=$(awk -v r="$rps" -v l="$(ms "$p50")" 'BEGIN { p = 64 * 1000 / (r / 2) - l; printf "%d", p < 0 ? 0 : p }')
    half=$(PAUSE_MS=$pause measure 64 "$cookie" "$url" "$work/pace.lua")
    read -r half_rps _ half_p99 _ <<<"$half"
    half="$(ms "$half_p99") (at $(printf %.0f "$half_rps")/s)"
  fi
  say "| $name | $(printf %.0f "$rps") | $(awk -v a="$rps" -v b="$trivial" 'BEGIN {printf "%.3f", a / b}') | $(ms "$p50") | $(ms "$p99") | $half | $errors | $mem_s | $mem_p |"
}
for t in "${targets[@]}"; do
  IFS='|' read -r name cookie path <<<"$t"
  row "$name" "$cookie" "$base$path"
done

# Writes. Comments do not move a plan's version, so one form each for 200 plans in turn.
token=$(token_of "$cookie_province" "/review")
q "select p.id || ' ' || p.version from plans p where p.year = 2026 and p.state = 'submitted' and p.kind = 'personal' order by p.id limit 200" >"$work/comment-targets"
cat >"$work/comment.lua" <<EOF
local forms = {}
for line in io.lines("$work/comment-targets") do
  local id, version = line:match("(%d+) (%d+)")
  forms[#forms + 1] = {"/plans/" .. id .. "/actions",
    "csrf_token=$token&action=comment&version=" .. version .. "&comment=Ghi+nh%E1%BA%ADn%2C+%C4%91%E1%BB%81+ngh%E1%BB%8B+b%E1%BB%95+sung+th%E1%BB%9Di+h%E1%BA%A1n."}
end
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
function request()
  i = i % #forms + 1
  return wrk.format(nil, forms[i][1], nil, forms[i][2])
end
function response(status) if status ~= 303 then io.stderr:write("status " .. status .. "\n") end end
EOF
row "province: comment on a plan (write)" "$cookie_province" "$base/" "$work/comment.lua"
events=$(q "select count(*) from plan_events where action = 'comment' and actor_id = (select id from accounts where login = 'tinhuy')")
[ "$events" -gt 0 ] || { echo "the comments were not written" >&2; exit 1; }

# Adding an item, submitting and approving move the version: a client per member that
# reads the page for the version, then posts (the pair is timed).
python3 - "$base" "$work" "$seconds" <<'EOF' | tee -a "$report"
import re, sys, time, threading, http.cookiejar, urllib.request, urllib.parse, subprocess, os
base, work, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
q = lambda sql: subprocess.run(["psql", os.environ["DATABASE_URL"], "-Atqc", sql], capture_output=True, text=True).stdout.split()
def session(login):
    jar = http.cookiejar.CookieJar()
    op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = op.open(base + "/login").read().decode()
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page).group(1)
    data = urllib.parse.urlencode({"login": login, "password": "demo2017", "csrf_token": token, "next": "/"}).encode()
    try: op.open(urllib.request.Request(base + "/login", data=data, headers={"Origin": base}))
    except urllib.error.HTTPError: pass
    return op
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a): return None
def post(op, path, fields):
    page = op.open(base + path.split("#")[0].rsplit("/", 1)[0] if path.endswith("/items") or path.endswith("/actions") else base + path).read().decode()
    fields["csrf_token"] = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page).group(1)
    fields["version"] = re.search(r'name="version" value="(\d+)"', page).group(1)
    data = urllib.parse.urlencode(fields).encode()
    try: op.open(urllib.request.Request(base + path, data=data, headers={"Origin": base})); return 200
    except urllib.error.HTTPError as e: return e.code
drafts = q("select a.login || ',' || p.id from plans p join accounts a on a.member_id = p.member_id where p.year = 2026 and p.state = 'draft' and a.login like 'g%' order by p.id limit 16")
results = {"add an item (page read + post)": [], "submit (page read + post)": [], "approve (page read + post)": []}
errors = {k: 0 for k in results}
lock = threading.Lock()
def worker(login, plan):
    op = session(login)
    end = time.time() + seconds
    while time.time() < end:
        t = time.time()
        code = post(op, f"/plans/{plan}/items", {"kind": "study", "content": "Đọc và ghi chép một chuyên đề về học tập và làm theo Bác", "expected_result": "Có sổ ghi chép, trao đổi tại chi bộ", "deadline": "30/06/2026", "weight": "1"})
        with lock:
            results["add an item (page read + post)"].append(time.time() - t)
            if code != 303: errors["add an item (page read + post)"] += 1
threads = [threading.Thread(target=worker, args=d.split(",")) for d in drafts]
for th in threads: th.start()
for th in threads: th.join()
# Submit each draft, then its decider approves it.
for d in drafts:
    login, plan = d.split(",")
    op = session(login)
    t = time.time(); code = post(op, f"/plans/{plan}/actions", {"action": "submit"}); results["submit (page read + post)"].append(time.time() - t)
    if code != 303: errors["submit (page read + post)"] += 1
    decider = q(f"select a.login from role_assignments r join accounts a on a.id = r.account_id join plans p on p.org_unit_id = r.org_unit_id where p.id = {plan} and r.role = 'cell_secretary' and a.member_id <> p.member_id limit 1")
    if decider:
        op2 = session(decider[0])
        t = time.time(); code = post(op2, f"/plans/{plan}/actions", {"action": "approve", "confirmed": "yes"}); results["approve (page read + post)"].append(time.time() - t)
        if code != 303: errors["approve (page read + post)"] += 1
for name, times in results.items():
    if not times: continue
    times.sort()
    pct = lambda p: times[min(len(times) - 1, int(p * len(times)))] * 1000
    rate = f"{len(times) / seconds:.0f} (16 clients)" if name.startswith("add") else "sequential"
    print(f"| {name} | {rate} | — | {pct(0.5):.1f} | {pct(0.99):.1f} | — | {errors[name]} | — | — |")
EOF

# Print view and PDF (Chromium renders at most two at once).
row "member: PDF of the plan" "$cookie_member" "$base/plans/$member_plan/pdf" "" 4

# Two servers on one database: a session made on one is honoured by the other.
port2=$(free_port)
base2="http://127.0.0.1:$port2"
RUST_LOG=warn "$bin" serve --bind "127.0.0.1:$port2" >"$work/server2.log" 2>&1 &
servers+=("$!")
for _ in $(seq 300); do curl -sf "$base2/health" >/dev/null && break; sleep 0.1; done
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie_province" "$base2/units/$commune_unit")
[ "$code" = 200 ] || { echo "the second server did not honour the first one's session ($code)" >&2; exit 1; }
wrk -t1 -c32 -d"${seconds}s" -H "Cookie: $cookie_commune" "$base/units/$commune_unit" >"$work/a.out" 2>&1 &
first=$!
wrk -t1 -c32 -d"${seconds}s" -H "Cookie: $cookie_commune" "$base2/units/$commune_unit" >"$work/b.out" 2>&1
wait "$first"
both=$(awk '/Requests\/sec/ {s += $2} END {printf "%.0f", s}' "$work/a.out" "$work/b.out")
say ""
say "Two server processes on the same database (the second honours sessions made on the first): commune tree, 32 connections each, together $both requests/s."
say ""
say "Server at rest after the runs: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$server/status")."
echo "written to $report" >&2
