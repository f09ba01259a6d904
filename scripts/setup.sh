#!/usr/bin/env bash
# Sets everything up on a Debian or Ubuntu machine with Node.js 20 and draws the document's figures:
# the system libraries node-canvas builds against (only those missing), the npm packages from the lock
# file, the compiled CLI, and figures/ with every figure of the document.
set -euo pipefail
cd "$(dirname "$0")/.."

# librsvg2-bin and poppler-utils rasterise SVG and PDF output for the visual tests.
packages=(build-essential pkg-config python3 libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev
  librsvg2-bin poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
npm run build
node bin/actplot gallery --out-dir figures
echo "The document's figures are in figures/. Try: node bin/actplot gelu -o gelu.svg"
