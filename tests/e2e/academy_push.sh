#!/usr/bin/env bash
# `stipple academy push --lrs URL --auth-file F` against a local stand-in LRS (lib/fake_lrs.py) that answers
# 503 twice before accepting: every statement arrives once, with the xAPI version header and Basic auth;
# pushing again sends nothing; a new attempt sends only its statement, new case steps only theirs; a wrong
# password stops with 401.
# shellcheck source-path=SCRIPTDIR source=lib/e2e.sh
source "$(dirname "$0")/lib/e2e.sh"
require_tools jq python3 sqlite3
db="$work/g.sqlite"
st() { expect 0 "$@" --db "$db"; }
cp "$lessons/first-dots-depth.json" "$work/"
expect 0 demo --lesson "$work/first-dots-depth.json" --out "$work/demo.json"
st academy trainees add ana
for i in 1 2 3 4; do
  jq --arg t "2026-11-2${i}T09:00:00Z" --argjson i "$i" '.trainee = "ana" | .started = $t | .input = "mouse" |
    .dots[0].x += ($i / 1000)' "$work/demo.json" >"$work/ana$i.json"
done
st academy import --lessons "$work" "$work/ana1.json" "$work/ana2.json"
want=$("$STIPPLE_BIN" academy export --xapi "$work/all.json" --db "$db" >/dev/null && jq length "$work/all.json")

mkdir "$work/lrs"
printf 'key:secret\n' >"$work/auth"
python3 "$e2e_lib/fake_lrs.py" "$work/lrs" 2 "Basic a2V5OnNlY3JldA==" &
track_pid $!
wait_for 30 "the stand-in LRS to listen" test -s "$work/lrs/port"
url="http://127.0.0.1:$(cat "$work/lrs/port")/xapi"

check "503 twice, then every statement accepted once with the version header and Basic auth"
st academy push --lrs "$url" --auth-file "$work/auth"
grep -q "^pushed $want statements (2 attempts) to $url/statements in 1 batch, 2 retries$" "$work/out.txt" ||
  fail "push: $(cat "$work/out.txt")"
[ "$(cut -d' ' -f1 "$work/lrs/requests.txt" | tr '\n' ' ')" = "503 503 200 " ] ||
  fail "requests: $(tr '\n' ' ' <"$work/lrs/requests.txt")"
jq -s 'add | map(.id)' "$work/lrs/bodies.jsonl" >"$work/sent-ids.json"
jq 'map(.id)' "$work/all.json" | cmp -s - "$work/sent-ids.json" || fail "the LRS got other statements than the export"

check "pushing again sends nothing; a new attempt sends only its own statements"
st academy push --lrs "$url" --auth-file "$work/auth"
grep -q "^pushed 0 statements (0 attempts)" "$work/out.txt" || fail "second push: $(cat "$work/out.txt")"
st academy import --lessons "$work" "$work/ana3.json"
st academy push --lrs "$url" --auth-file "$work/auth"
grep -q "(1 attempt)" "$work/out.txt" || fail "third push: $(cat "$work/out.txt")"
[ "$(wc -l <"$work/lrs/bodies.jsonl")" -eq 2 ] || fail "expected 2 accepted bodies"

check "case steps (issue 14) go once too, after the attempts, and pushing again sends none"
sqlite3 "$db" "INSERT INTO case_steps (trainee_id, trainee_uid, case_id, case_title, run_id, step_id, kind, score,
    passed, detail_json, attempt_id, finished, recorded)
  SELECT t.id, t.uid, 'norwood-3-restoration', 'Norwood 3', '4f1c2a9e-0d3b-4c55-9a7e-2b8d6f0e1a33', s.step, s.kind,
         s.score, s.passed, '{}', s.attempt, '2026-11-26T10:00:00.000Z', '2026-11-26T10:00:00.000Z'
  FROM trainees t, (SELECT 'precare' AS step, 'precare' AS kind, 80 AS score, 1 AS passed, NULL AS attempt
                    UNION ALL SELECT 'session-1', 'session', 0, 0, (SELECT min(id) FROM attempts)) AS s
  WHERE t.name = 'ana'"
st academy push --lrs "$url" --auth-file "$work/auth"
grep -q "^pushed 2 statements (0 attempts, 2 case steps) to $url/statements in 1 batch, 0 retries$" "$work/out.txt" ||
  fail "case steps push: $(cat "$work/out.txt")"
[ "$(tail -n 1 "$work/lrs/bodies.jsonl" | jq '[.[] | .context.registration] | unique | length')" -eq 1 ] ||
  fail "the two steps do not share the run's registration"
st academy push --lrs "$url" --auth-file "$work/auth"
grep -q "^pushed 0 statements (0 attempts)" "$work/out.txt" || fail "case steps pushed twice: $(cat "$work/out.txt")"

check "a wrong password stops at once with the LRS's answer; a non-HTTP URL is refused"
printf 'key:wrong\n' >"$work/bad-auth"
st academy import --lessons "$work" "$work/ana4.json"
expect 1 academy push --lrs "$url/" --auth-file "$work/bad-auth" --db "$db"
grep -q "HTTP 401" "$work/err.txt" || fail "wrong password: $(cat "$work/err.txt")"
expect 2 academy push --lrs "file:///etc/passwd" --db "$db"
grep -q "expected an http:// or https:// URL" "$work/err.txt" || fail "file URL: $(cat "$work/err.txt")"
echo "PASS: $e2e_name"
