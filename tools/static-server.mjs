// A small static file server for dist/: what `tools/serve.sh` runs and what the end-to-end
// tests start on loopback. It serves with the right MIME types (application/wasm matters for
// streaming compilation) and can serve under a sub-path, to prove the build needs no site root.
// Every answer allows any origin to read it (CORS), as a host of the embed files must when
// the pages that embed the companion are on another origin (see the README).
//
//   node tools/static-server.mjs DIR [--host 127.0.0.1] [--port 8080] [--base /sub/path/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts serving `dir` under `base`; resolves to `{ url, close }` once listening. */
export function startServer({ dir, host = '127.0.0.1', port = 0, base = '/' }) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(base)) return send(res, 404, 'not under ' + base);
    let file = resolve(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Access-Control-Allow-Origin': '*',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      done({ url: `http://${host}:${bound}${base}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

function send(res, status, message) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message + '\n');
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const dir = args[0] && !args[0].startsWith('--') ? args[0] : 'dist';
  const { url } = await startServer({
    dir,
    host: option(args, '--host', '127.0.0.1'),
    port: Number(option(args, '--port', '8080')),
    base: option(args, '--base', '/'),
  });
  console.log(`serving ${dir} at ${url}`);
}
