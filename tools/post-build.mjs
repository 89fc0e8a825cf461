// Trunk post-build hook: makes Trunk's index.html run cleanly under a strict
// Content-Security-Policy, builds the offline editions, and adds the embed files.
// 1. Trunk writes its wasm start-up code as an inline <script type="module">, which
//    `script-src 'self'` refuses. It moves into a file of its own, named by its hash.
// 2. Trunk puts an `integrity` attribute on the wasm <link rel="preload" as="fetch">, which
//    Chromium ignores with a console warning (crbug.com/981419). It is dropped there only;
//    scripts and styles keep theirs.
// Then the offline editions are built from the finished page (last: they take every file):
// the single file (tools/build/single-file.mjs) and the service worker (tools/build/service-worker.mjs).
// The embed files (tools/build/embed.mjs) come before them, so they are files of the build
// like any other (the worker caches every one).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeServiceWorker } from './build/service-worker.mjs';
import { buildEmbed } from './build/embed.mjs';
import { writeSingleFile } from './build/single-file.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run me as a Trunk hook.');
  process.exit(1);
}
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const inlineModule = /<script type="?module"?(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
let scripts = 0;
html = html.replace(inlineModule, (_, body) => {
  scripts += 1;
  const name = `boot-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(staging, name), body.trim() + '\n');
  return `<script type="module" src="./${name}"></script>`;
});
if (scripts !== 1) {
  console.error(`post-build: expected one inline module script in index.html, found ${scripts}.`);
  process.exit(1);
}

html = html.replace(/<link rel="?preload"?[^>]*\bas="?fetch"?[^>]*>/g, (link) =>
  link.replace(/\s+integrity="[^"]*"/, ''),
);
writeFileSync(indexPath, html);

buildEmbed(staging);
console.log(`post-build: reading-companion.html is ${writeSingleFile(staging)} bytes`);
console.log(`post-build: sw.js caches ${writeServiceWorker(staging).files.length} files`);
