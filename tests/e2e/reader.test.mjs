// The reader view on the sample: every quoted claim highlighted next to its speaker, the
// speakers panel, details on hover, focus and tap, keyboard navigation, links and printing.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, outputDir, useBrowser } from './support.mjs';

/** The sample's claims, in order, by speaker (see the quote-engine issue). */
const SAMPLE_CLAIMS = [
  'State Department',
  'Jen Psaki',
  'Ben Connable',
  'Ben Connable',
  'John McCain',
  'John McCain',
  'Wayne White',
  'Wayne White',
  'Wayne White',
  'Ben Connable',
  'Ben Connable',
];

const env = useBrowser();

/** `[quote id, speaker]` of every highlighted claim, in document order. */
async function highlights(page) {
  return page
    .locator('[data-quote-id]')
    .evaluateAll((els) => els.map((e) => [e.dataset.quoteId, e.dataset.speaker]));
}

/** The quote id of the focused element, if it is a highlight. */
async function focusedQuote(page) {
  return page.evaluate(() => document.activeElement?.dataset?.quoteId ?? null);
}

test('the sample shows 11 claims, each highlighted with its speaker', async () => {
  const page = await openApp(env);
  const found = await highlights(page);
  assert.deepEqual(found.map(([, speaker]) => speaker), SAMPLE_CLAIMS);
  assert.equal(new Set(found.map(([id]) => id)).size, found.length, 'quote ids are unique');
  // Each paragraph with claims names its speakers beside it (the margin, on wide screens).
  const margin = await page.locator('.rc-block', { has: page.locator('[data-speaker="Jen Psaki"]') }).locator('.rc-margin').innerText();
  assert.equal(margin.trim(), 'Jen Psaki');
  // Mentions are marked lightly and are not highlights: the headline's 'assistance'.
  assert.equal(await page.locator('h1 .rc-mention').innerText(), 'assistance');
  // Screen readers hear who is quoted with each highlight.
  const tree = await page.locator('.rc-article').ariaSnapshot();
  assert.match(tree, /quote by Ben Connable: Sending weapons and advisors/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the speakers panel lists everyone quoted with their role, kind and claims', async () => {
  const page = await openApp(env);
  const entries = await page.locator('[data-speaker-name]').evaluateAll((els) =>
    els.map((e) => [e.dataset.speakerName, e.innerText.replace(/\s+/g, ' ').trim()]),
  );
  assert.deepEqual(entries.map(([name]) => name), ['State Department', 'Jen Psaki', 'Ben Connable', 'John McCain', 'Wayne White']);
  const text = Object.fromEntries(entries);
  assert.match(text['State Department'], /organisation · 1 claim$/);
  assert.match(text['Jen Psaki'], /State Department spokeswoman person · 1 claim$/);
  assert.match(text['Ben Connable'], /Iraq expert at the RAND Corporation person · 4 claims$/);
  assert.match(text['John McCain'], /US Senator person · 2 claims$/);
  assert.match(text['Wayne White'], /principal Iraq analyst at the State Department's Bureau of Intelligence and Research person · 3 claims$/);
  await page.context().close();
});

test('choosing a speaker highlights only their claims and steps through them', async () => {
  const page = await openApp(env);
  const connable = page.locator('[data-speaker-name="Ben Connable"]');
  await connable.click();
  assert.equal(await connable.getAttribute('aria-pressed'), 'true');
  const only = await highlights(page);
  assert.deepEqual(only.map(([, s]) => s), ['Ben Connable', 'Ben Connable', 'Ben Connable', 'Ben Connable']);
  const visited = [];
  for (let i = 0; i < 5; i += 1) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    visited.push(await focusedQuote(page));
  }
  assert.deepEqual(visited, [...only.map(([id]) => id), only[0][0]], 'Next visits each claim, then wraps');
  assert.match(await page.locator('.rc-stepper [aria-live]').innerText(), /Claim 1 of 4 by Ben Connable/);
  await page.getByRole('button', { name: 'Show everyone' }).click();
  assert.equal((await highlights(page)).length, 11);
  await page.context().close();
});

test('the keyboard visits claims in order, by speaker, and shows its help', async () => {
  const page = await openApp(env);
  const ids = (await highlights(page)).map(([id]) => id);
  const visited = [];
  for (let i = 0; i < ids.length; i += 1) {
    await page.keyboard.press('j');
    visited.push(await focusedQuote(page));
  }
  assert.deepEqual(visited, ids, 'j visits every claim in order');
  await page.keyboard.press('k');
  assert.equal(await focusedQuote(page), ids[ids.length - 2]);
  // From Connable's first claim, s jumps to his next one, skipping the others.
  await page.locator(`[data-quote-id="${ids[2]}"]`).focus();
  await page.keyboard.press('s');
  assert.equal(await focusedQuote(page), ids[3]);
  await page.keyboard.press('s');
  assert.equal(await focusedQuote(page), ids[9]);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  assert.match(await help.innerText(), /Next claim by the same speaker/);
  await page.keyboard.press('Escape');
  assert.equal(await help.count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('Tab reaches every highlight', async () => {
  const page = await openApp(env);
  const ids = (await highlights(page)).map(([id]) => id);
  const reached = [];
  for (let i = 0; i < 100 && reached.length < ids.length; i += 1) {
    await page.keyboard.press('Tab');
    const id = await focusedQuote(page);
    if (id) reached.push(id);
  }
  assert.deepEqual(reached, ids);
  await page.context().close();
});

test('hover, focus and tap show who said it, the cue, why, and how sure', async () => {
  const page = await openApp(env, { hasTouch: true });
  const details = page.locator('.rc-details');
  const claim = (speaker, n = 0) => page.locator(`[data-speaker="${speaker}"]`).nth(n);
  await claim('John McCain').hover();
  assert.match(await details.innerText(), /John McCain, US Senator[\s\S]*Cue\s+told[\s\S]*Why this speaker\s+cue 'told' after the quote names John McCain\s+Confidence\s+\d+%/);
  await claim('Jen Psaki').focus();
  assert.match(await details.innerText(), /Jen Psaki, State Department spokeswoman/);
  await claim('Ben Connable', 1).tap();
  assert.match(await details.innerText(), /Ben Connable[\s\S]*Why this speaker\s+continues Ben Connable's previous quote/);
  await page.getByRole('button', { name: 'Close details' }).click();
  assert.equal(await details.isVisible(), false);
  await page.context().close();
});

test('a #text= link opens its article, and Copy link makes one', async () => {
  const context = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const article = 'Council backs new park\n\nThe council approved the plan on Monday.\n\n"It is a good day," said Mayor Ann Reyes.';
  const page = await context.newPage();
  await page.goto(`${env.url}#text=${encodeURIComponent(article)}`);
  await page.locator('h1', { hasText: 'Council backs new park' }).waitFor();
  assert.deepEqual((await highlights(page)).map(([, s]) => s), ['Ann Reyes']);

  const sample = await openApp(env);
  await sample.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await sample.getByRole('button', { name: 'Copy link' }).click();
  await sample.getByText('Link copied').waitFor();
  const link = await sample.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(`${env.url}#text=`), link);
  const opened = await context.newPage();
  await opened.goto(link);
  await opened.locator('h1', { hasText: "US offers Iraq 'assistance' against ISIS" }).waitFor();
  assert.equal((await highlights(opened)).length, 11);
  await sample.context().close();
  await context.close();
});

test('printing keeps the highlights and shows every speaker name inline', async () => {
  const page = await openApp(env);
  await page.emulateMedia({ media: 'print' });
  const label = await page.locator('[data-quote-id]').first().evaluate((el) => {
    const before = getComputedStyle(el, '::before');
    return { content: before.content, position: before.position, clip: before.clipPath, adjust: getComputedStyle(el).printColorAdjust };
  });
  assert.match(label.content, /"State Department"/);
  assert.equal(label.position, 'static');
  assert.equal(label.clip, 'none');
  assert.equal(label.adjust, 'exact');
  assert.equal(await page.locator('.rc-bar').isVisible(), false, 'the toolbar does not print');
  await page.pdf({ path: join(outputDir, 'sample-print.pdf') });
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds nothing with a speaker chosen, details and help open (${colorScheme})`, async () => {
    const page = await openApp(env, { colorScheme, viewport: { width: 1280, height: 900 } });
    await page.locator('[data-speaker-name="Wayne White"]').click();
    await page.keyboard.press('j');
    await page.keyboard.press('?');
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`), []);
    await page.screenshot({ path: join(outputDir, `reader-1280-${colorScheme}-details.png`) });
    await page.context().close();
  });
}
