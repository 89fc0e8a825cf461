// Renders the app's icons for the web app manifest from the mark, www/icons/icon.svg, with
// Debian's Chromium (driven by playwright-core), so that the PNGs are reproducible from the
// committed SVG. Run it after changing the mark and commit the PNGs it writes:
//
//   node tools/make-icons.mjs
//
// icon-192.png and icon-512.png are the mark as drawn (rounded corners, transparent outside).
// icon-maskable-512.png fills the whole square with the mark's blue and draws the mark at
// 80 % in the middle, inside the safe zone (a centred circle of 40 % radius) that platforms
// keep when they cut the icon to their own shape.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const iconsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'www', 'icons');
const mark = readFileSync(join(iconsDir, 'icon.svg'), 'utf8');
/** The mark's background colour: the maskable icon's bleed. */
const BLUE = mark.match(/<rect[^>]*fill="(#[0-9a-f]{6})"/i)?.[1];
if (!BLUE) throw new Error('make-icons: no <rect fill="#rrggbb"> background found in icon.svg');

const ICONS = [
  { file: 'icon-192.png', size: 192, scale: 1, bleed: 'transparent' },
  { file: 'icon-512.png', size: 512, scale: 1, bleed: 'transparent' },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.8, bleed: BLUE },
];

/** A page that shows the mark at `scale` of a `size` square filled with `bleed`. */
function pageFor({ size, scale, bleed }) {
  const src = `data:image/svg+xml;base64,${Buffer.from(mark).toString('base64')}`;
  const side = Math.round(size * scale);
  return `<!doctype html><html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;display:grid;place-items:center;background:${bleed}">
      <img src="${src}" width="${side}" height="${side}" alt="">
    </div></body></html>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--force-color-profile=srgb'],
});
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(pageFor(icon));
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(iconsDir, icon.file), omitBackground: true });
    await page.close();
    console.log(`wrote www/icons/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
