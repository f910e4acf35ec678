#!/usr/bin/env bash
# `make start`: the demo sandbox (real Prometheus with generated history), then
# the portal at http://localhost:3000 with its backend on :7007.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
. scripts/env.sh

prometheus_port="${SANDBOX_PROMETHEUS_PORT:-9090}"
grafana_port="${SANDBOX_GRAFANA_PORT:-3100}"
sentry_port="${SANDBOX_SENTRY_PORT:-3200}"
kubernetes_port="${SANDBOX_KUBERNETES_PORT:-3300}"
opencost_port="${SANDBOX_OPENCOST_PORT:-3400}"
for entry in "3000 frontend" "7007 backend" "$prometheus_port sandbox Prometheus" \
  "$grafana_port sandbox Grafana SLO stand-in" "$sentry_port sandbox Sentry stand-in" \
  "$kubernetes_port sandbox Kubernetes stand-in" "$opencost_port sandbox OpenCost stand-in"; do
  port="${entry%% *}"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "start: port $port (${entry#* }) is already in use; stop whatever listens on it and run make start again" >&2
    exit 1
  fi
done

yarn workspace sandbox start &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null; wait "$sandbox" 2>/dev/null' EXIT

yarn start
