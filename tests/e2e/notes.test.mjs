// Background notes on the sample: terms open their note by hover, keyboard and tap; the note
// stays on screen; the notes list jumps to terms; a reader's own glossary adds terms and names
// its bad lines.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, outputDir, useBrowser } from './support.mjs';

const SFA = '[data-term="Strategic Framework Agreement"]';

const env = useBrowser();

/** Opens the app and waits for the built-in notes to arrive. */
async function openWithNotes(options, flags) {
  const page = await openApp(env, options, flags);
  await page.locator(SFA).first().waitFor();
  return page;
}

/** The open note, if any. */
function openNote(page) {
  return page.getByRole('dialog', { name: 'Strategic Framework Agreement' });
}

test('the sample marks its terms, including one inside a quote', async () => {
  const page = await openWithNotes();
  const terms = await page.locator('[data-term]').evaluateAll((els) => els.map((e) => e.dataset.term));
  for (const term of ['Strategic Framework Agreement', 'RAND Corporation', 'Mosul', 'Fallujah', 'Sunni Awakening']) {
    assert.ok(terms.includes(term), `${term} has a note (marked: ${terms.join(', ')})`);
  }
  const inQuote = page.locator(`[data-speaker="Jen Psaki"] ${SFA}`);
  assert.equal(await inQuote.count(), 1, 'the term inside Psaki\'s quote is marked');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a hover opens the note after a short rest and it closes after the pointer leaves', async () => {
  const page = await openWithNotes({}, { fakeClock: true });
  await page.locator(SFA).hover();
  await page.clock.runFor(100);
  assert.equal(await openNote(page).count(), 0, 'a passing pointer opens nothing');
  await page.clock.runFor(300);
  await openNote(page).waitFor();
  const text = await openNote(page).innerText();
  assert.match(text, /Strategic Framework Agreement[\s\S]*\.[\s\S]*Built-in notes/);
  assert.equal(await page.locator(SFA).getAttribute('aria-expanded'), 'true');
  // The pointer may move onto the note: it stays (WCAG 1.4.13, hoverable).
  await openNote(page).hover();
  await page.clock.runFor(1000);
  assert.equal(await openNote(page).count(), 1);
  await page.mouse.move(5, 5);
  await page.clock.runFor(100);
  assert.equal(await openNote(page).count(), 1, 'a short grace before closing');
  await page.clock.runFor(300);
  await openNote(page).waitFor({ state: 'detached' });
  // A click on a note a hover opened keeps it open after the pointer leaves.
  await page.locator(SFA).hover();
  await page.clock.runFor(400);
  await openNote(page).waitFor();
  await page.locator(SFA).click();
  await page.mouse.move(5, 5);
  await page.clock.runFor(2000);
  assert.equal(await openNote(page).count(), 1, 'a clicked note stays');
  await page.context().close();
});

test('a tap opens a note that no timer closes, however slow the device', async () => {
  const page = await openWithNotes({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }, { fakeClock: true });
  await page.locator(SFA).tap();
  await page.clock.runFor(2000);
  await openNote(page).waitFor();
  await page.locator(SFA).tap();
  await page.clock.runFor(2000);
  assert.equal(await openNote(page).count(), 0, 'a second tap closes it');
  await page.context().close();
});

test('the keyboard opens a note with Enter, Escape closes it and focus stays on the term', async () => {
  const page = await openWithNotes();
  await page.locator(SFA).focus();
  await page.keyboard.press('Enter');
  await openNote(page).waitFor();
  const describedBy = await page.locator(SFA).getAttribute('aria-describedby');
  assert.equal(describedBy, await openNote(page).getAttribute('id'));
  await page.keyboard.press('Escape');
  await openNote(page).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.term), 'Strategic Framework Agreement');
  await page.keyboard.press('Space');
  await openNote(page).waitFor();
  await page.context().close();
});

test('on a phone a tap opens the note, it stays inside the screen, and a tap elsewhere closes it', async () => {
  const page = await openWithNotes({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await page.locator(SFA).tap();
  await openNote(page).waitFor();
  await page.screenshot({ path: join(outputDir, 'note-360.png') });
  // The rightmost term on the screen: its note must shift to stay inside.
  await page.locator(SFA).tap();
  const rightmost = await page.locator('[data-term]').evaluateAll((els) => {
    const visible = els.filter((e) => {
      const r = e.getBoundingClientRect();
      return r.top > 60 && r.bottom < innerHeight - 200 && r.width > 0;
    });
    visible.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
    return visible[0]?.dataset.mention;
  });
  assert.ok(rightmost, 'a term is on screen');
  await page.locator(`[data-mention="${rightmost}"]`).tap();
  const note = page.getByRole('dialog');
  await note.waitFor();
  const box = await note.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360 && box.y >= 0 && box.y + box.height <= 740, JSON.stringify(box));
  await page.locator('h1').tap();
  await note.waitFor({ state: 'detached' });
  await page.context().close();
});

test('the notes list jumps to a term and opens its note; every mention can be marked', async () => {
  const page = await openWithNotes({ viewport: { width: 1280, height: 900 } });
  await page.locator('[data-note-term="Strategic Framework Agreement"]').click();
  await openNote(page).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.term), 'Strategic Framework Agreement');
  const mosul = () => page.locator('[data-term="Mosul"]').count();
  assert.equal(await mosul(), 1, 'only the first mention by default');
  await page.getByLabel('Mark every mention, not only the first').check();
  assert.ok((await mosul()) > 1, 'every mention is marked');
  await page.context().close();
});

test('a glossary file adds its terms and names its bad line; custom notes win', async () => {
  const page = await openWithNotes({ viewport: { width: 1280, height: 900 } });
  const csv = [
    'term,note,aliases',
    'Hawija,"A town in Kirkuk province, northern Iraq, where a 2013 protest camp was stormed.",',
    'broken line with no note',
    'Mosul,Our class note on Mosul.,',
  ].join('\n');
  await page.getByLabel('Open a glossary file (JSON or CSV)').setInputFiles({
    name: 'class-terms.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const notice = page.locator('.rc-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /class-terms\.csv: 2 terms loaded; 1 entry was not loaded: line 3/);
  await page.locator('[data-term="Hawija"]').click();
  const hawija = page.getByRole('dialog', { name: 'Hawija' });
  assert.match(await hawija.innerText(), /Kirkuk province[\s\S]*From your glossary/);
  await page.keyboard.press('Escape');
  await page.locator('[data-term="Mosul"]').first().click();
  assert.match(await page.getByRole('dialog', { name: 'Mosul' }).innerText(), /Our class note on Mosul/);

  // The glossary is kept in the browser: it is back after a reload, until it is removed.
  await page.reload();
  await page.locator('.rc-note-origin', { hasText: 'From your glossary' }).first().waitFor();
  await page.getByRole('button', { name: 'Remove class-terms.csv' }).click();
  await page.locator('.rc-notice', { hasText: 'class-terms.csv removed.' }).waitFor();
  const custom = page.locator('.rc-note-origin', { hasText: 'From your glossary' });
  assert.equal(await custom.count(), 0);
  await page.reload();
  await page.locator('[data-term="Mosul"]').first().waitFor();
  assert.equal(await custom.count(), 0);
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds nothing with a note open (${colorScheme})`, async () => {
    const page = await openWithNotes({ colorScheme });
    await page.locator(SFA).click();
    await openNote(page).waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`), []);
    await page.context().close();
  });
}
