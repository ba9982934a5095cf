// Takes the README's screenshots of a built site: the home page and a brief, at desktop and phone
// widths. Usage: node screenshots.mjs SITE_URL OUT_DIR [BRIEF_PATH]
import { launch } from './browser.mjs';

const [site, out, brief = 'dell/fy2026-q1/index.html'] = process.argv.slice(2);
if (!site || !out) {
  console.error('usage: node screenshots.mjs SITE_URL OUT_DIR [BRIEF_PATH]');
  process.exit(2);
}
const base = site.endsWith('/') ? site : site + '/';
const shots = [
  { name: 'site-home-desktop', path: 'index.html', width: 1280, height: 900 },
  { name: 'site-home-phone', path: 'index.html', width: 360, height: 780 },
  { name: 'site-brief-desktop', path: brief, width: 1280, height: 1400 },
  { name: 'site-brief-phone', path: brief, width: 360, height: 1500 },
];

const browser = await launch();
try {
  for (const shot of shots) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.goto(base + shot.path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${out}/${shot.name}.png` });
    await page.close();
    console.log(`${out}/${shot.name}.png`);
  }
} finally {
  await browser.close();
}
