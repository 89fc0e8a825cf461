// Embedding (issue #8): the example lesson page (www/embed-example.html, two widgets under
// hostile host CSS, one in a narrow scrolled column) and a host page on another origin that
// mounts through the JavaScript API.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { startServer } from '../../tools/static-server.mjs';
import { newPage, outputDir, useBrowser } from './support.mjs';

const env = useBrowser();

const HARBOUR = 'reading-companion';
const LIBRARY = 'div[data-reading-companion]';

/** Opens the example lesson page and waits until both widgets show their article's notes. */
async function openExample(options = { viewport: { width: 1280, height: 900 } }) {
  const page = await newPage(env, options);
  await page.goto(`${env.url}embed-example.html`);
  await page.locator(`${HARBOUR} [data-term="tidal barrier"]`).waitFor();
  await page.locator(`${LIBRARY} [data-term="pupil premium"]`).waitFor();
  return page;
}

/** The values of `attribute` on the elements matching `selector`. */
function values(page, selector, attribute) {
  return page.locator(selector).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)), attribute);
}

test('the example page: each widget renders its own article, quotes and glossary notes', async () => {
  const page = await openExample();
  assert.equal(await page.locator(`${HARBOUR} .rc-title`).innerText(), 'Harbour town votes for tidal barrier after winter floods');
  assert.equal(await page.locator(`${LIBRARY} .rc-title`).innerText(), 'Schools in Ashdown district to share four librarians');
  assert.deepEqual(new Set(await values(page, `${HARBOUR} [data-speaker]`, 'data-speaker')), new Set(['Ruth Okafor', 'Dafydd Rees', 'Tom Hale']));
  assert.deepEqual(new Set(await values(page, `${LIBRARY} [data-speaker]`, 'data-speaker')), new Set(['Helen Marsh', 'Samuel Adeyemi', 'Grace Whitfield']));
  const harbourTerms = await values(page, `${HARBOUR} [data-term]`, 'data-term');
  const libraryTerms = await values(page, `${LIBRARY} [data-term]`, 'data-term');
  for (const term of ['tidal barrier', 'spring tide', 'Site of Special Scientific Interest']) assert.ok(harbourTerms.includes(term), term);
  for (const term of ['pupil premium', 'head teacher']) assert.ok(libraryTerms.includes(term), term);
  assert.ok(!harbourTerms.includes('pupil premium') && !libraryTerms.includes('tidal barrier'), 'each has its own glossary');
  assert.match(await page.locator(`${HARBOUR} .rc-notice`).innerText(), /harbour-terms\.json: 5 terms loaded/);
  assert.match(await page.locator(`${LIBRARY} .rc-notice`).innerText(), /library-terms\.csv: 4 terms loaded/);
  // The layout follows each widget's own width, not the window's: speaker names in the
  // margin in the wide column, labels inside the text in the narrow one.
  const margin = (root) => page.locator(`${root} .rc-margin`).first().evaluate((e) => getComputedStyle(e).display);
  assert.equal(await margin(HARBOUR), 'flex');
  assert.equal(await margin(LIBRARY), 'none');
  // The second widget shows only the panels it asked for, in the light theme.
  assert.equal(await page.locator(`${LIBRARY} .rc-actions`).count(), 0);
  assert.equal(await page.locator(`${LIBRARY} .rc-embed`).getAttribute('data-theme'), 'light');
  await page.screenshot({ path: join(outputDir, 'embed-example-1280.png'), fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('widgets are independent: a speaker filter and shortcuts stay in their own widget', async () => {
  const page = await openExample();
  await page.locator(`${HARBOUR} [data-speaker-name="Tom Hale"]`).click();
  assert.equal(await page.locator(`${HARBOUR} [data-speaker-name="Tom Hale"]`).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await values(page, `${HARBOUR} .rc-claim[data-speaker]`, 'data-speaker'), ['Tom Hale']);
  assert.equal(await page.locator(`${LIBRARY} .rc-claim[data-speaker]`).count(), 3, 'the other widget still shows everyone');
  await page.locator(`${LIBRARY} .rc-claim`).first().focus();
  await page.keyboard.press('j');
  const active = (root) => page.locator(`${root} .rc-claim.rc-active`).count();
  assert.equal(await active(LIBRARY), 1, 'j steps in the widget it was pressed in');
  assert.equal(await active(HARBOUR), 0);
  // Attributes of <reading-companion> are live: setting one updates, removing one resets.
  const theme = () => page.locator(`${HARBOUR} .rc-embed`).getAttribute('data-theme');
  await page.locator(HARBOUR).evaluate((el) => el.setAttribute('theme', 'dark'));
  await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector('[data-theme="dark"]'), HARBOUR);
  assert.equal(await page.locator(`${LIBRARY} .rc-embed`).getAttribute('data-theme'), 'light', 'the other is unchanged');
  await page.locator(HARBOUR).evaluate((el) => el.removeAttribute('theme'));
  await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector('[data-theme="auto"]'), HARBOUR);
  assert.equal(await theme(), 'auto');
  assert.equal(await page.locator(`${HARBOUR} [data-speaker-name="Tom Hale"]`).getAttribute('aria-pressed'), 'true', 'the reader keeps their place');
  await page.context().close();
});

/** Computed styles of the host page's own elements, to compare with and without widgets. */
function hostStyles(page) {
  return page.evaluate(() => {
    const props = ['font-size', 'font-family', 'color', 'background-color', 'line-height', 'display', 'margin-top', 'padding-left', 'letter-spacing', 'width'];
    const selectors = ['body', 'h1', 'h2', '.instructions', 'ol.questions li', 'mark', 'kbd', 'footer p', '.lesson-side'];
    return Object.fromEntries(
      selectors.map((s) => {
        const style = getComputedStyle(document.querySelector(s));
        return [s, Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]))];
      }),
    );
  });
}

/** Computed text styles of elements inside a widget (or the stand-alone app). */
function appStyles(page, root) {
  return page.evaluate((root) => {
    const scope = root ? document.querySelector(root).shadowRoot : document;
    const props = ['font-size', 'font-family', 'line-height', 'letter-spacing', 'text-align', 'display', 'color'];
    return Object.fromEntries(
      ['.rc-para', 'mark.rc-claim', '.rc-panel-title', '.rc-link-button'].map((s) => {
        const style = getComputedStyle(scope.querySelector(s));
        return [s, Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]))];
      }),
    );
  }, root);
}

test('host styles do not leak into the widgets, and the widgets do not change the host', async () => {
  const viewport = { viewport: { width: 1280, height: 900 }, colorScheme: 'light' };
  const bare = await newPage(env, viewport);
  await bare.route('**/reading-companion.js', (route) => route.abort());
  await bare.goto(`${env.url}embed-example.html`);
  const before = await hostStyles(bare);
  await bare.context().close();

  const page = await openExample(viewport);
  assert.deepEqual(await hostStyles(page), before, 'the host page looks the same with the widgets mounted');
  const standalone = await newPage(env, viewport);
  await standalone.goto(env.url);
  await standalone.locator('[data-term]').first().waitFor();
  const expected = await appStyles(standalone);
  await standalone.context().close();
  assert.deepEqual(await appStyles(page, LIBRARY), expected, 'the library widget looks like the stand-alone app');
  // The harbour widget's links take its accent colour (the accent option); the rest is the same.
  const accented = structuredClone(expected);
  accented['.rc-link-button'].color = 'rgb(27, 107, 74)';
  assert.deepEqual(await appStyles(page, HARBOUR), accented, 'the harbour widget, with its accent');
  await page.context().close();
});

test('in a narrow scrolled column a note opens beside its term, follows it, and Escape returns focus', async () => {
  const page = await openExample({ viewport: { width: 1024, height: 700 } });
  const term = page.locator(`${LIBRARY} [data-term="head teacher"]`);
  await term.scrollIntoViewIfNeeded();
  await term.focus();
  await page.keyboard.press('Enter');
  const note = page.locator(`${LIBRARY} [role="dialog"]`);
  await note.waitFor();
  const inView = (box) => box.x >= 0 && box.y >= 0 && box.x + box.width <= 1024 && box.y + box.height <= 700;
  let [t, n] = [await term.boundingBox(), await note.boundingBox()];
  assert.ok(inView(n), JSON.stringify(n));
  assert.ok(Math.abs(n.y - (t.y + t.height + 8)) <= 2 || Math.abs(n.y + n.height + 8 - t.y) <= 2, 'next to its term');
  await page.locator('.lesson-side').evaluate((side) => side.scrollBy(0, 40));
  await page.waitForFunction(
    ([sel]) => {
      const root = document.querySelector(sel).shadowRoot;
      const t = root.querySelector('[data-term="head teacher"]').getBoundingClientRect();
      const n = root.querySelector('[role="dialog"]').getBoundingClientRect();
      return Math.abs(n.top - (t.bottom + 8)) <= 2 || Math.abs(n.bottom + 8 - t.top) <= 2;
    },
    [LIBRARY],
  );
  [t, n] = [await term.boundingBox(), await note.boundingBox()];
  await page.keyboard.press('Escape');
  await note.waitFor({ state: 'detached' });
  const focused = await page.evaluate((sel) => document.querySelector(sel).shadowRoot.activeElement?.dataset.term, LIBRARY);
  assert.equal(focused, 'head teacher');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('axe-core finds nothing on the example page, also with a note open', async () => {
  const page = await openExample();
  const check = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  };
  assert.deepEqual(await check(), []);
  await page.locator(`${HARBOUR} [data-term="salt marsh"]`).click();
  await page.locator(`${HARBOUR} [role="dialog"]`).waitFor();
  assert.deepEqual(await check(), []);
  await page.context().close();
});

/** A host page on another origin (another port), in a sub-path, including the loader. */
const host = {};
before(async () => {
  host.dir = mkdtempSync(join(tmpdir(), 'rc-host-'));
  host.server = await startServer({ dir: host.dir, base: '/lessons/week6/' });
});
after(async () => {
  await host.server?.close();
  if (host.dir) rmSync(host.dir, { recursive: true, force: true });
});

/** Writes the host page (which needs the assets' address) and opens it. */
async function openHostPage({ loader = true } = {}) {
  const assets = new URL(env.url).origin;
  const files = {
    'page.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${assets} 'wasm-unsafe-eval'; style-src 'self' ${assets}; connect-src 'self' ${assets}">
      <link rel="icon" href="icon.svg">
      <script src="${env.url}reading-companion.js"></script></head>
      <body><main><h1>Host page</h1><div id="spot"></div></main></body></html>`,
    'article.txt': 'Ferry fares to rise\n\n"Prices must cover the new engines," said Ana Ruiz, the ferry operator\'s director.',
    'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>',
    'terms.csv': 'term,note\nferry,A boat that carries people across water on a timetable.\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(host.dir, name), text);
  const page = await newPage(env, { viewport: { width: 900, height: 800 } });
  if (!loader) await page.route('**/reading-companion.js', (route) => route.abort());
  await page.goto(`${host.server.url}page.html`);
  return page;
}

/** Listeners on the window and on every node of the document, shadow trees included. */
async function listeners(page) {
  const cdp = await page.context().newCDPSession(page);
  const count = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
    return listeners.map((l) => `${l.type}@${l.backendNodeId ?? 'window'}`).sort();
  };
  return { window: await count('window'), document: await count('document') };
}

/** Every node in the document, shadow trees included. */
function nodeCount(page) {
  return page.evaluate(() => {
    const walk = (node) => [...node.childNodes].reduce((n, c) => n + walk(c), 1) + (node.shadowRoot ? walk(node.shadowRoot) : 0);
    return walk(document);
  });
}

test('from another origin and a sub-path: the API mounts, reports bad options by name, updates, and adds one global', async () => {
  const page = await openHostPage();
  await page.evaluate(() => {
    window.handle = ReadingCompanion.mount(document.getElementById('spot'), {
      article: { url: 'article.txt' },
      glossary: [{ term: 'ferry fares', note: 'What a ferry ride costs.' }, { term: 'engine' }],
      theme: 'blue',
      colour: 'red',
      panels: ['notes'],
    });
    return window.handle.ready;
  });
  await page.locator('#spot .rc-title').waitFor();
  assert.equal(await page.locator('#spot .rc-title').innerText(), 'Ferry fares to rise');
  assert.deepEqual(await values(page, '#spot [data-speaker]', 'data-speaker'), ['Ana Ruiz']);
  await page.locator('#spot [data-term="ferry fares"]').waitFor();
  assert.match(await page.locator('#spot .rc-notice').innerText(), /1 term loaded; 1 entry was not loaded: line 1: entry 2: the entry has no "note"/);
  assert.equal(await page.locator('#spot .rc-speakers').count(), 0, 'only the notes panel');
  const errors = page.problems.filter((p) => p.startsWith('console error: Reading Companion:'));
  assert.ok(errors.some((e) => e.includes('option "theme"')), errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('option "colour"')), errors.join('\n'));
  assert.equal(errors.length, 2, errors.join('\n'));
  assert.deepEqual(page.problems.filter((p) => !errors.includes(p)), [], 'no CSP violation, no other error');

  // An HTML article is read as text (through the same extractor as a pasted web page).
  const html = '<article><h1>Second story</h1><p>The ferry company will add a night crossing from May, its director said on Friday.</p>'
    + '<p>"Students asked us for a later boat home, and we listened," said Ana Ruiz, who runs the company. The new crossing leaves the harbour at eleven.</p>'
    + '<script>document.title = "ran"</script></article>';
  await page.evaluate((html) => window.handle.update({ article: { html }, glossary: 'terms.csv', theme: 'dark' }), html);
  await page.locator('#spot .rc-title', { hasText: 'Second story' }).waitFor();
  assert.equal(await page.title(), 'Host', 'the HTML was read as text: its script never ran');
  assert.equal(await page.locator('#spot .rc-embed').getAttribute('data-theme'), 'dark');
  const background = await page.locator('#spot .rc-app').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(background, 'rgb(23, 24, 26)', 'the dark colours, whatever the system setting');
  await page.locator('#spot .rc-notice', { hasText: 'terms.csv: 1 term loaded' }).waitFor();

  const globals = (p) => p.evaluate(() => Object.getOwnPropertyNames(window));
  const bare = await openHostPage({ loader: false });
  const before = new Set(await globals(bare));
  await bare.context().close();
  const added = (await globals(page)).filter((name) => !before.has(name));
  assert.deepEqual(added.sort(), ['ReadingCompanion', 'handle'], 'the test set "handle"; the loader only ReadingCompanion');
  await page.context().close();
});

test('destroy() removes every node and listener the widget added', async () => {
  const page = await openHostPage();
  await page.waitForFunction(() => window.ReadingCompanion);
  const before = { listeners: await listeners(page), nodes: await nodeCount(page) };
  await page.evaluate(() => {
    window.handle = ReadingCompanion.mount(document.getElementById('spot'), { article: { url: 'article.txt' }, glossary: 'terms.csv' });
    return window.handle.ready;
  });
  await page.locator('#spot [data-term="ferry"]').waitFor();
  await page.locator('#spot [data-term="ferry"]').click();
  await page.locator('#spot [role="dialog"]').waitFor();
  const mounted = await listeners(page);
  assert.ok(mounted.document.length > before.listeners.document.length, 'the widget listens while mounted');
  assert.ok(mounted.document.some((l) => l.startsWith('pointerdown@')), 'an open note listens on the document');
  await page.evaluate(() => window.handle.destroy());
  assert.deepEqual(await listeners(page), before.listeners);
  assert.equal(await nodeCount(page), before.nodes + 1, 'only the (empty) shadow root remains');
  assert.equal(await page.evaluate(() => document.getElementById('spot').shadowRoot.childNodes.length), 0);
  // The element can hold a new companion afterwards.
  await page.evaluate(() => ReadingCompanion.mount(document.getElementById('spot'), { article: 'Again\n\nText.' }).ready);
  await page.locator('#spot .rc-title', { hasText: 'Again' }).waitFor();
  await page.context().close();
});
