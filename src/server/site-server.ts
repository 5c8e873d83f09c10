/**
 * The local production server behind `npm start` and the browser tests: serves a built site
 * (dist/) the way the static hosts in docs/hosting.md do, so what is tested locally is what
 * visitors get.
 *
 * - Headers: every response carries the headers `_headers` gives its path (src/lib/headers-file.ts,
 *   the parser the tests use too), error responses included.
 * - Files: sirv, in its production mode: it lists the build once at start and answers only with
 *   files from that list, so no URL (`..%2F`, `%00`, `%2F`, bad percent-encoding) can reach
 *   anything else; it also handles ETag, Last-Modified, 304 and ranges. Restart the server after
 *   rebuilding (files the build removed fail their request, not the server). Content types are
 *   set here (`contentType`), unknown ones as application/octet-stream, which nosniff then
 *   keeps a browser from guessing at.
 * - Compression: the `compression` middleware (brotli or gzip, negotiated with Accept-Encoding,
 *   for compressible types above 1 KB).
 * - Unknown paths get the site's 404.html with status 404; a directory without its trailing
 *   slash is redirected to it (as Netlify and nginx do); `_headers` itself is not served (nor
 *   by Netlify or Cloudflare); methods other than GET and HEAD get 405.
 * - The search page without JavaScript: `?q=` is written into the search field
 *   (src/lib/search-prefill.ts).
 * - Failures answer 500 with a fixed text and are logged here; a response never holds a stack
 *   trace or a local path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import compression from 'compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { routes } from '../i18n/routes.ts';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../lib/headers-file.ts';
import { LOCALES } from '../lib/locales.ts';
import { prefillSearchField, searchQuery } from '../lib/search-prefill.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Types this site serves, stated rather than left to a lookup table's defaults. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The Content-Type for a file path: the table above, then mrmime, then application/octet-stream. */
export function contentType(path: string): string {
  const extension = extname(path).toLowerCase();
  return TYPES[extension] ?? lookup(extension) ?? 'application/octet-stream';
}

/** Files the hosts read as configuration and never serve. */
const NOT_SERVED = new Set(['/_headers', '/_redirects']);

export interface SiteServerOptions {
  /** The built site, e.g. `dist`. */
  root: string;
  /** Where errors are reported (the response only says that something failed). */
  log?: (message: string) => void;
}

/** The request path, decoded as far as it can be (`%2F` stays encoded), and the raw query. */
function splitUrl(url: string): { raw: string; path: string; search: string } {
  const hash = url.indexOf('#');
  const withoutHash = hash === -1 ? url : url.slice(0, hash);
  const question = withoutHash.indexOf('?');
  const raw = question === -1 ? withoutHash : withoutHash.slice(0, question);
  const search = question === -1 ? '' : withoutHash.slice(question);
  let path = raw;
  try {
    path = decodeURI(raw);
  } catch {
    // Bad percent-encoding: matched as written, so it finds no file and gets the 404 page.
  }
  return { raw, path, search };
}

/** Every file of the built site as a URL path (`/about/index.html`). */
function sitePaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
}

/** The request handler for a built site. Reads `<root>/_headers` and `<root>/404.html` once. */
export function createSiteHandler({ root, log = (message) => console.error(message) }: SiteServerOptions): Handler {
  const dir = resolve(root);
  const headersPath = join(dir, '_headers');
  const rules: HeaderRule[] = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8'), headersPath) : [];
  const notFoundPage = readFileSync(join(dir, '404.html'));
  const paths = sitePaths(dir);
  // Directories with a page, as `/about` (the root's is `/`, which never needs a redirect).
  const directories = new Set(paths.filter((path) => path.endsWith('/index.html')).map((path) => path.slice(0, -'/index.html'.length)));
  // A rule conflict (see headersForPath) fails here, at start, rather than on some request.
  for (const path of ['/', ...paths]) headersForPath(rules, path, headersPath);
  const searchPages = new Set(LOCALES.map((locale) => routes.search(locale)));
  const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

  const sendNotFound = (req: IncomingMessage, res: ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', TYPES['.html']!);
    res.setHeader('Cache-Control', 'no-cache');
    res.end(req.method === 'HEAD' ? undefined : notFoundPage);
  };

  // Exact file paths only (`extensions: []`): the handler below maps `/about/` to
  // `/about/index.html` itself, so `/about/index` or `/404` do not answer with a page.
  const files = sirv(dir, {
    etag: true,
    dotfiles: false,
    extensions: [],
    setHeaders: (res, pathname) => res.setHeader('Content-Type', contentType(pathname)),
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const { raw, path, search } = splitUrl(req.url ?? '/');
    for (const [name, value] of headersForPath(rules, path, headersPath)) res.setHeader(name, value);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Method not allowed\n');
      return;
    }
    if (!raw.startsWith('/') || NOT_SERVED.has(path)) return sendNotFound(req, res);
    if (directories.has(path)) {
      // `path` is a known directory, so the Location stays on this site (no `//host` from a request).
      res.statusCode = 301;
      res.setHeader('Location', `${raw}/${search}`);
      res.end();
      return;
    }
    if (searchPages.has(path)) {
      const query = searchQuery(search);
      if (query !== '') {
        const html = await readFile(join(dir, path, 'index.html'), 'utf8');
        res.statusCode = 200;
        res.setHeader('Content-Type', TYPES['.html']!);
        // The page differs per query: no validator, and caches must ask again.
        res.setHeader('Cache-Control', 'no-cache');
        res.end(req.method === 'HEAD' ? undefined : prefillSearchField(html, query));
        return;
      }
    }
    if (raw.endsWith('/')) req.url = `${raw}index.html${search}`;
    files(req, res, () => sendNotFound(req, res));
  };

  return (req, res) => {
    const fail = (error: unknown) => {
      log(`site server: ${req.method} ${JSON.stringify(req.url)} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // The headers of _headers stay; what described the failed answer goes.
      for (const name of ['content-length', 'content-type', 'etag', 'last-modified', 'location', 'cache-control']) res.removeHeader(name);
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Internal server error\n');
    };
    // sirv pipes a file into the response; a file removed since the server started (a rebuild)
    // fails that stream, which would otherwise end the whole process.
    res.on('pipe', (source) => source.once('error', fail));
    try {
      compress(req, res, () => {
        handle(req, res).catch(fail);
      });
    } catch (error) {
      fail(error);
    }
  };
}

export interface RunningServer {
  server: Server;
  /** `http://host:port` without a trailing slash. */
  origin: string;
  close: () => Promise<void>;
}

/** Serves a built site over HTTP; port 0 picks a free port. */
export async function startSiteServer({ host = '127.0.0.1', port = 4321, ...options }: SiteServerOptions & { host?: string; port?: number }): Promise<RunningServer> {
  const server = createServer(createSiteHandler(options));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address() as AddressInfo;
  const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    server,
    origin,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
