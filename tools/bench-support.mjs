// Shared by the browser timing scripts (tools/bench-*.mjs): dist/ served on loopback and
// Debian's Chromium started headless, and one way to summarise timings.
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

/** Serves dist/ and starts Chromium; `close()` stops both. */
export async function launchBench() {
  const server = await startServer({ dir: new URL('../dist', import.meta.url).pathname });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return { server, browser, close: async () => { await browser.close(); await server.close(); } };
}

/** "min …, median …, p90 …, max …" of `values` in milliseconds, with `digits` decimals. */
export function summary(values, digits = 1) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const ms = (v) => `${v.toFixed(digits)} ms`;
  return `min ${ms(sorted[0])}, median ${ms(at(0.5))}, p90 ${ms(at(0.9))}, max ${ms(sorted.at(-1))}`;
}
