// Shared set-up for the end-to-end tests: the release build in dist/ served on loopback under
// a sub-path, Debian's Chromium driven by playwright-core, and a record of every console
// error, uncaught exception and Content-Security-Policy violation a page produces.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/static-server.mjs';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distDir = join(repoRoot, 'dist');
/** Screenshots and other artefacts of the run. */
export const outputDir = join(repoRoot, 'test-results', 'e2e');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const LAUNCH_OPTIONS = { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS };

/**
 * A browser of its own with a profile in `userDataDir`, as one context: for what Chromium
 * refuses in incognito, which every context of the shared browser is (installing an app).
 */
export function launchWithProfile(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, LAUNCH_OPTIONS);
}

/** The sub-path the tests serve builds under, to prove they need no site root. */
export const BASE_PATH = '/courses/reading/';

/** Serves the build in `dir` on loopback under {@link BASE_PATH}: `{ url, close }`. */
export function serveBuild(dir) {
  return startServer({ dir, base: BASE_PATH });
}

/** Starts the server and the browser; `close()` stops both. */
async function startBrowser() {
  mkdirSync(outputDir, { recursive: true });
  const server = await serveBuild(distDir);
  const browser = await chromium.launch(LAUNCH_OPTIONS);
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Starts the server and the browser before this test file's tests and stops them after.
 * The returned object is filled in before the first test: `url`, `browser`.
 */
export function useBrowser() {
  const env = {};
  before(async () => {
    Object.assign(env, await startBrowser());
  });
  after(async () => {
    await env.close?.();
  });
  return env;
}

/**
 * Opens a new page on the app with `options` (viewport, colorScheme) and waits for the
 * article headline. `page.problems` lists console errors, page errors and CSP violations.
 * With `fakeClock`, the page's timers run only when the test advances `page.clock`.
 */
export async function openApp(env, options = {}, { fakeClock = false } = {}) {
  const page = await newPage(env, options, { fakeClock });
  await page.goto(env.url);
  await page.locator('.rc-title').first().waitFor();
  return page;
}

/**
 * A new page in a new context with `options`, not yet navigated, recording its problems in
 * `page.problems` (console errors and warnings, page errors, CSP violations).
 */
export async function newPage(env, options = {}, { fakeClock = false } = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  if (fakeClock) await page.clock.install();
  page.problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') page.problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.problems.push(`page error: ${err.message}`));
  await page.exposeBinding('reportCspViolation', (_, text) => page.problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
    );
  });
  return page;
}

/** Title and body blocks of the reviewed golden outline of the sample, in order. */
export function sampleOutline() {
  const outline = readFileSync(join(repoRoot, 'tests/golden/dw-us-iraq-isis-2014.outline'), 'utf8');
  const parts = outline.split('\n').map((line) => line.match(/^(title|byline|date|standfirst|heading|p): (.*)$/));
  return parts.filter(Boolean).map(([, label, text]) => ({ label, text }));
}
