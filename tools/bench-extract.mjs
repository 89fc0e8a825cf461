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
import { launchBench, summary } from './bench-support.mjs';

const pagesDir = new URL('../../shared/corpus/readability-pages/', import.meta.url).pathname;
const limit = Number(process.argv[process.argv.indexOf('--limit') + 1]) || Infinity;
const ids = readdirSync(pagesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .slice(0, limit);

const bench = await launchBench();
const page = await (await bench.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto(bench.server.url);
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

console.log(`${ids.length} pages, ${refused} without an article`);
console.log(`extraction (DOMParser + walk + extract): ${summary(extract)}`);
console.log(`drop to laid-out article: ${summary(render)}`);
await bench.close();
