// What a reader does with the app: the sample opens as a readable article, a pasted article
// replaces it, the layout works on a phone and a desktop, in light and dark, under a strict
// Content-Security-Policy, with nothing axe-core can find wrong.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { distDir, openApp, outputDir, sampleOutline, useBrowser } from './support.mjs';

const env = useBrowser();

/** The visible text of the elements matching `selector`, white space collapsed. */
async function texts(page, selector) {
  const all = await page.locator(selector).allInnerTexts();
  return all.map((t) => t.replace(/\s+/g, ' ').trim());
}

test('the sample article opens with its title, byline, date and every paragraph', async () => {
  const page = await openApp(env);
  const expected = sampleOutline();
  const want = (...labels) => expected.filter((p) => labels.includes(p.label)).map((p) => p.text);
  assert.deepEqual(await texts(page, 'h1'), want('title'));
  assert.deepEqual(await texts(page, '.rc-meta'), [`${want('byline')} · ${want('date')}`]);
  assert.deepEqual(
    await texts(page, '.rc-article :is(.rc-standfirst, .rc-heading, .rc-para)'),
    want('standfirst', 'heading', 'p'),
  );
  assert.equal(want('p').length, 18, 'the golden outline lists the 18 body paragraphs');
  const body = await page.locator('.rc-article').innerText();
  for (const debris of ['Skip to content', 'Image: picture-alliance', 'More stories from DW', 'Go to homepage']) {
    assert.ok(!body.includes(debris), `page debris "${debris}" is shown`);
  }
  assert.match(await page.locator('.rc-credit').innerText(), /DW.*12 June 2014/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the page runs under a strict Content-Security-Policy and logs no errors', async () => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'index.html has an inline script');
  const page = await openApp(env);
  const policy = await page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
  );
  assert.equal(policy, csp);
  // Prove the policy is enforced: an injected inline script must be refused.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
  });
  assert.equal(await page.evaluate(() => window.__inlineRan), undefined);
  const violations = page.problems.filter((p) => p.startsWith('CSP violation'));
  assert.equal(violations.length, 1, page.problems.join('\n'));
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no accessibility violations (${colorScheme})`, async () => {
    const page = await openApp(env, { colorScheme });
    await page.getByRole('button', { name: 'Open an article' }).click();
    await page.getByRole('button', { name: /^Library/ }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
    assert.deepEqual(summary, []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('pasting an article replaces the shown one; an empty paste keeps it', async () => {
  const page = await openApp(env);
  const open = page.getByRole('button', { name: 'Open an article' });
  await open.click();
  assert.equal(await open.getAttribute('aria-expanded'), 'true');
  const box = page.getByRole('textbox', { name: 'Article text' });
  assert.ok(await box.evaluate((el) => el === document.activeElement), 'the text box has focus');

  await page.getByRole('button', { name: 'Show this article' }).click();
  assert.match(await page.getByRole('alert').innerText(), /empty/);
  assert.match(await page.locator('h1').innerText(), /US offers Iraq/);

  const article = [
    'Moon base opens to visitors',
    'Ada Byron',
    'March 3, 2031',
    'The first lunar hotel welcomed its guests on Monday, officials said.',
    'Tickets cost more than a house, but the waiting list is long.',
  ].join('\n\n');
  await box.fill(article);
  await page.getByRole('button', { name: 'Show this article' }).click();
  await page.locator('h1', { hasText: 'Moon base opens to visitors' }).waitFor();
  assert.deepEqual(await texts(page, '.rc-meta'), ['Ada Byron · March 3, 2031']);
  assert.deepEqual(await texts(page, '.rc-article :is(.rc-standfirst, .rc-para)'), [
    'The first lunar hotel welcomed its guests on Monday, officials said.',
    'Tickets cost more than a house, but the waiting list is long.',
  ]);
  assert.equal(await page.locator('.rc-credit').count(), 0, 'the sample credit is gone');
  assert.equal(await page.getByRole('textbox', { name: 'Article text' }).count(), 0, 'the paste form closed');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

const LAYOUTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
];
for (const { name, width, height } of LAYOUTS) {
  for (const colorScheme of ['light', 'dark']) {
    test(`the layout works at ${width} px (${name}, ${colorScheme})`, async () => {
      const page = await openApp(env, { viewport: { width, height }, colorScheme });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
      const column = await page.locator('.rc-article').boundingBox();
      assert.ok(column.x >= 0 && column.x + column.width <= width, 'the article fits the viewport');
      const line = await page.locator('.rc-para').first().boundingBox();
      assert.ok(line.width <= 720, `lines are too long: ${line.width}px`);
      const size = await page.locator('.rc-para').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      assert.ok(size >= 16, `body text is ${size}px`);
      const button = await page.getByRole('button', { name: 'Open an article' }).boundingBox();
      assert.ok(button.x >= 0 && button.x + button.width <= width && button.height >= 44, 'the open button is reachable');
      await page.screenshot({ path: join(outputDir, `sample-${width}-${colorScheme}.png`), fullPage: true });
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}
