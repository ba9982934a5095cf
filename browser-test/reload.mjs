// An open page reloads itself after an edit (briefs serve's live reload, by server-sent events):
// opens the page, waits until its event stream is open, says "ready", then waits for the page to
// reload by itself and checks that it shows the text given.
// Usage: node reload.mjs http://127.0.0.1:PORT/dell/fy2026-q1/ "Operating cash flow was $2.9 billion"
import { launch } from './browser.mjs';

const [url, text] = process.argv.slice(2);
if (!url || !text) {
  console.error('usage: node reload.mjs URL TEXT');
  process.exit(2);
}
const browser = await launch();
let code = 1;
try {
  const page = await browser.context.newPage();
  const listening = page.waitForResponse((r) => r.url().endsWith('/__briefs/events'), { timeout: 30000 });
  await page.goto(url, { waitUntil: 'load' });
  await listening;
  await page.evaluate(() => { window.briefsBeforeReload = true; });
  const reloaded = page.waitForEvent('load', { timeout: 60000 });
  let committed = 0;
  page.on('framenavigated', (f) => { if (f === page.mainFrame() && !committed) committed = Date.now(); });
  console.log('ready');
  const start = Date.now();
  await reloaded;
  const loaded = Date.now();
  const fresh = await page.evaluate(() => window.briefsBeforeReload === undefined);
  const body = await page.innerText('body');
  if (!fresh) {
    console.log('FAIL the page loaded again without reloading itself');
  } else if (!body.includes(text)) {
    console.log(`FAIL the page reloaded ${Date.now() - start} ms after "ready" but does not show "${text}"`);
  } else {
    console.log(`reloaded ${loaded - start} ms after "ready" (the new page arrived after ${committed - start} ms)`
      + ` and shows "${text}"`);
    code = 0;
  }
} catch (e) {
  console.log(`FAIL ${e.message}`);
} finally {
  await browser.close();
}
process.exit(code);
