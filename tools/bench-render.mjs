// Browser timing of the reader (not a test): how long from article text handed to the app
// (a paste) to the article laid out with every claim highlighted, in headless Chromium on the
// release build. Run after `trunk build --release`:
//
//   node tools/bench-render.mjs [--runs 15]
//
// It measures the sample article and a 200 KB article (the sample's story repeated), reading
// the app's own `rc:render` performance measure, and prints min, median and p90 in ms.
import { readFileSync } from 'node:fs';
import { launchBench, summary } from './bench-support.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
const sample = readFileSync(new URL('../www/sample/dw-us-iraq-isis-2014.txt', import.meta.url), 'utf8');

/** A long article: a headline, then the sample's story repeated until it passes `bytes`. */
function longArticle(bytes) {
  const story = sample.slice(sample.indexOf('Washington has promised'), sample.indexOf('Skip next section'));
  let text = 'A very long article about Iraq\n\nBy A. Writer\n\n';
  for (let part = 1; Buffer.byteLength(text) < bytes; part += 1) text += `Part ${part}\n\n${story}\n`;
  return text;
}

async function time(page, text) {
  const durations = [];
  for (let i = 0; i < runs; i += 1) {
    await page.getByRole('button', { name: 'Open an article' }).click();
    await page.getByRole('textbox', { name: 'Article text' }).fill(text);
    const before = await page.evaluate(() => performance.getEntriesByName('rc:render').length);
    await page.getByRole('button', { name: 'Show this article' }).click();
    await page.waitForFunction((n) => performance.getEntriesByName('rc:render').length > n, before);
    durations.push(await page.evaluate(() => performance.getEntriesByName('rc:render').at(-1).duration));
  }
  const claims = await page.locator('[data-quote-id]').count();
  return { durations, claims };
}

const bench = await launchBench();
const page = await (await bench.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto(bench.server.url);
await page.locator('.rc-title').waitFor();
for (const [name, text] of [['sample', sample], ['200 KB article', longArticle(200 * 1024)]]) {
  const r = await time(page, text);
  const kb = (Buffer.byteLength(text) / 1024).toFixed(1);
  console.log(`${name} (${kb} KB, ${r.claims} claims): text to laid-out highlights ${summary(r.durations)} over ${runs} runs`);
}
await bench.close();
