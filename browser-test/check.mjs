// The site in a real browser (Debian's Chromium through playwright-core), served by `briefs serve`.
// For each page type, at 1280 px and at 360 px (light and dark colour schemes):
//   - no axe-core violation of serious or critical impact,
//   - no console error, no failed request, no request leaving the site,
//   - no horizontal scrolling at 360 px;
// then it follows every internal link from the home page (pages, feeds, downloads) and expects
// no 404 (and every #fragment to name an element).
// Usage: node check.mjs http://127.0.0.1:PORT/      Exit code 0 when everything holds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';

const base = new URL(process.argv[2] || '');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGE_TYPES = [
  { name: 'home', path: '' },
  { name: 'company', path: 'dell/' },
  { name: 'brief', path: 'dell/fy2026-q1/' },
  { name: 'first brief', path: 'dell/fy2025-q1/' },
  { name: 'methodology', path: 'methodology/' },
  { name: '404', path: 'no/such/page/', status: 404 },
];
const VIEWS = [
  { width: 1280, height: 900, scheme: 'light' },
  { width: 360, height: 780, scheme: 'light' },
  { width: 360, height: 780, scheme: 'dark' },
];

let passed = 0;
const failures = [];
const fail = (what, detail) => failures.push(`${what}: ${detail}`);

/** Loads a page and reports everything that went wrong while it loaded and ran. */
async function checkPage(context, type, view) {
  const what = `${type.name} (/${type.path}) at ${view.width} px, ${view.scheme}`;
  const url = new URL(type.path, base).href;
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    const ownStatus = type.status && m.text().includes(`status of ${type.status}`);
    if (m.type() === 'error' && !ownStatus) problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !(r.url() === url && r.status() === type.status)) {
      problems.push(`HTTP ${r.status()} for ${r.url()}`);
    }
  });
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.origin !== base.origin && target.protocol !== 'data:') {
      problems.push(`external request: ${target.href}`);
      return route.abort();
    }
    return route.continue();
  });
  await page.setViewportSize({ width: view.width, height: view.height });
  await page.emulateMedia({ colorScheme: view.scheme });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response.status() !== (type.status || 200)) problems.push(`status ${response.status()}`);
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`scrolls sideways by ${overflow} px`);
  // chart text as drawn on the screen: the SVG's font size times the drawing's scale
  const smallest = await page.evaluate(() => {
    let min = Infinity;
    for (const svg of document.querySelectorAll('.chart-drawing svg')) {
      if (getComputedStyle(svg).display === 'none') continue;
      const scale = svg.getScreenCTM().a;
      for (const t of svg.querySelectorAll('text')) {
        min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale);
      }
    }
    return min;
  });
  if (smallest < 9) problems.push(`chart text drawn at ${smallest.toFixed(1)} px, too small to read (at least 9 px)`);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ');
    problems.push(`axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.length}x: ${targets})`);
  }
  page.removeAllListeners();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.close();
  if (problems.length === 0) {
    passed++;
    console.log(`ok    ${what}`);
  } else {
    problems.forEach((p) => fail(what, p));
    console.log(`FAIL  ${what}\n      ${problems.join('\n      ')}`);
  }
}

/** Follows every internal link from the home page; pages are parsed for more links. */
async function crawl(context) {
  const seen = new Set();
  const queue = [new URL('', base).href];
  const page = await context.newPage();
  let followed = 0;
  while (queue.length > 0) {
    const href = queue.shift();
    const url = new URL(href);
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    const response = await context.request.get(url.href, { maxRedirects: 5 });
    followed++;
    if (response.status() !== 200) {
      fail('link', `${url.href} answered ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] || '').startsWith('text/html')) continue;
    await page.goto(url.href, { waitUntil: 'domcontentloaded' });
    const links = await page.evaluate(() => [...document.querySelectorAll('a[href], link[href], img[src], script[src]')]
      .map((e) => ({ href: e.href || e.src, rel: e.getAttribute('rel') || '' })));
    for (const link of links) {
      const target = new URL(link.href);
      if (target.origin !== base.origin || link.rel === 'canonical') continue;
      if (target.hash && target.pathname === url.pathname) {
        const found = await page.evaluate((id) => document.getElementById(id) !== null, decodeURIComponent(target.hash.slice(1)));
        if (!found) fail('fragment', `${url.href} links to ${target.hash}, which names no element`);
      }
      queue.push(target.href);
    }
  }
  await page.close();
  console.log(`followed ${followed} internal links`);
  if (followed < 20) fail('crawl', `only ${followed} links followed: the site looks incomplete`);
  else passed++;
}

if (!base.protocol.startsWith('http')) {
  console.error('usage: node check.mjs http://127.0.0.1:PORT/');
  process.exit(2);
}
const browser = await launch();
try {
  for (const type of PAGE_TYPES) {
    for (const view of VIEWS) {
      await checkPage(browser.context, type, view);
    }
  }
  await crawl(browser.context);
} finally {
  await browser.close();
}
for (const f of failures) console.log(`failure: ${f}`);
console.log(`browser checks: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
