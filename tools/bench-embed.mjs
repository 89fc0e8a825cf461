// Browser timing of the embed (not a test): how long from opening the example lesson page
// (dist/embed-example.html, two widgets) to both widgets showing their headline, and to both
// showing their glossary's terms, in headless Chromium on the release build, each load in a
// fresh browser context (nothing cached). Run after `trunk build --release`:
//
//   node tools/bench-embed.mjs [--runs 7]
//
// Prints min, median, p90 and max in ms, from navigation start.
import { launchBench, summary } from './bench-support.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const { server, browser, close } = await launchBench();

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
console.log(`both headlines: ${summary(headlines, 0)}`);
console.log(`both glossaries' terms: ${summary(terms, 0)} (${runs} loads)`);
await close();
