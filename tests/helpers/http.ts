import { request } from 'node:http';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/**
 * HTTP requests with the request target sent exactly as written (`%2F`, `/../x`, `%00`), which
 * fetch() would normalise first; for testing what a server answers to such URLs.
 */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent (compressed when the server compressed it). */
  raw: Buffer;
  /** The body decompressed and read as UTF-8. */
  text: string;
  header: (name: string) => string | undefined;
}

export function rawRequest(
  origin: string,
  target: string,
  { method = 'GET', headers = { 'accept-encoding': 'identity' } }: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, method, path: target, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        done({
          status: res.statusCode ?? 0,
          headers: res.headers,
          raw,
          text: body.toString('utf8'),
          header: (name) => {
            const value = res.headers[name.toLowerCase()];
            return Array.isArray(value) ? value.join(', ') : value;
          },
        });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

/** Request targets that must not crash a server, reach outside its root or reveal anything about it. */
export const HOSTILE_TARGETS = [
  '%2F',
  '/%2F',
  '/%00',
  '/index.html%00.txt',
  '/..%2F..%2Fpackage.json',
  '/../package.json',
  '/%2e%2e/%2e%2e/package.json',
  '/%2e%2e%2f%2e%2e%2fpackage.json',
  '/..\\..\\package.json',
  '/%E0%A4%A',
  '/%',
  '/%ZZ',
  '/search/?q=%E0%A4%A',
  `/${'a'.repeat(8_000)}`,
  `/${'%2e%2e/'.repeat(1_000)}package.json`,
];

/** What a response to such a target must never contain: a stack frame, an error name, a local path. */
export function leaks(text: string, localPaths: string[]): string[] {
  const found: string[] = [];
  if (/^\s+at .+:\d+:\d+\)?$/m.test(text)) found.push('a stack frame');
  if (/\b(Type|Range|Syntax|Reference|URI)?Error\b/.test(text)) found.push('an error name');
  if (/ENOENT|EACCES|EISDIR/.test(text)) found.push('an errno code');
  if (text.includes('node_modules')) found.push('node_modules');
  for (const path of localPaths) if (text.includes(path)) found.push(`the local path ${path}`);
  return found;
}

/**
 * Everything a server sends back to bytes written on a bare socket, until it closes the
 * connection; for requests a server rejects before reading them whole (it may reset the socket).
 */
export function socketAnswer(origin: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => done(Buffer.concat(chunks).toString('latin1')));
  });
}
