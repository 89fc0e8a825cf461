// Offline: the installable app (manifest, icons, service worker) and the single-file edition.
// The service worker tests serve a copy of dist/ of their own, so that they can cut its
// network and deploy a changed build into it.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { describeBuild, writeServiceWorker } from '../../tools/build/service-worker.mjs';
import { SINGLE_FILE } from '../../tools/build/single-file.mjs';
import { BASE_PATH, distDir, launchWithProfile, openApp, outputDir, serveBuild, useBrowser } from './support.mjs';

const env = useBrowser();

/** An article with a quoted claim and a term from the built-in notes pack. */
const ARTICLE = [
  'Moon base opens to visitors',
  'Ada Byron',
  'March 3, 2031',
  '"The hotel is safe for every guest," said Mara Quill, a spokeswoman for the lunar agency.',
  'Analysts at the RAND Corporation were less sure about the cost.',
].join('\n\n');

/** A copy of dist/ in a fresh temporary directory, and a server for it. */
async function servedCopy(t) {
  const dir = mkdtempSync(join(tmpdir(), 'rc-offline-'));
  cpSync(distDir, dir, { recursive: true });
  const server = await serveBuild(dir);
  t.after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, server };
}

/** Opens the app at `url` and waits until the service worker has cached it and controls the page. */
async function openInstalled(url) {
  const page = await openApp({ browser: env.browser, url });
  await page.getByRole('status').filter({ hasText: 'Ready to work offline' }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

/** Pastes `ARTICLE`, checks its claim is highlighted with its speaker, and opens a note. */
async function readPastedArticle(page) {
  await page.getByRole('button', { name: 'Open an article' }).click();
  await page.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);
  await page.getByRole('button', { name: 'Show this article' }).click();
  await page.locator('h1', { hasText: 'Moon base opens to visitors' }).waitFor();
  assert.deepEqual(
    await page.locator('[data-quote-id]').evaluateAll((els) => els.map((e) => e.dataset.speaker)),
    ['Mara Quill'],
  );
  await page.locator('[data-term="RAND Corporation"]').click();
  await page.getByRole('dialog', { name: 'RAND Corporation' }).waitFor();
}

/** Every cache's name and the paths of the requests it holds. */
function cacheContents(page) {
  return page.evaluate(async () => {
    const contents = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      contents[name] = requests.map((r) => new URL(r.url).pathname).sort();
    }
    return contents;
  });
}

test('after the first visit the app loads, analyses and opens notes with the network cut', async (t) => {
  const { dir, server } = await servedCopy(t);
  const page = await openInstalled(server.url);
  const build = describeBuild(dir);
  assert.deepEqual(await cacheContents(page), {
    [`reading-companion-${build.version}`]: build.files.map((f) => BASE_PATH + f),
  });
  assert.ok(build.files.includes('notes/pack.json') && build.files.includes('sample/dw-us-iraq-isis-2014.txt'));

  // Cut the network for the whole context, and stop the server too.
  await page.context().setOffline(true);
  await server.close();
  const response = await page.reload();
  assert.ok(response.fromServiceWorker(), 'the page came from the service worker');
  await page.locator('.rc-title').waitFor();
  assert.match(await page.locator('h1').innerText(), /US offers Iraq/);
  assert.equal(await page.getByText('Ready to work offline').count(), 0, 'said once, on the first visit');
  await readPastedArticle(page);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/**
 * Deploys a changed build into `dir`, as a new release would: the styles changed (so their
 * hashed name did), index.html points to them, and the build steps write a new service worker.
 * Returns the old and the new styles' names.
 */
function deployChangedBuild(dir) {
  const before = readdirSync(dir).find((f) => /^styles-[0-9a-f]+\.css$/.test(f));
  const css = `${readFileSync(join(dir, before), 'utf8')}\n.rc-app .rc-brand { letter-spacing: 0.01em; }\n`;
  const after = `styles-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
  writeFileSync(join(dir, after), css);
  rmSync(join(dir, before));
  const html = readFileSync(join(dir, 'index.html'), 'utf8').replace(
    new RegExp(`href="\\./${before}" integrity="[^"]*"`),
    `href="./${after}" integrity="${integrity}"`,
  );
  assert.ok(html.includes(after), 'index.html links the new styles');
  writeFileSync(join(dir, 'index.html'), html);
  writeServiceWorker(dir);
  return { before, after };
}

test('a changed deploy shows the update prompt, reloads into it and leaves no old file cached', async (t) => {
  const { dir, server } = await servedCopy(t);
  const page = await openInstalled(server.url);
  const oldVersion = describeBuild(dir).version;
  const styles = deployChangedBuild(dir);
  const build = describeBuild(dir);
  assert.notEqual(build.version, oldVersion);

  // The reader comes back to the tab: the app asks the browser to look for a new version.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const prompt = page.getByRole('status').filter({ hasText: 'A new version' });
  await prompt.waitFor();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: join(outputDir, 'update-prompt-360.png') });
  const axe = await new AxeBuilder({ page }).include('.rc-sw-status').analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  const linkedStyles = () =>
    page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  assert.ok((await linkedStyles()).includes(`./${styles.before}`), 'the open page keeps running the old version');

  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  await page.locator('.rc-title').waitFor();
  assert.ok((await linkedStyles()).includes(`./${styles.after}`), 'the reloaded page runs the new version');
  const cached = await cacheContents(page);
  assert.deepEqual(cached, { [`reading-companion-${build.version}`]: build.files.map((f) => BASE_PATH + f) });
  assert.ok(!cached[`reading-companion-${build.version}`].includes(BASE_PATH + styles.before));
  assert.equal(await page.getByRole('status').filter({ hasText: 'A new version' }).count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path) {
  const png = readFileSync(path);
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${path} is a PNG`);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test('the manifest and icons pass Chromium\'s installability checks', async (t) => {
  // Chromium does not install from incognito, which every new context is: this one has a profile.
  const profile = mkdtempSync(join(tmpdir(), 'rc-profile-'));
  const context = await launchWithProfile(profile);
  t.after(() => rmSync(profile, { recursive: true, force: true }));
  const page = await context.newPage();
  await page.goto(env.url);
  await page.locator('.rc-title').waitFor();
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);

  const parsed = JSON.parse(manifest.data);
  assert.equal(parsed.display, 'standalone');
  assert.equal(new URL(parsed.start_url, manifest.url).href, env.url, 'the app starts where it is served');
  for (const icon of parsed.icons.filter((i) => i.type === 'image/png')) {
    const [width, height] = pngSize(join(distDir, icon.src));
    assert.equal(`${width}x${height}`, icon.sizes, icon.src);
  }
  assert.deepEqual(parsed.icons.map((i) => `${i.sizes} ${i.purpose}`).sort(), [
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
    'any any',
  ]);
  await context.close();
});

test('the single file opened from disk highlights the sample\'s quotes, opens notes and reads a paste', async () => {
  const file = join(distDir, SINGLE_FILE);
  const html = readFileSync(file, 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  assert.match(csp, /script-src 'sha256-[^']+' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|'self'/);

  const page = await openApp({ browser: env.browser, url: pathToFileURL(file).href });
  assert.equal(await page.locator('[data-quote-id]').count(), 11, 'the sample\'s 11 claims');
  await page.locator('[data-term="Strategic Framework Agreement"]').first().click();
  await page.getByRole('dialog', { name: 'Strategic Framework Agreement' }).waitFor();
  await page.keyboard.press('Escape');
  await readPastedArticle(page);
  const registered = await page.evaluate(async () => {
    try {
      return (await navigator.serviceWorker?.getRegistrations())?.length ?? 0;
    } catch {
      return 0;
    }
  });
  assert.equal(registered, 0, 'no service worker');
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.deepEqual(fetched.filter((r) => !r.startsWith('data:')), [], 'nothing is fetched');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
