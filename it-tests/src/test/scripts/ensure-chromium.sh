#!/bin/sh
# The browser tests drive Debian's Chromium through chromedriver. Install both when missing and we
# are allowed to (root with apt-get); otherwise say plainly what is needed.
set -e
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing chromium and chromium-driver for the browser tests (apt-get)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  exit 0
fi
echo "The browser tests need Debian's chromium and chromium-driver:" >&2
echo "  sudo apt-get install -y chromium chromium-driver" >&2
exit 1
