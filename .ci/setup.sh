#!/usr/bin/env bash
# Installs what the end-to-end tests need from Debian: Chromium, Firefox ESR, and a CJK font so
# Chinese text renders in screenshots. Idempotent: quiet and quick when all are there.
set -euo pipefail

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

need=()
installed chromium || [ -x /usr/bin/chromium ] || need+=(chromium)
installed firefox-esr || [ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
installed fonts-noto-cjk || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: missing ${need[*]}, and this is not a Debian-like system; install them by hand" >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup: missing ${need[*]}; run as root: apt-get install -y ${need[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "setup: installing ${need[*]} from Debian" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
