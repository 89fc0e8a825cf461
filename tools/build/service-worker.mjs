// Build step: writes sw.js, the service worker of the installable app, into a finished build.
// Its precache list is exactly the files of this build (Trunk hashes most file names, so the
// list is only known now), which includes the notes pack and the sample; its version is a hash
// of every file's name and content, so any change to the build is a new worker for browsers.
// The worker's code is tools/build/service-worker.js.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SINGLE_FILE } from './single-file.mjs';

/** The worker's file name in the build; index.html's meta names it too. */
export const WORKER_FILE = 'sw.js';
/** Build files the worker does not cache: itself, and the single-file edition (a download). */
const NOT_CACHED = new Set([WORKER_FILE, SINGLE_FILE]);
const TEMPLATE = fileURLToPath(new URL('./service-worker.js', import.meta.url));

/** Every file under `dir`, as sorted '/'-separated paths relative to it. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = prefix + entry.name;
      if (entry.isDirectory()) return filesUnder(join(dir, entry.name), `${path}/`);
      return entry.isFile() ? [path] : [];
    })
    .sort();
}

/** The build's cached files and their version: the first 16 hex digits of a SHA-256. */
export function describeBuild(dir) {
  const files = filesUnder(dir).filter((file) => !NOT_CACHED.has(file));
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(dir, file))).update('\0');
  return { version: hash.digest('hex').slice(0, 16), files };
}

/** Writes the service worker for the build in `dir`; returns what it caches. */
export function writeServiceWorker(dir) {
  const build = describeBuild(dir);
  const template = readFileSync(TEMPLATE, 'utf8');
  if (!template.includes("'__BUILD__'")) throw new Error(`${TEMPLATE} has no '__BUILD__' to fill in`);
  writeFileSync(join(dir, WORKER_FILE), template.replace("'__BUILD__'", JSON.stringify(build)));
  return build;
}
