#!/usr/bin/env bash
# Regenerates the README screenshots from a fresh build of the sample data:
#   docs/dell-fy2026-q1-page.png   the Dell Q1 FY2026 page, as headless Chromium shows it
#   docs/dell-fy2026-q1-pdf-1.png  page 1 of its PDF, rendered by pdftoppm at 80 dpi
# Installs Debian's chromium and poppler-utils with apt when they are missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "screenshots: installing $*" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
}
command -v chromium >/dev/null 2>&1 || install chromium
command -v pdftoppm >/dev/null 2>&1 || install poppler-utils

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./briefs build --out "$work/site" >&2
brief="$work/site/dell/fy2026-q1"

# a throwaway profile, no network services, no sandbox (Chromium refuses to run as root with it)
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" \
  --hide-scrollbars --force-device-scale-factor=1 --window-size=1000,2300 \
  --screenshot="$root/docs/dell-fy2026-q1-page.png" "file://$brief/index.html" 2>/dev/null

pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$brief/dell-fy2026-q1.pdf" "$root/docs/dell-fy2026-q1-pdf-1"
echo "wrote docs/dell-fy2026-q1-page.png and docs/dell-fy2026-q1-pdf-1.png" >&2

# the site's own screenshots: home page and a brief at desktop and phone widths
"$root/docs/screenshots-site.sh"
