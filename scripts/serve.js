// Serves the static build on localhost (no dependencies). Used by `npm start` and the Playwright suite.
// A bad request (a malformed percent-escape such as `GET /%`) gets 400 and the server keeps serving.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json'
};

/** The request's path, its percent-escapes decoded; undefined when it is malformed (`%`, `%zz`, bad UTF-8). */
function requestPath(url) {
  try {
    const { pathname } = new URL(url ?? '/', 'http://localhost');
    return { pathname, path: decodeURIComponent(pathname) };
  } catch {
    return undefined;
  }
}

async function find(path) {
  const clean = normalize(path).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/** The same headers as deploy/_headers and deploy/nginx.conf. */
const headersFor = (pathname) => ({
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
});

function plain(res, status, text) {
  res.writeHead(status, { ...headersFor(''), 'Content-Type': types['.txt'] });
  res.end(text);
}

async function respond(req, res) {
  const request = requestPath(req.url);
  if (!request || request.path.includes('\0'))
    return plain(res, 400, 'Bad request: the address is malformed (for example a % not followed by two hex digits).');
  const { pathname, path } = request;
  const headers = headersFor(pathname);
  const file = await find(path);
  if (!file) {
    // The prerendered not-found page (src/routes/404), as static hosts serve it.
    const notFound = await find('/404');
    res.writeHead(404, { ...headers, 'Content-Type': types['.html'] });
    res.end(notFound ? await readFile(notFound) : 'Not found');
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  // Text is sent gzipped to a browser that accepts it, as static hosts do (deploy/nginx.conf: gzip on).
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    res.end(await gzipped(file));
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Type': type, Vary: 'Accept-Encoding' });
  res.end(await readFile(file));
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;
/** Each file is compressed once, the first time it is asked for (the build does not change while served). */
const compressed = new Map();
async function gzipped(file) {
  if (!compressed.has(file)) compressed.set(file, gzipSync(await readFile(file)));
  return compressed.get(file);
}

const server = createServer((req, res) => {
  respond(req, res).catch((error) => {
    console.error(error);
    if (res.headersSent) res.destroy();
    else plain(res, 500, 'The server could not answer this request.');
  });
});

server.listen(port, host, () => {
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  console.log(`vector-select is running at http://localhost:${listening}/ (press Ctrl+C to stop)`);
});
