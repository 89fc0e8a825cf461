// Browser timing of the embed (not a test): how long from opening the example lesson page
// (dist/embed-example.html, two widgets) to both widgets showing their headline, and to both
// showing their glossary's terms, in headless Chromium on the release build, each load in a
// fresh browser context (nothing cached). Run after `trunk build --release`:
//
//   node tools/bench-embed.mjs [--runs 7]
//
// Prints the median and the slowest run in ms, from navigation start.
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const dist = new URL('../dist', import.meta.url).pathname;
const server = await startServer({ dir: dist, base: '/courses/reading/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});

/** The page's time (ms since navigation) when `selector` matches inside every widget. */
function whenEveryWidgetHas(page, selector) {
  const check = (sel) =>
    [...document.querySelectorAll('reading-companion, [data-reading-companion]')].every((e) =>
      e.shadowRoot?.querySelector(sel),
    ) && performance.now();
  return page.waitForFunction(check, selector, { polling: 'raf' }).then((handle) => handle.jsonValue());
}

const headlines = [];
const terms = [];
for (let i = 0; i < runs; i += 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}embed-example.html`);
  headlines.push(await whenEveryWidgetHas(page, '.rc-title'));
  terms.push(await whenEveryWidgetHas(page, '[data-term]'));
  await context.close();
}
const summary = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `median ${sorted[sorted.length >> 1].toFixed(0)} ms, slowest ${sorted.at(-1).toFixed(0)} ms`;
};
console.log(`both headlines: ${summary(headlines)}; both glossaries' terms: ${summary(terms)} (${runs} loads)`);
await browser.close();
await server.close();
