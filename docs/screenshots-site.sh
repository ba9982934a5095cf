#!/usr/bin/env bash
# Regenerates the README's screenshots of the site: the home page and a brief, at desktop
# (1280 px) and phone (360 px) widths, from the sample data. Needs Chromium (/usr/bin/chromium or
# BRIEFS_CHROMIUM) and node; installs browser-test/'s npm packages when they are missing.
# Usage: docs/screenshots-site.sh            (writes docs/site-*.png)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
site="$here/target/screenshot-site"
cd "$here"
if [ ! -d browser-test/node_modules/playwright-core ] || [ ! -d browser-test/node_modules/axe-core ]; then
  (cd browser-test && npm ci --no-audit --no-fund)
fi
# the sample's release date keeps the pages identical from run to run
SOURCE_DATE_EPOCH=1748476800 ./briefs build --out "$site" --clean
node browser-test/screenshots.mjs "file://$site/" "$here/docs"
