#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs Debian's headless-capable Chromium and its matching chromedriver for the web page's browser tests
# (placard-server's *IT), unless both are already there. Idempotent; needs root (as CI runs) or sudo.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >&2
$sudo apt-get install -y -q chromium chromium-driver >&2
/usr/bin/chromium --version >&2
