// Browser timing of article extraction (not a test): each saved page of the Readability test
// set (../shared/corpus/readability-pages, measurement material, never copied) is dropped on
// the release build in headless Chromium, as a reader would drop a saved .html file. Run
// after `trunk build --release`:
//
//   node tools/bench-extract.mjs [--limit N]
//
// Prints min, median, p90 and max of the app's `rc:extract` measure (the browser's DOMParser,
// the walk into the core's page tree, and the core's extractor) and of `rc:render` (file
// handed over to the article laid out with its highlights), over the pages that opened.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const pagesDir = new URL('../../shared/corpus/readability-pages/', import.meta.url).pathname;
const limit = Number(process.argv[process.argv.indexOf('--limit') + 1]) || Infinity;
const ids = readdirSync(pagesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .slice(0, limit);

const server = await startServer({ dir: new URL('../dist', import.meta.url).pathname });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto(server.url);
await page.locator('.rc-title').waitFor();

const count = (name) => page.evaluate((n) => performance.getEntriesByName(n).length, name);
const last = (name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1).duration, name);
const extract = [];
const render = [];
let refused = 0;
for (const id of ids) {
  const html = readFileSync(join(pagesDir, id, 'source.html'));
  const [extracts, renders] = [await count('rc:extract'), await count('rc:render')];
  await page.evaluate(([bytes, name]) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/html' }));
    document.querySelector('.rc-app').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [[...html], `${id}.html`]);
  await page.waitForFunction((n) => performance.getEntriesByName('rc:extract').length > n, extracts);
  extract.push(await last('rc:extract'));
  const opened = await page
    .waitForFunction((n) => performance.getEntriesByName('rc:render').length > n, renders, { timeout: 5000 })
    .then(() => true, () => false);
  if (opened) render.push(await last('rc:render'));
  else refused += 1;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `min ${sorted[0].toFixed(1)} ms, median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
}
console.log(`${ids.length} pages, ${refused} without an article`);
console.log(`extraction (DOMParser + walk + extract): ${stats(extract)}`);
console.log(`drop to laid-out article: ${stats(render)}`);
await browser.close();
await server.close();
