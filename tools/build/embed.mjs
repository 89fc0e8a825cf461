// The embed build step (called by tools/post-build.mjs): makes Trunk's output embeddable in
// other sites' pages.
// 1. dist/reading-companion.js: the loader (tools/build/embed-loader.js) with the build's
//    hashed file names filled in. Its name is stable: it is what host pages include.
// 2. dist/reading-companion-embed-<hash>.css: the app's styles made to work in a shadow root
//    under any host page (see embedStyles), followed by www/embed.css.
// 3. The example lesson page (www/embed-example.html and www/lesson/), which is also the
//    e2e fixture.
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The loader's file name in dist/. */
export const LOADER = 'reading-companion.js';

/** Writes the loader, the embed stylesheet and the example into Trunk's staging directory. */
export function buildEmbed(staging) {
  const files = readdirSync(staging);
  const find = (pattern, what) => {
    const found = files.filter((f) => pattern.test(f));
    if (found.length !== 1) throw new Error(`embed: expected one ${what} in the build, found ${found.join(', ') || 'none'}`);
    return found[0];
  };
  const js = find(/^reading-companion-[0-9a-f]+\.js$/, 'app module');
  const wasm = find(/^reading-companion-[0-9a-f]+_bg\.wasm$/, 'wasm file');
  const styles = readFileSync(join(repoRoot, 'www/styles.css'), 'utf8');
  const embedCss = embedStyles(styles) + '\n' + readFileSync(join(repoRoot, 'www/embed.css'), 'utf8');
  const css = `reading-companion-embed-${hash(embedCss)}.css`;
  writeFileSync(join(staging, css), embedCss);

  const loader = readFileSync(join(repoRoot, 'tools/build/embed-loader.js'), 'utf8');
  const filled = loader.replace(/\/\* FILES \*\/ \{[^}]*\}/, () => JSON.stringify({ js, wasm, css }));
  if (filled === loader) throw new Error('embed: the loader template has no FILES placeholder');
  writeFileSync(join(staging, LOADER), filled);

  cpSync(join(repoRoot, 'www/embed-example.html'), join(staging, 'embed-example.html'));
  cpSync(join(repoRoot, 'www/lesson'), join(staging, 'lesson'), { recursive: true });
}

/** The first 16 hex digits of the SHA-256 of `text`. */
function hash(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The root font size the embedded styles assume, whatever the host page sets on <html>. */
const REM_PX = 16;

/**
 * The app's stylesheet rewritten for a shadow root inside someone else's page:
 * - `rem` is the host's root font size, which a host may set to anything: lengths use
 *   `var(--rc-rem)` instead (16px, set by www/embed.css);
 * - width media queries ask about the viewport, but a widget may sit in a narrow column:
 *   they become container queries on the widget's own width (`rc`, set by www/embed.css);
 * - the dark colours follow `data-theme` on the wrapper: always with "dark", with the
 *   system setting with "auto", never with "light".
 */
export function embedStyles(css) {
  let out = css.replace(/@media \((min|max)-width: ([\d.]+)rem\) \{/g, (_, side, rem) =>
    `@container rc (${side}-width: ${Number(rem) * REM_PX}px) {`,
  );
  if (/@media[^{]*width/.test(out)) throw new Error('embed: a width media query the embed build cannot convert');
  out = out.replace(/(\d*\.?\d+)rem\b/g, 'calc($1 * var(--rc-rem))');
  return themed(out);
}

/** Each `@media (prefers-color-scheme: dark)` block, bound to the wrapper's `data-theme`. */
function themed(css) {
  const opening = '@media (prefers-color-scheme: dark) {';
  let out = '';
  let rest = css;
  for (let at = rest.indexOf(opening); at >= 0; at = rest.indexOf(opening)) {
    const end = closingBrace(rest, at + opening.length);
    const inner = rest.slice(at + opening.length, end);
    const scoped = (condition) => inner.replace(/\.rc-app\b/g, `.rc-embed${condition} .rc-app`);
    out += rest.slice(0, at);
    out += `${opening}${scoped(':not([data-theme="light"])')}}\n${scoped('[data-theme="dark"]')}`;
    rest = rest.slice(end + 1);
  }
  return out + rest;
}

/** The index of the `}` that closes the block whose content starts at `from`. */
function closingBrace(css, from) {
  let depth = 1;
  for (let i = from; i < css.length; i += 1) {
    if (css[i] === '{') depth += 1;
    if (css[i] === '}' && (depth -= 1) === 0) return i;
  }
  throw new Error('embed: unbalanced braces in the stylesheet');
}
