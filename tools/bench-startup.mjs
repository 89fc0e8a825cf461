// Browser timing of start-up (not a test): how long from navigation to the sample's headline
// on screen, in headless Chromium on the release build, for each way the app is opened: served
// on loopback (first visit, nothing cached), reloaded from the service worker with the network
// cut, and the single file from file://. Run after `trunk build --release`:
//
//   node tools/bench-startup.mjs [--runs 10]
//
// Prints min, median and p90 in ms of the headline's time since the navigation started.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBench, summary } from './bench-support.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 10;
const dist = fileURLToPath(new URL('../dist', import.meta.url));

/** Records in `window.__headlineAt` when the headline enters the page (ms since navigation). */
function watchHeadline() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.rc-title')) return;
    window.__headlineAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** Milliseconds from the navigation's start until the headline is in the page. */
async function headlineAfter(page, navigate) {
  await navigate();
  await page.locator('.rc-title').waitFor();
  return page.evaluate(() => window.__headlineAt);
}

/** Runs `once` (which opens a fresh page in a fresh context) `runs` times; returns the stats. */
async function measure(once) {
  const times = [];
  for (let i = 0; i < runs; i += 1) times.push(await once());
  return `${summary(times, 0)} over ${runs} runs`;
}

const { server, browser, close } = await launchBench();

/** A fresh context and page; `ready` prepares it before the timed navigation. */
async function fresh(timed, ready = async () => {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await ready(page);
  await page.addInitScript(watchHeadline);
  const ms = await headlineAfter(page, () => timed(page));
  await context.close();
  return ms;
}

const served = await measure(() => fresh((page) => page.goto(server.url)));
console.log(`served, first visit: ${served}`);
const offline = await measure(() =>
  fresh(
    (page) => page.reload(),
    async (page) => {
      await page.goto(server.url);
      await page.getByText('Ready to work offline').waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.context().setOffline(true);
    },
  ),
);
console.log(`from the service worker, offline: ${offline}`);
const single = pathToFileURL(join(dist, 'reading-companion.html')).href;
console.log(`single file from file://: ${await measure(() => fresh((page) => page.goto(single)))}`);
await close();
