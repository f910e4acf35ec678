#!/usr/bin/env bash
# `make test`: every check a change must pass, with a summary at the end.
# Runs all steps even when one fails, and exits non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
. scripts/env.sh
export CI=true BACKSTAGE_TEST_DISABLE_DOCKER=1

reports=.toolchain/reports
rm -rf "$reports" && mkdir -p "$reports"
summary=()
failed=0

step() {
  local name="$1" started=$SECONDS
  shift
  echo
  echo "=== $name"
  if "$@"; then
    summary+=("passed  $name ($((SECONDS - started)) s)")
  else
    summary+=("FAILED  $name ($((SECONDS - started)) s)")
    failed=1
  fi
}

# Runs a noisy command with its output in a log, shown only when it fails.
quietly() {
  local log="$reports/$1.log"
  shift
  "$@" >"$log" 2>&1 || { tail -n 60 "$log"; return 1; }
}

pg_dir=""
stop_postgres() { [ -n "$pg_dir" ] && scripts/postgres.sh stop "$pg_dir"; }
trap stop_postgres EXIT

start_postgres() {
  local out
  out=$(scripts/postgres.sh start) || return 1
  pg_dir="${out%% *}"
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${out#* }"
  echo "PostgreSQL 15 on ${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING##*@}"
}

step "typescript (yarn tsc)" yarn tsc
step "lint (yarn lint:all)" yarn lint:all
step "formatting (yarn prettier:check)" yarn prettier:check
step "throwaway PostgreSQL 15" start_postgres
step "unit and integration tests, with PostgreSQL 15 (yarn test)" \
  yarn test --json --outputFile="$PWD/$reports/jest.json"
stop_postgres && pg_dir=""
step "frontend build (yarn workspace app build)" quietly app-build yarn workspace app build
step "end-to-end tests in Chromium (yarn test:e2e)" yarn test:e2e

echo
echo "=== summary"
printf '%s\n' "${summary[@]}"
node scripts/test-counts.js "$reports"
exit $failed
