#!/usr/bin/env bash
# Installs the Debian packages CI and the e2e tests need, skipping those already present:
# PostgreSQL (server binaries for the throwaway test cluster), Chromium (headless browser tests)
# and Noto CJK fonts (without them Chromium draws Chinese as empty boxes).
set -euo pipefail

missing=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present (postgresql, chromium, fonts-noto-cjk)"
  exit 0
fi

sudo=()
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "missing ${missing[*]} and not root: install them with apt-get as root" >&2; exit 1; }
  sudo=(sudo)
fi
echo "system packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
