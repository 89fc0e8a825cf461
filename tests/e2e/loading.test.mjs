// Every way an article gets in (file chooser, drop, paste anywhere, web address), the
// cleaning of saved web pages and legacy encodings, refusals that keep the shown article, and
// the library that keeps opened articles across reloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, useBrowser } from './support.mjs';

const env = useBrowser();

/** A saved news page of our own, with the furniture real pages carry around the story. */
const SAVED_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour town votes to ban cruise ships | The Coast Courier</title>
<meta property="og:title" content="Harbour town votes to ban cruise ships">
<meta name="author" content="Lena Fischer">
<meta property="article:published_time" content="2031-05-04T09:00:00Z">
</head><body>
<a href="#main">Skip to content</a>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<main id="main"><article>
<h1>Harbour town votes to ban cruise ships</h1>
<p class="byline">By Lena Fischer</p>
<p>Residents of Porthaven voted on Sunday to ban cruise ships from the old harbour, ending a decade of disputes over crowds, noise and pollution in the narrow streets.</p>
<p>"We want our streets back," said Mayor Ines Calloway, who campaigned for the ban. "The ships brought money, but they also brought queues at every bakery."</p>
<figure><img src="harbour.jpg" alt=""><figcaption>The old harbour at dawn. Photo: Coast Courier archive</figcaption></figure>
<h2>What happens next</h2>
<p>The ban takes effect next spring. Tour operators said they would challenge the vote in court, arguing that the council had exceeded its powers under national law.</p>
<p>Local shop owners were divided. Some feared losing summer trade, while others welcomed quieter streets, shorter queues and, perhaps, lower rents.</p>
</article>
<aside class="related"><h2>More stories</h2><ul><li><a href="/a">Ferry fares to rise</a></li><li><a href="/b">New lighthouse museum opens</a></li></ul></aside>
</main>
<footer><p>© 2031 The Coast Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<script>window.__pageScriptRan = true;</script>
</body></html>`;

const PAGE_TITLE = 'Harbour town votes to ban cruise ships';
const PAGE_DEBRIS = ['Skip to content', 'Accept all cookies', 'Ferry fares', 'All rights reserved', 'Photo: Coast Courier'];

/** A plain-text article in windows-1252, with curly quotes (0x92–0x94) that Latin-1 lacks. */
function windows1252(text) {
  const special = { '\u2019': 0x92, '\u201C': 0x93, '\u201D': 0x94 };
  return Buffer.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}
const ZURICH = [
  'Café owners in Zürich welcome the ruling',
  'Marta Núñez',
  'March 3, 2031',
  'The city\u2019s cafés may keep their terraces open until midnight, the court ruled on Monday.',
  '\u201CThis is a good day for the old town,\u201D said café owner Jürg Weiß.',
].join('\n\n');

/** The visible text of every element matching `selector`. */
const texts = (page, selector) => page.locator(selector).allInnerTexts();

/** Chooses `file` ({ name, mimeType, buffer }) in the open panel's file chooser. */
async function chooseFile(page, file) {
  const panel = page.getByRole('button', { name: 'Open an article' });
  if ((await panel.getAttribute('aria-expanded')) !== 'true') await panel.click();
  await page.getByLabel(/Or open a file/).setInputFiles(file);
}

/** Opens the web address `url` through the open panel. */
async function openAddress(page, url) {
  await page.getByRole('button', { name: 'Open an article' }).click();
  await page.getByRole('textbox', { name: 'Or its web address' }).fill(url);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

/** Checks the saved page was opened clean: headline, byline, story, no furniture. */
async function assertCleanPage(page) {
  await page.locator('h1', { hasText: PAGE_TITLE }).waitFor();
  const body = await page.locator('.rc-article').innerText();
  assert.match(body, /Residents of Porthaven voted on Sunday/);
  assert.match(body, /What happens next/);
  assert.match(body, /lower rents/);
  for (const debris of PAGE_DEBRIS) assert.ok(!body.includes(debris), `"${debris}" is left in:\n${body}`);
  assert.match(await page.locator('.rc-meta').innerText(), /Lena Fischer/);
  const speakers = await page.locator('[data-quote-id]').evaluateAll((els) => els.map((e) => e.dataset.speaker));
  assert.ok(speakers.length >= 1 && speakers.every((s) => s === 'Ines Calloway'), speakers.join());
  assert.equal(await page.evaluate(() => window.__pageScriptRan), undefined, "the page's script never runs");
}

test('a saved web page opened with the file chooser shows the story without the page around it', async () => {
  const page = await openApp(env);
  await chooseFile(page, { name: 'porthaven.html', mimeType: 'text/html', buffer: Buffer.from(SAVED_PAGE) });
  await assertCleanPage(page);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a windows-1252 text file shows its accents and curly quotes right', async () => {
  const page = await openApp(env);
  await chooseFile(page, { name: 'zurich.txt', mimeType: 'text/plain', buffer: windows1252(ZURICH) });
  await page.locator('h1', { hasText: 'Café owners in Zürich welcome the ruling' }).waitFor();
  assert.match(await page.locator('.rc-article').innerText(), /The city’s cafés may keep/);
  assert.deepEqual(
    await page.locator('[data-quote-id]').evaluateAll((els) => els.map((e) => [e.innerText, e.dataset.speaker])),
    [['This is a good day for the old town,', 'Jürg Weiß']],
  );
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a dropped file and a dropped selection open; a paste outside any field opens too', async () => {
  const page = await openApp(env);
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.items.add(new File([html], 'porthaven.html', { type: 'text/html' }));
    const app = document.querySelector('.rc-app');
    app.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    app.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, SAVED_PAGE);
  await assertCleanPage(page);

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Dropped headline\n\nA paragraph that was dragged here from another window.');
    document.querySelector('.rc-article').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.locator('h1', { hasText: 'Dropped headline' }).waitFor();

  await page.evaluate(() => document.activeElement?.blur());
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Pasted headline\n\n"It works," said Ada Byron.');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.locator('h1', { hasText: 'Pasted headline' }).waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a web address opens the page it names, decoded with the charset its server declares', async () => {
  const page = await openApp(env);
  await page.route('https://press.example/**', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=windows-1252' },
      body: windows1252(`<html><head><title>Café owners in Zürich welcome the ruling – Press Example</title></head><body><article><h1>Café owners in Zürich welcome the ruling</h1>${ZURICH.split('\n\n')
        .slice(3)
        .map((p) => `<p>${p} ${'The terraces will stay. '.repeat(6)}</p>`)
        .join('')}</article></body></html>`),
    }),
  );
  await openAddress(page, 'https://press.example/news/zurich.html');
  await page.locator('h1', { hasText: 'Café owners in Zürich welcome the ruling' }).waitFor();
  assert.match(await page.locator('.rc-article').innerText(), /Jürg Weiß/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a site that refuses cross-origin reading is explained, and the article stays', async () => {
  const page = await openApp(env);
  await page.route('https://closed.example/**', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html', 'access-control-allow-origin': 'https://partner.example' },
      body: '<p>Subscribers only.</p>',
    }),
  );
  await openAddress(page, 'https://closed.example/story');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const message = await alert.innerText();
  assert.match(message, /cross-origin/);
  assert.match(message, /save it/);
  assert.match(await page.locator('h1').innerText(), /US offers Iraq/);
  // Chromium itself logs the refused request; nothing else may be logged.
  const others = page.problems.filter((p) => !/CORS policy|net::ERR_FAILED/.test(p));
  assert.deepEqual(others, []);
  await page.context().close();
});

test('an image, an empty file and a page without an article are refused; the article stays', async () => {
  const page = await openApp(env);
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const cases = [
    [{ name: 'photo.png', mimeType: 'image/png', buffer: png }, /photo\.png: This is an image, not an article/],
    [{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }, /empty/],
    [{ name: 'menu.html', mimeType: 'text/html', buffer: Buffer.from('<nav><a href="/">Home</a></nav>') }, /menu\.html: /],
  ];
  for (const [file, message] of cases) {
    await chooseFile(page, file);
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
    assert.match(await page.locator('h1').innerText(), /US offers Iraq/, `${file.name} replaced the article`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an opened article is kept in the library: it survives a reload, reopens, and can be deleted', async () => {
  const page = await openApp(env);
  await chooseFile(page, { name: 'porthaven.html', mimeType: 'text/html', buffer: Buffer.from(SAVED_PAGE) });
  await page.locator('h1', { hasText: PAGE_TITLE }).waitFor();
  await page.getByRole('button', { name: 'Library (1)' }).waitFor();

  await page.reload();
  await page.locator('h1', { hasText: /US offers Iraq/ }).waitFor();
  // Saved articles are in the browser: reopening needs no network.
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Library (1)' }).click();
  const list = page.getByRole('list', { name: 'Saved articles' });
  assert.deepEqual(await texts(list, '.rc-library-date'), ['May 4, 2031']);
  await list.getByRole('button', { name: PAGE_TITLE, exact: true }).click();
  await assertCleanPage(page);

  await page.getByRole('button', { name: 'Library (1)' }).click();
  await page.getByRole('button', { name: `Delete ${PAGE_TITLE}` }).click();
  await page.getByRole('button', { name: 'Library (0)' }).waitFor();
  await page.context().setOffline(false);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('where the browser stores nothing, an article still opens and the reader is told', async () => {
  const page = await openApp(env);
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.reload();
  await page.locator('h1', { hasText: /US offers Iraq/ }).waitFor();
  await chooseFile(page, { name: 'porthaven.html', mimeType: 'text/html', buffer: Buffer.from(SAVED_PAGE) });
  await assertCleanPage(page);
  const notice = page.locator('.rc-notice', { hasText: 'This article is open, but it was not saved in your library' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /private browsing/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the sample shows none of the page debris it was copied with', async () => {
  const page = await openApp(env);
  const body = await page.locator('.rc-article').innerText();
  for (const debris of ['Skip to content', 'Skip to main menu', 'Image:', "DW's Top Story", 'Go to homepage']) {
    assert.ok(!body.includes(debris), `"${debris}" is shown`);
  }
  assert.match(body, /Spencer Kimball/);
  assert.match(body, /June 12, 2014/);
  await page.context().close();
});
