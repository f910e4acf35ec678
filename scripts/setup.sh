#!/usr/bin/env bash
# Installs what the portal needs and is missing; a second run skips what is done.
#   - Debian packages (Chromium, mkdocs + Material, Prometheus, PostgreSQL 15,
#     Redis) when running as root; otherwise it prints what to install, goes on.
#   - Node 22 and Yarn (scripts/env.sh), then the locked dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v mkdocs >/dev/null 2>&1 || missing+=(mkdocs)
dpkg -s mkdocs-material >/dev/null 2>&1 || missing+=(mkdocs-material)
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing Debian packages: ${missing[*]}"
    echo "setup: install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}"
    echo "setup: carrying on without them (the features that need them are skipped)"
  fi
fi

# shellcheck source=scripts/env.sh
. scripts/env.sh
echo "setup: node $(node --version), yarn $(yarn --version)"
if ! yarn install --immutable >.toolchain/yarn-install.log 2>&1; then
  grep -E 'YN0001|YN0028|YN0082|YN0009|Error' .toolchain/yarn-install.log | head -n 40
  echo "setup: yarn install --immutable failed (full log: .toolchain/yarn-install.log)"
  exit 1
fi
echo "setup: dependencies are installed"
