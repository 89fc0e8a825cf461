// Build step: writes reading-companion.html, the single-file edition, from a finished build.
// Everything the app needs is inside the one file, so that it works opened from disk
// (file://) with no network: the styles as <style>, the icon as a data: URL, the wasm
// (gzipped, base64) and the data files (the notes pack and the sample, as JSON strings) as
// data blocks, and one inline module script: wasm-bindgen's JS plus a few lines that unpack
// the wasm and start it. The app's glue (src/glue/embedded.rs) reads a data block instead of
// fetching the file it names. The policy stays strict: the inline script and styles are
// allowed by their SHA-256 hashes, nothing else is, and there is no service worker.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The single file's name in the build. */
export const SINGLE_FILE = 'reading-companion.html';
/** The comment at the top of the single file's head. */
const HEADER = `Reading Companion, single-file edition (written by tools/build/single-file.mjs).
       Everything is inside: the policy allows only this file's inline script and styles, by
       their hashes, wasm compilation, and fetching a glossary from an https: address.`;
/** Build directories whose files the app fetches at run time; all are embedded. */
const DATA_DIRS = ['notes', 'sample'];

/** Replaces the one match of `pattern` in `html` by `replace`; a build whose page changed shape stops here. */
function replaceOnce(html, pattern, replace, what) {
  const matches = html.match(new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g'));
  if (matches?.length !== 1) {
    throw new Error(`single-file: expected one ${what} in index.html, found ${matches?.length ?? 0}`);
  }
  return html.replace(pattern, replace);
}

/** The CSP source for an inline element whose text is `text`. */
function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** `text` as a JSON string that is safe inside a <script> data block (no '<'). */
function dataText(text) {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

/** The inline module: wasm-bindgen's JS (its exports dropped) and the lines that start the wasm. */
function startScript(bindings) {
  // The embed API's exports (mount, Embed) are for other pages' loaders: local here.
  bindings = bindings.replace(/^export (?=(?:async )?(?:class|function) )/gm, '');
  const exportLine = /^export \{[^}]*\};?\s*$/m;
  if ((bindings.match(new RegExp(exportLine.source, 'gm')) ?? []).length !== 1 || /^\s*(import|export)\b/m.test(bindings.replace(exportLine, ''))) {
    throw new Error('single-file: wasm-bindgen JS must have no imports and one export list; its shape changed');
  }
  return `${bindings.replace(exportLine, '').trim()}
// Start-up (tools/build/single-file.mjs): the wasm is in the #rc-wasm block, gzipped and base64.
const packed = Uint8Array.from(atob(document.getElementById('rc-wasm').textContent.trim()), (c) => c.charCodeAt(0));
const unpacked = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
await __wbg_init({ module_or_path: await new Response(unpacked).arrayBuffer() });
`;
}

/** The data blocks for every file in the build's data directories. */
function dataBlocks(dir) {
  return DATA_DIRS.filter((d) => existsSync(join(dir, d))).flatMap((d) =>
    readdirSync(join(dir, d), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort()
      .map((name) => {
        const text = readFileSync(join(dir, d, name), 'utf8');
        return `<script type="application/json" data-rc-file="${d}/${name}">${dataText(text)}</script>`;
      }),
  );
}

/** Builds the single file's HTML from the build in `dir` (its index.html after post-build). */
export function singleFileHtml(dir) {
  let html = readFileSync(join(dir, 'index.html'), 'utf8');
  // The page's comments describe index.html; the single file says what it is instead.
  html = html.replace(/\s*<!--[\s\S]*?-->/g, '');
  html = replaceOnce(html, /<head>/, `<head>\n  <!-- ${HEADER} -->`, '<head>');
  const read = (name) => readFileSync(join(dir, name.replace(/^\.\//, '')));
  const bootName = html.match(/<script type="module" src="([^"]+)"><\/script>/)?.[1];
  const boot = bootName && read(bootName).toString('utf8');
  const bindingsName = boot?.match(/import init[^'"]*from '([^']+)'/)?.[1];
  const wasmName = boot?.match(/module_or_path: '([^']+)'/)?.[1];
  if (!bindingsName || !wasmName) throw new Error('single-file: the boot script names no bindings or wasm');
  const script = startScript(read(bindingsName).toString('utf8'));

  const styles = [];
  html = html.replace(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g, (_, href) => {
    styles.push(read(href).toString('utf8'));
    return `<style>${styles.at(-1)}</style>`;
  });
  if (styles.length === 0) throw new Error('single-file: index.html links no stylesheet');

  const policy = [
    "default-src 'none'",
    `script-src ${hashSource(script)} 'wasm-unsafe-eval'`,
    `style-src ${styles.map(hashSource).join(' ')}`,
    'img-src data:',
    'connect-src https:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  html = replaceOnce(html, /(http-equiv="Content-Security-Policy" content=")[^"]*"/, `$1${policy}"`, 'policy');
  html = replaceOnce(html, /<script type="module" src="[^"]+"><\/script>/, () => `<script type="module">${script}</script>`, 'boot script');
  html = replaceOnce(html, /(<link rel="icon" href=")([^"]+)"[^>]*>/, (_, start, href) =>
    `${start}data:image/svg+xml;base64,${read(href).toString('base64')}">`, 'icon');
  // No service worker, manifest or preloads: nothing is fetched.
  html = html.replace(/\s*<link rel="(?:manifest|apple-touch-icon|modulepreload|preload)"[^>]*>/g, '');
  html = replaceOnce(html, /\s*<meta name="reading-companion-service-worker"[^>]*>/, '', 'service worker meta');
  const wasm = gzipSync(read(wasmName), { level: 9 }).toString('base64');
  const blocks = [`<script type="application/octet-stream" id="rc-wasm">${wasm}</script>`, ...dataBlocks(dir)];
  return replaceOnce(html, /<\/body>/, () => `${blocks.join('\n')}\n</body>`, '</body>');
}

/** Writes the single-file edition of the build in `dir`; returns its size in bytes. */
export function writeSingleFile(dir) {
  const html = singleFileHtml(dir);
  writeFileSync(join(dir, SINGLE_FILE), html);
  return Buffer.byteLength(html);
}
