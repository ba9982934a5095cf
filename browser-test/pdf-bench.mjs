// The Chromium peer of bench/run: converts HTML files to PDF with one warm headless Chromium
// (Page.printToPDF through playwright-core's page.pdf), one page reused for every document, and
// prints one line per document: "<ms> <file>". The time covers loading the page from file://
// (HTML, CSS, fonts) and printing it, as a user converting the same HTML would pay.
//
//   node pdf-bench.mjs OUT_DIR FILE...
import { launch } from './browser.mjs';
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdirSync } from 'node:fs';

const [out, ...files] = process.argv.slice(2);
if (!out || files.length === 0) {
  console.error('usage: node pdf-bench.mjs OUT_DIR FILE...');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const browser = await launch();
try {
  const page = await browser.context.newPage();
  for (const file of files) {
    const name = basename(dirname(dirname(resolve(file)))) + '-' + basename(dirname(resolve(file))) + '.pdf';
    const t0 = process.hrtime.bigint();
    await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
    await page.pdf({ path: resolve(out, name), format: 'Letter', printBackground: true });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(`${ms.toFixed(1)} ${file}`);
  }
} finally {
  await browser.close();
}
